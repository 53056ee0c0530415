""" "..., citing X": a source for a clause about events, a reason for a person or body that acts
(guards.citer_is_subject with the ``citing`` pattern); and a negative subject ("Neither hospital
would say ...") that reports nothing said (content.negated_trailing). No model needed: each tree
is the shape the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

FIN = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
PART = "Tense=Pres|VerbForm=Part"


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [(q.text, (q.speaker.text if q.speaker else "")) for q in r.quotes]


def _declined(subject: list[FeatRow], reason: list[FeatRow]) -> list[FeatRow]:
    """ "<subject> declined to discuss the case , citing <reason> ." with advcl(discuss, citing)
    (the subject's head at n - 1)."""
    n = len(subject)
    return [
        *subject,
        ("declined", "decline", "VERB", -1, "root", FIN),
        ("to", "to", "PART", n + 2, "mark", ""),
        ("discuss", "discuss", "VERB", n, "xcomp", "VerbForm=Inf"),
        ("the", "the", "DET", n + 4, "det", "Definite=Def|PronType=Art"),
        ("case", "case", "NOUN", n + 2, "obj", "Number=Sing"),
        (",", ",", "PUNCT", n + 6, "punct", ""),
        ("citing", "cite", "VERB", n + 2, "advcl", PART),
        *reason,
        (".", ".", "PUNCT", n, "punct", ""),
    ]


def test_a_person_who_acts_citing_a_reason_reports_nothing():
    # "He declined to discuss the case , citing privacy ."
    rows = _declined(
        [("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs")],
        [("privacy", "privacy", "NOUN", 7, "obj", "Number=Sing")],
    )
    assert _quotes(rows) == []


def test_a_body_that_acts_citing_its_reason_reports_nothing():
    # "The ministry declined to discuss the case , citing the investigation ."
    rows = _declined(
        [
            ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
            ("ministry", "ministry", "NOUN", 2, "nsubj", ""),
        ],
        [
            ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
            ("investigation", "investigation", "NOUN", 8, "obj", "Number=Sing"),
        ],
    )
    assert _quotes(rows) == []


def test_a_clause_about_events_citing_a_source_is_the_sources():
    # "The death toll rose to 12 , citing the health ministry ."
    rows: list[FeatRow] = [
        ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
        ("death", "death", "NOUN", 2, "compound", "Number=Sing"),
        ("toll", "toll", "NOUN", 3, "nsubj", "Number=Sing"),
        ("rose", "rise", "VERB", -1, "root", FIN),
        ("to", "to", "ADP", 5, "case", ""),
        ("12", "12", "NUM", 3, "obl", "NumForm=Digit|NumType=Card"),
        (",", ",", "PUNCT", 7, "punct", ""),
        ("citing", "cite", "VERB", 3, "advcl", PART),
        ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
        ("health", "health", "NOUN", 10, "compound", "Number=Sing"),
        ("ministry", "ministry", "NOUN", 7, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]
    assert _quotes(rows) == [("The death toll rose to 12", "the health ministry")]


def _would_say(first: tuple[str, str, str, str]) -> list[FeatRow]:
    """ "<First> hospital would say how many shifts remained unfilled ." (the first word as the
    tagger gave it)."""
    return [
        (first[0], first[1], first[2], 1, first[3], "Number=Sing"),
        ("hospital", "hospital", "NOUN", 3, "nsubj", "Number=Sing"),
        ("would", "would", "AUX", 3, "aux", "VerbForm=Fin"),
        ("say", "say", "VERB", -1, "root", "VerbForm=Inf"),
        ("how", "how", "ADV", 7, "advmod", "PronType=Int"),
        ("many", "many", "ADJ", 6, "amod", "Degree=Pos"),
        ("shifts", "shift", "NOUN", 7, "nsubj", "Number=Plur"),
        ("remained", "remain", "VERB", 3, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("unfilled", "unfill", "VERB", 7, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]


def test_a_negative_subject_reports_nothing_said():
    # "Neither hospital would say how many shifts remained unfilled ." ("Neither" tagged a name's part)
    assert _quotes(_would_say(("Neither", "neither", "PROPN", "compound"))) == []


def test_a_plain_subject_with_the_same_verb_still_reports():
    # "Each hospital would say how many shifts remained unfilled ."
    assert [t for t, _ in _quotes(_would_say(("Each", "each", "DET", "det")))] == ["how many shifts remained unfilled"]
