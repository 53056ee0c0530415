"""Reports the parse hangs on the wrong verb around a trailing or relative cue.

A second "report" the parse hangs on a trailing cue after its fronted one: "At least 38 people
were missing ..., a German rescue charity said, in one of the deadliest shipwrecks on the
central Mediterranean route this year" with "route" read as a verb and made a second ``ccomp``
of "said". A cue that closes the clause it reports says nothing more after a comma and a
prepositional phrase unless a clause with a subject or "that" opens there; such a late
"clause" with neither is a misread noun of that phrase, not what was said.

A "that" clause the parse makes a conjunct of the main verb with no coordinator: "The inquiry
was first reported by L’Équipe, which said, citing a person close to the investigation, that
betting monitors had flagged ..." with ``conj(reported, flagged)``. A conjunct needs an "and";
a "that" clause without one is the complement of the nearest speech verb before it that has
none ("said").

A relative clause opened by "whose" read as the cue's complement: '"...," said Hauwa Abdullahi
Sule, whose 62-year-old father was admitted with a stroke on Friday' with ``ccomp(said,
admitted)``. "whose" only opens a relative clause: the clause is the name's.

A "that" clause hung on a word the parse misread between the cue and it: "wrote in an email to
staff on Thursday that she had full confidence in the panel" with "staff" read as a verb and the
clause its ``advcl``. A word with no subject of its own reports nothing: the clause is the
complement of the nearest speech verb before it that has none.

A report whose subject the parse left on the cue: "Wexmoor Police said officers, including an
armed response unit, had been sent" with "officers" the indirect object of "said" ("say" takes
none), and "told the state broadcaster QTV that reinforcements, including an armoured battalion,
had been sent" with "reinforcements" a relative clause of "QTV"; the report ("sent") has no
subject, and the noun right before it, whose phrase runs up to it, is that subject.

A reduced relative read as the main verb: "A study published last month in the Sahel Health
Review by two researchers ..., found that acute malnutrition ... had nearly doubled" with
"published" the root and "found" its conjunct, with no "and" and no subject. A conjunct needs
an "and"; one set off by a comma that reports a "that" clause is the sentence's verb, the
subject its own, and the participle before it the subject's modifier. So is a participle the
parse made an adverbial clause of the cue, with the cue's subject: "Some residents interviewed
outside City Hall on Tuesday said ..." with ``advcl(said, interviewed)`` and "said" subjectless.

A cue's subject the parse gave its report: "Flights were less affected, although a spokeswoman
for airport operator Aeropuertos Nacionales said 212 domestic flights had been cancelled" with
"spokeswoman" a second subject of "cancelled" and "said" subjectless. A report has one subject;
the one before the cue is the cue's (with the "although" that opens its clause).

A cue read into the relative clause of its subject: "One of the divers who worked on the recovery
described conditions at the wreck ... as 'like working ...'" with no verb for "One" and
"described" an adjective of "conditions", the object of "worked". A sentence needs a verb: a
speech participle modifying a noun in the relative clause of a verbless root is that verb, the
root its subject, the noun its object, and the words before it the clause's own noun.

An apposition read as the report of an inverted cue: '"...," said Ana Lucía Paredes, chief
emerging-markets economist at Halden Capital in London.' with "economist" a verbless ``ccomp``
of "said" ("markets" its subject). A report has a verb or a copula; a noun set off right after
the name that follows its cue describes the name."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .channel_reports import (
    channel_read_as_subject,
    of_which_aside_read_as_subject,
    participle_read_inside_subject,
    report_read_as_relative,
)
from .report_subjects import name_split_from_cue_object, time_read_as_cue_subject
from .spans import QUOTE_MARKS
from .that_clauses import age_aside, has_subject

IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]


def late_clause_after_fronted_report(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The move that takes the late clause off the cue (module doc), or none."""
    for verb in sent.words:
        if not is_speech(verb, sent):
            continue
        reports = [c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp"]
        before = [c for c in reports if c < verb.index]
        after = [c for c in reports if c > verb.index]
        if not before or len(after) != 1:
            continue
        late = after[0]
        between = sent.words[verb.index + 1 : late]
        marked = any(sent.words[c].rel == "mark" for c in sent.children[late])
        if marked or has_subject(sent, late) or not any(w.upos == "ADP" for w in between):
            continue
        if between and between[0].text == ",":
            return {late: (verb.index, "dep")}
    return {}


def that_clause_read_as_conjunct(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The move that gives a coordinator-less "that" conjunct to its speech verb (module doc)."""
    for w in sent.words:
        if w.deprel != "conj" or w.head < 0 or w.head > w.index:
            continue
        kids = [sent.words[c] for c in sent.children[w.index]]
        if any(k.rel == "cc" for k in kids) or not any(k.rel == "mark" and k.lemma.lower() == "that" for k in kids):
            continue
        if not has_subject(sent, w.index):
            continue
        verbs = _free_speech_verbs(sent, is_speech, w.head + 1, w.index)
        if verbs and w.index not in sent.subtree(verbs[-1].index):
            return {w.index: (verbs[-1].index, "ccomp")}
    return {}


def whose_clause_read_as_report(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The move that gives a "whose" clause back to the noun before it (module doc)."""
    for x in sent.words:
        if x.rel != "ccomp" or x.head < 0 or not is_speech(sent.words[x.head], sent):
            continue
        subjects = [c for c in sent.children[x.index] if sent.words[c].rel in ("nsubj", "nsubj:pass")]
        whose = [k for s in subjects for k in sent.children[s] if sent.words[k].text.lower() == "whose"]
        if not whose or whose[0] < 2 or sent.words[whose[0] - 1].text != ",":
            continue
        noun = sent.words[whose[0] - 2]
        if noun.upos in ("PROPN", "NOUN") and noun.index not in sent.subtree(x.index):
            return {x.index: (noun.index, "acl:relcl")}
    return {}


def second_report_moves(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> list[dict[int, tuple[int, str]]]:
    """This module's repairs, in the order they run."""
    return [
        late_clause_after_fronted_report(sent, is_speech),
        that_clause_read_as_conjunct(sent, is_speech),
        whose_clause_read_as_report(sent, is_speech),
        that_clause_on_misread_word(sent, is_speech),
        subject_left_on_cue(sent, is_speech),
        age_aside_read_as_clause(sent),
        reduced_relative_read_as_verb(sent),
        reduced_relative_read_as_clause(sent, is_speech),
        time_read_as_cue_subject(sent, is_speech, in_lex),
        name_split_from_cue_object(sent, is_speech),
        cue_subject_in_report(sent, is_speech),
        cue_read_into_relative(sent, is_speech),
        apposition_read_as_report(sent, is_speech, in_lex),
        channel_read_as_subject(sent, is_speech),
        participle_read_inside_subject(sent, is_speech),
        report_read_as_relative(sent, is_speech, in_lex),
        of_which_aside_read_as_subject(sent, is_speech),
    ]


def _free_speech_verbs(sent: Sentence, is_speech: IsSpeech, lo: int, hi: int) -> list[Word]:
    """Speech verbs between word indices ``lo`` and ``hi`` with no report of their own (no
    modifier: "after a stipulated trial")."""
    return [
        v
        for v in sent.words[lo:hi]
        if is_speech(v, sent)
        and v.upos == "VERB"
        and v.rel not in ("amod", "compound")
        and not any(sent.words[c].rel == "ccomp" for c in sent.children[v.index])
    ]


def that_clause_on_misread_word(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The move that gives a "that" clause on a misread word to its speech verb (module doc)."""
    for w in sent.words:
        if w.rel != "advcl" or w.head < 0 or not has_subject(sent, w.index):
            continue  # (not a relative clause: "the recipes that she cooks at home")
        that = [
            c for c in sent.children[w.index] if sent.words[c].rel == "mark" and sent.words[c].lemma.lower() == "that"
        ]
        head = sent.words[w.head]
        if not that or that[0] > w.index or is_speech(head, sent) or has_subject(sent, head.index):
            continue
        before = {x.text.lower() for x in sent.words[max(0, that[0] - 4) : that[0]]}
        if head.upos not in ("NOUN", "PROPN", "VERB") or before & {"so", "such"}:
            continue  # (a result: "shaking his head so furiously that his bowl cut flopped")
        verbs = [v for v in _free_speech_verbs(sent, is_speech, 0, head.index) if head.index in sent.subtree(v.index)]
        if verbs:
            return {w.index: (verbs[-1].index, "ccomp")}
    return {}


def age_aside_read_as_clause(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Mrs Sadiq said the children, aged four, nine and 12, still asked ..." with "aged" the
    complement of "said": an age set off after a noun describes the noun (``acl``), and the
    verb after it is free to be what was said."""
    for w in sent.words:
        c = w.index
        if not age_aside(sent, c) or w.rel not in ("ccomp", "conj", "advcl", "parataxis") or c < 2:
            continue
        noun = sent.words[c - 2]
        if sent.words[c - 1].text == "," and noun.upos in ("NOUN", "PROPN") and noun.head != c:
            return {c: (noun.index, "acl")}
    return {}


def subject_left_on_cue(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The move that gives a report the subject the parse left on its cue (module doc)."""
    for verb in sent.words:
        if not is_speech(verb, sent):
            continue
        for c in sent.children[verb.index]:
            report = sent.words[c]
            if report.rel != "ccomp" or c < verb.index or has_subject(sent, c) or report.upos not in ("VERB", "AUX"):
                continue
            # (a clause of its own: finite or with an auxiliary; not "said Smith, pleased with the result")
            if "VerbForm=Fin" not in report.feats and not any(
                sent.words[k].rel in ("aux", "cop") for k in sent.children[c]
            ):
                continue
            if age_aside(sent, c):
                continue
            # (its own "that" may stand before the noun: "QTV that reinforcements ... had been sent")
            start = min(k for k in sent.subtree(c) if k == c or sent.words[k].rel != "mark" or sent.words[k].head != c)
            opening = next((w for w in sent.words[start:] if w.upos != "PUNCT"), report)
            if opening.text.lower() in ("whose", "who", "which", "whom"):
                continue  # (the noun's relative clause the parse made the report: "said Frank, whose ...")
            for n in reversed(sent.words[verb.index + 1 : start]):
                if not _left_subject(sent, verb, n, c):
                    continue
                end = max(sent.subtree(n.index))
                if end < start and all(sent.words[k].upos == "PUNCT" for k in range(end + 1, start)):
                    passive = any(sent.words[k].deprel == "aux:pass" for k in sent.children[c])
                    moves = {n.index: (c, "nsubj:pass" if passive else "nsubj")}
                    that = [k for k in sent.children[n.index] if sent.words[k].rel == "mark" and k < n.index]
                    return moves | {k: (c, "mark") for k in that}
                break
    return {}


def _left_subject(sent: Sentence, verb: Word, n: Word, report: int) -> bool:
    """A noun the parse hung on the cue that may be its report's subject: an indirect object
    (of "say", which takes none), or a relative clause opened by "that" on the cue's object."""
    if n.upos not in ("NOUN", "PROPN") or any(sent.words[k].rel == "case" for k in sent.children[n.index]):
        return False
    if n.rel in ("iobj", "obj") and n.head == verb.index:
        return verb.lemma.lower() == "say"  # ("said the latest outbreaks, at ..., were caused by")
    marks = [k for k in sent.children[n.index] + sent.children[report] if sent.words[k].rel == "mark"]
    that = any(k < n.index and sent.words[k].lemma.lower() == "that" for k in marks)
    return n.rel == "acl" and that and sent.words[n.head].head == verb.index


def reduced_relative_read_as_verb(sent: Sentence) -> dict[int, tuple[int, str]]:
    """The moves that make the reporting conjunct the sentence's verb (module doc)."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos != "VERB" or "Tense=Past" not in root.feats or not root.text.endswith("ed"):
        return {}
    subject = next((c for c in sent.children[root.index] if sent.words[c].rel == "nsubj" and c < root.index), None)
    if subject is None or sent.words[subject].upos != "NOUN":
        return {}
    for c in sent.children[root.index]:
        verb = sent.words[c]
        if verb.deprel != "conj" or c < root.index or sent.words[c - 1].text != "," or has_subject(sent, c):
            continue
        if any(sent.words[k].rel == "cc" for k in sent.children[c]):
            continue
        reports = [k for k in sent.children[c] if sent.words[k].rel == "ccomp"]
        if any(
            sent.words[m].lemma.lower() == "that" and sent.words[m].rel == "mark"
            for k in reports
            for m in sent.children[k]
        ):
            return {c: (-1, "root"), subject: (c, "nsubj"), root.index: (subject, "acl")}
    return {}


def reduced_relative_read_as_clause(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The moves that give a subjectless cue the subject its participle took (module doc)."""
    for verb in sent.words:
        if not is_speech(verb, sent) or verb.upos != "VERB" or has_subject(sent, verb.index):
            continue
        for c in sent.children[verb.index]:
            p = sent.words[c]
            kids = [sent.words[k] for k in sent.children[c]]
            if p.rel != "advcl" or c > verb.index or not p.text.endswith("ed") or p.upos != "VERB":
                continue
            if any(k.rel in ("aux", "mark", "obj", "ccomp") for k in kids) or is_speech(p, sent):
                continue  # (a clause of its own: "When residents gathered, they said"; "Residents who saw it said")
            if any(w.text in QUOTE_MARKS for w in sent.words[c : verb.index]):
                continue  # (nor across a quote mark: 'a woman in the balcony shouted, "Answer ...!"')
            subject = next((k.index for k in kids if k.rel == "nsubj" and k.index < c), None)
            if subject is not None and sent.words[subject].upos in ("NOUN", "PROPN"):
                return {subject: (verb.index, "nsubj"), c: (subject, "acl")}
    return {}


def cue_subject_in_report(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The moves that give a subjectless cue the subject its report took (module doc)."""
    for verb in sent.words:
        if not is_speech(verb, sent) or verb.upos != "VERB" or has_subject(sent, verb.index):
            continue
        for c in sent.children[verb.index]:
            if sent.words[c].rel != "ccomp" or c < verb.index:
                continue
            subjects = [k for k in sent.children[c] if sent.words[k].rel == "nsubj"]
            before = [k for k in subjects if k < verb.index]
            if len(subjects) > 1 and len(before) == 1 and sent.words[before[0]].upos in ("NOUN", "PROPN"):
                marks = [k for k in sent.children[c] if k < before[0] and sent.words[k].rel == "mark"]
                return {before[0]: (verb.index, "nsubj")} | {k: (verb.index, "mark") for k in marks}
    return {}


def cue_read_into_relative(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The moves that make the cue the verb of a verbless sentence (module doc)."""
    root = next((w for w in sent.words if w.head < 0), None)
    if (
        root is None
        or root.upos not in ("NOUN", "PROPN", "NUM", "PRON")
        or any(sent.words[c].rel == "cop" for c in sent.children[root.index])
    ):
        return {}
    for v in sent.words[root.index + 1 :]:
        n = sent.words[v.head] if v.head > v.index else None
        if v.upos != "VERB" or v.rel != "amod" or n is None or not is_speech(v, sent) or n.head < 0:
            continue
        clause = sent.words[n.head]  # (the relative clause's verb, "worked", whose object the noun was)
        # (or the root's own phrase: "One of the divers described conditions" with both on "One")
        on_root = clause is root and n.index == v.index + 1
        if not on_root and (clause.deprel != "acl:relcl" or clause.index > v.index):
            continue
        own = [] if on_root else [k for k in range(clause.index + 1, v.index) if sent.words[k].head == n.index]
        noun = next((k for k in reversed(own) if sent.words[k].upos in ("NOUN", "PROPN")), None)
        moves = {v.index: (-1, "root"), root.index: (v.index, "nsubj"), n.index: (v.index, "obj")}
        if noun is not None:  # ("on the recovery": the clause's own phrase)
            moves |= {noun: (clause.index, n.deprel)} | {k: (noun, sent.words[k].deprel) for k in own if k != noun}
        # (and an "as" phrase the parse hung further on: "as 'like working ...'")
        moves |= {
            k: (v.index, "advcl")
            for k in range(n.index + 1, len(sent.words))
            if sent.words[k].rel == "advcl"
            and any(sent.words[m].lemma.lower() == "as" and sent.words[m].rel == "mark" for m in sent.children[k])
        }
        return moves
    return {}


def apposition_read_as_report(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> dict[int, tuple[int, str]]:
    """The moves that give the name after its cue the noun read as its report (module doc)."""
    for verb in sent.words:
        if not is_speech(verb, sent):
            continue
        kids = sent.children[verb.index]
        name = next((k for k in kids if sent.words[k].rel == "nsubj" and k > verb.index), None)
        for c in kids:
            noun = sent.words[c]
            if name is None or noun.rel != "ccomp" or c < name:
                continue
            # (a noun, or a post the tagger made a verb: "economist")
            if noun.upos != "NOUN" and not in_lex("person_roles", noun.lemma.lower()):
                continue
            # (no verb's words: no copula, auxiliary, mark or pronoun subject: "who chairs the department")
            if any(
                sent.words[k].rel in ("cop", "aux", "mark")
                or sent.words[k].rel == "nsubj"
                and sent.words[k].upos == "PRON"
                for k in sent.children[c]
            ):
                continue
            start = min(sent.subtree(c))
            if sent.words[start].text == "," and max(sent.subtree(name)) == start - 1:
                inner = [k for k in sent.children[c] if sent.words[k].rel == "nsubj"]  # ("markets")
                return {c: (name, "appos")} | {k: (c, "compound") for k in inner}
    return {}
