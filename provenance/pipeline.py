"""The conductor: text → parse → quotes → attribution → sources → records, one article at a time.

It names no lexicon, lemma or rule id: each stage is a package with one entry, and this module
only passes one stage's output to the next.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Protocol

from provenance import resultcache
from provenance.attribution import Attributor, ParsedParagraph
from provenance.document import Document, blank_spans, strip_emphasis, with_prose
from provenance.errors import ProvenanceError
from provenance.quotemarks import MarkProblem, marks_agreement, pair_marks, parser_view
from provenance.records import ArticleResult, Credit, MarkIssue, Quote
from provenance.sources import SourceModel, find_credits, resolve_article
from provenance.syntax.budget import within_budget
from provenance.syntax.headline import headline_view
from provenance.syntax.parser import Parser, shift_sentences
from provenance.syntax.wording import parser_wording
from provenance.vocab import Vocabulary, load_vocabulary


@dataclass(frozen=True)
class Failure:
    """An article whose analysis raised an internal error (a bug, not bad input): it has an empty
    result, is never stored in the result cache, and the command reports it while every other
    article is still analysed."""

    path: str
    error: str  # "IndexError: list index out of range", on one line
    traceback: str  # for --debug

    @classmethod
    def of(cls, path: str, err: BaseException) -> Failure:
        import traceback  # only when something failed

        message = " ".join(f"{type(err).__name__}: {err}".split())
        return cls(path, message, "".join(traceback.format_exception(err)))


@dataclass
class Unanalysed(ArticleResult):
    """The empty result of an article whose analysis failed: never stored in the result cache,
    never written out as "no quotes found"; the command reports its ``failure`` instead."""

    failure: Failure | None = None


@dataclass
class Analysis:
    """What a run needs once: vocabulary, compiled stages, and the (lazy) parser."""

    vocab: Vocabulary
    sources: SourceModel
    parser: Parser
    attributor: Attributor = field(init=False)
    headline_verbs: frozenset[str] = field(init=False)  # syntax/headline.py

    def __post_init__(self) -> None:
        self.attributor = Attributor(self.vocab)
        lexicon = self.vocab.lexicons.get("headline_verbs")
        self.headline_verbs = frozenset(e.name.lower() for e in lexicon.entries) if lexicon else frozenset()

    @classmethod
    def create(
        cls,
        vocab: Vocabulary | None = None,
        model: str | None = None,
        use_cache: bool = True,
        parser: Parser | None = None,
    ) -> Analysis:
        """``parser``: share one (lazily loaded) model between analyses with different vocabularies."""
        vocab = vocab or load_vocabulary()
        return cls(vocab, SourceModel.build(vocab), parser or make_parser(model, use_cache))


def make_parser(model: str | None = None, use_cache: bool = True) -> Parser:
    """The parser for ``model`` (checked now, loaded on first use) with the parse cache or not."""
    return resultcache.default_parser(model, use_cache)


def parse_documents(
    parser: Parser,
    docs: list[Document],
    *,
    over_budget: list[bool] | None = None,
    headline_verbs: frozenset[str] = frozenset(),
) -> list[list[ParsedParagraph]]:
    """Parse every paragraph of every document in one batch; offsets become file offsets.
    Each document gets ``parser.article_tokens`` tokens of parsing (syntax/budget.py): beyond
    them, one warning and no parse for the rest of that document (``over_budget``, when given,
    gets one flag per document)."""
    budget = parser.article_tokens
    texts: list[str] = []
    for d in docs:
        planned = within_budget([p.text for p in d.paragraphs], budget)
        if over_budget is not None:
            over_budget.append(bool(planned.cut))
        if planned.cut:
            print(
                f"provenance: warning: {d.path}: about {planned.tokens:,} tokens, over the parse budget of "
                f"{budget:,}: the last {planned.cut} of {len(d.paragraphs)} paragraphs are not analysed",
                file=sys.stderr,
            )
        # (a Title Case headline's verbs in lower case: syntax/headline.py; "per cent" as
        # "percent": syntax/wording.py)
        texts.extend(headline_view(parser_wording(parser_view(t)), headline_verbs) for t in planned.texts)
    parsed = iter(parser.parse(texts))
    return [
        [ParsedParagraph(p.index, p.start, p.end, shift_sentences(next(parsed), p.start, d.text)) for p in d.paragraphs]
        for d in docs
    ]


def analyse_document(
    analysis: Analysis, doc: Document, paras: list[ParsedParagraph], credits: list[Credit] | None = None
) -> ArticleResult:
    spans, problems = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    paras = analysis.attributor.repair(paras)  # attribution and sources read one tree
    attributions = analysis.attributor.attribute(doc.text, paras, spans)
    found = resolve_article(analysis.sources, doc, paras, spans, attributions)
    _mark_evidence(found.quotes, [(p.start, p.end) for p in doc.paragraphs], problems)
    if credits is None:
        credits = find_credits(analysis.sources, doc)
    issues = [
        MarkIssue(p.char, p.offset, *doc.line_col(p.offset), problem=p.problem)  # type: ignore[arg-type]
        for p in problems
    ]
    result = ArticleResult(
        path=doc.path,
        quotes=found.quotes,
        sources=found.sources,
        credits=[c for c in credits if c.kind in ("credit", "dateline")],
        photo_credits=[c for c in credits if c.kind == "photo"],
        mark_issues=issues,
        entities=found.entities,
    )
    if doc._markup is not None:
        _unmark(result, doc)
    return result


def _mark_evidence(quotes: list[Quote], paragraphs: list[tuple[int, int]], problems: list[MarkProblem]) -> None:
    """Add to each quote's evidence whether its marks pair cleanly; a quote whose extent rests on
    guessed pairing is never certain evidence for a blocking finding."""
    for q in quotes:
        if q.evidence is None:
            continue
        q.evidence.marks = marks_agreement(q.kind, q.start, q.end, paragraphs, problems)
        if q.evidence.marks == "stray":
            q.evidence.confidence = "uncertain"


# Result fields that hold a copy of article text without offsets of their own.
_COPIED_TEXT = ("name", "role", "reason")


def _unmark(obj: Any, doc: Document) -> None:
    """Remove Markdown markup (``**``, ``_``, link targets) from every text field of a result.

    The stages read the prose view, where markup is blanked, but copy their text fields from the
    file so that offsets and text agree; a field with offsets is re-read through
    ``Document.display``, a copied string loses its emphasis markers. Offsets are untouched."""
    if isinstance(obj, list):
        for item in obj:
            _unmark(item, doc)
        return
    if not is_dataclass(obj) or isinstance(obj, type):
        return
    names = {f.name for f in fields(obj)}
    if {"text", "start", "end"} <= names and obj.text == doc.text[obj.start : obj.end]:  # type: ignore[attr-defined]
        obj.text = doc.display(obj.start, obj.end)  # type: ignore[attr-defined]
    for name in names:
        value = getattr(obj, name)
        if name in _COPIED_TEXT and isinstance(value, str):
            setattr(obj, name, strip_emphasis(value))
        elif name == "via" and isinstance(value, list):
            setattr(obj, name, [strip_emphasis(v) if isinstance(v, str) else v for v in value])
        elif isinstance(value, list) or (is_dataclass(value) and not isinstance(value, type)):
            _unmark(value, doc)


# Documents are parsed and analysed in chunks of about this many words: big enough for Stanza's
# batching to pay off, small enough that a 10,000-article run never holds every parse tree at
# once, and a progress display moves.
CHUNK_WORDS = 8_000


class Progress(Protocol):
    def advance(self, path: str) -> None: ...


def chunks(docs: list[Document], words: int = CHUNK_WORDS) -> Iterator[list[Document]]:
    """Consecutive runs of documents of about ``words`` words (a longer document is one chunk)."""
    batch: list[Document] = []
    size = 0
    for d in docs:
        n = len(d.prose.split())
        if batch and size + n > words:
            yield batch
            batch, size = [], 0
        batch.append(d)
        size += n
    if batch:
        yield batch


def analyse(
    docs: list[Document],
    vocab: Vocabulary | None = None,
    model: str | None = None,
    analysis: Analysis | None = None,
    progress: Progress | None = None,
    isolate: bool = False,
) -> list[ArticleResult]:
    """Analyse documents end to end, parsing them a chunk at a time; results in input order.

    With ``isolate``, an internal error in one article's analysis costs that article only: its
    result is an ``Unanalysed`` naming the failure, and the rest are analysed (extract, check).
    Without, the error propagates (the API and the benchmark want to see it)."""
    analysis = analysis or Analysis.create(vocab, model)
    out: list[ArticleResult] = []
    for batch in chunks(docs):
        failures: list[Failure] | None = [] if isolate else None
        # Results the command wants kept in the result cache: each step of theirs is watched
        # (time, anything printed) so that a result a warning went with is never stored.
        watches = [resultcache.Watch() if resultcache.wanted(d) else None for d in batch]
        # Credit, dateline and photo lines are found first and blanked from the text the parser and
        # the quote finder see: "BAGHDAD (Reuters) —" is not part of the first sentence's subject.
        credits = [
            _guarded(failures, d, _watched, w, find_credits, analysis.sources, d) for d, w in zip(batch, watches)
        ]
        views = [
            with_prose(d, blank_spans(d.prose, [(c.start, c.end) for c in cs])) if cs else d
            for d, cs in zip(batch, credits)
        ]
        parsed, over_budget = _parse_guarded(analysis, [v for v, cs in zip(views, credits) if cs is not None], failures)
        done = iter(zip(parsed, over_budget))
        for d, v, cs, w in zip(batch, views, credits, watches):
            p, over = next(done) if cs is not None else (None, True)
            result = _guarded(failures, d, _watched, w, analyse_document, analysis, v, p, cs) if p is not None else None
            if result is None:  # failed: an empty result, never cached
                result = Unanalysed(path=d.path, failure=_failure_of(d, failures))
            elif w is not None and not over and w.quiet():
                resultcache.settled(d, result, analysis.parser)
            out.append(result)
            if progress is not None:
                progress.advance(v.path)
    return out


def _failure_of(doc: Document, failures: list[Failure] | None) -> Failure | None:
    """The first failure noted for ``doc`` in this batch (its path; a batch holds each document once)."""
    return next((f for f in failures or [] if f.path == doc.path), None)


def _guarded(failures: list[Failure] | None, doc: Document, step: Any, *args: Any) -> Any:
    """``step(*args)``, or None after noting a Failure of ``doc`` (see ``analyse``). A
    ProvenanceError (a model or usage problem, the same for every article) always propagates."""
    if failures is None:
        return step(*args)
    try:
        return step(*args)
    except ProvenanceError:
        raise
    except Exception as err:
        failures.append(Failure.of(doc.path, err))
        return None


def _parse_guarded(
    analysis: Analysis, views: list[Document], failures: list[Failure] | None
) -> tuple[list[list[ParsedParagraph] | None], list[bool]]:
    """Parses of ``views`` (one batch, as ``parse_documents``) and their over-budget flags; when
    the batch raises and failures are collected, each article again alone, so that only the
    one that fails is lost."""

    def batch(docs: list[Document]) -> tuple[list[list[ParsedParagraph] | None], list[bool]]:
        over: list[bool] = []
        parsed = parse_documents(analysis.parser, docs, over_budget=over, headline_verbs=analysis.headline_verbs)
        return list(parsed), over

    if failures is None or len(views) <= 1:
        got = _guarded(failures, views[0], batch, views) if views else ([], [])
        return got if got is not None else ([None], [True])
    try:
        return batch(views)
    except ProvenanceError:
        raise
    except Exception:
        parsed: list[list[ParsedParagraph] | None] = []
        over: list[bool] = []
        for v in views:
            one = _guarded(failures, v, batch, [v])
            parsed.extend(one[0] if one is not None else [None])
            over.extend(one[1] if one is not None else [True])
        return parsed, over


def _watched(watch: resultcache.Watch | None, step: Any, *args: Any) -> Any:
    if watch is None:
        return step(*args)
    with watch.step():
        return step(*args)
