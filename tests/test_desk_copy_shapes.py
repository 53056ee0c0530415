"""Shapes from the fresh articles of session 40 (sets A, B, C, D, I, J), each named by its test;
docs/entities.md (rows marked session 40) gives the module that reads each. Every test here
failed on the code without its change (checked by stashing the change when the test was added),
but the guard test_a_document_owns_no_maker_past_a_dash, which says so. No model needed:
the trees the shipped parser gave for these invented sentences; "##word" follows the word
before with no space (the tokenizer's own spacing)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve
from test_wire_copy_shapes import _speaker

# ABUJA, Sept 23 - Nigeria's central bank kept its rate on hold, saying inflation was slowing.
ABUJA: list[FeatRow] = [
    ("ABUJA", "Abuja", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Sept", "September", "PROPN", 8, "nmod:poss", "Number=Sing"),
    ("23", "23", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("-", "-", "PUNCT", 5, "punct", ""),
    ("Nigeria", "Nigeria", "PROPN", 8, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("central", "central", "ADJ", 8, "amod", "Degree=Pos"),
    ("bank", "bank", "NOUN", 9, "nsubj", "Number=Sing"),
    ("kept", "keep", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("rate", "rate", "NOUN", 9, "obj", "Number=Sing"),
    ("on", "on", "ADP", 13, "case", ""),
    ("hold", "hold", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("saying", "say", "VERB", 16, "amod", "Tense=Pres|VerbForm=Part"),
    ("inflation", "inflation", "NOUN", 18, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("slowing", "slowing", "VERB", 9, "conj", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# The rocket broke apart, a setback for the launch startup Aurelian Space.
STARTUP: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("rocket", "rocket", "NOUN", 2, "nsubj", "Number=Sing"),
    ("broke", "break", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("apart", "apart", "ADV", 2, "advmod", ""),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("setback", "setback", "NOUN", 2, "obj", "Number=Sing"),
    ("for", "for", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("launch", "launch", "NOUN", 12, "compound", "Number=Sing"),
    ("startup", "startup", "ADJ", 12, "amod", "Degree=Pos"),
    ("Aurelian", "aurelian", "ADJ", 12, "amod", "Degree=Pos"),
    ("Space", "Space", "PROPN", 6, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The company said it would fly again.
COMPANY_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("fly", "fly", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("again", "again", "ADV", 5, "advmod", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The rocket lifted off at 9:47 p.m. EDT from Wallops Island.
EDT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("rocket", "rocket", "NOUN", 2, "nsubj", "Number=Sing"),
    ("lifted", "lift", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("off", "off", "ADP", 2, "compound:prt", ""),
    ("at", "at", "ADP", 5, "case", ""),
    ("9:47", "9:47", "NUM", 2, "obl", "NumForm=Digit|NumType=Card"),
    ("p.m.", "p.m.", "PROPN", 5, "nmod:unmarked", "Number=Sing"),
    ("EDT", "EDT", "PROPN", 2, "obl", "Number=Sing"),
    ("from", "from", "ADP", 10, "case", ""),
    ("Wallops", "Wallop", "PROPN", 10, "compound", "Number=Plur"),
    ("Island", "Island", "PROPN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# It flew normally, according to the company's live webcast.
WEBCAST: list[FeatRow] = [
    ("It", "it", "PRON", 1, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("flew", "fly", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("normally", "normally", "ADV", 1, "advmod", ""),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("according", "accord", "VERB", 10, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 10, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 10, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 7, "case", ""),
    ("live", "live", "NOUN", 10, "compound", "Number=Sing"),
    ("webcast", "webcast", "NOUN", 1, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# HARLOW, Neb. - A Great Prairie Railway freight train derailed on Sunday.
HARLOW: list[FeatRow] = [
    ("HARLOW", "Harlow", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Neb.", "Neb.", "PROPN", 0, "flat", "Number=Sing"),
    ("-", "-", "PUNCT", 2, "punct", ""),
    ("A", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("Great", "great", "ADJ", 9, "amod", "Degree=Pos"),
    ("Prairie", "Prairie", "PROPN", 9, "compound", "Number=Sing"),
    ("Railway", "Railway", "PROPN", 9, "compound", "Number=Sing"),
    ("freight", "freight", "NOUN", 9, "compound", "Number=Sing"),
    ("train", "train", "NOUN", 10, "nsubj", "Number=Sing"),
    ("derailed", "derail", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 12, "case", ""),
    ("Sunday", "Sunday", "PROPN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# The crew walked away unhurt, the railroad said.
RAILROAD: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("crew", "crew", "NOUN", 2, "nsubj", "Number=Sing"),
    ("walked", "walk", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("away", "away", "ADV", 4, "advmod", ""),
    ("unhurt", "unhurt", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("railroad", "railroad", "NOUN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Priscilla Oduya of the Lakeshore Dining Guide, who first reviewed Brasa Negra in its opening month, called the closure "a loss."
GUIDE: list[FeatRow] = [
    ("Priscilla", "Priscilla", "ADJ", 1, "amod", "Degree=Pos"),
    ("Oduya", "Oduya", "PROPN", 18, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Lakeshore", "Lakeshore", "PROPN", 6, "compound", "Number=Sing"),
    ("Dining", "dining", "PROPN", 6, "compound", "Number=Sing"),
    ("Guide", "Guide", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("first", "first", "ADV", 10, "advmod", "NumForm=Word|NumType=Ord"),
    ("reviewed", "review", "VERB", 18, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Brasa", "Brasa", "PROPN", 10, "obj", "Number=Sing"),
    ("Negra", "Negra", "PROPN", 10, "obj", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("its", "its", "PRON", 16, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("opening", "opening", "NOUN", 16, "compound", "Number=Sing"),
    ("month", "month", "NOUN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("called", "call", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("closure", "closure", "NOUN", 18, "obj", "Number=Sing"),
    ('"', '"', "PUNCT", 23, "punct", ""),
    ("##a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("loss", "loss", "NOUN", 18, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
    ('##"', '"', "PUNCT", 18, "punct", ""),
]
# "He cooked food from his grandmother's kitchen," she said.
GUIDE_SHE: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##He", "he", "PRON", 2, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("cooked", "cook", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("food", "food", "NOUN", 2, "obj", "Number=Sing"),
    ("from", "from", "ADP", 8, "case", ""),
    ("his", "his", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("grandmother", "grandmother", "NOUN", 8, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 6, "case", ""),
    ("kitchen", "kitchen", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 12, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# Brasa Negra, the wood-fired restaurant, said in a statement that it would close in June.
RESTAURANT: list[FeatRow] = [
    ("Brasa", "Brasa", "PROPN", 1, "compound", "Number=Sing"),
    ("Negra", "Negra", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("wood", "wood", "NOUN", 6, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##fired", "fire", "VERB", 7, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("restaurant", "restaurant", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    ("that", "that", "PRON", 16, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 16, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", 12, "acl:relcl", "VerbForm=Inf"),
    ("in", "in", "ADP", 18, "case", ""),
    ("June", "June", "PROPN", 16, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# Malaria cases fell by two thirds, according to data published by Deccan Biologicals.
DECCAN: list[FeatRow] = [
    ("Malaria", "Malaria", "PROPN", 1, "compound", "Number=Sing"),
    ("cases", "case", "NOUN", 2, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin|Voice=Pass"),
    ("by", "by", "ADP", 5, "case", ""),
    ("two", "two", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("thirds", "third", "NOUN", 2, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("according", "accord", "VERB", 10, "mark", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 10, "mark", ""),
    ("data", "data", "NOUN", 10, "nsubj:pass", "Number=Sing"),
    ("published", "publish", "VERB", 2, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 13, "case", ""),
    ("Deccan", "Deccan", "PROPN", 13, "compound", "Number=Sing"),
    ("Biologicals", "Biological", "PROPN", 10, "obl:agent", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# "No one should think it ends malaria," said Professor Adaeze Nwachukwu, an epidemiologist at the University of Nigeria, Nsukka.
NSUKKA: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##No", "no", "DET", 2, "det", "PronType=Neg"),
    ("one", "one", "PRON", 4, "nsubj", "Number=Sing|PronType=Neg"),
    ("should", "should", "AUX", 4, "aux", "VerbForm=Fin"),
    ("think", "think", "VERB", 10, "ccomp", "VerbForm=Inf"),
    ("it", "it", "PRON", 6, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("ends", "end", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("malaria", "malaria", "NOUN", 6, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Professor", "Professor", "PROPN", 13, "compound", "Number=Sing"),
    ("Adaeze", "Adaeze", "PROPN", 13, "compound", "Number=Sing"),
    ("Nwachukwu", "Nwachukwu", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("an", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("epidemiologist", "epidemiologist", "NOUN", 10, "ccomp", "Number=Sing"),
    ("at", "at", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 16, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 21, "case", ""),
    ("Nigeria", "Nigeria", "PROPN", 19, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("Nsukka", "Nsukka", "PROPN", 19, "appos", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# Sen. Rand Paul attacked the plan on Monday.
PAUL: list[FeatRow] = [
    ("Sen.", "Sen.", "PROPN", 2, "compound", "Number=Sing"),
    ("Rand", "Rand", "PROPN", 2, "compound", "Number=Sing"),
    ("Paul", "Paul", "PROPN", 3, "nsubj", "Number=Sing"),
    ("attacked", "attack", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 3, "obj", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Monday", "Monday", "PROPN", 3, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# "It is a disaster," Paul said.
PAUL_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##It", "it", "PRON", 4, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("disaster", "disaster", "NOUN", 8, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("Paul", "Paul", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]
# The Kentucky Republican said it would raise taxes.
KY_REP: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Kentucky", "Kentucky", "PROPN", 2, "compound", "Number=Sing"),
    ("Republican", "Republican", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 6, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("raise", "raise", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("taxes", "tax", "NOUN", 6, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# The mine is run by Eastern Coalfields Development Ltd. in Jharkhand.
LTD: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mine", "mine", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("run", "run", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 8, "case", ""),
    ("Eastern", "Eastern", "ADJ", 8, "amod", "Degree=Pos"),
    ("Coalfields", "Coalfield", "PROPN", 8, "compound", "Number=Plur"),
    ("Development", "Development", "PROPN", 8, "compound", "Number=Sing"),
    ("Ltd.", "Ltd.", "PROPN", 3, "obl", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("Jharkhand", "Jharkhand", "PROPN", 8, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# The company said the mine had passed an inspection.
COMPANY_INSPECTION: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("mine", "mine", "NOUN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("passed", "pass", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("an", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("inspection", "inspection", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# At least 37 people died in 2023, according to figures from the Mines Safety Directorate, a federal regulator.
FIGURES: list[FeatRow] = [
    ("At", "at", "ADP", 1, "case", ""),
    ("least", "least", "ADJ", 4, "obl", "Degree=Sup"),
    ("37", "37", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 4, "nsubj", "Number=Plur"),
    ("died", "die", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("2023", "2023", "NUM", 4, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("according", "accord", "VERB", 10, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 10, "case", ""),
    ("figures", "figure", "NOUN", 4, "obl", "Number=Plur"),
    ("from", "from", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("Mines", "Mines", "PROPN", 15, "compound", "Number=Plur"),
    ("Safety", "Safety", "PROPN", 15, "compound", "Number=Sing"),
    ("Directorate", "Directorate", "PROPN", 10, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("federal", "federal", "ADJ", 19, "amod", "Degree=Pos"),
    ("regulator", "regulator", "NOUN", 15, "appos", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# A report last month by the Civic Finance Institute found that the city had overspent.
REPORT_LAST_MONTH: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 9, "nsubj", "Number=Sing"),
    ("last", "last", "ADJ", 3, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 9, "nsubj", "Number=Sing"),
    ("by", "by", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Civic", "Civic", "ADJ", 8, "amod", "Degree=Pos"),
    ("Finance", "Finance", "PROPN", 8, "compound", "Number=Sing"),
    ("Institute", "Institute", "PROPN", 3, "nmod", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 14, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("overspent", "overspent", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# In a report published in March, Zhang Lihua and Daniel Okoro, sports economists at Calder University, examined the accounts.
ECONOMISTS: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 13, "obl", "Number=Sing"),
    ("published", "publish", "VERB", 13, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 5, "case", ""),
    ("March", "March", "PROPN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Zhang", "Zhang", "PROPN", 8, "compound", "Number=Sing"),
    ("Lihua", "Lihua", "PROPN", 5, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Daniel", "Daniel", "PROPN", 5, "conj", "Number=Sing"),
    ("Okoro", "Okoro", "PROPN", 5, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("sports", "sport", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("economists", "economist", "NOUN", 13, "obj", "Number=Plur"),
    ("at", "at", "ADP", 17, "case", ""),
    ("Calder", "Calder", "PROPN", 17, "compound", "Number=Sing"),
    ("University", "University", "PROPN", 14, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("examined", "examine", "VERB", 13, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("accounts", "account", "NOUN", 19, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# "Every Games has run over budget," the two economists wrote.
TWO_ECONOMISTS: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##Every", "every", "DET", 2, "det", "PronType=Ind"),
    ("Games", "Game", "PROPN", 4, "nsubj", "Number=Plur"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("run", "run", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("over", "over", "ADP", 6, "case", ""),
    ("budget", "budget", "NOUN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("economists", "economist", "NOUN", 12, "nsubj", "Number=Plur"),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# Two hydrologists, Maria Esposito and Pieter van der Berg, warned the county last year.
HYDROLOGISTS: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("hydrologists", "hydrologist", "NOUN", 11, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Maria", "Maria", "PROPN", 4, "compound", "Number=Sing"),
    ("Esposito", "Esposito", "PROPN", 1, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Pieter", "Pieter", "PROPN", 4, "conj", "Number=Sing"),
    ("van", "van", "PROPN", 8, "compound", "Number=Sing"),
    ("der", "der", "PROPN", 4, "flat", "Number=Sing"),
    ("Berg", "Berg", "PROPN", 4, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("warned", "warn", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("county", "county", "NOUN", 11, "obj", "Number=Sing"),
    ("last", "last", "ADJ", 15, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 11, "obl:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# "A failure would reach the river," the two scientists wrote.
TWO_SCIENTISTS: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("failure", "failure", "NOUN", 4, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 4, "aux", "VerbForm=Fin"),
    ("reach", "reach", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("river", "river", "NOUN", 4, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("scientists", "scientist", "NOUN", 12, "nsubj", "Number=Plur"),
    ("wrote", "write", "VERB", 4, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Chen Yuxin and Marcus Feld, researchers at the firm Halberd Labs, wrote that the group had targeted election bodies.
RESEARCHERS: list[FeatRow] = [
    ("Chen", "Chen", "PROPN", 1, "compound", "Number=Sing"),
    ("Yuxin", "Yuxin", "PROPN", 13, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Marcus", "Marcus", "PROPN", 1, "conj", "Number=Sing"),
    ("Feld", "Feld", "PROPN", 1, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("researchers", "researcher", "NOUN", 1, "conj", "Number=Plur"),
    ("at", "at", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 11, "compound", "Number=Sing"),
    ("Halberd", "Halberd", "PROPN", 11, "compound", "Number=Sing"),
    ("Labs", "Labs", "PROPN", 6, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 18, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("targeted", "target", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    ("election", "election", "NOUN", 20, "compound", "Number=Sing"),
    ("bodies", "body", "NOUN", 18, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# The Wisconsin Republican said the party must unite.
WI_REP: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Wisconsin", "Wisconsin", "PROPN", 2, "compound", "Number=Sing"),
    ("Republican", "Republican", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 7, "nsubj", "Number=Sing"),
    ("must", "must", "AUX", 7, "aux", "VerbForm=Fin"),
    ("unite", "unite", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The Oklahoma State Bureau of Investigation will investigate the deaths, an agency spokesman said.
OSBI: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Oklahoma", "Oklahoma", "PROPN", 3, "compound", "Number=Sing"),
    ("State", "State", "PROPN", 3, "compound", "Number=Sing"),
    ("Bureau", "Bureau", "PROPN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("Investigation", "Investigation", "PROPN", 3, "nmod", "Number=Sing"),
    ("will", "will", "AUX", 7, "aux", "VerbForm=Fin"),
    ("investigate", "investigate", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("deaths", "death", "NOUN", 7, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("an", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("agency", "agency", "NOUN", 13, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# A government spokesperson said the regulator was independent.
GOV_SPOX: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("government", "government", "NOUN", 2, "compound", "Number=Sing"),
    ("spokesperson", "spokesperson", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("regulator", "regulator", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("independent", "independent", "ADJ", 3, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# At least 38 people were missing on Monday after a boat capsized south of Sicily, a German rescue charity said.
CHARITY_LEDE: list[FeatRow] = [
    ("At", "at", "ADP", 1, "case", ""),
    ("least", "least", "ADJ", 5, "obl", "Degree=Sup"),
    ("38", "38", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 5, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("missing", "miss", "VERB", 20, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Monday", "Monday", "PROPN", 5, "obl", "Number=Sing"),
    ("after", "after", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("boat", "boat", "NOUN", 12, "compound", "Number=Sing"),
    ("capsized", "capsize", "VERB", 12, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("south", "south", "NOUN", 5, "obl", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("Sicily", "Sicily", "PROPN", 12, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("German", "German", "ADJ", 19, "amod", "Degree=Pos"),
    ("rescue", "rescue", "NOUN", 19, "compound", "Number=Sing"),
    ("charity", "charity", "NOUN", 20, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]
# The charity, Mare Aperto, said its vessel pulled 51 survivors from the water.
CHARITY_NAMED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("charity", "charity", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Mare", "mare", "PROPN", 1, "appos", "Number=Sing"),
    ("Aperto", "Aperto", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("vessel", "vessel", "NOUN", 9, "nsubj", "Number=Sing"),
    ("pulled", "pull", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("51", "51", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("survivors", "survivor", "NOUN", 9, "obj", "Number=Plur"),
    ("from", "from", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# The death toll rose to 41, the country's civil defence agency said.
AGENCY_LEDE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("death", "death", "NOUN", 2, "compound", "Number=Sing"),
    ("toll", "toll", "NOUN", 3, "nsubj", "Number=Sing"),
    ("rose", "rise", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 5, "case", ""),
    ("41", "41", "NUM", 3, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 12, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 8, "case", ""),
    ("civil", "civil", "ADJ", 12, "amod", "Degree=Pos"),
    ("defence", "defence", "NOUN", 12, "compound", "Number=Sing"),
    ("agency", "agency", "NOUN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# In a statement, the National Civil Defence Institute said 212 people had been injured.
AGENCY_NAMED: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("National", "National", "ADJ", 8, "amod", "Degree=Pos"),
    ("Civil", "Civil", "ADJ", 8, "amod", "Degree=Pos"),
    ("Defence", "Defence", "PROPN", 8, "compound", "Number=Sing"),
    ("Institute", "Institute", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("212", "212", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 14, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 14, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("injured", "injure", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# At least 38 people were missing, a German rescue charity said, in one of the deadliest shipwrecks on the central Mediterranean route this year.
ROUTE: list[FeatRow] = [
    ("At", "at", "ADP", 1, "case", ""),
    ("least", "least", "ADJ", 5, "obl", "Degree=Sup"),
    ("38", "38", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 5, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("missing", "miss", "VERB", 11, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("German", "German", "ADJ", 10, "amod", "Degree=Pos"),
    ("rescue", "rescue", "NOUN", 10, "compound", "Number=Sing"),
    ("charity", "charity", "NOUN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("in", "in", "ADP", 14, "case", ""),
    ("one", "one", "NUM", 11, "obl", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("deadliest", "deadly", "ADJ", 18, "amod", "Degree=Sup"),
    ("shipwrecks", "shipwreck", "NOUN", 14, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("central", "central", "ADJ", 22, "amod", "Degree=Pos"),
    ("Mediterranean", "Mediterranean", "PROPN", 14, "nmod", "Number=Sing"),
    ("route", "route", "VERB", 11, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("this", "this", "DET", 25, "det", "Number=Sing|PronType=Dem"),
    ("year", "year", "NOUN", 23, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# Aurelian's chief executive, speaking at a briefing for reporters around midnight, said early data pointed to a problem with the pneumatic system.
CEO: list[FeatRow] = [
    ("Aurelian", "Aurelian", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("chief", "chief", "NOUN", 3, "nsubj", "Number=Sing"),
    ("executive", "executive", "ADJ", 14, "ccomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("speaking", "speak", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("at", "at", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("briefing", "briefing", "NOUN", 5, "obl", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("reporters", "reporter", "NOUN", 8, "nmod", "Number=Plur"),
    ("around", "around", "ADP", 12, "case", ""),
    ("midnight", "midnight", "NOUN", 10, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("early", "early", "ADJ", 16, "amod", "Degree=Pos"),
    ("data", "data", "NOUN", 14, "obj", "Number=Sing"),
    ("pointed", "point", "VERB", 16, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 20, "case", ""),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("problem", "problem", "NOUN", 17, "obl", "Number=Sing"),
    ("with", "with", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("pneumatic", "pneumatic", "ADJ", 24, "amod", "Degree=Pos"),
    ("system", "system", "NOUN", 20, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# "I don't want to speculate," said Marisol Ferreira-Lund, who co-founded the company in 2018.
CEO_NAMED: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##I", "I", "PRON", 4, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("do", "do", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("##n't", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("want", "want", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 6, "mark", ""),
    ("speculate", "speculate", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 9, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Marisol", "Marisol", "PROPN", 11, "compound", "Number=Sing"),
    ("Ferreira", "Ferreira", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 11, "punct", ""),
    ("##Lund", "Lund", "PROPN", 11, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("who", "who", "PRON", 16, "nsubj", "PronType=Rel"),
    ("co-founded", "co-found", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 16, "obj", "Number=Sing"),
    ("in", "in", "ADP", 20, "case", ""),
    ("2018", "2018", "NUM", 16, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# "What happens here matters everywhere," said Olumide Adebanjo.
ADEBANJO: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##What", "what", "PRON", 8, "nsubj", "PronType=Int"),
    ("happens", "happen", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("here", "here", "ADV", 2, "advmod", "PronType=Dem"),
    ("matters", "matter", "NOUN", 2, "obj", "Number=Plur"),
    ("everywhere", "everywhere", "ADV", 2, "advmod", ""),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Olumide", "Olumide", "PROPN", 10, "compound", "Number=Sing"),
    ("Adebanjo", "Adebanjo", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]
# In an interview with the BBC's Hausa service, Adebanjo said the fund expected supply to improve in the second half of the year as its manufacturer, Deccan Biologicals of Hyderabad, expanded production.
ITS: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 11, "obl", "Number=Sing"),
    ("with", "with", "ADP", 8, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 8, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("Hausa", "Hausa", "PROPN", 8, "compound", "Number=Sing"),
    ("service", "service", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Adebanjo", "Adebanjo", "PROPN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("fund", "fund", "NOUN", 15, "compound", "Number=Sing"),
    ("expected", "expect", "VERB", 15, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("supply", "supply", "NOUN", 11, "iobj", "Number=Sing"),
    ("to", "to", "PART", 17, "mark", ""),
    ("improve", "improve", "VERB", 15, "acl", "VerbForm=Inf"),
    ("in", "in", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("second", "second", "ADJ", 21, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("half", "half", "NOUN", 17, "obl", "NumForm=Word|NumType=Frac|Number=Sing"),
    ("of", "of", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("year", "year", "NOUN", 21, "nmod", "Number=Sing"),
    ("as", "as", "ADP", 27, "case", ""),
    ("its", "its", "PRON", 27, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("manufacturer", "manufacturer", "NOUN", 24, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 30, "punct", ""),
    ("Deccan", "Deccan", "PROPN", 30, "compound", "Number=Sing"),
    ("Biologicals", "Biological", "PROPN", 27, "conj", "Number=Plur"),
    ("of", "of", "ADP", 32, "case", ""),
    ("Hyderabad", "Hyderabad", "PROPN", 30, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 34, "punct", ""),
    ("expanded", "expand", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("production", "production", "NOUN", 34, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Gulfline Power, the region's largest utility, said in a statement that about 412,000 customers were without electricity.
GULF: list[FeatRow] = [
    ("Gulfline", "Gulfline", "PROPN", 1, "compound", "Number=Sing"),
    ("Power", "power", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("region", "region", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("largest", "large", "ADJ", 7, "amod", "Degree=Sup"),
    ("utility", "utility", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    ("that", "that", "PRON", 19, "nsubj", "PronType=Rel"),
    ("about", "about", "ADP", 16, "case", ""),
    ("412,000", "412000", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("customers", "customer", "NOUN", 19, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 19, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("without", "without", "ADP", 19, "case", ""),
    ("electricity", "electricity", "NOUN", 12, "acl:relcl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost."
HTAY: list[FeatRow] = [
    ("Htay", "Htay", "PROPN", 1, "compound", "Number=Sing"),
    ("Oo", "oo", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("its", "its", "PRON", 5, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("acting", "acting", "NOUN", 5, "compound", "Number=Sing"),
    ("chairman", "chairman", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("Reuters", "Reuters", "PROPN", 11, "compound", "Number=Plur"),
    ("news", "news", "NOUN", 11, "compound", "Number=Sing"),
    ("agency", "agency", "NOUN", 7, "obj", "Number=Sing"),
    ("simply", "simply", "ADV", 7, "advmod", ""),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("##We", "we", "PRON", 16, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("lost", "lose", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
    ('##"', '"', "PUNCT", 7, "punct", ""),
]

# A former Harcourt & Vale executive, who asked not to be named because he remains bound by a settlement, said the case had shaken confidence.
HV_EXEC: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 2, "amod", "Degree=Pos"),
    ("Harcourt", "Harcourt", "PROPN", 21, "nsubj", "Number=Sing"),
    ("&", "&", "CCONJ", 4, "cc", ""),
    ("Vale", "Vale", "PROPN", 2, "conj", "Number=Sing"),
    ("executive", "executive", "ADJ", 2, "conj", "Degree=Pos"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 21, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 12, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 12, "mark", ""),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 15, "mark", ""),
    ("he", "he", "PRON", 15, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("remains", "remain", "VERB", 12, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("bound", "bind", "VERB", 15, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("settlement", "settlement", "NOUN", 16, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 25, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 25, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shaken", "shake", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part"),
    ("confidence", "confidence", "NOUN", 25, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]
# Prime Minister Marta Lindqvist survived the vote, a narrow escape that her chief rival said showed the coalition was weak.
RIVAL_LEDE: list[FeatRow] = [
    ("Prime", "Prime", "ADJ", 3, "amod", "Degree=Pos"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Marta", "Marta", "PROPN", 3, "compound", "Number=Sing"),
    ("Lindqvist", "Lindqvist", "PROPN", 4, "nsubj", "Number=Sing"),
    ("survived", "survive", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 4, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("narrow", "narrow", "ADJ", 10, "amod", "Degree=Pos"),
    ("escape", "escape", "NOUN", 4, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("her", "her", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("chief", "chief", "ADJ", 14, "amod", "Degree=Pos"),
    ("rival", "rival", "NOUN", 15, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 10, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("showed", "show", "VERB", 15, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("coalition", "coalition", "NOUN", 20, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 20, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("weak", "weak", "ADJ", 16, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Rafael Echeverría Soto, her chief rival since the 2021 election, called the outcome a defeat.
RIVAL_LATER: list[FeatRow] = [
    ("Rafael", "Rafael", "PROPN", 2, "compound", "Number=Sing"),
    ("Echeverría", "Echeverría", "PROPN", 2, "compound", "Number=Sing"),
    ("Soto", "Soto", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("her", "her", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("chief", "chief", "ADJ", 6, "amod", "Degree=Pos"),
    ("rival", "rival", "NOUN", 12, "nsubj", "Number=Sing"),
    ("since", "since", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("2021", "2021", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("election", "election", "NOUN", 6, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("called", "call", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("outcome", "outcome", "NOUN", 12, "obj", "Number=Sing"),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("defeat", "defeat", "NOUN", 12, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Some students said they supported the increase.
SOME_STUDENTS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("students", "student", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("supported", "support", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("increase", "increase", "NOUN", 4, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Some senators said the bill would fail.
SOME_SENATORS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("senators", "senator", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The inquiry was first reported by L’Équipe, which said, citing a person close to the investigation, that betting monitors had flagged unusually heavy wagering on specific games in Núñez de la Torre’s first-round defeat at a tournament in Oporto in June.
EQUIPE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("inquiry", "inquiry", "NOUN", 4, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("first", "first", "ADV", 4, "advmod", "NumForm=Word|NumType=Ord"),
    ("reported", "report", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("L’Équipe", "L’Équipe", "PROPN", 4, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("which", "which", "PRON", 9, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("citing", "cite", "VERB", 9, "advcl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("person", "person", "NOUN", 11, "obj", "Number=Sing"),
    ("close", "close", "ADJ", 11, "xcomp", "Degree=Pos"),
    ("to", "to", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("investigation", "investigation", "NOUN", 11, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("betting", "betting", "NOUN", 21, "compound", "Number=Sing"),
    ("monitors", "monitor", "NOUN", 23, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 23, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("flagged", "flagg", "VERB", 4, "conj", "Tense=Past|VerbForm=Part"),
    ("unusually", "unusually", "ADV", 25, "advmod", ""),
    ("heavy", "heavy", "ADJ", 26, "amod", "Degree=Pos"),
    ("wagering", "wager", "VERB", 23, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 29, "case", ""),
    ("specific", "specific", "ADJ", 29, "amod", "Degree=Pos"),
    ("games", "game", "NOUN", 26, "obl", "Number=Plur"),
    ("in", "in", "ADP", 34, "case", ""),
    ("Núñez", "Núñez", "PROPN", 34, "compound", "Number=Sing"),
    ("de", "de", "PROPN", 34, "compound", "Number=Sing"),
    ("la", "la", "PROPN", 34, "compound", "Number=Sing"),
    ("Torre", "Torre", "PROPN", 29, "nmod", "Number=Sing"),
    ("##’s", "'s", "PART", 34, "case", ""),
    ("first", "first", "ADJ", 38, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("##-", "-", "PUNCT", 36, "punct", ""),
    ("##round", "round", "ADJ", 39, "amod", "Degree=Pos"),
    ("defeat", "defeat", "NOUN", 26, "obl", "Number=Sing"),
    ("at", "at", "ADP", 42, "case", ""),
    ("a", "a", "DET", 42, "det", "Definite=Ind|PronType=Art"),
    ("tournament", "tournament", "NOUN", 39, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 44, "case", ""),
    ("Oporto", "Oporto", "PROPN", 42, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 46, "case", ""),
    ("June", "June", "PROPN", 44, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# A poll of 1,200 residents commissioned by the Port Calder Herald last month found 52% supported the bid.
POLL: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("poll", "poll", "NOUN", 13, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("1,200", "1200", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("residents", "resident", "NOUN", 1, "nmod", "Number=Plur"),
    ("commissioned", "commission", "VERB", 4, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Port", "Port", "PROPN", 10, "compound", "Number=Sing"),
    ("Calder", "Calder", "PROPN", 10, "compound", "Number=Sing"),
    ("Herald", "Herald", "PROPN", 12, "compound", "Number=Sing"),
    ("last", "last", "ADJ", 12, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 13, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("52", "52", "NUM", 15, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 16, "nsubj", "Number=Sing"),
    ("supported", "support", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("bid", "bid", "NOUN", 16, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# Still, the figure is higher than previous studies have suggested - a report released by the Brookings Institution last year estimated that 46,000 accounts were used.
STUDIES: list[FeatRow] = [
    ("Still", "still", "ADV", 5, "advmod", ""),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("figure", "figure", "NOUN", 5, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("higher", "high", "ADJ", -1, "root", "Degree=Cmp"),
    ("than", "than", "ADP", 8, "case", ""),
    ("previous", "previous", "ADJ", 8, "amod", "Degree=Pos"),
    ("studies", "study", "NOUN", 5, "obl", "Number=Plur"),
    ("have", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("suggested", "suggest", "VERB", 5, "advcl", "Tense=Past|VerbForm=Part"),
    ("-", "-", "PUNCT", 13, "punct", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 10, "obj", "Number=Sing"),
    ("released", "release", "VERB", 13, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("Brookings", "Brooking", "PROPN", 20, "compound", "Number=Plur"),
    ("Institution", "Institution", "PROPN", 20, "compound", "Number=Sing"),
    ("last", "last", "ADJ", 20, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 14, "obl", "Number=Sing"),
    ("estimated", "estimate", "VERB", 20, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("46,000", "46000", "NUM", 24, "nummod", "NumForm=Digit|NumType=Card"),
    ("accounts", "account", "NOUN", 26, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 26, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("used", "use", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# According to a report in The Columbus Dispatch that cited two county employees, the health department asked the state for emergency funding.
DISPATCH: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 17, "obl", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("The", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Columbus", "Columbus", "PROPN", 7, "compound", "Number=Sing"),
    ("Dispatch", "dispatch", "PROPN", 3, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 9, "nsubj", "PronType=Rel"),
    ("cited", "cite", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("two", "two", "NUM", 12, "nummod", "NumForm=Word|NumType=Card"),
    ("county", "county", "NOUN", 12, "compound", "Number=Sing"),
    ("employees", "employee", "NOUN", 9, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("health", "health", "NOUN", 16, "compound", "Number=Sing"),
    ("department", "department", "NOUN", 17, "nsubj", "Number=Sing"),
    ("asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 17, "obj", "Number=Sing"),
    ("for", "for", "ADP", 22, "case", ""),
    ("emergency", "emergency", "NOUN", 22, "compound", "Number=Sing"),
    ("funding", "funding", "NOUN", 19, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# SINGAPORE/HONG KONG, May 14 (Reuters) - Vantrix, a Singapore-based cryptocurrency exchange, froze all customer withdrawals on Tuesday, the company said.
SINGAPORE: list[FeatRow] = [
    ("SINGAPORE", "Singapore", "PROPN", 29, "nsubj", "Number=Sing"),
    ("##/", "/", "SYM", 2, "cc", ""),
    ("##HONG", "Hong", "PROPN", 0, "conj", "Number=Sing"),
    ("KONG", "Kong", "PROPN", 0, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("May", "May", "PROPN", 0, "conj", "Number=Sing"),
    ("14", "14", "NUM", 0, "appos", "NumForm=Digit|NumType=Card"),
    ("(", "(", "PUNCT", 8, "punct", ""),
    ("##Reuters", "Reuters", "PROPN", 6, "nmod:unmarked", "Number=Sing"),
    ("##)", ")", "PUNCT", 8, "punct", ""),
    ("-", "-", "PUNCT", 8, "punct", ""),
    ("Vantrix", "Vantrix", "PROPN", 0, "list", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("Singapore", "Singapore", "PROPN", 16, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 14, "punct", ""),
    ("##based", "based", "ADJ", 18, "amod", "Degree=Pos"),
    ("cryptocurrency", "cryptocurrency", "NOUN", 18, "compound", "Number=Sing"),
    ("exchange", "exchange", "NOUN", 11, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("froze", "froze", "VERB", 0, "parataxis", "VerbForm=Fin"),
    ("all", "all", "DET", 23, "det", "PronType=Tot"),
    ("customer", "customer", "NOUN", 23, "compound", "Number=Sing"),
    ("withdrawals", "withdrawal", "NOUN", 20, "obj", "Number=Plur"),
    ("on", "on", "ADP", 25, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 23, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 29, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 29, "punct", ""),
]
# The company said it had found irregularities.
FOUND: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("found", "find", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("irregularities", "irregularity", "NOUN", 5, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# According to Occupational Safety and Health Administration records, the plant was fined $48,000 in 2021.
OSHA: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("Occupational", "occupational", "ADJ", 3, "amod", "Degree=Pos"),
    ("Safety", "Safety", "PROPN", 12, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("Health", "Health", "PROPN", 7, "compound", "Number=Sing"),
    ("Administration", "Administration", "PROPN", 7, "compound", "Number=Sing"),
    ("records", "record", "NOUN", 3, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fined", "fine", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("$", "$", "SYM", 12, "obj", ""),
    ("##48,000", "48000", "NUM", 13, "nummod", "NumForm=Digit|NumType=Card"),
    ("in", "in", "ADP", 16, "case", ""),
    ("2021", "2021", "NUM", 12, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# Vantrix, a Singapore-based cryptocurrency exchange, froze all withdrawals on Tuesday.
VANTRIX: list[FeatRow] = [
    ("Vantrix", "Vantrix", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("Singapore", "Singapore", "PROPN", 5, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##based", "based", "ADJ", 7, "amod", "Degree=Pos"),
    ("cryptocurrency", "cryptocurrency", "NOUN", 7, "compound", "Number=Sing"),
    ("exchange", "exchange", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("froze", "froze", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("all", "all", "DET", 11, "det", "PronType=Tot"),
    ("withdrawals", "withdrawal", "NOUN", 9, "obj", "Number=Plur"),
    ("on", "on", "ADP", 13, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# In a statement, the exchange said it had found irregularities.
EXCHANGE_SAID: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("exchange", "exchange", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 9, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("found", "find", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    ("irregularities", "irregularity", "NOUN", 9, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Speaking to the BBC's Focus on Africa programme, the Minister of State for Health, Dr Folasade Adebanjo-Ike, said payments would reach doctors' accounts within two weeks.
MINISTER: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 23, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 5, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 3, "case", ""),
    ("Focus", "focus", "PROPN", 0, "obl", "Number=Sing"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Africa", "Africa", "PROPN", 8, "compound", "Number=Sing"),
    ("programme", "programme", "NOUN", 0, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("Minister", "Minister", "PROPN", 5, "appos", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("State", "State", "PROPN", 11, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 15, "case", ""),
    ("Health", "Health", "PROPN", 13, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("Dr", "Dr", "PROPN", 19, "compound", "Number=Sing"),
    ("Folasade", "Folasade", "PROPN", 19, "compound", "Number=Sing"),
    ("Adebanjo", "Adebanjo", "PROPN", 15, "conj", "Number=Sing"),
    ("##-", "-", "PUNCT", 19, "punct", ""),
    ("##Ike", "Ike", "PROPN", 15, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("payments", "payment", "NOUN", 26, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 26, "aux", "VerbForm=Fin"),
    ("reach", "reach", "VERB", 23, "ccomp", "VerbForm=Inf"),
    ("doctors", "doctor", "NOUN", 29, "nmod:poss", "Number=Plur"),
    ("##'", "'s", "PART", 27, "case", ""),
    ("accounts", "account", "NOUN", 26, "obj", "Number=Plur"),
    ("within", "within", "ADP", 32, "case", ""),
    ("two", "two", "NUM", 32, "nummod", "NumForm=Word|NumType=Card"),
    ("weeks", "week", "NOUN", 26, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 23, "punct", ""),
]
# Two trustees who voted against the board's final offer, Harjit Sandhu and Claire Beaumont, said in a joint letter to parents that the district had lost money.
TRUSTEES: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("trustees", "trustee", "NOUN", 17, "nsubj", "Number=Plur"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("voted", "vote", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "ADP", 9, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 9, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 6, "case", ""),
    ("final", "final", "ADJ", 9, "amod", "Degree=Pos"),
    ("offer", "offer", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("Harjit", "Harjit", "PROPN", 12, "compound", "Number=Sing"),
    ("Sandhu", "Sandhu", "PROPN", 9, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 14, "cc", ""),
    ("Claire", "Claire", "PROPN", 12, "conj", "Number=Sing"),
    ("Beaumont", "Beaumont", "PROPN", 12, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 21, "case", ""),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 21, "amod", "Degree=Pos"),
    ("letter", "letter", "NOUN", 17, "obl", "Number=Sing"),
    ("to", "to", "ADP", 23, "case", ""),
    ("parents", "parent", "NOUN", 21, "nmod", "Number=Plur"),
    ("that", "that", "SCONJ", 28, "mark", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("district", "district", "NOUN", 28, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 28, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lost", "lose", "VERB", 17, "advcl", "Tense=Past|VerbForm=Part"),
    ("money", "money", "NOUN", 28, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# A Grade 8 science teacher who voted against the deal said many younger teachers felt the union had given up too much.
TEACHER: list[FeatRow] = [
    ("A", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("Grade", "Grade", "PROPN", 4, "compound", "Number=Sing"),
    ("8", "8", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("science", "science", "NOUN", 4, "compound", "Number=Sing"),
    ("teacher", "teacher", "NOUN", 10, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("voted", "vote", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 6, "obl", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("many", "many", "ADJ", 13, "amod", "Degree=Pos"),
    ("younger", "young", "ADJ", 13, "amod", "Degree=Cmp"),
    ("teachers", "teacher", "NOUN", 14, "nsubj", "Number=Plur"),
    ("felt", "feel", "VERB", 10, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 18, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("given", "give", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part"),
    ("up", "up", "ADP", 18, "compound:prt", ""),
    ("too", "too", "ADV", 21, "advmod", ""),
    ("much", "much", "ADV", 18, "advmod", "Degree=Pos"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# The vote passed by a wide margin.
VOTE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 2, "nsubj:pass", "Number=Sing"),
    ("passed", "pass", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("wide", "wide", "ADJ", 6, "amod", "Degree=Pos"),
    ("margin", "margin", "NOUN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The teacher, Amara Nwachukwu-Bell, who is in her fourth year in the district, said she had not yet decided whether to return.
THE_TEACHER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("teacher", "teacher", "NOUN", 18, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Amara", "Amara", "PROPN", 4, "compound", "Number=Sing"),
    ("Nwachukwu", "Nwachukwu", "PROPN", 1, "appos", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##Bell", "Bell", "PROPN", 4, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("is", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "ADP", 13, "case", ""),
    ("her", "her", "PRON", 13, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("fourth", "fourth", "ADJ", 13, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("year", "year", "NOUN", 18, "ccomp", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("district", "district", "NOUN", 13, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 23, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 23, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 23, "advmod", "Polarity=Neg"),
    ("yet", "yet", "ADV", 23, "advmod", ""),
    ("decided", "decide", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part"),
    ("whether", "whether", "SCONJ", 26, "mark", ""),
    ("to", "to", "PART", 26, "mark", ""),
    ("return", "return", "VERB", 23, "advcl", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]


# Actor Rafael Ibarra-Lund sues tabloid for $40 million over affair story
GLIMMER: list[FeatRow] = [
    ("Actor", "actor", "PROPN", 2, "compound", "Number=Sing"),
    ("Rafael", "Rafael", "PROPN", 2, "compound", "Number=Sing"),
    ("Ibarra", "Ibarra", "PROPN", 5, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 2, "punct", ""),
    ("##Lund", "Lund", "PROPN", 2, "flat", "Number=Sing"),
    ("sues", "sue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("tabloid", "tabloid", "NOUN", 5, "obj", "Number=Sing"),
    ("for", "for", "ADP", 8, "case", ""),
    ("$", "$", "SYM", 5, "obl", ""),
    ("##40", "40", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("over", "over", "ADP", 13, "case", ""),
    ("affair", "affair", "NOUN", 13, "compound", "Number=Sing"),
    ("story", "story", "NOUN", 5, "obl", "Number=Sing"),
]
# Rafael Ibarra-Lund arrives at a screening in Los Angeles in January.
GLIMMER_2: list[FeatRow] = [
    ("Rafael", "Rafael", "PROPN", 1, "compound", "Number=Sing"),
    ("Ibarra", "Ibarra", "PROPN", 4, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##Lund", "Lund", "PROPN", 1, "flat", "Number=Sing"),
    ("arrives", "arrive", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("screening", "screen", "NOUN", 4, "obl", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("Los", "Los", "PROPN", 10, "compound", "Number=Sing"),
    ("Angeles", "Angeles", "PROPN", 7, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 12, "case", ""),
    ("January", "January", "PROPN", 10, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Actor Rafael Ibarra-Lund filed a $40 million defamation lawsuit on Monday against the publisher of The Weekly Glimmer, accusing the tabloid of inventing an extramarital affair and a drug relapse in a cover story that he says cost him a leading role in a forthcoming streaming series.
GLIMMER_3: list[FeatRow] = [
    ("Actor", "actor", "PROPN", 2, "compound", "Number=Sing"),
    ("Rafael", "Rafael", "PROPN", 2, "compound", "Number=Sing"),
    ("Ibarra", "Ibarra", "PROPN", 5, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 2, "punct", ""),
    ("##Lund", "Lund", "PROPN", 2, "flat", "Number=Sing"),
    ("filed", "file", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("$", "$", "SYM", 11, "compound", ""),
    ("##40", "40", "NUM", 9, "compound", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("defamation", "defamation", "NOUN", 11, "compound", "Number=Sing"),
    ("lawsuit", "lawsuit", "NOUN", 5, "obj", "Number=Sing"),
    ("on", "on", "ADP", 13, "case", ""),
    ("Monday", "Monday", "PROPN", 11, "nmod", "Number=Sing"),
    ("against", "against", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("publisher", "publisher", "NOUN", 5, "obl", "Number=Sing"),
    ("of", "of", "ADP", 20, "case", ""),
    ("The", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("Weekly", "weekly", "ADJ", 20, "amod", "Degree=Pos"),
    ("Glimmer", "Glimmer", "PROPN", 16, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("accusing", "accuse", "VERB", 5, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("tabloid", "tabloid", "NOUN", 22, "obj", "Number=Sing"),
    ("of", "of", "SCONJ", 26, "mark", ""),
    ("inventing", "invent", "VERB", 24, "acl", "VerbForm=Ger"),
    ("an", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("extramarital", "extramarital", "ADJ", 29, "amod", "Degree=Pos"),
    ("affair", "affair", "NOUN", 26, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 33, "cc", ""),
    ("a", "a", "DET", 33, "det", "Definite=Ind|PronType=Art"),
    ("drug", "drug", "NOUN", 33, "compound", "Number=Sing"),
    ("relapse", "relapse", "NOUN", 29, "conj", "Number=Sing"),
    ("in", "in", "ADP", 37, "case", ""),
    ("a", "a", "DET", 37, "det", "Definite=Ind|PronType=Art"),
    ("cover", "cover", "NOUN", 37, "compound", "Number=Sing"),
    ("story", "story", "NOUN", 33, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 40, "mark", ""),
    ("he", "he", "PRON", 40, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("says", "say", "VERB", 37, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("cost", "cost", "VERB", 40, "xcomp", "VerbForm=Inf"),
    ("him", "he", "PRON", 41, "iobj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("a", "a", "DET", 45, "det", "Definite=Ind|PronType=Art"),
    ("leading", "lead", "VERB", 45, "amod", "VerbForm=Ger"),
    ("role", "role", "NOUN", 41, "obj", "Number=Sing"),
    ("in", "in", "ADP", 50, "case", ""),
    ("a", "a", "DET", 50, "det", "Definite=Ind|PronType=Art"),
    ("forthcoming", "forthcoming", "NOUN", 50, "compound", "Number=Sing"),
    ("streaming", "stream", "NOUN", 50, "compound", "Number=Sing"),
    ("series", "series", "NOUN", 41, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# The complaint, filed in Los Angeles County Superior Court, says the magazine's March 3 article was "built from rumor, fabrication and photographs taken out of context."
GLIMMER_4: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("complaint", "complaint", "NOUN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("filed", "file", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Los", "Los", "PROPN", 3, "obl", "Number=Sing"),
    ("Angeles", "Angeles", "PROPN", 9, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 9, "compound", "Number=Sing"),
    ("Superior", "Superior", "PROPN", 9, "compound", "Number=Sing"),
    ("Court", "Court", "PROPN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("magazine", "magazine", "NOUN", 17, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 13, "case", ""),
    ("March", "March", "PROPN", 17, "compound", "Number=Sing"),
    ("3", "3", "NUM", 17, "nummod", "NumForm=Digit|NumType=Card"),
    ("article", "article", "NOUN", 20, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 20, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 20, "punct", ""),
    ("##built", "build", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("from", "from", "ADP", 22, "case", ""),
    ("rumor", "rumor", "NOUN", 20, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("fabrication", "fabrication", "NOUN", 22, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 26, "cc", ""),
    ("photographs", "photograph", "NOUN", 22, "conj", "Number=Plur"),
    ("taken", "take", "VERB", 20, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("out", "out", "ADP", 30, "case", ""),
    ("of", "of", "ADP", 30, "case", ""),
    ("context", "context", "NOUN", 27, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
    ('##"', '"', "PUNCT", 11, "punct", ""),
]
# It also alleges that editors ignored written denials sent before publication.
GLIMMER_5: list[FeatRow] = [
    ("It", "it", "PRON", 2, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("also", "also", "ADV", 2, "advmod", ""),
    ("alleges", "allege", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 5, "mark", ""),
    ("editors", "editor", "NOUN", 5, "nsubj", "Number=Plur"),
    ("ignored", "ignore", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("written", "write", "VERB", 7, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("denials", "denial", "NOUN", 5, "obj", "Number=Plur"),
    ("sent", "send", "VERB", 7, "acl", "Person=3|Tense=Past|VerbForm=Part|Voice=Pass"),
    ("before", "before", "ADP", 10, "case", ""),
    ("publication", "publication", "NOUN", 8, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Sports lawyers said the ban could be cut on appeal.
SPORTS_LAWYERS: list[FeatRow] = [
    ("Sports", "sport", "NOUN", 1, "compound", "Number=Plur"),
    ("lawyers", "lawyer", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("ban", "ban", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("could", "could", "AUX", 7, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 7, "aux:pass", "VerbForm=Inf"),
    ("cut", "cut", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 9, "case", ""),
    ("appeal", "appeal", "NOUN", 7, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Defense lawyers said the ban could be cut on appeal.
DEFENSE_LAWYERS: list[FeatRow] = [
    ("Defense", "Defense", "NOUN", 1, "compound", "Number=Sing"),
    ("lawyers", "lawyer", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("ban", "ban", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("could", "could", "AUX", 7, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 7, "aux:pass", "VerbForm=Inf"),
    ("cut", "cut", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 9, "case", ""),
    ("appeal", "appeal", "NOUN", 7, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# A former assistant coach who worked under Mr. Delahunty from 2016 to 2020 said he had raised concerns about the roster.
COACH: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 3, "amod", "Degree=Pos"),
    ("assistant", "assistant", "NOUN", 3, "compound", "Number=Sing"),
    ("coach", "coach", "NOUN", 13, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("worked", "work", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("under", "under", "ADP", 8, "case", ""),
    ("Mr.", "Mr.", "PROPN", 8, "compound", "Number=Sing"),
    ("Delahunty", "Delahunty", "PROPN", 5, "obl", "Number=Sing"),
    ("from", "from", "ADP", 10, "case", ""),
    ("2016", "2016", "NUM", 5, "obl", "NumForm=Digit|NumType=Card"),
    ("to", "to", "ADP", 12, "case", ""),
    ("2020", "2020", "NUM", 13, "obl", "NumForm=Digit|NumType=Card"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 16, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("raised", "raise", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    ("concerns", "concern", "NOUN", 16, "obj", "Number=Plur"),
    ("about", "about", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("roster", "roster", "NOUN", 16, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# "There were names on that roster I never once saw at the boathouse," he said.
COACH_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##There", "there", "PRON", 2, "expl", ""),
    ("were", "be", "VERB", 17, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("names", "name", "NOUN", 2, "nsubj", "Number=Plur"),
    ("on", "on", "ADP", 6, "case", ""),
    ("that", "that", "DET", 6, "det", "Number=Sing|PronType=Dem"),
    ("roster", "roster", "NOUN", 3, "nmod", "Number=Sing"),
    ("I", "I", "PRON", 10, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("never", "never", "ADV", 10, "advmod", "PronType=Neg"),
    ("once", "once", "ADV", 10, "advmod", "NumForm=Word|NumType=Ord"),
    ("saw", "see", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("boathouse", "boathouse", "NOUN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("he", "he", "PRON", 17, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# At Linden Park Elementary, where a handful of parents pulled into the drop-off lane before learning of the closure, several said they had never received the alert.
LINDEN: list[FeatRow] = [
    ("At", "at", "ADP", 2, "case", ""),
    ("Linden", "Linden", "PROPN", 2, "compound", "Number=Sing"),
    ("Park", "Park", "PROPN", 24, "obl", "Number=Sing"),
    ("Elementary", "Elementary", "PROPN", 24, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("where", "where", "ADV", 10, "advmod", "PronType=Int"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("handful", "handful", "NOUN", 10, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("parents", "parent", "NOUN", 7, "nmod", "Number=Plur"),
    ("pulled", "pull", "VERB", 24, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("into", "into", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("drop", "drop", "NOUN", 15, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 13, "punct", ""),
    ("##off", "off", "ADP", 16, "amod", ""),
    ("lane", "lane", "NOUN", 10, "obl", "Number=Sing"),
    ("before", "before", "SCONJ", 18, "mark", ""),
    ("learning", "learning", "NOUN", 28, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("closure", "closure", "NOUN", 18, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("several", "several", "ADJ", 24, "nsubj", "Degree=Pos"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 28, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 28, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("never", "never", "ADV", 28, "advmod", "PronType=Neg"),
    ("received", "receive", "VERB", 24, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("alert", "alert", "NOUN", 28, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 24, "punct", ""),
]

# "Since morning no doctor has come to see him.
HAUWA: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("##Since", "since", "SCONJ", 6, "mark", ""),
    ("morning", "morning", "NOUN", 6, "obl", "Number=Sing"),
    ("no", "no", "DET", 4, "det", "PronType=Neg"),
    ("doctor", "doctor", "NOUN", 6, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("come", "come", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 8, "mark", ""),
    ("see", "see", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("him", "he", "PRON", 8, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# Only one nurse for the whole ward," said Hauwa Abdullahi Sule, whose 62-year-old father was admitted with a stroke on Friday.
HAUWA_2: list[FeatRow] = [
    ("Only", "only", "ADV", 2, "advmod", ""),
    ("one", "one", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("nurse", "nurse", "NOUN", 9, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("whole", "whole", "ADJ", 6, "amod", "Degree=Pos"),
    ("ward", "ward", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 9, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Hauwa", "Hauwa", "PROPN", 12, "compound", "Number=Sing"),
    ("Abdullahi", "Abdullahi", "PROPN", 12, "compound", "Number=Sing"),
    ("Sule", "Sule", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("whose", "whose", "PRON", 20, "nmod:poss", "PronType=Rel"),
    ("62", "62", "NUM", 17, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 15, "punct", ""),
    ("##year", "year", "NOUN", 19, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 17, "punct", ""),
    ("##old", "old", "ADJ", 20, "amod", "Degree=Pos"),
    ("father", "father", "NOUN", 22, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 22, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("admitted", "admit", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 25, "case", ""),
    ("a", "a", "DET", 25, "det", "Definite=Ind|PronType=Art"),
    ("stroke", "stroke", "NOUN", 22, "obl", "Number=Sing"),
    ("on", "on", "ADP", 27, "case", ""),
    ("Friday", "Friday", "PROPN", 25, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# She said the family was considering moving him to a private clinic but could not afford the deposit.
HAUWA_3: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 5, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("considering", "consider", "VERB", 1, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("moving", "move", "VERB", 5, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("him", "he", "PRON", 6, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("to", "to", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("private", "private", "ADJ", 11, "amod", "Degree=Pos"),
    ("clinic", "clinic", "NOUN", 6, "obl", "Number=Sing"),
    ("but", "but", "CCONJ", 15, "cc", ""),
    ("could", "could", "AUX", 15, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 15, "advmod", "Polarity=Neg"),
    ("afford", "afford", "VERB", 1, "conj", "VerbForm=Inf"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("deposit", "deposit", "NOUN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Giving evidence on the second day of hearings in Leeds, the club’s former head of safety, Gareth Pendlebury, said he had warned the board twice in 2022 that the turnstiles at the north end were “not fit for a sell-out crowd”.
EVIDENCE: list[FeatRow] = [
    ("Giving", "give", "VERB", 22, "advcl", "Tense=Pres|VerbForm=Part"),
    ("evidence", "evidence", "NOUN", 22, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("second", "second", "ADJ", 5, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("day", "day", "NOUN", 0, "obl", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("hearings", "hearing", "NOUN", 5, "nmod", "Number=Plur"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Leeds", "Leeds", "PROPN", 7, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 15, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 12, "case", ""),
    ("former", "former", "ADJ", 15, "amod", "Degree=Pos"),
    ("head", "head", "NOUN", 1, "conj", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("safety", "safety", "NOUN", 15, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("Gareth", "Gareth", "PROPN", 20, "compound", "Number=Sing"),
    ("Pendlebury", "Pendlebury", "PROPN", 17, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 25, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 25, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("warned", "warn", "VERB", 22, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 25, "obj", "Number=Sing"),
    ("twice", "twice", "ADV", 25, "advmod", "NumForm=Word|NumType=Mult"),
    ("in", "in", "ADP", 30, "case", ""),
    ("2022", "2022", "NUM", 25, "obl", "NumForm=Digit|NumType=Card"),
    ("that", "that", "SCONJ", 41, "mark", ""),
    ("the", "the", "DET", 33, "det", "Definite=Def|PronType=Art"),
    ("turnstiles", "turnstile", "NOUN", 41, "nsubj:pass", "Number=Plur"),
    ("at", "at", "ADP", 37, "case", ""),
    ("the", "the", "DET", 37, "det", "Definite=Def|PronType=Art"),
    ("north", "north", "ADJ", 37, "amod", "Degree=Pos"),
    ("end", "end", "NOUN", 33, "nmod", "Number=Sing"),
    ("were", "be", "AUX", 41, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("“", '"', "PUNCT", 41, "punct", ""),
    ("##not", "not", "PART", 41, "advmod", "Polarity=Neg"),
    ("fit", "fit", "VERB", 25, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 47, "case", ""),
    ("a", "a", "DET", 47, "det", "Definite=Ind|PronType=Art"),
    ("sell", "sell", "NOUN", 46, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 44, "punct", ""),
    ("##out", "out", "ADP", 47, "amod", ""),
    ("crowd", "crowd", "NOUN", 41, "obl", "Number=Sing"),
    ("##”", '"', "PUNCT", 41, "punct", ""),
    ("##.", ".", "PUNCT", 22, "punct", ""),
]
# Forty-seven people were injured in the crush before Caldmoor Athletic’s FA Cup tie against Stainforth Rovers.
EVIDENCE_2: list[FeatRow] = [
    ("Forty", "forty", "PROPN", 5, "nsubj:pass", "Number=Sing"),
    ("##-", "-", "PUNCT", 0, "punct", ""),
    ("##seven", "seven", "NUM", 3, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 5, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("injured", "injure", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("crush", "crush", "NOUN", 5, "obl", "Number=Sing"),
    ("before", "before", "ADP", 15, "case", ""),
    ("Caldmoor", "Caldmoor", "PROPN", 15, "nmod:poss", "Number=Sing"),
    ("Athletic", "Athletic", "PROPN", 15, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 11, "case", ""),
    ("FA", "FA", "PROPN", 15, "compound", "Number=Sing"),
    ("Cup", "Cup", "PROPN", 15, "compound", "Number=Sing"),
    ("tie", "tie", "NOUN", 8, "nmod", "Number=Sing"),
    ("against", "against", "ADP", 18, "case", ""),
    ("Stainforth", "Stainforth", "PROPN", 18, "compound", "Number=Sing"),
    ("Rovers", "Rover", "PROPN", 15, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Peru quake death toll climbs to 41 as rescuers reach cut-off villages, agency says
QUAKE_HEAD: list[FeatRow] = [
    ("Peru", "Peru", "NOUN", 4, "compound", "Number=Sing"),
    ("quake", "quake", "NOUN", 4, "compound", "Number=Sing"),
    ("death", "death", "NOUN", 4, "compound", "Number=Sing"),
    ("toll", "toll", "NOUN", 4, "compound", "Number=Sing"),
    ("climbs", "climb", "NOUN", 9, "nsubj", "Number=Plur"),
    ("to", "to", "ADP", 6, "case", ""),
    ("41", "41", "NUM", 4, "nmod", "NumForm=Digit|NumType=Card"),
    ("as", "as", "ADP", 8, "case", ""),
    ("rescuers", "rescuer", "NOUN", 9, "nsubj", "Number=Plur"),
    ("reach", "reach", "VERB", 16, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("cut", "cut", "VERB", 13, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##-", "-", "PUNCT", 12, "punct", ""),
    ("##off", "off", "ADP", 13, "amod", ""),
    ("villages", "village", "NOUN", 9, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("agency", "agency", "NOUN", 16, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
]
# The death toll rose to 41, the country's civil defence agency said.
QUAKE_LEDE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("death", "death", "NOUN", 2, "compound", "Number=Sing"),
    ("toll", "toll", "NOUN", 3, "nsubj", "Number=Sing"),
    ("rose", "rise", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 5, "case", ""),
    ("41", "41", "NUM", 3, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 12, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 8, "case", ""),
    ("civil", "civil", "ADJ", 12, "amod", "Degree=Pos"),
    ("defence", "defence", "NOUN", 12, "compound", "Number=Sing"),
    ("agency", "agency", "NOUN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


# Siobhan MacAllister of No Games Port Calder, a campaign group formed last year, said residents were being sold a story.
CALDER: list[FeatRow] = [
    ("Siobhan", "Siobhan", "PROPN", 1, "compound", "Number=Sing"),
    ("MacAllister", "macallister", "NOUN", 11, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("No", "no", "DET", 6, "det", "PronType=Neg"),
    ("Games", "Game", "PROPN", 1, "nmod", "Number=Plur"),
    ("Port", "Port", "PROPN", 6, "compound", "Number=Sing"),
    ("Calder", "Calder", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("campaign", "campaign", "NOUN", 10, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 11, "nsubj", "Number=Sing"),
    ("formed", "form", "VERB", 15, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 13, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 11, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("residents", "resident", "NOUN", 19, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 19, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("being", "be", "AUX", 19, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("sold", "sell", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("story", "story", "NOUN", 19, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]
# "People are being told this is free money.
CALDER_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##People", "person", "NOUN", 4, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("being", "be", "AUX", 4, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("told", "tell", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("this", "this", "PRON", 8, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("free", "free", "ADJ", 8, "amod", "Degree=Pos"),
    ("money", "money", "NOUN", 4, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# It isn't," said MacAllister, a retired schoolteacher.
CALDER_3: list[FeatRow] = [
    ("It", "it", "PRON", 5, "nsubj:outer", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##n't", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("MacAllister", "MacAllister", "PROPN", 5, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("retired", "retire", "VERB", 10, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("schoolteacher", "schoolteacher", "NOUN", 5, "nsubj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# "It's our money, and it's our harbour.
CALDER_4: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##It", "it", "PRON", 4, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("##'s", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("our", "our", "PRON", 4, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("money", "money", "NOUN", -1, "root", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("it", "it", "PRON", 10, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("##'s", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("our", "our", "PRON", 10, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("harbour", "harbour", "NOUN", 4, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# "If the government is so sure about this, let it put the question to a vote."
CALDER_5: list[FeatRow] = [
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("##If", "if", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 6, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("so", "so", "ADV", 6, "advmod", ""),
    ("sure", "sure", "ADJ", 10, "advcl", "Degree=Pos"),
    ("about", "about", "ADP", 8, "case", ""),
    ("this", "this", "PRON", 6, "obl", "Number=Sing|PronType=Dem"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("let", "let", "VERB", -1, "root", "Mood=Imp|VerbForm=Fin"),
    ("it", "it", "PRON", 10, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("put", "put", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("question", "question", "NOUN", 12, "obj", "Number=Sing"),
    ("to", "to", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("vote", "vote", "NOUN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
]
# The group says it has collected 41,000 signatures on a petition calling for a referendum.
CALDER_6: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 2, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("has", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("collected", "collect", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("41,000", "41000", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("signatures", "signature", "NOUN", 5, "obj", "Number=Plur"),
    ("on", "on", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("petition", "petition", "NOUN", 5, "obl", "Number=Sing"),
    ("calling", "call", "VERB", 5, "advcl", "VerbForm=Ger"),
    ("for", "for", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("referendum", "referendum", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_dateline_with_a_state_or_a_month_is_no_speaker():
    # "ABUJA, Sept 23 -", "HARLOW, Neb. -": capitalised words before a spaced dash close a
    # dateline (attribution.datelines.dateline_end); "ABUJA" had been the organisation speaking
    speaker = _speaker([[ABUJA]], "inflation was slowing")
    assert speaker.name == "Nigeria's central bank"


def test_the_company_is_the_startup_the_lede_named_by_its_kind():
    # "a setback for the launch startup Aurelian Space": "startup" tagged an adjective, in a
    # prepositional phrase (apposed_bodies._institution_before); "The company said" is that
    # business when none has spoken (org_subjects.org_subject_named)
    speaker = _speaker([[STARTUP], [COMPANY_SAID]], "it would fly again")
    assert (speaker.name, speaker.type) == ("Aurelian Space", "organization")


def test_a_time_zone_is_no_organisation_and_a_webcast_is_a_document():
    # "EDT" after a clock time is a time (time_nouns); "the company's live webcast" is the
    # company's document (document_nouns), so it speaks for the company named
    speaker = _speaker([[STARTUP], [EDT], [WEBCAST]], "It flew normally")
    assert (speaker.name, speaker.type) == ("Aurelian Space", "organization")


def test_the_railroad_is_the_railway_named_in_the_lede():
    # kind_name_heads: a railroad's name may end in "Railway"; and "HARLOW, Neb. -" is a dateline
    speaker = _speaker([[HARLOW], [RAILROAD]], "The crew walked away unhurt")
    assert (speaker.name, speaker.type) == ("Great Prairie Railway", "organization")


def test_a_name_after_the_is_no_person():
    # "of the Lakeshore Dining Guide": a person's name takes no "the" (candidates._person_name);
    # with the guide no person, "she" is Oduya, not the guide (whose role had been her relative
    # clause); the restaurant is a body by its apposition
    paragraphs = [[RESTAURANT], [GUIDE], [GUIDE_SHE]]
    speaker = _speaker(paragraphs, '"He cooked food from his grandmother\'s kitchen,"')
    assert speaker.name == "Priscilla Oduya"
    assert not [e for e in resolve(paragraphs).entities if "Guide" in e.name]  # type: ignore[arg-type]


def test_a_party_member_with_nobody_to_refer_to_is_a_person_described():
    # "The Wisconsin Republican" is no name, but with no speaker before it is still one person the
    # reader knows (epithets.unlinked_party_member; test_src_entities keeps the type)
    speaker = _speaker([[WI_REP]], "the party must unite")
    assert (speaker.type, speaker.role) == ("person", "Wisconsin Republican")


def test_a_restaurant_and_a_maker_of_medicines_are_bodies():
    # organization_words: restaurants, hotels; "Biologicals", "Therapeutics" in a firm's name
    restaurant = _speaker([[RESTAURANT]], "that it would close in June")
    maker = _speaker([[DECCAN]], "Malaria cases fell by two thirds")
    assert (restaurant.name, restaurant.type) == ("Brasa Negra", "organization")
    assert (maker.name, maker.type) == ("Deccan Biologicals", "organization")


def test_a_place_set_off_after_a_university_is_not_the_speaker():
    # "an epidemiologist at the University of Nigeria, Nsukka": a name apposed to a word inside a
    # prepositional phrase is no name of the speaker (mentions._choose_name)
    speaker = _speaker([[NSUKKA]], '"No one should think it ends malaria,"')
    assert speaker.name == "Adaeze Nwachukwu"


def test_the_state_and_party_of_the_last_speaker_is_that_speaker():
    # "The Kentucky Republican said" right after Paul spoke is Paul (unnamed._epithet takes party
    # members; no post holder: "Republican Donald Trump" is not every Republican)
    speaker = _speaker([[PAUL], [PAUL_SAID, KY_REP]], "it would raise taxes")
    assert (speaker.name, speaker.type) == ("Rand Paul", "person")


def test_the_company_is_the_business_named_by_its_legal_form():
    # "run by Eastern Coalfields Development Ltd.": a legal form says it is a business
    # (learned.learn_short_names records its kind)
    speaker = _speaker([[LTD], [COMPANY_INSPECTION]], "the mine had passed an inspection")
    assert speaker.name.startswith("Eastern Coalfields Development")
    assert speaker.type == "organization"


def test_figures_from_a_body_are_its_data():
    # "figures from the Mines Safety Directorate, a federal regulator": data, not people
    # ("senior figures from the party" are people; statements.person_word)
    speaker = _speaker([[FIGURES]], "At least 37 people died in 2023")
    assert (speaker.name, speaker.type) == ("Mines Safety Directorate", "organization")


def test_a_report_by_a_body_with_a_time_between():
    # "A report last month by the Civic Finance Institute", "month" parsed a second subject
    # (documents._TIMED_OWNER)
    speaker = _speaker([[REPORT_LAST_MONTH]], "that the city had overspent")
    assert (speaker.name, speaker.type) == ("Civic Finance Institute", "organization")


def test_the_two_economists_after_a_quotation_are_the_pair_named_before():
    # the quotation opening the sentence holds no subject of it (together._two_named_just_before)
    speaker = _speaker([[ECONOMISTS], [TWO_ECONOMISTS]], '"Every Games has run over budget,"')
    assert speaker.name == "Zhang Lihua" and len(speaker.entities) == 2


def test_the_two_scientists_are_the_names_set_off_beside_the_subject():
    # "Two hydrologists, Maria Esposito and Pieter van der Berg, warned" (together._subject_named)
    speaker = _speaker([[HYDROLOGISTS], [TWO_SCIENTISTS]], '"A failure would reach the river,"')
    assert speaker.name == "Maria Esposito" and len(speaker.entities) == 2


def test_a_plural_description_after_two_names_is_the_first_ones_role_too():
    # "Chen Yuxin and Marcus Feld, researchers at ...," (shared_roles._plural_description_after)
    speaker = _speaker([[RESEARCHERS]], "that the group had targeted election bodies")
    assert speaker.name == "Chen Yuxin" and speaker.anonymity == "named"
    assert speaker.role == "researchers at the firm Halberd Labs"


def test_a_spokesman_of_a_kind_speaks_for_the_body_his_sentence_names():
    # "The Oklahoma State Bureau of Investigation will investigate ..., an agency spokesman said":
    # no "Agency" in its name, but its own sentence's subject (spokespeople._organisation_before)
    speaker = _speaker([[OSBI]], "The Oklahoma State Bureau of Investigation will investigate the deaths")
    assert (speaker.name, speaker.type) == ("Oklahoma State Bureau of Investigation", "organization")


def test_a_spokesperson_of_a_body_the_article_does_not_name_speaks_for_it():
    # "A government spokesperson said": the government speaks (spokespeople._kind_named_before)
    speaker = _speaker([[GOV_SPOX]], "the regulator was independent")
    assert (speaker.type, speaker.anonymity) == ("organization", "organization")


def test_a_body_the_lede_describes_is_the_one_named_further_on():
    # "a German rescue charity said" ... "The charity, Mare Aperto, said" (bodies_named_later;
    # "south of Sicily, a ... charity said" is no apposition of Sicily: name_context)
    speaker = _speaker(
        [[CHARITY_LEDE], [CHARITY_NAMED]],
        "At least 38 people were missing on Monday after a boat capsized south of Sicily",
    )
    assert (speaker.name, speaker.type) == ("Mare Aperto", "organization")


def test_a_body_the_lede_describes_by_the_words_of_its_name():
    # "the country's civil defence agency" ... "the National Civil Defence Institute"
    speaker = _speaker([[AGENCY_LEDE], [AGENCY_NAMED]], "The death toll rose to 41")
    assert (speaker.name, speaker.type) == ("National Civil Defence Institute", "organization")


def test_a_noun_read_as_a_second_clause_after_a_trailing_cue_is_not_what_was_said():
    # "..., a German rescue charity said, in one of the deadliest shipwrecks on the central
    # Mediterranean route this year" with "route" a verb (second_reports)
    texts = [q.text for q in resolve([[ROUTE]]).quotes]  # type: ignore[list-item]
    assert texts == ["At least 38 people were missing"]


def test_a_post_tagged_an_adjective_is_the_person_named_next():
    # "Aurelian's chief executive" with "executive" an adjective: still named next
    speaker = _speaker([[CEO, CEO_NAMED]], "early data pointed to a problem with the pneumatic system")
    assert speaker.name == "Marisol Ferreira-Lund"


def test_its_after_a_bodys_noun_is_no_vote_that_the_speaker_is_a_body():
    # "Adebanjo said the fund expected ... as its manufacturer ...": "its" is the fund's, whatever
    # the parse made of "fund" (learned.learn_genders counts a body's noun between)
    speaker = _speaker([[ADEBANJO], [ITS]], '"What happens here matters everywhere,"')
    assert (speaker.name, speaker.type) == ("Olumide Adebanjo", "person")


def test_a_name_a_who_clause_describes_is_a_persons_even_with_its_given_name_an_adjective():
    # "Priscilla" tagged an adjective, opening the sentence (candidates._who_of)
    speaker = _speaker([[GUIDE], [GUIDE_SHE]], '"He cooked food from his grandmother\'s kitchen,"')
    assert speaker.name == "Priscilla Oduya"


def test_that_read_as_a_subject_beside_the_clauses_own_opens_what_was_said():
    # "said in a statement that about 412,000 customers were without electricity" with "that" a
    # relative subject of the statement's clause (that_clauses.that_as_object); and "Power", a
    # noun under "Gulfline", ends the name (retags._capitalised_last_word_of_name)
    speaker = _speaker([[GULF]], "that about 412,000 customers were without electricity")
    assert (speaker.name, speaker.type) == ("Gulfline Power", "organization")


def test_its_in_the_apposition_of_a_name_is_the_bodys_not_the_persons():
    # "Htay Oo, its acting chairman," (learned.learn_genders: no vote that Htay Oo is a body; the
    # vote came once "Oo", a noun, was read as the end of the name: retags; checked by undoing it)
    speaker = _speaker([[HTAY]], '"We lost."')
    assert (speaker.name, speaker.type) == ("Htay Oo", "person")


def test_names_joined_by_an_ampersand_before_a_noun_are_a_firms():
    # "A former Harcourt & Vale executive" with "Harcourt" the subject and "executive" its
    # conjunct: the executive speaks, unnamed (phrase_repairs._firm_name_before_noun)
    speaker = _speaker([[HV_EXEC]], "the case had shaken confidence")
    assert (speaker.type, speaker.anonymity) == ("anonymous", "anonymous-with-reason")


def test_a_description_is_the_person_given_its_very_words_later():
    # "her chief rival said" ... "Rafael Echeverría Soto, her chief rival since the 2021
    # election," ("rival" is no post: identified._same_words_later)
    speaker = _speaker([[RIVAL_LEDE], [RIVAL_LATER]], "showed the coalition was weak")
    assert speaker.name == "Rafael Echeverría Soto"


def test_some_of_a_class_by_what_they_do_are_vague_and_some_of_a_post_are_not():
    # "Some students said" is a loose class (quantified_classes); "Some senators" a post
    students = _speaker([[SOME_STUDENTS]], "they supported the increase")
    senators = _speaker([[SOME_SENATORS]], "the bill would fail")
    assert (students.anonymity, senators.anonymity) == ("vague", "anonymous")


def test_an_outlet_that_said_citing_an_unnamed_source_is_the_channel():
    # "L’Équipe, which said, citing a person close to the investigation, that ...": the curly
    # apostrophe finds the outlet (sources.outlets.fold_accents), the "that" clause made a
    # conjunct of "reported" is what was said (second_reports.that_clause_read_as_conjunct), and
    # the person cited speaks through the outlet
    result = resolve([[EQUIPE]])  # type: ignore[list-item]
    (q,) = [q for q in result.quotes if q.text.startswith("that betting monitors")]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type) == ("a person close to the investigation", "anonymous")
    assert q.via is not None and q.via.name == "L'Equipe"


def test_a_document_is_the_body_a_participle_says_made_it():
    # "A poll of 1,200 residents commissioned by the Port Calder Herald last month found", with
    # "month" parsed a second subject (documents._MADE_BY)
    speaker = _speaker([[POLL]], "52% supported the bid")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Port Calder Herald", "organization", "organization")


def test_a_document_owns_no_maker_past_a_dash():
    # "previous studies have suggested - a report released by the Brookings Institution ...": the
    # maker of the second document is not the first's (guard, passes without the change too)
    for q in resolve([[STUDIES]]).quotes:  # type: ignore[list-item]
        assert q.speaker is None or "Brookings" not in q.speaker.name or "46,000" in q.text


def test_the_people_a_report_cites_are_not_what_it_said():
    # "a report ... that cited two county employees": "two county employees" was a quote of
    # "cited" (attribution.content.cited_people)
    texts = [q.text for q in resolve([[DISPATCH]]).quotes]  # type: ignore[list-item]
    assert texts == ["the health department asked the state for emergency funding"]


def test_a_dateline_of_two_places_in_capitals_is_no_speaker_and_no_body():
    # "SINGAPORE/HONG KONG, May 14 (Reuters) -" (attribution.datelines): no part of the lede's
    # report, and "The company said" is not "HONG KONG" (head_names.business_in_sentence)
    result = resolve([[SINGAPORE]])  # type: ignore[list-item]
    (q,) = result.quotes
    assert q.text.startswith("Vantrix") and q.speaker is not None and "HONG" not in q.speaker.name


def test_capitalised_words_joined_by_and_before_a_noun_are_one_bodys_name():
    # "According to Occupational Safety and Health Administration records" with "records" a
    # conjunct of "Safety" (phrase_repairs._name_with_and_before_noun): "Occupational Safety" had
    # been a person
    speaker = _speaker([[OSHA]], "the plant was fined $48,000 in 2021")
    assert (speaker.name, speaker.type) == ("Occupational Safety and Health Administration", "organization")


def test_an_exchange_is_a_business():
    # organization_words, company_kinds: "Vantrix, a ... cryptocurrency exchange" ... "the exchange said"
    speaker = _speaker([[VANTRIX], [EXCHANGE_SAID]], "it had found irregularities")
    assert (speaker.name, speaker.type) == ("Vantrix", "organization")


def test_a_name_after_an_office_of_and_for_is_the_offices_holder():
    # "the Minister of State for Health, Dr Folasade Adebanjo-Ike, said" with the name a conjunct
    # of "Health" (phrase_repairs._name_read_as_conjunct_in_title); the minister had been unnamed
    speaker = _speaker([[MINISTER]], "payments would reach doctors' accounts within two weeks")
    assert (speaker.name, speaker.type) == ("Folasade Adebanjo-Ike", "person")


def test_a_plural_subject_with_its_relative_clause_is_the_role_of_the_names_set_off_after_it():
    # "Two trustees who voted against the board's final offer, Harjit Sandhu and Claire Beaumont,"
    # (shared_roles._plural_apposed: the noun's own relative clause is no clause between)
    speaker = _speaker([[TRUSTEES]], "that the district had lost money")
    assert speaker.anonymity == "named" and len(speaker.entities) == 2


def test_an_indefinite_description_is_the_person_the_noun_names_a_paragraph_or_two_on():
    # "A Grade 8 science teacher ... said" ... "The teacher, Amara Nwachukwu-Bell, ... said"
    # (identified._the_noun_named_later)
    speaker = _speaker([[TEACHER], [VOTE], [THE_TEACHER]], "many younger teachers felt the union had given up too much")
    assert speaker.name == "Amara Nwachukwu-Bell"


def test_it_after_a_document_that_spoke_is_the_document_so_its_author_goes_on():
    # "The complaint ... says ... It also alleges that" (org_subjects.last_statement): "It" had
    # no antecedent
    paragraphs = [[GLIMMER], [GLIMMER_2], [GLIMMER_3], [GLIMMER_4, GLIMMER_5]]
    first = _speaker(
        paragraphs,
        'the magazine\'s March 3 article was "built from rumor, fabrication and photographs taken out of context."',
    )
    then = _speaker(paragraphs, "that editors ignored written denials sent before publication")
    assert then.type != "unknown" and then.name == first.name


def test_a_trade_named_by_its_field_alone_is_vague_and_a_side_of_the_story_is_not():
    # "Sports lawyers said" (commentator_trades, loose._trade_by_field); "Defense lawyers" are placed
    sports = _speaker([[SPORTS_LAWYERS]], "the ban could be cut on appeal")
    defense = _speaker([[DEFENSE_LAWYERS]], "the ban could be cut on appeal")
    assert (sports.anonymity, defense.anonymity) == ("vague", "anonymous")


def test_he_goes_on_with_an_unnamed_speaker_past_a_name_inside_its_own_description():
    # "A former assistant coach who worked under Mr. Delahunty ... said ... '...,' he said": not
    # Delahunty (pronouns._last_speaker_goes_on)
    speaker = _speaker([[COACH], [COACH_SAID]], '"There were names on that roster I never once saw at the boathouse,"')
    assert speaker.type == "anonymous" and "coach" in speaker.name


def test_several_after_a_fronted_phrase_that_names_the_group_are_of_it():
    # "At Linden Park Elementary, where a handful of parents pulled in ..., several said": the
    # parents, not a loose class (misread_heads.group_just_named)
    speakers = [q.speaker for q in resolve([[LINDEN]]).quotes if q.speaker and q.speaker.name == "several"]  # type: ignore[list-item]
    assert speakers and all(s.anonymity == "anonymous" for s in speakers)


def test_a_whose_clause_after_the_speakers_name_is_no_report():
    # '"...," said Hauwa Abdullahi Sule, whose 62-year-old father was admitted with a stroke' with
    # "admitted" the complement of "said" (second_reports.whose_clause_read_as_report)
    quotes = resolve([[HAUWA, HAUWA_2, HAUWA_3]]).quotes  # type: ignore[list-item]
    (q,) = [q for q in quotes if q.text.startswith('"Since morning')]
    assert q.speaker is not None and q.speaker.name == "Hauwa Abdullahi Sule"
    assert "said Hauwa" not in q.text


def test_the_object_of_an_opening_participle_is_not_the_speaker():
    # "Giving evidence on the second day ..., the club's former head of safety, Gareth Pendlebury,
    # said" with "evidence" the subject (participle_subjects.opener_object_read_as_subject)
    quotes = resolve([[EVIDENCE, EVIDENCE_2]]).quotes  # type: ignore[list-item]
    (q,) = [q for q in quotes if q.text.startswith("he had warned the board")]
    assert q.speaker is not None and q.speaker.name == "Gareth Pendlebury"


def test_a_headlines_bare_kind_is_the_body_the_lede_describes_with_its_words():
    # "..., agency says" ¶ "the country's civil defence agency said" ... "the National Civil
    # Defence Institute said" (bodies_named_later._described_again)
    speaker = _speaker(
        [[QUAKE_HEAD], [QUAKE_LEDE], [AGENCY_NAMED]],
        "Peru quake death toll climbs to 41 as rescuers reach cut-off villages",
    )
    assert (speaker.name, speaker.type) == ("National Civil Defence Institute", "organization")


def test_the_group_is_the_body_the_article_called_a_group():
    # "No Games Port Calder, a campaign group formed last year," (the reduced relative read as a
    # clause is still an apposition: apposed_bodies.institution_apposition) ... "The group says"
    # (org_subjects.org_subject_named, head_names.business_named_before(kind="group"))
    paragraphs = [[CALDER], [CALDER_2, CALDER_3, CALDER_4], [CALDER_5], [CALDER_6]]
    speaker = _speaker(paragraphs, "it has collected 41,000 signatures on a petition calling for a referendum")
    assert (speaker.name, speaker.type) == ("No Games Port Calder", "organization")
