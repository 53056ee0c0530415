"""Names the article shows to be a body's, not a person's (session 45, from fresh articles): a
name of several words headed by a plural ("Delmont Coatings said it had complied") speaking of
"it" (statement_cues.it_speaks_of_itself: the plural guard is for a people, "many Latinos say it
..."); a name ending in a word only an outlet's name ends in ("Automotive News": outlet_name_ends);
a foreign paper's word ("Dagblad": outlet_words). The trees are the shipped parser's."""

from __future__ import annotations

import pytest
from parse_helpers import FeatRow
from source_helpers import resolve

# Delmont Coatings said it had complied with the rules.
COATINGS_SAID_IT: list[FeatRow] = [
    ("Delmont", "Delmont", "PROPN", 1, "compound", "Number=Sing"),
    ("Coatings", "Coating", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("complied", "comply", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("with", "with", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 5, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Automotive News reported that the plant would close.
AUTOMOTIVE_NEWS: list[FeatRow] = [
    ("Automotive", "Automotive", "ADJ", 1, "amod", "Degree=Pos"),
    ("News", "News", "PROPN", 2, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 7, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Het Financieele Dagblad reported that RideLoop had plans.
DAGBLAD: list[FeatRow] = [
    ("Het", "Het", "PROPN", 2, "compound", "Number=Sing"),
    ("Financieele", "Financieele", "PROPN", 2, "compound", "Number=Sing"),
    ("Dagblad", "Dagblad", "PROPN", 3, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("RideLoop", "RideLoop", "PROPN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("plans", "plan", "NOUN", 6, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


@pytest.mark.parametrize("rows", [COATINGS_SAID_IT, AUTOMOTIVE_NEWS, DAGBLAD])
def test_a_body_named_by_what_it_says_or_ends_in_is_an_organisation(rows: list[FeatRow]):
    r = resolve([[rows]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "organization")
