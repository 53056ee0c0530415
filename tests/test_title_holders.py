"""A description by a title's full word is the person the article gave that title, abbreviated or
not ("Gov. Bill Lee ... the governor said": ``title_abbreviations.yaml``, TableBase.role_words);
of several holders, the one whose title has the description's other words ("the Florida senator"
after "Texas Sen. Ted Cruz" and "Florida Sen. Marco Rubio"), and none when no holder's has them
(sources/descriptions.role_holder); a plural title before names joined by "and" is each one's
("Board members Luis Herrera and Anne Whitfield": candidates._shared_title). No model needed: each tree is the shape the shipped parser
produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Gov. Bill Lee declared a state of emergency .
LEE: list[FeatRow] = [
    ("Gov.", "Gov.", "PROPN", 2, "compound", "Number=Sing"),
    ("Bill", "Bill", "PROPN", 2, "compound", "Number=Sing"),
    ("Lee", "Lee", "PROPN", 3, "nsubj", "Number=Sing"),
    ("declared", "declare", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("state", "state", "NOUN", 3, "obj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("emergency", "emergency", "NOUN", 5, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The governor said the roads were closed .
GOVERNOR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("roads", "road", "NOUN", 6, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("closed", "close", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Texas Sen. Ted Cruz spoke on Monday , and Florida Sen. Marco Rubio spoke on Tuesday .
SENATORS: list[FeatRow] = [
    ("Texas", "Texas", "PROPN", 3, "compound", "Number=Sing"),
    ("Sen.", "Sen.", "PROPN", 3, "compound", "Number=Sing"),
    ("Ted", "Ted", "PROPN", 3, "compound", "Number=Sing"),
    ("Cruz", "Cruz", "PROPN", 4, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Monday", "Monday", "PROPN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("Florida", "Florida", "PROPN", 12, "compound", "Number=Sing"),
    ("Sen.", "Sen.", "PROPN", 12, "compound", "Number=Sing"),
    ("Marco", "Marco", "PROPN", 12, "compound", "Number=Sing"),
    ("Rubio", "Rubio", "PROPN", 13, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 15, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 13, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Sen. Ted Cruz spoke on Monday , and Sen. Marco Rubio spoke on Tuesday .
BARE_SENATORS: list[FeatRow] = [
    ("Sen.", "Sen.", "PROPN", 2, "compound", "Number=Sing"),
    ("Ted", "Ted", "PROPN", 2, "compound", "Number=Sing"),
    ("Cruz", "Cruz", "PROPN", 3, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Monday", "Monday", "PROPN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("Sen.", "Sen.", "PROPN", 10, "compound", "Number=Sing"),
    ("Marco", "Marco", "PROPN", 10, "compound", "Number=Sing"),
    ("Rubio", "Rubio", "PROPN", 11, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 13, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 11, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The Florida senator said the plan was weak .
FLORIDA: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Florida", "Florida", "PROPN", 2, "compound", "Number=Sing"),
    ("senator", "senator", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("weak", "weak", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Board members Luis Herrera and Anne Whitfield voted against the plan .
BOARD: list[FeatRow] = [
    ("Board", "Board", "PROPN", 1, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 3, "compound", "Number=Plur"),
    ("Luis", "Luis", "PROPN", 3, "compound", "Number=Sing"),
    ("Herrera", "Herrera", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Anne", "Anne", "PROPN", 6, "compound", "Number=Sing"),
    ("Whitfield", "Whitfield", "PROPN", 3, "conj", "Number=Sing"),
    ("voted", "vote", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Whitfield said the district rushed the decision .
WHITFIELD: list[FeatRow] = [
    ("Whitfield", "Whitfield", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("district", "district", "NOUN", 4, "nsubj", "Number=Sing"),
    ("rushed", "rush", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 4, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def _speaker(*sentences: list[FeatRow]) -> tuple[str | None, str | None]:
    r = resolve([[list(s) for s in sentences]])  # type: ignore[list-item]
    q = r.quotes[-1]
    assert q.speaker is not None
    return q.speaker.name, q.speaker.type


def test_the_governor_is_the_person_titled_gov():
    assert _speaker(LEE, GOVERNOR) == ("Bill Lee", "person")


def test_of_two_senators_the_one_whose_title_names_the_state():
    assert _speaker(SENATORS, FLORIDA) == ("Marco Rubio", "person")


def test_of_two_senators_neither_when_no_title_names_the_state():
    assert _speaker(BARE_SENATORS, FLORIDA) == ("The Florida senator", "anonymous")


def test_a_plural_title_before_two_names_is_the_second_ones_too():
    r = resolve([[BOARD, WHITFIELD]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Anne Whitfield", "Board members")
