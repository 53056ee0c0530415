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

    @cached_property
    def forms_seen(self) -> dict[int, tuple[str, ...]]:
        """lexicon_forms' answers for this sentence's words (a sentence is never changed in
        place: a repair makes a new one), since every pattern asks them again."""
        return {}

    def heads_above(self, index: int) -> list[int]:
        """The words above ``index`` up to the root, nearest first (a repair's path to the root)."""
        found: list[int] = []
        k = self.words[index].head
        while k >= 0 and k not in found and k != index:
            found.append(k)
            k = self.words[k].head
        return found

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


def lexicon_forms(sent: Sentence | None, index: int) -> tuple[str, ...]:
    """The forms a word is looked up by in the lexicons: its lemma, and for a phrasal verb the
    lemma with its particle ("shot back" -> "shoot back", "chimed in" -> "chime in"), its
    preposition ("called on") or an idiom's object ("put it"), so a lexicon can list a phrase
    whose bare verb means something else."""
    if sent is None:
        return ()
    seen = sent.forms_seen
    if index not in seen:
        seen[index] = _forms(sent, index)
    return seen[index]


# Prepositions the parse makes the "mark" of a gerund clause: "talked about sending troops",
# "called for closing the plant" are the same prepositional verbs as with a noun.
_GERUND_PREPOSITIONS = frozenset({"about", "of", "for", "against", "on", "at"})


def _forms(sent: Sentence, index: int) -> tuple[str, ...]:
    w = sent.words[index]
    lemma = w.lemma.lower()
    # (the parser often reads the particle right after the verb as an adverb: "fired back"; an
    # idiom's fixed object counts too: "as Roe put it")
    particles = [
        sent.words[c].text.lower()
        for c in sent.children[index]
        if sent.words[c].deprel == "compound:prt" or (c == index + 1 and sent.words[c].deprel in ("advmod", "obj"))
    ]
    if _moved_somewhere(sent, index):
        particles = [p for p in particles if p != "it"]  # "put it into the net" is no idiom
    # a prepositional verb: "called on the senator to ...", with "on" the case of the oblique or
    # the mark of a gerund clause ("cautioned against drawing ..."), an adverb of the verb
    # between them or not ("called again for", "warned repeatedly against")
    k = index + 1
    while k < len(sent.words) and sent.words[k].head == index and sent.words[k].deprel == "advmod":
        k += 1
    nxt = sent.words[k] if k < len(sent.words) else None
    if (
        nxt is not None
        and (nxt.deprel == "case" or (nxt.deprel == "mark" and nxt.text.lower() in _GERUND_PREPOSITIONS))
        and nxt.head >= 0
        and sent.words[nxt.head].head == index
    ):
        particles.append(nxt.text.lower())
    lemmas = (lemma, *_misread_lemma(w.text.lower(), lemma)) if w.upos == "VERB" else (lemma,)
    return (*lemmas, *(f"{x} {p}" for x in lemmas for p in particles))


def _misread_lemma(form: str, lemma: str) -> tuple[str, ...]:
    """Lemmas to try besides a regular verb form's misread one: "groused" as "grous" and
    "alleging" as "alleg" (the silent "e" dropped), "echoed" as "echoo" (the ending doubled),
    "warning" as itself (the noun's lemma given to the verb: "are warning against")."""
    if not lemma.endswith("e") and (form.startswith(lemma + "e") or form == lemma + "ing"):
        return (lemma + "e",)
    if form.startswith(lemma) and form != lemma:
        return ()  # (the lemma is the form's stem: nothing misread)
    for ending in ("ed", "ing"):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            stem = form[: -len(ending)]
            return (stem, stem + "e")
    return ()


# Prepositions of direction: an object moved somewhere ("put it into the empty side") is no
# idiom of speech ("as Roe put it").
_DIRECTIONS = frozenset({"into", "onto", "through", "past", "behind", "toward", "towards", "under", "over"})


def _moved_somewhere(sent: Sentence, index: int) -> bool:
    return any(
        sent.words[c].rel == "obl"
        and any(sent.words[k].rel == "case" and sent.words[k].lemma.lower() in _DIRECTIONS for k in sent.children[c])
        for c in sent.children[index]
    )
