"""Gender learnt from the article's own pronouns (sources/pronouns.py: learn_genders), on
hand-built parses."""

from __future__ import annotations

from parse_helpers import Row
from source_helpers import resolve, said

# "When Sarah McBride took the stage , she spoke ." - the name is the subject of an adverbial
# clause, not of the main one; the "she" after it is still hers
WHEN_SHE_SPOKE: list[Row] = [
    ("When", "when", "ADV", 3, "advmod"),
    ("Sarah", "Sarah", "PROPN", 2, "flat"),
    ("McBride", "McBride", "PROPN", 3, "nsubj"),
    ("took", "take", "VERB", 8, "advcl"),
    ("the", "the", "DET", 5, "det"),
    ("stage", "stage", "NOUN", 3, "obj"),
    (",", ",", "PUNCT", 3, "punct"),
    ("she", "she", "PRON", 8, "nsubj"),
    ("spoke", "speak", "VERB", -1, "root"),
    (".", ".", "PUNCT", 8, "punct"),
]


def test_he_is_not_a_woman_named_as_the_subject_of_an_adverbial_clause():
    result = resolve([[WHEN_SHE_SPOKE], [said(("He", "PRON"))]])
    [q] = result.quotes
    assert q.speaker is None or q.speaker.name != "Sarah McBride"


def test_she_still_finds_her():
    result = resolve([[WHEN_SHE_SPOKE], [said(("She", "PRON"))]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.name == "Sarah McBride"
