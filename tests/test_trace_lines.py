"""Lines reworded inside two quotes already linked on another line (provenance.trace.lines), on
invented quotes: a recounted conversation quoted whole in one article, line by line in another."""

from __future__ import annotations

from trace_helpers import linker, quote_record

from provenance.archive.records import QuoteRecord

A = (
    "told me, 'The harbour bridge will be rebuilt before the winter storms.' Then she said, "
    "'I really want you to know how much we value the work you do for the town.'"
)
B = (
    "I really want to thank you for everything you are doing for the harbour. "
    "The harbour bridge will be rebuilt before the winter storms."
)


def rec(article: str, text: str, date: str) -> QuoteRecord:
    return quote_record(article, text, date=date, speaker="Mary Doe", start=100)


def test_a_reworded_line_of_a_linked_passage_is_altered() -> None:
    links = linker().links(rec("a.txt", A, "2024-01-01"), rec("b.txt", B, "2024-01-02"))
    assert [lk.relation for lk in links] == ["verbatim", "altered"], links
    bridge, line = links
    assert bridge.a_part is not None and A[bridge.a_part[0] - 100 :].startswith("The harbour bridge")
    # The reworded line: its own span on each side, the change after the shared opening.
    assert line.a_part is not None and line.b_part is not None
    assert A[line.a_part[0] - 100 : line.a_part[1] - 100].startswith("I really want you to know")
    assert B[line.b_part[0] - 100 : line.b_part[1] - 100].startswith("I really want to thank you")
    assert [str(d) for d in line.diff] == [
        "changed: you to know how much we value the work you do for the town -> "
        "to thank you for everything you are doing for the harbour"
    ]


def test_other_lines_that_open_differently_are_not_linked() -> None:
    b = "Nobody will lose a mooring because of the ferry. The harbour bridge will be rebuilt before the winter storms."
    links = linker().links(rec("a.txt", A, "2024-01-01"), rec("b.txt", b, "2024-01-02"))
    assert [lk.relation for lk in links] == ["verbatim"]
    # An opening of function words only ("and so we") says nothing.
    a2 = A.replace("I really want you to know", "And so we know")
    b2 = B.replace("I really want to thank you", "And so we thank you")
    assert [lk.relation for lk in linker().links(rec("a.txt", a2, "2024-01-01"), rec("b.txt", b2, "2024-01-02"))] == [
        "verbatim"
    ]


def test_without_a_linked_line_nothing_is_linked() -> None:
    # The same openings, but no line of the two quotes links: not known to be one passage.
    a = "I really want you to know how much we value the work you do for the town."
    b = "I really want to thank you for everything you are doing for the harbour."
    assert linker().links(rec("a.txt", a, "2024-01-01"), rec("b.txt", b, "2024-01-02")) == []
