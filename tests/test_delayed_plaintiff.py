"""A described speaker whom the next sentence names (delayed identification, sources/delayed.py;
session 45, from a fresh article): a plaintiff is a role (``person_roles``), and the parse's
"conjunct" with no "and" after a comma ("The lead plaintiff, a 31-year-old community organizer,")
is an apposition, not a second person that would leave the next name's referent open. The trees
are the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The lead plaintiff, a 31-year-old community organizer, said he had cried.
LEAD_PLAINTIFF: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("lead", "lead", "NOUN", 2, "compound", "Number=Sing"),
    ("plaintiff", "plaintiff", "NOUN", 13, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("31", "31", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##year", "year", "NOUN", 9, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 7, "punct", ""),
    ("##old", "old", "ADJ", 11, "amod", "Degree=Pos"),
    ("community", "community", "NOUN", 11, "compound", "Number=Sing"),
    ("organizer", "organizer", "NOUN", 2, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 16, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cried", "cry", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# Marcus Bell told The Columbus Dispatch that he planned to be back on Monday.
BELL_TOLD: list[FeatRow] = [
    ("Marcus", "Marcus", "PROPN", 1, "compound", "Number=Sing"),
    ("Bell", "Bell", "PROPN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Columbus", "Columbus", "PROPN", 5, "compound", "Number=Sing"),
    ("Dispatch", "dispatch", "PROPN", 2, "iobj", "Number=Sing"),
    ("that", "that", "PRON", 8, "obj", "PronType=Rel"),
    ("he", "he", "PRON", 8, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("planned", "plan", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 11, "mark", ""),
    ("be", "be", "AUX", 11, "cop", "VerbForm=Inf"),
    ("back", "back", "ADV", 8, "xcomp", ""),
    ("on", "on", "ADP", 13, "case", ""),
    ("Monday", "Monday", "PROPN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_lead_plaintiff_described_by_an_apposition_is_the_person_named_next():
    r = resolve([[LEAD_PLAINTIFF, BELL_TOLD]])  # type: ignore[list-item]
    first = next(q for q in r.quotes if q.text == "he had cried")
    assert first.speaker is not None
    assert (first.speaker.name, first.speaker.type, first.speaker.anonymity) == ("Marcus Bell", "person", "named")
