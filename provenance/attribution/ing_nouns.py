"""A noun in "-ing" read as a participle on the noun it compounds with.

"Obama on Friday held an impromptu press briefing to brag that the unemployment rate has fallen"
comes out of the shipped tagger with "briefing" a verb, a reduced relative on "press" (``acl``),
and "brag" its complement: the speech verb hangs inside a noun phrase, so the one who held the
briefing is not its speaker. An "-ing" word right after the object's own noun, with no subject or
object of its own, heads that noun phrase ("a press briefing", "a news briefing", "the budget
hearing"), and a "to" infinitive it took is the sentence verb's purpose clause, whose subject is the
sentence's ("held a press conference to announce that ..." is read so already). Part of
``retags.retag_nouns_and_verbs`` (tests/test_stranded_names.py).
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence

Moves = dict[int, tuple[int, str]]


def ing_noun_read_as_participle(sent: Sentence) -> tuple[int, Moves]:
    """The index of the "-ing" noun (to retag) and the moves, or (-1, {})."""
    for w in sent.words[1:]:
        noun = sent.words[w.index - 1]
        if w.upos != "VERB" or not w.text.endswith("ing") or w.deprel != "acl" or w.head != noun.index:
            continue
        if noun.upos != "NOUN" or noun.rel not in ("obj", "obl") or noun.head < 0:
            continue
        kids = [sent.words[c] for c in sent.children[w.index]]
        if any(k.rel in ("nsubj", "obj", "ccomp", "advmod") for k in kids):
            continue  # (a participle that acts: "a group advocating reform")
        purpose = [k for k in kids if k.rel == "xcomp" and _to_infinitive(sent, k.index)]
        if len(purpose) != 1 or len(kids) != 1:
            continue
        moves: Moves = {w.index: (noun.head, noun.deprel), noun.index: (w.index, "compound")}
        for c in sent.children[noun.index]:
            if c < noun.index:
                moves[c] = (w.index, sent.words[c].deprel)  # ("an impromptu press briefing")
        moves[purpose[0].index] = (noun.head, "advcl")
        return w.index, moves
    return -1, {}


def _to_infinitive(sent: Sentence, k: int) -> bool:
    return any(sent.words[c].text.lower() == "to" and sent.words[c].rel == "mark" for c in sent.children[k])
