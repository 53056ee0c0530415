"""The subject of a speech participle or conjunct that the parse hung on the wrong clause, a
sequencing word the parser made a second subject, an opening "As" read as a preposition, and a
feeling read as a second complement of a cue; on the trees the shipped parser gave these
sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import sentence_quotes

# Residents were outraged by the decision that the park would close , saying it was unfair .
OUTRAGED: list[FeatRow] = [
    ("Residents", "resident", "NOUN", 2, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 2, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("outraged", "outrage", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 2, "obl:agent", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("park", "park", "NOUN", 10, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", 5, "acl", "VerbForm=Inf"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("saying", "say", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("it", "it", "PRON", 15, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unfair", "unfair", "ADJ", 12, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Democrats were angry at the director 's announcement on Friday that the bureau was reviewing more files , saying that he gave too little detail .
ANGRY: list[FeatRow] = [
    ("Democrats", "Democrat", "NOUN", 2, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 2, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("angry", "angry", "ADJ", -1, "root", "Degree=Pos"),
    ("at", "at", "ADP", 7, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("director", "director", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 5, "case", ""),
    ("announcement", "announcement", "NOUN", 2, "obl", "Number=Sing"),
    ("on", "on", "ADP", 9, "case", ""),
    ("Friday", "Friday", "PROPN", 7, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("bureau", "bureau", "NOUN", 14, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reviewing", "review", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("more", "more", "ADJ", 16, "amod", "Degree=Cmp"),
    ("files", "file", "NOUN", 14, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("saying", "say", "VERB", 14, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("he", "he", "PRON", 21, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("gave", "give", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 23, "advmod", ""),
    ("little", "little", "ADJ", 24, "amod", "Degree=Pos"),
    ("detail", "detail", "NOUN", 21, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Dozens of workers at the plant stood with the governor as he praised the site and said that most of his staff were local .
STOOD: list[FeatRow] = [
    ("Dozens", "dozen", "NOUN", 6, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 2, "case", ""),
    ("workers", "worker", "NOUN", 0, "nmod", "Number=Plur"),
    ("at", "at", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 0, "nmod", "Number=Sing"),
    ("stood", "stand", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("with", "with", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 6, "obl", "Number=Sing"),
    ("as", "as", "SCONJ", 12, "mark", ""),
    ("he", "he", "PRON", 12, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("praised", "praise", "VERB", 6, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("site", "site", "NOUN", 12, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("said", "say", "VERB", 6, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("most", "most", "ADJ", 23, "nsubj", "Degree=Sup"),
    ("of", "of", "ADP", 21, "case", ""),
    ("his", "his", "PRON", 21, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("staff", "staff", "NOUN", 18, "nmod", "Number=Sing"),
    ("were", "be", "AUX", 23, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("local", "local", "ADJ", 16, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Harris further alleges that he was fired for taking time off .
FURTHER: list[FeatRow] = [
    ("Harris", "Harris", "PROPN", 2, "nsubj", "Number=Sing"),
    ("further", "further", "ADJ", 2, "nsubj", "Degree=Cmp"),
    ("alleges", "allege", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("he", "he", "PRON", 6, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fired", "fire", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "SCONJ", 8, "mark", ""),
    ("taking", "take", "VERB", 6, "advcl", "Tense=Pres|VerbForm=Part"),
    ("time", "time", "NOUN", 8, "obj", "Number=Sing"),
    ("off", "off", "ADP", 8, "compound:prt", ""),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# As city spokesman Tom Reed explained , the project was delayed by two years .
AS_EXPLAINED: list[FeatRow] = [
    ("As", "as", "ADP", 4, "case", ""),
    ("city", "city", "NOUN", 2, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 4, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 4, "compound", "Number=Sing"),
    ("Reed", "Reed", "PROPN", 5, "nsubj", "Number=Sing"),
    ("explained", "explain", "VERB", 10, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("project", "project", "NOUN", 10, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("delayed", "delay", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 13, "case", ""),
    ("two", "two", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 10, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# " We are thrilled , " said Smith , pleased with the result .
PLEASED_AFTER: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj:pass", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("thrilled", "thrill", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Smith", "Smith", "PROPN", 6, "iobj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("pleased", "pleased", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("result", "result", "NOUN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# " We think it is a big mistake , " said one resident , who did not want to be named .
RESIDENT_WHO: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("think", "think", "VERB", 10, "advcl", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("it", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("big", "big", "ADJ", 7, "amod", "Degree=Pos"),
    ("mistake", "mistake", "NOUN", 2, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("one", "one", "NUM", 12, "nummod", "NumForm=Word|NumType=Card"),
    ("resident", "resident", "NOUN", 10, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("who", "who", "PRON", 17, "nsubj", "PronType=Rel"),
    ("did", "do", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 17, "advmod", "Polarity=Neg"),
    ("want", "want", "VERB", 12, "acl:relcl", "VerbForm=Inf"),
    ("to", "to", "PART", 20, "mark", ""),
    ("be", "be", "AUX", 20, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 17, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# Trump himself said the deal was bad .
HIMSELF: list[FeatRow] = [
    ("Trump", "Trump", "VERB", -1, "root", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("himself", "himself", "PRON", 0, "obj", "Case=Acc|Number=Sing|Person=3|PronType=Emp|Reflex=Yes"),
    ("said", "say", "VERB", 0, "xcomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("bad", "bad", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 0, "punct", ""),
]

# But many of the people interviewed for this story , including senior party officials , privately worry about the hard questions , the ones about her finances and the dealings between the ministry and her brother 's charitable company , believing that they pose the greatest danger .
SECOND_SUBJECT_AFTER: list[FeatRow] = [
    ("But", "but", "CCONJ", 16, "cc", ""),
    ("many", "many", "ADJ", 16, "nsubj", "Degree=Pos"),
    ("of", "of", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 1, "nmod", "Number=Plur"),
    ("interviewed", "interview", "VERB", 4, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 8, "case", ""),
    ("this", "this", "DET", 8, "det", "Number=Sing|PronType=Dem"),
    ("story", "story", "NOUN", 5, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("including", "include", "VERB", 13, "case", "Tense=Pres|VerbForm=Part"),
    ("senior", "senior", "ADJ", 13, "amod", "Degree=Pos"),
    ("party", "party", "NOUN", 13, "compound", "Number=Sing"),
    ("officials", "official", "NOUN", 8, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("privately", "privately", "ADV", 16, "advmod", ""),
    ("worry", "worry", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("about", "about", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("hard", "hard", "ADJ", 20, "amod", "Degree=Pos"),
    ("questions", "question", "NOUN", 16, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 23, "punct", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("ones", "one", "NOUN", 16, "nsubj", "Number=Plur"),
    ("about", "about", "ADP", 26, "case", ""),
    ("her", "her", "PRON", 26, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("finances", "finances", "NOUN", 23, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 29, "cc", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("dealings", "dealing", "NOUN", 26, "conj", "Number=Plur"),
    ("between", "between", "ADP", 32, "case", ""),
    ("the", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 29, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 38, "cc", ""),
    ("her", "her", "PRON", 35, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("brother", "brother", "NOUN", 38, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 35, "case", ""),
    ("charitable", "charitable", "ADJ", 38, "amod", "Degree=Pos"),
    ("company", "company", "NOUN", 32, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 40, "punct", ""),
    ("believing", "believe", "VERB", 16, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 43, "mark", ""),
    ("they", "they", "PRON", 43, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("pose", "pose", "VERB", 40, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 46, "det", "Definite=Def|PronType=Art"),
    ("greatest", "great", "ADJ", 46, "amod", "Degree=Sup"),
    ("danger", "danger", "NOUN", 43, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 16, "punct", ""),
]

# Though executives who have worked with Anna Smith say they assume she shares her father 's views , they also say she does not advertise them .
EXECUTIVES_WHO: list[FeatRow] = [
    ("Though", "though", "SCONJ", 1, "case", ""),
    ("executives", "executive", "NOUN", 20, "advcl", "Number=Plur"),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("have", "have", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("worked", "work", "VERB", 1, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("with", "with", "ADP", 7, "case", ""),
    ("Anna", "Anna", "PROPN", 4, "obl", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 4, "obl", "Number=Sing"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("they", "they", "PRON", 10, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("assume", "assume", "VERB", 8, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("she", "she", "PRON", 12, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("shares", "share", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("her", "her", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("father", "father", "NOUN", 16, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 14, "case", ""),
    ("views", "view", "NOUN", 12, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 20, "punct", ""),
    ("they", "they", "PRON", 20, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("also", "also", "ADV", 20, "advmod", ""),
    ("say", "say", "VERB", 8, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("she", "she", "PRON", 24, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("does", "do", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 24, "advmod", "Polarity=Neg"),
    ("advertise", "advertise", "VERB", 20, "ccomp", "VerbForm=Inf"),
    ("them", "they", "PRON", 24, "obj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Hawkins and others who want to ban abortion said Monday 's decision will make the choice between Clinton and Trump even more stark .
OTHERS_WHO: list[FeatRow] = [
    ("Hawkins", "hawkin", "NOUN", 13, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("others", "other", "NOUN", 0, "conj", "Number=Plur"),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("want", "want", "VERB", 0, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 6, "mark", ""),
    ("ban", "ban", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("abortion", "abortion", "NOUN", 6, "obj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Monday", "Monday", "PROPN", 11, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 9, "case", ""),
    ("decision", "decision", "NOUN", 13, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 13, "aux", "VerbForm=Fin"),
    ("make", "make", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("choice", "choice", "NOUN", 13, "obj", "Number=Sing"),
    ("between", "between", "ADP", 17, "case", ""),
    ("Clinton", "Clinton", "PROPN", 15, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 19, "cc", ""),
    ("Trump", "Trump", "PROPN", 17, "conj", "Number=Sing"),
    ("even", "even", "ADV", 22, "advmod", ""),
    ("more", "more", "ADV", 22, "advmod", "Degree=Cmp"),
    ("stark", "stark", "ADJ", 13, "conj", "Degree=Pos"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# People who heard him say the plan was dead were shocked .
HEARD_HIM_SAY: list[FeatRow] = [
    ("People", "person", "NOUN", 10, "nsubj:pass", "Number=Plur"),
    ("who", "who", "PRON", 2, "nsubj", "PronType=Rel"),
    ("heard", "hear", "VERB", 0, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("him", "he", "PRON", 2, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("say", "say", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 10, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dead", "dead", "ADJ", 10, "nsubj:pass", "Degree=Pos"),
    ("were", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("shocked", "shock", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# On trade they lean right : 45 % say tariffs help workers , 30 % call them harmful .
SHARE_SAY: list[FeatRow] = [
    ("On", "on", "ADP", 1, "case", ""),
    ("trade", "trade", "NOUN", 3, "obl", "Number=Sing"),
    ("they", "they", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("lean", "lean", "VERB", 15, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("right", "right", "ADV", 3, "advmod", ""),
    (":", ":", "PUNCT", 8, "punct", ""),
    ("45", "45", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("%", "%", "SYM", 8, "obl:unmarked", "Number=Sing"),
    ("say", "say", "VERB", 3, "ccomp", "VerbForm=Fin"),
    ("tariffs", "tariff", "NOUN", 10, "nsubj", "Number=Plur"),
    ("help", "help", "VERB", 8, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("workers", "worker", "NOUN", 10, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("30", "30", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("%", "%", "SYM", 15, "nsubj", "Number=Sing"),
    ("call", "call", "VERB", -1, "root", "Mood=Imp|VerbForm=Fin"),
    ("them", "they", "PRON", 15, "obj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("harmful", "harmful", "ADJ", 15, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def speakers(rows: list[FeatRow]) -> dict[str, str]:
    return {text: who for text, who, _, _ in sentence_quotes(rows)}


def test_a_participle_after_a_nouns_that_clause_is_the_main_subjects():
    # (the parse hung "saying" on the main verb, and the speaker was taken from the verb before
    # the comma: "the park")
    assert speakers(OUTRAGED)["it was unfair"] == "Residents"


def test_a_participle_hung_inside_a_that_clause_is_the_main_subjects():
    # (the parse hung "saying" on "reviewing", inside what was announced)
    assert speakers(ANGRY)["that he gave too little detail"] == "Democrats"


def test_a_verb_joined_right_after_a_subordinate_clause_shares_its_subject():
    # (the parse made "said" a conjunct of "stood", whose subject is "Dozens of workers")
    assert speakers(STOOD)["that most of his staff were local"] == "he"


def test_a_sequencing_word_read_as_a_second_subject_is_no_part_of_the_speaker():
    assert speakers(FURTHER)["that he was fired for taking time off"] == "Harris"


def test_as_opening_a_sentence_before_a_speakers_name_opens_the_cue_clause():
    # ("As" was read as a preposition of "Reed", and nothing was found)
    assert [(text, who, rule) for text, who, _, rule in sentence_quotes(AS_EXPLAINED)] == [
        ("the project was delayed by two years", "city spokesman Tom Reed", "as-cue-lead")
    ]


def test_a_feeling_set_off_after_an_inverted_cue_is_no_statement_of_its_own():
    # ("pleased" read as a second complement of "said": a topic "the result" with no speaker)
    assert [(text, who) for text, who, _, _ in sentence_quotes(PLEASED_AFTER)] == [('" We are thrilled , "', "Smith")]


def test_an_inverted_root_cues_object_with_a_relative_clause_is_its_speaker_not_what_was_said():
    # ("said" the root, "one resident" its object: the object and its relative clause were read
    # as a second statement with no speaker)
    assert [(text, who) for text, who, _, _ in sentence_quotes(RESIDENT_WHO)] == [
        ('" We think it is a big mistake , "', "one resident")
    ]


def test_a_name_before_an_intensive_reflexive_is_the_speaker_not_an_imperative():
    # ("Trump" was tagged an imperative verb, the root: the statement had no speaker)
    assert speakers(HIMSELF) == {"the deal was bad": "Trump"}


def test_a_participle_speaks_for_the_subject_before_the_verb_not_a_second_one_after_it():
    # ("the ones about her finances", an apposition of "questions", was read as a second
    # subject of "worry" and taken for the speaker of "believing")
    assert speakers(SECOND_SUBJECT_AFTER)["that they pose the greatest danger"] == "many of the people"


def test_a_speech_verb_right_after_a_relative_clause_has_the_relative_clauses_noun_as_subject():
    # ("say" the root with no subject, "executives" hung on the later "say")
    assert speakers(EXECUTIVES_WHO)["they assume she shares her father 's views"] == "executives"


def test_a_coordination_with_a_relative_clause_is_the_subject_the_clause_after_the_verb_took():
    # ("Hawkins" read as the subject of "make": the statement began with the name)
    said = speakers(OTHERS_WHO)
    assert (
        "Hawkins" not in said
        and said["Monday 's decision will make the choice between Clinton and Trump even more stark"] == "Hawkins"
    )


def test_a_verb_of_bare_infinitives_keeps_its_say():
    assert speakers(HEARD_HIM_SAY) == {}


def test_a_share_read_as_a_bare_adverbial_of_say_is_its_subject():
    # ("45 %" hung on "say" as ``obl:unmarked``: the statement had no speaker)
    assert speakers(SHARE_SAY)["tariffs help workers"] == "45 %"
