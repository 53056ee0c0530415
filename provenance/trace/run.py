"""Tracing the quotes of some articles through a quote index: links, appearances, name spellings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from provenance.archive.records import ArticleMeta, QuoteRecord
from provenance.archive.store import QuoteIndex
from provenance.archive.terms import SHINGLE, term_key
from provenance.trace.link import Link, Linker, order_key
from provenance.trace.names import Mention, NameVariant, mentions_in, variants
from provenance.trace.sentences import MIN_QUOTE_WORDS, SentenceSearch
from provenance.trace.tokens import Rarity

SUMMARY_MIN_WORDS = MIN_QUOTE_WORDS  # a quote this long may be summed up in another article's sentence
CANDIDATES = 50  # candidates per quote asked of the index (it ranks them; the linker decides)

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


def find_links(index: QuoteIndex, records: Iterable[QuoteRecord], linker: Linker) -> list[Link]:
    """Every link of the given quotes to quotes of other articles, each unordered pair once."""
    seen: set[frozenset[RecordKey]] = set()
    out: list[Link] = []
    for r in records:
        for c in index.candidates(r, limit=CANDIDATES):
            pair = frozenset((record_key(r), record_key(c)))
            if c.article == r.article or pair in seen:
                continue
            seen.add(pair)
            link = linker.link(r, c)
            if link is not None:
                out.append(link)
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


def _with_summaries(
    index: QuoteIndex,
    links: list[Link],
    records: Sequence[QuoteRecord],
    wanted: Sequence[str],
    metas: dict[str, ArticleMeta],
    linker: Linker,
) -> list[Link]:
    """``links`` plus the sentences of indexed articles that sum a quote of the traced ones up."""
    if index.sentence_count() == 0:
        return links  # an index written before schema 2 holds no sentences until re-indexed
    texts = {p: t for p in wanted if (t := _text_of(p)) is not None}
    search = SentenceSearch(index, texts, metas)
    seen = {frozenset((record_key(lk.a), record_key(lk.b))) for lk in links}
    # Where a quote is already linked: a sentence around a quote it links to says nothing new.
    linked: dict[RecordKey, list[RecordKey]] = {}
    for lk in links:
        linked.setdefault(record_key(lk.a), []).append(record_key(lk.b))
        linked.setdefault(record_key(lk.b), []).append(record_key(lk.a))
    out = list(links)

    def add(lk: Link) -> None:
        # One side is a direct or mixed quote, the other the sentence (kind indirect).
        quote, sentence = (lk.a, lk.b) if lk.b.kind == "indirect" else (lk.b, lk.a)
        pair = frozenset((record_key(lk.a), record_key(lk.b)))
        if pair in seen or any(_within(k, sentence) for k in linked.get(record_key(quote), [])):
            return
        seen.add(pair)
        out.append(lk)

    for r in records:
        if r.kind == "indirect" or len(linker.words(r)) < SUMMARY_MIN_WORDS:
            continue
        for lk in search.links(r, linker):
            add(lk)
    # Quotes of articles not traced, reported in a sentence of a traced one (`trace --db` on a
    # new article): searched from the sentence's side. When every article is traced, the loop
    # above has seen every quote already.
    traced = frozenset(wanted)
    if len(traced) < len(metas):
        for path in wanted:
            for lk in search.reports_of_others(path, linker, traced):
                add(lk)
    out.sort(key=lambda lk: (order_key(lk.a), order_key(lk.b)))
    return out


def _link_articles(db: str, paths: list[str]) -> list[Link]:
    """One worker's share of ``trace --jobs N``: the links of the quotes of some articles. Each
    worker opens the index file itself (SQLite readers share it) and weighs words alike."""
    with QuoteIndex.open(db) as index:
        records = [r for p in paths for r in index.records(article=p)]
        return find_links(index, records, Linker(index_rarity(index)))


def _parallel_links(index: QuoteIndex, wanted: list[str], jobs: int) -> list[Link]:
    """find_links over ``jobs`` processes, articles dealt out in turn; a pair found from both
    sides is kept once, and the order is the one-process order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    shares = [wanted[i::jobs] for i in range(jobs)]
    seen: set[frozenset[RecordKey]] = set()
    out: list[Link] = []
    # spawn, not fork: the caller may hold threads and an open SQLite connection.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for links in pool.map(_link_articles, [index.path] * jobs, shares):
            for lk in links:
                pair = frozenset((record_key(lk.a), record_key(lk.b)))
                if pair not in seen:
                    seen.add(pair)
                    out.append(lk)
    out.sort(key=lambda lk: (order_key(lk.a), order_key(lk.b)))
    return out


def trace(index: QuoteIndex, paths: Sequence[str] | None = None, *, jobs: int = 1) -> TraceResult:
    """Links of the quotes of ``paths`` (every indexed article when None) to the rest of the index.
    ``jobs`` > 1 links on that many processes; an in-memory index is linked in this one."""
    articles = {a.path: a for a in index.articles()}
    wanted = list(articles) if paths is None else [p for p in paths if p in articles]
    records = [r for p in wanted for r in index.records(article=p)]
    linker = Linker(index_rarity(index))
    if jobs > 1 and index.path != ":memory:" and len(wanted) > 1:
        links = _parallel_links(index, wanted, min(jobs, len(wanted)))
    else:
        links = find_links(index, records, linker)
    links = _with_summaries(index, links, records, wanted, articles, linker)
    linked_paths = dict.fromkeys([*wanted, *(lk.a.article for lk in links), *(lk.b.article for lk in links)])
    found = variants(name_mentions(index, linked_paths))
    # Only spellings that concern the traced articles.
    found = [v for v in found if any(m.path in wanted for m in v.mentions)]
    return TraceResult(links, appearances(records, links), found, articles)
