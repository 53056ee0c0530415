"""What was told or said, read into the listener or a reason (session 51; attribution/listener_clauses,
that_clauses):

* "told Reuters prices would rise next year", "told the BBC staff were leaving" with the name a
  compound of the clause's bare subject: the quote took the outlet in ("Reuters prices would
  rise ...") and the outlet was no channel of it (_outlet_as_modifier);
* "told RNZ morale in the team was at rock bottom" with "morale" the object of "told" and the
  clause left with no subject: the quote was "was at rock bottom" (_outlet_before_subject);
* not a listener already there: "told Senate investigators the plan was sound" ("investigators"
  are the ones told, "Senate" theirs);
* "has told a Senate inquiry the price he receives from the major supermarkets has fallen" with
  "the price" an apposition of the listener and "has fallen" its relative clause with no subject
  (_report_read_as_apposition);
* "A source close to the team, who asked not to be named because of ongoing legal proceedings in
  Sweden, said Swedish police had ... opened" with "because" the mark of "opened": the report was a
  reason and not found (that_clauses.because_of_read_as_mark);
* a source's request of the outlet is a stated reason: "who asked that CBC not publish her name
  because staff need approval to speak to media, said" (rules/lexicons/anonymity_reasons.yaml);
* one of an unnamed group with a reason of its own is a source apart: "Two people familiar with
  the company's plans said ... One of them, who asked not to be named because ..., said": the
  group had taken the member's reason (sources/resolve._explained_member); and a bare "One" right
  after a group that spoke with a stated reason is one of that group, under its reason ("Two former
  employees, speaking on condition of anonymity because ..., described ... One said"; not a later
  "One" after residents: resolve._explained_group).

No model needed: each tree is the shape the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# A spokesman told Reuters prices would rise next year.
PRICES: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 4, "compound", "Number=Plur"),
    ("prices", "price", "NOUN", 6, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("next", "next", "ADJ", 8, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The officer told the BBC staff were leaving in large numbers.
STAFF: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("officer", "officer", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 5, "compound", "Number=Sing"),
    ("staff", "staff", "NOUN", 7, "nsubj", "Number=Sing"),
    ("were", "be", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("leaving", "leave", "VERB", 2, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("in", "in", "ADP", 10, "case", ""),
    ("large", "large", "ADJ", 10, "amod", "Degree=Pos"),
    ("numbers", "number", "NOUN", 7, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The officer told RNZ morale in the team was at rock bottom.
MORALE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("officer", "officer", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("RNZ", "RNZ", "PROPN", 4, "compound", "Number=Sing"),
    ("morale", "morale", "NOUN", 2, "obj", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 4, "nmod", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 11, "case", ""),
    ("rock", "rock", "NOUN", 11, "compound", "Number=Sing"),
    ("bottom", "bottom", "NOUN", 2, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The minister told Senate investigators the plan was sound.
SENATE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Senate", "Senate", "PROPN", 4, "compound", "Number=Sing"),
    ("investigators", "investigator", "NOUN", 2, "obj", "Number=Plur"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sound", "sound", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Queensland tomato grower Peter Nguyen has told a Senate inquiry the price he receives from the major supermarkets has fallen by almost a fifth in two years.
TOMATO_GROWER: list[FeatRow] = [
    ("Queensland", "queensland", "ADJ", 2, "amod", "Degree=Pos"),
    ("tomato", "tomato", "NOUN", 2, "compound", "Number=Sing"),
    ("grower", "grower", "NOUN", 4, "compound", "Number=Sing"),
    ("Peter", "Peter", "PROPN", 4, "compound", "Number=Sing"),
    ("Nguyen", "Nguyen", "PROPN", 6, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("told", "tell", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("Senate", "Senate", "PROPN", 9, "compound", "Number=Sing"),
    ("inquiry", "inquiry", "NOUN", 6, "obj", "Number=Sing"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("price", "price", "NOUN", 9, "appos", "Number=Sing"),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("receives", "receive", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("from", "from", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("major", "major", "ADJ", 17, "amod", "Degree=Pos"),
    ("supermarkets", "supermarket", "NOUN", 13, "obl", "Number=Plur"),
    ("has", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fallen", "fall", "VERB", 11, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("by", "by", "ADP", 23, "case", ""),
    ("almost", "almost", "ADV", 23, "advmod", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("fifth", "fifth", "NOUN", 19, "obl", "Number=Sing"),
    ("in", "in", "ADP", 26, "case", ""),
    ("two", "two", "NUM", 26, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 23, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# A source close to the team, who asked not to be named because of ongoing legal proceedings in Sweden, said Swedish police had also opened a fraud investigation into the betting accounts.
BECAUSE_OF: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 21, "nsubj", "Number=Sing"),
    ("close", "close", "ADJ", 21, "ccomp", "Degree=Pos"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 21, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 12, "mark", ""),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 26, "mark", ""),
    ("of", "of", "SCONJ", 15, "mark", ""),
    ("ongoing", "ongoing", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("legal", "legal", "ADJ", 17, "amod", "Degree=Pos"),
    ("proceedings", "proceedings", "NOUN", 15, "obj", "Number=Plur"),
    ("in", "in", "ADP", 19, "case", ""),
    ("Sweden", "Sweden", "PROPN", 17, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Swedish", "Swedish", "ADJ", 23, "amod", "Degree=Pos"),
    ("police", "police", "NOUN", 26, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("also", "also", "ADV", 26, "advmod", ""),
    ("opened", "open", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("fraud", "fraud", "ADJ", 29, "amod", "Degree=Pos"),
    ("investigation", "investigation", "NOUN", 26, "obj", "Number=Sing"),
    ("into", "into", "ADP", 33, "case", ""),
    ("the", "the", "DET", 33, "det", "Definite=Def|PronType=Art"),
    ("betting", "betting", "NOUN", 33, "compound", "Number=Sing"),
    ("accounts", "account", "NOUN", 29, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]

# A principal at one of the schools that remained open, who asked that CBC not publish her name because staff need approval to speak to media, said teachers had kept students inside all day.
PRINCIPAL: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("principal", "principal", "ADJ", 28, "nsubj", "Degree=Pos"),
    ("at", "at", "ADP", 3, "case", ""),
    ("one", "one", "NUM", 1, "nmod", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("schools", "school", "NOUN", 3, "nmod", "Number=Plur"),
    ("that", "that", "PRON", 8, "nsubj", "PronType=Rel"),
    ("remained", "remain", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("open", "open", "ADJ", 8, "xcomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("CBC", "CBC", "PROPN", 16, "nsubj", "Number=Sing"),
    ("not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("publish", "publish", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("her", "her", "PRON", 18, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("name", "name", "NOUN", 16, "obj", "Number=Sing"),
    ("because", "because", "SCONJ", 21, "mark", ""),
    ("staff", "staff", "NOUN", 21, "nsubj", "Number=Sing"),
    ("need", "need", "VERB", 16, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("approval", "approval", "NOUN", 21, "obj", "Number=Sing"),
    ("to", "to", "PART", 24, "mark", ""),
    ("speak", "speak", "VERB", 21, "xcomp", "VerbForm=Inf"),
    ("to", "to", "ADP", 26, "case", ""),
    ("media", "media", "NOUN", 24, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("teachers", "teacher", "NOUN", 31, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 31, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("kept", "keep", "VERB", 28, "ccomp", "Tense=Past|VerbForm=Part"),
    ("students", "student", "NOUN", 31, "obj", "Number=Plur"),
    ("inside", "inside", "ADP", 35, "case", ""),
    ("all", "all", "DET", 35, "det", "PronType=Tot"),
    ("day", "day", "NOUN", 31, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 28, "punct", ""),
]

# Two people familiar with the company's plans said Halvorsen was considering moving some production to Denmark.
TWO_PEOPLE: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 2, "nsubj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 8, "ccomp", "Degree=Pos"),
    ("with", "with", "ADP", 7, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("plans", "plan", "NOUN", 2, "obl", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("Halvorsen", "Halvorsen", "PROPN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("considering", "consider", "VERB", 8, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("moving", "move", "VERB", 11, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("some", "some", "DET", 14, "det", "PronType=Ind"),
    ("production", "production", "NOUN", 12, "obj", "Number=Sing"),
    ("to", "to", "ADP", 16, "case", ""),
    ("Denmark", "Denmark", "PROPN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]
# One of them, who asked not to be named because the discussions were private, said a decision could come before the end of the year.
ONE_OF_THEM: list[FeatRow] = [
    ("One", "one", "NUM", 16, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 2, "case", ""),
    ("them", "they", "PRON", 0, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 16, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 9, "mark", ""),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 5, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("discussions", "discussion", "NOUN", 14, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 14, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("private", "private", "ADJ", 9, "advcl", "Degree=Pos"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("decision", "decision", "NOUN", 20, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 20, "aux", "VerbForm=Fin"),
    ("come", "come", "VERB", 16, "ccomp", "VerbForm=Inf"),
    ("before", "before", "ADP", 23, "case", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("end", "end", "NOUN", 20, "obl", "Number=Sing"),
    ("of", "of", "ADP", 26, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("year", "year", "NOUN", 23, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# Two former employees, speaking on condition of anonymity because they had signed non-disclosure agreements, described a "ship first, fix later" culture in which security reviews were skipped.
FORMER_EMPLOYEES: list[FeatRow] = [
    ("Two", "two", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("former", "former", "ADJ", 2, "amod", "Degree=Pos"),
    ("employees", "employee", "NOUN", 16, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("speaking", "speak", "VERB", 2, "acl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 6, "case", ""),
    ("condition", "condition", "NOUN", 4, "obl", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("anonymity", "anonymity", "NOUN", 6, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 12, "mark", ""),
    ("they", "they", "PRON", 12, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("signed", "sign", "VERB", 4, "advcl", "Tense=Past|VerbForm=Part"),
    ("non-disclosure", "non-disclosure", "ADJ", 14, "amod", "Degree=Pos"),
    ("agreements", "agreement", "NOUN", 12, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("described", "describe", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ('"', '"', "PUNCT", 19, "punct", ""),
    ("##ship", "ship", "NOUN", 16, "obj", "Number=Sing"),
    ("first", "first", "ADV", 22, "advmod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("fix", "fix", "VERB", 16, "conj", "VerbForm=Inf"),
    ("later", "late", "ADJ", 25, "amod", "Degree=Cmp"),
    ('##"', '"', "PUNCT", 25, "punct", ""),
    ("culture", "culture", "NOUN", 22, "obj", "Number=Sing"),
    ("in", "in", "ADP", 27, "case", ""),
    ("which", "which", "PRON", 31, "obl", "PronType=Rel"),
    ("security", "security", "NOUN", 29, "compound", "Number=Sing"),
    ("reviews", "review", "NOUN", 31, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 31, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("skipped", "skip", "VERB", 25, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]
# One said engineers had flagged the database configuration as early as last summer.
ONE_SAID: list[FeatRow] = [
    ("One", "one", "NUM", 1, "nsubj", "NumForm=Word|NumType=Card"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("engineers", "engineer", "NOUN", 4, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("flagged", "flagg", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("database", "database", "NOUN", 7, "compound", "Number=Sing"),
    ("configuration", "configuration", "NOUN", 4, "obj", "Number=Sing"),
    ("as", "as", "ADV", 9, "advmod", "ExtPos=ADV"),
    ("early", "early", "ADJ", 4, "xcomp", "Degree=Pos"),
    ("as", "as", "ADP", 12, "case", ""),
    ("last", "last", "ADJ", 12, "amod", "Degree=Pos"),
    ("summer", "summer", "NOUN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# Residents said the water was brown.
RESIDENTS: list[FeatRow] = [
    ("Residents", "resident", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 5, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("brown", "brown", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# One said she had been sick for weeks.
ANOTHER_ONE: list[FeatRow] = [
    ("One", "one", "NUM", 1, "nsubj", "NumForm=Word|NumType=Card"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 5, "cop", "Tense=Past|VerbForm=Part"),
    ("sick", "sick", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("for", "for", "ADP", 7, "case", ""),
    ("weeks", "week", "NOUN", 5, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def _told(rows: list[FeatRow]) -> tuple[str, str | None]:
    (q,) = resolve([[rows]]).quotes  # type: ignore[list-item]
    return q.text, q.via.name if q.via is not None else None


def test_an_outlet_before_the_clauses_bare_subject_is_the_one_told():
    assert _told(PRICES) == ("prices would rise next year", "Reuters")
    assert _told(STAFF) == ("staff were leaving in large numbers", "BBC")


def test_an_outlet_before_the_object_of_tell_is_the_one_told_and_the_object_the_subject():
    assert _told(MORALE) == ("morale in the team was at rock bottom", "RNZ")


def test_a_listener_the_parse_found_stays():
    assert _told(SENATE) == ("the plan was sound", None)


def test_what_was_told_read_as_the_listeners_apposition_is_the_report():
    (q,) = resolve([[TOMATO_GROWER]]).quotes  # type: ignore[list-item]
    assert q.text.startswith("the price he receives") and q.speaker is not None
    assert q.speaker.name == "Peter Nguyen"


def test_because_of_is_no_mark_of_the_report():
    (q,) = resolve([[BECAUSE_OF]]).quotes  # type: ignore[list-item]
    assert q.text == "Swedish police had also opened a fraud investigation into the betting accounts"
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"


def test_a_request_that_the_outlet_not_publish_the_name_is_a_reason():
    (q,) = resolve([[PRINCIPAL]]).quotes  # type: ignore[list-item]
    assert q.text == "teachers had kept students inside all day"
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"


def test_one_of_a_group_with_a_reason_of_its_own_is_a_source_apart():
    group, member = resolve([[TWO_PEOPLE, ONE_OF_THEM]]).quotes  # type: ignore[list-item]
    assert group.speaker is not None and group.speaker.anonymity == "anonymous"
    assert member.speaker is not None and member.speaker.anonymity == "anonymous-with-reason"


def test_one_of_a_group_that_gave_a_reason_is_covered_by_it():
    quotes = resolve([[FORMER_EMPLOYEES, ONE_SAID], [RESIDENTS, ANOTHER_ONE]]).quotes
    by_text = {q.text: q.speaker for q in quotes}
    member = by_text["engineers had flagged the database configuration as early as last summer"]
    assert member is not None and (member.name, member.anonymity) == (
        "One of two former employees",
        "anonymous-with-reason",
    )
    other = by_text["she had been sick for weeks"]
    assert other is not None and other.anonymity == "anonymous"
