"""Shapes from the fresh articles of session 41 (sets G and H of session 40, which that session
held out, and the new sets K, L, M, N), each named by its test; docs/entities.md (rows marked
session 41) gives the module that reads each. Every test here failed on the code without its
change (checked by stashing the change when the test was added). No model needed: the trees the
shipped parser gave for these invented sentences; "##word" follows the word before with no
space (the tokenizer's own spacing)."""

from __future__ import annotations

from parse_helpers import FeatRow
from test_wire_copy_shapes import _speaker

# Bergen-based Halvorsen Marine Recovery says it found the wreck outside Mauritanian waters.
HALVORSEN: list[FeatRow] = [
    ("Bergen", "Bergen", "PROPN", 6, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 0, "punct", ""),
    ("##based", "based", "ADJ", 5, "amod", "Degree=Pos"),
    ("Halvorsen", "Halvorsen", "PROPN", 5, "compound", "Number=Sing"),
    ("Marine", "Marine", "ADJ", 5, "amod", "Degree=Pos"),
    ("Recovery", "recovery", "PROPN", 6, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("it", "it", "PRON", 8, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("found", "find", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("wreck", "wreck", "NOUN", 8, "obj", "Number=Sing"),
    ("outside", "outside", "ADP", 13, "case", ""),
    ("Mauritanian", "mauritanian", "ADJ", 13, "amod", "Degree=Pos"),
    ("waters", "water", "NOUN", 8, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# The London syndicate Wexford Marine said in a statement that the claim was fair.
WEXFORD: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("London", "London", "PROPN", 2, "compound", "Number=Sing"),
    ("syndicate", "syndicate", "NOUN", 4, "compound", "Number=Sing"),
    ("Wexford", "Wexford", "PROPN", 4, "compound", "Number=Sing"),
    ("Marine", "Marine", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("claim", "claim", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 8, "acl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Rotich's coach, the Italian Paolo Ferraresi, told reporters that he had never seen any sign of doping.
FERRARESI: list[FeatRow] = [
    ("Rotich", "Rotich", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("coach", "coach", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Italian", "Italian", "ADJ", 7, "amod", "Degree=Pos"),
    ("Paolo", "Paolo", "PROPN", 7, "compound", "Number=Sing"),
    ("Ferraresi", "Ferraresi", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 9, "iobj", "Number=Plur"),
    ("that", "that", "PRON", 15, "mark", "PronType=Rel"),
    ("he", "he", "PRON", 15, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("never", "never", "ADV", 15, "advmod", "PronType=Neg"),
    ("seen", "see", "VERB", 10, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("any", "any", "DET", 17, "det", "PronType=Ind"),
    ("sign", "sign", "NOUN", 15, "obj", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("doping", "doping", "NOUN", 17, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# "I know what her blood tests looked like," the coach said.
THE_COACH: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##I", "I", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("know", "know", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("what", "what", "PRON", 2, "obj", "PronType=Rel"),
    ("her", "her", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("blood", "blood", "NOUN", 6, "compound", "Number=Sing"),
    ("tests", "test", "NOUN", 7, "nsubj", "Number=Plur"),
    ("looked", "look", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("like", "like", "ADP", 7, "compound:prt", ""),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("coach", "coach", "NOUN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_a_name_of_several_words_speaking_of_it_is_a_body():
    # "Halvorsen Marine Recovery says it found": a name of two words or more, no given name first,
    # that speaks of "it" is an organisation's (learned.learn_institutions; the name's first words
    # are compounds of its last, statement_cues.it_speaks_of_itself); it had been a person
    speaker = _speaker([[HALVORSEN]], "it found the wreck outside Mauritanian waters")
    assert (speaker.name, speaker.type) == ("Halvorsen Marine Recovery", "organization")


def test_a_syndicate_is_a_body():
    # body_nouns: "the London syndicate Wexford Marine" (had been a person)
    speaker = _speaker([[WEXFORD]], "that the claim was fair")
    assert (speaker.name, speaker.type) == ("Wexford Marine", "organization")


def test_a_nation_before_a_given_name_describes_the_person():
    # "the Italian Paolo Ferraresi": the nation's adjective is no part of the name
    # (SourceModel.without_nation), so "the" before it no longer makes it a body's, and "the
    # coach" is the coach just named
    speaker = _speaker([[FERRARESI], [THE_COACH]], "that he had never seen any sign of doping")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Paolo Ferraresi", "person", "named")
    coach = _speaker([[FERRARESI], [THE_COACH]], '"I know what her blood tests looked like,"')
    assert coach.name == "Paolo Ferraresi"
