"""Invented quote records and a linker over a tiny index, shared by the trace tests."""

from __future__ import annotations

from provenance.archive.records import QuoteRecord, normalise
from provenance.trace.link import Linker
from provenance.trace.tokens import Rarity


def quote_record(
    article: str,
    text: str,
    *,
    speaker: str | None = "Jane Roe",
    speaker_type: str | None = "person",
    kind: str = "direct",
    date: str | None = "2024-01-01",
    start: int = 10,
) -> QuoteRecord:
    """A quote of ``text`` in ``article`` on ``date``, on line 1."""
    return QuoteRecord(
        article=article,
        start=start,
        end=start + len(text),
        line=1,
        column=start + 1,
        text=text,
        norm=normalise(text),
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker,
        speaker_type=speaker_type,  # type: ignore[arg-type]
        via=None,
        outlet=None,
        date=date,
    )


def linker() -> Linker:
    return Linker(Rarity.of([]))  # a tiny index: every content word counts as rare
