"""Passive and participial cues: who speaks when the verb is passive ("was announced by the
ministry", "Roe was quoted as saying") or a participle ("When asked ...", "saying ...")."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word, WordRef

from .phrases import NOMINAL


def is_participle(w: Word) -> bool:
    return "VerbForm=Ger" in w.feats or "VerbForm=Part" in w.feats or w.text.lower().endswith("ing")


def reduced_passive(sent: Sentence, index: int) -> bool:
    """An adverbial clause headed by a past participle with no subject ("When asked ...", "Asked
    whether ..., Roe said"): English has no subjectless finite adverbial clause, so this is a
    passive with its auxiliary left out, whatever tense the tagger gave the verb."""
    w = sent.words[index]
    return (
        w.deprel == "advcl"
        and index < w.head  # before its main clause ('"...," recalled Roe' is an inverted cue)
        and w.text.lower().endswith("ed")
        and not any(sent.words[c].rel in ("nsubj", "csubj", "expl") for c in sent.children[index])
        and not any(sent.words[c].rel in ("aux",) for c in sent.children[index])
    )


def is_passive(sent: Sentence, index: int) -> bool:
    """A passive verb: a passive subject and a passive auxiliary ("was released")."""
    kids = [sent.words[c] for c in sent.children[index]]
    # ("he's said": the parse may read the contracted "has" as a passive auxiliary)
    return any(k.deprel == "nsubj:pass" for k in kids) and any(
        k.deprel == "aux:pass" and k.text.lower() in ("was", "were", "is", "are", "been", "be", "being") for k in kids
    )


# Passive verbs whose subject is the one who spoke ("Roe was quoted as saying"), and the speech
# participles that make any passive report its subject speaking ("was heard saying").
_SPEAKER_PASSIVES = frozenset({"quote"})
_SPEAKING = frozenset({"say", "tell", "state", "claim", "write", "shout", "warn", "declare"})


def reported_speaker(sent: Sentence, index: int) -> WordRef | None:
    subject = next((c for c in sent.children[index] if sent.words[c].deprel == "nsubj:pass"), None)
    if subject is None or sent.words[subject].upos not in NOMINAL:
        return None
    if sent.words[index].lemma.lower() in _SPEAKER_PASSIVES:
        return WordRef(sent, subject)
    speaking = any(
        sent.words[c].rel in ("advcl", "xcomp")
        and sent.words[c].lemma.lower() in _SPEAKING
        and is_participle(sent.words[c])
        and c > index
        for c in sent.children[index]
    )
    return WordRef(sent, subject) if speaking else None


def passive_agent(sent: Sentence, index: int) -> WordRef | None:
    """The "by" phrase of a passive cue ("was announced by the ministry")."""
    for c in sent.children[index]:
        w = sent.words[c]
        if w.rel == "obl" and any(sent.words[k].lemma.lower() == "by" for k in sent.children[c]):
            return WordRef(sent, c)
    return None


def expletive_it(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "It is understood the talks will resume" as ``nsubj:pass(understood, It)``: "it" as the
    subject of a passive verb that has a clause of its own is the expletive that stands in for
    that clause (``expl``, as the parse gives "It is believed that ..."), never a speaker."""
    moves: dict[int, tuple[int, str]] = {}
    for w in sent.words:
        if w.text.lower() != "it" or w.deprel != "nsubj:pass" or w.head < 0:
            continue
        kids = [sent.words[c] for c in sent.children[w.head]]
        if any(k.rel == "aux" and k.deprel == "aux:pass" for k in kids) and any(k.rel == "ccomp" for k in kids):
            moves[w.index] = (w.head, "expl")
    return moves


def owned_gerund(sent: Sentence, w: Word) -> bool:
    """A verb's form with an owner or an article, a noun's modifier or a noun: "Nigeria's ruling
    party", "the ruling"."""
    return any(sent.words[c].deprel in ("nmod:poss", "det") for c in sent.children[w.index])
