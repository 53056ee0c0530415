"""Subjects of a speech verb the parse misread.

An object pronoun read as the subject: "The charges were politically motivated, a lawyer
representing him said" and "..., the shipyard building them has admitted" come out of the
compact parser with the participle ("representing", "building") read as a verb of its own, "him"/
"them" made the subject of the speech verb and the verb the participle's complement: the speaker
is lost and the pronoun speaks. An object pronoun is never a finite verb's subject, so a speech
verb whose subject is "him", "them", "us" or "me" right after an "-ing" participle that follows a
noun has that noun for its subject, the participle is the noun's modifier and the pronoun its
object (``object_pronoun_read_as_subject``). "her" is left out: it is also a possessive ("a lawyer
representing her client said").

A name read into the time phrase before it: "On Saturday Moreau had said ...", "In March Jane Roe
told reporters ..." come out with the day or month a compound of the name and the name the
verb's oblique, the verb left with no subject. A day or a month is no part of a person's name, so
the name is the subject and the time phrase the verb's own (``name_read_into_time_phrase``).

A relative clause read as the report: "reported that Delacroix, whose firm also holds a stake in a
franchise, had lodged an offer" with the "whose" clause the complement and the report a conjunct of
the speech verb (``whose_clause_read_as_report``).

A noun after "that" read apart from its report (session 49): "argued that such amnesties, along
with weak enforcement ..., left millions of homes vulnerable" with the noun the complement and
"left", which "that" opens, an adverbial clause (``noun_read_as_report_before_its_verb``); "warned
that hospitals, which often run outdated software ..., make attractive targets" with the noun the
object, "that" on the relative clause and the report a conjunct of the speech verb
(``noun_and_relative_read_apart_from_report``).

A participle's object read as the subject: "Addressing the protesters before the police moved in,
the Lagos State chairperson of the NLC, Funmilayo Bakare, said ..." with "protesters" the subject
of "said" (``object_of_fronted_participle_read_as_subject``).

A quantity's "at least" read as a preposition (session 50): "said at least two more suspects,
including a serving police officer, were expected to be arrested" with "suspects" an oblique of
"said" under "at" and the report left with no subject (``quantity_read_as_oblique_of_say``).

The subject of a "with" phrase's participle read as the oblique of the clause before (session
50): "The plan drew criticism, with residents saying it would ruin the valley" with "residents"
an oblique of "drew" and "saying" left with no subject, so the plan spoke; or with "with" the
subject's own preposition ("..., with one Republican calling the increase "a shakedown"")
(``subject_of_with_participle``).

Part of subject_repairs.subject_moves (tests/test_closing_cues.py, each reproduced with the shipped parser)."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .tree_edits import Moves

_OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me"})


def object_pronoun_read_as_subject(sent: Sentence, verb: Word) -> Moves:
    """The moves that give the speech verb ``verb`` the noun before the participle as subject."""
    pron = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
    if pron < 2 or sent.words[pron].text.lower() not in _OBJECT_PRONOUNS:
        return {}
    part, noun = pron - 1, pron - 2
    p, n = sent.words[part], sent.words[noun]
    if p.upos != "VERB" or not p.text.lower().endswith("ing") or n.upos not in ("NOUN", "PROPN"):
        return {}
    moves: Moves = {pron: (part, "obj"), part: (noun, "acl"), noun: (verb.index, "nsubj")}
    # The verb takes the place the noun's phrase had: a closing cue hangs on the clause it
    # closes ("..., a lawyer representing him said"), an opening one heads the sentence.
    chain = (verb.index, part, noun)
    up = n.head if n.head not in chain else verb.head if verb.head not in chain else -1
    if up != verb.head or verb.head in chain:
        moves[verb.index] = (up, "root" if up < 0 else "parataxis" if up < verb.index else verb.rel)
    return moves


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIMES = WEEKDAYS | frozenset(
    "january february march april may june july august september october november december".split()
)


def name_read_into_time_phrase(sent: Sentence, verb: Word) -> Moves:
    """The moves that give ``verb`` the name after the day or month as its subject."""
    if any(sent.words[c].rel.startswith("nsubj") for c in sent.children[verb.index]):
        return {}
    for n in (c for c in sent.children[verb.index] if c < verb.index and sent.words[c].rel == "obl"):
        if sent.words[n].upos != "PROPN":
            continue
        kids = sent.children[n]
        case = next((k for k in kids if sent.words[k].rel == "case" and k == min(sent.subtree(n))), -1)
        time = next((k for k in kids if sent.words[k].rel == "compound" and k == case + 1), -1)
        if case < 0 or time < 0 or sent.words[time].text.lower() not in TIMES:
            continue
        return {n: (verb.index, "nsubj"), time: (verb.index, "obl"), case: (time, "case")}
    return {}


def whose_clause_read_as_report(sent: Sentence, verb: Word) -> Moves:
    """ "reported that Delacroix, whose firm also holds a stake in a franchise, had lodged an offer"
    with "holds" the reported clause (two subjects: the name and "firm") and "lodged" a conjunct of
    the speech verb: a clause whose second subject "whose" opens is the first subject's relative
    clause, and the subjectless clause right after it the report, that name its subject."""
    for c in (k for k in sent.children[verb.index] if k > verb.index and sent.words[k].rel in ("ccomp", "conj")):
        subjects = [k for k in sent.children[c] if sent.words[k].rel == "nsubj" and k < c]
        that = [k for k in sent.children[c] if sent.words[k].rel == "mark" and sent.words[k].lemma.lower() == "that"]
        if len(subjects) != 2 or not that:
            continue
        name, second = subjects
        if not any(sent.words[k].text.lower() == "whose" for k in sent.children[second]):
            continue
        end = max(sent.subtree(c)) + 1
        rest = next((k for k in sent.children[verb.index] if k > c and min(sent.subtree(k)) == end), -1)
        if rest < 0 or has_subject(sent, rest) or sent.words[rest].rel not in ("conj", "parataxis"):
            continue
        moves: Moves = {c: (name, "acl:relcl"), name: (rest, "nsubj"), rest: (verb.index, "ccomp")}
        moves[that[0]] = (rest, "mark")
        return moves
    return {}


def noun_read_as_report_before_its_verb(sent: Sentence, verb: Word) -> Moves:
    """ "have long argued that such amnesties, along with weak enforcement ..., left millions of
    homes vulnerable" with "amnesties" the speech verb's complement and "left", which the "that"
    opens, an adverbial clause of the speech verb with no subject: the noun right after "that" is
    that clause's subject, and the clause the report."""
    for n in (k for k in sent.children[verb.index] if k > verb.index and sent.words[k].rel == "ccomp"):
        if sent.words[n].upos not in ("NOUN", "PROPN"):
            continue
        that = min(sent.subtree(n)) - 1
        w = sent.words[that]
        if w.lemma.lower() != "that" or w.rel != "mark" or w.head <= max(sent.subtree(n)):
            continue
        clause = sent.words[w.head]
        if (
            clause.head != verb.index
            or clause.rel not in ("advcl", "conj", "parataxis")
            or has_subject(sent, clause.index)
        ):
            continue
        return {clause.index: (verb.index, "ccomp"), n: (clause.index, "nsubj")}
    return {}


def noun_and_relative_read_apart_from_report(sent: Sentence, verb: Word) -> Moves:
    """ "have long warned that hospitals, which often run outdated software ..., make attractive
    targets" with "hospitals" the speech verb's object, "that" on the relative clause's verb and
    "make" a conjunct of the speech verb: the noun right after "that" is the subject of the first
    clause after its relative clause that has none, which is the report; the relative clause is
    the noun's."""
    for n in (k for k in sent.children[verb.index] if k > verb.index + 1 and sent.words[k].rel == "obj"):
        that = sent.words[n - 1]
        if sent.words[n].upos not in ("NOUN", "PROPN") or that.lemma.lower() != "that" or that.rel != "mark":
            continue
        relative = sent.words[that.head]
        pronoun = [c for c in sent.children[relative.index] if sent.words[c].lemma.lower() in ("which", "who")]
        if relative.head != verb.index or not pronoun or not n < pronoun[0] < relative.index:
            continue
        later = [
            c for c in sent.children[verb.index] if c > relative.index and sent.words[c].rel in ("conj", "parataxis")
        ]
        # (not one "and" joins: that goes on with the relative clause, "and cannot tolerate ...")
        bare = [c for c in later if not any(sent.words[k].rel == "cc" for k in sent.children[c])]
        report = next((c for c in bare if sent.words[c].upos == "VERB" and not has_subject(sent, c)), -1)
        if report < 0:
            continue
        moves: Moves = {report: (verb.index, "ccomp"), n: (report, "nsubj"), that.index: (report, "mark")}
        moves[relative.index] = (n, "acl:relcl")
        for c in later:  # (the relative clause's own conjuncts: "and cannot tolerate long outages")
            if c < report:
                moves[c] = (relative.index, "conj")
        return moves
    return {}


def object_of_fronted_participle_read_as_subject(sent: Sentence, verb: Word) -> Moves:
    """ "Addressing the protesters before the police moved in, the Lagos State chairperson of the
    NLC, Funmilayo Bakare, said ..." with "protesters", the participle's object, the subject of
    "said" and the real subject hung inside the participle's clause: a noun right after an "-ing"
    participle that opens the sentence is its object, and the noun phrase set off by a comma right
    before the speech verb is the subject."""
    subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
    if subject < 2 or verb.index < 3 or sent.words[verb.index - 1].text != ",":
        return {}
    participle = sent.words[0]
    if participle.head != verb.index or not participle.text.lower().endswith("ing") or participle.upos != "VERB":
        return {}
    if min(sent.subtree(subject)) != 1 or any(sent.words[c].rel == "obj" for c in sent.children[0]):
        return {}
    # (the noun phrase that ends right before that comma and opens after a comma of its own, hung
    # inside the participle's clause)
    last = head = verb.index - 2
    while (
        (up := sent.words[head].head) > 1 and sent.words[up].upos in ("NOUN", "PROPN") and max(sent.subtree(up)) <= last
    ):
        head = up
    opening = min(sent.subtree(head))
    if sent.words[head].upos not in ("NOUN", "PROPN") or sent.words[opening - 1].text != ",":
        return {}
    if head in sent.subtree(subject) or head not in sent.subtree(0):
        return {}
    return {subject: (0, "obj"), head: (verb.index, "nsubj")}


_BOUNDS = frozenset({"least", "most"})


def quantity_read_as_oblique_of_say(sent: Sentence, verb: Word) -> Moves:
    """ "said at least two more suspects, including ..., were expected" with "suspects" an oblique
    of the speech verb ("at" its case, "least" its modifier) and the finite clause after it with no
    subject: "at least" / "at most" bound a number, they open no place or time, so the noun is the
    subject of that clause and "at least" the number's modifier."""
    for n in (c for c in sent.children[verb.index] if c > verb.index and sent.words[c].rel == "obl"):
        at, bound = verb.index + 1, verb.index + 2
        if sent.words[at].text.lower() != "at" or sent.words[bound].text.lower() not in _BOUNDS:
            continue
        if sent.words[n].upos not in ("NOUN", "PROPN") or min(sent.subtree(n)) != at:
            continue
        end = max(sent.subtree(n))
        report = next((c for c in sent.children[verb.index] if c > end and sent.words[c].rel == "ccomp"), -1)
        moves: Moves = {}
        if report < 0 and (hung := _verb_hung_in_quantity(sent, n)) >= 0:
            # ("said at least 48,000 family food packs worth 31.6 million pesos expired in a
            # warehouse" with "expired" a participle of "pesos": after "said at least <number>" the
            # verb in "-ed" is the report's, past tense)
            report, end, moves = hung, min(sent.subtree(hung)) - 1, {hung: (verb.index, "ccomp")}
        elif report < 0 or not (is_finite(sent, report) or sent.words[report].text.lower().endswith("ed")):
            continue  # (a verb in "-ed" the tagger took for a participle: "said at least 300 homes flooded")
        for s in (c for c in sent.children[report] if sent.words[c].rel.startswith("nsubj")):
            # (a subject set off by commas right after the noun is its apposition: "at most 300
            # homes, most of them in the valley, would lose power")
            inner = [k for k in sent.subtree(s) if sent.words[k].upos != "PUNCT"]
            if min(inner) != end + 2 or sent.words[end + 1].text != "," or sent.words[max(inner) + 1].text != ",":
                break
            moves[s] = (n, "appos")
        else:
            passive = any(sent.words[c].rel == "aux:pass" for c in sent.children[report])
            number = next((c for c in sent.children[n] if sent.words[c].rel == "nummod" and c != bound), n)
            moves.update({n: (report, "nsubj:pass" if passive else "nsubj"), at: (number, "advmod")})
            return moves | {bound: (at, "fixed")}
    return {}


def _verb_hung_in_quantity(sent: Sentence, n: int) -> int:
    """A verb in "-ed" inside the quantity's phrase, a participle with no subject of its own, or -1."""
    for v in sent.subtree(n):
        w = sent.words[v]
        if (
            v > n
            and w.deprel == "acl"
            and w.upos == "VERB"
            and w.text.lower().endswith("ed")
            and "Tense=Past" in w.feats
        ):
            if not any(sent.words[c].rel.startswith("nsubj") for c in sent.children[v]):
                return v
    return -1


def subject_of_with_participle(sent: Sentence, verb: Word) -> Moves:
    """ "..., with residents saying it would ruin the valley": in the absolute "with" phrase (set
    off by a comma) the noun right before the "-ing" speech verb is its subject and "with" the
    clause's marker (UD's reading), however the parse hung them (the noun an oblique of the
    clause before, or the verb's subject with "with" as its case)."""
    if verb.rel != "advcl" or not verb.text.lower().endswith("ing"):
        return {}
    for n in range(verb.index - 1, 0, -1):
        if sent.words[n].upos in ("NOUN", "PROPN", "PRON"):
            break
        if sent.words[n].upos not in ("DET", "NUM", "ADJ"):
            return {}
    else:
        return {}
    first = min(sent.subtree(n))
    with_ = first if sent.words[first].text.lower() == "with" else -1
    if with_ < 1 or sent.words[with_].head != n or max(sent.subtree(n)) != verb.index - 1:
        return {}
    if sent.words[with_ - 1].text not in (",", "—", "–"):
        return {}  # (set off: not a verb's own "with", "replacing it with softer language calling for")
    w = sent.words[n]
    if w.head == verb.index and w.rel == "nsubj":
        return {with_: (verb.index, "mark")}
    # (an oblique of the clause before, or a modifier of its last noun: "locked in a close race in
    # Iowa, with the new ... survey finding that ...")
    if w.rel not in ("obl", "nmod") or has_subject(sent, verb.index):
        return {}
    return {n: (verb.index, "nsubj"), with_: (verb.index, "mark")}


def bare_nominal_subject(sent: Sentence, verb: Word) -> Moves:
    """ "...: 42% say they're liberal" with "%" a bare adverbial (``obl:unmarked``) of "say": a
    noun phrase with no preposition that ends right before a finite speech verb with no subject
    is its subject."""
    if has_subject(sent, verb.index) or "VerbForm=Fin" not in verb.feats or verb.index < 1:
        return {}
    for c in sent.children[verb.index]:
        w = sent.words[c]
        if (
            c > verb.index
            or w.deprel not in ("obl:unmarked", "obl:npmod", "nmod:npmod")
            or w.upos not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET", "SYM")
        ):
            continue
        sub = sent.subtree(c)
        if any(sent.words[k].deprel == "appos" for k in sent.children[c]):
            continue  # ("Last week, Mayor Jane Roe said": the name set off after it is the subject)
        if max(sub) == verb.index - 1 and not any(sent.words[k].rel == "case" for k in sub):
            return {c: (verb.index, "nsubj")}
    return {}
