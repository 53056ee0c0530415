"""A body that names itself in its own aside ("The group, which is calling itself the Ironlark
Workers Guild, said") is that body, and "the guild" later is it too: a guild or a syndicate is a
body like a union (sources/unnamed._for_institution, lexicon ``organization_words``; session 47,
from fresh articles). The trees are the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The group, which is calling itself the Ironlark Workers Guild, said in a statement that a supermajority of workers had signed union cards.
CALLING_ITSELF: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("which", "which", "PRON", 5, "nsubj", "PronType=Rel"),
    ("is", "be", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("calling", "call", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("itself", "itself", "PRON", 5, "iobj", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Ironlark", "ironlark", "ADJ", 10, "amod", "Degree=Pos"),
    ("Workers", "worker", "PROPN", 10, "compound", "Number=Plur"),
    ("Guild", "Guild", "PROPN", 5, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 12, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 22, "mark", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("supermajority", "supermajority", "NOUN", 22, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 20, "case", ""),
    ("workers", "worker", "NOUN", 18, "nmod", "Number=Plur"),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("signed", "sign", "VERB", 15, "acl", "Tense=Past|VerbForm=Part"),
    ("union", "union", "NOUN", 24, "compound", "Number=Sing"),
    ("cards", "card", "NOUN", 22, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# According to the guild, roughly 60 percent of the workforce is based in Montreal.
ACCORDING: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("guild", "guild", "NOUN", 12, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("roughly", "roughly", "ADV", 6, "advmod", ""),
    ("60", "60", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("workforce", "workforce", "NOUN", 7, "nmod", "Number=Sing"),
    ("is", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("based", "base", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 14, "case", ""),
    ("Montreal", "Montreal", "PROPN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]


def test_a_definite_body_naming_itself_in_its_own_aside_is_that_body():
    q = resolve([[CALLING_ITSELF]]).quotes[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Ironlark Workers Guild", "organization")


def test_the_guild_later_is_the_guild_named():
    q = resolve([[CALLING_ITSELF], [ACCORDING]]).quotes[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("Ironlark Workers Guild", "organization")
