"""Mention types from the model folder's NER tagger (``ner.pt``, trained on GUM's entities).

The tagger labels the outermost mention each word belongs to — person, organization, place,
time, abstract, event, object, substance, animal, plant — as BIOES tags (see
``provenance.models.ner`` for how it was trained and scored).  It runs over the parser's own
words (pre-tokenised), after the parse, and its tags are cached beside the parses under their own
key, so adding or retraining it never invalidates a cached parse.  A model folder without
``ner.pt`` simply gives every word ``O``.

Readers use ``mention_type(sentence, index)``: the type of the mention a word is in, or None.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from provenance.errors import ProvenanceError
from provenance.models import model_fingerprint
from provenance.syntax.tree import Sentence

NER_FILE = "ner.pt"
NER_VECTORS_FILE = "ner_pretrain.pt"  # the tagger's word vectors (not the parser's pretrain.pt)

MentionType = Literal[
    "person", "organization", "place", "time", "abstract", "event", "object", "substance", "animal", "plant"
]
_TYPES: frozenset[str] = frozenset(MentionType.__args__)  # type: ignore[attr-defined]
# Types of mention that never speak: "places, times and abstract nouns are never speakers".
NOT_SPEAKERS: frozenset[str] = frozenset({"place", "time", "abstract", "event", "object", "substance", "plant"})


def mention_type(sentence: Sentence, index: int) -> MentionType | None:
    """The type of the outermost mention word ``index`` belongs to, or None (no tag, or O)."""
    tag = sentence.words[index].ner
    if len(tag) < 3 or tag[1] != "-":
        return None
    typ = tag[2:].lower()
    return typ if typ in _TYPES else None  # type: ignore[return-value]


def valid_tags(value: Any, lengths: Sequence[int]) -> bool:
    """A cached value is one list of string tags per sentence, of the sentences' lengths."""
    if not isinstance(value, list) or len(value) != len(lengths):
        return False
    return all(
        isinstance(tags, list) and len(tags) == n and all(isinstance(t, str) and len(t) < 40 for t in tags)
        for tags, n in zip(value, lengths, strict=True)
    )


class MentionTagger:
    """Loads the NER tagger on first use; tags pre-tokenised sentences."""

    def __init__(self, folder: Path) -> None:
        self.model = folder / NER_FILE
        vectors = folder / NER_VECTORS_FILE
        self.vectors = vectors if vectors.is_file() else None
        self.identity = "ner:" + model_fingerprint([self.model, *([self.vectors] if self.vectors else [])])
        self.load_seconds = 0.0
        self.tag_seconds = 0.0
        self.tagged_words = 0
        self._pipeline: Any = None

    @classmethod
    def from_folder(cls, folder: Path) -> MentionTagger | None:
        return cls(folder) if (folder / NER_FILE).is_file() else None

    def _load(self) -> Any:
        if self._pipeline is None:
            t0 = time.perf_counter()
            try:
                import stanza  # noqa: PLC0415 - lazy: torch

                from provenance.syntax.loading import prediction_only  # noqa: PLC0415

                kwargs: dict[str, object] = {}
                if self.vectors is not None:
                    kwargs["ner_pretrain_path"] = str(self.vectors)
                with prediction_only():
                    self._pipeline = stanza.Pipeline(
                        "en",
                        dir=str(self.model.parent),  # its resources.json ({}): nothing is downloaded
                        processors="tokenize,ner",
                        tokenize_pretokenized=True,
                        # named so Stanza keeps the processor; pre-tokenised input never runs it
                        tokenize_model_path=str(self.model.parent / "tokenize.pt"),
                        ner_model_path=str(self.model),
                        download_method=None,
                        logging_level="ERROR",
                        use_gpu=False,
                        **kwargs,
                    )
            except Exception as err:
                detail = str(err).splitlines()[0] if str(err) else type(err).__name__
                raise ProvenanceError(f"cannot load the NER model ({detail})", str(self.model)) from None
            self.load_seconds = time.perf_counter() - t0
        return self._pipeline

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIOES tags for each sentence (a list of word texts)."""
        todo = [list(s) for s in sentences if s]
        if not todo:
            return [[] for _ in sentences]
        pipeline = self._load()
        t0 = time.perf_counter()
        doc = pipeline(todo)
        self.tag_seconds += time.perf_counter() - t0
        self.tagged_words += sum(len(s) for s in todo)
        tagged = iter([[tok.ner or "O" for tok in sent.tokens] for sent in doc.sentences])
        out = [next(tagged) if s else [] for s in sentences]
        # Stanza may retokenise nothing here (pre-tokenised), but guard the lengths anyway.
        return [tags if len(tags) == len(s) else ["O"] * len(s) for tags, s in zip(out, sentences, strict=True)]


def with_tags(sentences: list[Sentence], tags: Sequence[Sequence[str]]) -> list[Sentence]:
    """The sentences with each word's ``ner`` set."""
    return [
        replace(s, words=[replace(w, ner=t) for w, t in zip(s.words, ts, strict=True)])
        for s, ts in zip(sentences, tags, strict=True)
    ]
