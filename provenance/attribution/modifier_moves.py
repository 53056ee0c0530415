"""The first round of tree repairs, each computed on the tree as parsed and applied in turn when
the result is still a tree (``repairs._words_and_subjects``): prepositions, modifiers and
subjects the parser hung in the wrong place, questions, second reports, a main clause read into a
subordinate report, a business named in its possessive form. Each repair's shape is in its own
module's docstring; the list is here so that ``repairs`` stays one page of control flow."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .body_names import possessive_name_read_as_owner
from .bracketed_titles import name_after_bracketed_acronym, name_after_bracketed_title, title_read_as_subject
from .datelines import dateline_subject
from .misread_subjects import WEEKDAYS
from .modifiers import (
    according_to_on_infinitive,
    as_read_as_preposition,
    clause_after_participle,
    extraposed_after_cue,
    participle_in_sibling_report,
    plural_possessive,
    slash_compound,
    source_modifier_as_head,
    speech_participle_as_modifier,
    stance_conjunct,
    subject_modifier_as_head,
    time_subject,
    vocative_subject,
)
from .noun_clauses import for_phrase_of_statement, own_subject, that_read_as_pronoun
from .occasion_clauses import main_clause_in_subordinate
from .office_names import field_read_as_second_office, name_after_body_title, offices_coordinated_in_place
from .openers import sequence_word_heading_subject
from .participle_subjects import opener_object_read_as_subject
from .passives import expletive_it
from .question_clauses import question_moves
from .reported_roots import (
    cue_read_into_speakers_relative,
    report_read_as_root,
    speaker_before_naming_aside,
    speaker_read_as_reported_subject,
    subject_read_as_second_complement,
    that_clauses_apart,
)
from .second_reports import second_report_moves
from .that_clauses import because_of_read_as_mark, quoting_conjunct
from .time_relatives import (
    noun_read_as_verb_after_that,
    report_read_as_contact_relative_on_time,
    report_read_as_noun_relative,
    report_read_as_object_relative,
    report_read_as_time_relative,
)
from .trailing_speaker import release_time_read_as_subject

IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]


def modifier_moves(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> list[dict[int, tuple[int, str]]]:
    """The moves of the modifier and question repairs (modifiers.py, question_clauses.py), on the tree as parsed."""
    return [
        source_modifier_as_head(sent, in_lex),
        subject_modifier_as_head(sent, is_speech),
        expletive_it(sent),
        slash_compound(sent),
        plural_possessive(sent),
        time_subject(sent, is_speech, in_lex),
        stance_conjunct(sent, in_lex),
        dateline_subject(sent),
        speech_participle_as_modifier(sent, is_speech),
        participle_in_sibling_report(sent, is_speech),
        clause_after_participle(sent, is_speech),
        extraposed_after_cue(sent, is_speech),
        vocative_subject(sent, is_speech),
        as_read_as_preposition(sent, is_speech),
        question_moves(sent, is_speech),
        for_phrase_of_statement(sent, in_lex),
        that_read_as_pronoun(sent),
        quoting_conjunct(sent),
        because_of_read_as_mark(sent),
        *second_report_moves(sent, is_speech, in_lex),
        according_to_on_infinitive(sent),
        opener_object_read_as_subject(sent, is_speech),
        main_clause_in_subordinate(sent, is_speech),
        possessive_name_read_as_owner(sent),
        sequence_word_heading_subject(sent),
        offices_coordinated_in_place(sent, lambda lemma: in_lex("person_roles", lemma)),
        field_read_as_second_office(sent, lambda lemma: in_lex("person_roles", lemma)),
        name_after_body_title(
            sent, lambda lemma: in_lex("person_roles", lemma), lambda lemma: in_lex("organization_words", lemma)
        ),
        release_time_read_as_subject(sent, is_speech, in_lex),
        report_read_as_root(sent, is_speech),
        cue_read_into_speakers_relative(sent, is_speech),
        weekday_read_as_object(sent, is_speech),
        that_read_as_pronoun_after_cue(sent, is_speech),
        report_read_as_time_relative(sent, is_speech, in_lex),
        report_read_as_contact_relative_on_time(sent, is_speech),
        report_read_as_object_relative(sent, is_speech, in_lex),
        report_read_as_noun_relative(sent, is_speech, in_lex),
        noun_read_as_verb_after_that(sent, is_speech),
        as_many_as_read_as_mark(sent),
        speaker_read_as_reported_subject(sent, is_speech),
        subject_read_as_second_complement(sent, is_speech),
        that_clauses_apart(sent, is_speech),
        speaker_before_naming_aside(sent, is_speech),
        name_after_bracketed_title(sent, lambda lemma: in_lex("person_roles", lemma)),
        name_after_bracketed_acronym(sent, lambda lemma: in_lex("person_roles", lemma)),
        title_read_as_subject(
            sent, lambda w: any(in_lex(x, y) for x in ("honorifics", "person_roles") for y in (w, w + "."))
        ),
    ]


def weekday_read_as_object(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """ "..., government data showed Friday, as ..." with "Friday" the object of "showed": a day
    of the week is when a cue spoke, never what it said (``obl:tmod``), so the cue closes the
    clause before it instead of reporting what follows. A noun the parse made the day's compound
    ("The State Land Office released an analysis Monday estimating that ...") is the object, and
    what the day carried (its article, the clause after it) is that noun's."""
    for w in sent.words:
        if w.rel == "obj" and w.text.lower() in WEEKDAYS and w.head >= 0 and is_speech(sent.words[w.head], sent):
            moves = {w.index: (w.head, "obl:tmod")}
            kids = sent.children[w.index]
            noun = [
                c for c in kids if c == w.index - 1 and sent.words[c].rel == "compound" and sent.words[c].upos == "NOUN"
            ]
            if noun:
                moves[noun[0]] = (w.head, "obj")
                moves.update({c: (noun[0], sent.words[c].deprel) for c in kids if c != noun[0]})
            return moves
    return {}


def that_read_as_pronoun_after_cue(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """ "..., with the Environment Agency warning that thousands of homes remain at risk" with
    "that" a pronoun, the object of "remain", and "remain" a conjunct of the main verb: "that"
    right after a speech verb with no report or object of its own opens what was said, whose verb
    is the first one after it with a subject of its own (as noun_clauses.that_read_as_pronoun
    after a listener)."""
    for w in sent.words:
        if w.lemma.lower() != "that" or w.upos != "PRON" or w.index == 0:
            continue
        cue = sent.words[w.index - 1]
        if not is_speech(cue, sent) or any(sent.words[c].rel in ("ccomp", "obj") for c in sent.children[cue.index]):
            continue
        verb = next((v for v in range(w.index + 1, len(sent.words)) if own_subject(sent, v, w.index)), -1)
        if verb < 0 or cue.index in sent.subtree(verb) or sent.words[verb].rel not in ("conj", "parataxis"):
            continue
        return {w.index: (verb, "mark"), verb: (cue.index, "ccomp")}
    return {}


def as_many_as_read_as_mark(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "said as many as eight counties were prepared to oppose the plan" with the first "as" the
    report's subordinator ("as" opens no report: "as he said"): "as many as", "as much as", "as few
    as" before a number is the number's modifier, so the clause is what was said."""
    for w in sent.words[:-3]:
        nxt, again = sent.words[w.index + 1], sent.words[w.index + 2]
        if w.lemma.lower() != "as" or w.deprel != "mark" or again.lemma.lower() != "as":
            continue
        if nxt.text.lower() in ("many", "much", "few", "little") and sent.words[w.index + 3].upos == "NUM":
            return {w.index: (nxt.index, "advmod")}
    return {}
