"""Paraphrases the extraction did not read as reported speech: a sentence that sums a quote up.

"his call for a temporary ban on Muslims entering the United States" reports a statement in the
journalist's words without a speech verb, so it is no quote record. Here the sentences of the
traced articles are searched for such summaries of a direct quote of another article: the
sentence must share a run of the quote's words (three or more content words in a row, one of
them an ordinary word, not only a name), share enough rare words in the same order, and name the
quote's speaker in it or just before it. Conservative on purpose: a sentence that shares a
name and a topic with a quote is not a report of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from provenance.archive.records import ArticleMeta, QuoteRecord, normalise
from provenance.trace.link import Link, Linker, older_first
from provenance.trace.speakers import UNKNOWN, name_parts
from provenance.trace.tokens import Words, content, stem, words

_SENTENCE_END = regex.compile(r"(?<=[.!?][\"”’')\]]*)\s+|\n\s*\n")
MIN_SHARED = 3  # content stems shared, in the same order
MIN_RUN = 3  # content words in a row, shared verbatim
MIN_COVER = 0.5  # of the sentence's content stems
MIN_WEIGHT = 2.0
SPEAKER_WINDOW = 300  # characters before the sentence where its subject may be named
COMMON_SHARE = 0.02
QUOTE_WINDOW = (
    25  # words of the quote the shared ones must fall within  # a stem in more sentences than this is not looked up
)


@dataclass(frozen=True)
class Sentence:
    path: str
    start: int
    end: int
    text: str
    words: Words


def sentences(path: str, text: str, quoted: Sequence[tuple[int, int]]) -> list[Sentence]:
    """The sentences of an article, without the words inside its quotes (those are records)."""
    out: list[Sentence] = []
    start = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        chunk = text[start:end]
        if chunk.strip():
            w = words(chunk)
            keep = [i for i, s in enumerate(w.starts) if not any(a <= start + s < b for a, b in quoted)]
            if len(keep) >= MIN_SHARED:
                out.append(Sentence(path, start, end, chunk, w.pick(keep)))
        start = m.end() if m is not None else len(text)
    return out


def _run(quote: Words, sent: Words) -> bool:
    """MIN_RUN content words in a row (function words between them allowed) in both, one of
    them written lower-case in the sentence (an ordinary word, not only a name)."""
    qn = f" {' '.join(quote.norm)} "
    for i in range(len(sent)):
        if not content(sent.norm[i]):
            continue
        real: list[int] = []
        j = i
        while j < len(sent) and len(real) < MIN_RUN:
            if content(sent.norm[j]):
                real.append(j)
            j += 1
        if len(real) < MIN_RUN:
            return False
        phrase = " ".join(sent.norm[i : real[-1] + 1])
        if f" {phrase} " in qn and any(not sent.surface[k][:1].isupper() for k in real):
            return True
    return False


def _one_place(quote: Words, shared: set[str]) -> bool:
    """The shared words sit together in the quote (one sentence of it), not spread over a long
    passage that happens to use them."""
    at = [i for i, t in enumerate(quote.norm) if content(t) and stem(t) in shared]
    return bool(at) and at[-1] - at[0] < QUOTE_WINDOW


def _window_cover(quote: Words, sent: Words) -> float:
    """Shared content stems over the sentence's content words from the first shared one to the
    last: a summary may be one clause of a long sentence."""
    qs = {stem(t) for t in quote.norm if content(t)}
    marks = [stem(t) in qs if content(t) else None for t in sent.norm]
    hits = [i for i, m in enumerate(marks) if m]
    if not hits:
        return 0.0
    inside = [m for m in marks[hits[0] : hits[-1] + 1] if m is not None]
    return sum(inside) / len(inside)


def _in_order(quote: Words, sent: Words) -> int:
    """How many shared content stems appear in the same order in both (longest common subsequence)."""
    a = [stem(t) for t in quote.norm if content(t)]
    b = [stem(t) for t in sent.norm if content(t)]
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _names_speaker(record: QuoteRecord, text: str, sent: Sentence) -> bool:
    if not record.speaker or record.speaker_type not in ("person", "organization"):
        return False
    key = name_parts(record.speaker).surname if record.speaker_type == "person" else record.speaker
    # A proper name: "polls" or "the group" named nobody the sentence could name again.
    if not key or len(key) < 3 or not any(c.isupper() for c in key):
        return False
    before = text[max(0, sent.start - SPEAKER_WINDOW) : sent.end]
    return regex.search(rf"(?<!\w){regex.escape(key)}(?!\w)", before, regex.IGNORECASE) is not None


class SentenceSearch:
    """An inverted index of sentence stems over the traced articles."""

    def __init__(self, texts: dict[str, str], records: Iterable[QuoteRecord], metas: dict[str, ArticleMeta]) -> None:
        self.metas = metas
        quoted: dict[str, list[tuple[int, int]]] = {}
        for r in records:
            quoted.setdefault(r.article, []).append((r.start, r.end))
        self.texts = texts
        self.sentences = [s for path, text in texts.items() for s in sentences(path, text, quoted.get(path, []))]
        self.postings: dict[str, list[int]] = {}
        for i, s in enumerate(self.sentences):
            for st in {stem(t) for t in s.words.norm if content(t)}:
                self.postings.setdefault(st, []).append(i)
        self.common = max(20, int(COMMON_SHARE * len(self.sentences)))

    def links(self, record: QuoteRecord, linker: Linker) -> list[Link]:
        """Sentences of other articles that sum ``record`` (a direct quote) up."""
        qw = linker.words(record)
        stems = {stem(t) for t in qw.norm if content(t)}
        hits: dict[int, int] = {}
        for st in stems:
            post = self.postings.get(st, [])
            if len(post) <= self.common:
                for i in post:
                    hits[i] = hits.get(i, 0) + 1
        out = []
        for i, n in hits.items():
            sent = self.sentences[i]
            if n < MIN_SHARED or sent.path == record.article:
                continue
            link = self._decide(record, qw, sent, linker)
            if link is not None:
                out.append(link)
        return out

    def _decide(self, record: QuoteRecord, qw: Words, sent: Sentence, linker: Linker) -> Link | None:
        sw = sent.words
        sent_stems = {stem(t): t for t in sw.norm if content(t)}
        shared = sent_stems.keys() & {stem(t) for t in qw.norm if content(t)}
        if _window_cover(qw, sw) < MIN_COVER or _in_order(qw, sw) < MIN_SHARED or not _one_place(qw, shared):
            return None
        if sum(linker.rarity.weight(sent_stems[s]) for s in shared) < MIN_WEIGHT or not _run(qw, sw):
            return None
        if not _names_speaker(record, self.texts[sent.path], sent):
            return None
        other = _sentence_record(sent, self.texts[sent.path], self.metas.get(sent.path))
        a, b = older_first(record, other)
        return Link(a, b, "paraphrase", round(_window_cover(qw, sw), 3), (), UNKNOWN)


def _sentence_record(sent: Sentence, text: str, meta: ArticleMeta | None) -> QuoteRecord:
    """The sentence as a record of reported speech (no speaker: the sentence names none as such)."""
    body = sent.text.strip()
    start = sent.start + (len(sent.text) - len(sent.text.lstrip()))
    return QuoteRecord(
        article=sent.path,
        start=start,
        end=start + len(body),
        line=text.count("\n", 0, start) + 1,
        column=start - text.rfind("\n", 0, start),
        text=body,
        norm=normalise(body),
        kind="indirect",
        speaker=None,
        speaker_type=None,
        via=None,
        outlet=meta.outlet if meta is not None else None,
        date=meta.date if meta is not None else None,
    )
