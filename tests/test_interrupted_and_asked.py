"""Session 32, first batch, on sentences written for the purpose (the trees the shipped parser gave
them; no model needed): the clause's subject read as a second object of "tell"
(listener_clauses._object_before_clause); a clause before "but" read as what was said
(fronted_subject.subject_after_coordinator); a superlative apposition read as a second subject
(appositive_subjects); a sentence rooted on its subject with the verb hung on an aside
(fronted_subject.verb_read_as_modifier_of_aside); "who" after a description's "of" phrase
(sources/relatives._personal_host); interrupting cues with a listener, a gerund subject or a
conjunct (interrupted.py; sources/role_words.set_off_cue); a description read as a clause before
the cue (appositive_subjects.description_read_as_clause_before_cue); a speech verb inside the
subject's relative clause (relative_speech.say_inside_subject_relative); "asked whether ..."
phrases the parse made the head (question_clauses.answer_read_under_asked); an object before a
quotation ('said it "would not comment"'); titles, party members and outlets from the lexicons; a
surname two people share (sources/table._person_entity)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# He told psychologists violent men such as Roe were his " heroes . "
TOLD_PSYCHOLOGISTS: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("psychologists", "psychologist", "NOUN", 1, "iobj", "Number=Plur"),
    ("violent", "violent", "ADJ", 4, "amod", "Degree=Pos"),
    ("men", "man", "NOUN", 1, "obj", "Number=Plur"),
    ("such", "such", "ADJ", 11, "mark", "ExtPos=ADP"),
    ("as", "as", "SCONJ", 11, "mark", ""),
    ("Roe", "Roe", "PROPN", 11, "nsubj", "Number=Sing"),
    ("were", "be", "AUX", 11, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ('"', '"', "PUNCT", 11, "punct", ""),
    ("heroes", "hero", "NOUN", 1, "ccomp", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
    ('"', '"', "PUNCT", 1, "punct", ""),
]

# The ruling party lacks a majority , but its allies , members of the Ulster Unionist Party ( UUP ) , have said they will back the government .
ALLIES_HAVE_SAID: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("ruling", "rule", "VERB", 2, "amod", "VerbForm=Ger"),
    ("party", "party", "NOUN", 3, "nsubj", "Number=Sing"),
    ("lacks", "lack", "VERB", 22, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("majority", "majority", "NOUN", 3, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("but", "but", "CCONJ", 22, "cc", ""),
    ("its", "its", "PRON", 9, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("allies", "ally", "NOUN", 5, "conj", "Number=Plur"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("members", "member", "NOUN", 9, "conj", "Number=Plur"),
    ("of", "of", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("Ulster", "Ulster", "PROPN", 16, "compound", "Number=Sing"),
    ("Unionist", "Unionist", "PROPN", 16, "compound", "Number=Sing"),
    ("Party", "Party", "PROPN", 11, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 18, "punct", ""),
    ("UUP", "UUP", "PROPN", 16, "appos", "Number=Sing"),
    (")", ")", "PUNCT", 18, "punct", ""),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("have", "have", "AUX", 22, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("said", "say", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("they", "they", "PRON", 25, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("will", "will", "AUX", 25, "aux", "VerbForm=Fin"),
    ("back", "back", "ADV", 27, "advmod", ""),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 22, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 22, "punct", ""),
]

# Parents at Lincoln Elementary , the oldest of the three schools , said they feared the closure .
PARENTS_OLDEST: list[FeatRow] = [
    ("Parents", "parent", "NOUN", 12, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 3, "case", ""),
    ("Lincoln", "Lincoln", "PROPN", 3, "compound", "Number=Sing"),
    ("Elementary", "Elementary", "PROPN", 0, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("oldest", "old", "ADJ", 12, "nsubj", "Degree=Sup"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("three", "three", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("schools", "school", "NOUN", 6, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 14, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("feared", "fear", "VERB", 12, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("closure", "closure", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# Otieno , in a televised address , called for unity and said he would be " president of all Kenyans . "
OTIENO: list[FeatRow] = [
    ("Otieno", "Otieno", "PROPN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("televised", "televise", "VERB", 5, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("address", "address", "NOUN", 0, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("called", "call", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 9, "case", ""),
    ("unity", "unity", "NOUN", 7, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("said", "say", "VERB", 7, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 16, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 16, "cop", "VerbForm=Inf"),
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("president", "president", "NOUN", 11, "ccomp", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("all", "all", "DET", 19, "det", "PronType=Tot"),
    ("Kenyans", "Kenyan", "PROPN", 16, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 7, "punct", ""),
    ('"', '"', "PUNCT", 16, "punct", ""),
]

# The claim was echoed by Mohammed al - Houthi , a member of the group 's political council , who wrote on X that the talks had failed .
HOUTHI: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("claim", "claim", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("echoed", "echoo", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("Mohammed", "Mohammed", "PROPN", 6, "compound", "Number=Sing"),
    ("al", "al", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("-", "-", "PUNCT", 6, "punct", ""),
    ("Houthi", "Houthi", "PROPN", 6, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("member", "member", "NOUN", 3, "parataxis", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 17, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 14, "case", ""),
    ("political", "political", "ADJ", 17, "amod", "Degree=Pos"),
    ("council", "council", "NOUN", 11, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 20, "punct", ""),
    ("who", "who", "PRON", 20, "nsubj", "PronType=Rel"),
    ("wrote", "write", "VERB", 17, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 22, "case", ""),
    ("X", "X", "PROPN", 20, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 27, "mark", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 27, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 27, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 20, "advcl", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# He won with the help of the mayor 's adult children , who said the campaign was over .
HELP_OF_CHILDREN: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("won", "win", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("with", "with", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("help", "help", "NOUN", 1, "obl", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 10, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 7, "case", ""),
    ("adult", "adult", "NOUN", 10, "compound", "Number=Sing"),
    ("children", "child", "NOUN", 4, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 10, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("campaign", "campaign", "NOUN", 17, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("over", "over", "ADV", 13, "ccomp", ""),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The union , Wong told reporters , had timed the action to inflict maximum damage .
UNION_WONG: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 4, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Wong", "Wong", "PROPN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 4, "iobj", "Number=Plur"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("timed", "time", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("action", "action", "NOUN", 8, "obj", "Number=Sing"),
    ("to", "to", "PART", 12, "mark", ""),
    ("inflict", "inflict", "VERB", 8, "advcl", "VerbForm=Inf"),
    ("maximum", "maximum", "ADJ", 14, "amod", "Degree=Pos"),
    ("damage", "damage", "NOUN", 12, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Streaming , he argued , had forced performers to tour constantly .
STREAMING: list[FeatRow] = [
    ("Streaming", "stream", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("he", "he", "PRON", 3, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("argued", "argue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("forced", "force", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    ("performers", "performer", "NOUN", 6, "obj", "Number=Plur"),
    ("to", "to", "PART", 9, "mark", ""),
    ("tour", "tour", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("constantly", "constantly", "ADV", 9, "advmod", ""),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Editors in London , she recalled later , had refused to send a woman .
EDITORS: list[FeatRow] = [
    ("Editors", "editor", "NOUN", 9, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 2, "case", ""),
    ("London", "London", "PROPN", 0, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("recalled", "recall", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("later", "late", "ADV", 5, "advmod", "Degree=Cmp"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("refused", "refuse", "VERB", 5, "conj", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 11, "mark", ""),
    ("send", "send", "VERB", 9, "xcomp", "VerbForm=Inf"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("woman", "woman", "NOUN", 11, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Her neighbour , retired engineer David Okafor , said the risk was laughable .
NEIGHBOUR: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("neighbour", "neighbour", "NOUN", 3, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("retired", "retire", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("engineer", "engineer", "NOUN", 6, "compound", "Number=Sing"),
    ("David", "David", "PROPN", 6, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 3, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("risk", "risk", "NOUN", 12, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("laughable", "laughable", "ADJ", 8, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# A Lufthansa pilot who asked not to be named because he feared reprisals said morale in the cockpit was at a historic low .
PILOT: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("Lufthansa", "Lufthansa", "PROPN", 2, "compound", "Number=Sing"),
    ("pilot", "pilot", "NOUN", 22, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 8, "mark", ""),
    ("be", "be", "AUX", 8, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 4, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 11, "mark", ""),
    ("he", "he", "PRON", 11, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("feared", "fear", "VERB", 8, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reprisals", "reprisal", "NOUN", 11, "obj", "Number=Plur"),
    ("said", "say", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("morale", "morale", "NOUN", 13, "obj", "Number=Sing"),
    ("in", "in", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("cockpit", "cockpit", "NOUN", 22, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 22, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 22, "case", ""),
    ("a", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("historic", "historic", "ADJ", 22, "amod", "Degree=Pos"),
    ("low", "low", "ADJ", -1, "root", "Degree=Pos"),
    (".", ".", "PUNCT", 22, "punct", ""),
]

# Ford , asked whether the government would repeal the law , said the matter was before the courts .
FORD: list[FeatRow] = [
    ("Ford", "Ford", "PROPN", 2, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("whether", "whether", "SCONJ", 7, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 7, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("repeal", "repeal", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("law", "law", "NOUN", 7, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", 2, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("matter", "matter", "NOUN", 17, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("before", "before", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("courts", "court", "NOUN", 11, "ccomp", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Asked whether the council expected a legal challenge , a council spokesman said it " would not comment on hypothetical proceedings . "
ASKED_SPOKESMAN: list[FeatRow] = [
    ("Asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("whether", "whether", "SCONJ", 4, "mark", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 4, "nsubj", "Number=Sing"),
    ("expected", "expect", "VERB", 0, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("legal", "legal", "ADJ", 7, "amod", "Degree=Pos"),
    ("challenge", "challenge", "NOUN", 4, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("council", "council", "NOUN", 11, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 0, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 12, "obj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ('"', '"', "PUNCT", 17, "punct", ""),
    ("would", "would", "AUX", 17, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 17, "advmod", "Polarity=Neg"),
    ("comment", "comment", "VERB", 0, "ccomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 20, "case", ""),
    ("hypothetical", "hypothetical", "ADJ", 20, "amod", "Degree=Pos"),
    ("proceedings", "proceedings", "NOUN", 17, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 0, "punct", ""),
    ('"', '"', "PUNCT", 0, "punct", ""),
]

# " They were professionals , but also competitors , " Jane M. Roe , President Smith 's former chief of staff , said .
PROFESSIONALS: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("They", "they", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 3, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("professionals", "professional", "NOUN", 22, "ccomp", "Number=Plur"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("but", "but", "CCONJ", 7, "cc", ""),
    ("also", "also", "ADV", 7, "advmod", ""),
    ("competitors", "competitor", "NOUN", 3, "conj", "Number=Plur"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("Jane", "Jane", "PROPN", 12, "compound", "Number=Sing"),
    ("M.", "M.", "PROPN", 12, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 18, "compound", "Number=Sing"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("President", "President", "PROPN", 15, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 18, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 15, "case", ""),
    ("former", "former", "ADJ", 18, "amod", "Degree=Pos"),
    ("chief", "chief", "NOUN", 22, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 20, "case", ""),
    ("staff", "staff", "NOUN", 18, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 22, "punct", ""),
]

# FAA Administrator Michael Whitaker told the committee the agency was hiring .
ADMINISTRATOR: list[FeatRow] = [
    ("FAA", "FAA", "PROPN", 3, "compound", "Number=Sing"),
    ("Administrator", "Administrator", "PROPN", 3, "compound", "Number=Sing"),
    ("Michael", "Michael", "PROPN", 3, "compound", "Number=Sing"),
    ("Whitaker", "Whitaker", "PROPN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 4, "iobj", "Number=Sing"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("hiring", "hire", "VERB", 6, "acl:relcl", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Sentencing her , Judge Nicholas Dean KC said she had shown no remorse .
JUDGE_DEAN: list[FeatRow] = [
    ("Sentencing", "sentence", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("her", "her", "PRON", 0, "obj", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("Judge", "Judge", "PROPN", 6, "compound", "Number=Sing"),
    ("Nicholas", "Nicholas", "PROPN", 6, "compound", "Number=Sing"),
    ("Dean", "Dean", "PROPN", 6, "compound", "Number=Sing"),
    ("KC", "KC", "PROPN", 0, "vocative", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 10, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shown", "show", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("no", "no", "DET", 12, "det", "PronType=Neg"),
    ("remorse", "remorse", "NOUN", 10, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Senior Republicans said the plan was dead .
SENIOR_PARTY: list[FeatRow] = [
    ("Senior", "senior", "ADJ", 1, "amod", "Degree=Pos"),
    ("Republicans", "Republican", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dead", "dead", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# According to Der Spiegel , senior Social Democrats urged the chancellor to quit .
SPIEGEL: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("Der", "Der", "PROPN", 3, "compound", "Number=Sing"),
    ("Spiegel", "Spiegel", "PROPN", 8, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("senior", "senior", "ADJ", 7, "amod", "Degree=Pos"),
    ("Social", "Social", "ADJ", 7, "amod", "Degree=Pos"),
    ("Democrats", "Democrat", "PROPN", 8, "nsubj", "Number=Plur"),
    ("urged", "urge", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("chancellor", "chancellor", "NOUN", 8, "obj", "Number=Sing"),
    ("to", "to", "PART", 12, "mark", ""),
    ("quit", "quit", "VERB", 8, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Margaret Ellison , who reported from the front lines , has died at her home .
ELLISON_A: list[FeatRow] = [
    ("Margaret", "Margaret", "PROPN", 1, "compound", "Number=Sing"),
    ("Ellison", "Ellison", "PROPN", 11, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("reported", "report", "VERB", 11, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("from", "from", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("front", "front", "ADJ", 8, "amod", "Degree=Pos"),
    ("lines", "line", "NOUN", 4, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("has", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("died", "die", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("at", "at", "ADP", 14, "case", ""),
    ("her", "her", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("home", "home", "NOUN", 11, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# She was 91 .
ELLISON_A_1: list[FeatRow] = [
    ("She", "she", "PRON", 2, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 2, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("91", "91", "NUM", -1, "root", "NumForm=Digit|NumType=Card"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Her death was announced by her son , Thomas Ellison , who said she had died peacefully .
ELLISON_B: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("death", "death", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("announced", "announce", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("her", "her", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("son", "son", "NOUN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("Thomas", "Thomas", "PROPN", 9, "compound", "Number=Sing"),
    ("Ellison", "Ellison", "PROPN", 6, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 15, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("died", "die", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("peacefully", "peacefully", "ADV", 15, "advmod", ""),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Born in Leeds , Ellison left school at 16 .
ELLISON_C: list[FeatRow] = [
    ("Born", "bear", "VERB", 5, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 2, "case", ""),
    ("Leeds", "Leeds", "PROPN", 0, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("Ellison", "Ellison", "PROPN", 5, "nsubj", "Number=Sing"),
    ("left", "leave", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("school", "school", "NOUN", 5, "obj", "Number=Sing"),
    ("at", "at", "ADP", 8, "case", ""),
    ("16", "16", "NUM", 5, "obl", "NumForm=Digit|NumType=Card"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# She often said she had learned journalism by osmosis .
ELLISON_C_1: list[FeatRow] = [
    ("She", "she", "PRON", 2, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("often", "often", "ADV", 2, "advmod", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("learned", "learn", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("journalism", "journalism", "NOUN", 5, "obj", "Number=Sing"),
    ("by", "by", "ADP", 8, "case", ""),
    ("osmosis", "osmosis", "NOUN", 5, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# A neighbor who lives across the street from the store and witnessed the aftermath said the area had become dangerous .
NEIGHBOR: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("neighbor", "neighbor", "NOUN", 14, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("lives", "live", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("across", "across", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("street", "street", "NOUN", 3, "obl", "Number=Sing"),
    ("from", "from", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("store", "store", "NOUN", 6, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("witnessed", "witness", "VERB", 14, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("aftermath", "aftermath", "NOUN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("area", "area", "NOUN", 18, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("become", "become", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part"),
    ("dangerous", "dangerous", "ADJ", 18, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# An official who attended the meeting and saw the document said it was genuine .
OFFICIAL: list[FeatRow] = [
    ("An", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("official", "official", "NOUN", 10, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("attended", "attend", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("meeting", "meeting", "NOUN", 3, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("saw", "see", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("document", "document", "NOUN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 13, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("genuine", "genuine", "ADJ", 10, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# The deal collapsed after House conservatives said they would not support it .
DEAL: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 2, "nsubj", "Number=Sing"),
    ("collapsed", "collapse", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("after", "after", "ADP", 5, "case", ""),
    ("House", "House", "PROPN", 5, "compound", "Number=Sing"),
    ("conservatives", "conservative", "NOUN", 2, "obl", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 10, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("support", "support", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("it", "it", "PRON", 10, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# A bipartisan agreement on spending fell apart on Thursday after House conservatives said they would not support it .
AGREEMENT: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("bipartisan", "bipartisan", "ADJ", 2, "amod", "Degree=Pos"),
    ("agreement", "agreement", "NOUN", 12, "nsubj", "Number=Sing"),
    ("on", "on", "SCONJ", 4, "mark", ""),
    ("spending", "spend", "VERB", 2, "acl", "VerbForm=Ger"),
    ("fell", "fall", "VERB", 2, "acl", "Tense=Past|VerbForm=Part"),
    ("apart", "apart", "ADV", 5, "advmod", ""),
    ("on", "on", "ADP", 8, "case", ""),
    ("Thursday", "Thursday", "PROPN", 5, "obl", "Number=Sing"),
    ("after", "after", "ADP", 11, "case", ""),
    ("House", "House", "PROPN", 11, "compound", "Number=Sing"),
    ("conservatives", "conservative", "NOUN", 8, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 16, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("support", "support", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("it", "it", "PRON", 16, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 12, "punct", ""),
]


# The girl , who can not be identified for legal reasons , said she was scared .
GIRL: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("girl", "girl", "NOUN", 12, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 7, "nsubj:pass", "PronType=Rel"),
    ("can", "can", "AUX", 7, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 7, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 7, "aux:pass", "VerbForm=Inf"),
    ("identified", "identify", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 10, "case", ""),
    ("legal", "legal", "ADJ", 10, "amod", "Degree=Pos"),
    ("reasons", "reason", "NOUN", 7, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 15, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("scared", "scare", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 12, "punct", ""),
]


# Premier Jacinta Allan said the budget protected frontline services .
ALLAN: list[FeatRow] = [
    ("Premier", "Premier", "PROPN", 2, "compound", "Number=Sing"),
    ("Jacinta", "Jacinta", "PROPN", 2, "compound", "Number=Sing"),
    ("Allan", "Allan", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 3, "obj", "Number=Sing"),
    ("protected", "protect", "VERB", 8, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("frontline", "frontline", "ADJ", 8, "amod", "Degree=Pos"),
    ("services", "service", "NOUN", 3, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Asked whether the fee could rise again before 2030, a Park Service spokesman said only that the agency reviews its fee schedule every few years.
ASKED_STOLEN: list[FeatRow] = [
    ("Asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("whether", "whether", "SCONJ", 5, "mark", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("fee", "fee", "NOUN", 5, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 5, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 14, "advcl", "VerbForm=Inf"),
    ("again", "again", "ADV", 5, "advmod", ""),
    ("before", "before", "ADP", 8, "case", ""),
    ("2030", "2030", "NUM", 5, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("Park", "Park", "PROPN", 13, "compound", "Number=Sing"),
    ("Service", "service", "NOUN", 13, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 0, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("only", "only", "ADV", 14, "advmod", ""),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 19, "nsubj", "Number=Sing"),
    ("reviews", "review", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("its", "its", "PRON", 22, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("fee", "fee", "NOUN", 22, "compound", "Number=Sing"),
    ("schedule", "schedule", "NOUN", 19, "obj", "Number=Sing"),
    ("every", "every", "DET", 25, "det", "PronType=Ind"),
    ("few", "few", "ADJ", 25, "amod", "Degree=Pos"),
    ("years", "year", "NOUN", 19, "obl:unmarked", "Number=Plur"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]


def _speaker(rows: list[FeatRow]) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.anonymity if q.speaker else None)
        for q in resolve([[rows]]).quotes
    ]


def test_the_clause_subject_after_the_listener_is_not_a_second_object():
    assert TOLD_PSYCHOLOGISTS[4][4] == "obj"
    assert [t for t, _, _, _ in sentence_quotes(TOLD_PSYCHOLOGISTS)] == [
        'violent men such as Roe were his " heroes . "'
    ]


def test_a_clause_before_but_is_no_report_and_the_noun_after_it_speaks():
    assert sentence_quotes(ALLIES_HAVE_SAID) == [
        (
            "they will back the government",
            "its allies , members of the Ulster Unionist Party ( UUP )",
            "indirect",
            "bare-cue",
        )
    ]
    # (not when the clause before is a quotation: what was said)
    ((text, speaker, _, _),) = sentence_quotes(PROFESSIONALS)
    assert speaker.startswith("Jane M. Roe")


def test_a_superlative_apposition_is_no_second_subject():
    ((_, speaker, _, _),) = sentence_quotes(PARENTS_OLDEST)
    assert speaker == "Parents at Lincoln Elementary , the oldest of the three schools"


def test_a_sentence_rooted_on_its_subject_gets_its_verb_back():
    assert [(t, n) for t, n, _ in _speaker(OTIENO)] == [
        ("unity", "Otieno"),
        ('he would be " president of all Kenyans . "', "Otieno"),
    ]


def test_who_after_a_descriptions_of_phrase_is_the_person_described():
    (q,) = resolve([[HOUTHI]]).quotes  # (the hand-built text spaces the hyphen: "al - Houthi")
    assert q.speaker is not None and q.speaker.name and q.speaker.name.endswith("Houthi")
    assert q.speaker.type == "person"
    # (not through a noun that is no description of a name: the children speak)
    ((_, name, _),) = _speaker(HELP_OF_CHILDREN)
    assert name == "the mayor 's adult children"


def test_interrupting_cues_with_a_listener_a_gerund_subject_or_a_conjunct():
    assert _speaker(UNION_WONG) == [
        ("The union", "Wong", "named-no-role"),
        ("had timed the action to inflict maximum damage", "Wong", "named-no-role"),
    ]
    assert [t for t, _, _, _ in sentence_quotes(STREAMING)] == ["Streaming", "had forced performers to tour constantly"]
    assert [t for t, _, _, _ in sentence_quotes(EDITORS)] == ["Editors in London", "had refused to send a woman"]


def test_a_description_read_as_a_clause_before_the_cue_is_the_names():
    ((_, name, anonymity),) = _speaker(NEIGHBOUR)
    assert (name, anonymity) == ("David Okafor", "named")


def test_a_speech_verb_inside_the_subjects_relative_clause():
    (q,) = resolve([[PILOT]]).quotes
    assert q.text == "morale in the cockpit was at a historic low"
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"


def test_a_second_verb_of_the_subjects_relative_clause_keeps_its_object():
    # (the parse made "witnessed" a conjunct of "said" and "the aftermath" a second subject)
    assert _speaker(NEIGHBOR) == [("the area had become dangerous", "A neighbor", "anonymous")]
    assert _speaker(OFFICIAL) == [("it was genuine", "An official", "anonymous")]


def test_the_noun_after_after_before_a_root_speech_verb_speaks():
    # (the parse made "said" the root and the noun an "after" oblique of the clause before it)
    assert [s[:2] for s in _speaker(DEAL)] == [("they would not support it", "House conservatives")]
    assert [s[:2] for s in _speaker(AGREEMENT)] == [("they would not support it", "House conservatives")]


def test_a_set_off_asked_phrase_is_not_the_sentences_verb():
    assert _speaker(FORD) == [
        ("whether the government would repeal the law", None, None),
        ("the matter was before the courts", "Ford", _speaker(FORD)[1][2]),
    ]
    assert [(t, s) for t, s, _, _ in sentence_quotes(ASKED_SPOKESMAN)] == [
        ("whether the council expected a legal challenge", ""),
        ('it " would not comment on hypothetical proceedings . "', "a council spokesman"),
    ]


def test_titles_party_members_and_outlets_from_the_lexicons():
    (q,) = resolve([[ADMINISTRATOR]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type, q.speaker.role) == (
        "Michael Whitaker",
        "person",
        "FAA Administrator",
    )
    (q,) = resolve([[JUDGE_DEAN]]).quotes  # ("Dean" is a surname, no title)
    assert q.speaker is not None and q.speaker.name == "Nicholas Dean"  # (and "KC" no part of it)
    ((_, _, anonymity),) = _speaker(SENIOR_PARTY)
    assert anonymity == "anonymous"
    first, urged = resolve([[SPIEGEL]]).quotes
    assert first.via is not None and first.via.name == "Der Spiegel"
    assert urged.speaker is not None and urged.speaker.type == "anonymous"


def test_a_bare_surname_two_people_share_is_the_one_named_first():
    quotes = resolve([[ELLISON_A, ELLISON_A_1], [ELLISON_B], [ELLISON_C, ELLISON_C_1]]).quotes
    last = quotes[-1]
    assert last.text == "she had learned journalism by osmosis"
    assert last.speaker is not None and last.speaker.name == "Margaret Ellison"


def test_a_source_that_cannot_be_named_for_legal_reasons_has_a_reason():
    # (anonymity_reasons.yaml: "cannot be named/identified for legal reasons")
    assert _speaker(GIRL) == [("she was scared", "The girl", "anonymous-with-reason")]


def test_a_past_tense_read_as_a_modifier_after_the_verbs_first_object_is_the_reports_verb():
    # (the parse gave "said" two objects, "budget" and "services", with "protected" an adjective)
    assert _speaker(ALLAN) == [("the budget protected frontline services", "Jacinta Allan", "named")]


def test_a_question_the_parse_hung_on_the_answer_is_the_askers():
    # (session 47: "Asked whether the fee could rise ..., a Park Service spokesman said only that
    # ..." with "rise" an adverbial clause of "said" and "said" the complement of "Asked")
    quotes = _speaker(ASKED_STOLEN)
    assert quotes[0][:2] == ("whether the fee could rise again before 2030", None)
    assert quotes[1][0].startswith("that the agency reviews") and quotes[1][1] == "Park Service"
