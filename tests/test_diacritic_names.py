"""Names of people the article gives in forms English copy rarely uses: a name whose "s" follows a
letter English lacks is no plural class ("Lanús said", with the tagger's Number=Plur:
sources/entities._plural_class), and a trade before a name with an age after it is a person's
trade, not a company's kind ("Sewing operator Rina Akter, 23, said": apposed_bodies.trade_of_person,
descriptions.age_follows) (session 46, from fresh articles). The trees are the shipped parser's
for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# "There is no money," Lanús said.
LANUS: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##There", "there", "PRON", 2, "expl", ""),
    ("is", "be", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("no", "no", "DET", 4, "det", "PronType=Neg"),
    ("money", "money", "NOUN", 2, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("Lanús", "Lanús", "PROPN", 8, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


# Sewing operator Rina Akter, 23, said she and three colleagues broke a window.
AKTER: list[FeatRow] = [
    ("Sewing", "sewing", "ADJ", 1, "amod", "Degree=Pos"),
    ("operator", "operator", "NOUN", 3, "compound", "Number=Sing"),
    ("Rina", "Rina", "PROPN", 3, "compound", "Number=Sing"),
    ("Akter", "Akter", "PROPN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("23", "23", "NUM", 3, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 12, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("three", "three", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("colleagues", "colleague", "NOUN", 12, "nsubj", "Number=Plur"),
    ("broke", "break", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("window", "window", "NOUN", 12, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Ferry operator Blue Star Lines said the service would resume.
FERRY: list[FeatRow] = [
    ("Ferry", "ferry", "PROPN", 4, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 4, "compound", "Number=Sing"),
    ("Blue", "Blue", "ADJ", 4, "amod", "Degree=Pos"),
    ("Star", "Star", "PROPN", 4, "compound", "Number=Sing"),
    ("Lines", "Lines", "PROPN", 5, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("service", "service", "NOUN", 9, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("resume", "resume", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def test_a_name_with_a_diacritic_before_its_s_is_a_persons():
    [q] = resolve([[LANUS]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Lanús", "person")


def test_a_trade_before_a_name_with_an_age_is_a_persons():
    [q] = resolve([[AKTER]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Rina Akter", "person")


def test_guard_a_business_kind_before_a_name_without_an_age_stays_a_body():
    [q] = resolve([[FERRY]]).quotes
    assert q.speaker is not None and q.speaker.type == "organization"
