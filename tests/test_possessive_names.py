"""A platform's former name set off after a fronted phrase ("In a post on X, formerly Twitter, Ms.
Raman said": fronted_subject.after_former_name) leaves the name after it the subject. A firm's
bare possessive apostrophe before a name ("Goldman Sachs' Jane Smith said", "According
to RBC Capital Markets' Kaan Peker, ..."): the person speaks, the firm is the role (syntax/pretags
tags the mark a possessive before the parse; phrase_repairs makes a noun "according to" marks the
clause's oblique, never a second subject). No model needed: each tree is the shape the shipped
parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Goldman Sachs ' Jane Smith said prices will rise .
GOLDMAN: list[FeatRow] = [
    ("Goldman", "Goldman", "PROPN", 1, "compound", "Number=Sing"),
    ("Sachs", "Sachs", "PROPN", 4, "nmod:poss", "Number=Plur"),
    ("'", "'s", "PART", 1, "case", ""),
    ("Jane", "Jane", "PROPN", 4, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("prices", "price", "NOUN", 8, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 8, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 5, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# According to RBC Capital Markets ' Kaan Peker , the bigger risk was China .
RBC: list[FeatRow] = [
    ("According", "accord", "VERB", 7, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 0, "fixed", ""),
    ("RBC", "RBC", "PROPN", 7, "compound", "Number=Sing"),
    ("Capital", "Capital", "PROPN", 4, "compound", "Number=Sing"),
    ("Markets", "Market", "PROPN", 7, "nmod:poss", "Number=Plur"),
    ("'", "'s", "PART", 4, "case", ""),
    ("Kaan", "Kaan", "PROPN", 7, "compound", "Number=Sing"),
    ("Peker", "Peker", "PROPN", 13, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("bigger", "big", "ADJ", 11, "amod", "Degree=Cmp"),
    ("risk", "risk", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("China", "China", "PROPN", -1, "root", "Number=Sing"),
    (".", ".", "PUNCT", 13, "punct", ""),
]


# In a post on X , formerly Twitter , Ms. Raman thanked departing staff and said the company would help them .
RAMAN: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("post", "post", "NOUN", 11, "obl", "Number=Sing"),
    ("on", "on", "ADP", 4, "case", ""),
    ("X", "X", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("formerly", "formerly", "ADV", 7, "advmod", ""),
    ("Twitter", "Twitter", "PROPN", 2, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Ms.", "Ms.", "PROPN", 10, "compound", "Number=Sing"),
    ("Raman", "Raman", "PROPN", 7, "appos", "Number=Sing"),
    ("thanked", "thank", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("departing", "depart", "VERB", 11, "xcomp", "VerbForm=Ger"),
    ("staff", "staff", "NOUN", 12, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("said", "say", "VERB", 11, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 19, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 19, "aux", "VerbForm=Fin"),
    ("help", "help", "VERB", 15, "ccomp", "VerbForm=Inf"),
    ("them", "they", "PRON", 19, "obj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# In a post on X , formerly Twitter , Mr. Lee said state troopers were on the ground .
LEE: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("post", "post", "NOUN", 11, "obl", "Number=Sing"),
    ("on", "on", "ADP", 4, "case", ""),
    ("X", "X", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("formerly", "formerly", "ADV", 7, "advmod", ""),
    ("Twitter", "Twitter", "PROPN", 2, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Mr.", "Mr.", "PROPN", 10, "compound", "Number=Sing"),
    ("Lee", "Lee", "PROPN", 7, "appos", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("state", "state", "NOUN", 13, "compound", "Number=Sing"),
    ("troopers", "trooper", "NOUN", 17, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 17, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("ground", "ground", "NOUN", 11, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 11, "punct", ""),
]


def _speakers(rows: list[FeatRow]) -> list[tuple[str, str | None, str | None, str | None]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    # (the hand-built text puts a space before every token: "Sachs '")
    return [
        (q.text, q.speaker.name, q.speaker.type, (q.speaker.role or "").replace(" '", "'"))
        for q in r.quotes
        if q.speaker is not None
    ]


def test_the_person_after_a_firms_bare_possessive_speaks():
    assert _speakers(GOLDMAN) == [("prices will rise", "Jane Smith", "person", "Goldman Sachs'")]


def test_according_to_marks_an_oblique_not_a_second_subject():
    assert _speakers(RBC) == [("the bigger risk was China", "Kaan Peker", "person", "RBC Capital Markets'")]


def test_the_name_after_a_platforms_former_name_is_the_subject():
    assert [s[1] for s in _speakers(RAMAN)] == ["Ms. Raman"]
    assert [s[1] for s in _speakers(LEE)] == ["Mr. Lee"]
