"""Edits of a parsed sentence that the repairs share: moving words to new heads, retagging a
word, and checking that a set of moves leaves a tree."""

from __future__ import annotations

from dataclasses import replace

from provenance.syntax.tree import Sentence

Moves = dict[int, tuple[int, str]]


def is_tree(sent: Sentence, moves: Moves) -> bool:
    """Every word still reaches the root after the moves (a repair never makes a cycle)."""
    heads = [moves[w.index][0] if w.index in moves else w.head for w in sent.words]
    for i in range(len(heads)):
        j, steps = i, 0
        while j >= 0:
            j, steps = heads[j], steps + 1
            if steps > len(heads):
                return False
    return True


def retagged(sent: Sentence, index: int, upos: str, feats: str | None = None, lemma: str | None = None) -> Sentence:
    """``sent`` with word ``index`` given a new part of speech (a tagger error put right)."""
    w = sent.words[index]
    new = replace(w, upos=upos, feats=w.feats if feats is None else feats, lemma=w.lemma if lemma is None else lemma)
    return replace(sent, words=[new if x.index == index else x for x in sent.words])


def moved(sent: Sentence, moves: Moves) -> Sentence:
    words = [
        replace(w, head=moves[w.index][0], deprel=moves[w.index][1]) if w.index in moves else w for w in sent.words
    ]
    return replace(sent, words=words)


def phrase_taken_from(sent: Sentence, old: int, first: int, new_head: int, rel: str) -> Moves:
    """The moves that take the noun phrase the parse hung word by word on ``old`` ("Meanwhile,
    Congress MLA from X, ..." with "Congress" and "MLA" each a dependent of the connective),
    starting at its dependent ``first``, and make it ``rel`` of ``new_head``: the run of nouns
    from ``first`` that all hang on ``old`` is headed by its last word, the others its compounds,
    and what ``old`` has after the run is that word's."""
    run = first
    while run + 1 in sent.children[old] and sent.words[run + 1].upos in ("PROPN", "NOUN"):
        run += 1
    moves: Moves = {run: (new_head, rel)}
    moves.update({k: (run, "compound") for k in range(first, run)})
    moves.update({c: (run, sent.words[c].deprel) for c in sent.children[old] if c > run})
    return moves


def apposed(sent: Sentence, i: int) -> bool:
    """An apposition, or a name the parse made a conjunct with no "and" ("One of the plaintiffs,
    Darnell Hobbs, 38, says": nouns set side by side with no coordinator name one thing)."""
    w = sent.words[i]
    return w.deprel == "appos" or (
        w.deprel == "conj" and w.upos == "PROPN" and all(sent.words[c].rel != "cc" for c in sent.children[i])
    )


def relative_subject(sent: Sentence, c: int) -> bool:
    """Word ``c`` is a relative pronoun that is its clause's subject ("who" of "who spoke ...")."""
    return "PronType=Rel" in sent.words[c].feats and sent.words[c].rel == "nsubj" and c > 0


def to_infinitive(sent: Sentence, k: int) -> bool:
    """Word ``k`` heads a "to" infinitive ("to raise", "to brag")."""
    return any(sent.words[c].text.lower() == "to" and sent.words[c].rel == "mark" for c in sent.children[k])
