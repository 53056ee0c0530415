"""A claim measured in a poll is the poll's finding ("Clinton led Sanders by 20 points in an NBC
News poll": rules/patterns/in-poll.yaml, lexicon poll_nouns), not a modifier's ("Voters surveyed
in the poll were split"); and an outlet's full name is not another outlet's short form ("a new
Fox News poll" after "NBC News": sources.entities._outlet_named_before). Trees the shipped
parser produced for sentences written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Clinton led Sanders by 20 points in an NBC News poll .
NBC_POLL: list[FeatRow] = [
    ("Clinton", "Clinton", "PROPN", 1, "nsubj", "Number=Sing"),
    ("led", "lead", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Sanders", "Sanders", "PROPN", 1, "obj", "Number=Sing"),
    ("by", "by", "ADP", 5, "case", ""),
    ("20", "20", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("points", "point", "NOUN", 1, "obl", "Number=Plur"),
    ("in", "in", "ADP", 10, "case", ""),
    ("an", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("NBC", "NBC", "ADJ", 10, "amod", "Degree=Pos"),
    ("News", "News", "PROPN", 10, "compound", "Number=Sing"),
    ("poll", "poll", "NOUN", 1, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# Voters surveyed in the poll were split on the plan .
SURVEYED_IN: list[FeatRow] = [
    ("Voters", "voter", "NOUN", 1, "nsubj", "Number=Plur"),
    ("surveyed", "survey", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("poll", "poll", "NOUN", 6, "nsubj:pass", "Number=Sing"),
    ("were", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("split", "split", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# Donald Trump achieved 45 percent support in a new Fox News poll .
FOX_POLL: list[FeatRow] = [
    ("Donald", "Donald", "PROPN", 1, "compound", "Number=Sing"),
    ("Trump", "Trump", "PROPN", 2, "nsubj", "Number=Sing"),
    ("achieved", "achieve", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("45", "45", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 5, "compound", "Number=Sing"),
    ("support", "support", "NOUN", 2, "obj", "Number=Sing"),
    ("in", "in", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 11, "amod", "Degree=Pos"),
    ("Fox", "Fox", "PROPN", 11, "compound", "Number=Sing"),
    ("News", "News", "PROPN", 11, "compound", "Number=Sing"),
    ("poll", "poll", "NOUN", 2, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_claim_measured_in_a_poll_is_the_polls():
    [q] = resolve([[NBC_POLL]]).quotes  # type: ignore[list-item]
    assert (q.text, q.rule) == ("Clinton led Sanders by 20 points", "in-poll")
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("NBC News", "organization")


def test_a_modifier_in_a_poll_claims_nothing():
    assert resolve([[SURVEYED_IN]]).quotes == []  # type: ignore[list-item]


def test_one_outlets_poll_is_not_anothers():
    r = resolve([[NBC_POLL], [FOX_POLL]])  # type: ignore[list-item]
    assert [q.speaker.name for q in r.quotes if q.speaker] == ["NBC News", "Fox News"]
