"""A person of a nation as a second reference ("Mikel Arteta praised his players. '...,' the
Spaniard said"): the person named before, described so (``demonyms.yaml``; attribution/retags.py
tags the word a noun, sources/unnamed.py links it), after its modifiers too ("the 21-year-old
Ukrainian"), and never a lone name; "the American people" stays a group; a surname in "-man" is
no demonym ("Roffman"). A plural acronym of a legislator is unnamed people ("Several Congress
MLAs"), a capitalised word after one title a surname ("Chief Hutchins": name_context.titled_surname). No model
needed: each tree is the shape the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Mikel Arteta praised his players .
PRAISED: list[FeatRow] = [
    ("Mikel", "Mikel", "PROPN", 1, "compound", "Number=Sing"),
    ("Arteta", "Arteta", "PROPN", 2, "nsubj", "Number=Sing"),
    ("praised", "praise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("players", "player", "NOUN", 2, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# " We were brilliant , " the Spaniard said .
SPANIARD: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("were", "be", "AUX", 3, "cop", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("brilliant", "brilliant", "ADJ", 8, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Spaniard", "Spaniard", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# The Dane added that he had been worried at half - time .
DANE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Dane", "Dane", "PROPN", 2, "nsubj", "Number=Sing"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("he", "he", "PRON", 7, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 7, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("worried", "worry", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("at", "at", "ADP", 11, "case", ""),
    ("half", "half", "NOUN", 11, "compound", "NumForm=Word|NumType=Frac|Number=Sing"),
    ("-", "-", "PUNCT", 9, "punct", ""),
    ("time", "time", "NOUN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The American people said they wanted change .
PEOPLE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("American", "American", "ADJ", 2, "amod", "Degree=Pos"),
    ("people", "person", "NOUN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("wanted", "want", "VERB", 3, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("change", "change", "NOUN", 5, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Several Congress MLAs said the arrangement had become a source of friction .
MLAS: list[FeatRow] = [
    ("Several", "several", "ADJ", 2, "amod", "Degree=Pos"),
    ("Congress", "Congress", "PROPN", 2, "compound", "Number=Sing"),
    ("MLAs", "MLAs", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("arrangement", "arrangement", "NOUN", 7, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("become", "become", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 7, "obj", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("friction", "friction", "NOUN", 9, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Chief Hutchins said the roads were closed .
HUTCHINS: list[FeatRow] = [
    ("Chief", "Chief", "PROPN", 1, "compound", "Number=Sing"),
    ("Hutchins", "Hutchin", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("roads", "road", "NOUN", 6, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("closed", "close", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Daria Ostrova won the final .
WON: list[FeatRow] = [
    ("Daria", "Daria", "PROPN", 1, "compound", "Number=Sing"),
    ("Ostrova", "Ostrova", "PROPN", 2, "nsubj", "Number=Sing"),
    ("won", "win", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("final", "final", "ADJ", 2, "obj", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The 21 - year - old Ukrainian said she was tired .
AGED: list[FeatRow] = [
    ("The", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("21", "21", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("-", "-", "PUNCT", 1, "punct", ""),
    ("year", "year", "NOUN", 5, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 3, "punct", ""),
    ("old", "old", "ADJ", 6, "amod", "Degree=Pos"),
    ("Ukrainian", "Ukrainian", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 10, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("tired", "tired", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


# Harry Brook , 24 , batted well .
BROOK: list[FeatRow] = [
    ("Harry", "Harry", "PROPN", 1, "compound", "Number=Sing"),
    ("Brook", "Brook", "PROPN", 5, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("24", "24", "NUM", 1, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("batted", "bat", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("well", "well", "ADV", 5, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# The 24 - year - old added : " Joe kept telling me to watch the ball . "
BROOK_ADDED: list[FeatRow] = [
    ("The", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("24", "24", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("-", "-", "PUNCT", 1, "punct", ""),
    ("year", "year", "NOUN", 5, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 3, "punct", ""),
    ("old", "old", "ADJ", 6, "amod", "Degree=Pos"),
    ("added", "add", "VERB", 10, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (":", ":", "PUNCT", 10, "punct", ""),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("Joe", "Joe", "PROPN", 10, "nsubj", "Number=Sing"),
    ("kept", "keep", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("telling", "tell", "VERB", 10, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("me", "I", "PRON", 11, "obj", "Case=Acc|Number=Sing|Person=1|PronType=Prs"),
    ("to", "to", "PART", 14, "mark", ""),
    ("watch", "watch", "VERB", 11, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("ball", "ball", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
    ('"', '"', "PUNCT", 10, "punct", ""),
]


def _speakers(*sentences: list[FeatRow]) -> list[tuple[str | None, str | None, str | None]]:
    r = resolve([[list(s) for s in sentences]])  # type: ignore[list-item]
    return [(q.speaker.name, q.speaker.type, q.speaker.role) for q in r.quotes if q.speaker is not None]


def test_the_spaniard_and_the_dane_are_the_person_named_before():
    assert _speakers(PRAISED, SPANIARD)[-1] == ("Mikel Arteta", "person", "Spaniard")
    assert _speakers(PRAISED, DANE)[-1] == ("Mikel Arteta", "person", "Dane")


def test_a_demonym_before_a_noun_is_its_adjective():
    assert _speakers(PRAISED, PEOPLE)[-1] == ("The American people", "anonymous", None)


def test_a_demonym_after_its_modifiers_is_the_person_named_before():
    assert _speakers(WON, AGED)[-1][:2] == ("Daria Ostrova", "person")


def test_a_surname_in_man_is_no_demonym():
    from source_helpers import VOCAB

    from provenance.attribution.retags import demonym_noun

    assert not demonym_noun("Roffman", VOCAB.in_lexicon) and demonym_noun("Dutchman", VOCAB.in_lexicon)


def test_a_legislators_plural_acronym_is_people_and_a_titled_surname_a_name():
    assert _speakers(MLAS) == [("Several Congress MLAs", "anonymous", None)]
    assert _speakers(HUTCHINS) == [("Hutchins", "person", "Chief")]


def test_an_age_the_parse_hung_with_its_article_on_the_verb_is_the_subject():
    # ("The 24-year-old added:" with det(added, The) and amod(added, old): attribution/retags.py)
    assert _speakers(BROOK, BROOK_ADDED)[-1][:2] == ("Harry Brook", "person")
