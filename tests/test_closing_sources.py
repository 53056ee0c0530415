"""Sources after the clause they report, where the parse lost the link: a document named with
a participle phrase closing the sentence ('..., a report released by the Brookings Institution
last year found.': attribution.frames.trailing_frame), and the noun after "familiar with" taken
for the speech verb's subject ("..., two people familiar with the plan told Reuters":
attribution.modifiers, a noun with a preposition is no subject). Trees the shipped parser
produced for sentences written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The site has been heavily used by extremists , a report released by the Brookings Institution last year found .
REPORT_FOUND: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("site", "site", "NOUN", 5, "nsubj:pass", "Number=Sing"),
    ("has", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 5, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("heavily", "heavily", "ADV", 5, "advmod", ""),
    ("used", "use", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 7, "case", ""),
    ("extremists", "extremist", "NOUN", 5, "obl:agent", "Number=Plur"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 5, "nsubj:pass", "Number=Sing"),
    ("released", "release", "VERB", 10, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("Brookings", "Brooking", "PROPN", 17, "compound", "Number=Plur"),
    ("Institution", "Institution", "PROPN", 17, "compound", "Number=Sing"),
    ("last", "last", "ADJ", 17, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 18, "obl:unmarked", "Number=Sing"),
    ("found", "find", "VERB", 11, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


# The mayor will resign next week , two people familiar with the plan told Reuters .
FAMILIAR_TOLD: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("resign", "resign", "VERB", -1, "root", "VerbForm=Inf"),
    ("next", "next", "ADJ", 5, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 3, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("two", "two", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 9, "nsubj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 3, "xcomp", "Degree=Pos"),
    ("with", "with", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 13, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 13, "iobj", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_released_document_closing_the_sentence_reports_the_clause_before_it():
    [q] = resolve([[REPORT_FOUND]]).quotes  # type: ignore[list-item]
    assert (q.text, q.rule) == ("The site has been heavily used by extremists", "trailing-frame")
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Brookings Institution", "organization")


def test_people_familiar_with_the_plan_told_reuters():
    [q] = resolve([[FAMILIAR_TOLD]]).quotes  # type: ignore[list-item]
    assert q.text == "The mayor will resign next week"
    assert q.speaker is not None and q.speaker.text == "two people familiar with the plan"
    assert q.speaker.anonymity == "anonymous" and q.via is not None and q.via.name == "Reuters"
