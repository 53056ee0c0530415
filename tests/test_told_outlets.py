"""What was told or said, read into the listener or a reason (session 51; attribution/listener_clauses,
that_clauses):

* "told Reuters prices would rise next year", "told the BBC staff were leaving" with the name a
  compound of the clause's bare subject: the quote took the outlet in ("Reuters prices would
  rise ...") and the outlet was no channel of it (_outlet_as_modifier);
* "told RNZ morale in the team was at rock bottom" with "morale" the object of "told" and the
  clause left with no subject: the quote was "was at rock bottom" (_outlet_before_subject);
* not a listener already there: "told Senate investigators the plan was sound" ("investigators"
  are the ones told, "Senate" theirs);
* "has told a Senate inquiry the price he receives from the major supermarkets has fallen" with
  "the price" an apposition of the listener and "has fallen" its relative clause with no subject
  (_report_read_as_apposition);
* "A source close to the team, who asked not to be named because of ongoing legal proceedings in
  Sweden, said Swedish police had ... opened" with "because" the mark of "opened": the report was a
  reason and not found (that_clauses.because_of_read_as_mark);
* a source's request of the outlet is a stated reason: "who asked that CBC not publish her name
  because staff need approval to speak to media, said" (rules/lexicons/anonymity_reasons.yaml).

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

# Queensland tomato grower Peter Nguyen has told a Senate inquiry the price he receives from the major supermarkets has fallen by almost a fifth in two years.
TOMATO_GROWER: list[FeatRow] = [
    ("Queensland", "queensland", "ADJ", 2, "amod", "Degree=Pos"),
    ("tomato", "tomato", "NOUN", 2, "compound", "Number=Sing"),
    ("grower", "grower", "NOUN", 4, "compound", "Number=Sing"),
    ("Peter", "Peter", "PROPN", 4, "compound", "Number=Sing"),
    ("Nguyen", "Nguyen", "PROPN", 6, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("told", "tell", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("Senate", "Senate", "PROPN", 9, "compound", "Number=Sing"),
    ("inquiry", "inquiry", "NOUN", 6, "obj", "Number=Sing"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("price", "price", "NOUN", 9, "appos", "Number=Sing"),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("receives", "receive", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("from", "from", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("major", "major", "ADJ", 17, "amod", "Degree=Pos"),
    ("supermarkets", "supermarket", "NOUN", 13, "obl", "Number=Plur"),
    ("has", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fallen", "fall", "VERB", 11, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("by", "by", "ADP", 23, "case", ""),
    ("almost", "almost", "ADV", 23, "advmod", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("fifth", "fifth", "NOUN", 19, "obl", "Number=Sing"),
    ("in", "in", "ADP", 26, "case", ""),
    ("two", "two", "NUM", 26, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 23, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# A source close to the team, who asked not to be named because of ongoing legal proceedings in Sweden, said Swedish police had also opened a fraud investigation into the betting accounts.
BECAUSE_OF: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 21, "nsubj", "Number=Sing"),
    ("close", "close", "ADJ", 21, "ccomp", "Degree=Pos"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 21, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 12, "mark", ""),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 26, "mark", ""),
    ("of", "of", "SCONJ", 15, "mark", ""),
    ("ongoing", "ongoing", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("legal", "legal", "ADJ", 17, "amod", "Degree=Pos"),
    ("proceedings", "proceedings", "NOUN", 15, "obj", "Number=Plur"),
    ("in", "in", "ADP", 19, "case", ""),
    ("Sweden", "Sweden", "PROPN", 17, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Swedish", "Swedish", "ADJ", 23, "amod", "Degree=Pos"),
    ("police", "police", "NOUN", 26, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("also", "also", "ADV", 26, "advmod", ""),
    ("opened", "open", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("fraud", "fraud", "ADJ", 29, "amod", "Degree=Pos"),
    ("investigation", "investigation", "NOUN", 26, "obj", "Number=Sing"),
    ("into", "into", "ADP", 33, "case", ""),
    ("the", "the", "DET", 33, "det", "Definite=Def|PronType=Art"),
    ("betting", "betting", "NOUN", 33, "compound", "Number=Sing"),
    ("accounts", "account", "NOUN", 29, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]

# A principal at one of the schools that remained open, who asked that CBC not publish her name because staff need approval to speak to media, said teachers had kept students inside all day.
PRINCIPAL: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("principal", "principal", "ADJ", 28, "nsubj", "Degree=Pos"),
    ("at", "at", "ADP", 3, "case", ""),
    ("one", "one", "NUM", 1, "nmod", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("schools", "school", "NOUN", 3, "nmod", "Number=Plur"),
    ("that", "that", "PRON", 8, "nsubj", "PronType=Rel"),
    ("remained", "remain", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("open", "open", "ADJ", 8, "xcomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("CBC", "CBC", "PROPN", 16, "nsubj", "Number=Sing"),
    ("not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("publish", "publish", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("her", "her", "PRON", 18, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("name", "name", "NOUN", 16, "obj", "Number=Sing"),
    ("because", "because", "SCONJ", 21, "mark", ""),
    ("staff", "staff", "NOUN", 21, "nsubj", "Number=Sing"),
    ("need", "need", "VERB", 16, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("approval", "approval", "NOUN", 21, "obj", "Number=Sing"),
    ("to", "to", "PART", 24, "mark", ""),
    ("speak", "speak", "VERB", 21, "xcomp", "VerbForm=Inf"),
    ("to", "to", "ADP", 26, "case", ""),
    ("media", "media", "NOUN", 24, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("teachers", "teacher", "NOUN", 31, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 31, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("kept", "keep", "VERB", 28, "ccomp", "Tense=Past|VerbForm=Part"),
    ("students", "student", "NOUN", 31, "obj", "Number=Plur"),
    ("inside", "inside", "ADP", 35, "case", ""),
    ("all", "all", "DET", 35, "det", "PronType=Tot"),
    ("day", "day", "NOUN", 31, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 28, "punct", ""),
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


def test_what_was_told_read_as_the_listeners_apposition_is_the_report():
    (q,) = resolve([[TOMATO_GROWER]]).quotes  # type: ignore[list-item]
    assert q.text.startswith("the price he receives") and q.speaker is not None
    assert q.speaker.name == "Peter Nguyen"


def test_because_of_is_no_mark_of_the_report():
    (q,) = resolve([[BECAUSE_OF]]).quotes  # type: ignore[list-item]
    assert q.text == "Swedish police had also opened a fraud investigation into the betting accounts"
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"


def test_a_request_that_the_outlet_not_publish_the_name_is_a_reason():
    (q,) = resolve([[PRINCIPAL]]).quotes  # type: ignore[list-item]
    assert q.text == "teachers had kept students inside all day"
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"
