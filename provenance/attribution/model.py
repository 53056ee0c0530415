"""The attribution stage's own results: plain data over syntax words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from provenance.kinds import CueKind, QuoteKind
from provenance.syntax.tree import Sentence, WordRef


@dataclass
class ParsedParagraph:
    index: int
    start: int
    end: int
    sentences: list[Sentence]


@dataclass
class Attribution:
    """One quote or piece of reported speech and the words that attribute it.

    ``rule`` is the id of the pattern or mechanism that made it (see ``mechanisms.MECHANISMS``
    and rules/patterns/). Speakers are still word references; the sources stage names them.
    """

    kind: QuoteKind
    start: int
    end: int
    rule: str
    cue: WordRef | None = None
    speaker: WordRef | None = None
    via: WordRef | None = None
    opinion: bool = False
    cue_kind: CueKind = "speech"
    paragraph: int = 0
    sentences: int = 1
    inherited_from: Attribution | None = None
    also: Attribution | None = None  # the second half of a quote the cue interrupts
    frame: tuple[int, int] | None = None  # an impersonal frame with no speaker: "it is understood", "reportedly"
    # An object-content reading ("announced the strike") that gives way when the same cue
    # introduces a quote or a clause.
    yields_to_other_content: bool = False
    # The speaker's own words without quote marks (a Q&A answer): a direct quote all the same.
    verbatim: bool = False

    def within(self, other: Attribution) -> bool:
        """Whether this statement lies inside ``other``, a longer one ("... told AFP that ... staff
        had asked supervisors to close the entrance": the staff's request is the guard's words)."""
        longer = other.end - other.start > self.end - self.start
        return other is not self and other.start <= self.start and self.end <= other.end and longer


class CueHit(NamedTuple):
    """A cue found outside the patterns, with its subject and the mechanism that found it."""

    cue: WordRef
    speaker: WordRef | None
    mechanism: str


class FrameHit(NamedTuple):
    """A cue that frames a clause whose character span was read from the words."""

    cue: WordRef
    speaker: WordRef | None
    start: int
    end: int
