"""What a document shows is its report, whoever the parser makes the subject: a finding clause
before its cue ("Support rose in February, a new analysis shows": finding-cue with the clause's
subject kept in the content, not taken for the speaker: RulePattern.typed_speaker,
content.stray_subjects); a text that carries statements shows too ("The emails show that ...":
noun_cues) and speaks for some body, never for unnamed people ("Internal emails reveal":
sources.unnamed); a share read as the object of "shows" is the subject of "say" after it ("shows
68 % of voters say ...": "%" is nominal, subject_repairs); a prepositional phrase before a comma
is no part of the document's name ("... except his own, federal election records show":
sources.mentions). Trees the shipped parser produced for sentences written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Support for the mayor rose in February , a new analysis shows .
ANALYSIS_SHOWS: list[FeatRow] = [
    ("Support", "support", "NOUN", 11, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 0, "nmod", "Number=Sing"),
    ("rose", "rise", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("February", "February", "PROPN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 10, "amod", "Degree=Pos"),
    ("analysis", "analysis", "NOUN", 11, "nsubj", "Number=Sing"),
    ("shows", "show", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    (".", ".", "PUNCT", 11, "punct", ""),
]


# The emails show that he mishandled sensitive information .
EMAILS_SHOW: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("emails", "email", "NOUN", 2, "nsubj", "Number=Plur"),
    ("show", "show", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 5, "mark", ""),
    ("he", "he", "PRON", 5, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("mishandled", "mishandle", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sensitive", "sensitive", "ADJ", 7, "amod", "Degree=Pos"),
    ("information", "information", "NOUN", 5, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# A CNN poll in January shows 68 % of voters say guns will be very important .
POLL_SHOWS_SAY: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("CNN", "CNN", "PROPN", 2, "compound", "Number=Sing"),
    ("poll", "poll", "NOUN", 5, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 4, "case", ""),
    ("January", "January", "PROPN", 2, "nmod", "Number=Sing"),
    ("shows", "show", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("68", "68", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("%", "%", "SYM", 5, "obj", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("voters", "voter", "NOUN", 7, "nmod", "Number=Plur"),
    ("say", "say", "VERB", 5, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("guns", "gun", "NOUN", 15, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 15, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 15, "cop", "VerbForm=Inf"),
    ("very", "very", "ADV", 15, "advmod", ""),
    ("important", "important", "ADJ", 10, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


# The candidate has not donated to any campaign except his own , federal election records show .
RECORDS_SHOW: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("candidate", "candidate", "NOUN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("donated", "donate", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", 7, "case", ""),
    ("any", "any", "DET", 7, "det", "PronType=Ind"),
    ("campaign", "campaign", "NOUN", 4, "obl", "Number=Sing"),
    ("except", "except", "ADP", 10, "case", ""),
    ("his", "his", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("own", "own", "ADJ", 14, "amod", "Degree=Pos"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("federal", "federal", "ADJ", 14, "amod", "Degree=Pos"),
    ("election", "election", "NOUN", 14, "compound", "Number=Sing"),
    ("records", "record", "NOUN", 15, "nsubj", "Number=Plur"),
    ("show", "show", "VERB", 4, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


# Internal emails reveal the mayor knew about the leak .
EMAILS_REVEAL: list[FeatRow] = [
    ("Internal", "Internal", "ADJ", 1, "amod", "Degree=Pos"),
    ("emails", "email", "NOUN", 2, "nsubj", "Number=Plur"),
    ("reveal", "reveal", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 5, "nsubj", "Number=Sing"),
    ("knew", "know", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("leak", "leak", "NOUN", 5, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str, str, str]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [
        (q.text, q.speaker.text if q.speaker else "", q.speaker.type if q.speaker else "", q.rule) for q in r.quotes
    ]


def test_a_finding_before_its_cue_keeps_its_subject_and_its_document():
    assert _quotes(ANALYSIS_SHOWS) == [
        ("Support for the mayor rose in February", "a new analysis", "organization", "finding-cue")
    ]


def test_a_text_that_carries_statements_shows_what_it_reports():
    assert _quotes(EMAILS_SHOW) == [
        ("that he mishandled sensitive information", "The emails", "organization", "finding-cue")
    ]


def test_emails_speak_for_some_body_not_for_unnamed_people():
    [(text, speaker, kind, _)] = _quotes(EMAILS_REVEAL)
    assert (text, speaker, kind) == ("the mayor knew about the leak", "Internal emails", "organization")


def test_a_share_read_as_the_object_is_the_subject_of_say():
    assert [q[:2] for q in _quotes(POLL_SHOWS_SAY)] == [
        ("68 % of voters say guns will be very important", "A CNN poll in January"),
        ("guns will be very important", "68 % of voters"),
    ]


def test_a_prepositional_phrase_before_a_comma_is_not_part_of_the_documents_name():
    [(text, speaker, _, rule)] = _quotes(RECORDS_SHOW)
    assert (speaker, rule) == ("federal election records", "finding-trailing-cue")
    assert text.startswith("The candidate has not donated")
