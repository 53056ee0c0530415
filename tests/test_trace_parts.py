"""A quote read sentence by sentence (provenance.trace.link, tokens.sentence_parts) on invented
quotes: one sentence quoted word for word and the next reworded links on that sentence; a whole
quote altered in its second sentence is still reported altered, not as a verbatim sentence."""

from __future__ import annotations

from trace_helpers import linker, quote_record

from provenance.archive.records import QuoteRecord
from provenance.trace.tokens import sentence_parts, words


def rec(article: str, text: str, date: str) -> QuoteRecord:
    return quote_record(article, text, date=date, speaker="Jane Roe", start=10)


def test_the_sentences_of_a_quote() -> None:
    text = "We will close the harbour. Mr. Doe agrees! And the pier? It stays."
    w = words(text)
    assert [" ".join(w.norm[a:b]) for a, b in sentence_parts(text, w)] == [
        "we will close the harbour",
        "and the pier",  # "Mr." and "It stays" are under three words: no part of their own
    ]
    assert sentence_parts("One sentence only, and a clause.", words("One sentence only, and a clause.")) == []


def test_one_sentence_word_for_word_and_the_next_reworded() -> None:
    a = "We will close the northern harbour to cargo ships next month. The fishermen will get a new pier by June."
    b = "We will close the northern harbour to cargo ships next month. Fishing crews are getting their pier in summer."
    lk = linker().link(rec("a.txt", a, "2024-01-01"), rec("b.txt", b, "2024-01-02"))
    assert lk is not None and lk.relation == "verbatim"
    # The span reported on one side is the sentence the two share.
    spans = [p for p in (lk.a_part, lk.b_part) if p is not None]
    assert spans and all(
        (lk.a.text if p is lk.a_part else lk.b.text)[p[0] - 10 : p[1] - 10].startswith("We will close") for p in spans
    )
    # Two different sentences, nothing quoted alike: no link.
    c = "The ferry will run every hour. Fishing crews are getting their pier in summer."
    assert linker().link(rec("a.txt", a, "2024-01-01"), rec("c.txt", c, "2024-01-03")) is None


def test_a_whole_quote_altered_in_its_second_sentence_stays_altered() -> None:
    a = "In the valley, a flooded road with no bridge. This is just unbearable. And it needs to be fixed."
    b = "In the valley, a flooded road with no bridge? I mean, this is just unbearable, and it needs to be fixed."
    lk = linker().link(rec("a.txt", a, "2024-01-01"), rec("b.txt", b, "2024-01-02"))
    assert lk is not None and lk.relation == "altered" and [str(d) for d in lk.diff] == ["added: I mean"]
