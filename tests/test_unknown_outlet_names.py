"""The name of an outlet no gazetteer knows, as its phrase gives it: the capitalised run after a
media noun ("told the Ukrainian broadcaster Suspilne", "the broadcaster RTL"), or the run with an
outlet word, without a time the parse put in the phrase ("told the Yorkshire Evening Post last
year") (sources/outlet_mentions.unknown_outlet_name); a name ending in an outlet's word that
reports ("According to Premium Times, ...") is the channel too, not a company that only says
something ("American Express said": via._reporting_outlet); a media noun with no article before
the name is the outlet's too ("told broadcaster TVN24", session 50).
No model needed: each tree is the shape the shipped parser produced for the sentence in the
comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Her mother , Natalia , told the Ukrainian broadcaster Suspilne that the family had watched the match .
SUSPILNE: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("mother", "mother", "NOUN", 5, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Natalia", "Natalia", "PROPN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Ukrainian", "ukrainian", "ADJ", 8, "amod", "Degree=Pos"),
    ("broadcaster", "broadcaster", "NOUN", 5, "iobj", "Number=Sing"),
    ("Suspilne", "Suspilne", "PROPN", 5, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 14, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("watched", "watch", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("match", "match", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Her mother , Natalia , told the broadcaster RTL that the family had watched the match .
RTL: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("mother", "mother", "NOUN", 5, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Natalia", "Natalia", "PROPN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("broadcaster", "broadcaster", "NOUN", 8, "compound", "Number=Sing"),
    ("RTL", "rtl", "NOUN", 5, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("watched", "watch", "VERB", 8, "acl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("match", "match", "NOUN", 13, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# " The plan is sound , " Jo Craig told the Yorkshire Evening Post last year .
YORKSHIRE: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("sound", "sound", "ADJ", 9, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Jo", "Jo", "PROPN", 8, "compound", "Number=Sing"),
    ("Craig", "Craig", "PROPN", 9, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("Yorkshire", "Yorkshire", "PROPN", 15, "compound", "Number=Sing"),
    ("Evening", "Evening", "PROPN", 15, "compound", "Number=Sing"),
    ("Post", "Post", "PROPN", 15, "compound", "Number=Sing"),
    ("last", "last", "ADJ", 15, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 9, "obl:unmarked", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]


# According to Premium Times , the refinery board is due to meet regulators again on Thursday .
PREMIUM: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("Premium", "Premium", "PROPN", 3, "compound", "Number=Sing"),
    ("Times", "Times", "PROPN", 9, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("refinery", "refinery", "ADJ", 7, "amod", "Degree=Pos"),
    ("board", "board", "NOUN", 9, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("due", "due", "ADJ", -1, "root", "Degree=Pos|ExtPos=ADP"),
    ("to", "to", "PART", 11, "mark", ""),
    ("meet", "meet", "VERB", 9, "xcomp", "VerbForm=Inf"),
    ("regulators", "regulator", "NOUN", 11, "obj", "Number=Plur"),
    ("again", "again", "ADV", 11, "advmod", "Degree=Pos"),
    ("on", "on", "ADP", 15, "case", ""),
    ("Thursday", "Thursday", "PROPN", 11, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# American Express said profits rose .
AMEX: list[FeatRow] = [
    ("American", "American", "ADJ", 1, "amod", "Degree=Pos"),
    ("Express", "Express", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("profits", "profit", "NOUN", 4, "nsubj", "Number=Plur"),
    ("rose", "rise", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def _via(rows: list[FeatRow]) -> str | None:
    [q] = resolve([[rows]]).quotes  # type: ignore[list-item]
    return q.via.name if q.via else None


def test_the_name_after_a_media_noun_is_the_outlet():
    assert _via(SUSPILNE) == "Suspilne"
    assert _via(RTL) == "RTL"


def test_an_outlets_name_without_the_time_the_parse_put_in_its_phrase():
    assert _via(YORKSHIRE) == "Yorkshire Evening Post"


def test_a_reporting_name_in_an_outlets_word_is_the_channel_and_a_saying_company_is_not():
    assert _via(PREMIUM) == "Premium Times"
    assert _via(AMEX) is None
    [q] = resolve([[AMEX]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and q.speaker.type == "organization"  # (known_organizations)


# Sowa later told broadcaster TVN24 that the group was planning a nationwide strike.
TOLD_BROADCASTER: list[FeatRow] = [
    ("Sowa", "sowa", "VERB", 2, "aux", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("later", "late", "ADV", 2, "advmod", "Degree=Cmp"),
    ("told", "tell", "VERB", -1, "root", "Tense=Past|VerbForm=Fin"),
    ("broadcaster", "broadcaster", "NOUN", 4, "compound", "Number=Sing"),
    ("TVN24", "tvn24", "NOUN", 2, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("planning", "plan", "VERB", 4, "acl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("nationwide", "nationwide", "ADJ", 12, "amod", "Degree=Pos"),
    ("strike", "strike", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_media_noun_without_an_article_before_the_name_names_the_outlet():
    assert _via(TOLD_BROADCASTER) == "TVN24"
