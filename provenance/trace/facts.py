"""What the quote index says about each quote of a checked article, for the policy rules.

``check`` evaluates rules over the article's records; a quote with something to report (another
appearance whose words differ, credited to another speaker, first run by a wire service, or a
speaker whose name is spelled another way) is handed over as a ``TracedQuote`` carrying a
``trace`` record (``QuoteTrace`` in provenance.policy.schema). Quotes with nothing to report are
left as they are, so every other rule sees exactly what it saw before.

Without an index only the name spellings inside the article are looked at
(provenance.trace.spellings, which ``check`` then uses alone).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from provenance.archive.records import ArticleMeta, QuoteRecord, quote_records, records_from_result
from provenance.archive.store import QuoteIndex
from provenance.document import Document
from provenance.outlets import OutletIndex, outlet_key
from provenance.policy.context import outlet_kinds
from provenance.policy.schema import NameSpelling, QuoteTrace, TraceLink, TraceOrder
from provenance.quotemarks import pair_marks
from provenance.records import ArticleResult, Quote
from provenance.trace.link import Link
from provenance.trace.run import index_linker, quote_links
from provenance.trace.spellings import other_spelling, people_in, with_trace


class ArticleTracer:
    """Per check run: the index (if any), word rarity and outlet identities, loaded once."""

    def __init__(self, index: QuoteIndex | None, outlets: OutletIndex | None = None) -> None:
        self.index = index
        self.outlets = outlets
        # The linker of `trace`, quoted context included: `check` links as `trace` does.
        self.linker = index_linker(index) if index is not None else None
        self._shas: dict[str, str] = {}

    def close(self) -> None:
        if self.index is not None:
            self.index.close()

    def _sha(self, path: str) -> str:
        if path not in self._shas:
            meta = self.index.article(path) if self.index is not None else None
            self._shas[path] = meta.sha256 if meta is not None else ""
        return self._shas[path]

    def _links(self, record: QuoteRecord, own_sha: str) -> list[Link]:
        if self.index is None or self.linker is None:
            return []

        def itself(c: QuoteRecord) -> bool:
            # The checked article may be in the index itself, under another spelling of its path.
            return os.path.normpath(c.article) == os.path.normpath(record.article) or self._sha(c.article) == own_sha

        return quote_links(self.index, record, self.linker, itself)

    def trace_article(self, doc: Document, result: ArticleResult) -> ArticleResult:
        """``result`` with each quote that has something to report carrying its ``trace``."""
        own_sha = _file_sha(doc.path)
        meta, records = records_from_result(os.path.normpath(doc.path), own_sha, doc, result)
        if self.linker is not None and self.linker.context is not None:
            self.linker.context.use(meta.path, records)  # its quoted context, as read now
        marks, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
        people = people_in(doc, result)
        quotes: list[Quote] = []
        for q in result.quotes:
            # A mixed quote is one record per marked fragment; the quote's facts are theirs together.
            seen: list[tuple[QuoteRecord, Link]] = []
            for record in quote_records(doc, q, meta, marks):
                seen.extend((record, lk) for lk in self._links(record, own_sha))
            facts = QuoteTrace(spelling=_spelling(q, people, seen))
            self._fill(facts, meta, q, seen)
            quotes.append(with_trace(q, facts))
        return dataclasses.replace(result, quotes=quotes)

    def _fill(self, facts: QuoteTrace, meta: ArticleMeta, q: Quote, links: list[tuple[QuoteRecord, Link]]) -> None:
        seen = [(_other(record, lk), lk) for record, lk in links]
        seen = [(o, lk) for o, lk in seen if _order(meta.date, o.date) != "later"]
        seen.sort(key=lambda o: (o[0].date is None, o[0].date or "", o[0].article))
        credited = set(meta.credited) | ({outlet_key(q.via.name, self.outlets)} if q.via else set())
        if meta.outlet:
            credited.add(outlet_key(meta.outlet, self.outlets))  # an outlet re-running its own copy
        direct = q.kind in ("direct", "mixed")
        for other, lk in seen:
            tl = self._trace_link(other, lk, meta, credited, reverse=lk.a is not other)
            if facts.earliest is None:
                facts.earliest = tl
            if direct and lk.relation == "altered" and facts.altered is None:
                facts.altered = tl
            if lk.speaker.same is False and facts.conflict is None:
                facts.conflict = tl

    def _trace_link(
        self, other: QuoteRecord, lk: Link, meta: ArticleMeta, credited: set[str], *, reverse: bool
    ) -> TraceLink:
        """The other appearance as the rules see it; the diff reads from there to here."""
        key = outlet_key(other.outlet, self.outlets) if other.outlet else None
        return TraceLink(
            path=other.article,
            line=other.line,
            start=other.start,
            end=other.end,
            relation=lk.relation,
            diff=[str(op.reversed() if reverse else op) for op in lk.diff],
            speaker=other.speaker,
            same_speaker=lk.speaker.same,
            outlet=other.outlet,
            outlet_kind=outlet_kinds().get(key) if key else None,
            date=other.date,
            order=_order(meta.date, other.date),
            credited=key is not None and key in credited,
        )


def open_tracer(index: Path | None, outlets: OutletIndex | None = None) -> ArticleTracer:
    """A tracer over the quote index at ``index`` (read only), or one without an index."""
    if index is None:
        return ArticleTracer(None, outlets)
    from provenance.archive.store import QuoteIndex

    return ArticleTracer(QuoteIndex.open(index), outlets)


def _file_sha(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return ""  # standard input or a vanished file: compared by path only


def _order(mine: str | None, theirs: str | None) -> TraceOrder:
    if mine is None or theirs is None:
        return "unknown"
    return "earlier" if theirs < mine else "same-day" if theirs == mine else "later"


def _other(record: QuoteRecord, lk: Link) -> QuoteRecord:
    return lk.a if lk.b is record else lk.b


def _spelling(
    q: Quote, people: Sequence[tuple[str, str]], links: Iterable[tuple[QuoteRecord, Link]]
) -> NameSpelling | None:
    """Another spelling of this quote's speaker: in the article, or on a linked quote."""
    others = list(people)
    for record, lk in links:
        other = _other(record, lk)
        if other.speaker and other.speaker_type == "person":
            others.append((other.speaker, other.article))
    return other_spelling(q, others)
