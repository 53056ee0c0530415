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


# Home bakers will know Jane Roe as the authority on cookies but in her latest cookbook , which marks her 13th , she is highlighting the weeknight recipes that she cooks at home .
HIGHLIGHTING: list[FeatRow] = [
    ("Home", "Home", "PROPN", 1, "compound", "Number=Sing"),
    ("bakers", "baker", "NOUN", 3, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("know", "know", "VERB", -1, "root", "VerbForm=Inf"),
    ("Jane", "Jane", "PROPN", 5, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 3, "obj", "Number=Sing"),
    ("as", "as", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 3, "obl", "Number=Sing"),
    ("on", "on", "ADP", 10, "case", ""),
    ("cookies", "cookie", "NOUN", 8, "nmod", "Number=Plur"),
    ("but", "but", "CCONJ", 15, "cc", ""),
    ("in", "in", "ADP", 15, "case", ""),
    ("her", "her", "PRON", 15, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("latest", "late", "ADJ", 15, "amod", "Degree=Sup"),
    ("cookbook", "cookbook", "NOUN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("which", "which", "PRON", 18, "nsubj", "PronType=Rel"),
    ("marks", "mark", "VERB", 15, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("her", "her", "PRON", 20, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("13th", "13th", "NUM", 18, "obj", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("she", "she", "PRON", 24, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("highlighting", "highlight", "VERB", 3, "parataxis", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("weeknight", "weeknight", "NOUN", 27, "compound", "Number=Sing"),
    ("recipes", "recipe", "NOUN", 24, "obj", "Number=Plur"),
    ("that", "that", "SCONJ", 30, "mark", ""),
    ("she", "she", "PRON", 30, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("cooks", "cook", "VERB", 27, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 32, "case", ""),
    ("home", "home", "NOUN", 30, "obl", "Number=Sing"),
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


def test_a_progressive_is_no_closing_attribution():
    # (parataxis-cue, trailing-cue, told-that-relcl: "she is highlighting the recipes she cooks"
    # says what she does, not who said the clause before it)
    assert resolve([[HIGHLIGHTING]]).quotes == []  # type: ignore[list-item]
