"""Parsed text as plain data: words, sentences, references to a word. No Stanza here.

Every later stage (attribution, sources, the matcher) reads these types only, so they can be
built by hand in tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, slots=True)
class Word:
    index: int  # 0-based position in the sentence
    text: str
    lemma: str
    upos: str
    feats: str
    head: int  # 0-based index of the head word, -1 for the root
    deprel: str
    start: int  # character offsets (into the paragraph, or the file once shifted)
    end: int
    # BIOES tag of the outermost mention the word is in ("B-PERSON", "O"): syntax/ner.py
    ner: str = "O"

    @property
    def rel(self) -> str:
        """The universal relation without its subtype (``nsubj:pass`` -> ``nsubj``)."""
        return self.deprel.split(":", 1)[0]


@dataclass
class Sentence:
    words: list[Word]
    start: int
    end: int
    text: str = ""

    @cached_property
    def children(self) -> list[list[int]]:
        kids: list[list[int]] = [[] for _ in self.words]
        for w in self.words:
            if w.head >= 0:
                kids[w.head].append(w.index)
        return kids

    def subtree(self, index: int, exclude: Iterable[int] = ()) -> list[int]:
        """Indices under ``index`` (inclusive), not descending into ``exclude``."""
        skip = set(exclude)
        out, stack = [], [index]
        while stack:
            i = stack.pop()
            if i in skip and i != index:
                continue
            out.append(i)
            stack.extend(self.children[i])
        return sorted(out)


@dataclass
class WordRef:
    """One word of one sentence: the unit attribution passes around (cue, speaker, via)."""

    sentence: Sentence
    index: int

    @property
    def word(self) -> Word:
        return self.sentence.words[self.index]
