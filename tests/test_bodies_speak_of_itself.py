"""A name with nothing of a person's that speaks of itself as "it" is an organisation's
("Rheinmark said it would not appeal", "Starfall Adventure Park said it was deeply saddened"),
and a name ending in a country of two words is a body's ("Immigration New Zealand"); a surname
of a person named in full stays the person's (sources/statement_cues.names_itself_it,
table.is_org_name; session 46, from fresh articles). The trees are the shipped parser's for these
invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Rheinmark said it would not appeal.
LONE: list[FeatRow] = [
    ("Rheinmark", "Rheinmark", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("appeal", "appeal", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# Starfall Adventure Park said it was deeply saddened by the accident.
PARK: list[FeatRow] = [
    ("Starfall", "Starfall", "PROPN", 2, "compound", "Number=Sing"),
    ("Adventure", "Adventure", "PROPN", 2, "compound", "Number=Sing"),
    ("Park", "Park", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 7, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("deeply", "deeply", "ADV", 7, "advmod", ""),
    ("saddened", "sadden", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("accident", "accident", "NOUN", 7, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Immigration New Zealand said the ballot was random.
COUNTRY: list[FeatRow] = [
    ("Immigration", "Immigration", "PROPN", 3, "nsubj", "Number=Sing"),
    ("New", "New", "ADJ", 2, "amod", "Degree=Pos"),
    ("Zealand", "Zealand", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("ballot", "ballot", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("random", "random", "ADJ", 3, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Councillor Mike McFadden spoke first.
COUNCILLOR: list[FeatRow] = [
    ("Councillor", "Councillor", "PROPN", 2, "compound", "Number=Sing"),
    ("Mike", "Mike", "PROPN", 2, "compound", "Number=Sing"),
    ("McFadden", "McFadden", "PROPN", 3, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("first", "first", "ADV", 3, "advmod", "NumForm=Word|NumType=Ord"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# McFadden said it would not appeal.
SURNAME: list[FeatRow] = [
    ("McFadden", "McFadden", "PROPN", 1, "nsubj", "Number=Sing"),
    *LONE[1:],
]


def _speaker(paragraphs: list) -> tuple[str, str, str]:
    q = resolve(paragraphs).quotes[-1]
    assert q.speaker is not None
    return q.speaker.name or "", q.speaker.type, q.speaker.anonymity


def test_a_lone_name_speaking_of_itself_as_it_is_an_organisation():
    assert _speaker([[LONE]]) == ("Rheinmark", "organization", "organization")


def test_a_longer_name_speaking_of_itself_as_it_is_an_organisation():
    assert _speaker([[PARK]]) == ("Starfall Adventure Park", "organization", "organization")


def test_a_name_ending_in_a_two_word_country_is_a_body():
    assert _speaker([[COUNTRY]])[1:] == ("organization", "organization")


def test_guard_a_surname_of_a_person_named_in_full_stays_the_person():
    assert _speaker([[COUNCILLOR], [SURNAME]]) == ("Mike McFadden", "person", "named")


# The report criticised the Civil Aviation Authority of Nepal.
AUTHORITY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 2, "nsubj", "Number=Sing"),
    ("criticised", "criticise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Civil", "Civil", "ADJ", 6, "amod", "Degree=Pos"),
    ("Aviation", "Aviation", "PROPN", 6, "compound", "Number=Sing"),
    ("Authority", "Authority", "PROPN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("Nepal", "Nepal", "PROPN", 6, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Bishnu Prasad Ghimire, spokesperson for the authority, said it would study the recommendations.
SPOKESPERSON: list[FeatRow] = [
    ("Bishnu", "Bishnu", "PROPN", 2, "compound", "Number=Sing"),
    ("Prasad", "Prasad", "PROPN", 2, "compound", "Number=Sing"),
    ("Ghimire", "Ghimire", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("spokesperson", "spokesperson", "NOUN", 2, "appos", "Number=Sing"),
    ("for", "for", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 12, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("study", "study", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("recommendations", "recommendation", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]


def test_a_name_whose_post_is_a_bodys_voice_is_a_person_though_it_is_said():
    # (session 48: "it" is the authority the spokesperson speaks for, not the name; with the
    # authority named before, the name read as a body's)
    r = resolve([[AUTHORITY], [SPOKESPERSON]])
    q = r.quotes[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Bishnu Prasad Ghimire", "person")
