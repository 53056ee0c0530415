"""Secondary sourcing over a Q&A piece and after a named interview (sources/carry.py,
sources/channels.py, attribution/headlines.py; session 65): a Q&A's introduction that names the
outlet the interviewee spoke to gives every answer that channel, an outlet no gazetteer knows
included; a headline quotation "a conversation with" someone is that person's; a quote whose verb
names its own occasion ("said at a briefing", "told reporters") does not continue the interview
named before it, nor, in a live blog, the channel its entry names ("Roe later wrote on
Facebook"). The trees are the ones the shipped parser gave these sentences; no model needed."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve
from test_interviews import A_ONE, A_ONE_1, A_TWO, A_TWO_1, HEADLINE, INTRO, Q_ONE, Q_TWO

# Jane Roe spoke to the Harbour City Ledger about her plans.
LEDGER: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Harbour", "Harbour", "PROPN", 7, "compound", "Number=Sing"),
    ("City", "City", "PROPN", 7, "compound", "Number=Sing"),
    ("Ledger", "Ledger", "PROPN", 2, "obl", "Number=Sing"),
    ("about", "about", "ADP", 10, "case", ""),
    ("her", "her", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("plans", "plan", "NOUN", 2, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# In an interview with Politico, she talked about the library.
POLITICO: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 7, "obl", "Number=Sing"),
    ("with", "with", "ADP", 4, "case", ""),
    ("Politico", "Politico", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("talked", "talk", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("library", "library", "NOUN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# The library's spokesman, Tom Hale, told Reuters that the roof had failed.
TOLD: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("library", "library", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 1, "case", ""),
    ("spokesman", "spokesman", "NOUN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Tom", "Tom", "PROPN", 6, "compound", "Number=Sing"),
    ("Hale", "Hale", "PROPN", 3, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 8, "iobj", "Number=Plur"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("roof", "roof", "NOUN", 14, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# "We will reopen by May," Hale said at a briefing on Sunday.
BRIEFING: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("reopen", "reopen", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Inf"),
    ("by", "by", "ADP", 5, "case", ""),
    ("May", "May", "PROPN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("Hale", "Hale", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("briefing", "briefing", "NOUN", 9, "obl", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Sunday", "Sunday", "PROPN", 12, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# "We will reopen by May," Hale said on Sunday.
SUNDAY: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("reopen", "reopen", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Inf"),
    ("by", "by", "ADP", 5, "case", ""),
    ("May", "May", "PROPN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("Hale", "Hale", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Sunday", "Sunday", "PROPN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# "We will reopen by May," Hale told reporters.
REPORTERS: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("reopen", "reopen", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Inf"),
    ("by", "by", "ADP", 5, "case", ""),
    ("May", "May", "PROPN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("Hale", "Hale", "PROPN", 9, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 9, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# "We came for the warmth": a conversation with librarian Jane Roe
QHEAD: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("came", "come", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("warmth", "warmth", "NOUN", 2, "obl", "Number=Sing"),
    ('"', '"', "PUNCT", 2, "punct", ""),
    (":", ":", "PUNCT", 9, "punct", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("conversation", "conversation", "NOUN", 2, "parataxis", "Number=Sing"),
    ("with", "with", "ADP", 13, "case", ""),
    ("librarian", "librarian", "ADJ", 13, "amod", "Degree=Pos"),
    ("Jane", "Jane", "PROPN", 13, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 9, "nmod", "Number=Sing"),
]


def _answers(intro: list[FeatRow]) -> list[tuple[str | None, str | None]]:
    r = resolve([[HEADLINE], [INTRO, intro], [Q_ONE], [A_ONE, A_ONE_1], [Q_TWO], [A_TWO, A_TWO_1]])
    return [
        (q.speaker.name if q.speaker else None, q.via.name if q.via else None)
        for q in r.quotes
        if q.rule == "qa-answer"
    ]


def test_every_answer_comes_through_the_outlet_the_introduction_names():
    assert _answers(LEDGER) == [("Jane Roe", "Harbour City Ledger")] * 2
    assert _answers(POLITICO) == [("Jane Roe", "Politico")] * 2


def test_guard_no_outlet_named_no_channel_for_the_answers():
    r = resolve([[HEADLINE], [INTRO], [Q_ONE], [A_ONE, A_ONE_1], [Q_TWO], [A_TWO, A_TWO_1]])
    assert [q.via for q in r.quotes if q.rule == "qa-answer"] == [None, None]


def test_a_headline_quotation_a_conversation_with_someone_is_theirs():
    r = resolve([[QHEAD], [INTRO], [Q_ONE], [A_ONE, A_ONE_1], [Q_TWO], [A_TWO, A_TWO_1]])
    head = r.quotes[0]
    assert (head.text, head.rule, head.speaker.name if head.speaker else None) == (
        '" We came for the warmth "',
        "headline-interview",
        "Jane Roe",
    )


def _vias(second: list[FeatRow]) -> list[str | None]:
    r = resolve([[TOLD], [second]])
    return [q.via.name if q.via else None for q in r.quotes]


def test_a_quote_said_at_a_briefing_or_to_reporters_does_not_continue_the_interview():
    assert _vias(BRIEFING) == ["Reuters", None]
    assert _vias(REPORTERS) == ["Reuters", None]


def test_guard_a_quote_with_no_occasion_of_its_own_continues_it():
    assert _vias(SUNDAY) == ["Reuters", "Reuters"]


# ___
SEP: list[FeatRow] = [
    ("___", "___", "PUNCT", -1, "root", ""),
]

# In an interview with MSNBC, Jane Roe said the race was close.
MSNBC: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 8, "obl", "Number=Sing"),
    ("with", "with", "ADP", 4, "case", ""),
    ("MSNBC", "MSNBC", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Jane", "Jane", "PROPN", 7, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("race", "race", "NOUN", 12, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("close", "close", "ADJ", 8, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Roe later wrote on Facebook that she was grateful to her volunteers.
FACEBOOK: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("later", "late", "ADV", 2, "advmod", "Degree=Cmp"),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Facebook", "Facebook", "PROPN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("she", "she", "PRON", 8, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("grateful", "grateful", "ADJ", 2, "advcl", "Degree=Pos"),
    ("to", "to", "ADP", 11, "case", ""),
    ("her", "her", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("volunteers", "volunteer", "NOUN", 8, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Roe also said that turnout was high.
ADDED: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("also", "also", "ADV", 2, "advmod", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("turnout", "turnout", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("high", "high", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def _entry(*sentences: list[FeatRow]) -> list[str | None]:
    r = resolve([[SEP], [MSNBC], *[[s] for s in sentences], [SEP], [SEP]])
    return [q.via.name if q.via else None for q in r.quotes]


def test_a_live_blog_entrys_channel_is_not_given_to_a_post_on_a_social_platform():
    assert _entry(FACEBOOK) == ["MSNBC", None]


def test_guard_the_entrys_other_statements_take_its_channel():
    assert _entry(ADDED) == ["MSNBC", "MSNBC"]
