"""A relative clause with no relative word read as a second main clause.

"A Cole County judge on Tuesday threw out the ballot summary Missouri Republicans wrote for a
proposed constitutional amendment ..., saying it would ..." comes out of the shipped parser with
"wrote" a conjunct of "threw" (no "and", no comma) whose subject is "the ballot summary Missouri
Republicans", so the judge's "saying" went to the Republicans. A verb joined to the main verb with
no coordinator and no punctuation, whose subject opens right after the main verb (or its
particle) with a common noun followed by a name or a personal pronoun, is a relative clause with
no relative word ("the summary [that] Missouri Republicans wrote"): the common noun is the main
verb's object and the clause hangs on it. Part of ``repairs._words_and_subjects``
(tests/test_fresh_copy_names.py).
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence

from .tree_edits import Moves, is_tree, moved

_PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})


def contact_relative(sent: Sentence) -> Sentence:
    """``sent`` with a relative clause read as a conjunct put on its noun."""
    moves = contact_relative_read_as_conjunct(sent)
    return moved(sent, moves) if moves and is_tree(sent, moves) else sent


def contact_relative_read_as_conjunct(sent: Sentence) -> Moves:
    """The moves that make the conjunct a relative clause of the main verb's object, or {}."""
    words = sent.words
    for v in words:
        if v.upos != "VERB" or v.deprel != "conj" or v.head < 0 or words[v.head].upos != "VERB":
            continue
        head = words[v.head]
        subject = next((c for c in sent.children[v.index] if words[c].rel == "nsubj" and c < v.index), -1)
        if subject < 0 or any(words[c].rel in ("cc", "obj") for c in sent.children[v.index]):
            continue
        span = [k for k in sent.subtree(subject)]
        start = head.index + 1 + (words[head.index + 1].deprel == "compound:prt" if head.index + 1 < len(words) else 0)
        if span != list(range(start, v.index)) or any(words[c].rel == "obj" for c in sent.children[head.index]):
            continue
        noun = next((k for k in span if _ends_object(sent, k)), -1)
        if noun < 0 or subject <= noun:
            continue
        moves: Moves = {noun: (head.index, "obj"), v.index: (noun, "acl:relcl")}
        moves |= {k: (noun, words[k].deprel) for k in span if k < noun and words[k].head not in range(start, noun + 1)}
        # (a participle set off at the end is the main clause's: "..., saying it would ...")
        moves |= {
            c: (head.index, words[c].deprel)
            for c in sent.children[v.index]
            if words[c].rel == "advcl" and words[c].text.endswith("ing") and words[c - 1].text == ","
        }
        return moves
    return {}


def _ends_object(sent: Sentence, k: int) -> bool:
    """A lower-case common noun right before a name or a personal pronoun that opens the subject."""
    w = sent.words[k]
    if k + 1 >= len(sent.words) or w.upos != "NOUN" or not w.text.islower():
        return False
    nxt = sent.words[k + 1]
    return nxt.text[:1].isupper() and nxt.upos in ("PROPN", "ADJ") or nxt.text.lower() in _PERSONAL
