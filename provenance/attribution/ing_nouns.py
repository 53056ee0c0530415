"""A noun in "-ing" read as a participle on the noun it compounds with.

"Obama on Friday held an impromptu press briefing to brag that the unemployment rate has fallen"
comes out of the shipped tagger with "briefing" a verb, a reduced relative on "press" (``acl``),
and "brag" its complement: the speech verb hangs inside a noun phrase, so the one who held the
briefing is not its speaker. An "-ing" word right after the object's own noun, with no subject or
object of its own, heads that noun phrase ("a press briefing", "a news briefing", "the budget
hearing"), and a "to" infinitive it took is the sentence verb's purpose clause, whose subject is the
sentence's ("held a press conference to announce that ..." is read so already). And "according to
motoring association ANWB" with "motoring" a verb and "association" and "ANWB" its objects:
"according to" takes a noun phrase, so an "-ing" word right after it is a modifier of the phrase,
whose last noun is its head (``ing_modifier_after_according``). And a noun opening the sentence
read as an imperative: "Taxi drivers and hotel owners in the town said ..." with "Taxi" the root
and "drivers" its object (``noun_read_as_imperative``): news copy gives no orders, so a first word
read as a bare verb, whose object follows it and whose conjunct is a speech verb with no subject,
is the subject's first noun. Part of
``retags.retag_nouns_and_verbs`` (tests/test_stranded_names.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .tree_edits import to_infinitive

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
        purpose = [k for k in kids if k.rel == "xcomp" and to_infinitive(sent, k.index)]
        if len(purpose) != 1 or len(kids) != 1:
            continue
        moves: Moves = {w.index: (noun.head, noun.deprel), noun.index: (w.index, "compound")}
        for c in sent.children[noun.index]:
            if c < noun.index:
                moves[c] = (w.index, sent.words[c].deprel)  # ("an impromptu press briefing")
        moves[purpose[0].index] = (noun.head, "advcl")
        return w.index, moves
    return -1, {}


def ing_modifier_after_according(sent: Sentence) -> tuple[int, Moves]:
    """The index of the "-ing" word (to retag) and the moves, or (-1, {})."""
    for w in sent.words[2:-1]:
        if w.upos != "VERB" or not w.text.endswith("ing") or not w.text.islower():
            continue
        if [x.text.lower() for x in sent.words[w.index - 2 : w.index]] != ["according", "to"]:
            continue
        objs = [c for c in sent.children[w.index] if sent.words[c].rel == "obj"]
        if not objs or any(sent.words[c].upos not in ("NOUN", "PROPN") for c in objs):
            continue
        head = objs[-1]
        if sorted(k for c in objs for k in sent.subtree(c)) != list(range(w.index + 1, max(sent.subtree(head)) + 1)):
            continue  # (the phrase runs on right after it)
        moves: Moves = {head: (w.head, "obl" if w.head >= 0 else "root"), w.index: (head, "amod")}
        moves.update({c: (head, "compound") for c in objs if c != head})
        moves.update({k: (head, "case") for k in (w.index - 2, w.index - 1)})
        return w.index, moves
    return -1, {}


def noun_read_as_imperative(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """The index of the first word (to retag) and the moves, or (-1, {})."""
    first = sent.words[0] if len(sent.words) > 2 else None
    if first is None or first.upos != "VERB" or first.head >= 0 or not first.text.istitle():
        return -1, {}
    obj = sent.words[1]
    if obj.head != 0 or obj.rel != "obj" or obj.upos != "NOUN":
        return -1, {}
    cue = next((c for c in sent.children[0] if sent.words[c].rel == "conj" and c > max(sent.subtree(1))), -1)
    if cue < 0 or not in_lex("speech_verbs", sent.words[cue].lemma.lower()):
        return -1, {}
    if any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[cue]):
        return -1, {}
    moves: Moves = {cue: (-1, "root"), 1: (cue, "nsubj"), 0: (1, "compound")}
    moves.update({c: (cue, sent.words[c].deprel) for c in sent.children[0] if c not in (1, cue)})
    return 0, moves
