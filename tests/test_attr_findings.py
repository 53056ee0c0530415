"""The finding-cue pattern on hand-built parses: a poll or study that shows or finds something."""

from __future__ import annotations

from parse_helpers import Row, article

from provenance.attribution import Attribution, Attributor
from provenance.quotemarks import pair_marks
from provenance.vocab import load_vocabulary

ATTRIBUTOR = Attributor(load_vocabulary())


def attribute(rows: list[Row]) -> tuple[str, list[Attribution]]:
    doc, paras = article([[rows]])
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    return doc.text, ATTRIBUTOR.attribute(doc.text, paras, spans)


def _finds(subject: tuple[str, str], verb: tuple[str, str]) -> list[Row]:
    """The <subject> <verb> that most voters back the plan ."""
    return [
        ("The", "the", "DET", 1, "det"),
        (subject[0], subject[1], "NOUN", 2, "nsubj"),
        (verb[0], verb[1], "VERB", -1, "root"),
        ("that", "that", "SCONJ", 6, "mark"),
        ("most", "most", "ADJ", 5, "amod"),
        ("voters", "voter", "NOUN", 6, "nsubj"),
        ("back", "back", "VERB", 2, "ccomp"),
        ("the", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 6, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]


def test_a_poll_that_finds_something_reports_it():
    text, [a] = attribute(_finds(("survey", "survey"), ("found", "find")))
    assert a.rule == "finding-cue" and a.kind == "indirect"
    assert a.speaker is not None and a.speaker.word.text == "survey"
    assert text[a.start : a.end] == "that most voters back the plan"


def test_a_poll_that_shows_a_result_as_its_object_reports_it():
    # The poll shows the mayor ahead of her rival .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("poll", "poll", "NOUN", 2, "nsubj"),
        ("shows", "show", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("mayor", "mayor", "NOUN", 2, "obj"),
        ("ahead", "ahead", "ADV", 4, "advmod"),
        ("of", "of", "ADP", 8, "case"),
        ("her", "her", "PRON", 8, "nmod:poss"),
        ("rival", "rival", "NOUN", 5, "obl"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, [a] = attribute(rows)
    assert a.rule == "finding-cue" and text[a.start : a.end] == "the mayor ahead of her rival"


def test_a_poll_that_shows_a_name_with_its_complements_beside_it_reports_them_all():
    # The poll shows Roe up by ten points , and the mayor said it was close .  — the parse makes
    # "Roe" the object and "up" and "points" the verb's own dependents; the coordinated statement
    # is not part of the finding
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("poll", "poll", "NOUN", 2, "nsubj"),
        ("shows", "show", "VERB", -1, "root"),
        ("Roe", "Roe", "PROPN", 2, "obj"),
        ("up", "up", "ADP", 2, "compound:prt"),
        ("by", "by", "ADP", 7, "case"),
        ("ten", "ten", "NUM", 7, "nummod"),
        ("points", "point", "NOUN", 2, "obl"),
        (",", ",", "PUNCT", 12, "punct"),
        ("and", "and", "CCONJ", 12, "cc"),
        ("the", "the", "DET", 11, "det"),
        ("mayor", "mayor", "NOUN", 12, "nsubj"),
        ("said", "say", "VERB", 2, "conj"),
        ("it", "it", "PRON", 15, "nsubj"),
        ("was", "be", "AUX", 15, "cop"),
        ("close", "close", "ADJ", 12, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute(rows)
    got = {a.rule: (text[a.start : a.end], a.speaker and a.speaker.word.text) for a in found}
    assert got["finding-cue"] == ("Roe up by ten points", "poll")
    assert got["ccomp-cue"] == ("it was close", "mayor")


def test_a_person_who_finds_something_is_not_reporting_a_finding():
    # The tourists found that most voters back the plan .  — only documents report by finding
    _, found = attribute(_finds(("tourists", "tourist"), ("found", "find")))
    assert not [a for a in found if a.rule == "finding-cue"]


def test_according_to_closing_the_sentence_covers_the_whole_clause_before_its_comma():
    # Most workers lack access to pension plans , according to the bureau .  — the source hung
    # on the infinitive inside the clause
    rows: list[Row] = [
        ("Most", "most", "ADJ", 1, "amod"),
        ("workers", "worker", "NOUN", 2, "nsubj"),
        ("lack", "lack", "VERB", -1, "root"),
        ("access", "access", "NOUN", 2, "obj"),
        ("to", "to", "PART", 5, "mark"),
        ("pension", "pension", "VERB", 2, "xcomp"),
        ("plans", "plan", "NOUN", 5, "obj"),
        (",", ",", "PUNCT", 11, "punct"),
        ("according", "accord", "VERB", 11, "case"),
        ("to", "to", "ADP", 8, "fixed"),
        ("the", "the", "DET", 11, "det"),
        ("bureau", "bureau", "NOUN", 5, "obl"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, [a] = attribute(rows)
    assert a.rule == "according-to" and a.speaker is not None and a.speaker.word.text == "bureau"
    assert text[a.start : a.end] == "Most workers lack access to pension plans"
