"""A body's noun is no outlet's: "The Guardian reported in June that two other Nordvik suppliers had
been flagged, though the company said at the time that ..." - "the company" is the label the
article named, not the newspaper that reports (sources/org_subjects.recent_org_subject; session
47, from fresh articles). The trees are the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Workers at a factory producing clothes for Danish label Nordvik were forced to work long shifts.
LABEL: list[FeatRow] = [
    ("Workers", "worker", "NOUN", 11, "nsubj:pass", "Number=Plur"),
    ("at", "at", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("factory", "factory", "NOUN", 5, "compound", "Number=Sing"),
    ("producing", "produce", "NOUN", 5, "compound", "Number=Sing"),
    ("clothes", "clothes", "NOUN", 0, "nmod", "Number=Plur"),
    ("for", "for", "ADP", 8, "case", ""),
    ("Danish", "Danish", "ADJ", 8, "amod", "Degree=Pos"),
    ("label", "label", "NOUN", 5, "nmod", "Number=Sing"),
    ("Nordvik", "Nordvik", "PROPN", 5, "nmod", "Number=Sing"),
    ("were", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("forced", "force", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 13, "mark", ""),
    ("work", "work", "VERB", 11, "xcomp", "VerbForm=Inf"),
    ("long", "long", "ADJ", 15, "amod", "Degree=Pos"),
    ("shifts", "shift", "NOUN", 13, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# The Guardian reported in June that two other Nordvik suppliers had been flagged by auditors, though the company said at the time that the issues had been resolved.
GUARDIAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Guardian", "Guardian", "PROPN", 2, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("June", "June", "PROPN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("two", "two", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("other", "other", "ADJ", 9, "amod", "Degree=Pos"),
    ("Nordvik", "nordvik", "ADJ", 9, "amod", "Degree=Pos"),
    ("suppliers", "supplier", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 12, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("flagged", "flagg", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 14, "case", ""),
    ("auditors", "auditor", "NOUN", 12, "obl:agent", "Number=Plur"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("though", "though", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 19, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 12, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("time", "time", "NOUN", 19, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 28, "mark", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("issues", "issue", "NOUN", 28, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 28, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 28, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("resolved", "resolve", "VERB", 22, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_the_company_inside_an_outlets_report_is_not_the_outlet():
    quotes = resolve([[LABEL], [GUARDIAN]]).quotes
    said = next(q for q in quotes if q.text.startswith("that the issues had been resolved"))
    assert said.speaker is not None and said.speaker.name == "Nordvik"
    reported = next(q for q in quotes if q.text.startswith("that two other Nordvik suppliers"))
    assert reported.speaker is not None and reported.speaker.name == "Guardian"
