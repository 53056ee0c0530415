"""Candidate search: which indexed quotes may report the same words as a given one.

Never all-pairs: only the posting lists of the quote's own terms are read, and a term held by
more than ``QuoteIndex.common_df()`` quotes is not read at all. Each term weighs
log((N + 1) / df) over the N quotes of the index, so a word or shingle many quotes share ("at
the end of the day", "national security") counts for little. A quote qualifies when it shares a
shingle, or at least two content words, and the shared weight covers enough of the smaller
quote's weight: a fragment ("brutal aggression") is fully covered by the statement it was cut
from, a stock phrase covers little of two different statements.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from provenance.archive.records import QuoteRecord
from provenance.archive.terms import Term, TermKind, quote_terms

if TYPE_CHECKING:
    from provenance.archive.store import QuoteIndex

MIN_COVER = 0.35  # share of the smaller quote's shingle (or word) weight the two must share
MIN_SHARED_WORDS = 2  # a paraphrase shares no shingle but at least two content words
POOL = 4  # candidates scored in full per requested one (ranked first by shared weight)
TOTALS_CACHE = 200_000  # quotes whose total term weights are kept between lookups


@dataclass
class _Overlap:
    shingle: float = 0.0  # shared weight of shingles
    word: float = 0.0  # shared weight of content words
    shingles: int = 0
    words: int = 0

    def add(self, kind: TermKind, weight: float) -> None:
        if kind == "shingle":
            self.shingle += weight
            self.shingles += 1
        else:
            self.word += weight
            self.words += 1

    def qualifies(self) -> bool:
        return self.shingles >= 1 or self.words >= MIN_SHARED_WORDS


@dataclass(frozen=True)
class _Weights:
    n: int
    cap: int
    dfs: dict[int, int]

    def of(self, term: Term) -> float | None:
        """A term's weight; None when it is too common to be looked up at all."""
        df = self.dfs.get(term.key, 0)
        if df > self.cap:
            return None
        return math.log((self.n + 1) / max(df, 1))

    def totals(self, terms: Sequence[Term]) -> tuple[float, float]:
        shingle = word = 0.0
        for t in terms:
            w = self.of(t)
            if w is not None:
                shingle += w if t.kind == "shingle" else 0.0
                word += w if t.kind == "word" else 0.0
        return shingle, word


def _cover(shared: float, mine: float, theirs: float) -> float:
    smaller = min(mine, theirs)
    return shared / smaller if shared > 0 and smaller > 0 else 0.0


def _overlaps(index: QuoteIndex, record: QuoteRecord, terms: list[Term], weights: _Weights) -> dict[int, _Overlap]:
    by_key = {t.key: t for t in terms if weights.of(t) is not None and weights.dfs.get(t.key, 0) > 0}
    overlaps: dict[int, _Overlap] = {}
    for key, quote in index.postings(list(by_key), record.article):
        term = by_key[key]
        overlaps.setdefault(quote, _Overlap()).add(term.kind, weights.of(term) or 0.0)
    return {q: o for q, o in overlaps.items() if o.qualifies()}


def rank_candidates(index: QuoteIndex, record: QuoteRecord, limit: int) -> list[tuple[QuoteRecord, float]]:
    terms = quote_terms(record.norm)
    n = len(index)
    if not terms or n == 0 or limit <= 0:
        return []
    weights = _Weights(n, index.common_df(), index.dfs([t.key for t in terms]))
    overlaps = _overlaps(index, record, terms, weights)
    pool = sorted(overlaps, key=lambda q: (-(overlaps[q].shingle + overlaps[q].word), q))[: POOL * limit]
    cache = index.totals_cache  # a candidate's totals are the same for every quote that finds it
    if len(cache) > TOTALS_CACHE:
        cache.clear()  # bounded: a trace over a whole large archive would otherwise hold them all
    todo = [q for q in pool if q not in cache]
    norms = index.norms(todo)
    their_terms = {q: quote_terms(norms[q]) for q in todo if q in norms}
    weights.dfs.update(index.dfs(sorted({t.key for ts in their_terms.values() for t in ts} - weights.dfs.keys())))
    for q, theirs in their_terms.items():
        cache[q] = weights.totals(theirs)
    mine_s, mine_w = weights.totals(terms)
    scored: list[tuple[float, int]] = []
    for q in pool:
        if q not in cache:
            continue  # deleted since the postings were read
        their_s, their_w = cache[q]
        o = overlaps[q]
        cover = max(
            _cover(o.shingle, mine_s, their_s) if o.shingles else 0.0,
            _cover(o.word, mine_w, their_w) if o.words >= MIN_SHARED_WORDS else 0.0,
        )
        if cover >= MIN_COVER:
            scored.append((min(cover, 1.0), q))
    scored.sort(key=lambda s: (-s[0], s[1]))
    top = scored[:limit]
    found = index.records_by_id([q for _, q in top])
    return [(found[q], cover) for cover, q in top if q in found]
