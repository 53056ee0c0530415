"""A quantity of people keeps the level of the people it counts (sources labels: "several"/"some"
keep the head noun's level): "most voters" and "an increasing number of Democrats" are vague,
"a handful of aides" anonymous; "numbers from Statistics Canada" are no people. On the trees the
shipped parser gave these sentences."""

from __future__ import annotations

from parse_helpers import FeatRow, sentence
from source_helpers import resolve

from provenance.sources.mentions import describe
from provenance.syntax.tree import WordRef

# Most voters say the economy is weak .
MOST_VOTERS: list[FeatRow] = [
    ("Most", "most", "ADJ", 1, "amod", "Degree=Sup"),
    ("voters", "voter", "NOUN", 2, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("economy", "economy", "NOUN", 6, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("weak", "weak", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# An increasing number of Democrats say the party must change .
NUMBER_OF_DEMOCRATS: list[FeatRow] = [
    ("An", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("increasing", "increase", "VERB", 2, "amod", "VerbForm=Ger"),
    ("number", "number", "NOUN", 5, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Democrats", "Democrat", "PROPN", 2, "nmod", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 9, "nsubj", "Number=Sing"),
    ("must", "must", "AUX", 9, "aux", "VerbForm=Fin"),
    ("change", "change", "VERB", 5, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# A handful of aides said the campaign was in trouble .
HANDFUL_OF_AIDES: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("handful", "handful", "NOUN", 4, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("aides", "aide", "NOUN", 1, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("campaign", "campaign", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 9, "case", ""),
    ("trouble", "trouble", "NOUN", 4, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The most recent numbers from Statistics Canada show that prices rose .
NUMBERS_FROM: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("most", "most", "ADV", 2, "advmod", "Degree=Sup"),
    ("recent", "recent", "ADJ", 3, "amod", "Degree=Pos"),
    ("numbers", "number", "NOUN", 7, "nsubj", "Number=Plur"),
    ("from", "from", "ADP", 6, "case", ""),
    ("Statistics", "Statistics", "PROPN", 6, "compound", "Number=Plur"),
    ("Canada", "Canada", "PROPN", 3, "nmod", "Number=Sing"),
    ("show", "show", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("prices", "price", "NOUN", 10, "nsubj", "Number=Plur"),
    ("rose", "rise", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


def level(rows: list[FeatRow]) -> list[tuple[str, str, str]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [(q.speaker.name, q.speaker.type, q.speaker.anonymity) for q in r.quotes if q.speaker]


def test_most_of_a_loose_class_is_vague():
    # ("Most" is tagged an adjective: it was read as a description placing the voters)
    assert level(MOST_VOTERS) == [("Most voters", "anonymous", "vague")]


def test_a_number_of_a_loose_class_is_vague():
    assert level(NUMBER_OF_DEMOCRATS) == [("An increasing number of Democrats", "anonymous", "vague")]


def test_a_handful_of_aides_are_as_anonymous_as_aides():
    assert level(HANDFUL_OF_AIDES) == [("A handful of aides", "anonymous", "anonymous")]


def test_numbers_from_an_agency_are_no_quantity_of_people():
    # (the description of "numbers" is the numbers, not the agency in its "from" phrase)
    s = sentence(NUMBERS_FROM)
    numbers = next(w.index for w in s.words if w.text == "numbers")
    mention = describe(WordRef(s, numbers), " ".join(w.text for w in s.words))
    assert s.words[mention.head].text == "numbers"
