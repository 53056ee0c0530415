"""The parser: the only module that runs Stanza (``loading.py`` and ``decode.py`` are the two
documented hooks it installs: no training optimizers at load, a faster tree decoder).

Paragraphs go in as strings, typed sentences come out. The pipeline is loaded lazily — a run
whose paragraphs are all in the parse cache never loads the model — and all uncached
paragraphs of a run are parsed in one batch.

Bounded memory: the tagger and the parser need memory that grows with the square of a
sentence's length (the biaffine scorer compares every word with every other), and text with no
sentence-final punctuation — a table, a long list, a line of 10,000 quote marks — comes out of
the tokenizer as one sentence (measured: 1,000 words 2.6 GB, 2,000 words > 9 GB). So the text
is tokenized first, every sentence longer than ``MAX_SENTENCE_WORDS`` is cut into windows
(preferably at a line break, then at punctuation), and only then tagged and parsed. Offsets
are the tokenizer's, so they stay character offsets into the paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from provenance.errors import ProvenanceError
from provenance.models import ModelSpec
from provenance.syntax import budget
from provenance.syntax.cache import ParseCache, paragraph_key
from provenance.syntax.nameheads import head_names_last
from provenance.syntax.ner import MentionTagger, valid_tags, with_tags
from provenance.syntax.pretags import pretag, pretag_key
from provenance.syntax.ssplit import join_title_splits, split_key
from provenance.syntax.tree import Sentence, Word

# News sentences above ~80 words are rare (the longest in the dev sets are ~110); above this a
# "sentence" is a table, a list or a run-on the parser cannot analyse well anyway. A sentence
# this long costs ~40 MB in the parser; 500 words cost ~350 MB and 1,000 words 2.6 GB.
MAX_SENTENCE_WORDS = 150
# Words per depparse batch and tokens per tagger batch (Stanza's defaults: 2000 and 5000): with
# sentences capped at MAX_SENTENCE_WORDS, peak memory is bounded by batch size x sentence
# length. The stress bench measured 1,117 MiB for one process with 1500/5000 on news text.
# Smaller still (session 6, 100 dev articles, uncached, one process): 1000/2000 with 64 paragraphs
# a batch peaked at 777 MiB, 300/500 with 16 paragraphs at 513 MiB, for the same CPU time (79.1 vs
# 78.6 s) and byte-identical output: on one CPU thread, bigger batches buy nothing but memory.
# Session 8 (dev articles 100-160, one process, side by side, native caches bounded as in
# loading.py): 150 parser words peaked at 425 MiB against 465 MiB for 300, CPU 65.0 vs 66.0 s,
# identical output. The parser's label scorer holds two arrays of (sentences x longest sentence
# x 201 x 51) floats at once (~75 MB for 18 sentences of up to 51 words). 8 paragraphs a batch
# instead of 16 lowered the peak further (395 MiB) but cost 10% more CPU there: not taken.
DEPPARSE_BATCH_WORDS = 150
POS_BATCH_TOKENS = 500
# Paragraphs handed to Stanza at once: the tokenizer's memory grows with the batch.
PARAGRAPH_BATCH = 16
# Stanza's lemmatizer looks a word up in its training-data dictionary first (the model's
# ensemble_dict setting: 92.5% of the words of 40 dev articles) and runs its seq2seq model only
# for unseen forms. store_results adds each seq2seq answer to that dictionary for the rest of
# the run, so an unseen name met again in a later batch is not decoded again. The seq2seq model
# reads only the word and its tag, so the lemma is the same either way.
LEMMA_STORE_RESULTS = True
# Characters that make a good place to cut an over-long sentence, after a line break.
_CUT_AFTER = set(",;:|—–-•·*/\\)]}\"'“”‘’«»„")


@dataclass
class ParseStats:
    paragraphs: int = 0
    cached: int = 0
    parsed_words: int = 0
    model_loaded: bool = False
    load_seconds: float = 0.0
    parse_seconds: float = 0.0
    split_sentences: int = 0  # over-long sentences cut into windows


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
        self,
        model: ModelSpec,
        cache: ParseCache | None = None,
        batch_size: int = PARAGRAPH_BATCH,
        name_heads: bool = True,
        max_words: int = MAX_SENTENCE_WORDS,
        fast_decode: bool = True,
        article_tokens: int | None = None,
        tagger: MentionTagger | None = None,
    ) -> None:
        self.model = model
        self.cache = cache
        # Mention types (syntax/ner.py), when the model folder has a NER tagger.
        self.tagger = tagger
        self.batch_size = batch_size
        self.max_words = max(2, max_words)
        # The window length changes the parse of long sentences, so it is part of the cache key.
        # (j1: sentences cut after a title are joined back, syntax/ssplit.py; j2: and after a
        # word; j4: and before a lower-case word after a stop; j7: more titles, "Coun.", "Cst.", also with the stop a token of its own, made one token again)
        self._identity = f"{model.identity}/w{self.max_words}/j7"
        # The cache holds the model's own trees; the name-head conversion is applied on the way out.
        self.name_heads = name_heads
        # decode.py's tree decoder gives Stanza's trees faster; False keeps Stanza's own (for A/B).
        self.fast_decode = fast_decode
        # Tokens parsed per article at most (budget.py); read by the pipeline, which knows articles.
        self.article_tokens = article_tokens or budget.ARTICLE_TOKEN_BUDGET
        self.stats = ParseStats()
        self._pipeline = None

    def _load(self):
        if self._pipeline is None:
            import time

            t0 = time.perf_counter()
            try:
                from provenance.syntax.loading import collection_paused, import_stanza, prediction_only  # noqa: PLC0415

                kwargs = {
                    **self.model.pipeline_kwargs(),
                    "depparse_batch_size": DEPPARSE_BATCH_WORDS,
                    "pos_batch_maximum_tokens": POS_BATCH_TOKENS,
                    "lemma_store_results": LEMMA_STORE_RESULTS,
                }
                with collection_paused():  # (a process that only predicts) no GC scans of the load
                    stanza = import_stanza()  # deliberately lazy: loading torch costs seconds
                    # no training optimizers (a third of the load time); the packaged model's
                    # files read by the compiled unpickler (most of the rest)
                    with prediction_only(self.model.path if self.model.packaged else None):
                        self._pipeline = stanza.Pipeline(**kwargs)
            except Exception as err:  # any failure to load is the same thing to the user
                detail = str(err).splitlines()[0] if str(err) else type(err).__name__
                raise ProvenanceError(f"cannot load Stanza model ({detail})", str(self.model.path)) from None
            self.stats.model_loaded = True
            self.stats.load_seconds = time.perf_counter() - t0
        return self._pipeline

    def uncached(self, texts: list[str]) -> int:
        """How many of ``texts`` (non-blank) a parse would have to run the model for."""
        keys = {paragraph_key(self._identity + split_key(t) + pretag_key(t), t) for t in texts if t.strip()}
        if not keys:
            return 0
        # keys only: deciding on --jobs must not read (and decode) every parse the run then reads again
        found = self.cache.present(list(keys)) if self.cache else set()
        return len(keys - found)

    def parse(self, texts: list[str]) -> list[list[Sentence]]:
        """Parse each text; offsets in the result are relative to that text."""
        keys = [paragraph_key(self._identity + split_key(t) + pretag_key(t), t) for t in texts]
        lengths = {k: len(t) for k, t in zip(keys, texts)}
        found = self.cache.get_many(list(lengths), lengths) if self.cache else {}
        self.stats.paragraphs += len(texts)
        # Blank text (a paragraph left out by the budget) has no sentences: never a model load.
        todo = sorted({k: t for k, t in zip(keys, texts) if k not in found and t.strip()}.items())
        self.stats.cached += sum(1 for k in keys if k in found)
        if todo:
            import time

            pipeline = self._load()
            import stanza  # noqa: PLC0415

            from provenance.syntax import decode  # noqa: PLC0415 - numpy: only when parsing

            decode.install(self.fast_decode)
            t0 = time.perf_counter()
            new: dict[str, list] = {}
            for i in range(0, len(todo), self.batch_size):
                batch = todo[i : i + self.batch_size]
                # Tokenize first, cut over-long sentences, then tag and parse: the tagger and
                # the parser's biaffine scorer need memory that grows with a sentence's square.
                docs = pipeline.bulk_process([stanza.Document([], text=t) for _, t in batch], processors="tokenize,mwt")
                docs = [_windowed(join_title_splits(doc), self.max_words) for doc in docs]
                docs = [pretag(d) for d in pipeline.bulk_process(docs, processors="pos")]
                docs = pipeline.bulk_process(docs, processors="lemma,depparse")
                done = {}
                for (key, _), doc in zip(batch, docs):
                    done[key] = _encode(_from_stanza(doc))
                    self.stats.split_sentences += getattr(doc, "_provenance_split", 0)
                    self.stats.parsed_words += sum(len(s.words) for s in doc.sentences)
                if self.cache:
                    self.cache.put_many(done)  # per batch: an interrupted long run keeps its work
                new.update(done)
            self.stats.parse_seconds += time.perf_counter() - t0
            found.update(new)
        out = [_decode(found[k]) if k in found else [] for k in keys]
        if self.tagger is not None:
            out = self._mention_types(keys, out)
        if self.name_heads:
            out = [[head_names_last(s) for s in sents] for sents in out]
        return out

    def _mention_types(self, keys: list[str], parsed: list[list[Sentence]]) -> list[list[Sentence]]:
        """Each parsed paragraph with its words' NER tags, through the cache (own keys)."""
        assert self.tagger is not None
        tag_keys = [paragraph_key(f"{self.tagger.identity}/{self._identity}", k) for k in keys]
        lengths = {tk: [len(s.words) for s in sents] for tk, sents in zip(tag_keys, parsed)}
        found = (
            self.cache.get_many(list(lengths), valid=lambda value, key: valid_tags(value, lengths[key]))
            if self.cache
            else {}
        )
        todo = [i for i, tk in enumerate(tag_keys) if tk not in found and parsed[i]]
        if todo:
            flat = [[w.text for w in s.words] for i in todo for s in parsed[i]]
            tags = iter(self.tagger.tag(flat))
            new = {tag_keys[i]: [next(tags) for _ in parsed[i]] for i in todo}
            if self.cache:
                self.cache.put_many(new)
            found.update(new)
        return [with_tags(sents, found[tk]) if tk in found else sents for tk, sents in zip(tag_keys, parsed)]


def _tokens(sentence: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group a sentence's entries by token: a multi-word token's entry is followed by its words."""
    groups: list[list[dict[str, Any]]] = []
    pending = 0  # words still to come of the current multi-word token
    for entry in sentence:
        if pending:
            groups[-1].append(entry)
            pending -= 1
            continue
        groups.append([entry])
        if isinstance(entry["id"], tuple):
            pending = entry["id"][-1] - entry["id"][0] + 1
    return groups


def _words_in(group: list[dict[str, Any]]) -> int:
    return len(group) - 1 if isinstance(group[0]["id"], tuple) else 1


def window_cuts(groups: list[list[dict[str, Any]]], text: str, max_words: int) -> list[int]:
    """Token indices where an over-long sentence is cut: each window holds at most ``max_words``
    words; within the second half of a window the cut goes after a line break if there is one,
    else after punctuation, else at the limit."""
    cuts: list[int] = []
    start = 0
    while True:
        words = 0
        end = start
        while end < len(groups) and words + _words_in(groups[end]) <= max_words:
            words += _words_in(groups[end])
            end += 1
        if end >= len(groups):
            return cuts
        end = max(end, start + 1)  # a token with more words than the limit still makes progress
        lo = start + max(1, (end - start) // 2)
        best = end
        for score_of in (_line_break_after, _punct_after):
            found = next((k for k in range(end, lo - 1, -1) if score_of(groups, k, text)), None)
            if found is not None:
                best = found
                break
        cuts.append(best)
        start = best


def _line_break_after(groups: list[list[dict[str, Any]]], k: int, text: str) -> bool:
    """True when a line break separates token k-1 from token k."""
    if k <= 0 or k >= len(groups):
        return False
    gap = text[groups[k - 1][0].get("end_char", 0) : groups[k][0].get("start_char", 0)]
    return "\n" in gap or "\r" in gap


def _punct_after(groups: list[list[dict[str, Any]]], k: int, text: str) -> bool:
    if k <= 0 or k >= len(groups):
        return False
    prev = str(groups[k - 1][0].get("text", ""))
    return bool(prev) and all(ch in _CUT_AFTER for ch in prev)


def _windowed(doc, max_words: int):
    """The tokenized document with every sentence over ``max_words`` words cut into windows,
    each a sentence of its own; the document itself when nothing is that long."""
    import stanza  # noqa: PLC0415 - only called once the pipeline is loaded

    if all(len(s.words) <= max_words for s in doc.sentences):
        return doc
    sentences: list[list[dict[str, Any]]] = []
    split = 0
    for sentence in doc.to_dict():
        groups = _tokens(sentence)
        cuts = window_cuts(groups, doc.text, max_words)
        split += bool(cuts)
        shift = 0  # words before the window: ids restart at 1 in each
        for a, b in zip([0, *cuts], [*cuts, len(groups)]):
            window = []
            for group in groups[a:b]:
                for entry in group:
                    entry = dict(entry)
                    ident = entry["id"]
                    entry["id"] = tuple(i - shift for i in ident) if isinstance(ident, tuple) else ident - shift
                    window.append(entry)
            shift += sum(_words_in(g) for g in groups[a:b])
            sentences.append(window)
    out = stanza.Document(sentences, text=doc.text)
    out._provenance_split = split
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
            Word(w.index, w.text, w.lemma, w.upos, w.feats, w.head, w.deprel, w.start + offset, w.end + offset, w.ner)
            for w in s.words
        ]
        out.append(Sentence(words, s.start + offset, s.end + offset, source[s.start + offset : s.end + offset]))
    return out
