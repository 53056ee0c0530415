"""What "according to X" qualifies when the parse hangs the source noun's own modifier above it,
stops the content at a coordinated verb, or when the phrase names the channel of a named
speaker's quoted words (attribution/modifiers.source_modifier_as_head, extent._climbs,
from_patterns._valid_content). Hand-built trees of sentences written for these tests, in the
shapes the shipped parser gave them; no model needed."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
PART = "Tense=Past|VerbForm=Part"


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str, list[str]]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [(q.text, q.speaker.text if q.speaker else "", [q.via.name] if q.via else []) for q in r.quotes]


def test_an_adjective_after_the_source_that_the_parse_made_its_head():
    # Roe called the claims unfair , according to aides close to him .
    # as obl(close, aides) + advcl(called, close): the source never reached the clause
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("called", "call", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("claims", "claim", "NOUN", 1, "obj", "Number=Plur"),
        ("unfair", "unfair", "ADJ", 1, "xcomp", ""),
        (",", ",", "PUNCT", 9, "punct", ""),
        ("according", "accord", "VERB", 8, "case", "VerbForm=Part"),
        ("to", "to", "ADP", 6, "fixed", ""),
        ("aides", "aide", "NOUN", 9, "obl", "Number=Plur"),
        ("close", "close", "ADJ", 1, "advcl", ""),
        ("to", "to", "ADP", 11, "case", ""),
        ("him", "he", "PRON", 9, "obl", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    found = _quotes(rows)
    assert ("Roe called the claims unfair", "aides close to him", []) in found


def test_an_adverb_after_the_source_that_the_parse_made_its_sibling():
    # The firm paid the fine , according to officials close to the mayor .
    # as advmod(paid, close) + nmod(officials, mayor): "close" must not end up in the content
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("firm", "firm", "NOUN", 2, "nsubj", "Number=Sing"),
        ("paid", "pay", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 4, "det", ""),
        ("fine", "fine", "NOUN", 2, "obj", "Number=Sing"),
        (",", ",", "PUNCT", 8, "punct", ""),
        ("according", "accord", "VERB", 8, "case", "VerbForm=Part"),
        ("to", "to", "ADP", 8, "case", ""),
        ("officials", "official", "NOUN", 2, "obl", "Number=Plur"),
        ("close", "close", "ADV", 2, "advmod", ""),
        ("to", "to", "ADP", 12, "case", ""),
        ("the", "the", "DET", 12, "det", ""),
        ("mayor", "mayor", "NOUN", 8, "nmod", "Number=Sing"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    found = _quotes(rows)
    assert [(text, speaker) for text, speaker, _ in found] == [
        ("The firm paid the fine", "officials close to the mayor")
    ]


def test_a_closing_phrase_climbs_out_of_a_coordinated_verb():
    # Roe hired firms that sell data and train staff , according to sources .
    # with "sources" hung on "staff", the object of the relative clause's second conjunct
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("hired", "hire", "VERB", -1, "root", FIN),
        ("firms", "firm", "NOUN", 1, "obj", "Number=Plur"),
        ("that", "that", "PRON", 4, "nsubj", "PronType=Rel"),
        ("sell", "sell", "VERB", 2, "acl:relcl", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("data", "data", "NOUN", 4, "obj", "Number=Sing"),
        ("and", "and", "CCONJ", 7, "cc", ""),
        ("train", "train", "VERB", 4, "conj", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("staff", "staff", "NOUN", 7, "obj", "Number=Sing"),
        (",", ",", "PUNCT", 12, "punct", ""),
        ("according", "accord", "VERB", 12, "case", "VerbForm=Part"),
        ("to", "to", "ADP", 12, "case", ""),
        ("sources", "source", "NOUN", 8, "nmod", "Number=Plur"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    found = _quotes(rows)
    assert [(text, speaker) for text, speaker, _ in found] == [
        ("Roe hired firms that sell data and train staff", "sources")
    ]


# “ We are winning , ” Roe said , according to audio provided to The Times .
# (with the participle "provided" made the head of "audio", as the shipped parser read it)
CHANNEL: list[FeatRow] = [
    ("“", "“", "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("winning", "win", "VERB", 7, "ccomp", "VerbForm=Ger"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("”", "”", "PUNCT", 3, "punct", ""),
    ("Roe", "Roe", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", FIN),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("according", "accord", "VERB", 11, "case", "VerbForm=Part"),
    ("to", "to", "ADP", 9, "fixed", ""),
    ("audio", "audio", "NOUN", 12, "obl", "Number=Sing"),
    ("provided", "provide", "VERB", 7, "advcl", PART),
    ("to", "to", "ADP", 15, "case", ""),
    ("The", "the", "DET", 15, "det", ""),
    ("Times", "Times", "PROPN", 12, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


def test_a_phrase_after_a_named_speakers_quote_names_its_channel():
    found = _quotes(CHANNEL)
    assert len(found) == 1
    text, speaker, via = found[0]
    assert text.startswith("“ We are winning") and speaker == "Roe"
    assert via and "Times" in via[0]


def test_a_participle_with_nothing_after_it_stays_where_the_parse_put_it():
    # The firm paid , according to officials there .  ("there": no modifier of the source)
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("firm", "firm", "NOUN", 2, "nsubj", "Number=Sing"),
        ("paid", "pay", "VERB", -1, "root", FIN),
        (",", ",", "PUNCT", 6, "punct", ""),
        ("according", "accord", "VERB", 6, "case", "VerbForm=Part"),
        ("to", "to", "ADP", 6, "case", ""),
        ("officials", "official", "NOUN", 2, "obl", "Number=Plur"),
        ("there", "there", "ADV", 2, "advmod", ""),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    found = _quotes(rows)
    assert [(text, speaker) for text, speaker, _ in found] == [("The firm paid", "officials")]
