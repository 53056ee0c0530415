"""Who is named: names several people share, short forms of one name, bodies and their documents (session 51):

* a "whose" clause, or a description in the plural whose noun has an owner, set off after names
  joined by "and", is each one's role, the first name's too (the parse hangs it on the last name
  only): "Carys and Dylan Morgan, whose son was born with a brain injury, told reporters",
  "Laura Chen and Robert Albright, the firm's founding partners, who said"; so does a party's
  members: "Tom Reed and Ann Doe, both Democrats, said" (shared_roles);
* the given names alone are the person named in full with the father's name after them, with
  "bin" or without: "Khairul Anuar said" after "Datuk Khairul Anuar Mohd Noor" (table.same_person);
* "he" after a first name that stands for a person named in full is that person: "Azman said ...
  He added" after "Datuk Azman Yusof, who sits on ..." (table.by_first_name, now also for pronouns);
* an unnamed person named later by the noun of the description's apposition: "A second former
  employee, a machine learning engineer who left the company in January, says ..." ... "The
  engineer, Ravi Menon, agreed to be named" (identified._apposed_words; the parse read the
  apposition as a conjunct with no "and");
* a plural title after a body's name opens names joined by "and": "Council Members Lin Xu and
  Andre Fuentes said" (name_runs.title_length; the run had been one organisation's name);
* a name of three words or more ending in a body's noun in the plural is a body's: "Edmonton
  Public Schools said" (head_names.known_body_end; it was a person with no role), not "Tyra Banks";
* a name set off by a business's apposition is a body's, though the tagger read its noun as a
  verb: "at Lumenfold, the Palo Alto startup whose AI agents ..." ... "In a statement, Lumenfold
  said" (apposed_bodies.institution_apposition; it was a person with no role), not a person
  described by what they do for one ("Dana Whitfield, an attorney representing the company, said");
* a capital that speaks alone is its government ("Beijing said": rules/lexicons/capital_cities.yaml),
  and a regulation or decree is a body's document ("The draft regulation says": document_nouns);
* "The ministry said" after "Acme Corp said" is no company's (public_bodies: ministry, department);
  "the college" is the college named before (organization_words: college, academy);
* a name the parse made a bare modifier of "one" after its comma is the subject ("Magdalena
  Wróbel, one of the lawyers, told": appositive_subjects.name_compounded_across_comma);
* an unnamed person the same or the next paragraph names with a description sharing two or more
  content words, one in lower case: "The top election official in Tolliver County, Pa., sued ..."
  ... "Karen Ostrowski, the county's director of elections since 2016, argues"
  (identified._words_shared_next); not a body's spokesman who shares only its name with an
  anonymous official of it ("A senior State Department official said" ... "State Department
  spokesman John Kirby said"), nor a person whose description names another body or party ("The
  GOP front-runner said" ... "Democratic front-runner Hillary Clinton said"), nor one of several
  ("One district GOP leader said" ... "Nick Barbknecht, the district GOP vice chairman, said").

No model needed: each tree is the shape the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve
from test_wire_copy_shapes import _speaker

# Carys and Dylan Morgan, whose son was born with a brain injury, told reporters they had spent three years waiting.
MORGANS: list[FeatRow] = [
    ("Carys", "Carys", "PROPN", 14, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Dylan", "Dylan", "PROPN", 0, "conj", "Number=Sing"),
    ("Morgan", "Morgan", "PROPN", 0, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("whose", "whose", "PRON", 6, "nmod:poss", "Poss=Yes|PronType=Rel"),
    ("son", "son", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("born", "bear", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("brain", "brain", "NOUN", 12, "compound", "Number=Sing"),
    ("injury", "injury", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 14, "iobj", "Number=Plur"),
    ("they", "they", "PRON", 18, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("spent", "spend", "VERB", 15, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("three", "three", "NUM", 20, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 18, "obj", "Number=Plur"),
    ("waiting", "wait", "VERB", 18, "xcomp", "VerbForm=Ger"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# "We both just cried," Mrs Morgan said.
MRS_MORGAN: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##We", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("both", "both", "DET", 4, "nsubj", "PronType=Tot"),
    ("just", "just", "ADV", 4, "advmod", ""),
    ("cried", "cry", "VERB", 9, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("Mrs", "Mrs", "PROPN", 8, "compound", "Number=Sing"),
    ("Morgan", "Morgan", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# Marquez is represented by Laura Chen and Robert Albright, the firm's founding partners, who said in a joint statement that they would not comment further.
PARTNERS: list[FeatRow] = [
    ("Marquez", "Marquez", "PROPN", 2, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 2, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("represented", "represent", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 5, "case", ""),
    ("Laura", "Laura", "PROPN", 5, "compound", "Number=Sing"),
    ("Chen", "Chen", "PROPN", 2, "obl:agent", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("Robert", "Robert", "PROPN", 5, "conj", "Number=Sing"),
    ("Albright", "Albright", "PROPN", 5, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 14, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 11, "case", ""),
    ("founding", "found", "VERB", 14, "amod", "VerbForm=Ger"),
    ("partners", "partner", "NOUN", 5, "appos", "Number=Plur"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("who", "who", "PRON", 17, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 14, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 21, "case", ""),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 21, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 17, "obl", "Number=Sing"),
    ("that", "that", "PRON", 26, "obj", "PronType=Rel"),
    ("they", "they", "PRON", 26, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 26, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 26, "advmod", "Polarity=Neg"),
    ("comment", "comment", "VERB", 21, "acl:relcl", "VerbForm=Inf"),
    ("further", "far", "ADV", 26, "advmod", "Degree=Cmp"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Malaysia has recovered RM2.1 billion, Deputy Finance Minister Datuk Khairul Anuar Mohd Noor said today.
MINISTER: list[FeatRow] = [
    ("Malaysia", "Malaysia", "PROPN", 2, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 2, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("recovered", "recover", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("RM2.1", "RM2.1", "PROPN", 2, "obj", "Number=Sing"),
    ("billion", "billion", "NUM", 3, "flat", "NumForm=Word|NumType=Card"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("Deputy", "deputy", "PROPN", 13, "compound", "Number=Sing"),
    ("Finance", "Finance", "PROPN", 13, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 13, "compound", "Number=Sing"),
    ("Datuk", "Datuk", "PROPN", 13, "compound", "Number=Sing"),
    ("Khairul", "Khairul", "PROPN", 13, "compound", "Number=Sing"),
    ("Anuar", "Anuar", "PROPN", 13, "compound", "Number=Sing"),
    ("Mohd", "Mohd", "PROPN", 13, "compound", "Number=Sing"),
    ("Noor", "Noor", "PROPN", 2, "parataxis", "Number=Sing"),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("today", "today", "NOUN", 14, "obl:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Khairul Anuar said the latest tranche included proceeds from a sale.
GIVEN_NAMES: list[FeatRow] = [
    ("Khairul", "Khairul", "PROPN", 1, "compound", "Number=Sing"),
    ("Anuar", "Anuar", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("latest", "late", "ADJ", 5, "amod", "Degree=Sup"),
    ("tranche", "tranche", "NOUN", 2, "obj", "Number=Sing"),
    ("included", "include", "VERB", 7, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("proceeds", "proceed", "NOUN", 2, "obj", "Number=Plur"),
    ("from", "from", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("sale", "sale", "NOUN", 7, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Datuk Azman Yusof, who sits on the Public Accounts Committee, said the government should table a breakdown.
AZMAN: list[FeatRow] = [
    ("Datuk", "Datuk", "PROPN", 2, "compound", "Number=Sing"),
    ("Azman", "Azman", "PROPN", 2, "compound", "Number=Sing"),
    ("Yusof", "Yusof", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("sits", "sit", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Public", "Public", "ADJ", 10, "amod", "Degree=Pos"),
    ("Accounts", "Account", "PROPN", 10, "compound", "Number=Plur"),
    ("Committee", "Committee", "PROPN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 16, "nsubj", "Number=Sing"),
    ("should", "should", "AUX", 16, "aux", "VerbForm=Fin"),
    ("table", "table", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("breakdown", "breakdown", "NOUN", 16, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# "The public has heard these numbers many times.
AZMAN_AGAIN: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("public", "public", "NOUN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("heard", "hear", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("these", "this", "DET", 6, "det", "Number=Plur|PronType=Dem"),
    ("numbers", "number", "NOUN", 4, "obj", "Number=Plur"),
    ("many", "many", "ADJ", 8, "amod", "Degree=Pos"),
    ("times", "time", "NOUN", 4, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# What they have not seen is an audited account," Azman said in an interview with Astro Awani.
AZMAN_ACCOUNT: list[FeatRow] = [
    ("What", "what", "PRON", 12, "obj", "PronType=Int"),
    ("they", "they", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("have", "have", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("seen", "see", "VERB", 0, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("is", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("an", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("audited", "audite", "VERB", 8, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("account", "account", "NOUN", 12, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("Azman", "Azman", "PROPN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 15, "case", ""),
    ("an", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 12, "obl", "Number=Sing"),
    ("with", "with", "ADP", 18, "case", ""),
    ("Astro", "Astro", "PROPN", 18, "compound", "Number=Sing"),
    ("Awani", "Awani", "PROPN", 15, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# He added that the committee would seek a briefing from the ministry.
HE_ADDED: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("seek", "seek", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("briefing", "briefing", "NOUN", 6, "obj", "Number=Sing"),
    ("from", "from", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# A second former employee, a machine learning engineer who left the company in January, says the failures were no secret inside the building.
EMPLOYEE: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("second", "second", "ADJ", 3, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("former", "former", "ADJ", 3, "amod", "Degree=Pos"),
    ("employee", "employee", "NOUN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("machine", "machine", "NOUN", 8, "compound", "Number=Sing"),
    ("learning", "learning", "NOUN", 8, "compound", "Number=Sing"),
    ("engineer", "engineer", "NOUN", 3, "conj", "Number=Sing"),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("left", "leave", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 10, "obj", "Number=Sing"),
    ("in", "in", "ADP", 14, "case", ""),
    ("January", "January", "PROPN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("failures", "failure", "NOUN", 21, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 21, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 21, "det", "PronType=Neg"),
    ("secret", "secret", "NOUN", 16, "ccomp", "Number=Sing"),
    ("inside", "inside", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("building", "building", "NOUN", 21, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]
# "Everyone on the eval team knew Atlas had problems," he says.
EVAL_TEAM: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("##Everyone", "everyone", "PRON", 13, "nsubj", "Number=Sing|PronType=Ind"),
    ("on", "on", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("eval", "eval", "NOUN", 5, "compound", "Number=Sing"),
    ("team", "team", "NOUN", 1, "nmod", "Number=Sing"),
    ("knew", "know", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Atlas", "Atlas", "PROPN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("problems", "problem", "NOUN", 8, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ('##"', '"', "PUNCT", 6, "punct", ""),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# The engineer, Ravi Menon, agreed to be named because he no longer works in the industry.
ENGINEER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("engineer", "engineer", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Ravi", "Ravi", "PROPN", 4, "compound", "Number=Sing"),
    ("Menon", "Menon", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("agreed", "agree", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 9, "mark", ""),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 6, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 14, "mark", ""),
    ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("no", "no", "DET", 13, "det", "PronType=Neg"),
    ("longer", "long", "ADJ", 14, "advmod", "Degree=Cmp"),
    ("works", "work", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("industry", "industry", "NOUN", 14, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Council Members Lin Xu and Andre Fuentes said the neighborhoods were an afterthought.
COUNCIL_MEMBERS: list[FeatRow] = [
    ("Council", "Council", "PROPN", 3, "compound", "Number=Sing"),
    ("Members", "Member", "PROPN", 3, "compound", "Number=Plur"),
    ("Lin", "Lin", "PROPN", 3, "compound", "Number=Sing"),
    ("Xu", "Xu", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Andre", "Andre", "PROPN", 6, "compound", "Number=Sing"),
    ("Fuentes", "Fuentes", "PROPN", 1, "conj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("neighborhoods", "neighborhood", "NOUN", 12, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 12, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("afterthought", "afterthought", "NOUN", 7, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Edmonton Public Schools said 48 schools had no upgraded ventilation systems.
PUBLIC_SCHOOLS: list[FeatRow] = [
    ("Edmonton", "Edmonton", "PROPN", 2, "compound", "Number=Sing"),
    ("Public", "Public", "ADJ", 2, "amod", "Degree=Pos"),
    ("Schools", "School", "PROPN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("48", "48", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("schools", "school", "NOUN", 6, "nsubj", "Number=Plur"),
    ("had", "have", "VERB", 3, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 10, "det", "PronType=Neg"),
    ("upgraded", "upgrade", "VERB", 10, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("ventilation", "ventilation", "NOUN", 10, "compound", "Number=Sing"),
    ("systems", "system", "NOUN", 6, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Tyra Banks said the show would return in the spring.
TYRA: list[FeatRow] = [
    ("Tyra", "Tyra", "PROPN", 1, "compound", "Number=Sing"),
    ("Banks", "Banks", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("show", "show", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("return", "return", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("spring", "spring", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The top election official in Tolliver County, Pa., sued the county's board of commissioners on Monday, alleging that their plan to hand-count every ballot violates state law.
ELECTION_OFFICIAL: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("top", "top", "ADJ", 3, "amod", "Degree=Pos"),
    ("election", "election", "NOUN", 3, "compound", "Number=Sing"),
    ("official", "official", "NOUN", 10, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Tolliver", "Tolliver", "PROPN", 6, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Pa.", "Pa.", "PROPN", 6, "nmod:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("sued", "sue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("county", "county", "NOUN", 14, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 12, "case", ""),
    ("board", "board", "NOUN", 10, "obj", "Number=Sing"),
    ("of", "of", "ADP", 16, "case", ""),
    ("commissioners", "commissioner", "NOUN", 14, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 18, "case", ""),
    ("Monday", "Monday", "PROPN", 16, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("alleging", "alleg", "VERB", 10, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 27, "mark", ""),
    ("their", "their", "PRON", 23, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("plan", "plan", "NOUN", 27, "nsubj", "Number=Sing"),
    ("to", "to", "ADP", 25, "case", ""),
    ("hand", "hand", "NOUN", 23, "nmod", "Number=Sing"),
    ("##-", "-", "PUNCT", 25, "punct", ""),
    ("##count", "count", "VERB", 20, "ccomp", "VerbForm=Inf"),
    ("every", "every", "DET", 32, "det", "PronType=Ind"),
    ("ballot", "ballot", "NOUN", 32, "compound", "Number=Sing"),
    ("violates", "violate", "NOUN", 32, "compound", "Number=Plur"),
    ("state", "state", "NOUN", 32, "compound", "Number=Sing"),
    ("law", "law", "NOUN", 27, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# In a 38-page complaint filed in Commonwealth Court, Karen Ostrowski, the county's director of elections since 2016, argues that the commissioners have no authority.
DIRECTOR: list[FeatRow] = [
    ("In", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("38", "38", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 2, "punct", ""),
    ("##page", "page", "NOUN", 5, "compound", "Number=Sing"),
    ("complaint", "complaint", "NOUN", 23, "obl", "Number=Sing"),
    ("filed", "file", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Commonwealth", "Commonwealth", "PROPN", 9, "compound", "Number=Sing"),
    ("Court", "Court", "PROPN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("Karen", "Karen", "PROPN", 9, "appos", "Number=Sing"),
    ("Ostrowski", "Ostrowski", "PROPN", 9, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("county", "county", "NOUN", 17, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 15, "case", ""),
    ("director", "director", "NOUN", 23, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("elections", "election", "NOUN", 17, "nmod", "Number=Plur"),
    ("since", "since", "ADP", 21, "case", ""),
    ("2016", "2016", "NUM", 19, "nmod", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("argues", "argue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 27, "mark", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("commissioners", "commissioner", "NOUN", 27, "nsubj", "Number=Plur"),
    ("have", "have", "VERB", 23, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("no", "no", "DET", 29, "det", "PronType=Neg"),
    ("authority", "authority", "NOUN", 27, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 23, "punct", ""),
]
# A senior State Department official said the talks had stalled.
DEPARTMENT_OFFICIAL: list[FeatRow] = [
    ("A", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 4, "amod", "Degree=Pos"),
    ("State", "State", "PROPN", 4, "compound", "Number=Sing"),
    ("Department", "Department", "PROPN", 4, "compound", "Number=Sing"),
    ("official", "official", "NOUN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 9, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("stalled", "stall", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# State Department spokesman John Kirby said the talks would resume.
SPOKESMAN: list[FeatRow] = [
    ("State", "state", "NOUN", 2, "compound", "Number=Sing"),
    ("Department", "department", "NOUN", 2, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 4, "compound", "Number=Sing"),
    ("John", "John", "PROPN", 4, "compound", "Number=Sing"),
    ("Kirby", "Kirby", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 9, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("resume", "resume", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The GOP front-runner said on Monday that the plan was a disaster.
GOP_FRONT_RUNNER: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("GOP", "GOP", "PROPN", 4, "compound", "Number=Sing"),
    ("front", "front", "NOUN", 4, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 2, "punct", ""),
    ("##runner", "runner", "NOUN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Monday", "Monday", "PROPN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("disaster", "disaster", "NOUN", 5, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Democratic front-runner Hillary Clinton said the plan was cruel.
CLINTON: list[FeatRow] = [
    ("Democratic", "Democratic", "ADJ", 3, "amod", "Degree=Pos"),
    ("front", "front", "NOUN", 3, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##runner", "runner", "NOUN", 5, "compound", "Number=Sing"),
    ("Hillary", "Hillary", "PROPN", 5, "compound", "Number=Sing"),
    ("Clinton", "Clinton", "PROPN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cruel", "cruel", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# A former safety researcher at Lumenfold, the Palo Alto startup whose AI agents are used by banks, says the company misled investors.
STARTUP: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 3, "amod", "Degree=Pos"),
    ("safety", "safety", "NOUN", 3, "compound", "Number=Sing"),
    ("researcher", "researcher", "NOUN", 19, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 5, "case", ""),
    ("Lumenfold", "Lumenfold", "PROPN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Palo", "Palo", "PROPN", 9, "compound", "Number=Sing"),
    ("Alto", "Alto", "PROPN", 10, "nsubj", "Number=Sing"),
    ("startup", "startup", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("whose", "whose", "PRON", 13, "nmod:poss", "PronType=Rel"),
    ("AI", "AI", "PROPN", 13, "compound", "Number=Sing"),
    ("agents", "agent", "NOUN", 15, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("used", "use", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 17, "case", ""),
    ("banks", "bank", "NOUN", 15, "obl:agent", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("says", "say", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 23, "compound", "Number=Sing"),
    ("misled", "misl", "VERB", 23, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("investors", "investor", "NOUN", 19, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# In a statement, Lumenfold said the employment was terminated for unrelated reasons.
IN_A_STATEMENT: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Lumenfold", "Lumenfold", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("employment", "employment", "NOUN", 9, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 9, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("terminated", "terminate", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 12, "case", ""),
    ("unrelated", "unrelated", "VERB", 12, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("reasons", "reason", "NOUN", 9, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# One district GOP leader said the slate was fixed.
ONE_LEADER: list[FeatRow] = [
    ("One", "one", "NUM", 3, "nummod", "NumForm=Word|NumType=Card"),
    ("district", "district", "NOUN", 3, "compound", "Number=Sing"),
    ("GOP", "GOP", "NOUN", 3, "compound", "Number=Sing"),
    ("leader", "leader", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("slate", "slate", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fixed", "fix", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Nick Barbknecht, the district GOP vice chairman, said he backed the plan.
VICE_CHAIRMAN: list[FeatRow] = [
    ("Nick", "Nick", "PROPN", 1, "compound", "Number=Sing"),
    ("Barbknecht", "Barbknecht", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("district", "district", "NOUN", 7, "compound", "Number=Sing"),
    ("GOP", "GOP", "PROPN", 7, "compound", "Number=Sing"),
    ("vice", "vice", "NOUN", 7, "compound", "Number=Sing"),
    ("chairman", "chairman", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 11, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("backed", "back", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 11, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Dana Whitfield, an attorney representing the company, said the firm stands ready to return to work.
ATTORNEY: list[FeatRow] = [
    ("Dana", "Dana", "PROPN", 1, "compound", "Number=Sing"),
    ("Whitfield", "Whitfield", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("an", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("attorney", "attorney", "NOUN", 1, "appos", "Number=Sing"),
    ("representing", "represent", "VERB", 4, "acl", "VerbForm=Ger"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 5, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 12, "nsubj", "Number=Sing"),
    ("stands", "stand", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("ready", "ready", "ADJ", 12, "xcomp", "Degree=Pos"),
    ("to", "to", "PART", 15, "mark", ""),
    ("return", "return", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("to", "to", "PART", 17, "mark", ""),
    ("work", "work", "VERB", 15, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Beijing said the sanctions were illegal.
BEIJING: list[FeatRow] = [
    ("Beijing", "Beijing", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("sanctions", "sanction", "NOUN", 5, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("illegal", "illegal", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# The draft regulation says shops will need to employ a licensed practitioner.
REGULATION: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("draft", "draft", "NOUN", 2, "compound", "Number=Sing"),
    ("regulation", "regulation", "NOUN", 3, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("shops", "shop", "NOUN", 6, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 6, "aux", "VerbForm=Fin"),
    ("need", "need", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 8, "mark", ""),
    ("employ", "employ", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("licensed", "license", "VERB", 11, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("practitioner", "practitioner", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Acme Corp said 300 jobs would go.
ACME: list[FeatRow] = [
    ("Acme", "Acme", "PROPN", 1, "compound", "Number=Sing"),
    ("Corp", "Corp", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("300", "300", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("jobs", "job", "NOUN", 6, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The ministry said the talks had failed.
MINISTRY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 6, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Tom Reed and Ann Doe, both Democrats, said the bill would pass.
BOTH_DEMOCRATS: list[FeatRow] = [
    ("Tom", "Tom", "PROPN", 1, "compound", "Number=Sing"),
    ("Reed", "Reed", "PROPN", 9, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Ann", "Ann", "PROPN", 1, "conj", "Number=Sing"),
    ("Doe", "Doe", "PROPN", 1, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("both", "both", "CCONJ", 7, "det", ""),
    ("Democrats", "Democrat", "PROPN", 1, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 13, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("pass", "pass", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The Royal College of Nursing, which represents the nurses, disputed that account.
RCN: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Royal", "Royal", "ADJ", 2, "amod", "Degree=Pos"),
    ("College", "College", "PROPN", 11, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Nursing", "Nursing", "PROPN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("which", "which", "PRON", 7, "nsubj", "PronType=Rel"),
    ("represents", "represent", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("nurses", "nurse", "NOUN", 7, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("disputed", "dispute", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "DET", 13, "det", "Number=Sing|PronType=Dem"),
    ("account", "account", "NOUN", 11, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# In a post on X, the college said talks had broken down.
THE_COLLEGE: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("post", "post", "NOUN", 8, "obl", "Number=Sing"),
    ("on", "on", "ADP", 4, "case", ""),
    ("X", "X", "PROPN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("college", "college", "NOUN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("talks", "talk", "NOUN", 11, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("broken", "break", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("down", "down", "ADP", 11, "compound:prt", ""),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# “These women were forced to carry pregnancies they knew would end in tragedy, because doctors were too afraid of prosecution to help them,” Magdalena Wróbel, one of the lawyers, told Notes from Poland.
ONE_OF_THE_LAWYERS: list[FeatRow] = [
    ("\u201c", '"', "PUNCT", 4, "punct", ""),
    ("##These", "this", "DET", 2, "det", "Number=Plur|PronType=Dem"),
    ("women", "woman", "NOUN", 4, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("forced", "force", "VERB", 35, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 6, "mark", ""),
    ("carry", "carry", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("pregnancies", "pregnancy", "NOUN", 6, "obj", "Number=Plur"),
    ("they", "they", "PRON", 9, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("knew", "know", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("end", "end", "VERB", 4, "conj", "VerbForm=Inf"),
    ("in", "in", "ADP", 13, "case", ""),
    ("tragedy", "tragedy", "NOUN", 11, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("because", "because", "SCONJ", 19, "mark", ""),
    ("doctors", "doctor", "NOUN", 19, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 19, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 19, "advmod", ""),
    ("afraid", "afraid", "ADJ", 11, "advcl", "Degree=Pos"),
    ("of", "of", "ADP", 21, "case", ""),
    ("prosecution", "prosecution", "NOUN", 19, "obl", "Number=Sing"),
    ("to", "to", "PART", 23, "mark", ""),
    ("help", "help", "VERB", 19, "advcl", "VerbForm=Inf"),
    ("them", "they", "PRON", 23, "obj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 28, "punct", ""),
    ("##\u201d", '"', "PUNCT", 28, "punct", ""),
    ("Magdalena", "Magdalena", "PROPN", 28, "compound", "Number=Sing"),
    ("Wr\u00f3bel", "Wr\u00f3bel", "PROPN", 30, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 30, "punct", ""),
    ("one", "one", "NUM", 35, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 33, "case", ""),
    ("the", "the", "DET", 33, "det", "Definite=Def|PronType=Art"),
    ("lawyers", "lawyer", "NOUN", 30, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Notes", "Note", "PROPN", 35, "obj", "Number=Plur"),
    ("from", "from", "ADP", 38, "case", ""),
    ("Poland", "Poland", "PROPN", 35, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 35, "punct", ""),
]


def test_a_whose_clause_after_names_joined_by_and_is_each_ones():
    speaker = _speaker([[MORGANS]], "they had spent three years waiting")
    assert (speaker.name, speaker.anonymity) == ("Carys Morgan", "named")
    assert speaker.role == "whose son was born with a brain injury"
    # ("Mrs Morgan" is still she, with that role)
    speaker = _speaker([[MORGANS], [MRS_MORGAN]], '"We both just cried,"')
    assert (speaker.name, speaker.anonymity) == ("Carys Morgan", "named")


def test_a_plural_description_whose_noun_has_an_owner_is_each_names():
    r = resolve([[PARTNERS]])
    roles = {e.name: [x.text for x in e.roles] for e in r.entities}
    assert roles["Laura Chen"] == ["the firm's founding partners"]
    assert roles["Robert Albright"] == ["the firm's founding partners"]
    speaker = _speaker([[BOTH_DEMOCRATS]], "the bill would pass")
    assert (speaker.name, speaker.anonymity, speaker.role) == ("Tom Reed", "named", "both Democrats")


def test_the_given_names_alone_are_the_person_named_with_the_fathers_name():
    speaker = _speaker([[MINISTER], [GIVEN_NAMES]], "the latest tranche included proceeds from a sale")
    assert (speaker.name, speaker.anonymity) == ("Datuk Khairul Anuar Mohd Noor", "named")
    assert speaker.role == "Deputy Finance Minister"


def test_he_after_a_first_name_is_the_person_named_in_full():
    speaker = _speaker(
        [[AZMAN], [AZMAN_AGAIN, AZMAN_ACCOUNT], [HE_ADDED]],
        "that the committee would seek a briefing from the ministry",
    )
    assert (speaker.name, speaker.anonymity) == ("Datuk Azman Yusof", "named")


def test_a_description_is_named_later_by_its_appositions_noun():
    speaker = _speaker([[EMPLOYEE, EVAL_TEAM], [ENGINEER]], "the failures were no secret inside the building")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Ravi Menon", "person", "named")


def test_a_plural_title_after_a_bodys_name_opens_names_joined_by_and():
    speaker = _speaker([[COUNCIL_MEMBERS]], "the neighborhoods were an afterthought")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Lin Xu", "person", "named")
    assert speaker.role == "Council Members" and len(speaker.entities) == 2


def test_a_name_ending_in_a_bodys_noun_in_the_plural_is_a_bodys():
    speaker = _speaker([[PUBLIC_SCHOOLS]], "48 schools had no upgraded ventilation systems")
    assert (speaker.name, speaker.type, speaker.anonymity) == (
        "Edmonton Public Schools",
        "organization",
        "organization",
    )
    speaker = _speaker([[TYRA]], "the show would return in the spring")
    assert (speaker.name, speaker.type) == ("Tyra Banks", "person")


def test_a_description_is_the_person_next_named_with_words_it_shares():
    speaker = _speaker(
        [[ELECTION_OFFICIAL], [DIRECTOR]], "that their plan to hand-count every ballot violates state law"
    )
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Karen Ostrowski", "person", "named")
    speaker = _speaker([[DEPARTMENT_OFFICIAL], [SPOKESMAN]], "the talks had stalled")
    assert (speaker.type, speaker.anonymity) == ("anonymous", "anonymous")
    speaker = _speaker([[GOP_FRONT_RUNNER], [CLINTON]], "that the plan was a disaster")
    assert (speaker.type, speaker.anonymity) == ("anonymous", "anonymous")
    speaker = _speaker([[ONE_LEADER], [VICE_CHAIRMAN]], "the slate was fixed")
    assert (speaker.type, speaker.anonymity) == ("anonymous", "anonymous")


def test_a_name_set_off_by_a_business_description_is_a_bodys():
    speaker = _speaker([[STARTUP], [IN_A_STATEMENT]], "the employment was terminated for unrelated reasons")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Lumenfold", "organization", "organization")
    speaker = _speaker([[ATTORNEY]], "the firm stands ready to return to work")
    assert (speaker.name, speaker.type) == ("Dana Whitfield", "person")


def test_a_capital_speaks_for_its_government_and_a_regulation_for_a_body():
    speaker = _speaker([[BEIJING]], "the sanctions were illegal")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Beijing", "organization", "organization")
    speaker = _speaker([[REGULATION]], "shops will need to employ a licensed practitioner")
    assert (speaker.type, speaker.anonymity) == ("organization", "organization")


def test_the_ministry_is_no_company_named_before():
    speaker = _speaker([[ACME], [MINISTRY]], "the talks had failed")
    assert (speaker.name, speaker.type) == ("The ministry", "organization")


def test_the_college_is_the_college_named_before():
    speaker = _speaker([[RCN], [THE_COLLEGE]], "talks had broken down")
    assert (speaker.name, speaker.type, speaker.anonymity) == (
        "Royal College of Nursing",
        "organization",
        "organization",
    )


def test_a_name_read_as_a_modifier_of_one_of_the_lawyers_is_the_speaker():
    (q,) = resolve([[ONE_OF_THE_LAWYERS]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Magdalena Wróbel", "person")
    assert q.speaker.role == "one of the lawyers"
