"""Parties in news: a party's members in the plural behind "the" are people (vague), never one
person ("The Social Democrats said": sources/entities._plural_class); a party whose name says
nothing of what it is speaks as an organisation ("Alternative for Germany", "Forza Italia":
known_organizations.yaml); a body's name whose words the parse made conjuncts, its "and" on an
earlier one, is one name ("the England and Wales Cricket Board": coordinated_names.outlet_read_as_coordination).
No model needed: each tree is the shape the shipped parser produced for
the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The Social Democrats said the plan was fair .
SPD: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Social", "Social", "ADJ", 2, "amod", "Degree=Pos"),
    ("Democrats", "Democrat", "PROPN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The far - right Alternative for Germany said the budget was proof that the coalition had lost touch .
AFD: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("far", "far", "ADJ", 3, "amod", "Degree=Pos"),
    ("-", "-", "PUNCT", 1, "punct", ""),
    ("right", "right", "ADJ", 4, "amod", "Degree=Pos"),
    ("Alternative", "alternative", "PROPN", 7, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 6, "case", ""),
    ("Germany", "Germany", "PROPN", 4, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("proof", "proof", "ADJ", 7, "ccomp", "Degree=Pos"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("coalition", "coalition", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lost", "lose", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("touch", "touch", "NOUN", 16, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Forza Italia said the plan was fair .
FORZA: list[FeatRow] = [
    ("Forza", "Forza", "PROPN", 1, "compound", "Number=Sing"),
    ("Italia", "Italia", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# According to the England and Wales Cricket Board , a crowd of 28,000 attended the final day .
ECB: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("England", "England", "PROPN", 13, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("Wales", "Wales", "PROPN", 3, "conj", "Number=Plur"),
    ("Cricket", "Cricket", "PROPN", 3, "conj", "Number=Sing"),
    ("Board", "Board", "PROPN", 3, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("crowd", "crowd", "NOUN", 13, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("28,000", "28000", "NUM", 10, "nmod", "NumForm=Digit|NumType=Card"),
    ("attended", "attend", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("final", "final", "ADJ", 16, "amod", "Degree=Pos"),
    ("day", "day", "NOUN", 13, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 13, "punct", ""),
]


def _speaker(rows: list[FeatRow]) -> tuple[str | None, str | None]:
    [q] = resolve([[rows]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None
    return q.speaker.name, q.speaker.type


def test_a_partys_members_behind_the_are_people():
    assert _speaker(SPD) == ("The Social Democrats", "anonymous")


def test_a_party_whose_name_says_nothing_is_an_organisation():
    assert _speaker(AFD) == ("Alternative for Germany", "organization")
    assert _speaker(FORZA) == ("Forza Italia", "organization")


def test_a_bodys_name_split_into_conjuncts_is_one_name():
    assert _speaker(ECB) == ("England and Wales Cricket Board", "organization")
