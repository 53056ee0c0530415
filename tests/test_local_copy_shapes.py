"""Local and wire copy shapes (session 37): "Speaking to KCUR, the ... radio station, last week,
a grain elevator manager in Meade County said" with two repairs each giving "said" a subject
(the manager, the station): the first repair's subject wins (subject_repairs._second_subject);
"told WBUR" / "speaking to KCUR": a North American call sign is an outlet (via._CALL_SIGN); "the
film cost about $62 million" with "cost" read as a noun: tagged a verb between the tagger and the
parser (pretags.cost_verbs), the clause is a report (the tree here is the one the parser gives
after the tag; tests/test_pretags.py checks the tag). "Health and Human Services Secretary Xavier
Becerra said" with "Health" the subject and the name its conjunct (or "Health" hung on the quote
before): a portfolio's fields joined by "and" (``portfolio_words``) before a capitalised title
are the title's, the name heads the phrase (titled_names.portfolio_before_name), and the role is
the whole title (role_words.with_portfolio; mention_words._joins_modifiers for an "and" between
two modifiers of the title). "A hospital spokeswoman said the system's latest offer included
raises of 14 percent" with "included" an adjective of "raises": the verb's first object opens the
clause (subject_repairs._past_read_as_modifier). "Keystone Unity Health, the Scranton-based
system that ..., said": a system is a body (``body_nouns``), and "Keystone Unity" later is its
short name; "a hospital spokeswoman" speaks for the body named with a hospital's name head
("... Health", ``kind_name_heads``). "Around midday, State Rep. Alondra Fuentes, a Harlow
Democrat, joined the picket line. She said ...": the name the parse hung on the fronted phrase is
the main verb's subject even when the verb is no speech verb, and "a Harlow Democrat" (a place
and a party member after "a") is a class, not a second person (candidates._indefinite_noun), so
"she" is Fuentes. "Mrs. Clinton" is never "Bill Clinton": a courtesy title's gender and a given
name's must agree for two names to be one person (table._genders_differ). No model needed: the
trees the shipped parser gave."""

from __future__ import annotations

from parse_helpers import FeatRow, Row
from source_helpers import resolve

# Speaking to KCUR , the Kansas City public radio station , last week , a grain elevator manager in Meade County said the harvest was poor .
KCUR: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 21, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("KCUR", "KCUR", "PROPN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Kansas", "Kansas", "PROPN", 9, "compound", "Number=Sing"),
    ("City", "City", "PROPN", 9, "compound", "Number=Sing"),
    ("public", "public", "ADJ", 9, "amod", "Degree=Pos"),
    ("radio", "radio", "NOUN", 9, "compound", "Number=Sing"),
    ("station", "station", "NOUN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("last", "last", "ADJ", 12, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 9, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("grain", "grain", "NOUN", 17, "compound", "Number=Sing"),
    ("elevator", "elevator", "NOUN", 17, "compound", "Number=Sing"),
    ("manager", "manager", "NOUN", 9, "conj", "Number=Sing"),
    ("in", "in", "ADP", 20, "case", ""),
    ("Meade", "Meade", "PROPN", 20, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 17, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("harvest", "harvest", "ADJ", 25, "nsubj", "Degree=Sup"),
    ("was", "be", "AUX", 25, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("poor", "poor", "ADJ", 21, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 21, "punct", ""),
]

# Tom Reyes told WBUR that the harvest was poor .
WBUR: list[FeatRow] = [
    ("Tom", "Tom", "PROPN", 1, "compound", "Number=Sing"),
    ("Reyes", "Reyes", "PROPN", 2, "nsubj", "Number=Plur"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("WBUR", "wbur", "NOUN", 2, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("harvest", "harvest", "ADJ", 8, "nsubj", "Degree=Sup"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("poor", "poor", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The studio said that the film cost about $ 62 million to make .
FILM_COST: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("studio", "studio", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("film", "film", "NOUN", 6, "nsubj", "Number=Sing"),
    ("cost", "cost", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 8, "case", ""),
    ("$", "$", "SYM", 6, "obl", ""),
    ("62", "62", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("to", "to", "PART", 12, "mark", ""),
    ("make", "make", "VERB", 6, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Health and Human Services Secretary Xavier Becerra said the plan works .
BECERRA: list[FeatRow] = [
    ("Health", "Health", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Human", "human", "ADJ", 3, "amod", "Degree=Pos"),
    ("Services", "Service", "PROPN", 0, "conj", "Number=Plur"),
    ("Secretary", "Secretary", "PROPN", 6, "compound", "Number=Sing"),
    ("Xavier", "Xavier", "PROPN", 6, "compound", "Number=Sing"),
    ("Becerra", "Becerra", "PROPN", 0, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 10, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 7, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# " This is not a popular law , " Labour and Social Affairs Minister Marketa Dvorakova told deputies .
DVORAKOVA: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("This", "this", "PRON", 6, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("popular", "popular", "ADJ", 6, "amod", "Degree=Pos"),
    ("law", "law", "NOUN", 16, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("Labour", "Labour", "PROPN", 6, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("Social", "Social", "ADJ", 12, "amod", "Degree=Pos"),
    ("Affairs", "affair", "PROPN", 9, "conj", "Number=Plur"),
    ("Minister", "Minister", "PROPN", 15, "compound", "Number=Sing"),
    ("Marketa", "Marketa", "PROPN", 15, "compound", "Number=Sing"),
    ("Dvorakova", "Dvorakova", "PROPN", 16, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("deputies", "deputy", "NOUN", 16, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 16, "punct", ""),
]

# A hospital spokeswoman said the system 's latest offer included raises of 14 percent over three years .
OFFER: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("hospital", "hospital", "NOUN", 2, "compound", "Number=Sing"),
    ("spokeswoman", "spokeswoman", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("system", "system", "NOUN", 8, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 5, "case", ""),
    ("latest", "late", "ADJ", 8, "amod", "Degree=Sup"),
    ("offer", "offer", "NOUN", 3, "obj", "Number=Sing"),
    ("included", "include", "VERB", 10, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("raises", "raise", "NOUN", 8, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 13, "case", ""),
    ("14", "14", "NUM", 13, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 10, "nmod", "Number=Sing"),
    ("over", "over", "ADP", 16, "case", ""),
    ("three", "three", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 13, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Keystone Unity Health , the Scranton - based system that has owned Mercy Valley since 2019 , said it had brought in 250 nurses .
KEYSTONE: list[FeatRow] = [
    ("Keystone", "Keystone", "PROPN", 2, "compound", "Number=Sing"),
    ("Unity", "Unity", "PROPN", 2, "compound", "Number=Sing"),
    ("Health", "Health", "PROPN", 17, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Scranton", "Scranton", "PROPN", 7, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 5, "punct", ""),
    ("based", "based", "ADJ", 8, "amod", "Degree=Pos"),
    ("system", "system", "NOUN", 2, "appos", "Number=Sing"),
    ("that", "that", "PRON", 11, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("owned", "own", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("Mercy", "Mercy", "PROPN", 11, "obj", "Number=Sing"),
    ("Valley", "Valley", "PROPN", 11, "obj", "Number=Sing"),
    ("since", "since", "ADP", 15, "case", ""),
    ("2019", "2019", "NUM", 11, "obl", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 20, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("brought", "bring", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 23, "case", ""),
    ("250", "250", "NUM", 23, "nummod", "NumForm=Digit|NumType=Card"),
    ("nurses", "nurse", "NOUN", 20, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 17, "punct", ""),
]

# " Our doors are open , " Keystone Unity said in a statement .
KEYSTONE_SHORT: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Our", "our", "PRON", 2, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("doors", "door", "NOUN", 4, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 4, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("open", "open", "ADJ", 9, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Keystone", "Keystone", "PROPN", 8, "compound", "Number=Sing"),
    ("Unity", "Unity", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# A hospital spokeswoman said the offer was fair .
SPOKESWOMAN: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("hospital", "hospital", "NOUN", 2, "compound", "Number=Sing"),
    ("spokeswoman", "spokeswoman", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("offer", "offer", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Around midday , State Rep. Alondra Fuentes , a Harlow Democrat , joined the picket line .
FUENTES: list[FeatRow] = [
    ("Around", "around", "ADP", 1, "case", ""),
    ("midday", "midday", "NOUN", 12, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("State", "State", "PROPN", 6, "compound", "Number=Sing"),
    ("Rep.", "Rep.", "PROPN", 6, "compound", "Number=Sing"),
    ("Alondra", "Alondra", "PROPN", 6, "compound", "Number=Sing"),
    ("Fuentes", "Fuentes", "PROPN", 1, "conj", "Number=Plur"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("Harlow", "Harlow", "PROPN", 10, "compound", "Number=Sing"),
    ("Democrat", "Democrat", "PROPN", 6, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("joined", "join", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("picket", "picket", "NOUN", 15, "compound", "Number=Sing"),
    ("line", "line", "NOUN", 12, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# She said she had asked both sides to meet .
SHE_ASKED: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 4, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("asked", "ask", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("both", "both", "DET", 6, "det", "PronType=Tot"),
    ("sides", "side", "NOUN", 4, "obj", "Number=Plur"),
    ("to", "to", "PART", 8, "mark", ""),
    ("meet", "meet", "VERB", 4, "xcomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_noun_phrase_after_a_fronted_participles_asides_is_the_speaker_not_the_aside():
    result = resolve([[KCUR]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.text == "a grain elevator manager in Meade County"
    assert q.via is not None and q.via.name == "KCUR"


def test_a_call_sign_told_is_the_outlet_the_statement_came_through():
    [q] = resolve([[WBUR]]).quotes
    assert q.speaker is not None and q.speaker.text == "Tom Reyes"
    assert q.via is not None and (q.via.name, q.via.known) == ("WBUR", False)


def test_what_a_film_cost_is_reported_speech():
    [q] = resolve([[FILM_COST]]).quotes
    assert q.text.startswith("that the film cost about $ 62 million")
    assert q.speaker is not None and q.speaker.text == "The studio"


def test_a_portfolio_joined_by_and_before_a_title_is_one_persons_title():
    [q] = resolve([[BECERRA]]).quotes
    assert q.speaker is not None and q.speaker.name == "Xavier Becerra"
    assert q.speaker.role == "Health and Human Services Secretary"
    [q] = resolve([[DVORAKOVA]]).quotes
    assert q.speaker is not None and q.speaker.name == "Marketa Dvorakova"
    assert q.speaker.role == "Labour and Social Affairs Minister"


def test_a_name_before_the_and_stays_a_person_of_its_own():
    # Roe and Health Secretary Tom Doe said the plan works .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 6, "nsubj"),
        ("and", "and", "CCONJ", 5, "cc"),
        ("Health", "Health", "PROPN", 3, "compound"),
        ("Secretary", "Secretary", "PROPN", 5, "compound"),
        ("Tom", "Tom", "PROPN", 5, "compound"),
        ("Doe", "Doe", "PROPN", 0, "conj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("works", "work", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None and "Health and" not in (q.speaker.role or "")


def test_a_past_tense_verb_read_as_a_modifier_after_the_first_object_opens_the_clause():
    [q] = resolve([[OFFER]]).quotes
    assert q.text.startswith("the system 's latest offer included raises")
    assert q.speaker is not None and q.speaker.text == "A hospital spokeswoman"


def test_a_system_is_a_body_and_a_hospital_spokeswoman_speaks_for_the_health_body():
    first, short, spokeswoman = resolve([[KEYSTONE], [KEYSTONE_SHORT], [SPOKESWOMAN]]).quotes
    for q in (first, short, spokeswoman):
        assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Keystone Unity Health", "organization")


def test_a_name_hung_on_a_fronted_phrase_is_a_person_a_pronoun_can_take():
    result = resolve([[KEYSTONE_SHORT], [FUENTES, SHE_ASKED]])
    q = next(q for q in result.quotes if q.text.startswith("she had asked"))
    assert q.speaker is not None and q.speaker.name == "Alondra Fuentes"


HILLARY: list[Row] = [
    ("Hillary", "Hillary", "PROPN", 1, "compound"),
    ("Clinton", "Clinton", "PROPN", 2, "nsubj"),
    ("campaigned", "campaign", "VERB", -1, "root"),
    (".", ".", "PUNCT", 2, "punct"),
]
BILL: list[Row] = [
    ("President", "President", "PROPN", 2, "compound"),
    ("Bill", "Bill", "PROPN", 2, "compound"),
    ("Clinton", "Clinton", "PROPN", 3, "nsubj"),
    ("said", "say", "VERB", -1, "root"),
    ("the", "the", "DET", 5, "det"),
    ("race", "race", "NOUN", 6, "nsubj"),
    ("tightened", "tighten", "VERB", 3, "ccomp"),
    (".", ".", "PUNCT", 3, "punct"),
]


def test_a_courtesy_title_and_a_given_name_of_another_gender_are_two_people():
    # Hillary Clinton campaigned . | President Bill Clinton said the race tightened . | Mrs. Clinton said the plan works .
    said: list[Row] = [
        ("Mrs.", "Mrs.", "PROPN", 1, "compound"),
        ("Clinton", "Clinton", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    result = resolve([[HILLARY], [BILL], [said]])
    q = result.quotes[-1]
    assert q.speaker is not None and q.speaker.name == "Hillary Clinton"
    assert all(m.text != "Mrs. Clinton" for e in result.entities if e.name == "Bill Clinton" for m in e.mentions)
