"""Who a description is (session 48, from fresh articles; the trees are the shipped parser's for
these invented sentences):

* lower-case fields joined by "and" in an office's "of" phrase are the office's, so the name set
  off after them is its holder ("Alberta's minister of forestry and parks, Tom Delaney, said":
  sources/mention_words._field_of_office);
* "the academic" after "a senior academic ..." is that person (rules/lexicons/person_roles.yaml);
* a health system speaks as a body ("the health system said": rules/lexicons/organization_words.yaml).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Alberta's minister of forestry and parks, Tom Delaney, said the province had requested additional firefighters.
FORESTRY_AND_PARKS: list[FeatRow] = [
    ("Alberta", "Alberta", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("minister", "minister", "NOUN", 11, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("forestry", "forestry", "NOUN", 2, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("parks", "park", "NOUN", 4, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Tom", "Tom", "PROPN", 9, "compound", "Number=Sing"),
    ("Delaney", "Delaney", "PROPN", 4, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("province", "province", "NOUN", 15, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("requested", "request", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("additional", "additional", "ADJ", 17, "amod", "Degree=Pos"),
    ("firefighters", "firefighter", "NOUN", 15, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# A senior academic in the philosophy department, who asked not to be named, said the mood had soured.
SENIOR_ACADEMIC: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 2, "amod", "Degree=Pos"),
    ("academic", "academic", "NOUN", 15, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("philosophy", "philosophy", "NOUN", 6, "compound", "Number=Sing"),
    ("department", "department", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 13, "mark", ""),
    ("be", "be", "AUX", 13, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 9, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("mood", "mood", "NOUN", 19, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("soured", "soure", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The academic said several lecturers had stopped setting essay questions.
THE_ACADEMIC: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("academic", "academic", "ADJ", 2, "nsubj", "Degree=Pos"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("several", "several", "ADJ", 4, "amod", "Degree=Pos"),
    ("lecturers", "lecturer", "NOUN", 6, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("stopped", "stop", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("setting", "set", "VERB", 6, "xcomp", "VerbForm=Ger"),
    ("essay", "essay", "NOUN", 9, "compound", "Number=Sing"),
    ("questions", "question", "NOUN", 7, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# In a written statement, the health system said it was working around the clock.
HEALTH_SYSTEM: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("written", "write", "VERB", 3, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("statement", "statement", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("health", "health", "NOUN", 7, "compound", "Number=Sing"),
    ("system", "system", "NOUN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("working", "work", "VERB", 8, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("around", "around", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("clock", "clock", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


def test_a_name_after_an_office_with_two_lower_case_fields_holds_it():
    (q,) = resolve([[FORESTRY_AND_PARKS]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Tom Delaney", "person")
    assert q.speaker.role == "Alberta's minister of forestry and parks"


def test_the_academic_is_the_academic_described_before():
    quotes = resolve([[SENIOR_ACADEMIC, THE_ACADEMIC]]).quotes
    assert [q.speaker.entity for q in quotes if q.speaker] == [quotes[0].speaker.entity] * 2  # type: ignore[union-attr]
    assert quotes[1].speaker is not None and quotes[1].speaker.anonymity == "anonymous-with-reason"


def test_a_health_system_is_a_body():
    (q,) = resolve([[HEALTH_SYSTEM]]).quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "organization")
