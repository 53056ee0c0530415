"""Who "she" is after an unnamed group, a woman described after her name, and an unnamed source
(sources/pronouns.py, sources/candidates.py): a noun for several people ("staff",
``collective_people``) is never "she"; a role noun after the name ("Ada Okafor, his daughter")
says her gender, whatever pronouns for someone else follow in the sentence; and "she" goes on
with an unnamed person introduced as "a nurse" and quoted again in the next paragraph, over a
person named earlier whose gender is not known; "The other" after "One of the people said" is
that group (sources/entities.py); a woman introduced by name two sentences before "she said",
with a sentence about "her" between, is who the article has turned to (sources/pronouns.py).
Each tree is the shape the shipped parser
produced for the sentence in the comment (checked with ``provenance parse``)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Gerald Okafor collapsed in the waiting room.
COLLAPSED: list[FeatRow] = [
    ("Gerald", "Gerald", "PROPN", 1, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 2, "nsubj", "Number=Sing"),
    ("collapsed", "collapse", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("waiting", "waiting", "NOUN", 6, "compound", "Number=Sing"),
    ("room", "room", "NOUN", 2, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# His daughter, Ada Okafor, said staff had ignored him.
DAUGHTER_BEFORE: list[FeatRow] = [
    ("His", "his", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("daughter", "daughter", "NOUN", 6, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Ada", "Ada", "PROPN", 4, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("staff", "staff", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ignored", "ignore", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    ("him", "he", "PRON", 9, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Ada Okafor, his daughter, said the nurses had ignored him.
DAUGHTER_AFTER: list[FeatRow] = [
    ("Ada", "Ada", "PROPN", 1, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 6, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("daughter", "daughter", "NOUN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("nurses", "nurse", "NOUN", 10, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ignored", "ignore", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    ("him", "he", "PRON", 10, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# "My father sat there in pain," she said.
SHE_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("My", "my", "PRON", 2, "nmod:poss", "Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs"),
    ("father", "father", "NOUN", 3, "nsubj", "Number=Sing"),
    ("sat", "sit", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("there", "there", "ADV", 3, "advmod", "PronType=Dem"),
    ("in", "in", "ADP", 6, "case", ""),
    ("pain", "pain", "NOUN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("she", "she", "PRON", 10, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# Health Minister Uzoma Asagwara said the province would hire more nurses.
MINISTER: list[FeatRow] = [
    ("Health", "Health", "PROPN", 3, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Uzoma", "Uzoma", "PROPN", 3, "compound", "Number=Sing"),
    ("Asagwara", "Asagwara", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("province", "province", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("hire", "hire", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("more", "more", "ADJ", 10, "amod", "Degree=Cmp"),
    ("nurses", "nurse", "NOUN", 8, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# A nurse who worked that shift said the room was full.
NURSE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("nurse", "nurse", "NOUN", -1, "root", "Number=Sing"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("worked", "work", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("shift", "shift", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("room", "room", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("full", "full", "ADJ", 6, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# "We were drowning," she said.
DROWNING: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("were", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("drowning", "drown", "VERB", 7, "ccomp", "Tense=Pres|VerbForm=Part"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


# Dr. Rebecca Edelmayer said the study was important .
EDELMAYER: list[FeatRow] = [
    ("Dr.", "Dr.", "PROPN", 2, "compound", "Number=Sing"),
    ("Rebecca", "Rebecca", "PROPN", 2, "compound", "Number=Sing"),
    ("Edelmayer", "Edelmayer", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("study", "study", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("important", "important", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# For Margaret Liu , 71 , of Vancouver , the findings are no surprise .
FOR_LIU: list[FeatRow] = [
    ("For", "for", "ADP", 1, "case", ""),
    ("Margaret", "Margaret", "PROPN", 13, "obl", "Number=Sing"),
    ("Liu", "Liu", "PROPN", 13, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("71", "71", "NUM", 2, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("of", "of", "ADP", 7, "case", ""),
    ("Vancouver", "Vancouver", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("findings", "finding", "NOUN", 13, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 13, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("no", "no", "DET", 13, "det", "PronType=Neg"),
    ("surprise", "surprise", "NOUN", -1, "root", "Number=Sing"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# She walks her dog twice a day .
SHE_WALKS: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("walks", "walk", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("her", "her", "PRON", 3, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("dog", "dog", "NOUN", 1, "obj", "Number=Sing"),
    ("twice", "twice", "ADV", 1, "advmod", "NumForm=Word|NumType=Mult"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("day", "day", "NOUN", 1, "obl:unmarked", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# " My mother had Alzheimer 's , " she said .
ALZHEIMERS: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("My", "my", "PRON", 2, "nmod:poss", "Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs"),
    ("mother", "mother", "NOUN", 3, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Alzheimer", "Alzheimer", "PROPN", 3, "obj", "Number=Sing"),
    ("'s", "'s", "PART", 4, "case", ""),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("she", "she", "PRON", 9, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 9, "punct", ""),
]


def _she(first: list[FeatRow]) -> str | None:
    r = resolve([[COLLAPSED, first], [SHE_SAID]])  # type: ignore[list-item]
    q = next(q for q in r.quotes if "My father" in q.text)
    return q.speaker.name if q.speaker else None


def test_she_is_the_daughter_not_the_staff_she_spoke_of():
    assert _she(DAUGHTER_BEFORE) == "Ada Okafor"


def test_a_role_noun_after_the_name_says_her_gender_over_his_in_the_sentence():
    assert _she(DAUGHTER_AFTER) == "Ada Okafor"


def test_she_is_the_woman_introduced_two_sentences_before_when_the_one_between_is_about_her():
    # ("She walks her dog" goes on about Margaret Liu: not the last speaker, a paragraph before)
    r = resolve([[EDELMAYER], [FOR_LIU, SHE_WALKS, ALZHEIMERS]])  # type: ignore[list-item]
    q = next(q for q in r.quotes if "My mother" in q.text)
    assert q.speaker is not None and q.speaker.name == "Margaret Liu"
    # (without the sentence about her between, two sentences on, she is not introduced there)
    r = resolve([[EDELMAYER], [FOR_LIU, COLLAPSED, ALZHEIMERS]])  # type: ignore[list-item]
    q = next(q for q in r.quotes if "My mother" in q.text)
    assert q.speaker is not None and q.speaker.name != "Margaret Liu"


def test_she_goes_on_with_the_unnamed_nurse_quoted_last():
    r = resolve([[MINISTER], [NURSE], [DROWNING]])  # type: ignore[list-item]
    q = next(q for q in r.quotes if "We were" in q.text)
    assert q.speaker is not None and q.speaker.name == "A nurse"


# The White House is considering new tariffs, according to two people familiar with the discussions who spoke on condition of anonymity because the talks are private.
TARIFFS: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("White", "White", "ADJ", 2, "amod", "Degree=Pos"),
    ("House", "House", "PROPN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("considering", "consider", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("new", "new", "ADJ", 6, "amod", "Degree=Pos"),
    ("tariffs", "tariff", "NOUN", 4, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("according", "accord", "VERB", 11, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 11, "case", ""),
    ("two", "two", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 12, "obl", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 4, "advcl", "Degree=Pos"),
    ("with", "with", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("discussions", "discussion", "NOUN", 12, "obl", "Number=Plur"),
    ("who", "who", "PRON", 17, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 15, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 19, "case", ""),
    ("condition", "condition", "NOUN", 17, "obl", "Number=Sing"),
    ("of", "of", "ADP", 21, "case", ""),
    ("anonymity", "anonymity", "NOUN", 19, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 26, "mark", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 26, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 26, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("private", "private", "ADJ", 17, "advcl", "Degree=Pos"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# One of the people said a decision could come next week.
ONE_OF: list[FeatRow] = [
    ("One", "one", "NUM", 4, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 0, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("decision", "decision", "NOUN", 8, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 8, "aux", "VerbForm=Fin"),
    ("come", "come", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("next", "next", "ADJ", 10, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 8, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The other cautioned that the president had not been briefed.
THE_OTHER: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("other", "other", "ADJ", 2, "amod", "Degree=Pos"),
    ("cautioned", "caution", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 9, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 9, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("briefed", "brief", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_the_other_is_the_group_whose_member_spoke_last():
    r = resolve([[TARIFFS], [ONE_OF, THE_OTHER]])  # type: ignore[list-item]
    q = next(q for q in r.quotes if "briefed" in q.text)
    assert q.speaker is not None and q.speaker.name == "two people familiar with the discussions"
    assert q.speaker.anonymity == "anonymous-with-reason"
