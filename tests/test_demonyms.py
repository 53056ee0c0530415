"""A person of a nation as a second reference ("Mikel Arteta praised his players. '...,' the
Spaniard said"): the person named before, described so (``demonyms.yaml``; attribution/retags.py
tags the word a noun, sources/unnamed.py links it); "the American people" stays a group. No model
needed: each tree is the shape the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Mikel Arteta praised his players .
PRAISED: list[FeatRow] = [
    ("Mikel", "Mikel", "PROPN", 1, "compound", "Number=Sing"),
    ("Arteta", "Arteta", "PROPN", 2, "nsubj", "Number=Sing"),
    ("praised", "praise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("players", "player", "NOUN", 2, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# " We were brilliant , " the Spaniard said .
SPANIARD: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("were", "be", "AUX", 3, "cop", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("brilliant", "brilliant", "ADJ", 8, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Spaniard", "Spaniard", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# The Dane added that he had been worried at half - time .
DANE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Dane", "Dane", "PROPN", 2, "nsubj", "Number=Sing"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("he", "he", "PRON", 7, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 7, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("worried", "worry", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("at", "at", "ADP", 11, "case", ""),
    ("half", "half", "NOUN", 11, "compound", "NumForm=Word|NumType=Frac|Number=Sing"),
    ("-", "-", "PUNCT", 9, "punct", ""),
    ("time", "time", "NOUN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The American people said they wanted change .
PEOPLE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("American", "American", "ADJ", 2, "amod", "Degree=Pos"),
    ("people", "person", "NOUN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("wanted", "want", "VERB", 3, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("change", "change", "NOUN", 5, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def _speakers(*sentences: list[FeatRow]) -> list[tuple[str | None, str | None, str | None]]:
    r = resolve([[list(s) for s in sentences]])  # type: ignore[list-item]
    return [(q.speaker.name, q.speaker.type, q.speaker.role) for q in r.quotes if q.speaker is not None]


def test_the_spaniard_and_the_dane_are_the_person_named_before():
    assert _speakers(PRAISED, SPANIARD)[-1] == ("Mikel Arteta", "person", "Spaniard")
    assert _speakers(PRAISED, DANE)[-1] == ("Mikel Arteta", "person", "Dane")


def test_a_demonym_before_a_noun_is_its_adjective():
    assert _speakers(PRAISED, PEOPLE)[-1] == ("The American people", "anonymous", None)
