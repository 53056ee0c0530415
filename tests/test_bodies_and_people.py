"""Bodies the entity layer took for people or descriptions, and people it took for bodies
(session 53, from fresh articles; each tree is the shipped parser's for the invented sentence
in its comment):

* a name behind "the" whose first word the tokenizer cut at a hyphen ("The Courier-Mail
  reported") was a person's (name_context.after_the);
* a name set off by a description headed by an institution's noun after a place's possessive
  ("Iustitia, Poland's largest association of judges,") was a person's
  (apposed_bodies.institution_apposition);
* "Fitch Ratings", "the Attorney-General's Chambers", "Newcastle United" (``organization_words``;
  "Ray Chambers" is a person, ``surname_org_words``), "Labour", "Chega" (``known_organizations``), a county
  ("Northamptonshire said": entities._COUNTY) were people;
* known bodies with "the" in their names ("Friends of the Earth Scotland", "Save the Children",
  attribution.body_names._known_bodies) were a description or had no speaker;
* a plural trade before one name ("an assessment by consultants Penhale Acoustics") made the
  name a person and the rest his title (titled_names.name_read_apart_from_title);
* a name set off after a body's noun with a participle after it ("The union representing bank
  staff, Finsec,") was a person's (role_words.body_role);
* a name set off after a description with a place's possessive ("The challenger of record,
  Britain's INEOS Britannia,") was left out for the description
  (appositive_subjects.name_apposed_inside_subject);
* "A study published Wednesday in the journal Nature found" with "Nature" the subject of "found":
  Nature was a person and the speaker (appositive_subjects.outlet_name_read_as_subject); a
  programme's name before its noun ("BBC Radio Ulster's Good Morning Ulster programme") was a person
  "He" then meant (candidates._person_name);
* a lede's body described by whose it is ("the sport's governing body found ...") is the one named
  as the subject of a cue opening the next paragraph ("The International Ice Hockey Federation
  said"; bodies_named_later._owned_body_named_next);
* people read as bodies: a post the tagger read as an adverb ("a former national team forward"),
  a generation after a name ("Nana Kwesi Adomako III" read as an acronym); and a capital city
  inside a report ("said Brussels broadly supported") a person "He" then meant.
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

from provenance.syntax.wording import parser_wording

# The Courier-Mail reported last month that the state had shelved plans.
COURIER_MAIL: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Courier", "courier", "NOUN", 4, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##Mail", "Mail", "PROPN", 4, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 6, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 4, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shelved", "shelve", "VERB", 6, "acl", "Tense=Past|VerbForm=Part"),
    ("plans", "plan", "NOUN", 11, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Iustitia, Poland's largest association of judges, said in a statement that the delay was eroding trust.
IUSTITIA: list[FeatRow] = [
    ("Iustitia", "Iustitia", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Poland", "Poland", "PROPN", 5, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 2, "case", ""),
    ("largest", "large", "ADJ", 5, "amod", "Degree=Sup"),
    ("association", "association", "NOUN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("judges", "judge", "NOUN", 5, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("delay", "delay", "NOUN", 17, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("eroding", "erode", "VERB", 12, "acl", "Tense=Pres|VerbForm=Part"),
    ("trust", "trust", "NOUN", 17, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Fitch Ratings said in a note on Wednesday that default risk would fall.
FITCH: list[FeatRow] = [
    ("Fitch", "Fitch", "PROPN", 1, "compound", "Number=Sing"),
    ("Ratings", "Rating", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("note", "note", "NOUN", 2, "obl", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 5, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("default", "default", "NOUN", 10, "compound", "Number=Sing"),
    ("risk", "risk", "NOUN", 12, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("fall", "fall", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The bank will pay the sum in three instalments, the Attorney-General's Chambers said in a statement.
CHAMBERS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("bank", "bank", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("pay", "pay", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("sum", "sum", "NOUN", 3, "obj", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("three", "three", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("instalments", "instalment", "NOUN", 3, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("Attorney", "Attorney", "PROPN", 13, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 11, "punct", ""),
    ("##General", "General", "PROPN", 15, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 13, "case", ""),
    ("Chambers", "Chambers", "PROPN", 16, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 16, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Friends of the Earth Scotland said the zone covered only a tiny part of the city.
FRIENDS: list[FeatRow] = [
    ("Friends", "Friend", "NOUN", 5, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Earth", "Earth", "PROPN", 4, "compound", "Number=Sing"),
    ("Scotland", "Scotland", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("zone", "zone", "NOUN", 8, "nsubj", "Number=Sing"),
    ("covered", "cover", "VERB", 5, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("only", "only", "ADV", 12, "advmod", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("tiny", "tiny", "ADJ", 12, "amod", "Degree=Pos"),
    ("part", "part", "NOUN", 8, "obj", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 12, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Save the Children said the camp was overcrowded.
SAVE: list[FeatRow] = [
    ("Save", "save", "VERB", -1, "root", "Mood=Imp|VerbForm=Fin"),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Children", "Children", "PROPN", 0, "obj", "Number=Plur"),
    ("said", "say", "VERB", 0, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("camp", "camp", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("overcrowded", "overcrowded", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]

# Northamptonshire said in a statement that they would cooperate fully with the inquiry.
COUNTY: list[FeatRow] = [
    ("Northamptonshire", "Northamptonshire", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 1, "obl", "Number=Sing"),
    ("that", "that", "PRON", 8, "obj", "PronType=Rel"),
    ("they", "they", "PRON", 8, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("cooperate", "cooperate", "VERB", 4, "acl:relcl", "VerbForm=Inf"),
    ("fully", "fully", "ADV", 8, "advmod", ""),
    ("with", "with", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("inquiry", "inquiry", "NOUN", 8, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Labour said the government had wasted two years.
LABOUR: list[FeatRow] = [
    ("Labour", "Labour", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 5, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wasted", "waste", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("two", "two", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 5, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# A noise assessment by consultants Penhale Acoustics, submitted with the application, found that levels at the nearest homes would stay within national guidelines.
CONSULTANTS: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("noise", "noise", "NOUN", 2, "compound", "Number=Sing"),
    ("assessment", "assessment", "NOUN", 13, "nsubj", "Number=Sing"),
    ("by", "by", "ADP", 4, "case", ""),
    ("consultants", "consultant", "NOUN", 2, "nmod", "Number=Plur"),
    ("Penhale", "Penhale", "PROPN", 6, "compound", "Number=Sing"),
    ("Acoustics", "Acoustics", "PROPN", 4, "flat", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("submitted", "submit", "VERB", 13, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("application", "application", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("levels", "level", "NOUN", 21, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("nearest", "near", "ADJ", 19, "amod", "Degree=Sup"),
    ("homes", "home", "NOUN", 15, "nmod", "Number=Plur"),
    ("would", "would", "AUX", 21, "aux", "VerbForm=Fin"),
    ("stay", "stay", "VERB", 13, "ccomp", "VerbForm=Inf"),
    ("within", "within", "ADP", 24, "case", ""),
    ("national", "national", "ADJ", 24, "amod", "Degree=Pos"),
    ("guidelines", "guideline", "NOUN", 21, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# The challenger of record, Britain's INEOS Britannia, said in a statement it welcomed the venue.
INEOS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("challenger", "challenger", "NOUN", 10, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("record", "record", "NOUN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Britain", "Britain", "PROPN", 8, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("INEOS", "Ineos", "PROPN", 8, "compound", "Number=Sing"),
    ("Britannia", "Britannia", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 10, "obl", "Number=Sing"),
    ("it", "it", "PRON", 15, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("welcomed", "welcome", "VERB", 13, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("venue", "venue", "NOUN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# Anna Sjöberg, a former national team forward, said everybody had heard the rumors.
FORWARD: list[FeatRow] = [
    ("Anna", "Anna", "PROPN", 1, "compound", "Number=Sing"),
    ("Sjöberg", "Sjöberg", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 6, "amod", "Degree=Pos"),
    ("national", "national", "ADJ", 6, "amod", "Degree=Pos"),
    ("team", "team", "NOUN", 9, "nsubj", "Number=Sing"),
    ("forward", "forward", "ADV", 1, "advmod", ""),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("everybody", "everybody", "PRON", 12, "nsubj", "Number=Sing|PronType=Ind"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("heard", "hear", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("rumors", "rumor", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Nana Kwesi Adomako III, the paramount chief of Wassa Fiase, said the crackdown would fail unless the government acted.
CHIEF: list[FeatRow] = [
    ("Nana", "Nana", "PROPN", 3, "compound", "Number=Sing"),
    ("Kwesi", "Kwesi", "PROPN", 3, "compound", "Number=Sing"),
    ("Adomako", "Adomako", "PROPN", 3, "compound", "Number=Sing"),
    ("III", "III", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("paramount", "paramount", "ADJ", 7, "amod", "Degree=Pos"),
    ("chief", "chief", "NOUN", 12, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("Wassa", "Wassa", "PROPN", 7, "nmod", "Number=Sing"),
    ("Fiase", "Fiase", "PROPN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("crackdown", "crackdown", "NOUN", 16, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("unless", "unless", "SCONJ", 20, "mark", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 20, "nsubj", "Number=Sing"),
    ("acted", "act", "VERB", 16, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# A European Union official, who spoke on condition of anonymity because he was not authorized to comment publicly, said Brussels broadly supported the plan.
BRUSSELS: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("European", "European", "ADJ", 3, "amod", "Degree=Pos"),
    ("Union", "Union", "PROPN", 3, "compound", "Number=Sing"),
    ("official", "official", "NOUN", 20, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 8, "case", ""),
    ("condition", "condition", "NOUN", 6, "obl", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("anonymity", "anonymity", "NOUN", 8, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 15, "mark", ""),
    ("he", "he", "PRON", 15, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 15, "advmod", "Polarity=Neg"),
    ("authorized", "authorize", "VERB", 6, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 17, "mark", ""),
    ("comment", "comment", "VERB", 15, "xcomp", "VerbForm=Inf"),
    ("publicly", "publicly", "ADV", 17, "advmod", "Degree=Pos"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Brussels", "Brussels", "PROPN", 23, "nsubj", "Number=Plur"),
    ("broadly", "broadly", "ADV", 23, "advmod", ""),
    ("supported", "support", "VERB", 20, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 23, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]

# He said the bloc was discussing how to help member states.
BRUSSELS_2: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("bloc", "bloc", "NOUN", 5, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("discussing", "discuss", "VERB", 1, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("how", "how", "ADV", 5, "obj", "PronType=Int"),
    ("to", "to", "PART", 8, "mark", ""),
    ("help", "help", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("member", "member", "NOUN", 10, "compound", "Number=Sing"),
    ("states", "state", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


# Newcastle United said they would appeal the decision.
UNITED: list[FeatRow] = [
    ("Newcastle", "Newcastle", "PROPN", 2, "nsubj", "Number=Sing"),
    ("United", "Unite", "VERB", 0, "flat", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("appeal", "appeal", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 5, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# The union representing bank staff, Finsec, said its members feared job cuts.
FINSEC: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 8, "nsubj", "Number=Sing"),
    ("representing", "represent", "VERB", 4, "amod", "VerbForm=Ger"),
    ("bank", "bank", "NOUN", 4, "compound", "Number=Sing"),
    ("staff", "staff", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("Finsec", "Finsec", "PROPN", 4, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("members", "member", "NOUN", 8, "obj", "Number=Plur"),
    ("feared", "fear", "VERB", 13, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("job", "job", "NOUN", 13, "compound", "Number=Sing"),
    ("cuts", "cut", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


# A study published Wednesday in the journal Nature found that the drug reduced symptoms.
NATURE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("study", "study", "NOUN", 2, "nsubj", "Number=Sing"),
    ("published", "publish", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Wednesday", "Wednesday", "PROPN", 2, "obj", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("journal", "journal", "NOUN", 2, "obl", "Number=Sing"),
    ("Nature", "Nature", "PROPN", 8, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("drug", "drug", "NOUN", 12, "nsubj", "Number=Sing"),
    ("reduced", "reduce", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("symptoms", "symptom", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Dr Ciarán Mulholland, a consultant in emergency medicine who works at Antrim Area Hospital, told BBC Radio Ulster’s Good Morning Ulster programme that patients were being treated on trolleys.
PROGRAMME: list[FeatRow] = [
    ("Dr", "Dr", "PROPN", 2, "compound", "Number=Sing"),
    ("Ciarán", "Ciarán", "PROPN", 2, "compound", "Number=Sing"),
    ("Mulholland", "Mulholland", "PROPN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("consultant", "consultant", "NOUN", 16, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("emergency", "emergency", "NOUN", 8, "compound", "Number=Sing"),
    ("medicine", "medicine", "NOUN", 5, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("works", "work", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 14, "case", ""),
    ("Antrim", "Antrim", "PROPN", 14, "compound", "Number=Sing"),
    ("Area", "Area", "PROPN", 14, "compound", "Number=Sing"),
    ("Hospital", "Hospital", "PROPN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("BBC", "BBC", "PROPN", 16, "iobj", "Number=Sing"),
    ("Radio", "Radio", "PROPN", 19, "compound", "Number=Sing"),
    ("Ulster", "Ulster", "PROPN", 24, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 19, "case", ""),
    ("Good", "good", "ADJ", 24, "amod", "Degree=Pos"),
    ("Morning", "Morning", "PROPN", 24, "compound", "Number=Sing"),
    ("Ulster", "Ulster", "PROPN", 24, "compound", "Number=Sing"),
    ("programme", "programme", "NOUN", 16, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 29, "mark", ""),
    ("patients", "patient", "NOUN", 29, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 29, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("being", "be", "AUX", 29, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("treated", "treat", "VERB", 24, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 31, "case", ""),
    ("trolleys", "trolley", "NOUN", 29, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# “We have elderly patients lying on trolleys for two days,” he said.
PROGRAMME_2: list[FeatRow] = [
    ("“", '"', "PUNCT", 2, "punct", ""),
    ("##We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("have", "have", "VERB", 14, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("elderly", "elderly", "ADV", 4, "advmod", ""),
    ("patients", "patient", "NOUN", 2, "obj", "Number=Plur"),
    ("lying", "lie", "VERB", 2, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 7, "case", ""),
    ("trolleys", "trolley", "NOUN", 5, "obl", "Number=Plur"),
    ("for", "for", "ADP", 10, "case", ""),
    ("two", "two", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("days", "day", "NOUN", 5, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("##”", '"', "PUNCT", 2, "punct", ""),
    ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# “That is not safe.
PROGRAMME_3: list[FeatRow] = [
    ("“", '"', "PUNCT", 4, "punct", ""),
    ("##That", "that", "PRON", 4, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("safe", "safe", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Staff are doing everything they can.”
PROGRAMME_4: list[FeatRow] = [
    ("Staff", "staff", "NOUN", 2, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 2, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("doing", "do", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("everything", "everything", "PRON", 2, "obj", "Number=Sing|PronType=Ind"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("can", "can", "AUX", 3, "acl:relcl", "VerbForm=Fin"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
    ("##”", '"', "PUNCT", 2, "punct", ""),
]

# He added that ambulances had been queuing outside the hospital.
PROGRAMME_5: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("ambulances", "ambulance", "NOUN", 6, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 6, "aux", "Tense=Past|VerbForm=Part"),
    ("queuing", "queue", "VERB", 1, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("outside", "outside", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


# Kazakhstan was stripped of its bronze medal on Friday after the sport’s governing body found that one of its players was two years older than the age limit allowed.
GOVERNING: list[FeatRow] = [
    ("Kazakhstan", "Kazakhstan", "PROPN", 2, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 2, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("stripped", "stripp", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("of", "of", "ADP", 6, "case", ""),
    ("its", "its", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("bronze", "bronze", "NOUN", 6, "compound", "Number=Sing"),
    ("medal", "medal", "NOUN", 2, "obl", "Number=Sing"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Friday", "Friday", "PROPN", 6, "nmod", "Number=Sing"),
    ("after", "after", "ADP", 14, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("sport", "sport", "NOUN", 14, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 11, "case", ""),
    ("governing", "govern", "ADJ", 14, "amod", "Degree=Pos"),
    ("body", "body", "NOUN", 15, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 24, "mark", ""),
    ("one", "one", "NUM", 24, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 20, "case", ""),
    ("its", "its", "PRON", 20, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("players", "player", "NOUN", 17, "nmod", "Number=Plur"),
    ("was", "be", "AUX", 24, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("two", "two", "NUM", 23, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 24, "obl:unmarked", "Number=Plur"),
    ("older", "old", "ADJ", 15, "ccomp", "Degree=Cmp"),
    ("than", "than", "ADP", 28, "case", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("age", "age", "NOUN", 28, "compound", "Number=Sing"),
    ("limit", "limit", "NOUN", 29, "nsubj:pass", "Number=Sing"),
    ("allowed", "allow", "VERB", 24, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The International Ice Hockey Federation said the player was in fact 21.
GOVERNING_2: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("International", "International", "ADJ", 4, "amod", "Degree=Pos"),
    ("Ice", "Ice", "PROPN", 4, "compound", "Number=Sing"),
    ("Hockey", "Hockey", "PROPN", 4, "compound", "Number=Sing"),
    ("Federation", "Federation", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("player", "player", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 10, "case", ""),
    ("fact", "fact", "NOUN", 5, "ccomp", "Number=Sing"),
    ("21", "21", "NUM", 5, "ccomp", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def speakers(*sentences: list[FeatRow]) -> list[tuple[str, str, str]]:
    """Each quote's speaker entity as (name, type, anonymity), one paragraph per sentence."""
    r = resolve([[s] for s in sentences])
    out = []
    for q in r.quotes:
        assert q.speaker is not None and q.speaker.entity is not None
        e = r.entities[q.speaker.entity]
        out.append((e.name, e.type, q.speaker.anonymity))
    return out


def test_a_name_behind_the_cut_at_its_hyphen_is_a_bodys():
    assert speakers(COURIER_MAIL) == [("Courier-Mail", "organization", "organization")]


def test_an_institutions_noun_after_a_places_possessive_describes_a_body():
    assert speakers(IUSTITIA) == [("Iustitia", "organization", "organization")]
    assert speakers(FINSEC) == [("Finsec", "organization", "organization")]


def test_raters_chambers_parties_and_counties_are_bodies():
    assert speakers(FITCH) == [("Fitch Ratings", "organization", "organization")]
    assert speakers(CHAMBERS) == [("Attorney-General's Chambers", "organization", "organization")]
    assert speakers(LABOUR) == [("Labour", "organization", "organization")]
    assert speakers(COUNTY) == [("Northamptonshire", "organization", "organization")]
    assert speakers(UNITED) == [("Newcastle United", "organization", "organization")]


def test_known_bodies_with_the_inside_their_names_speak_by_name():
    assert speakers(FRIENDS) == [("Friends of the Earth Scotland", "organization", "organization")]
    assert speakers(SAVE) == [("Save the Children", "organization", "organization")]


def test_a_plural_trade_before_one_name_names_a_firm():
    ((name, kind, _),) = speakers(CONSULTANTS)
    assert kind == "organization" and "Penhale Acoustics" in name


def test_a_name_set_off_after_a_places_possessive_is_the_speaker():
    assert speakers(INEOS) == [("INEOS Britannia", "organization", "organization")]


def test_people_with_a_post_read_as_an_adverb_or_a_generation_stay_people():
    assert speakers(FORWARD) == [("Anna Sjöberg", "person", "named")]
    assert speakers(CHIEF) == [("Nana Kwesi Adomako III", "person", "named")]


def test_a_capital_inside_a_report_is_no_one_a_pronoun_means():
    assert [s[0] for s in speakers(BRUSSELS, BRUSSELS_2)] == ["A European Union official"] * 2


def test_a_danish_companys_legal_form_is_one_word_to_the_parser():
    assert parser_wording("Orsted A/S said it would not bid") == "Orsted ASA said it would not bid"
    assert parser_wording("the A/S ratio rose") == "the A/S ratio rose"


def test_a_study_published_in_a_journal_named_after_its_kind_finds():
    ((name, kind, _),) = speakers(NATURE)
    assert (name, kind) == ("A study", "organization")


def test_a_programmes_name_before_its_noun_is_no_one_he_means():
    r = resolve([[PROGRAMME], [PROGRAMME_2], [PROGRAMME_3, PROGRAMME_4], [PROGRAMME_5]])
    assert {r.entities[q.speaker.entity].name for q in r.quotes if q.speaker and q.speaker.entity is not None} == {
        "Ciarán Mulholland"
    }


def test_a_lede_body_described_by_whose_it_is_is_named_next():
    assert [s[0] for s in speakers(GOVERNING, GOVERNING_2)] == ["International Ice Hockey Federation"] * 2
