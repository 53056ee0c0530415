"""A lower-case head noun is an outlet speaker only when it names the media ("state television
said"); "records", "review", "post" are outlets only as part of a capitalised name ("the
Record"), so "lobbying records show" is a document of an organisation, not a channel."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _according_to(noun: str, lemma: str, modifier: str) -> list[FeatRow]:
    # "The firm paid $ 1 million , according to <modifier> <noun> ."
    return [
        ("The", "the", "DET", 1, "det", ""),
        ("firm", "firm", "NOUN", 2, "nsubj", ""),
        ("paid", "pay", "VERB", -1, "root", FIN),
        ("$", "$", "SYM", 2, "obj", ""),
        ("1", "1", "NUM", 5, "compound", ""),
        ("million", "million", "NUM", 3, "nummod", ""),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("according", "accord", "VERB", 10, "case", ""),
        ("to", "to", "ADP", 7, "fixed", ""),
        (modifier, modifier.lower(), "NOUN", 10, "compound", ""),
        (noun, lemma, "NOUN", 2, "obl", ""),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]


def test_records_are_a_document_not_an_outlet():
    r = resolve([[_according_to("records", "record", "lobbying")]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.type == "organization"
    assert q.via is None


def test_state_television_is_still_an_outlet():
    r = resolve([[_according_to("television", "television", "state")]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.type == "organization"
    assert q.via is not None
