"""The headline convention "Speaker: statement" (attribution/headlines.py), on hand-built parses."""

from __future__ import annotations

from parse_helpers import FeatRow, Row, article, attribute_sentence
from source_helpers import resolve

from provenance.attribution import Attributor
from provenance.quotemarks import pair_marks
from provenance.vocab import load_vocabulary

# "Clinton to Planned Parenthood : Trump will reverse Roe ."
TO_LISTENER: list[Row] = [
    ("Clinton", "Clinton", "PROPN", -1, "root"),
    ("to", "to", "ADP", 3, "case"),
    ("Planned", "Planned", "PROPN", 3, "compound"),
    ("Parenthood", "Parenthood", "PROPN", 0, "nmod"),
    (":", ":", "PUNCT", 7, "punct"),
    ("Trump", "Trump", "PROPN", 7, "nsubj"),
    ("will", "will", "AUX", 7, "aux"),
    ("reverse", "reverse", "VERB", 0, "parataxis"),
    ("Roe", "Roe", "PROPN", 7, "obj"),
    (".", ".", "PUNCT", 0, "punct"),
]


def _label(rows: list[Row]) -> tuple[str, str] | None:
    text, found = attribute_sentence(rows)
    hits = [a for a in found if a.rule == "headline-label"]
    if not hits:
        return None
    a = hits[0]
    return text[a.start : a.end], a.speaker.word.text if a.speaker else ""


def test_headline_label_speaks_the_statement_after_the_colon():
    assert _label(TO_LISTENER) == ("Trump will reverse Roe", "Clinton")


def test_a_section_label_is_no_speaker():
    # "Latest : Trump will reverse Roe ."
    rows: list[Row] = [
        ("Latest", "latest", "PROPN", -1, "root"),
        (":", ":", "PUNCT", 4, "punct"),
        ("Trump", "Trump", "PROPN", 4, "nsubj"),
        ("will", "will", "AUX", 4, "aux"),
        ("reverse", "reverse", "VERB", 0, "parataxis"),
        ("Roe", "Roe", "PROPN", 4, "obj"),
        (".", ".", "PUNCT", 0, "punct"),
    ]
    assert _label(rows) is None


def test_a_question_after_the_colon_states_nothing():
    # "Nerdcast : Was it the start ?"
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", -1, "root"),
        (":", ":", "PUNCT", 5, "punct"),
        ("Was", "be", "AUX", 5, "cop"),
        ("it", "it", "PRON", 5, "nsubj"),
        ("the", "the", "DET", 5, "det"),
        ("start", "start", "NOUN", 0, "parataxis"),
        ("?", "?", "PUNCT", 0, "punct"),
    ]
    assert _label(rows) is None


def test_only_the_first_paragraph_is_a_headline():
    body: list[Row] = [
        ("Rain", "rain", "NOUN", 1, "nsubj"),
        ("fell", "fall", "VERB", -1, "root"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    doc, paras = article([[body], [TO_LISTENER]])
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    found = Attributor(load_vocabulary()).attribute(doc.text, paras, spans)
    assert not [a for a in found if a.rule == "headline-label"]


# Jane Roe : Budget " will pass " next week
LABELLED_HEADLINE: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 6, "nsubj", "Number=Sing"),
    (":", ":", "PUNCT", 3, "punct", ""),
    ("Budget", "budget", "NOUN", 1, "appos", "Number=Sing"),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("will", "will", "AUX", 6, "aux", "VerbForm=Fin"),
    ("pass", "pass", "VERB", -1, "root", "VerbForm=Inf"),
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("next", "next", "ADJ", 9, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 6, "obj", "Number=Sing"),
]


def test_a_headline_with_a_quote_inside_is_the_labels_whole_statement():
    # 'Jane Roe: Budget "will pass" next week': the statement after the colon, with its quoted
    # words (mixed), is Roe's; the capitalised word after the colon is not part of her name
    # (sources.name_runs.after_label) nor of her mention
    [q] = resolve([[LABELLED_HEADLINE]]).quotes
    assert (q.text, q.kind, q.rule) == ('Budget " will pass " next week', "mixed", "headline-label")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("Jane Roe", "Jane Roe")
