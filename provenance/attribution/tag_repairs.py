"""A speech verb the tagger called a noun, put back as the verb it is.

"Nearly nine out of 10 say they will need new skills" comes out with "say" a noun inside the
subject's phrase ("10 say") and "need" left with two subjects; no pattern can see a cue that is
not a verb. Reproduced with the shipped parser; tests/test_subject_repairs.py.
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

Moves = dict[int, tuple[int, str]]


def say_read_as_noun(sent: Sentence) -> tuple[int, Moves]:
    """'Nearly nine out of 10 say they will need new skills' with "say" tagged a noun inside the
    subject's phrase and "need" left with two subjects: "say" is the verb, the first subject
    its subject and the clause what was said. The index of "say" (to retag as a verb) and the
    moves, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("VERB", "AUX", "ADJ"):
        return -1, {}
    subjects = [c for c in sent.children[root.index] if sent.words[c].rel == "nsubj" and c < root.index]
    if len(subjects) != 2:
        return -1, {}
    first, second = subjects
    for i in range(first + 1, second):
        w = sent.words[i]
        if w.upos != "NOUN" or w.text.lower() not in ("say", "says"):
            continue
        if any(
            sent.words[c].deprel in ("det", "nmod:poss", "amod") or possessive_word(sent.words[c])
            for c in sent.children[i]
        ):
            return -1, {}  # "the final say", "their say"
        if max(sent.subtree(first, exclude=[i])) >= i or i + 1 != min(sent.subtree(second)):
            return -1, {}
        return i, {i: (-1, "root"), root.index: (i, "ccomp"), first: (i, "nsubj")}
    return -1, {}


def possessive_word(w: Word) -> bool:
    return w.upos == "PRON" and ("Poss=Yes" in w.feats or w.deprel == "nmod:poss")
