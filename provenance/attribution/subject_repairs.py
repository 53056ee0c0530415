"""Speech frames whose subjects the parser put in the wrong place, put back.

Misparses of news sentences in which the reported clause or the speaker is there, but the
tree hides it (each reproduced with the shipped parser; tests/test_subject_repairs.py):

* **the clause's subject read as the verb's object** - "Officials said none of the documents originated with
  the agency" as ``obj(said, none)`` + ``acl(documents, originated)``; "He said the majority of voters passing by
  were very polite" as ``obj(said, majority)`` + ``advcl(said, polite)``. A finite clause with no subject of its
  own can be neither a relative clause (it would have its relative pronoun as subject) nor an adverbial one after
  nothing but the object: the object is its subject and the clause the verb's complement. A variant: "said most
  of the money in the fund was gone" as ``obj(said, most)`` + ``nsubj(gone, fund)`` - a subject never has a
  preposition, so the "subject" is the end of the object's phrase; and 'warned that demand in China remained
  weak' with "that" a determiner of "demand".
* **a that-less complement of "tell" read as a relative clause on the listener** (or hung on
  the main verb or the verb before a speech verb): listener_clauses.py.
* **the cue's object that is the clause's subject** ("Ruiz said the suspect, Kyle Brennan, was arrested"): object_subjects.py.
* **the speaker after a fronted report read as part of the report** - "The plan is dead, his top aide, Tad Devine,
  told The Huffington Post": trailing_speaker.py (and 'The new plans "will not solve it," Anne Richards said').

A subject hung on a fronted adverbial or participle is fronted_subject.py's, an inverted cue's subject read as
its object inverted_subject.py's, a clause split by its cue interrupted.py's, "deaths that Roe said are
unrelated" relative_speech.py's, "said that X would declare ... and suggested" coordination.py's. Only the arcs
named are changed, and only when the result is still a tree (repairs.py checks); when two repairs give a verb
different subjects, the first wins."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .appositive_subjects import (
    apposition_read_as_subject,
    description_after_name_read_as_clause,
    description_read_as_clause_before_cue,
    description_read_as_names_compound,
    name_apposed_inside_subject,
    name_compounded_across_comma,
)
from .content import closes_set_off, has_subject, is_finite
from .coordination import (
    misplaced_conjunct,
    second_speaker_read_into_report,
    split_coordination,
    stolen_conjunct,
    that_clause_conjunct,
    unpunctuated_clause_conjunct,
)
from .crossed_subjects import fronted_or_crossed_subject
from .double_subject import (
    apposition_read_as_clause,
    description_read_as_clause,
    relative_clause_read_as_complement,
    second_subject_clause,
    subject_with_apposition_as_object,
)
from .fronted_subject import (
    subject_after_coordinator,
    subject_taken_into_fronted_participle,
    subject_under_fronted_phrase,
    verb_read_as_modifier_of_aside,
)
from .interrupted import (
    clause_around_cue,
    continuation_after_cue,
    cue_before_contrast,
    flattened_report,
    fronted_phrase_of_report,
    gerund_subject_of_report,
    interrupting_cue_subject,
    stolen_clause,
)
from .inverted_subject import Moves, cue_read_as_reduced_relative, inverted_subject, one_after_inverted_cue
from .listener_clauses import clause_after_cue, listener_clause
from .misread_subjects import (
    bare_nominal_subject,
    name_read_into_time_phrase,
    noun_and_relative_read_apart_from_report,
    noun_read_as_report_before_its_verb,
    object_of_fronted_participle_read_as_subject,
    object_pronoun_read_as_subject,
    quantity_read_as_oblique_of_say,
    subject_of_with_participle,
    whose_clause_read_as_report,
)
from .object_subjects import (
    CLAUSE_ONLY,
    OBJECT_REPAIRS,
    described_object_as_subject,
    modified_object_as_subject,
    object_coordinated_with_subject,
    object_of,
    prepositional_subject,
    span,
)
from .question_clauses import answer_read_under_asked
from .relative_roots import object_with_relative_as_subject
from .relative_speech import (
    clause_after_phrase,
    clause_of_earlier_cue,
    relative_speech,
    say_after_relative_clause,
    say_inside_subject_relative,
    second_relative_verb_read_as_conjunct,
    subject_inside_relative,
    subject_with_relative_verb,
)
from .set_off_clauses import adverbial_read_as_closing_cues_report
from .spans import QUOTE_MARKS
from .stranded_clauses import (
    gerund_subject_read_as_complement,
    infinitive_torn_from_report,
    that_clause_hung_before_report,
)
from .stranded_names import stranded_name
from .torn_reports import TORN_REPORTS
from .torn_subjects import TORN_SUBJECTS
from .trailing_speaker import (
    closing_cue_read_as_conjunct,
    name_read_into_quote,
    speaker_inside_report,
    speakers_participle_after_closing_cue,
    speakers_participle_inside_report,
    subject_read_into_report,
    trailing_speaker,
)

IsSpeech = Callable[[Word, Sentence], bool]
# (session 48: a subject, a report or the speaker's participle the parse gave the wrong word)
_MISREAD_ARGUMENTS = (
    object_pronoun_read_as_subject,
    name_read_into_time_phrase,
    whose_clause_read_as_report,
    noun_read_as_report_before_its_verb,
    noun_and_relative_read_apart_from_report,
    object_of_fronted_participle_read_as_subject,
    speakers_participle_after_closing_cue,
    quantity_read_as_oblique_of_say,
    subject_of_with_participle,
    that_clause_hung_before_report,
    gerund_subject_read_as_complement,
    infinitive_torn_from_report,
    closing_cue_read_as_conjunct,
    adverbial_read_as_closing_cues_report,
    speakers_participle_inside_report,
    *TORN_REPORTS,
    *TORN_SUBJECTS,
)

# (a share's "%" heads its phrase as a symbol: "shows 68 % of voters say ...")
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET", "SYM")
_CLAUSE_RELS = ("advcl", "parataxis", "dep", "ccomp", "conj")
# Words that make the clause after an object subordinate or coordinate, never its predicate
_OPENERS = frozenset(
    {"if", "when", "because", "as", "while", "although", "though", "since", "after", "before", "until",
     "unless", "so", "whether", "that", "for", "to", "once", "where", "and", "or", "but"}
)  # fmt: skip
# ... of which these, inside the object, make its end the start of an adverbial clause
_SUBORDINATORS = _OPENERS - {"to", "for", "that", "and", "or", "but"}
_BREAKS = frozenset({",", ";", ":", "(", "—", "–", "--"})  # punctuation that opens a new clause


def _unbroken(sent: Sentence, obj: int, f: int) -> bool:
    """No punctuation between the object and the clause: "confirm Sullivan's participation in the
    email chains, a separate intelligence source familiar with it did so" has the clause's real
    subject after the comma."""
    return not any(sent.words[j].upos == "PUNCT" for j in range(obj + 1, f))


def _past_as_participle(sent: Sentence, i: int) -> bool:
    """A bare "-ed" form the tagger called a participle ("none of the documents originated with
    ..."): after a verb that takes no noun phrase with a reduced relative, it is the past tense."""
    w = sent.words[i]
    return (
        "VerbForm=Part" in w.feats
        and "Tense=Past" in w.feats
        and w.text.lower().endswith("ed")
        and not any(sent.words[c].rel in ("aux", "cop", "nsubj", "expl") for c in sent.children[i])
    )


def _object_phrase(sent: Sentence, verb: Word, j: int) -> bool:
    """Word ``j`` is in a prepositional phrase the parse hung on the verb between its object and
    the clause ("saying developments on the waterfront, including the stadium, had caused"): the
    object's, however the parse hung it."""
    top = j
    while sent.words[top].head not in (verb.index, -1):
        top = sent.words[top].head
    return sent.words[top].rel == "obl" and any(sent.words[c].rel == "case" for c in sent.children[top])


def _subjectless_clause(sent: Sentence, verb: Word, obj: int) -> int:
    """A finite clause without a subject right after the object (under it or under the verb)."""
    first, last = span(sent, obj)
    # (also a clause the parse hung on the verb's own head: "..., arguing Roussel's refusal to
    # issue an invitation was an unreasonable exercise" with "exercise" on the main verb)
    heads = {verb.index, verb.head} if verb.rel in ("advcl", "xcomp", "acl") and verb.head >= 0 else {verb.index}
    candidates = set(sent.subtree(obj)) | {c for h in heads for c in sent.children[h] if c > verb.index}
    for f in sorted(candidates):
        w = sent.words[f]
        if f <= obj or has_subject(sent, f) or not is_finite(sent, f) or w.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        if w.head in heads and w.rel in _CLAUSE_RELS:
            lead = [j for j in range(last + 1, f) if sent.words[j].head != f and not _object_phrase(sent, verb, j)]
            opener = any((sent.words[c].text in _BREAKS and not closes_set_off(sent, obj, f))
                         or sent.words[c].text.lower() in _OPENERS for c in sent.children[f] if c < f)  # fmt: skip
            if not lead and not opener and last < f:
                return f
        elif w.rel == "acl" and w.head != verb.index and first <= w.head <= last and _unbroken(sent, obj, f):
            return f
    for f in sent.subtree(obj):
        if sent.words[f].rel == "acl" and _past_as_participle(sent, f) and verb.lemma.lower() in CLAUSE_ONLY:
            return f if _unbroken(sent, obj, f) else -1
    return -1


def _object_as_subject(sent: Sentence, verb: Word, addresses: Callable[[Word], bool]) -> Moves:
    """'said none of the documents originated with ...': the object is the clause's subject."""
    obj = object_of(sent, verb)
    if obj < 0 and verb.lemma.lower() in CLAUSE_ONLY:  # (no listener: "said the JD(S) would")
        obj = next((c for c in sent.children[verb.index] if sent.words[c].rel == "iobj"), -1)
    if obj < 0 or sent.words[obj].upos not in _NOMINAL or obj < verb.index:
        return {}
    if "Voice=Pass" in verb.feats or any(sent.words[c].deprel == "aux:pass" for c in sent.children[verb.index]):
        return {}  # "was declared the winner": a passive verb's object is a predicate, not a clause's subject
    if addresses(verb) and not any(sent.words[c].rel == "iobj" for c in sent.children[verb.index]):
        # "told reporters ...", "asked the senator who ...": the object is a listener (not one
        # opened by "that": 'warned that demand in China remained weak')
        if sent.words[min(sent.subtree(obj))].lemma.lower() != "that":
            return {}
    if any(
        sent.words[j].rel in ("case", "mark")
        and sent.words[j].text.lower() in _SUBORDINATORS
        and "," not in (sent.words[k].text for k in range(obj, j))  # (not "the timing, months before an election,")
        for j in sent.subtree(obj)
    ):
        return {}  # "added a goal and an assist as the Hurricanes snapped ...": "as" opens the clause
    that = min(sent.subtree(obj))  # ("warned that demand ... remained weak": "that" opens the clause)
    opener = {that: (-1, "mark")} if that < obj and sent.words[that].lemma.lower() == "that" else {}
    comps = [c for c in sent.children[verb.index] if sent.words[c].rel in ("ccomp", "xcomp")]
    first = comps[0] if comps else -1
    if (
        opener
        and first >= 0
        and sent.words[first].rel == "ccomp"
        and is_finite(sent, first)
        and not has_subject(sent, first)
        and min(sent.subtree(first)) == span(sent, obj)[1] + 1
    ):
        return {obj: (first, "nsubj"), that: (first, "mark")}
    if first >= 0 and sent.words[first].rel == "ccomp" and is_finite(sent, first) and not has_subject(sent, first):
        # ('said it "would not comment"': only the quotation's mark between the object and its verb)
        opens = min(k for k in sent.subtree(first) if sent.words[k].upos != "PUNCT")
        gap = range(span(sent, obj)[1] + 1, opens)
        if gap and all(sent.words[j].text in QUOTE_MARKS for j in gap) and opens > obj:
            return {obj: (first, "nsubj")}
        # ("said the JD(S) would join ...": a verb that takes no object, its clause right after)
        if not gap and opens > obj and verb.lemma.lower() in CLAUSE_ONLY:
            return {obj: (first, "nsubj")}
    if first >= 0 and sent.words[first].rel == "xcomp" and verb.lemma.lower() in CLAUSE_ONLY:
        # ("The report says sales fell" with "fell" an open complement: "say" takes none, and a
        # finite verb right after the object has it for its subject)
        fin = "VerbForm=Fin" in sent.words[first].feats and not has_subject(sent, first)
        if fin and min(sent.subtree(first)) == span(sent, obj)[1] + 1:
            return {obj: (first, "nsubj"), first: (verb.index, "ccomp")}
    if comps:
        modified = modified_object_as_subject(sent, obj, comps) if verb.lemma.lower() in CLAUSE_ONLY else {}
        return described_object_as_subject(sent, obj, comps) or modified or prepositional_subject(sent, verb, obj)
    f = _subjectless_clause(sent, verb, obj)
    if f < 0:
        return prepositional_subject(sent, verb, obj)
    return {f: (verb.index, "ccomp"), obj: (f, "nsubj"), **({that: (f, "mark")} if opener else {})}


def _directive_infinitive(
    sent: Sentence, verb: Word, addresses: Callable[[Word], bool], person_noun: Callable[[str], bool]
) -> Moves:
    """'urged the candidate to dig in' with "dig" a relative infinitive on "candidate": the
    request made to the person urged (a name, a pronoun, a plural or a word for a person; not a
    noun with an aim of its own: "urged the effort to cut taxes")."""
    if not addresses(verb) or any(sent.words[c].rel in ("ccomp", "xcomp") for c in sent.children[verb.index]):
        return {}
    obj = object_of(sent, verb)
    if obj < verb.index:
        return {}
    o = sent.words[obj]
    if not (o.upos in ("PROPN", "PRON") or "Number=Plur" in o.feats or person_noun(o.lemma.lower())):
        return {}
    for f in sent.children[obj]:
        w = sent.words[f]
        to = any(sent.words[c].rel == "mark" and sent.words[c].lemma.lower() == "to" for c in sent.children[f])
        if w.rel == "acl" and f > obj and w.upos in ("VERB", "AUX") and to and not has_subject(sent, f):
            return {f: (verb.index, "xcomp")}
    return {}


def subject_moves(
    sent: Sentence,
    is_speech: IsSpeech,
    is_listener: Callable[[Word], bool],
    addresses: Callable[[Word], bool],
    person_noun: Callable[[str], bool] = lambda _: False,
    content_noun: Callable[[str], bool] = lambda _: False,
) -> Moves:
    """The arcs to change in ``sent`` (head, relation by word index); empty when nothing is wrong.
    ``is_listener``: a verb whose object is the person told; ``addresses``: also one whose
    object is the person asked or urged; ``person_noun``: a noun lemma for a person;
    ``content_noun``: a noun lemma that takes a "that" clause of its own ("claim")."""
    repairs = _repairs(is_speech, is_listener, addresses, person_noun, content_noun)
    moves: Moves = {}
    for verb in sent.words:
        if not is_speech(verb, sent):
            # (an answer after "Asked ...," may be no speech; "Around noon, Ann Roe, a ..., joined": any
            # verb's; so is an absolute "with" phrase's subject: "with the new survey finding that")
            found = answer_read_under_asked(sent, verb) or subject_of_with_participle(sent, verb)
            found = found or (subject_under_fronted_phrase(sent, verb) if verb.head < 0 else {})
            if found and not moves.keys() & found.keys():
                moves.update(found)
            continue
        for repair in repairs:
            found = repair(sent, verb)
            if found and not moves.keys() & found.keys() and not _second_subject(moves, found):
                moves.update(found)  # (a verb may need two: its subject and its clause's)
    return moves


def _second_subject(moves: Moves, found: Moves) -> bool:
    given = {head for head, rel in moves.values() if rel == "nsubj"}
    return any(rel == "nsubj" and head in given for head, rel in found.values())


Repair = Callable[[Sentence, Word], Moves]


def _relative_verb_subject(sent: Sentence, verb: Word) -> Moves:
    """A noun right after the verb, or its object with a relative clause, that a verb after it has
    for subject (relative_speech.subject_with_relative_verb, relative_roots.object_with_relative_as_subject)."""
    return subject_with_relative_verb(sent, verb) or object_with_relative_as_subject(sent, verb, CLAUSE_ONLY)


def _repairs(
    is_speech: IsSpeech,
    is_listener: Callable[[Word], bool],
    addresses: Callable[[Word], bool],
    person_noun: Callable[[str], bool],
    content_noun: Callable[[str], bool],
) -> tuple[Repair, ...]:
    """Every repair of a speech verb's arcs, in the order their moves win (``subject_moves``)."""
    return (
        lambda s, v: description_read_as_clause(s, v, person_noun) or description_after_name_read_as_clause(s, v),
        relative_clause_read_as_complement,
        lambda s, v: _object_as_subject(s, v, addresses),
        lambda s, v: object_coordinated_with_subject(s, v, is_listener),
        *OBJECT_REPAIRS,
        *_MISREAD_ARGUMENTS,
        lambda s, v: listener_clause(s, v, is_listener, person_noun),
        clause_after_cue,
        trailing_speaker,
        subject_read_into_report,
        speaker_inside_report,
        lambda s, v: name_read_into_quote(s, v) or stranded_name(s, v),
        lambda s, v: _directive_infinitive(s, v, addresses, person_noun),
        split_coordination,
        stolen_conjunct,
        second_speaker_read_into_report,
        fronted_or_crossed_subject,
        subject_taken_into_fronted_participle,
        subject_after_coordinator,
        verb_read_as_modifier_of_aside,
        lambda s, v: inverted_subject(s, v, is_listener) or one_after_inverted_cue(s, v),
        cue_read_as_reduced_relative,
        interrupting_cue_subject,
        fronted_phrase_of_report,
        gerund_subject_of_report,
        continuation_after_cue,
        clause_around_cue,
        cue_before_contrast,
        stolen_clause,
        flattened_report,
        relative_speech,
        say_after_relative_clause,
        say_inside_subject_relative,
        second_relative_verb_read_as_conjunct,
        answer_read_under_asked,
        bare_nominal_subject,
        second_subject_clause,
        apposition_read_as_clause,
        apposition_read_as_subject,
        description_read_as_clause_before_cue,
        name_compounded_across_comma,
        lambda s, v: name_apposed_inside_subject(s, v) or description_read_as_names_compound(s, v),
        subject_with_apposition_as_object,
        lambda s, v: clause_after_phrase(s, v, is_speech, content_noun),
        lambda s, v: clause_of_earlier_cue(s, v, is_speech),
        _relative_verb_subject,
        subject_inside_relative,
        misplaced_conjunct,
        that_clause_conjunct,
        lambda s, v: unpunctuated_clause_conjunct(s, v, is_speech),
    )
