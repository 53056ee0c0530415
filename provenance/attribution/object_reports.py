"""Reports the parse tore after the speech verb (session 59; part of torn_reports.TORN_REPORTS,
tests/test_fresh_copy_bodies.py): the report's subject read as the verb's object, and a second
"that" clause read as a second verb of the speaker's, and a fronted report's rounded number read
as an oblique of its verb."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .phrases import LISTENER_VERBS
from .tree_edits import Moves

# ("before"/"after"/"until" too: "The official said a deal before the end of the year was unlikely")
_PREPOSITIONS = frozenset("on since of in for about from with at over across before after until during".split())


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
        # (after its comma too: "said she understood the security argument, but that people in
        # the region felt they were paying the price")
        start = min((j for j in sent.subtree(k) if sent.words[j].upos != "PUNCT"), default=k)
        cc, that = sent.words[start], sent.words[start + 1] if start + 1 < k else None
        if cc.rel != "cc" or that is None or that.text.lower() != "that" or that.deprel == "mark":
            continue
        subject = next((c for c in sent.children[k] if sent.words[c].rel == "nsubj"), -1)
        if subject > that.index and (that.head == subject or that.head == k):
            return {k: (verb.index, "ccomp"), that.index: (k, "mark")}
    return {}


# Words that round a number ("about 1,250"); torn_reports adds "over" and "under" for its shapes
ROUNDING = frozenset({"about", "around", "nearly", "almost", "roughly", "approximately", "some"})


def rounded_subject_of_fronted_report(sent: Sentence, verb: Word) -> Moves:
    """ "Of the roughly 3,000 farmers who applied, about 1,250 have signed a final contract, the
    ministry said" with "about" the case of an oblique "1,250" of "signed" and the report an
    adverbial of "said" with no subject: a word that rounds a number opens no place or time, so
    the number right before the report's verb (and its auxiliaries) is its subject, and a finite
    clause with no subject of its own before a closing cue is the cue's report."""
    for report in (c for c in sent.children[verb.index] if c < verb.index and sent.words[c].rel in ("advcl", "ccomp")):
        if not is_finite(sent, report) or has_subject(sent, report):
            continue
        for n in (c for c in sent.children[report] if c < report and sent.words[c].rel == "obl"):
            about = sent.words[min(sent.subtree(n))]
            if about.head != n or about.rel != "case" or about.text.lower() not in ROUNDING:
                continue
            gap = range(max(sent.subtree(n)) + 1, report)
            if sent.words[n].upos != "NUM" or not all(sent.words[k].upos in ("AUX", "ADV") for k in gap):
                continue
            return {n: (report, "nsubj"), about.index: (n, "advmod"), report: (verb.index, "ccomp")}
    return {}


def whose_clause_with_speaker_read_as_report(sent: Sentence, verb: Word) -> Moves:
    """ "Madam Lim Siew Hoon, a 52-year-old administrative executive whose 10-year-old sedan will
    need a new COE in March, told The Straits Times she was considering ..." with the name, its
    apposition and the "whose" noun all subjects of "need", the cue's complement before it: a clause
    before the cue whose subjects are a name, nouns set off after it and then a noun "whose" owns is
    the last apposition's relative clause; the name is the cue's subject."""
    if any(sent.words[k].rel in ("nsubj", "nsubj:pass") and k < verb.index for k in sent.children[verb.index]):
        return {}
    for c in (k for k in sent.children[verb.index] if k < verb.index and sent.words[k].rel == "ccomp"):
        subjects = [k for k in sent.children[c] if sent.words[k].rel in ("nsubj", "nsubj:pass") and k < c]
        if len(subjects) < 3 or sent.words[subjects[0]].upos != "PROPN":
            continue
        owned = subjects[-1]
        if not any(sent.words[k].text.lower() == "whose" for k in sent.children[owned] if k < owned):
            continue
        name, described = subjects[0], subjects[-2]
        moves: Moves = {name: (verb.index, "nsubj"), c: (described, "acl:relcl")}
        return moves | {k: (name, "appos") for k in subjects[1:-1]}
    return {}
