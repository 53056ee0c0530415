"""Commitments made in words (rules/patterns/commissive-to.yaml), on hand-built parses."""

from __future__ import annotations

from parse_helpers import Row, attribute_sentence


def _found(rows: list[Row]) -> list[tuple[str, str, str]]:
    text, found = attribute_sentence(rows)
    return [(a.rule, text[a.start : a.end], a.speaker.word.text if a.speaker else "") for a in found]


def test_vowed_to_reports_the_commitment():
    # "Sanders vowed to fight on ."
    rows: list[Row] = [
        ("Sanders", "Sanders", "PROPN", 1, "nsubj"),
        ("vowed", "vow", "VERB", -1, "root"),
        ("to", "to", "PART", 3, "mark"),
        ("fight", "fight", "VERB", 1, "xcomp"),
        ("on", "on", "ADP", 3, "compound:prt"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert _found(rows) == [("commissive-to", "to fight on", "Sanders")]


def test_an_intention_is_no_statement():
    # "Sanders plans to fight on ."
    rows: list[Row] = [
        ("Sanders", "Sanders", "PROPN", 1, "nsubj"),
        ("plans", "plan", "VERB", -1, "root"),
        ("to", "to", "PART", 3, "mark"),
        ("fight", "fight", "VERB", 1, "xcomp"),
        ("on", "on", "ADP", 3, "compound:prt"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert _found(rows) == []
