"""A trade that is also a kind of business (``person_trades``: operator, developer, publisher)
beside a given name and a surname is the person's ("Jane Doe, a machine operator", "Crane operator
John Roe"); beside any other name it still makes an organisation ("Telecom operator Vodafone")
(sources/apposed_bodies.trade_of_person). No model needed: each tree is the shape the shipped parser
produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Jane Doe , a machine operator , said she was tired .
DOE: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Doe", "Doe", "PROPN", 7, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("machine", "machine", "NOUN", 5, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 10, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("tired", "tired", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Crane operator John Roe said he was tired .
CRANE: list[FeatRow] = [
    ("Crane", "Crane", "PROPN", 1, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 3, "compound", "Number=Sing"),
    ("John", "John", "PROPN", 3, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 7, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("tired", "tired", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Telecom operator Vodafone said profits rose .
VODAFONE: list[FeatRow] = [
    ("Telecom", "Telecom", "PROPN", 1, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 3, "nsubj", "Number=Sing"),
    ("Vodafone", "Vodafone", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("profits", "profit", "NOUN", 5, "nsubj", "Number=Plur"),
    ("rose", "rise", "VERB", 3, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def _speaker(rows: list[FeatRow]) -> tuple[str | None, str | None]:
    [q] = resolve([[rows]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None
    return q.speaker.name, q.speaker.type


def test_a_trade_beside_a_persons_name_is_the_persons():
    assert _speaker(DOE) == ("Jane Doe", "person")
    assert _speaker(CRANE) == ("John Roe", "person")


def test_a_trade_beside_a_companys_name_still_makes_it_an_organisation():
    assert _speaker(VODAFONE) == ("Vodafone", "organization")
