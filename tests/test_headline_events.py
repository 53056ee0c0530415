"""Session 32, fourth batch: headlines written for the purpose (the trees the shipped parser gave
them; no model needed). A storm's name speaks no word (rules/lexicons/storm_words.yaml,
guards.storm_name); a closing cue with its own open complement, or with "as" hung on its subject,
is an event of its own (rules/patterns/trailing-cue.yaml); a noun opened by "as" right before a
finite verb is that verb's subject (source_phrases.as_clause_read_into_subject). And a wire
lede's closing cue before a contrast ("..., sources said, although talks ...") reports the clause
before it only (interrupted.cue_before_contrast, extent._after_contrast)."""

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


# United 's improved bid was turned down on Monday , sources close to the player said , although talks between the clubs are expected to continue this week .
BID_ALTHOUGH: list[FeatRow] = [
    ("United", "Unite", "VERB", 3, "nmod:poss", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("'s", "'s", "PART", 0, "case", ""),
    ("improved", "improve", "VERB", 3, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("bid", "bid", "NOUN", 5, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("turned", "turn", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("down", "down", "ADP", 5, "compound:prt", ""),
    ("on", "on", "ADP", 8, "case", ""),
    ("Monday", "Monday", "PROPN", 5, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("sources", "source", "NOUN", 11, "nsubj", "Number=Plur"),
    ("close", "close", "ADJ", 15, "advmod", "Degree=Pos"),
    ("to", "to", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("player", "player", "NOUN", 15, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 5, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 23, "punct", ""),
    ("although", "although", "SCONJ", 23, "mark", ""),
    ("talks", "talk", "NOUN", 23, "nsubj:pass", "Number=Plur"),
    ("between", "between", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("clubs", "club", "NOUN", 18, "nmod", "Number=Plur"),
    ("are", "be", "AUX", 23, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("expected", "expect", "VERB", 5, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 25, "mark", ""),
    ("continue", "continue", "VERB", 23, "xcomp", "VerbForm=Inf"),
    ("this", "this", "DET", 27, "det", "Number=Sing|PronType=Dem"),
    ("week", "week", "NOUN", 25, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Qatari mediators are preparing a new round of talks , diplomats said on Sunday , even as Iran and Saudi Arabia exchanged sharp words .
TALKS_EVEN_AS: list[FeatRow] = [
    ("Qatari", "qatari", "ADJ", 1, "amod", "Degree=Pos"),
    ("mediators", "mediator", "NOUN", 3, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("preparing", "prepare", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 6, "amod", "Degree=Pos"),
    ("round", "round", "NOUN", 3, "obj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("talks", "talk", "NOUN", 6, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("diplomats", "diplomat", "NOUN", 11, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 13, "case", ""),
    ("Sunday", "Sunday", "PROPN", 11, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 21, "punct", ""),
    ("even", "even", "ADV", 21, "advmod", ""),
    ("as", "as", "ADP", 17, "case", ""),
    ("Iran", "Iran", "PROPN", 21, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 20, "cc", ""),
    ("Saudi", "Saudi", "ADJ", 20, "amod", "Degree=Pos"),
    ("Arabia", "Arabia", "PROPN", 17, "conj", "Number=Sing"),
    ("exchanged", "exchange", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sharp", "sharp", "ADJ", 23, "amod", "Degree=Pos"),
    ("words", "word", "NOUN", 21, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_storm_reports_nothing():
    assert resolve([[STORM]]).quotes == []


def test_an_event_after_as_is_no_closing_cue():
    assert [q.rule for q in resolve([[OBSERVERS_URGE]]).quotes] == ["object-content"]


def test_the_noun_after_as_is_the_next_verbs_subject():
    (q,) = resolve([[GREENS_THREATEN]]).quotes
    assert q.text == "to block budget deal" and q.speaker is not None and q.speaker.text == "Greens"


def test_a_ledes_cue_before_a_contrast_reports_the_clause_before_it():
    (q,) = resolve([[BID_ALTHOUGH]]).quotes
    assert q.text == "United 's improved bid was turned down on Monday" and q.rule == "parataxis-cue"
    assert q.speaker is not None and q.speaker.text == "sources close to the player"
    (q,) = resolve([[TALKS_EVEN_AS]]).quotes
    assert q.text == "Qatari mediators are preparing a new round of talks"
