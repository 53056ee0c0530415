"""Fresh-copy speakers, session 61 (from the error classes of fresh articles; the trees are the
shipped parser's for these invented sentences):

* a description named by a later sentence's person only when their genders agree ("A spokeswoman
  for the governor's office said ... where Chairman Luis Archuleta said he expected": a man,
  someone else; sources/delayed.py);
* a title phrase before a name with a second speaker joined to it ("Central Bank of Kenya
  Governor Kamau Thugge and his deputy, Susan Koech, said": the governor, not the bank;
  attribution/titled_names._joined_to_name);
* a body's periodic report speaks for the body ("The Financial Intelligence Unit's latest
  yearbook found": ``document_nouns``);
* a noun that names bodies too, said again of the unnamed person it described ("One lift
  operator ..., who asked not to be named, said ... the operator said": that person;
  sources/epithets.same_noun_person), not a loose class of bodies ("Resort operators said");
* parses that tore a speaker from the cue: '"...," said managing director Gemma Hollis' with
  "managing" a verb and the name its object (titled_names.title_participle_read_as_verb); "A
  source close to the squad, speaking on condition of anonymity ..., told" with "close" a clause
  (participle_subjects.placed_source_read_as_clause); "Unipublic later said" with the name an
  adjective of "later" (name_tags.name_read_as_adjective_of_adverb); "with supporters calling it
  overdue and industry groups warning it could push" with "groups" a conjunct of "overdue"
  (crossed_subjects.absolute_subject_read_into_object);
* documents and their owners: "The State Land Office released an analysis Monday estimating"
  with "analysis" a compound of "Monday" (modifier_moves.weekday_read_as_object); "the bank said
  in its latest Lao Economic Monitor. ¶ The report found" (earlier_documents.spoken_in).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import article_records, quote_records

# A spokeswoman for the governor's office said the governor would review the bill.
SPOKESWOMAN: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 7, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 6, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("office", "office", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 11, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("review", "review", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 11, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# The committee voted to advance the measure.
SPOKESWOMAN_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 2, "nsubj", "Number=Sing"),
    ("voted", "vote", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("advance", "advance", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("measure", "measure", "NOUN", 4, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# It now heads to the Senate Finance Committee, where Chairman Luis Archuleta said he expected a long hearing.
SPOKESWOMAN_3: list[FeatRow] = [
    ("It", "it", "PRON", 2, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("now", "now", "ADV", 2, "advmod", "PronType=Dem"),
    ("heads", "head", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Senate", "Senate", "PROPN", 7, "compound", "Number=Sing"),
    ("Finance", "Finance", "PROPN", 7, "compound", "Number=Sing"),
    ("Committee", "Committee", "PROPN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("where", "where", "ADV", 13, "advmod", "PronType=Int"),
    ("Chairman", "Chairman", "PROPN", 12, "compound", "Number=Sing"),
    ("Luis", "Luis", "PROPN", 12, "compound", "Number=Sing"),
    ("Archuleta", "Archuleta", "PROPN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 15, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("expected", "expect", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("long", "long", "ADJ", 18, "amod", "Degree=Pos"),
    ("hearing", "hearing", "NOUN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Central Bank of Kenya Governor Kamau Thugge and his deputy, Susan Koech, said on Tuesday that inflation had eased.
GOVERNOR: list[FeatRow] = [
    ("Central", "Central", "ADJ", 1, "amod", "Degree=Pos"),
    ("Bank", "Bank", "PROPN", 14, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Kenya", "Kenya", "PROPN", 4, "compound", "Number=Sing"),
    ("Governor", "Governor", "PROPN", 1, "nmod", "Number=Sing"),
    ("Kamau", "Kamau", "PROPN", 6, "compound", "Number=Sing"),
    ("Thugge", "Thugge", "PROPN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 9, "cc", ""),
    ("his", "his", "PRON", 9, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("deputy", "deputy", "NOUN", 6, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("Susan", "Susan", "PROPN", 12, "compound", "Number=Sing"),
    ("Koech", "Koech", "PROPN", 9, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 16, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 14, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 20, "mark", ""),
    ("inflation", "inflation", "NOUN", 20, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("eased", "ease", "VERB", 16, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# The Financial Intelligence Unit's latest yearbook found that shell companies accounted for a large share of reports.
YEARBOOK: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Financial", "Financial", "ADJ", 3, "amod", "Degree=Pos"),
    ("Intelligence", "Intelligence", "PROPN", 3, "compound", "Number=Sing"),
    ("Unit", "unit", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 3, "case", ""),
    ("latest", "late", "ADJ", 6, "amod", "Degree=Sup"),
    ("yearbook", "yearbook", "NOUN", 7, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("shell", "shell", "NOUN", 10, "compound", "Number=Sing"),
    ("companies", "company", "NOUN", 11, "nsubj", "Number=Plur"),
    ("accounted", "account", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("large", "large", "ADJ", 15, "amod", "Degree=Pos"),
    ("share", "share", "NOUN", 11, "obl", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("reports", "report", "NOUN", 15, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Not all operators are as confident.
OPERATOR: list[FeatRow] = [
    ("Not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("all", "all", "DET", 2, "det", "PronType=Tot"),
    ("operators", "operator", "NOUN", 5, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("as", "as", "ADV", 5, "advmod", ""),
    ("confident", "confident", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# One lift operator in Salzburg province, who asked not to be named, said his company had shelved plans for a new reservoir.
OPERATOR_2: list[FeatRow] = [
    ("One", "one", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("lift", "lift", "NOUN", 2, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 14, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 5, "case", ""),
    ("Salzburg", "Salzburg", "PROPN", 5, "compound", "Number=Sing"),
    ("province", "province", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 12, "mark", ""),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 16, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("company", "company", "NOUN", 18, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shelved", "shelve", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part"),
    ("plans", "plan", "NOUN", 18, "obj", "Number=Plur"),
    ("for", "for", "ADP", 23, "case", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 23, "amod", "Degree=Pos"),
    ("reservoir", "reservoir", "NOUN", 18, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# "We run the cannons and we pay the bills," the operator said.
OPERATOR_3: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("run", "run", "VERB", 14, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("cannons", "cannon", "NOUN", 2, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("we", "we", "PRON", 7, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("pay", "pay", "VERB", 2, "conj", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("bills", "bill", "NOUN", 7, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ('##"', '"', "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("operator", "operator", "NOUN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# “Hastings Pier is one of the great piers of England and it deserves to be busy all year round, not just on a sunny bank holiday,” said managing director Gemma Hollis.
PIER: list[FeatRow] = [
    ("“", '"', "PUNCT", 4, "punct", ""),
    ("##Hastings", "hasting", "NOUN", 2, "compound", "Number=Plur"),
    ("Pier", "Pier", "PROPN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("one", "one", "NUM", 30, "ccomp", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("great", "great", "ADJ", 8, "amod", "Degree=Pos"),
    ("piers", "pier", "NOUN", 4, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 10, "case", ""),
    ("England", "England", "PROPN", 8, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("it", "it", "PRON", 13, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("deserves", "deserve", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 16, "mark", ""),
    ("be", "be", "AUX", 16, "cop", "VerbForm=Inf"),
    ("busy", "busy", "ADJ", 13, "xcomp", "Degree=Pos"),
    ("all", "all", "DET", 18, "det", "PronType=Tot"),
    ("year", "year", "NOUN", 16, "obl:unmarked", "Number=Sing"),
    ("round", "round", "ADV", 16, "advmod", ""),
    ("##,", ",", "PUNCT", 27, "punct", ""),
    ("not", "not", "PART", 27, "advmod", "Polarity=Neg"),
    ("just", "just", "ADV", 27, "advmod", ""),
    ("on", "on", "ADP", 27, "case", ""),
    ("a", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("sunny", "sunny", "ADJ", 27, "amod", "Degree=Pos"),
    ("bank", "bank", "NOUN", 27, "compound", "Number=Sing"),
    ("holiday", "holiday", "NOUN", 30, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 27, "punct", ""),
    ("##”", '"', "PUNCT", 27, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("managing", "manage", "VERB", 30, "xcomp", "VerbForm=Part"),
    ("director", "director", "NOUN", 34, "compound", "Number=Sing"),
    ("Gemma", "Gemma", "PROPN", 34, "compound", "Number=Sing"),
    ("Hollis", "Hollis", "PROPN", 31, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 30, "punct", ""),
]

# A source close to the squad, speaking on condition of anonymity because contract negotiations are ongoing, told RugbyPass that two senior players had received offers.
SQUAD: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 2, "nsubj", "Number=Sing"),
    ("close", "close", "ADJ", 18, "advcl", "Degree=Pos"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("squad", "squad", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("speaking", "speak", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 9, "case", ""),
    ("condition", "condition", "NOUN", 7, "obl", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("anonymity", "anonymity", "NOUN", 9, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 16, "mark", ""),
    ("contract", "contract", "NOUN", 14, "compound", "Number=Sing"),
    ("negotiations", "negotiation", "NOUN", 16, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 16, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("ongoing", "ongoing", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("RugbyPass", "RugbyPass", "PROPN", 18, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 25, "mark", ""),
    ("two", "two", "NUM", 23, "nummod", "NumForm=Word|NumType=Card"),
    ("senior", "senior", "ADJ", 23, "amod", "Degree=Pos"),
    ("players", "player", "NOUN", 25, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 25, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("received", "receive", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part"),
    ("offers", "offer", "NOUN", 25, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# Unipublic later said the route for the remaining stages was under review.
LATER: list[FeatRow] = [
    ("Unipublic", "unipublic", "ADJ", 1, "amod", "Degree=Pos"),
    ("later", "late", "ADV", 2, "advmod", "Degree=Cmp"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("route", "route", "NOUN", 2, "obj", "Number=Sing"),
    ("for", "for", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("remaining", "remain", "NOUN", 8, "compound", "Number=Sing"),
    ("stages", "stage", "NOUN", 4, "nmod", "Number=Plur"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("under", "under", "ADP", 11, "case", ""),
    ("review", "review", "NOUN", 2, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# A proposal to raise the royalty rate drew sharp lines at the Roundhouse on Tuesday, with supporters calling it overdue and industry groups warning it could push drilling across the border into Texas.
ABSOLUTE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("proposal", "proposal", "NOUN", -1, "root", "Number=Sing"),
    ("to", "to", "PART", 3, "mark", ""),
    ("raise", "raise", "VERB", 1, "acl", "VerbForm=Inf"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("royalty", "royalty", "NOUN", 6, "compound", "Number=Sing"),
    ("rate", "rate", "NOUN", 3, "obj", "Number=Sing"),
    ("drew", "draw", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("sharp", "sharp", "ADJ", 9, "amod", "Degree=Pos"),
    ("lines", "line", "NOUN", 3, "obj", "Number=Plur"),
    ("at", "at", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Roundhouse", "Roundhouse", "PROPN", 9, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 12, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("with", "with", "ADP", 17, "case", ""),
    ("supporters", "supporter", "NOUN", 18, "nsubj", "Number=Plur"),
    ("calling", "call", "VERB", 3, "advcl", "VerbForm=Ger"),
    ("it", "it", "PRON", 18, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("overdue", "overdue", "NOUN", 18, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 23, "cc", ""),
    ("industry", "industry", "NOUN", 23, "compound", "Number=Sing"),
    ("groups", "group", "NOUN", 20, "conj", "Number=Plur"),
    ("warning", "warning", "VERB", 18, "conj", "VerbForm=Ger"),
    ("it", "it", "PRON", 27, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("could", "could", "AUX", 27, "aux", "VerbForm=Fin"),
    ("push", "push", "VERB", 24, "ccomp", "VerbForm=Inf"),
    ("drilling", "drill", "VERB", 27, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("across", "across", "ADP", 31, "case", ""),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("border", "border", "NOUN", 28, "obl", "Number=Sing"),
    ("into", "into", "ADP", 33, "case", ""),
    ("Texas", "Texas", "PROPN", 31, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The State Land Office released an analysis Monday estimating that the state had forgone $1.1 billion in revenue.
ANALYSIS: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("State", "State", "PROPN", 3, "compound", "Number=Sing"),
    ("Land", "Land", "PROPN", 3, "compound", "Number=Sing"),
    ("Office", "Office", "PROPN", 4, "nsubj", "Number=Sing"),
    ("released", "release", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("analysis", "analysis", "NOUN", 7, "compound", "Number=Sing"),
    ("Monday", "Monday", "PROPN", 4, "obj", "Number=Sing"),
    ("estimating", "estimate", "VERB", 7, "acl", "VerbForm=Ger"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("forgone", "forgone", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("$", "$", "SYM", 13, "obj", ""),
    ("##1.1", "1.1", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("billion", "billion", "NUM", 14, "nummod", "NumForm=Word|NumType=Card"),
    ("in", "in", "ADP", 18, "case", ""),
    ("revenue", "revenue", "NOUN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The analysis found that nearly two-thirds of that gap was concentrated in two counties.
ANALYSIS_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("analysis", "analysis", "NOUN", 2, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("nearly", "nearly", "ADV", 5, "advmod", ""),
    ("two", "two", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##thirds", "third", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("of", "of", "ADP", 10, "case", ""),
    ("that", "that", "DET", 10, "det", "Number=Sing|PronType=Dem"),
    ("gap", "gap", "NOUN", 7, "nmod", "Number=Sing"),
    ("was", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("concentrated", "concentrate", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 15, "case", ""),
    ("two", "two", "NUM", 15, "nummod", "NumForm=Word|NumType=Card"),
    ("counties", "county", "NOUN", 12, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Laos' debt stood at about $13.8 billion, according to the World Bank.
MONITOR: list[FeatRow] = [
    ("Laos", "Laos", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'", "'", "PUNCT", 0, "punct", ""),
    ("debt", "debt", "NOUN", 3, "nsubj", "Number=Sing"),
    ("stood", "stand", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 6, "case", ""),
    ("about", "about", "ADV", 6, "advmod", ""),
    ("$", "$", "SYM", 3, "obl", ""),
    ("##13.8", "13.8", "NUM", 8, "compound", "NumForm=Digit|NumType=Card"),
    ("billion", "billion", "NUM", 6, "nummod", "NumForm=Word|NumType=Card"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("according", "accord", "VERB", 14, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("World", "World", "PROPN", 14, "compound", "Number=Sing"),
    ("Bank", "Bank", "PROPN", 3, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Around half of that is owed to China, the bank said in its latest Lao Economic Monitor.
MONITOR_2: list[FeatRow] = [
    ("Around", "around", "ADP", 1, "case", ""),
    ("half", "half", "NOUN", 11, "obl", "NumForm=Word|NumType=Frac|Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("that", "that", "PRON", 1, "nmod", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("owed", "owed", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 7, "case", ""),
    ("China", "China", "PROPN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("bank", "bank", "NOUN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 17, "case", ""),
    ("its", "its", "PRON", 17, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("latest", "late", "ADJ", 17, "amod", "Degree=Sup"),
    ("Lao", "Lao", "PROPN", 17, "compound", "Number=Sing"),
    ("Economic", "economic", "ADJ", 17, "amod", "Degree=Pos"),
    ("Monitor", "Monitor", "PROPN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# The report found that the government had relied on deferred payments since 2020.
MONITOR_3: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 2, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 7, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("relied", "rely", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("on", "on", "ADP", 10, "case", ""),
    ("deferred", "deferr", "VERB", 10, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("payments", "payment", "NOUN", 7, "obl", "Number=Plur"),
    ("since", "since", "ADP", 12, "case", ""),
    ("2020", "2020", "NUM", 7, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Resort operators said that criticism ignores the jobs at stake.
RESORTS: list[FeatRow] = [
    ("Resort", "Resort", "NOUN", 1, "compound", "Number=Sing"),
    ("operators", "operator", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 5, "mark", ""),
    ("criticism", "criticism", "NOUN", 5, "nsubj", "Number=Sing"),
    ("ignores", "ignore", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("jobs", "job", "NOUN", 5, "obj", "Number=Plur"),
    ("at", "at", "ADP", 9, "case", ""),
    ("stake", "stake", "NOUN", 5, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_later_name_of_the_other_gender_does_not_name_the_description():
    records = article_records((SPOKESWOMAN,), (SPOKESWOMAN_2, SPOKESWOMAN_3))
    assert records[0][1:3] == ("governor's office", "organization")
    assert records[1][1] == "Luis Archuleta"


def test_a_title_phrase_with_a_second_speaker_joined_names_the_holder():
    [(_, name, kind, role)] = quote_records(GOVERNOR)
    assert (name, kind, role) == ("Kamau Thugge", "person", "Central Bank of Kenya Governor")


def test_a_bodys_yearbook_speaks_for_the_body():
    [(_, name, kind, _)] = quote_records(YEARBOOK)
    assert (name, kind) == ("Financial Intelligence Unit", "organization")


def test_the_operator_is_the_unnamed_operator_who_spoke():
    records = article_records((OPERATOR, OPERATOR_2), (OPERATOR_3,))
    assert [r[1:] for r in records] == [
        ("One lift operator in Salzburg province", "anonymous", "anonymous-with-reason")
    ] * 2


def test_a_title_with_an_ing_word_after_an_inverted_cue_names_the_speaker():
    [(_, name, _, role)] = quote_records(PIER)
    assert (name, role) == ("Gemma Hollis", "managing director")


def test_a_source_close_to_someone_read_as_a_clause_is_the_subject():
    [(_, name, _, level)] = article_records((SQUAD,))
    assert (name, level) == ("A source close to the squad", "anonymous-with-reason")


def test_a_name_read_as_an_adjective_of_an_adverb_is_the_subject():
    [(_, name, _, _)] = quote_records(LATER)
    assert name == "Unipublic"


def test_the_second_of_two_joined_absolute_clauses_has_its_own_subject():
    records = quote_records(ABSOLUTE)
    assert [(r[0], r[1]) for r in records] == [
        ("it overdue", "supporters"),
        ("it could push drilling across the border into Texas", "industry groups"),
    ]


def test_a_document_before_a_weekday_is_the_object_and_its_owner_speaks():
    records = article_records((ANALYSIS, ANALYSIS_2))
    assert [r[1] for r in records] == ["State Land Office"] * 2


def test_the_report_after_a_body_spoke_in_its_own_publication_is_the_bodys():
    records = article_records((MONITOR, MONITOR_2), (MONITOR_3,))
    assert [r[1] for r in records] == ["World Bank"] * 3


def test_the_operator_is_no_loose_class_of_operators():
    records = article_records((RESORTS,), (OPERATOR, OPERATOR_2), (OPERATOR_3,))
    assert [r[1] for r in records] == ["Resort operators"] + ["One lift operator in Salzburg province"] * 2
