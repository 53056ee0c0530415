"""The parser: the only module that imports Stanza.

Paragraphs go in as strings, typed sentences come out. The pipeline is loaded lazily — a run
whose paragraphs are all in the parse cache never loads the model — and all uncached
paragraphs of a run are parsed in one batch.
"""

from __future__ import annotations

from dataclasses import dataclass

from provenance.errors import ProvenanceError
from provenance.models import ModelSpec
from provenance.syntax.cache import ParseCache, paragraph_key
from provenance.syntax.nameheads import head_names_last
from provenance.syntax.tree import Sentence, Word


@dataclass
class ParseStats:
    paragraphs: int = 0
    cached: int = 0
    parsed_words: int = 0
    model_loaded: bool = False
    load_seconds: float = 0.0
    parse_seconds: float = 0.0


def _encode(sentences: list[Sentence]) -> list:
    return [[[w.text, w.lemma, w.upos, w.feats, w.head, w.deprel, w.start, w.end] for w in s.words] for s in sentences]


def _decode(data: list, shift: int = 0) -> list[Sentence]:
    sentences = []
    for sent in data:
        words = [
            Word(i, t, lem, upos, feats, head, rel, start + shift, end + shift)
            for i, (t, lem, upos, feats, head, rel, start, end) in enumerate(sent)
        ]
        if words:
            sentences.append(Sentence(words, words[0].start, words[-1].end))
    return sentences


class Parser:
    """Parses paragraphs with a Stanza pipeline, through the cache."""

    def __init__(
        self, model: ModelSpec, cache: ParseCache | None = None, batch_size: int = 64, name_heads: bool = True
    ) -> None:
        self.model = model
        self.cache = cache
        self.batch_size = batch_size
        # The cache holds the model's own trees; the name-head conversion is applied on the way out.
        self.name_heads = name_heads
        self.stats = ParseStats()
        self._pipeline = None

    def _load(self):
        if self._pipeline is None:
            import time

            t0 = time.perf_counter()
            try:
                import stanza  # noqa: PLC0415 - deliberately lazy: loading torch costs seconds

                self._pipeline = stanza.Pipeline(**self.model.pipeline_kwargs())
            except Exception as err:  # any failure to load is the same thing to the user
                detail = str(err).splitlines()[0] if str(err) else type(err).__name__
                raise ProvenanceError(f"cannot load Stanza model ({detail})", str(self.model.path)) from None
            self.stats.model_loaded = True
            self.stats.load_seconds = time.perf_counter() - t0
        return self._pipeline

    def parse(self, texts: list[str]) -> list[list[Sentence]]:
        """Parse each text; offsets in the result are relative to that text."""
        keys = [paragraph_key(self.model.identity, t) for t in texts]
        found = self.cache.get_many(list(set(keys))) if self.cache else {}
        self.stats.paragraphs += len(texts)
        todo = sorted({k: t for k, t in zip(keys, texts) if k not in found}.items())
        self.stats.cached += sum(1 for k in keys if k in found)
        if todo:
            import time

            pipeline = self._load()
            import stanza  # noqa: PLC0415

            t0 = time.perf_counter()
            new: dict[str, list] = {}
            for i in range(0, len(todo), self.batch_size):
                batch = todo[i : i + self.batch_size]
                docs = pipeline.bulk_process([stanza.Document([], text=t) for _, t in batch])
                done = {}
                for (key, _), doc in zip(batch, docs):
                    done[key] = _encode(_from_stanza(doc))
                    self.stats.parsed_words += sum(len(s.words) for s in doc.sentences)
                if self.cache:
                    self.cache.put_many(done)  # per batch: an interrupted long run keeps its work
                new.update(done)
            self.stats.parse_seconds += time.perf_counter() - t0
            found.update(new)
        out = [_decode(found[k]) for k in keys]
        if self.name_heads:
            out = [[head_names_last(s) for s in sents] for sents in out]
        return out


def _from_stanza(doc) -> list[Sentence]:
    sentences = []
    for sent in doc.sentences:
        words: list[Word] = []
        for token in sent.tokens:
            for w in token.words:
                # Words inside a multi-word token ("don't" -> do + n't) carry no offsets
                # of their own: they take the token's span.
                start = w.start_char if w.start_char is not None else token.start_char
                end = w.end_char if w.end_char is not None else token.end_char
                words.append(
                    Word(
                        index=len(words),
                        text=w.text,
                        lemma=w.lemma or w.text,
                        upos=w.upos or "X",
                        feats=w.feats or "",
                        head=(w.head or 0) - 1,
                        deprel=w.deprel or "dep",
                        start=start,
                        end=end,
                    )
                )
        if words:
            sentences.append(Sentence(words, words[0].start, words[-1].end, sent.text))
    return sentences


def shift_sentences(sentences: list[Sentence], offset: int, source: str) -> list[Sentence]:
    """Move paragraph-relative offsets to file offsets."""
    out = []
    for s in sentences:
        words = [
            Word(w.index, w.text, w.lemma, w.upos, w.feats, w.head, w.deprel, w.start + offset, w.end + offset)
            for w in s.words
        ]
        out.append(Sentence(words, s.start + offset, s.end + offset, source[s.start + offset : s.end + offset]))
    return out
