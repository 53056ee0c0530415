"""A report's subject that is a list the parse split across the cue's object: "Somboon said 120
soldiers, 30 pumps and 15 high-pressure water trucks had been sent" with the first items the
object of "said" and the last, with its "and", the subject of "sent" (part of
``torn_subjects.TORN_SUBJECTS``; tests/test_fresh_names.py)."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

Moves = dict[int, tuple[int, str]]


def listed_subject_read_as_object(sent: Sentence, verb: Word) -> Moves:
    """ "Somboon said 120 soldiers, 30 pumps and 15 high-pressure water trucks had been sent" with
    "soldiers" (and "pumps") the object of "said" and "trucks", with the "and", the subject of
    "sent": a cue's object whose phrase ends right before the "and" its report's subject opens
    with is the first item of that subject, a list."""
    for o in (c for c in sent.children[verb.index] if sent.words[c].rel == "obj" and c > verb.index):
        clause = next((c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > o), -1)
        if clause < 0 or sent.words[o].upos != "NOUN":
            continue
        subject = next((c for c in sent.children[clause] if sent.words[c].rel in ("nsubj", "nsubj:pass")), -1)
        cc = next((c for c in sent.children[subject] if sent.words[c].rel == "cc"), -1) if subject > o else -1
        if cc < 0 or cc != min(sent.subtree(subject)) or max(sent.subtree(o)) != cc - 1:
            continue
        return {o: (clause, sent.words[subject].rel), subject: (o, "conj")}
    return {}
