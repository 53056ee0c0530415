"""Invented quote records and a linker over a tiny index, shared by the trace tests."""

from __future__ import annotations

from provenance.archive.records import QuoteRecord, normalise
from provenance.trace.link import Linker
from provenance.trace.tokens import Rarity


def quote_record(article: str, text: str, date: str, speaker: str = "Jane Roe", start: int = 10) -> QuoteRecord:
    """A direct quote of ``text`` in ``article`` on ``date``, on line 1."""
    return QuoteRecord(
        article=article,
        start=start,
        end=start + len(text),
        line=1,
        column=start + 1,
        text=text,
        norm=normalise(text),
        kind="direct",
        speaker=speaker,
        speaker_type="person",
        via=None,
        outlet=None,
        date=date,
    )


def linker() -> Linker:
    return Linker(Rarity.of([]))  # a tiny index: every content word counts as rare
