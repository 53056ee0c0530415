"""One person spelled two ways: across the archive, or inside one article.

The people are the named speakers the extraction resolved, plus names the text marks as
personal without the parse: a name with an Arabic article or by-name ("al-Saidi", "Abu Taqwa")
or a name after a title ("Commander ...", "Mr. ..."). Two spellings of one person are two
mentions whose surnames are one name transliterated or hyphenated differently (speakers.py)
and whose given names do not disagree. Capitalisation alone ("al-Saidi" at mid-sentence,
"Al-Saidi" opening one) is house style, not a second spelling, and is not reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from provenance.lazyregex import lazy_regex
from provenance.trace.speakers import TITLES, fold_token, match_people, name_parts

# A capitalised name word; an apostrophe only inside it (O'Brien), never a possessive ending.
_NAME = r"\p{Lu}\p{Ll}*+(?:['’]\p{Lu}?\p{Ll}{2,}+)*+(?:-\p{Lu}\p{Ll}++)?"
_ARABIC_ARTICLE = r"(?<!\p{L})(?:[Aa]l|[Ee]l|[Aa]sh|[Aa]d)[-‐‑]"
# Compiled on first use (~5 ms): only the runs that look for name spellings need it (issue #17).
_PERSONAL = lazy_regex(
    rf"(?:\b(?:{'|'.join(sorted((t.capitalize() for t in TITLES), key=len, reverse=True))})\.?\s+"
    rf"(?P<titled>{_NAME}(?:\s+(?:{_ARABIC_ARTICLE})?{_NAME}){{0,3}})"
    rf"|(?P<particle>(?:(?:Abu|Umm)\s+{_NAME}\s+)?(?:{_NAME}\s+){{0,2}}{_ARABIC_ARTICLE}{_NAME}|(?:Abu|Umm)\s+{_NAME}))"
)


@dataclass(frozen=True)
class Mention:
    path: str
    text: str
    start: int  # offsets into the article's text; -1 for a speaker name known without a position
    end: int


@dataclass(frozen=True)
class NameVariant:
    """Spellings of one person's name (two or more), each with where it appears."""

    mentions: tuple[Mention, ...]

    @property
    def spellings(self) -> tuple[str, ...]:
        """The surname as each spelling writes it ("al-Saidi", "Al-Saeedi"), first seen first."""
        out: dict[str, str] = {}
        for m in self.mentions:
            surname = (name_parts(m.text).surname or m.text).casefold()
            out.setdefault(surname, m.text.split()[-1])
        return tuple(out.values())


def mentions_in(path: str, text: str) -> list[Mention]:
    """Personal names the text itself marks (an Arabic article or by-name, or a title)."""
    out: list[Mention] = []
    for m in _PERSONAL().finditer(text):
        group = "titled" if m.group("titled") else "particle"
        out.append(Mention(path, m.group(group), m.start(group), m.end(group)))
    return out


def _surface_surname(name: str) -> str:
    return name_parts(name).surname or name


def _spelled_apart(a: str, b: str) -> bool:
    """Two surname spellings an editor would call different (not capitalisation alone)."""
    return a.casefold() != b.casefold()


def variants(mentions: Iterable[Mention]) -> list[NameVariant]:
    """Groups of mentions of one person whose surname is spelled more than one way."""
    by_text: dict[str, list[Mention]] = {}
    for m in mentions:
        if name_parts(m.text).surname:
            by_text.setdefault(m.text, []).append(m)
    texts = sorted(by_text)
    parent = {t: t for t in texts}

    def find(t: str) -> str:
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    # Only names whose folded surnames start alike can be one person: compared within buckets,
    # never all against all.
    buckets: dict[str, list[str]] = {}
    for t in texts:
        buckets.setdefault(fold_token(name_parts(t).surname or "")[:2], []).append(t)
    for bucket in buckets.values():
        for i, x in enumerate(bucket):
            for y in bucket[i + 1 :]:
                if find(x) != find(y) and match_people(x, y).same:
                    parent[find(y)] = find(x)
    groups: dict[str, list[Mention]] = {}
    for t in texts:
        groups.setdefault(find(t), []).extend(by_text[t])
    out = []
    for group in groups.values():
        if len({_surface_surname(m.text).casefold() for m in group}) > 1:
            out.append(NameVariant(tuple(sorted(group, key=lambda m: (m.path, m.start)))))
    return out


def speaker_mentions(path: str, names: Sequence[str]) -> list[Mention]:
    return [Mention(path, n, -1, -1) for n in names]
