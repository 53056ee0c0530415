"""The records of the quote index: one ArticleMeta per article, one QuoteRecord per quote.

This is the contract between the index (``provenance.archive``) and quote linking
(``provenance.trace``): plain frozen data with character offsets into the original file.
A QuoteRecord covers the words inside the quote marks (for reported speech, its content span),
so two articles that quote the same words with different marks or punctuation compare equal
after ``normalise``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from provenance.archive.meta import DEFAULT_META_KEYS, DateSource, MetaKeys, OutletSource, article_facts
from provenance.document import Document
from provenance.kinds import QuoteKind, SpeakerType
from provenance.quotemarks import MARKS, QuoteSpan, pair_marks
from provenance.records import ArticleResult, Quote

__all__ = [
    "DEFAULT_META_KEYS",
    "SentenceSpan",
    "ArticleMeta",
    "DateSource",
    "MetaKeys",
    "OutletSource",
    "QuoteRecord",
    "normalise",
    "quote_records",
    "records_from_result",
    "sentence_spans",
]


@dataclass(frozen=True)
class ArticleMeta:
    path: str  # as given (what reports show)
    sha256: str  # of the file's bytes: an unchanged file is not parsed again
    outlet: str | None  # display name of the outlet
    outlet_source: OutletSource
    date: str | None  # ISO YYYY-MM-DD; never the file's modification time (it changes on copy)
    date_source: DateSource
    credited: tuple[str, ...]  # outlet_key of each outlet named in a credit or dateline line


@dataclass(frozen=True)
class QuoteRecord:
    article: str  # ArticleMeta.path
    start: int  # offsets into the original file of the words inside the marks
    end: int
    line: int
    column: int
    text: str  # the exact slice of the file
    norm: str  # normalise(text)
    kind: QuoteKind
    speaker: str | None  # the resolved speaker name
    speaker_type: SpeakerType | None
    via: str | None  # the outlet the words came through ("told Reuters")
    outlet: str | None  # copied from the article
    date: str | None


# Typographic variants an editor does not see as a different word: curly vs straight quotes,
# the many dashes and hyphens.
_QUOTE_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})
# Punctuation and hyphens become spaces ("anti-US" = "anti US"); an apostrophe inside a word is
# dropped instead ("Iraq's" = "Iraqs"), so a possessive stays one word.
_INNER_APOSTROPHE = regex.compile(r"(?<=\w)'(?=\w)")
_NON_WORD = regex.compile(r"[^\w]+|_+")
_MARK_CHARS = "".join(MARKS)


def normalise(text: str) -> str:
    """The comparison form of quoted words: NFKC, casefolded, curly quotes straightened,
    punctuation and hyphens as spaces, runs of spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTE_FOLD)
    folded = _INNER_APOSTROPHE.sub("", folded)
    return " ".join(_NON_WORD.sub(" ", folded).split())


def _inner_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The words inside the marks: a direct or mixed quote's span includes its quote marks
    (and the pairing may leave a space next to them)."""
    while start < end and (text[start] in _MARK_CHARS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _MARK_CHARS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _word_spans(doc: Document, quote: Quote, marks: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """Where the quoted words are: inside the marks of a direct quote; inside each marked
    fragment of a mixed quote ("accused the United States of “brutal aggression”" -> the two
    words); the content span of reported speech."""
    if quote.kind == "indirect":
        return [_trimmed(doc.text, quote.start, quote.end)]
    if quote.kind == "mixed":
        fragments = [m for m in marks if m.depth == 0 and quote.start <= m.start and m.end <= quote.end]
        if fragments:
            return [_inner_span(doc.text, m.start, m.end) for m in fragments]
    return [_inner_span(doc.text, quote.start, quote.end)]


def quote_records(doc: Document, quote: Quote, meta: ArticleMeta, marks: Sequence[QuoteSpan]) -> list[QuoteRecord]:
    """The index records of one extracted quote: one, or one per marked fragment of a mixed quote."""
    speaker = quote.speaker
    out = []
    for start, end in _word_spans(doc, quote, marks):
        text = doc.text[start:end]
        norm = normalise(text)
        if not norm:  # nothing but punctuation inside the marks
            continue
        line, column = doc.line_col(start)
        out.append(
            QuoteRecord(
                article=meta.path,
                start=start,
                end=end,
                line=line,
                column=column,
                text=text,
                norm=norm,
                kind=quote.kind,
                speaker=speaker.name if speaker is not None else None,
                speaker_type=speaker.type if speaker is not None else None,
                via=quote.via.name if quote.via is not None else None,
                outlet=meta.outlet,
                date=meta.date,
            )
        )
    return out


def records_from_result(
    path: str, sha256: str, doc: Document, result: ArticleResult, meta_keys: MetaKeys = DEFAULT_META_KEYS
) -> tuple[ArticleMeta, list[QuoteRecord]]:
    """The article's metadata and the records of its quotes with words in them, in file order."""
    facts = article_facts(doc, result, meta_keys)
    meta = ArticleMeta(path, sha256, facts.outlet, facts.outlet_source, facts.date, facts.date_source, facts.credited)
    marks, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    records = [r for q in result.quotes for r in quote_records(doc, q, meta, marks)]
    # one record per span: a mixed quote's fragment can be claimed by two attributions
    records = list({(r.start, r.end): r for r in sorted(records, key=lambda r: (r.start, r.end))}.values())
    return meta, records


# A sentence ends after . ! or ? (and any closing marks), or at a blank line (a headline, a
# paragraph without final punctuation). Crude on purpose: the sentences are searched for a
# quote's words, and a sentence cut at "U.S." only loses the words after the cut.
_SENTENCE_END = regex.compile(r"(?<=[.!?][\"”’')\]]*)\s+|\n\s*\n")


@dataclass(frozen=True)
class SentenceSpan:
    """One sentence of an article, stored so that `trace` finds a quote reported in other words
    in any indexed article (not only in the ones it was given)."""

    start: int
    end: int
    line: int  # 1-based, of ``start``
    column: int  # 1-based
    text: str  # the exact slice, without leading or trailing space


def sentence_spans(text: str) -> list[SentenceSpan]:
    out: list[SentenceSpan] = []
    start = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        a, b = _trimmed(text, start, end)
        if a < b:
            line = text.count("\n", 0, a) + 1
            out.append(SentenceSpan(a, b, line, a - text.rfind("\n", 0, a), text[a:b]))
        start = m.end() if m is not None else len(text)
    return out
