"""An outlet told, read into the clause it was told (session 51; attribution/listener_clauses):

* "told Reuters prices would rise next year", "told the BBC staff were leaving" with the name a
  compound of the clause's bare subject: the quote took the outlet in ("Reuters prices would
  rise ...") and the outlet was no channel of it (_outlet_as_modifier);
* "told RNZ morale in the team was at rock bottom" with "morale" the object of "told" and the
  clause left with no subject: the quote was "was at rock bottom" (_outlet_before_subject);
* not a listener already there: "told Senate investigators the plan was sound" ("investigators"
  are the ones told, "Senate" theirs).

No model needed: each tree is the shape the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# A spokesman told Reuters prices would rise next year.
PRICES: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 4, "compound", "Number=Plur"),
    ("prices", "price", "NOUN", 6, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("next", "next", "ADJ", 8, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The officer told the BBC staff were leaving in large numbers.
STAFF: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("officer", "officer", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 5, "compound", "Number=Sing"),
    ("staff", "staff", "NOUN", 7, "nsubj", "Number=Sing"),
    ("were", "be", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("leaving", "leave", "VERB", 2, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("in", "in", "ADP", 10, "case", ""),
    ("large", "large", "ADJ", 10, "amod", "Degree=Pos"),
    ("numbers", "number", "NOUN", 7, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The officer told RNZ morale in the team was at rock bottom.
MORALE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("officer", "officer", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("RNZ", "RNZ", "PROPN", 4, "compound", "Number=Sing"),
    ("morale", "morale", "NOUN", 2, "obj", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 4, "nmod", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 11, "case", ""),
    ("rock", "rock", "NOUN", 11, "compound", "Number=Sing"),
    ("bottom", "bottom", "NOUN", 2, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The minister told Senate investigators the plan was sound.
SENATE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Senate", "Senate", "PROPN", 4, "compound", "Number=Sing"),
    ("investigators", "investigator", "NOUN", 2, "obj", "Number=Plur"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sound", "sound", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def _told(rows: list[FeatRow]) -> tuple[str, str | None]:
    (q,) = resolve([[rows]]).quotes  # type: ignore[list-item]
    return q.text, q.via.name if q.via is not None else None


def test_an_outlet_before_the_clauses_bare_subject_is_the_one_told():
    assert _told(PRICES) == ("prices would rise next year", "Reuters")
    assert _told(STAFF) == ("staff were leaving in large numbers", "BBC")


def test_an_outlet_before_the_object_of_tell_is_the_one_told_and_the_object_the_subject():
    assert _told(MORALE) == ("morale in the team was at rock bottom", "RNZ")


def test_a_listener_the_parse_found_stays():
    assert _told(SENATE) == ("the plan was sound", None)
