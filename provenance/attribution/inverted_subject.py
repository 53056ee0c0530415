"""The speaker of an inverted closing cue that the parse read as the cue's object, put back.

"Kadzik's refusal did not go over well, and the meeting deteriorated from there, said one GOP
source in the room." comes out of the shipped parser as ``conj(go, said)`` + ``obj(said,
source)``: after a comma, "said" with a noun phrase after it and nothing else looks like a
coordinated verb with its object. News style inverts the closing cue ("..., said the
official"), and a speech verb closing its sentence with no subject, no conjunction, no
complement of its own and a bare noun phrase after it has that phrase as its subject; so has
a root cue right after its quote ('"We think it is a mistake," said one resident, who did not
want to be named', where the object and its relative clause were read as what was said). Part of
subject_repairs.subject_moves (tests/test_clause_repairs.py). The same cue read as a reduced
relative clause of the noun before it ("..., and has a young workforce, noted Professor Amara
Osei-Bonsu, a labor economist" with ``acl(workforce, noted)`` and the name the noun's
apposition) is put back the same way (``cue_read_as_reduced_relative``); so is "one" after the cue
('"...," said one, who asked that her name not be used': ``one_after_inverted_cue``).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .spans import CLOSING_QUOTES

Moves = dict[int, tuple[int, str]]

_OWN_CLAUSE = ("cc", "mark", "ccomp", "xcomp", "iobj")  # "..., and said ...", "..., as said"
_QUOTED = ("ccomp", "advcl", "parataxis")  # the quote before a root cue
_PHRASE_MARKERS = ("det", "nummod", "nmod:poss", "amod", "compound")  # "one GOP source", "the official"


def _closes_sentence(sent: Sentence, i: int) -> bool:
    last = sent.subtree(i)[-1]
    return all(w.upos == "PUNCT" for w in sent.words[last + 1 :])


def _closes_with(sent: Sentence, verb: Word, o: int) -> bool:
    """The object's phrase closes the sentence, or it and a participle set off after it do
    ('"...," said retired teacher Margaret Thomas, walking her dog along the promenade')."""
    if _closes_sentence(sent, o):
        return True
    end = sent.subtree(o)[-1]
    after = next((c for c in sent.children[verb.index] if c > end), -1)
    w = sent.words[after] if after >= 0 else None
    participle = (
        w is not None and w.rel == "advcl" and w.text.lower().endswith("ing") and sent.words[end + 1].text == ","
    )
    return participle and _closes_sentence(sent, after) and sent.subtree(after)[0] == end + 1


def _after_comma(sent: Sentence, i: int) -> bool:
    j = i - 1
    while j >= 0 and sent.words[j].text in CLOSING_QUOTES:
        j -= 1  # ('..., "I will win," said Roe')
    return j >= 0 and sent.words[j].text == ","


def _names_someone(sent: Sentence, o: Word) -> bool:
    """A proper name, or a noun phrase that is one ("the official", "one GOP source"); not a
    bare noun that is a said thing ("..., said goodbye")."""
    if o.upos == "PROPN":
        return True
    if o.upos != "NOUN":
        return False
    return "Number=Plur" in o.feats or any(sent.words[c].deprel in _PHRASE_MARKERS for c in sent.children[o.index])


def inverted_subject(sent: Sentence, verb: Word, is_listener: Callable[[Word], bool]) -> Moves:
    """``{object: (verb, "nsubj")}`` for an inverted closing cue read as verb + object (module
    doc); else empty."""
    kids = sent.children[verb.index]
    # ('"I think it's a mistake," said one resident, who ...' with "said" the root and the quote
    # its complement before it: the same inverted cue)
    root = verb.head < 0 and any(c < verb.index and sent.words[c].rel in _QUOTED for c in kids)
    if (verb.rel not in ("conj", "parataxis") or not 0 <= verb.head < verb.index) and not root:
        return {}
    if is_listener(verb) or has_subject(sent, verb.index) or not is_finite(sent, verb.index):
        return {}
    if not _after_comma(sent, verb.index):
        return {}
    # (a noun phrase the parse made the root cue's complement: '"...," said a senior executive')
    phrases = [c for c in kids if c > verb.index and sent.words[c].rel == "ccomp" and sent.words[c].upos == "NOUN"]
    if any(sent.words[c].rel in _OWN_CLAUSE for c in kids if (not root or c > verb.index) and c not in phrases):
        return {}
    objects = [c for c in kids if sent.words[c].rel == "obj" or (root and c in phrases)]
    if len(objects) != 1 or objects[0] < verb.index or not _closes_with(sent, verb, objects[0]):
        return {}  # (a relative clause on it closes the sentence with it: ", who asked ...")
    o = sent.words[objects[0]]
    # nothing between the verb and its object's phrase ("said Tuesday the official" is another shape)
    if sent.subtree(o.index)[0] != verb.index + 1 or not _names_someone(sent, o):
        return {}
    return {o.index: (verb.index, "nsubj")}


def one_after_inverted_cue(sent: Sentence, verb: Word) -> Moves:
    """'"He would give you the shirt off his back," said one, who asked that her name not be used'
    with ``iobj(said, one)`` and the relative clause read as what was said: "one" right after an
    inverted cue closing a quote is its subject (one of those the article just named), and a "who"
    clause after its comma is its relative clause."""
    nxt = verb.index + 1
    if nxt >= len(sent.words) or sent.words[nxt].lemma.lower() != "one" or sent.words[nxt].head != verb.index:
        return {}
    if (
        sent.words[nxt].rel not in ("iobj", "obj")
        or has_subject(sent, verb.index)
        or not _after_comma(sent, verb.index)
    ):
        return {}
    moves: Moves = {nxt: (verb.index, "nsubj")}
    for c in sent.children[verb.index]:
        who = [k for k in sent.children[c] if sent.words[k].lemma.lower() == "who" and sent.words[k].rel == "nsubj"]
        if c > nxt and who == [nxt + 2] and sent.words[nxt + 1].text == ",":
            moves[c] = (nxt, "acl:relcl")
    return moves


def cue_read_as_reduced_relative(sent: Sentence, verb: Word) -> Moves:
    """A speech verb the parse hung on a noun as its clause: a closing cue before its speaker
    (``closing_cue_read_as_relative``), or the sentence's own verb after a subject set off by an
    aside (``verb_hung_in_subject_phrase``)."""
    return (
        closing_cue_read_as_relative(sent, verb)
        or verb_hung_in_subject_phrase(sent, verb)
        or verb_hung_under_adjective(sent, verb)
    )


def verb_hung_under_adjective(sent: Sentence, verb: Word) -> Moves:
    """ "Two sources familiar with the government's planning told Reuters that ..." with
    "familiar" the root, "sources" its subject and ``acl(planning, told)``: an adjective with a
    subject and no copula is no clause (English has none without "be"); a past speech verb hung
    as a clause of a noun in that adjective's phrase, with no subject of its own and a listener
    or a complement, is the sentence's verb, the adjective's subject its subject and the
    adjective that subject's modifier."""
    root = next((w for w in sent.words if w.head < 0), None)
    # (finite, or a past the tagger read as a participle: "the planning told Reuters")
    if root is None or root.upos != "ADJ" or verb.rel != "acl" or "Tense=Past" not in verb.feats:
        return {}
    kids = [sent.words[c] for c in sent.children[root.index]]
    subject = next((w for w in kids if w.rel == "nsubj" and w.upos in ("NOUN", "PRON", "NUM")), None)
    if subject is None or any(w.rel == "cop" for w in kids) or not subject.index < root.index < verb.index:
        return {}
    if verb.index not in sent.subtree(root.index):
        return {}
    mine = [sent.words[c] for c in sent.children[verb.index]]
    if any(w.rel in ("nsubj", "nsubj:pass") for w in mine) or not any(w.rel in ("ccomp", "iobj", "obj") for w in mine):
        return {}
    return {verb.index: (-1, "root"), subject.index: (verb.index, "nsubj"), root.index: (subject.index, "amod")}


def verb_hung_in_subject_phrase(sent: Sentence, verb: Word) -> Moves:
    """ "Chinese state media, citing an unnamed foreign ministry official, reported that Beijing
    backed the talks" with the noun phrase the sentence's root and ``acl(official, reported)``:
    a finite speech verb right after a comma, hung as a clause of a noun inside the root's noun
    phrase, with no subject of its own and a complement or object, is the sentence's verb, and
    the root noun its subject."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN") or root.index > verb.index:
        return {}
    # (a noun phrase with no clause of its own: "She is a pragmatist ..., cautioning that ..."
    # has its subject and copula)
    if any(sent.words[c].rel in ("nsubj", "cop", "nsubj:pass") for c in sent.children[root.index]):
        return {}
    if verb.rel != "acl" or not _after_comma(sent, verb.index):
        return {}
    kids = sent.children[verb.index]
    if any(sent.words[c].rel in ("nsubj", "nsubj:pass", "expl", "aux:pass") for c in kids):
        return {}
    # (a past form the tagger read as a participle too, when a clause follows it: a reduced
    # relative is passive, and "an official, reported that ..." is no passive)
    if not any(sent.words[c].rel == "ccomp" for c in kids) and not (
        "VerbForm=Fin" in verb.feats and any(sent.words[c].rel == "obj" for c in kids)
    ):
        return {}
    return {verb.index: (-1, "root"), root.index: (verb.index, "nsubj")}


def closing_cue_read_as_relative(sent: Sentence, verb: Word) -> Moves:
    """ "..., noted Professor Amara Osei-Bonsu, a labor economist at Hale University." with "noted"
    a reduced relative clause of the noun before it (or an adverbial participle with the name its
    object: "..., noted Jane Roe."): after a comma, a speech verb followed by a
    name and at most its apposition to the end of the sentence, with no verb of their own, is
    the closing cue of the sentence's main clause; the name is its subject."""
    root = next((w for w in sent.words if w.head < 0), None)
    if (
        root is None
        or verb.rel not in ("acl", "advcl")
        or root.index > verb.index
        or not _after_comma(sent, verb.index)
    ):
        return {}
    last = max(k for k in range(len(sent.words)) if sent.words[k].upos != "PUNCT")
    tail = range(verb.index + 1, last + 1)
    if not tail or any(sent.words[k].upos in ("VERB", "AUX") for k in tail):
        return {}
    run = []
    for k in tail:  # (the name right after the verb: "Professor Amara Osei- Bonsu")
        if not (sent.words[k].upos == "PROPN" or sent.words[k].text[:1].isupper() and sent.words[k].upos == "NOUN"):
            break
        run.append(k)
    after = run[-1] + 1 if run else verb.index + 1
    if len(run) < 1 or sent.words[run[-1]].upos != "PROPN" or (after <= last and sent.words[after].text != ","):
        return {}
    name = run[-1]
    moves: Moves = {verb.index: (root.index, "parataxis"), name: (verb.index, "nsubj")}
    inside = set(tail) | {verb.index}
    for k in tail:
        if k != name and sent.words[k].head not in inside:
            moves[k] = (name, "compound" if k in run else "appos")
    return moves
