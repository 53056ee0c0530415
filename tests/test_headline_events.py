"""Session 32, fourth batch: headlines written for the purpose (the trees the shipped parser gave
them; no model needed). A storm's name speaks no word (rules/lexicons/storm_words.yaml,
guards.storm_name); a closing cue with its own open complement, or with "as" hung on its subject,
is an event of its own (rules/patterns/trailing-cue.yaml); a noun opened by "as" right before a
finite verb is that verb's subject (phrase_repairs._as_clause_read_into_subject)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Hurricane Delia slams Gulf Coast as thousands flee
STORM: list[FeatRow] = [
    ("Hurricane", "Hurricane", "PROPN", 1, "compound", "Number=Sing"),
    ("Delia", "Delia", "PROPN", 2, "nsubj", "Number=Sing"),
    ("slams", "slam", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Gulf", "Gulf", "PROPN", 4, "compound", "Number=Sing"),
    ("Coast", "Coast", "PROPN", 2, "obj", "Number=Sing"),
    ("as", "as", "ADP", 6, "case", ""),
    ("thousands", "thousand", "NOUN", 7, "nsubj", "Number=Plur"),
    ("flee", "flee", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
]

# Kenya 's opposition rejects presidential results as observers urge calm
OBSERVERS_URGE: list[FeatRow] = [
    ("Kenya", "Kenya", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 0, "case", ""),
    ("opposition", "opposition", "NOUN", 3, "nsubj", "Number=Sing"),
    ("rejects", "reject", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("presidential", "presidential", "ADJ", 5, "amod", "Degree=Pos"),
    ("results", "result", "NOUN", 3, "obj", "Number=Plur"),
    ("as", "as", "ADP", 7, "case", ""),
    ("observers", "observer", "NOUN", 8, "nsubj", "Number=Plur"),
    ("urge", "urge", "VERB", 3, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("calm", "calm", "ADJ", 8, "xcomp", "Degree=Pos"),
]

# Scholz coalition strained as Greens threaten to block budget deal
GREENS_THREATEN: list[FeatRow] = [
    ("Scholz", "Scholz", "PROPN", 1, "compound", "Number=Sing"),
    ("coalition", "coalition", "NOUN", 5, "nsubj", "Number=Sing"),
    ("strained", "strain", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "ADP", 4, "case", ""),
    ("Greens", "Greens", "PROPN", 2, "obl:agent", "Number=Plur"),
    ("threaten", "threaten", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 7, "mark", ""),
    ("block", "block", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("budget", "budget", "NOUN", 9, "compound", "Number=Sing"),
    ("deal", "deal", "NOUN", 7, "obj", "Number=Sing"),
]


def test_a_storm_reports_nothing():
    assert resolve([[STORM]]).quotes == []


def test_an_event_after_as_is_no_closing_cue():
    assert [q.rule for q in resolve([[OBSERVERS_URGE]]).quotes] == ["object-content"]


def test_the_noun_after_as_is_the_next_verbs_subject():
    (q,) = resolve([[GREENS_THREATEN]]).quotes
    assert q.text == "to block budget deal" and q.speaker is not None and q.speaker.text == "Greens"
