"""Wire-copy shapes (session 36): "KBC reported that A, and quoted Hassan Noor as saying B" with
the quoting verb a conjunct of the reported clause (that_clauses.quoting_conjunct): A is KBC's,
B is Noor's, through KBC (the quoted-as-saying pattern's optional via, cues.find_via); "Two
employees, who asked not to be named because ..., said managers had told staff that ...": the
reason is the employees', not the managers' inside what they said (anonymity.ReasonFinder with
mention_words.reported_span), and "one of them said" after it is one of the employees, not of
the managers (TableBase.reported); "The Financial Times reported, citing two people familiar with
the matter, that ..." with the clause hung on "citing" is the two people's, through the FT
(citing.cited_source on the participle cue); "Meridian Pictures said" is a studio
(``organization_words``); "Kwame Asante-Boateng, who teaches ..., said" is one named person
(pretags.hyphenated_names gave the parse its second part as a proper noun); "Sir Hugh
Pennington-Rowe, the Chief of the General Staff, told ..." with both made subjects: a capitalised
post with its "of" phrase is the name's apposition (phrases.indefinite_apposition); "..., but two
defence officials, speaking on condition of anonymity because ..., said ..." with the officials a
conjunct of the clause before and "said" a parataxis: they are its subject, with their reason
(fronted_subject._conjunct_before_aside); "According to figures the university reported to the
Department of Education, ..." is the university's (documents._relative_owner). No model needed:
the trees the shipped parser gave."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# State broadcaster KBC reported that 4,000 people had moved , and quoted Interior Cabinet Secretary Hassan Abdi Noor as saying that no family would bury its dead alone .
KBC: list[FeatRow] = [
    ("State", "state", "NOUN", 1, "compound", "Number=Sing"),
    ("broadcaster", "broadcaster", "NOUN", 2, "compound", "Number=Sing"),
    ("KBC", "KBC", "PROPN", 3, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("4,000", "4000", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 8, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("moved", "move", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("quoted", "quote", "VERB", 8, "conj", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    ("Interior", "Interior", "PROPN", 16, "compound", "Number=Sing"),
    ("Cabinet", "Cabinet", "PROPN", 16, "compound", "Number=Sing"),
    ("Secretary", "Secretary", "PROPN", 16, "compound", "Number=Sing"),
    ("Hassan", "Hassan", "PROPN", 16, "compound", "Number=Sing"),
    ("Abdi", "Abdi", "PROPN", 11, "obj", "Number=Sing"),
    ("Noor", "Noor", "PROPN", 11, "obj", "Number=Sing"),
    ("as", "as", "SCONJ", 19, "mark", ""),
    ("saying", "say", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 24, "mark", ""),
    ("no", "no", "DET", 22, "det", "PronType=Neg"),
    ("family", "family", "NOUN", 24, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 24, "aux", "VerbForm=Fin"),
    ("bury", "bury", "VERB", 19, "ccomp", "VerbForm=Inf"),
    ("its", "its", "PRON", 26, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("dead", "dead", "ADJ", 24, "obj", "Degree=Pos"),
    ("alone", "alone", "ADV", 24, "advmod", ""),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Two employees at the plant , who asked not to be named because they feared losing their severance , said managers had told staff on Wednesday that the second shift would be eliminated .
EMPLOYEES: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("employees", "employee", "NOUN", 19, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 1, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("who", "who", "PRON", 7, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 11, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 11, "mark", ""),
    ("be", "be", "AUX", 11, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 7, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 14, "mark", ""),
    ("they", "they", "PRON", 14, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("feared", "fear", "VERB", 11, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("losing", "lose", "VERB", 14, "xcomp", "VerbForm=Part"),
    ("their", "their", "PRON", 17, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("severance", "severance", "NOUN", 15, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("managers", "manager", "NOUN", 22, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("told", "tell", "VERB", 19, "ccomp", "Tense=Past|VerbForm=Part"),
    ("staff", "staff", "NOUN", 22, "obj", "Number=Sing"),
    ("on", "on", "ADP", 25, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 22, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 32, "mark", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("second", "second", "ADJ", 29, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("shift", "shift", "NOUN", 32, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 32, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 32, "aux:pass", "VerbForm=Inf"),
    ("eliminated", "eliminate", "VERB", 22, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 19, "punct", ""),
]

# " People found out in the break room , " one of them said .
ONE_OF_THEM: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("People", "person", "NOUN", 2, "nsubj", "Number=Plur"),
    ("found", "find", "VERB", 13, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("out", "out", "ADP", 2, "compound:prt", ""),
    ("in", "in", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("break", "break", "NOUN", 7, "compound", "Number=Sing"),
    ("room", "room", "NOUN", 2, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("one", "one", "NUM", 13, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 12, "case", ""),
    ("them", "they", "PRON", 10, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# The Financial Times reported , citing two people familiar with the matter , that officials had come under pressure .
FT_CITING: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Financial", "Financial", "ADJ", 2, "amod", "Degree=Pos"),
    ("Times", "Times", "PROPN", 3, "nsubj", "Number=Plur"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("citing", "cite", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("two", "two", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 5, "obj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 5, "xcomp", "Degree=Pos"),
    ("with", "with", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("matter", "matter", "NOUN", 8, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 16, "punct", ""),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("officials", "official", "NOUN", 16, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("come", "come", "VERB", 5, "advcl", "Tense=Past|VerbForm=Part"),
    ("under", "under", "ADP", 18, "case", ""),
    ("pressure", "pressure", "NOUN", 16, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Meridian Pictures said in a statement that it was thrilled by the response .
MERIDIAN: list[FeatRow] = [
    ("Meridian", "Meridian", "PROPN", 1, "compound", "Number=Sing"),
    ("Pictures", "picture", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 9, "mark", "PronType=Rel"),
    ("it", "it", "PRON", 9, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 9, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("thrilled", "thrill", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("response", "response", "NOUN", 9, "obl:agent", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Kwame Asante - Boateng , who teaches immigration law at Arizona State University , said the government had a strong argument .
ASANTE: list[FeatRow] = [
    ("Kwame", "Kwame", "PROPN", 1, "compound", "Number=Sing"),
    ("Asante", "Asante", "PROPN", 14, "nsubj", "Number=Sing"),
    ("-", "-", "PUNCT", 1, "punct", ""),
    ("Boateng", "Boateng", "PROPN", 1, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("teaches", "teach", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("immigration", "immigration", "NOUN", 8, "compound", "Number=Sing"),
    ("law", "law", "NOUN", 6, "obj", "Number=Sing"),
    ("at", "at", "ADP", 12, "case", ""),
    ("Arizona", "Arizona", "PROPN", 12, "compound", "Number=Sing"),
    ("State", "State", "PROPN", 12, "compound", "Number=Sing"),
    ("University", "University", "PROPN", 8, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 17, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("strong", "strong", "ADJ", 20, "amod", "Degree=Pos"),
    ("argument", "argument", "NOUN", 17, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 14, "punct", ""),
]


# General Sir Hugh Pennington - Rowe , the Chief of the General Staff , told BBC Radio 4 that the army could sustain the deployment .
CHIEF: list[FeatRow] = [
    ("General", "General", "ADJ", 3, "amod", "Degree=Pos"),
    ("Sir", "Sir", "PROPN", 3, "compound", "Number=Sing"),
    ("Hugh", "Hugh", "PROPN", 3, "compound", "Number=Sing"),
    ("Pennington", "Pennington", "PROPN", 14, "nsubj", "Number=Sing"),
    ("-", "-", "PUNCT", 5, "punct", ""),
    ("Rowe", "Rowe", "PROPN", 3, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Chief", "Chief", "PROPN", 14, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("General", "General", "ADJ", 12, "amod", "Degree=Pos"),
    ("Staff", "Staff", "PROPN", 8, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("BBC", "BBC", "PROPN", 16, "compound", "Number=Sing"),
    ("Radio", "Radio", "PROPN", 14, "iobj", "Number=Sing"),
    ("4", "4", "NUM", 16, "flat", "NumForm=Digit|NumType=Card"),
    ("that", "that", "SCONJ", 22, "mark", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("army", "army", "NOUN", 22, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 22, "aux", "VerbForm=Fin"),
    ("sustain", "sustain", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("deployment", "deployment", "NOUN", 22, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 14, "punct", ""),
]


# It did not say which system would be deployed , but two defence officials , speaking on condition of anonymity because the details had not been made public , said it would include short - range Sky Sabre launchers .
DEFENCE: list[FeatRow] = [
    ("It", "it", "PRON", 3, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("did", "do", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 3, "advmod", "Polarity=Neg"),
    ("say", "say", "VERB", -1, "root", "VerbForm=Inf"),
    ("which", "which", "DET", 5, "det", "PronType=Int"),
    ("system", "system", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 8, "aux:pass", "VerbForm=Inf"),
    ("deployed", "deploy", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("but", "but", "CCONJ", 13, "cc", ""),
    ("two", "two", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("defence", "defence", "NOUN", 13, "compound", "Number=Sing"),
    ("officials", "official", "NOUN", 8, "conj", "Number=Plur"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("speaking", "speak", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 17, "case", ""),
    ("condition", "condition", "NOUN", 15, "obl", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("anonymity", "anonymity", "NOUN", 17, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 26, "mark", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("details", "detail", "NOUN", 26, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 26, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 26, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("made", "make", "VERB", 15, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("public", "public", "ADJ", 26, "xcomp", "Degree=Pos"),
    (",", ",", "PUNCT", 26, "punct", ""),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 32, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 32, "aux", "VerbForm=Fin"),
    ("include", "include", "VERB", 29, "ccomp", "VerbForm=Inf"),
    ("short", "short", "ADJ", 35, "amod", "Degree=Pos"),
    ("-", "-", "PUNCT", 33, "punct", ""),
    ("range", "range", "NOUN", 38, "compound", "Number=Sing"),
    ("Sky", "Sky", "PROPN", 38, "compound", "Number=Sing"),
    ("Sabre", "Sabre", "PROPN", 38, "compound", "Number=Sing"),
    ("launchers", "launcher", "NOUN", 32, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Pemberton State University cut 40 programs .
PEMBERTON: list[FeatRow] = [
    ("Pemberton", "Pemberton", "PROPN", 2, "compound", "Number=Sing"),
    ("State", "State", "PROPN", 2, "compound", "Number=Sing"),
    ("University", "University", "PROPN", 3, "nsubj", "Number=Sing"),
    ("cut", "cut", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("40", "40", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("programs", "program", "NOUN", 3, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# According to figures the university reported to the U.S. Department of Education , the number of administrators rose 11 percent .
FIGURES: list[FeatRow] = [
    ("According", "accord", "VERB", 2, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 2, "case", ""),
    ("figures", "figure", "NOUN", 5, "obl", "Number=Plur"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("university", "university", "NOUN", 5, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", 17, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("U.S.", "U.S.", "PROPN", 9, "compound", "Number=Sing"),
    ("Department", "Department", "PROPN", 5, "obl", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("Education", "Education", "PROPN", 9, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("number", "number", "NOUN", 17, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 16, "case", ""),
    ("administrators", "administrator", "NOUN", 14, "nmod", "Number=Plur"),
    ("rose", "rise", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("11", "11", "NUM", 19, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 17, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 17, "punct", ""),
]


def test_a_quoting_verb_conjoined_to_a_report_gives_the_quoted_person_the_second_statement():
    r = resolve([[list(KBC)]])  # type: ignore[list-item]
    got = [(q.text, q.speaker.name if q.speaker else "", q.via.text if q.via else "") for q in r.quotes]
    assert got == [
        ("that 4,000 people had moved", "KBC", "State broadcaster"),
        ("that no family would bury its dead alone", "Hassan Abdi Noor", "State broadcaster"),
    ]


def test_a_reason_and_a_later_partitive_belong_to_the_teller_not_to_people_inside_what_they_said():
    r = resolve([[list(EMPLOYEES)], [list(ONE_OF_THEM)]])  # type: ignore[list-item]
    got = [(q.speaker.name, q.speaker.anonymity) if q.speaker else ("", "") for q in r.quotes]
    assert got == [
        ("Two employees at the plant", "anonymous-with-reason"),
        ("managers", "anonymous"),
        ("Two employees at the plant", "anonymous-with-reason"),
    ]


def test_a_report_citing_people_is_theirs_a_studio_and_a_hyphenated_name():
    r = resolve([[list(FT_CITING)], [list(MERIDIAN)], [list(ASANTE)]])  # type: ignore[list-item]
    got = [(q.speaker.name, q.speaker.type, q.via.text if q.via else "") if q.speaker else None for q in r.quotes]
    assert got[0] == ("two people familiar with the matter", "anonymous", "The Financial Times")
    assert got[1] == ("Meridian Pictures", "organization", "")
    # (the hand-built text spaces the hyphen: "Asante - Boateng")
    assert got[2] is not None and got[2][:2] == ("Kwame Asante", "person")


def test_a_capitalised_post_with_its_of_phrase_is_the_names_apposition():
    [q] = resolve([[list(CHIEF)]]).quotes  # type: ignore[list-item]
    # (the hand-built text spaces the hyphen: "Pennington - Rowe")
    assert q.speaker is not None and q.speaker.type == "person" and "Pennington" in q.speaker.name


def test_a_conjunct_before_a_participle_aside_is_the_subject_of_the_verb_after_it():
    [q] = resolve([[list(DEFENCE)]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.anonymity) == ("two defence officials", "anonymous-with-reason")


def test_figures_a_body_reported_are_that_bodys():
    r = resolve([[list(PEMBERTON)], [list(FIGURES)]])  # type: ignore[list-item]
    assert [(q.speaker.name, q.speaker.type) for q in r.quotes if q.speaker] == [
        ("Pemberton State University", "organization")
    ]
