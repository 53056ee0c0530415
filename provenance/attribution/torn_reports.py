"""Reports the parse tore from their cue (session 54, from fresh articles; tests/test_asides_and_mentions.py).

* a "whose" clause with a name inside read as the cue's complement: "Sarah Kelleher, whose father,
  former Balmain prop Tom Kelleher, was diagnosed ..., said" (``whose_clause_read_as_complement``);
* a "be to" report read as a purpose clause of its closing cue: "The network is to undergo a
  renewal, the Combined Authority (SYMCA) has announced" (``be_to_report_read_as_adverbial``);
* a second complement opened by "after" or "because" that is the first's adverbial clause: "said
  the alerts arrived only after flames had reached ..." (``subordinate_clause_read_as_second_report``);
* the report read as a relative clause on the time of saying: "said in a report released last week
  that average ... travel times had risen" (``report_read_as_relative_on_time``);
* the report read as a relative clause on the statement it was made in: "said in a statement that
  companies would have until the end of June to submit ..." (``report_read_as_relative_on_statement``);
* "that" read as the report's pronoun subject: "wrote in a joint letter ... last week that at least
  60 teaching posts ... were still vacant" (``that_read_as_reports_subject``);
* a relative clause on the cue's object read as a first report: "Organisers say the Sustainable
  Farming Scheme (SFS), which would require ..., could force ..." and a participle set off the same
  way, "said the first batch ..., initially scheduled to move in January, would now relocate"
  (``relative_read_as_first_report``);
* a time read as the report's subject, the share after the cue its listener: "said one in three
  children screened ... last month was acutely malnourished" (``time_read_as_reports_subject``);
* a rounded number read as the cue's oblique: "Kela said about 2,300 of the 3,000 participants had
  answered ..." (``approximate_number_read_as_oblique``; session 55: before a report fronted before
  its cue, "About 38% of the packages went unsold, the data showed", and with the "of" phrase the
  report's subject), or a bounded one: "Ndongo said more than 1,200 schools across the ... regions
  had reopened" (``comparative_number_read_as_oblique``, session 55);
* a cue inside a relative clause whose verb the parse coordinated with the main clause: "The committee
  backed the scheme, which the council says will cost £5m" (``cue_inside_relative_read_as_adverbial``).

Subjects the parse hung elsewhere are torn_subjects.py's. Part of subject_repairs.subject_moves,
each reproduced with the shipped parser.
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .misread_subjects import TIMES
from .object_reports import (
    ROUNDING,
    report_subject_read_as_object,
    rounded_subject_of_fronted_report,
    second_that_clause_read_as_conjunct,
    whose_clause_with_speaker_read_as_report,
)
from .stranded_clauses import (
    all_but_read_as_coordination,
    coordinated_subjects_read_as_clauses,
    cue_read_as_adverbial_between_subjects,
    fronted_report_subject_read_as_cues,
    predicate_read_into_subjects_relative,
    predicate_torn_from_reduced_relative,
    reason_read_as_report,
    report_read_as_reduced_relative,
)
from .tree_edits import Moves


def whose_clause_read_as_complement(sent: Sentence, verb: Word) -> Moves:
    """ "Sarah Kelleher, whose father, former Balmain prop Tom Kelleher, was diagnosed ..., said the
    announcement was overdue" with "whose father" an apposition of the name and "diagnosed" the
    speech verb's complement before it (with the name its subject, or none): the clause the "whose"
    noun opens is the name's relative clause, and the name the speech verb's subject."""
    own = [k for k in sent.children[verb.index] if sent.words[k].rel == "nsubj" and k < verb.index]
    for c in (k for k in sent.children[verb.index] if k < verb.index and sent.words[k].rel == "ccomp"):
        names = [k for k in sent.children[c] if sent.words[k].rel in ("nsubj", "nsubj:pass") and k < c]
        if own and names or not own and len(names) != 1:
            continue
        name = (own or names)[0]
        passive = any(sent.words[k].deprel == "aux:pass" for k in sent.children[c])
        for n in sent.children[name] if sent.words[name].upos == "PROPN" else []:
            whose = any(sent.words[k].text.lower() == "whose" for k in sent.children[n] if k < n)
            if sent.words[n].rel == "appos" and name < n < c and whose:
                moves = {c: (name, "acl:relcl"), n: (c, "nsubj:pass" if passive else "nsubj")}
                return moves if own else {name: (verb.index, "nsubj"), **moves}
    return {}


def be_to_report_read_as_adverbial(sent: Sentence, verb: Word) -> Moves:
    """ "The network is to undergo a renewal, the Combined Authority (SYMCA) has announced" with
    "undergo" an adverbial clause of the cue (its "to" read as a purpose's): a clause before the
    cue with a subject and a finite "be" of its own ("is to", "are to be"), or a finite verb and no
    subordinator, is a report, not a purpose, and the cue closes it."""
    for c in (k for k in sent.children[verb.index] if k < verb.index and sent.words[k].rel == "advcl"):
        kids = [sent.words[k] for k in sent.children[c]]
        subject = any(k.rel in ("nsubj", "nsubj:pass", "nsubj:outer") for k in kids)
        be = any(k.rel in ("cop", "aux") and k.lemma == "be" and "VerbForm=Fin" in k.feats for k in kids)
        marks = [k.lemma.lower() for k in kids if k.rel == "mark"]
        last = max((k for k in sent.subtree(c) if k < verb.index and sent.words[k].upos != "PUNCT"), default=c)
        # (or a finite clause with no subordinator at all: "The government in Gaborone wants a veto
        # over any buyer, the people said, asking not to be identified ...")
        finite = not marks and "VerbForm=Fin" in sent.words[c].feats and sent.words[c].upos in ("VERB", "AUX")
        # (the clause opens the sentence with its subject, and the cue's subject follows its comma:
        # not "When she finally noticed him, her eyes widened", nor "The documents indicate ...")
        opens = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT")
        own = [k for k in sent.children[c] if sent.words[k].rel in ("nsubj", "nsubj:pass")]
        after = [k for k in sent.children[verb.index] if sent.words[k].rel == "nsubj" and last < k < verb.index]
        plain = bool(own) and not any(sent.words[k].rel == "case" for k in sent.children[own[0]])
        # (nor a cue interrupting a report that goes on after it: "The documents indicate, he said, that ...")
        later = [k for k in sent.children[verb.index] if k > verb.index and sent.words[k].rel != "punct"]
        ends = not any(sent.words[m].lemma.lower() == "that" for k in later for m in sent.children[k])
        finite = finite and opens == 0 and plain and min(sent.subtree(own[0])) == 0 and bool(after) and ends
        if subject and (be and marks == ["to"] or finite) and sent.words[last + 1].text == ",":
            return {c: (verb.index, "ccomp")}
    return {}


def subordinate_clause_read_as_second_report(sent: Sentence, verb: Word) -> Moves:
    """ "Some residents said the alerts arrived only after flames had reached the edge of their
    villages" with "arrived" and "reached" both complements of "said": a second complement
    opened by a subordinator ("after", "because", "when") right after the first is that first
    clause's adverbial clause, inside what was said."""
    comps = [c for c in sent.children[verb.index] if c > verb.index and sent.words[c].rel == "ccomp"]
    for first, second in zip(comps, comps[1:]):
        opens = min(sent.subtree(second))
        w = sent.words[opens]
        if w.rel != "mark" or w.head != second or w.lemma.lower() not in _SUBORDINATORS:
            continue
        if max(sent.subtree(first)) + 1 == opens:
            return {second: (first, "advcl")}
    return {}


_SUBORDINATORS = frozenset({"after", "before", "because", "when", "while", "until", "unless", "once", "since"})


def report_read_as_relative_on_time(sent: Sentence, verb: Word) -> Moves:
    """ "said in a report released last week that average Red Line travel times had risen 11
    percent" with "that" a relative pronoun on "week" and the report its relative clause: a time
    of saying takes no "that" clause, so a finite clause with a subject of its own hung on the time
    right after the cue's phrase, opened by "that", is the report; whatever else the parse hung on
    the time after "that" ("average" read as a verb) goes into the report's subject."""
    if any(sent.words[c].rel in ("ccomp", "xcomp") for c in sent.children[verb.index]):
        return {}
    for t in sent.children[verb.index]:
        w = sent.words[t]
        if t < verb.index or w.rel not in ("obl", "obl:unmarked", "obl:tmod") or w.lemma.lower() not in TIME_NOUNS:
            continue
        that = t + 1
        if that >= len(sent.words) or sent.words[that].lemma.lower() != "that":
            continue
        clauses = [c for c in sent.children[t] if sent.words[c].deprel == "acl:relcl" and c > that]
        report = next((c for c in reversed(clauses) if has_subject(sent, c) and is_finite(sent, c)), -1)
        subject = next((k for k in sent.children[report] if sent.words[k].rel == "nsubj"), -1) if report >= 0 else -1
        if subject < 0 or sent.words[that].head == report:
            continue
        moves: Moves = {report: (verb.index, "ccomp"), that: (report, "mark")}
        moves.update({c: (subject, "amod") for c in clauses if c != report and c < subject})
        return moves
    return {}


TIME_NOUNS = TIMES | {"week", "month", "year", "day", "night", "morning", "afternoon", "evening", "weekend"}


def that_read_as_reports_subject(sent: Sentence, verb: Word) -> Moves:
    """ "wrote in a joint letter to the ministry last week that at least 60 teaching posts in the
    city's schools were still vacant" with "that" a pronoun subject of "vacant", "posts" and
    "schools" two more, and the clause a conjunct of the cue with no coordinator: a clause right
    after the cue's phrase whose first word is a "that" beside a subject of its own is the report,
    "that" its complementizer; a later "subject" with a preposition is the subject's phrase."""
    for c in sent.children[verb.index]:
        w = sent.words[c]
        kids = sent.children[c]
        if c < verb.index or w.rel not in ("conj", "parataxis", "dep") or any(sent.words[k].rel == "cc" for k in kids):
            continue
        subjects = [k for k in kids if sent.words[k].rel == "nsubj" and k < c]
        that = min(sent.subtree(c))
        if len(subjects) < 2 or subjects[0] != that or sent.words[that].lemma.lower() != "that":
            continue
        moves: Moves = {c: (verb.index, "ccomp"), that: (c, "mark")}
        for before, k in zip(subjects[1:], subjects[2:]):
            if not any(sent.words[x].rel == "case" for x in sent.children[k]):
                return {}
            moves[k] = (before, "nmod")
        return moves
    return {}


def relative_read_as_first_report(sent: Sentence, verb: Word) -> Moves:
    """ "Organisers say the Sustainable Farming Scheme (SFS), which would require farmers to plant
    trees ..., could force thousands of family farms out of business" with both "require" and
    "force" complements of "say": the first, set off by a comma and opened by "which" or "who", is
    the object's relative clause, and the second, with no subject, has the object for subject."""
    obj = next((c for c in sent.children[verb.index] if c > verb.index and sent.words[c].rel == "obj"), -1)
    # (the second may be a parataxis: "..., could force thousands of family farms out of business")
    comps = [c for c in sent.children[verb.index] if c > obj and sent.words[c].rel in ("ccomp", "parataxis")]
    if obj < 0 or len(comps) != 2 or has_subject(sent, comps[1]) or not is_finite(sent, comps[1]):
        return {}
    if sent.words[comps[0]].rel != "ccomp":
        return {}
    first = comps[0]
    opens = [k for k in sorted(sent.subtree(first)) if sent.words[k].upos != "PUNCT"]
    who = sent.words[opens[0]]
    # (or a participle set off with no subject or auxiliary: "said the first batch of ... civil
    # servants, initially scheduled to move in January, would now relocate in stages")
    own = {sent.words[k].rel for k in sent.children[first]}
    reduced = "VerbForm=Part" in sent.words[first].feats and not own & {"nsubj", "aux", "cop", "mark"}
    relative = who.lemma.lower() in ("which", "who") and who.head == first
    if not (relative or reduced) or sent.words[opens[0] - 1].text != ",":
        return {}
    passive = any(sent.words[k].deprel == "aux:pass" for k in sent.children[comps[1]])
    moves: Moves = {first: (obj, "acl:relcl" if relative else "acl"), comps[1]: (verb.index, "ccomp")}
    return {**moves, obj: (comps[1], "nsubj:pass" if passive else "nsubj")}


def time_read_as_reports_subject(sent: Sentence, verb: Word) -> Moves:
    """ "Medecins Sans Frontieres (MSF) said one in three children screened by its teams in Zamzam
    last month was acutely malnourished" with "one" the cue's indirect object and "month" the
    report's subject: a time with "last" or "this" is never a subject there, so the share right
    after the cue is, and the time the report's."""
    share = next((c for c in sent.children[verb.index] if c > verb.index and sent.words[c].rel in ("iobj", "obj")), -1)
    comp = next((c for c in sent.children[verb.index] if c > share and sent.words[c].rel == "ccomp"), -1)
    if share < 0 or comp < 0 or sent.words[share].upos not in ("NUM", "DET", "PRON", "NOUN"):
        return {}
    subjects = [k for k in sent.children[comp] if sent.words[k].rel == "nsubj" and k < comp]
    if len(subjects) != 1 or sent.words[subjects[0]].lemma.lower() not in TIME_NOUNS:
        return {}
    time = subjects[0]
    if not any(sent.words[k].lemma.lower() in ("last", "this", "next") for k in sent.children[time]):
        return {}
    passive = any(sent.words[k].deprel == "aux:pass" for k in sent.children[comp])
    return {share: (comp, "nsubj:pass" if passive else "nsubj"), time: (comp, "obl:tmod")}


def report_read_as_relative_on_statement(sent: Sentence, verb: Word) -> Moves:
    """ "The mines ministry said in a statement that companies would have until the end of June to
    submit ... plans" with "that" the object of "have" in a relative clause on "statement": after
    a cue's "in a statement", a clause opened by "that" with a subject of its own is what was said
    (a statement is not what "companies would have"), and a second "that" clause after ", and" is
    its conjunct."""
    if any(sent.words[c].rel in ("ccomp", "xcomp") for c in sent.children[verb.index]):
        return {}
    for t in sent.children[verb.index]:
        w = sent.words[t]
        if t < verb.index or w.rel != "obl" or w.lemma.lower() not in _STATEMENTS or t + 1 >= len(sent.words):
            continue
        that = t + 1
        report = sent.words[that].head
        if sent.words[that].lemma.lower() != "that" or sent.words[that].rel != "obj" or report <= that:
            continue
        if sent.words[report].deprel != "acl:relcl" or sent.words[report].head != t or not has_subject(sent, report):
            continue
        # (a report's modal or a clause of its own: not "said in a statement that she had with CNN",
        # where what she had is the statement)
        kids = [sent.words[k] for k in sent.children[report]]
        modal = any(k.rel == "aux" and k.lemma.lower() in _MODALS for k in kids)
        if not modal and not any(k.rel in ("xcomp", "advcl", "ccomp") for k in kids):
            continue
        moves: Moves = {report: (verb.index, "ccomp"), that: (report, "mark")}
        # (", and that the licences ... would be reviewed": the second report, hung anywhere after the first)
        for k in sent.subtree(report):
            if (
                sent.words[k].lemma.lower() == "that"
                and sent.words[k].rel == "mark"
                and sent.words[k - 1].lemma == "and"
            ):
                second = sent.words[k].head
                if second != report and second not in moves and sent.words[second].head != report:
                    moves[second] = (report, "conj")
        return moves
    return {}


_MODALS = frozenset({"would", "will", "could", "can", "should", "might", "may", "must", "shall"})
_STATEMENTS = frozenset({"statement", "release", "interview", "letter", "email", "post", "speech", "memo", "note"})


def approximate_number_read_as_oblique(sent: Sentence, verb: Word) -> Moves:
    """ "Kela said about 2,300 of the 3,000 participants had answered its final survey" with
    "about" the case of an oblique "2,300" of the cue and the report left with no subject: a word
    that rounds a number ("about", "around", "over", "nearly") opens no place or time, so the
    number's phrase is the report's subject (as misread_subjects.quantity_read_as_oblique_of_say
    reads "at least")."""
    # (or before a report fronted before its cue: "About 38% of the packages went unsold, the data showed")
    for n in (c for c in sent.children[verb.index] if sent.words[c].rel == "obl"):
        about = sent.words[min(sent.subtree(n))]
        if about.head != n or about.rel != "case" or about.text.lower() not in _ROUNDING:
            continue
        if about.index != verb.index + 1 and not (n < verb.index and about.index in (0, verb.index + 1)):
            continue
        if sent.words[n].upos not in ("NUM", "NOUN", "SYM"):  # (a share: "38%")
            continue
        end = max(sent.subtree(n))
        report = next((c for c in sent.children[verb.index] if c > end and sent.words[c].rel == "ccomp"), -1)
        if report < 0 or (n < verb.index) != (report < verb.index) or not is_finite(sent, report):
            continue
        # (and the "of" phrase the parse made the report's subject: "said about 2,300 | of the
        # 3,000 participants had answered")
        taken = _taken_subject(sent, report, end)
        if taken < 0 and (has_subject(sent, report) or min(sent.subtree(report)) != end + 1):
            continue
        passive = any(sent.words[c].deprel == "aux:pass" for c in sent.children[report])
        moves: Moves = {n: (report, "nsubj:pass" if passive else "nsubj"), about.index: (n, "advmod")}
        return {**moves, taken: (n, "nmod")} if taken >= 0 else moves
    return {}


def _taken_subject(sent: Sentence, report: int, end: int) -> int:
    """The report's subject when it is a common noun whose phrase starts right after ``end``."""
    subject = next((c for c in sent.children[report] if sent.words[c].rel in ("nsubj", "nsubj:pass")), -1)
    if subject < 0 or subject > report or sent.words[subject].upos != "NOUN" or min(sent.subtree(subject)) != end + 1:
        return -1
    return subject


_ROUNDING = ROUNDING | {"over", "under"}  # ("over 300 homes", "under half of the staff")


def comparative_number_read_as_oblique(sent: Sentence, verb: Word) -> Moves:
    """ "Ndongo said more than 1,200 schools across the North-West and South-West regions had
    reopened" with "more" an adverb of "said", "than 1,200 schools" its oblique and "regions" the
    report's subject: "more than", "fewer than", "less than" bound a number, so the number's
    phrase is the report's subject, and a noun the parse made the subject right after it is
    that phrase's."""
    words = sent.words
    if verb.index + 3 >= len(words) or words[verb.index + 1].text.lower() not in ("more", "fewer", "less"):
        return {}
    than = words[verb.index + 2]
    n = than.head
    # (on the cue, or on the comparative the parse made its clause: "said fewer than half of ...")
    if (
        than.text.lower() != "than"
        or n < 0
        or words[n].head not in (verb.index, verb.index + 1)
        or words[n].rel != "obl"
    ):
        return {}
    if words[verb.index + 1].head != verb.index:
        return {}
    end = max(sent.subtree(n))
    report = next((c for c in sent.children[verb.index] if c > end and words[c].rel == "ccomp"), -1)
    if report < 0 or not is_finite(sent, report):
        return {}
    if (taken := _taken_subject(sent, report, end)) >= 0:
        moves: Moves = {taken: (n, "nmod")}  # (the subject the parse took from the phrase)
    elif not has_subject(sent, report) and min(sent.subtree(report)) == end + 1:
        moves = {}
    else:
        return {}
    rel = "nsubj:pass" if any(words[c].deprel == "aux:pass" for c in sent.children[report]) else "nsubj"
    return {**moves, n: (report, rel), verb.index + 1: (n, "advmod")}


def cue_inside_relative_read_as_adverbial(sent: Sentence, verb: Word) -> Moves:
    """ "The committee backed the scheme, which the council says will cost £5m" with "cost" a
    conjunct of "backed" (its cue "says" an adverbial of it): nothing was reported. A cue right
    before the verb it hangs on, after "which"/"that" and its own subject, speaks inside the
    relative clause that verb heads on the noun before the comma, as the parse reads "which
    officials say will ease ...": the verb the noun's relative clause, the pronoun on the cue."""
    h = verb.head
    if verb.rel != "advcl" or h <= verb.index or any(sent.words[k].upos != "AUX" for k in range(verb.index + 1, h)):
        return {}
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) != 1:
        return {}
    which = min(sent.subtree(subjects[0])) - 1
    w = sent.words[which] if which >= 2 else None
    if w is None or w.text.lower() not in ("which", "that") or w.head != h:
        return {}
    # (after a comma, or a restrictive "that" right after its noun: "a package of restrictions that
    # the government says will make the Netherlands ...")
    noun = which - 2 if sent.words[which - 1].text == "," else which - 1 if w.text.lower() == "that" else -1
    if noun < 0 or sent.words[noun].upos not in ("NOUN", "PROPN"):
        return {}
    if sent.words[h].deprel == "acl:relcl" and sent.words[h].head == noun:
        return {which: (verb.index, "obj")}  # ("which the developer says will ease ...": the clause is right)
    return {h: (noun, "acl:relcl"), which: (verb.index, "obj")} if sent.words[h].rel in ("conj", "parataxis") else {}


# In the order their moves win (subject_repairs._MISREAD_ARGUMENTS)
TORN_REPORTS = (
    whose_clause_read_as_complement,
    be_to_report_read_as_adverbial,
    subordinate_clause_read_as_second_report,
    report_read_as_relative_on_time,
    report_read_as_relative_on_statement,
    that_read_as_reports_subject,
    relative_read_as_first_report,
    time_read_as_reports_subject,
    approximate_number_read_as_oblique,
    comparative_number_read_as_oblique,
    cue_inside_relative_read_as_adverbial,
    reason_read_as_report,
    report_read_as_reduced_relative,
    predicate_torn_from_reduced_relative,
    coordinated_subjects_read_as_clauses,
    predicate_read_into_subjects_relative,
    fronted_report_subject_read_as_cues,
    all_but_read_as_coordination,
    cue_read_as_adverbial_between_subjects,
    report_subject_read_as_object,
    second_that_clause_read_as_conjunct,
    rounded_subject_of_fronted_report,
    whose_clause_with_speaker_read_as_report,
)
