"""A subject list of names the parser did not read as a coordination ("Sens. Tom Carper, Dianne
Feinstein, Patrick Leahy and Ben Cardin said" with "Feinstein" a ``list`` dependent of the
title) is one again, so every senator speaks; on the trees the shipped parser gave these
sentences."""

from __future__ import annotations

from parse_helpers import FeatRow, sentence
from source_helpers import resolve

from provenance.attribution.name_lists import name_list_subject

# Sens. Tom Carper , Dianne Feinstein , Patrick Leahy and Ben Cardin said they found the letter troubling .
SENATORS_SAID: list[FeatRow] = [
    ("Sens.", "Sens.", "PROPN", 2, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 2, "compound", "Number=Sing"),
    ("Carper", "Carper", "PROPN", 12, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("Dianne", "Dianne", "PROPN", 5, "compound", "Number=Sing"),
    ("Feinstein", "Feinstein", "PROPN", 0, "list", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("Patrick", "Patrick", "PROPN", 8, "compound", "Number=Sing"),
    ("Leahy", "Leahy", "PROPN", 5, "compound", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("Ben", "Ben", "PROPN", 11, "compound", "Number=Sing"),
    ("Cardin", "Cardin", "PROPN", 7, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 14, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("found", "find", "VERB", 12, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("letter", "letter", "NOUN", 17, "compound", "Number=Sing"),
    ("troubling", "troubling", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# Tom Carper , D - Del. , said the letter was troubling .
PARTY_TAG: list[FeatRow] = [
    ("Tom", "Tom", "PROPN", 1, "compound", "Number=Sing"),
    ("Carper", "Carper", "PROPN", 7, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("D", "D", "PROPN", 1, "flat", "Number=Sing"),
    ("-", "-", "PUNCT", 3, "punct", ""),
    ("Del.", "Del.", "PROPN", 1, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("letter", "letter", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("troubling", "trouble", "VERB", 7, "ccomp", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


def test_every_name_of_a_subject_list_speaks():
    r = resolve([[SENATORS_SAID]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None
    assert [r.entities[i].name for i in q.speaker.entities] == [
        "Tom Carper",
        "Dianne Feinstein",
        "Patrick Leahy",
        "Ben Cardin",
    ]


def test_a_name_with_a_party_tag_is_no_list():
    assert name_list_subject(sentence(PARTY_TAG)) == {}
