"""Two people whose surnames differ by a letter ("Jacinta Allan", "Belinda Allen") share no
surname: "Ms Allen" is the economist, not the premier named first (TableBase.first_of_shared_surname
takes a surname letter for letter). No model needed: each tree is the shape the shipped parser
produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Premier Jacinta Allan said the budget was fair .
ALLAN: list[FeatRow] = [
    ("Premier", "Premier", "PROPN", 2, "compound", "Number=Sing"),
    ("Jacinta", "Jacinta", "PROPN", 2, "compound", "Number=Sing"),
    ("Allan", "Allan", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Commonwealth Bank economist Belinda Allen said debt was a concern .
ALLEN: list[FeatRow] = [
    ("Commonwealth", "Commonwealth", "PROPN", 2, "compound", "Number=Sing"),
    ("Bank", "Bank", "PROPN", 2, "compound", "Number=Sing"),
    ("economist", "economist", "NOUN", 4, "compound", "Number=Sing"),
    ("Belinda", "Belinda", "PROPN", 4, "compound", "Number=Sing"),
    ("Allen", "Allen", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("debt", "debt", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("concern", "concern", "NOUN", 5, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# According to Ms Allen , the rating is not coming back any time soon .
MS_ALLEN: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 0, "fixed", ""),
    ("Ms", "Ms", "PROPN", 3, "compound", "Number=Sing"),
    ("Allen", "Allen", "PROPN", 9, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("rating", "rating", "NOUN", 9, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("coming", "come", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("back", "back", "ADP", 9, "compound:prt", ""),
    ("any", "any", "DET", 12, "det", "PronType=Ind"),
    ("time", "time", "NOUN", 9, "obj", "Number=Sing"),
    ("soon", "soon", "ADV", 9, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 9, "punct", ""),
]


def test_a_surname_a_letter_apart_is_someone_else():
    r = resolve([[ALLAN, ALLEN, MS_ALLEN]])  # type: ignore[list-item]
    assert [q.speaker.name if q.speaker else None for q in r.quotes] == [
        "Jacinta Allan",
        "Belinda Allen",
        "Belinda Allen",
    ]
