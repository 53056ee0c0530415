"""Via named in the document noun, in a coordinated agent, in the sentence a speech participle
closes ("declined comment to X, saying ...") and in a programme's name split by the parse:
hand-built parses of sentences written for these tests."""

from __future__ import annotations

from parse_helpers import Row, according_to_report
from source_helpers import resolve

from provenance.records import Quote

GLOBE_REPORTED: list[Row] = [
    ("The", "the", "DET", 1, "det"),
    ("Globe", "Globe", "PROPN", 4, "nsubj"),
    ("and", "and", "CCONJ", 3, "cc"),
    ("Mail", "Mail", "PROPN", 1, "conj"),
    ("reported", "report", "VERB", -1, "root"),
    ("the", "the", "DET", 6, "det"),
    ("plan", "plan", "NOUN", 7, "nsubj"),
    ("works", "work", "VERB", 4, "ccomp"),
    (".", ".", "PUNCT", 4, "punct"),
]


def quote_with(quotes: list[Quote], text: str) -> Quote:
    return next(q for q in quotes if q.text == text)


def test_an_outlets_report_by_a_short_form_of_the_name_given_earlier():
    result = resolve([[GLOBE_REPORTED], [according_to_report("Globe")]])
    q = quote_with(result.quotes, "rebuffed the pressure")
    assert q.via is not None and q.via.name == "The Globe and Mail" and q.via.text == "Globe"


def test_a_capitalised_report_name_that_is_no_outlet_named_before_is_no_via():
    result = resolve([[GLOBE_REPORTED], [according_to_report("Senate")]])
    assert quote_with(result.quotes, "rebuffed the pressure").via is None


def test_an_outlet_coordinated_with_the_documents_author():
    # Sales rose , according to a tally by the Center for Policy and USA Today .
    rows: list[Row] = [
        ("Sales", "sale", "NOUN", 1, "nsubj"),
        ("rose", "rise", "VERB", -1, "root"),
        (",", ",", "PUNCT", 6, "punct"),
        ("according", "accord", "VERB", 6, "case"),
        ("to", "to", "ADP", 6, "case"),
        ("a", "a", "DET", 6, "det"),
        ("tally", "tally", "NOUN", 1, "obl"),
        ("by", "by", "ADP", 9, "case"),
        ("the", "the", "DET", 9, "det"),
        ("Center", "Center", "PROPN", 6, "nmod"),
        ("for", "for", "ADP", 11, "case"),
        ("Policy", "Policy", "PROPN", 9, "nmod"),
        ("and", "and", "CCONJ", 14, "cc"),
        ("USA", "USA", "PROPN", 14, "compound"),
        ("Today", "Today", "PROPN", 11, "conj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    q = quote_with(resolve([[rows]]).quotes, "Sales rose")
    assert q.via is not None and q.via.name == "USA Today"
    assert q.speaker is not None and q.speaker.type == "organization"  # a tally is a document


def test_a_speech_participle_takes_the_channel_of_the_verb_it_hangs_on():
    # Roe declined comment to the Globe and Mail , saying the plan works .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("declined", "decline", "VERB", -1, "root"),
        ("comment", "comment", "NOUN", 1, "obj"),
        ("to", "to", "ADP", 5, "case"),
        ("the", "the", "DET", 5, "det"),
        ("Globe", "Globe", "PROPN", 1, "obl"),
        ("and", "and", "CCONJ", 7, "cc"),
        ("Mail", "Mail", "PROPN", 5, "conj"),
        (",", ",", "PUNCT", 9, "punct"),
        ("saying", "say", "VERB", 1, "advcl"),
        ("the", "the", "DET", 11, "det"),
        ("plan", "plan", "NOUN", 12, "nsubj"),
        ("works", "work", "VERB", 9, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    q = quote_with(resolve([[rows]]).quotes, "the plan works")
    assert q.via is not None and q.via.name == "The Globe and Mail"


def interviewed_on(show: tuple[str, str, str]) -> list[Row]:
    """Roe , while being interviewed on <A and B> , called for the mayor to resign ."""
    a, cc, b = show
    return [
        ("Roe", "Roe", "PROPN", 10, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("while", "while", "SCONJ", 4, "mark"),
        ("being", "be", "AUX", 4, "aux:pass"),
        ("interviewed", "interview", "VERB", 10, "advcl"),
        ("on", "on", "ADP", 6, "case"),
        (a, a, "PROPN", 4, "obl"),
        (cc, cc, "CCONJ", 8, "cc"),
        (b, b, "PROPN", 6, "conj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("called", "call", "VERB", -1, "root"),
        ("for", "for", "ADP", 13, "case"),
        ("the", "the", "DET", 13, "det"),
        ("mayor", "mayor", "NOUN", 10, "obl"),
        ("to", "to", "PART", 15, "mark"),
        ("resign", "resign", "VERB", 10, "advcl"),
        (".", ".", "PUNCT", 10, "punct"),
    ]


def test_a_programme_the_speaker_was_interviewed_on_is_its_networks_channel():
    q = quote_with(resolve([[interviewed_on(("Fox", "and", "Friends"))]]).quotes, "the mayor to resign")
    assert q.via is not None and q.via.name == "Fox News"


def test_a_show_that_is_no_outlet_is_no_channel():
    q = quote_with(resolve([[interviewed_on(("Smith", "and", "Jones"))]]).quotes, "the mayor to resign")
    assert q.via is None


def test_a_source_described_by_an_adjective_phrase_the_parse_made_its_head():
    # They made a decision , according to a person close to the talks , to wait .
    # ("close" heads the phrase, "person" its oblique)
    rows: list[Row] = [
        ("They", "they", "PRON", 1, "nsubj"),
        ("made", "make", "VERB", -1, "root"),
        ("a", "a", "DET", 3, "det"),
        ("decision", "decision", "NOUN", 1, "obj"),
        (",", ",", "PUNCT", 9, "punct"),
        ("according", "accord", "VERB", 9, "case"),
        ("to", "to", "ADP", 8, "case"),
        ("a", "a", "DET", 8, "det"),
        ("person", "person", "NOUN", 9, "obl"),
        ("close", "close", "ADJ", 1, "obl"),
        ("to", "to", "ADP", 12, "case"),
        ("the", "the", "DET", 12, "det"),
        ("talks", "talk", "NOUN", 9, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    q = quote_with(resolve([[rows]]).quotes, "They made a decision")
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.type) == ("a person close to the talks", "anonymous")


def test_a_name_before_a_description_that_is_the_content_subject_is_not_the_speaker():
    # Roe , a top aide said , is very confident .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 9, "nsubj"),
        (",", ",", "PUNCT", 0, "punct"),
        ("a", "a", "DET", 4, "det"),
        ("top", "top", "ADJ", 4, "amod"),
        ("aide", "aide", "NOUN", 5, "nsubj"),
        ("said", "say", "VERB", 9, "parataxis"),
        (",", ",", "PUNCT", 5, "punct"),
        ("is", "be", "AUX", 9, "cop"),
        ("very", "very", "ADV", 9, "advmod"),
        ("confident", "confident", "ADJ", -1, "root"),
        (".", ".", "PUNCT", 9, "punct"),
    ]
    quotes = resolve([[rows]]).quotes
    assert quotes and all(q.speaker is not None and q.speaker.text == "a top aide" for q in quotes)


def test_a_capitalised_phrase_after_said_is_no_outlet_unless_its_head_is_a_name():
    # Roe said the people of upstate New York suffer .  ("people" parsed as the object of "said")
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("people", "people", "NOUN", 1, "obj"),
        ("of", "of", "ADP", 7, "case"),
        ("upstate", "upstate", "ADJ", 7, "amod"),
        ("New", "New", "PROPN", 7, "compound"),
        ("York", "York", "PROPN", 3, "nmod"),
        ("suffer", "suffer", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    quotes = resolve([[rows]]).quotes
    assert quotes and all(q.via is None for q in quotes)
