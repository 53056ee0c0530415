"""A pull quote as a news page prints it: a statement in a paragraph of its own, signed with the
speaker's name and role, no verb and no quote mark ("The roads are closed for now and crews are
out. Jane Roe, county engineer"; attribution/pullquotes.py, mechanism pull-quote). Only when the
article reports the same words elsewhere: a paragraph that merely ends in a name is no quote.
Parses the shipped parser gave these sentences (the text their words joined by spaces)."""

from __future__ import annotations

from parse_helpers import Row
from source_helpers import resolve

# Jane Roe said the roads are closed for now and crews are out .
SAID: list[Row] = [
    ("Jane", "Jane", "PROPN", 1, "compound"),
    ("Roe", "Roe", "PROPN", 2, "nsubj"),
    ("said", "say", "VERB", -1, "root"),
    ("the", "the", "DET", 4, "det"),
    ("roads", "road", "NOUN", 6, "nsubj:pass"),
    ("are", "be", "AUX", 6, "aux:pass"),
    ("closed", "close", "VERB", 2, "ccomp"),
    ("for", "for", "ADP", 8, "case"),
    ("now", "now", "ADV", 6, "obl"),
    ("and", "and", "CCONJ", 10, "cc"),
    ("crews", "crew", "NOUN", 12, "nsubj"),
    ("are", "be", "AUX", 12, "cop"),
    ("out", "out", "ADP", 6, "conj"),
    (".", ".", "PUNCT", 2, "punct"),
]
# The roads are closed for now and crews are out .
STATEMENT: list[Row] = [
    ("The", "the", "DET", 1, "det"),
    ("roads", "road", "NOUN", 3, "nsubj:pass"),
    ("are", "be", "AUX", 3, "aux:pass"),
    ("closed", "close", "VERB", -1, "root"),
    ("for", "for", "ADP", 5, "case"),
    ("now", "now", "ADV", 3, "obl"),
    ("and", "and", "CCONJ", 7, "cc"),
    ("crews", "crew", "NOUN", 9, "nsubj"),
    ("are", "be", "AUX", 9, "cop"),
    ("out", "out", "ADP", 3, "conj"),
    (".", ".", "PUNCT", 3, "punct"),
]
# Jane Roe , county engineer
SIGNATURE: list[Row] = [
    ("Jane", "Jane", "PROPN", 1, "compound"),
    ("Roe", "Roe", "PROPN", -1, "root"),
    (",", ",", "PUNCT", 4, "punct"),
    ("county", "county", "NOUN", 4, "compound"),
    ("engineer", "engineer", "NOUN", 1, "list"),
]
# Crews worked through the night .
OTHER: list[Row] = [
    ("Crews", "crew", "NOUN", 1, "nsubj"),
    ("worked", "work", "VERB", -1, "root"),
    ("through", "through", "ADP", 4, "case"),
    ("the", "the", "DET", 4, "det"),
    ("night", "night", "NOUN", 1, "obl"),
    (".", ".", "PUNCT", 1, "punct"),
]


def _quotes(paragraphs: list[list[list[Row]]]) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker.name if q.speaker else "", q.rule) for q in resolve(paragraphs).quotes]


def test_a_signed_statement_the_story_reports_elsewhere_is_the_signers_pull_quote():
    found = _quotes([[SAID], [STATEMENT, SIGNATURE]])
    assert ("The roads are closed for now and crews are out .", "Jane Roe", "pull-quote") in found


def test_a_paragraph_that_ends_in_a_name_is_no_quote_unless_the_story_repeats_it():
    found = _quotes([[OTHER], [STATEMENT, SIGNATURE]])
    assert [q for q in found if q[2] == "pull-quote"] == []
