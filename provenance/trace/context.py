"""Quoted context: the other quoted words around a quote, as evidence that two weak matches are
one statement.

A short or common-worded quote ("we are not going to do that", "a tired mayor", "What a
pleasure to see you") is too weak to link on its own words: many statements share them. But when two
articles report the same remarks, the quote rarely comes alone: the rest of a long quote around
a nested one, or the quote just before or after it, is reproduced too. So a weak match whose
*quoted context* — the quote's own words outside the overlap and the other quotes of the article
within ``WINDOW`` characters — shares a rare phrase with the other side's quoted context is the
same passage, reported twice. Only quoted words count: the journalist's own words around two
quotes ("Republican presidential nominee Donald Trump") are house style, not evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from provenance.archive.records import QuoteRecord
from provenance.trace.tokens import Rarity, Words, content, words

WINDOW = 400  # characters around a quote where the neighbouring quotes count as its context
PHRASE = 4  # words in a row the two contexts must share (a 4-word shingle, as the index counts)
PHRASE_CONTENT = 2  # content words in that phrase
PHRASE_WEIGHT = 1.0  # their summed rarity: "of the american people" is no shared passage
# A phrase that this many indexed quotes hold is a stock phrase, not a shared passage
# (the same rule as for a quote's own overlap, see link.STOCK_QUOTES).
STOCK_QUOTES, STOCK_SHARE = 6, 0.001
CACHED_ARTICLES = 2048  # articles whose quotes are kept tokenised between lookups


@dataclass(frozen=True)
class Side:
    """One rendering of a weak match: its record, the words compared (the whole quote or a nested
    quotation of it) and the token range of the overlap in those words."""

    record: QuoteRecord
    part: Words
    overlap: tuple[int, int]


class QuotedContext:
    """The quoted context of records, read from the index (``records_of``: an article's records,
    asked once per article and run)."""

    def __init__(self, records_of: Callable[[str], Sequence[QuoteRecord]], rarity: Rarity) -> None:
        self._records_of = records_of
        self.rarity = rarity
        self._quoted: dict[str, list[tuple[QuoteRecord, Words]]] = {}
        self._own: tuple[str, list[tuple[QuoteRecord, Words]]] | None = None

    def use(self, article: str, records: Sequence[QuoteRecord]) -> None:
        """Read ``article``'s quotes from these records, not from the index: the article `check`
        is reading may not be indexed yet, or may have changed since it was."""
        self._own = (article, [(r, words(r.text)) for r in records if r.kind != "indirect"])

    def _quotes(self, article: str) -> list[tuple[QuoteRecord, Words]]:
        if self._own is not None and self._own[0] == article:
            return self._own[1]
        found = self._quoted.get(article)
        if found is None:
            if len(self._quoted) >= CACHED_ARTICLES:
                self._quoted.clear()  # bounded: a trace over a large archive meets many articles
            # Reported speech is the journalist's words; only words inside quote marks count.
            found = [(r, words(r.text)) for r in self._records_of(article) if r.kind != "indirect"]
            self._quoted[article] = found
        return found

    def pieces(self, side: Side) -> list[tuple[str, ...]]:
        """The token runs of a side's quoted context: its own words before and after the overlap,
        and each neighbouring quote of its article (quotes overlapping it left out)."""
        r, part = side.record, side.part
        lo, hi = side.overlap
        # The overlap's offsets inside the record's text; the rest of the record is context.
        o_start = part.starts[lo] if lo < len(part) else len(r.text)
        o_end = part.ends[hi - 1] if hi > 0 else 0
        own = words(r.text)
        out = [
            tuple(t for t, e in zip(own.norm, own.ends) if e <= o_start),
            tuple(t for t, s in zip(own.norm, own.starts) if s >= o_end),
        ]
        for other, w in self._quotes(r.article):
            if other.end <= r.start - WINDOW or other.start >= r.end + WINDOW:
                continue
            if other.start < r.end and r.start < other.end:
                continue  # the quote itself, or a record of the same words
            out.append(w.norm)
        return [p for p in out if len(p) >= PHRASE]

    def shared_phrase(self, a: Side, b: Side) -> tuple[str, ...] | None:
        """A rare phrase of PHRASE words that both sides' quoted contexts hold, or None."""
        grams = {p[i : i + PHRASE] for p in self.pieces(a) for i in range(len(p) - PHRASE + 1)}
        if not grams:
            return None
        needed = max(STOCK_QUOTES, STOCK_SHARE * self.rarity.total)
        for piece in self.pieces(b):
            for i in range(len(piece) - PHRASE + 1):
                gram = piece[i : i + PHRASE]
                if gram in grams and self._rare(gram) and self.rarity.phrase_count(gram) < needed:
                    return gram
        return None

    def _rare(self, gram: tuple[str, ...]) -> bool:
        kept = [t for t in gram if content(t)]
        return len(kept) >= PHRASE_CONTENT and sum(self.rarity.weight(t) for t in kept) >= PHRASE_WEIGHT
