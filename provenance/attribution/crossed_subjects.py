"""A speech verb's subject the parse hung across the verb, or gave to a phrase fronted before it
while a word of the report took its place.

* **the subject hung across the verb** - "In a preliminary statement, the NTSB said investigators
  were examining a section of rail" comes out of the shipped parser with ``compound(investigators,
  NTSB)``: the name before "said" modifies the report's subject after it, and "said" has no
  subject. A noun or name before a speech verb that has no subject before it, hung as a modifier
  on a word after the verb (its own words all before the verb), is the verb's subject
  (``subject_hung_across_verb``).
* **the report's subject read as the verb's, the speaker left in a fronted phrase** - "In a joint
  letter to members on Monday night, Ramanathan and her fellow co-chair, Dr Tom Ellery, said
  further strike dates in May could not be ruled out" with ``nsubj(said, dates)``,
  ``nsubj:pass(ruled, May)`` and the names a conjunct of "night": a subject after the verb, with
  the verb's complement after it whose own "subject" has a preposition ("in May") or is missing,
  is the complement's subject (the prepositional phrase its modifier), and the verb's subject is
  then looked for in its fronted phrase as ``fronted_subject.subject_under_fronted_phrase`` does
  (``report_subject_read_as_speakers``).

Part of subject_repairs.subject_moves (tests/test_crossed_subjects.py).
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .fronted_subject import subject_under_fronted_phrase
from .tree_edits import moved

Moves = dict[int, tuple[int, str]]

_SUBJECTS = ("nsubj", "nsubj:pass", "expl", "csubj")
_MODIFIERS = ("compound", "amod", "nmod:poss")


def fronted_or_crossed_subject(sent: Sentence, verb: Word) -> Moves:
    """The first of ``fronted_subject.subject_under_fronted_phrase``, ``report_subject_read_as_speakers``
    and ``subject_hung_across_verb`` that finds the verb's subject (one entry of the repairs)."""
    return (
        subject_under_fronted_phrase(sent, verb)
        or report_subject_read_as_speakers(sent, verb)
        or subject_hung_across_verb(sent, verb)
    )


def subject_hung_across_verb(sent: Sentence, verb: Word) -> Moves:
    """``{subject: (verb, "nsubj")}`` for a subject hung across the verb (see the module doc)."""
    if any(sent.words[c].rel in _SUBJECTS and c < verb.index for c in sent.children[verb.index]):
        return {}
    k = verb.index - 1
    if k < 0 or sent.words[k].upos not in ("NOUN", "PROPN"):
        return {}
    w = sent.words[k]
    if w.deprel not in _MODIFIERS or w.head <= verb.index:
        return {}
    if any(i >= verb.index for i in sent.subtree(k)) or verb.index not in _heads(sent, w.head):
        return {}  # (only a word of what the verb governs: the report's)
    return {k: (verb.index, "nsubj")}


def report_subject_read_as_speakers(sent: Sentence, verb: Word) -> Moves:
    """The moves that give the report its subject back and the verb its fronted subject (see the
    module doc), or {}."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel in _SUBJECTS]
    if len(subjects) != 1 or subjects[0] < verb.index:
        return {}
    subj = subjects[0]
    comp = next((c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > subj), -1)
    if comp < 0 or any(sent.words[c].lemma.lower() == "that" for c in sent.children[comp]):
        return {}
    own = [c for c in sent.children[comp] if sent.words[c].rel in _SUBJECTS]
    placed = [c for c in own if any(sent.words[k].rel == "case" for k in sent.children[c])]
    if own and not placed or any(not subj < c < comp for c in placed):
        return {}
    passive = any(sent.words[c].rel == "aux:pass" for c in sent.children[comp])
    back: Moves = {subj: (comp, "nsubj:pass" if passive else "nsubj")}
    back.update({c: (subj, "nmod") for c in placed})
    found = subject_under_fronted_phrase(moved(sent, back), verb)
    return {**back, **found} if found else {}


def _heads(sent: Sentence, k: int) -> list[int]:
    found: list[int] = []
    while k >= 0 and k not in found:
        found.append(k)
        k = sent.words[k].head
    return found
