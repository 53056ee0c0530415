"""A capitalised adjective opening a name before a given name describes the person and is no
part of the name ("Senior Emily Novak, 17, spent ..." and later "Novak said" is Emily Novak, 17);
a title the tagger called an adjective still is a title ("Representative James E. Rogan")
(sources/mention_words.described_by_adjective; session 47, from fresh articles). The trees are
the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Senior Emily Novak, 17, spent nearly 40 minutes hiding in a supply closet.
SENIOR: list[FeatRow] = [
    ("Senior", "senior", "ADJ", 2, "amod", "Degree=Pos"),
    ("Emily", "Emily", "PROPN", 2, "compound", "Number=Sing"),
    ("Novak", "Novak", "PROPN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("17", "17", "NUM", 2, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("spent", "spend", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("nearly", "nearly", "ADV", 8, "advmod", ""),
    ("40", "40", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("minutes", "minute", "NOUN", 6, "obj", "Number=Plur"),
    ("hiding", "hide", "VERB", 6, "advcl", "VerbForm=Ger"),
    ("in", "in", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("supply", "supply", "NOUN", 14, "compound", "Number=Sing"),
    ("closet", "closet", "NOUN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# "It was like the whole building was holding its breath," Novak said.
NOVAK_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 8, "punct", ""),
    ("##It", "it", "PRON", 8, "nsubj:outer", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("like", "like", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("whole", "whole", "ADJ", 6, "amod", "Degree=Pos"),
    ("building", "building", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("holding", "hold", "VERB", 14, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("its", "its", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("breath", "breath", "NOUN", 8, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 14, "punct", ""),
    ("Novak", "Novak", "PROPN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Representative James E. Rogan, Republican of California, lined up with his wife.
REPRESENTATIVE: list[FeatRow] = [
    ("Representative", "Representative", "ADJ", 3, "amod", "Degree=Pos"),
    ("James", "James", "PROPN", 3, "compound", "Number=Sing"),
    ("E.", "E.", "PROPN", 3, "compound", "Number=Sing"),
    ("Rogan", "Rogan", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("Republican", "Republican", "PROPN", 3, "conj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("California", "California", "PROPN", 5, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("lined", "line", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("up", "up", "ADP", 9, "compound:prt", ""),
    ("with", "with", "ADP", 13, "case", ""),
    ("his", "his", "PRON", 13, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("wife", "wife", "NOUN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# "He let out this big sigh," Rogan said.
ROGAN_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##He", "he", "PRON", 2, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("let", "let", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("out", "out", "ADP", 2, "compound:prt", ""),
    ("this", "this", "DET", 6, "det", "Number=Sing|PronType=Dem"),
    ("big", "big", "ADJ", 6, "amod", "Degree=Pos"),
    ("sigh", "sigh", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("Rogan", "Rogan", "PROPN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def _speaker(paragraphs: list) -> tuple[str, str, str, str]:
    q = resolve(paragraphs).quotes[-1]
    assert q.speaker is not None
    return q.speaker.name or "", q.speaker.type, q.speaker.anonymity, q.speaker.role or ""


def test_an_adjective_opening_the_name_describes_the_person():
    assert _speaker([[SENIOR], [NOVAK_SAID]])[:3] == ("Emily Novak", "person", "named")


def test_guard_a_title_tagged_an_adjective_stays_the_title():
    name, _, anonymity, role = _speaker([[REPRESENTATIVE], [ROGAN_SAID]])
    assert (name, anonymity) == ("James E. Rogan", "named") and "Representative" in role
