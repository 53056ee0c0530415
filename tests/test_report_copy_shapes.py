"""Shapes from the fresh articles of session 43 (sets A, B, C and D), each named by its test;
docs/entities.md (rows marked session 43) gives the module that reads each. Every test here
failed on the code without its change (checked by stashing the change when the test was added)
unless it says it is a guard. No model needed: the trees the shipped parser gave for these
invented sentences; "##word" follows the word before with no space (the tokenizer's own spacing)."""

from __future__ import annotations

from parse_helpers import FeatRow, article
from source_helpers import MODEL, resolve
from test_wire_copy_shapes import _speaker

from provenance.sources.credits import is_byline
from provenance.sources.entities import EntityTable

# In a statement, the zoo said a gate latch in the capybara yard had not been fully secured after an evening feeding and that the latch had since been replaced.

LATCH: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("zoo", "zoo", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("gate", "gate", "NOUN", 9, "compound", "Number=Sing"),
    ("latch", "latch", "NOUN", 6, "obj", "Number=Sing"),
    ("in", "in", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("capybara", "capybara", "NOUN", 13, "compound", "Number=Sing"),
    ("yard", "yard", "NOUN", 18, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 18, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 18, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("fully", "fully", "ADV", 18, "advmod", ""),
    ("secured", "secure", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("after", "after", "ADP", 22, "case", ""),
    ("an", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("evening", "evening", "NOUN", 22, "compound", "Number=Sing"),
    ("feeding", "feeding", "NOUN", 18, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 30, "cc", ""),
    ("that", "that", "SCONJ", 30, "mark", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("latch", "latch", "NOUN", 30, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 30, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("since", "since", "SCONJ", 30, "mark", ""),
    ("been", "be", "AUX", 30, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("replaced", "replace", "VERB", 18, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Mehta said savings from the cuts, estimated at about $310 million a year, would be partly reinvested in data center capacity.
SAVINGS: list[FeatRow] = [
    ("Mehta", "Mehta", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("savings", "savings", "NOUN", 1, "obj", "Number=Plur"),
    ("from", "from", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("cuts", "cut", "NOUN", 1, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("estimated", "estimate", "VERB", 1, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("at", "at", "ADP", 10, "case", ""),
    ("about", "about", "ADV", 10, "advmod", ""),
    ("$", "$", "SYM", 7, "obl", ""),
    ("##310", "310", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 7, "obl:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("would", "would", "AUX", 19, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 19, "aux:pass", "VerbForm=Inf"),
    ("partly", "partly", "ADV", 19, "advmod", "Degree=Pos"),
    ("reinvested", "reinvest", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 23, "case", ""),
    ("data", "data", "NOUN", 23, "compound", "Number=Sing"),
    ("center", "center", "NOUN", 23, "compound", "Number=Sing"),
    ("capacity", "capacity", "NOUN", 19, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The Financial Times reported on Tuesday that one of the licences related to components made by Northgate Defence Systems.
LICENCES: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Financial", "Financial", "ADJ", 2, "amod", "Degree=Pos"),
    ("Times", "Times", "PROPN", 3, "nsubj", "Number=Plur"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 3, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("one", "one", "NUM", 3, "obl", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("licences", "licence", "NOUN", 7, "nmod", "Number=Plur"),
    ("related", "relate", "VERB", 7, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 13, "case", ""),
    ("components", "component", "NOUN", 11, "obl", "Number=Plur"),
    ("made", "make", "VERB", 13, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 18, "case", ""),
    ("Northgate", "Northgate", "PROPN", 18, "compound", "Number=Sing"),
    ("Defence", "Defence", "PROPN", 18, "compound", "Number=Sing"),
    ("Systems", "System", "PROPN", 14, "obl:agent", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# WRVT News 4 reported last month that drivers had complained about the buses' limited range in cold weather.
DRIVERS: list[FeatRow] = [
    ("WRVT", "WRVT", "PROPN", 3, "nsubj", "Number=Sing"),
    ("News", "News", "PROPN", 2, "compound", "Number=Sing"),
    ("4", "4", "NUM", 0, "flat", "NumForm=Digit|NumType=Card"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 5, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 3, "obj", "Number=Sing"),
    ("that", "that", "PRON", 9, "obj", "PronType=Rel"),
    ("drivers", "driver", "NOUN", 9, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("complained", "complain", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("about", "about", "ADP", 15, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("buses", "bus", "NOUN", 9, "obl", "Number=Plur"),
    ("##'", "'", "PUNCT", 15, "punct", ""),
    ("limited", "limit", "VERB", 15, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("range", "range", "NOUN", 9, "obl", "Number=Sing"),
    ("in", "in", "ADP", 18, "case", ""),
    ("cold", "cold", "ADJ", 18, "amod", "Degree=Pos"),
    ("weather", "weather", "NOUN", 15, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


# Variety reported that promoters were left facing refunds on nearly every date.
VARIETY: list[FeatRow] = [
    ("Variety", "variety", "PROPN", 1, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 5, "mark", ""),
    ("promoters", "promoter", "NOUN", 5, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("left", "leave", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("facing", "face", "VERB", 5, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("refunds", "refund", "NOUN", 6, "obj", "Number=Plur"),
    ("on", "on", "ADP", 11, "case", ""),
    ("nearly", "nearly", "ADV", 11, "advmod", ""),
    ("every", "every", "DET", 11, "det", "PronType=Ind"),
    ("date", "date", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# United Steelworkers Local 4410 says picket lines went up at all four gates of the mill.
LOCAL: list[FeatRow] = [
    ("United", "Unite", "VERB", 3, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Steelworkers", "Steelworker", "PROPN", 3, "compound", "Number=Plur"),
    ("Local", "local", "PROPN", 3, "compound", "Number=Sing"),
    ("4410", "4410", "PROPN", 4, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("picket", "picket", "ADJ", 6, "amod", "Degree=Pos"),
    ("lines", "line", "NOUN", 7, "nsubj", "Number=Plur"),
    ("went", "go", "VERB", 4, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("up", "up", "ADP", 7, "compound:prt", ""),
    ("at", "at", "ADP", 12, "case", ""),
    ("all", "all", "DET", 12, "det", "PronType=Tot"),
    ("four", "four", "NUM", 12, "nummod", "NumForm=Word|NumType=Card"),
    ("gates", "gate", "NOUN", 7, "obl", "Number=Plur"),
    ("of", "of", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("mill", "mill", "NOUN", 12, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Minera Sol de los Andes said in a statement that it was cooperating fully with authorities.
MINERA: list[FeatRow] = [
    ("Minera", "Minera", "PROPN", 4, "compound", "Number=Sing"),
    ("Sol", "Sol", "PROPN", 4, "compound", "Number=Sing"),
    ("de", "de", "PROPN", 4, "compound", "Number=Sing"),
    ("los", "Los", "PROPN", 4, "compound", "Number=Sing"),
    ("Andes", "Ande", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("it", "it", "PRON", 12, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cooperating", "cooperate", "VERB", 8, "acl", "Tense=Pres|VerbForm=Part"),
    ("fully", "fully", "ADV", 12, "advmod", "Degree=Pos"),
    ("with", "with", "ADP", 15, "case", ""),
    ("authorities", "authority", "NOUN", 12, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The Irish Independent reported last month that a second bank was reviewing its network.
IRISH: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Irish", "Irish", "ADJ", 2, "amod", "Degree=Pos"),
    ("Independent", "independent", "ADJ", 3, "nsubj", "Degree=Pos"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 5, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 3, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("second", "second", "ADJ", 9, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("bank", "bank", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reviewing", "review", "VERB", 5, "acl", "Tense=Pres|VerbForm=Part"),
    ("its", "its", "PRON", 13, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("network", "network", "NOUN", 11, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# In Leinster House, the Independent TD for Roscommon-Galway, Marian Keaveney, said the bank had not consulted anyone.
KEAVENEY: list[FeatRow] = [
    ("In", "in", "ADP", 1, "case", ""),
    ("Leinster", "Leinster", "PROPN", 15, "obl", "Number=Sing"),
    ("House", "House", "PROPN", 15, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Independent", "independent", "ADJ", 6, "amod", "Degree=Pos"),
    ("TD", "TD", "PROPN", 15, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("Roscommon", "Roscommon", "PROPN", 6, "nmod", "Number=Sing"),
    ("##-", "-", "PUNCT", 8, "punct", ""),
    ("##Galway", "Galway", "PROPN", 8, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("Marian", "Marian", "PROPN", 10, "appos", "Number=Sing"),
    ("Keaveney", "Keaveney", "PROPN", 8, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("bank", "bank", "NOUN", 20, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 20, "advmod", "Polarity=Neg"),
    ("consulted", "consult", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    ("anyone", "anyone", "PRON", 20, "obj", "Number=Sing|PronType=Ind"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# Melbourne mother of two Jess Harding, 34, said she had delayed the vaccinations.
HARDING: list[FeatRow] = [
    ("Melbourne", "Melbourne", "PROPN", 1, "compound", "Number=Sing"),
    ("mother", "mother", "NOUN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("two", "two", "NUM", 5, "compound", "NumForm=Word|NumType=Card"),
    ("Jess", "Jess", "PROPN", 5, "compound", "Number=Sing"),
    ("Harding", "Harding", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("34", "34", "NUM", 5, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 12, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("delayed", "delay", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("vaccinations", "vaccination", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The Returning Officer, Assistant Commissioner Shalini Rao, said in a written reply to the RJM that every rejected postal ballot had been shown to agents.
BALLOT: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Returning", "Returning", "PROPN", 2, "compound", "Number=Sing"),
    ("Officer", "Officer", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Assistant", "Assistant", "PROPN", 6, "compound", "Number=Sing"),
    ("Commissioner", "Commissioner", "PROPN", 6, "compound", "Number=Sing"),
    ("Shalini", "Shalini", "PROPN", 2, "appos", "Number=Sing"),
    ("Rao", "Rao", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("written", "write", "VERB", 13, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("reply", "reply", "NOUN", 9, "obl", "Number=Sing"),
    ("to", "to", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("RJM", "RJM", "PROPN", 13, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 24, "mark", ""),
    ("every", "every", "DET", 21, "det", "PronType=Ind"),
    ("rejected", "reject", "VERB", 16, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("postal", "postal", "ADJ", 21, "amod", "Degree=Pos"),
    ("ballot", "ballot", "NOUN", 24, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 24, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("shown", "show", "VERB", 19, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 26, "case", ""),
    ("agents", "agent", "NOUN", 24, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]


# More than 40,000 tech workers have lost their jobs since January, according to Layoffs.fyi, a website that tracks job cuts.
LAYOFFS: list[FeatRow] = [
    ("More", "more", "ADV", 6, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 2, "case", ""),
    ("40,000", "40000", "NUM", 3, "compound", "NumForm=Digit|NumType=Card"),
    ("tech", "tech", "NUM", 4, "nummod", "NumForm=Word|NumType=Card"),
    ("workers", "worker", "NOUN", 6, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("lost", "lose", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("their", "their", "PRON", 8, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("jobs", "job", "NOUN", 6, "obj", "Number=Plur"),
    ("since", "since", "ADP", 10, "case", ""),
    ("January", "January", "PROPN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("according", "accord", "VERB", 14, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 12, "fixed", ""),
    ("Layoffs.fyi", "Layoffs.fyi", "PROPN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("website", "website", "NOUN", 6, "parataxis", "Number=Sing"),
    ("that", "that", "PRON", 19, "nsubj", "PronType=Rel"),
    ("tracks", "track", "VERB", 17, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("job", "job", "NOUN", 21, "compound", "Number=Sing"),
    ("cuts", "cut", "NOUN", 19, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# At least nine people were missing, the German charity Sea Lantern, which runs the vessel, said Wednesday.
LANTERN: list[FeatRow] = [
    ("At", "at", "ADP", 1, "case", ""),
    ("least", "least", "ADJ", 5, "obl", "Degree=Sup"),
    ("nine", "nine", "NUM", 3, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 5, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("missing", "miss", "VERB", 18, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("German", "German", "ADJ", 9, "amod", "Degree=Pos"),
    ("charity", "charity", "NOUN", 5, "obj", "Number=Sing"),
    ("Sea", "Sea", "PROPN", 11, "compound", "Number=Sing"),
    ("Lantern", "Lantern", "PROPN", 9, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("which", "which", "PRON", 14, "nsubj", "PronType=Rel"),
    ("runs", "run", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("vessel", "vessel", "NOUN", 14, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Wednesday", "Wednesday", "PROPN", 18, "nsubj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The Italian coast guard said in a statement that it had coordinated the search with a merchant tanker.
COAST: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Italian", "Italian", "ADJ", 3, "amod", "Degree=Pos"),
    ("coast", "coast", "NOUN", 3, "compound", "Number=Sing"),
    ("guard", "guard", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 4, "obl", "Number=Sing"),
    ("that", "that", "PRON", 11, "mark", "PronType=Rel"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("coordinated", "coordinate", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("search", "search", "NOUN", 11, "obj", "Number=Sing"),
    ("with", "with", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("merchant", "merchant", "ADJ", 17, "amod", "Degree=Pos"),
    ("tanker", "tanker", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Sea Lantern and two other charities, SOS Humanity and Mediterranea, said the Aurora had been assigned the port of Ravenna.
LANTERN2: list[FeatRow] = [
    ("Sea", "Sea", "PROPN", 1, "compound", "Number=Sing"),
    ("Lantern", "Lantern", "PROPN", 12, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("two", "two", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("other", "other", "ADJ", 5, "amod", "Degree=Pos"),
    ("charities", "charity", "NOUN", 1, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("SOS", "SOS", "PROPN", 8, "compound", "Number=Sing"),
    ("Humanity", "Humanity", "PROPN", 5, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Mediterranea", "Mediterranea", "PROPN", 8, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("Aurora", "Aurora", "PROPN", 17, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("assigned", "assign", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("port", "port", "NOUN", 17, "obj", "Number=Sing"),
    ("of", "of", "ADP", 21, "case", ""),
    ("Ravenna", "Ravenna", "PROPN", 19, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# "They told us it would take one night," he said, according to a recording shared by the charity.
RECORDING: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##They", "they", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("told", "tell", "VERB", 12, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("us", "we", "PRON", 2, "iobj", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    ("it", "it", "PRON", 6, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("take", "take", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("one", "one", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("night", "night", "NOUN", 6, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("he", "he", "PRON", 12, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("according", "accord", "VERB", 17, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("recording", "recording", "NOUN", 12, "obl", "Number=Sing"),
    ("shared", "share", "VERB", 17, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("charity", "charity", "NOUN", 18, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# "I saw a man holding his son above the water."
RECORDING_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##I", "I", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("saw", "see", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("man", "man", "NOUN", 2, "obj", "Number=Sing"),
    ("holding", "hold", "VERB", 2, "xcomp", "VerbForm=Ger"),
    ("his", "his", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("son", "son", "NOUN", 5, "obj", "Number=Sing"),
    ("above", "above", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 5, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
]

# A 19-year-old from Darfur, who gave his name only as Ibrahim, said he had paid smugglers 3,500 dinars.
IBRAHIM: list[FeatRow] = [
    ("A", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("19", "19", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##year", "year", "NOUN", 5, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##old", "old", "NOUN", 17, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 7, "case", ""),
    ("Darfur", "Darfur", "PROPN", 5, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("gave", "give", "VERB", 17, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("name", "name", "NOUN", 10, "obj", "Number=Sing"),
    ("only", "only", "ADV", 10, "advmod", ""),
    ("as", "as", "ADP", 15, "case", ""),
    ("Ibrahim", "Ibrahim", "PROPN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 20, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("paid", "pay", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part"),
    ("smugglers", "smuggler", "NOUN", 20, "obj", "Number=Plur"),
    ("3,500", "3500", "NUM", 23, "nummod", "NumForm=Digit|NumType=Card"),
    ("dinars", "dinar", "NOUN", 20, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# The airport denied that any permanent staff would lose their jobs.
AIRPORT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("airport", "airport", "NOUN", 2, "nsubj", "Number=Sing"),
    ("denied", "deny", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("any", "any", "DET", 6, "det", "PronType=Ind"),
    ("permanent", "permanent", "ADJ", 6, "amod", "Degree=Pos"),
    ("staff", "staff", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("lose", "lose", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("their", "their", "PRON", 10, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("jobs", "job", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# Some residents of Bulukumba said the ferry had been overloaded.
BULUKUMBA: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 4, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Bulukumba", "Bulukumba", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("ferry", "ferry", "NOUN", 9, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 9, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("overloaded", "overload", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Some neighbors said they had heard rustling in the hedges.
NEIGHBORS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("neighbors", "neighbor", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("heard", "hear", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("rustling", "rustle", "VERB", 5, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("in", "in", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("hedges", "hedge", "NOUN", 6, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Some students at the march said they had been kettled.
MARCH: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("students", "student", "NOUN", 5, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("march", "march", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 9, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 9, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("kettled", "kettle", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The vessel is operated by London-listed Meridian Offshore.
NYANSA: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("vessel", "vessel", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("operated", "operate", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 9, "case", ""),
    ("London", "London", "PROPN", 7, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##listed", "list", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Meridian", "Meridian", "PROPN", 9, "compound", "Number=Sing"),
    ("Offshore", "Offshore", "PROPN", 3, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Meridian said Wednesday that the leak had been stopped.
NYANSA_2: list[FeatRow] = [
    ("Meridian", "Meridian", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Wednesday", "Wednesday", "PROPN", 1, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("leak", "leak", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 8, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("stopped", "stop", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Mid-day meals under the "PM POSHAN" scheme continued in most schools.
POSHAN: list[FeatRow] = [
    ("Mid", "mid", "NOUN", 2, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 0, "punct", ""),
    ("##day", "day", "NOUN", 3, "compound", "Number=Sing"),
    ("meals", "meal", "NOUN", -1, "root", "Number=Plur"),
    ("under", "under", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ('"', '"', "PUNCT", 8, "punct", ""),
    ("##PM", "p.m.", "NOUN", 8, "compound", "Number=Sing"),
    ("POSHAN", "poshan", "NOUN", 10, "compound", "Number=Sing"),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("scheme", "scheme", "NOUN", 3, "nmod", "Number=Sing"),
    ("continued", "continue", "VERB", 10, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 14, "case", ""),
    ("most", "most", "ADJ", 14, "amod", "Degree=Sup"),
    ("schools", "school", "NOUN", 11, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]

# A Division Bench of the High Court observed that the right of children to education could not be held hostage.
BENCH: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("Division", "division", "PROPN", 2, "compound", "Number=Sing"),
    ("Bench", "Bench", "PROPN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("High", "high", "ADJ", 6, "amod", "Degree=Pos"),
    ("Court", "Court", "PROPN", 2, "nmod", "Number=Sing"),
    ("observed", "observe", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("right", "right", "NOUN", 18, "nsubj:pass", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("children", "child", "NOUN", 10, "nmod", "Number=Plur"),
    ("to", "to", "ADP", 14, "case", ""),
    ("education", "education", "NOUN", 10, "nmod", "Number=Sing"),
    ("could", "could", "AUX", 18, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 18, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 18, "aux:pass", "VerbForm=Inf"),
    ("held", "hold", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("hostage", "hostage", "NOUN", 18, "xcomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


# Critics, some of whom defend the idea of the universal museum, argue that it opens the door to claims.
CRITICS: list[FeatRow] = [
    ("Critics", "critic", "NOUN", 13, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("some", "some", "DET", 0, "appos", "PronType=Ind"),
    ("of", "of", "ADP", 4, "case", ""),
    ("whom", "whom", "PRON", 2, "nmod", "PronType=Rel"),
    ("defend", "defend", "VERB", 13, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("idea", "idea", "NOUN", 5, "obj", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("universal", "universal", "ADJ", 11, "amod", "Degree=Pos"),
    ("museum", "museum", "NOUN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("argue", "argue", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("it", "it", "PRON", 16, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("opens", "open", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("door", "door", "NOUN", 16, "obj", "Number=Sing"),
    ("to", "to", "ADP", 20, "case", ""),
    ("claims", "claim", "NOUN", 16, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# Food inflation peaked above 11 per cent in early 2023, according to Statistics Canada data.
STATSCAN: list[FeatRow] = [
    ("Food", "food", "NOUN", 1, "compound", "Number=Sing"),
    ("inflation", "inflation", "NOUN", 2, "nsubj", "Number=Sing"),
    ("peaked", "peak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("above", "above", "ADP", 5, "case", ""),
    ("11", "11", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 2, "obl", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("early", "early", "ADJ", 8, "amod", "Degree=Pos"),
    ("2023", "2023", "NUM", 2, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("according", "accord", "VERB", 14, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 14, "case", ""),
    ("Statistics", "Statistics", "PROPN", 14, "compound", "Number=Plur"),
    ("Canada", "Canada", "PROPN", 14, "compound", "Number=Sing"),
    ("data", "data", "NOUN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# FreshWay's loyalty program, which has more than two million members, will continue to operate during any disruption, the company said.
FRESHWAY: list[FeatRow] = [
    ("FreshWay", "FreshWay", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("loyalty", "loyalty", "NOUN", 3, "compound", "Number=Sing"),
    ("program", "program", "NOUN", 14, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("which", "which", "PRON", 6, "nsubj", "PronType=Rel"),
    ("has", "have", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("more", "more", "ADV", 6, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 11, "case", ""),
    ("two", "two", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("million", "million", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("members", "member", "NOUN", 6, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("will", "will", "AUX", 14, "aux", "VerbForm=Fin"),
    ("continue", "continue", "VERB", -1, "root", "VerbForm=Inf"),
    ("to", "to", "PART", 16, "mark", ""),
    ("operate", "operate", "VERB", 14, "xcomp", "VerbForm=Inf"),
    ("during", "during", "ADP", 19, "case", ""),
    ("any", "any", "DET", 19, "det", "PronType=Ind"),
    ("disruption", "disruption", "NOUN", 16, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 23, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 14, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 23, "punct", ""),
]

# Victorian Liberal MP Grant Halloran has referred himself to the expenses authority.
HALLORAN: list[FeatRow] = [
    ("Victorian", "Victorian", "PROPN", 4, "compound", "Number=Sing"),
    ("Liberal", "Liberal", "ADJ", 4, "amod", "Degree=Pos"),
    ("MP", "MP", "PROPN", 4, "compound", "Number=Sing"),
    ("Grant", "grant", "PROPN", 4, "compound", "Number=Sing"),
    ("Halloran", "Halloran", "PROPN", 6, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("referred", "refer", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("himself", "himself", "PRON", 6, "obj", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("to", "to", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("expenses", "expense", "NOUN", 11, "compound", "Number=Plur"),
    ("authority", "authority", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# The member for Kinlay told reporters on Monday that the family travel entitlement existed to help MPs.
KINLAY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("member", "member", "NOUN", 4, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Kinlay", "Kinlay", "PROPN", 1, "nmod", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 4, "iobj", "Number=Plur"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Monday", "Monday", "PROPN", 4, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 12, "compound", "Number=Sing"),
    ("travel", "travel", "NOUN", 12, "compound", "Number=Sing"),
    ("entitlement", "entitlement", "NOUN", 13, "nsubj", "Number=Sing"),
    ("existed", "exist", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 15, "mark", ""),
    ("help", "help", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("MPs", "MPs", "PROPN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


# Brazil's national crop agency Conab estimated the crop at 55.2 million bags, and said dry weather had reduced bean size.
CONAB: list[FeatRow] = [
    ("Brazil", "Brazil", "PROPN", 4, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("national", "national", "ADJ", 4, "amod", "Degree=Pos"),
    ("crop", "crop", "NOUN", 4, "compound", "Number=Sing"),
    ("agency", "agency", "NOUN", 6, "nsubj", "Number=Sing"),
    ("Conab", "Conab", "PROPN", 6, "nsubj", "Number=Sing"),
    ("estimated", "estimate", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("crop", "crop", "NOUN", 6, "obj", "Number=Sing"),
    ("at", "at", "ADP", 12, "case", ""),
    ("55.2", "55.2", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 12, "nummod", "NumForm=Word|NumType=Card"),
    ("bags", "bag", "NOUN", 6, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("said", "say", "VERB", 6, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dry", "dry", "ADJ", 17, "amod", "Degree=Pos"),
    ("weather", "weather", "NOUN", 19, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reduced", "reduce", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    ("bean", "bean", "ADJ", 21, "amod", "Degree=Pos"),
    ("size", "size", "NOUN", 19, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# A ransomware gang called Nightwire claimed responsibility for the attack on Tuesday, saying it had stolen more than 1.2 terabytes of data.
NIGHTWIRE: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("ransomware", "ransomware", "ADJ", 2, "amod", "Degree=Pos"),
    ("gang", "gang", "NOUN", 3, "nsubj", "Number=Sing"),
    ("called", "call", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Nightwire", "Nightwire", "PROPN", 5, "nsubj", "Number=Sing"),
    ("claimed", "claim", "VERB", 3, "xcomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("responsibility", "responsibility", "NOUN", 5, "obj", "Number=Sing"),
    ("for", "for", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("attack", "attack", "NOUN", 5, "obl", "Number=Sing"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("saying", "say", "VERB", 5, "advcl", "Tense=Pres|VerbForm=Part"),
    ("it", "it", "PRON", 16, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("stolen", "steal", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    ("more", "more", "ADV", 16, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 20, "case", ""),
    ("1.2", "1.2", "NUM", 20, "nummod", "NumForm=Digit|NumType=Card"),
    ("terabytes", "terabyte", "NOUN", 16, "obl", "Number=Plur"),
    ("of", "of", "ADP", 22, "case", ""),
    ("data", "data", "NOUN", 20, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


# Lakeshore said it had detected suspicious activity.
HOSPITAL_NETWORK: list[FeatRow] = [
    ("Lakeshore", "Lakeshore", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 4, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("detected", "detect", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("suspicious", "suspicious", "ADJ", 6, "amod", "Degree=Pos"),
    ("activity", "activity", "NOUN", 4, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# The hospital network said it had notified law enforcement.
HOSPITAL_NETWORK_2: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 2, "compound", "Number=Sing"),
    ("network", "network", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 6, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("notified", "notify", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    ("law", "law", "NOUN", 8, "compound", "Number=Sing"),
    ("enforcement", "enforcement", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


# There are 11 such bridges still in service, according to the Federal Highway Administration's National Bridge Inventory.
INVENTORY: list[FeatRow] = [
    ("There", "there", "PRON", 1, "expl", ""),
    ("are", "be", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("11", "11", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("such", "such", "ADJ", 4, "amod", "Degree=Pos|ExtPos=ADP"),
    ("bridges", "bridge", "NOUN", 1, "nsubj", "Number=Plur"),
    ("still", "still", "ADV", 7, "advmod", ""),
    ("in", "in", "ADP", 7, "case", ""),
    ("service", "service", "NOUN", 1, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("according", "accord", "VERB", 18, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 9, "fixed", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("Federal", "Federal", "ADJ", 14, "amod", "Degree=Pos"),
    ("Highway", "Highway", "PROPN", 14, "compound", "Number=Sing"),
    ("Administration", "Administration", "PROPN", 18, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 14, "case", ""),
    ("National", "National", "ADJ", 18, "amod", "Degree=Pos"),
    ("Bridge", "Bridge", "PROPN", 18, "compound", "Number=Sing"),
    ("Inventory", "Inventory", "PROPN", 1, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# At the same time, one global index found that the U.K. was still attractive to investors.
INDEX: list[FeatRow] = [
    ("At", "at", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("same", "same", "ADJ", 3, "amod", "Degree=Pos"),
    ("time", "time", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("one", "one", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("global", "global", "ADJ", 7, "amod", "Degree=Pos"),
    ("index", "index", "NOUN", 8, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("U.K.", "U.K.", "PROPN", 14, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("still", "still", "ADV", 14, "advmod", ""),
    ("attractive", "attractive", "ADJ", 8, "ccomp", "Degree=Pos"),
    ("to", "to", "ADP", 16, "case", ""),
    ("investors", "investor", "NOUN", 14, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# The Energy and Mines Ministry said the rescue would continue.
MINISTRY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Energy", "Energy", "PROPN", 5, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Mines", "Mines", "PROPN", 1, "conj", "Number=Plur"),
    ("Ministry", "Ministry", "PROPN", 1, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("rescue", "rescue", "NOUN", 9, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("continue", "continue", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Sales fell, according to figures from the ministry.
MINISTRY_2: list[FeatRow] = [
    ("Sales", "sale", "NOUN", 1, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("according", "accord", "VERB", 5, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 5, "case", ""),
    ("figures", "figure", "NOUN", 1, "obl", "Number=Plur"),
    ("from", "from", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 5, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


# A federal judge on Monday blocked the ordinance, ruling that the city had likely violated the First Amendment.
RULED: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("federal", "federal", "ADJ", 2, "amod", "Degree=Pos"),
    ("judge", "judge", "NOUN", 5, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Monday", "Monday", "PROPN", 2, "nmod", "Number=Sing"),
    ("blocked", "block", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("ordinance", "ordinance", "NOUN", 5, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("ruling", "rule", "VERB", 5, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 15, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("likely", "likely", "ADV", 15, "advmod", ""),
    ("violated", "violate", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("First", "first", "ADJ", 18, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("Amendment", "Amendment", "PROPN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


# The report says sales fell.
REPORT_SAYS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 2, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("sales", "sale", "NOUN", 2, "obj", "Number=Plur"),
    ("fell", "fall", "VERB", 2, "xcomp", "Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The union has also filed a complaint with the labour board.
FILING: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("also", "also", "ADV", 4, "advmod", ""),
    ("filed", "file", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("complaint", "complaint", "NOUN", 4, "obj", "Number=Sing"),
    ("with", "with", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("labour", "labour", "NOUN", 10, "compound", "Number=Sing"),
    ("board", "board", "NOUN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# The filing alleges the company brought in contractors.
FILING_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("filing", "filing", "NOUN", 2, "nsubj", "Number=Sing"),
    ("alleges", "allege", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 5, "nsubj", "Number=Sing"),
    ("brought", "bring", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("contractors", "contractor", "NOUN", 5, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# The blockage is holding up $9 billion of goods a day, according to Lloyd’s List, the shipping journal.
LLOYDS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("blockage", "blockage", "NOUN", 3, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("holding", "hold", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("up", "up", "ADP", 3, "compound:prt", ""),
    ("$", "$", "SYM", 3, "obj", ""),
    ("##9", "9", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("billion", "billion", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 9, "case", ""),
    ("goods", "goods", "NOUN", 7, "nmod", "Number=Plur"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("day", "day", "NOUN", 9, "nmod:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("according", "accord", "VERB", 17, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 13, "fixed", ""),
    ("Lloyd", "Lloyd", "PROPN", 17, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 15, "case", ""),
    ("List", "List", "PROPN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("shipping", "shipping", "NOUN", 21, "compound", "Number=Sing"),
    ("journal", "journal", "NOUN", 17, "appos", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Adel Farouk, the authority's chairman, said eight tugboats and two dredgers were working to refloat the ship.
TUGBOATS: list[FeatRow] = [
    ("Adel", "Adel", "PROPN", 1, "compound", "Number=Sing"),
    ("Farouk", "Farouk", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("chairman", "chairman", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("eight", "eight", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("tugboats", "tugboat", "NOUN", 8, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("two", "two", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("dredgers", "dredger", "NOUN", 15, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 15, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("working", "work", "VERB", 8, "conj", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 17, "mark", ""),
    ("refloat", "refloat", "VERB", 15, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("ship", "ship", "NOUN", 17, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


# Chamoli District Magistrate Anjali Negi said six bodies had been recovered from the debris.
MAGISTRATE: list[FeatRow] = [
    ("Chamoli", "Chamoli", "PROPN", 4, "compound", "Number=Sing"),
    ("District", "District", "PROPN", 4, "compound", "Number=Sing"),
    ("Magistrate", "Magistrate", "PROPN", 4, "compound", "Number=Sing"),
    ("Anjali", "Anjali", "PROPN", 4, "compound", "Number=Sing"),
    ("Negi", "Negi", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("six", "six", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("bodies", "body", "NOUN", 10, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 10, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("recovered", "recover", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("from", "from", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("debris", "debris", "NOUN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# "Nobody is telling us anything.
KULKARNI: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##Nobody", "nobody", "PRON", 3, "nsubj", "Number=Sing|PronType=Ind"),
    ("is", "be", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("telling", "tell", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("us", "we", "PRON", 3, "obj", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    ("anything", "anything", "PRON", 3, "obj", "Number=Sing|PronType=Ind"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# The driver says two days, the police say one day," Ramesh Kulkarni, a retired bank clerk from Pune who had spent eleven hours in a bus with his wife, told ANI.
KULKARNI_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("driver", "driver", "NOUN", 2, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("two", "two", "NUM", 4, "nummod", "NumForm=Word|NumType=Card"),
    ("days", "day", "NOUN", 2, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("police", "police", "NOUN", 8, "nsubj", "Number=Sing"),
    ("say", "say", "VERB", 2, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("one", "one", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("day", "day", "NOUN", 8, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ('##"', '"', "PUNCT", 14, "punct", ""),
    ("Ramesh", "Ramesh", "PROPN", 14, "compound", "Number=Sing"),
    ("Kulkarni", "Kulkarni", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("retired", "retire", "VERB", 19, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("bank", "bank", "NOUN", 19, "compound", "Number=Sing"),
    ("clerk", "clerk", "NOUN", 8, "obj", "Number=Sing"),
    ("from", "from", "ADP", 21, "case", ""),
    ("Pune", "Pune", "PROPN", 19, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 24, "nsubj", "PronType=Rel"),
    ("had", "have", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("spent", "spend", "VERB", 19, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("eleven", "eleven", "ADJ", 26, "amod", "Degree=Pos"),
    ("hours", "hour", "NOUN", 24, "obj", "Number=Plur"),
    ("in", "in", "ADP", 29, "case", ""),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("bus", "bus", "NOUN", 24, "obl", "Number=Sing"),
    ("with", "with", "ADP", 32, "case", ""),
    ("his", "his", "PRON", 32, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("wife", "wife", "NOUN", 29, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 34, "punct", ""),
    ("told", "tell", "VERB", 8, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ANI", "ANI", "PROPN", 34, "iobj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# By Danny Pratt, Chief Football Writer
BYLINE: list[FeatRow] = [
    ("By", "by", "ADP", 2, "case", ""),
    ("Danny", "Danny", "PROPN", 2, "compound", "Number=Sing"),
    ("Pratt", "Pratt", "PROPN", -1, "root", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Chief", "Chief", "PROPN", 2, "appos", "Number=Sing"),
    ("Football", "Football", "PROPN", 6, "compound", "Number=Sing"),
    ("Writer", "Writer", "PROPN", 2, "appos", "Number=Sing"),
]

# The furious bust-up with boss Gary Wheldon came on Tuesday.
WHELDON: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("furious", "furious", "ADJ", 4, "amod", "Degree=Pos"),
    ("bust", "bust", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 2, "punct", ""),
    ("##up", "up", "ADP", 9, "advmod", ""),
    ("with", "with", "ADP", 8, "case", ""),
    ("boss", "boss", "NOUN", 8, "compound", "Number=Sing"),
    ("Gary", "Gary", "PROPN", 8, "compound", "Number=Sing"),
    ("Wheldon", "Wheldon", "PROPN", 4, "nmod", "Number=Sing"),
    ("came", "come", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The Rovers chief insisted the club would not be held to ransom by any player.
CHIEF: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Rovers", "Rover", "PROPN", 2, "compound", "Number=Plur"),
    ("chief", "chief", "NOUN", 3, "nsubj", "Number=Sing"),
    ("insisted", "insist", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 9, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("held", "hold", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 11, "mark", ""),
    ("ransom", "ransom", "VERB", 9, "xcomp", "VerbForm=Inf"),
    ("by", "by", "ADP", 14, "case", ""),
    ("any", "any", "DET", 14, "det", "PronType=Ind"),
    ("player", "player", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# City boss Luca Bernardi played a straight bat at his press conference.
BERNARDI: list[FeatRow] = [
    ("City", "City", "PROPN", 1, "compound", "Number=Sing"),
    ("boss", "boss", "NOUN", 3, "compound", "Number=Sing"),
    ("Luca", "Luca", "PROPN", 3, "compound", "Number=Sing"),
    ("Bernardi", "Bernardi", "PROPN", 4, "nsubj", "Number=Sing"),
    ("played", "play", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("straight", "straight", "ADJ", 7, "amod", "Degree=Pos"),
    ("bat", "bat", "NOUN", 4, "obj", "Number=Sing"),
    ("at", "at", "ADP", 11, "case", ""),
    ("his", "his", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("press", "press", "NOUN", 11, "compound", "Number=Sing"),
    ("conference", "conference", "NOUN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# "I like good players, everybody likes good players," the Italian grinned.
GRINNED: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##I", "I", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("like", "like", "VERB", 7, "advcl", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("good", "good", "ADJ", 4, "amod", "Degree=Pos"),
    ("players", "player", "NOUN", 2, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("everybody", "everybody", "PRON", 7, "nsubj", "Number=Sing|PronType=Ind"),
    ("likes", "like", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("good", "good", "ADJ", 9, "amod", "Degree=Pos"),
    ("players", "player", "NOUN", 7, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ('##"', '"', "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Italian", "Italian", "ADJ", 14, "nsubj", "Degree=Pos"),
    ("grinned", "grin", "VERB", 7, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


# Striker axed after bust-up with boss
HEADLINE: list[FeatRow] = [
    ("Striker", "striker", "NOUN", 1, "nsubj", "Number=Sing"),
    ("axed", "axed", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("after", "after", "ADP", 5, "case", ""),
    ("bust", "bust", "NOUN", 5, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##up", "up", "ADP", 1, "obl", ""),
    ("with", "with", "ADP", 7, "case", ""),
    ("boss", "boss", "NOUN", 1, "obl", "Number=Sing"),
]


# Some in the trade say the scandal exposed how loosely the market is policed.
TRADE: list[FeatRow] = [
    ("Some", "some", "DET", 4, "nsubj", "PronType=Ind"),
    ("in", "in", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("trade", "trade", "NOUN", 4, "nsubj", "Number=Sing"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("scandal", "scandal", "NOUN", 7, "nsubj", "Number=Sing"),
    ("exposed", "expose", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("how", "how", "ADV", 13, "advmod", "PronType=Int"),
    ("loosely", "loosely", "ADV", 13, "advmod", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("market", "market", "NOUN", 13, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("policed", "police", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Marcus Oyelaran won 53.8 per cent of the weighted delegate vote on the second ballot at the Canadian Federation of Rail and Transit Workers convention here on Saturday, defeating Diane Lafontaine, who has led the 71,000-member union since 2016, according to the union's chief returning officer, Priya Sandhu.
OYELARAN: list[FeatRow] = [
    ("Marcus", "Marcus", "PROPN", 1, "compound", "Number=Sing"),
    ("Oyelaran", "Oyelaran", "PROPN", 2, "nsubj", "Number=Sing"),
    ("won", "win", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("53.8", "53.8", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("weighted", "weight", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("delegate", "delegate", "NOUN", 9, "compound", "Number=Sing"),
    ("vote", "vote", "NOUN", 4, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("second", "second", "ADJ", 13, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("ballot", "ballot", "NOUN", 9, "nmod", "Number=Sing"),
    ("at", "at", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("Canadian", "Canadian", "ADJ", 17, "amod", "Degree=Pos"),
    ("Federation", "Federation", "PROPN", 13, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("Rail", "Rail", "PROPN", 17, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 21, "cc", ""),
    ("Transit", "Transit", "PROPN", 19, "conj", "Number=Sing"),
    ("Workers", "worker", "PROPN", 23, "compound", "Number=Plur"),
    ("convention", "convention", "NOUN", 17, "nmod", "Number=Sing"),
    ("here", "here", "ADV", 23, "advmod", "PronType=Dem"),
    ("on", "on", "ADP", 26, "case", ""),
    ("Saturday", "Saturday", "PROPN", 24, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 28, "punct", ""),
    ("defeating", "defeat", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("Diane", "Diane", "PROPN", 30, "compound", "Number=Sing"),
    ("Lafontaine", "Lafontaine", "PROPN", 28, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 34, "punct", ""),
    ("who", "who", "PRON", 34, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 34, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("led", "lead", "VERB", 28, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 39, "det", "Definite=Def|PronType=Art"),
    ("71,000", "71000", "NUM", 38, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 36, "punct", ""),
    ("##member", "member", "NOUN", 39, "compound", "Number=Sing"),
    ("union", "union", "NOUN", 34, "obj", "Number=Sing"),
    ("since", "since", "ADP", 41, "case", ""),
    ("2016", "2016", "NUM", 39, "nmod", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 50, "punct", ""),
    ("according", "accord", "VERB", 50, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 50, "case", ""),
    ("the", "the", "DET", 46, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 50, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 46, "case", ""),
    ("chief", "chief", "NOUN", 50, "compound", "Number=Sing"),
    ("returning", "return", "NOUN", 50, "compound", "Number=Sing"),
    ("officer", "officer", "NOUN", 34, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 53, "punct", ""),
    ("Priya", "Priya", "PROPN", 53, "compound", "Number=Sing"),
    ("Sandhu", "Sandhu", "PROPN", 50, "appos", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# According to Health NZ's own workforce survey, published in June under the title "Holding the Line", one in four resident doctors intends to leave the country within two years.
SURVEY: list[FeatRow] = [
    ("According", "accord", "VERB", 7, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 0, "fixed", ""),
    ("Health", "Health", "PROPN", 3, "compound", "Number=Sing"),
    ("NZ", "NZ", "PROPN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 3, "case", ""),
    ("own", "own", "ADJ", 7, "amod", "Degree=Pos"),
    ("workforce", "workforce", "NOUN", 7, "compound", "Number=Sing"),
    ("survey", "survey", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("published", "publish", "VERB", 26, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 11, "case", ""),
    ("June", "June", "PROPN", 9, "obl", "Number=Sing"),
    ("under", "under", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("title", "title", "NOUN", 9, "obl", "Number=Sing"),
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("##Holding", "holding", "VERB", 9, "advcl", "VerbForm=Ger"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("Line", "Line", "PROPN", 16, "obj", "Number=Sing"),
    ('##"', '"', "PUNCT", 18, "punct", ""),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("one", "one", "NUM", 26, "nsubj", "NumForm=Word|NumType=Card"),
    ("in", "in", "ADP", 25, "case", ""),
    ("four", "four", "NUM", 25, "nummod", "NumForm=Word|NumType=Card"),
    ("resident", "resident", "NOUN", 25, "compound", "Number=Sing"),
    ("doctors", "doctor", "NOUN", 26, "nsubj", "Number=Plur"),
    ("intends", "intend", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 28, "mark", ""),
    ("leave", "leave", "VERB", 26, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 28, "obj", "Number=Sing"),
    ("within", "within", "ADP", 33, "case", ""),
    ("two", "two", "NUM", 33, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 28, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 26, "punct", ""),
]


# Giving evidence from behind a screen at Bolton Coroner's Court on Tuesday, the firearms officer, identified only by the code W28, said the situation had changed in a heartbeat.
SCREEN: list[FeatRow] = [
    ("Giving", "give", "VERB", 25, "advcl", "Tense=Pres|VerbForm=Part"),
    ("evidence", "evidence", "NOUN", 25, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 5, "case", ""),
    ("behind", "behind", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("screen", "screen", "NOUN", 0, "obl", "Number=Sing"),
    ("at", "at", "ADP", 10, "case", ""),
    ("Bolton", "Bolton", "PROPN", 8, "compound", "Number=Sing"),
    ("Coroner", "Coroner", "PROPN", 10, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 8, "case", ""),
    ("Court", "Court", "PROPN", 5, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 12, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 10, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("firearms", "firearm", "NOUN", 16, "compound", "Number=Plur"),
    ("officer", "officer", "NOUN", 10, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("identified", "identify", "VERB", 25, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("only", "only", "ADV", 18, "advmod", ""),
    ("by", "by", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("code", "code", "NOUN", 18, "obl:agent", "Number=Sing"),
    ("W28", "w28", "NUM", 18, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("situation", "situation", "NOUN", 29, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 29, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("changed", "change", "VERB", 25, "ccomp", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 32, "case", ""),
    ("a", "a", "DET", 32, "det", "Definite=Ind|PronType=Art"),
    ("heartbeat", "heartbeat", "NOUN", 29, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 25, "punct", ""),
]


# Striker Tomas Ferreyra has been axed from the Northam Rovers squad after a bust-up.
SQUAD: list[FeatRow] = [
    ("Striker", "Striker", "PROPN", 2, "compound", "Number=Sing"),
    ("Tomas", "Tomas", "PROPN", 2, "compound", "Number=Sing"),
    ("Ferreyra", "Ferreyra", "PROPN", 5, "nsubj:pass", "Number=Sing"),
    ("has", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 5, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("axed", "axed", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("from", "from", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Northam", "Northam", "PROPN", 9, "compound", "Number=Sing"),
    ("Rovers", "Rover", "PROPN", 5, "obl", "Number=Plur"),
    ("squad", "squad", "VERB", 5, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("after", "after", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("bust", "bust", "NOUN", 15, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 13, "punct", ""),
    ("##up", "up", "ADP", 10, "obl", ""),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Rovers said in a statement that Ferreyra had been excused from training.
ROVERS: list[FeatRow] = [
    ("Rovers", "rover", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 1, "obl", "Number=Sing"),
    ("that", "that", "PRON", 9, "mark", "PronType=Rel"),
    ("Ferreyra", "Ferreyra", "PROPN", 9, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 9, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("excused", "excuse", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("from", "from", "ADP", 11, "case", ""),
    ("training", "training", "NOUN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def _quotes(paragraphs: list[list[list[FeatRow]]]) -> list[tuple[str, str]]:
    return [(q.text, q.speaker.name if q.speaker else "") for q in resolve(paragraphs).quotes]  # type: ignore[arg-type]


def test_a_participle_with_an_auxiliary_is_no_channels_modifier():
    # "said a gate latch in the capybara yard had not been fully secured": "yard" (with its "in")
    # had been read as the channel the zoo spoke in, and the report as its participle, so nothing
    # was reported (channel_reports.channel_read_as_subject now leaves a clause with "had" alone)
    (first, *_) = _quotes([[LATCH]])
    assert first[0].startswith("a gate latch in the capybara yard had not been fully secured")
    assert first[1] == "the zoo"


def test_an_objects_modifiers_hung_on_say_go_with_the_object_as_the_reports_subject():
    # "Mehta said savings from the cuts, estimated at ..., would be partly reinvested": the phrase
    # and the participle were the cue's, the clause had no subject and nothing was reported
    # (object_subjects.modified_object_as_subject)
    assert _quotes([[SAVINGS]]) == [
        (
            "savings from the cuts, estimated at about $310 million a year, would be partly reinvested in data "
            "center capacity",
            "Mehta",
        )
    ]


def test_that_after_the_cues_time_opens_the_report():
    # "reported on Tuesday that one of the licences related to ...", with "related" a participle
    # of "one": the words from "that" on are the report (since session 45 the repair
    # uncovered_clauses gives the verb its clause, with "that" its mark, before
    # orphans._that_after_setting would take the words after "that"); "The Financial Times" is
    # no time (orphans._speaking_subject)
    assert _quotes([[LICENCES]]) == [
        ("that one of the licences related to components made by Northgate Defence Systems", "Financial Times")
    ]


def test_a_that_clause_on_the_cues_time_is_its_report():
    # "reported last month that drivers had complained ..." with the clause a relative clause of
    # "month" (channel_reports.report_read_as_relative; it had given only "complained about")
    (quote,) = _quotes([[DRIVERS]])
    assert quote[0] == "that drivers had complained about the buses' limited range in cold weather"


def test_a_lone_name_that_reports_is_an_outlet():
    # "Variety reported that ...": one word, no given name, nothing to make it a person's
    # (learned._reporting; it had been a person with no role)
    speaker = _speaker([[VARIETY]], "that promoters were left facing refunds on nearly every date")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Variety", "organization", "organization")


def test_a_number_in_a_name_makes_it_a_bodys():
    # "United Steelworkers Local 4410 says" had been a person with no role (table.is_org_name)
    speaker = _speaker([[LOCAL]], "picket lines went up at all four gates of the mill")
    assert (speaker.name, speaker.type) == ("United Steelworkers Local 4410", "organization")


def test_two_particles_inside_a_name_keep_it_whole():
    # "Minera Sol de los Andes said" had given the person "Andes" with the rest as a role
    # (pretags.NAME_PARTICLES gains "los" and "las"; name_runs reads the same list)
    speaker = _speaker([[MINERA]], "that it was cooperating fully with authorities")
    assert (speaker.name, speaker.type) == ("Minera Sol de los Andes", "organization")


def test_the_irish_independent_is_an_outlet():
    # ("Independent" tagged an adjective had made an unnamed "independent": outlets.yaml)
    speaker = _speaker([[IRISH]], "that a second bank was reviewing its network")
    assert (speaker.name, speaker.type) == ("Irish Independent", "organization")


def test_a_name_set_off_after_a_post_with_its_article_and_seat_is_the_speaker():
    # "the Independent TD for Roscommon-Galway, Marian Keaveney, said": "TD" is a post, not a
    # name, so the name in its "for" phrase's apposition is not someone else's
    # (mentions._choose_name; the speaker had been the whole description, anonymous)
    speaker = _speaker([[KEAVENEY]], "the bank had not consulted anyone")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Marian Keaveney", "person", "named")


def test_a_name_after_the_count_that_ends_a_parents_description_is_the_speaker():
    # "Melbourne mother of two Jess Harding, 34, said" (mentions._choose_name: the name after
    # "of two" is not in the "of" phrase)
    speaker = _speaker([[HARDING]], "she had delayed the vaccinations")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Jess Harding", "person", "named")


def test_a_participle_between_a_determiner_and_its_noun_takes_no_report():
    # "said in a written reply to the RJM that every rejected postal ballot had been shown" with
    # "rejected" a relative clause of "RJM" taking the report: the RJM had been the speaker
    # (channel_reports.participle_read_inside_subject)
    speaker = _speaker([[BALLOT]], "that every rejected postal ballot had been shown to agents")
    assert (speaker.name, speaker.type) == ("Shalini Rao", "person")


def test_a_websites_name_is_a_bodys():
    # "according to Layoffs.fyi, a website that tracks job cuts" (table.is_org_name; it had been
    # a person with no role)
    speaker = _speaker([[LAYOFFS]], "More than 40,000 tech workers have lost their jobs since January")
    assert (speaker.name, speaker.type) == ("Layoffs.fyi", "organization")


def test_a_body_the_article_named_before_is_not_the_name_of_a_new_description():
    # "The Italian coast guard said ... ¶ Sea Lantern and two other charities ... said": the next
    # sentence's subject names the charity that spoke in the lede, not the coast guard, which
    # had become a person called Sea Lantern (delayed._name_next)
    result = resolve([[LANTERN], [COAST], [LANTERN2]])  # type: ignore[list-item]
    (q,) = [q for q in result.quotes if "coordinated the search" in q.text]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type) == ("The Italian coast guard", "organization")


def test_a_quote_after_one_said_according_to_a_recording_goes_on_with_the_speaker():
    # '"...," he said, according to a recording shared by the charity. "..."': the recording is
    # where his words are on record; the next quote is his, not the recording's
    # (neighbours._previous_speaker)
    result = resolve([[IBRAHIM], [RECORDING, RECORDING_2]])  # type: ignore[list-item]
    (q,) = [q for q in result.quotes if "holding his son" in q.text]
    assert q.speaker is not None and q.speaker.name == "Ibrahim"


def test_the_airport_speaks_as_a_body():
    # "The airport denied that ..." had been an unnamed person (organization_words: airport)
    speaker = _speaker([[AIRPORT]], "that any permanent staff would lose their jobs")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("The airport", "organization", "organization")


def test_some_of_a_named_towns_people_are_a_loose_class_and_an_events_are_placed():
    # "Some residents of Bulukumba" had been anonymous (loose.loose_class: a named town's people
    # are a population); "Some students at the march" stays placed (a guard); "Some neighbors"
    # had been anonymous too (never_named_next: the plural)
    town = _speaker([[BULUKUMBA]], "the ferry had been overloaded")
    neighbors = _speaker([[NEIGHBORS]], "they had heard rustling in the hedges")
    march = _speaker([[MARCH]], "they had been kettled")
    assert (town.anonymity, neighbors.anonymity, march.anonymity) == ("vague", "vague", "anonymous")


def test_a_name_listed_on_an_exchange_is_a_bodys():
    # "operated by London-listed Meridian Offshore. Meridian said" had been a person
    # (learned.learn: a name after "-listed", "-registered", "-headquartered" is a body's)
    speaker = _speaker([[NYANSA, NYANSA_2]], "that the leak had been stopped")
    assert (speaker.type, speaker.anonymity) == ("organization", "organization")


def test_a_quoted_name_before_the_scheme_it_names_is_no_quote():
    # 'under the "PM POSHAN" scheme continued' had been a quote of "scheme"
    # (spans.names_a_work: schemes, campaigns, apps and the like are named, not quoted)
    assert _quotes([[POSHAN]]) == []


def test_a_courts_bench_speaks_as_a_body():
    # "A Division Bench of the High Court observed that" had been a person called Division Bench
    # (organization_words: bench)
    speaker = _speaker([[BENCH]], "that the right of children to education could not be held hostage")
    assert speaker.type == "organization"


def test_some_of_whom_opens_a_relative_clause_of_the_noun_before_it():
    # "Critics, some of whom defend ..., argue that ..." had the speaker "Critics, some of whom",
    # placed (relative_roots.partitive_relative_read_as_subject, mentions._quantified)
    speaker = _speaker([[CRITICS]], "that it opens the door to claims")
    assert (speaker.text, speaker.anonymity) == ("Critics", "vague")


def test_the_company_is_the_business_its_own_sentence_names():
    # "FreshWay's loyalty program ... will continue to operate, the company said" after
    # "according to Statistics Canada data" had been Statistics Canada
    # (unnamed._for_institution asks business_in_sentence first)
    result = resolve([[STATSCAN], [FRESHWAY]])  # type: ignore[list-item]
    (q,) = [q for q in result.quotes if q.text.startswith("FreshWay")]
    assert q.speaker is not None and q.speaker.name == "FreshWay"


def test_the_member_for_a_seat_is_the_mp_named_before():
    # "Victorian Liberal MP Grant Halloran ... ¶ The member for Kinlay told reporters ..." had
    # been an unnamed person (title_abbreviations: "MP" is a member)
    speaker = _speaker([[HALLORAN], [KINLAY]], "that the family travel entitlement existed to help MPs")
    assert (speaker.name, speaker.type) == ("Grant Halloran", "person")


def test_a_description_right_before_a_name_is_the_names_not_a_second_subject():
    # "Brazil's national crop agency Conab estimated ..., and said ..." had the speaker "Brazil's
    # national crop agency" (appositive_subjects.description_read_as_second_subject)
    speaker = _speaker([[CONAB]], "dry weather had reduced bean size")
    assert (speaker.name, speaker.type) == ("Conab", "organization")


def test_a_naming_participle_is_no_cue_and_the_gang_it_names_speaks_by_its_name():
    # "A ransomware gang called Nightwire claimed responsibility ..." had "called" as a cue
    # reporting "Nightwire claimed responsibility ..." (appositive_subjects.
    # naming_participle_read_as_verb), and the gang was unnamed people (organization_words: gang)
    assert [(t, n) for t, n in _quotes([[NIGHTWIRE]])] == [
        ("it had stolen more than 1.2 terabytes of data", "Nightwire")
    ]


def test_a_network_of_hospitals_is_no_outlet():
    # "The hospital network said ..." had been an outlet speaking through itself (via.py,
    # outlet_mentions.network_of_other_body)
    result = resolve([[HOSPITAL_NETWORK, HOSPITAL_NETWORK_2]])  # type: ignore[list-item]
    (q,) = [q for q in result.quotes if q.text.startswith("it had notified")]
    assert q.speaker is not None and q.speaker.type == "organization" and q.via is None


def test_a_record_a_body_keeps_speaks_for_it():
    # "according to the Federal Highway Administration's National Bridge Inventory" had been a
    # person (organization_words), and "one global index found" unnamed people where an
    # unspecified document is vague (document_nouns)
    named = _speaker([[INVENTORY]], "There are 11 such bridges still in service")
    unnamed = _speaker([[INDEX]], "that the U.K. was still attractive to investors")
    assert (named.type, named.anonymity) == ("organization", "organization")
    assert (unnamed.type, unnamed.anonymity) == ("organization", "vague")


def test_figures_from_the_body_are_the_body_named_by_that_noun():
    # "The Energy and Mines Ministry said ... Sales fell, according to figures from the ministry"
    # had been vague figures (documents._by_body: "from", and a name with the noun)
    speaker = _speaker([[MINISTRY, MINISTRY_2]], "Sales fell")
    assert (speaker.name, speaker.type) == ("Energy and Mines Ministry", "organization")


def test_what_a_judge_rules_is_reported():
    # "blocked the ordinance, ruling that the city had likely violated ..." had reported nothing
    # (speech_verbs: rule; "ruled out", with no clause, still reports nothing)
    assert _quotes([[RULED]]) == [("that the city had likely violated the First Amendment", "A federal judge")]


def test_a_finite_verb_read_as_says_open_complement_is_the_report():
    # "The report says sales fell." with obj(says, sales) and xcomp(says, fell) had reported
    # nothing (subject_repairs._object_as_subject)
    assert _quotes([[REPORT_SAYS]]) == [("sales fell", "The report")]


def test_the_filing_is_the_filers():
    # "The union has also filed a complaint ... The filing alleges ..." (statements.earlier_owner:
    # the subject of the verb that filed or issued the document owns it)
    speaker = _speaker([[FILING, FILING_2]], "the company brought in contractors")
    assert (speaker.name, speaker.type) == ("The union", "organization")


def test_an_outlet_whose_name_holds_a_possessive_is_the_outlet():
    # "according to Lloyd's List, the shipping journal" had been a person called List, with the
    # role "Lloyd's" (outlets.yaml; OutletGazetteer.holding_possessive)
    speaker = _speaker([[LLOYDS]], "The blockage is holding up $9 billion of goods a day")
    assert (speaker.name, speaker.type) == ("Lloyd's List", "organization")


def test_subjects_joined_by_and_after_say_are_the_reports():
    # "said eight tugboats and two dredgers were working" with "tugboats" the cue's object and the
    # "and" on the second subject had reported nothing (object_subjects.object_coordinated_with_subject)
    assert _quotes([[TUGBOATS]]) == [
        ("eight tugboats and two dredgers were working to refloat the ship", "Adel Farouk")
    ]


def test_a_district_magistrate_is_a_post():
    # "Chamoli District Magistrate Anjali Negi said" had been a body of that whole name
    # (person_roles: magistrate, commandant, tehsildar, skipper)
    speaker = _speaker([[MAGISTRATE]], "six bodies had been recovered from the debris")
    assert (speaker.name, speaker.type, speaker.role) == ("Anjali Negi", "person", "Chamoli District Magistrate")


def test_the_name_right_after_a_quote_and_set_off_from_the_cue_is_the_speaker():
    # '"...," Ramesh Kulkarni, a retired bank clerk from Pune who ..., told ANI' with the name hung
    # inside the quote had the speaker "Pune", the description's last name (fallbacks._speaker_after)
    result = resolve([[KULKARNI, KULKARNI_2]])  # type: ignore[list-item]
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Ramesh Kulkarni"]


def test_a_bylines_writer_is_no_name_the_article_refers_to():
    # "By Danny Pratt, Chief Football Writer" had made a person "Football Writer" whom "The
    # Rovers chief" later was (candidates._person_names skips a byline: credits.is_byline)
    doc, paras = article([[HEADLINE], [BYLINE], [WHELDON], [CHIEF]])  # type: ignore[list-item]
    table = EntityTable(MODEL, doc, [s for p in paras for s in p.sentences], [])
    assert [n.name for n in table.person_names] == ["Gary Wheldon"]
    assert is_byline("By Jane Roe and John Doe | Reuters") and not is_byline("By the time he arrived, it was over.")


def test_a_quote_one_grinned_is_attributed():
    # '"...," the Italian grinned.' had no speaker (manner_cues, read only after a quote)
    result = resolve([[BERNARDI], [GRINNED]])  # type: ignore[list-item]
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Luca Bernardi"]


def test_a_quantitys_phrase_read_as_a_second_subject_is_the_quantitys():
    # "Some in the trade say" with "trade" a second subject had the speaker "the trade", placed
    # (appositive_subjects.cased_second_subject)
    speaker = _speaker([[TRADE]], "the scandal exposed how loosely the market is policed")
    assert (speaker.text, speaker.anonymity) == ("Some in the trade", "vague")


def test_a_closing_according_to_after_a_who_clause_read_as_a_complement_is_the_sentences():
    # "..., defeating Diane Lafontaine, who has led the union since 2016, according to the union's
    # chief returning officer, Priya Sandhu." had reported only the "who" clause
    # (source_phrases.according_hung_in_phrase climbs out of it)
    (q,) = [q for q in resolve([[OYELARAN]]).quotes]
    assert q.text.startswith("Marcus Oyelaran won 53.8") and q.speaker is not None
    assert q.speaker.name == "Priya Sandhu"


def test_an_opening_according_to_under_a_participle_is_the_sentences_source_and_a_title_no_quote():
    # 'According to Health NZ's own workforce survey, published in June under the title "Holding
    # the Line", one in four ...' had reported nothing but the title, as a quote with no speaker
    # (source_phrases.according_under_participle; spans.names_a_work: "under the title")
    quotes = _quotes([[SURVEY]])
    assert [(t[:30], n) for t, n in quotes] == [("one in four resident doctors i", "Health NZ")]


def test_the_subject_set_off_after_an_opening_participle_is_the_speaker_wherever_it_hangs():
    # "Giving evidence from behind a screen at Bolton Coroner's Court on Tuesday, the firearms
    # officer, ..., said" with "evidence" the cue's subject and "officer" a conjunct of "Court"
    # (participle_subjects.opener_object_read_as_subject)
    speaker = _speaker([[SCREEN]], "the situation had changed in a heartbeat")
    assert speaker.text == "the firearms officer"


def test_a_clubs_plural_short_name_opening_a_sentence_is_the_club():
    # "the Northam Rovers squad ... ¶ Rovers said in a statement that ..." had been a vague class of
    # people ("rovers"); a plural name part of a body's is its short name (opening_names._club)
    speaker = _speaker([[SQUAD], [ROVERS]], "that Ferreyra had been excused from training")
    assert (speaker.type, speaker.anonymity) == ("organization", "organization")
