"""Indirect questions: "asked the minister whether the plan had failed" with the question parsed
as an adverbial clause of "asked" or a relative clause of the one asked, is what was asked
(attribution/question_clauses.py); "Asked by a reporter whether ..." is the reporter's question
(the passive participle's "by" agent, from_patterns._fallback_speaker); and "bristled when asked
whether ..." is nobody's the article names: the one who bristled was asked, he did not ask
(clause_subjects.participle_subject). Trees the shipped parser gave sentences written for these
tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import sentence_quotes

# Jane Roe asked former Attorney General John Doe whether he had thoughts on how the council should approach the case .
ASKED_WHETHER_ADVCL: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("former", "former", "ADJ", 7, "amod", "Degree=Pos"),
    ("Attorney", "Attorney", "PROPN", 7, "compound", "Number=Sing"),
    ("General", "General", "PROPN", 7, "compound", "Number=Sing"),
    ("John", "John", "PROPN", 7, "compound", "Number=Sing"),
    ("Doe", "Doe", "PROPN", 2, "obj", "Number=Sing"),
    ("whether", "whether", "SCONJ", 10, "mark", ""),
    ("he", "he", "PRON", 10, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "VERB", 2, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("thoughts", "thought", "NOUN", 10, "obj", "Number=Plur"),
    ("on", "on", "ADP", 13, "case", ""),
    ("how", "how", "ADV", 17, "advmod", "PronType=Int"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 17, "nsubj", "Number=Sing"),
    ("should", "should", "AUX", 17, "aux", "VerbForm=Fin"),
    ("approach", "approach", "VERB", 10, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 17, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Jane Roe asked the minister whether the plan had failed .
ASKED_WHETHER_ACL: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "obj", "Number=Sing"),
    ("whether", "whether", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 4, "acl", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Asked by a reporter whether the plan had failed , the minister said no .
ASKED_BY: list[FeatRow] = [
    ("Asked", "ask", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("reporter", "reporter", "NOUN", 0, "obl:agent", "Number=Sing"),
    ("whether", "whether", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 0, "advcl", "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "INTJ", 12, "ccomp", "Polarity=Neg"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# The minister bristled when asked whether the plan had failed .
WHEN_ASKED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("bristled", "bristle", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("when", "when", "ADV", 4, "advmod", "PronType=Int"),
    ("asked", "ask", "VERB", 2, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("whether", "whether", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 4, "advcl", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_whether_clause_after_an_asking_verb_is_the_question_asked():
    assert sentence_quotes(ASKED_WHETHER_ADVCL) == [
        ("whether he had thoughts on how the council should approach the case", "Jane Roe", "indirect", "ccomp-cue")
    ]
    assert sentence_quotes(ASKED_WHETHER_ACL) == [("whether the plan had failed", "Jane Roe", "indirect", "ccomp-cue")]


def test_a_question_asked_by_someone_is_theirs():
    assert ("whether the plan had failed", "a reporter", "indirect", "ccomp-cue") in sentence_quotes(ASKED_BY)


def test_the_one_asked_does_not_ask_the_question():
    assert [q[1] for q in sentence_quotes(WHEN_ASKED) if q[0] == "whether the plan had failed"] == [""]
