"""Session 31, seventh batch: outlets and titles in an entertainment story written for the purpose
(the trees the shipped parser gave it; no model needed). Entertainment outlets the gazetteer knows
("told Us Weekly", "in an interview with Vogue": rules/lexicons/outlets.yaml); "told the magazine"
after a magazine was named (sources/via.py); "the insider" after "a source close to the couple"
(sources/unnamed.py); a quoted title after "single" or "appeared on" is no quote
(attribution/spans.py); "The post said" after "In a blog post, Nimbic said" is the one who spoke
last, not the person named last (sources/unnamed.py)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# In an interview with Vogue , Navarro said she was happy .
VOGUE: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 7, "obl", "Number=Sing"),
    ("with", "with", "ADP", 4, "case", ""),
    ("Vogue", "Vogue", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Navarro", "Navarro", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 10, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("happy", "happy", "ADJ", 7, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# " I am free , " she told the magazine .
MAGAZINE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("I", "I", "PRON", 3, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("am", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("free", "free", "ADJ", 7, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("magazine", "magazine", "NOUN", 7, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# A source close to the couple told Us Weekly the pair had been unhappy for months .
SOURCE_CLOSE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 2, "nsubj", "Number=Sing"),
    ("close", "close", "ADJ", 6, "nsubj", "Degree=Pos"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("couple", "couple", "NOUN", 2, "obl", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Us", "We", "PROPN", 8, "compound", "Number=Sing"),
    ("Weekly", "Weekly", "PROPN", 6, "iobj", "Number=Sing"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("pair", "pair", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 13, "cop", "Tense=Past|VerbForm=Part"),
    ("unhappy", "unhappy", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("for", "for", "ADP", 15, "case", ""),
    ("months", "month", "NOUN", 13, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# " They barely saw each other this year , " the insider said .
INSIDER: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("They", "they", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("barely", "barely", "ADV", 3, "advmod", ""),
    ("saw", "see", "VERB", 12, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("each", "each", "DET", 3, "obj", "PronType=Tot"),
    ("other", "other", "ADJ", 7, "amod", "Degree=Pos"),
    ("this", "this", "DET", 7, "det", "Number=Sing|PronType=Dem"),
    ("year", "year", "NOUN", 3, "obl:unmarked", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("insider", "insider", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# On Sunday , Navarro posted a clip of her new single " Glass Hearts " on Instagram .
SINGLE: list[FeatRow] = [
    ("On", "on", "ADP", 1, "case", ""),
    ("Sunday", "Sunday", "PROPN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Navarro", "Navarro", "PROPN", 4, "nsubj", "Number=Sing"),
    ("posted", "post", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("clip", "clip", "NOUN", 4, "obj", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("her", "her", "PRON", 13, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("new", "new", "ADJ", 13, "amod", "Degree=Pos"),
    ("single", "single", "ADJ", 13, "amod", "Degree=Pos"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("Glass", "Glass", "PROPN", 13, "compound", "Number=Sing"),
    ("Hearts", "heart", "PROPN", 6, "nmod", "Number=Plur"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("on", "on", "ADP", 16, "case", ""),
    ("Instagram", "Instagram", "PROPN", 4, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Last month she appeared on " The Tonight Show , " telling Jimmy Fallon that she was " really , really happy . "
APPEARED_ON: list[FeatRow] = [
    ("Last", "last", "ADJ", 1, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 3, "obl:unmarked", "Number=Sing"),
    ("she", "she", "PRON", 3, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("appeared", "appear", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 8, "case", ""),
    ('"', '"', "PUNCT", 8, "punct", ""),
    ("The", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Tonight", "tonight", "PROPN", 8, "compound", "Number=Sing"),
    ("Show", "Show", "PROPN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ('"', '"', "PUNCT", 11, "punct", ""),
    ("telling", "tell", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("Jimmy", "Jimmy", "PROPN", 11, "obj", "Number=Sing"),
    ("Fallon", "Fallon", "PROPN", 11, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("she", "she", "PRON", 21, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 21, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 21, "punct", ""),
    ("really", "really", "ADV", 21, "advmod", ""),
    (",", ",", "PUNCT", 21, "punct", ""),
    ("really", "really", "ADV", 21, "advmod", ""),
    ("happy", "happy", "ADJ", 11, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
]

# Nimbic Inc. has paused the rollout of its assistant , the company confirmed Monday .
LEDE: list[FeatRow] = [
    ("Nimbic", "Nimbic", "PROPN", 1, "compound", "Number=Sing"),
    ("Inc.", "Inc.", "PROPN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("paused", "pause", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("rollout", "rollout", "NOUN", 3, "obj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("its", "its", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("assistant", "assistant", "NOUN", 5, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 12, "nsubj", "Number=Sing"),
    ("confirmed", "confirm", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Monday", "Monday", "PROPN", 12, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Marisol Fuentes , director of the Digital Rights Project , said the incident showed why audits matter .
FUENTES: list[FeatRow] = [
    ("Marisol", "Marisol", "PROPN", 1, "compound", "Number=Sing"),
    ("Fuentes", "Fuentes", "PROPN", 10, "nsubj", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("director", "director", "NOUN", 1, "conj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Digital", "digital", "ADJ", 8, "amod", "Degree=Pos"),
    ("Rights", "Right", "PROPN", 8, "compound", "Number=Plur"),
    ("Project", "Project", "PROPN", 3, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("incident", "incident", "NOUN", 13, "nsubj", "Number=Sing"),
    ("showed", "show", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("why", "why", "ADV", 16, "advmod", "PronType=Int"),
    ("audits", "audit", "NOUN", 16, "compound", "Number=Plur"),
    ("matter", "matter", "NOUN", 13, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# In a blog post late Monday , Nimbic said it had notified affected customers .
BLOG_POST: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("blog", "blog", "NOUN", 3, "compound", "Number=Sing"),
    ("post", "post", "NOUN", 8, "obl", "Number=Sing"),
    ("late", "late", "ADJ", 5, "amod", "Degree=Pos"),
    ("Monday", "Monday", "PROPN", 3, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("Nimbic", "Nimbic", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("notified", "notify", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("affected", "affect", "VERB", 13, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("customers", "customer", "NOUN", 11, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# The post said the feature would remain offline .
POST_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("post", "post", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("feature", "feature", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("remain", "remain", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("offline", "offline", "ADJ", 6, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_entertainment_outlets_and_the_magazine_named_before():
    quotes = resolve([[VOGUE, MAGAZINE]]).quotes
    assert [(q.speaker.name if q.speaker else None, q.via.name if q.via else None) for q in quotes] == [
        ("Navarro", "Vogue"),
        ("Navarro", "Vogue"),
    ]


def test_the_insider_is_the_source_close_to_the_couple():
    quotes = resolve([[SOURCE_CLOSE, INSIDER]]).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == ["A source close to the couple"] * 2
    assert quotes[0].via is not None and quotes[0].via.name == "Us Weekly"


def test_a_quoted_title_is_no_quote():
    assert resolve([[SINGLE]]).quotes == []
    assert [q.rule for q in resolve([[APPEARED_ON]]).quotes] == ["ccomp-cue"]


def test_the_post_is_the_statement_of_who_spoke_last():
    quotes = resolve([[LEDE], [FUENTES], [BLOG_POST, POST_SAID]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.text == "The post"
    assert quotes[-1].speaker.name == "Nimbic Inc."
