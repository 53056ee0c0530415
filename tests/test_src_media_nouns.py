"""A lower-case head noun is an outlet speaker only when it names the media ("state television
said"); "records", "review", "post" are outlets only as part of a capitalised name ("the
Record"), so "lobbying records show" is a document of an organisation, not a channel."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _according_to(noun: str, lemma: str, modifier: str) -> list[FeatRow]:
    # "The firm paid $ 1 million , according to <modifier> <noun> ."
    return [
        ("The", "the", "DET", 1, "det", ""),
        ("firm", "firm", "NOUN", 2, "nsubj", ""),
        ("paid", "pay", "VERB", -1, "root", FIN),
        ("$", "$", "SYM", 2, "obj", ""),
        ("1", "1", "NUM", 5, "compound", ""),
        ("million", "million", "NUM", 3, "nummod", ""),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("according", "accord", "VERB", 10, "case", ""),
        ("to", "to", "ADP", 7, "fixed", ""),
        (modifier, modifier.lower(), "NOUN", 10, "compound", ""),
        (noun, lemma, "NOUN", 2, "obl", ""),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]


def test_records_are_a_document_not_an_outlet():
    r = resolve([[_according_to("records", "record", "lobbying")]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.type == "organization"
    assert q.via is None


def test_state_television_is_still_an_outlet():
    r = resolve([[_according_to("television", "television", "state")]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.type == "organization"
    assert q.via is not None


# " We need guys who have been in big games , " Ujiri said at the team 's media day in September .
MEDIA_DAY: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("need", "need", "VERB", 13, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("guys", "guy", "NOUN", 2, "obj", "Number=Plur"),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("have", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 9, "cop", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 9, "case", ""),
    ("big", "big", "ADJ", 9, "amod", "Degree=Pos"),
    ("games", "game", "NOUN", 13, "ccomp", "Number=Plur"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("Ujiri", "Ujiri", "PROPN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 19, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 19, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 16, "case", ""),
    ("media", "media", "NOUN", 19, "compound", "Number=Sing"),
    ("day", "day", "NOUN", 13, "obl", "Number=Sing"),
    ("in", "in", "ADP", 21, "case", ""),
    ("September", "September", "PROPN", 19, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 13, "punct", ""),
]


def test_a_media_noun_that_modifies_another_noun_is_no_channel():
    # ("said at the team's media day": an event, not an outlet)
    [q] = resolve([[MEDIA_DAY]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and q.speaker.name == "Ujiri" and q.via is None
