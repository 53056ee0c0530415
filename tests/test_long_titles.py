"""Long titles before a name (session 45; shapes from the fresh articles of sessions 43 and 44):
the name heads its subject phrase however long the title is - a body's name with "of" inside it
before the role, an auxiliary before the verb, a role's "of" phrase ("director of operations"), a
description set off by commas after the name, a number in the body's name, a two-word title after
a portfolio ("Cabinet Secretary"), a portfolio joined by "and" after "Minister of" (both fields the office's: session 52) - and the
office's words are no part of the name (attribution/titled_names, office_names; sources/
name_runs.own_words). Each test failed before the change unless it says it is a guard. The trees
are the shipped parser's for these invented sentences; "##word" follows the word before with no
space."""

from __future__ import annotations

import pytest
from parse_helpers import FeatRow
from source_helpers import resolve


def _first_speaker(rows: list[FeatRow]) -> tuple[str, str, str, str]:
    r = resolve([[rows]])  # type: ignore[list-item]
    s = r.quotes[0].speaker
    assert s is not None
    return s.name or "", s.type, s.anonymity, s.role or ""


# Harlan County Board of Supervisors Chairman Tom Erickson would not discuss the abatement but said the board would not act until the commission sends its recommendation.
ERICKSON: list[FeatRow] = [
    ("Harlan", "Harlan", "PROPN", 2, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 2, "compound", "Number=Sing"),
    ("Board", "Board", "PROPN", 10, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("Supervisors", "Supervisor", "PROPN", 5, "compound", "Number=Plur"),
    ("Chairman", "Chairman", "PROPN", 2, "nmod", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 7, "compound", "Number=Sing"),
    ("Erickson", "Erickson", "PROPN", 2, "nmod", "Number=Sing"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("discuss", "discuss", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("abatement", "abatement", "NOUN", 10, "obj", "Number=Sing"),
    ("but", "but", "CCONJ", 14, "cc", ""),
    ("said", "say", "VERB", 10, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 19, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 19, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 19, "advmod", "Polarity=Neg"),
    ("act", "act", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("until", "until", "SCONJ", 23, "mark", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("commission", "commission", "NOUN", 23, "nsubj", "Number=Sing"),
    ("sends", "send", "VERB", 19, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("its", "its", "PRON", 25, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("recommendation", "recommendation", "NOUN", 23, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# In a statement, Health NZ Te Tai Tokerau group director of operations Mark Fenwick said the decision was "not one we have taken lightly".
FENWICK: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 15, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Health", "Health", "PROPN", 7, "compound", "Number=Sing"),
    ("NZ", "NZ", "PROPN", 7, "compound", "Number=Sing"),
    ("Te", "Te", "PROPN", 7, "compound", "Number=Sing"),
    ("Tai", "Tai", "PROPN", 15, "nsubj", "Number=Sing"),
    ("Tokerau", "Tokerau", "PROPN", 10, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 10, "compound", "Number=Sing"),
    ("director", "director", "NOUN", 15, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("operations", "operation", "NOUN", 14, "compound", "Number=Plur"),
    ("Mark", "Mark", "PROPN", 14, "compound", "Number=Sing"),
    ("Fenwick", "Fenwick", "PROPN", 10, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 21, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 21, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 21, "punct", ""),
    ("##not", "not", "PART", 21, "advmod", "Polarity=Neg"),
    ("one", "one", "NUM", 15, "ccomp", "NumForm=Word|NumType=Card"),
    ("we", "we", "PRON", 24, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("have", "have", "AUX", 24, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("taken", "take", "VERB", 21, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("lightly", "lightly", "ADV", 24, "advmod", ""),
    ('##"', '"', "PUNCT", 21, "punct", ""),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# MPA Saima Khoso, who represents a Sukkur constituency in the assembly, said the provincial heat emergency plan "exists only on paper and in press releases".
KHOSO: list[FeatRow] = [
    ("MPA", "MPA", "PROPN", 2, "compound", "Number=Sing"),
    ("Saima", "Saima", "PROPN", 2, "compound", "Number=Sing"),
    ("Khoso", "Khoso", "PROPN", 13, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("represents", "represent", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("Sukkur", "Sukkur", "PROPN", 8, "compound", "Number=Sing"),
    ("constituency", "constituency", "NOUN", 5, "obj", "Number=Sing"),
    ("in", "in", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("assembly", "assembly", "NOUN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("provincial", "provincial", "ADJ", 18, "amod", "Degree=Pos"),
    ("heat", "heat", "NOUN", 18, "compound", "Number=Sing"),
    ("emergency", "emergency", "NOUN", 18, "compound", "Number=Sing"),
    ("plan", "plan", "NOUN", 20, "nsubj", "Number=Sing"),
    ('"', '"', "PUNCT", 18, "punct", ""),
    ("##exists", "exist", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("only", "only", "ADV", 20, "advmod", ""),
    ("on", "on", "ADP", 23, "case", ""),
    ("paper", "paper", "NOUN", 20, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 27, "cc", ""),
    ("in", "in", "ADP", 27, "case", ""),
    ("press", "press", "NOUN", 27, "compound", "Number=Sing"),
    ("releases", "release", "NOUN", 23, "conj", "Number=Plur"),
    ('##"', '"', "PUNCT", 20, "punct", ""),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# Puntland’s Minister of Ports and Marine Transport Abdirahman Hassan Farah told reporters in Garowe that regional forces were “ready to act” but would not put the crew’s lives at risk.
FARAH: list[FeatRow] = [
    ("Puntland", "Puntland", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 0, "case", ""),
    ("Minister", "Minister", "PROPN", 11, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Ports", "Port", "PROPN", 2, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Marine", "Marine", "PROPN", 4, "conj", "Number=Sing"),
    ("Transport", "Transport", "PROPN", 4, "conj", "Number=Sing"),
    ("Abdirahman", "Abdirahman", "PROPN", 10, "compound", "Number=Sing"),
    ("Hassan", "Hassan", "PROPN", 10, "compound", "Number=Sing"),
    ("Farah", "Farah", "PROPN", 4, "conj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 11, "iobj", "Number=Plur"),
    ("in", "in", "ADP", 14, "case", ""),
    ("Garowe", "Garowe", "PROPN", 11, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 20, "mark", ""),
    ("regional", "regional", "ADJ", 17, "amod", "Degree=Pos"),
    ("forces", "force", "NOUN", 20, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 20, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("\u201c", '"', "PUNCT", 20, "punct", ""),
    ("##ready", "ready", "ADJ", 11, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 22, "mark", ""),
    ("act", "act", "VERB", 20, "xcomp", "VerbForm=Inf"),
    ("##\u201d", '"', "PUNCT", 20, "punct", ""),
    ("but", "but", "CCONJ", 27, "cc", ""),
    ("would", "would", "AUX", 27, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 27, "advmod", "Polarity=Neg"),
    ("put", "put", "VERB", 11, "conj", "VerbForm=Inf"),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("crew", "crew", "NOUN", 31, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 29, "case", ""),
    ("lives", "life", "NOUN", 27, "obj", "Number=Plur"),
    ("at", "at", "ADP", 33, "case", ""),
    ("risk", "risk", "NOUN", 31, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# State Minister for Labour and Employment Nazrul Islam Chowdhury, who visited the site around 2:00pm, said a five-member probe committee had been formed.
CHOWDHURY: list[FeatRow] = [
    ("State", "State", "PROPN", 1, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 18, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Labour", "Labour", "PROPN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("Employment", "employment", "PROPN", 3, "conj", "Number=Sing"),
    ("Nazrul", "Nazrul", "PROPN", 3, "conj", "Number=Sing"),
    ("Islam", "Islam", "PROPN", 3, "conj", "Number=Sing"),
    ("Chowdhury", "Chowdhury", "PROPN", 3, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("who", "who", "PRON", 11, "nsubj", "PronType=Rel"),
    ("visited", "visit", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("site", "site", "NOUN", 11, "obj", "Number=Sing"),
    ("around", "around", "ADP", 15, "case", ""),
    ("2:00", "2:00", "NUM", 11, "obl", "NumForm=Digit|NumType=Card"),
    ("##pm", "p.m.", "NOUN", 15, "nmod:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 24, "det", "Definite=Ind|PronType=Art"),
    ("five", "five", "NUM", 22, "nummod", "NumForm=Word|NumType=Card"),
    ("##-", "-", "PUNCT", 20, "punct", ""),
    ("##member", "member", "NOUN", 24, "compound", "Number=Sing"),
    ("probe", "probe", "ADJ", 24, "amod", "Degree=Pos"),
    ("committee", "committee", "NOUN", 27, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 27, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 27, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("formed", "form", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# Tourism and Wildlife Cabinet Secretary Rebecca Tuwei praised the officers and said the government would not relent in the war on the cartels.
TUWEI: list[FeatRow] = [
    ("Tourism", "Tourism", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Wildlife", "Wildlife", "PROPN", 0, "conj", "Number=Sing"),
    ("Cabinet", "Cabinet", "PROPN", 6, "compound", "Number=Sing"),
    ("Secretary", "Secretary", "PROPN", 6, "compound", "Number=Sing"),
    ("Rebecca", "Rebecca", "PROPN", 6, "compound", "Number=Sing"),
    ("Tuwei", "Tuwei", "PROPN", 0, "conj", "Number=Sing"),
    ("praised", "praise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("officers", "officer", "NOUN", 7, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("said", "say", "VERB", 7, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 16, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("relent", "relent", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("war", "war", "NOUN", 16, "obl", "Number=Sing"),
    ("on", "on", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("cartels", "cartel", "NOUN", 19, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# UAW Region 8 Director Carla Dunmore, who oversees organizing in the Southeast, said the union would ask Kaiyo to begin bargaining within 30 days.
DUNMORE: list[FeatRow] = [
    ("UAW", "UAW", "PROPN", 1, "compound", "Number=Sing"),
    ("Region", "Region", "PROPN", 14, "nsubj", "Number=Sing"),
    ("8", "8", "NUM", 1, "flat", "NumForm=Digit|NumType=Card"),
    ("Director", "Director", "PROPN", 5, "compound", "Number=Sing"),
    ("Carla", "Carla", "PROPN", 5, "compound", "Number=Sing"),
    ("Dunmore", "Dunmore", "PROPN", 0, "list", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("oversees", "oversee", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("organizing", "organize", "VERB", 8, "xcomp", "VerbForm=Ger"),
    ("in", "in", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Southeast", "Southeast", "PROPN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 18, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 18, "aux", "VerbForm=Fin"),
    ("ask", "ask", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("Kaiyo", "Kaiyo", "PROPN", 18, "obj", "Number=Sing"),
    ("to", "to", "PART", 21, "mark", ""),
    ("begin", "begin", "VERB", 18, "xcomp", "VerbForm=Inf"),
    ("bargaining", "bargain", "VERB", 21, "xcomp", "VerbForm=Part"),
    ("within", "within", "ADP", 25, "case", ""),
    ("30", "30", "NUM", 25, "nummod", "NumForm=Digit|NumType=Card"),
    ("days", "day", "NOUN", 22, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Reid said the deal was dead, and then Attorney General Jody Roe said the plan would fail.
ATTORNEY_GENERAL: list[FeatRow] = [
    ("Reid", "Reid", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 5, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dead", "dead", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("then", "then", "ADV", 13, "advmod", "PronType=Dem"),
    ("Attorney", "Attorney", "PROPN", 12, "compound", "Number=Sing"),
    ("General", "General", "PROPN", 12, "compound", "Number=Sing"),
    ("Jody", "Jody", "PROPN", 12, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 1, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 17, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 17, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 13, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# “The pirates were never defeated, they were only deterred,” Hodan Warsame, a Horn of Africa researcher at the Nairobi-based Centre for Maritime Security Studies, told Al Jazeera.
HORN_OF_AFRICA: list[FeatRow] = [
    ("\u201c", '"', "PUNCT", 5, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("pirates", "pirate", "NOUN", 5, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("never", "never", "ADV", 5, "advmod", "PronType=Neg"),
    ("defeated", "defeat", "VERB", 32, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("they", "they", "PRON", 10, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("only", "only", "ADV", 10, "advmod", ""),
    ("deterred", "deterr", "VERB", 5, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("##\u201d", '"', "PUNCT", 14, "punct", ""),
    ("Hodan", "Hodan", "PROPN", 14, "compound", "Number=Sing"),
    ("Warsame", "Warsame", "PROPN", 10, "nsubj:pass", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("Horn", "Horn", "PROPN", 10, "nsubj:pass", "Number=Sing"),
    ("of", "of", "ADP", 20, "case", ""),
    ("Africa", "Africa", "PROPN", 20, "compound", "Number=Sing"),
    ("researcher", "researcher", "NOUN", 17, "nmod", "Number=Sing"),
    ("at", "at", "ADP", 26, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("Nairobi", "Nairobi", "PROPN", 25, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 23, "punct", ""),
    ("##based", "based", "ADJ", 26, "amod", "Degree=Pos"),
    ("Centre", "Centre", "PROPN", 17, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 30, "case", ""),
    ("Maritime", "Maritime", "PROPN", 30, "compound", "Number=Sing"),
    ("Security", "Security", "PROPN", 30, "compound", "Number=Sing"),
    ("Studies", "Study", "PROPN", 26, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Al", "Al", "PROPN", 34, "compound", "Number=Sing"),
    ("Jazeera", "Jazeera", "PROPN", 32, "iobj", "Number=Sing"),
    ("##.", ".", "PUNCT", 32, "punct", ""),
]


# Minister of Science and Technology Ashwini Vaishnaw said the chips would be made locally.
VAISHNAW: list[FeatRow] = [
    ("Minister", "Minister", "NOUN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 2, "case", ""),
    ("Science", "Science", "PROPN", 0, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("Technology", "Technology", "PROPN", 2, "conj", "Number=Sing"),
    ("Ashwini", "Ashwini", "PROPN", 2, "conj", "Number=Sing"),
    ("Vaishnaw", "Vaishnaw", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("chips", "chip", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("made", "make", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("locally", "locally", "ADV", 12, "advmod", "Degree=Pos"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


@pytest.mark.parametrize(
    ("rows", "name", "role"),
    [
        (ERICKSON, "Tom Erickson", "Harlan County Board of Supervisors Chairman"),
        (FENWICK, "Mark Fenwick", "Health NZ Te Tai Tokerau group director of operations"),
        (KHOSO, "Saima Khoso", "MPA"),
        (FARAH, "Abdirahman Hassan Farah", "Puntland\u2019s Minister of Ports and Marine Transport"),
        (TUWEI, "Rebecca Tuwei", "Tourism and Wildlife Cabinet Secretary"),
        (DUNMORE, "Carla Dunmore", "UAW Region 8 Director"),
    ],
)
def test_a_name_after_a_long_title_heads_its_phrase(rows: list[FeatRow], name: str, role: str):
    assert _first_speaker(rows) == (name, "person", "named", role)


def test_a_portfolio_word_the_parse_hung_on_the_office_is_no_part_of_the_name():
    # (session 52: and the fields joined by "and" are both the office's, the first heading its
    # phrase; the role was "Employment", "Technology": office_names._joined_fields)
    assert _first_speaker(CHOWDHURY) == (
        "Nazrul Islam Chowdhury",
        "person",
        "named",
        "State Minister for Labour and Employment",
    )
    assert _first_speaker(VAISHNAW) == ("Ashwini Vaishnaw", "person", "named", "Minister of Science and Technology")


def test_guard_a_title_after_and_stays_the_title():
    r = resolve([[ATTORNEY_GENERAL]])  # type: ignore[list-item]
    roe = [q.speaker for q in r.quotes if q.text == "the plan would fail"]
    assert roe and roe[0] is not None and (roe[0].name, roe[0].role) == ("Jody Roe", "Attorney General")


def test_a_description_headed_on_a_capitalised_word_is_the_names_apposition():
    # "Hodan Warsame, a Horn of Africa researcher at ..., told Al Jazeera" with "Horn" the
    # description's head: the name before it speaks (trailing_speaker._name_before)
    name, kind, anonymity, role = _first_speaker(HORN_OF_AFRICA)
    assert (name, kind, anonymity) == ("Hodan Warsame", "person", "named") and role.startswith("Horn of Africa")
