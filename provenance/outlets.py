"""The one outlet identity: when two spellings name the same news outlet.

Credit lines, ``via`` outlets, organisation speakers and the outlet gazetteer all spell outlets
their own way ("AP", "The Associated Press", "associated press"). Every comparison goes through
``outlet_key``: case, punctuation and a leading "the" are dropped, and an alias maps to its
outlet's name, so a rule compares outlets rather than spellings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from provenance.vocab import Lexicon

_NON_WORD = regex.compile(r"[^\w]+")


def _fold(name: str) -> str:
    key = _NON_WORD.sub(" ", name.casefold()).strip()
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class OutletIndex:
    """Normalised alias -> normalised outlet name, from the gazetteer plus a newsroom's outlets."""

    aliases: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None) -> OutletIndex:
        """From the ``outlets`` lexicon (gazetteer plus a newsroom's `vocabularies: outlets`)."""
        return cls.from_entries((e.name, e.aliases) for e in (lexicon.entries if lexicon is not None else []))

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, Sequence[str]]]) -> OutletIndex:
        """``entries`` are (name, aliases) pairs, as in rules/lexicons/outlets.yaml."""
        out: dict[str, str] = {}
        for name, aliases in entries:
            canonical = _fold(name)
            for alias in aliases:
                out[_fold(alias)] = canonical
        return cls(out)


def outlet_key(name: str, index: OutletIndex | None = None) -> str:
    """The identity of an outlet name: 'The Associated Press', 'AP' and 'associated press' are one."""
    key = _fold(name)
    if index is not None:
        key = index.aliases.get(key, key)
    return key
