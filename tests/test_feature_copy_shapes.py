"""Shapes from the fresh articles of session 41 (sets G and H of session 40, which that session
held out, and the new sets K, L, M, N), each named by its test; docs/entities.md (rows marked
session 41) gives the module that reads each. Every test here failed on the code without its
change (checked by stashing the change when the test was added), but one guard, which fails
without its guard instead (test_a_relative_clause_read_as_the_report_takes_no_subject_from_the_cue).
No model needed: the trees the
shipped parser gave for these invented sentences; "##word" follows the word before with no
space (the tokenizer's own spacing)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve
from test_wire_copy_shapes import _speaker

# Bergen-based Halvorsen Marine Recovery says it found the wreck outside Mauritanian waters.
HALVORSEN: list[FeatRow] = [
    ("Bergen", "Bergen", "PROPN", 6, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 0, "punct", ""),
    ("##based", "based", "ADJ", 5, "amod", "Degree=Pos"),
    ("Halvorsen", "Halvorsen", "PROPN", 5, "compound", "Number=Sing"),
    ("Marine", "Marine", "ADJ", 5, "amod", "Degree=Pos"),
    ("Recovery", "recovery", "PROPN", 6, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("it", "it", "PRON", 8, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("found", "find", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("wreck", "wreck", "NOUN", 8, "obj", "Number=Sing"),
    ("outside", "outside", "ADP", 13, "case", ""),
    ("Mauritanian", "mauritanian", "ADJ", 13, "amod", "Degree=Pos"),
    ("waters", "water", "NOUN", 8, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# The London syndicate Wexford Marine said in a statement that the claim was fair.
WEXFORD: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("London", "London", "PROPN", 2, "compound", "Number=Sing"),
    ("syndicate", "syndicate", "NOUN", 4, "compound", "Number=Sing"),
    ("Wexford", "Wexford", "PROPN", 4, "compound", "Number=Sing"),
    ("Marine", "Marine", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("claim", "claim", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 8, "acl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Rotich's coach, the Italian Paolo Ferraresi, told reporters that he had never seen any sign of doping.
FERRARESI: list[FeatRow] = [
    ("Rotich", "Rotich", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("coach", "coach", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Italian", "Italian", "ADJ", 7, "amod", "Degree=Pos"),
    ("Paolo", "Paolo", "PROPN", 7, "compound", "Number=Sing"),
    ("Ferraresi", "Ferraresi", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 9, "iobj", "Number=Plur"),
    ("that", "that", "PRON", 15, "mark", "PronType=Rel"),
    ("he", "he", "PRON", 15, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("never", "never", "ADV", 15, "advmod", "PronType=Neg"),
    ("seen", "see", "VERB", 10, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("any", "any", "DET", 17, "det", "PronType=Ind"),
    ("sign", "sign", "NOUN", 15, "obj", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("doping", "doping", "NOUN", 17, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# "I know what her blood tests looked like," the coach said.
THE_COACH: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##I", "I", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("know", "know", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("what", "what", "PRON", 2, "obj", "PronType=Rel"),
    ("her", "her", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("blood", "blood", "NOUN", 6, "compound", "Number=Sing"),
    ("tests", "test", "NOUN", 7, "nsubj", "Number=Plur"),
    ("looked", "look", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("like", "like", "ADP", 7, "compound:prt", ""),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("coach", "coach", "NOUN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# BEIJING/BRUSSELS, June 5 (Reuters) - China said on Thursday it would take "firm countermeasures" to protect its companies.
BEIJING: list[FeatRow] = [
    ("BEIJING", "beij", "VERB", 11, "advcl", "Tense=Pres|VerbForm=Part"),
    ("##/", "/", "SYM", 2, "cc", ""),
    ("##BRUSSELS", "Brussel", "PROPN", 0, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("June", "June", "PROPN", 0, "conj", "Number=Sing"),
    ("5", "5", "NUM", 4, "flat", "NumForm=Digit|NumType=Card"),
    ("(", "(", "PUNCT", 7, "punct", ""),
    ("##Reuters", "Reuters", "PROPN", 5, "nmod:unmarked", "Number=Sing"),
    ("##)", ")", "PUNCT", 7, "punct", ""),
    ("-", "-", "PUNCT", 7, "punct", ""),
    ("China", "China", "PROPN", 4, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 13, "case", ""),
    ("Thursday", "Thursday", "PROPN", 16, "obl", "Number=Sing"),
    ("it", "it", "PRON", 16, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("take", "take", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ('"', '"', "PUNCT", 19, "punct", ""),
    ("##firm", "firm", "NOUN", 19, "compound", "Number=Sing"),
    ("countermeasures", "countermeasure", "NOUN", 16, "obj", "Number=Plur"),
    ('##"', '"', "PUNCT", 16, "punct", ""),
    ("to", "to", "PART", 22, "mark", ""),
    ("protect", "protect", "VERB", 16, "advcl", "VerbForm=Inf"),
    ("its", "its", "PRON", 24, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("companies", "company", "NOUN", 22, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# The coach, Desmond Forbes-Ellington, was blunt: "The system is built so that the athlete always loses."
COACH_BLUNT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("coach", "coach", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Desmond", "Desmond", "PROPN", 4, "compound", "Number=Sing"),
    ("Forbes", "Forbes", "PROPN", 1, "appos", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##Ellington", "Ellington", "PROPN", 4, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("blunt", "blunt", "ADJ", -1, "root", "Degree=Pos"),
    ("##:", ":", "PUNCT", 15, "punct", ""),
    ('"', '"', "PUNCT", 15, "punct", ""),
    ("##The", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("system", "system", "NOUN", 15, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("built", "build", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("so", "so", "ADV", 21, "mark", ""),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("athlete", "athlete", "NOUN", 21, "nsubj", "Number=Sing"),
    ("always", "always", "ADV", 21, "advmod", "PronType=Tot"),
    ("loses", "lose", "VERB", 15, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
    ('##"', '"', "PUNCT", 9, "punct", ""),
]
# The coach, a former Jamaican hurdler who has trained Nwachukwu in Atlanta since 2019, said the sprinter had passed more than 30 tests.
JAMAICAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("coach", "coach", "NOUN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 6, "amod", "Degree=Pos"),
    ("Jamaican", "Jamaican", "PROPN", 6, "compound", "Number=Sing"),
    ("hurdler", "hurdler", "NOUN", 16, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("trained", "train", "VERB", 6, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("Nwachukwu", "Nwachukwu", "PROPN", 9, "obj", "Number=Sing"),
    ("in", "in", "ADP", 12, "case", ""),
    ("Atlanta", "Atlanta", "PROPN", 9, "obl", "Number=Sing"),
    ("since", "since", "ADP", 14, "case", ""),
    ("2019", "2019", "NUM", 9, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("sprinter", "sprinter", "NOUN", 20, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("passed", "pass", "VERB", 16, "ccomp", "Tense=Past|VerbForm=Part"),
    ("more", "more", "ADV", 20, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 24, "case", ""),
    ("30", "30", "NUM", 24, "nummod", "NumForm=Digit|NumType=Card"),
    ("tests", "test", "NOUN", 20, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]
# The party is led by the former television presenter Rafael Quispe Huamán.
QUISPE_LED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("led", "lead", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 11, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("former", "former", "ADJ", 8, "amod", "Degree=Pos"),
    ("television", "television", "NOUN", 8, "compound", "Number=Sing"),
    ("presenter", "presenter", "NOUN", 11, "compound", "Number=Sing"),
    ("Rafael", "Rafael", "PROPN", 11, "compound", "Number=Sing"),
    ("Quispe", "Quispe", "PROPN", 11, "compound", "Number=Sing"),
    ("Huamán", "Huamán", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Liberty and Progress would need Movimiento Ciudadano to reach 91.
LIBERTY: list[FeatRow] = [
    ("Liberty", "Liberty", "PROPN", 4, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Progress", "Progress", "PROPN", 0, "conj", "Number=Sing"),
    ("would", "would", "AUX", 4, "aux", "VerbForm=Fin"),
    ("need", "need", "VERB", -1, "root", "VerbForm=Inf"),
    ("Movimiento", "Movimiento", "PROPN", 4, "obj", "Number=Sing"),
    ("Ciudadano", "Ciudadano", "PROPN", 4, "obj", "Number=Sing"),
    ("to", "to", "PART", 8, "mark", ""),
    ("reach", "reach", "VERB", 4, "advcl", "VerbForm=Inf"),
    ("91", "91", "NUM", 8, "obj", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Quispe, whose party tripled its seat count, was less restrained.
QUISPE: list[FeatRow] = [
    ("Quispe", "quispe", "NOUN", 11, "nsubj:pass", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("whose", "whose", "DET", 3, "det", "PronType=Int"),
    ("party", "party", "NOUN", 4, "nsubj", "Number=Sing"),
    ("tripled", "tripl", "VERB", 11, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("seat", "seat", "NOUN", 7, "compound", "Number=Sing"),
    ("count", "count", "NOUN", 4, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("was", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("less", "less", "ADV", 11, "advmod", "Degree=Cmp"),
    ("restrained", "restrain", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# In a video posted on social media overnight, he called the result "the beginning of the end".
QUISPE_HE: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("video", "video", "NOUN", 10, "obl", "Number=Sing"),
    ("posted", "post", "VERB", 10, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 6, "case", ""),
    ("social", "social", "ADJ", 6, "amod", "Degree=Pos"),
    ("media", "media", "NOUN", 3, "obl", "Number=Sing"),
    ("overnight", "overnight", "ADV", 3, "advmod", ""),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("he", "he", "PRON", 10, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("called", "call", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("result", "result", "NOUN", 10, "obj", "Number=Sing"),
    ('"', '"', "PUNCT", 15, "punct", ""),
    ("##the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("beginning", "beginning", "NOUN", 10, "obj", "Number=Sing"),
    ("of", "of", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("end", "end", "NOUN", 15, "nmod", "Number=Sing"),
    ('##"', '"', "PUNCT", 15, "punct", ""),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# According to the indictment drawn up by the Madrid provincial prosecutor's office, the manager set up the company in 2014.
INDICTMENT: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("indictment", "indictment", "NOUN", 16, "obl", "Number=Sing"),
    ("drawn", "draw", "VERB", 16, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("up", "up", "ADP", 4, "compound:prt", ""),
    ("by", "by", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Madrid", "Madrid", "ADJ", 10, "amod", "Degree=Pos"),
    ("provincial", "provincial", "ADJ", 10, "amod", "Degree=Pos"),
    ("prosecutor", "prosecutor", "NOUN", 12, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 10, "case", ""),
    ("office", "office", "NOUN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("manager", "manager", "NOUN", 16, "nsubj", "Number=Sing"),
    ("set", "set", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("up", "up", "ADP", 16, "compound:prt", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 16, "obj", "Number=Sing"),
    ("in", "in", "ADP", 21, "case", ""),
    ("2014", "2014", "NUM", 16, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# Patrice Lemoine, a crane operator who has worked at the port for 22 years, said morale was high.
LEMOINE: list[FeatRow] = [
    ("Patrice", "Patrice", "PROPN", 1, "compound", "Number=Sing"),
    ("Lemoine", "Lemoine", "PROPN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("crane", "crane", "NOUN", 5, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 1, "appos", "Number=Sing"),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("worked", "work", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("at", "at", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("port", "port", "NOUN", 8, "obl", "Number=Sing"),
    ("for", "for", "ADP", 14, "case", ""),
    ("22", "22", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 8, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("morale", "morale", "NOUN", 19, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 19, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("high", "high", "ADJ", 16, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]
# "People can hold out for a few weeks," she said.
LEMOINE_SHE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##People", "person", "NOUN", 3, "nsubj", "Number=Plur"),
    ("can", "can", "AUX", 3, "aux", "VerbForm=Fin"),
    ("hold", "hold", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("out", "out", "ADP", 3, "compound:prt", ""),
    ("for", "for", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("few", "few", "ADJ", 8, "amod", "Degree=Pos"),
    ("weeks", "week", "NOUN", 3, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("she", "she", "PRON", 12, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# City Clerk Adaeze Obi said her office has 30 business days to check the signatures.
CITY_CLERK: list[FeatRow] = [
    ("City", "City", "PROPN", 3, "compound", "Number=Sing"),
    ("Clerk", "Clerk", "PROPN", 3, "compound", "Number=Sing"),
    ("Adaeze", "Adaeze", "PROPN", 3, "compound", "Number=Sing"),
    ("Obi", "Obi", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("office", "office", "NOUN", 7, "nsubj", "Number=Sing"),
    ("has", "have", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("30", "30", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("business", "business", "NOUN", 10, "compound", "Number=Sing"),
    ("days", "day", "NOUN", 7, "obj", "Number=Plur"),
    ("to", "to", "PART", 12, "mark", ""),
    ("check", "check", "VERB", 7, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("signatures", "signature", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# The complaint was brought by Zhou Lianjie, who completed her doctorate in 2017.
ZHOU_BROUGHT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("complaint", "complaint", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("brought", "bring", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("Zhou", "Zhou", "PROPN", 6, "compound", "Number=Sing"),
    ("Lianjie", "Lianjie", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("completed", "complete", "VERB", 3, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("doctorate", "doctorate", "NOUN", 9, "obj", "Number=Sing"),
    ("in", "in", "ADP", 13, "case", ""),
    ("2017", "2017", "NUM", 9, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Speaking to the BBC, Zhou Lian-jie said she was not seeking compensation.
ZHOU_SPEAKING: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 9, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 0, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Zhou", "Zhou", "PROPN", 6, "compound", "Number=Sing"),
    ("Lian", "Lian", "PROPN", 8, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 6, "punct", ""),
    ("##jie", "jie", "NOUN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 13, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 13, "advmod", "Polarity=Neg"),
    ("seeking", "seek", "VERB", 9, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("compensation", "compensation", "NOUN", 13, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# A spokesperson for the University of Northmoor said the institution took the allegations seriously.
NORTHMOOR: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesperson", "spokesperson", "NOUN", 7, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 1, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("Northmoor", "Northmoor", "PROPN", 4, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("institution", "institution", "NOUN", 10, "nsubj", "Number=Sing"),
    ("took", "take", "VERB", 7, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("allegations", "allegation", "NOUN", 10, "obj", "Number=Plur"),
    ("seriously", "seriously", "ADV", 10, "advmod", ""),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# It would be inappropriate to comment further, the spokesperson added.
NORTHMOOR_AGAIN: list[FeatRow] = [
    ("It", "it", "PRON", 3, "expl", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 3, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 3, "cop", "VerbForm=Inf"),
    ("inappropriate", "inappropriate", "ADJ", -1, "root", "Degree=Pos"),
    ("to", "to", "PART", 5, "mark", ""),
    ("comment", "comment", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("further", "far", "ADV", 5, "advmod", "Degree=Cmp"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("spokesperson", "spokesperson", "NOUN", 10, "nsubj", "Number=Sing"),
    ("added", "add", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# The Drinking Water Inspectorate, which regulates water quality in England, said it had opened an investigation.
INSPECTORATE: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Drinking", "drink", "VERB", 3, "amod", "VerbForm=Ger"),
    ("Water", "Water", "PROPN", 3, "compound", "Number=Sing"),
    ("Inspectorate", "Inspectorate", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("which", "which", "PRON", 6, "nsubj", "PronType=Rel"),
    ("regulates", "regulate", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("water", "water", "NOUN", 8, "compound", "Number=Sing"),
    ("quality", "quality", "NOUN", 6, "obj", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("England", "England", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 15, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("opened", "open", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("an", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("investigation", "investigation", "NOUN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# A spokesman said the regulator would take action.
INSPECTORATE_SPOKESMAN: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("regulator", "regulator", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("take", "take", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("action", "action", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Ibernuclear, which is majority-owned by the utility Eléctrica del Duero, said the reactor had been shut.
IBERNUCLEAR: list[FeatRow] = [
    ("Ibernuclear", "Ibernuclear", "PROPN", 14, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("which", "which", "PRON", 6, "nsubj:pass", "PronType=Rel"),
    ("is", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("majority", "majority", "NOUN", 6, "nsubj:pass", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##owned", "own", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 12, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("utility", "utility", "NOUN", 12, "compound", "Number=Sing"),
    ("Eléctrica", "Eléctrica", "PROPN", 12, "compound", "Number=Sing"),
    ("del", "del", "PROPN", 12, "compound", "Number=Sing"),
    ("Duero", "Duero", "PROPN", 6, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("reactor", "reactor", "NOUN", 19, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 19, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("shut", "shut", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# A spokeswoman for the company said it was too early to say more.
IBERNUCLEAR_SPOKESWOMAN: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 9, "expl", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 9, "advmod", ""),
    ("early", "early", "ADJ", 5, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 11, "mark", ""),
    ("say", "say", "VERB", 9, "csubj", "VerbForm=Inf"),
    ("more", "more", "ADV", 11, "advmod", "Degree=Cmp"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Meteorologists said the storm had intensified unusually quickly.
METEOROLOGISTS: list[FeatRow] = [
    ("Meteorologists", "meteorologist", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("storm", "storm", "NOUN", 5, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("intensified", "intensify", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("unusually", "unusually", "ADV", 5, "advmod", ""),
    ("quickly", "quickly", "ADV", 5, "advmod", ""),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# "I kept telling them that lake was going to come down on us one day," said a woman sheltering with her two grandsons.
A_WOMAN: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##I", "I", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("kept", "keep", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
    ("telling", "tell", "VERB", 18, "advcl", "Tense=Pres|VerbForm=Part"),
    ("them", "they", "PRON", 3, "iobj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("lake", "lake", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("going", "go", "VERB", 3, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 10, "mark", ""),
    ("come", "come", "VERB", 8, "xcomp", "VerbForm=Inf"),
    ("down", "down", "ADP", 10, "compound:prt", ""),
    ("on", "on", "ADP", 13, "case", ""),
    ("us", "we", "PRON", 10, "obl", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    ("one", "one", "NUM", 15, "nummod", "NumForm=Word|NumType=Card"),
    ("day", "day", "NOUN", 10, "obl:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("woman", "woman", "NOUN", 18, "obj", "Number=Sing"),
    ("sheltering", "shelter", "VERB", 20, "acl", "VerbForm=Ger"),
    ("with", "with", "ADP", 25, "case", ""),
    ("her", "her", "PRON", 25, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("two", "two", "NUM", 25, "nummod", "NumForm=Word|NumType=Card"),
    ("grandsons", "grandson", "NOUN", 21, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]
# The woman, who later gave her name as Dorothy Aniekan-Reyes, 71, said she had written to the owners association.
GAVE_HER_NAME: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("woman", "woman", "NOUN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("later", "late", "ADV", 5, "advmod", "Degree=Cmp"),
    ("gave", "give", "VERB", 16, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("name", "name", "NOUN", 5, "obj", "Number=Sing"),
    ("as", "as", "ADP", 12, "case", ""),
    ("Dorothy", "Dorothy", "PROPN", 5, "obl", "Number=Sing"),
    ("Aniekan", "Aniekan", "PROPN", 12, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 10, "punct", ""),
    ("##Reyes", "Reyes", "PROPN", 9, "flat", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("71", "71", "NUM", 12, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 19, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("written", "write", "VERB", 16, "ccomp", "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", 23, "case", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("owners", "owner", "NOUN", 23, "compound", "Number=Plur"),
    ("association", "association", "NOUN", 19, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]
# One GP in the town said her surgery had seen more stomach bugs.
ONE_GP: list[FeatRow] = [
    ("One", "one", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("GP", "GP", "NOUN", 5, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("town", "town", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("surgery", "surgery", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("seen", "see", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("more", "more", "ADV", 11, "advmod", "Degree=Cmp"),
    ("stomach", "stomach", "ADJ", 12, "amod", "Degree=Pos"),
    ("bugs", "bug", "NOUN", 9, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# The GP, Dr Amara Osei, who has practised in Wyvernbridge for 19 years, said several families had come in ill.
THE_GP: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("GP", "GP", "PROPN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Dr", "Dr", "PROPN", 4, "compound", "Number=Sing"),
    ("Amara", "Amara", "PROPN", 1, "appos", "Number=Sing"),
    ("Osei", "Osei", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("practised", "practise", "VERB", 16, "ccomp", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 11, "case", ""),
    ("Wyvernbridge", "Wyvernbridge", "PROPN", 9, "obl", "Number=Sing"),
    ("for", "for", "ADP", 14, "case", ""),
    ("19", "19", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 9, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("several", "several", "ADJ", 18, "amod", "Degree=Pos"),
    ("families", "family", "NOUN", 20, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("come", "come", "VERB", 16, "ccomp", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 22, "case", ""),
    ("ill", "ill", "ADJ", 20, "obl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# The vice-chancellor, Professor Marieke van den Heuvel, wrote in an email to staff on Thursday that she had full confidence in the panel.
TO_STAFF: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("vice", "vice", "NOUN", 3, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##chancellor", "chancellor", "NOUN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Professor", "Professor", "PROPN", 9, "compound", "Number=Sing"),
    ("Marieke", "Marieke", "PROPN", 9, "compound", "Number=Sing"),
    ("van", "van", "PROPN", 9, "compound", "Number=Sing"),
    ("den", "den", "PROPN", 9, "compound", "Number=Sing"),
    ("Heuvel", "Heuvel", "PROPN", 3, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 14, "case", ""),
    ("an", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("email", "email", "NOUN", 11, "obl", "Number=Sing"),
    ("to", "to", "PART", 16, "mark", ""),
    ("staff", "staff", "VERB", 11, "advcl", "VerbForm=Inf"),
    ("on", "on", "ADP", 18, "case", ""),
    ("Thursday", "Thursday", "PROPN", 16, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("she", "she", "PRON", 21, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "VERB", 16, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("full", "full", "ADJ", 23, "amod", "Degree=Pos"),
    ("confidence", "confidence", "NOUN", 21, "obj", "Number=Sing"),
    ("in", "in", "ADP", 26, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("panel", "panel", "NOUN", 21, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# Wexmoor Police said officers, including an armed response unit, had been sent to the zoo as a precaution.
SAID_OFFICERS: list[FeatRow] = [
    ("Wexmoor", "Wexmoor", "PROPN", 1, "compound", "Number=Sing"),
    ("Police", "Police", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("officers", "officer", "NOUN", 2, "iobj", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("including", "include", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
    ("an", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("armed", "arm", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("response", "response", "NOUN", 9, "compound", "Number=Sing"),
    ("unit", "unit", "NOUN", 13, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 13, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("sent", "send", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("zoo", "zoo", "NOUN", 13, "obl", "Number=Sing"),
    ("as", "as", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("precaution", "precaution", "NOUN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# A senior commander told the state broadcaster QTV that reinforcements, including an armoured battalion, had been sent to the area overnight and that the situation was "under full control".
TOLD_QTV: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 2, "amod", "Degree=Pos"),
    ("commander", "commander", "NOUN", 3, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 7, "compound", "Number=Sing"),
    ("broadcaster", "broadcaster", "NOUN", 7, "compound", "Number=Sing"),
    ("QTV", "qtv", "NOUN", 3, "obj", "Number=Sing"),
    ("that", "that", "PRON", 18, "mark", "PronType=Rel"),
    ("reinforcements", "reinforcement", "NOUN", 7, "acl:relcl", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("including", "include", "VERB", 14, "case", "Tense=Pres|VerbForm=Part"),
    ("an", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("armoured", "armour", "VERB", 14, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("battalion", "battalion", "NOUN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 18, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("sent", "send", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("area", "area", "NOUN", 18, "obl", "Number=Sing"),
    ("overnight", "overnight", "ADV", 18, "advmod", ""),
    ("and", "and", "CCONJ", 31, "cc", ""),
    ("that", "that", "SCONJ", 31, "mark", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("situation", "situation", "NOUN", 31, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 31, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 27, "punct", ""),
    ("##under", "under", "ADP", 31, "case", ""),
    ("full", "full", "ADJ", 31, "amod", "Degree=Pos"),
    ("control", "control", "NOUN", 18, "obl", "Number=Sing"),
    ('##"', '"', "PUNCT", 18, "punct", ""),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# "If you believe you represent the people, and the people are uncooperative with your goal of winning, you have to find some explanation," said Frank, whose appointment to the DNC rules committee sparked anger from Sanders's supporters.
SAID_FRANK: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##If", "if", "SCONJ", 3, "mark", ""),
    ("you", "you", "PRON", 3, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("believe", "believe", "VERB", 28, "advcl", "Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin"),
    ("you", "you", "PRON", 5, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("represent", "represent", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 5, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 13, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 13, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("uncooperative", "uncooperative", "ADJ", 21, "conj", "Degree=Pos"),
    ("with", "with", "ADP", 16, "case", ""),
    ("your", "your", "PRON", 16, "nmod:poss", "Case=Gen|Person=2|Poss=Yes|PronType=Prs"),
    ("goal", "goal", "NOUN", 13, "obl", "Number=Sing"),
    ("of", "of", "ADP", 18, "case", ""),
    ("winning", "win", "NOUN", 16, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("you", "you", "PRON", 21, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("have", "have", "VERB", 28, "ccomp", "Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 23, "mark", ""),
    ("find", "find", "VERB", 21, "xcomp", "VerbForm=Inf"),
    ("some", "some", "DET", 25, "det", "PronType=Ind"),
    ("explanation", "explanation", "NOUN", 23, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 28, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Frank", "Frank", "PROPN", 28, "iobj", "Number=Sing"),
    ("##,", ",", "PUNCT", 38, "punct", ""),
    ("whose", "whose", "DET", 32, "det", "PronType=Int"),
    ("appointment", "appointment", "NOUN", 38, "nsubj", "Number=Sing"),
    ("to", "to", "ADP", 36, "case", ""),
    ("the", "the", "DET", 36, "det", "Definite=Def|PronType=Art"),
    ("DNC", "DNC", "PROPN", 36, "compound", "Number=Sing"),
    ("rules", "rule", "NOUN", 32, "nmod", "Number=Plur"),
    ("committee", "committee", "VERB", 28, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("sparked", "spark", "VERB", 37, "xcomp", "Tense=Past|VerbForm=Fin"),
    ("anger", "anger", "NOUN", 38, "obj", "Number=Sing"),
    ("from", "from", "ADP", 43, "case", ""),
    ("Sanders", "Sanders", "PROPN", 43, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 41, "case", ""),
    ("supporters", "supporter", "NOUN", 38, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 28, "punct", ""),
]

# The head coach, Iñaki Zubeldia, told reporters at the training ground on Thursday that he had met the prospective owners twice and had been assured that the transfer budget for January would be protected.
ZUBELDIA: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("head", "head", "NOUN", 2, "compound", "Number=Sing"),
    ("coach", "coach", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("Iñaki", "Iñaki", "PROPN", 5, "compound", "Number=Sing"),
    ("Zubeldia", "Zubeldia", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 7, "obj", "Number=Plur"),
    ("at", "at", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("training", "training", "NOUN", 12, "compound", "Number=Sing"),
    ("ground", "ground", "NOUN", 7, "obl", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Thursday", "Thursday", "PROPN", 12, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("he", "he", "PRON", 18, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("met", "meet", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("prospective", "prospective", "ADJ", 21, "amod", "Degree=Pos"),
    ("owners", "owner", "NOUN", 18, "obj", "Number=Plur"),
    ("twice", "twice", "ADV", 18, "advmod", "NumForm=Word|NumType=Mult"),
    ("and", "and", "CCONJ", 26, "cc", ""),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 26, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("assured", "assure", "VERB", 7, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("that", "that", "SCONJ", 35, "mark", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("transfer", "transfer", "NOUN", 30, "compound", "Number=Sing"),
    ("budget", "budget", "NOUN", 35, "nsubj:pass", "Number=Sing"),
    ("for", "for", "ADP", 32, "case", ""),
    ("January", "January", "PROPN", 30, "nmod", "Number=Sing"),
    ("would", "would", "AUX", 35, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 35, "aux:pass", "VerbForm=Inf"),
    ("protected", "protect", "VERB", 26, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# "They asked good questions.
SPANIARD: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##They", "they", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("good", "good", "ADJ", 4, "amod", "Degree=Pos"),
    ("questions", "question", "NOUN", 2, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# They know football," the Spaniard said.
SPANIARD_2: list[FeatRow] = [
    ("They", "they", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("know", "know", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("football", "football", "NOUN", 1, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ('##"', '"', "PUNCT", 7, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Spaniard", "Spaniard", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 1, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# "For me, the most important thing is stability, and that the players know what is happening."
SPANIARD_3: list[FeatRow] = [
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("##For", "for", "ADP", 2, "case", ""),
    ("me", "I", "PRON", 9, "obl", "Case=Acc|Number=Sing|Person=1|PronType=Prs"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("most", "most", "ADV", 6, "advmod", "Degree=Sup"),
    ("important", "important", "ADJ", 7, "amod", "Degree=Pos"),
    ("thing", "thing", "NOUN", 9, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("stability", "stability", "NOUN", -1, "root", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("players", "player", "NOUN", 15, "nsubj", "Number=Plur"),
    ("know", "know", "VERB", 9, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("what", "what", "PRON", 18, "obj", "PronType=Rel"),
    ("is", "be", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("happening", "happen", "VERB", 15, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
    ('##"', '"', "PUNCT", 9, "punct", ""),
]

# "We did everything by the book," said Eirik Halvorsen, the company's founder.
FOUNDER: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("did", "do", "VERB", 9, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("everything", "everything", "PRON", 2, "obj", "Number=Sing|PronType=Ind"),
    ("by", "by", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("book", "book", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Eirik", "Eirik", "PROPN", 11, "compound", "Number=Sing"),
    ("Halvorsen", "Halvorsen", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 16, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 14, "case", ""),
    ("founder", "founder", "NOUN", 9, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# Mr Halvorsen rejects the accusation.
MR_HALVORSEN: list[FeatRow] = [
    ("Mr", "Mr.", "PROPN", 1, "compound", "Number=Sing"),
    ("Halvorsen", "Halvorsen", "PROPN", 2, "nsubj", "Number=Sing"),
    ("rejects", "reject", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("accusation", "accusation", "NOUN", 2, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Halvorsen said both encounters had been courteous.
MR_HALVORSEN_2: list[FeatRow] = [
    ("Halvorsen", "Halvorsen", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("both", "both", "DET", 3, "det", "PronType=Ind"),
    ("encounters", "encounter", "NOUN", 6, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 6, "cop", "Tense=Past|VerbForm=Part"),
    ("courteous", "courteous", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The Nusantara Unity Party said in a statement that it had suspended his membership.
UNITY_PARTY: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Nusantara", "Nusantara", "PROPN", 3, "compound", "Number=Sing"),
    ("Unity", "Unity", "PROPN", 3, "compound", "Number=Sing"),
    ("Party", "Party", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 4, "obl", "Number=Sing"),
    ("that", "that", "PRON", 11, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("suspended", "suspend", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("his", "his", "PRON", 13, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("membership", "membership", "NOUN", 11, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Agus Prasetyo, the party's secretary-general, said it would "not protect anybody who betrays the trust of the people."
UNITY_PARTY_2: list[FeatRow] = [
    ("Agus", "Agus", "PROPN", 1, "compound", "Number=Sing"),
    ("Prasetyo", "Prasetyo", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("secretary-general", "secretary-general", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 13, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("##not", "not", "PART", 13, "advmod", "Polarity=Neg"),
    ("protect", "protect", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("anybody", "anybody", "PRON", 13, "obj", "Number=Sing|PronType=Ind"),
    ("who", "who", "PRON", 16, "nsubj", "PronType=Rel"),
    ("betrays", "betray", "VERB", 14, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("trust", "trust", "NOUN", 16, "obj", "Number=Sing"),
    ("of", "of", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 18, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 8, "punct", ""),
]

# The Volcanic Ash Advisory Centre in Darwin, Australia, said in an advisory that the ash cloud was drifting west.
ADVISORY_CENTRE: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Volcanic", "volcanic", "ADJ", 4, "amod", "Degree=Pos"),
    ("Ash", "Ash", "PROPN", 4, "compound", "Number=Sing"),
    ("Advisory", "Advisory", "PROPN", 4, "compound", "Number=Sing"),
    ("Centre", "Centre", "PROPN", 10, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Darwin", "Darwin", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Australia", "Australia", "PROPN", 4, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 13, "case", ""),
    ("an", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("advisory", "advisory", "NOUN", 10, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("ash", "ash", "ADJ", 17, "amod", "Degree=Pos"),
    ("cloud", "cloud", "NOUN", 19, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("drifting", "drift", "VERB", 13, "acl", "Tense=Pres|VerbForm=Part"),
    ("west", "west", "ADV", 19, "advmod", ""),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# Recently, Tom Emanuel of Laconia, N.H., stood at a Bush event here to say he was leaning toward supporting Mr. Trump.
LACONIA: list[FeatRow] = [
    ("Recently", "recently", "ADV", 9, "advmod", ""),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Tom", "Tom", "PROPN", 3, "compound", "Number=Sing"),
    ("Emanuel", "Emanuel", "PROPN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("Laconia", "Laconia", "PROPN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("N.H.", "N.H.", "PROPN", 5, "nmod:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("stood", "stand", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("Bush", "Bush", "PROPN", 13, "compound", "Number=Sing"),
    ("event", "event", "NOUN", 9, "obl", "Number=Sing"),
    ("here", "here", "ADV", 9, "advmod", "PronType=Dem"),
    ("to", "to", "PART", 16, "mark", ""),
    ("say", "say", "VERB", 9, "advcl", "VerbForm=Inf"),
    ("he", "he", "PRON", 19, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("leaning", "lean", "VERB", 16, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("toward", "toward", "SCONJ", 21, "mark", ""),
    ("supporting", "support", "VERB", 19, "advcl", "Tense=Pres|VerbForm=Part"),
    ("Mr.", "Mr.", "PROPN", 23, "compound", "Number=Sing"),
    ("Trump", "Trump", "PROPN", 21, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Sea-surface temperatures in the northern bay were running about 1.5 degrees Celsius above the long-term average, said Aminul Karim and Priya Venkataraman, oceanographers at the Coastal Ocean Research Centre in Chattogram.
OCEANOGRAPHERS: list[FeatRow] = [
    ("Sea", "sea", "NOUN", 2, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 0, "punct", ""),
    ("##surface", "surface", "NOUN", 3, "compound", "Number=Sing"),
    ("temperatures", "temperature", "NOUN", 21, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("northern", "northern", "ADJ", 7, "amod", "Degree=Pos"),
    ("bay", "bay", "NOUN", 3, "nmod", "Number=Sing"),
    ("were", "be", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("running", "run", "VERB", 21, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("about", "about", "ADP", 12, "case", ""),
    ("1.5", "1.5", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("degrees", "degree", "NOUN", 9, "obl", "Number=Plur"),
    ("Celsius", "Celsius", "PROPN", 9, "obl", "Number=Sing"),
    ("above", "above", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("long", "long", "ADJ", 18, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 16, "punct", ""),
    ("##term", "term", "NOUN", 19, "compound", "Number=Sing"),
    ("average", "average", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Aminul", "Aminul", "PROPN", 23, "compound", "Number=Sing"),
    ("Karim", "Karim", "PROPN", 21, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 25, "cc", ""),
    ("Priya", "Priya", "PROPN", 23, "conj", "Number=Sing"),
    ("Venkataraman", "Venkataraman", "PROPN", 23, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 28, "punct", ""),
    ("oceanographers", "oceanographer", "NOUN", 23, "conj", "Number=Plur"),
    ("at", "at", "ADP", 34, "case", ""),
    ("the", "the", "DET", 34, "det", "Definite=Def|PronType=Art"),
    ("Coastal", "coastal", "ADJ", 34, "amod", "Degree=Pos"),
    ("Ocean", "Ocean", "PROPN", 34, "compound", "Number=Sing"),
    ("Research", "Research", "PROPN", 34, "compound", "Number=Sing"),
    ("Centre", "Centre", "PROPN", 28, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 36, "case", ""),
    ("Chattogram", "Chattogram", "PROPN", 34, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]
# "Storms are getting more fuel, and we are getting less warning," the two scientists wrote.
TWO_SCIENTISTS: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##Storms", "storm", "NOUN", 3, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("getting", "get", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("more", "more", "ADV", 5, "amod", "Degree=Cmp"),
    ("fuel", "fuel", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("we", "we", "PRON", 10, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("getting", "get", "VERB", 3, "conj", "Tense=Pres|VerbForm=Part"),
    ("less", "less", "ADV", 12, "advmod", "Degree=Cmp"),
    ("warning", "warning", "VERB", 10, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ('##"', '"', "PUNCT", 18, "punct", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 17, "nummod", "NumForm=Word|NumType=Card"),
    ("scientists", "scientist", "NOUN", 18, "nsubj", "Number=Plur"),
    ("wrote", "write", "VERB", 3, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Some buyers are already betting on a turn.
BUYERS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("buyers", "buyer", "NOUN", 4, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("already", "already", "ADV", 4, "advmod", ""),
    ("betting", "bett", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("turn", "turn", "NOUN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Tom and Aisha Bello, who rent a two-bedroom flat in Leeds, said they had decided to wait until the spring.
BELLOS: list[FeatRow] = [
    ("Tom", "Tom", "PROPN", 15, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Aisha", "Aisha", "PROPN", 0, "conj", "Number=Sing"),
    ("Bello", "Bello", "PROPN", 0, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("rent", "rent", "VERB", 15, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("two", "two", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("##-", "-", "PUNCT", 8, "punct", ""),
    ("##bedroom", "bedroom", "NOUN", 11, "compound", "Number=Sing"),
    ("flat", "flat", "NOUN", 6, "obj", "Number=Sing"),
    ("in", "in", "ADP", 13, "case", ""),
    ("Leeds", "Leeds", "PROPN", 11, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 18, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("decided", "decide", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 20, "mark", ""),
    ("wait", "wait", "VERB", 18, "xcomp", "VerbForm=Inf"),
    ("until", "until", "ADP", 23, "case", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("spring", "spring", "NOUN", 20, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]
# "Every month we wait, the price comes down a bit," Mr Bello said.
MR_BELLO: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##Every", "every", "DET", 2, "det", "PronType=Tot"),
    ("month", "month", "NOUN", 16, "ccomp", "Number=Sing"),
    ("we", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("wait", "wait", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("price", "price", "NOUN", 8, "nsubj", "Number=Sing"),
    ("comes", "come", "VERB", 16, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("down", "down", "ADP", 8, "compound:prt", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("bit", "bit", "NOUN", 8, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 16, "punct", ""),
    ("Mr", "Mr.", "PROPN", 15, "compound", "Number=Sing"),
    ("Bello", "Bello", "PROPN", 16, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# Gemma and Lee Harrow, whose six-year-old son Alfie was admitted to Wyvernbridge General on Wednesday, said they were angry that the notice came days after children began falling ill.
HARROWS: list[FeatRow] = [
    ("Gemma", "Gemma", "PROPN", 21, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Lee", "Lee", "PROPN", 0, "conj", "Number=Sing"),
    ("Harrow", "Harrow", "PROPN", 0, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("whose", "whose", "DET", 11, "det", "PronType=Int"),
    ("six", "six", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("##-", "-", "PUNCT", 6, "punct", ""),
    ("##year", "year", "NOUN", 10, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 8, "punct", ""),
    ("##old", "old", "ADJ", 12, "amod", "Degree=Pos"),
    ("son", "son", "NOUN", 14, "nsubj:pass", "Number=Sing"),
    ("Alfie", "Alfie", "PROPN", 14, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 14, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("admitted", "admit", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 17, "case", ""),
    ("Wyvernbridge", "Wyvernbridge", "PROPN", 14, "obl", "Number=Sing"),
    ("General", "General", "PROPN", 14, "obl", "Number=Sing"),
    ("on", "on", "ADP", 19, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 14, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 24, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 24, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("angry", "angry", "ADJ", 21, "ccomp", "Degree=Pos"),
    ("that", "that", "SCONJ", 28, "mark", ""),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("notice", "notice", "NOUN", 28, "nsubj", "Number=Sing"),
    ("came", "come", "VERB", 24, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("days", "day", "NOUN", 28, "obj", "Number=Plur"),
    ("after", "after", "SCONJ", 32, "mark", ""),
    ("children", "child", "NOUN", 32, "nsubj", "Number=Plur"),
    ("began", "begin", "VERB", 28, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("falling", "fall", "VERB", 32, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("ill", "ill", "ADJ", 33, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]
# "We were giving him tap water to keep him hydrated," Mrs Harrow said.
HARROWS_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("were", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("giving", "give", "VERB", 15, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("him", "he", "PRON", 3, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("tap", "tap", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("water", "water", "NOUN", 5, "obj", "Number=Sing"),
    ("to", "to", "PART", 8, "mark", ""),
    ("keep", "keep", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("him", "he", "PRON", 8, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("hydrated", "hydrate", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("Mrs", "Mrs", "PROPN", 14, "compound", "Number=Sing"),
    ("Harrow", "Harrow", "PROPN", 15, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]
# "That's what you do.
HARROWS_3: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##That", "that", "PRON", 3, "nsubj", "Number=Sing|PronType=Dem"),
    ("##'s", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("what", "what", "PRON", -1, "root", "PronType=Rel"),
    ("you", "you", "PRON", 5, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("do", "do", "AUX", 3, "acl:relcl", "Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Nobody told us it was the water making him worse."
HARROWS_4: list[FeatRow] = [
    ("Nobody", "nobody", "PRON", 1, "nsubj", "Number=Sing|PronType=Ind"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("us", "we", "PRON", 1, "iobj", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    ("it", "it", "PRON", 6, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 1, "ccomp", "Number=Sing"),
    ("making", "make", "VERB", 6, "acl", "VerbForm=Ger"),
    ("him", "he", "PRON", 7, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("worse", "bad", "ADJ", 7, "xcomp", "Degree=Cmp"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
    ('##"', '"', "PUNCT", 1, "punct", ""),
]

# Marchwater, which supplies the area, issued the notice late on Thursday after routine tests at its Hollins Lane treatment works detected the parasite in treated water.
MARCHWATER: list[FeatRow] = [
    ("Marchwater", "Marchwater", "PROPN", 22, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("which", "which", "PRON", 3, "nsubj", "PronType=Rel"),
    ("supplies", "supply", "VERB", 7, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("area", "area", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("issued", "issue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("notice", "notice", "NOUN", 7, "obj", "Number=Sing"),
    ("late", "late", "ADJ", 7, "obj", "Degree=Pos"),
    ("on", "on", "ADP", 12, "case", ""),
    ("Thursday", "Thursday", "PROPN", 10, "obl", "Number=Sing"),
    ("after", "after", "ADP", 15, "case", ""),
    ("routine", "routine", "ADJ", 15, "amod", "Degree=Pos"),
    ("tests", "test", "NOUN", 7, "obl", "Number=Plur"),
    ("at", "at", "ADP", 21, "case", ""),
    ("its", "its", "PRON", 21, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("Hollins", "Hollin", "PROPN", 21, "compound", "Number=Plur"),
    ("Lane", "Lane", "PROPN", 21, "compound", "Number=Sing"),
    ("treatment", "treatment", "NOUN", 21, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 15, "nmod", "Number=Plur"),
    ("detected", "detect", "VERB", 7, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("parasite", "parasite", "NOUN", 22, "obj", "Number=Sing"),
    ("in", "in", "ADP", 27, "case", ""),
    ("treated", "treat", "VERB", 27, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("water", "water", "NOUN", 24, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# The company said on Friday it had traced the likely source to a damaged pipe that allowed animal waste from neighbouring farmland to enter a storage reservoir.
MARCHWATER_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Friday", "Friday", "PROPN", 2, "obl", "Number=Sing"),
    ("it", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("traced", "trace", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("likely", "likely", "ADJ", 10, "amod", "Degree=Pos"),
    ("source", "source", "NOUN", 7, "obj", "Number=Sing"),
    ("to", "to", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("damaged", "damage", "VERB", 14, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("pipe", "pipe", "NOUN", 10, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 16, "nsubj", "PronType=Rel"),
    ("allowed", "allow", "VERB", 14, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("animal", "animal", "NOUN", 18, "compound", "Number=Sing"),
    ("waste", "waste", "NOUN", 16, "obj", "Number=Sing"),
    ("from", "from", "SCONJ", 21, "case", ""),
    ("neighbouring", "neighbour", "ADJ", 21, "amod", "Degree=Pos"),
    ("farmland", "farmland", "NOUN", 16, "obl", "Number=Sing"),
    ("to", "to", "PART", 23, "mark", ""),
    ("enter", "enter", "VERB", 16, "advcl", "VerbForm=Inf"),
    ("a", "a", "DET", 26, "det", "Definite=Ind|PronType=Art"),
    ("storage", "storage", "NOUN", 26, "compound", "Number=Sing"),
    ("reservoir", "reservoir", "NOUN", 23, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Sahel Food Security Network said in its assessment that about 310,000 people faced famine.
SFSN: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Sahel", "Sahel", "PROPN", 4, "compound", "Number=Sing"),
    ("Food", "Food", "PROPN", 4, "compound", "Number=Sing"),
    ("Security", "Security", "PROPN", 4, "compound", "Number=Sing"),
    ("Network", "Network", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("its", "its", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("assessment", "assessment", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "PRON", 13, "obj", "PronType=Rel"),
    ("about", "about", "ADP", 12, "case", ""),
    ("310,000", "310000", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 13, "nsubj", "Number=Plur"),
    ("faced", "face", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("famine", "famine", "NOUN", 13, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# In an interview with the BBC's Hausa service, Zanna-Bukar said the figures were the worst she had seen.
HAUSA: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 13, "obl", "Number=Sing"),
    ("with", "with", "ADP", 8, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 8, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("Hausa", "Hausa", "PROPN", 8, "compound", "Number=Sing"),
    ("service", "service", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Zanna", "Zanna", "PROPN", 13, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 10, "punct", ""),
    ("##Bukar", "Bukar", "PROPN", 10, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("figures", "figure", "NOUN", 18, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 18, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("worst", "bad", "ADJ", 13, "ccomp", "Degree=Sup"),
    ("she", "she", "PRON", 21, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("seen", "see", "VERB", 18, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# The appeal is only 18 percent funded, according to figures compiled by the network.
COMPILED_BY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("appeal", "appeal", "NOUN", 5, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("only", "only", "ADV", 5, "advmod", ""),
    ("18", "18", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", -1, "root", "Number=Sing"),
    ("funded", "fund", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("according", "accord", "VERB", 10, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 8, "fixed", ""),
    ("figures", "figure", "NOUN", 6, "obl", "Number=Plur"),
    ("compiled", "compil", "VERB", 10, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("network", "network", "NOUN", 11, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# A study published last month in the Sahel Health Review by two researchers at the University of Maiduguri, Fatima Zanna-Bukar and Chinedu Okonkwo-Eze, found that acute malnutrition among children in the worst-hit camps had nearly doubled since 2022.
STUDY_FOUND: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("study", "study", "NOUN", 2, "nsubj", "Number=Sing"),
    ("published", "publish", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 4, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 2, "obj", "Number=Sing"),
    ("in", "in", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Sahel", "Sahel", "PROPN", 9, "compound", "Number=Sing"),
    ("Health", "Health", "PROPN", 9, "compound", "Number=Sing"),
    ("Review", "Review", "PROPN", 2, "obl", "Number=Sing"),
    ("by", "by", "ADP", 12, "case", ""),
    ("two", "two", "NUM", 12, "nummod", "NumForm=Word|NumType=Card"),
    ("researchers", "researcher", "NOUN", 9, "nmod", "Number=Plur"),
    ("at", "at", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 12, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("Maiduguri", "Maiduguri", "PROPN", 15, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("Fatima", "Fatima", "PROPN", 20, "compound", "Number=Sing"),
    ("Zanna", "Zanna", "PROPN", 17, "conj", "Number=Sing"),
    ("##-", "-", "PUNCT", 20, "punct", ""),
    ("##Bukar", "Bukar", "PROPN", 20, "flat", "Number=Sing"),
    ("and", "and", "CCONJ", 25, "cc", ""),
    ("Chinedu", "Chinedu", "PROPN", 25, "compound", "Number=Sing"),
    ("Okonkwo", "Okonkwo", "PROPN", 22, "conj", "Number=Sing"),
    ("##-", "-", "PUNCT", 25, "punct", ""),
    ("##Eze", "Eze", "PROPN", 17, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("found", "find", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 43, "mark", ""),
    ("acute", "acute", "ADJ", 32, "amod", "Degree=Pos"),
    ("malnutrition", "malnutrition", "NOUN", 43, "nsubj", "Number=Sing"),
    ("among", "among", "ADP", 34, "case", ""),
    ("children", "child", "NOUN", 32, "nmod", "Number=Plur"),
    ("in", "in", "ADP", 40, "case", ""),
    ("the", "the", "DET", 40, "det", "Definite=Def|PronType=Art"),
    ("worst", "bad", "ADJ", 39, "amod", "Degree=Sup"),
    ("##-", "-", "PUNCT", 37, "punct", ""),
    ("##hit", "hit", "NOUN", 40, "compound", "Number=Sing"),
    ("camps", "camp", "NOUN", 32, "nmod", "Number=Plur"),
    ("had", "have", "AUX", 43, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("nearly", "nearly", "ADV", 43, "advmod", ""),
    ("doubled", "double", "VERB", 29, "ccomp", "Tense=Past|VerbForm=Part"),
    ("since", "since", "ADP", 45, "case", ""),
    ("2022", "2022", "NUM", 43, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 29, "punct", ""),
]
# A study published last month by two researchers found that acute malnutrition had nearly doubled since 2022.
STUDY_FOUND_2: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("study", "study", "NOUN", 8, "nsubj", "Number=Sing"),
    ("published", "publish", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("last", "last", "ADJ", 4, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 2, "obj", "Number=Sing"),
    ("by", "by", "ADP", 7, "case", ""),
    ("two", "two", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("researchers", "researcher", "NOUN", 4, "nmod", "Number=Plur"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("acute", "acute", "ADJ", 11, "amod", "Degree=Pos"),
    ("malnutrition", "malnutrition", "NOUN", 14, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("nearly", "nearly", "ADV", 14, "advmod", ""),
    ("doubled", "double", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("since", "since", "ADP", 16, "case", ""),
    ("2022", "2022", "NUM", 14, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Flights were less affected, although a spokeswoman for airport operator Aeropuertos Nacionales said 212 domestic flights had been cancelled.
FLIGHTS: list[FeatRow] = [
    ("Flights", "flight", "NOUN", 3, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("less", "less", "ADV", 3, "advmod", "Degree=Cmp"),
    ("affected", "affect", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("although", "although", "SCONJ", 19, "mark", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 19, "nsubj:pass", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("airport", "airport", "NOUN", 10, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 12, "compound", "Number=Sing"),
    ("Aeropuertos", "Aeropuertos", "PROPN", 12, "compound", "Number=Sing"),
    ("Nacionales", "Nacionale", "PROPN", 7, "nmod", "Number=Plur"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("212", "212", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("domestic", "domestic", "ADJ", 16, "amod", "Degree=Pos"),
    ("flights", "flight", "NOUN", 19, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 19, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("cancelled", "cancel", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Plagiarism of a student's unpublished work is among the hardest kinds to detect, according to Dr Aurelio de la Cruz, who studies research misconduct at the Harwell Institute for Research Integrity.
PLAGIARISM: list[FeatRow] = [
    ("Plagiarism", "plagiarism", "NOUN", 11, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("student", "student", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 3, "case", ""),
    ("unpublished", "unpublish", "VERB", 6, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("work", "work", "NOUN", 0, "nmod", "Number=Sing"),
    ("is", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("among", "among", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("hardest", "hard", "ADJ", 11, "amod", "Degree=Sup"),
    ("kinds", "kind", "NOUN", -1, "root", "Number=Plur"),
    ("to", "to", "PART", 13, "mark", ""),
    ("detect", "detect", "VERB", 11, "acl", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("according", "accord", "VERB", 21, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 15, "fixed", ""),
    ("Dr", "Dr", "PROPN", 21, "compound", "Number=Sing"),
    ("Aurelio", "Aurelio", "PROPN", 21, "compound", "Number=Sing"),
    ("de", "de", "PROPN", 21, "compound", "Number=Sing"),
    ("la", "la", "PROPN", 21, "compound", "Number=Sing"),
    ("Cruz", "Cruz", "PROPN", 13, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("who", "who", "PRON", 24, "nsubj", "PronType=Rel"),
    ("studies", "study", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("research", "research", "NOUN", 26, "compound", "Number=Sing"),
    ("misconduct", "misconduct", "NOUN", 24, "obj", "Number=Sing"),
    ("at", "at", "ADP", 30, "case", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("Harwell", "Harwell", "PROPN", 30, "compound", "Number=Sing"),
    ("Institute", "Institute", "PROPN", 24, "obl", "Number=Sing"),
    ("for", "for", "ADP", 33, "case", ""),
    ("Research", "Research", "PROPN", 33, "compound", "Number=Sing"),
    ("Integrity", "Integrity", "PROPN", 30, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# He also says the merger, while costly, was handled properly in his view.
SAYS_MERGER: list[FeatRow] = [
    ("He", "he", "PRON", 2, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("also", "also", "ADV", 2, "advmod", ""),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("merger", "merger", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("while", "while", "SCONJ", 10, "mark", ""),
    ("costly", "costly", "ADV", 10, "advmod", ""),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("handled", "handle", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("properly", "properly", "ADV", 10, "advmod", "Degree=Pos"),
    ("in", "in", "ADP", 14, "case", ""),
    ("his", "his", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("view", "view", "NOUN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# All told, the three agencies spent more than $9 million on the program last year.
ALL_TOLD: list[FeatRow] = [
    ("All", "all", "DET", 1, "nsubj", "PronType=Tot"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("three", "three", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("agencies", "agency", "NOUN", 6, "nsubj", "Number=Plur"),
    ("spent", "spend", "VERB", 1, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 6, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 9, "case", ""),
    ("$", "$", "SYM", 6, "obl", ""),
    ("##9", "9", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("on", "on", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("program", "program", "NOUN", 16, "compound", "Number=Sing"),
    ("last", "last", "ADJ", 16, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# "I want to be direct with you: the people leaving us today did nothing wrong," Dana Whitlock, who co-founded Corvanta in 2011 and has run it since 2016, wrote in the email.
DIRECT_WITH_YOU: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##I", "I", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("want", "want", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 5, "mark", ""),
    ("be", "be", "AUX", 5, "cop", "VerbForm=Inf"),
    ("direct", "direct", "ADJ", 2, "xcomp", "Degree=Pos"),
    ("with", "with", "ADP", 7, "case", ""),
    ("you", "you", "PRON", 5, "obl", "Case=Acc|Person=2|PronType=Prs"),
    ("##:", ":", "PUNCT", 11, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 11, "nsubj", "Number=Plur"),
    ("leaving", "leave", "VERB", 5, "advcl", "VerbForm=Ger"),
    ("us", "we", "PRON", 11, "obj", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    ("today", "today", "NOUN", 14, "obl:unmarked", "Number=Sing"),
    ("did", "do", "VERB", 11, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("nothing", "nothing", "PRON", 14, "obj", "Number=Sing|PronType=Ind"),
    ("wrong", "wrong", "ADJ", 14, "xcomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ('##"', '"', "PUNCT", 20, "punct", ""),
    ("Dana", "Dana", "PROPN", 20, "compound", "Number=Sing"),
    ("Whitlock", "Whitlock", "PROPN", 14, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("who", "who", "PRON", 23, "nsubj", "PronType=Rel"),
    ("co-founded", "co-found", "VERB", 20, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Corvanta", "Corvanta", "PROPN", 23, "obj", "Number=Sing"),
    ("in", "in", "ADP", 26, "case", ""),
    ("2011", "2011", "NUM", 23, "obl", "NumForm=Digit|NumType=Card"),
    ("and", "and", "CCONJ", 29, "cc", ""),
    ("has", "have", "AUX", 29, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("run", "run", "VERB", 23, "conj", "Tense=Past|VerbForm=Part"),
    ("it", "it", "PRON", 29, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("since", "since", "ADP", 32, "case", ""),
    ("2016", "2016", "NUM", 29, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 34, "punct", ""),
    ("wrote", "write", "VERB", 14, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 37, "case", ""),
    ("the", "the", "DET", 37, "det", "Definite=Def|PronType=Art"),
    ("email", "email", "NOUN", 34, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Housing Minister Rachel Okonkwo-Hart said the figures showed "a market adjusting, not a market in crisis" and insisted that the plan remained on track.
HOUSING_MINISTER: list[FeatRow] = [
    ("Housing", "house", "VERB", 6, "advcl", "VerbForm=Part"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Rachel", "Rachel", "PROPN", 3, "compound", "Number=Sing"),
    ("Okonkwo", "Okonkwo", "PROPN", 0, "flat", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##Hart", "Hart", "PROPN", 3, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("figures", "figure", "NOUN", 9, "nsubj", "Number=Plur"),
    ("showed", "show", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("##a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("market", "market", "NOUN", 13, "compound", "Number=Sing"),
    ("adjusting", "adjust", "NOUN", 9, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("not", "not", "PART", 17, "advmod", "Polarity=Neg"),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("market", "market", "NOUN", 13, "conj", "Number=Sing"),
    ("in", "in", "ADP", 19, "case", ""),
    ("crisis", "crisis", "NOUN", 17, "nmod", "Number=Sing"),
    ('##"', '"', "PUNCT", 17, "punct", ""),
    ("and", "and", "CCONJ", 22, "cc", ""),
    ("insisted", "insist", "VERB", 6, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 26, "nsubj", "Number=Sing"),
    ("remained", "remain", "VERB", 22, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 28, "case", ""),
    ("track", "track", "NOUN", 26, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# The 51-year-old executive turned, nodded and said, "I hear you, and I am sorry," before the doors closed.
EXECUTIVE_TURNED: list[FeatRow] = [
    ("The", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("51", "51", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##year", "year", "NOUN", 5, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##old", "old", "ADJ", 7, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 7, "amod", "Degree=Pos"),
    ("turned", "turn", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("nodded", "nodd", "VERB", 7, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("said", "say", "VERB", 7, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ('"', '"', "PUNCT", 15, "punct", ""),
    ("##I", "I", "PRON", 15, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("hear", "hear", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("you", "you", "PRON", 15, "obj", "Case=Acc|Person=2|PronType=Prs"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("and", "and", "CCONJ", 21, "cc", ""),
    ("I", "I", "PRON", 21, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("am", "be", "AUX", 21, "cop", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("sorry", "sorry", "ADJ", 15, "conj", "Degree=Pos"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ('##"', '"', "PUNCT", 21, "punct", ""),
    ("before", "before", "SCONJ", 27, "mark", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("doors", "door", "NOUN", 27, "nsubj", "Number=Plur"),
    ("closed", "close", "VERB", 21, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# Chinese e-bike makers were already exploring assembly plants in Hungary, according to a report last month in the South China Morning Post.
REPORT_LAST_MONTH: list[FeatRow] = [
    ("Chinese", "Chinese", "ADJ", 3, "amod", "Degree=Pos"),
    ("e-", "e-", "NUM", 3, "nummod", "NumForm=Word|NumType=Card"),
    ("##bike", "bike", "NOUN", 3, "compound", "Number=Sing"),
    ("makers", "maker", "NOUN", 6, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("already", "already", "ADV", 6, "advmod", ""),
    ("exploring", "explore", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("assembly", "assembly", "ADV", 8, "amod", ""),
    ("plants", "plant", "NOUN", 6, "obj", "Number=Plur"),
    ("in", "in", "ADP", 10, "case", ""),
    ("Hungary", "Hungary", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("according", "accord", "VERB", 17, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 12, "fixed", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 17, "compound", "Number=Sing"),
    ("last", "last", "ADJ", 17, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 6, "obl", "Number=Sing"),
    ("in", "in", "ADP", 23, "case", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("South", "South", "PROPN", 23, "compound", "Number=Sing"),
    ("China", "China", "PROPN", 23, "compound", "Number=Sing"),
    ("Morning", "Morning", "PROPN", 23, "compound", "Number=Sing"),
    ("Post", "Post", "PROPN", 17, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# According to Dawn, the Karachi-based newspaper, the board's inquiry will also examine footage from the first Test.
DAWN: list[FeatRow] = [
    ("According", "accord", "VERB", 2, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("Dawn", "Dawn", "PROPN", 16, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Karachi", "Karachi", "PROPN", 7, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##based", "based", "ADJ", 8, "amod", "Degree=Pos"),
    ("newspaper", "newspaper", "NOUN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 13, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 11, "case", ""),
    ("inquiry", "inquiry", "NOUN", 16, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 16, "aux", "VerbForm=Fin"),
    ("also", "also", "ADV", 16, "advmod", ""),
    ("examine", "examine", "VERB", -1, "root", "VerbForm=Inf"),
    ("footage", "footage", "NOUN", 16, "obj", "Number=Sing"),
    ("from", "from", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("first", "first", "ADJ", 21, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("Test", "test", "NOUN", 16, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# One of the divers who worked on the recovery described conditions at the wreck, which lies at a depth of 62 metres, as "like working inside a collapsed building with the lights off".
DIVERS_WHO_WORKED: list[FeatRow] = [
    ("One", "one", "NUM", -1, "root", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("divers", "diver", "NOUN", 0, "nmod", "Number=Plur"),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("worked", "work", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("recovery", "recovery", "NOUN", 10, "compound", "Number=Sing"),
    ("described", "describe", "VERB", 10, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("conditions", "condition", "NOUN", 5, "obl", "Number=Plur"),
    ("at", "at", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("wreck", "wreck", "NOUN", 10, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("which", "which", "PRON", 16, "nsubj", "PronType=Rel"),
    ("lies", "lie", "VERB", 13, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("depth", "depth", "NOUN", 16, "obl", "Number=Sing"),
    ("of", "of", "ADP", 22, "case", ""),
    ("62", "62", "NUM", 22, "nummod", "NumForm=Digit|NumType=Card"),
    ("metres", "metre", "NOUN", 19, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 27, "punct", ""),
    ("as", "as", "SCONJ", 27, "mark", ""),
    ('"', '"', "PUNCT", 27, "punct", ""),
    ("##like", "like", "SCONJ", 27, "mark", ""),
    ("working", "work", "VERB", 16, "advcl", "Tense=Pres|VerbForm=Part"),
    ("inside", "inside", "ADP", 31, "case", ""),
    ("a", "a", "DET", 31, "det", "Definite=Ind|PronType=Art"),
    ("collapsed", "collapse", "VERB", 31, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("building", "building", "NOUN", 27, "obl", "Number=Sing"),
    ("with", "with", "ADP", 34, "case", ""),
    ("the", "the", "DET", 34, "det", "Definite=Def|PronType=Art"),
    ("lights", "light", "NOUN", 31, "nmod", "Number=Plur"),
    ("off", "off", "ADP", 34, "advmod", ""),
    ('##"', '"', "PUNCT", 27, "punct", ""),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]
# One of the divers described conditions at the wreck as "like working inside a collapsed building".
DIVERS_DESCRIBED: list[FeatRow] = [
    ("One", "one", "NUM", -1, "root", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("divers", "diver", "NOUN", 0, "nmod", "Number=Plur"),
    ("described", "describe", "VERB", 5, "amod", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    ("conditions", "condition", "NOUN", 0, "nmod", "Number=Plur"),
    ("at", "at", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("wreck", "wreck", "NOUN", 5, "nmod", "Number=Sing"),
    ("as", "as", "SCONJ", 12, "mark", ""),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("##like", "like", "SCONJ", 12, "mark", ""),
    ("working", "work", "VERB", 4, "advcl", "Tense=Pres|VerbForm=Part"),
    ("inside", "inside", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("collapsed", "collapse", "VERB", 16, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("building", "building", "NOUN", 12, "obl", "Number=Sing"),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]

# "The market is pricing a cut in December," said Ana Lucía Paredes, chief emerging-markets economist at Halden Capital in London.
ECONOMIST: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("market", "market", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("pricing", "price", "VERB", 11, "advcl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("cut", "cut", "NOUN", 4, "obj", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("December", "December", "PROPN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Ana", "Ana", "PROPN", 14, "compound", "Number=Sing"),
    ("Lucía", "Lucía", "PROPN", 14, "compound", "Number=Sing"),
    ("Paredes", "Paredes", "PROPN", 11, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("chief", "chief", "ADJ", 19, "amod", "Degree=Pos"),
    ("emerging", "emerge", "NOUN", 19, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 17, "punct", ""),
    ("##markets", "market", "NOUN", 20, "nsubj", "Number=Plur"),
    ("economist", "economist", "VERB", 11, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 23, "case", ""),
    ("Halden", "Halden", "PROPN", 23, "compound", "Number=Sing"),
    ("Capital", "Capital", "PROPN", 20, "obl", "Number=Sing"),
    ("in", "in", "ADP", 25, "case", ""),
    ("London", "London", "PROPN", 23, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# The club's former safety officer told the inquiry on Wednesday that he had raised concerns about the stadium's Gate C.
SAFETY_OFFICER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 5, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("former", "former", "ADJ", 5, "amod", "Degree=Pos"),
    ("safety", "safety", "NOUN", 5, "compound", "Number=Sing"),
    ("officer", "officer", "NOUN", 6, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("inquiry", "inquiry", "NOUN", 6, "obj", "Number=Sing"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 8, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("raised", "raise", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    ("concerns", "concern", "NOUN", 14, "obj", "Number=Plur"),
    ("about", "about", "ADP", 21, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("stadium", "stadium", "NOUN", 21, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 18, "case", ""),
    ("Gate", "Gate", "PROPN", 21, "compound", "Number=Sing"),
    ("C.", "C.", "PROPN", 14, "obl", "Number=Sing"),
]
# Rajesh Venkataraman, who was responsible for crowd safety from 2017, said the club had ignored him.
VENKATARAMAN: list[FeatRow] = [
    ("Rajesh", "Rajesh", "PROPN", 1, "compound", "Number=Sing"),
    ("Venkataraman", "Venkataraman", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("responsible", "responsible", "ADJ", 12, "ccomp", "Degree=Pos"),
    ("for", "for", "ADP", 8, "case", ""),
    ("crowd", "crowd", "ADJ", 8, "amod", "Degree=Pos"),
    ("safety", "safety", "NOUN", 5, "obl", "Number=Sing"),
    ("from", "from", "ADP", 10, "case", ""),
    ("2017", "2017", "NUM", 8, "nmod", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ignored", "ignore", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("him", "he", "PRON", 16, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# Two supporters, Daniel Hirst, 19, and Adaeze Okonkwo, 27, died when fans were crushed against a gate.
TWO_SUPPORTERS: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("supporters", "supporter", "NOUN", 14, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Daniel", "Daniel", "PROPN", 1, "appos", "Number=Sing"),
    ("Hirst", "Hirst", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("19", "19", "NUM", 4, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Adaeze", "Adaeze", "PROPN", 10, "compound", "Number=Sing"),
    ("Okonkwo", "Okonkwo", "PROPN", 3, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("27", "27", "NUM", 10, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("died", "die", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("when", "when", "ADV", 18, "advmod", "PronType=Int"),
    ("fans", "fan", "NOUN", 18, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 18, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("crushed", "crush", "VERB", 14, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("against", "against", "ADP", 21, "case", ""),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("gate", "gate", "NOUN", 18, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# The 58-year-old said he had written to the club's board in October 2022.
THE_58_YEAR_OLD: list[FeatRow] = [
    ("The", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("58", "58", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##year", "year", "NOUN", 5, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##old", "old", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 9, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("written", "write", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 14, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 14, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 12, "case", ""),
    ("board", "board", "NOUN", 9, "obl", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("October", "October", "PROPN", 14, "nmod", "Number=Sing"),
    ("2022", "2022", "NUM", 16, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# He told the inquiry that he had asked for Gate C to be closed twenty minutes before kick-off.
GATE_C: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("inquiry", "inquiry", "NOUN", 1, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("he", "he", "PRON", 7, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("asked", "ask", "VERB", 3, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("for", "for", "ADP", 10, "case", ""),
    ("Gate", "Gate", "PROPN", 10, "compound", "Number=Sing"),
    ("C", "C", "PROPN", 7, "obl", "Number=Sing"),
    ("to", "to", "PART", 13, "mark", ""),
    ("be", "be", "AUX", 13, "aux:pass", "VerbForm=Inf"),
    ("closed", "close", "VERB", 7, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("twenty", "twenty", "NUM", 15, "nummod", "NumForm=Word|NumType=Card"),
    ("minutes", "minute", "NOUN", 13, "obj", "Number=Plur"),
    ("before", "before", "ADP", 19, "case", ""),
    ("kick", "kick", "NOUN", 19, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 17, "punct", ""),
    ("##off", "off", "ADP", 13, "obl", ""),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# "I have gone over that decision every day since," he said.
GONE_OVER: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##I", "I", "PRON", 3, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("gone", "go", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    ("over", "over", "ADP", 6, "case", ""),
    ("that", "that", "DET", 6, "det", "Number=Sing|PronType=Dem"),
    ("decision", "decision", "NOUN", 3, "obl", "Number=Sing"),
    ("every", "every", "DET", 8, "det", "PronType=Tot"),
    ("day", "day", "NOUN", 3, "obl:unmarked", "Number=Sing"),
    ("since", "since", "ADV", 3, "advmod", ""),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# Late on Wednesday, Mwelwa and Finance Minister Elias Phiri said in a joint statement that the government remains open to dialogue.
LATE_ON_WEDNESDAY: list[FeatRow] = [
    ("Late", "late", "ADJ", 10, "nsubj", "Degree=Pos"),
    ("on", "on", "ADP", 2, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Mwelwa", "Mwelwa", "PROPN", 2, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Finance", "Finance", "PROPN", 4, "conj", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 4, "flat", "Number=Sing"),
    ("Elias", "Elias", "PROPN", 4, "flat", "Number=Sing"),
    ("Phiri", "Phiri", "PROPN", 4, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 14, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 10, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 18, "nsubj", "Number=Sing"),
    ("remains", "remain", "VERB", 14, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("open", "open", "ADJ", 18, "xcomp", "Degree=Pos"),
    ("to", "to", "PART", 21, "mark", ""),
    ("dialogue", "dialogue", "VERB", 19, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# Summit Crest Homes, one of the Front Range's fastest-growing homebuilders, filed for bankruptcy protection late Friday.
SUMMIT_CREST: list[FeatRow] = [
    ("Summit", "Summit", "PROPN", 2, "compound", "Number=Sing"),
    ("Crest", "crest", "PROPN", 2, "compound", "Number=Sing"),
    ("Homes", "Home", "PROPN", -1, "root", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("one", "one", "NUM", 2, "appos", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 13, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Front", "Front", "ADJ", 8, "amod", "Degree=Pos"),
    ("Range", "Range", "PROPN", 13, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 8, "case", ""),
    ("fastest", "fast", "ADJ", 12, "amod", "Degree=Sup"),
    ("##-", "-", "PUNCT", 10, "punct", ""),
    ("##growing", "grow", "VERB", 13, "amod", "VerbForm=Ger"),
    ("homebuilders", "homebuilder", "NOUN", 4, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("filed", "file", "VERB", 13, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 18, "case", ""),
    ("bankruptcy", "bankruptcy", "NOUN", 18, "compound", "Number=Sing"),
    ("protection", "protection", "NOUN", 20, "compound", "Number=Sing"),
    ("late", "late", "ADJ", 20, "amod", "Degree=Pos"),
    ("Friday", "Friday", "PROPN", 15, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# In a petition filed in Denver, the Lakewood-based company listed more than $480 million in liabilities.
LAKEWOOD_BASED: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("petition", "petition", "NOUN", 12, "obl", "Number=Sing"),
    ("filed", "file", "VERB", 2, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 5, "case", ""),
    ("Denver", "Denver", "PROPN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("Lakewood", "Lakewood", "PROPN", 10, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 8, "punct", ""),
    ("##based", "based", "ADJ", 11, "amod", "Degree=Pos"),
    ("company", "company", "NOUN", 12, "nsubj", "Number=Sing"),
    ("listed", "list", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 12, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 15, "case", ""),
    ("$", "$", "SYM", 12, "obl", ""),
    ("##480", "480", "NUM", 15, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 15, "nummod", "NumForm=Word|NumType=Card"),
    ("in", "in", "ADP", 19, "case", ""),
    ("liabilities", "liability", "NOUN", 15, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# It blamed rising interest rates for its collapse.
LAKEWOOD_BASED_2: list[FeatRow] = [
    ("It", "it", "PRON", 1, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("blamed", "blame", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rising", "rise", "VERB", 1, "xcomp", "VerbForm=Ger"),
    ("interest", "interest", "NOUN", 4, "compound", "Number=Sing"),
    ("rates", "rate", "NOUN", 1, "obj", "Number=Plur"),
    ("for", "for", "ADP", 7, "case", ""),
    ("its", "its", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("collapse", "collapse", "NOUN", 4, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# Averon Biotherapeutics has paused a late-stage trial of its vaccine after a participant developed a rare nerve disorder, the company said on Thursday.
AVERON: list[FeatRow] = [
    ("Averon", "Averon", "PROPN", 1, "compound", "Number=Sing"),
    ("Biotherapeutics", "Biotherapeutics", "PROPN", 3, "nsubj", "Number=Plur"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("paused", "pause", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("late", "late", "ADJ", 7, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##stage", "stage", "NOUN", 8, "compound", "Number=Sing"),
    ("trial", "trial", "NOUN", 3, "obj", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("its", "its", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("vaccine", "vaccine", "NOUN", 8, "nmod", "Number=Sing"),
    ("after", "after", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("participant", "participant", "NOUN", 15, "nsubj", "Number=Sing"),
    ("developed", "develop", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("rare", "rare", "ADJ", 19, "amod", "Degree=Pos"),
    ("nerve", "nerve", "NOUN", 19, "compound", "Number=Sing"),
    ("disorder", "disorder", "NOUN", 15, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 23, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 25, "case", ""),
    ("Thursday", "Thursday", "PROPN", 23, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# The Cambridge, Massachusetts-based drugmaker said dosing in the study had been halted at all 96 sites.
CAMBRIDGE_BASED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Cambridge", "Cambridge", "PROPN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Massachusetts", "Massachusetts", "PROPN", 5, "compound", "Number=Plur"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##based", "based", "ADJ", 6, "amod", "Degree=Pos"),
    ("drugmaker", "drugmaker", "NOUN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dosing", "dose", "VERB", 7, "xcomp", "VerbForm=Part"),
    ("in", "in", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("study", "study", "NOUN", 14, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 14, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("halted", "halt", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("at", "at", "ADP", 18, "case", ""),
    ("all", "all", "DET", 18, "det", "PronType=Tot"),
    ("96", "96", "NUM", 18, "nummod", "NumForm=Digit|NumType=Card"),
    ("sites", "site", "NOUN", 14, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# Participants who have already been vaccinated will continue to be monitored, the company said.
CAMBRIDGE_BASED_2: list[FeatRow] = [
    ("Participants", "participant", "NOUN", 14, "nsubj", "Number=Plur"),
    ("who", "who", "PRON", 5, "nsubj:pass", "PronType=Rel"),
    ("have", "have", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("already", "already", "ADV", 5, "advmod", ""),
    ("been", "be", "AUX", 5, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("vaccinated", "vaccinate", "VERB", 0, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("will", "will", "AUX", 7, "aux", "VerbForm=Fin"),
    ("continue", "continue", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 10, "mark", ""),
    ("be", "be", "AUX", 10, "aux:pass", "VerbForm=Inf"),
    ("monitored", "monitor", "VERB", 7, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Mrs Justice Carrow, who is hearing the case in the Family Division, warned both sides that she would not allow the hearing to become a trial of character.
MRS_JUSTICE: list[FeatRow] = [
    ("Mrs", "Mrs", "PROPN", 2, "compound", "Number=Sing"),
    ("Justice", "Justice", "PROPN", 2, "compound", "Number=Sing"),
    ("Carrow", "Carrow", "PROPN", 14, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("is", "be", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("hearing", "hear", "VERB", 14, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 6, "obj", "Number=Sing"),
    ("in", "in", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Family", "Family", "PROPN", 12, "compound", "Number=Sing"),
    ("Division", "division", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("warned", "warn", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("both", "both", "DET", 16, "det", "PronType=Tot"),
    ("sides", "side", "NOUN", 14, "obj", "Number=Plur"),
    ("that", "that", "PRON", 21, "mark", "PronType=Rel"),
    ("she", "she", "PRON", 21, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 21, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 21, "advmod", "Polarity=Neg"),
    ("allow", "allow", "VERB", 16, "acl:relcl", "VerbForm=Inf"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("hearing", "hearing", "NOUN", 21, "obj", "Number=Sing"),
    ("to", "to", "PART", 25, "mark", ""),
    ("become", "become", "VERB", 21, "advcl", "VerbForm=Inf"),
    ("a", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("trial", "trial", "NOUN", 25, "obj", "Number=Sing"),
    ("of", "of", "ADP", 29, "case", ""),
    ("character", "character", "NOUN", 27, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# The judge said she had read the press coverage of the case.
MRS_JUSTICE_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("judge", "judge", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("read", "read", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("press", "press", "NOUN", 8, "compound", "Number=Sing"),
    ("coverage", "coverage", "NOUN", 5, "obj", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 8, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Meridian Midstream Partners, the Houston-based company building the line, said in a statement that work had been paused.
MERIDIAN: list[FeatRow] = [
    ("Meridian", "Meridian", "PROPN", 2, "compound", "Number=Sing"),
    ("Midstream", "Midstream", "PROPN", 2, "compound", "Number=Sing"),
    ("Partners", "Partner", "PROPN", 13, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Houston", "Houston", "PROPN", 7, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##based", "based", "ADJ", 8, "amod", "Degree=Pos"),
    ("company", "company", "NOUN", 13, "nsubj", "Number=Sing"),
    ("building", "build", "VERB", 8, "acl", "VerbForm=Ger"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("line", "line", "NOUN", 9, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 13, "obl", "Number=Sing"),
    ("that", "that", "PRON", 21, "obj", "PronType=Rel"),
    ("work", "work", "NOUN", 21, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 21, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("paused", "pause", "VERB", 16, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# By late afternoon, a few dozen protesters remained at the main gate.
PROTESTERS: list[FeatRow] = [
    ("By", "by", "ADP", 2, "case", ""),
    ("late", "late", "ADJ", 2, "amod", "Degree=Pos"),
    ("afternoon", "afternoon", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("few", "few", "ADJ", 7, "amod", "Degree=Pos"),
    ("dozen", "dozen", "ADJ", 7, "amod", "Degree=Pos"),
    ("protesters", "protester", "NOUN", 8, "nsubj", "Number=Plur"),
    ("remained", "remain", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("main", "main", "ADJ", 12, "amod", "Degree=Pos"),
    ("gate", "gate", "NOUN", 8, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]
# One of them, a retired schoolteacher who had driven up from Minneapolis, said she had been arrested twice before.
PROTESTERS_2: list[FeatRow] = [
    ("One", "one", "NUM", 14, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 2, "case", ""),
    ("them", "they", "PRON", 0, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("retired", "retire", "VERB", 6, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("schoolteacher", "schoolteacher", "NOUN", 14, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("driven", "drive", "VERB", 6, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("up", "up", "ADP", 9, "compound:prt", ""),
    ("from", "from", "ADP", 12, "case", ""),
    ("Minneapolis", "Minneapolis", "PROPN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 18, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 18, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("arrested", "arrest", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("twice", "twice", "ADV", 18, "advmod", "NumForm=Word|NumType=Mult"),
    ("before", "before", "ADV", 18, "advmod", ""),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# The woman, who later gave her name as Ruth Ann Solberg, 68, said she planned to stay at the camp.
SOLBERG: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("woman", "woman", "NOUN", 15, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("later", "late", "ADV", 5, "advmod", "Degree=Cmp"),
    ("gave", "give", "VERB", 15, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("name", "name", "NOUN", 5, "obj", "Number=Sing"),
    ("as", "as", "ADP", 11, "case", ""),
    ("Ruth", "Ruth", "PROPN", 11, "compound", "Number=Sing"),
    ("Ann", "Ann", "PROPN", 11, "compound", "Number=Sing"),
    ("Solberg", "Solberg", "PROPN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("68", "68", "NUM", 11, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 17, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("planned", "plan", "VERB", 15, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 19, "mark", ""),
    ("stay", "stay", "VERB", 17, "xcomp", "VerbForm=Inf"),
    ("at", "at", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("camp", "camp", "NOUN", 19, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# Some guests said they had noticed cracks in the snow.
GUESTS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("guests", "guest", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("noticed", "notice", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("cracks", "crack", "NOUN", 5, "obj", "Number=Plur"),
    ("in", "in", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("snow", "snow", "NOUN", 5, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The resort said it had received no reports of cracking before the slide.
GUESTS_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("resort", "resort", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("received", "receive", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("no", "no", "DET", 7, "det", "PronType=Neg"),
    ("reports", "report", "NOUN", 5, "obj", "Number=Plur"),
    ("of", "of", "SCONJ", 9, "mark", ""),
    ("cracking", "crack", "VERB", 7, "acl", "VerbForm=Ger"),
    ("before", "before", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("slide", "slide", "NOUN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Harwick city council postponed a vote on the bus depot.
COUNCIL: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Harwick", "Harwick", "PROPN", 3, "compound", "Number=Sing"),
    ("city", "city", "NOUN", 3, "compound", "Number=Sing"),
    ("council", "council", "NOUN", 4, "nsubj", "Number=Sing"),
    ("postponed", "postpone", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("vote", "vote", "NOUN", 4, "obj", "Number=Sing"),
    ("on", "on", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("bus", "bus", "NOUN", 10, "compound", "Number=Sing"),
    ("depot", "depot", "NOUN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# "We need more time to review the noise study," a council spokeswoman said.
COUNCIL_SPOKESWOMAN: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("need", "need", "VERB", 15, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("more", "more", "ADJ", 4, "amod", "Degree=Cmp"),
    ("time", "time", "NOUN", 2, "obj", "Number=Sing"),
    ("to", "to", "PART", 6, "mark", ""),
    ("review", "review", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("noise", "noise", "NOUN", 9, "compound", "Number=Sing"),
    ("study", "study", "NOUN", 6, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 15, "punct", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("council", "council", "NOUN", 14, "compound", "Number=Sing"),
    ("spokeswoman", "spokeswoman", "NOUN", 15, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]
# Residents have opposed the depot for two years.
RESIDENTS: list[FeatRow] = [
    ("Residents", "resident", "NOUN", 2, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 2, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("opposed", "oppose", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("depot", "depot", "NOUN", 2, "obj", "Number=Sing"),
    ("for", "for", "ADP", 7, "case", ""),
    ("two", "two", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 2, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The council spokeswoman, Karen Liu, said the vote would be held in March.
KAREN_LIU: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 2, "compound", "Number=Sing"),
    ("spokeswoman", "spokeswoman", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("Karen", "Karen", "PROPN", 5, "compound", "Number=Sing"),
    ("Liu", "Liu", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("held", "hold", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 14, "case", ""),
    ("March", "March", "PROPN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# A spokesman for the singer denied the report at the time.
FOR_THE_SINGER: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("singer", "singer", "NOUN", 1, "nmod", "Number=Sing"),
    ("denied", "deny", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 5, "obj", "Number=Sing"),
    ("at", "at", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("time", "time", "NOUN", 5, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# That spokesman, Femi Adebayo-Clarke, said on Monday that his client regrets that the matter had come to court.
THAT_SPOKESMAN: list[FeatRow] = [
    ("That", "that", "DET", 1, "det", "Number=Sing|PronType=Dem"),
    ("spokesman", "spokesman", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Femi", "Femi", "PROPN", 4, "compound", "Number=Sing"),
    ("Adebayo", "Adebayo", "PROPN", 1, "appos", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##Clarke", "Clarke", "PROPN", 4, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Monday", "Monday", "PROPN", 8, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("his", "his", "PRON", 13, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("client", "client", "NOUN", 14, "nsubj", "Number=Sing"),
    ("regrets", "regret", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("matter", "matter", "NOUN", 19, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("come", "come", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", 21, "case", ""),
    ("court", "court", "NOUN", 19, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


def test_a_name_of_several_words_speaking_of_it_is_a_body():
    # "Halvorsen Marine Recovery says it found": a name of two words or more, no given name first,
    # that speaks of "it" is an organisation's (learned.learn_institutions; the name's first words
    # are compounds of its last, statement_cues.it_speaks_of_itself); it had been a person
    speaker = _speaker([[HALVORSEN]], "it found the wreck outside Mauritanian waters")
    assert (speaker.name, speaker.type) == ("Halvorsen Marine Recovery", "organization")


def test_a_syndicate_is_a_body():
    # body_nouns: "the London syndicate Wexford Marine" (had been a person)
    speaker = _speaker([[WEXFORD]], "that the claim was fair")
    assert (speaker.name, speaker.type) == ("Wexford Marine", "organization")


def test_a_nation_before_a_given_name_describes_the_person():
    # "the Italian Paolo Ferraresi": the nation's adjective is no part of the name
    # (SourceModel.without_nation), so "the" before it no longer makes it a body's, and "the
    # coach" is the coach just named
    speaker = _speaker([[FERRARESI], [THE_COACH]], "that he had never seen any sign of doping")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Paolo Ferraresi", "person", "named")
    coach = _speaker([[FERRARESI], [THE_COACH]], '"I know what her blood tests looked like,"')
    assert coach.name == "Paolo Ferraresi"


def test_a_dateline_read_as_a_clause_leaves_the_name_after_it_the_subject():
    # "BEIJING/BRUSSELS, June 5 (Reuters) - China said" with "BEIJING" a participle and "China"
    # hung on "June" (datelines._dateline_read_as_clause): the speaker had been "June"
    # (the day of saying is the verb's, session 52: occasion_clauses.time_read_into_clause)
    speaker = _speaker([[BEIJING]], 'it would take "firm countermeasures" to protect its companies')
    assert (speaker.name, speaker.type) == ("China", "organization")


def test_a_capitalised_word_modifying_a_noun_is_no_name():
    # "The coach, a former Jamaican hurdler ..., said": "Jamaican" a compound of "hurdler" is no
    # one's name (mentions._choose_name), so "The coach" is the coach just named
    speaker = _speaker([[COACH_BLUNT], [JAMAICAN]], "the sprinter had passed more than 30 tests")
    assert (speaker.name, speaker.type) == ("Desmond Forbes-Ellington", "person")


def test_a_first_surname_opening_a_sentence_is_the_persons():
    # "Quispe, whose party ..." after "Rafael Quispe Huamán" (the first of two surnames; tagged a
    # common noun): a name (name_context.opening_surname), so "he" in the next sentence is Quispe,
    # not "Liberty" of the sentence before
    speaker = _speaker([[QUISPE_LED], [LIBERTY], [QUISPE, QUISPE_HE]], 'the result "the beginning of the end"')
    assert speaker.name == "Rafael Quispe Huamán"


def test_a_documents_maker_is_the_whole_body_its_capitals_modify():
    # "the indictment drawn up by the Madrid provincial prosecutor's office": the office, not
    # "Madrid" (documents._owner_phrase)
    speaker = _speaker([[INDICTMENT]], "the manager set up the company in 2014")
    assert (speaker.name, speaker.type) == ("Madrid provincial prosecutor's office", "organization")


def test_a_trade_a_who_clause_describes_is_a_persons():
    # "Patrice Lemoine, a crane operator who has worked at the port": "operator" names bodies too
    # ("the port operator"), but one a "who" clause describes is a person's trade
    # (apposed_bodies.trade_of_person); she had been an organisation, and "she" unresolved
    speaker = _speaker([[LEMOINE, LEMOINE_SHE]], '"People can hold out for a few weeks,"')
    assert (speaker.name, speaker.type, speaker.role) == ("Patrice Lemoine", "person", "crane operator")


def test_a_clerk_is_a_title():
    # person_roles: "City Clerk Adaeze Obi said" (had been an organisation, "City Clerk Adaeze Obi")
    speaker = _speaker([[CITY_CLERK]], "her office has 30 business days to check the signatures")
    assert (speaker.name, speaker.type, speaker.role) == ("Adaeze Obi", "person", "City Clerk")


def test_a_hyphenated_syllable_ending_a_name_is_part_of_it():
    # "Zhou Lian-jie said" with "jie" a common noun heading the subject: the name's last syllable
    # (name_runs._hyphen_syllable, mentions._choose_name); the speaker had been anonymous
    speaker = _speaker([[ZHOU_BROUGHT], [ZHOU_SPEAKING]], "she was not seeking compensation")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Zhou Lian-jie", "person", "named")


def test_the_spokesperson_is_the_one_introduced_for_a_body():
    # "A spokesperson for the University of Northmoor said ... the spokesperson added": the noun
    # before the body a description names (spokespeople._same_spokesperson); had been anonymous
    speaker = _speaker([[NORTHMOOR, NORTHMOOR_AGAIN]], "It would be inappropriate to comment further")
    assert (speaker.name, speaker.type) == ("University of Northmoor", "organization")


def test_a_bare_spokesman_speaks_for_the_inspectorate_that_spoke_before():
    # organization_words: "inspectorate" (and "directorate"); the body's name runs back over a word
    # tagged otherwise ("The Drinking Water Inspectorate", spokespeople._organisation_before)
    speaker = _speaker([[INSPECTORATE, INSPECTORATE_SPOKESMAN]], "the regulator would take action")
    assert (speaker.name, speaker.type) == ("Drinking Water Inspectorate", "organization")


def test_a_spokeswoman_for_the_company_speaks_for_the_body_that_spoke():
    # "Ibernuclear ... said ... A spokeswoman for the company said": the business named before is
    # a body that has spoken, not a person's office (spokespeople._body_named)
    speaker = _speaker([[IBERNUCLEAR, IBERNUCLEAR_SPOKESWOMAN]], "it was too early to say more")
    assert (speaker.name, speaker.type) == ("Ibernuclear", "organization")


def test_a_science_named_as_a_class_is_vague():
    # generic_classes: "Meteorologists said", "Geologists say" are a class, as "scientists" are
    speaker = _speaker([[METEOROLOGISTS]], "the storm had intensified unusually quickly")
    assert (speaker.type, speaker.anonymity) == ("anonymous", "vague")


def test_a_woman_who_later_gave_her_name_is_that_person():
    # "The woman, who later gave her name as Dorothy Aniekan-Reyes," (delayed._GAVE_NAME, with
    # "later"); the woman quoted in the paragraph before is she (identified.identified_again)
    paragraphs = [[A_WOMAN], [GAVE_HER_NAME]]
    assert _speaker(paragraphs, "she had written to the owners association").name == "Dorothy Aniekan-Reyes"
    quote = '"I kept telling them that lake was going to come down on us one day,"'
    assert _speaker(paragraphs, quote).name == "Dorothy Aniekan-Reyes"


def test_a_roles_acronym_is_no_name():
    # "One GP in the town said": "GP" in capitals is a role, not a name (entities._role_word_as_name),
    # so the GP is the one the next sentence names
    speaker = _speaker([[ONE_GP, THE_GP]], "her surgery had seen more stomach bugs")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Amara Osei", "person", "named")


def _quote_texts(paragraphs) -> list[str]:
    return [q.text for q in resolve(paragraphs).quotes]


def test_a_that_clause_on_a_misread_word_is_the_cues_report():
    # "wrote in an email to staff on Thursday that she had ...": "staff" read as a verb with the
    # clause its advcl (second_reports.that_clause_on_misread_word); nothing had been reported
    speaker = _speaker([[TO_STAFF]], "that she had full confidence in the panel")
    assert speaker.name == "Marieke van den Heuvel"


def test_a_subject_left_on_the_cue_is_the_reports():
    # "said officers, including ..., had been sent" with "officers" the indirect object of "said",
    # and "told ... QTV that reinforcements, including ..., had been sent" with "reinforcements" a
    # relative clause of "QTV" (second_reports.subject_left_on_cue): neither had been reported whole
    assert (
        _speaker(
            [[SAID_OFFICERS]], "officers, including an armed response unit, had been sent to the zoo as a precaution"
        ).name
        == "Wexmoor Police"
    )
    texts = _quote_texts([[TOLD_QTV]])
    assert texts[0].startswith("that reinforcements, including an armoured battalion, had been sent")


def test_a_relative_clause_read_as_the_report_takes_no_subject_from_the_cue():
    # "said Frank, whose appointment ... sparked anger": the guard keeps "Frank" the speaker of the
    # quote before, not the subject of the misread "committee"
    quote = '"If you believe you represent the people, and the people are uncooperative with your goal of winning, you have to find some explanation,"'
    assert _speaker([[SAID_FRANK]], quote).name == "Frank"


def test_a_nations_noun_after_the_is_no_name():
    # guard for the hyphenated syllable (mentions._choose_name takes a run holding a lower-case
    # head only): "the Spaniard said" is the coach just named, not an organisation "Spaniard"
    quote = '"They asked good questions. They know football,"'
    assert _speaker([[ZUBELDIA], [SPANIARD, SPANIARD_2, SPANIARD_3]], quote).name == "Iñaki Zubeldia"


def test_a_founders_surname_is_his_not_the_firms_named_for_him():
    # "Halvorsen said" after "Eirik Halvorsen, the company's founder" and "Halvorsen Marine Recovery
    # says it": the first word of a body's name is no body's when it is a person's surname or
    # takes a courtesy title (table.learned_org); it had been an organisation "Halvorsen"
    paragraphs = [[HALVORSEN], [FOUNDER], [MR_HALVORSEN, MR_HALVORSEN_2]]
    speaker = _speaker(paragraphs, "both encounters had been courteous")
    assert (speaker.name, speaker.type) == ("Eirik Halvorsen", "person")


def test_a_name_set_off_with_a_post_speaking_of_it_is_a_persons():
    # guard for the multi-word body speaking of "it": "Agus Prasetyo, the party's secretary-general,
    # said it would ..." is a person (learned._given_a_post), "it" the party
    speaker = _speaker(
        [[UNITY_PARTY, UNITY_PARTY_2]], 'it would "not protect anybody who betrays the trust of the people."'
    )
    assert (speaker.name, speaker.type, speaker.role) == ("Agus Prasetyo", "person", "the party's secretary-general")


def test_the_rest_of_a_places_name_is_no_speakers():
    # "The ... Centre in Darwin, Australia, said", "Tom Emanuel of Laconia, N.H., stood ... to say":
    # a state or country after a place and a comma goes on the place (mentions._place_goes_on);
    # the speakers had been "Australia" and "N.H."
    centre = _speaker([[ADVISORY_CENTRE]], "that the ash cloud was drifting west")
    assert (centre.name, centre.type) == ("Volcanic Ash Advisory Centre", "organization")
    assert _speaker([[LACONIA]], "he was leaning toward supporting Mr. Trump").name == "Tom Emanuel"


def test_a_plural_description_closing_the_sentence_is_each_names():
    # "said Aminul Karim and Priya Venkataraman, oceanographers at the ... Centre in Chattogram.":
    # set off after names joined by "and" and closed by the sentence, a plural noun of any trade
    # is each one's role (shared_roles._plural_description_after); Karim had none
    speaker = _speaker(
        [[OCEANOGRAPHERS, TWO_SCIENTISTS]], '"Storms are getting more fuel, and we are getting less warning,"'
    )
    assert (speaker.name, speaker.anonymity) == ("Aminul Karim", "named")
    assert speaker.role == "oceanographers at the Coastal Ocean Research Centre in Chattogram"


def test_a_who_clause_after_names_joined_by_and_is_each_ones():
    # "Tom and Aisha Bello, who rent a two-bedroom flat in Leeds, said" (shared_roles._shared_relative)
    speaker = _speaker([[BUYERS, BELLOS], [MR_BELLO]], "they had decided to wait until the spring")
    assert (speaker.name, speaker.anonymity) == ("Tom Bello", "named")
    assert speaker.role == "who rent a two-bedroom flat in Leeds"


def test_a_couple_shares_the_surname_when_either_given_name_is_known():
    # "Gemma and Lee Harrow, whose ... son ..., said ... Mrs Harrow said": "Gemma" is Gemma Harrow
    # (candidates._shared_surname, "Lee" being a name of both sexes; given_names: gemma), so
    # "Mrs Harrow" is she, not Lee Harrow
    speaker = _speaker([[HARROWS, HARROWS_2, HARROWS_3]], '"We were giving him tap water to keep him hydrated,"')
    assert speaker.name == "Gemma Harrow"


def test_the_company_is_the_name_opening_the_sentence_before():
    # "Marchwater, which supplies the area, issued the notice ... The company said": the name that
    # opens the sentence before is its subject, though the parse hung it on a later verb
    # (org_subjects._main_subject_org); "The company" had stayed unresolved
    speaker = _speaker(
        [[MARCHWATER, MARCHWATER_2]],
        "it had traced the likely source to a damaged pipe that allowed animal waste from neighbouring farmland to enter a storage reservoir",
    )
    assert (speaker.name, speaker.type) == ("Marchwater", "organization")


def test_the_network_is_the_body_named_network_not_a_broadcaster():
    # "figures compiled by the network" after "The Sahel Food Security Network" and "the BBC's Hausa
    # service": a body the article named by the word itself, no outlet, before the last outlet
    # of that kind (outlet_mentions.outlet_described), and no channel (via._speaking_outlet)
    paragraphs = [[SFSN], [HAUSA], [COMPILED_BY]]
    (q,) = [q for q in resolve(paragraphs).quotes if q.text == "The appeal is only 18 percent funded"]
    assert q.speaker is not None and q.speaker.name == "Sahel Food Security Network"
    assert q.via is None


def test_a_reduced_relative_read_as_the_verb_leaves_the_report_to_the_next():
    # "A study published last month ... by two researchers at the University of Maiduguri, Fatima
    # Zanna-Bukar and Chinedu Okonkwo-Eze, found that ..." with "published" the root and "found"
    # its conjunct (second_reports.reduced_relative_read_as_verb): nothing had been reported; the
    # study is the researchers', not "Maiduguri"'s (documents._owner_named)
    quote = "that acute malnutrition among children in the worst-hit camps had nearly doubled since 2022"
    speaker = _speaker([[STUDY_FOUND]], quote)
    assert (speaker.name, speaker.type) == ("Fatima Zanna-Bukar", "person")


def test_a_cues_subject_the_parse_gave_its_report_is_the_cues():
    # "Flights were less affected, although a spokeswoman for airport operator Aeropuertos
    # Nacionales said 212 domestic flights had been cancelled" with "spokeswoman" a second subject
    # of "cancelled" (second_reports.cue_subject_in_report): the report had been "Flights were less
    # affected", said by nobody
    texts = _quote_texts([[FLIGHTS]])
    assert texts == ["212 domestic flights had been cancelled"]


def test_the_object_of_say_before_a_subjectless_report_is_its_subject():
    # "He also says the merger, while costly, was handled properly" with "merger" the object of
    # "says" (second_reports.subject_left_on_cue; "say" takes none): nothing had been reported
    assert _quote_texts([[SAYS_MERGER]]) == ["the merger, while costly, was handled properly in his view"]


def test_according_to_after_a_closing_infinitive_is_the_whole_clauses():
    # "... is among the hardest kinds to detect, according to Dr Aurelio de la Cruz, who studies
    # ..." with the source on "detect" (modifiers.according_to_on_infinitive): the quote had been
    # "to detect"; his "who" clause stays his, no quote
    texts = _quote_texts([[PLAGIARISM]])
    assert texts == ["Plagiarism of a student's unpublished work is among the hardest kinds to detect"]


def test_all_told_is_no_one_telling():
    # "All told, the three agencies spent ...": an idiom (retags._all_told); it had been a quote
    assert _quote_texts([[ALL_TOLD]]) == []


def test_a_relative_clause_with_two_verbs_keeps_the_cue_after_the_speaker():
    # '"...," Dana Whitlock, who co-founded Corvanta in 2011 and has run it since 2016, wrote':
    # the relative clause's second verb ends no search for the cue (fallbacks._in_noun_phrase),
    # and its object "it" is no speaker (fallbacks._in_relative_clause); the quote had none
    quote = '"I want to be direct with you: the people leaving us today did nothing wrong,"'
    assert _speaker([[DIRECT_WITH_YOU]], quote).name == "Dana Whitlock"


def test_a_portfolio_read_as_a_verb_opens_the_speakers_title():
    # "Housing Minister Rachel Okonkwo-Hart said" with "Housing" a verb heading the name
    # (portfolio_titles.portfolio_before_name): "said" had no subject
    speaker = _speaker([[HOUSING_MINISTER]], 'the figures showed "a market adjusting, not a market in crisis"')
    assert (speaker.name, speaker.role) == ("Rachel Okonkwo-Hart", "Housing Minister")


def test_a_post_read_as_an_adjective_of_any_verb_is_its_subject():
    # "The 51-year-old executive turned, nodded and said, '...'" with "executive" an adjective of
    # "turned" (retags._subject_read_as_adjective): the quote had no speaker
    speaker = _speaker([[EXECUTIVE_TURNED]], '"I hear you, and I am sorry," before the doors closed')
    assert speaker.type == "anonymous" and "executive" in speaker.text


def test_according_to_a_report_last_month_takes_the_report():
    # "according to a report last month in the South China Morning Post" with "month" the head and
    # "report" its compound (source_phrases.according_to_a_time): the speaker had been "Hungary"
    quote = "Chinese e-bike makers were already exploring assembly plants in Hungary"
    (q,) = [q for q in resolve([[REPORT_LAST_MONTH]]).quotes if q.text == quote]
    assert q.speaker is not None and q.speaker.type == "organization" and q.speaker.text.startswith("a report")
    assert q.via is not None and q.via.name == "South China Morning Post"


def test_a_description_after_according_to_read_as_a_second_subject_is_the_sources():
    # "According to Dawn, the Karachi-based newspaper, the board's inquiry will ..." with
    # "newspaper" a second subject (source_phrases.apposition_after_according, the parse hanging
    # the closing comma on "Dawn"); a body's noun set off after a name makes it a body's
    # (apposed_bodies.institution_apposition: body_nouns), though "Dawn" is a given name
    speaker = _speaker([[DAWN]], "the board's inquiry will also examine footage from the first Test")
    assert (speaker.name, speaker.type) == ("Dawn", "organization")


def test_a_cue_read_into_its_subjects_relative_clause_is_the_verb():
    # "One of the divers who worked on the recovery described conditions at the wreck ... as 'like
    # working ...'" with no verb for "One" and "described" an adjective of "conditions"
    # (second_reports.cue_read_into_relative); and "One of the divers described conditions" with
    # both on "One": the quote had no speaker, or a garbled one
    for rows in (DIVERS_WHO_WORKED, DIVERS_DESCRIBED):
        (q,) = resolve([[rows]]).quotes
        assert q.speaker is not None and q.speaker.text == "One of the divers"


def test_an_apposition_read_as_the_report_of_an_inverted_cue_is_the_names_role():
    # '"...," said Ana Lucía Paredes, chief emerging-markets economist at Halden Capital in London.'
    # with "economist" a verb reporting "markets" (second_reports.apposition_read_as_report): it
    # had been a second quote and she had no role
    r = resolve([[ECONOMIST]])
    assert [q.text for q in r.quotes] == ['"The market is pricing a cut in December,"']
    speaker = r.quotes[0].speaker
    assert speaker is not None and speaker.role == "chief emerging-markets economist at Halden Capital in London"


_INQUIRY = [[SAFETY_OFFICER], [VENKATARAMAN], [TWO_SUPPORTERS], [THE_58_YEAR_OLD], [GATE_C], [GONE_OVER]]


def test_an_age_is_never_the_person_the_article_gave_another():
    # "the 58-year-old said" after "Two supporters, Daniel Hirst, 19, and Adaeze Okonkwo, 27,":
    # not Hirst (descriptions.aged_person), but the subject before
    speaker = _speaker(_INQUIRY, "he had written to the club's board in October 2022")
    assert speaker.name == "Rajesh Venkataraman"


def test_a_letter_closing_a_name_makes_it_a_things():
    # "Gate C" is no person (candidates._place_time_or_thing), so "he said" is not "Gate C"
    assert _speaker(_INQUIRY, '"I have gone over that decision every day since,"').name == "Rajesh Venkataraman"


def test_a_time_opener_is_no_subject():
    # "Late on Wednesday, Mwelwa and Finance Minister Elias Phiri said" with "Late" the subject
    # (openers.time_opener_read_as_subject): the speaker had been "Late"
    speaker = _speaker([[LATE_ON_WEDNESDAY]], "that the government remains open to dialogue")
    assert speaker.name == "Mwelwa"


def test_the_company_opening_a_paragraph_is_the_body_the_one_before_was_about():
    # "Summit Crest Homes, one of ... homebuilders, filed for ..." (the name the root, plural) ¶
    # "In a petition ..., the Lakewood-based company listed ... It blamed ...": "the company"
    # opening a paragraph is the named body of the last sentence before (org_subjects.
    # previous_main_subject; "homes" in organization_words); it had stayed a description
    speaker = _speaker([[SUMMIT_CREST], [LAKEWOOD_BASED, LAKEWOOD_BASED_2]], "rising interest rates for its collapse")
    assert (speaker.name, speaker.type) == ("Summit Crest Homes", "organization")


def test_a_place_based_drugmaker_is_the_body_named_not_the_place():
    # "The Cambridge, Massachusetts-based drugmaker said": definite by its opening article
    # (unnamed._definite) and placed (described_bodies.bare_or_placed), so Averon Biotherapeutics
    # ("biotherapeutics" in organization_words), and "Cambridge" is no body
    # (org_subjects._BASED_AFTER); they had been the description and "Cambridge"
    paragraphs = [[AVERON], [CAMBRIDGE_BASED, CAMBRIDGE_BASED_2]]
    for quote in (
        "in the study had been halted at all 96 sites",
        "Participants who have already been vaccinated will continue to be monitored",
    ):
        assert _speaker(paragraphs, quote).name == "Averon Biotherapeutics"


def test_a_justice_is_a_judge():
    # "Mrs Justice Carrow ... The judge said" (title_abbreviations: "Justice" is the judge's title,
    # and "the justice" maps to the same word, identified.identify_descriptions)
    speaker = _speaker([[MRS_JUSTICE, MRS_JUSTICE_2]], "she had read the press coverage of the case")
    assert speaker.name == "Carrow"


def test_one_of_them_set_off_with_a_description_is_that_person():
    # "One of them, a retired schoolteacher who had driven up from Minneapolis, said" with the
    # description a second subject (mentions._quantified): the speaker had been "them", taken for
    # "Meridian Midstream Partners" (a plural name) named before
    paragraphs = [[MERIDIAN], [PROTESTERS, PROTESTERS_2]]
    speaker = _speaker(paragraphs, "she had been arrested twice before")
    assert (speaker.text, speaker.type) == ("One of them", "anonymous")


def test_a_name_given_later_may_have_three_words():
    # "The woman, who later gave her name as Ruth Ann Solberg, 68," (delayed._GAVE_NAME): it had
    # been "Ruth Ann"
    assert _speaker([[SOLBERG]], "she planned to stay at the camp").name == "Ruth Ann Solberg"


def test_a_resort_is_a_body():
    # organization_words: "The resort said it had received no reports" (had been a person described)
    speaker = _speaker([[GUESTS, GUESTS_2]], "it had received no reports of cracking before the slide")
    assert speaker.type == "organization"


def test_an_unnamed_spokesperson_named_later_is_that_person():
    # "a council spokeswoman said" ... (two paragraphs on) "The council spokeswoman, Karen Liu,";
    # "A spokesman for the singer denied the report" ... "That spokesman, Femi Adebayo-Clarke,"
    # (identified.spokesperson_named_later): they had stayed the organisation
    council = [[COUNCIL, COUNCIL_SPOKESWOMAN], [RESIDENTS], [KAREN_LIU]]
    speaker = _speaker(council, '"We need more time to review the noise study,"')
    assert (speaker.name, speaker.type) == ("Karen Liu", "person")
    assert _speaker([[FOR_THE_SINGER], [THAT_SPOKESMAN]], "the report").name == "Femi Adebayo-Clarke"
