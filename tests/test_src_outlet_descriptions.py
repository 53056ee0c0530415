"""A media noun for an outlet ("the newspaper reported", "the network said") is the outlet of that
kind the article last named, as a source and as the channel; on the trees the shipped parser
gave these sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The New York Times first reported the plan on Monday .
TIMES_REPORTED: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("New", "New", "ADJ", 3, "amod", "Degree=Pos"),
    ("York", "York", "PROPN", 3, "compound", "Number=Sing"),
    ("Times", "Times", "PROPN", 5, "nsubj", "Number=Sing"),
    ("first", "first", "ADV", 5, "advmod", "NumForm=Word|NumType=Ord"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 5, "obj", "Number=Sing"),
    ("on", "on", "ADP", 9, "case", ""),
    ("Monday", "Monday", "PROPN", 5, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# CNN aired the interview on Sunday .
CNN_AIRED: list[FeatRow] = [
    ("CNN", "CNN", "PROPN", 1, "nsubj", "Number=Sing"),
    ("aired", "air", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("interview", "interview", "NOUN", 1, "obj", "Number=Sing"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Sunday", "Sunday", "PROPN", 3, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The minister is expected to resign , the newspaper reported .
NEWSPAPER_REPORTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("expected", "expect", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 5, "mark", ""),
    ("resign", "resign", "VERB", 3, "xcomp", "VerbForm=Inf"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("newspaper", "newspaper", "NOUN", 9, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def source(paragraphs: list[list[list[FeatRow]]]) -> list[tuple[str, str, str | None, str | None]]:
    r = resolve(paragraphs)  # type: ignore[arg-type]
    return [
        (q.speaker.name, q.speaker.type, q.speaker.resolved_by, q.via.name if q.via else None)
        for q in r.quotes
        if q.speaker
    ]


def test_the_newspaper_is_the_newspaper_named_before():
    # (a network named in between is no newspaper)
    assert source([[TIMES_REPORTED], [CNN_AIRED], [NEWSPAPER_REPORTED]]) == [
        ("The New York Times", "organization", "definite-description", "The New York Times")
    ]


def test_the_newspaper_with_none_named_is_an_unnamed_outlet():
    assert source([[CNN_AIRED], [NEWSPAPER_REPORTED]]) == [("the newspaper", "organization", None, "the newspaper")]
