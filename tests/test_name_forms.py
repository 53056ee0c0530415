"""Names the way copy writes them (session 36, from fresh articles): a plural title before names
joined by "and" is each one's and all of them speak ("Democratic senators Ann Roe and Tom Doe
said", "Sens. ...", "Senators ...": candidates._shared_title, members.apposed_members); a second
name the parse hung as a ``flat`` of the first is a conjunct (phrase_repairs._conjunct_read_as_flat);
"Procter & Gamble" is one organisation (coordinated_names._one_name, TableBase.is_org_name); a
capitalised quantifier opens a name ("All Progressives Congress": name_runs.name_determiner); an
acronym is the body it abbreviates (table.acronym_of); a later mention without the diacritics is
the same person ("Wisniewski" for "Wiśniewski": names.fold_name); a name run the sentence opens
keeps a middle word the tagger made an adjective ("Mateo Quintanilla Ortega"); a given name ending
in "s" tagged plural is no class of people ("Inés said"); a Spanish name's first surname alone is
the person ("Ccori" for "Hernán Ccori Mamani", "Echeverria" for "María José Echeverría de la
Cruz": TableBase._first_surname); a nickname in marks inside a name is no quote and a name by
it is the person ('Dolores "Dee" Marchetti', "Bobby Scott" after 'Robert C. "Bobby" Scott':
spans.is_nickname, nicknames.nickname_mark, NameVocab.nickname_form); "Major" is a title
(person_roles), a name right after "newspaper" is a body's (body_nouns), and a union's numbered
local is an organisation (pretags.union_locals, TableBase.is_org_name); an unnamed spokesperson for
a post's holder is the holder's office ("a spokeswoman for the governor": spokespeople._for_phrase);
a name after a hyphenated participle of ownership is a body's ("China's state-run Global Times":
pretags.hyphen_participles, name_context.owned_by); "A hospital spokeswoman" right after "St.
Agnes said" in the paragraph speaks for it (spokespeople._body_spoke_in_paragraph); after a fronted
participle's asides the name right before the verb is its subject ("Speaking to WCAI, the ...
station, on Monday, Brannigan-Costa said": fronted_subject._name_after_asides); "she" goes on with
the last speaker of unknown gender when no woman is named near ('"...," Adebayo-Hart said. ¶ She
said ...', not a woman quoted five paragraphs before: pronouns._last_speaker_goes_on); an acronym
is the name the article spelt out before it in brackets ("The World Trade Organization (WTO)":
head_names.spelled_out); "a report in the Port Ellison Herald" is the paper's (documents._IN_OUTLET),
not a study "published Monday in" a journal; "the two scientists" after "Ortega and Berg" in
its own sentence are both (together.pair_people, any counted word for people); "a customer who gave
only her first name, Rosa, and who said ..." is Rosa, a customer, in both statements
(delayed._GAVE_NAME, relatives.relative_head for a second coordinated relative clause); unnamed,
unspecified bodies ("Consumer groups said") are vague organisations, "Police said" is not
(unnamed._for_institution); a plural title opens a name however far the "and" is ("Senators Ann
Marie Holcomb of Maine and ...": name_runs.before_conjunct); "A group called Save St. Brendan's, which
..., said" is that group by name (unnamed.introduced_name in the mention's own phrase); the words
after a body's "of" are no person ("The Department of Public Health said": candidates._body_complement). No model needed: each tree is the shape
the shipped parser gave the sentence in its comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve
from test_src_named_next import HOSPITAL as HOSPITAL_SAID

# Democratic senators Patricia Hollings and Raymond Okafor said the bill would fail .
DEM_SENATORS: list[FeatRow] = [
    ("Democratic", "Democratic", "ADJ", 1, "amod", "Degree=Pos"),
    ("senators", "senator", "NOUN", 7, "nsubj", "Number=Plur"),
    ("Patricia", "Patricia", "PROPN", 3, "compound", "Number=Sing"),
    ("Hollings", "Holling", "PROPN", 1, "appos", "Number=Plur"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Raymond", "Raymond", "PROPN", 6, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 3, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 11, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 7, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Senators Patricia Hollings and Raymond Okafor said the bill would fail .
SENATORS: list[FeatRow] = [
    ("Senators", "senator", "NOUN", 6, "nsubj", "Number=Plur"),
    ("Patricia", "Patricia", "PROPN", 2, "compound", "Number=Sing"),
    ("Hollings", "Holling", "PROPN", 0, "flat", "Number=Plur"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("Raymond", "Raymond", "PROPN", 2, "conj", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 2, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 10, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 6, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Sens. Patricia Hollings and Raymond Okafor said the bill would fail .
SENS: list[FeatRow] = [
    ("Sens.", "Sens.", "PROPN", 2, "compound", "Number=Sing"),
    ("Patricia", "Patricia", "PROPN", 2, "compound", "Number=Sing"),
    ("Hollings", "Holling", "PROPN", 6, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("Raymond", "Raymond", "PROPN", 2, "conj", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 2, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 10, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 6, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Board members Luis Herrera and Anne Whitfield said the plan was rushed .
BOARD: list[FeatRow] = [
    ("Board", "Board", "PROPN", 1, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 3, "compound", "Number=Plur"),
    ("Luis", "Luis", "PROPN", 3, "compound", "Number=Sing"),
    ("Herrera", "Herrera", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Anne", "Anne", "PROPN", 6, "compound", "Number=Sing"),
    ("Whitfield", "Whitfield", "PROPN", 2, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 11, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rushed", "rush", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Procter & Gamble said sales fell .
FIRM: list[FeatRow] = [
    ("Procter", "procter", "NOUN", 3, "nsubj", "Number=Sing"),
    ("&", "&", "CCONJ", 2, "cc", ""),
    ("Gamble", "Gamble", "PROPN", 0, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sales", "sale", "NOUN", 5, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", 3, "ccomp", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The ruling All Progressives Congress said the vote was fair .
RULING: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("ruling", "rule", "VERB", 4, "amod", "VerbForm=Ger"),
    ("All", "all", "DET", 4, "det", "PronType=Tot"),
    ("Progressives", "Progressive", "PROPN", 4, "compound", "Number=Plur"),
    ("Congress", "Congress", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 5, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Nigeria 's ruling All Progressives Congress ( APC ) won , the party said .
APC: list[FeatRow] = [
    ("Nigeria", "Nigeria", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 0, "case", ""),
    ("ruling", "rule", "VERB", 13, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("All", "all", "DET", 5, "det", "PronType=Tot"),
    ("Progressives", "Progressive", "PROPN", 5, "compound", "Number=Plur"),
    ("Congress", "Congress", "PROPN", 9, "nsubj", "Number=Sing"),
    ("(", "(", "PUNCT", 7, "punct", ""),
    ("APC", "APC", "PROPN", 5, "appos", "Number=Sing"),
    (")", ")", "PUNCT", 7, "punct", ""),
    ("won", "win", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# The APC said the vote was fair .
APC_LATER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("APC", "APC", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Tomasz Wiśniewski , a baker in Wellfleet , said the recipe was hers .
BAKER: list[FeatRow] = [
    ("Tomasz", "Tomasz", "PROPN", 1, "compound", "Number=Sing"),
    ("Wiśniewski", "Wiśniewski", "PROPN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("baker", "baker", "NOUN", 1, "appos", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Wellfleet", "Wellfleet", "PROPN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("recipe", "recipe", "NOUN", 12, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("hers", "her", "NOUN", 8, "ccomp", "Number=Plur"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Wisniewski said he still uses her recipe .
BAKER_LATER: list[FeatRow] = [
    ("Wisniewski", "Wisniewski", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 4, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("still", "still", "ADV", 4, "advmod", ""),
    ("uses", "use", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("her", "her", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("recipe", "recipe", "NOUN", 4, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Mateo Quintanilla Ortega , 16 , has spent the last two summers in the shop .
GRANDSON: list[FeatRow] = [
    ("Mateo", "Mateo", "PROPN", 2, "compound", "Number=Sing"),
    ("Quintanilla", "quintanilla", "ADJ", 2, "amod", "Degree=Pos"),
    ("Ortega", "Ortega", "PROPN", 7, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("16", "16", "NUM", 2, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("has", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("spent", "spend", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("last", "last", "ADJ", 11, "amod", "Degree=Pos"),
    ("two", "two", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("summers", "summer", "NOUN", 7, "obj", "Number=Plur"),
    ("in", "in", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("shop", "shop", "NOUN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# “ He is strict , ” Mateo said .
GRANDSON_SAID: list[FeatRow] = [
    ("“", '"', "PUNCT", 3, "punct", ""),
    ("He", "he", "PRON", 3, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("strict", "strict", "ADJ", 7, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("”", '"', "PUNCT", 3, "punct", ""),
    ("Mateo", "Mateo", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# His daughter , Inés Quintanilla Ortega , said that was the only time .
DAUGHTER: list[FeatRow] = [
    ("His", "his", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("daughter", "daughter", "NOUN", 7, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Inés", "Inés", "PROPN", 5, "compound", "Number=Sing"),
    ("Quintanilla", "Quintanilla", "PROPN", 5, "compound", "Number=Sing"),
    ("Ortega", "Ortega", "PROPN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "PRON", 12, "nsubj", "Number=Sing|PronType=Dem"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("only", "only", "ADJ", 12, "amod", "Degree=Pos"),
    ("time", "time", "NOUN", 7, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# “ We ’ll see how long that lasts , ” Inés said .
DAUGHTER_SAID: list[FeatRow] = [
    ("“", '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("’ll", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("see", "see", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("how", "how", "ADV", 5, "advmod", "PronType=Int"),
    ("long", "long", "ADJ", 3, "obj", "Degree=Pos"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("lasts", "last", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("”", '"', "PUNCT", 3, "punct", ""),
    ("Inés", "Inés", "PROPN", 11, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 11, "punct", ""),
]


# His party 's spokesman , congressman Hernán Ccori Mamani , said the challenges were not a delaying tactic .
SPOKESMAN: list[FeatRow] = [
    ("His", "his", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("party", "party", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 1, "case", ""),
    ("spokesman", "spokesman", "NOUN", 10, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("congressman", "congressman", "NOUN", 8, "compound", "Number=Sing"),
    ("Hernán", "Hernán", "PROPN", 8, "compound", "Number=Sing"),
    ("Ccori", "Ccori", "PROPN", 8, "compound", "Number=Sing"),
    ("Mamani", "Mamani", "PROPN", 3, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("challenges", "challenge", "NOUN", 17, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 17, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 17, "advmod", "Polarity=Neg"),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("delaying", "delay", "VERB", 17, "amod", "VerbForm=Ger"),
    ("tactic", "tactic", "NOUN", 10, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# " We have photographs of tally sheets , " Ccori said .
CCORI: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("have", "have", "VERB", 10, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("photographs", "photograph", "NOUN", 2, "obj", "Number=Plur"),
    ("of", "of", "ADP", 6, "case", ""),
    ("tally", "tally", "ADJ", 6, "amod", "Degree=Pos"),
    ("sheets", "sheet", "NOUN", 3, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("Ccori", "Ccori", "PROPN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# Board chair María José Echeverría de la Cruz asked for a breakdown .
CHAIR: list[FeatRow] = [
    ("Board", "Board", "PROPN", 1, "compound", "Number=Sing"),
    ("chair", "chair", "NOUN", 7, "compound", "Number=Sing"),
    ("María", "María", "PROPN", 7, "compound", "Number=Sing"),
    ("José", "José", "PROPN", 7, "compound", "Number=Sing"),
    ("Echeverría", "Echeverría", "PROPN", 7, "compound", "Number=Sing"),
    ("de", "de", "PROPN", 7, "compound", "Number=Sing"),
    ("la", "la", "PROPN", 7, "compound", "Number=Sing"),
    ("Cruz", "Cruz", "PROPN", 8, "nsubj", "Number=Sing"),
    ("asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("breakdown", "breakdown", "NOUN", 8, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# " If the answer is that it is the budget , say so , " Echeverria said .
ECHEVERRIA: list[FeatRow] = [
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("If", "if", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("answer", "answer", "NOUN", 9, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("it", "it", "PRON", 9, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 16, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("say", "say", "VERB", 16, "ccomp", "Mood=Imp|VerbForm=Fin"),
    ("so", "so", "ADV", 16, "advmod", ""),
    (",", ",", "PUNCT", 9, "punct", ""),
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("Echeverria", "Echeverria", "PROPN", 16, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 16, "punct", ""),
]


# Union president Dolores " Dee " Marchetti said the company had spent two years buying back stock .
UNION: list[FeatRow] = [
    ("Union", "Union", "PROPN", 2, "compound", "Number=Sing"),
    ("president", "president", "NOUN", 2, "compound", "Number=Sing"),
    ("Dolores", "Dolore", "PROPN", 7, "nsubj", "Number=Plur"),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Dee", "Dee", "PROPN", 2, "flat", "Number=Sing"),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Marchetti", "Marchetti", "PROPN", 4, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("spent", "spend", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("two", "two", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 11, "obj", "Number=Plur"),
    ("buying", "buy", "VERB", 11, "xcomp", "VerbForm=Ger"),
    ("back", "back", "ADV", 16, "advmod", ""),
    ("stock", "stock", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# " They never asked us , " Marchetti said .
MARCHETTI: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("They", "they", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("never", "never", "ADV", 3, "advmod", "PronType=Neg"),
    ("asked", "ask", "VERB", 8, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("us", "we", "PRON", 3, "obj", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("Marchetti", "Marchetti", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Rep. Robert C. " Bobby " Scott spoke to the crowd .
REP: list[FeatRow] = [
    ("Rep.", "Rep.", "PROPN", 2, "compound", "Number=Sing"),
    ("Robert", "Robert", "PROPN", 2, "compound", "Number=Sing"),
    ("C.", "C.", "PROPN", 7, "nsubj", "Number=Sing"),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Bobby", "Bobby", "PROPN", 2, "list", "Number=Sing"),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Scott", "Scott", "PROPN", 7, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("crowd", "crowd", "NOUN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# " You got a choice , " Bobby Scott said .
BOBBY: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("You", "you", "PRON", 2, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("got", "get", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=2|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("choice", "choice", "NOUN", 2, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("Bobby", "Bobby", "PROPN", 8, "compound", "Number=Sing"),
    ("Scott", "Scott", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 9, "punct", ""),
]


# Major Juma Bakari Mwinyi , who commands the army engineers at the site , said the road was cut .
MAJOR: list[FeatRow] = [
    ("Major", "Major", "ADJ", 3, "amod", "Degree=Pos"),
    ("Juma", "Juma", "PROPN", 3, "compound", "Number=Sing"),
    ("Bakari", "Bakari", "PROPN", 3, "compound", "Number=Sing"),
    ("Mwinyi", "Mwinyi", "PROPN", 14, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("commands", "command", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("army", "army", "NOUN", 9, "compound", "Number=Sing"),
    ("engineers", "engineer", "NOUN", 6, "obj", "Number=Plur"),
    ("at", "at", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("site", "site", "NOUN", 6, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("road", "road", "NOUN", 18, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 18, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cut", "cut", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# Lima newspaper El Comercio reported Tuesday that the team had begun informal talks .
COMERCIO: list[FeatRow] = [
    ("Lima", "Lima", "PROPN", 1, "compound", "Number=Sing"),
    ("newspaper", "newspaper", "NOUN", 3, "compound", "Number=Sing"),
    ("El", "El", "PROPN", 3, "compound", "Number=Sing"),
    ("Comercio", "Comercio", "PROPN", 4, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Tuesday", "Tuesday", "PROPN", 4, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 10, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("begun", "begin", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("informal", "informal", "ADJ", 12, "amod", "Degree=Pos"),
    ("talks", "talk", "NOUN", 10, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Local 417 of the United Assembly Workers , which represents about 2,300 workers , said in a statement that it had not been consulted .
LOCAL: list[FeatRow] = [
    ("Local", "local", "PROPN", 1, "compound", "Number=Sing"),
    ("417", "417", "PROPN", 14, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("United", "Unite", "VERB", 6, "amod", "Tense=Past|VerbForm=Part"),
    ("Assembly", "Assembly", "PROPN", 6, "compound", "Number=Sing"),
    ("Workers", "worker", "PROPN", 1, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("which", "which", "PRON", 9, "nsubj", "PronType=Rel"),
    ("represents", "represent", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("about", "about", "ADV", 11, "advmod", ""),
    ("2,300", "2300", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("workers", "worker", "NOUN", 9, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 14, "obl", "Number=Sing"),
    ("that", "that", "PRON", 23, "mark", "PronType=Rel"),
    ("it", "it", "PRON", 23, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 23, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 23, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 23, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("consulted", "consult", "VERB", 17, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 14, "punct", ""),
]


# Gov. Harold Brinkerhoff has stayed neutral in the race .
GOVERNOR: list[FeatRow] = [
    ("Gov.", "Gov.", "PROPN", 2, "compound", "Number=Sing"),
    ("Harold", "Harold", "PROPN", 2, "compound", "Number=Sing"),
    ("Brinkerhoff", "Brinkerhoff", "PROPN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("stayed", "stay", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("neutral", "neutral", "ADJ", 4, "xcomp", "Degree=Pos"),
    ("in", "in", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("race", "race", "NOUN", 4, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# A spokeswoman for the governor said he has not endorsed anyone .
GOV_SPOKESWOMAN: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 9, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("has", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("endorsed", "endorse", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("anyone", "anyone", "PRON", 9, "obj", "Number=Sing|PronType=Ind"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# China 's state - run Global Times said in an editorial on Tuesday that India was wrong .
STATE_RUN: list[FeatRow] = [
    ("China", "China", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 0, "case", ""),
    ("state", "state", "NOUN", 6, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 2, "punct", ""),
    ("run", "run", "ADJ", 6, "amod", "Degree=Pos"),
    ("Global", "Global", "ADJ", 6, "amod", "Degree=Pos"),
    ("Times", "Times", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 10, "case", ""),
    ("an", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("editorial", "editorial", "NOUN", 7, "obl", "Number=Sing"),
    ("on", "on", "ADP", 12, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 10, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("India", "India", "PROPN", 16, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 16, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wrong", "wrong", "ADJ", 7, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


# A hospital spokeswoman said patient safety had not been compromised .
HOSPITAL_SPOKESWOMAN: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("hospital", "hospital", "NOUN", 2, "compound", "Number=Sing"),
    ("spokeswoman", "spokeswoman", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("patient", "patient", "ADJ", 5, "amod", "Degree=Pos"),
    ("safety", "safety", "NOUN", 9, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 9, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("compromised", "compromise", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Her daughter , Maureen Brannigan - Costa , said her mother died peacefully .
DAUGHTER_COSTA: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("daughter", "daughter", "NOUN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Maureen", "Maureen", "PROPN", 4, "compound", "Number=Sing"),
    ("Brannigan", "Brannigan", "PROPN", 1, "appos", "Number=Sing"),
    ("-", "-", "PUNCT", 4, "punct", ""),
    ("Costa", "Costa", "PROPN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("mother", "mother", "NOUN", 11, "nsubj", "Number=Sing"),
    ("died", "die", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("peacefully", "peacefully", "ADV", 11, "advmod", ""),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Speaking to WCAI , the Cape Cod public radio station , on Monday , Brannigan - Costa said the family had been overwhelmed .
WCAI: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 17, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("WCAI", "WCAI", "PROPN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Cape", "cape", "PROPN", 9, "compound", "Number=Sing"),
    ("Cod", "Cod", "PROPN", 9, "compound", "Number=Sing"),
    ("public", "public", "ADJ", 9, "amod", "Degree=Pos"),
    ("radio", "radio", "NOUN", 9, "compound", "Number=Sing"),
    ("station", "station", "NOUN", 17, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("on", "on", "ADP", 12, "case", ""),
    ("Monday", "Monday", "PROPN", 9, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("Brannigan", "Brannigan", "PROPN", 12, "appos", "Number=Sing"),
    ("-", "-", "PUNCT", 14, "punct", ""),
    ("Costa", "Costa", "PROPN", 14, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 22, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 22, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("overwhelmed", "overwhelm", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 17, "punct", ""),
]


# " It is against the law , " said Anjali Raghunathan , the authority 's director .
DIRECTOR: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("It", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("against", "against", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("law", "law", "NOUN", 8, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Anjali", "Anjali", "PROPN", 10, "compound", "Number=Sing"),
    ("Raghunathan", "Raghunathan", "PROPN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 15, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 13, "case", ""),
    ("director", "director", "NOUN", 8, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# The fine was the largest this year .
FINE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("fine", "fine", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("largest", "large", "ADJ", 6, "amod", "Degree=Sup"),
    ("this", "this", "DET", 6, "det", "Number=Sing|PronType=Dem"),
    ("year", "year", "NOUN", -1, "root", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The company paid it on Monday .
PAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("paid", "pay", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 2, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Monday", "Monday", "PROPN", 2, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# A claim is being prepared , according to Oluwaseun Adebayo - Hart , a partner at the law firm .
CLAIM: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("claim", "claim", "NOUN", 4, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("being", "be", "AUX", 4, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("prepared", "prepare", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("according", "accord", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 6, "fixed", ""),
    ("Oluwaseun", "Oluwaseun", "PROPN", 9, "compound", "Number=Sing"),
    ("Adebayo", "Adebayo", "PROPN", 4, "obl", "Number=Sing"),
    ("-", "-", "PUNCT", 9, "punct", ""),
    ("Hart", "Hart", "PROPN", 9, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("partner", "partner", "NOUN", 4, "parataxis", "Number=Sing"),
    ("at", "at", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("law", "law", "NOUN", 18, "compound", "Number=Sing"),
    ("firm", "firm", "NOUN", 14, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# " The regulator has established the facts , " Adebayo - Hart said .
FACTS: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("regulator", "regulator", "NOUN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("established", "establish", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("facts", "fact", "NOUN", 4, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("Adebayo", "Adebayo", "PROPN", 12, "nsubj", "Number=Sing"),
    ("-", "-", "PUNCT", 9, "punct", ""),
    ("Hart", "Hart", "PROPN", 9, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# She said more than 40,000 people had registered .
SHE: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 1, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 4, "case", ""),
    ("40,000", "40000", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 7, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("registered", "register", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# The World Trade Organization ( WTO ) opened a case on Monday .
WTO_OPENED: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("World", "World", "PROPN", 3, "compound", "Number=Sing"),
    ("Trade", "Trade", "PROPN", 3, "compound", "Number=Sing"),
    ("Organization", "Organization", "PROPN", 7, "nsubj", "Number=Sing"),
    ("(", "(", "PUNCT", 5, "punct", ""),
    ("WTO", "WTO", "PROPN", 3, "appos", "Number=Sing"),
    (")", ")", "PUNCT", 5, "punct", ""),
    ("opened", "open", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("case", "case", "NOUN", 7, "obj", "Number=Sing"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Monday", "Monday", "PROPN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# The WTO said the two sides now had 60 days to talk .
WTO_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("WTO", "WTO", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("sides", "side", "NOUN", 7, "nsubj", "Number=Plur"),
    ("now", "now", "ADV", 7, "advmod", "PronType=Dem"),
    ("had", "have", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("60", "60", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("days", "day", "NOUN", 7, "obj", "Number=Plur"),
    ("to", "to", "PART", 11, "mark", ""),
    ("talk", "talk", "VERB", 7, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# According to a report in the Port Ellison Herald , the company was cited by city inspectors .
HERALD: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 13, "obl", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Port", "Port", "PROPN", 8, "compound", "Number=Sing"),
    ("Ellison", "Ellison", "PROPN", 8, "compound", "Number=Sing"),
    ("Herald", "Herald", "PROPN", 3, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 13, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cited", "cite", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 16, "case", ""),
    ("city", "city", "NOUN", 16, "compound", "Number=Sing"),
    ("inspectors", "inspector", "NOUN", 13, "obl:agent", "Number=Plur"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# In a study published Monday in the Canadian Medical Association Journal , researchers evaluated the effects .
PUBLISHED: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("study", "study", "NOUN", 13, "obl", "Number=Sing"),
    ("published", "publish", "VERB", 2, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Monday", "Monday", "PROPN", 3, "obl", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Canadian", "Canadian", "ADJ", 10, "amod", "Degree=Pos"),
    ("Medical", "Medical", "ADJ", 10, "amod", "Degree=Pos"),
    ("Association", "Association", "PROPN", 10, "compound", "Number=Sing"),
    ("Journal", "Journal", "PROPN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("researchers", "researcher", "NOUN", 13, "nsubj", "Number=Plur"),
    ("evaluated", "evaluate", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("effects", "effect", "NOUN", 13, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 13, "punct", ""),
]


# Ortega and Berg also wrote a commentary in the same issue , in which the two scientists argued that planners should treat cool nights as a resource .
SCIENTISTS: list[FeatRow] = [
    ("Ortega", "Ortega", "PROPN", 4, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Berg", "Berg", "PROPN", 0, "conj", "Number=Sing"),
    ("also", "also", "ADV", 4, "advmod", ""),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("commentary", "commentary", "NOUN", 4, "obj", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("same", "same", "ADJ", 10, "amod", "Degree=Pos"),
    ("issue", "issue", "NOUN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("in", "in", "ADP", 13, "case", ""),
    ("which", "which", "PRON", 17, "obl", "PronType=Rel"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("scientists", "scientist", "NOUN", 17, "nsubj", "Number=Plur"),
    ("argued", "argue", "VERB", 4, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("planners", "planner", "NOUN", 21, "nsubj", "Number=Plur"),
    ("should", "should", "AUX", 21, "aux", "VerbForm=Fin"),
    ("treat", "treat", "VERB", 17, "ccomp", "VerbForm=Inf"),
    ("cool", "cool", "ADJ", 23, "amod", "Degree=Pos"),
    ("nights", "night", "NOUN", 21, "obj", "Number=Plur"),
    ("as", "as", "ADP", 26, "case", ""),
    ("a", "a", "DET", 26, "det", "Definite=Ind|PronType=Art"),
    ("resource", "resource", "NOUN", 21, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


# " I come in for a zipper , " said a customer who gave only her first name , Rosa , and who said she had been coming since the 1980s .
ROSA: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("I", "I", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("come", "come", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "ADP", 2, "compound:prt", ""),
    ("for", "for", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("zipper", "zipper", "NOUN", 2, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("customer", "customer", "NOUN", 9, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("gave", "give", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("only", "only", "ADV", 17, "advmod", ""),
    ("her", "her", "PRON", 17, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("first", "first", "ADJ", 17, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("name", "name", "NOUN", 13, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 19, "punct", ""),
    ("Rosa", "Rosa", "PROPN", 17, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 23, "punct", ""),
    ("and", "and", "CCONJ", 23, "cc", ""),
    ("who", "who", "PRON", 23, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 9, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 27, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 27, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 27, "aux", "Tense=Past|VerbForm=Part"),
    ("coming", "come", "VERB", 23, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("since", "since", "ADP", 30, "case", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("1980s", "1980s", "NOUN", 27, "obl", "NumForm=Combi|NumType=Card|Number=Ptan"),
    (".", ".", "PUNCT", 9, "punct", ""),
]


# Consumer groups said the fine should serve as a warning .
CONSUMER: list[FeatRow] = [
    ("Consumer", "consumer", "NOUN", 1, "compound", "Number=Sing"),
    ("groups", "group", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("fine", "fine", "ADJ", 6, "nsubj", "Degree=Pos"),
    ("should", "should", "AUX", 6, "aux", "VerbForm=Fin"),
    ("serve", "serve", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("as", "as", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("warning", "warning", "NOUN", 6, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Police said the suspect fled on foot .
POLICE: list[FeatRow] = [
    ("Police", "Police", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("suspect", "suspect", "NOUN", 1, "obj", "Number=Sing"),
    ("fled", "flead", "VERB", 3, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 6, "case", ""),
    ("foot", "foot", "NOUN", 4, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# Two Republicans , Senators Ann Marie Holcomb of Maine and Curtis Oyelaran of Georgia , crossed party lines .
TWO_REPUBLICANS: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("Republicans", "Republican", "PROPN", -1, "root", "Number=Plur"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("Senators", "Senator", "PROPN", 4, "compound", "Number=Plur"),
    ("Ann", "Ann", "PROPN", 1, "conj", "Number=Sing"),
    ("Marie", "Marie", "PROPN", 6, "compound", "Number=Sing"),
    ("Holcomb", "Holcomb", "PROPN", 1, "conj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("Maine", "Maine", "PROPN", 6, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Curtis", "Curtis", "PROPN", 8, "conj", "Number=Sing"),
    ("Oyelaran", "Oyelaran", "PROPN", 8, "conj", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("Georgia", "Georgia", "PROPN", 11, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("crossed", "cross", "VERB", 17, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("party", "party", "NOUN", 17, "compound", "Number=Sing"),
    ("lines", "line", "NOUN", 13, "conj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Holcomb said she had been persuaded by testimony .
HOLCOMB: list[FeatRow] = [
    ("Holcomb", "Holcomb", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 5, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 5, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("persuaded", "persuade", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 7, "case", ""),
    ("testimony", "testimony", "NOUN", 5, "obl:agent", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# A group called Save St. Brendan 's , which had sought landmark status for the church , said its petition had gathered about 1,100 signatures .
SAVE_GROUP: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("group", "group", "NOUN", 17, "nsubj", "Number=Sing"),
    ("called", "call", "VERB", 17, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Save", "save", "PROPN", 5, "compound", "Number=Sing"),
    ("St.", "St.", "PROPN", 5, "compound", "Number=Sing"),
    ("Brendan", "Brendan", "PROPN", 2, "xcomp", "Number=Sing"),
    ("'s", "'s", "PART", 5, "case", ""),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("which", "which", "PRON", 10, "nsubj", "PronType=Rel"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sought", "seek", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part"),
    ("landmark", "landmark", "ADJ", 12, "amod", "Degree=Pos"),
    ("status", "status", "NOUN", 10, "obj", "Number=Sing"),
    ("for", "for", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("church", "church", "NOUN", 10, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 19, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("petition", "petition", "NOUN", 21, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("gathered", "gather", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part"),
    ("about", "about", "ADV", 23, "advmod", ""),
    ("1,100", "1100", "NUM", 24, "nummod", "NumForm=Digit|NumType=Card"),
    ("signatures", "signature", "NOUN", 21, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 17, "punct", ""),
]


# The Department of Public Health said the water was safe .
DEPT_SAFE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Department", "department", "NOUN", 5, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Public", "Public", "ADJ", 4, "amod", "Degree=Pos"),
    ("Health", "Health", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("safe", "safe", "ADJ", 5, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# " It is fine , " he said .
HE_FINE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("It", "it", "PRON", 3, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fine", "fine", "ADJ", 7, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("he", "he", "PRON", 7, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


def _speakers(*paragraphs: list[FeatRow]) -> list[tuple[str, str, str | None]]:
    """The last quote's speakers: (name, type, first role) of every entity it names."""
    r = resolve([[list(s)] for s in paragraphs])  # type: ignore[list-item]
    q = r.quotes[-1]
    assert q.speaker is not None
    return [(e.name, e.type, e.roles[0].text if e.roles else None) for e in r.entities if e.id in q.speaker.entities]


def test_a_plural_title_before_two_names_is_each_ones_and_both_speak():
    assert _speakers(DEM_SENATORS) == [
        ("Patricia Hollings", "person", "Democratic senators"),
        ("Raymond Okafor", "person", "Democratic senators"),
    ]


def test_a_capitalised_plural_title_that_the_parse_made_the_subject():
    assert _speakers(SENATORS) == [
        ("Patricia Hollings", "person", "Senators"),
        ("Raymond Okafor", "person", "Senators"),
    ]


def test_an_abbreviated_plural_title_is_the_second_names_too():
    assert _speakers(SENS) == [("Patricia Hollings", "person", "Sens."), ("Raymond Okafor", "person", "Sens.")]


def test_a_second_name_the_parse_read_as_part_of_the_first_speaks_too():
    assert [n for n, _, _ in _speakers(BOARD)] == ["Luis Herrera", "Anne Whitfield"]


def test_names_joined_by_an_ampersand_are_one_firm():
    assert _speakers(FIRM) == [("Procter & Gamble", "organization", None)]


def test_a_capitalised_quantifier_opens_a_name():
    assert _speakers(RULING) == [("All Progressives Congress", "organization", None)]


def test_an_acronym_is_the_body_named_in_full_before():
    r = resolve([[list(APC)], [list(APC_LATER)]])  # type: ignore[list-item]
    first, later = r.quotes
    assert first.speaker is not None and later.speaker is not None
    assert later.speaker.name == "All Progressives Congress" and later.speaker.entities == first.speaker.entities


def test_a_name_without_its_diacritics_is_the_same_person():
    assert _speakers(BAKER, BAKER_LATER) == [("Tomasz Wiśniewski", "person", "a baker in Wellfleet")]


def test_a_given_name_alone_is_the_person_named_in_full_with_an_adjective_tagged_middle_name():
    assert [n for n, _, _ in _speakers(GRANDSON, GRANDSON_SAID)] == ["Mateo Quintanilla Ortega"]


def test_a_given_name_ending_in_s_is_no_class_of_people():
    assert _speakers(DAUGHTER, DAUGHTER_SAID) == [("Inés Quintanilla Ortega", "person", "His daughter")]


def test_a_spanish_names_first_surname_alone_is_the_person():
    assert [n for n, _, _ in _speakers(SPOKESMAN, CCORI)] == ["Hernán Ccori Mamani"]
    assert [n for n, _, _ in _speakers(CHAIR, ECHEVERRIA)] == ["María José Echeverría de la Cruz"]


def test_a_nickname_in_marks_is_part_of_the_name_and_no_quote():
    r = resolve([[list(UNION)], [list(MARCHETTI)]])  # type: ignore[list-item]
    assert [q.text for q in r.quotes][0] == "the company had spent two years buying back stock"
    # (the hand-built text joins tokens with spaces: 'Dolores " Dee " Marchetti')
    assert {q.speaker.name for q in r.quotes if q.speaker} == {'Dolores " Dee " Marchetti'}
    assert [n for n, _, _ in _speakers(REP, BOBBY)] == ['Robert C. " Bobby " Scott']


def test_a_military_rank_a_newspaper_and_a_union_local():
    assert _speakers(MAJOR) == [("Juma Bakari Mwinyi", "person", "Major")]
    assert _speakers(COMERCIO) == [("El Comercio", "organization", None)]
    assert _speakers(LOCAL) == [("Local 417 of the United Assembly Workers", "organization", None)]


def test_a_spokesperson_for_a_post_holder_and_a_state_run_paper_are_bodies():
    assert _speakers(GOVERNOR, GOV_SPOKESWOMAN) == [("A spokeswoman for the governor", "organization", None)]
    assert _speakers(STATE_RUN) == [("Global Times", "organization", None)]


def test_a_kinds_spokesperson_speaks_for_the_body_that_spoke_in_the_paragraph():
    r = resolve([[list(HOSPITAL_SAID), list(HOSPITAL_SPOKESWOMAN)]])  # type: ignore[list-item]
    assert [q.speaker.name if q.speaker else "" for q in r.quotes] == ["St. Agnes", "St. Agnes"]


def test_a_name_after_a_fronted_participles_asides_is_the_subject():
    # (the hand-built text spaces the hyphen, "Brannigan - Costa", so the name keeps its first part)
    assert [n for n, _, _ in _speakers(DAUGHTER_COSTA, WCAI)] == ["Maureen Brannigan"]


def test_she_goes_on_with_the_last_speaker_of_unknown_gender_when_no_woman_is_near():
    r = resolve([[list(DIRECTOR)], [list(FINE)], [list(PAID)], [list(CLAIM)], [list(FACTS)], [list(SHE)]])  # type: ignore[list-item]
    last = r.quotes[-1]
    # (the hand-built text spaces the hyphen: "Adebayo - Hart")
    assert last.speaker is not None and last.speaker.name.startswith("Oluwaseun Adebayo")


def test_an_acronym_is_the_name_spelt_out_before_it_in_brackets():
    assert _speakers(WTO_OPENED, WTO_SAID) == [("World Trade Organization", "organization", None)]


def test_a_report_in_a_paper_is_the_papers():
    assert _speakers(HERALD) == [("Port Ellison Herald", "organization", None)]
    assert [n for n, _, _ in _speakers(PUBLISHED)] != ["Canadian Medical Association Journal"]


def test_a_counted_word_for_people_is_the_names_coordinated_in_its_sentence():
    assert [n for n, _, _ in _speakers(SCIENTISTS)] == ["Ortega", "Berg"]


def test_a_person_who_gave_a_first_name_and_a_second_relative_clause():
    r = resolve([[list(ROSA)]])  # type: ignore[list-item]
    got = [(q.speaker.name, q.speaker.anonymity, q.speaker.role) if q.speaker else None for q in r.quotes]
    assert got == [("Rosa", "named", "customer"), ("Rosa", "named", "customer")]


def test_unspecified_bodies_are_vague_and_the_police_are_not():
    consumer, police = resolve([[list(CONSUMER)], [list(POLICE)]]).quotes  # type: ignore[list-item]
    assert consumer.speaker is not None and (consumer.speaker.type, consumer.speaker.anonymity) == (
        "organization",
        "vague",
    )
    assert police.speaker is not None and (police.speaker.type, police.speaker.anonymity) == (
        "organization",
        "organization",
    )


def test_a_plural_title_is_no_part_of_the_name_before_a_place():
    assert _speakers(TWO_REPUBLICANS, HOLCOMB) == [("Ann Marie Holcomb", "person", "Senators")]


def test_a_group_called_by_name_in_its_own_phrase_is_that_body():
    # (the hand-built text spaces the possessive: "Brendan 's")
    [(name, kind, _)] = _speakers(SAVE_GROUP)
    assert name.startswith("Save St. Brendan") and kind == "organization"


def test_the_words_after_a_bodys_of_name_no_person():
    r = resolve([[list(DEPT_SAFE)], [list(HE_FINE)]])  # type: ignore[list-item]
    he = r.quotes[-1].speaker
    assert he is not None and he.name != "Public Health" and he.type != "person"
