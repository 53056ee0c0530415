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


def test_according_to_after_a_clause_the_parse_coordinated_with_another_report():
    # Jane Doe , the former head of the agency , also met with Mr. Smith that day , as the Globe
    # reported on Tuesday , and she will be part of the talks with the unions and other groups ,
    # according to two people briefed on the plan .
    # as the parser read a longer sentence of this shape: "part" a conjunct of "reported", the
    # source under "groups". The closing phrase covers the clause coordinated with the other
    # report, not the report (nor nothing, as before).
    rows: list[FeatRow] = [
        ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
        ("Doe", "Doe", "PROPN", 11, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 1, "punct", ""),
        ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
        ("former", "former", "ADJ", 5, "amod", "Degree=Pos"),
        ("head", "head", "NOUN", 11, "nsubj", "Number=Sing"),
        ("of", "of", "ADP", 8, "case", ""),
        ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
        ("agency", "agency", "NOUN", 5, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 5, "punct", ""),
        ("also", "also", "ADV", 11, "advmod", ""),
        ("met", "meet", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("with", "with", "ADP", 14, "case", ""),
        ("Mr.", "Mr.", "PROPN", 14, "compound", "Number=Sing"),
        ("Smith", "Smith", "PROPN", 11, "obl", "Number=Sing"),
        ("that", "that", "DET", 16, "det", "Number=Sing|PronType=Dem"),
        ("day", "day", "NOUN", 11, "obl:unmarked", "Number=Sing"),
        (",", ",", "PUNCT", 21, "punct", ""),
        ("as", "as", "ADP", 21, "mark", ""),
        ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
        ("Globe", "Globe", "PROPN", 21, "nsubj", "Number=Sing"),
        ("reported", "report", "VERB", 11, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("on", "on", "ADP", 23, "case", ""),
        ("Tuesday", "Tuesday", "PROPN", 21, "obl", "Number=Sing"),
        (",", ",", "PUNCT", 29, "punct", ""),
        ("and", "and", "CCONJ", 29, "cc", ""),
        ("she", "she", "PRON", 29, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
        ("will", "will", "AUX", 29, "aux", "VerbForm=Fin"),
        ("be", "be", "AUX", 29, "cop", "VerbForm=Inf"),
        ("part", "part", "NOUN", 21, "conj", "Number=Sing"),
        ("of", "of", "ADP", 32, "case", ""),
        ("the", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
        ("talks", "talk", "NOUN", 29, "nmod", "Number=Plur"),
        ("with", "with", "ADP", 35, "case", ""),
        ("the", "the", "DET", 35, "det", "Definite=Def|PronType=Art"),
        ("unions", "union", "NOUN", 32, "nmod", "Number=Plur"),
        ("and", "and", "CCONJ", 38, "cc", ""),
        ("other", "other", "ADJ", 38, "amod", "Degree=Pos"),
        ("groups", "group", "NOUN", 35, "conj", "Number=Plur"),
        (",", ",", "PUNCT", 43, "punct", ""),
        ("according", "accord", "VERB", 43, "case", "Tense=Pres|VerbForm=Part"),
        ("to", "to", "ADP", 43, "case", ""),
        ("two", "two", "NUM", 43, "nummod", "NumForm=Word|NumType=Card"),
        ("people", "person", "NOUN", 38, "nmod", "Number=Plur"),
        ("briefed", "brief", "VERB", 43, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("on", "on", "ADP", 47, "case", ""),
        ("the", "the", "DET", 47, "det", "Definite=Def|PronType=Art"),
        ("plan", "plan", "NOUN", 44, "obl", "Number=Sing"),
        (".", ".", "PUNCT", 11, "punct", ""),
    ]
    found = _quotes(rows)
    assert (
        "she will be part of the talks with the unions and other groups",
        "two people",
        [],
    ) in found


def test_according_to_on_a_closing_speech_verb_reports_the_statement_with_its_report():
    # (extent.closed_clause: the complaint says he said it; "he said" alone is no content)
    # The entire attack took four minutes , he said , according to the complaint .
    rows: list[FeatRow] = [
        ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
        ("entire", "entire", "ADJ", 2, "amod", "Degree=Pos"),
        ("attack", "attack", "NOUN", 3, "nsubj", "Number=Sing"),
        ("took", "take", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("four", "four", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
        ("minutes", "minute", "NOUN", 3, "obj", "Number=Plur"),
        (",", ",", "PUNCT", 8, "punct", ""),
        ("he", "he", "PRON", 8, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        (",", ",", "PUNCT", 13, "punct", ""),
        ("according", "accord", "VERB", 13, "case", "Tense=Pres|VerbForm=Part"),
        ("to", "to", "ADP", 13, "case", ""),
        ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
        ("complaint", "complaint", "NOUN", 8, "obl", "Number=Sing"),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]
    quotes = _quotes(rows)
    assert ("The entire attack took four minutes , he said", "the complaint") in [q[:2] for q in quotes]
    assert "he said" not in [q[0] for q in quotes]


# --- A closing "according to X" hung on a name the parse made a compound modifier ---
# Hand-built in the shape the shipped parser gave a longer sentence of this kind (a name in an
# "including" phrase read as a compound of the noun before it). Written for these tests.

V = "Mood=Ind|Tense=Past|VerbForm=Fin"

# The union hired organizers from groups that train volunteers and recruit members , including
# the advocacy groups Acme and Zeta , according to sources .
NAME_AS_COMPOUND: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("hired", "hire", "VERB", -1, "root", V),
    ("organizers", "organizer", "NOUN", 2, "obj", "Number=Plur"),
    ("from", "from", "ADP", 5, "case", ""),
    ("groups", "group", "NOUN", 3, "nmod", "Number=Plur"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("train", "train", "VERB", 5, "acl:relcl", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("volunteers", "volunteer", "NOUN", 7, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("recruit", "recruit", "VERB", 7, "conj", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("members", "member", "NOUN", 10, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("including", "include", "VERB", 17, "case", "VerbForm=Ger"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("advocacy", "advocacy", "NOUN", 16, "compound", "Number=Sing"),
    ("groups", "group", "NOUN", 17, "compound", "Number=Plur"),
    ("Acme", "Acme", "PROPN", 11, "compound", "Number=Sing"),
    ("and", "and", "CCONJ", 19, "cc", ""),
    ("Zeta", "Zeta", "PROPN", 17, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 23, "punct", ""),
    ("according", "accord", "VERB", 23, "case", "VerbForm=Ger"),
    ("to", "to", "ADP", 23, "case", ""),
    ("sources", "source", "NOUN", 17, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_closing_source_on_a_name_read_as_a_compound_qualifies_the_whole_clause():
    # the content climbs out of the noun phrase the name was made a modifier in (extent.py):
    # before, it stopped at "Acme" and the quote was the "including" phrase alone
    assert [(t.split(" ,")[0], s) for t, s, _ in _quotes(NAME_AS_COMPOUND)] == [
        ("The union hired organizers from groups that train volunteers and recruit members", "sources")
    ]


def test_a_document_by_a_described_firm_is_the_firms():
    # The tour pumped 4.6 billion dollars into the economy , according to a new analysis by the
    # research firm QuestionPro . ("research firm" between "the" and the name)
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        ("tour", "tour", "NOUN", 2, "nsubj", "Number=Sing"),
        ("pumped", "pump", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("4.6", "4.6", "NUM", 4, "compound", "NumForm=Digit|NumType=Card"),
        ("billion", "billion", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
        ("dollars", "dollar", "NOUN", 2, "obj", "Number=Plur"),
        ("into", "into", "ADP", 8, "case", ""),
        ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
        ("economy", "economy", "NOUN", 2, "obl", "Number=Sing"),
        (",", ",", "PUNCT", 14, "punct", ""),
        ("according", "accord", "VERB", 14, "case", "Tense=Pres|VerbForm=Part"),
        ("to", "to", "ADP", 14, "case", ""),
        ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
        ("new", "new", "ADJ", 14, "amod", "Degree=Pos"),
        ("analysis", "analysis", "NOUN", 2, "obl", "Number=Sing"),
        ("by", "by", "ADP", 19, "case", ""),
        ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
        ("research", "research", "NOUN", 19, "compound", "Number=Sing"),
        ("firm", "firm", "NOUN", 19, "compound", "Number=Sing"),
        ("QuestionPro", "QuestionPro", "PROPN", 14, "nmod", "Number=Sing"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("QuestionPro", "organization")
