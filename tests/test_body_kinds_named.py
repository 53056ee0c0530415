"""A body by the kind its common noun says, session 62 (from the error classes of earlier sessions'
fresh articles; the trees are the shipped parser's for these invented sentences):

* a laboratory and a racing series speak as bodies ("The lab said", "The championship said":
  ``organization_words``), and "the lab" and "the district" are the body named before whose name
  ends in a word of that kind ("Idaho National Laboratory", "Chicago Public Schools":
  ``kind_name_heads``; head_names.named_with_head);
* a body whose name ends in a word of another kind is not "the <kind>" (body_kinds.other_named_kind):
  "The Atlanta-based railroad" is not "the Tennessee Valley Authority" named before, "The team" and
  "The championship" are not "Chicago Public Schools";
* a document the phrase itself sets apart is a particular one (organization, not vague;
  particular_documents._specified): by its year ("A 2019 independent review of ..."), by what it is
  of when that is written definite ("A summary of the public consultation"; not "A review of
  evidence"), or by the body it is of or made for written as an adjective ("Ministry data show",
  "A government-commissioned review");
* a body named for the roads it runs ("National Highways said": ``organization_words``) and an armed
  group named in its own language ("Al Shabaab said": ``known_organizations``) are bodies;
* what is set off as the largest of its trade is a business ("Mowi, the world's largest salmon
  farmer,": apposed_bodies.institution_apposition), unless a given name opens the name ("Jane Roe,
  the city's biggest landlord,": trade_of_person); a trade bodies have beside a given name is the
  person's ("Halima Yusuf, a tricycle operator in Wuse,": ``given_names``);
* a document's noun capitalised only as the sentence's first word is no outlet ("Records show ...":
  via._speaking_outlet; "record" is an outlet's word, "the Daily Record");
* a trade bodies have too (``person_trades``) beside one word that is no given name nor a named
  person's surname is a body's ("Energotrade, the state energy trader,", "Race organizer Unipublic":
  candidates._body_kind), not the surname of a person named before ("Hale, a grain trader," after
  "Race organizer Jim Hale");
* a body named by a phrase is no practice a trade's plural opens ("Doctors Without Borders ran the
  clinic. The charity said": apposed_bodies._institution_before gave it the kind "firm", which no
  charity fits).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import article_records, resolve

# The Idaho National Laboratory announced a new reactor project on Monday.
LAB: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Idaho", "Idaho", "PROPN", 3, "compound", "Number=Sing"),
    ("National", "National", "ADJ", 3, "amod", "Degree=Pos"),
    ("Laboratory", "Laboratory", "PROPN", 4, "nsubj", "Number=Sing"),
    ("announced", "announce", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 8, "amod", "Degree=Pos"),
    ("reactor", "reactor", "NOUN", 8, "compound", "Number=Sing"),
    ("project", "project", "NOUN", 4, "obj", "Number=Sing"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Monday", "Monday", "PROPN", 8, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The lab said the project will add as many as 1,500 jobs.
LAB_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("lab", "lab", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("project", "project", "NOUN", 6, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 6, "aux", "VerbForm=Fin"),
    ("add", "add", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("as", "as", "ADV", 8, "advmod", ""),
    ("many", "many", "ADJ", 6, "advmod", "Degree=Pos"),
    ("as", "as", "ADP", 11, "case", ""),
    ("1,500", "1500", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("jobs", "job", "NOUN", 8, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Tennessee Valley Authority raised rates last year.
RAILROAD: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Tennessee", "Tennessee", "PROPN", 3, "compound", "Number=Sing"),
    ("Valley", "Valley", "PROPN", 3, "compound", "Number=Sing"),
    ("Authority", "Authority", "PROPN", 4, "nsubj", "Number=Sing"),
    ("raised", "raise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rates", "rate", "VERB", 4, "xcomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("last", "last", "ADJ", 7, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 5, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# A freight train derailed near the plant on Sunday.
RAILROAD_2: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("freight", "freight", "NOUN", 2, "compound", "Number=Sing"),
    ("train", "train", "NOUN", 3, "nsubj", "Number=Sing"),
    ("derailed", "derail", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("near", "near", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 3, "obl", "Number=Sing"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Sunday", "Sunday", "PROPN", 6, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The Atlanta-based railroad said it was committed to making it right.
RAILROAD_3: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Atlanta", "Atlanta", "PROPN", 4, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##based", "based", "ADJ", 4, "amod", "Degree=Pos"),
    ("railroad", "railroad", "NOUN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 8, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("committed", "commit", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "SCONJ", 10, "mark", ""),
    ("making", "make", "VERB", 8, "advcl", "Tense=Pres|VerbForm=Part"),
    ("it", "it", "PRON", 10, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("right", "right", "ADV", 10, "advmod", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Chicago Public Schools faces a deficit of $391 million.
DISTRICT: list[FeatRow] = [
    ("Chicago", "Chicago", "PROPN", 2, "compound", "Number=Sing"),
    ("Public", "Public", "ADJ", 2, "amod", "Degree=Pos"),
    ("Schools", "School", "PROPN", 3, "nsubj", "Number=Plur"),
    ("faces", "face", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("deficit", "deficit", "NOUN", 3, "obj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("$", "$", "SYM", 5, "nmod", ""),
    ("##391", "391", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The district said it relies on $300 million in short-term borrowing.
DISTRICT_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("district", "district", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 4, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("relies", "rely", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 6, "case", ""),
    ("$", "$", "SYM", 4, "obl", ""),
    ("##300", "300", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 6, "nummod", "NumForm=Word|NumType=Card"),
    ("in", "in", "ADP", 13, "case", ""),
    ("short", "short", "ADJ", 12, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 10, "punct", ""),
    ("##term", "term", "NOUN", 13, "compound", "Number=Sing"),
    ("borrowing", "borrowing", "NOUN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Israel-Premier Tech will not return next season.
DISTRICT_3: list[FeatRow] = [
    ("Israel", "Israel", "PROPN", 3, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 0, "punct", ""),
    ("##Premier", "Premier", "PROPN", 3, "compound", "Number=Sing"),
    ("Tech", "Tech", "PROPN", 6, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 6, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("return", "return", "VERB", -1, "root", "VerbForm=Inf"),
    ("next", "next", "ADJ", 8, "amod", "Degree=Pos"),
    ("season", "season", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# The team said it had been unable to find a new sponsor.
DISTRICT_4: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 6, "expl", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 6, "cop", "Tense=Past|VerbForm=Part"),
    ("unable", "unable", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 8, "mark", ""),
    ("find", "find", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 11, "amod", "Degree=Pos"),
    ("sponsor", "sponsor", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Formula E cancelled the race in Hyderabad.
DISTRICT_5: list[FeatRow] = [
    ("Formula", "Formula", "PROPN", 1, "compound", "Number=Sing"),
    ("E", "E", "PROPN", 2, "nsubj", "Number=Sing"),
    ("cancelled", "cancel", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("race", "race", "NOUN", 2, "obj", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Hyderabad", "Hyderabad", "PROPN", 4, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The championship said the promoter was unable to meet its obligations.
DISTRICT_6: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("championship", "championship", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("promoter", "promoter", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unable", "unable", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 8, "mark", ""),
    ("meet", "meet", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("its", "its", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("obligations", "obligation", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# A summary of the public consultation said residents objected to the loss of parking spaces.
DOC: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("summary", "summary", "NOUN", 6, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("public", "public", "ADJ", 5, "amod", "Degree=Pos"),
    ("consultation", "consultation", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("residents", "resident", "NOUN", 6, "obj", "Number=Plur"),
    ("objected", "object", "VERB", 7, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("loss", "loss", "NOUN", 8, "obl", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("parking", "parking", "NOUN", 14, "compound", "Number=Sing"),
    ("spaces", "space", "NOUN", 11, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# A 2019 independent review of safeguarding in football found that the lower levels of the game were vulnerable.
DOC_2: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("2019", "2019", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("independent", "independent", "ADJ", 3, "amod", "Degree=Pos"),
    ("review", "review", "NOUN", 8, "nsubj", "Number=Sing"),
    ("of", "of", "SCONJ", 5, "case", ""),
    ("safeguarding", "safeguarding", "NOUN", 3, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("football", "football", "NOUN", 5, "nmod", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("lower", "low", "ADJ", 12, "amod", "Degree=Cmp"),
    ("levels", "level", "NOUN", 17, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("game", "game", "NOUN", 12, "nmod", "Number=Sing"),
    ("were", "be", "AUX", 17, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("vulnerable", "vulnerable", "ADJ", 8, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# A government-commissioned review found the city was more exposed than almost any other authority.
DOC_3: list[FeatRow] = [
    ("A", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("government", "government", "NOUN", 3, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##commissioned", "commission", "VERB", 4, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("review", "review", "NOUN", 5, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 10, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 10, "advmod", "Degree=Cmp"),
    ("exposed", "expose", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("than", "than", "ADP", 15, "case", ""),
    ("almost", "almost", "ADV", 15, "advmod", ""),
    ("any", "any", "DET", 15, "det", "PronType=Ind"),
    ("other", "other", "ADJ", 15, "amod", "Degree=Pos"),
    ("authority", "authority", "NOUN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Ministry data show the museum received nearly 4.5 million visitors last year.
DOC_4: list[FeatRow] = [
    ("Ministry", "Ministry", "ADJ", 1, "amod", "Degree=Pos"),
    ("data", "data", "NOUN", 2, "nsubj", "Number=Sing"),
    ("show", "show", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("museum", "museum", "NOUN", 5, "nsubj", "Number=Sing"),
    ("received", "receive", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("nearly", "nearly", "ADV", 7, "advmod", ""),
    ("4.5", "4.5", "NUM", 8, "compound", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("visitors", "visitor", "NOUN", 5, "obj", "Number=Plur"),
    ("last", "last", "ADJ", 11, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 5, "obl:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# A review of evidence found the scheme had cut emissions.
DOC_5: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("review", "review", "NOUN", 4, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("evidence", "evidence", "NOUN", 1, "nmod", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cut", "cut", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("emissions", "emission", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


# National Highways said it would keep the motorway under review.
HIGHWAYS: list[FeatRow] = [
    ("National", "National", "ADJ", 1, "amod", "Degree=Pos"),
    ("Highways", "Highway", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("keep", "keep", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("motorway", "motorway", "NOUN", 5, "obj", "Number=Sing"),
    ("under", "under", "ADP", 9, "case", ""),
    ("review", "review", "NOUN", 5, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Al Shabaab said the port deal amounted to a foreign invasion.
HIGHWAYS_2: list[FeatRow] = [
    ("Al", "Al", "PROPN", 1, "compound", "Number=Sing"),
    ("Shabaab", "Shabaab", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("port", "port", "NOUN", 5, "compound", "Number=Sing"),
    ("deal", "deal", "NOUN", 2, "obj", "Number=Sing"),
    ("amounted", "amount", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("foreign", "foreign", "ADJ", 10, "amod", "Degree=Pos"),
    ("invasion", "invasion", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# Mowi, the world's largest salmon farmer, said it was reviewing the proposal.
LARGEST: list[FeatRow] = [
    ("Mowi", "Mowi", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("world", "world", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 3, "case", ""),
    ("largest", "large", "ADJ", 7, "amod", "Degree=Sup"),
    ("salmon", "salmon", "NOUN", 7, "compound", "Number=Sing"),
    ("farmer", "farmer", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 12, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reviewing", "review", "VERB", 9, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("proposal", "proposal", "NOUN", 12, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Jane Roe, the city's biggest landlord, said rents would rise.
LARGEST_2: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("biggest", "big", "ADJ", 7, "amod", "Degree=Sup"),
    ("landlord", "landlord", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rents", "rent", "NOUN", 12, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Halima Yusuf, a tricycle operator in Wuse, said fuel prices were still high.
LARGEST_3: list[FeatRow] = [
    ("Halima", "Halima", "PROPN", 1, "compound", "Number=Sing"),
    ("Yusuf", "Yusuf", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("tricycle", "tricycle", "NOUN", 5, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 1, "appos", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("Wuse", "Wuse", "PROPN", 5, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fuel", "fuel", "NOUN", 11, "compound", "Number=Sing"),
    ("prices", "price", "NOUN", 14, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 14, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("still", "still", "ADV", 14, "advmod", ""),
    ("high", "high", "ADJ", 9, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]


# Records show the firm paid no corporate tax for a decade.
RECORDS: list[FeatRow] = [
    ("Records", "record", "NOUN", 1, "nsubj", "Number=Plur"),
    ("show", "show", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 4, "nsubj", "Number=Sing"),
    ("paid", "pay", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 7, "det", "PronType=Neg"),
    ("corporate", "corporate", "ADJ", 7, "amod", "Degree=Pos"),
    ("tax", "tax", "NOUN", 4, "obj", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("decade", "decade", "NOUN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


# Energotrade, the state energy trader, said the contract included an option to raise volumes.
LONE: list[FeatRow] = [
    ("Energotrade", "Energotrade", "PROPN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 5, "compound", "Number=Sing"),
    ("energy", "energy", "NOUN", 5, "compound", "Number=Sing"),
    ("trader", "trader", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("contract", "contract", "NOUN", 10, "nsubj", "Number=Sing"),
    ("included", "include", "VERB", 7, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("option", "option", "NOUN", 10, "obj", "Number=Sing"),
    ("to", "to", "PART", 14, "mark", ""),
    ("raise", "raise", "VERB", 10, "advcl", "VerbForm=Inf"),
    ("volumes", "volume", "NOUN", 14, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Race organizer Unipublic said the route was under review.
LONE_2: list[FeatRow] = [
    ("Race", "Race", "PROPN", 1, "compound", "Number=Sing"),
    ("organizer", "organizer", "NOUN", 2, "compound", "Number=Sing"),
    ("Unipublic", "Unipublic", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("route", "route", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("under", "under", "ADP", 8, "case", ""),
    ("review", "review", "NOUN", 3, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Race organizer Jim Hale said the route was under review.
SURNAME: list[FeatRow] = [
    ("Race", "Race", "PROPN", 1, "compound", "Number=Sing"),
    ("organizer", "organizer", "NOUN", 3, "compound", "Number=Sing"),
    ("Jim", "Jim", "PROPN", 3, "compound", "Number=Sing"),
    ("Hale", "Hale", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("route", "route", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("under", "under", "ADP", 9, "case", ""),
    ("review", "review", "NOUN", 4, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Hale, a grain trader, said prices rose.
SURNAME_2: list[FeatRow] = [
    ("Hale", "Hale", "PROPN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("grain", "grain", "NOUN", 4, "compound", "Number=Sing"),
    ("trader", "trader", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("prices", "price", "NOUN", 6, "nsubj", "Number=Plur"),
    ("rose", "rise", "VERB", 6, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


# Doctors Without Borders ran the clinic until May.
DOCTORS: list[FeatRow] = [
    ("Doctors", "doctor", "NOUN", 3, "nsubj", "Number=Plur"),
    ("Without", "without", "ADP", 2, "case", ""),
    ("Borders", "Borders", "PROPN", 0, "nmod", "Number=Plur"),
    ("ran", "run", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("clinic", "clinic", "NOUN", 3, "obj", "Number=Sing"),
    ("until", "until", "ADP", 7, "case", ""),
    ("May", "May", "PROPN", 3, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The charity said it had treated 4,000 patients.
DOCTORS_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("charity", "charity", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("treated", "treat", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("4,000", "4000", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("patients", "patient", "NOUN", 5, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_lab_is_the_laboratory_named_before():
    [_, (_, name, kind, _)] = article_records((LAB, LAB_2))
    assert (name, kind) == ("Idaho National Laboratory", "organization")


def test_a_railroad_is_no_utilitys_authority():
    [(_, name, kind, _)] = article_records((RAILROAD,), (RAILROAD_2, RAILROAD_3))
    assert kind == "organization"
    assert name != "Tennessee Valley Authority"


def test_a_district_is_the_schools_and_a_team_or_series_is_not():
    district, team, series = article_records((DISTRICT, DISTRICT_2), (DISTRICT_3, DISTRICT_4), (DISTRICT_5, DISTRICT_6))
    assert district[1:3] == ("Chicago Public Schools", "organization")
    assert team[2] == series[2] == "organization"
    assert "Chicago Public Schools" not in (team[1], series[1])


def test_a_document_its_phrase_sets_apart_is_a_particular_one():
    for rows, name in (
        (DOC, "A summary of the public consultation"),
        (DOC_2, "A 2019 independent review of safeguarding in football"),
        (DOC_3, "A government-commissioned review"),
        (DOC_4, "Ministry data"),
    ):
        [(_, speaker, kind, anonymity)] = article_records((rows,))
        assert (speaker, kind, anonymity) == (name, "organization", "organization")
    # (what it is of, with no article, says nothing of which one)
    [(_, _, kind, anonymity)] = article_records((DOC_5,))
    assert (kind, anonymity) == ("organization", "vague")


def test_a_highways_body_and_an_armed_group_are_bodies():
    for rows, name in ((HIGHWAYS, "National Highways"), (HIGHWAYS_2, "Al Shabaab")):
        [(_, speaker, kind, _)] = article_records((rows,))
        assert (speaker, kind) == (name, "organization")


def test_the_largest_of_a_trade_is_a_business_unless_a_given_name_opens_it():
    [(_, name, kind, _)] = article_records((LARGEST,))
    assert (name, kind) == ("Mowi", "organization")
    for rows, person in ((LARGEST_2, "Jane Roe"), (LARGEST_3, "Halima Yusuf")):
        [(_, name, kind, _)] = article_records((rows,))
        assert (name, kind) == (person, "person")


def test_a_document_capitalised_as_the_first_word_is_no_outlet():
    [quote] = resolve([[RECORDS]]).quotes
    assert quote.speaker is not None and quote.speaker.type == "organization"
    assert quote.via is None


def test_a_trade_beside_one_word_that_is_no_persons_name_is_a_bodys():
    for rows, name in ((LONE, "Energotrade"), (LONE_2, "Unipublic")):
        [(_, speaker, kind, _)] = article_records((rows,))
        assert (speaker, kind) == (name, "organization")
    [first, second] = article_records((SURNAME,), (SURNAME_2,))
    assert first[1:3] == second[1:3] == ("Jim Hale", "person")


def test_a_body_named_by_a_phrase_is_the_charity_named_after_it():
    [(_, name, kind, _)] = article_records((DOCTORS, DOCTORS_2))
    assert (name, kind) == ("Doctors Without Borders", "organization")
