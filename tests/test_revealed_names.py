"""Delayed identification: a description speaks, and a name a sentence or two on is tied to it
by its post ("A federal prosecutor told jurors ... Assistant U.S. Attorney Karen Liu said") or
set off right after it ("The former executive, Masaru Ishida,"); a new name with another post
("John Roe, a neighbour") or of another body ("Colorado's delegation chairman" / "House Speaker
Paul Ryan, the convention chair") is someone else (sources/revealed.py, lexicon
``role_equivalents``; session 46, from fresh articles). The trees are the shipped parser's for
these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# A federal prosecutor told jurors that the mayor took bribes.
LEDE: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("federal", "federal", "ADJ", 2, "amod", "Degree=Pos"),
    ("prosecutor", "prosecutor", "NOUN", 3, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("jurors", "juror", "NOUN", 3, "iobj", "Number=Plur"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 8, "nsubj", "Number=Sing"),
    ("took", "take", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("bribes", "bribe", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# "Every permit had a price," Assistant U.S. Attorney Karen Liu said.
LIU: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##Every", "every", "DET", 2, "det", "PronType=Ind"),
    ("permit", "permit", "NOUN", 3, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("price", "price", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("Assistant", "Assistant", "PROPN", 12, "compound", "Number=Sing"),
    ("U.S.", "U.S.", "PROPN", 12, "compound", "Number=Sing"),
    ("Attorney", "Attorney", "PROPN", 12, "compound", "Number=Sing"),
    ("Karen", "Karen", "PROPN", 12, "compound", "Number=Sing"),
    ("Liu", "Liu", "PROPN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# A firefighter said the road was closed.
FIREFIGHTER: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("firefighter", "firefighter", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("road", "road", "NOUN", 6, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("closed", "close", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# John Roe, a neighbour, said he heard a bang.
NEIGHBOUR: list[FeatRow] = [
    ("John", "John", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("neighbour", "neighbour", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 8, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("heard", "hear", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("bang", "bang", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# The fund's former chief investment officer said he had followed instructions.
OFFICER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("fund", "fund", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("former", "former", "ADJ", 6, "amod", "Degree=Pos"),
    ("chief", "chief", "NOUN", 6, "compound", "Number=Sing"),
    ("investment", "investment", "NOUN", 6, "compound", "Number=Sing"),
    ("officer", "officer", "NOUN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 10, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("followed", "follow", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("instructions", "instruction", "NOUN", 10, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# The former executive, Masaru Ishida, has not been charged.
EXECUTIVE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("former", "former", "ADJ", 2, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 10, "nsubj:pass", "Degree=Pos"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("Masaru", "Masaru", "PROPN", 5, "compound", "Number=Sing"),
    ("Ishida", "Ishida", "PROPN", 2, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("has", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 10, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("charged", "charge", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# Colorado's delegation chairman said the vote was fair.
CHAIRMAN: list[FeatRow] = [
    ("Colorado", "Colorado", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("delegation", "delegation", "NOUN", 3, "compound", "Number=Sing"),
    ("chairman", "chairman", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 4, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# House Speaker Paul Ryan, the convention chair, said the count would go on.
RYAN: list[FeatRow] = [
    ("House", "House", "PROPN", 3, "compound", "Number=Sing"),
    ("Speaker", "Speaker", "PROPN", 3, "compound", "Number=Sing"),
    ("Paul", "Paul", "PROPN", 3, "compound", "Number=Sing"),
    ("Ryan", "Ryan", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("convention", "convention", "NOUN", 7, "compound", "Number=Sing"),
    ("chair", "chair", "NOUN", 3, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("count", "count", "NOUN", 13, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 13, "compound:prt", ""),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]


# (session 47: the description's own aside names it, with who identified it and a description
# before the name (sources/delayed._IDENTIFIED_AS); the next sentence sets the name off after the
# description's own post word, one the role lexicon does not know)
# The technician, identified by NRK as 28-year-old electrician Jonas Hvide, said the crew had only minutes to leave.
TECHNICIAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("technician", "technician", "NOUN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("identified", "identify", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 5, "case", ""),
    ("NRK", "NRK", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("as", "as", "ADP", 14, "case", ""),
    ("28", "28", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 7, "punct", ""),
    ("##year", "year", "NOUN", 11, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 9, "punct", ""),
    ("##old", "old", "ADJ", 14, "amod", "Degree=Pos"),
    ("electrician", "electrician", "ADJ", 14, "amod", "Degree=Pos"),
    ("Jonas", "Jonas", "PROPN", 14, "compound", "Number=Sing"),
    ("Hvide", "Hvide", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("crew", "crew", "NOUN", 19, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 16, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("only", "only", "ADV", 21, "advmod", ""),
    ("minutes", "minute", "NOUN", 19, "obj", "Number=Plur"),
    ("to", "to", "PART", 23, "mark", ""),
    ("leave", "leave", "VERB", 19, "advcl", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# The technician, who had worked with Jonas Hvide for years, said the crew had only minutes to leave.
COLLEAGUE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("technician", "technician", "NOUN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("worked", "work", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("with", "with", "ADP", 8, "case", ""),
    ("Jonas", "Jonas", "PROPN", 8, "compound", "Number=Sing"),
    ("Hvide", "Hvide", "PROPN", 5, "obl", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("years", "year", "NOUN", 5, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("crew", "crew", "NOUN", 15, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("only", "only", "ADV", 17, "advmod", ""),
    ("minutes", "minute", "NOUN", 15, "obj", "Number=Plur"),
    ("to", "to", "PART", 19, "mark", ""),
    ("leave", "leave", "VERB", 15, "advcl", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# The tournament’s chief arbiter, who inspected the playing hall before each round, said no device had been found on any player.
ARBITER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("tournament", "tournament", "NOUN", 4, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 1, "case", ""),
    ("chief", "chief", "NOUN", 4, "compound", "Number=Sing"),
    ("arbiter", "arbiter", "NOUN", 15, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("who", "who", "PRON", 7, "nsubj", "PronType=Rel"),
    ("inspected", "inspect", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("playing", "play", "VERB", 10, "amod", "VerbForm=Ger"),
    ("hall", "hall", "NOUN", 7, "obj", "Number=Sing"),
    ("before", "before", "ADP", 13, "case", ""),
    ("each", "each", "DET", 13, "det", "PronType=Tot"),
    ("round", "round", "NOUN", 7, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 17, "det", "PronType=Neg"),
    ("device", "device", "NOUN", 20, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 20, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("found", "find", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 23, "case", ""),
    ("any", "any", "DET", 23, "det", "PronType=Ind"),
    ("player", "player", "NOUN", 20, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The arbiter, Piotr Nowacki of Poland, also oversaw the metal detectors at the entrance.
ARBITER_NAMED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("arbiter", "arbiter", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Piotr", "Piotr", "PROPN", 4, "compound", "Number=Sing"),
    ("Nowacki", "Nowacki", "PROPN", 1, "appos", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("Poland", "Poland", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("also", "also", "ADV", 9, "advmod", ""),
    ("oversaw", "oversaw", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("metal", "metal", "NOUN", 12, "compound", "Number=Sing"),
    ("detectors", "detector", "NOUN", 9, "obj", "Number=Plur"),
    ("at", "at", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("entrance", "entrance", "NOUN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]


# (session 47: a lede's indefinite description, named as the subject opening the next paragraph
# with no post of its own)
# A Salford mum says she begged her housing association for a year to deal with black mould.
LEDE_MUM: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("Salford", "Salford", "PROPN", 2, "compound", "Number=Sing"),
    ("mum", "mum", "NOUN", 3, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("begged", "begg", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("housing", "housing", "VERB", 8, "amod", "VerbForm=Ger"),
    ("association", "association", "NOUN", 5, "obj", "Number=Sing"),
    ("for", "for", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 5, "obl", "Number=Sing"),
    ("to", "to", "PART", 13, "mark", ""),
    ("deal", "deal", "VERB", 5, "advcl", "VerbForm=Inf"),
    ("with", "with", "ADP", 16, "case", ""),
    ("black", "black", "ADJ", 16, "amod", "Degree=Pos"),
    ("mould", "mould", "NOUN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Kayleigh Dunmore, 29, who lives in Little Hulton with her partner and two children, said the walls were wet every morning.
LEDE_NAMED: list[FeatRow] = [
    ("Kayleigh", "Kayleigh", "PROPN", 1, "compound", "Number=Sing"),
    ("Dunmore", "Dunmore", "PROPN", 17, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("29", "29", "NUM", 1, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("lives", "live", "VERB", 17, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Little", "Little", "ADJ", 9, "amod", "Degree=Pos"),
    ("Hulton", "Hulton", "PROPN", 6, "obl", "Number=Sing"),
    ("with", "with", "ADP", 12, "case", ""),
    ("her", "her", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("partner", "partner", "NOUN", 9, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("two", "two", "NUM", 15, "nummod", "NumForm=Word|NumType=Card"),
    ("children", "child", "NOUN", 12, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("walls", "wall", "NOUN", 21, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 21, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("wet", "wet", "ADJ", 17, "ccomp", "Degree=Pos"),
    ("every", "every", "DET", 23, "det", "PronType=Ind"),
    ("morning", "morning", "NOUN", 21, "obl:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]


def _speakers(paragraphs: list) -> list[tuple[str, str, str]]:
    return [
        (q.speaker.name or q.speaker.text, q.speaker.type, q.speaker.anonymity)
        for q in resolve(paragraphs).quotes
        if q.speaker is not None
    ]


def test_a_description_is_the_name_with_the_same_post_a_paragraph_on():
    assert _speakers([[LEDE], [LIU]])[0] == ("Karen Liu", "person", "named")


def test_a_description_is_the_name_set_off_after_the_and_a_role_noun_next():
    assert _speakers([[OFFICER, EXECUTIVE]])[0] == ("Masaru Ishida", "person", "named")


def test_guard_a_new_name_with_another_post_is_someone_else():
    assert _speakers([[FIREFIGHTER, NEIGHBOUR]])[0] == ("A firefighter", "anonymous", "anonymous")


def test_guard_a_post_of_another_body_is_someone_else():
    assert _speakers([[CHAIRMAN, RYAN]])[0][1:] == ("anonymous", "anonymous")


def test_a_description_is_the_name_its_own_aside_identifies():
    assert _speakers([[TECHNICIAN]])[0] == ("Jonas Hvide", "person", "named")


def test_guard_a_name_inside_a_relative_clause_of_the_description_is_someone_else():
    assert _speakers([[COLLEAGUE]])[0][1:] == ("anonymous", "anonymous")


def test_a_description_is_the_name_set_off_next_after_its_own_post_word():
    assert _speakers([[ARBITER, ARBITER_NAMED]])[0] == ("Piotr Nowacki", "person", "named")


def test_a_ledes_description_is_the_name_opening_the_next_paragraph():
    assert _speakers([[LEDE_MUM], [LEDE_NAMED]])[0] == ("Kayleigh Dunmore", "person", "named")


def test_guard_a_name_opening_the_next_paragraph_with_another_post_is_someone_else():
    assert _speakers([[FIREFIGHTER], [NEIGHBOUR]])[0] == ("A firefighter", "anonymous", "anonymous")
