"""A description set off before a name right after a speech verb describes the name: "said the
police minister, Craig Dunleavy, had been warned" (the reported clause's subject), "said the
executive, Rafiqul Islam." (an inverted speaker, "executive" tagged an adjective); a phrase
fronted before a name is still no description ("Given his previously stated views, Roe said")
(sources/roles._apposition_before, role_words.fronted_phrase and nominal_head; session 47, from
fresh articles). The trees are the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Tennant said the police minister, Craig Dunleavy, had been warned about the culture.
MINISTER: list[FeatRow] = [
    ("Tennant", "Tennant", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("police", "police", "NOUN", 4, "compound", "Number=Sing"),
    ("minister", "minister", "NOUN", 1, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Craig", "Craig", "PROPN", 7, "compound", "Number=Sing"),
    ("Dunleavy", "Dunleavy", "PROPN", 4, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 11, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("warned", "warn", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("about", "about", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("culture", "culture", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Dunleavy rejected that claim, saying the survey had prompted reform.
REJECTED: list[FeatRow] = [
    ("Dunleavy", "Dunleavy", "PROPN", 1, "nsubj", "Number=Sing"),
    ("rejected", "reject", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "DET", 3, "det", "Number=Sing|PronType=Dem"),
    ("claim", "claim", "NOUN", 1, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("saying", "say", "VERB", 1, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("survey", "survey", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("prompted", "prompt", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("reform", "reform", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The plan will fail, said the executive, Rafiqul Islam.
EXECUTIVE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("executive", "executive", "ADJ", 10, "amod", "Degree=Pos"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("Rafiqul", "rafiqul", "ADJ", 10, "amod", "Degree=Pos"),
    ("Islam", "Islam", "PROPN", 5, "nsubj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Given his previously stated views, Roe said the plan would fail.
GUARD_FRONTED: list[FeatRow] = [
    ("Given", "give", "VERB", 7, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("previously", "previously", "ADV", 3, "advmod", "Degree=Pos"),
    ("stated", "state", "VERB", 4, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("views", "view", "NOUN", 0, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Roe", "Roe", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 11, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


def _speaker(paragraphs: list) -> tuple[str, str, str]:
    q = resolve(paragraphs).quotes[-1]
    assert q.speaker is not None
    return q.speaker.name or "", q.speaker.type, q.speaker.anonymity


def test_a_description_inside_a_reported_clause_holds_for_the_name_later():
    assert _speaker([[MINISTER], [REJECTED]]) == ("Craig Dunleavy", "person", "named")


def test_an_inverted_speakers_description_tagged_an_adjective_is_a_role():
    assert _speaker([[EXECUTIVE]]) == ("Rafiqul Islam", "person", "named")


def test_guard_a_fronted_phrase_describes_no_one():
    assert _speaker([[GUARD_FRONTED]]) == ("Roe", "person", "named-no-role")
