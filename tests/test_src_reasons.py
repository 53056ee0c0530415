"""A reason for anonymity stated for a group, in a sentence that quotes nobody, covers the
sources the article describes with that group's noun (hand-built parses)."""

from __future__ import annotations

from parse_helpers import Row, article

from provenance.attribution import Attributor
from provenance.quotemarks import pair_marks
from provenance.records import Quote
from provenance.sources import SourceModel, resolve_sources
from provenance.vocab import load_vocabulary

VOCAB = load_vocabulary()
MODEL = SourceModel.build(VOCAB)
ATTRIBUTOR = Attributor(VOCAB)

# Former employees described the deal .
DESCRIBED: list[Row] = [
    ("Former", "former", "ADJ", 1, "amod"),
    ("employees", "employee", "NOUN", 2, "nsubj"),
    ("described", "describe", "VERB", -1, "root"),
    ("the", "the", "DET", 4, "det"),
    ("deal", "deal", "NOUN", 2, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
]
# Some of them spoke on condition of anonymity .
BLANKET: list[Row] = [
    ("Some", "some", "DET", 3, "nsubj"),
    ("of", "of", "ADP", 2, "case"),
    ("them", "they", "PRON", 0, "nmod"),
    ("spoke", "speak", "VERB", -1, "root"),
    ("on", "on", "ADP", 5, "case"),
    ("condition", "condition", "NOUN", 3, "obl"),
    ("of", "of", "ADP", 7, "case"),
    ("anonymity", "anonymity", "NOUN", 5, "nmod"),
    (".", ".", "PUNCT", 3, "punct"),
]


def said(count: str, noun: tuple[str, str]) -> list[Row]:
    """ "<count> former <noun> said the plan works ." """
    return [
        (count, count.lower(), "NUM", 2, "nummod"),
        ("former", "former", "ADJ", 2, "amod"),
        (noun[0], noun[1], "NOUN", 3, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 6, "nsubj"),
        ("works", "work", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]


def run(paragraphs: list[list[list[Row]]]) -> list[Quote]:
    doc, paras = article(paragraphs)
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    found = ATTRIBUTOR.attribute(doc.text, paras, spans)
    quotes, _ = resolve_sources(MODEL, doc, paras, spans, found)
    return quotes


def test_a_reason_stated_for_some_of_them_covers_the_group_quoted_later():
    [q] = run([[DESCRIBED, BLANKET], [said("Three", ("employees", "employee"))]])
    assert q.speaker is not None
    assert q.speaker.anonymity == "anonymous-with-reason"
    assert q.speaker.reason is not None and "condition of anonymity" in q.speaker.reason


def test_the_reason_does_not_cover_another_group():
    [q] = run([[DESCRIBED, BLANKET], [said("Three", ("lawyers", "lawyer"))]])
    assert q.speaker is not None and (q.speaker.anonymity, q.speaker.reason) == ("anonymous", None)


def test_without_the_blanket_sentence_there_is_no_reason():
    [q] = run([[DESCRIBED], [said("Three", ("employees", "employee"))]])
    assert q.speaker is not None and (q.speaker.anonymity, q.speaker.reason) == ("anonymous", None)
