"""A dateline is never a speaker: "OTTAWA — Finance Minister Jane Roe said ..." with the place
in capitals parsed as the subject and the name after the dash hung on it
(attribution.modifiers.dateline_subject); and a speaker's phrase never reaches back past a dash
(sources.mentions). The tree the shipped parser produced for a sentence written for this test."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# OTTAWA — Finance Minister Jane Roe said on Friday that the budget would balance .
DATELINE: list[FeatRow] = [
    ("OTTAWA", "Ottawa", "PROPN", 6, "nsubj", "Number=Sing"),
    ("—", "—", "PUNCT", 0, "punct", ""),
    ("Finance", "Finance", "PROPN", 5, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 5, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 5, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 0, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Friday", "Friday", "PROPN", 6, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 13, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("balance", "balance", "VERB", 6, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def test_a_dateline_place_is_not_the_speaker():
    [q] = resolve([[DATELINE]]).quotes  # type: ignore[list-item]
    assert q.text == "that the budget would balance"
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name, q.speaker.type) == ("Finance Minister Jane Roe", "Jane Roe", "person")
