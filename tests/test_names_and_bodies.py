"""People and bodies by their names and titles, session 61 (from the error classes of earlier
sessions' fresh articles; the trees are the shipped parser's for these invented sentences):

* a press-freedom watchdog whose name says nothing of a body ("Reporters Without Borders said":
  ``known_organizations``);
* a given name before an outlet's one word is a person ("Mensah's trainer, Dwayne Forbes, said":
  TableBase.is_org_name; ``given_names``);
* a sport's circuit ("The tour said" after "PGA Tour"), a prosecution service ("The procuracy
  said") and a builder by its trade ("The contractor, Himgiri Infra Projects, said it"):
  ``organization_words``;
* a title tagged an adverb ("Bucks forward Evan Koenig said": titled_names._title_word) and an
  office's lower-case field before the name ("FIA head of financial regulation Claire
  Deschamps": ``portfolio_words``, office_names.name_after_office);
* a body's staff by its common noun ("The commission's staff said": spokespeople.spoken_for) and
  a statute as a document (``document_nouns``);
* "the agency" is a "... Service" named before (``kind_name_heads``); capitals joined by "and"
  inside a phrase are no body's name ("Ranchers in Jackson and Grand counties say":
  phrase_repairs._name_with_and_before_noun);
* a document picked out by a participle the parse made the sentence's verb ("A transport
  assessment prepared for the authority found", "A survey carried out for the port authority last
  year found": participle_subjects.speech_read_under_participle, particular_documents) is a
  particular one;
* what a relative clause says the person calls himself is a role ("who describes himself as a
  spokesman for ...": relatives.self_described), "counsel" before names joined by "and" is each
  one's title (shared_roles), and "hawker" a title;
* a party's whip is a title ("Senate Majority Whip Grace Wambui said": ``person_roles``);
* a full name after a one-word title that says "it" of the bill is still a person ("Lawmaker
  Nurbek Asanov, who sponsored the bill, said it would": learned._titled,
  statement_cues._nothing_of_a_person).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import article_records, quote_records

# Reporters Without Borders said in its annual index that press freedom had suffered.
RSF: list[FeatRow] = [
    ("Reporters", "Reporter", "NOUN", 3, "nsubj", "Number=Plur"),
    ("Without", "without", "ADP", 2, "case", ""),
    ("Borders", "Borders", "PROPN", 0, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("its", "its", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("annual", "annual", "ADJ", 7, "amod", "Degree=Pos"),
    ("index", "index", "NOUN", 3, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("press", "press", "NOUN", 10, "compound", "Number=Sing"),
    ("freedom", "freedom", "NOUN", 12, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("suffered", "suffer", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# "Isaac has done everything right," Mensah's trainer, Dwayne Forbes, said.
TRAINER: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##Isaac", "Isaac", "PROPN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("done", "do", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    ("everything", "everything", "PRON", 3, "obj", "Number=Sing|PronType=Ind"),
    ("right", "right", "ADV", 3, "advmod", ""),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("Mensah", "Mensah", "PROPN", 10, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 8, "case", ""),
    ("trainer", "trainer", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("Dwayne", "Dwayne", "PROPN", 13, "compound", "Number=Sing"),
    ("Forbes", "Forbes", "PROPN", 10, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# PGA Tour commissioner Jay Monahan met the fund.
CIRCUIT: list[FeatRow] = [
    ("PGA", "PGA", "PROPN", 2, "compound", "Number=Sing"),
    ("Tour", "Tour", "PROPN", 2, "compound", "Number=Sing"),
    ("commissioner", "commissioner", "NOUN", 4, "compound", "Number=Sing"),
    ("Jay", "Jay", "PROPN", 4, "compound", "Number=Sing"),
    ("Monahan", "Monahan", "PROPN", 5, "nsubj", "Number=Sing"),
    ("met", "meet", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("fund", "fund", "NOUN", 5, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The tour said in a statement that its board remained committed to a solution.
CIRCUIT_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("tour", "tour", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("its", "its", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("board", "board", "NOUN", 9, "nsubj", "Number=Sing"),
    ("remained", "remain", "VERB", 5, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("committed", "commit", "VERB", 9, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("solution", "solution", "NOUN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# "It's like playing on a painting," Bucks forward Evan Koenig said on TNT's postgame show.
FORWARD: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##It", "it", "PRON", 4, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("##'s", "be", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("like", "like", "SCONJ", 4, "mark", ""),
    ("playing", "play", "VERB", 14, "advcl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("painting", "painting", "NOUN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("Bucks", "Buck", "PROPN", 14, "nsubj", "Number=Plur"),
    ("forward", "forward", "ADV", 13, "advmod", ""),
    ("Evan", "Evan", "PROPN", 13, "compound", "Number=Sing"),
    ("Koenig", "Koenig", "PROPN", 10, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 19, "case", ""),
    ("TNT", "TNT", "PROPN", 19, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 16, "case", ""),
    ("postgame", "postgame", "NOUN", 19, "compound", "Number=Sing"),
    ("show", "show", "NOUN", 14, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# FIA head of financial regulation Claire Deschamps said the governing body was satisfied.
DEPARTMENT: list[FeatRow] = [
    ("FIA", "FIA", "PROPN", 1, "compound", "Number=Sing"),
    ("head", "head", "NOUN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("financial", "financial", "ADJ", 4, "amod", "Degree=Pos"),
    ("regulation", "regulation", "NOUN", 1, "nmod", "Number=Sing"),
    ("Claire", "Claire", "PROPN", 6, "compound", "Number=Sing"),
    ("Deschamps", "Deschamp", "PROPN", 1, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("governing", "governing", "NOUN", 10, "compound", "Number=Sing"),
    ("body", "body", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("satisfied", "satisfy", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Lawmaker Nurbek Asanov, who sponsored the bill, said it would bring order.
LAWMAKER: list[FeatRow] = [
    ("Lawmaker", "Lawmaker", "PROPN", 2, "compound", "Number=Sing"),
    ("Nurbek", "Nurbek", "PROPN", 2, "compound", "Number=Sing"),
    ("Asanov", "Asanov", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("sponsored", "sponsor", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 5, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 12, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("bring", "bring", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("order", "order", "NOUN", 12, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The Wisconsin Elections Commission met on Tuesday.
STAFF: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Wisconsin", "Wisconsin", "PROPN", 3, "compound", "Number=Sing"),
    ("Elections", "Election", "PROPN", 3, "compound", "Number=Plur"),
    ("Commission", "Commission", "PROPN", 4, "nsubj", "Number=Sing"),
    ("met", "meet", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The commission's staff said it will send postcards next month.
STAFF_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("commission", "commission", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("staff", "staff", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("will", "will", "AUX", 7, "aux", "VerbForm=Fin"),
    ("send", "send", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("postcards", "postcard", "NOUN", 7, "obj", "Number=Plur"),
    ("next", "next", "ADJ", 10, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 7, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The statute says doctors may act to prevent the death of the pregnant woman.
STATUTE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("statute", "statute", "NOUN", 2, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("doctors", "doctor", "NOUN", 5, "nsubj", "Number=Plur"),
    ("may", "may", "AUX", 5, "aux", "VerbForm=Fin"),
    ("act", "act", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 7, "mark", ""),
    ("prevent", "prevent", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("death", "death", "NOUN", 7, "obj", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("pregnant", "pregnant", "ADJ", 13, "amod", "Degree=Pos"),
    ("woman", "woman", "NOUN", 9, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The procuracy said the company had forged documents.
PROCURACY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("procuracy", "procuracy", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("forged", "forge", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("documents", "document", "NOUN", 6, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Senate Majority Whip Grace Wambui said lawmakers had been shown only a summary of the proposal.
WHIP: list[FeatRow] = [
    ("Senate", "Senate", "PROPN", 4, "compound", "Number=Sing"),
    ("Majority", "Majority", "PROPN", 4, "compound", "Number=Sing"),
    ("Whip", "Whip", "PROPN", 4, "compound", "Number=Sing"),
    ("Grace", "Grace", "PROPN", 4, "compound", "Number=Sing"),
    ("Wambui", "Wambui", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lawmakers", "lawmaker", "NOUN", 9, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 9, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("shown", "show", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("only", "only", "ADV", 12, "advmod", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("summary", "summary", "NOUN", 9, "xcomp", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("proposal", "proposal", "NOUN", 12, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Any such change would need approval from the U.S. Fish and Wildlife Service.
SERVICE: list[FeatRow] = [
    ("Any", "any", "DET", 2, "det", "PronType=Ind"),
    ("such", "such", "ADJ", 2, "amod", "Degree=Pos"),
    ("change", "change", "NOUN", 4, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 4, "aux", "VerbForm=Fin"),
    ("need", "need", "VERB", -1, "root", "VerbForm=Inf"),
    ("approval", "approval", "NOUN", 4, "obj", "Number=Sing"),
    ("from", "from", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("U.S.", "U.S.", "PROPN", 9, "compound", "Number=Sing"),
    ("Fish", "Fish", "PROPN", 4, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("Wildlife", "Wildlife", "PROPN", 9, "conj", "Number=Sing"),
    ("Service", "Service", "PROPN", 9, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The agency said in an email that it was reviewing the state's request.
SERVICE_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("an", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("email", "email", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("it", "it", "PRON", 9, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reviewing", "review", "VERB", 2, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 13, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 11, "case", ""),
    ("request", "request", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Ranchers in Jackson and Grand counties say the program has been too slow.
RANCHERS: list[FeatRow] = [
    ("Ranchers", "rancher", "NOUN", 6, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 2, "case", ""),
    ("Jackson", "Jackson", "PROPN", 0, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("Grand", "Grand", "ADJ", 5, "amod", "Degree=Pos"),
    ("counties", "county", "NOUN", 0, "conj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("program", "program", "NOUN", 12, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 12, "cop", "Tense=Past|VerbForm=Part"),
    ("too", "too", "ADV", 12, "advmod", ""),
    ("slow", "slow", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# A transport assessment prepared for the authority found that journey times on some routes could increase by up to eight minutes.
PREPARED_FOR: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("transport", "transport", "ADJ", 2, "amod", "Degree=Pos"),
    ("assessment", "assessment", "NOUN", 3, "nsubj", "Number=Sing"),
    ("prepared", "prepare", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 3, "obl", "Number=Sing"),
    ("found", "find", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("journey", "journey", "NOUN", 10, "compound", "Number=Sing"),
    ("times", "time", "NOUN", 15, "nsubj", "Number=Plur"),
    ("on", "on", "ADP", 13, "case", ""),
    ("some", "some", "DET", 13, "det", "PronType=Ind"),
    ("routes", "route", "NOUN", 10, "nmod", "Number=Plur"),
    ("could", "could", "AUX", 15, "aux", "VerbForm=Fin"),
    ("increase", "increase", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("by", "by", "ADP", 17, "case", ""),
    ("up", "up", "ADP", 15, "obl", ""),
    ("to", "to", "ADP", 20, "case", ""),
    ("eight", "eight", "NUM", 20, "nummod", "NumForm=Word|NumType=Card"),
    ("minutes", "minute", "NOUN", 15, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# A survey carried out for the port authority last year found that parts of the outer harbour had silted up.
LAST_YEAR: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("survey", "survey", "NOUN", 2, "nsubj", "Number=Sing"),
    ("carried", "carry", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("out", "out", "ADP", 2, "compound:prt", ""),
    ("for", "for", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("port", "port", "NOUN", 7, "compound", "Number=Sing"),
    ("authority", "authority", "NOUN", 2, "obl", "Number=Sing"),
    ("last", "last", "ADJ", 9, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 10, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("parts", "part", "NOUN", 18, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("outer", "outer", "ADJ", 16, "amod", "Degree=Pos"),
    ("harbour", "harbour", "NOUN", 12, "nmod", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("silted", "silt", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("up", "up", "ADP", 18, "compound:prt", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The tunnel collapsed on Sunday.
CONTRACTOR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("tunnel", "tunnel", "NOUN", 2, "nsubj", "Number=Sing"),
    ("collapsed", "collapse", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Sunday", "Sunday", "PROPN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The contractor, Himgiri Infra Projects, said it had followed all safety protocols.
CONTRACTOR_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("contractor", "contractor", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Himgiri", "Himgiri", "PROPN", 5, "compound", "Number=Sing"),
    ("Infra", "Infra", "PROPN", 5, "compound", "Number=Sing"),
    ("Projects", "Project", "PROPN", 1, "appos", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 10, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("followed", "follow", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("all", "all", "DET", 13, "det", "PronType=Tot"),
    ("safety", "safety", "NOUN", 13, "compound", "Number=Sing"),
    ("protocols", "protocol", "NOUN", 10, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# In a video posted on Facebook, Nfor Desmond Tita, who describes himself as a spokesman for one of the armed groups and lives in the United States, said the reopenings were "a propaganda exercise."
SELF_DESCRIBED: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("video", "video", "NOUN", 30, "obl", "Number=Sing"),
    ("posted", "post", "VERB", 30, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Facebook", "Facebook", "PROPN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Nfor", "Nfor", "PROPN", 8, "compound", "Number=Sing"),
    ("Desmond", "Desmond", "PROPN", 5, "conj", "Number=Sing"),
    ("Tita", "Tita", "PROPN", 5, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("describes", "describe", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("himself", "himself", "PRON", 12, "obj", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("as", "as", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 12, "obl", "Number=Sing"),
    ("for", "for", "ADP", 18, "case", ""),
    ("one", "one", "NUM", 16, "nmod", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("armed", "arm", "VERB", 22, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("groups", "group", "NOUN", 18, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 24, "cc", ""),
    ("lives", "life", "NOUN", 22, "conj", "Number=Plur"),
    ("in", "in", "ADP", 28, "case", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("United", "United", "ADJ", 28, "amod", "Degree=Pos"),
    ("States", "State", "PROPN", 22, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
    ("reopenings", "reopening", "NOUN", 37, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 37, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 37, "punct", ""),
    ("##a", "a", "DET", 37, "det", "Definite=Ind|PronType=Art"),
    ("propaganda", "propaganda", "NOUN", 37, "compound", "Number=Sing"),
    ("exercise", "exercise", "NOUN", 30, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 30, "punct", ""),
    ('##"', '"', "PUNCT", 30, "punct", ""),
]

# Co-lead class counsel Mark Delgado and Renee Fults told the court that nearly 55,000 claims had been filed.
COUNSEL: list[FeatRow] = [
    ("Co-lead", "Co-lead", "PROPN", 2, "compound", "Number=Sing"),
    ("class", "class", "NOUN", 2, "compound", "Number=Sing"),
    ("counsel", "counsel", "NOUN", 4, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 4, "compound", "Number=Sing"),
    ("Delgado", "Delgado", "PROPN", 8, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("Renee", "Renee", "PROPN", 7, "compound", "Number=Sing"),
    ("Fults", "Fult", "PROPN", 3, "flat", "Number=Plur"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 8, "iobj", "Number=Sing"),
    ("that", "that", "PRON", 17, "obj", "PronType=Rel"),
    ("nearly", "nearly", "ADV", 13, "advmod", ""),
    ("55,000", "55000", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("claims", "claim", "NOUN", 17, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("filed", "file", "VERB", 10, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Fults said the notices had been approved.
COUNSEL_2: list[FeatRow] = [
    ("Fults", "fult", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("notices", "notice", "NOUN", 6, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 6, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("approved", "approve", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Hawker Tan Ah Seng, 58, who has run a stall near the bus terminal for 25 years, said customers could no longer find parking.
HAWKER: list[FeatRow] = [
    ("Hawker", "Hawker", "PROPN", 3, "compound", "Number=Sing"),
    ("Tan", "Tan", "PROPN", 3, "compound", "Number=Sing"),
    ("Ah", "ah", "PROPN", 3, "compound", "Number=Sing"),
    ("Seng", "Seng", "PROPN", 20, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("58", "58", "NUM", 3, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("run", "run", "VERB", 20, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("stall", "stall", "NOUN", 9, "obj", "Number=Sing"),
    ("near", "near", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("bus", "bus", "NOUN", 15, "compound", "Number=Sing"),
    ("terminal", "terminal", "NOUN", 11, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 18, "case", ""),
    ("25", "25", "NUM", 18, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 15, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("customers", "customer", "NOUN", 25, "nsubj", "Number=Plur"),
    ("could", "could", "AUX", 25, "aux", "VerbForm=Fin"),
    ("no", "no", "DET", 25, "advmod", "PronType=Neg"),
    ("longer", "long", "ADV", 25, "advmod", "Degree=Cmp"),
    ("find", "find", "VERB", 20, "ccomp", "VerbForm=Inf"),
    ("parking", "parking", "NOUN", 25, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]


def test_a_press_freedom_watchdog_is_a_body():
    [(_, name, kind, _)] = quote_records(RSF)
    assert (name, kind) == ("Reporters Without Borders", "organization")


def test_a_given_name_before_an_outlets_word_is_a_person():
    [(_, name, kind, role)] = quote_records(TRAINER)
    assert (name, kind, role) == ("Dwayne Forbes", "person", "Mensah's trainer")


def test_the_tour_is_the_circuit_named_before():
    [(_, name, kind, _)] = article_records((CIRCUIT,), (CIRCUIT_2,))
    assert (name, kind) == ("PGA Tour", "organization")


def test_titles_tagged_an_adverb_or_with_a_lower_case_field_name_the_person():
    [(_, name, _, role)] = quote_records(FORWARD)
    assert (name, role) == ("Evan Koenig", "Bucks forward")
    [(_, name, _, role)] = quote_records(DEPARTMENT)
    assert (name, role) == ("Claire Deschamps", "FIA head of financial regulation")


def test_a_titled_full_name_saying_it_is_a_person():
    [(_, name, kind, role)] = quote_records(LAWMAKER)
    assert (name, kind, role) == ("Nurbek Asanov", "person", "Lawmaker")


def test_a_bodys_staff_by_its_common_noun_is_the_body():
    [(_, name, kind, _)] = article_records((STAFF,), (STAFF_2,))
    assert (name, kind) == ("Wisconsin Elections Commission", "organization")


def test_a_statute_is_a_document():
    [(_, _, kind, _)] = quote_records(STATUTE)
    assert kind == "organization"


def test_a_procuracy_is_a_body():
    [(_, _, kind, _)] = quote_records(PROCURACY)
    assert kind == "organization"


def test_a_whip_is_a_title():
    [(_, name, kind, role)] = quote_records(WHIP)
    assert (name, kind, role) == ("Grace Wambui", "person", "Senate Majority Whip")


def test_the_agency_is_the_service_named_before():
    [(_, name, kind, _)] = article_records((SERVICE, SERVICE_2))
    assert (name, kind) == ("U.S. Fish and Wildlife Service", "organization")


def test_guard_capitals_joined_by_and_inside_a_phrase_name_no_body():
    [(_, name, kind, _)] = quote_records(RANCHERS)
    assert (name, kind) == ("Ranchers in Jackson", "anonymous")


def test_a_document_picked_out_by_its_participle_is_a_particular_one():
    for rows in (PREPARED_FOR, LAST_YEAR):
        [(_, _, kind, level)] = article_records((rows,))
        assert (kind, level) == ("organization", "organization")


def test_a_builder_named_by_its_trade_is_a_body():
    [(_, name, kind, _)] = article_records((CONTRACTOR,), (CONTRACTOR_2,))
    assert (name, kind) == ("Himgiri Infra Projects", "organization")


def test_a_relative_clause_that_says_what_the_person_calls_himself_is_a_role():
    [(_, name, _, role)] = quote_records(SELF_DESCRIBED)
    assert (name, role) == ("Nfor Desmond Tita", "a spokesman for one of the armed groups")


def test_a_title_the_same_in_the_plural_is_each_named_persons():
    records = article_records((COUNSEL,), (COUNSEL_2,))
    assert [r[1] for r in records] == ["Mark Delgado", "Renee Fults"] and records[1][3] == "named"


def test_a_hawker_is_a_title():
    [(_, name, _, role)] = quote_records(HAWKER)
    assert name == "Tan Ah Seng" and role.startswith("Hawker")
