"""Broadcast and money shapes (session 37): "Speaking to KCUR, the ... radio station, last week,
a grain elevator manager in Meade County said" with two repairs each giving "said" a subject
(the manager, the station): the first repair's subject wins (subject_repairs._second_subject);
"told WBUR" / "speaking to KCUR": a North American call sign is an outlet (via._CALL_SIGN); "the
film cost about $62 million" with "cost" read as a noun: tagged a verb between the tagger and the
parser (pretags.cost_verbs), the clause is a report. No model needed: the trees the shipped
parser gave."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Speaking to KCUR , the Kansas City public radio station , last week , a grain elevator manager in Meade County said the harvest was poor .
KCUR: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 21, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("KCUR", "KCUR", "PROPN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Kansas", "Kansas", "PROPN", 9, "compound", "Number=Sing"),
    ("City", "City", "PROPN", 9, "compound", "Number=Sing"),
    ("public", "public", "ADJ", 9, "amod", "Degree=Pos"),
    ("radio", "radio", "NOUN", 9, "compound", "Number=Sing"),
    ("station", "station", "NOUN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("last", "last", "ADJ", 12, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 9, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("grain", "grain", "NOUN", 17, "compound", "Number=Sing"),
    ("elevator", "elevator", "NOUN", 17, "compound", "Number=Sing"),
    ("manager", "manager", "NOUN", 9, "conj", "Number=Sing"),
    ("in", "in", "ADP", 20, "case", ""),
    ("Meade", "Meade", "PROPN", 20, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 17, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("harvest", "harvest", "ADJ", 25, "nsubj", "Degree=Sup"),
    ("was", "be", "AUX", 25, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("poor", "poor", "ADJ", 21, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 21, "punct", ""),
]

# Tom Reyes told WBUR that the harvest was poor .
WBUR: list[FeatRow] = [
    ("Tom", "Tom", "PROPN", 1, "compound", "Number=Sing"),
    ("Reyes", "Reyes", "PROPN", 2, "nsubj", "Number=Plur"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("WBUR", "wbur", "NOUN", 2, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("harvest", "harvest", "ADJ", 8, "nsubj", "Degree=Sup"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("poor", "poor", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The studio said that the film cost about $ 62 million to make .
FILM_COST: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("studio", "studio", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("film", "film", "NOUN", 6, "nsubj", "Number=Sing"),
    ("cost", "cost", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 8, "case", ""),
    ("$", "$", "SYM", 6, "obl", ""),
    ("62", "62", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("to", "to", "PART", 12, "mark", ""),
    ("make", "make", "VERB", 6, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_noun_phrase_after_a_fronted_participles_asides_is_the_speaker_not_the_aside():
    result = resolve([[KCUR]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.text == "a grain elevator manager in Meade County"
    assert q.via is not None and q.via.name == "KCUR"


def test_a_call_sign_told_is_the_outlet_the_statement_came_through():
    [q] = resolve([[WBUR]]).quotes
    assert q.speaker is not None and q.speaker.text == "Tom Reyes"
    assert q.via is not None and (q.via.name, q.via.known) == ("WBUR", False)


def test_what_a_film_cost_is_reported_speech():
    [q] = resolve([[FILM_COST]]).quotes
    assert q.text.startswith("that the film cost about $ 62 million")
    assert q.speaker is not None and q.speaker.text == "The studio"
