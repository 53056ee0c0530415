"""A name of two words or more that "the company" takes up is a business's (session 52, from
fresh articles: "Skeena Coastal said work would resume. The company said ...", "Highland Atlantic
Salmon said ... the firm" had the name a person with no role and "the company" no one named;
sources/learned.learn_institutions, ``_body_like``). Not a name with anything of a person's: a post
set off after it ("Tafadzwa Mhlanga, the bank's governor, said"), a courtesy title or a title in or
before a mention ("Culiacán Mayor Ernesto Villalobos said the city would ..."); nor when a business
named before may be "the company" ("Zimbabwe Gold, a state mining company, ..."), nor by a plural
noun or one inside quote marks ('"The courts have been very clear," ...' after "said Gerrit
Mulder."). And a ranking
set off after a name is no body's kind ("Anna Berg, the world No 3, said": sources/
table.institution_noun, ``name_only`` entries of organization_words). Each tree is the shipped
parser's for the invented sentence in its comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Skeena Coastal said work on the line would resume next week.
PIPELINE_FIRM: list[FeatRow] = [
    ("Skeena", "Skeena", "PROPN", 1, "compound", "Number=Sing"),
    ("Coastal", "Coastal", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("work", "work", "NOUN", 2, "obj", "Number=Sing"),
    ("on", "on", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("line", "line", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("resume", "resume", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("next", "next", "ADJ", 10, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The company said in a statement that construction was 87 per cent complete.
THE_COMPANY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 11, "mark", "PronType=Rel"),
    ("construction", "construction", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("87", "87", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 11, "obl:unmarked", "Number=Sing"),
    ("complete", "complete", "ADJ", 5, "acl:relcl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Zimbabwe Gold, a state mining company, raised its output last year.
STATE_MINER: list[FeatRow] = [
    ("Zimbabwe", "Zimbabwe", "PROPN", 1, "compound", "Number=Sing"),
    ("Gold", "Gold", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("state", "state", "NOUN", 1, "appos", "Number=Sing"),
    ("mining", "mining", "VERB", 6, "amod", "VerbForm=Ger"),
    ("company", "company", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("raised", "raise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("output", "output", "ADJ", 12, "amod", "Degree=Pos"),
    ("last", "last", "ADJ", 12, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Tafadzwa Mhlanga said the deal was fair.
MINE_CHIEF: list[FeatRow] = [
    ("Tafadzwa", "Tafadzwa", "PROPN", 1, "compound", "Number=Sing"),
    ("Mhlanga", "Mhlanga", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Tafadzwa Mhlanga, the bank's governor, said the deal was fair.
BANK_GOVERNOR: list[FeatRow] = [
    ("Tafadzwa", "Tafadzwa", "PROPN", 1, "compound", "Number=Sing"),
    ("Mhlanga", "Mhlanga", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("bank", "bank", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("governor", "governor", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 12, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 8, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


# Culiacán Mayor Ernesto Villalobos said the city would cooperate fully with state investigators.
CITY_MAYOR: list[FeatRow] = [
    ("Culiac\u00e1n", "Culiac\u00e1n", "PROPN", 3, "compound", "Number=Sing"),
    ("Mayor", "Mayor", "PROPN", 3, "compound", "Number=Sing"),
    ("Ernesto", "Ernesto", "PROPN", 3, "compound", "Number=Sing"),
    ("Villalobos", "Villalobos", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("cooperate", "cooperate", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("fully", "fully", "ADV", 8, "advmod", "Degree=Pos"),
    ("with", "with", "ADP", 12, "case", ""),
    ("state", "state", "NOUN", 12, "compound", "Number=Sing"),
    ("investigators", "investigator", "NOUN", 8, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


# Anna Berg, the world No 3, said she was sad to see the line judges go.
WORLD_RANKING: list[FeatRow] = [
    ("Anna", "Anna", "PROPN", 1, "compound", "Number=Sing"),
    ("Berg", "Berg", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("world", "world", "NOUN", 1, "appos", "Number=Sing"),
    ("No", "no", "INTJ", 6, "discourse", "Polarity=Neg"),
    ("3", "3", "NUM", 1, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 11, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sad", "sad", "ADJ", 8, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 13, "mark", ""),
    ("see", "see", "VERB", 11, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("line", "line", "NOUN", 16, "compound", "Number=Sing"),
    ("judges", "judge", "NOUN", 17, "nsubj", "Number=Plur"),
    ("go", "go", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# World Rugby said the tackle was illegal.
WORLD_BODY: list[FeatRow] = [
    ("World", "World", "PROPN", 1, "compound", "Number=Sing"),
    ("Rugby", "Rugby", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("tackle", "tackle", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("illegal", "illegal", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# "Someone in The Hague has to finally pick up the phone and talk to us," said Gerrit Mulder.
FARMER_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("##Someone", "someone", "PRON", 18, "nsubj", "Number=Sing|PronType=Ind"),
    ("in", "in", "ADP", 4, "case", ""),
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Hague", "Hague", "PROPN", 1, "nmod", "Number=Sing"),
    ("has", "have", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 8, "mark", ""),
    ("finally", "finally", "ADV", 8, "advmod", ""),
    ("pick", "pick", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("up", "up", "ADP", 8, "compound:prt", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("phone", "phone", "NOUN", 8, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("talk", "talk", "VERB", 8, "conj", "VerbForm=Inf"),
    ("to", "to", "ADP", 15, "case", ""),
    ("us", "we", "PRON", 13, "obl", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ('##"', '"', "PUNCT", 18, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Gerrit", "Gerrit", "PROPN", 20, "compound", "Number=Sing"),
    ("Mulder", "Mulder", "PROPN", 18, "nsubj", "Number=Sing"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# "The courts have been very clear.
COURTS_CLEAR: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("courts", "court", "NOUN", 6, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 6, "cop", "Tense=Past|VerbForm=Part"),
    ("very", "very", "ADV", 6, "advmod", ""),
    ("clear", "clear", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# If we do not reduce nitrogen deposition, nothing gets built in this country," Agriculture Minister Hanneke Bos told broadcaster NOS on Wednesday evening.
NITROGEN: list[FeatRow] = [
    ("If", "if", "SCONJ", 4, "mark", ""),
    ("we", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("do", "do", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("reduce", "reduce", "VERB", 20, "advcl", "VerbForm=Inf"),
    ("nitrogen", "nitrogen", "ADJ", 6, "amod", "Degree=Pos"),
    ("deposition", "deposition", "NOUN", 4, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("nothing", "nothing", "PRON", 9, "nsubj", "Number=Sing|PronType=Ind"),
    ("gets", "get", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("built", "build", "VERB", 9, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 13, "case", ""),
    ("this", "this", "DET", 13, "det", "Number=Sing|PronType=Dem"),
    ("country", "country", "NOUN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 20, "punct", ""),
    ("Agriculture", "Agriculture", "PROPN", 19, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 19, "compound", "Number=Sing"),
    ("Hanneke", "Hanneke", "PROPN", 19, "compound", "Number=Sing"),
    ("Bos", "Bos", "PROPN", 20, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("broadcaster", "broadcaster", "NOUN", 22, "compound", "Number=Sing"),
    ("NOS", "NOS", "PROPN", 20, "obj", "Number=Sing"),
    ("on", "on", "ADP", 25, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 25, "compound", "Number=Sing"),
    ("evening", "evening", "NOUN", 20, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]


def _speakers(paragraphs: list[list[list[FeatRow]]]) -> list[tuple[str, str]]:
    return [(q.speaker.name or "", q.speaker.type) for q in resolve(paragraphs).quotes if q.speaker is not None]


def test_a_name_the_company_takes_up_is_a_business():
    assert _speakers([[PIPELINE_FIRM, THE_COMPANY]]) == [
        ("Skeena Coastal", "organization"),
        ("Skeena Coastal", "organization"),
    ]


def test_a_name_with_a_post_stays_a_person():
    assert _speakers([[BANK_GOVERNOR, THE_COMPANY]])[0] == ("Tafadzwa Mhlanga", "person")


def test_a_business_named_before_is_the_company():
    assert _speakers([[STATE_MINER], [MINE_CHIEF, THE_COMPANY]]) == [
        ("Tafadzwa Mhlanga", "person"),
        ("Zimbabwe Gold", "organization"),
    ]


def test_a_name_titled_in_its_own_mention_stays_a_person():
    # ("Culiacán Mayor Ernesto Villalobos said the city would ...": the title is inside the mention)
    assert _speakers([[CITY_MAYOR]]) == [("Ernesto Villalobos", "person")]


def test_a_ranking_set_off_after_a_name_is_no_body():
    # ("Anna Berg, the world No 3, said": "world" in organization_words made the apposition a
    # body's kind and Anna Berg an organisation; it is a name's word only, "World Rugby")
    assert _speakers([[WORLD_RANKING]]) == [("Anna Berg", "person")]
    assert _speakers([[WORLD_BODY]]) == [("World Rugby", "organization")]


def test_a_noun_inside_a_quotation_makes_no_name_a_business():
    speakers = _speakers([[FARMER_SAID], [COURTS_CLEAR, NITROGEN]])
    assert speakers[0] == ("Gerrit Mulder", "person")
