"""Reports the parse tore after the speech verb (session 59; part of torn_reports.TORN_REPORTS,
tests/test_fresh_copy_bodies.py): the report's subject read as the verb's object, and a second
"that" clause read as a second verb of the speaker's."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .phrases import LISTENER_VERBS
from .tree_edits import Moves

_PREPOSITIONS = frozenset({"on", "since", "of", "in", "for", "about", "from", "with", "at", "over", "across"})


def report_subject_read_as_object(sent: Sentence, verb: Word) -> Moves:
    """ "Farmers say a surge of duty-free produce from Ukraine since Russia's invasion has driven down
    prices", "Whitlock said the utility's progress on billing was real" with the report's subject the
    object of "say" and a preposition after it read as the report's subordinator, its noun the
    subject: a verb that tells nobody takes no object before its report, so the object is the
    report's subject and the preposition's noun goes back into its phrase."""
    if verb.lemma.lower() in LISTENER_VERBS:
        return {}
    obj = next((c for c in sent.children[verb.index] if sent.words[c].deprel == "obj" and c > verb.index), -1)
    report = next((c for c in sent.children[verb.index] if sent.words[c].deprel == "ccomp" and c > obj), -1)
    if obj < 0 or report < 0 or sent.words[obj].upos not in ("NOUN", "PROPN"):
        return {}
    start = min(sent.subtree(report))
    mark, subject = sent.words[start], next((c for c in sent.children[report] if sent.words[c].rel == "nsubj"), -1)
    if start != max(sent.subtree(obj)) + 1 or mark.head != report or mark.rel != "mark" or subject < start:
        return {}
    if mark.lemma.lower() not in _PREPOSITIONS:
        return {}
    return {obj: (report, "nsubj"), subject: (obj, "nmod"), start: (subject, "case")}


def second_that_clause_read_as_conjunct(sent: Sentence, verb: Word) -> Moves:
    """ "The HSE said in a statement that hospitals were "working hard ..." and that community
    nursing units had opened additional beds" with "opened" a conjunct of "said" and "that" the
    determiner of "units": a clause joined to the speech verb by "and that", with a subject of its
    own and no cue, is a second report of the verb's."""
    for k in (c for c in sent.children[verb.index] if sent.words[c].rel == "conj" and c > verb.index):
        start = min(sent.subtree(k))
        cc, that = sent.words[start], sent.words[start + 1] if start + 1 < k else None
        if cc.rel != "cc" or that is None or that.text.lower() != "that" or that.deprel == "mark":
            continue
        subject = next((c for c in sent.children[k] if sent.words[c].rel == "nsubj"), -1)
        if subject > that.index and (that.head == subject or that.head == k):
            return {k: (verb.index, "ccomp"), that.index: (k, "mark")}
    return {}
