"""A family named by "the" and the plural of a surname the article gives a person ("the
Clintons said") is several named people, not a party's members ("the Democrats said"), on the
trees the shipped parser gave these sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Hillary Clinton spoke on Monday .
SPOKE: list[FeatRow] = [
    ("Hillary", "Hillary", "PROPN", 1, "compound", "Number=Sing"),
    ("Clinton", "Clinton", "PROPN", 2, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Monday", "Monday", "PROPN", 2, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def plural_said(name: str, lemma: str) -> list[FeatRow]:
    """ "The <name> said the plan works ." with the name a plural proper noun."""
    return [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        (name, lemma, "PROPN", 2, "nsubj", "Number=Plur"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
        ("plan", "plan", "NOUN", 5, "nsubj", "Number=Sing"),
        ("works", "work", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]


# They added that they would leave .
THEY_ADDED: list[FeatRow] = [
    ("They", "they", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 5, "mark", ""),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("leave", "leave", "VERB", 1, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_the_plural_of_a_named_persons_surname_is_their_family():
    result = resolve([[SPOKE], [plural_said("Clintons", "Clinton"), THEY_ADDED]])
    first, then = result.quotes
    assert first.speaker is not None and then.speaker is not None
    assert (first.speaker.name, first.speaker.type, first.speaker.anonymity) == ("the Clintons", "person", "named")
    assert first.speaker.resolved_by == "family-name"
    # "They" goes on with the family, several people
    assert (then.speaker.name, then.speaker.type, then.speaker.resolved_by) == ("the Clintons", "person", "pronoun")
    family = next(e for e in result.entities if e.name == "the Clintons")
    assert family.number == "plural"


def test_a_plural_that_is_no_named_persons_surname_is_still_a_class_of_people():
    # "The Democrats said": nobody in the article is called Democrat
    result = resolve([[SPOKE], [plural_said("Democrats", "Democrat")]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("anonymous", "vague")
