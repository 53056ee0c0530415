"""Session 35, on sentences written for the purpose (the trees the shipped parser gave them; no
model needed): a bare noun phrase hung on an interrupting cue is the subject of the clause the cue
interrupts, and never the antecedent of the cue's own pronoun ("The mayor, she said, wants ...":
attribution/interrupted.py, sources/pronouns.py); "the company" after a business the article
named by its kind ("Sierra Valley Power, the utility": rules/lexicons/company_kinds.yaml,
sources/unnamed.py); an epithet subject right after a sentence whose subject is a named person
is that person ("The striker said": rules/lexicons/epithet_nouns.yaml, sources/epithets.py); of
two holders of a post, "the senator" is the one named last, and "the Tanzanian minister" the one
whose role names Tanzania (sources/descriptions.py); "she" right after a sentence that introduces
a person of unknown gender is that person when nobody near is known to be a woman
(sources/pronouns.py); a one-word name whose speech says "it" did something is an organisation's,
and so is the fuller name it is the first word of ("Castell said that it expected": sources/
name_context.py, sources/entities.py); a sports club named by its traditional last word
("Ashford Rovers": organization_words); "she" after a spokeswoman spoke for a body is that body
going on (sources/statement_cues.py); the reason given where an unnamed source was introduced
holds for "the engineer said" in the next sentence (sources/anonymity.py); a reporting verb the
parse hung inside its subject's aside is the sentence's verb, and the outlet citing an unnamed
source is the channel (attribution/inverted_subject.py, sources/citing.py, attribution/guards.py);
an epithet right after a sentence about a named person is that person's role, whoever speaks
("The Italian-born director": sources/epithets.epithet_roles); a speech verb after a "whose"
clause the parse made the sentence's verb is the name's (attribution/relative_speech.py); a
participle's speaker is the name, not the description the parse made a second subject
(attribution/clause_subjects.py)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The mayor , she said , wants to raise taxes .
MAYOR_ASIDE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 4, "obl:unmarked", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("she", "she", "PRON", 4, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("wants", "want", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 8, "mark", ""),
    ("raise", "raise", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("taxes", "tax", "NOUN", 8, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Sierra Valley Power , the utility that owns the line , said it had shut off power .
UTILITY_NAMED: list[FeatRow] = [
    ("Sierra", "Sierra", "PROPN", 2, "compound", "Number=Sing"),
    ("Valley", "Valley", "PROPN", 2, "compound", "Number=Sing"),
    ("Power", "Power", "PROPN", 11, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("utility", "utility", "NOUN", 2, "appos", "Number=Sing"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("owns", "own", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("line", "line", "NOUN", 7, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 14, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shut", "shut", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("off", "off", "ADP", 14, "compound:prt", ""),
    ("power", "power", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# The company said it was cooperating with investigators .
COMPANY_AFTER_UTILITY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cooperating", "cooperate", "VERB", 2, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("with", "with", "ADP", 7, "case", ""),
    ("investigators", "investigator", "NOUN", 5, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Tomasz Wierzbicki , who now has nine goals , was less concerned with the officials .
STRIKER_NAMED: list[FeatRow] = [
    ("Tomasz", "Tomasz", "PROPN", 1, "compound", "Number=Sing"),
    ("Wierzbicki", "Wierzbicki", "PROPN", 11, "nsubj:pass", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("now", "now", "ADV", 5, "advmod", "PronType=Dem"),
    ("has", "have", "VERB", 11, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("nine", "nine", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("goals", "goal", "NOUN", 5, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("was", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("less", "less", "ADV", 11, "advmod", "Degree=Cmp"),
    ("concerned", "concern", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("officials", "official", "NOUN", 11, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# The striker said his side had stopped playing .
THE_STRIKER_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("striker", "striker", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("side", "side", "NOUN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("stopped", "stop", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("playing", "play", "VERB", 6, "xcomp", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# John Doe spoke to police on Monday .
DOE_TO_POLICE: list[FeatRow] = [
    ("John", "John", "PROPN", 1, "compound", "Number=Sing"),
    ("Doe", "Doe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("police", "police", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Monday", "Monday", "PROPN", 4, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The officer said the case was closed .
THE_OFFICER_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("officer", "officer", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 6, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("closed", "close", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Sen. Marisol Ketterman said the bill was unfair .
SEN_KETTERMAN: list[FeatRow] = [
    ("Sen.", "Sen.", "PROPN", 2, "compound", "Number=Sing"),
    ("Marisol", "Marisol", "PROPN", 2, "compound", "Number=Sing"),
    ("Ketterman", "Ketterman", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unfair", "unfair", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Sen. Carla Ruiz - Whitcomb said the bill was weak .
SEN_RUIZ: list[FeatRow] = [
    ("Sen.", "Sen.", "PROPN", 2, "compound", "Number=Sing"),
    ("Carla", "Carla", "PROPN", 2, "compound", "Number=Sing"),
    ("Ruiz", "Ruiz", "PROPN", 5, "nsubj", "Number=Sing"),
    ("-", "-", "PUNCT", 2, "punct", ""),
    ("Whitcomb", "Whitcomb", "PROPN", 2, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("weak", "weak", "ADJ", 5, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Ketterman , 58 , said she expected more calls .
KETTERMAN_AGAIN: list[FeatRow] = [
    ("Ketterman", "Ketterman", "PROPN", 4, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("58", "58", "NUM", 0, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 6, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("expected", "expect", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADJ", 8, "amod", "Degree=Cmp"),
    ("calls", "call", "NOUN", 6, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The senator said the offer was too small .
THE_SENATOR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("senator", "senator", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("offer", "offer", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 7, "advmod", ""),
    ("small", "small", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Kenya 's trade minister , Josephine Kariuki , said the deal was done .
KENYA_MINISTER: list[FeatRow] = [
    ("Kenya", "Kenya", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 0, "case", ""),
    ("trade", "trade", "NOUN", 3, "compound", "Number=Sing"),
    ("minister", "minister", "NOUN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Josephine", "Josephine", "PROPN", 6, "compound", "Number=Sing"),
    ("Kariuki", "Kariuki", "PROPN", 3, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("done", "do", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Tanzania 's trade minister , Hamisi Mwakyusa , said the deal was fair .
TANZANIA_MINISTER: list[FeatRow] = [
    ("Tanzania", "Tanzania", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 0, "case", ""),
    ("trade", "trade", "NOUN", 3, "compound", "Number=Sing"),
    ("minister", "minister", "NOUN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Hamisi", "Hamisi", "PROPN", 6, "compound", "Number=Sing"),
    ("Mwakyusa", "Mwakyusa", "PROPN", 3, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 12, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 8, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# The Tanzanian minister said the dairy rules would go .
THE_TANZANIAN: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Tanzanian", "Tanzanian", "ADJ", 2, "amod", "Degree=Pos"),
    ("minister", "minister", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("dairy", "dairy", "NOUN", 6, "compound", "Number=Sing"),
    ("rules", "rule", "NOUN", 8, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", 3, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Coun. Pradeep Sandhu moved the motion to defer .
SANDHU_MOVED: list[FeatRow] = [
    ("Coun.", "Coun.", "PROPN", 2, "compound", "Number=Sing"),
    ("Pradeep", "Pradeep", "PROPN", 2, "compound", "Number=Sing"),
    ("Sandhu", "Sandhu", "PROPN", 3, "nsubj", "Number=Sing"),
    ("moved", "move", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("motion", "motion", "NOUN", 3, "obj", "Number=Sing"),
    ("to", "to", "PART", 7, "mark", ""),
    ("defer", "defer", "VERB", 3, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Rosalind Achebe , chair of the transportation committee , disagreed .
ACHEBE_DISAGREED: list[FeatRow] = [
    ("Rosalind", "Rosalind", "PROPN", 1, "compound", "Number=Sing"),
    ("Achebe", "Achebe", "PROPN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("chair", "chair", "NOUN", 1, "appos", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("transportation", "transportation", "NOUN", 7, "compound", "Number=Sing"),
    ("committee", "committee", "NOUN", 3, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("disagreed", "disagree", "VERB", 7, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The delay , she said , would push the start of construction into 2027 .
ACHEBE_DISAGREED_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("delay", "delay", "NOUN", 4, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("she", "she", "PRON", 4, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("push", "push", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("start", "start", "NOUN", 7, "obj", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("construction", "construction", "NOUN", 9, "nmod", "Number=Sing"),
    ("into", "into", "ADP", 13, "case", ""),
    ("2027", "2027", "NUM", 7, "obl", "NumForm=Digit|NumType=Card"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Rachel Berg said she would back Rubio .
RACHEL_SAID: list[FeatRow] = [
    ("Rachel", "Rachel", "PROPN", 1, "compound", "Number=Sing"),
    ("Berg", "Berg", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 6, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("back", "back", "ADV", 6, "advmod", ""),
    ("Rubio", "Rubio", "PROPN", 2, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Her husband , Milton Berg , a money manager , agreed .
MILTON_AGREED: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("husband", "husband", "NOUN", 10, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("Milton", "Milton", "PROPN", 1, "appos", "Number=Sing"),
    ("Berg", "Berg", "PROPN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("money", "money", "NOUN", 8, "compound", "Number=Sing"),
    ("manager", "manager", "NOUN", 1, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("agreed", "agree", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# She said the race was open .
MILTON_AGREED_2: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("race", "race", "NOUN", 5, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("open", "open", "ADJ", 1, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# The results come a week after rival Castell Microdevices reported a similar slowdown .
RIVAL_CASTELL: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("results", "result", "NOUN", 2, "nsubj", "Number=Plur"),
    ("come", "come", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("week", "week", "NOUN", 2, "obj", "Number=Sing"),
    ("after", "after", "ADP", 8, "case", ""),
    ("rival", "rival", "ADJ", 8, "amod", "Degree=Pos"),
    ("Castell", "castell", "ADJ", 8, "amod", "Degree=Pos"),
    ("Microdevices", "Microdevice", "PROPN", 4, "nmod", "Number=Plur"),
    ("reported", "report", "VERB", 2, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("similar", "similar", "ADJ", 12, "amod", "Degree=Pos"),
    ("slowdown", "slowdown", "NOUN", 9, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Castell said at the time that it expected the automotive market to recover .
CASTELL_IT: list[FeatRow] = [
    ("Castell", "Castell", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("time", "time", "NOUN", 1, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("it", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("expected", "expect", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("automotive", "automotive", "ADJ", 10, "amod", "Degree=Pos"),
    ("market", "market", "NOUN", 7, "obj", "Number=Sing"),
    ("to", "to", "PART", 12, "mark", ""),
    ("recover", "recover", "VERB", 7, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Police Commissioner Richard Ross spoke on Tuesday .
ROSS_NAMED: list[FeatRow] = [
    ("Police", "Police", "PROPN", 3, "compound", "Number=Sing"),
    ("Commissioner", "Commissioner", "PROPN", 3, "compound", "Number=Sing"),
    ("Richard", "Richard", "PROPN", 3, "compound", "Number=Sing"),
    ("Ross", "Ross", "PROPN", 4, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 4, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Ross said it would take weeks to finish the review .
ROSS_SAID_IT: list[FeatRow] = [
    ("Ross", "Ross", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 4, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 4, "aux", "VerbForm=Fin"),
    ("take", "take", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("weeks", "week", "NOUN", 4, "obj", "Number=Plur"),
    ("to", "to", "PART", 7, "mark", ""),
    ("finish", "finish", "VERB", 4, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("review", "review", "NOUN", 7, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Ashford Rovers said they were aware of the chants .
ROVERS_SAID: list[FeatRow] = [
    ("Ashford", "Ashford", "PROPN", 1, "compound", "Number=Sing"),
    ("Rovers", "Rover", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("aware", "aware", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("of", "of", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("chants", "chant", "NOUN", 5, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Naomi Okonkwo - Hale , who led the study , said the risk was small .
LEAD_AUTHOR: list[FeatRow] = [
    ("Naomi", "Naomi", "PROPN", 1, "compound", "Number=Sing"),
    ("Okonkwo", "Okonkwo", "PROPN", 10, "nsubj", "Number=Sing"),
    ("-", "-", "PUNCT", 3, "punct", ""),
    ("Hale", "Hale", "PROPN", 1, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("led", "lead", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("study", "study", "NOUN", 6, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("risk", "risk", "NOUN", 14, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("small", "small", "ADJ", 10, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# A spokeswoman for the agency said patients should not stop taking the drugs .
AGENCY_SPOKESWOMAN: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("patients", "patient", "NOUN", 9, "nsubj", "Number=Plur"),
    ("should", "should", "AUX", 9, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("stop", "stop", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("taking", "take", "VERB", 9, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("drugs", "drug", "NOUN", 10, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# " Stopping suddenly can cause symptoms , " she said .
SHE_GOES_ON: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Stopping", "stopp", "VERB", 9, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("suddenly", "suddenly", "ADV", 4, "advmod", ""),
    ("can", "can", "AUX", 4, "aux", "VerbForm=Fin"),
    ("cause", "cause", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("symptoms", "symptom", "NOUN", 4, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("she", "she", "PRON", 9, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 9, "punct", ""),
]


# But an engineer on the model evaluation team , who asked not to be named for fear of retaliation , described a chaotic scene .
ENGINEER_INTRO: list[FeatRow] = [
    ("But", "but", "CCONJ", 20, "cc", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("engineer", "engineer", "NOUN", 20, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("model", "model", "NOUN", 7, "compound", "Number=Sing"),
    ("evaluation", "evaluation", "NOUN", 7, "compound", "Number=Sing"),
    ("team", "team", "NOUN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 14, "mark", ""),
    ("be", "be", "AUX", 14, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 10, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 16, "case", ""),
    ("fear", "fear", "NOUN", 14, "obl", "Number=Sing"),
    ("of", "of", "ADP", 18, "case", ""),
    ("retaliation", "retaliation", "NOUN", 16, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("described", "describe", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("chaotic", "chaotic", "ADJ", 23, "amod", "Degree=Pos"),
    ("scene", "scene", "NOUN", 20, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 20, "punct", ""),
]

# " We were told to stop filing tickets , " the engineer said .
ENGINEER_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj:pass", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("were", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("told", "tell", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 5, "mark", ""),
    ("stop", "stop", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("filing", "file", "VERB", 7, "compound", "VerbForm=Ger"),
    ("tickets", "ticket", "NOUN", 5, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("engineer", "engineer", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Chinese state media , citing an unnamed foreign ministry official , reported that Beijing backed the talks .
MEDIA_CITING: list[FeatRow] = [
    ("Chinese", "Chinese", "ADJ", 2, "amod", "Degree=Pos"),
    ("state", "state", "NOUN", 2, "compound", "Number=Sing"),
    ("media", "media", "NOUN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("citing", "cite", "VERB", 2, "acl", "Tense=Pres|VerbForm=Part"),
    ("an", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("unnamed", "unnamed", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("foreign", "foreign", "ADJ", 9, "amod", "Degree=Pos"),
    ("ministry", "ministry", "NOUN", 9, "compound", "Number=Sing"),
    ("official", "official", "NOUN", 4, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("reported", "report", "VERB", 9, "acl", "Tense=Past|VerbForm=Part"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("Beijing", "Beijing", "PROPN", 14, "nsubj", "Number=Sing"),
    ("backed", "back", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 14, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# For ten years , Lena Sorrentino did not make a film .
SORRENTINO_NAMED: list[FeatRow] = [
    ("For", "for", "ADP", 2, "case", ""),
    ("ten", "ten", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 8, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Lena", "Lena", "PROPN", 5, "compound", "Number=Sing"),
    ("Sorrentino", "Sorrentino", "PROPN", 8, "nsubj", "Number=Sing"),
    ("did", "do", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("make", "make", "VERB", -1, "root", "VerbForm=Inf"),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("film", "film", "NOUN", 8, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# The Italian - born director spent most of that time teaching .
ITALIAN_BORN_DIRECTOR: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Italian", "Italian", "ADJ", 3, "amod", "Degree=Pos"),
    ("-", "-", "PUNCT", 1, "punct", ""),
    ("born", "bear", "VERB", 4, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("director", "director", "NOUN", 5, "nsubj", "Number=Sing"),
    ("spent", "spend", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("most", "most", "ADV", 5, "advmod", "Degree=Sup"),
    ("of", "of", "ADP", 10, "case", ""),
    ("that", "that", "DET", 10, "det", "Number=Sing|PronType=Dem"),
    ("time", "time", "NOUN", 10, "compound", "Number=Sing"),
    ("teaching", "teaching", "NOUN", 5, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# " I wanted to make something new , " Sorrentino says .
SORRENTINO_SAYS: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("I", "I", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("wanted", "want", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("make", "make", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("something", "something", "PRON", 4, "obj", "Number=Sing|PronType=Ind"),
    ("new", "new", "ADJ", 4, "xcomp", "Degree=Pos"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("Sorrentino", "Sorrentino", "PROPN", 10, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# Donald Trump is saying the high cost is hurting employees at his club .
TRUMP_SAYING: list[FeatRow] = [
    ("Donald", "Donald", "PROPN", 1, "compound", "Number=Sing"),
    ("Trump", "Trump", "PROPN", 3, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("saying", "say", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("high", "high", "ADJ", 6, "amod", "Degree=Pos"),
    ("cost", "cost", "NOUN", 8, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("hurting", "hurt", "VERB", 3, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("employees", "employee", "NOUN", 8, "obj", "Number=Plur"),
    ("at", "at", "ADP", 12, "case", ""),
    ("his", "his", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("club", "club", "NOUN", 8, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# But the club manager later clarified that most workers will not be affected .
BUT_THE_MANAGER: list[FeatRow] = [
    ("But", "but", "CCONJ", 5, "cc", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 3, "compound", "Number=Sing"),
    ("manager", "manager", "NOUN", 5, "nsubj", "Number=Sing"),
    ("later", "late", "ADV", 5, "advmod", "Degree=Cmp"),
    ("clarified", "clarify", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("most", "most", "ADJ", 8, "amod", "Degree=Sup"),
    ("workers", "worker", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("will", "will", "AUX", 12, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 12, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("affected", "affect", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


# Producer Tobias Wren , whose thriller was passed over for the opening night slot , posted on X on Tuesday : " Congratulations to Lena . "
WHOSE_CLAUSE_POSTED: list[FeatRow] = [
    ("Producer", "producer", "PROPN", 2, "compound", "Number=Sing"),
    ("Tobias", "Tobias", "PROPN", 2, "compound", "Number=Sing"),
    ("Wren", "Wren", "PROPN", 7, "nsubj:pass", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("whose", "whose", "PRON", 5, "nmod:poss", "Poss=Yes|PronType=Rel"),
    ("thriller", "thriller", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("passed", "pass", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("over", "over", "ADP", 7, "compound:prt", ""),
    ("for", "for", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("opening", "opening", "NOUN", 13, "compound", "Number=Sing"),
    ("night", "night", "NOUN", 13, "compound", "Number=Sing"),
    ("slot", "slot", "NOUN", 7, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("posted", "post", "VERB", 7, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 17, "case", ""),
    ("X", "X", "PROPN", 15, "obl", "Number=Sing"),
    ("on", "on", "ADP", 19, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 15, "obl", "Number=Sing"),
    (":", ":", "PUNCT", 22, "punct", ""),
    ('"', '"', "PUNCT", 22, "punct", ""),
    ("Congratulations", "congratulation", "PROPN", 15, "obl", "Number=Plur"),
    ("to", "to", "ADP", 24, "case", ""),
    ("Lena", "Lena", "PROPN", 22, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 22, "punct", ""),
    ('"', '"', "PUNCT", 22, "punct", ""),
]


# But Miriam Koenig , chief film critic of the Abendpost , was less impressed , describing it as " beautiful wallpaper . "
KOENIG_DESCRIBING: list[FeatRow] = [
    ("But", "but", "CCONJ", 13, "cc", ""),
    ("Miriam", "Miriam", "PROPN", 2, "compound", "Number=Sing"),
    ("Koenig", "Koenig", "PROPN", 13, "nsubj:pass", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("chief", "chief", "ADJ", 6, "amod", "Degree=Pos"),
    ("film", "film", "NOUN", 6, "compound", "Number=Sing"),
    ("critic", "critic", "NOUN", 13, "nsubj:pass", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Abendpost", "Abendpost", "PROPN", 6, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("was", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("less", "less", "ADV", 13, "advmod", "Degree=Cmp"),
    ("impressed", "impress", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("describing", "describe", "VERB", 13, "advcl", "Tense=Pres|VerbForm=Part"),
    ("it", "it", "PRON", 15, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("as", "as", "ADP", 20, "case", ""),
    ('"', '"', "PUNCT", 20, "punct", ""),
    ("beautiful", "beautiful", "ADJ", 20, "amod", "Degree=Pos"),
    ("wallpaper", "wallpaper", "NOUN", 15, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 13, "punct", ""),
    ('"', '"', "PUNCT", 13, "punct", ""),
]


# Aoife Brennan says she will work with Lena Sorrentino again .
BRENNAN_SAYS: list[FeatRow] = [
    ("Aoife", "Aoife", "PROPN", 1, "compound", "Number=Sing"),
    ("Brennan", "Brennan", "PROPN", 2, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("will", "will", "AUX", 5, "aux", "VerbForm=Fin"),
    ("work", "work", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("with", "with", "ADP", 8, "case", ""),
    ("Lena", "Lena", "PROPN", 8, "compound", "Number=Sing"),
    ("Sorrentino", "Sorrentino", "PROPN", 5, "obl", "Number=Sing"),
    ("again", "again", "ADV", 5, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# " She asked me to do a musical next , " the actress said .
THE_ACTRESS_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("She", "she", "PRON", 2, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("asked", "ask", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("me", "I", "PRON", 2, "obj", "Case=Acc|Number=Sing|Person=1|PronType=Prs"),
    ("to", "to", "PART", 5, "mark", ""),
    ("do", "do", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("musical", "musical", "ADJ", 8, "amod", "Degree=Pos"),
    ("next", "next", "ADJ", 5, "obj", "Degree=Pos"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("actress", "actress", "NOUN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# A Skyvale Airways passenger jet made an emergency landing on Saturday after a fire warning , the airline said .
AIRLINE_JET: list[FeatRow] = [
    ("A", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("Skyvale", "Skyvale", "PROPN", 4, "compound", "Number=Sing"),
    ("Airways", "Airway", "PROPN", 4, "compound", "Number=Sing"),
    ("passenger", "passenger", "NOUN", 4, "compound", "Number=Sing"),
    ("jet", "jet", "NOUN", 5, "nsubj", "Number=Sing"),
    ("made", "make", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("emergency", "emergency", "NOUN", 5, "obj", "Number=Sing"),
    ("landing", "landing", "VERB", 7, "acl", "VerbForm=Ger"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Saturday", "Saturday", "PROPN", 8, "obl", "Number=Sing"),
    ("after", "after", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("fire", "fire", "NOUN", 14, "compound", "Number=Sing"),
    ("warning", "warning", "NOUN", 8, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("airline", "airline", "NOUN", 18, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


# Her death was confirmed by her daughter , Maria Delgado , who said her mother had been ill .
DAUGHTER_NAMED: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("death", "death", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("confirmed", "confirm", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("her", "her", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("daughter", "daughter", "NOUN", 3, "obl:agent", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("Maria", "Maria", "PROPN", 9, "compound", "Number=Sing"),
    ("Delgado", "Delgado", "PROPN", 6, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("mother", "mother", "NOUN", 17, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "cop", "Tense=Past|VerbForm=Part"),
    ("ill", "ill", "ADJ", 12, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# " She would be annoyed by flowers , " her daughter said .
HER_DAUGHTER_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("She", "she", "PRON", 4, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 4, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 4, "aux:pass", "VerbForm=Inf"),
    ("annoyed", "annoy", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("flowers", "flower", "NOUN", 4, "obl:agent", "Number=Plur"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("her", "her", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("daughter", "daughter", "NOUN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 11, "punct", ""),
]


# Nadia Petrov , a senior counsel at the Digital Rights Project , a nonprofit group in Washington , said the company was wrong .
PETROV_TWO_APPOSITIONS: list[FeatRow] = [
    ("Nadia", "Nadia", "PROPN", 1, "compound", "Number=Sing"),
    ("Petrov", "Petrov", "PROPN", 18, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 5, "amod", "Degree=Pos"),
    ("counsel", "counsel", "NOUN", 18, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Digital", "digital", "ADJ", 10, "amod", "Degree=Pos"),
    ("Rights", "Right", "PROPN", 10, "compound", "Number=Plur"),
    ("Project", "Project", "PROPN", 5, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("nonprofit", "nonprofit", "ADJ", 14, "amod", "Degree=Pos"),
    ("group", "group", "NOUN", 18, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("Washington", "Washington", "PROPN", 14, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 22, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 22, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wrong", "wrong", "ADJ", 18, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 18, "punct", ""),
]


# In a blog post , Pulsewise Inc. said it had stopped sharing data .
PULSEWISE_SAID: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("blog", "blog", "NOUN", 3, "compound", "Number=Sing"),
    ("post", "post", "NOUN", 7, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("Pulsewise", "Pulsewise", "PROPN", 6, "compound", "Number=Sing"),
    ("Inc.", "Inc.", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 10, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("stopped", "stop", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("sharing", "share", "VERB", 10, "xcomp", "VerbForm=Ger"),
    ("data", "data", "NOUN", 11, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# A company spokeswoman said in an email that the firm takes the concerns seriously .
COMPANY_SPOKESWOMAN: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("company", "company", "NOUN", 2, "compound", "Number=Sing"),
    ("spokeswoman", "spokeswoman", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("an", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("email", "email", "NOUN", 3, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 10, "nsubj", "Number=Sing"),
    ("takes", "take", "VERB", 6, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("concerns", "concern", "NOUN", 10, "obj", "Number=Plur"),
    ("seriously", "seriously", "ADV", 10, "advmod", ""),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# A spokeswoman for the company said only that it remains committed to the project .
FOR_THE_COMPANY: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("only", "only", "ADV", 9, "advmod", ""),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("it", "it", "PRON", 9, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("remains", "remain", "VERB", 5, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("committed", "commit", "VERB", 9, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("project", "project", "NOUN", 10, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


# The county health department said in a statement that 14 cases were confirmed .
COUNTY_DEPARTMENT: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("county", "county", "NOUN", 3, "compound", "Number=Sing"),
    ("health", "health", "NOUN", 3, "compound", "Number=Sing"),
    ("department", "department", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 4, "obl", "Number=Sing"),
    ("that", "that", "PRON", 12, "mark", "PronType=Rel"),
    ("14", "14", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("cases", "case", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("confirmed", "confirm", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The state health department said in a news release that vaccination rates had fallen .
STATE_DEPARTMENT: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 3, "compound", "Number=Sing"),
    ("health", "health", "NOUN", 3, "compound", "Number=Sing"),
    ("department", "department", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("news", "news", "NOUN", 8, "compound", "Number=Sing"),
    ("release", "release", "NOUN", 4, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("vaccination", "vaccination", "NOUN", 11, "compound", "Number=Sing"),
    ("rates", "rate", "NOUN", 13, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("fallen", "fall", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


# Athletic director Sandra Moye said the university was cooperating with a review by the Great Plains Athletic Conference .
MOYE_REVIEW: list[FeatRow] = [
    ("Athletic", "athletic", "ADJ", 1, "amod", "Degree=Pos"),
    ("director", "director", "NOUN", 3, "compound", "Number=Sing"),
    ("Sandra", "Sandra", "PROPN", 3, "compound", "Number=Sing"),
    ("Moye", "Moye", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("university", "university", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cooperating", "cooperate", "VERB", 4, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("with", "with", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("review", "review", "NOUN", 8, "obl", "Number=Sing"),
    ("by", "by", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("Great", "great", "ADJ", 17, "amod", "Degree=Pos"),
    ("Plains", "Plain", "PROPN", 17, "compound", "Number=Plur"),
    ("Athletic", "athletic", "ADJ", 17, "amod", "Degree=Pos"),
    ("Conference", "Conference", "PROPN", 11, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# In a statement , the conference said it was " aware of the matter . "
CONFERENCE_SAID: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 6, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("conference", "conference", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 10, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("aware", "aware", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("of", "of", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("matter", "matter", "NOUN", 10, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
    ('"', '"', "PUNCT", 6, "punct", ""),
]


# Two officials familiar with the talks , who spoke on condition of anonymity because the talks are private , said a deal was close .
TWO_OFFICIALS: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("officials", "official", "NOUN", 19, "nsubj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 19, "ccomp", "Degree=Pos"),
    ("with", "with", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 2, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 10, "case", ""),
    ("condition", "condition", "NOUN", 8, "obl", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("anonymity", "anonymity", "NOUN", 10, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 17, "mark", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 17, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 17, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("private", "private", "ADJ", 8, "advcl", "Degree=Pos"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("deal", "deal", "NOUN", 23, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 23, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("close", "close", "ADJ", 19, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 19, "punct", ""),
]

# One of them described the debate as " the most bitter in a decade . "
ONE_OF_THEM: list[FeatRow] = [
    ("One", "one", "NUM", 3, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 2, "case", ""),
    ("them", "they", "PRON", 0, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("described", "describe", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("debate", "debate", "NOUN", 3, "obj", "Number=Sing"),
    ("as", "as", "ADP", 10, "case", ""),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("most", "most", "ADV", 10, "amod", "Degree=Sup"),
    ("bitter", "bitter", "NOUN", 3, "obl", "Number=Sing"),
    ("in", "in", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("decade", "decade", "NOUN", 10, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
]


# On the picket line , crane operator Tomasz Reid , 54 , who has worked at the port for 31 years , said he had never seen morale so low .
PICKET_LINE_REID: list[FeatRow] = [
    ("On", "on", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("picket", "picket", "NOUN", 3, "compound", "Number=Sing"),
    ("line", "line", "NOUN", 22, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("crane", "crane", "NOUN", 6, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 8, "compound", "Number=Sing"),
    ("Tomasz", "Tomasz", "PROPN", 8, "compound", "Number=Sing"),
    ("Reid", "Reid", "PROPN", 3, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("54", "54", "NUM", 8, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("who", "who", "PRON", 14, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("worked", "work", "VERB", 22, "ccomp", "Tense=Past|VerbForm=Part"),
    ("at", "at", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("port", "port", "NOUN", 14, "obl", "Number=Sing"),
    ("for", "for", "ADP", 20, "case", ""),
    ("31", "31", "NUM", 20, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 14, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 26, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("never", "never", "ADV", 26, "advmod", "PronType=Neg"),
    ("seen", "see", "VERB", 22, "ccomp", "Tense=Past|VerbForm=Part"),
    ("morale", "morale", "ADJ", 26, "xcomp", "Degree=Pos"),
    ("so", "so", "ADV", 29, "advmod", ""),
    ("low", "low", "ADJ", 26, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 22, "punct", ""),
]


def test_a_bare_noun_before_an_interrupting_cue_is_what_was_said_not_who_said_it():
    quotes = resolve([[MAYOR_ASIDE]]).quotes
    assert [q.text for q in quotes] == ["The mayor", "wants to raise taxes"]
    # (before: "The mayor" was left out, and once in the clause it became "she")
    assert all(q.speaker is not None and q.speaker.text == "she" and q.speaker.name != "The mayor" for q in quotes)


def test_the_company_is_the_business_the_article_named_by_its_kind():
    r = resolve([[UTILITY_NAMED], [COMPANY_AFTER_UTILITY]])
    assert [q.speaker.name for q in r.quotes if q.speaker] == ["Sierra Valley Power", "Sierra Valley Power"]
    assert r.quotes[-1].speaker is not None and r.quotes[-1].speaker.resolved_by == "definite-description"


def test_an_epithet_right_after_a_named_subject_is_that_person():
    (q,) = resolve([[STRIKER_NAMED, THE_STRIKER_SAID]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Tomasz Wierzbicki", "striker")
    # ... but an office is someone else the story meets
    (q,) = resolve([[DOE_TO_POLICE, THE_OFFICER_SAID]]).quotes
    assert q.speaker is not None and q.speaker.name == "The officer" and q.speaker.type == "anonymous"


def test_of_two_holders_of_a_post_the_description_is_the_one_named_last():
    quotes = resolve([[SEN_KETTERMAN], [SEN_RUIZ], [KETTERMAN_AGAIN, THE_SENATOR]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Marisol Ketterman"


def test_a_nations_adjective_picks_the_holder_whose_role_names_the_nation():
    quotes = resolve([[KENYA_MINISTER], [TANZANIA_MINISTER], [KENYA_MINISTER], [THE_TANZANIAN]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Hamisi Mwakyusa"


def test_she_after_a_person_just_introduced_is_that_person_when_no_woman_is_known():
    quotes = resolve([[SANDHU_MOVED], [ACHEBE_DISAGREED, ACHEBE_DISAGREED_2]]).quotes
    assert {q.speaker.name for q in quotes if q.speaker} == {"Rosalind Achebe"}
    # ... but not past a woman the article (or her given name) says is one
    quotes = resolve([[RACHEL_SAID], [MILTON_AGREED, MILTON_AGREED_2]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Rachel Berg"


def test_a_name_whose_speech_says_it_did_something_is_an_organisation():
    (q,) = resolve([[RIVAL_CASTELL, CASTELL_IT]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Castell", "organization")
    # ... not a person's surname, whatever "it" stands for
    (q,) = resolve([[ROSS_NAMED], [ROSS_SAID_IT]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Richard Ross", "person")


def test_a_sports_club_named_by_its_traditional_last_word_is_an_organisation():
    (q,) = resolve([[ROVERS_SAID]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Ashford Rovers", "organization")


def test_she_after_a_spokeswoman_spoke_for_a_body_is_that_body_going_on():
    quotes = resolve([[LEAD_AUTHOR], [AGENCY_SPOKESWOMAN, SHE_GOES_ON]]).quotes
    assert [q.speaker.type for q in quotes if q.speaker] == ["person", "organization", "organization"]
    assert quotes[-1].speaker is not None and quotes[-1].speaker.resolved_by == "pronoun"


def test_the_reason_given_where_a_source_was_introduced_holds_for_its_next_mention():
    (q,) = resolve([[ENGINEER_INTRO, ENGINEER_SAID]]).quotes
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"
    assert q.speaker.reason is not None and "fear of retaliation" in q.speaker.reason


def test_an_outlet_citing_an_unnamed_source_before_its_verb_is_the_channel():
    (q,) = resolve([[MEDIA_CITING]]).quotes
    assert q.text == "that Beijing backed the talks"
    assert q.speaker is not None and q.speaker.text == "an unnamed foreign ministry official"
    assert q.via is not None and q.via.name == "state media"


def test_an_epithet_after_a_sentence_about_a_named_person_is_that_persons_role():
    r = resolve([[SORRENTINO_NAMED, ITALIAN_BORN_DIRECTOR], [SORRENTINO_SAYS]])
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.name == "Lena Sorrentino"
    assert (q.speaker.role or "").replace(" - ", "-") == "Italian-born director"  # (the rows' text is spaced)
    assert [x.how for x in r.entities[q.speaker.entity or 0].roles] == ["epithet"]
    # ... not a post of something else set against the sentence before
    quotes = resolve([[TRUMP_SAYING, BUT_THE_MANAGER]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "the club manager"


def test_a_speech_verb_after_a_whose_clause_the_parse_made_the_root_is_the_names():
    (q,) = resolve([[WHOSE_CLAUSE_POSTED]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type, q.speaker.role) == (
        "Tobias Wren",
        "person",
        "Producer",
    )


def test_a_participles_speaker_is_the_name_not_its_description_read_as_a_second_subject():
    (q,) = resolve([[KOENIG_DESCRIBING]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Miriam Koenig", "person")


def test_someone_the_sentence_before_only_speaks_of_does_not_stand_between_name_and_epithet():
    quotes = resolve([[BRENNAN_SAYS, THE_ACTRESS_SAID]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Aoife Brennan"


def test_the_airline_is_the_organisation_whose_name_modifies_the_subject_it_speaks_of():
    # (org_subjects: "A Skyvale Airways passenger jet ... made an emergency landing, the airline said")
    (q,) = resolve([[AIRLINE_JET]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Skyvale Airways", "organization")


def test_a_relative_named_with_a_possessive_is_the_one_the_article_named_so():
    # (unnamed._definite: "her daughter" was read as a new, unnamed person)
    quotes = resolve([[DAUGHTER_NAMED], [HER_DAUGHTER_SAID]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Maria Delgado"


def test_a_name_before_a_chain_of_appositions_read_as_subjects_speaks():
    # (content.one_subject: three subjects, the second and third indefinite appositions)
    (q,) = resolve([[PETROV_TWO_APPOSITIONS]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Nadia Petrov", "person")


def test_a_company_spokeswoman_speaks_for_the_business_that_spoke_before():
    # (head_names.business_named_before: "company" named no body of that name)
    quotes = resolve([[PULSEWISE_SAID], [COMPANY_SPOKESWOMAN], [FOR_THE_COMPANY]]).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == ["Pulsewise Inc.", "Pulsewise Inc.", "Pulsewise Inc."]


def test_a_body_of_another_jurisdiction_is_another_body():
    # (unnamed._for_institution: "The state health department" was the county's named before)
    quotes = resolve([[COUNTY_DEPARTMENT], [STATE_DEPARTMENT]]).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == [
        "The county health department",
        "The state health department",
    ]


def test_the_conference_is_the_league_named_before_not_the_last_speakers_statement():
    # (unnamed: "conference" was only a statement noun, so the last speaker's statement spoke)
    quotes = resolve([[MOYE_REVIEW], [CONFERENCE_SAID]]).quotes
    assert quotes[-1].speaker is not None
    assert (quotes[-1].speaker.name, quotes[-1].speaker.type) == ("Great Plains Athletic Conference", "organization")


def test_one_of_them_is_one_of_the_group_just_named_with_its_reason():
    # (mentions.describe: "One of them" was a new source without the group's stated reason)
    quotes = resolve([[TWO_OFFICIALS, ONE_OF_THEM]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.anonymity == "anonymous-with-reason"
    assert quotes[0].speaker is not None and quotes[-1].speaker.entity == quotes[0].speaker.entity


def test_a_subject_hung_on_the_fronted_phrase_across_its_who_clause_still_speaks():
    # (fronted_subject: the "who" clause read as what was said left the name under the fronted phrase)
    (q,) = resolve([[PICKET_LINE_REID]]).quotes
    assert q.speaker is not None and q.speaker.name == "Tomasz Reid"
    assert q.text == "he had never seen morale so low"
