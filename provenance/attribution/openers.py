"""Sentence openers the tagger misreads as a subject or a speech verb: "All told," (an idiom,
"in all") and "Late on Wednesday," (a time adverb, the name after its comma the subject). Part of
``retags.retag_nouns_and_verbs``. And a word after the subject read as a second one: "Harris
further alleges" (``adverb_read_as_subject``, part of ``phrase_repairs``)."""

from __future__ import annotations

from provenance.syntax.tree import Sentence

from .misread_subjects import TIMES
from .tree_edits import is_tree, moved, retagged


def time_opener_read_as_subject(sent: Sentence) -> Sentence:
    """``sent`` with "Late on Wednesday, Mwelwa and ... said" read as ``nsubj(said, Late)`` put
    right: a time adverb opening the sentence before its phrase and a comma is no subject; the
    name after the comma, which the parse hung on the time, is."""
    w = sent.words[0] if sent.words else None
    if w is not None and w.deprel == "amod" and w.head == 1 and sent.words[1].text.lower() in TIMES:
        w = sent.words[1] if w.lemma.lower() in ("late", "early") else w  # ("Late Tuesday, Odhiambo and ... said")
    if w is None or sent.words[0].lemma.lower() not in ("late", "early", "later", "earlier") or w.rel != "nsubj":
        return sent
    comma = next((k for k in range(1, min(len(sent.words), 8)) if sent.words[k].text == ","), -1)
    name = comma + 1 if 0 < comma < len(sent.words) - 1 else -1
    if name < 0 or sent.words[name].upos != "PROPN":
        return sent
    # (the name's head: its last word, across a hyphen: "Late on Tuesday, Gruber-Stainer and ...")
    end = name
    while end + 1 < len(sent.words) and (sent.words[end + 1].upos == "PROPN" or sent.words[end + 1].text == "-"):
        end += 1
    top = next((k for k in range(name, end + 1) if not name <= sent.words[k].head <= end), -1)
    if top < 0 or sent.words[top].head >= name:
        return sent
    moves = {top: (w.head, "nsubj"), w.index: (w.head, "advmod" if w.index == 0 else "obl:tmod")}
    if not is_tree(sent, moves):
        return sent
    return retagged(moved(sent, moves), 0, "ADV", feats="") if w.index == 0 else moved(sent, moves)


def all_told(sent: Sentence) -> Sentence:
    """``sent`` with "All told," opening it tagged an adverb: an idiom ("in all"), no one telling."""
    texts = [w.text.lower() for w in sent.words[:3]]
    return retagged(sent, 1, "ADV", feats="", lemma="all told") if texts == ["all", "told", ","] else sent


# Words the parser takes for a second subject that say when or in what order ("Roe later said")
_SEQUENCE_WORDS = frozenset({"further", "later", "earlier", "also", "again", "then", "first", "next", "too", "instead"})


def adverb_read_as_subject(sent: Sentence) -> list[int]:
    """ "Harris further alleges that ...", parsed with "further" an adjective and a second subject
    of "alleges": a bare comparative or sequencing word right after the verb's subject, before
    the verb, is an adverb of the verb. The indices of such words (to make ``advmod``)."""
    found = []
    for verb in sent.words:
        subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
        for first, second in zip(subjects, subjects[1:]):
            w = sent.words[second]
            bare = not sent.children[second] and max(sent.subtree(first)) == second - 1
            adverbial = "Degree=Cmp" in w.feats or w.text.lower() in _SEQUENCE_WORDS
            if bare and w.upos in ("ADJ", "ADV") and adverbial:
                found.append(second)
    return found


def sequence_word_heading_subject(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "The Hartford Courant first reported ..." with "first" the subject and "Hartford Courant"
    its compounds: a sequencing word right before the verb, whose only dependents are a name
    and its article, is the verb's adverb, and the name its subject."""
    for verb in sent.words:
        for s in sent.children[verb.index]:
            w = sent.words[s]
            if (
                w.rel != "nsubj"
                or s != verb.index - 1
                or w.text.lower() not in _SEQUENCE_WORDS
                or w.upos not in ("ADJ", "ADV")
            ):
                continue
            kids = sent.children[s]
            name = s - 1
            if name not in kids or sent.words[name].upos != "PROPN":
                continue
            if not all(sent.words[k].upos == "PROPN" or sent.words[k].rel == "det" for k in kids):
                continue
            moves = {name: (verb.index, "nsubj"), s: (verb.index, "advmod")}
            moves.update({k: (name, sent.words[k].deprel) for k in kids if k != name})
            return moves
    return {}
