"""Session 31, fourth batch, on sentences written for the purpose (the trees the shipped parser
gave them; no model needed): the object of a speech verb with an apposition set off by commas,
then a subjectless clause ("said the suspect, Kyle Brennan, of Millbrook, was arrested":
subject_repairs._described_object_as_subject); an inverted closing cue read as a reduced
relative or adverbial participle ("..., noted Professor Amara Osei-Bonsu, a labor economist":
inverted_subject.cue_read_as_reduced_relative); an age is no part of the role ("Jane Roe, 54, a
nurse": sources/mentions.py); "It is often said that" is a vague frame
(rules/lexicons/vague_frames.yaml); a refusal inside the reported clause is the speaker's ("said the
plan was sound but would not comment further": coordination.refusal_in_report), and so is a
speech act with the cue's bare form after a clause with an auxiliary ("said the Premier was
cherry-picking figures and called for an inquiry": coordination.cue_form_conjunct)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# Ruiz said the suspect , Kyle Brennan , of Millbrook , was arrested at his home .
SUSPECT_NAMED: list[FeatRow] = [
    ("Ruiz", "Ruiz", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("suspect", "suspect", "NOUN", 1, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Kyle", "Kyle", "PROPN", 6, "compound", "Number=Sing"),
    ("Brennan", "Brennan", "PROPN", 3, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("of", "of", "ADP", 9, "case", ""),
    ("Millbrook", "Millbrook", "PROPN", 3, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("was", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("arrested", "arrest", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("at", "at", "ADP", 15, "case", ""),
    ("his", "his", "PRON", 15, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("home", "home", "NOUN", 12, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Larkfield is small , relatively wealthy , and has a young workforce , noted Professor Amara Osei- Bonsu , a labor economist at Hale University .
NOTED_PROFESSOR: list[FeatRow] = [
    ("Larkfield", "Larkfield", "PROPN", 2, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 2, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("small", "small", "ADJ", -1, "root", "Degree=Pos"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("relatively", "relatively", "ADV", 5, "advmod", ""),
    ("wealthy", "wealthy", "ADJ", 2, "conj", "Degree=Pos"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("and", "and", "CCONJ", 8, "cc", ""),
    ("has", "have", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("young", "young", "ADJ", 11, "amod", "Degree=Pos"),
    ("workforce", "workforce", "NOUN", 8, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("noted", "note", "VERB", 11, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Professor", "Professor", "PROPN", 17, "compound", "Number=Sing"),
    ("Amara", "Amara", "PROPN", 17, "compound", "Number=Sing"),
    ("Osei-", "Osei-", "PROPN", 17, "compound", "Number=Sing"),
    ("Bonsu", "Bonsu", "PROPN", 11, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 21, "punct", ""),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("labor", "labor", "NOUN", 21, "compound", "Number=Sing"),
    ("economist", "economist", "NOUN", 11, "conj", "Number=Sing"),
    ("at", "at", "ADP", 24, "case", ""),
    ("Hale", "Hale", "PROPN", 24, "compound", "Number=Sing"),
    ("University", "University", "PROPN", 21, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The town has a young workforce , noted Jane Roe .
NOTED_ROE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("town", "town", "NOUN", 2, "nsubj", "Number=Sing"),
    ("has", "have", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("young", "young", "ADJ", 5, "amod", "Degree=Pos"),
    ("workforce", "workforce", "NOUN", 2, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("noted", "note", "VERB", 2, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Jane", "Jane", "PROPN", 9, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 7, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Jane Roe , 54 , a nurse who lives on Elm Street , said the bridge was unsafe .
AGED_NURSE: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 13, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("54", "54", "NUM", 1, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("nurse", "nurse", "NOUN", 1, "appos", "Number=Sing"),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("lives", "live", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Elm", "Elm", "PROPN", 11, "compound", "Number=Sing"),
    ("Street", "Street", "PROPN", 8, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 17, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unsafe", "unsafe", "ADJ", 13, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# It is often said that the five - day week was itself an experiment once .
OFTEN_SAID: list[FeatRow] = [
    ("It", "it", "PRON", 3, "expl", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("often", "often", "ADV", 3, "advmod", ""),
    ("said", "say", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("five", "five", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("-", "-", "PUNCT", 6, "punct", ""),
    ("day", "day", "NOUN", 9, "compound", "Number=Sing"),
    ("week", "week", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("itself", "itself", "PRON", 13, "nmod:poss", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("an", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("experiment", "experiment", "NOUN", 3, "ccomp", "Number=Sing"),
    ("once", "once", "ADV", 13, "advmod", "NumForm=Word|NumType=Mult"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The mayor said the plan was sound but would not comment further .
NO_COMMENT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sound", "sound", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("but", "but", "CCONJ", 10, "cc", ""),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("comment", "comment", "VERB", 6, "conj", "VerbForm=Inf"),
    ("further", "far", "ADV", 10, "advmod", "Degree=Cmp"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# She said the firm had paid the fine but declined to say how much .
DECLINED_TO_SAY: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 5, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("paid", "pay", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("fine", "fine", "ADJ", 5, "obj", "Degree=Pos"),
    ("but", "but", "CCONJ", 9, "cc", ""),
    ("declined", "decline", "VERB", 5, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 11, "mark", ""),
    ("say", "say", "VERB", 9, "xcomp", "VerbForm=Inf"),
    ("how", "how", "ADV", 13, "advmod", "PronType=Int"),
    ("much", "much", "ADJ", 11, "obj", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Opposition Leader Mark Haddad said the Premier was " cherry - picking " figures and called for a parliamentary inquiry into regional health spending .
CHERRY_PICKING: list[FeatRow] = [
    ("Opposition", "Opposition", "NOUN", 1, "compound", "Number=Sing"),
    ("Leader", "Leader", "NOUN", 3, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 3, "compound", "Number=Sing"),
    ("Haddad", "Haddad", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Premier", "Premier", "PROPN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 11, "punct", ""),
    ("cherry", "cherry", "NOUN", 11, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 9, "punct", ""),
    ("picking", "pick", "NOUN", 13, "compound", "Number=Sing"),
    ('"', '"', "PUNCT", 11, "punct", ""),
    ("figures", "figure", "NOUN", 4, "ccomp", "Number=Plur"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("called", "call", "VERB", 13, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("parliamentary", "parliamentary", "ADJ", 19, "amod", "Degree=Pos"),
    ("inquiry", "inquiry", "NOUN", 15, "obl", "Number=Sing"),
    ("into", "into", "ADP", 23, "case", ""),
    ("regional", "regional", "ADJ", 23, "amod", "Degree=Pos"),
    ("health", "health", "NOUN", 23, "compound", "Number=Sing"),
    ("spending", "spending", "NOUN", 19, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Roe said Trump lied and called for a ban .
LIED_AND_CALLED: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Trump", "Trump", "PROPN", 3, "nsubj", "Number=Sing"),
    ("lied", "lie", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("called", "call", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("ban", "ban", "NOUN", 5, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_an_object_with_an_apposition_before_a_subjectless_clause_is_its_subject():
    assert SUSPECT_NAMED[3][4] == "obj"
    assert sentence_quotes(SUSPECT_NAMED) == [
        ("the suspect , Kyle Brennan , of Millbrook , was arrested at his home", "Ruiz", "indirect", "ccomp-cue")
    ]


def test_an_inverted_closing_cue_read_as_a_participle_is_the_cue():
    (q,) = resolve([[NOTED_PROFESSOR]]).quotes
    assert q.text == "Larkfield is small , relatively wealthy , and has a young workforce"
    assert q.speaker is not None and q.speaker.name == "Amara Osei- Bonsu" and q.speaker.type == "person"
    (q,) = resolve([[NOTED_ROE]]).quotes
    assert (q.text, q.speaker.name if q.speaker else None) == ("The town has a young workforce", "Jane Roe")


def test_an_age_is_no_part_of_the_role():
    (q,) = resolve([[AGED_NURSE]]).quotes
    assert q.speaker is not None and q.speaker.role is not None and not q.speaker.role.startswith("54")


def test_it_is_often_said_is_a_vague_frame():
    (q,) = resolve([[OFTEN_SAID]]).quotes
    assert q.speaker is not None and q.speaker.anonymity == "vague"


def test_a_refusal_to_speak_is_the_speakers_not_what_was_said():
    assert sentence_quotes(NO_COMMENT) == [("the plan was sound", "The mayor", "indirect", "ccomp-cue")]
    assert [t for t, _, _, _ in sentence_quotes(DECLINED_TO_SAY)] == ["the firm had paid the fine"]


def test_a_speech_act_with_the_cues_bare_form_is_the_speakers():
    quotes = sentence_quotes(CHERRY_PICKING)
    assert [(t, r) for t, _, _, r in quotes] == [
        ('the Premier was " cherry - picking " figures', "ccomp-cue"),
        ("a parliamentary inquiry into regional health spending", "call-for"),
    ]
    # (a clause verb of the same bare form keeps its conjunct: Trump called for a ban)
    assert [t for t, _, _, _ in sentence_quotes(LIED_AND_CALLED)][0] == "Trump lied and called for a ban"
