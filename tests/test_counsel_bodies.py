"""Lawyers for a body the article named are the body speaking ("attorneys for the department",
the sources labels' unnamed spokespeople), even when no word of its name says it is one
("Vantrix, a cryptocurrency exchange"); a person's lawyers stay unnamed people
(sources/spokespeople.spoken_for, _counsel; session 45, from a fresh article). A release sent
from a body is the body's (sources/documents.py). The trees are the shipped parser's for these
invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Vantrix, a cryptocurrency exchange, collapsed in May.
EXCHANGE: list[FeatRow] = [
    ("Vantrix", "Vantrix", "PROPN", -1, "root", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("cryptocurrency", "cryptocurrency", "NOUN", 4, "compound", "Number=Sing"),
    ("exchange", "exchange", "NOUN", 0, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("collapsed", "collapse", "VERB", 4, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 8, "case", ""),
    ("May", "May", "PROPN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]
# In a statement, lawyers for Vantrix said the company had kept customer assets segregated.
LAWYERS_FOR_BODY: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 7, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("lawyers", "lawyer", "NOUN", 7, "nsubj", "Number=Plur"),
    ("for", "for", "ADP", 6, "case", ""),
    ("Vantrix", "Vantrix", "PROPN", 4, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("kept", "keep", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("customer", "customer", "NOUN", 13, "compound", "Number=Sing"),
    ("assets", "asset", "NOUN", 11, "obj", "Number=Plur"),
    ("segregated", "segregate", "VERB", 11, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# Norman Hale was charged in May.
CHARGED: list[FeatRow] = [
    ("Norman", "Norman", "PROPN", 1, "compound", "Number=Sing"),
    ("Hale", "Hale", "PROPN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("charged", "charge", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 5, "case", ""),
    ("May", "May", "PROPN", 3, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Lawyers for Hale said he was innocent.
LAWYERS_FOR_PERSON: list[FeatRow] = [
    ("Lawyers", "lawyer", "NOUN", 3, "nsubj", "Number=Plur"),
    ("for", "for", "ADP", 2, "case", ""),
    ("Hale", "Hale", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 6, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("innocent", "innocent", "ADJ", 3, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Its lawyers said the company would fight the claims.
ITS_LAWYERS: list[FeatRow] = [
    ("Its", "its", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("lawyers", "lawyer", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("fight", "fight", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("claims", "claim", "NOUN", 6, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# A release sent to media from UFCW Local 832 late Friday said a majority of the 68 workers voted to join the union.
RELEASE_FROM: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("release", "release", "NOUN", 2, "nsubj", "Number=Sing"),
    ("sent", "send", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("media", "media", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("from", "from", "ADP", 8, "case", ""),
    ("UFCW", "UFCW", "PROPN", 8, "compound", "Number=Sing"),
    ("Local", "local", "PROPN", 8, "compound", "Number=Sing"),
    ("832", "832", "PROPN", 4, "obl", "Number=Sing"),
    ("late", "late", "ADJ", 10, "amod", "Degree=Pos"),
    ("Friday", "Friday", "PROPN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("majority", "majority", "NOUN", 11, "obj", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("68", "68", "NUM", 17, "nummod", "NumForm=Digit|NumType=Card"),
    ("workers", "worker", "NOUN", 13, "nmod", "Number=Plur"),
    ("voted", "vote", "VERB", 13, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 20, "mark", ""),
    ("join", "join", "VERB", 18, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 20, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_lawyers_for_a_body_known_from_its_description_are_the_body():
    r = resolve([[EXCHANGE], [LAWYERS_FOR_BODY]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type, q.speaker.anonymity) == (
        "Vantrix",
        "organization",
        "organization",
    )


def test_guard_lawyers_for_a_person_are_unnamed_people():
    r = resolve([[CHARGED], [LAWYERS_FOR_PERSON]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("anonymous", "anonymous")


def test_its_lawyers_are_the_body_not_a_persons():
    r = resolve([[EXCHANGE], [ITS_LAWYERS]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and q.speaker.type == "organization"


def test_a_release_sent_from_a_body_is_the_bodys():
    # (documents._SENT_FROM: "sent to media from UFCW Local 832", the local's number too)
    r = resolve([[RELEASE_FROM]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("UFCW Local 832", "organization")
