"""Q&A interviews (attribution/interviews.py, mechanism ``qa-answer``): the answers after "A:"
(or the interviewee's name or surname and a colon, session 64: "Roe: The people.") are the
interviewee's own words, direct quotes without marks, and an "I" inside an answer is the
interviewee. The trees are the ones the shipped parser gave a short interview written for the
purpose; no model needed."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# A conversation with Jane Roe
HEADLINE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("conversation", "conversation", "NOUN", -1, "root", "Number=Sing"),
    ("with", "with", "ADP", 4, "case", ""),
    ("Jane", "Jane", "PROPN", 4, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 1, "nmod", "Number=Sing"),
]

# Jane Roe retired this month after 30 years as the city 's chief librarian .
INTRO: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("retired", "retire", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("this", "this", "DET", 4, "det", "Number=Sing|PronType=Dem"),
    ("month", "month", "NOUN", 2, "obj", "Number=Sing"),
    ("after", "after", "ADP", 7, "case", ""),
    ("30", "30", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 2, "obl", "Number=Plur"),
    ("as", "as", "ADP", 13, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 13, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 10, "case", ""),
    ("chief", "chief", "ADJ", 13, "amod", "Degree=Pos"),
    ("librarian", "librarian", "NOUN", 2, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Q : What changed most ?
Q_ONE: list[FeatRow] = [
    ("Q", "Q", "PROPN", -1, "root", "Number=Sing"),
    (":", ":", "PUNCT", 2, "punct", ""),
    ("What", "what", "PRON", 3, "nsubj", "PronType=Int"),
    ("changed", "change", "VERB", 0, "appos", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("most", "most", "ADJ", 3, "obj", "Degree=Sup"),
    ("?", "?", "PUNCT", 0, "punct", ""),
]

# A : The people .
A_ONE: list[FeatRow] = [
    ("A", "a", "DET", -1, "root", "Definite=Ind|PronType=Art"),
    (":", ":", "PUNCT", 3, "punct", ""),
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 0, "appos", "Number=Plur"),
    (".", ".", "PUNCT", 0, "punct", ""),
]

# I think they come for the warmth now .
A_ONE_1: list[FeatRow] = [
    ("I", "I", "PRON", 1, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("think", "think", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("they", "they", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("come", "come", "VERB", 1, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("for", "for", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("warmth", "warmth", "NOUN", 3, "obl", "Number=Sing"),
    ("now", "now", "ADV", 3, "advmod", ""),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Q : Any regrets ?
Q_TWO: list[FeatRow] = [
    ("Q", "Q", "NOUN", -1, "root", "Number=Sing"),
    (":", ":", "PUNCT", 3, "punct", ""),
    ("Any", "any", "DET", 3, "det", "PronType=Ind"),
    ("regrets", "regret", "NOUN", 0, "appos", "Number=Plur"),
    ("?", "?", "PUNCT", 0, "punct", ""),
]

# A : None .
A_TWO: list[FeatRow] = [
    ("A", "a", "DET", -1, "root", "Definite=Ind|PronType=Art"),
    (":", ":", "PUNCT", 2, "punct", ""),
    ("None", "none", "PROPN", 0, "appos", "Number=Sing"),
    (".", ".", "PUNCT", 0, "punct", ""),
]

# We did what we could .
A_TWO_1: list[FeatRow] = [
    ("We", "we", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("did", "do", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("what", "what", "PRON", 1, "obj", "PronType=Rel"),
    ("we", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("could", "could", "AUX", 2, "acl:relcl", "VerbForm=Fin"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Roe: The people.
ROE_ONE: list[FeatRow] = [
    ("Roe", "roe", "NOUN", -1, "root", "Number=Sing"),
    (":", ":", "PUNCT", 3, "punct", ""),
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 0, "appos", "Number=Plur"),
    (".", ".", "PUNCT", 0, "punct", ""),
]

# JANE ROE: None.
ROE_TWO: list[FeatRow] = [
    ("JANE", "JANE", "PROPN", 1, "compound", "Number=Sing"),
    ("ROE", "roe", "NOUN", -1, "root", "Number=Sing"),
    (":", ":", "PUNCT", 3, "punct", ""),
    ("None", "none", "PROPN", 1, "appos", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Smith: None.
SMITH_TWO: list[FeatRow] = [
    ("Smith", "Smith", "PROPN", -1, "root", "Number=Sing"),
    (":", ":", "PUNCT", 2, "punct", ""),
    ("None", "none", "PROPN", 0, "appos", "Number=Sing"),
    (".", ".", "PUNCT", 0, "punct", ""),
]

INTERVIEW = [[HEADLINE], [INTRO], [Q_ONE], [A_ONE, A_ONE_1], [Q_TWO], [A_TWO, A_TWO_1]]


def test_each_answer_is_the_interviewees_direct_quote():
    r = resolve(INTERVIEW)
    answers = [q for q in r.quotes if q.rule == "qa-answer"]
    assert [(q.text, q.kind) for q in answers] == [
        ("The people . I think they come for the warmth now .", "direct"),
        ("None . We did what we could .", "direct"),
    ]
    assert all(q.speaker is not None and q.speaker.name == "Jane Roe" for q in answers)


def test_an_i_inside_an_answer_is_the_interviewee():
    r = resolve(INTERVIEW)
    thinks = [q for q in r.quotes if q.cue is not None and q.cue.text == "think"]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in thinks] == [
        ("they come for the warmth now", "Jane Roe")
    ]


def test_no_answers_without_questions():
    r = resolve([[HEADLINE], [INTRO], [A_ONE, A_ONE_1], [A_TWO, A_TWO_1]])
    assert not [q for q in r.quotes if q.rule == "qa-answer"]


def test_an_answer_may_be_labelled_with_the_interviewees_name_or_surname():
    r = resolve([[HEADLINE], [INTRO], [Q_ONE], [ROE_ONE, A_ONE_1], [Q_TWO], [ROE_TWO, A_TWO_1]])
    answers = [q for q in r.quotes if q.rule == "qa-answer"]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in answers] == [
        ("The people . I think they come for the warmth now .", "Jane Roe"),
        ("None . We did what we could .", "Jane Roe"),
    ]


def test_guard_another_name_is_no_answer_label():
    r = resolve([[HEADLINE], [INTRO], [Q_ONE], [ROE_ONE, A_ONE_1], [Q_TWO], [SMITH_TWO, A_TWO_1]])
    assert not [q for q in r.quotes if q.rule == "qa-answer"]  # (one answer is no interview)
