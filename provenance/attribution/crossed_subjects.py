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
* **an interrupting cue hung on the clause it interrupts** - "The decision, Judge Maria Chen wrote,
  was wrong" with ``advcl(wrong, wrote)`` and the judge an apposition of "decision"; "The economy,
  Smith argued, was already slowing" with ``parataxis(slowing, argued)`` and "economy" a second
  subject of "argued": nothing was said. The cue, set off by commas inside the clause and hung on
  its predicate after it, is the main verb, the phrase right before it its subject and the clause
  its complement (``cue_hung_on_interrupted_clause``; interrupted.py reads the other shapes of an
  interrupting cue).
* **a cue read into its subject's relative clause, the sentence rooted on the subject** - "A
  former employee who spoke on the condition that she not be identified said the company knew"
  with the noun the root and ``acl:relcl(condition, said)``: the speaker was "the condition". A
  speech verb with no subject inside the relative clause of a sentence's root noun, after that
  clause's own verb, is the sentence's verb and the noun its subject
  (``cue_read_into_subjects_relative``; relative_speech.say_inside_subject_relative reads it when
  the noun is a verb's subject).
* **the subject of a second clause read as a conjunct of the first's predicate** - "Starhollow 2
  is the studio's only announced project, and its publisher, Bracken Interactive, has told
  investors it expects ..." with ``conj(project, publisher)`` and ``conj(project, told)``: the
  speaker was "Starhollow". A noun phrase after ", and" (or ", but") hung on the predicate the
  speech verb is a conjunct of, running up to the verb (auxiliaries and adverbs between), is the
  verb's subject (``subject_read_as_predicates_conjunct``; fronted_subject.subject_after_coordinator
  reads the other shapes of it).

* **a cue read as an adverbial clause of its report, after a long relative clause** - "A provincial
  official, who asked not to be named because they were not authorized to speak publicly about the
  operation, told CBC News the province had struggled to find enough buses" with ``advcl(struggled,
  told)`` and both "official" and "province" subjects of "struggled": nothing was reported. A speech
  verb with no subject, hung as an adverbial clause on a later verb that has one subject before the
  cue and one after it, is the sentence's verb, the first subject its own and the later verb its
  complement (``cue_read_as_reports_adverbial``).

* **the sentence's subject taken by a closing cue with a subject of its own** - "A commission of
  inquiry into the crash ... found that bad weather caused the disaster, its chairman said Tuesday"
  with "commission" and "chairman" both subjects of "said" and "found" with none: the first
  subject, whose phrase runs up to the verb right after it, is that verb's
  (``subject_taken_by_later_cue``).

* **a closing cue read as a conjunct of its speaker's "whose" clause** - '"We were ready to go in
  August," Rachel Nguyen, whose daughter had been enrolled, told KOCO 5 News' with ``conj(enrolled,
  told)`` and the name an apposition inside the quote: the speech verb with no subject, hung on a
  clause whose subject "whose" owns and which opens right after a name's comma, is the name's verb,
  the clause the name's relative clause (``cue_read_as_conjunct_of_whose_clause``).

* **a speaker after "and" read as a conjunct inside the report before it** - "Several managers
  have warned that a hard cap could push sponsors out of the sport, and one, who asked not to be
  named ..., said his team would ..." with ``conj(sport, one)`` and the "who" clause the first
  cue's complement: a word after ", and" whose "who" clause, set off by commas, runs up to a speech
  verb with no subject is that verb's subject (``speaker_read_into_report_before``).

Part of subject_repairs.subject_moves (tests/test_crossed_subjects.py, tests/test_titles_and_readings.py).
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .fronted_subject import subject_under_fronted_phrase
from .spans import QUOTE_MARKS
from .tree_edits import moved

Moves = dict[int, tuple[int, str]]

_SUBJECTS = ("nsubj", "nsubj:pass", "expl", "csubj")
_MODIFIERS = ("compound", "amod", "nmod:poss")
_BETWEEN = ("AUX", "ADV", "PART")  # "she has said", "she also said"
_CUE_PHRASE = ("iobj", "obj", "advmod", "obl", "obl:tmod")  # the cue's own listener or adverb


def fronted_or_crossed_subject(sent: Sentence, verb: Word) -> Moves:
    """The first of ``fronted_subject.subject_under_fronted_phrase``, ``report_subject_read_as_speakers``,
    ``subject_hung_across_verb``, ``cue_hung_on_interrupted_clause``, ``cue_read_into_subjects_relative``,
    ``subject_read_as_predicates_conjunct``, ``cue_read_as_reports_adverbial`` and
    ``subject_taken_by_later_cue`` (and the rest below, to ``absolute_subject_read_into_object``) that finds
    the verb's subject (one entry of the repairs)."""
    return (
        subject_under_fronted_phrase(sent, verb)
        or report_subject_read_as_speakers(sent, verb)
        or subject_hung_across_verb(sent, verb)
        or cue_hung_on_interrupted_clause(sent, verb)
        or cue_read_into_subjects_relative(sent, verb)
        or subject_read_as_predicates_conjunct(sent, verb)
        or cue_read_as_reports_adverbial(sent, verb)
        or subject_taken_by_later_cue(sent, verb)
        or cue_read_as_conjunct_of_whose_clause(sent, verb)
        or speaker_read_into_report_before(sent, verb)
        or absolute_subject_read_into_object(sent, verb)
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
    if any(i >= verb.index for i in sent.subtree(k)) or verb.index not in sent.heads_above(w.head):
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


def cue_hung_on_interrupted_clause(sent: Sentence, verb: Word) -> Moves:
    """ "The decision, Judge Maria Chen wrote, was wrong" with ``advcl(wrong, wrote)`` and the judge
    an apposition of "decision"; "The economy, Smith argued, was already slowing" with
    ``parataxis(slowing, argued)`` and "economy" a second subject of "argued": a cue set off by
    commas inside the clause it interrupts, hung on that clause's predicate after it, is the main
    verb, the phrase right before it its subject and the clause its complement (nothing was said)."""
    pred = verb.head
    if verb.rel not in ("advcl", "parataxis") or pred <= verb.index:
        return {}
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
    clause = [c for c in sent.children[pred] if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < verb.index]
    apposed = [c for s in clause for c in sent.children[s] if sent.words[c].rel == "appos"]
    if len(subjects) == 2 and not clause:
        (first, own), moves = subjects, {subjects[0]: (pred, "nsubj")}
    elif not subjects and len(clause) == 1 and len(apposed) == 1:
        (first, own), moves = (clause[0], apposed[0]), {apposed[0]: (verb.index, "nsubj")}
    else:
        return {}
    own_span = sent.subtree(own)
    if any(sent.words[k].upos not in _BETWEEN for k in range(own_span[-1] + 1, verb.index)):
        return {}
    last = max(k for k in sent.subtree(first) if k < own_span[0] and sent.words[k].upos != "PUNCT")
    own_phrase = {k for c in sent.children[verb.index] if sent.words[c].rel in _CUE_PHRASE for k in sent.subtree(c)}
    after = next((k for k in range(verb.index + 1, len(sent.words)) if k not in own_phrase), -1)
    if [w.text for w in sent.words[last + 1 : own_span[0]]] != [","] or after < 0 or sent.words[after].text != ",":
        return {}
    if after + 1 < len(sent.words) and sent.words[after + 1].text in QUOTE_MARKS:
        return {}  # ('The plan, Roe said, "will fail."': the quotation's own reading)
    return {**moves, verb.index: (sent.words[pred].head, sent.words[pred].deprel), pred: (verb.index, "ccomp")}


def cue_read_into_subjects_relative(sent: Sentence, verb: Word) -> Moves:
    """``{verb: (-1, "root"), noun: (verb, "nsubj")}`` for a cue read into its subject's relative
    clause (see the module doc), or {}."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN") or verb.rel not in ("acl", "acl:relcl", "advcl"):
        return {}
    kids = sent.children[verb.index]
    if any(sent.words[c].rel in _SUBJECTS for c in kids) or not any(sent.words[c].rel == "ccomp" for c in kids):
        return {}  # (a verb that reports a clause: a reduced relative "the condition said ..." has none)
    # (the relative clause of the root's phrase the verb was read into: "A consents officer at the
    # council, who asked not to be named because staff had been told ..., told RNZ morale ...",
    # with the verb after that clause's closing comma; or inside it, on the root itself)
    clause = next((k for k in [verb.head, *sent.heads_above(verb.head)] if sent.words[k].deprel == "acl:relcl"), -1)
    after = clause >= 0 and sent.words[verb.index - 1].text == "," and verb.rel == "advcl"
    if clause < root.index or (sent.words[clause].head != root.index and not after):
        return {}
    return {verb.index: (-1, "root"), root.index: (verb.index, "nsubj")}


def subject_read_as_predicates_conjunct(sent: Sentence, verb: Word) -> Moves:
    """``{noun: (verb, "nsubj"), its coordinator: (verb, "cc")}`` for the subject of a second clause
    read as a conjunct of the first's predicate (see the module doc), or {}."""
    if verb.rel != "conj" or verb.head < 0 or any(sent.words[c].rel in _SUBJECTS for c in sent.children[verb.index]):
        return {}
    for n in (c for c in sent.children[verb.head] if sent.words[c].rel == "conj" and c < verb.index):
        w = sent.words[n]
        cc = [
            k for k in sent.children[n] if sent.words[k].rel == "cc" and sent.words[k].lemma.lower() in ("and", "but")
        ]
        if w.upos not in ("NOUN", "PROPN") or not cc or cc[0] < 1 or sent.words[cc[0] - 1].text != ",":
            continue
        if any(sent.words[k].rel == "case" for k in sent.children[n]):
            continue
        end = max(sent.subtree(n))
        if all(sent.words[k].upos in ("PUNCT", *_BETWEEN) for k in range(end + 1, verb.index)):
            return {n: (verb.index, "nsubj"), cc[0]: (verb.index, "cc")}
    return {}


def cue_read_as_reports_adverbial(sent: Sentence, verb: Word) -> Moves:
    """The moves for the last shape of the module doc, or {}."""
    if (
        verb.rel != "advcl"
        or verb.head <= verb.index
        or any(sent.words[c].rel in _SUBJECTS for c in sent.children[verb.index])
    ):
        return {}
    report = sent.words[verb.head]
    if sent.words[verb.index - 1].text != ",":
        return {}  # (set off after the subject's clause: not "refugees from Iraq admitted to the United States have been")
    subjects = [c for c in sent.children[report.index] if sent.words[c].rel in _SUBJECTS]
    before = [c for c in subjects if c < verb.index]
    if len(before) != 1 or len([c for c in subjects if verb.index < c < report.index]) != 1:
        return {}
    moves: Moves = {verb.index: (report.head, report.deprel), report.index: (verb.index, "ccomp")}
    # (what the parse hung on the report before the cue is the cue's: its subject, the subject's comma)
    moves.update({c: (verb.index, sent.words[c].deprel) for c in sent.children[report.index] if c < verb.index})
    # (the listener the parse made an open complement: "told CBC News")
    moves.update(
        {
            c: (verb.index, "obj")
            for c in sent.children[verb.index]
            if sent.words[c].rel == "xcomp" and sent.words[c].upos in ("PROPN", "NOUN")
        }
    )
    return moves


def subject_taken_by_later_cue(sent: Sentence, verb: Word) -> Moves:
    """The move for the last shape of the module doc, or {}."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel in ("nsubj", "nsubj:pass")]
    if len(subjects) < 2:
        return {}
    first = subjects[0]
    nxt = max(sent.subtree(first)) + 1
    if (
        nxt >= verb.index
        or sent.words[nxt].upos != "VERB"
        or any(sent.words[c].rel in _SUBJECTS for c in sent.children[nxt])
    ):
        return {}
    return {first: (nxt, "nsubj")} if verb.index in sent.subtree(nxt) else {}


def cue_read_as_conjunct_of_whose_clause(sent: Sentence, verb: Word) -> Moves:
    """The moves that make the name before a "whose" clause the subject of the speech verb the
    parse made that clause's conjunct (see the module doc), or {}."""
    if verb.rel != "conj" or verb.head < 0 or any(sent.words[c].rel in _SUBJECTS for c in sent.children[verb.index]):
        return {}
    clause = sent.words[verb.head]
    owned = [c for c in sent.children[clause.index] if sent.words[c].rel in _SUBJECTS and c < clause.index]
    if len(owned) != 1 or not any(sent.words[k].text.lower() == "whose" for k in sent.children[owned[0]]):
        return {}
    first = min(k for k in sent.subtree(clause.index) if sent.words[k].upos != "PUNCT")
    name = sent.words[first - 2] if first >= 2 and sent.words[first - 1].text == "," else None
    if name is None or name.upos != "PROPN" or sent.words[first].text.lower() != "whose":
        return {}
    return {
        verb.index: (clause.head, clause.deprel),
        name.index: (verb.index, "nsubj"),
        clause.index: (name.index, "acl:relcl"),
    }


def speaker_read_into_report_before(sent: Sentence, verb: Word) -> Moves:
    """The moves that make the word after ", and" the subject of the speech verb its "who" clause
    runs up to (see the module doc), or {}."""
    if verb.head < 0 or any(sent.words[c].rel in _SUBJECTS for c in sent.children[verb.index]):
        return {}
    before = [k for k in range(verb.index - 1, 0, -1) if sent.words[k].upos != "PUNCT"]
    if not before or sent.words[verb.index - 1].text != ",":
        return {}
    opens = lambda k: min((j for j in sent.subtree(k) if sent.words[j].upos != "PUNCT"), default=k)  # noqa: E731
    clause = next(
        (k for k in (before[0], *sent.heads_above(before[0])) if sent.words[opens(k)].text.lower() == "who"), -1
    )
    who = opens(clause) if clause >= 0 else -1
    if who < 2 or sent.words[who - 1].text != ",":
        return {}
    n = sent.words[who - 2]
    cc = [
        c for c in sent.children[n.index] if sent.words[c].rel == "cc" and sent.words[c].lemma.lower() in ("and", "but")
    ]
    if n.deprel != "conj" or n.upos not in ("NUM", "NOUN", "PRON") or not cc or max(sent.subtree(clause)) >= verb.index:
        return {}
    return {n.index: (verb.index, "nsubj"), clause: (n.index, "acl:relcl"), cc[0]: (verb.index, "cc")}


def absolute_subject_read_into_object(sent: Sentence, verb: Word) -> Moves:
    """ "..., with supporters calling it overdue and industry groups warning it could push drilling
    into Texas" with "groups" a conjunct of "overdue" and "warning" a conjunct of "calling" with no
    subject: the supporters warned. An "-ing" cue joined to an "-ing" verb that has a subject,
    right after a noun joined by "and" inside that verb's phrase, has the noun for its subject."""
    if verb.rel != "conj" or not verb.text.lower().endswith("ing") or verb.head < 0:
        return {}
    first = sent.words[verb.head]
    if any(sent.words[c].rel in _SUBJECTS for c in sent.children[verb.index]) or not first.text.endswith("ing"):
        return {}
    # (its subject its own, or the noun it hangs on: "with supporters calling" as ``acl(supporters, calling)``)
    subject = first.rel == "acl" or any(sent.words[c].rel == "nsubj" for c in sent.children[first.index])
    if first.upos != "VERB" or not subject:
        return {}
    for k in (k for k in sent.subtree(first.index) if first.index < k < verb.index and sent.words[k].rel == "conj"):
        w = sent.words[k]
        cc = [c for c in sent.children[k] if sent.words[c].rel == "cc" and sent.words[c].lemma.lower() == "and"]
        if w.upos in ("NOUN", "PROPN") and cc and max(sent.subtree(k)) == verb.index - 1 and w.head != first.index:
            return {k: (verb.index, "nsubj"), cc[0]: (verb.index, "cc")}
    return {}
