"""Session 32, third batch, on sentences written for the purpose (the trees the shipped parser gave
them; no model needed): "According" read as the mark of the adjective after its noun
(phrase_repairs._according_read_as_mark); a reason for anonymity never runs into the cue
(sources/anonymity); title-case words joined to a body's name by "and"
(sources/mention_words._joins_modifiers, name_context.fuller_org_name); a name after a
description read as its conjunct ("Halvorsen's largest shareholder, the pension fund CalPERS,"),
and a spelling with a capital inside (retags._mixed_case_names; name_runs.apposed_name_run;
mention_words.appositive_conj), not a list's middle name; a connective read as the subject
("Moreover, Jeffrey D. Sachs said": retags._connective_read_as_subject); a participle's host with a
subject split at "and" after an apposition's comma (coordination.split_coordination); "the Chief
Minister" is no "Deputy Chief Minister" (sources/resolve._QUALIFIERS); a lone name with "its" or
"their" in the aside after it is a body's (sources/name_context.possessive_aside); "the Dutchman"
is a second reference like "the 54-year-old" (retags._demonym_nouns, descriptions.demonym_noun); two
particles in a name ("Ursula von der Leyen": sources/name_runs._joined); "who" after a party tag
set off by commas ("Sen. Tammy Duckworth, D-Ill., who said": sources/relatives.before_party_tag,
name_runs.party_tag, members.co_speaker_conjunct)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# According to people familiar with United 's thinking , the club is reluctant to sell .
ACCORDING_FAMILIAR: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "mark", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("people", "person", "NOUN", 12, "obl", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 12, "advcl", "Degree=Pos"),
    ("with", "with", "ADP", 7, "case", ""),
    ("United", "Unite", "VERB", 7, "nmod:poss", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("'s", "'s", "PART", 5, "case", ""),
    ("thinking", "thinking", "NOUN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 12, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("reluctant", "reluctant", "ADJ", -1, "root", "Degree=Pos"),
    ("to", "to", "PART", 14, "mark", ""),
    ("sell", "sell", "VERB", 12, "xcomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# Two rescuers who spoke on condition of anonymity because they were not authorized to talk to the media told Reuters that the rock had shifted .
RESCUERS_TOLD: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("rescuers", "rescuer", "NOUN", 18, "nsubj", "Number=Plur"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("condition", "condition", "NOUN", 3, "obl", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("anonymity", "anonymity", "NOUN", 5, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 12, "mark", ""),
    ("they", "they", "PRON", 12, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 12, "advmod", "Polarity=Neg"),
    ("authorized", "authorize", "VERB", 18, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 14, "mark", ""),
    ("talk", "talk", "VERB", 12, "xcomp", "VerbForm=Inf"),
    ("to", "to", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("media", "media", "NOUN", 14, "obl", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 18, "iobj", "Number=Plur"),
    ("that", "that", "SCONJ", 24, "mark", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("rock", "rock", "NOUN", 24, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shifted", "shift", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 18, "punct", ""),
]

# The Independent Electoral and Boundaries Commission ( IEBC ) said the count was complete .
IEBC: list[FeatRow] = [
    ("The", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Independent", "independent", "ADJ", 5, "amod", "Degree=Pos"),
    ("Electoral", "Electoral", "ADJ", 5, "amod", "Degree=Pos"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("Boundaries", "Boundary", "PROPN", 5, "compound", "Number=Plur"),
    ("Commission", "Commission", "PROPN", 9, "nsubj", "Number=Sing"),
    ("(", "(", "PUNCT", 7, "punct", ""),
    ("IEBC", "IEBC", "PROPN", 5, "appos", "Number=Sing"),
    (")", ")", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("count", "count", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("complete", "complete", "ADJ", 9, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# Halvorsen 's largest shareholder , the pension fund CalPERS , said in an emailed statement that it backed the deal .
CALPERS: list[FeatRow] = [
    ("Halvorsen", "Halvorsen", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 0, "case", ""),
    ("largest", "large", "ADJ", 3, "amod", "Degree=Sup"),
    ("shareholder", "shareholder", "NOUN", 10, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("pension", "pension", "NOUN", 8, "compound", "Number=Sing"),
    ("fund", "fund", "NOUN", 8, "compound", "Number=Sing"),
    ("CalPERS", "cmmper", "NOUN", 3, "conj", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 14, "case", ""),
    ("an", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("emailed", "email", "VERB", 14, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("statement", "statement", "NOUN", 10, "obl", "Number=Sing"),
    ("that", "that", "PRON", 17, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 17, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("backed", "back", "VERB", 14, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 17, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# Jane Roe , Tom Doe and Ann Smith said the plan works .
THREE_NAMES: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("Tom", "Tom", "PROPN", 4, "compound", "Number=Sing"),
    ("Doe", "Doe", "PROPN", 0, "flat", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Ann", "Ann", "PROPN", 4, "conj", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 4, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 11, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 8, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Moreover , Jeffrey D. Sachs said that most of those plans run only to 2030 .
MOREOVER: list[FeatRow] = [
    ("Moreover", "moreover", "PROPN", 5, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("Jeffrey", "Jeffrey", "PROPN", 4, "compound", "Number=Sing"),
    ("D.", "D.", "PROPN", 4, "compound", "Number=Sing"),
    ("Sachs", "Sachs", "PROPN", 0, "flat", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("most", "most", "ADJ", 11, "nsubj", "Degree=Sup"),
    ("of", "of", "ADP", 10, "case", ""),
    ("those", "that", "DET", 10, "det", "Number=Plur|PronType=Dem"),
    ("plans", "plan", "NOUN", 7, "nmod", "Number=Plur"),
    ("run", "run", "VERB", 5, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("only", "only", "ADV", 11, "advmod", ""),
    ("to", "to", "ADP", 14, "case", ""),
    ("2030", "2030", "NUM", 11, "obl", "NumForm=Digit|NumType=Card"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


# The commission 's vice - chair , Juliana Cherera , and three other commissioners broke ranks late on Monday , telling journalists that they could not take ownership of the results .
CHERERA: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("commission", "commission", "NOUN", 5, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 1, "case", ""),
    ("vice", "vice", "NOUN", 5, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 3, "punct", ""),
    ("chair", "chair", "NOUN", 14, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("Juliana", "Juliana", "PROPN", 8, "compound", "Number=Sing"),
    ("Cherera", "Cherera", "PROPN", 5, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("three", "three", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("other", "other", "ADJ", 13, "amod", "Degree=Pos"),
    ("commissioners", "commissioner", "NOUN", 14, "nsubj", "Number=Plur"),
    ("broke", "break", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("ranks", "rank", "NOUN", 14, "obj", "Number=Plur"),
    ("late", "late", "ADJ", 14, "xcomp", "Degree=Pos"),
    ("on", "on", "ADP", 18, "case", ""),
    ("Monday", "Monday", "PROPN", 16, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 20, "punct", ""),
    ("telling", "tell", "VERB", 14, "advcl", "Tense=Pres|VerbForm=Part"),
    ("journalists", "journalist", "NOUN", 20, "obj", "Number=Plur"),
    ("that", "that", "PRON", 26, "mark", "PronType=Rel"),
    ("they", "they", "PRON", 26, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("could", "could", "AUX", 26, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 26, "advmod", "Polarity=Neg"),
    ("take", "take", "VERB", 21, "acl:relcl", "VerbForm=Inf"),
    ("ownership", "ownership", "NOUN", 26, "obj", "Number=Sing"),
    ("of", "of", "ADP", 30, "case", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("results", "result", "NOUN", 27, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# Chief Minister Siddaramaiah said the report was false .
MINISTERS: list[FeatRow] = [
    ("Chief", "Chief", "PROPN", 2, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 2, "compound", "Number=Sing"),
    ("Siddaramaiah", "Siddaramaiah", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("false", "false", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Deputy Chief Minister Ravi Shivakumar said the party was united .
MINISTERS_1: list[FeatRow] = [
    ("Deputy", "deputy", "PROPN", 4, "compound", "Number=Sing"),
    ("Chief", "Chief", "PROPN", 4, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 4, "compound", "Number=Sing"),
    ("Ravi", "Ravi", "PROPN", 4, "compound", "Number=Sing"),
    ("Shivakumar", "Shivakumar", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 9, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 9, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("united", "unite", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# " I have done nothing wrong , " the Chief Minister told reporters .
MINISTER_TOLD: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("I", "I", "PRON", 3, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("done", "do", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("nothing", "nothing", "PRON", 3, "obj", "Number=Sing|PronType=Ind"),
    ("wrong", "wrong", "ADJ", 3, "xcomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 11, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Chief", "Chief", "PROPN", 10, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 11, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 11, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Benfica , in a statement on their website , said the player was not for sale .
BENFICA: list[FeatRow] = [
    ("Benfica", "Benfica", "PROPN", 9, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("in", "in", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("their", "their", "PRON", 7, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("website", "website", "NOUN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("player", "player", "NOUN", 15, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 15, "advmod", "Polarity=Neg"),
    ("for", "for", "ADP", 15, "case", ""),
    ("sale", "sale", "NOUN", 9, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# Smith , in a statement on his website , said the player was not for sale .
SMITH_HIS: list[FeatRow] = [
    ("Smith", "Smith", "PROPN", 9, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("in", "in", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("his", "his", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("website", "website", "NOUN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("player", "player", "NOUN", 15, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 15, "advmod", "Polarity=Neg"),
    ("for", "for", "ADP", 15, "case", ""),
    ("sale", "sale", "NOUN", 9, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]


# Manchester United manager Erik ten Hag was asked about the player on Friday .
TEN_HAG: list[FeatRow] = [
    ("Manchester", "Manchester", "PROPN", 2, "compound", "Number=Sing"),
    ("United", "Unite", "VERB", 2, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("manager", "manager", "NOUN", 5, "compound", "Number=Sing"),
    ("Erik", "Erik", "PROPN", 5, "compound", "Number=Sing"),
    ("ten", "ten", "PROPN", 5, "compound", "Number=Sing"),  # (a name's particle: syntax/pretags.py)
    ("Hag", "Hag", "PROPN", 7, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("asked", "ask", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("about", "about", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("player", "player", "NOUN", 7, "obl", "Number=Sing"),
    ("on", "on", "ADP", 12, "case", ""),
    ("Friday", "Friday", "PROPN", 10, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# " I do not talk about players from other clubs , " the Dutchman said .
DUTCHMAN: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("I", "I", "PRON", 4, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("do", "do", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("talk", "talk", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("about", "about", "ADP", 6, "case", ""),
    ("players", "player", "NOUN", 4, "obl", "Number=Plur"),
    ("from", "from", "ADP", 9, "case", ""),
    ("other", "other", "ADJ", 9, "amod", "Degree=Pos"),
    ("clubs", "club", "NOUN", 4, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Dutchman", "Dutchman", "PROPN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# Ursula von der Leyen said the plan was sound .
VON_DER_LEYEN: list[FeatRow] = [
    ("Ursula", "Ursula", "PROPN", 1, "compound", "Number=Sing"),
    ("von", "von", "NOUN", 3, "compound", "Number=Sing"),
    ("der", "der", "PROPN", 3, "compound", "Number=Sing"),
    ("Leyen", "Leyen", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sound", "sound", "ADJ", 4, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


# Whitaker faced sharp questioning from Sen. Tammy Duckworth , D- Ill. , who said the agency 's own data showed controllers routinely working six - day weeks .
DUCKWORTH: list[FeatRow] = [
    ("Whitaker", "whitaker", "ADJ", 1, "nsubj", "Degree=Cmp"),
    ("faced", "face", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sharp", "sharp", "ADJ", 3, "amod", "Degree=Pos"),
    ("questioning", "question", "VERB", 1, "xcomp", "VerbForm=Ger"),
    ("from", "from", "ADP", 7, "case", ""),
    ("Sen.", "Sen.", "PROPN", 7, "compound", "Number=Sing"),
    ("Tammy", "Tammy", "PROPN", 7, "compound", "Number=Sing"),
    ("Duckworth", "Duckworth", "PROPN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("D-", "d-", "PROPN", 7, "appos", "Number=Sing"),
    ("Ill.", "Ill.", "PROPN", 7, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 1, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 18, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 15, "case", ""),
    ("own", "own", "ADJ", 18, "amod", "Degree=Pos"),
    ("data", "data", "NOUN", 19, "nsubj", "Number=Sing"),
    ("showed", "show", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("controllers", "controller", "NOUN", 19, "obj", "Number=Plur"),
    ("routinely", "routinely", "ADV", 22, "advmod", ""),
    ("working", "work", "VERB", 19, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("six", "six", "NUM", 25, "nummod", "NumForm=Word|NumType=Card"),
    ("-", "-", "PUNCT", 23, "punct", ""),
    ("day", "day", "NOUN", 26, "compound", "Number=Sing"),
    ("weeks", "week", "NOUN", 22, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# According to a person familiar with the matter , members of the council discussed a cut at the meeting .
ACCORDING_PERSON: list[FeatRow] = [
    ("According", "accord", "VERB", 4, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("person", "person", "NOUN", 13, "obl", "Number=Sing"),
    ("familiar", "familiar", "ADJ", 13, "advcl", "Degree=Pos"),
    ("with", "with", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("matter", "matter", "NOUN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("members", "member", "NOUN", 13, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 9, "nmod", "Number=Sing"),
    ("discussed", "discuss", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("cut", "cut", "NOUN", 13, "obj", "Number=Sing"),
    ("at", "at", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("meeting", "meeting", "NOUN", 13, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# According to a source close to the talks , the council discussed a cut .
ACCORDING_SOURCE: list[FeatRow] = [
    ("According", "accord", "VERB", 4, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 11, "obl", "Number=Sing"),
    ("close", "close", "ADJ", 11, "obl", "Degree=Pos"),
    ("to", "to", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 4, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 11, "nsubj", "Number=Sing"),
    ("discussed", "discuss", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("cut", "cut", "NOUN", 11, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 11, "punct", ""),
]


# The minister said the talks had failed , according to Reuters .
MINISTER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 6, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("according", "accord", "VERB", 10, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 10, "case", ""),
    ("Reuters", "Reuters", "PROPN", 6, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_according_to_people_familiar_with_it():
    (q,) = resolve([[ACCORDING_FAMILIAR]]).quotes
    assert q.text == "the club is reluctant to sell"
    assert q.speaker is not None and q.speaker.text == "people familiar with United 's thinking"
    # (with a determiner before the noun and "According" the adjective's case)
    (q,) = resolve([[ACCORDING_PERSON]]).quotes
    assert q.text == "members of the council discussed a cut at the meeting"
    assert q.speaker is not None and q.speaker.text == "a person familiar with the matter"
    (q,) = resolve([[ACCORDING_SOURCE]]).quotes
    assert q.speaker is not None and q.speaker.text == "a source close to the talks"


def test_a_reason_for_anonymity_stops_at_the_cue():
    (q,) = resolve([[RESCUERS_TOLD]]).quotes
    assert q.speaker is not None and q.speaker.reason == (
        "spoke on condition of anonymity because they were not authorized to talk to the media"
    )


def test_title_case_words_joined_by_and_are_the_bodys_name():
    (q,) = resolve([[IEBC]]).quotes
    assert q.speaker is not None and q.speaker.name == "Independent Electoral and Boundaries Commission"


def test_a_name_after_a_description_read_as_its_conjunct():
    assert CALPERS[8][2] == "NOUN" and CALPERS[8][4] == "conj"
    (q,) = resolve([[CALPERS]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("CalPERS", "organization")
    # (not the middle name of a list: three speakers, none the role of another)
    r = resolve([[THREE_NAMES]])
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.role is None and len(q.speaker.entities) == 3


def test_a_connective_read_as_the_subject():
    (q,) = resolve([[MOREOVER]]).quotes
    assert q.speaker is not None and (q.speaker.text, q.speaker.role) == ("Jeffrey D. Sachs", None)


def test_the_first_subject_with_its_apposition_and_the_second_after_and_speak_together():
    (q,) = resolve([[CHERERA]]).quotes
    assert q.speaker is not None and q.speaker.name == "Juliana Cherera"


def test_the_post_a_definite_description_names_is_the_bare_one():
    quotes = resolve([[MINISTERS, MINISTERS_1], [MINISTER_TOLD]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Siddaramaiah"


def test_a_lone_name_with_their_in_its_aside_is_a_body():
    (q,) = resolve([[BENFICA]]).quotes
    assert q.speaker is not None and q.speaker.type == "organization"
    (q,) = resolve([[SMITH_HIS]]).quotes
    assert q.speaker is not None and q.speaker.type == "person"


def test_the_dutchman_is_the_person_named_before():
    quotes = resolve([[TEN_HAG], [DUTCHMAN]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.type == "person"
    assert quotes[-1].speaker.resolved_by == "definite-description"


def test_two_particles_inside_a_name():
    (q,) = resolve([[VON_DER_LEYEN]]).quotes
    assert q.speaker is not None and q.speaker.name == "Ursula von der Leyen"


def test_who_after_a_party_tag_is_the_named_senator():
    (q,) = resolve([[DUCKWORTH]]).quotes
    assert q.speaker is not None and q.speaker.name == "Tammy Duckworth" and len(q.speaker.entities) == 1


def test_a_trailing_according_to_after_a_report_leaves_the_reporter_its_words():
    # (the parse hung "according to Reuters" on what the minister said)
    r = resolve([[MINISTER]])
    said = {(q.text, q.speaker.text if q.speaker else None, q.via.name if q.via else None) for q in r.quotes}
    assert ("the talks had failed", "The minister", "Reuters") in said
