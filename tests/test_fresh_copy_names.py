"""Speakers and roles fresh articles showed wrong (session 58; each tree is the shipped parser's
for the invented sentence in its comment):

* "Highlands and Islands MSP Fergus Ewing said ..." and "Rachel Hopkins, the Luton South and South
  Bedfordshire MP, said ...": a seat's name with "and" in it read as two speakers joined, so the
  place "Highlands" spoke, and the role was cut at "and" (new attribution/constituencies.py, with
  the ``constituency_titles`` lexicon; mention_words._joins_modifiers: an "and" between two
  modifiers of an apposition is inside it). Not when a person's name or a party is on either
  side of the "and" ("Mr Merriman and Hastings MP Sally-Ann Hart", "Jones and Labour MP Jane Pike").
* "At Paje, on the south-east coast of Unguja, Ms Mwanaisha Haji Khamis, 47, who has farmed seaweed
  for 22 years, said ...": the name a conjunct of the place and the "who" clause a complement of
  "said", so the quote had no speaker (stranded_names.name_read_as_conjunct_of_setting);
* "Cabinet member for finance and resources, Councillor Helen Marsh (Lib Dem, ...), said": the
  name a conjunct of the portfolio's fields, so "Cabinet member for finance" spoke unnamed
  (office_names.name_read_as_conjunct_of_place: fields joined by "and" before the name, a title
  opening it);
* "Data released last week by the Office of the Chief Government Statistician (OCGS) show that
  ...": "Data" the subject of "released" and "show" with none, so no report was found
  (stranded_names.participle_subjects), and the body's name cut at "of the"
  (documents.CAPITALISED_RUN);
* "The Dean of Canterbury, the Very Rev Dr Martin Ashby, said": the description spoke, as the
  comma that opens the apposition hung on "Dean" (mention_words._commas) and "the Very Rev" read
  as a description's article (name_runs._styled);
* "..., the cathedral has admitted": an unnamed person (``organization_words``: cathedral,
  church, abbey);
* "The Missouri Secretary of State's office said": "Secretary" the subject with "office" its "of"
  phrase, an unnamed person (office_names.office_of_title_holder).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Highlands and Islands MSP Fergus Ewing said the ferries were "a national disgrace".
SEAT: list[FeatRow] = [
    ("Highlands", "Highland", "PROPN", 6, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Islands", "Island", "PROPN", 0, "conj", "Number=Plur"),
    ("MSP", "MSP", "PROPN", 0, "conj", "Number=Sing"),
    ("Fergus", "Fergus", "PROPN", 0, "conj", "Number=Sing"),
    ("Ewing", "Ewing", "PROPN", 0, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("ferries", "ferry", "NOUN", 13, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 13, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("##a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("national", "national", "ADJ", 13, "amod", "Degree=Pos"),
    ("disgrace", "disgrace", "NOUN", 6, "ccomp", "Number=Sing"),
    ('##"', '"', "PUNCT", 13, "punct", ""),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Rachel Hopkins, the Luton South and South Bedfordshire MP, said the airport expansion "cannot go ahead in its current form".
APPOSED_SEAT: list[FeatRow] = [
    ("Rachel", "Rachel", "PROPN", 1, "compound", "Number=Sing"),
    ("Hopkins", "Hopkin", "PROPN", 11, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Luton", "Luton", "PROPN", 5, "compound", "Number=Sing"),
    ("South", "South", "PROPN", 0, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("South", "South", "PROPN", 5, "conj", "Number=Sing"),
    ("Bedfordshire", "Bedfordshire", "PROPN", 9, "compound", "Number=Sing"),
    ("MP", "MP", "PROPN", 5, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("airport", "airport", "NOUN", 14, "compound", "Number=Sing"),
    ("expansion", "expansion", "NOUN", 18, "nsubj", "Number=Sing"),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("##can", "can", "AUX", 18, "aux", "VerbForm=Fin"),
    ("##not", "not", "PART", 18, "advmod", "Polarity=Neg"),
    ("go", "go", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("ahead", "ahead", "ADV", 18, "advmod", ""),
    ("in", "in", "ADP", 23, "case", ""),
    ("its", "its", "PRON", 23, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("current", "current", "ADJ", 23, "amod", "Degree=Pos"),
    ("form", "form", "NOUN", 18, "obl", "Number=Sing"),
    ('##"', '"', "PUNCT", 18, "punct", ""),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Mr Merriman and Hastings MP Sally-Ann Hart said they would write to the minister.
TWO_MEMBERS: list[FeatRow] = [
    ("Mr", "Mr.", "PROPN", 1, "compound", "Number=Sing"),
    ("Merriman", "Merriman", "PROPN", 9, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Hastings", "Hasting", "PROPN", 1, "conj", "Number=Plur"),
    ("MP", "MP", "PROPN", 1, "flat", "Number=Sing"),
    ("Sally", "Sally", "PROPN", 1, "list", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##Ann", "Ann", "PROPN", 1, "list", "Number=Sing"),
    ("Hart", "Hart", "PROPN", 1, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 12, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("write", "write", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("to", "to", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Jones and Labour MP Jane Pike said the station would close.
PARTY: list[FeatRow] = [
    ("Jones", "Jones", "PROPN", 6, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Labour", "Labour", "PROPN", 0, "conj", "Number=Sing"),
    ("MP", "MP", "PROPN", 0, "conj", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 0, "flat", "Number=Sing"),
    ("Pike", "Pike", "PROPN", 0, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("station", "station", "NOUN", 10, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


# At Paje, on the south-east coast of Unguja, Ms Mwanaisha Haji Khamis, 47, who has farmed seaweed for 22 years, said her plots had been dying since December.
KHAMIS: list[FeatRow] = [
    ("At", "at", "ADP", 1, "case", ""),
    ("Paje", "Paje", "PROPN", 27, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("on", "on", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("south", "south", "NOUN", 7, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##east", "east", "ADJ", 8, "amod", "Degree=Pos"),
    ("coast", "coast", "NOUN", 27, "obl", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("Unguja", "Unguja", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("Ms", "Ms", "PROPN", 13, "compound", "Number=Sing"),
    ("Mwanaisha", "Mwanaisha", "PROPN", 10, "conj", "Number=Sing"),
    ("Haji", "Haji", "PROPN", 10, "conj", "Number=Sing"),
    ("Khamis", "Khamis", "PROPN", 10, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("47", "47", "NUM", 10, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("who", "who", "PRON", 21, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("farmed", "farm", "VERB", 27, "ccomp", "Tense=Past|VerbForm=Part"),
    ("seaweed", "seaweed", "NOUN", 21, "obj", "Number=Sing"),
    ("for", "for", "ADP", 25, "case", ""),
    ("22", "22", "NUM", 25, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 21, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 29, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("plots", "plot", "NOUN", 32, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 32, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 32, "aux", "Tense=Past|VerbForm=Part"),
    ("dying", "die", "VERB", 27, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("since", "since", "ADP", 34, "case", ""),
    ("December", "December", "PROPN", 32, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 27, "punct", ""),
]

# Cabinet member for finance and resources, Councillor Helen Marsh (Lib Dem, Kingsholm and Wotton), said the authority had been left with "no realistic alternative" after cuts.
MARSH: list[FeatRow] = [
    ("Cabinet", "cabinet", "NOUN", 1, "compound", "Number=Sing"),
    ("member", "member", "NOUN", 19, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("finance", "finance", "NOUN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("resources", "resource", "NOUN", 3, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Councillor", "Councillor", "PROPN", 9, "compound", "Number=Sing"),
    ("Helen", "Helen", "PROPN", 9, "compound", "Number=Sing"),
    ("Marsh", "Marsh", "PROPN", 3, "conj", "Number=Sing"),
    ("(", "(", "PUNCT", 12, "punct", ""),
    ("##Lib", "Lib", "PROPN", 12, "compound", "Number=Sing"),
    ("Dem", "Dem", "PROPN", 9, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("Kingsholm", "Kingsholm", "PROPN", 12, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("Wotton", "Wotton", "PROPN", 14, "conj", "Number=Sing"),
    ("##)", ")", "PUNCT", 12, "punct", ""),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 24, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 24, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("left", "leave", "VERB", 19, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 29, "case", ""),
    ('"', '"', "PUNCT", 29, "punct", ""),
    ("##no", "no", "DET", 29, "det", "PronType=Neg"),
    ("realistic", "realistic", "ADJ", 29, "amod", "Degree=Pos"),
    ("alternative", "alternative", "ADJ", 24, "obl", "Degree=Pos"),
    ('##"', '"', "PUNCT", 29, "punct", ""),
    ("after", "after", "ADP", 32, "case", ""),
    ("cuts", "cut", "NOUN", 24, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]

# Data released last week by the Office of the Chief Government Statistician (OCGS) show that the isles produced 8,460 tonnes of dried seaweed in 2023.
DATA: list[FeatRow] = [
    ("Data", "data", "PROPN", 1, "nsubj", "Number=Sing"),
    ("released", "release", "VERB", 15, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("last", "last", "ADJ", 3, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 1, "obj", "Number=Sing"),
    ("by", "by", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Office", "Office", "PROPN", 3, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("Chief", "Chief", "PROPN", 11, "compound", "Number=Sing"),
    ("Government", "Government", "PROPN", 11, "compound", "Number=Sing"),
    ("Statistician", "Statistician", "PROPN", 6, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 13, "punct", ""),
    ("##OCGS", "OCGS", "PROPN", 11, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 13, "punct", ""),
    ("show", "show", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("isles", "isle", "NOUN", 19, "nsubj", "Number=Plur"),
    ("produced", "produce", "VERB", 15, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("8,460", "8460", "NUM", 21, "nummod", "NumForm=Digit|NumType=Card"),
    ("tonnes", "tonne", "NOUN", 19, "obj", "Number=Plur"),
    ("of", "of", "ADP", 24, "case", ""),
    ("dried", "dry", "VERB", 24, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("seaweed", "seaweed", "NOUN", 21, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 26, "case", ""),
    ("2023", "2023", "NUM", 24, "nmod", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The Dean of Canterbury, the Very Rev Dr Martin Ashby, said the cathedral had raised £21 million.
DEAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Dean", "Dean", "PROPN", 12, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Canterbury", "Canterbury", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Very", "very", "ADV", 10, "advmod", ""),
    ("Rev", "Rev", "PROPN", 10, "compound", "Number=Sing"),
    ("Dr", "Dr", "PROPN", 10, "compound", "Number=Sing"),
    ("Martin", "Martin", "PROPN", 10, "compound", "Number=Sing"),
    ("Ashby", "Ashby", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("cathedral", "cathedral", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("raised", "raise", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("£", "£", "SYM", 16, "obj", ""),
    ("##21", "21", "NUM", 19, "compound", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 17, "nummod", "NumForm=Word|NumType=Card"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Scaffolding will remain on the tower for two more years, the cathedral has admitted.
CATHEDRAL: list[FeatRow] = [
    ("Scaffolding", "scaffolding", "NOUN", 2, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 2, "aux", "VerbForm=Fin"),
    ("remain", "remain", "VERB", -1, "root", "VerbForm=Inf"),
    ("on", "on", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("tower", "tower", "NOUN", 2, "obl", "Number=Sing"),
    ("for", "for", "ADP", 9, "case", ""),
    ("two", "two", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("more", "more", "ADJ", 9, "amod", "Degree=Cmp"),
    ("years", "year", "NOUN", 2, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("cathedral", "cathedral", "NOUN", 14, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("admitted", "admit", "VERB", 2, "parataxis", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Missouri Secretary of State's office said it would certify the new language.
STATE_OFFICE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Missouri", "Missouri", "ADJ", 2, "amod", "Degree=Pos"),
    ("Secretary", "Secretary", "PROPN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("State", "State", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("office", "office", "NOUN", 2, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 10, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("certify", "certify", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 13, "amod", "Degree=Pos"),
    ("language", "language", "NOUN", 10, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


def _said(*paragraphs: list[FeatRow]) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each quote as (text, speaker's entity name, type, role), the paragraphs one article."""
    r = resolve([[p] for p in paragraphs])
    names = {e.id: e.name for e in r.entities}
    return [
        (q.text, names.get(q.speaker.entity) if q.speaker else None, q.speaker.type if q.speaker else None,
         q.speaker.role if q.speaker else None)
        for q in r.quotes
    ]  # fmt: skip


def _speakers(*paragraphs: list[FeatRow]) -> list[list[str]]:
    """Each quote's speakers' names (all of a coordination)."""
    r = resolve([[p] for p in paragraphs])
    names = {e.id: e.name for e in r.entities}
    return [[names[e] for e in q.speaker.entities] if q.speaker else [] for q in r.quotes]


def test_a_seats_name_with_and_before_a_members_title_is_the_title_not_a_second_speaker():
    assert _said(SEAT) == [
        ('the ferries were "a national disgrace"', "Fergus Ewing", "person", "Highlands and Islands MSP")
    ]
    [(_, name, _, role)] = _said(APPOSED_SEAT)
    assert (name, role) == ("Rachel Hopkins", "Luton South and South Bedfordshire MP")


def test_a_person_or_a_party_beside_and_keeps_two_speakers():
    assert _speakers(TWO_MEMBERS) == [["Mr Merriman", "Sally-Ann Hart"]]
    assert _speakers(PARTY) == [["Jones", "Jane Pike"]]


def test_a_name_read_as_a_conjunct_of_a_fronted_place_is_the_speaker():
    [(_, name, typ, _)] = _said(KHAMIS)
    assert (name, typ) == ("Ms Mwanaisha Haji Khamis", "person")


def test_a_name_after_an_offices_fields_joined_by_and_is_the_holder():
    [(_, name, typ, role)] = _said(MARSH)
    assert (name, typ) == ("Helen Marsh", "person") and role.startswith("Cabinet member for finance and resources")


def test_a_source_read_as_a_participles_subject_speaks_with_its_maker():
    [(text, name, typ, _)] = _said(DATA)
    assert text.startswith("that the isles produced")
    assert (name, typ) == ("Office of the Chief Government Statistician", "organization")


def test_a_styled_name_in_apposition_to_a_post_is_the_speaker():
    [(_, name, typ, role)] = _said(DEAN)
    assert (name, typ) == ("Martin Ashby", "person") and role.startswith("Dean of Canterbury")


def test_a_cathedral_and_a_title_holders_office_are_bodies():
    assert [(n, t) for _, n, t, _ in _said(CATHEDRAL)] == [("the cathedral", "organization")]
    assert [(n, t) for _, n, t, _ in _said(STATE_OFFICE)] == [
        ("The Missouri Secretary of State's office", "organization")
    ]
