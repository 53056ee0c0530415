"""Spokespeople and staff: a bare "A spokesman said" or "Staff said" speaks for the organisation
the sentence before named ("The Health Agency issued ..."); "Agency staff" for the organisation
named in full; a person's spokesman is the person's office, an entity of its own that never
takes the person's name; a title and a name the parser made two objects of an inverted cue are
one mention. An event's organisers speak for the body the article says organised it, or the one
they are "from"; an official of a named body whose anonymity the article explains is an anonymous
source, not the body, as a spokesperson is; a bare spokesman after a definite noun for a body the
article named ("The airport denied ... A spokesman said") speaks for that body; "the campaigns"
are several bodies, not the one that spoke last (session 50). On the
trees the shipped parser gave these sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The Health Agency issued new rules on Monday .
AGENCY_RULES: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Health", "Health", "PROPN", 2, "compound", "Number=Sing"),
    ("Agency", "Agency", "PROPN", 3, "nsubj", "Number=Sing"),
    ("issued", "issue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("new", "new", "ADJ", 5, "amod", "Degree=Pos"),
    ("rules", "rule", "NOUN", 3, "obj", "Number=Plur"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Monday", "Monday", "PROPN", 3, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Staff said the changes were overdue .
STAFF_SAID: list[FeatRow] = [
    ("Staff", "Staff", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("changes", "change", "NOUN", 5, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("overdue", "overdue", "ADJ", 1, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# A spokesman said the changes were overdue .
SPOKESMAN_SAID: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("changes", "change", "NOUN", 6, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 6, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("overdue", "overdue", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Agency staff said the changes were overdue .
AGENCY_STAFF: list[FeatRow] = [
    ("Agency", "Agency", "NOUN", 1, "compound", "Number=Sing"),
    ("staff", "staff", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("changes", "change", "NOUN", 6, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 6, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("overdue", "overdue", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Tom Smith was charged on Monday .
SMITH_CHARGED: list[FeatRow] = [
    ("Tom", "Tom", "PROPN", 1, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("charged", "charge", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Monday", "Monday", "PROPN", 3, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# A spokesman said he would plead not guilty .
SPOKESMAN_PLEAD: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 5, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("plead", "plead", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("not", "not", "PART", 7, "advmod", "Polarity=Neg"),
    ("guilty", "guilty", "ADJ", 5, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Paul Ryan spoke on Monday .
RYAN_SPOKE: list[FeatRow] = [
    ("Paul", "Paul", "PROPN", 1, "compound", "Number=Sing"),
    ("Ryan", "Ryan", "PROPN", 2, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Monday", "Monday", "PROPN", 2, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# A spokesman for Ryan said the speaker was firm .
SPOKESMAN_FOR_RYAN: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 4, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Ryan", "Ryan", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("speaker", "speaker", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("firm", "firm", "NOUN", 4, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Ryan said the party would unite .
RYAN_SAID: list[FeatRow] = [
    ("Ryan", "Ryan", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 5, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("unite", "unite", "VERB", 1, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# " Debate recap , " tweeted Rubio spokesman Alex Conant .
TWEETED_TITLE: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("Debate", "Debate", "PROPN", 2, "compound", "Number=Sing"),
    ("recap", "recap", "NOUN", 5, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("tweeted", "tweet", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Rubio", "Rubio", "PROPN", 7, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 5, "obj", "Number=Sing"),
    ("Alex", "Alex", "PROPN", 9, "compound", "Number=Sing"),
    ("Conant", "Conant", "PROPN", 5, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# " This is a disaster , " said Coun . Amy Ho , who voted against it .
SAID_COUN: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("This", "this", "PRON", 4, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("disaster", "disaster", "NOUN", 7, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Coun", "Coun", "PROPN", 7, "nsubj", "Number=Sing"),
    (".", ".", "PUNCT", 11, "punct", ""),
    ("Amy", "Amy", "PROPN", 11, "compound", "Number=Sing"),
    ("Ho", "Ho", "PROPN", 7, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("who", "who", "PRON", 14, "nsubj", "PronType=Rel"),
    ("voted", "vote", "VERB", 7, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "ADP", 16, "case", ""),
    ("it", "it", "PRON", 14, "obl", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# " We are not going anywhere , " Smith told The Canadian Press on Tuesday .
SMITH_TOLD_CP: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("We", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("going", "go", "VERB", 9, "advcl", "Tense=Pres|VerbForm=Part"),
    ("anywhere", "anywhere", "ADV", 4, "advmod", ""),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Smith", "Smith", "PROPN", 9, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Canadian", "Canadian", "ADJ", 12, "amod", "Degree=Pos"),
    ("Press", "Press", "PROPN", 9, "obj", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 12, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# A Health Canada spokesperson told The Canadian Press the agency was aware of the report .
HEALTH_CANADA: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("Health", "Health", "PROPN", 3, "compound", "Number=Sing"),
    ("Canada", "Canada", "PROPN", 3, "compound", "Number=Sing"),
    ("spokesperson", "spokesperson", "NOUN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Canadian", "Canadian", "ADJ", 7, "amod", "Degree=Pos"),
    ("Press", "Press", "PROPN", 4, "iobj", "Number=Sing"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("aware", "aware", "ADJ", 4, "ccomp", "Degree=Pos"),
    ("of", "of", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 11, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Many Americans say the economy is weak .
MANY_AMERICANS: list[FeatRow] = [
    ("Many", "many", "ADJ", 1, "amod", "Degree=Pos"),
    ("Americans", "American", "PROPN", 2, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("economy", "economy", "NOUN", 6, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("weak", "weak", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def who(paragraphs: list[list[list[FeatRow]]]) -> list[tuple[str, str, str]]:
    r = resolve(paragraphs)  # type: ignore[arg-type]
    return [(q.speaker.name, q.speaker.type, q.speaker.anonymity) for q in r.quotes if q.speaker]


def test_staff_at_the_start_of_a_sentence_are_the_organisation_named_before():
    # ("Staff" was tagged a proper noun: a person named "Staff")
    assert who([[AGENCY_RULES, STAFF_SAID]]) == [("Health Agency", "organization", "organization")]


def test_a_bare_spokesman_speaks_for_the_organisation_named_before():
    assert who([[AGENCY_RULES, SPOKESMAN_SAID]]) == [("Health Agency", "organization", "organization")]


def test_agency_staff_are_the_agency_named_in_full():
    assert who([[AGENCY_RULES, AGENCY_STAFF]]) == [("Health Agency", "organization", "organization")]


def test_a_bare_spokesman_after_a_person_stays_anonymous():
    assert who([[SMITH_CHARGED, SPOKESMAN_PLEAD]]) == [("A spokesman", "anonymous", "anonymous")]


def test_a_persons_spokesman_is_the_office_and_the_person_stays_a_person():
    assert who([[RYAN_SPOKE], [SPOKESMAN_FOR_RYAN], [RYAN_SAID]]) == [
        ("A spokesman for Ryan", "organization", "organization"),
        ("Paul Ryan", "person", "named"),
    ]


def test_a_title_and_a_name_read_as_two_objects_of_the_cue_are_one_speaker():
    r = resolve([[TWEETED_TITLE]])  # type: ignore[list-item]
    assert [(q.speaker.text, q.speaker.name) for q in r.quotes if q.speaker] == [
        ("Rubio spokesman Alex Conant", "Alex Conant")
    ]


def test_a_title_cut_from_its_stop_is_the_names_title_not_a_second_speaker():
    # ("Coun" and "Ho" were both subjects of "said"; the speaker was "Coun")
    r = resolve([[SAID_COUN]])  # type: ignore[list-item]
    assert [(q.speaker.name, q.speaker.type) for q in r.quotes if q.speaker] == [("Amy Ho", "person")]


def test_a_spokesperson_with_a_two_word_organisation_speaks_for_all_of_it():
    # (each capitalised modifier replaced the one before: "Canada")
    assert who([[HEALTH_CANADA]]) == [("Health Canada", "organization", "organization")]


def test_an_institution_in_what_an_unnamed_source_said_does_not_make_the_name_before_an_organisation():
    # ("the agency", inside what the spokesperson said, took "Smith" of the sentence before for
    # its antecedent: Smith was typed an organisation)
    said = who([[SMITH_TOLD_CP], [HEALTH_CANADA]])
    assert said[0] == ("Smith", "person", "named-no-role")


def test_a_plural_demonym_after_a_quantifier_is_a_class_of_people_not_a_name():
    # ("Many Americans" was a person's name, named without a role)
    assert who([[MANY_AMERICANS]]) == [("Many Americans", "anonymous", "vague")]


def _said_by(subject: list[FeatRow]) -> list[FeatRow]:
    """ "<subject> said the rules were fair ." (the subject's head is its first NOUN)."""
    n = len(subject)
    return [
        *subject,
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", n + 2, "det", "Definite=Def|PronType=Art"),
        ("rules", "rule", "NOUN", n + 4, "nsubj", "Number=Plur"),
        ("were", "be", "AUX", n + 4, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("fair", "fair", "ADJ", n, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", n, "punct", ""),
    ]


def test_staff_at_the_body_speak_for_the_body_named_in_full():
    # "The Health Agency issued new rules on Monday . ¶ Staff at the agency said the rules were fair ."
    staff_at: list[FeatRow] = [
        ("Staff", "staff", "NOUN", 4, "nsubj", "Number=Sing"),
        ("at", "at", "ADP", 3, "case", ""),
        ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
        ("agency", "agency", "NOUN", 0, "nmod", "Number=Sing"),
    ]
    r = resolve([[AGENCY_RULES], [_said_by(staff_at)]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Health Agency", "organization")


def test_plural_spokesmen_of_a_named_body_are_the_body():
    # "Acme spokesmen said the rules were fair ." (lemma "spokesmen": no singular in the lexicons before)
    spokesmen: list[FeatRow] = [
        ("Acme", "Acme", "PROPN", 1, "compound", "Number=Sing"),
        ("spokesmen", "spokesmen", "NOUN", 2, "nsubj", "Number=Sing"),
    ]
    (q,) = resolve([[_said_by(spokesmen)]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Acme", "organization")


# The march was organised by Homes for All, a coalition of unions.
ORGANISED_BY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("march", "march", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("organised", "organised", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 5, "case", ""),
    ("Homes", "Home", "PROPN", 3, "obl:agent", "Number=Plur"),
    ("for", "for", "ADP", 7, "case", ""),
    ("All", "all", "DET", 3, "obl", "PronType=Tot"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("coalition", "coalition", "NOUN", 3, "parataxis", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("unions", "union", "NOUN", 10, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Organisers said about 20,000 people took part.
ORGANISERS_SAID: list[FeatRow] = [
    ("Organisers", "organiser", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADV", 3, "advmod", ""),
    ("20,000", "20000", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 5, "nsubj", "Number=Plur"),
    ("took", "take", "VERB", 1, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("part", "part", "NOUN", 5, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# Organisers from the Women's Rights Front said around 30,000 people had taken part.
ORGANISERS_FROM: list[FeatRow] = [
    ("Organisers", "organiser", "NOUN", 7, "nsubj", "Number=Plur"),
    ("from", "from", "ADP", 6, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Women", "woman", "PROPN", 6, "nmod:poss", "Number=Plur"),
    ("##'s", "'s", "PART", 3, "case", ""),
    ("Rights", "Right", "PROPN", 6, "compound", "Number=Plur"),
    ("Front", "Front", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("around", "around", "ADV", 9, "advmod", ""),
    ("30,000", "30000", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 12, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("taken", "take", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("part", "part", "NOUN", 12, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# "We will come back," Magdalena Sowa, one of the march's organisers, told the crowd.
ONE_OF_ORGANISERS: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("come", "come", "VERB", 17, "ccomp", "VerbForm=Inf"),
    ("back", "back", "ADV", 3, "advmod", ""),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 8, "punct", ""),
    ("Magdalena", "Magdalena", "PROPN", 8, "compound", "Number=Sing"),
    ("Sowa", "Sowa", "PROPN", 3, "vocative", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("one", "one", "NUM", 17, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 15, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("march", "march", "NOUN", 15, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 13, "case", ""),
    ("organisers", "organiser", "NOUN", 10, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("crowd", "crowd", "NOUN", 17, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]
# Race organizers confirmed Monday that a lead vehicle went wrong.
RACE_ORGANIZERS: list[FeatRow] = [
    ("Race", "Race", "NOUN", 1, "compound", "Number=Sing"),
    ("organizers", "organizer", "NOUN", 2, "nsubj", "Number=Plur"),
    ("confirmed", "confirm", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("Monday", "Monday", "PROPN", 2, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("lead", "lead", "NOUN", 7, "compound", "Number=Sing"),
    ("vehicle", "vehicle", "NOUN", 8, "nsubj", "Number=Sing"),
    ("went", "go", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wrong", "wrong", "ADJ", 8, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def _speaker(paragraphs: list) -> tuple[str | None, str, str]:
    s = resolve(paragraphs).quotes[-1].speaker
    assert s is not None
    return s.name, s.type, s.anonymity


def test_organisers_speak_for_the_body_that_organised_the_event():
    body = ("Homes for All", "organization", "organization")
    assert _speaker([[ORGANISED_BY], [ORGANISERS_SAID]]) == body
    # (named after them too; the event's capitalised word opening the sentence is no body)
    assert _speaker([[ORGANISERS_SAID], [ORGANISED_BY]]) == body
    assert _speaker([[RACE_ORGANIZERS], [ORGANISED_BY]]) == body
    assert _speaker([[ORGANISERS_FROM]]) == ("Women's Rights Front", "organization", "organization")


def test_organisers_with_no_body_named_stay_anonymous_and_a_named_one_of_them_is_herself():
    assert _speaker([[ORGANISERS_SAID]])[1:] == ("anonymous", "anonymous")
    assert _speaker([[ONE_OF_ORGANISERS]]) == ("Magdalena Sowa", "person", "named")


# The protest was called by the Nigeria Labour Congress and the Trade Union Congress.
CALLED_BY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("protest", "protest", "ADJ", 3, "nsubj:pass", "Degree=Sup"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("called", "call", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Nigeria", "Nigeria", "PROPN", 8, "compound", "Number=Sing"),
    ("Labour", "Labour", "PROPN", 8, "compound", "Number=Sing"),
    ("Congress", "Congress", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Trade", "Trade", "PROPN", 13, "compound", "Number=Sing"),
    ("Union", "Union", "PROPN", 13, "compound", "Number=Sing"),
    ("Congress", "Congress", "PROPN", 8, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# The protest continues on Wednesday, according to the organisers.
ACCORDING_ORGANISERS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("protest", "protest", "ADJ", 2, "nsubj", "Degree=Sup"),
    ("continues", "continue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("according", "accord", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("organisers", "organiser", "NOUN", 2, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_the_organisers_after_according_to_are_the_body_that_called_the_event():
    assert _speaker([[CALLED_BY], [ACCORDING_ORGANISERS]])[1:] == ("organization", "organization")
    assert _speaker([[CALLED_BY], [ACCORDING_ORGANISERS]])[0] == "Nigeria Labour Congress"


# An official with the state EPA who was not authorized to speak publicly about the ongoing testing said early air samples showed elevated levels of vinyl chloride.
EPA_OFFICIAL: list[FeatRow] = [
    ("An", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("official", "official", "NOUN", 17, "nsubj", "Number=Sing"),
    ("with", "with", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 1, "nmod", "Number=Sing"),
    ("EPA", "EPA", "PROPN", 1, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 9, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 9, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("authorized", "authorize", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 11, "mark", ""),
    ("speak", "speak", "VERB", 9, "xcomp", "VerbForm=Inf"),
    ("publicly", "publicly", "ADV", 11, "advmod", ""),
    ("about", "about", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("ongoing", "ongoing", "NOUN", 16, "compound", "Number=Sing"),
    ("testing", "testing", "NOUN", 17, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("early", "early", "ADJ", 20, "amod", "Degree=Pos"),
    ("air", "air", "NOUN", 20, "compound", "Number=Sing"),
    ("samples", "sample", "NOUN", 17, "obj", "Number=Plur"),
    ("showed", "show", "VERB", 20, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("elevated", "elevate", "VERB", 23, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("levels", "level", "NOUN", 21, "obj", "Number=Plur"),
    ("of", "of", "ADP", 26, "case", ""),
    ("vinyl", "vinyl", "ADJ", 26, "amod", "Degree=Pos"),
    ("chloride", "chloride", "NOUN", 23, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]
# A senior coalition official, speaking on condition of anonymity because he was not authorized to discuss internal deliberations, told The Times of Israel that there was no majority in the coalition.
COALITION_OFFICIAL: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 2, "amod", "Degree=Pos"),
    ("coalition", "coalition", "NOUN", 3, "nsubj", "Number=Sing"),
    ("official", "official", "ADJ", 20, "nsubj", "Degree=Pos"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("speaking", "speak", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 7, "case", ""),
    ("condition", "condition", "NOUN", 5, "obl", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("anonymity", "anonymity", "NOUN", 7, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 14, "mark", ""),
    ("he", "he", "PRON", 14, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 14, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("authorized", "authorize", "VERB", 20, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 16, "mark", ""),
    ("discuss", "discuss", "VERB", 14, "xcomp", "VerbForm=Inf"),
    ("internal", "internal", "ADJ", 18, "amod", "Degree=Pos"),
    ("deliberations", "deliberation", "NOUN", 16, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("Times", "Times", "PROPN", 20, "obj", "Number=Plur"),
    ("of", "of", "ADP", 24, "case", ""),
    ("Israel", "Israel", "PROPN", 22, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 27, "mark", ""),
    ("there", "there", "PRON", 27, "expl", ""),
    ("was", "be", "VERB", 20, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 29, "det", "PronType=Neg"),
    ("majority", "majority", "NOUN", 27, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 32, "case", ""),
    ("the", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
    ("coalition", "coalition", "NOUN", 29, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]


def test_an_official_of_a_named_body_with_a_stated_reason_is_an_anonymous_source():
    for rows in (EPA_OFFICIAL, COALITION_OFFICIAL):
        assert _speaker([[rows]])[1:] == ("anonymous", "anonymous-with-reason")


# Teesmoor Airport said it would close its runway for six weeks.
AIRPORT_NAMED: list[FeatRow] = [
    ("Teesmoor", "Teesmoor", "PROPN", 1, "compound", "Number=Sing"),
    ("Airport", "Airport", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("its", "its", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("runway", "runway", "NOUN", 5, "obj", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("six", "six", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("weeks", "week", "NOUN", 5, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The airport denied that any permanent staff would lose their jobs.
AIRPORT_DENIED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("airport", "airport", "NOUN", 2, "nsubj", "Number=Sing"),
    ("denied", "deny", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("any", "any", "DET", 6, "det", "PronType=Ind"),
    ("permanent", "permanent", "ADJ", 6, "amod", "Degree=Pos"),
    ("staff", "staff", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("lose", "lose", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("their", "their", "PRON", 10, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("jobs", "job", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# A spokesman said all employees would continue to be paid.
A_SPOKESMAN: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("all", "all", "DET", 4, "det", "PronType=Tot"),
    ("employees", "employee", "NOUN", 6, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("continue", "continue", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 9, "mark", ""),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("paid", "pay", "VERB", 6, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_bare_spokesman_after_the_bodys_definite_noun_speaks_for_the_named_body():
    assert _speaker([[AIRPORT_NAMED], [AIRPORT_DENIED, A_SPOKESMAN]]) == (
        "Teesmoor Airport",
        "organization",
        "organization",
    )


# The Register said the race was close.
REGISTER_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Register", "Register", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("race", "race", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("close", "close", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The Clinton campaign has a larger field operation than the Sanders team, the campaigns agree.
CAMPAIGNS_AGREE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Clinton", "Clinton", "PROPN", 2, "compound", "Number=Sing"),
    ("campaign", "campaign", "NOUN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("larger", "large", "ADJ", 7, "amod", "Degree=Cmp"),
    ("field", "field", "NOUN", 7, "compound", "Number=Sing"),
    ("operation", "operation", "NOUN", 3, "obj", "Number=Sing"),
    ("than", "than", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("Sanders", "Sanders", "PROPN", 11, "compound", "Number=Sing"),
    ("team", "team", "NOUN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("campaigns", "campaign", "NOUN", 15, "nsubj", "Number=Plur"),
    ("agree", "agree", "VERB", 3, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_plural_definite_noun_for_bodies_is_not_the_body_that_spoke_last():
    assert _speaker([[REGISTER_SAID], [CAMPAIGNS_AGREE]])[0] != "Register"
