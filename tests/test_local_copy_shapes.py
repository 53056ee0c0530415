"""Local and wire copy shapes (session 37): "Speaking to KCUR, the ... radio station, last week,
a grain elevator manager in Meade County said" with two repairs each giving "said" a subject
(the manager, the station): the first repair's subject wins (subject_repairs._second_subject);
"told WBUR" / "speaking to KCUR": a North American call sign is an outlet (via._CALL_SIGN); "the
film cost about $62 million" with "cost" read as a noun: tagged a verb between the tagger and the
parser (pretags.cost_verbs), the clause is a report (the tree here is the one the parser gives
after the tag; tests/test_pretags.py checks the tag). "Health and Human Services Secretary Xavier
Becerra said" with "Health" the subject and the name its conjunct (or "Health" hung on the quote
before): a portfolio's fields joined by "and" (``portfolio_words``) before a capitalised title
are the title's, the name heads the phrase (portfolio_titles.portfolio_before_name), and the role is
the whole title (role_words.with_portfolio; mention_words._joins_modifiers for an "and" between
two modifiers of the title). "A hospital spokeswoman said the system's latest offer included
raises of 14 percent" with "included" an adjective of "raises": the verb's first object opens the
clause (object_subjects.past_read_as_modifier). "Keystone Unity Health, the Scranton-based
system that ..., said": a system is a body (``body_nouns``), and "Keystone Unity" later is its
short name; "a hospital spokeswoman" speaks for the body named with a hospital's name head
("... Health", ``kind_name_heads``). "Around midday, State Rep. Alondra Fuentes, a Harlow
Democrat, joined the picket line. She said ...": the name the parse hung on the fronted phrase is
the main verb's subject even when the verb is no speech verb, and "a Harlow Democrat" (a place
and a party member after "a") is a class, not a second person (candidates._indefinite_noun), so
"she" is Fuentes. "Mrs. Clinton" is never "Bill Clinton": a courtesy title's gender and a given
name's must agree for two names to be one person (table.genders_differ). The tests after these
cover the later shapes of the session, each named by its test; docs/entities.md (rows marked
session 37) gives the module that reads each. Every test here failed on the session's start code
(edd33fd) except the film's cost and the think tank (the trees are the ones after the tag;
tests/test_pretags.py checks the tags) and "Roe and Health Secretary Tom Doe said" (a guard: the
portfolio repair must not join two people). No model needed: the trees
the shipped parser gave; hand-built text spaces every word, so a hyphen reads "Nwosu - Hart"."""

from __future__ import annotations

from dataclasses import replace

from parse_helpers import FeatRow, Row, sentence
from source_helpers import resolve

from provenance.attribution.phrase_repairs import _hyphenated_name_split
from provenance.syntax.tree import Sentence

# Speaking to KCUR , the Kansas City public radio station , last week , a grain elevator manager in Meade County said the harvest was poor .
KCUR: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 21, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("KCUR", "KCUR", "PROPN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Kansas", "Kansas", "PROPN", 9, "compound", "Number=Sing"),
    ("City", "City", "PROPN", 9, "compound", "Number=Sing"),
    ("public", "public", "ADJ", 9, "amod", "Degree=Pos"),
    ("radio", "radio", "NOUN", 9, "compound", "Number=Sing"),
    ("station", "station", "NOUN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("last", "last", "ADJ", 12, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 9, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("grain", "grain", "NOUN", 17, "compound", "Number=Sing"),
    ("elevator", "elevator", "NOUN", 17, "compound", "Number=Sing"),
    ("manager", "manager", "NOUN", 9, "conj", "Number=Sing"),
    ("in", "in", "ADP", 20, "case", ""),
    ("Meade", "Meade", "PROPN", 20, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 17, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("harvest", "harvest", "ADJ", 25, "nsubj", "Degree=Sup"),
    ("was", "be", "AUX", 25, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("poor", "poor", "ADJ", 21, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 21, "punct", ""),
]

# Tom Reyes told WBUR that the harvest was poor .
WBUR: list[FeatRow] = [
    ("Tom", "Tom", "PROPN", 1, "compound", "Number=Sing"),
    ("Reyes", "Reyes", "PROPN", 2, "nsubj", "Number=Plur"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("WBUR", "wbur", "NOUN", 2, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("harvest", "harvest", "ADJ", 8, "nsubj", "Degree=Sup"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("poor", "poor", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The studio said that the film cost about $ 62 million to make .
FILM_COST: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("studio", "studio", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("film", "film", "NOUN", 6, "nsubj", "Number=Sing"),
    ("cost", "cost", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 8, "case", ""),
    ("$", "$", "SYM", 6, "obl", ""),
    ("62", "62", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("to", "to", "PART", 12, "mark", ""),
    ("make", "make", "VERB", 6, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Health and Human Services Secretary Xavier Becerra said the plan works .
BECERRA: list[FeatRow] = [
    ("Health", "Health", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Human", "human", "ADJ", 3, "amod", "Degree=Pos"),
    ("Services", "Service", "PROPN", 0, "conj", "Number=Plur"),
    ("Secretary", "Secretary", "PROPN", 6, "compound", "Number=Sing"),
    ("Xavier", "Xavier", "PROPN", 6, "compound", "Number=Sing"),
    ("Becerra", "Becerra", "PROPN", 0, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 10, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 7, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# " This is not a popular law , " Labour and Social Affairs Minister Marketa Dvorakova told deputies .
DVORAKOVA: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("This", "this", "PRON", 6, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("popular", "popular", "ADJ", 6, "amod", "Degree=Pos"),
    ("law", "law", "NOUN", 16, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("Labour", "Labour", "PROPN", 6, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("Social", "Social", "ADJ", 12, "amod", "Degree=Pos"),
    ("Affairs", "affair", "PROPN", 9, "conj", "Number=Plur"),
    ("Minister", "Minister", "PROPN", 15, "compound", "Number=Sing"),
    ("Marketa", "Marketa", "PROPN", 15, "compound", "Number=Sing"),
    ("Dvorakova", "Dvorakova", "PROPN", 16, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("deputies", "deputy", "NOUN", 16, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 16, "punct", ""),
]

# A hospital spokeswoman said the system 's latest offer included raises of 14 percent over three years .
OFFER: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("hospital", "hospital", "NOUN", 2, "compound", "Number=Sing"),
    ("spokeswoman", "spokeswoman", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("system", "system", "NOUN", 8, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 5, "case", ""),
    ("latest", "late", "ADJ", 8, "amod", "Degree=Sup"),
    ("offer", "offer", "NOUN", 3, "obj", "Number=Sing"),
    ("included", "include", "VERB", 10, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("raises", "raise", "NOUN", 8, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 13, "case", ""),
    ("14", "14", "NUM", 13, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 10, "nmod", "Number=Sing"),
    ("over", "over", "ADP", 16, "case", ""),
    ("three", "three", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 13, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Keystone Unity Health , the Scranton - based system that has owned Mercy Valley since 2019 , said it had brought in 250 nurses .
KEYSTONE: list[FeatRow] = [
    ("Keystone", "Keystone", "PROPN", 2, "compound", "Number=Sing"),
    ("Unity", "Unity", "PROPN", 2, "compound", "Number=Sing"),
    ("Health", "Health", "PROPN", 17, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Scranton", "Scranton", "PROPN", 7, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 5, "punct", ""),
    ("based", "based", "ADJ", 8, "amod", "Degree=Pos"),
    ("system", "system", "NOUN", 2, "appos", "Number=Sing"),
    ("that", "that", "PRON", 11, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("owned", "own", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("Mercy", "Mercy", "PROPN", 11, "obj", "Number=Sing"),
    ("Valley", "Valley", "PROPN", 11, "obj", "Number=Sing"),
    ("since", "since", "ADP", 15, "case", ""),
    ("2019", "2019", "NUM", 11, "obl", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 20, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("brought", "bring", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 23, "case", ""),
    ("250", "250", "NUM", 23, "nummod", "NumForm=Digit|NumType=Card"),
    ("nurses", "nurse", "NOUN", 20, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 17, "punct", ""),
]

# " Our doors are open , " Keystone Unity said in a statement .
KEYSTONE_SHORT: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Our", "our", "PRON", 2, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("doors", "door", "NOUN", 4, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 4, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("open", "open", "ADJ", 9, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Keystone", "Keystone", "PROPN", 8, "compound", "Number=Sing"),
    ("Unity", "Unity", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# A hospital spokeswoman said the offer was fair .
SPOKESWOMAN: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("hospital", "hospital", "NOUN", 2, "compound", "Number=Sing"),
    ("spokeswoman", "spokeswoman", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("offer", "offer", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Around midday , State Rep. Alondra Fuentes , a Harlow Democrat , joined the picket line .
FUENTES: list[FeatRow] = [
    ("Around", "around", "ADP", 1, "case", ""),
    ("midday", "midday", "NOUN", 12, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("State", "State", "PROPN", 6, "compound", "Number=Sing"),
    ("Rep.", "Rep.", "PROPN", 6, "compound", "Number=Sing"),
    ("Alondra", "Alondra", "PROPN", 6, "compound", "Number=Sing"),
    ("Fuentes", "Fuentes", "PROPN", 1, "conj", "Number=Plur"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("Harlow", "Harlow", "PROPN", 10, "compound", "Number=Sing"),
    ("Democrat", "Democrat", "PROPN", 6, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("joined", "join", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("picket", "picket", "NOUN", 15, "compound", "Number=Sing"),
    ("line", "line", "NOUN", 12, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# She said she had asked both sides to meet .
SHE_ASKED: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 4, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("asked", "ask", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("both", "both", "DET", 6, "det", "PronType=Tot"),
    ("sides", "side", "NOUN", 4, "obj", "Number=Plur"),
    ("to", "to", "PART", 8, "mark", ""),
    ("meet", "meet", "VERB", 4, "xcomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# Two lawmakers from the junior coalition partner , the Christian Democrats , abstained , and a senior coalition official , who spoke on condition of anonymity because the talks had been confidential , said the party had won the exemption .
OFFICIAL: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("lawmakers", "lawmaker", "NOUN", 33, "nsubj", "Number=Plur"),
    ("from", "from", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("junior", "junior", "ADJ", 6, "amod", "Degree=Pos"),
    ("coalition", "coalition", "NOUN", 6, "compound", "Number=Sing"),
    ("partner", "partner", "NOUN", 1, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Christian", "Christian", "ADJ", 10, "amod", "Degree=Pos"),
    ("Democrats", "Democrat", "PROPN", 6, "appos", "Number=Plur"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("abstained", "abstain", "VERB", 6, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 18, "amod", "Degree=Pos"),
    ("coalition", "coalition", "NOUN", 18, "compound", "Number=Sing"),
    ("official", "official", "NOUN", 6, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 21, "punct", ""),
    ("who", "who", "PRON", 21, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 18, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 23, "case", ""),
    ("condition", "condition", "NOUN", 21, "obl", "Number=Sing"),
    ("of", "of", "ADP", 25, "case", ""),
    ("anonymity", "anonymity", "NOUN", 23, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 31, "mark", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 31, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 31, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 31, "cop", "Tense=Past|VerbForm=Part"),
    ("confidential", "confidential", "ADJ", 21, "advcl", "Degree=Pos"),
    (",", ",", "PUNCT", 31, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 35, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 37, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 37, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("won", "win", "VERB", 33, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 39, "det", "Definite=Def|PronType=Art"),
    ("exemption", "exemption", "NOUN", 37, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 33, "punct", ""),
]

# Two lawmakers abstained , and a senior coalition official , who spoke on condition of anonymity because the talks had been confidential , said the party had won the exemption .
OFFICIAL_SHORT: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("lawmakers", "lawmaker", "NOUN", 2, "nsubj", "Number=Plur"),
    ("abstained", "abstain", "VERB", 23, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("and", "and", "CCONJ", 8, "cc", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 8, "amod", "Degree=Pos"),
    ("coalition", "coalition", "NOUN", 8, "compound", "Number=Sing"),
    ("official", "official", "NOUN", 2, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("who", "who", "PRON", 11, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 13, "case", ""),
    ("condition", "condition", "NOUN", 11, "obl", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("anonymity", "anonymity", "NOUN", 13, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 21, "mark", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 21, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 21, "cop", "Tense=Past|VerbForm=Part"),
    ("confidential", "confidential", "ADJ", 11, "advcl", "Degree=Pos"),
    (",", ",", "PUNCT", 21, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 27, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 27, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("won", "win", "VERB", 23, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("exemption", "exemption", "NOUN", 27, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 23, "punct", ""),
]

# That is not just a problem for the youth who are directly affected , but for society at large , argued Palvetzian .
SOCIETY: list[FeatRow] = [
    ("That", "that", "PRON", 5, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("just", "just", "ADV", 5, "advmod", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("problem", "problem", "NOUN", -1, "root", "Number=Sing"),
    ("for", "for", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("youth", "youth", "NOUN", 5, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 12, "nsubj:pass", "PronType=Rel"),
    ("are", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("directly", "directly", "ADV", 12, "advmod", ""),
    ("affected", "affect", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 16, "punct", ""),
    ("but", "but", "CCONJ", 16, "cc", ""),
    ("for", "for", "ADP", 16, "case", ""),
    ("society", "society", "NOUN", 12, "conj", "Number=Sing"),
    ("at", "at", "ADP", 18, "case", ""),
    ("large", "large", "ADJ", 16, "nmod", "Degree=Pos"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("argued", "argue", "VERB", 21, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Palvetzian", "Palvetzian", "PROPN", 18, "conj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# " My father worked in a steel mill , " said Zdenek Kubicek , a 58 - year - old crane operator from Kladno .
OPERATOR: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("My", "my", "PRON", 2, "nmod:poss", "Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs"),
    ("father", "father", "NOUN", 3, "nsubj", "Number=Sing"),
    ("worked", "work", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("steel", "steel", "NOUN", 7, "compound", "Number=Sing"),
    ("mill", "mill", "NOUN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Zdenek", "Zdenek", "PROPN", 12, "compound", "Number=Sing"),
    ("Kubicek", "Kubicek", "PROPN", 10, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 21, "punct", ""),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("58", "58", "NUM", 17, "nummod", "NumForm=Digit|NumType=Card"),
    ("-", "-", "PUNCT", 15, "punct", ""),
    ("year", "year", "NOUN", 19, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 17, "punct", ""),
    ("old", "old", "ADJ", 21, "amod", "Degree=Pos"),
    ("crane", "crane", "NOUN", 21, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 10, "ccomp", "Number=Sing"),
    ("from", "from", "ADP", 23, "case", ""),
    ("Kladno", "Kladno", "PROPN", 21, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# The Czech - Moravian Confederation of Trade Unions , the country 's largest labour federation , said it would hold a strike .
CONFEDERATION: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Czech", "Czech", "PROPN", 4, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 1, "punct", ""),
    ("Moravian", "Moravian", "PROPN", 4, "compound", "Number=Sing"),
    ("Confederation", "Confederation", "PROPN", 16, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("Trade", "Trade", "PROPN", 7, "compound", "Number=Sing"),
    ("Unions", "Union", "PROPN", 4, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 14, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 10, "case", ""),
    ("largest", "large", "ADJ", 14, "amod", "Degree=Sup"),
    ("labour", "labour", "NOUN", 14, "compound", "Number=Sing"),
    ("federation", "federation", "NOUN", 4, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 19, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 19, "aux", "VerbForm=Fin"),
    ("hold", "hold", "VERB", 16, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("strike", "strike", "NOUN", 19, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 16, "punct", ""),
]

# The pursuit took another twist when Deportivo Almansa rejected a third offer for the Argentina midfielder , worth £62 million including add - ons , according to people familiar with the negotiations .
ALMANSA_WHEN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("pursuit", "pursuit", "NOUN", 2, "nsubj", "Number=Sing"),
    ("took", "take", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("another", "another", "DET", 4, "det", "PronType=Ind"),
    ("twist", "twist", "NOUN", 2, "obj", "Number=Sing"),
    ("when", "when", "ADV", 8, "advmod", "PronType=Int"),
    ("Deportivo", "Deportivo", "PROPN", 7, "compound", "Number=Sing"),
    ("Almansa", "Almansa", "PROPN", 8, "nsubj", "Number=Sing"),
    ("rejected", "reject", "VERB", 2, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("third", "third", "ADJ", 11, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("offer", "offer", "NOUN", 8, "obj", "Number=Sing"),
    ("for", "for", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("Argentina", "Argentina", "ADJ", 15, "amod", "Degree=Pos"),
    ("midfielder", "midfielder", "NOUN", 11, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("worth", "worth", "ADJ", 15, "conj", "Degree=Pos"),
    ("£62", "£62", "NUM", 19, "compound", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 23, "nummod", "NumForm=Word|NumType=Card"),
    ("including", "include", "VERB", 23, "case", "Tense=Pres|VerbForm=Part"),
    ("add", "add", "NOUN", 23, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 21, "punct", ""),
    ("ons", "ons", "NOUN", 15, "conj", "Number=Plur"),
    (",", ",", "PUNCT", 28, "punct", ""),
    ("according", "accord", "VERB", 27, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 25, "fixed", ""),
    ("people", "person", "NOUN", 17, "obl", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 27, "acl", "Degree=Pos"),
    ("with", "with", "ADP", 31, "case", ""),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("negotiations", "negotiation", "NOUN", 28, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Deportivo Almansa rejected a third offer for the Argentina midfielder , worth £62 million including add - ons , according to people familiar with the negotiations .
FAMILIAR: list[FeatRow] = [
    ("Deportivo", "Deportivo", "PROPN", 1, "compound", "Number=Sing"),
    ("Almansa", "Almansa", "PROPN", 2, "nsubj", "Number=Sing"),
    ("rejected", "reject", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("third", "third", "ADJ", 5, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("offer", "offer", "NOUN", 2, "obj", "Number=Sing"),
    ("for", "for", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Argentina", "Argentina", "ADJ", 9, "amod", "Degree=Pos"),
    ("midfielder", "midfielder", "NOUN", 5, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("worth", "worth", "ADJ", 17, "amod", "Degree=Pos"),
    ("£62", "£62", "NUM", 13, "compound", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 17, "nummod", "NumForm=Word|NumType=Card"),
    ("including", "include", "VERB", 17, "case", "Tense=Pres|VerbForm=Part"),
    ("add", "add", "NOUN", 17, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 15, "punct", ""),
    ("ons", "ons", "NOUN", 9, "conj", "Number=Plur"),
    (",", ",", "PUNCT", 22, "punct", ""),
    ("according", "accord", "VERB", 21, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 19, "fixed", ""),
    ("people", "person", "NOUN", 22, "obl", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 2, "advcl", "Degree=Pos"),
    ("with", "with", "ADP", 25, "case", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("negotiations", "negotiation", "NOUN", 22, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The player himself has said nothing in public , but his agent , Wanderley Souza , has been less reticent .
AGENT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("player", "player", "NOUN", 4, "nsubj", "Number=Sing"),
    ("himself", "himself", "PRON", 4, "nsubj", "Case=Acc|Number=Sing|Person=3|PronType=Emp|Reflex=Yes"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("said", "say", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("nothing", "nothing", "PRON", 4, "obj", "Number=Sing|PronType=Ind"),
    ("in", "in", "ADP", 7, "case", ""),
    ("public", "public", "ADJ", 4, "obl", "Degree=Pos"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("but", "but", "CCONJ", 19, "cc", ""),
    ("his", "his", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("agent", "agent", "NOUN", 19, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("Wanderley", "Wanderley", "PROPN", 14, "compound", "Number=Sing"),
    ("Souza", "Souza", "PROPN", 11, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("has", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 19, "cop", "Tense=Past|VerbForm=Part"),
    ("less", "less", "ADV", 19, "advmod", "Degree=Cmp"),
    ("reticent", "reticent", "ADJ", 4, "conj", "Degree=Pos"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# In an interview with Spanish radio station Cadena SER on Wednesday night , Souza said his client wanted to test himself .
AGENT_SAID: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 14, "obl", "Number=Sing"),
    ("with", "with", "ADP", 8, "case", ""),
    ("Spanish", "Spanish", "ADJ", 6, "amod", "Degree=Pos"),
    ("radio", "radio", "NOUN", 6, "compound", "Number=Sing"),
    ("station", "station", "NOUN", 8, "compound", "Number=Sing"),
    ("Cadena", "Cadena", "PROPN", 8, "compound", "Number=Sing"),
    ("SER", "SER", "PROPN", 2, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 11, "compound", "Number=Sing"),
    ("night", "night", "NOUN", 8, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Souza", "Souza", "PROPN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 16, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("client", "client", "NOUN", 17, "nsubj", "Number=Sing"),
    ("wanted", "want", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 19, "mark", ""),
    ("test", "test", "VERB", 17, "xcomp", "VerbForm=Inf"),
    ("himself", "himself", "PRON", 19, "obj", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# " For this group of patients , we have had very few options that change the course of the disease , " said Raghunathan , a cardiologist at Lakeshore University Medical Center in Chicago who chaired the study 's steering committee .
CARDIOLOGIST: list[FeatRow] = [
    ('"', '"', "PUNCT", 22, "punct", ""),
    ("For", "for", "ADP", 3, "case", ""),
    ("this", "this", "DET", 3, "det", "Number=Sing|PronType=Dem"),
    ("group", "group", "NOUN", 9, "obl", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("patients", "patient", "NOUN", 3, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("we", "we", "PRON", 9, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("have", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("had", "have", "VERB", 22, "ccomp", "Tense=Past|VerbForm=Part"),
    ("very", "very", "ADV", 11, "advmod", ""),
    ("few", "few", "ADJ", 12, "amod", "Degree=Pos"),
    ("options", "option", "NOUN", 9, "obj", "Number=Plur"),
    ("that", "that", "PRON", 14, "nsubj", "PronType=Rel"),
    ("change", "change", "VERB", 12, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("course", "course", "NOUN", 14, "obj", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("disease", "disease", "NOUN", 16, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 22, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Raghunathan", "Raghunathan", "PROPN", 22, "iobj", "Number=Sing"),
    (",", ",", "PUNCT", 26, "punct", ""),
    ("a", "a", "DET", 26, "det", "Definite=Ind|PronType=Art"),
    ("cardiologist", "cardiologist", "NOUN", 22, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 31, "case", ""),
    ("Lakeshore", "Lakeshore", "PROPN", 31, "compound", "Number=Sing"),
    ("University", "University", "PROPN", 31, "compound", "Number=Sing"),
    ("Medical", "Medical", "ADJ", 31, "amod", "Degree=Pos"),
    ("Center", "Center", "PROPN", 26, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 33, "case", ""),
    ("Chicago", "Chicago", "PROPN", 31, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 35, "nsubj", "PronType=Rel"),
    ("chaired", "chair", "VERB", 31, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 37, "det", "Definite=Def|PronType=Art"),
    ("study", "study", "NOUN", 40, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 37, "case", ""),
    ("steering", "steering", "VERB", 40, "amod", "VerbForm=Ger"),
    ("committee", "committee", "NOUN", 35, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 22, "punct", ""),
]

# An experimental pill from Halvorsen Biosciences reduced hospitalizations and urgent visits for heart failure by 21 percent in a large late - stage trial , researchers led by Dr. Anjali Raghunathan reported Sunday , but a small number of patients developed signs of liver injury that could complicate the drug 's path to approval .
TRIAL: list[FeatRow] = [
    ("An", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("experimental", "experimental", "ADJ", 2, "amod", "Degree=Pos"),
    ("pill", "pill", "NOUN", 6, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 5, "case", ""),
    ("Halvorsen", "Halvorsen", "PROPN", 5, "compound", "Number=Sing"),
    ("Biosciences", "Bioscience", "PROPN", 2, "nmod", "Number=Plur"),
    ("reduced", "reduce", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("hospitalizations", "hospitalization", "NOUN", 6, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("urgent", "urgent", "ADJ", 10, "amod", "Degree=Pos"),
    ("visits", "visit", "NOUN", 7, "conj", "Number=Plur"),
    ("for", "for", "ADP", 13, "case", ""),
    ("heart", "heart", "NOUN", 13, "compound", "Number=Sing"),
    ("failure", "failure", "NOUN", 10, "nmod", "Number=Sing"),
    ("by", "by", "ADP", 16, "case", ""),
    ("21", "21", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 13, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 23, "case", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("large", "large", "ADJ", 23, "amod", "Degree=Pos"),
    ("late", "late", "ADJ", 22, "amod", "Degree=Pos"),
    ("-", "-", "PUNCT", 20, "punct", ""),
    ("stage", "stage", "NOUN", 23, "compound", "Number=Sing"),
    ("trial", "trial", "NOUN", 16, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 25, "punct", ""),
    ("researchers", "researcher", "NOUN", 23, "appos", "Number=Plur"),
    ("led", "lead", "VERB", 23, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 30, "case", ""),
    ("Dr.", "Dr.", "PROPN", 30, "compound", "Number=Sing"),
    ("Anjali", "Anjali", "PROPN", 30, "compound", "Number=Sing"),
    ("Raghunathan", "Raghunathan", "PROPN", 26, "obl:agent", "Number=Sing"),
    ("reported", "report", "VERB", 6, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Sunday", "Sunday", "PROPN", 31, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 37, "punct", ""),
    ("but", "but", "CCONJ", 37, "cc", ""),
    ("a", "a", "DET", 37, "det", "Definite=Ind|PronType=Art"),
    ("small", "small", "ADJ", 37, "amod", "Degree=Pos"),
    ("number", "number", "NOUN", 31, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 39, "case", ""),
    ("patients", "patient", "NOUN", 37, "nmod", "Number=Plur"),
    ("developed", "develop", "VERB", 41, "amod", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("signs", "sign", "NOUN", 37, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 44, "case", ""),
    ("liver", "liver", "NOUN", 44, "compound", "Number=Sing"),
    ("injury", "injury", "NOUN", 41, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 47, "nsubj", "PronType=Rel"),
    ("could", "could", "AUX", 47, "aux", "VerbForm=Fin"),
    ("complicate", "complicate", "VERB", 44, "acl:relcl", "VerbForm=Inf"),
    ("the", "the", "DET", 49, "det", "Definite=Def|PronType=Art"),
    ("drug", "drug", "NOUN", 51, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 49, "case", ""),
    ("path", "path", "NOUN", 47, "obj", "Number=Sing"),
    ("to", "to", "ADP", 53, "case", ""),
    ("approval", "approval", "NOUN", 47, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


# In an interview with Iowa Public Radio , Adaeze Nwosu - Hart , director of the Iowa Immigrant Legal Project , said her organization had received more than 80 calls .
NWOSU: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 21, "obl", "Number=Sing"),
    ("with", "with", "ADP", 6, "case", ""),
    ("Iowa", "Iowa", "PROPN", 6, "compound", "Number=Sing"),
    ("Public", "Public", "ADJ", 6, "amod", "Degree=Pos"),
    ("Radio", "Radio", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("Adaeze", "Adaeze", "PROPN", 9, "compound", "Number=Sing"),
    ("Nwosu", "Nwosu", "PROPN", 6, "appos", "Number=Sing"),
    ("-", "-", "PUNCT", 9, "punct", ""),
    ("Hart", "Hart", "PROPN", 6, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("director", "director", "NOUN", 6, "conj", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("Iowa", "Iowa", "PROPN", 19, "compound", "Number=Sing"),
    ("Immigrant", "immigrant", "PROPN", 19, "compound", "Number=Sing"),
    ("Legal", "legal", "ADJ", 19, "amod", "Degree=Pos"),
    ("Project", "Project", "PROPN", 13, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 23, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("organization", "organization", "NOUN", 25, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 25, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("received", "receive", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part"),
    ("more", "more", "ADV", 25, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 29, "case", ""),
    ("80", "80", "NUM", 29, "nummod", "NumForm=Digit|NumType=Card"),
    ("calls", "call", "NOUN", 25, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 21, "punct", ""),
]

# Prairie Crest , which employs about 900 people in Ridgeway , said in a brief statement that it had cooperated fully with federal authorities .
PRAIRIE: list[FeatRow] = [
    ("Prairie", "Prairie", "PROPN", 1, "compound", "Number=Sing"),
    ("Crest", "crest", "PROPN", 11, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("which", "which", "PRON", 4, "nsubj", "PronType=Rel"),
    ("employs", "employ", "VERB", 11, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("about", "about", "ADV", 6, "advmod", ""),
    ("900", "900", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 4, "obj", "Number=Plur"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Ridgeway", "Ridgeway", "PROPN", 7, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("brief", "brief", "ADJ", 15, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 11, "obl", "Number=Sing"),
    ("that", "that", "PRON", 19, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 19, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cooperated", "cooperate", "VERB", 15, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("fully", "fully", "ADV", 19, "advmod", ""),
    ("with", "with", "ADP", 23, "case", ""),
    ("federal", "federal", "ADJ", 23, "amod", "Degree=Pos"),
    ("authorities", "authority", "NOUN", 19, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# In a statement , U.S. Immigration and Customs Enforcement said the operation was part of a yearlong investigation .
ICE: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("U.S.", "U.S.", "PROPN", 5, "compound", "Number=Sing"),
    ("Immigration", "Immigration", "PROPN", 9, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("Customs", "custom", "PROPN", 5, "conj", "Number=Plur"),
    ("Enforcement", "Enforcement", "PROPN", 5, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("operation", "operation", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("part", "part", "NOUN", 9, "ccomp", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("yearlong", "yearlong", "ADJ", 17, "amod", "Degree=Pos"),
    ("investigation", "investigation", "NOUN", 13, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# A union steward at the plant said workers had heard rumors of an audit for weeks .
STEWARD: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("union", "union", "NOUN", 2, "compound", "Number=Sing"),
    ("steward", "steward", "NOUN", 6, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 2, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("workers", "worker", "NOUN", 9, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("heard", "hear", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    ("rumors", "rumor", "NOUN", 9, "obj", "Number=Plur"),
    ("of", "of", "ADP", 13, "case", ""),
    ("an", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("audit", "audit", "NOUN", 10, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 15, "case", ""),
    ("weeks", "week", "NOUN", 13, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# The steward , Dwayne Pickett of United Food and Commercial Workers Local 431 , said the union would demand back pay .
STEWARD_NAMED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("steward", "steward", "NOUN", 14, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Dwayne", "Dwayne", "PROPN", 4, "compound", "Number=Sing"),
    ("Pickett", "Pickett", "PROPN", 1, "appos", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("United", "United", "ADJ", 7, "amod", "Degree=Pos"),
    ("Food", "Food", "PROPN", 4, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Commercial", "commercial", "ADJ", 10, "amod", "Degree=Pos"),
    ("Workers", "worker", "PROPN", 7, "conj", "Number=Plur"),
    ("Local", "local", "PROPN", 12, "compound", "Number=Sing"),
    ("431", "431", "PROPN", 7, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 18, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 18, "aux", "VerbForm=Fin"),
    ("demand", "demand", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("back", "back", "ADV", 20, "advmod", ""),
    ("pay", "pay", "VERB", 18, "xcomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# Some residents said the raid was long overdue , and several people who posted on a community Facebook page argued that illegal hiring had held down wages at the plant for years .
FACEBOOK: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("raid", "raid", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("long", "long", "ADJ", 7, "advmod", "Degree=Pos"),
    ("overdue", "overdue", "ADJ", 2, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("several", "several", "ADJ", 11, "amod", "Degree=Pos"),
    ("people", "person", "NOUN", 7, "conj", "Number=Plur"),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("posted", "post", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 18, "case", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("community", "community", "NOUN", 18, "compound", "Number=Sing"),
    ("Facebook", "Facebook", "PROPN", 18, "compound", "Number=Sing"),
    ("page", "page", "NOUN", 19, "nsubj", "Number=Sing"),
    ("argued", "argue", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 24, "mark", ""),
    ("illegal", "illegal", "ADJ", 22, "amod", "Degree=Pos"),
    ("hiring", "hiring", "NOUN", 24, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("held", "hold", "VERB", 19, "ccomp", "Tense=Past|VerbForm=Part"),
    ("down", "down", "ADP", 24, "compound:prt", ""),
    ("wages", "wage", "NOUN", 24, "obj", "Number=Plur"),
    ("at", "at", "ADP", 29, "case", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 24, "obl", "Number=Sing"),
    ("for", "for", "ADP", 31, "case", ""),
    ("years", "year", "NOUN", 29, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Alder State University has expanded its investigation to include complaints from students in a second research group he co-directs , according to an email sent to department faculty on Monday and reviewed by The Sentinel .
EXPANDED: list[FeatRow] = [
    ("Alder", "Alder", "PROPN", 2, "compound", "Number=Sing"),
    ("State", "State", "PROPN", 2, "compound", "Number=Sing"),
    ("University", "University", "PROPN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("expanded", "expand", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("its", "its", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("investigation", "investigation", "NOUN", 4, "obj", "Number=Sing"),
    ("to", "to", "PART", 8, "mark", ""),
    ("include", "include", "VERB", 4, "advcl", "VerbForm=Inf"),
    ("complaints", "complaint", "NOUN", 8, "obj", "Number=Plur"),
    ("from", "from", "ADP", 11, "case", ""),
    ("students", "student", "NOUN", 8, "obl", "Number=Plur"),
    ("in", "in", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("second", "second", "ADJ", 16, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("research", "research", "NOUN", 16, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 8, "obl", "Number=Sing"),
    ("he", "he", "PRON", 18, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("co-directs", "co-direct", "VERB", 16, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    (",", ",", "PUNCT", 23, "punct", ""),
    ("according", "accord", "VERB", 23, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 23, "case", ""),
    ("an", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("email", "email", "NOUN", 18, "obl", "Number=Sing"),
    ("sent", "send", "VERB", 18, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 27, "case", ""),
    ("department", "department", "NOUN", 27, "compound", "Number=Sing"),
    ("faculty", "faculty", "NOUN", 24, "obl", "Number=Sing"),
    ("on", "on", "ADP", 29, "case", ""),
    ("Monday", "Monday", "PROPN", 27, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 31, "cc", ""),
    ("reviewed", "review", "VERB", 24, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 34, "case", ""),
    ("The", "the", "DET", 34, "det", "Definite=Def|PronType=Art"),
    ("Sentinel", "Sentinel", "PROPN", 31, "obl:agent", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The email , signed by Title IX Coordinator Harriet Oyelaran - Moss , said the office had received additional reports .
SIGNED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("email", "email", "NOUN", 13, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("signed", "sign", "VERB", 13, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 9, "case", ""),
    ("Title", "Title", "PROPN", 9, "compound", "Number=Sing"),
    ("IX", "IX", "PROPN", 9, "compound", "Number=Sing"),
    ("Coordinator", "coordinator", "PROPN", 9, "compound", "Number=Sing"),
    ("Harriet", "Harriet", "PROPN", 9, "compound", "Number=Sing"),
    ("Oyelaran", "Oyelaran", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("-", "-", "PUNCT", 9, "punct", ""),
    ("Moss", "Moss", "PROPN", 9, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("office", "office", "NOUN", 17, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("received", "receive", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    ("additional", "additional", "ADJ", 19, "amod", "Degree=Pos"),
    ("reports", "report", "NOUN", 17, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# The Sentinel first reported the complaint on Feb. 22 .
REPORTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Sentinel", "Sentinel", "PROPN", 3, "nsubj", "Number=Sing"),
    ("first", "first", "ADV", 3, "advmod", "NumForm=Word|NumType=Ord"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("complaint", "complaint", "NOUN", 3, "obj", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Feb.", "February", "PROPN", 3, "obl", "Number=Sing"),
    ("22", "22", "NUM", 7, "flat", "NumForm=Digit|NumType=Card"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Three former members of the research group , who spoke to The Sentinel on condition of anonymity because they still rely on his letters of recommendation , described a lab in which students learned to avoid being alone with him .
MEMBERS: list[FeatRow] = [
    ("Three", "three", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("former", "former", "ADJ", 2, "amod", "Degree=Pos"),
    ("members", "member", "NOUN", 27, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("research", "research", "NOUN", 6, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 12, "case", ""),
    ("The", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Sentinel", "Sentinel", "PROPN", 9, "obl", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("condition", "condition", "NOUN", 9, "obl", "Number=Sing"),
    ("of", "of", "ADP", 16, "case", ""),
    ("anonymity", "anonymity", "NOUN", 14, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 20, "mark", ""),
    ("they", "they", "PRON", 20, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("still", "still", "ADV", 20, "advmod", ""),
    ("rely", "rely", "VERB", 27, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 23, "case", ""),
    ("his", "his", "PRON", 23, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("letters", "letter", "NOUN", 20, "obl", "Number=Plur"),
    ("of", "of", "ADP", 25, "case", ""),
    ("recommendation", "recommendation", "NOUN", 23, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 20, "punct", ""),
    ("described", "describe", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("lab", "lab", "NOUN", 27, "obj", "Number=Sing"),
    ("in", "in", "ADP", 31, "case", ""),
    ("which", "which", "PRON", 33, "obl", "PronType=Rel"),
    ("students", "student", "NOUN", 33, "nsubj", "Number=Plur"),
    ("learned", "learn", "VERB", 29, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 35, "mark", ""),
    ("avoid", "avoid", "VERB", 33, "xcomp", "VerbForm=Inf"),
    ("being", "be", "AUX", 35, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("alone", "alone", "ADV", 35, "advmod", ""),
    ("with", "with", "ADP", 39, "case", ""),
    ("him", "he", "PRON", 35, "obl", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 27, "punct", ""),
]

# " You figured out very quickly which doors to keep open , " one of them said .
ONE_OF_THEM: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("You", "you", "PRON", 2, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("figured", "figure", "VERB", 16, "ccomp", "Mood=Ind|Number=Sing|Person=2|Tense=Past|VerbForm=Fin"),
    ("out", "out", "ADP", 2, "compound:prt", ""),
    ("very", "very", "ADV", 5, "advmod", ""),
    ("quickly", "quickly", "ADV", 2, "advmod", "Degree=Pos"),
    ("which", "which", "PRON", 7, "nsubj", "PronType=Rel"),
    ("doors", "door", "VERB", 2, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 9, "mark", ""),
    ("keep", "keep", "VERB", 7, "xcomp", "VerbForm=Inf"),
    ("open", "open", "ADJ", 9, "xcomp", "Degree=Pos"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("one", "one", "NUM", 16, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 15, "case", ""),
    ("them", "they", "PRON", 13, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 16, "punct", ""),
]


# Her message to members in a video posted Sunday afternoon was blunt : " This is not everything we asked for . "
VIDEO: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("message", "message", "NOUN", 11, "nsubj", "Number=Sing"),
    ("to", "to", "ADP", 3, "case", ""),
    ("members", "member", "NOUN", 1, "nmod", "Number=Plur"),
    ("in", "in", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("video", "video", "NOUN", 3, "nmod", "Number=Sing"),
    ("posted", "post", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Sunday", "Sunday", "PROPN", 9, "compound", "Number=Sing"),
    ("afternoon", "afternoon", "NOUN", 1, "nmod", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("blunt", "blunt", "ADJ", -1, "root", "Degree=Pos"),
    (":", ":", "PUNCT", 17, "punct", ""),
    ('"', '"', "PUNCT", 17, "punct", ""),
    ("This", "this", "PRON", 17, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 17, "advmod", "Polarity=Neg"),
    ("everything", "everything", "PRON", 11, "parataxis", "Number=Sing|PronType=Ind"),
    ("we", "we", "PRON", 19, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("asked", "ask", "VERB", 17, "acl:relcl", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 19, "obl", ""),
    (".", ".", "PUNCT", 11, "punct", ""),
    ('"', '"', "PUNCT", 17, "punct", ""),
]

# Yolanda Grant did not oversell it .
GRANT: list[FeatRow] = [
    ("Yolanda", "Yolanda", "PROPN", 1, "compound", "Number=Sing"),
    ("Grant", "grant", "PROPN", 5, "nsubj", "Number=Sing"),
    ("did", "do", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("oversell", "oversell", "ADV", 5, "advmod", ""),
    ("it", "it", "PRON", -1, "root", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Jeff Traeger said he expects the union to help employees .
TRAEGER: list[FeatRow] = [
    ("Jeff", "Jeff", "PROPN", 1, "compound", "Number=Sing"),
    ("Traeger", "Traeger", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 4, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("expects", "expect", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 4, "obj", "Number=Sing"),
    ("to", "to", "PART", 8, "mark", ""),
    ("help", "help", "VERB", 4, "advcl", "VerbForm=Inf"),
    ("employees", "employee", "NOUN", 8, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Three former employees behind an online campaign to bring attention to what they call unfair treatment of staff have outlined what they would like to see done .
CAMPAIGN: list[FeatRow] = [
    ("Three", "three", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("former", "former", "ADJ", 2, "amod", "Degree=Pos"),
    ("employees", "employee", "NOUN", 19, "nsubj", "Number=Plur"),
    ("behind", "behind", "ADP", 6, "case", ""),
    ("an", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("online", "online", "ADJ", 6, "amod", "Degree=Pos"),
    ("campaign", "campaign", "NOUN", 2, "nmod", "Number=Sing"),
    ("to", "to", "PART", 8, "mark", ""),
    ("bring", "bring", "VERB", 6, "acl", "VerbForm=Inf"),
    ("attention", "attention", "NOUN", 8, "obj", "Number=Sing"),
    ("to", "to", "ADP", 11, "case", ""),
    ("what", "what", "PRON", 8, "obl", "PronType=Rel"),
    ("they", "they", "PRON", 13, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("call", "call", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("unfair", "unfair", "ADJ", 15, "amod", "Degree=Pos"),
    ("treatment", "treatment", "NOUN", 13, "obj", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("staff", "staff", "NOUN", 15, "nmod", "Number=Sing"),
    ("have", "have", "AUX", 19, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("outlined", "outline", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("what", "what", "PRON", 19, "obj", "PronType=Rel"),
    ("they", "they", "PRON", 23, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 23, "aux", "VerbForm=Fin"),
    ("like", "like", "VERB", 20, "acl:relcl", "VerbForm=Inf"),
    ("to", "to", "PART", 25, "mark", ""),
    ("see", "see", "VERB", 23, "xcomp", "VerbForm=Inf"),
    ("done", "do", "VERB", 25, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 19, "punct", ""),
]

# " Do you want to eat a cheaper dinner off the backs of somebody ? " he said .
HE_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("Do", "do", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin"),
    ("you", "you", "PRON", 3, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("want", "want", "VERB", 17, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 5, "mark", ""),
    ("eat", "eat", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("cheaper", "cheap", "ADJ", 8, "amod", "Degree=Cmp"),
    ("dinner", "dinner", "NOUN", 5, "obj", "Number=Sing"),
    ("off", "off", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("backs", "back", "NOUN", 5, "obl", "Number=Plur"),
    ("of", "of", "ADP", 13, "case", ""),
    ("somebody", "somebody", "PRON", 11, "nmod", "Number=Sing|PronType=Ind"),
    ("?", "?", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("he", "he", "PRON", 17, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 17, "punct", ""),
]

# Compañía Minera Huallaga Sur said the dam had passed an inspection .
COMPANIA: list[FeatRow] = [
    ("Compañía", "Compañía", "PROPN", 3, "compound", "Number=Sing"),
    ("Minera", "Minera", "PROPN", 3, "compound", "Number=Sing"),
    ("Huallaga", "Huallaga", "PROPN", 3, "compound", "Number=Sing"),
    ("Sur", "Sur", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("dam", "dam", "NOUN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("passed", "pass", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("an", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("inspection", "inspection", "NOUN", 8, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


# " The remaining gaps are technical , not political , " Khalid bin Saad al - Muhannadi , a minister of state at Qatar 's foreign ministry who has led the mediation , told Reuters in an interview .
MEDIATOR: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("remaining", "remain", "NOUN", 3, "compound", "Number=Sing"),
    ("gaps", "gap", "NOUN", 5, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("technical", "technical", "ADJ", 33, "advcl", "Degree=Pos"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("political", "political", "ADJ", 5, "conj", "Degree=Pos"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("Khalid", "Khalid", "PROPN", 14, "compound", "Number=Sing"),
    ("bin", "bin", "PROPN", 14, "compound", "Number=Sing"),
    ("Saad", "Saad", "PROPN", 14, "compound", "Number=Sing"),
    ("al", "al", "PROPN", 5, "conj", "Number=Sing"),
    ("-", "-", "PUNCT", 14, "punct", ""),
    ("Muhannadi", "Muhannadi", "PROPN", 14, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 19, "punct", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("minister", "minister", "NOUN", 33, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 21, "case", ""),
    ("state", "state", "NOUN", 19, "nmod", "Number=Sing"),
    ("at", "at", "ADP", 26, "case", ""),
    ("Qatar", "Qatar", "PROPN", 26, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 23, "case", ""),
    ("foreign", "foreign", "ADJ", 26, "amod", "Degree=Pos"),
    ("ministry", "ministry", "NOUN", 19, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 29, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 29, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("led", "lead", "VERB", 26, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("mediation", "mediation", "NOUN", 29, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 33, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 33, "iobj", "Number=Plur"),
    ("in", "in", "ADP", 37, "case", ""),
    ("an", "a", "DET", 37, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 33, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 33, "punct", ""),
]

# Its light shows the signature of old , red stars and almost no trace of the cold gas needed to make new ones , the researchers report in a paper published on Wednesday in Nature Astronomy .
RESEARCHERS: list[FeatRow] = [
    ("Its", "its", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("light", "light", "NOUN", 2, "nsubj", "Number=Sing"),
    ("shows", "show", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("signature", "signature", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("old", "old", "ADJ", 9, "amod", "Degree=Pos"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("red", "red", "ADJ", 9, "amod", "Degree=Pos"),
    ("stars", "star", "NOUN", 4, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("almost", "almost", "ADV", 13, "advmod", ""),
    ("no", "no", "DET", 13, "det", "PronType=Neg"),
    ("trace", "trace", "NOUN", 18, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("cold", "cold", "ADJ", 17, "amod", "Degree=Pos"),
    ("gas", "gas", "NOUN", 13, "nmod", "Number=Sing"),
    ("needed", "need", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 20, "mark", ""),
    ("make", "make", "VERB", 18, "xcomp", "VerbForm=Inf"),
    ("new", "new", "ADJ", 22, "amod", "Degree=Pos"),
    ("ones", "one", "NOUN", 20, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 26, "punct", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("researchers", "researcher", "NOUN", 26, "compound", "Number=Plur"),
    ("report", "report", "NOUN", 20, "obj", "Number=Sing"),
    ("in", "in", "ADP", 29, "case", ""),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("paper", "paper", "NOUN", 26, "nmod", "Number=Sing"),
    ("published", "publish", "VERB", 29, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 32, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 30, "obl", "Number=Sing"),
    ("in", "in", "ADP", 35, "case", ""),
    ("Nature", "Nature", "PROPN", 35, "compound", "Number=Sing"),
    ("Astronomy", "astronomy", "PROPN", 32, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# In the 1920s , Stalin 's attempts at appeasing Turkey , a brother state of Azerbaijan , failed .
BROTHER: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("1920s", "1920s", "NUM", 17, "obl", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Stalin", "Stalin", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 4, "case", ""),
    ("attempts", "attempt", "NOUN", 17, "nsubj", "Number=Plur"),
    ("at", "at", "SCONJ", 8, "mark", ""),
    ("appeasing", "appeas", "VERB", 6, "acl", "VerbForm=Part"),
    ("Turkey", "Turkey", "PROPN", 8, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("brother", "brother", "NOUN", 13, "compound", "Number=Sing"),
    ("state", "state", "NOUN", 17, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("Azerbaijan", "Azerbaijan", "PROPN", 13, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("failed", "fail", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 17, "punct", ""),
]

# Follow - up spectra taken with the telescope 's NIRSpec instrument confirmed the distance , according to Zhao Xinyi , a co-author at the Yunling Astronomical Observatory in Kunming , China .
COAUTHOR: list[FeatRow] = [
    ("Follow", "follow", "VERB", -1, "root", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("-", "-", "PUNCT", 2, "punct", ""),
    ("up", "up", "ADP", 0, "compound:prt", ""),
    ("spectra", "spectra", "NOUN", 0, "obj", "Number=Sing"),
    ("taken", "take", "VERB", 3, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 10, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("telescope", "telescope", "NOUN", 10, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 7, "case", ""),
    ("NIRSpec", "NIRSpec", "PROPN", 10, "compound", "Number=Sing"),
    ("instrument", "instrument", "NOUN", 4, "obl", "Number=Sing"),
    ("confirmed", "confirm", "VERB", 4, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("distance", "distance", "NOUN", 11, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("according", "accord", "VERB", 18, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 15, "fixed", ""),
    ("Zhao", "Zhao", "PROPN", 18, "compound", "Number=Sing"),
    ("Xinyi", "Xinyi", "PROPN", 11, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 21, "punct", ""),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("co-author", "co-author", "NOUN", 11, "obj", "Number=Sing"),
    ("at", "at", "ADP", 26, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("Yunling", "yunl", "VERB", 26, "amod", "VerbForm=Ger"),
    ("Astronomical", "astronomical", "ADJ", 26, "amod", "Degree=Pos"),
    ("Observatory", "Observatory", "PROPN", 21, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 28, "case", ""),
    ("Kunming", "Kunming", "PROPN", 26, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 30, "punct", ""),
    ("China", "China", "PROPN", 28, "nmod:unmarked", "Number=Sing"),
    (".", ".", "PUNCT", 11, "punct", ""),
]


# Pacific Cascade Power , the regional utility , said it had shut off electricity to about 9,000 customers .
UTILITY: list[FeatRow] = [
    ("Pacific", "Pacific", "ADJ", 2, "amod", "Degree=Pos"),
    ("Cascade", "Cascade", "PROPN", 2, "compound", "Number=Sing"),
    ("Power", "Power", "PROPN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("regional", "regional", "ADJ", 6, "amod", "Degree=Pos"),
    ("utility", "utility", "NOUN", 2, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shut", "shut", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("off", "off", "ADP", 11, "compound:prt", ""),
    ("electricity", "electricity", "NOUN", 11, "obj", "Number=Sing"),
    ("to", "to", "ADP", 17, "case", ""),
    ("about", "about", "ADP", 17, "case", ""),
    ("9,000", "9000", "NUM", 17, "nummod", "NumForm=Digit|NumType=Card"),
    ("customers", "customer", "NOUN", 11, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Speaking at a briefing , Governor Datuk Seri Nor Azlina Abdul Karim told reporters the cut was pre-emptive .
GOVERNOR: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("at", "at", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("briefing", "briefing", "NOUN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("Governor", "Governor", "PROPN", 11, "compound", "Number=Sing"),
    ("Datuk", "Datuk", "PROPN", 11, "compound", "Number=Sing"),
    ("Seri", "Seri", "PROPN", 11, "compound", "Number=Sing"),
    ("Nor", "nor", "PROPN", 11, "compound", "Number=Sing"),
    ("Azlina", "Azlina", "PROPN", 11, "compound", "Number=Sing"),
    ("Abdul", "Abdul", "PROPN", 11, "compound", "Number=Sing"),
    ("Karim", "Karim", "PROPN", 12, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 12, "iobj", "Number=Plur"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("cut", "cut", "NOUN", 17, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("pre-emptive", "pre-emptive", "ADJ", 12, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# " We are not in a recession and we do not expect one , " Nor Azlina said .
GIVEN_NAMES: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("We", "we", "PRON", 6, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 6, "cop", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("in", "in", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("recession", "recession", "NOUN", 17, "ccomp", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("we", "we", "PRON", 11, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("do", "do", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 11, "advmod", "Polarity=Neg"),
    ("expect", "expect", "VERB", 6, "conj", "VerbForm=Inf"),
    ("one", "one", "NUM", 11, "obj", "NumForm=Word|NumType=Card"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ('"', '"', "PUNCT", 17, "punct", ""),
    ("Nor", "nor", "PROPN", 16, "compound", "Number=Sing"),
    ("Azlina", "Azlina", "PROPN", 17, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 17, "punct", ""),
]


# " Every ship that sits at anchor pushes the whole schedule back , " said the council 's chief executive , Raj Subramaniam .
COUNCIL: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("Every", "every", "DET", 2, "det", "PronType=Tot"),
    ("ship", "ship", "NOUN", 14, "nsubj", "Number=Sing"),
    ("that", "that", "PRON", 4, "nsubj", "PronType=Rel"),
    ("sits", "sit", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 6, "case", ""),
    ("anchor", "anchor", "NOUN", 4, "obl", "Number=Sing"),
    ("pushes", "push", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("whole", "whole", "ADJ", 10, "amod", "Degree=Pos"),
    ("schedule", "schedule", "NOUN", 7, "obj", "Number=Sing"),
    ("back", "back", "ADV", 7, "advmod", ""),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 18, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 16, "case", ""),
    ("chief", "chief", "NOUN", 19, "compound", "Number=Sing"),
    ("executive", "executive", "ADJ", 14, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 22, "punct", ""),
    ("Raj", "Raj", "PROPN", 22, "compound", "Number=Sing"),
    ("Subramaniam", "Subramaniam", "PROPN", 19, "conj", "Number=Sing"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# Kostakis and his deputy , Mereana Tapsell , said they had been ready to meet the company .
DEPUTY: list[FeatRow] = [
    ("Kostakis", "Kostakis", "PROPN", 8, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("his", "his", "PRON", 3, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("deputy", "deputy", "NOUN", 0, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("Mereana", "Mereana", "PROPN", 3, "appos", "Number=Sing"),
    ("Tapsell", "Tapsell", "PROPN", 0, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 12, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 12, "cop", "Tense=Past|VerbForm=Part"),
    ("ready", "ready", "ADJ", 8, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 14, "mark", ""),
    ("meet", "meet", "VERB", 12, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Tapsell is the first Maori woman to hold the post .
TAPSELL: list[FeatRow] = [
    ("Tapsell", "tapsell", "ADV", 5, "advmod", ""),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("first", "first", "ADJ", 5, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("Maori", "Maori", "ADJ", 5, "amod", "Degree=Pos"),
    ("woman", "woman", "NOUN", -1, "root", "Number=Sing"),
    ("to", "to", "PART", 7, "mark", ""),
    ("hold", "hold", "VERB", 5, "acl", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("post", "post", "NOUN", 7, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


# The Italian coast guard confirmed it had coordinated the operation and said a second vessel was still combing the area .
CG: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Italian", "Italian", "ADJ", 3, "amod", "Degree=Pos"),
    ("coast", "coast", "NOUN", 3, "compound", "Number=Sing"),
    ("guard", "guard", "NOUN", 4, "nsubj", "Number=Sing"),
    ("confirmed", "confirm", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("coordinated", "coordinate", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("operation", "operation", "NOUN", 7, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("said", "say", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("second", "second", "ADJ", 14, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("vessel", "vessel", "NOUN", 17, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("still", "still", "ADV", 17, "advmod", ""),
    ("combing", "comb", "VERB", 11, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("area", "area", "NOUN", 17, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# A coast guard spokesman said the swell had reached three metres overnight .
CG_SPOKESMAN: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("coast", "coast", "NOUN", 3, "compound", "Number=Sing"),
    ("guard", "guard", "NOUN", 3, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("swell", "swell", "NOUN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reached", "reach", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("three", "three", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("metres", "metre", "NOUN", 8, "obj", "Number=Plur"),
    ("overnight", "overnight", "ADV", 8, "advmod", ""),
    (".", ".", "PUNCT", 4, "punct", ""),
]


# Near the front of the queue , a mother of three who had walked for more than an hour to reach the clinic said she had lost a son to malaria two years ago .
MOTHER: list[FeatRow] = [
    ("Near", "near", "ADP", 2, "case", ""),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("front", "front", "NOUN", 23, "obl", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("queue", "queue", "NOUN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("mother", "mother", "NOUN", 2, "appos", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("three", "three", "NUM", 8, "nmod", "NumForm=Word|NumType=Card"),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("walked", "walk", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("for", "for", "ADP", 15, "case", ""),
    ("more", "more", "ADV", 13, "obl", "Degree=Cmp"),
    ("than", "than", "ADP", 18, "case", ""),
    ("an", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("hour", "hour", "NOUN", 13, "obl", "Number=Sing"),
    ("to", "to", "PART", 20, "mark", ""),
    ("reach", "reach", "VERB", 23, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("clinic", "clinic", "NOUN", 20, "obj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 26, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lost", "lose", "VERB", 23, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 28, "det", "Definite=Ind|PronType=Art"),
    ("son", "son", "NOUN", 26, "obj", "Number=Sing"),
    ("to", "to", "PART", 30, "mark", ""),
    ("malaria", "malaria", "VERB", 26, "advcl", "VerbForm=Inf"),
    ("two", "two", "NUM", 32, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 30, "obj", "Number=Plur"),
    ("ago", "ago", "ADV", 30, "advmod", ""),
    (".", ".", "PUNCT", 23, "punct", ""),
]

# " I do n't want to bury another child .
FATIMA: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("I", "I", "PRON", 4, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("do", "do", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("n't", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("want", "want", "VERB", -1, "root", "VerbForm=Inf"),
    ("to", "to", "PART", 6, "mark", ""),
    ("bury", "bury", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("another", "another", "DET", 8, "det", "PronType=Ind"),
    ("child", "child", "NOUN", 6, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# If there is something that can protect them , I will come every time they tell me , " said the woman , Fatima Abdullahi , 29 .
FATIMA_2: list[FeatRow] = [
    ("If", "if", "SCONJ", 2, "mark", ""),
    ("there", "there", "PRON", 2, "expl", ""),
    ("is", "be", "VERB", 19, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("something", "something", "PRON", 2, "nsubj", "Number=Sing|PronType=Ind"),
    ("that", "that", "PRON", 6, "nsubj", "PronType=Rel"),
    ("can", "can", "AUX", 6, "aux", "VerbForm=Fin"),
    ("protect", "protect", "VERB", 3, "acl:relcl", "VerbForm=Inf"),
    ("them", "they", "PRON", 6, "obj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("I", "I", "PRON", 11, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 11, "aux", "VerbForm=Fin"),
    ("come", "come", "VERB", -1, "root", "VerbForm=Inf"),
    ("every", "every", "DET", 13, "det", "PronType=Ind"),
    ("time", "time", "NOUN", 11, "obj", "Number=Sing"),
    ("they", "they", "PRON", 15, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("tell", "tell", "VERB", 13, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("me", "I", "PRON", 15, "iobj", "Case=Acc|Number=Sing|Person=1|PronType=Prs"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 19, "punct", ""),
    ("said", "say", "VERB", 11, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("woman", "woman", "NOUN", 19, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 23, "punct", ""),
    ("Fatima", "Fatima", "PROPN", 21, "conj", "Number=Sing"),
    ("Abdullahi", "Abdullahi", "PROPN", 21, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 26, "punct", ""),
    ("29", "29", "NUM", 21, "conj", "NumForm=Digit|NumType=Card"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# Alhaji Bashir Tukur , the district head of Gwale , urged parents on Rahama FM on Tuesday to ignore what he called " lies spread by people who do not love our children , " and said he had brought his own grandson to be vaccinated .
TUKUR: list[FeatRow] = [
    ("Alhaji", "Alhaji", "PROPN", 2, "compound", "Number=Sing"),
    ("Bashir", "Bashir", "PROPN", 2, "compound", "Number=Sing"),
    ("Tukur", "Tukur", "PROPN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("district", "district", "NOUN", 6, "compound", "Number=Sing"),
    ("head", "head", "NOUN", 2, "appos", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("Gwale", "Gwale", "PROPN", 6, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("urged", "urge", "VERB", 11, "amod", "Person=3|Tense=Past|VerbForm=Fin"),
    ("parents", "parent", "NOUN", 6, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Rahama", "Rahama", "PROPN", 14, "compound", "Number=Sing"),
    ("FM", "FM", "PROPN", 11, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 16, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 14, "nmod", "Number=Sing"),
    ("to", "to", "PART", 18, "mark", ""),
    ("ignore", "ignore", "VERB", 11, "acl", "VerbForm=Inf"),
    ("what", "what", "PRON", 18, "obj", "PronType=Rel"),
    ("he", "he", "PRON", 21, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("called", "call", "VERB", 19, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 23, "punct", ""),
    ("lies", "lie", "VERB", 21, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("spread", "spread", "VERB", 23, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 26, "case", ""),
    ("people", "person", "NOUN", 24, "obl:agent", "Number=Plur"),
    ("who", "who", "PRON", 30, "nsubj", "PronType=Rel"),
    ("do", "do", "AUX", 30, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 30, "advmod", "Polarity=Neg"),
    ("love", "love", "VERB", 26, "acl:relcl", "VerbForm=Inf"),
    ("our", "our", "PRON", 32, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("children", "child", "NOUN", 30, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 36, "punct", ""),
    ('"', '"', "PUNCT", 36, "punct", ""),
    ("and", "and", "CCONJ", 36, "cc", ""),
    ("said", "say", "VERB", 23, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 39, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 39, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("brought", "bring", "VERB", 36, "ccomp", "Tense=Past|VerbForm=Part"),
    ("his", "his", "PRON", 42, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("own", "own", "ADJ", 42, "amod", "Degree=Pos"),
    ("grandson", "grandson", "NOUN", 39, "obj", "Number=Sing"),
    ("to", "to", "PART", 45, "mark", ""),
    ("be", "be", "AUX", 45, "aux:pass", "VerbForm=Inf"),
    ("vaccinated", "vaccinate", "VERB", 39, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Speaking to BBC Radio 4 's Today programme after the verdict , Olufemi Bankole , whose catering company in Peckham lost £ 410,000 , said : " I trusted that bank with everything we had . "
BANKOLE: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 24, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("BBC", "BBC", "PROPN", 3, "compound", "Number=Sing"),
    ("Radio", "Radio", "PROPN", 0, "obl", "Number=Sing"),
    ("4", "4", "NUM", 3, "flat", "NumForm=Digit|NumType=Card"),
    ("'s", "'s", "PART", 4, "case", ""),
    ("Today", "today", "NOUN", 7, "compound", "Number=Sing"),
    ("programme", "programme", "NOUN", 0, "obl", "Number=Sing"),
    ("after", "after", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("verdict", "verdict", "NOUN", 7, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("Olufemi", "Olufemi", "PROPN", 10, "appos", "Number=Sing"),
    ("Bankole", "Bankole", "PROPN", 10, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 20, "punct", ""),
    ("whose", "whose", "DET", 17, "det", "PronType=Int"),
    ("catering", "catering", "VERB", 17, "amod", "VerbForm=Ger"),
    ("company", "company", "NOUN", 20, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 19, "case", ""),
    ("Peckham", "Peckham", "PROPN", 17, "nmod", "Number=Sing"),
    ("lost", "lose", "VERB", 24, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("£", "£", "SYM", 20, "obj", ""),
    ("410,000", "410000", "NUM", 21, "nummod", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (":", ":", "PUNCT", 28, "punct", ""),
    ('"', '"', "PUNCT", 28, "punct", ""),
    ("I", "I", "PRON", 28, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("trusted", "trust", "VERB", 24, "ccomp", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
    ("that", "that", "DET", 30, "det", "Number=Sing|PronType=Dem"),
    ("bank", "bank", "NOUN", 28, "obj", "Number=Sing"),
    ("with", "with", "ADP", 32, "case", ""),
    ("everything", "everything", "PRON", 30, "nmod", "Number=Sing|PronType=Ind"),
    ("we", "we", "PRON", 34, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("had", "have", "VERB", 32, "acl:relcl", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 24, "punct", ""),
    ('"', '"', "PUNCT", 28, "punct", ""),
]

# On Tuesday , at the camp on the island of Lesbos , Abdullah Zahed , 25 , and his wife , Breshna Alawee , 27 , practically pleaded for understanding .
COUPLE: list[FeatRow] = [
    ("On", "on", "ADP", 1, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 27, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("at", "at", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("camp", "camp", "NOUN", 27, "obl", "Number=Sing"),
    ("on", "on", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("island", "island", "NOUN", 5, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("Lesbos", "Lesbos", "PROPN", 8, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("Abdullah", "Abdullah", "PROPN", 10, "conj", "Number=Sing"),
    ("Zahed", "Zahed", "PROPN", 10, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("25", "25", "NUM", 10, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 19, "punct", ""),
    ("and", "and", "CCONJ", 19, "cc", ""),
    ("his", "his", "PRON", 19, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("wife", "wife", "NOUN", 10, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 22, "punct", ""),
    ("Breshna", "Breshna", "PROPN", 22, "compound", "Number=Sing"),
    ("Alawee", "Alawee", "PROPN", 19, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 24, "punct", ""),
    ("27", "27", "NUM", 22, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("practically", "practically", "ADV", 27, "advmod", ""),
    ("pleaded", "plead", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 29, "case", ""),
    ("understanding", "understanding", "NOUN", 27, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 27, "punct", ""),
]

# Having fled Afghanistan in early March , the couple worried that the Brussels attacks would further harden European attitudes toward migrants .
COUPLE_2: list[FeatRow] = [
    ("Having", "have", "AUX", 1, "aux", "Tense=Pres|VerbForm=Part"),
    ("fled", "flead", "VERB", 9, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Afghanistan", "Afghanistan", "PROPN", 1, "obj", "Number=Sing"),
    ("in", "in", "ADP", 5, "case", ""),
    ("early", "early", "ADJ", 5, "amod", "Degree=Pos"),
    ("March", "March", "PROPN", 1, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("couple", "couple", "NOUN", 9, "nsubj", "Number=Sing"),
    ("worried", "worry", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Brussels", "Brussels", "PROPN", 13, "compound", "Number=Plur"),
    ("attacks", "attack", "NOUN", 16, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("further", "far", "ADV", 16, "advmod", ""),
    ("harden", "harden", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("European", "European", "ADJ", 18, "amod", "Degree=Pos"),
    ("attitudes", "attitude", "NOUN", 16, "obj", "Number=Plur"),
    ("toward", "toward", "ADP", 20, "case", ""),
    ("migrants", "migrant", "NOUN", 18, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 9, "punct", ""),
]


# The deal is the largest in the sector , according to data compiled by the consultancy FreightPulse .
COMPILED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("largest", "large", "ADJ", -1, "root", "Degree=Sup"),
    ("in", "in", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("sector", "sector", "NOUN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("according", "accord", "VERB", 12, "mark", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 12, "mark", ""),
    ("data", "data", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("compiled", "compil", "VERB", 4, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("consultancy", "consultancy", "NOUN", 16, "compound", "Number=Sing"),
    ("FreightPulse", "FreightPulse", "PROPN", 12, "obl:agent", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Trump gave his blessing , according to court documents reported previously by The Post .
REPORTED_BY: list[FeatRow] = [
    ("Trump", "Trump", "PROPN", 1, "nsubj", "Number=Sing"),
    ("gave", "give", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 3, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("blessing", "blessing", "NOUN", 1, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("according", "accord", "VERB", 9, "mark", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 9, "mark", ""),
    ("court", "court", "NOUN", 8, "compound", "Number=Sing"),
    ("documents", "document", "NOUN", 9, "nsubj:pass", "Number=Plur"),
    ("reported", "report", "VERB", 1, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("previously", "previously", "ADV", 9, "advmod", "Degree=Pos"),
    ("by", "by", "ADP", 13, "case", ""),
    ("The", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Post", "Post", "PROPN", 9, "obl:agent", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# Climate scientists Farhan Qadri and Lucia Benedetti wrote in a study published last year that heat waves had become more likely .
SCIENTISTS: list[FeatRow] = [
    ("Climate", "climate", "NOUN", 1, "compound", "Number=Sing"),
    ("scientists", "scientist", "NOUN", 3, "compound", "Number=Plur"),
    ("Farhan", "Farhan", "PROPN", 3, "compound", "Number=Sing"),
    ("Qadri", "Qadri", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("Lucia", "Lucia", "PROPN", 3, "conj", "Number=Sing"),
    ("Benedetti", "Benedetti", "PROPN", 3, "flat", "Number=Sing"),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("study", "study", "NOUN", 7, "obl", "Number=Sing"),
    ("published", "publish", "VERB", 13, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("last", "last", "ADJ", 13, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 7, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("heat", "heat", "NOUN", 16, "compound", "Number=Sing"),
    ("waves", "wave", "NOUN", 18, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("become", "become", "VERB", 13, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("more", "more", "ADV", 20, "advmod", "Degree=Cmp"),
    ("likely", "likely", "ADV", 18, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# The two scientists also warned that cities were poorly prepared .
SCIENTISTS_2: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("scientists", "scientist", "NOUN", 4, "nsubj", "Number=Plur"),
    ("also", "also", "ADV", 4, "advmod", ""),
    ("warned", "warn", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("cities", "city", "NOUN", 9, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 9, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("poorly", "poorly", "ADV", 9, "advmod", ""),
    ("prepared", "prepare", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The brass plaque hung in a gallery of the Calloway Museum of Art .
MUSEUM: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("brass", "brass", "NOUN", 2, "compound", "Number=Sing"),
    ("plaque", "plaque", "NOUN", 3, "nsubj", "Number=Sing"),
    ("hung", "hang", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("gallery", "gallery", "NOUN", 3, "obl", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Calloway", "Calloway", "PROPN", 10, "compound", "Number=Sing"),
    ("Museum", "Museum", "PROPN", 6, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("Art", "Art", "PROPN", 10, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# In a statement , the museum said it would keep high - resolution scans of the objects .
MUSEUM_SAID: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 6, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("museum", "museum", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 9, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("keep", "keep", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("high", "high", "ADJ", 12, "amod", "Degree=Pos"),
    ("-", "-", "PUNCT", 10, "punct", ""),
    ("resolution", "resolution", "NOUN", 13, "compound", "Number=Sing"),
    ("scans", "scan", "NOUN", 9, "obj", "Number=Plur"),
    ("of", "of", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("objects", "object", "NOUN", 13, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Scientists say storms of this intensity are becoming more common .
GENERIC: list[FeatRow] = [
    ("Scientists", "scientist", "NOUN", 1, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("storms", "storm", "NOUN", 1, "obj", "Number=Plur"),
    ("of", "of", "ADP", 5, "case", ""),
    ("this", "this", "DET", 5, "det", "Number=Sing|PronType=Dem"),
    ("intensity", "intensity", "NOUN", 2, "nmod", "Number=Sing"),
    ("are", "be", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("becoming", "become", "VERB", 1, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("more", "more", "ADV", 9, "advmod", "Degree=Cmp"),
    ("common", "common", "ADJ", 7, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# Southern Cross Terminals , which handles roughly a third of the country 's container trade , said the union 's demands would add more than Aus$ 90 million ( US$ 58 million ) a year to its costs and that it had offered a pay rise of 12 percent over four years .
SCT: list[FeatRow] = [
    ("Southern", "Southern", "ADJ", 2, "amod", "Degree=Pos"),
    ("Cross", "Cross", "PROPN", 2, "compound", "Number=Sing"),
    ("Terminals", "terminal", "PROPN", 16, "nsubj", "Number=Plur"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("which", "which", "PRON", 5, "nsubj", "PronType=Rel"),
    ("handles", "handle", "VERB", 16, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("roughly", "roughly", "ADV", 5, "advmod", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("third", "third", "ADJ", 5, "obj", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("of", "of", "ADP", 14, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 14, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 11, "case", ""),
    ("container", "container", "NOUN", 14, "compound", "Number=Sing"),
    ("trade", "trade", "NOUN", 8, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 20, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 18, "case", ""),
    ("demands", "demand", "NOUN", 22, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 22, "aux", "VerbForm=Fin"),
    ("add", "add", "VERB", 16, "ccomp", "VerbForm=Inf"),
    ("more", "more", "ADV", 22, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 25, "case", ""),
    ("Aus$", "Aus$", "PROPN", 22, "obl", "Number=Sing"),
    ("90", "90", "NUM", 25, "flat", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 25, "flat", "NumForm=Word|NumType=Card"),
    ("(", "(", "PUNCT", 29, "punct", ""),
    ("US$", "US$", "PROPN", 27, "appos", "Number=Sing"),
    ("58", "58", "NUM", 29, "flat", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 29, "flat", "NumForm=Word|NumType=Card"),
    (")", ")", "PUNCT", 29, "punct", ""),
    ("a", "a", "DET", 34, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 22, "obl:unmarked", "Number=Sing"),
    ("to", "to", "ADP", 37, "case", ""),
    ("its", "its", "PRON", 37, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("costs", "cost", "NOUN", 34, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 42, "cc", ""),
    ("that", "that", "SCONJ", 42, "mark", ""),
    ("it", "it", "PRON", 42, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 42, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("offered", "offer", "VERB", 22, "conj", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 45, "det", "Definite=Ind|PronType=Art"),
    ("pay", "pay", "NOUN", 45, "compound", "Number=Sing"),
    ("rise", "rise", "NOUN", 42, "obj", "Number=Sing"),
    ("of", "of", "ADP", 48, "case", ""),
    ("12", "12", "NUM", 48, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 45, "nmod", "Number=Sing"),
    ("over", "over", "ADP", 51, "case", ""),
    ("four", "four", "NUM", 51, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 42, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 16, "punct", ""),
]


# The company said the demands would add costs and that it had offered a raise .
ADD_COSTS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("demands", "demand", "NOUN", 6, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("add", "add", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("costs", "cost", "NOUN", 6, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("it", "it", "PRON", 12, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("offered", "offer", "VERB", 6, "conj", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("raise", "raise", "NOUN", 12, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# A ceasefire between the Euphrates Defence Forces and tribal fighters could be signed soon , a mediator said .
EDF_LEDE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("ceasefire", "ceasefire", "NOUN", 17, "ccomp", "Number=Sing"),
    ("between", "between", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Euphrates", "Euphrate", "PROPN", 6, "compound", "Number=Plur"),
    ("Defence", "Defence", "PROPN", 6, "compound", "Number=Sing"),
    ("Forces", "Force", "PROPN", 1, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 9, "cc", ""),
    ("tribal", "tribal", "ADJ", 9, "amod", "Degree=Pos"),
    ("fighters", "fighter", "NOUN", 6, "conj", "Number=Plur"),
    ("could", "could", "AUX", 12, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("signed", "sign", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("soon", "soon", "ADV", 12, "advmod", "Degree=Pos"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("mediator", "mediator", "NOUN", 17, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 17, "punct", ""),
]

# The EDF said in a statement that it remained committed .
EDF_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("EDF", "EDF", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 8, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 8, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("remained", "remain", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("committed", "commit", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Councilmember Harold Brisco , whose ward includes the rail yard , was among the four who wanted to vote Tuesday .
COUNCILMEMBER: list[FeatRow] = [
    ("Councilmember", "Councilmember", "PROPN", 2, "compound", "Number=Sing"),
    ("Harold", "Harold", "PROPN", 2, "compound", "Number=Sing"),
    ("Brisco", "Brisco", "PROPN", 14, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("whose", "whose", "PRON", 5, "nmod:poss", "PronType=Rel"),
    ("ward", "ward", "NOUN", 6, "nsubj", "Number=Sing"),
    ("includes", "include", "VERB", 14, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("rail", "rail", "NOUN", 9, "compound", "Number=Sing"),
    ("yard", "yard", "NOUN", 6, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("was", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("among", "among", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("four", "four", "NUM", -1, "root", "NumForm=Word|NumType=Card"),
    ("who", "who", "PRON", 16, "nsubj", "PronType=Rel"),
    ("wanted", "want", "VERB", 14, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 18, "mark", ""),
    ("vote", "vote", "VERB", 16, "xcomp", "VerbForm=Inf"),
    ("Tuesday", "Tuesday", "PROPN", 18, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# " This is the best thing to happen , " the councilman said .
COUNCILMAN: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("This", "this", "PRON", 5, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("best", "good", "ADJ", 5, "amod", "Degree=Sup"),
    ("thing", "thing", "NOUN", 12, "ccomp", "Number=Sing"),
    ("to", "to", "PART", 7, "mark", ""),
    ("happen", "happen", "VERB", 5, "acl", "VerbForm=Inf"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("councilman", "councilman", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 12, "punct", ""),
]


# Sky Sports News reported , citing sources at both clubs , that the gap between the two valuations had narrowed .
CITING_PLACE: list[FeatRow] = [
    ("Sky", "Sky", "PROPN", 2, "compound", "Number=Sing"),
    ("Sports", "Sports", "PROPN", 2, "compound", "Number=Plur"),
    ("News", "News", "PROPN", 3, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("citing", "cite", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("sources", "source", "NOUN", 5, "obj", "Number=Plur"),
    ("at", "at", "ADP", 9, "case", ""),
    ("both", "both", "DET", 9, "det", "PronType=Ind"),
    ("clubs", "club", "NOUN", 5, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 19, "punct", ""),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("gap", "gap", "NOUN", 19, "nsubj", "Number=Sing"),
    ("between", "between", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 17, "nummod", "NumForm=Word|NumType=Card"),
    ("valuations", "valuation", "NOUN", 13, "nmod", "Number=Plur"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("narrowed", "narrow", "VERB", 3, "conj", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# The survivors ' accounts could not be independently verified .
SURVIVORS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("survivors", "survivor", "NOUN", 3, "nmod:poss", "Number=Plur"),
    ("'", "'s", "PART", 1, "case", ""),
    ("accounts", "account", "NOUN", 8, "nsubj:pass", "Number=Plur"),
    ("could", "could", "AUX", 8, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 8, "aux:pass", "VerbForm=Inf"),
    ("independently", "independently", "ADV", 8, "advmod", ""),
    ("verified", "verify", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Some said the smugglers had forced passengers to board at gunpoint .
SURVIVORS_2: list[FeatRow] = [
    ("Some", "some", "DET", 1, "nsubj", "PronType=Ind"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("smugglers", "smuggler", "NOUN", 5, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("forced", "force", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("passengers", "passenger", "NOUN", 5, "obj", "Number=Plur"),
    ("to", "to", "PART", 8, "mark", ""),
    ("board", "board", "VERB", 5, "advcl", "VerbForm=Inf"),
    ("at", "at", "ADP", 10, "case", ""),
    ("gunpoint", "gunpoint", "NOUN", 8, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Others said the boat had been taking on water almost from the start .
SURVIVORS_3: list[FeatRow] = [
    ("Others", "other", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("boat", "boat", "NOUN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 6, "aux", "Tense=Past|VerbForm=Part"),
    ("taking", "take", "VERB", 1, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 8, "case", ""),
    ("water", "water", "NOUN", 6, "obl", "Number=Sing"),
    ("almost", "almost", "ADV", 12, "advmod", ""),
    ("from", "from", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("start", "start", "NOUN", 6, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Rohan Mehta , a senior fellow at the Centre for Digital Markets Policy , a Brussels think tank , told The Associated Press that the ruling fitted a pattern .
THINK_TANK: list[FeatRow] = [
    ("Rohan", "Rohan", "PROPN", 1, "compound", "Number=Sing"),
    ("Mehta", "Mehta", "PROPN", 19, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 5, "amod", "Degree=Pos"),
    ("fellow", "fellow", "NOUN", 19, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Centre", "Centre", "PROPN", 5, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 12, "case", ""),
    ("Digital", "digital", "ADJ", 12, "amod", "Degree=Pos"),
    ("Markets", "Market", "PROPN", 12, "compound", "Number=Plur"),
    ("Policy", "Policy", "PROPN", 8, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("Brussels", "Brussels", "PROPN", 17, "compound", "Number=Sing"),
    ("think", "think", "NOUN", 17, "compound", "Number=Sing"),
    ("tank", "tank", "NOUN", 12, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("Associated", "Associated", "VERB", 22, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Press", "press", "NOUN", 19, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("ruling", "ruling", "NOUN", 26, "nsubj", "Number=Sing"),
    ("fitted", "fit", "VERB", 22, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 28, "det", "Definite=Ind|PronType=Art"),
    ("pattern", "pattern", "NOUN", 26, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 19, "punct", ""),
]

# Tunisia 's national guard said it had recovered the bodies of nine people .
NATIONAL_GUARD: list[FeatRow] = [
    ("Tunisia", "Tunisia", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 0, "case", ""),
    ("national", "national", "ADJ", 3, "amod", "Degree=Pos"),
    ("guard", "guard", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("recovered", "recover", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("bodies", "body", "NOUN", 7, "obj", "Number=Plur"),
    ("of", "of", "ADP", 12, "case", ""),
    ("nine", "nine", "NUM", 12, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 9, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


# In Lucknow , the capital of Uttar Pradesh , residents of several older neighbourhoods said power had been cut for up to eight hours a day .
LUCKNOW: list[FeatRow] = [
    ("In", "in", "ADP", 1, "case", ""),
    ("Lucknow", "Lucknow", "PROPN", 14, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("capital", "capital", "NOUN", 14, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("Uttar", "Uttar", "PROPN", 7, "compound", "Number=Sing"),
    ("Pradesh", "Pradesh", "PROPN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("residents", "resident", "NOUN", 4, "conj", "Number=Plur"),
    ("of", "of", "ADP", 13, "case", ""),
    ("several", "several", "ADJ", 13, "amod", "Degree=Pos"),
    ("older", "old", "ADJ", 13, "amod", "Degree=Cmp"),
    ("neighbourhoods", "neighbourhood", "NOUN", 9, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("power", "power", "NOUN", 18, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 18, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("cut", "cut", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 20, "case", ""),
    ("up", "up", "ADP", 18, "obl", ""),
    ("to", "to", "ADP", 23, "case", ""),
    ("eight", "eight", "NUM", 23, "nummod", "NumForm=Word|NumType=Card"),
    ("hours", "hour", "NOUN", 18, "obl", "Number=Plur"),
    ("a", "a", "DET", 25, "det", "Definite=Ind|PronType=Art"),
    ("day", "day", "NOUN", 18, "obl:unmarked", "Number=Sing"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# Several voters leaving the polling place at Grace Lutheran Church said the water problems had decided their votes .
VOTERS: list[FeatRow] = [
    ("Several", "several", "ADJ", 1, "amod", "Degree=Pos"),
    ("voters", "voter", "NOUN", 10, "nsubj", "Number=Plur"),
    ("leaving", "leave", "VERB", 10, "advcl", "VerbForm=Ger"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("polling", "polling", "NOUN", 5, "compound", "Number=Sing"),
    ("place", "place", "NOUN", 2, "obj", "Number=Sing"),
    ("at", "at", "ADP", 9, "case", ""),
    ("Grace", "Grace", "PROPN", 9, "compound", "Number=Sing"),
    ("Lutheran", "Lutheran", "PROPN", 9, "compound", "Number=Sing"),
    ("Church", "Church", "PROPN", 5, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 13, "compound", "Number=Sing"),
    ("problems", "problem", "NOUN", 15, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("decided", "decide", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("their", "their", "PRON", 17, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("votes", "vote", "NOUN", 15, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


def test_a_noun_phrase_after_a_fronted_participles_asides_is_the_speaker_not_the_aside():
    result = resolve([[KCUR]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.text == "a grain elevator manager in Meade County"
    assert q.via is not None and q.via.name == "KCUR"


def test_a_call_sign_told_is_the_outlet_the_statement_came_through():
    [q] = resolve([[WBUR]]).quotes
    assert q.speaker is not None and q.speaker.text == "Tom Reyes"
    assert q.via is not None and (q.via.name, q.via.known) == ("WBUR", False)


def test_what_a_film_cost_is_reported_speech():
    [q] = resolve([[FILM_COST]]).quotes
    assert q.text.startswith("that the film cost about $ 62 million")
    assert q.speaker is not None and q.speaker.text == "The studio"


def test_a_portfolio_joined_by_and_before_a_title_is_one_persons_title():
    [q] = resolve([[BECERRA]]).quotes
    assert q.speaker is not None and q.speaker.name == "Xavier Becerra"
    assert q.speaker.role == "Health and Human Services Secretary"
    [q] = resolve([[DVORAKOVA]]).quotes
    assert q.speaker is not None and q.speaker.name == "Marketa Dvorakova"
    assert q.speaker.role == "Labour and Social Affairs Minister"


def test_a_name_before_the_and_stays_a_person_of_its_own():
    # Roe and Health Secretary Tom Doe said the plan works .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 6, "nsubj"),
        ("and", "and", "CCONJ", 5, "cc"),
        ("Health", "Health", "PROPN", 3, "compound"),
        ("Secretary", "Secretary", "PROPN", 5, "compound"),
        ("Tom", "Tom", "PROPN", 5, "compound"),
        ("Doe", "Doe", "PROPN", 0, "conj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("works", "work", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None and "Health and" not in (q.speaker.role or "")


def test_a_past_tense_verb_read_as_a_modifier_after_the_first_object_opens_the_clause():
    [q] = resolve([[OFFER]]).quotes
    assert q.text.startswith("the system 's latest offer included raises")
    assert q.speaker is not None and q.speaker.text == "A hospital spokeswoman"


def test_a_system_is_a_body_and_a_hospital_spokeswoman_speaks_for_the_health_body():
    first, short, spokeswoman = resolve([[KEYSTONE], [KEYSTONE_SHORT], [SPOKESWOMAN]]).quotes
    for q in (first, short, spokeswoman):
        assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Keystone Unity Health", "organization")


def test_a_name_hung_on_a_fronted_phrase_is_a_person_a_pronoun_can_take():
    result = resolve([[KEYSTONE_SHORT], [FUENTES, SHE_ASKED]])
    q = next(q for q in result.quotes if q.text.startswith("she had asked"))
    assert q.speaker is not None and q.speaker.name == "Alondra Fuentes"


HILLARY: list[Row] = [
    ("Hillary", "Hillary", "PROPN", 1, "compound"),
    ("Clinton", "Clinton", "PROPN", 2, "nsubj"),
    ("campaigned", "campaign", "VERB", -1, "root"),
    (".", ".", "PUNCT", 2, "punct"),
]
BILL: list[Row] = [
    ("President", "President", "PROPN", 2, "compound"),
    ("Bill", "Bill", "PROPN", 2, "compound"),
    ("Clinton", "Clinton", "PROPN", 3, "nsubj"),
    ("said", "say", "VERB", -1, "root"),
    ("the", "the", "DET", 5, "det"),
    ("race", "race", "NOUN", 6, "nsubj"),
    ("tightened", "tighten", "VERB", 3, "ccomp"),
    (".", ".", "PUNCT", 3, "punct"),
]


def test_a_courtesy_title_and_a_given_name_of_another_gender_are_two_people():
    # Hillary Clinton campaigned . | President Bill Clinton said the race tightened . | Mrs. Clinton said the plan works .
    said: list[Row] = [
        ("Mrs.", "Mrs.", "PROPN", 1, "compound"),
        ("Clinton", "Clinton", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    result = resolve([[HILLARY], [BILL], [said]])
    q = result.quotes[-1]
    assert q.speaker is not None and q.speaker.name == "Hillary Clinton"
    assert all(m.text != "Mrs. Clinton" for e in result.entities if e.name == "Bill Clinton" for m in e.mentions)


def _speaker(rows: list[FeatRow], *before: list[FeatRow]) -> tuple[str, str, str]:
    q = resolve([[list(b)] for b in before] + [[rows]]).quotes[-1]
    assert q.speaker is not None
    return q.speaker.text, q.speaker.anonymity, q.speaker.reason or ""


def test_a_noun_phrase_after_and_that_runs_up_to_the_verb_is_its_subject_not_a_conjunct():
    for rows in (OFFICIAL, OFFICIAL_SHORT):
        text, anonymity, reason = _speaker(rows)
        assert (text, anonymity) == ("a senior coalition official", "anonymous-with-reason")
        assert "confidential" in reason
    # (a phrase with a preposition is no subject: "..., but for society at large, argued Roe")
    assert _speaker(SOCIETY)[0] == "Palvetzian"


def test_an_age_makes_a_trade_beside_a_name_a_persons():
    q = resolve([[OPERATOR]]).quotes[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Zdenek Kubicek", "person")


def test_a_confederation_is_a_body():
    q = resolve([[CONFEDERATION]]).quotes[0]
    assert q.speaker is not None and q.speaker.type == "organization"


def test_according_to_people_familiar_set_off_after_an_object_is_the_clauses_source():
    for rows in (ALMANSA_WHEN, FAMILIAR):
        q = resolve([[rows]]).quotes[0]
        assert q.speaker is not None and q.speaker.text == "people familiar with the negotiations"
        assert "rejected a third offer" in q.text


def test_a_coordinator_after_a_comma_is_no_part_of_the_description_before_a_name():
    q = resolve([[AGENT, AGENT_SAID]]).quotes[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Wanderley Souza", "his agent")


def test_a_radio_station_named_after_its_kind_is_the_outlet():
    q = resolve([[AGENT_SAID]]).quotes[0]
    assert q.via is not None and q.via.name == "Cadena SER"


def test_an_apposition_with_a_relative_clause_inside_its_phrase_is_the_names():
    q = resolve([[CARDIOLOGIST]]).quotes[0]
    assert q.speaker is not None and q.speaker.name == "Raghunathan"


def test_researchers_reporting_before_but_and_a_clause_of_its_own_are_the_speaker():
    q = resolve([[TRIAL]]).quotes[0]
    assert q.speaker is not None and q.speaker.text.startswith("researchers")
    assert q.text.startswith("An experimental pill") and "patients developed" not in q.text


def test_the_two_parts_of_a_hyphenated_name_are_one_name_before_its_description():
    # (hand-built text spaces every word: the hyphen is glued back by offsets, as in "Nwosu-Hart")
    sent = sentence(NWOSU)
    k = next(w.index for w in sent.words if w.text == "-")
    first, dash, second = sent.words[k - 1 : k + 2]
    glued = [replace(dash, start=first.end, end=first.end + 1), replace(second, start=first.end + 1)]
    sent = Sentence(sent.words[:k] + glued + sent.words[k + 2 :], sent.start, sent.end, sent.text)
    assert _hyphenated_name_split(sent) == {second.index: (first.index, "flat"), k: (second.index, "punct")}
    # (spaced, they are two words: "Nwosu - Hart")
    assert _hyphenated_name_split(sentence(NWOSU)) == {}


def test_a_name_which_follows_is_a_bodys():
    q = resolve([[PRAIRIE]]).quotes[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Prairie Crest", "organization")


def test_a_name_joined_by_and_that_ends_in_enforcement_is_one_body():
    q = resolve([[ICE]]).quotes[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type) == ("U.S. Immigration and Customs Enforcement", "organization")


def test_a_description_set_off_before_a_name_with_its_of_phrase_names_the_person_described_before():
    first, second = resolve([[STEWARD, STEWARD_NAMED]]).quotes
    assert first.speaker is not None and first.speaker.name == "Dwayne Pickett"
    assert second.speaker is not None and second.speaker.entity == first.speaker.entity


def test_the_end_of_a_relative_clause_is_no_subject_of_the_clause_after_and():
    first, second = resolve([[FACEBOOK]]).quotes
    assert first.speaker is not None and first.speaker.text == "Some residents"
    assert second.speaker is not None and second.speaker.text.startswith("several people")
    assert second.speaker.anonymity == "anonymous"


def test_according_to_after_a_relative_clause_is_the_main_clauses_source_and_a_reader_is_no_author():
    [q] = resolve([[EXPANDED]]).quotes
    assert q.text.startswith("Alder State University has expanded")
    assert q.speaker is not None and q.speaker.name != "The Sentinel" and "Sentinel" not in q.speaker.name


def test_a_document_signed_by_a_person_is_the_persons():
    [q] = resolve([[SIGNED]]).quotes
    # (hand-built text spaces the hyphen, so the name reads "Harriet Oyelaran" here)
    assert q.speaker is not None and q.speaker.name.startswith("Harriet Oyelaran") and q.speaker.type == "person"
    assert (q.speaker.role or "").startswith("Title IX Coordinator")


def test_one_of_them_after_a_group_described_with_a_reason_is_one_of_the_group():
    q = resolve([[REPORTED], [MEMBERS], [ONE_OF_THEM]]).quotes[-1]
    assert q.speaker is not None and q.speaker.name.startswith("Three former members")
    assert q.speaker.anonymity == "anonymous-with-reason"


def test_a_participle_describing_a_noun_before_a_colon_is_no_cue():
    q = resolve([[GRANT, VIDEO]]).quotes[-1]
    assert q.speaker is not None and q.speaker.name == "Yolanda Grant"


def test_they_is_the_group_the_sentence_describes_and_the_group_is_never_he_later():
    they, he = resolve([[TRAEGER], [CAMPAIGN], [HE_SAID]]).quotes[1:]
    assert they.speaker is not None and they.speaker.name.startswith("Three former employees")
    assert he.speaker is not None and he.speaker.name == "Jeff Traeger"


def test_a_spanish_company_word_makes_a_body():
    q = resolve([[COMPANIA]]).quotes[0]
    assert q.speaker is not None and q.speaker.type == "organization"


def test_a_cue_thirty_words_after_the_quote_past_a_long_description_is_found():
    [q] = resolve([[MEDIATOR]]).quotes
    # (hand-built text spaces the name's hyphen: only where the speaker starts is checked)
    assert q.speaker is not None and q.speaker.text.startswith("Khalid bin Saad al")
    assert q.via is not None and q.via.name == "Reuters"


def test_researchers_report_read_as_a_noun_before_a_phrase_of_its_own_is_the_closing_cue():
    [q] = resolve([[RESEARCHERS]]).quotes
    assert q.text.startswith("Its light shows") and q.speaker is not None and q.speaker.text == "the researchers"
    # (not a noun with an "of" phrase: "a brother state of Azerbaijan")
    assert resolve([[BROTHER]]).quotes == []


def test_a_description_after_the_name_according_to_takes_is_no_statement():
    [q] = resolve([[COAUTHOR]]).quotes
    assert q.text.startswith("Follow - up spectra")
    assert q.speaker is not None and q.speaker.name == "Zhao Xinyi"


def test_a_run_of_plain_capitalised_words_set_off_by_an_institutions_noun_is_a_body():
    # ("Pacific" tagged an adjective at the start of the sentence: no person's name, still a body's)
    [q] = resolve([[UTILITY]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Pacific Cascade Power", "organization")


def test_a_malay_name_is_the_person_by_the_given_names_and_its_honours_are_no_name():
    first, later = resolve([[GOVERNOR], [GIVEN_NAMES]]).quotes
    assert first.speaker is not None and later.speaker is not None
    assert later.speaker.entity == first.speaker.entity and later.speaker.role == "Governor"


def test_a_role_word_tagged_an_adjective_with_an_owner_is_the_noun_the_name_describes():
    [q] = resolve([[COUNCIL]]).quotes
    assert q.speaker is not None and q.speaker.name == "Raj Subramaniam"
    assert q.speaker.role == "council 's chief executive"


def test_a_name_the_parse_split_between_an_apposition_and_a_conjunct_is_one_speaker_of_two():
    result = resolve([[DEPUTY]])
    [q] = result.quotes
    assert q.speaker is not None and len(q.speaker.entities) == 2
    tapsell = next(e for e in result.entities if e.name == "Mereana Tapsell")
    assert [r.text for r in tapsell.roles] == ["his deputy"]
    assert not any(m.text.startswith("and ") for m in tapsell.mentions)  # (the name's phrase, not the coordination)


def test_a_surname_tagged_an_adverb_before_a_copula_is_the_persons_name():
    result = resolve([[DEPUTY], [TAPSELL]])
    assert any(m.text == "Tapsell" for e in result.entities if e.name == "Mereana Tapsell" for m in e.mentions)


def test_a_coast_guard_is_a_body_of_the_state_and_its_spokesman_speaks_for_it():
    quotes = resolve([[CG, CG_SPOKESMAN]]).quotes
    for q in quotes:
        assert q.speaker is not None and q.speaker.type == "organization"
        assert q.speaker.name == "The Italian coast guard"


def test_a_purpose_clause_the_parse_hung_on_the_cue_belongs_to_the_relative_clause_before_it():
    [q] = resolve([[MOTHER]]).quotes
    assert q.speaker is not None and q.speaker.text.startswith("a mother of three")


def test_a_name_read_as_two_conjuncts_after_a_description_is_one_name():
    [q] = resolve([[FATIMA, FATIMA_2]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Fatima Abdullahi", "person")


def test_a_finite_verb_read_as_a_modifier_is_the_main_verb_and_a_conjunct_after_a_quotation_is_its():
    quotes = resolve([[TUKUR]]).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Alhaji Bashir Tukur"] * 2
    assert quotes[-1].text.startswith("he had brought his own grandson")


def test_a_whose_clause_between_a_name_and_its_cue_describes_the_person():
    q = resolve([[BANKOLE]]).quotes[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Olufemi Bankole", "person")


def test_a_coordination_hung_on_a_fronted_phrase_is_the_subject_whole():
    first, second = resolve([[COUPLE, COUPLE_2]]).quotes
    for q in (first, second):
        assert q.speaker is not None and len(q.speaker.entities) == 2


def test_data_compiled_by_a_body_are_the_bodys_and_documents_a_paper_reported_are_not_the_papers():
    [q] = resolve([[COMPILED]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("FreightPulse", "organization")
    [q] = resolve([[REPORTED_BY]]).quotes
    assert q.speaker is not None and "Post" not in q.speaker.name


def test_the_two_scientists_are_the_two_named_by_that_noun_in_the_sentence_before():
    first, second = resolve([[SCIENTISTS, SCIENTISTS_2]]).quotes
    assert second.speaker is not None and first.speaker is not None
    assert len(second.speaker.entities) == 2 and set(second.speaker.entities) >= set(first.speaker.entities)


def test_the_museum_is_the_museum_named_before():
    [q] = resolve([[MUSEUM], [MUSEUM_SAID]]).quotes
    assert q.speaker is not None and q.speaker.type == "organization" and "Calloway Museum" in q.speaker.name


def test_scientists_say_is_a_generic_class():
    [q] = resolve([[GENERIC]]).quotes
    assert q.speaker is not None and q.speaker.anonymity == "vague"


def test_a_subject_a_which_clause_follows_is_a_body_even_when_no_persons_name():
    q = resolve([[SCT]]).quotes[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Southern Cross Terminals", "organization")


def test_a_second_that_clause_is_the_outer_cues_when_the_inner_verb_acts_on_an_object():
    # ("add" with its object "costs" says nothing; the second clause is the company's second report)
    [q] = resolve([[ADD_COSTS]]).quotes
    assert q.text.endswith("that it had offered a raise") and q.speaker is not None and q.speaker.text == "The company"


def test_an_acronym_is_the_name_written_before_it_whose_initials_spell_it_brackets_or_none():
    q = resolve([[EDF_LEDE], [EDF_SAID]]).quotes[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Euphrates Defence Forces", "organization")


def test_councilmember_is_a_title_and_the_councilman_its_holder():
    [q] = resolve([[COUNCILMEMBER], [COUNCILMAN]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Harold Brisco", "Councilmember")


def test_the_place_after_what_a_citing_verb_cites_describes_the_sources():
    [q] = resolve([[CITING_PLACE]]).quotes
    assert q.speaker is not None and q.speaker.text == "sources at both clubs" and q.speaker.anonymity == "anonymous"
    assert q.via is not None and q.via.name == "Sky Sports"


def test_some_and_others_right_after_a_group_is_named_are_of_that_group():
    # (the sources spec: "others" meaning the other interviewed workers are anonymous, not vague)
    some, others = resolve([[SURVIVORS, SURVIVORS_2, SURVIVORS_3]]).quotes
    for q in (some, others):
        assert q.speaker is not None and q.speaker.anonymity == "anonymous"


def test_a_think_tank_thinks_nothing():
    [q] = resolve([[THINK_TANK]]).quotes
    assert q.speaker is not None and q.speaker.name == "Rohan Mehta"


def test_a_national_guard_is_a_body_of_the_state():
    [q] = resolve([[NATIONAL_GUARD]]).quotes
    assert q.speaker is not None and q.speaker.type == "organization"


def test_a_phrase_set_off_after_a_fronted_place_describes_the_place_and_the_conjunct_after_it_speaks():
    [q] = resolve([[LUCKNOW]]).quotes
    assert q.speaker is not None and q.speaker.text.startswith("residents of several older neighbourhoods")


def test_a_participle_right_after_the_subject_places_the_people_it_describes():
    [q] = resolve([[VOTERS]]).quotes
    assert q.speaker is not None and q.speaker.anonymity == "anonymous"  # (not a loose class: "vague")
