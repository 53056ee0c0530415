"""Shapes from the fresh articles of session 42 (sets O and P, which session 41 held out, and
the new sets S, T, U and V), each named by its test; docs/entities.md (rows marked session 42)
gives the module that reads each. Every test here failed on the code without its change
(checked by stashing the change when the test was added). No model needed: the trees the
shipped parser gave for these invented sentences; "##word" follows the word before with no
space (the tokenizer's own spacing)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve
from test_wire_copy_shapes import _speaker

# The cuts will cost the company about 180m a year, Grovers said on Wednesday. It said the reductions would be funded by savings.
GROVERS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("cuts", "cut", "NOUN", 3, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("cost", "cost", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 3, "obj", "Number=Sing"),
    ("about", "about", "ADP", 7, "case", ""),
    ("180m", "180m", "NUM", 3, "obl", "NumForm=Digit|NumType=Card"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 3, "obl:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Grovers", "Grover", "PROPN", 12, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
GROVERS_2: list[FeatRow] = [
    ("It", "it", "PRON", 1, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("reductions", "reduction", "NOUN", 6, "nsubj:pass", "Number=Plur"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 6, "aux:pass", "VerbForm=Inf"),
    ("funded", "fund", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 8, "case", ""),
    ("savings", "savings", "NOUN", 6, "obl:agent", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# ITIB chief executive Graham Oduya-Whitlock said the board had tightened monitoring.
ITIB_CHIEF: list[FeatRow] = [
    ("ITIB", "ITIB", "PROPN", 4, "compound", "Number=Sing"),
    ("chief", "chief", "ADJ", 4, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 4, "amod", "Degree=Pos"),
    ("Graham", "Graham", "PROPN", 4, "compound", "Number=Sing"),
    ("Oduya", "Oduya", "PROPN", 7, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##Whitlock", "Whitlock", "PROPN", 4, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("tightened", "tighten", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("monitoring", "monitor", "VERB", 11, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# Oduya-Whitlock and the ITIB's head of investigations, Karin Sandoval-Lindgren, told reporters on a conference call that the board was also examining whether the delays had affected matches.
ITIB_PAIR: list[FeatRow] = [
    ("Oduya", "Oduya", "PROPN", 16, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 0, "punct", ""),
    ("##Whitlock", "Whitlock", "PROPN", 0, "flat", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("ITIB", "ITIB", "PROPN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("head", "head", "NOUN", 16, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("investigations", "investigation", "NOUN", 7, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Karin", "Karin", "PROPN", 12, "compound", "Number=Sing"),
    ("Sandoval", "Sandoval", "PROPN", 9, "appos", "Number=Sing"),
    ("##-", "-", "PUNCT", 12, "punct", ""),
    ("##Lindgren", "Lindgren", "PROPN", 9, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 16, "iobj", "Number=Plur"),
    ("on", "on", "ADP", 21, "case", ""),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("conference", "conference", "NOUN", 21, "compound", "Number=Sing"),
    ("call", "call", "NOUN", 16, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 27, "mark", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 27, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 27, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("also", "also", "ADV", 27, "advmod", ""),
    ("examining", "examine", "VERB", 16, "advcl", "Tense=Pres|VerbForm=Part"),
    ("whether", "whether", "SCONJ", 32, "mark", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("delays", "delay", "NOUN", 32, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 32, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("affected", "affect", "VERB", 27, "advcl", "Tense=Past|VerbForm=Part"),
    ("matches", "match", "NOUN", 32, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# The passenger who filmed the crash, 19-year-old Lena Ortiz, said the driver had been speeding.
FILMED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("passenger", "passenger", "NOUN", 15, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("filmed", "film", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("crash", "crash", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("19", "19", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 7, "punct", ""),
    ("##year", "year", "NOUN", 11, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 9, "punct", ""),
    ("##old", "old", "ADJ", 13, "amod", "Degree=Pos"),
    ("Lena", "Lena", "PROPN", 13, "compound", "Number=Sing"),
    ("Ortiz", "Ortiz", "PROPN", 5, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("driver", "driver", "NOUN", 20, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 20, "aux", "Tense=Past|VerbForm=Part"),
    ("speeding", "speed", "VERB", 15, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# Vantage reported on Tuesday, citing a person close to the band, that the tour had been cancelled.
VANTAGE: list[FeatRow] = [
    ("Vantage", "Vantage", "PROPN", 1, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 3, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 1, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("citing", "cite", "VERB", 1, "advcl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("person", "person", "NOUN", 5, "obj", "Number=Sing"),
    ("close", "close", "ADJ", 5, "xcomp", "Degree=Pos"),
    ("to", "to", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("band", "band", "NOUN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("tour", "tour", "NOUN", 18, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 18, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("cancelled", "cancel", "VERB", 1, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Former Paraguay striker Ruben Ayala, now a television analyst, said the federation had waited too long.
AYALA: list[FeatRow] = [
    ("Former", "former", "ADJ", 2, "amod", "Degree=Pos"),
    ("Paraguay", "Paraguay", "PROPN", 2, "compound", "Number=Sing"),
    ("striker", "striker", "NOUN", 4, "compound", "Number=Sing"),
    ("Ruben", "Ruben", "PROPN", 4, "compound", "Number=Sing"),
    ("Ayala", "Ayala", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("now", "now", "ADV", 9, "advmod", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("television", "television", "NOUN", 9, "compound", "Number=Sing"),
    ("analyst", "analyst", "NOUN", 4, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("federation", "federation", "NOUN", 15, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("waited", "wait", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("too", "too", "ADV", 17, "advmod", ""),
    ("long", "long", "ADJ", 15, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# In an interview with Tigo Sports, he said the squad had "stopped believing" in the system.
AYALA_2: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 8, "obl", "Number=Sing"),
    ("with", "with", "ADP", 5, "case", ""),
    ("Tigo", "Tigo", "PROPN", 5, "compound", "Number=Sing"),
    ("Sports", "Sports", "PROPN", 2, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("he", "he", "PRON", 8, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("squad", "squad", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("##stopped", "stop", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("believing", "believe", "NOUN", 13, "obj", "Number=Sing"),
    ('##"', '"', "PUNCT", 14, "punct", ""),
    ("in", "in", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("system", "system", "NOUN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Premium Times reported last week that at least 14 federal universities have raised their charges.
PREMIUM: list[FeatRow] = [
    ("Premium", "Premium", "PROPN", 1, "compound", "Number=Sing"),
    ("Times", "Times", "PROPN", 2, "nsubj", "Number=Plur"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 4, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 2, "obj", "Number=Sing"),
    ("that", "that", "PRON", 12, "obj", "PronType=Rel"),
    ("at", "at", "ADP", 10, "case", ""),
    ("least", "least", "ADJ", 10, "nummod", "Degree=Sup"),
    ("14", "14", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("federal", "federal", "ADJ", 10, "amod", "Degree=Pos"),
    ("universities", "university", "NOUN", 12, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("raised", "raise", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("their", "their", "PRON", 14, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("charges", "charge", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Minister for Agriculture Jane Roe said the case was grim.
ROE_MINISTER: list[FeatRow] = [
    ("Minister", "Minister", "NOUN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Agriculture", "Agriculture", "PROPN", 3, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 0, "nmod", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("grim", "grim", "ADJ", 5, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# "We will throw everything at this," the Minister told reporters.
THE_MINISTER: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("throw", "throw", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("everything", "everything", "PRON", 3, "obj", "Number=Sing|PronType=Ind"),
    ("at", "at", "ADP", 6, "case", ""),
    ("this", "this", "PRON", 3, "obl", "Number=Sing|PronType=Dem"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Minister", "Minister", "PROPN", 11, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 11, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The Vice-Chancellor, Professor Hauwa Abubakar-Lawal, said the university had not reviewed its charges.
VICE_CHANCELLOR: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Vice", "Vice", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##Chancellor", "Chancellor", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Professor", "Professor", "PROPN", 7, "compound", "Number=Sing"),
    ("Hauwa", "Hauwa", "PROPN", 7, "compound", "Number=Sing"),
    ("Abubakar", "Abubakar", "PROPN", 3, "conj", "Number=Sing"),
    ("##-", "-", "PUNCT", 7, "punct", ""),
    ("##Lawal", "Lawal", "PROPN", 7, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("university", "university", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("reviewed", "review", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("its", "its", "PRON", 18, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("charges", "charge", "NOUN", 16, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# The Ondo State Police Command said officers had acted with restraint.
ONDO: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Ondo", "Ondo", "PROPN", 4, "compound", "Number=Sing"),
    ("State", "State", "PROPN", 4, "compound", "Number=Sing"),
    ("Police", "Police", "PROPN", 4, "compound", "Number=Sing"),
    ("Command", "Command", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("officers", "officer", "NOUN", 8, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("acted", "act", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("with", "with", "ADP", 10, "case", ""),
    ("restraint", "restraint", "NOUN", 8, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# The command's spokesman, SP Babatunde Ehimare, said nobody had been arrested.
SP_SPOKESMAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("command", "command", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("spokesman", "spokesman", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("SP", "SP", "PROPN", 7, "compound", "Number=Sing"),
    ("Babatunde", "Babatunde", "PROPN", 7, "compound", "Number=Sing"),
    ("Ehimare", "Ehimare", "PROPN", 3, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("nobody", "nobody", "PRON", 13, "nsubj:pass", "Number=Sing|PronType=Ind"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 13, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("arrested", "arrest", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# "We are looking for them," the superintendent said.
THE_SUPERINTENDENT: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("looking", "look", "VERB", 10, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 5, "case", ""),
    ("them", "they", "PRON", 3, "obl", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("superintendent", "superintendent", "NOUN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# Mrs Justice Harrow-Bennett said in a written judgment handed down on Friday that the committee had acted unlawfully.
JUDGMENT: list[FeatRow] = [
    ("Mrs", "Mrs", "PROPN", 2, "compound", "Number=Sing"),
    ("Justice", "Justice", "PROPN", 2, "compound", "Number=Sing"),
    ("Harrow", "Harrow", "PROPN", 5, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 2, "punct", ""),
    ("##Bennett", "Bennett", "PROPN", 2, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("written", "write", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("judgment", "judgment", "NOUN", 10, "nsubj", "Number=Sing"),
    ("handed", "hand", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("down", "down", "ADP", 10, "compound:prt", ""),
    ("on", "on", "ADP", 13, "case", ""),
    ("Friday", "Friday", "PROPN", 10, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 18, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("acted", "act", "VERB", 10, "advcl", "Tense=Past|VerbForm=Part"),
    ("unlawfully", "unlawfully", "ADV", 18, "advmod", ""),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# The council said it was considering the judgment.
CONSIDERING: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("considering", "consider", "VERB", 2, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("judgment", "judgment", "NOUN", 5, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# According to the judgment, the council must also pay the legal costs.
ACCORDING_JUDGMENT: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("judgment", "judgment", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 9, "nsubj", "Number=Sing"),
    ("must", "must", "AUX", 9, "aux", "VerbForm=Fin"),
    ("also", "also", "ADV", 9, "advmod", ""),
    ("pay", "pay", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("legal", "legal", "ADJ", 12, "amod", "Degree=Pos"),
    ("costs", "cost", "NOUN", 9, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# "If you cannot get everyone on board, it makes it harder," said Senator Dana Whitfield, Republican of Ohio, who chairs the panel.
WHITFIELD: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("##If", "if", "SCONJ", 5, "mark", ""),
    ("you", "you", "PRON", 5, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("can", "can", "AUX", 5, "aux", "VerbForm=Fin"),
    ("##not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("get", "get", "VERB", 11, "advcl", "VerbForm=Inf"),
    ("everyone", "everyone", "PRON", 5, "obj", "Number=Sing|PronType=Ind"),
    ("on", "on", "ADP", 8, "case", ""),
    ("board", "board", "NOUN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("makes", "make", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("it", "it", "PRON", 11, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("harder", "hard", "ADJ", 11, "xcomp", "Degree=Cmp"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ('##"', '"', "PUNCT", 16, "punct", ""),
    ("said", "say", "VERB", 11, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Senator", "Senator", "PROPN", 19, "compound", "Number=Sing"),
    ("Dana", "Dana", "PROPN", 19, "compound", "Number=Sing"),
    ("Whitfield", "Whitfield", "PROPN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("Republican", "Republican", "PROPN", 19, "conj", "Number=Sing"),
    ("of", "of", "ADP", 23, "case", ""),
    ("Ohio", "Ohio", "PROPN", 21, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 26, "punct", ""),
    ("who", "who", "PRON", 26, "nsubj", "PronType=Rel"),
    ("chairs", "chair", "VERB", 16, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("panel", "panel", "NOUN", 26, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# The exchange's founder and chief executive, Chen Weiming, has not been seen in public since last week.
FOUNDER_CHEN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("exchange", "exchange", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("founder", "founder", "NOUN", 14, "nsubj:pass", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("chief", "chief", "ADJ", 6, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 3, "conj", "Degree=Pos"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Chen", "Chen", "PROPN", 9, "compound", "Number=Sing"),
    ("Weiming", "Weiming", "PROPN", 6, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("has", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 14, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("seen", "see", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 16, "case", ""),
    ("public", "public", "ADJ", 14, "obl", "Degree=Pos"),
    ("since", "since", "ADP", 19, "case", ""),
    ("last", "last", "ADJ", 19, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 14, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# "Our funds are safe," Chen said.
CHEN_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##Our", "our", "PRON", 2, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("funds", "fund", "NOUN", 4, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 4, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("safe", "safe", "ADJ", 8, "ccomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("Chen", "Chen", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


# Velmora, a payments firm with two million users, froze all accounts on Friday.
VELMORA: list[FeatRow] = [
    ("Velmora", "Velmora", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("payments", "payment", "NOUN", 4, "compound", "Number=Plur"),
    ("firm", "firm", "NOUN", 10, "nsubj", "Number=Sing"),
    ("with", "with", "ADP", 8, "case", ""),
    ("two", "two", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("million", "million", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("users", "user", "NOUN", 4, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("froze", "froze", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("all", "all", "DET", 12, "det", "PronType=Tot"),
    ("accounts", "account", "NOUN", 10, "obj", "Number=Plur"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Friday", "Friday", "PROPN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# The Dublin-registered company said in a notice that withdrawals had been suspended.
REGISTERED: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Dublin", "Dublin", "PROPN", 3, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##registered", "register", "VERB", 4, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("company", "company", "NOUN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("notice", "notice", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "PRON", 13, "obj", "PronType=Rel"),
    ("withdrawals", "withdrawal", "NOUN", 13, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 13, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("suspended", "suspend", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The bridge was designed by the engineer Tomas Lind in 1931.
LIND: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("designed", "design", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("engineer", "engineer", "NOUN", 3, "obl:agent", "Number=Sing"),
    ("Tomas", "Tomas", "PROPN", 8, "compound", "Number=Sing"),
    ("Lind", "Lind", "PROPN", 3, "obl", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("1931", "1931", "NUM", 3, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# A rival plan was drawn up by an engineer who has campaigned for years to save it.
RIVAL: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("rival", "rival", "ADJ", 2, "amod", "Degree=Pos"),
    ("plan", "plan", "NOUN", 4, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("drawn", "draw", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("up", "up", "ADP", 4, "compound:prt", ""),
    ("by", "by", "ADP", 8, "case", ""),
    ("an", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("engineer", "engineer", "NOUN", 4, "obl", "Number=Sing"),
    ("who", "who", "PRON", 11, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("campaigned", "campaign", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("for", "for", "ADP", 13, "case", ""),
    ("years", "year", "NOUN", 11, "obl", "Number=Plur"),
    ("to", "to", "PART", 15, "mark", ""),
    ("save", "save", "VERB", 11, "advcl", "VerbForm=Inf"),
    ("it", "it", "PRON", 15, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# "It can be repaired," the engineer told councillors.
REPAIRED: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##It", "it", "PRON", 4, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("can", "can", "AUX", 4, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 4, "aux:pass", "VerbForm=Inf"),
    ("repaired", "repair", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 9, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("engineer", "engineer", "NOUN", 9, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("councillors", "councillor", "NOUN", 9, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# That engineer, Priya Nair, said she would appeal.
THAT_ENGINEER: list[FeatRow] = [
    ("That", "that", "DET", 1, "det", "Number=Sing|PronType=Dem"),
    ("engineer", "engineer", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Priya", "Priya", "PROPN", 4, "compound", "Number=Sing"),
    ("Nair", "Nair", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 9, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("appeal", "appeal", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# The managing director of Carrow Bay Shipping Lines, Tom Reilly, denied that the ship had been overloaded.
REILLY: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("managing", "manage", "VERB", 2, "amod", "VerbForm=Ger"),
    ("director", "director", "NOUN", 12, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("Carrow", "Carrow", "PROPN", 2, "nmod", "Number=Sing"),
    ("Bay", "Bay", "PROPN", 7, "compound", "Number=Sing"),
    ("Shipping", "Shipping", "PROPN", 7, "compound", "Number=Sing"),
    ("Lines", "Lines", "PROPN", 2, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("Tom", "Tom", "PROPN", 10, "compound", "Number=Sing"),
    ("Reilly", "Reilly", "PROPN", 7, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("denied", "deny", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("ship", "ship", "NOUN", 18, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 18, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("overloaded", "overload", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Dutch newspaper Het Noordblad reported in 2023, citing people close to the referee, that he had been questioned by police in Utrecht.
NOORDBLAD: list[FeatRow] = [
    ("Dutch", "Dutch", "PROPN", 1, "compound", "Number=Sing"),
    ("newspaper", "newspaper", "NOUN", 3, "compound", "Number=Sing"),
    ("Het", "Het", "PROPN", 3, "compound", "Number=Sing"),
    ("Noordblad", "Noordblad", "PROPN", 4, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("2023", "2023", "NUM", 4, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("citing", "cite", "VERB", 4, "advcl", "Tense=Pres|VerbForm=Part"),
    ("people", "person", "NOUN", 8, "obj", "Number=Plur"),
    ("close", "close", "ADV", 8, "advmod", "Degree=Pos"),
    ("to", "to", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("referee", "referee", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("he", "he", "PRON", 19, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 19, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("questioned", "question", "VERB", 8, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 21, "case", ""),
    ("police", "police", "NOUN", 19, "obl:agent", "Number=Sing"),
    ("in", "in", "ADP", 23, "case", ""),
    ("Utrecht", "Utrecht", "PROPN", 21, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The Harbour Ferry Authority has faced questions about its fleet for years.
FERRY_AUTHORITY: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Harbour", "Harbour", "PROPN", 3, "compound", "Number=Sing"),
    ("Ferry", "ferry", "PROPN", 3, "compound", "Number=Sing"),
    ("Authority", "Authority", "PROPN", 5, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("faced", "face", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("questions", "question", "NOUN", 5, "obj", "Number=Plur"),
    ("about", "about", "ADP", 9, "case", ""),
    ("its", "its", "PRON", 9, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("fleet", "fleet", "NOUN", 5, "obl", "Number=Sing"),
    ("for", "for", "ADP", 11, "case", ""),
    ("years", "year", "NOUN", 5, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# According to figures the authority published in March, the repair work is roughly half finished.
FIGURES_PUBLISHED: list[FeatRow] = [
    ("According", "accord", "VERB", 2, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 2, "case", ""),
    ("figures", "figure", "NOUN", 15, "obl", "Number=Plur"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 2, "obj", "Number=Sing"),
    ("published", "publish", "VERB", 2, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 7, "case", ""),
    ("March", "March", "PROPN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("repair", "repair", "NOUN", 11, "compound", "Number=Sing"),
    ("work", "work", "NOUN", 15, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("roughly", "roughly", "ADV", 15, "advmod", ""),
    ("half", "half", "ADV", 15, "advmod", "NumForm=Word|NumType=Mult"),
    ("finished", "finish", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The colonel's lawyer, Kunle Adeyemi-Hart, argued Monday that the testimony supported his client.
HART_ARGUED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("colonel", "colonel", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("lawyer", "lawyer", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Kunle", "Kunle", "PROPN", 7, "compound", "Number=Sing"),
    ("Adeyemi-", "Adeyemi-", "PROPN", 7, "compound", "Number=Sing"),
    ("##Hart", "Hart", "PROPN", 3, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("argued", "argue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Monday", "Monday", "PROPN", 9, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("testimony", "testimony", "NOUN", 14, "nsubj", "Number=Sing"),
    ("supported", "support", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 16, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("client", "client", "NOUN", 14, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# Barrister Adeyemi-Hart told reporters that the prosecution was "protecting a general."
BARRISTER_HART: list[FeatRow] = [
    ("Barrister", "Barrister", "PROPN", 2, "compound", "Number=Sing"),
    ("Adeyemi-", "Adeyemi-", "PROPN", 2, "compound", "Number=Sing"),
    ("##Hart", "Hart", "PROPN", 3, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 3, "iobj", "Number=Plur"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("prosecution", "prosecution", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("##protecting", "protect", "VERB", 3, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("general", "general", "ADJ", 10, "obj", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
]
# The presiding judge warned the public gallery that anyone who disrupted proceedings would be removed.
PRESIDING: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("presiding", "presiding", "NOUN", 2, "compound", "Number=Sing"),
    ("judge", "judge", "NOUN", 3, "nsubj", "Number=Sing"),
    ("warned", "warn", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("public", "public", "ADJ", 6, "amod", "Degree=Pos"),
    ("gallery", "gallery", "NOUN", 3, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("anyone", "anyone", "PRON", 14, "nsubj:pass", "Number=Sing|PronType=Ind"),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("disrupted", "disrupt", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("proceedings", "proceedings", "NOUN", 10, "obj", "Number=Plur"),
    ("would", "would", "AUX", 14, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 14, "aux:pass", "VerbForm=Inf"),
    ("removed", "remove", "VERB", 6, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# In a memo to staff, a copy of which was obtained by the Ledger, the company's finance director, Ruth Okafor, wrote that the cuts were unavoidable.
MEMO_COPY: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("memo", "memo", "NOUN", 25, "obl", "Number=Sing"),
    ("to", "to", "ADP", 4, "case", ""),
    ("staff", "staff", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("copy", "copy", "NOUN", 25, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("which", "which", "PRON", 11, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("obtained", "obtain", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("Ledger", "Ledger", "PROPN", 11, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 20, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 17, "case", ""),
    ("finance", "finance", "NOUN", 20, "compound", "Number=Sing"),
    ("director", "director", "NOUN", 14, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("Ruth", "Ruth", "PROPN", 23, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 20, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 30, "mark", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("cuts", "cut", "NOUN", 30, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 30, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("unavoidable", "unavoidable", "ADJ", 25, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 25, "punct", ""),
]

# More than 2,500 newspapers have closed since 2005, according to Dana Whitcomb, who directs the Local News Project at Kendrick State University and tracks closures county by county.
WHO_DIRECTS: list[FeatRow] = [
    ("More", "more", "ADV", 5, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 2, "case", ""),
    ("2,500", "2500", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("newspapers", "newspaper", "NOUN", 5, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("closed", "close", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("since", "since", "ADP", 7, "case", ""),
    ("2005", "2005", "NUM", 5, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("according", "accord", "VERB", 12, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 12, "case", ""),
    ("Dana", "Dana", "PROPN", 12, "compound", "Number=Sing"),
    ("Whitcomb", "Whitcomb", "PROPN", 7, "nmod:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("who", "who", "PRON", 15, "nsubj", "PronType=Rel"),
    ("directs", "direct", "VERB", 5, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("Local", "local", "ADJ", 19, "amod", "Degree=Pos"),
    ("News", "News", "PROPN", 19, "compound", "Number=Sing"),
    ("Project", "Project", "PROPN", 15, "obj", "Number=Sing"),
    ("at", "at", "ADP", 23, "case", ""),
    ("Kendrick", "Kendrick", "PROPN", 23, "compound", "Number=Sing"),
    ("State", "State", "PROPN", 23, "compound", "Number=Sing"),
    ("University", "University", "PROPN", 19, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 25, "cc", ""),
    ("tracks", "track", "VERB", 15, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("closures", "closure", "NOUN", 27, "compound", "Number=Plur"),
    ("county", "county", "NOUN", 25, "obj", "Number=Sing"),
    ("by", "by", "ADP", 29, "case", ""),
    ("county", "county", "NOUN", 25, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Investigators from the Office for Fair Trading and Competition raided the head offices of three supermarket groups on Tuesday.
INVESTIGATORS_FROM: list[FeatRow] = [
    ("Investigators", "investigator", "NOUN", 9, "nsubj", "Number=Plur"),
    ("from", "from", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Office", "Office", "PROPN", 0, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 6, "case", ""),
    ("Fair", "fair", "ADJ", 6, "amod", "Degree=Pos"),
    ("Trading", "Trading", "PROPN", 3, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 8, "cc", ""),
    ("Competition", "Competition", "PROPN", 6, "conj", "Number=Sing"),
    ("raided", "raid", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("head", "head", "NOUN", 12, "compound", "Number=Sing"),
    ("offices", "office", "NOUN", 9, "obj", "Number=Plur"),
    ("of", "of", "ADP", 16, "case", ""),
    ("three", "three", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("supermarket", "supermarket", "NOUN", 16, "compound", "Number=Sing"),
    ("groups", "group", "NOUN", 12, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 18, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 16, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# The regulator said in a statement that it had reasonable grounds to suspect that they had exchanged information.
THE_REGULATOR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("regulator", "regulator", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("it", "it", "PRON", 8, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "VERB", 5, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reasonable", "reasonable", "ADJ", 10, "amod", "Degree=Pos"),
    ("grounds", "grounds", "NOUN", 8, "obj", "Number=Plur"),
    ("to", "to", "PART", 12, "mark", ""),
    ("suspect", "suspect", "VERB", 8, "xcomp", "VerbForm=Inf"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("they", "they", "PRON", 16, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("exchanged", "exchange", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("information", "information", "NOUN", 16, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Economists were more cautious.
ECONOMISTS: list[FeatRow] = [
    ("Economists", "economist", "NOUN", 3, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 3, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 3, "advmod", "Degree=Cmp"),
    ("cautious", "cautious", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Several said the rises could be explained by higher costs.
SEVERAL: list[FeatRow] = [
    ("Several", "several", "ADV", 1, "advmod", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("rises", "rise", "NOUN", 6, "nsubj:pass", "Number=Plur"),
    ("could", "could", "AUX", 6, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 6, "aux:pass", "VerbForm=Inf"),
    ("explained", "explain", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 9, "case", ""),
    ("higher", "high", "ADJ", 9, "amod", "Degree=Cmp"),
    ("costs", "cost", "NOUN", 6, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# Workers at the plant were angry.
WORKERS: list[FeatRow] = [
    ("Workers", "worker", "NOUN", 5, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 0, "nmod", "Number=Sing"),
    ("were", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("angry", "angry", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Several said they had not been paid.
SEVERAL_PAID: list[FeatRow] = [
    ("Several", "several", "ADV", 1, "advmod", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 6, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 6, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("paid", "pay", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# It was negotiated over the past 13 days with help from Labor Secretary Tom Ruiz, who said he expects the agreement to be finalized over the weekend.
HELP_FROM_RUIZ: list[FeatRow] = [
    ("It", "it", "PRON", 2, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 2, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("negotiated", "negotiate", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("over", "over", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("past", "past", "ADJ", 7, "amod", "Degree=Pos"),
    ("13", "13", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("days", "day", "NOUN", 2, "obl", "Number=Plur"),
    ("with", "with", "ADP", 9, "case", ""),
    ("help", "help", "NOUN", 2, "obl", "Number=Sing"),
    ("from", "from", "ADP", 14, "case", ""),
    ("Labor", "Labor", "PROPN", 14, "compound", "Number=Sing"),
    ("Secretary", "Secretary", "PROPN", 14, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 14, "compound", "Number=Sing"),
    ("Ruiz", "Ruiz", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("who", "who", "PRON", 17, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 19, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("expects", "expect", "VERB", 17, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("agreement", "agreement", "NOUN", 19, "obj", "Number=Sing"),
    ("to", "to", "PART", 24, "mark", ""),
    ("be", "be", "AUX", 24, "aux:pass", "VerbForm=Inf"),
    ("finalized", "finalize", "VERB", 19, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("over", "over", "ADP", 27, "case", ""),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("weekend", "weekend", "NOUN", 24, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Federal University of Ondira said fees would rise.
ONDIRA: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Federal", "Federal", "ADJ", 2, "amod", "Degree=Pos"),
    ("University", "University", "PROPN", 5, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Ondira", "Ondira", "PROPN", 2, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fees", "fee", "NOUN", 8, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Returning students will pay N198,500 per session, according to a circular issued by the registry.
CIRCULAR: list[FeatRow] = [
    ("Returning", "returning", "NOUN", 1, "compound", "Number=Sing"),
    ("students", "student", "NOUN", 3, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("pay", "pay", "VERB", -1, "root", "VerbForm=Inf"),
    ("N198,500", "N198500", "NUM", 3, "obj", "NumForm=Digit|NumType=Card"),
    ("per", "per", "ADP", 6, "case", ""),
    ("session", "session", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("according", "accord", "VERB", 11, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("circular", "circular", "NOUN", 3, "obl", "Number=Sing"),
    ("issued", "issue", "VERB", 11, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("registry", "registry", "NOUN", 12, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# A 2021 audit by the city comptroller's office found that nearly a third of the cable trays were past their service life.
AUDIT_BY_OFFICE: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("2021", "2021", "NUM", 2, "nummod", "NumForm=Digit|NumType=Card"),
    ("audit", "audit", "NOUN", 9, "nsubj", "Number=Sing"),
    ("by", "by", "ADP", 8, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 6, "compound", "Number=Sing"),
    ("comptroller", "comptroller", "NOUN", 8, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 6, "case", ""),
    ("office", "office", "NOUN", 2, "nmod", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("nearly", "nearly", "ADV", 19, "advmod", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("third", "third", "ADJ", 19, "nsubj:pass", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("of", "of", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("cable", "cable", "ADJ", 17, "amod", "Degree=Pos"),
    ("trays", "tray", "NOUN", 13, "nmod", "Number=Plur"),
    ("were", "be", "AUX", 19, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("past", "past", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("their", "their", "PRON", 22, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("service", "service", "NOUN", 22, "compound", "Number=Sing"),
    ("life", "life", "NOUN", 19, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# In the crowded sports hall in Kalong that now houses around 3,000 people, evacuees said they had fled with nothing.
SPORTS_HALL: list[FeatRow] = [
    ("In", "in", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("crowded", "crowd", "VERB", 4, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("sports", "sport", "NOUN", 4, "compound", "Number=Plur"),
    ("hall", "hall", "NOUN", 15, "obl", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Kalong", "Kalong", "PROPN", 4, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 9, "nsubj", "PronType=Rel"),
    ("now", "now", "ADV", 9, "advmod", "PronType=Dem"),
    ("houses", "house", "VERB", 15, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("around", "around", "ADV", 11, "advmod", ""),
    ("3,000", "3000", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 9, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("evacuees", "evacuee", "NOUN", 15, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 18, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("fled", "flead", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    ("with", "with", "ADP", 20, "case", ""),
    ("nothing", "nothing", "PRON", 18, "obl", "Number=Sing|PronType=Ind"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]
# In a joint statement, evacuees said they wanted to go home.
JOINT_STATEMENT: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 3, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("evacuees", "evacuee", "NOUN", 6, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 8, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("wanted", "want", "VERB", 6, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 10, "mark", ""),
    ("go", "go", "VERB", 8, "xcomp", "VerbForm=Inf"),
    ("home", "home", "ADV", 10, "advmod", ""),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# The survey, released on Tuesday by the Harbour Research Institute, showed the mayor ahead.
SURVEY_RELEASED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("survey", "survey", "NOUN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("released", "release", "VERB", 12, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 3, "obl", "Number=Sing"),
    ("by", "by", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Harbour", "Harbour", "PROPN", 10, "compound", "Number=Sing"),
    ("Research", "Research", "PROPN", 10, "compound", "Number=Sing"),
    ("Institute", "Institute", "PROPN", 5, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("showed", "show", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 12, "obj", "Number=Sing"),
    ("ahead", "ahead", "ADV", 12, "advmod", ""),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# A poll by the institute in May found the mayor trailing by four points.
POLL_BY_INSTITUTE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("poll", "poll", "NOUN", 7, "nsubj", "Number=Sing"),
    ("by", "by", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("institute", "institute", "NOUN", 1, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("May", "May", "PROPN", 4, "nmod", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 10, "compound", "Number=Sing"),
    ("trailing", "trailing", "NOUN", 7, "obj", "Number=Sing"),
    ("by", "by", "ADP", 13, "case", ""),
    ("four", "four", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("points", "point", "NOUN", 10, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Mei Ling Koh and her husband, Daniel Ong, both retired nurses, said they had lost most of their savings.
KOH_ONG: list[FeatRow] = [
    ("Mei", "Mei", "PROPN", 2, "compound", "Number=Sing"),
    ("Ling", "Ling", "PROPN", 2, "compound", "Number=Sing"),
    ("Koh", "Koh", "PROPN", 11, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("her", "her", "PRON", 5, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("husband", "husband", "NOUN", 2, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Daniel", "Daniel", "PROPN", 8, "compound", "Number=Sing"),
    ("Ong", "Ong", "PROPN", 5, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("both", "both", "DET", 11, "nsubj", "PronType=Tot"),
    ("retired", "retire", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("nurses", "nurse", "NOUN", 11, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 17, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("lost", "lose", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part"),
    ("most", "most", "ADJ", 17, "obj", "Degree=Sup"),
    ("of", "of", "ADP", 21, "case", ""),
    ("their", "their", "PRON", 21, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("savings", "savings", "NOUN", 18, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Some residents interviewed outside City Hall on Tuesday said the timing of the complaint looked suspicious; others said they had heard rumors for years.
INTERVIEWED_OUTSIDE: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 2, "nsubj", "Number=Plur"),
    ("interviewed", "interview", "VERB", 8, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("outside", "outside", "ADP", 5, "case", ""),
    ("City", "City", "PROPN", 5, "compound", "Number=Sing"),
    ("Hall", "Hall", "PROPN", 2, "obl", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 5, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("timing", "timing", "NOUN", 14, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("complaint", "complaint", "NOUN", 10, "nmod", "Number=Sing"),
    ("looked", "look", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("suspicious", "suspicious", "ADJ", 14, "xcomp", "Degree=Pos"),
    ("##;", ";", "PUNCT", 18, "punct", ""),
    ("others", "other", "NOUN", 18, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", 8, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 21, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("heard", "hear", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part"),
    ("rumors", "rumor", "NOUN", 21, "obj", "Number=Plur"),
    ("for", "for", "ADP", 24, "case", ""),
    ("years", "year", "NOUN", 21, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The flagship restaurant of television chef Luc van der Hoeven was ordered to close on Monday.
HOEVEN_CLOSED: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("flagship", "flagship", "NOUN", 2, "compound", "Number=Sing"),
    ("restaurant", "restaurant", "NOUN", 11, "nsubj:pass", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("television", "television", "NOUN", 5, "compound", "Number=Sing"),
    ("chef", "chef", "NOUN", 2, "nmod", "Number=Sing"),
    ("Luc", "Luc", "PROPN", 9, "compound", "Number=Sing"),
    ("van", "van", "PROPN", 9, "compound", "Number=Sing"),
    ("der", "der", "PROPN", 9, "compound", "Number=Sing"),
    ("Hoeven", "Hoeven", "PROPN", 2, "nmod", "Number=Sing"),
    ("was", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ordered", "order", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 13, "mark", ""),
    ("close", "close", "VERB", 11, "xcomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 15, "case", ""),
    ("Monday", "Monday", "PROPN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# Van der Hoeven, who rose to fame as a judge on the BBC cooking contest Fire & Knives, apologised in a video posted on Instagram on Monday night, saying he was “devastated and ashamed” and had let down “every single person who has ever eaten at Ember & Salt”.
HOEVEN_APOLOGISED: list[FeatRow] = [
    ("Van", "Van", "PROPN", 2, "compound", "Number=Sing"),
    ("der", "der", "PROPN", 2, "compound", "Number=Sing"),
    ("Hoeven", "Hoeven", "PROPN", -1, "root", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("rose", "rise", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 7, "mark", ""),
    ("fame", "fame", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("as", "as", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("judge", "judge", "NOUN", 7, "obl", "Number=Sing"),
    ("on", "on", "ADP", 16, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 15, "compound", "Number=Sing"),
    ("cooking", "cook", "VERB", 15, "amod", "VerbForm=Ger"),
    ("contest", "contest", "NOUN", 16, "compound", "Number=Sing"),
    ("Fire", "Fire", "PROPN", 10, "nmod", "Number=Sing"),
    ("&", "&", "CCONJ", 18, "cc", ""),
    ("Knives", "Knive", "PROPN", 16, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("apologised", "apologise", "VERB", 7, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 23, "case", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("video", "video", "NOUN", 20, "obl", "Number=Sing"),
    ("posted", "post", "VERB", 20, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 26, "case", ""),
    ("Instagram", "Instagram", "PROPN", 24, "obl", "Number=Sing"),
    ("on", "on", "ADP", 29, "case", ""),
    ("Monday", "Monday", "PROPN", 29, "compound", "Number=Sing"),
    ("night", "night", "NOUN", 24, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 31, "punct", ""),
    ("saying", "say", "VERB", 24, "advcl", "Tense=Pres|VerbForm=Part"),
    ("he", "he", "PRON", 35, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 35, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("“", '"', "PUNCT", 35, "punct", ""),
    ("##devastated", "devastate", "VERB", 31, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("and", "and", "CCONJ", 37, "cc", ""),
    ("ashamed", "ashamed", "VERB", 35, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##”", '"', "PUNCT", 35, "punct", ""),
    ("and", "and", "CCONJ", 41, "cc", ""),
    ("had", "have", "AUX", 41, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("let", "let", "VERB", 35, "conj", "VerbForm=Inf"),
    ("down", "down", "ADP", 41, "compound:prt", ""),
    ("“", '"', "PUNCT", 46, "punct", ""),
    ("##every", "every", "DET", 46, "det", "PronType=Ind"),
    ("single", "single", "ADJ", 46, "amod", "Degree=Pos"),
    ("person", "person", "NOUN", 41, "obj", "Number=Sing"),
    ("who", "who", "PRON", 50, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 50, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("ever", "ever", "ADV", 50, "advmod", "PronType=Ind"),
    ("eaten", "eat", "VERB", 46, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("at", "at", "ADP", 52, "case", ""),
    ("Ember", "Ember", "PROPN", 50, "obl", "Number=Sing"),
    ("&", "&", "CCONJ", 54, "cc", ""),
    ("Salt", "Salt", "PROPN", 52, "conj", "Number=Sing"),
    ("##”", '"', "PUNCT", 46, "punct", ""),
    ("##.", ".", "PUNCT", 35, "punct", ""),
]

# Kapadia, the founder of collapsed payments startup Ledgerline, was sentenced on Tuesday.
KAPADIA_LEDGERLINE: list[FeatRow] = [
    ("Kapadia", "Kapadia", "PROPN", 11, "nsubj:pass", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("founder", "founder", "NOUN", 11, "nsubj:pass", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("collapsed", "collapse", "VERB", 6, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("payments", "payment", "NOUN", 3, "nmod", "Number=Plur"),
    ("startup", "startup", "ADJ", 8, "amod", "Degree=Pos"),
    ("Ledgerline", "Ledgerline", "PROPN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("was", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sentenced", "sentence", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 13, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# Ledgerline at the time called the report "a cynical attack."
LEDGERLINE_CALLED: list[FeatRow] = [
    ("Ledgerline", "ledgerline", "NOUN", 4, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("time", "time", "NOUN", 0, "nmod", "Number=Sing"),
    ("called", "call", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 4, "obj", "Number=Sing"),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("##a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("cynical", "cynical", "ADJ", 10, "amod", "Degree=Pos"),
    ("attack", "attack", "NOUN", 4, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
]

# The Harwick Sentinel first reported on Oct. 10 that residents had been confined to their rooms and all visits cancelled, citing two staff members at the home.
SENTINEL_CITING: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Harwick", "Harwick", "PROPN", 2, "compound", "Number=Sing"),
    ("Sentinel", "Sentinel", "PROPN", 4, "nsubj", "Number=Sing"),
    ("first", "first", "ADV", 4, "advmod", "NumForm=Word|NumType=Ord"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Oct.", "October", "PROPN", 4, "obl", "Number=Sing"),
    ("10", "10", "NUM", 4, "obl", "NumForm=Digit|NumType=Card"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("residents", "resident", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 12, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("confined", "confine", "VERB", 4, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 15, "case", ""),
    ("their", "their", "PRON", 15, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("rooms", "room", "NOUN", 12, "obl", "Number=Plur"),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("all", "all", "DET", 18, "det", "PronType=Tot"),
    ("visits", "visit", "NOUN", 15, "conj", "Number=Plur"),
    ("cancelled", "cancel", "VERB", 18, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("citing", "cite", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("two", "two", "NUM", 24, "nummod", "NumForm=Word|NumType=Card"),
    ("staff", "staff", "NOUN", 24, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 21, "obj", "Number=Plur"),
    ("at", "at", "ADP", 27, "case", ""),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("home", "home", "NOUN", 21, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Introducing the bill, Dr Anita Desai, the Labour MP for Kelby South and a former hospice consultant, told the Commons that the law forced dying people "to choose between pain and secrecy".
DESAI_MP: list[FeatRow] = [
    ("Introducing", "introduce", "VERB", 20, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 20, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("Dr", "Dr", "PROPN", 6, "compound", "Number=Sing"),
    ("Anita", "Anita", "PROPN", 6, "compound", "Number=Sing"),
    ("Desai", "Desai", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Labour", "Labour", "PROPN", 10, "compound", "Number=Sing"),
    ("MP", "MP", "PROPN", 2, "conj", "Number=Sing"),
    ("for", "for", "ADP", 13, "case", ""),
    ("Kelby", "Kelby", "PROPN", 13, "compound", "Number=Sing"),
    ("South", "South", "PROPN", 10, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 18, "amod", "Degree=Pos"),
    ("hospice", "hospice", "NOUN", 18, "compound", "Number=Sing"),
    ("consultant", "consultant", "NOUN", 13, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("Commons", "Commons", "PROPN", 20, "iobj", "Number=Plur"),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("law", "law", "NOUN", 26, "nsubj", "Number=Sing"),
    ("forced", "force", "VERB", 22, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dying", "die", "VERB", 26, "xcomp", "VerbForm=Ger"),
    ("people", "person", "NOUN", 26, "obj", "Number=Plur"),
    ('"', '"', "PUNCT", 26, "punct", ""),
    ("##to", "to", "PART", 31, "mark", ""),
    ("choose", "choose", "VERB", 26, "advcl", "VerbForm=Inf"),
    ("between", "between", "ADP", 33, "case", ""),
    ("pain", "pain", "NOUN", 31, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 35, "cc", ""),
    ("secrecy", "secrecy", "NOUN", 33, "conj", "Number=Sing"),
    ('##"', '"', "PUNCT", 31, "punct", ""),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]
# Tomas Reyes-Lind, chief executive of the campaign group Light at the End, said the vote was "the end of a long wait" for families.
REYES_LIND: list[FeatRow] = [
    ("Tomas", "Tomas", "PROPN", 1, "compound", "Number=Sing"),
    ("Reyes", "Reyes", "PROPN", 16, "nsubj", "Number=Plur"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##Lind", "Lind", "PROPN", 1, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("chief", "chief", "ADJ", 6, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 16, "nsubj", "Degree=Pos"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("campaign", "campaign", "NOUN", 10, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 6, "obl", "Number=Sing"),
    ("Light", "Light", "PROPN", 6, "obl", "Number=Sing"),
    ("at", "at", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("End", "end", "PROPN", 11, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 22, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 22, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 22, "punct", ""),
    ("##the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("end", "end", "NOUN", 16, "ccomp", "Number=Sing"),
    ("of", "of", "ADP", 26, "case", ""),
    ("a", "a", "DET", 26, "det", "Definite=Ind|PronType=Art"),
    ("long", "long", "ADJ", 26, "amod", "Degree=Pos"),
    ("wait", "wait", "NOUN", 22, "nmod", "Number=Sing"),
    ('##"', '"', "PUNCT", 22, "punct", ""),
    ("for", "for", "ADP", 29, "case", ""),
    ("families", "family", "NOUN", 22, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# In a paper published last month, Zhou Mingyu and Rafael Quintanilla, limnologists at the university, found that runoff had doubled.
LIMNOLOGISTS: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("paper", "paper", "NOUN", 18, "obl", "Number=Sing"),
    ("published", "publish", "VERB", 2, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("last", "last", "ADJ", 5, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 18, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Zhou", "Zhou", "PROPN", 8, "compound", "Number=Sing"),
    ("Mingyu", "Mingyu", "PROPN", 5, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Rafael", "Rafael", "PROPN", 8, "conj", "Number=Sing"),
    ("Quintanilla", "Quintanilla", "PROPN", 8, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("limnologists", "limnologist", "NOUN", 5, "conj", "Number=Plur"),
    ("at", "at", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("university", "university", "NOUN", 13, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 22, "mark", ""),
    ("runoff", "runoff", "NOUN", 22, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("doubled", "double", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]
# Quintanilla, reached by phone, was more cautious.
QUINTANILLA_CAUTIOUS: list[FeatRow] = [
    ("Quintanilla", "quintanilla", "ADJ", 8, "discourse", "Degree=Pos"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("reached", "reach", "VERB", 8, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 4, "case", ""),
    ("phone", "phone", "NOUN", 2, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 8, "advmod", "Degree=Cmp"),
    ("cautious", "cautious", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]
# He said the team's data could not yet separate the effects.
QUINTANILLA_HE: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 5, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 3, "case", ""),
    ("data", "data", "NOUN", 9, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 9, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("yet", "yet", "ADV", 9, "advmod", ""),
    ("separate", "separate", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("effects", "effect", "NOUN", 9, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The unprecedented contract covers about 100 workers across six stores in Hamilton and one store in Guelph, Ont., according to the Transport Workers of Ontario, one of the unions representing the employees.
ACCORDING_TO_UNION: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("unprecedented", "unprecedented", "VERB", 2, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("contract", "contract", "NOUN", 3, "nsubj", "Number=Sing"),
    ("covers", "cover", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("about", "about", "ADV", 5, "advmod", ""),
    ("100", "100", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("workers", "worker", "NOUN", 3, "obj", "Number=Plur"),
    ("across", "across", "ADP", 9, "case", ""),
    ("six", "six", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("stores", "store", "NOUN", 3, "obl", "Number=Plur"),
    ("in", "in", "ADP", 11, "case", ""),
    ("Hamilton", "Hamilton", "PROPN", 9, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 14, "cc", ""),
    ("one", "one", "NUM", 14, "nummod", "NumForm=Word|NumType=Card"),
    ("store", "store", "NOUN", 9, "conj", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("Guelph", "Guelph", "PROPN", 14, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("Ont.", "Ont.", "PROPN", 16, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("according", "accord", "VERB", 24, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("Transport", "Transport", "PROPN", 24, "compound", "Number=Sing"),
    ("Workers", "worker", "PROPN", 3, "obl", "Number=Plur"),
    ("of", "of", "ADP", 26, "case", ""),
    ("Ontario", "Ontario", "PROPN", 24, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 28, "punct", ""),
    ("one", "one", "NUM", 24, "appos", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 31, "case", ""),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("unions", "union", "NOUN", 28, "nmod", "Number=Plur"),
    ("representing", "represent", "VERB", 31, "acl", "VerbForm=Ger"),
    ("the", "the", "DET", 34, "det", "Definite=Def|PronType=Art"),
    ("employees", "employee", "NOUN", 32, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# A plow operator who has worked the pass for 21 years said crews had been short four drivers.
PLOW_OPERATOR: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("plow", "plow", "NOUN", 2, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 17, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("worked", "work", "VERB", 2, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("pass", "pass", "NOUN", 5, "obj", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("21", "21", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 5, "obl", "Number=Plur"),
    ("said", "say", "VERB", 12, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("crews", "crew", "NOUN", 17, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "cop", "Tense=Past|VerbForm=Part"),
    ("short", "short", "ADJ", 17, "amod", "Degree=Pos"),
    ("four", "four", "NUM", 17, "nummod", "NumForm=Word|NumType=Card"),
    ("drivers", "driver", "NOUN", -1, "root", "Number=Plur"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# The bill was introduced by Dr Anita Desai, the Labour MP for Kelby South.
DESAI_INTRODUCED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("introduced", "introduce", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 7, "case", ""),
    ("Dr", "Dr", "PROPN", 7, "compound", "Number=Sing"),
    ("Anita", "Anita", "PROPN", 7, "compound", "Number=Sing"),
    ("Desai", "Desai", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("Labour", "Labour", "PROPN", 11, "compound", "Number=Sing"),
    ("MP", "MP", "PROPN", 5, "appos", "Number=Sing"),
    ("for", "for", "ADP", 14, "case", ""),
    ("Kelby", "Kelby", "PROPN", 14, "compound", "Number=Sing"),
    ("South", "South", "PROPN", 11, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# One MP, her voice breaking, described watching her father die in 2019.
ONE_MP: list[FeatRow] = [
    ("One", "one", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("MP", "MP", "NOUN", 7, "obl:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("her", "her", "PRON", 5, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("voice", "voice", "NOUN", 5, "compound", "Number=Sing"),
    ("breaking", "breaking", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("described", "describe", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("watching", "watch", "VERB", 7, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("her", "her", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("father", "father", "NOUN", 8, "obj", "Number=Sing"),
    ("die", "die", "VERB", 8, "xcomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 13, "case", ""),
    ("2019", "2019", "NUM", 11, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# "He asked us every day," she said.
ONE_MP_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##He", "he", "PRON", 2, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("asked", "ask", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("us", "we", "PRON", 2, "iobj", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    ("every", "every", "DET", 5, "det", "PronType=Ind"),
    ("day", "day", "NOUN", 2, "obl:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 9, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The province's chief dam engineer said on Monday that the dam had been "inspected twice" since March.
DAM_ENGINEER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("province", "province", "NOUN", 5, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("chief", "chief", "ADJ", 5, "amod", "Degree=Pos"),
    ("dam", "dam", "NOUN", 5, "compound", "Number=Sing"),
    ("engineer", "engineer", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Monday", "Monday", "PROPN", 6, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("dam", "dam", "NOUN", 15, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 15, "aux:pass", "Tense=Past|VerbForm=Part"),
    ('"', '"', "PUNCT", 15, "punct", ""),
    ("##inspected", "inspect", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("twice", "twice", "ADV", 15, "advmod", "NumForm=Word|NumType=Mult"),
    ('##"', '"', "PUNCT", 15, "punct", ""),
    ("since", "since", "ADP", 19, "case", ""),
    ("March", "March", "PROPN", 15, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# The official, Water Commissioner Rosa Lindqvist, said in an interview that repairs would begin soon.
THE_OFFICIAL_NAMED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("official", "official", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Water", "Water", "PROPN", 5, "compound", "Number=Sing"),
    ("Commissioner", "Commissioner", "PROPN", 5, "compound", "Number=Sing"),
    ("Rosa", "Rosa", "PROPN", 1, "appos", "Number=Sing"),
    ("Lindqvist", "Lindqvist", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 11, "case", ""),
    ("an", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 8, "obl", "Number=Sing"),
    ("that", "that", "PRON", 15, "obj", "PronType=Rel"),
    ("repairs", "repair", "NOUN", 15, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 15, "aux", "VerbForm=Fin"),
    ("begin", "begin", "VERB", 11, "acl:relcl", "VerbForm=Inf"),
    ("soon", "soon", "ADV", 15, "advmod", "Degree=Pos"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# "They should have closed it at noon," said Dale Pruitt.
PRUITT: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##They", "they", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("should", "should", "AUX", 4, "aux", "VerbForm=Fin"),
    ("have", "have", "AUX", 4, "aux", "VerbForm=Inf"),
    ("closed", "close", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("it", "it", "PRON", 4, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("at", "at", "ADP", 7, "case", ""),
    ("noon", "noon", "NOUN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Dale", "Dale", "PROPN", 12, "compound", "Number=Sing"),
    ("Pruitt", "Pruitt", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# "We were running two trucks where we normally run five," he said.
PLOW_HE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("were", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("running", "run", "VERB", 14, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("two", "two", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("trucks", "truck", "NOUN", 3, "obj", "Number=Plur"),
    ("where", "where", "ADV", 9, "advmod", "PronType=Int"),
    ("we", "we", "PRON", 9, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("normally", "normally", "ADV", 9, "advmod", ""),
    ("run", "run", "VERB", 3, "advcl", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("five", "five", "NUM", 9, "obj", "NumForm=Word|NumType=Card"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Barrenechea's team, Velotek-Arens, said it had suspended him from all racing.
VELOTEK: list[FeatRow] = [
    ("Barrenechea", "Barrenechea", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("team", "team", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Velotek", "Velotek", "PROPN", 6, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##Arens", "Arens", "PROPN", 2, "appos", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("suspended", "suspend", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("him", "he", "PRON", 11, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("from", "from", "ADP", 15, "case", ""),
    ("all", "all", "DET", 15, "det", "PronType=Tot"),
    ("racing", "racing", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]
# The Basque sports daily Gaceta Deportiva reported on Monday that investigators had flagged irregular values.
GACETA: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Basque", "Basque", "PROPN", 2, "nsubj", "Number=Sing"),
    ("sports", "sport", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("daily", "daily", "ADJ", 5, "amod", "Degree=Pos"),
    ("Gaceta", "Gaceta", "PROPN", 5, "compound", "Number=Sing"),
    ("Deportiva", "Deportiva", "PROPN", 6, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Monday", "Monday", "PROPN", 6, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("investigators", "investigator", "NOUN", 12, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("flagged", "flagg", "VERB", 6, "advcl", "Tense=Past|VerbForm=Part"),
    ("irregular", "irregular", "ADJ", 14, "amod", "Degree=Pos"),
    ("values", "value", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# "There is just a passion for him," said Robert Antonelli of the Ohio delegation.
ANTONELLI: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##There", "there", "PRON", 2, "expl", ""),
    ("is", "be", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("just", "just", "ADV", 5, "advmod", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("passion", "passion", "NOUN", 2, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 7, "case", ""),
    ("him", "he", "PRON", 5, "nmod", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Robert", "Robert", "PROPN", 12, "compound", "Number=Sing"),
    ("Antonelli", "Antonelli", "PROPN", 10, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("Ohio", "Ohio", "PROPN", 16, "compound", "Number=Sing"),
    ("delegation", "delegation", "NOUN", 12, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# A cleaner who worked at the hotel until January said pest-control visits had been cancelled twice last winter to save money.
UNTIL_JANUARY: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("cleaner", "cleaner", "NOUN", 16, "nsubj:pass", "Number=Sing"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("worked", "work", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("hotel", "hotel", "NOUN", 3, "obl", "Number=Sing"),
    ("until", "until", "SCONJ", 9, "mark", ""),
    ("January", "January", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 16, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("pest", "pest", "NOUN", 12, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 10, "punct", ""),
    ("##control", "control", "NOUN", 13, "compound", "Number=Sing"),
    ("visits", "visit", "NOUN", 16, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 16, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("cancelled", "cancel", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("twice", "twice", "ADV", 19, "amod", "NumForm=Word|NumType=Mult"),
    ("last", "last", "ADJ", 19, "amod", "Degree=Pos"),
    ("winter", "winter", "NOUN", 16, "obj", "Number=Sing"),
    ("to", "to", "PART", 21, "mark", ""),
    ("save", "save", "VERB", 16, "advcl", "VerbForm=Inf"),
    ("money", "money", "NOUN", 21, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# A person close to the talks said a mediator from the National Labour Relations Board had been approached on Friday.
MEDIATOR: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("person", "person", "NOUN", 2, "nsubj", "Number=Sing"),
    ("close", "close", "ADJ", 6, "nsubj", "Degree=Pos"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 2, "obl", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("mediator", "mediator", "NOUN", 6, "obj", "Number=Sing"),
    ("from", "from", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("National", "National", "ADJ", 13, "amod", "Degree=Pos"),
    ("Labour", "Labour", "PROPN", 13, "compound", "Number=Sing"),
    ("Relations", "Relation", "PROPN", 8, "nmod", "Number=Plur"),
    ("Board", "Board", "PROPN", 17, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("approached", "approach", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 19, "case", ""),
    ("Friday", "Friday", "PROPN", 17, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


def test_it_for_a_plural_looking_name_makes_it_one_body():
    # "..., Grovers said on Wednesday. It said ...": a one-word name that looks plural had been a
    # vague class of people ("Americans"); "it" for it makes it one organisation
    # (org_subjects._named clears the class's vagueness and number with the type)
    speaker = _speaker([[GROVERS, GROVERS_2]], "The cuts will cost the company about 180m a year")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Grovers", "organization", "organization")


def test_a_name_set_off_after_a_second_conjunct_names_that_conjunct():
    # "Oduya-Whitlock and the ITIB's head of investigations, Karin Sandoval-Lindgren, told": the
    # hyphen inside the first name is no comma between the subjects (coordination.split_coordination),
    # the name the parse hung on "investigations" names the conjunct
    # (double_subject.name_hung_inside_subject), and her role stops at the "and"
    # (role_words.np_word_before); the speaker had been the bare description
    r = resolve([[ITIB_CHIEF], [ITIB_PAIR]])
    (q,) = [q for q in r.quotes if q.text.startswith("that the board was also examining")]
    assert q.speaker is not None and len(q.speaker.entities) == 2
    second = r.entities[q.speaker.entities[1]]
    assert (second.name, second.type) == ("Karin Sandoval-Lindgren", "person")
    assert [role.text for role in second.roles] == ["the ITIB's head of investigations"]


def test_a_name_set_off_after_a_descriptions_relative_clause_is_the_speaker():
    # "The passenger who filmed the crash, 19-year-old Lena Ortiz, said": the mention leaves the
    # relative clause out and so the name after it (mention_words.apposed_name); the speaker had
    # been the anonymous "The passenger"
    speaker = _speaker([[FILMED]], "the driver had been speeding")
    assert (speaker.name, speaker.type) == ("Lena Ortiz", "person")


def test_a_name_that_reports_citing_its_sources_is_an_outlet():
    # "Vantage reported on Tuesday, citing a person close to the band, that": a name no gazetteer
    # knows, with no role or given name, that reports citing people is an outlet, and the people it
    # cites speak through it (citing.citing_outlet); "Vantage" had been a person speaking
    speaker = _speaker([[VANTAGE]], "that the tour had been cancelled")
    assert (speaker.name, speaker.type) == ("a person close to the band", "anonymous")


def test_he_is_not_the_one_spoken_to():
    # "In an interview with Tigo Sports, he said": the name "he" talked with is no antecedent
    # (statement_cues.spoken_to); "he" had been Tigo Sports, a person with no role
    speaker = _speaker([[AYALA, AYALA_2]], 'the squad had "stopped believing" in the system')
    assert (speaker.name, speaker.type) == ("Ruben Ayala", "person")


def test_a_name_ending_in_an_outlets_word_that_reports_is_an_outlet():
    # "Premium Times reported last week that": two words or more, the last an outlet's word, no
    # given name, reporting (learned._reporting); it had been a person with no role
    speaker = _speaker([[PREMIUM]], "that at least 14 federal universities have raised their charges")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Premium Times", "organization", "organization")


def test_a_capitalised_role_after_the_is_the_holder_named_before():
    # '"...," the Minister told reporters' with "Minister" tagged a proper noun: a description
    # of the holder of the post (epithets.description_head), "Minister for Agriculture Jane Roe";
    # it had been an anonymous source
    speaker = _speaker([[ROE_MINISTER], [THE_MINISTER]], '"We will throw everything at this,"')
    assert (speaker.name, speaker.type) == ("Jane Roe", "person")


def test_a_name_the_parse_made_a_conjunct_of_a_capitalised_title_is_the_speaker():
    # "The Vice-Chancellor, Professor Hauwa Abubakar-Lawal, said" with the name a conjunct of
    # "Chancellor" (the title's last word): the mention keeps it (mention_words.mention_words)
    # and takes it for the name (mentions._choose_name); the speaker had been "The Vice-Chancellor"
    speaker = _speaker([[VICE_CHANCELLOR]], "the university had not reviewed its charges")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Hauwa Abubakar-Lawal", "person", "named")


def test_a_police_rank_abbreviated_before_a_name_is_a_title():
    # "The command's spokesman, SP Babatunde Ehimare, said": "SP" (superintendent of police,
    # person_roles and title_abbreviations) had made the name a body's acronym
    speaker = _speaker([[ONDO, SP_SPOKESMAN]], "nobody had been arrested")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Babatunde Ehimare", "person", "named")
    later = _speaker([[ONDO, SP_SPOKESMAN], [THE_SUPERINTENDENT]], '"We are looking for them,"')
    assert later.name == "Babatunde Ehimare"


def test_a_channel_read_as_its_participles_subject_leaves_the_report_to_the_cue():
    # "said in a written judgment handed down on Friday that ..." with "judgment" the subject of
    # "handed" and the "that" clause its adverbial (second_reports.channel_read_as_subject): the
    # report had run from "in a written judgment"
    r = resolve([[JUDGMENT]])
    (q,) = r.quotes
    assert q.text == "that the committee had acted unlawfully"
    assert q.speaker is not None and q.speaker.name == "Harrow-Bennett"


def test_a_bare_document_is_the_one_a_speaker_before_spoke_in():
    # "According to the judgment, ..." after "Mrs Justice Harrow-Bennett said in a written
    # judgment": the judge's (earlier_documents.spoken_in); it had been "the judgment", a body
    speaker = _speaker([[JUDGMENT], [CONSIDERING], [ACCORDING_JUDGMENT]], "the council must also pay the legal costs")
    assert (speaker.name, speaker.type) == ("Harrow-Bennett", "person")


def test_a_party_set_off_after_a_name_is_no_name():
    # guard of the test above: "said Senator Dana Whitfield, Republican of Ohio," with
    # "Republican" a conjunct of the name; only a title with its article gives its conjunct the
    # name (mentions._choose_name), so the speaker is not "Republican"
    speaker = _speaker([[WHITFIELD]], '"If you cannot get everyone on board, it makes it harder,"')
    assert speaker.name == "Dana Whitfield"


def test_a_role_joined_to_another_before_a_name_describes_the_name():
    # "The exchange's founder and chief executive, Chen Weiming, has not been seen" with
    # "executive" tagged an adjective, a conjunct of "founder" (role_words.nominal_adjective),
    # and the "and" joining two posts, not two people (role_words.np_word_before): he had no role
    speaker = _speaker([[FOUNDER_CHEN], [CHEN_SAID]], '"Our funds are safe,"')
    assert (speaker.name, speaker.anonymity) == ("Chen Weiming", "named")
    assert speaker.role == "The exchange's founder and chief executive"


def test_a_body_placed_by_where_it_is_registered_is_the_one_named_before():
    # "The Dublin-registered company said" after "Velmora, a payments firm ..., froze all
    # accounts": registered, listed or owned places a body as "-based" does
    # (org_subjects.PLACED_BY); it had been a new, unnamed company
    speaker = _speaker([[VELMORA], [REGISTERED]], "that withdrawals had been suspended")
    assert (speaker.name, speaker.type) == ("Velmora", "organization")


def test_a_report_read_as_a_relative_clause_of_the_channel_is_the_cues():
    # "said in a notice that withdrawals had been suspended" with "that" the object of a passive
    # relative clause on "notice" (second_reports.report_read_as_relative): nothing had been reported
    (q,) = resolve([[VELMORA], [REGISTERED]]).quotes
    assert q.text == "that withdrawals had been suspended"


def test_a_noun_brought_in_again_with_a_is_someone_new():
    # "the engineer Tomas Lind" ... "an engineer who has campaigned ... '...,' the engineer told
    # councillors" ... "That engineer, Priya Nair, said": "an engineer" after Lind was named
    # brings in someone else (descriptions._someone_new), whom "That engineer, NAME," names
    # (delayed._same_noun_again); the quote had been Lind's
    speaker = _speaker([[LIND], [RIVAL, REPAIRED], [THAT_ENGINEER]], '"It can be repaired,"')
    assert (speaker.name, speaker.type) == ("Priya Nair", "person")


def test_a_name_set_off_after_a_post_of_a_body_is_not_the_bodys_last_words():
    # "The managing director of Carrow Bay Shipping Lines, Tom Reilly, denied": the apposition
    # is the name, not the last two words of the body read as "Minister of Finance Bill
    # Morneau" (name_titles.title_of_name); the speaker had been the company
    speaker = _speaker([[REILLY]], "that the ship had been overloaded")
    assert (speaker.name, speaker.type) == ("Tom Reilly", "person")


def test_a_body_that_reports_citing_its_sources_is_their_outlet():
    # "Dutch newspaper Het Noordblad reported in 2023, citing people close to the referee, that":
    # a body no gazetteer knows as an outlet, reporting while citing people, is their outlet
    # (citing.citing_outlet); the newspaper had been the speaker
    r = resolve([[NOORDBLAD]])
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.name == "people close to the referee"
    assert q.via is not None and q.via.name == "Het Noordblad"


def test_figures_a_body_published_are_that_bodys():
    # "According to figures the authority published in March," with "authority" the object of
    # "figures": the publisher between the document and its verb (documents._relative_owner);
    # it had been "figures the authority", a vague document
    speaker = _speaker([[FERRY_AUTHORITY], [FIGURES_PUBLISHED]], "the repair work is roughly half finished")
    assert (speaker.name, speaker.type, speaker.anonymity) == (
        "Harbour Ferry Authority",
        "organization",
        "organization",
    )


def test_barrister_is_a_title_and_the_judge_no_one_named():
    # "Barrister Adeyemi-Hart told reporters" (person_roles: the title is no part of the name)
    # is the lawyer named before; "The presiding judge warned" had been taken for him
    barrister = _speaker([[HART_ARGUED, BARRISTER_HART]], 'that the prosecution was "protecting a general."')
    assert barrister.name == "Kunle Adeyemi-Hart"
    judge = _speaker(
        [[HART_ARGUED, BARRISTER_HART], [PRESIDING]], "that anyone who disrupted proceedings would be removed"
    )
    assert (judge.name, judge.type) == ("The presiding judge", "anonymous")


def test_an_of_which_aside_on_a_fronted_phrase_is_not_the_subject():
    # "In a memo to staff, a copy of which was obtained by the Ledger, the company's finance
    # director, Ruth Okafor, wrote that": "copy" (its relative clause opened by "of which")
    # describes the memo; the subject is the phrase set off before the cue, which the parse
    # made an apposition of "Ledger" (second_reports.of_which_aside_read_as_subject)
    speaker = _speaker([[MEMO_COPY]], "that the cuts were unavoidable")
    assert (speaker.name, speaker.type) == ("Ruth Okafor", "person")


def test_a_who_clause_read_as_a_conjunct_is_no_second_report():
    # "..., according to Dana Whitcomb, who directs the Local News Project ... and tracks
    # closures" with "directs" a conjunct of "closed": the clause describes her
    # (relative_roots.who_clause_read_as_conjunct); it had been reported as a second statement
    r = resolve([[WHO_DIRECTS]])
    assert [q.text for q in r.quotes] == ["More than 2,500 newspapers have closed since 2005"]
    assert r.quotes[0].speaker is not None and r.quotes[0].speaker.role is not None
    assert r.quotes[0].speaker.role.startswith("who directs the Local News Project")


def test_people_from_a_body_make_it_the_body_a_noun_means_next():
    # "Investigators from the Office for Fair Trading and Competition raided ... ¶ The regulator
    # said": the body the people of the sentence before came from (org_subjects._main_subject_org);
    # it had been a new, unnamed regulator
    # (the whole "that" clause since session 50: the parse hung it on "statement" and the inner
    # "that they had exchanged information" on "said")
    speaker = _speaker(
        [[INVESTIGATORS_FROM], [THE_REGULATOR]],
        "that it had reasonable grounds to suspect that they had exchanged information",
    )
    assert (speaker.name, speaker.type) == ("Office for Fair Trading and Competition", "organization")


def test_a_share_of_a_loose_class_is_as_loose():
    # "Economists were more cautious. Several said": several of a loose class is vague
    # (misread_heads.group_just_named); "Workers at the plant ... Several said" stays placed
    economists = _speaker([[ECONOMISTS, SEVERAL]], "the rises could be explained by higher costs")
    assert (economists.type, economists.anonymity) == ("anonymous", "vague")
    workers = _speaker([[WORKERS, SEVERAL_PAID]], "they had not been paid")
    assert workers.anonymity == "anonymous"


def test_a_who_clause_of_speech_stays_the_relative_pronouns():
    # guard of the "who" clause repair: "with help from Labor Secretary Tom Ruiz, who said he
    # expects ...": a speech verb's "who" clause is left as the parse has it
    # (relative_roots.who_clause_read_as_conjunct), whose relative pronoun finds Ruiz; moved, the
    # speaker had been "help from Labor Secretary Tom Ruiz"
    speaker = _speaker([[HELP_FROM_RUIZ]], "he expects the agreement to be finalized over the weekend")
    assert speaker.name == "Tom Ruiz"


def test_a_circular_issued_by_a_bodys_registry_is_the_bodys():
    # "according to a circular issued by the registry" after the university spoke: a circular
    # is a document (document_nouns) and a registry a body's office (organization_words); it had
    # been an anonymous person called "a circular"
    speaker = _speaker([[ONDIRA], [CIRCULAR]], "Returning students will pay N198,500 per session")
    assert (speaker.name, speaker.type, speaker.anonymity) == (
        "Federal University of Ondira",
        "organization",
        "organization",
    )


def test_a_document_by_a_body_named_by_its_noun_is_that_bodys():
    # "A 2021 audit by the city comptroller's office found": the office (documents._by_body);
    # it had been the audit, a vague document
    speaker = _speaker([[AUDIT_BY_OFFICE]], "that nearly a third of the cable trays were past their service life")
    assert (speaker.name, speaker.type, speaker.anonymity) == (
        "city comptroller's office",
        "organization",
        "organization",
    )


def test_a_place_the_clause_opens_with_places_its_plural_subject():
    # "In the crowded sports hall in Kalong ..., evacuees said": the people at the scene
    # (loose._at_the_scene), anonymous, not a loose class; "In a joint statement, evacuees said"
    # is no place
    hall = _speaker([[SPORTS_HALL]], "they had fled with nothing")
    assert (hall.type, hall.anonymity) == ("anonymous", "anonymous")
    statement = _speaker([[JOINT_STATEMENT]], "they wanted to go home")
    assert statement.anonymity == "vague"


def test_a_document_by_a_bare_body_noun_is_the_body_last_named():
    # guard of documents._by_body: "A poll by the institute in May found" is the Harbour
    # Research Institute named before, not a new body called "institute"
    speaker = _speaker([[SURVEY_RELEASED, POLL_BY_INSTITUTE]], "the mayor trailing by four points")
    assert (speaker.name, speaker.anonymity) == ("Harbour Research Institute", "organization")


def test_a_description_both_share_after_a_second_name_set_off():
    # "Mei Ling Koh and her husband, Daniel Ong, both retired nurses, said": the second named
    # after a description of his own, and "retired" a verb to the parse
    # (shared_roles._plural_description_after, _modifying); she had had no role
    speaker = _speaker([[KOH_ONG]], "they had lost most of their savings")
    assert (speaker.name, speaker.anonymity, speaker.role) == ("Mei Ling Koh", "named", "both retired nurses")


def test_a_participle_read_as_the_cues_adverbial_clause_leaves_it_the_subject():
    # "Some residents interviewed outside City Hall on Tuesday said the timing ... looked
    # suspicious; others said ..." with "interviewed" an adverbial clause of "said" and the
    # residents its subject (second_reports.reduced_relative_read_as_clause): nobody had said it
    speaker = _speaker([[INTERVIEWED_OUTSIDE]], "the timing of the complaint looked suspicious")
    assert (speaker.name, speaker.type) == ("Some residents", "anonymous")


def test_a_main_verb_hung_deep_in_the_subjects_relative_clause_is_the_main_verb():
    # "Van der Hoeven, who rose to fame as a judge on the BBC cooking contest Fire & Knives,
    # apologised in a video ..., saying he was ..." with "apologised" an adverbial clause of
    # "fame" and the name the root (relative_roots.main_verb_read_into_relative): no speaker
    speaker = _speaker(
        [[HOEVEN_CLOSED], [HOEVEN_APOLOGISED]],
        "he was “devastated and ashamed” and had let down “every single person who has ever eaten at Ember & Salt”",
    )
    assert speaker.name == "Luc van der Hoeven"


def test_a_name_opening_a_sentence_read_as_a_noun_is_the_name_the_article_writes_elsewhere():
    # "Ledgerline at the time called the report ..." with "Ledgerline" a common noun, after
    # "payments startup Ledgerline": the article's lone name (opening_names.opening_names); the
    # speaker had been "Ledgerline at the time", an anonymous person
    speaker = _speaker([[KAPADIA_LEDGERLINE], [LEDGERLINE_CALLED]], 'the report "a cynical attack."')
    assert (speaker.name, speaker.type) == ("Ledgerline", "organization")


def test_citing_that_closes_the_report_is_the_reporters():
    # "The Harwick Sentinel first reported ... that residents had been confined ..., citing two
    # staff members at the home" with "citing" hung on the report's verb: the report's sources
    # (citing.cited_source), through the paper; the paper had been the speaker
    r = resolve([[SENTINEL_CITING]])
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.name == "two staff members at the home"
    assert q.via is not None and q.via.name == "Harwick Sentinel"


def test_a_post_in_capitals_read_as_the_subject_describes_the_name_before_it():
    # "Introducing the bill, Dr Anita Desai, the Labour MP for Kelby South ..., told" with "MP"
    # (a proper noun) the subject and the name hung on "bill": the post describes the name set off
    # before it (mention_words.apposed_name); the speaker had been the anonymous MP
    speaker = _speaker([[DESAI_MP]], 'that the law forced dying people "to choose between pain and secrecy"')
    assert (speaker.name, speaker.type) == ("Anita Desai", "person")


def test_a_post_read_as_an_adjective_subject_describes_a_hyphenated_name_before_it():
    # "Tomas Reyes-Lind, chief executive of the campaign group Light at the End, said" with
    # "executive" an adjective and a second subject, and a hyphen inside the name
    # (mention_words.apposed_name); the speaker had been "the campaign group"
    speaker = _speaker([[REYES_LIND]], 'the vote was "the end of a long wait" for families')
    assert (speaker.name, speaker.type) == ("Tomas Reyes-Lind", "person")


def test_a_surname_opening_a_sentence_read_as_an_adjective_is_the_persons():
    # "Quintanilla, reached by phone, was more cautious. He said" with "Quintanilla" an adjective
    # hung on "cautious": the surname of "Rafael Quintanilla", written in the article, and the
    # subject (opening_names); "He" had been Zhou Mingyu
    speaker = _speaker(
        [[LIMNOLOGISTS], [QUINTANILLA_CAUTIOUS, QUINTANILLA_HE]], "the team's data could not yet separate the effects"
    )
    assert speaker.name == "Rafael Quintanilla"


def test_a_body_named_with_a_role_word_is_no_post_describing_a_name_before_it():
    # guard of mention_words.apposed_name: "..., in Guelph, Ont., according to the Transport
    # Workers of Ontario, one of the unions ...": "Workers" heads a body's name, no post that
    # describes "Ont." before it
    speaker = _speaker(
        [[ACCORDING_TO_UNION]],
        "The unprecedented contract covers about 100 workers across six stores in Hamilton and one store in Guelph, Ont.",
    )
    assert (speaker.name, speaker.type) == ("Transport Workers of Ontario", "organization")


def test_a_cue_read_as_a_modifier_of_the_second_subject_is_the_main_verb():
    # "A plow operator who has worked the pass for 21 years said crews had been short four
    # drivers" with "said" an adjective of "crews" (cue_modifiers.cue_read_as_subjects_modifier):
    # nothing had been reported; an operator a "who" clause describes is a person, not a body
    # (unnamed.UnnamedResolver._for_description)
    speaker = _speaker([[PLOW_OPERATOR]], "crews had been short four drivers")
    assert (speaker.name, speaker.type) == ("A plow operator", "anonymous")


def test_a_posts_seat_is_no_persons_name():
    # "Dr Anita Desai, the Labour MP for Kelby South": the seat after a post's "for" names no
    # person (candidates._body_complement), so "she" a paragraph on is never "Kelby South" (it
    # had been a person with no role); which woman it is, the parse of "One MP, her voice
    # breaking, described ..." does not let the resolver see
    r = resolve([[DESAI_INTRODUCED], [ONE_MP, ONE_MP_2]])
    assert "Kelby South" not in [e.name for e in r.entities]


def test_the_official_named_next_is_the_post_described_before():
    # "The province's chief dam engineer said ... ¶ The official, Water Commissioner Rosa
    # Lindqvist, said": a bare "the official" set off before the next sentence's name refers back
    # (delayed._REFERRING), though the name has a title of its own; the engineer had stayed unnamed
    speaker = _speaker([[DAM_ENGINEER], [THE_OFFICIAL_NAMED]], 'that the dam had been "inspected twice" since March')
    assert (speaker.name, speaker.type) == ("Rosa Lindqvist", "person")


def test_he_goes_on_with_an_unnamed_tradesman_who_just_spoke():
    # "A plow operator who has worked the pass ... said ... '...,' he said": a trade
    # (person_trades) speaking unnamed goes on (pronouns._last_speaker_goes_on); "he" had been
    # Dale Pruitt, quoted a paragraph before
    speaker = _speaker([[PRUITT], [PLOW_OPERATOR, PLOW_HE]], '"We were running two trucks where we normally run five,"')
    assert speaker.name == "A plow operator"


def test_a_name_whose_role_is_a_bodys_noun_is_a_body():
    # "Barrenechea's team, Velotek-Arens, said", "The Basque sports daily Gaceta Deportiva
    # reported": a name described by an institution's or an outlet's noun is a body
    # (role_words.body_role); both had been people with those roles ("a spokeswoman for the
    # company" is still a person's: the noun after a preposition is not the role's head)
    team = _speaker([[VELOTEK]], "it had suspended him from all racing")
    assert (team.name, team.type) == ("Velotek-Arens", "organization")
    daily = _speaker([[GACETA]], "that investigators had flagged irregular values")
    assert (daily.name, daily.type) == ("Gaceta Deportiva", "organization")


def test_a_member_of_a_delegation_is_a_person():
    # guard of role_words.body_role: "said Robert Antonelli of the Ohio delegation" has a body's
    # noun for his role, but a given name: a member of the body, not the body
    speaker = _speaker([[ANTONELLI]], '"There is just a passion for him,"')
    assert (speaker.name, speaker.type) == ("Robert Antonelli", "person")


def test_a_time_closing_a_relative_clause_is_no_subject_of_the_cue():
    # "A cleaner who worked at the hotel until January said pest-control visits had been
    # cancelled" with "until January said" an adverbial clause of the report
    # (second_reports.time_read_as_cue_subject): nothing had been reported
    speaker = _speaker([[UNTIL_JANUARY]], "pest-control visits had been cancelled twice last winter to save money")
    assert (speaker.name, speaker.type) == ("A cleaner", "anonymous")


def test_a_name_split_between_the_cues_object_and_the_reports_subject_is_the_reports():
    # "said a mediator from the National Labour Relations Board had been approached" with
    # "mediator" the object of "said" and "Board" the report's subject
    # (report_subjects.name_split_from_cue_object): the report had begun at "Board"
    (q,) = resolve([[MEDIATOR]]).quotes
    assert q.text == "a mediator from the National Labour Relations Board had been approached on Friday"
