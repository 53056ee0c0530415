"""Speakers the parse left beside their verb (attribution/stranded_names.py, session 65): a name
set off by commas right before the description the parse made the subject ("Speaking on CBS, Rep.
Ana Ruiz, one of the bill's sponsors, said", the name hung on the fronted phrase) is the subject,
the description its apposition; and the subject of a report after "hours after" that the parse
made the time noun's modifier ("fell hours after Politico first reported that ...") is the
verb's. The trees are the ones the shipped parser gave these sentences; no model needed."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Speaking on CBS, Rep. Ana Ruiz, one of the bill's sponsors, said the vote would happen.
RUIZ: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 15, "advcl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 2, "case", ""),
    ("CBS", "CBS", "PROPN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Rep.", "Rep.", "PROPN", 6, "compound", "Number=Sing"),
    ("Ana", "Ana", "PROPN", 6, "compound", "Number=Sing"),
    ("Ruiz", "Ruiz", "PROPN", 2, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("one", "one", "NUM", 15, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 13, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 13, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 11, "case", ""),
    ("sponsors", "sponsor", "NOUN", 8, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 19, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 19, "aux", "VerbForm=Fin"),
    ("happen", "happen", "VERB", 15, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 15, "punct", ""),
]

# On NBC's "Meet the Press," Sen. Lorena Castaneda (D-N.M.), one of the four lead negotiators, said the text would be released by Tuesday.
HILL: list[FeatRow] = [
    ("On", "on", "ADP", 4, "case", ""),
    ("NBC", "NBC", "PROPN", 4, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 1, "case", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Meet", "meet", "VERB", 24, "advcl", "Mood=Imp|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Press", "Press", "PROPN", 4, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ('"', '"', "PUNCT", 11, "punct", ""),
    ("Sen.", "Sen.", "PROPN", 11, "compound", "Number=Sing"),
    ("Lorena", "Lorena", "PROPN", 11, "compound", "Number=Sing"),
    ("Castaneda", "Castaneda", "PROPN", 6, "appos", "Number=Sing"),
    ("(", "(", "PUNCT", 14, "punct", ""),
    ("D-", "d-", "PROPN", 14, "compound", "Number=Sing"),
    ("N.M.", "N.M.", "PROPN", 11, "appos", "Number=Sing"),
    (")", ")", "PUNCT", 14, "punct", ""),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("one", "one", "NUM", 24, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("four", "four", "NUM", 22, "nummod", "NumForm=Word|NumType=Card"),
    ("lead", "lead", "NOUN", 22, "compound", "Number=Sing"),
    ("negotiators", "negotiator", "NOUN", 17, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("text", "text", "NOUN", 29, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 29, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 29, "aux:pass", "VerbForm=Inf"),
    ("released", "release", "VERB", 24, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 31, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 29, "obl:agent", "Number=Sing"),
    (".", ".", "PUNCT", 24, "punct", ""),
]

# The shares fell hours after Politico first reported that the deal was dead.
HOURS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("shares", "share", "NOUN", 2, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("hours", "hour", "NOUN", 2, "obj", "Number=Plur"),
    ("after", "after", "ADP", 5, "case", ""),
    ("Politico", "Politico", "PROPN", 3, "nmod", "Number=Sing"),
    ("first", "first", "ADV", 7, "advmod", "NumForm=Word|NumType=Ord"),
    ("reported", "report", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 12, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dead", "dead", "ADJ", 7, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The country is in crisis after Members of Parliament soundly rejected a withdrawal deal with the European Union.
MPS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("crisis", "crisis", "NOUN", -1, "root", "Number=Sing"),
    ("after", "after", "ADP", 6, "case", ""),
    ("Members", "Member", "PROPN", 4, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 8, "case", ""),
    ("Parliament", "Parliament", "PROPN", 6, "nmod", "Number=Sing"),
    ("soundly", "soundly", "ADV", 10, "advmod", ""),
    ("rejected", "reject", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("withdrawal", "withdrawal", "ADJ", 13, "amod", "Degree=Pos"),
    ("deal", "deal", "NOUN", 10, "obj", "Number=Sing"),
    ("with", "with", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("European", "European", "ADJ", 17, "amod", "Degree=Pos"),
    ("Union", "Union", "PROPN", 13, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def _speakers(rows: list[FeatRow]) -> list[tuple[str, str | None, str | None]]:
    r = resolve([[rows]])
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in r.quotes]


def test_a_name_before_the_description_read_as_the_subject_is_the_speaker():
    assert _speakers(RUIZ) == [("the vote would happen", "Ana Ruiz", "Rep., one of the bill 's sponsors")]


def test_a_name_with_a_partys_tag_after_a_titles_closing_mark_is_the_speaker():
    [(_, name, _)] = _speakers(HILL)
    assert name == "Lorena Castaneda"


def test_the_subject_of_a_report_read_into_a_time_phrase_is_the_speaker():
    assert [(t, s) for t, s, _ in _speakers(HOURS)] == [("that the deal was dead", "Politico")]


def test_guard_a_verb_with_no_report_after_a_time_phrase_reports_nothing():
    assert _speakers(MPS) == []
