"""Tracing the quotes of some articles through a quote index: links, appearances, name spellings."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from provenance.archive.records import ArticleMeta, QuoteRecord
from provenance.archive.store import QuoteIndex
from provenance.archive.terms import SHINGLE, quote_terms, term_key
from provenance.trace.context import QuotedContext
from provenance.trace.link import Link, Linker, order_key
from provenance.trace.names import Mention, NameVariant, mentions_in, variants
from provenance.trace.sentences import MIN_QUOTE_WORDS, SentenceSearch
from provenance.trace.tokens import Rarity

SUMMARY_MIN_WORDS = MIN_QUOTE_WORDS  # a quote this long may be summed up in another article's sentence
CANDIDATES = 50  # candidates per quote asked of the index (it ranks them; the linker decides)
# A quote of function words only this long is looked up as a phrase (it may link on its quoted
# context, see context.py); a shorter one is too common a phrase to be worth the lookup.
PHRASE_LOOKUP_WORDS = 5

RecordKey = tuple[str, int, int]


def record_key(r: QuoteRecord) -> RecordKey:
    return (r.article, r.start, r.end)


def index_rarity(index: QuoteIndex) -> Rarity:
    """Word rarity from the index's own term counts (the index folds apostrophes away)."""

    def df(token: str) -> int:
        key = term_key("word", token.replace("'", ""))
        return index.dfs([key]).get(key, 0)

    def phrase_df(run: tuple[str, ...]) -> int:
        # The index counts 4-word shingles: a run is at most as common as its rarest shingle.
        words = [t.replace("'", "") for t in run]
        shingles = [" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
        keys = [term_key("shingle", s) for s in shingles]
        found = index.dfs(keys)
        return min(found.get(k, 0) for k in keys)

    return Rarity(len(index), df, phrase_df)


def index_linker(index: QuoteIndex) -> Linker:
    """A linker weighing words by the index, with the quoted context of each quote read from it."""
    rarity = index_rarity(index)
    return Linker(rarity, QuotedContext(lambda path: index.records(article=path), rarity))


def _candidates(index: QuoteIndex, r: QuoteRecord, linker: Linker) -> list[QuoteRecord]:
    """The index's candidates for a quote; a quote of function words only has no index terms,
    so its words are looked up as a phrase in the indexed sentences instead."""
    found = index.candidates(r, limit=CANDIDATES)
    if not found and len(linker.words(r)) >= PHRASE_LOOKUP_WORDS and not quote_terms(r.norm):
        found = index.quotes_with_phrase(r.norm, r.article, CANDIDATES)
    return found


def quote_links(
    index: QuoteIndex, r: QuoteRecord, linker: Linker, skip: Callable[[QuoteRecord], bool] | None = None
) -> list[Link]:
    """The links of one quote to quotes of other articles: the index's candidates, each judged by
    the linker. The one way from a quote to its links, for `trace` and for `check`'s trace rules
    alike (``skip``: candidates the caller has judged already or must leave out)."""
    out: list[Link] = []
    for c in _candidates(index, r, linker):
        if c.article != r.article and not (skip is not None and skip(c)):
            out.extend(linker.links(r, c))
    return out


def find_links(index: QuoteIndex, records: Iterable[QuoteRecord], linker: Linker) -> list[Link]:
    """Every link of the given quotes to quotes of other articles, each unordered pair once."""
    seen: set[frozenset[RecordKey]] = set()

    def judged(r: QuoteRecord, c: QuoteRecord) -> bool:
        pair = frozenset((record_key(r), record_key(c)))
        if pair in seen:
            return True
        seen.add(pair)
        return False

    out: list[Link] = []
    for r in records:
        out.extend(quote_links(index, r, linker, functools.partial(judged, r)))
    out.sort(key=lambda lk: (order_key(lk.a), order_key(lk.b)))
    return out


@dataclass
class Appearance:
    """One quote of the traced articles and where else its statement appeared, oldest first."""

    record: QuoteRecord
    others: list[tuple[QuoteRecord, Link]]

    @property
    def earliest(self) -> QuoteRecord:
        return min([self.record, *(o for o, _ in self.others)], key=order_key)


@dataclass
class TraceResult:
    links: list[Link]
    appearances: list[Appearance]
    variants: list[NameVariant]
    articles: dict[str, ArticleMeta]


def appearances(records: Sequence[QuoteRecord], links: Sequence[Link]) -> list[Appearance]:
    by_key: dict[RecordKey, list[tuple[QuoteRecord, Link]]] = {}
    for lk in links:
        by_key.setdefault(record_key(lk.a), []).append((lk.b, lk))
        by_key.setdefault(record_key(lk.b), []).append((lk.a, lk))
    out = []
    for r in records:
        others = by_key.get(record_key(r))
        if others:
            out.append(Appearance(r, sorted(others, key=lambda o: order_key(o[0]))))
    return out


def _text_of(path: str) -> str | None:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # an indexed article no longer on disk: its speakers still count


def name_mentions(index: QuoteIndex, paths: Iterable[str]) -> list[Mention]:
    """Named speakers of type person and the personal names each article's text marks."""
    out: list[Mention] = []
    for path in paths:
        text = _text_of(path)
        if text is not None:
            out.extend(mentions_in(path, text))
        speakers = {r.speaker for r in index.records(article=path) if r.speaker and r.speaker_type == "person"}
        out.extend(Mention(path, name, -1, -1) for name in sorted(speakers))
    return out


def _within(key: RecordKey, sentence: QuoteRecord) -> bool:
    path, start, end = key
    return path == sentence.article and start < sentence.end and sentence.start < end


def _summary_links(
    index: QuoteIndex, share: Sequence[str], traced: frozenset[str], metas: dict[str, ArticleMeta], linker: Linker
) -> list[Link]:
    """Sentences that report a quote, for the articles of ``share``: their quotes against every
    indexed sentence; and, when not every article is traced (`trace --db` on a new article),
    their sentences against the quotes of the articles not traced (every traced quote is
    searched the first way already)."""
    texts = {p: t for p in share if (t := _text_of(p)) is not None}
    search = SentenceSearch(index, texts, metas)
    out: list[Link] = []
    for path in share:
        for r in index.records(article=path):
            if r.kind != "indirect" and len(linker.words(r)) >= SUMMARY_MIN_WORDS:
                out.extend(search.links(r, linker))
    if len(traced) < len(metas):
        for path in share:
            out.extend(search.reports_of_others(path, linker, traced))
    return out


def _merge_summaries(links: list[Link], found: Iterable[Link]) -> list[Link]:
    """``links`` plus the sentence links of ``found`` that are new: each pair once, and no
    sentence around a quote that the quote already links to (it says nothing new)."""
    seen = {frozenset((record_key(lk.a), record_key(lk.b))) for lk in links}
    linked: dict[RecordKey, list[RecordKey]] = {}
    for lk in links:
        linked.setdefault(record_key(lk.a), []).append(record_key(lk.b))
        linked.setdefault(record_key(lk.b), []).append(record_key(lk.a))
    out = list(links)
    for lk in found:
        # One side is a direct or mixed quote, the other the sentence (kind indirect).
        quote, sentence = (lk.a, lk.b) if lk.b.kind == "indirect" else (lk.b, lk.a)
        pair = frozenset((record_key(lk.a), record_key(lk.b)))
        if pair in seen or any(_within(k, sentence) for k in linked.get(record_key(quote), [])):
            continue
        seen.add(pair)
        out.append(lk)
    out.sort(key=lambda lk: (order_key(lk.a), order_key(lk.b)))
    return out


def _link_articles(db: str, paths: list[str]) -> list[Link]:
    """One worker's share of ``trace --jobs N``: the links of the quotes of some articles. Each
    worker opens the index file itself (SQLite readers share it) and weighs words alike."""
    with QuoteIndex.open(db) as index:
        records = [r for p in paths for r in index.records(article=p)]
        return find_links(index, records, index_linker(index))


def _summaries_of_articles(db: str, paths: list[str], traced: list[str]) -> list[Link]:
    """One worker's share of the sentence search of ``trace --jobs N``."""
    with QuoteIndex.open(db) as index:
        metas = {a.path: a for a in index.articles()}
        return _summary_links(index, paths, frozenset(traced), metas, index_linker(index))


def _dedupe(found: Iterable[Link]) -> list[Link]:
    """Each link once; two quotes may hold more than one (a line reworded: lines.py)."""
    seen: set[tuple[frozenset[RecordKey], tuple[int, int] | None, tuple[int, int] | None]] = set()
    out: list[Link] = []
    for lk in found:
        key = (frozenset((record_key(lk.a), record_key(lk.b))), lk.a_part, lk.b_part)
        if key not in seen:
            seen.add(key)
            out.append(lk)
    out.sort(key=lambda lk: (order_key(lk.a), order_key(lk.b)))
    return out


def _parallel(index: QuoteIndex, wanted: list[str], jobs: int) -> list[Link]:
    """find_links, then the sentence search, over ``jobs`` processes (articles dealt out in
    turn); a pair found from both sides is kept once, and the result is the one-process one."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    shares = [wanted[i::jobs] for i in range(jobs)]
    dbs = [index.path] * jobs
    # spawn, not fork: the caller may hold threads and an open SQLite connection.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        links = _dedupe(lk for part in pool.map(_link_articles, dbs, shares) for lk in part)
        if index.sentence_count() == 0:
            return links
        found = pool.map(_summaries_of_articles, dbs, shares, [wanted] * jobs)
        return _merge_summaries(links, (lk for part in found for lk in part))


def trace(index: QuoteIndex, paths: Sequence[str] | None = None, *, jobs: int = 1) -> TraceResult:
    """Links of the quotes of ``paths`` (every indexed article when None) to the rest of the index.
    ``jobs`` > 1 links on that many processes; an in-memory index is linked in this one."""
    articles = {a.path: a for a in index.articles()}
    wanted = list(articles) if paths is None else [p for p in paths if p in articles]
    records = [r for p in wanted for r in index.records(article=p)]
    if jobs > 1 and index.path != ":memory:" and len(wanted) > 1:
        links = _parallel(index, wanted, min(jobs, len(wanted)))
    else:
        linker = index_linker(index)
        links = find_links(index, records, linker)
        if index.sentence_count():  # an index written before schema 3 holds no sentences until re-indexed
            links = _merge_summaries(links, _summary_links(index, wanted, frozenset(wanted), articles, linker))
    linked_paths = dict.fromkeys([*wanted, *(lk.a.article for lk in links), *(lk.b.article for lk in links)])
    found = variants(name_mentions(index, linked_paths))
    # Only spellings that concern the traced articles.
    found = [v for v in found if any(m.path in wanted for m in v.mentions)]
    return TraceResult(links, appearances(records, links), found, articles)
