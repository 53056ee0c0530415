"""Verbs of praise and blame with an "as" phrase (rules/patterns/evaluate-as.yaml): "derided him
as a man ...", "hailed the deal as ..."; not an "as" clause of time or cause, nor "such as". The
trees are what the shipped parser produced for the sentences in the comments (no model needed)."""

from __future__ import annotations

from parse_helpers import FeatRow, attribute_sentence


def attribute(rows: list[FeatRow]) -> list[tuple[str, str, str | None]]:
    text, found = attribute_sentence(rows)
    return [(a.rule, text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found]


# A student group derided him as a man "who constantly speaks evil."
DERIDED: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("student", "student", "NOUN", 2, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 3, "nsubj", "Number=Sing"),
    ("derided", "deride", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("him", "he", "PRON", 3, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("as", "as", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("man", "man", "NOUN", 3, "obl", "Number=Sing"),
    ('"', '"', "PUNCT", 11, "punct", ""),
    ("who", "who", "PRON", 11, "nsubj", "PronType=Rel"),
    ("constantly", "constantly", "ADV", 11, "advmod", ""),
    ("speaks", "speak", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("evil", "evil", "ADJ", 11, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
]

# The council condemned the launch as Pyongyang fired three missiles.
CONDEMNED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 2, "nsubj", "Number=Sing"),
    ("condemned", "condemn", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("launch", "launch", "NOUN", 2, "obj", "Number=Sing"),
    ("as", "as", "SCONJ", 7, "mark", ""),
    ("Pyongyang", "Pyongyang", "PROPN", 7, "nsubj", "Number=Sing"),
    ("fired", "fire", "VERB", 2, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("three", "three", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("missiles", "missile", "NOUN", 7, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Trump has sharply criticized free trade deals such as the North American Free Trade Agreement and called for new tariffs.
SUCH_AS: list[FeatRow] = [
    ("Trump", "Trump", "PROPN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("sharply", "sharply", "ADV", 3, "advmod", ""),
    ("criticized", "criticize", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("free", "free", "ADJ", 6, "amod", "Degree=Pos"),
    ("trade", "trade", "NOUN", 6, "compound", "Number=Sing"),
    ("deals", "deal", "NOUN", 3, "obj", "Number=Plur"),
    ("such", "such", "ADJ", 14, "case", "ExtPos=ADP"),
    ("as", "as", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("North", "North", "PROPN", 14, "compound", "Number=Sing"),
    ("American", "American", "ADJ", 14, "amod", "Degree=Pos"),
    ("Free", "free", "ADJ", 14, "amod", "Degree=Pos"),
    ("Trade", "Trade", "PROPN", 14, "compound", "Number=Sing"),
    ("Agreement", "agreement", "PROPN", 6, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("called", "call", "VERB", 3, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 19, "case", ""),
    ("new", "new", "ADJ", 19, "amod", "Degree=Pos"),
    ("tariffs", "tariff", "NOUN", 16, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Mayor Tom Reilly hailed the deal as "a turning point for the city."
HAILED: list[FeatRow] = [
    ("Mayor", "Mayor", "PROPN", 2, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 2, "compound", "Number=Sing"),
    ("Reilly", "Reilly", "PROPN", 3, "nsubj", "Number=Sing"),
    ("hailed", "hail", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 3, "obj", "Number=Sing"),
    ("as", "as", "ADP", 10, "case", ""),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("turning", "turning", "NOUN", 10, "compound", "Number=Sing"),
    ("point", "point", "NOUN", 3, "obl", "Number=Sing"),
    ("for", "for", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 10, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
]


def test_what_a_verb_of_blame_or_praise_called_someone_is_the_content():
    assert attribute(DERIDED) == [("evaluate-as", 'him as a man " who constantly speaks evil . "', "group")]
    assert attribute(HAILED) == [("evaluate-as", 'the deal as " a turning point for the city . "', "Reilly")]


def test_an_as_clause_of_time_and_such_as_say_nothing():
    # (what was condemned is still the object's content: object-content, unchanged)
    assert attribute(CONDEMNED) == [("object-content", "the launch", "council")]
    assert [a[0] for a in attribute(SUCH_AS)] == ["call-for"]  # (what he called for, not the deals)
