"""A role that tells what someone did is no post: "Lina Paradis backed the mayor. The mayor said"
is an unnamed mayor, not Paradis (sources/table.DEED_ROLES, read by unnamed._role_holder and
resolve's role holders); a post given as a title still is ("Mayor Ada Lund ... The mayor said").
No model needed: each tree is the shape the shipped parser produced for the sentence in the
comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Lina Paradis and Tom Bennett backed the mayor .
BACKED: list[FeatRow] = [
    ("Lina", "Lina", "PROPN", 1, "compound", "Number=Sing"),
    ("Paradis", "Paradis", "PROPN", 5, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Tom", "Tom", "PROPN", 1, "conj", "Number=Sing"),
    ("Bennett", "Bennett", "PROPN", 1, "conj", "Number=Sing"),
    ("backed", "back", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 5, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# The mayor said the plan would fail .
MAYOR_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 2, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Mayor Ada Lund opened the bridge .
TITLED: list[FeatRow] = [
    ("Mayor", "Mayor", "PROPN", 2, "compound", "Number=Sing"),
    ("Ada", "Ada", "PROPN", 2, "compound", "Number=Sing"),
    ("Lund", "Lund", "PROPN", 3, "nsubj", "Number=Sing"),
    ("opened", "open", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 3, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def _speaker(*sentences: list[FeatRow]) -> tuple[str | None, str | None]:
    r = resolve([[list(s) for s in sentences]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None
    return q.speaker.name, q.speaker.type


def test_the_mayor_is_not_someone_who_backed_the_mayor():
    assert _speaker(BACKED, MAYOR_SAID) == ("The mayor", "anonymous")


def test_the_mayor_is_the_person_named_with_that_title():
    assert _speaker(TITLED, MAYOR_SAID) == ("Ada Lund", "person")
