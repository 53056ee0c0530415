"""Fuzzing quote-mark pairing and document reading/blanking (issue #18): offsets stay file
offsets, views keep their length, nothing raises but ProvenanceError for undecodable bytes."""

from __future__ import annotations

from fuzzing import TEXT, fuzz
from hypothesis import given
from hypothesis import strategies as st

from provenance.document import blank_spans, decode_text, make_document, with_prose
from provenance.errors import ProvenanceError
from provenance.quotemarks import MARKS, pair_marks

LINE_BREAKS = "\r\n"


@fuzz(2100)
@given(TEXT, st.booleans())
def test_quote_pairing_on_any_text(text: str, markdown: bool) -> None:
    doc = make_document(text, "a.md" if markdown else "a.txt")
    paragraphs = [(p.start, p.end) for p in doc.paragraphs]
    spans, problems = pair_marks(doc.prose, paragraphs)
    inside = lambda a, b: any(s <= a and b <= e for s, e in paragraphs)  # noqa: E731
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        # the opening and closing marks, one character or two ('' and ``)
        assert text[s.start : s.start + s.open_width] in MARKS and text[s.end - s.close_width : s.end] in MARKS
        assert s.open_width + s.close_width <= s.end - s.start
        assert s.segments and s.segments[0][0] == s.start and s.segments[-1][1] == s.end
        assert all(inside(a, b) for a, b in s.segments), "every segment lies in one paragraph"
    for p in problems:
        assert text.startswith(p.char, p.offset) and p.char in MARKS and p.problem in ("unclosed", "unopened")
    # Within a paragraph, spans nest or are disjoint: a stack cannot cross them.
    single = [s for s in spans if len(s.segments) == 1]
    for a in single:
        for b in single:
            assert not (a.start < b.start < a.end < b.end)
    marks_used = [s.start for s in spans] + [s.end - s.close_width for s in spans] + [p.offset for p in problems]
    assert len(marks_used) == len(set(marks_used)), "a mark is used once"


@fuzz(1200)
@given(TEXT, st.sampled_from(["a.md", "a.txt", "a.markdown"]))
def test_document_views_keep_file_offsets(text: str, name: str) -> None:
    doc = make_document(text, name)
    assert len(doc.prose) == len(text)
    for i, (t, p) in enumerate(zip(text, doc.prose)):
        assert p == t or (p == " " and t not in LINE_BREAKS), f"offset {i}: only blanking, newlines kept"
    last = 0
    for p in doc.paragraphs:
        assert last <= p.start < p.end <= len(text) and doc.prose[p.start : p.end] == p.text
        last = p.end
    for offset in range(0, len(text) + 1, 7):
        line, col = doc.line_col(offset)
        assert line >= 1 and col >= 1


@fuzz(800)
@given(TEXT, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=5))
def test_blanking_keeps_length_and_line_breaks(text: str, raw_spans: list[tuple[int, int]]) -> None:
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in raw_spans]
    doc = make_document(text, "a.md")
    blanked = blank_spans(doc.prose, spans)
    assert len(blanked) == len(text)
    assert [i for i, c in enumerate(blanked) if c in LINE_BREAKS] == [i for i, c in enumerate(text) if c in LINE_BREAKS]
    view = with_prose(doc, blanked)
    assert view.text == text and view.breaks == doc.breaks
    assert all(view.prose[p.start : p.end] == p.text for p in view.paragraphs)


@fuzz(1000)
@given(st.text(max_size=80).filter(lambda t: "\x00" not in t), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_decoding_round_trips_utf8_and_bom_encodings(text: str, encoding: str) -> None:
    raw = text.encode(encoding)  # utf-16 writes a BOM
    assert decode_text(raw, "f.txt") == text


@fuzz(1000)
@given(st.binary(max_size=80))
def test_any_bytes_decode_or_fail_with_one_line_naming_the_file(raw: bytes) -> None:
    try:
        text = decode_text(raw, "dir/f.txt")
    except ProvenanceError as err:
        message = str(err)
        assert message.startswith("dir/f.txt: ") and "\n" not in message and "byte " in message
        return
    assert "\x00" not in text
    make_document(text, "f.md")
