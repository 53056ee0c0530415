"""Delayed identification (sources/delayed.py): a described speaker whom the very next sentence
names as a new person who speaks is that person; not a source word, not someone the article
named before, not a person given a role of another kind. Trees as the shipped parser builds
them for these invented sentences (no model needed)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _described(noun: str) -> list[FeatRow]:
    # "A top <noun> says the plan works ."
    return [
        ("A", "a", "DET", 2, "det", ""),
        ("top", "top", "ADJ", 2, "amod", ""),
        (noun, noun, "NOUN", 3, "nsubj", "Number=Sing"),
        ("says", "say", "VERB", -1, "root", PRES),
        ("the", "the", "DET", 5, "det", ""),
        ("plan", "plan", "NOUN", 6, "nsubj", ""),
        ("works", "work", "VERB", 3, "ccomp", PRES),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]


SPOKE: list[FeatRow] = [
    # "Ed Brookover spoke to reporters ."
    ("Ed", "Ed", "PROPN", 1, "compound", ""),
    ("Brookover", "Brookover", "PROPN", 2, "nsubj", ""),
    ("spoke", "speak", "VERB", -1, "root", PAST),
    ("to", "to", "ADP", 4, "case", ""),
    ("reporters", "reporter", "NOUN", 2, "obl", ""),
    (".", ".", "PUNCT", 2, "punct", ""),
]

SPOKE_AS_NEIGHBOUR: list[FeatRow] = [
    # "Ed Brookover , a neighbour , spoke to reporters ."
    ("Ed", "Ed", "PROPN", 1, "compound", ""),
    ("Brookover", "Brookover", "PROPN", 6, "nsubj", ""),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("a", "a", "DET", 4, "det", ""),
    ("neighbour", "neighbour", "NOUN", 1, "appos", ""),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("spoke", "speak", "VERB", -1, "root", PAST),
    ("to", "to", "ADP", 8, "case", ""),
    ("reporters", "reporter", "NOUN", 6, "obl", ""),
    (".", ".", "PUNCT", 6, "punct", ""),
]

ARRIVED: list[FeatRow] = [
    # "Ed Brookover arrived ."
    ("Ed", "Ed", "PROPN", 1, "compound", ""),
    ("Brookover", "Brookover", "PROPN", 2, "nsubj", ""),
    ("arrived", "arrive", "VERB", -1, "root", PAST),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def _speaker(paragraphs: list[list[list[FeatRow]]]):
    r = resolve(paragraphs)  # type: ignore[arg-type]
    (q,) = [q for q in r.quotes if q.text == "the plan works"]
    assert q.speaker is not None
    return q.speaker


def test_a_described_speaker_named_in_the_next_sentence_is_that_person():
    speaker = _speaker([[_described("adviser"), SPOKE]])
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Ed Brookover", "person", "named")
    assert speaker.resolved_by == "named-next" and speaker.role == "top adviser"


def test_the_next_paragraph_counts_too():
    assert _speaker([[_described("adviser")], [SPOKE]]).name == "Ed Brookover"


def test_a_source_word_stays_anonymous():
    speaker = _speaker([[_described("official"), SPOKE]])
    assert speaker.type == "anonymous" and speaker.resolved_by is None


def test_a_person_with_a_role_of_another_kind_is_someone_else():
    speaker = _speaker([[_described("adviser"), SPOKE_AS_NEIGHBOUR]])
    assert speaker.type == "anonymous"


def test_a_person_the_article_named_before_is_not_the_description():
    speaker = _speaker([[ARRIVED], [_described("adviser"), SPOKE]])
    assert speaker.type == "anonymous"
