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


# MUMBAI: Tata Motors will cut about 1,200 jobs, the company said on Monday.
MUMBAI_TRAILING: list[FeatRow] = [
    ("MUMBAI", "Mumbai", "PROPN", 12, "nsubj", "Number=Sing"),
    (":", ":", "PUNCT", 5, "punct", ""),
    ("Tata", "Tata", "PROPN", 3, "compound", "Number=Sing"),
    ("Motors", "Motor", "PROPN", 5, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 5, "aux", "VerbForm=Fin"),
    ("cut", "cut", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("about", "about", "ADV", 7, "advmod", ""),
    ("1,200", "1200", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("jobs", "job", "NOUN", 5, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Monday", "Monday", "PROPN", 12, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 12, "punct", ""),
]


# MUMBAI: Tata Motors chief Jane Roe said on Monday the firm would cut jobs.
MUMBAI_NAME: list[FeatRow] = [
    ("MUMBAI", "Mumbai", "PROPN", 13, "nsubj", "Number=Sing"),
    (":", ":", "PUNCT", 6, "punct", ""),
    ("Tata", "Tata", "PROPN", 4, "compound", "Number=Sing"),
    ("Motors", "Motor", "PROPN", 4, "compound", "Number=Plur"),
    ("chief", "chief", "NOUN", 6, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 6, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 0, "appos", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 9, "case", ""),
    ("Monday", "Monday", "PROPN", 7, "obl", "Number=Sing"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 13, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("cut", "cut", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("jobs", "job", "NOUN", 13, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 0, "punct", ""),
]


def test_a_dateline_with_a_colon_is_not_part_of_what_was_said():
    [q] = resolve([[MUMBAI_TRAILING]]).quotes  # type: ignore[list-item]
    assert q.text == "Tata Motors will cut about 1,200 jobs"
    assert q.speaker is not None and q.speaker.text == "the company"


def test_a_dateline_hung_on_the_reported_clause_gives_the_name_to_the_cue():
    # the place the subject of "cut" (which has its own subject, "the firm") and the name its
    # apposition: the name is the subject of "said", between them
    [q] = resolve([[MUMBAI_NAME]]).quotes  # type: ignore[list-item]
    assert q.text == "the firm would cut jobs"
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name) == ("Tata Motors chief Jane Roe", "Jane Roe")
