"""Channels named in a trailing cue, in the speaker's relative clause, with an accented name, and
an outlet that speaks in a statement of its own (no model needed): sources/via.py,
sources/outlets.py. Each tree is the shape the shipped parser produced for the sentence in the
comment (checked with ``provenance parse``)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

from provenance.sources.outlets import fold_accents


def _vias(rows: list[FeatRow]) -> list[str | None]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [q.via.name if q.via else None for q in r.quotes]


# The deal is close , league sources told ESPN on Thursday .
ESPN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 3, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("close", "close", "ADJ", -1, "root", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("league", "league", "ADJ", 6, "amod", "Degree=Pos"),
    ("sources", "source", "NOUN", 7, "nsubj", "Number=Plur"),
    ("told", "tell", "VERB", 3, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("ESPN", "ESPN", "PROPN", 7, "iobj", "Number=Sing"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Thursday", "Thursday", "PROPN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The officials , who spoke to Reuters on condition of anonymity because the talks were private , said the deal was close .
REUTERS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("officials", "official", "NOUN", 17, "nsubj", "Number=Plur"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 17, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 6, "case", ""),
    ("Reuters", "Reuters", "PROPN", 4, "obl", "Number=Plur"),
    ("on", "on", "ADP", 8, "case", ""),
    ("condition", "condition", "NOUN", 4, "obl", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("anonymity", "anonymity", "NOUN", 8, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 15, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 15, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("private", "private", "ADJ", 4, "advcl", "Degree=Pos"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 21, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 21, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("close", "close", "ADJ", 17, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 17, "punct", ""),
]


def test_the_outlet_told_in_a_trailing_cue_and_the_one_spoken_to_in_the_speakers_relative_clause():
    assert _vias(ESPN) == ["ESPN"]
    assert _vias(REUTERS) == ["Reuters"]


# Finance Minister Paschal Kelly said on RTÉ 's Morning Ireland that the budget would be balanced .
RTE: list[FeatRow] = [
    ("Finance", "Finance", "PROPN", 3, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Paschal", "Paschal", "PROPN", 3, "compound", "Number=Sing"),
    ("Kelly", "Kelly", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 9, "case", ""),
    ("RTÉ", "RTÉ", "PROPN", 9, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 6, "case", ""),
    ("Morning", "Morning", "PROPN", 9, "compound", "Number=Sing"),
    ("Ireland", "Ireland", "PROPN", 4, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 15, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 15, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 15, "aux:pass", "VerbForm=Inf"),
    ("balanced", "balance", "VERB", 9, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def test_an_accented_outlet_name_is_found_by_its_bare_letters():
    assert _vias(RTE) == ["RTE"]
    assert fold_accents("RTÉ and Le Télégramme") == "RTE and Le Telegramme"
    assert fold_accents("Zürich") == "Zurich" and fold_accents("Łódź") == "Łodz"  # (no bare form of "Ł")


# " ESPN is an inclusive company , " ESPN said in a statement .
STATEMENT: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("ESPN", "ESPN", "PROPN", 5, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("an", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("inclusive", "inclusive", "ADJ", 5, "amod", "Degree=Pos"),
    ("company", "company", "NOUN", 9, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("ESPN", "ESPN", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


def test_an_outlet_speaking_in_a_statement_of_its_own_is_no_channel():
    # (a company about its employee, not a newsroom reporting)
    r = resolve([[STATEMENT]])  # type: ignore[list-item]
    assert [(q.speaker.name if q.speaker else None, q.via) for q in r.quotes] == [("ESPN", None)]


# Asked on ABC Radio Melbourne whether the surplus was real , Mr Pallas said the surplus was real .
PALLAS: list[FeatRow] = [
    ("Asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 2, "case", ""),
    ("ABC", "ABC", "PROPN", 0, "obl", "Number=Sing"),
    ("Radio", "Radio", "PROPN", 0, "obl", "Number=Sing"),
    ("Melbourne", "Melbourne", "PROPN", 0, "obl", "Number=Sing"),
    ("whether", "whether", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("surplus", "surplus", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("real", "real", "ADJ", 13, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("Mr", "Mr.", "PROPN", 12, "compound", "Number=Sing"),
    ("Pallas", "Pallas", "PROPN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 0, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("surplus", "surplus", "NOUN", 17, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("real", "real", "ADJ", 13, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 0, "punct", ""),
]


def test_the_programme_a_question_was_asked_on_is_the_answers_channel():
    # (the parse rooted the sentence on "Asked" and made "said" its conjunct)
    assert _vias(PALLAS) == ["ABC News"]
