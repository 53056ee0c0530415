"""Loose classes the sources labels call vague: those a story happened to, quantified ("Some
survivors"), the dwellers of a place as such ("Residents of several localities"), advocates for a
cause ("Advocates for borrowers", as "refugee advocates"), and bare plurals joined ("Farmers and
agronomists"); a relative clause, a named affiliation or a place at the scene still places them
(sources/loose.py _population, _bare_plurals; descriptions.affiliated; lexicon
``quantified_classes``; session 46, from fresh articles). Session 50: a place by its common noun
("Some farmers in the district"), a field before the class ("Some business owners"; not a body:
"Some union members"); the opposition's members at large ("Opposition lawmakers said"; counted,
"Two opposition lawmakers", they are placed). The trees are the shipped parser's for
these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Some survivors said the inquiry was too narrow.
SURVIVORS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("survivors", "survivor", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("inquiry", "inquiry", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 7, "advmod", ""),
    ("narrow", "narrow", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Residents of several localities complained that the utility had increased load-shedding.
LOCALITIES: list[FeatRow] = [
    ("Residents", "resident", "NOUN", 4, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 3, "case", ""),
    ("several", "several", "ADJ", 3, "amod", "Degree=Pos"),
    ("localities", "locality", "NOUN", 0, "nmod", "Number=Plur"),
    ("complained", "complain", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("utility", "utility", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("increased", "increase", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("load", "load", "NOUN", 12, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 10, "punct", ""),
    ("##shedding", "shedding", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Advocates for borrowers said the ruling would fall hardest on older people.
ADVOCATES: list[FeatRow] = [
    ("Advocates", "advocate", "NOUN", 3, "nsubj", "Number=Plur"),
    ("for", "for", "ADP", 2, "case", ""),
    ("borrowers", "borrower", "NOUN", 0, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("ruling", "ruling", "NOUN", 7, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("fall", "fall", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("hardest", "hard", "ADJ", 7, "obj", "Degree=Sup"),
    ("on", "on", "ADP", 11, "case", ""),
    ("older", "old", "ADJ", 11, "amod", "Degree=Cmp"),
    ("people", "person", "NOUN", 7, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Farmers and agronomists say the drought threatens the harvest.
FARMERS: list[FeatRow] = [
    ("Farmers", "farmer", "NOUN", 3, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("agronomists", "agronomist", "NOUN", 0, "conj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("drought", "drought", "VERB", 6, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("threatens", "threaten", "NOUN", 3, "obj", "Number=Plur"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("harvest", "harvest", "ADJ", 6, "amod", "Degree=Sup"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Residents who testified said the water was brown.
TESTIFIED: list[FeatRow] = [
    ("Residents", "resident", "NOUN", -1, "root", "Number=Plur"),
    ("who", "who", "PRON", 2, "nsubj", "PronType=Rel"),
    ("testified", "testify", "VERB", 0, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("said", "say", "VERB", 0, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("brown", "brown", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]

# Strategists for Barack Obama said the plan works.
STRATEGISTS: list[FeatRow] = [
    ("Strategists", "strategist", "NOUN", 4, "nsubj", "Number=Plur"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Barack", "Barack", "PROPN", 3, "compound", "Number=Sing"),
    ("Obama", "Obama", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 4, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Doctors and nurses at the hospital said the ward was full.
DOCTORS: list[FeatRow] = [
    ("Doctors", "doctor", "NOUN", 6, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("nurses", "nurse", "NOUN", 0, "conj", "Number=Plur"),
    ("at", "at", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("ward", "ward", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("full", "full", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


def _level(rows: list) -> str:
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None
    return q.speaker.anonymity


def test_those_a_story_happened_to_quantified_are_vague():
    assert _level(SURVIVORS) == "vague"


def test_the_dwellers_of_a_place_are_a_population():
    assert _level(LOCALITIES) == "vague"


def test_advocates_for_a_cause_are_a_loose_class():
    assert _level(ADVOCATES) == "vague"


def test_bare_plurals_joined_are_a_loose_class():
    assert _level(FARMERS) == "vague"


def test_guard_a_description_or_affiliation_places_them():
    assert _level(TESTIFIED) == "anonymous"
    assert _level(STRATEGISTS) == "anonymous"
    assert _level(DOCTORS) == "anonymous"


# Some farmers in the district said payments had not been made.
FARMERS_DISTRICT: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("farmers", "farmer", "NOUN", 5, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("district", "district", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("payments", "payment", "NOUN", 10, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 10, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("made", "make", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Some business owners in Lochmaddy said they had lost bookings.
BUSINESS_OWNERS: list[FeatRow] = [
    ("Some", "some", "DET", 2, "det", "PronType=Ind"),
    ("business", "business", "NOUN", 2, "compound", "Number=Sing"),
    ("owners", "owner", "NOUN", 5, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 4, "case", ""),
    ("Lochmaddy", "Lochmaddy", "PROPN", 2, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 8, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("lost", "lose", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("bookings", "booking", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Some union members said the deal was bad.
UNION_MEMBERS: list[FeatRow] = [
    ("Some", "some", "DET", 2, "det", "PronType=Ind"),
    ("union", "union", "NOUN", 2, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("bad", "bad", "ADJ", 3, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_quantified_class_by_its_field_or_in_a_common_place_is_vague_but_a_bodys_members_are_placed():
    assert [_level(r) for r in (FARMERS_DISTRICT, BUSINESS_OWNERS)] == ["vague"] * 2
    assert _level(UNION_MEMBERS) == "anonymous"


# Opposition lawmakers said the government had been too slow to respond.
OPPOSITION_LAWMAKERS: list[FeatRow] = [
    ("Opposition", "Opposition", "NOUN", 1, "compound", "Number=Sing"),
    ("lawmakers", "lawmaker", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 8, "cop", "Tense=Past|VerbForm=Part"),
    ("too", "too", "ADV", 8, "advmod", ""),
    ("slow", "slow", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 10, "mark", ""),
    ("respond", "respond", "VERB", 8, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Two opposition lawmakers said the plan was bad.
TWO_OPPOSITION: list[FeatRow] = [
    ("Two", "two", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("opposition", "opposition", "NOUN", 2, "compound", "Number=Sing"),
    ("lawmakers", "lawmaker", "NOUN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("bad", "bad", "ADJ", 3, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_opposition_members_at_large_are_a_loose_collective():
    assert _level(OPPOSITION_LAWMAKERS) == "vague"
    assert _level(TWO_OPPOSITION) == "anonymous"
