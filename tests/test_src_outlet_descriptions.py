"""A media noun for an outlet ("the newspaper reported", "the network said") is the outlet of that
kind the article last named, as a source and as the channel; "the agency's report" comes through
no outlet; an institution inside what a person said never makes the person an organisation. On
the trees the shipped parser gave these sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The New York Times first reported the plan on Monday .
TIMES_REPORTED: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("New", "New", "ADJ", 3, "amod", "Degree=Pos"),
    ("York", "York", "PROPN", 3, "compound", "Number=Sing"),
    ("Times", "Times", "PROPN", 5, "nsubj", "Number=Sing"),
    ("first", "first", "ADV", 5, "advmod", "NumForm=Word|NumType=Ord"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 5, "obj", "Number=Sing"),
    ("on", "on", "ADP", 9, "case", ""),
    ("Monday", "Monday", "PROPN", 5, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# CNN aired the interview on Sunday .
CNN_AIRED: list[FeatRow] = [
    ("CNN", "CNN", "PROPN", 1, "nsubj", "Number=Sing"),
    ("aired", "air", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("interview", "interview", "NOUN", 1, "obj", "Number=Sing"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Sunday", "Sunday", "PROPN", 3, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The minister is expected to resign , the newspaper reported .
NEWSPAPER_REPORTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("expected", "expect", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 5, "mark", ""),
    ("resign", "resign", "VERB", 3, "xcomp", "VerbForm=Inf"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("newspaper", "newspaper", "NOUN", 9, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# In an interview with The Canadian Press , Jones said the province had failed .
JONES_PROVINCE: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 9, "obl", "Number=Sing"),
    ("with", "with", "ADP", 6, "case", ""),
    ("The", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Canadian", "Canadian", "ADJ", 6, "amod", "Degree=Pos"),
    ("Press", "Press", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Jones", "Jones", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("province", "province", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# The agency 's report , released Thursday , concluded that the program had failed .
AGENCY_REPORT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 1, "case", ""),
    ("report", "report", "NOUN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("released", "release", "VERB", 3, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Thursday", "Thursday", "PROPN", 5, "xcomp", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("concluded", "conclude", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("program", "program", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 8, "punct", ""),
]


def source(paragraphs: list[list[list[FeatRow]]]) -> list[tuple[str, str, str | None, str | None]]:
    r = resolve(paragraphs)  # type: ignore[arg-type]
    return [
        (q.speaker.name, q.speaker.type, q.speaker.resolved_by, q.via.name if q.via else None)
        for q in r.quotes
        if q.speaker
    ]


def test_the_newspaper_is_the_newspaper_named_before():
    # (a network named in between is no newspaper)
    assert source([[TIMES_REPORTED], [CNN_AIRED], [NEWSPAPER_REPORTED]]) == [
        ("The New York Times", "organization", "definite-description", "The New York Times")
    ]


def test_the_newspaper_with_none_named_is_an_unnamed_outlet():
    assert source([[CNN_AIRED], [NEWSPAPER_REPORTED]]) == [("the newspaper", "organization", None, "the newspaper")]


def test_an_institution_inside_what_a_person_said_does_not_make_the_person_an_organisation():
    # ("the province", a bare institution subject, took "Jones" for its antecedent: Jones was
    # typed an organisation)
    assert source([[JONES_PROVINCE]]) == [("Jones", "person", None, "Canadian Press")]


def test_a_government_agencys_report_comes_through_no_outlet():
    # ("agency" is an outlet word only in a name or as a media noun: the via was "agency")
    assert [(name, via) for name, _, _, via in source([[AGENCY_REPORT]])] == [("The agency", None)]
