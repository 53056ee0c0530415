import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.document import decode_text, make_document, markdown_prose, read_document, strip_emphasis
from provenance.errors import ProvenanceError


def test_markdown_non_prose_is_blanked_but_offsets_kept():
    text = (
        "---\ntitle: “x”\n---\n# Head\n\nSaid **he**: [a](http://x.y) “yes”.\n\n```\n“code”\n```\n<!-- “c” -->\nEnd.\n"
    )
    prose = markdown_prose(text)
    assert len(prose) == len(text)
    assert "title" not in prose and "code" not in prose and "<!--" not in prose and "http" not in prose
    i = text.index("“yes”")
    assert prose[i : i + 5] == "“yes”"


def test_line_and_column_are_what_an_editor_shows():
    doc = make_document("first line\nsecond “line”\r\nthird", "a.txt")
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(doc.text.index("“")) == (2, 8)
    assert doc.line_col(doc.text.index("third")) == (3, 1)


def test_paragraphs_split_on_blank_lines():
    doc = make_document("One.\n\n  \nTwo a.\nTwo b.\n\nThree.", "a.txt")
    assert [p.text for p in doc.paragraphs] == ["One.", "Two a.\nTwo b.", "Three."]


@given(st.text(max_size=200))
def test_prose_has_the_same_length_for_any_text(text):
    assert len(markdown_prose(text)) == len(text)
    doc = make_document(text, "a.md")
    for p in doc.paragraphs:
        assert doc.prose[p.start : p.end] == p.text


# --------------------------------------------------------------------------- encodings (#18)


ARTICLE = "He said “yes”.\nÇa va.\n"


@pytest.mark.parametrize(
    "raw",
    [
        ARTICLE.encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
        b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_utf8_and_bom_encodings_read_to_the_same_text_and_offsets(tmp_path, raw):
    f = tmp_path / "a.txt"
    f.write_bytes(raw)
    doc = read_document(str(f))
    # The BOM is not text: offset 0 is the first character after it, line 1 column 1.
    assert doc.text == ARTICLE and doc.line_col(doc.text.index("“")) == (1, 9)


@pytest.mark.parametrize(
    "raw, where",
    [
        ("café".encode("latin-1"), "not valid UTF-8 text (byte 3)"),
        (b"\xef\xbb\xbfok \xff", "not valid UTF-8 text (byte 6)"),
        (b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xdc", "not valid UTF-16 text (byte 6)"),
        ("ab".encode("utf-16-le"), "not a text file (NUL byte at byte 1"),
        (b"\x00\x01binary", "not a text file (NUL byte at byte 0"),
    ],
    ids=["latin-1", "bad-utf8-after-bom", "lone-surrogate-utf16", "utf16-without-bom", "binary"],
)
def test_other_encodings_are_one_error_naming_file_and_byte(tmp_path, raw, where):
    f = tmp_path / "b.txt"
    f.write_bytes(raw)
    with pytest.raises(ProvenanceError) as err:
        read_document(str(f))
    assert str(err.value).startswith(f"{f}: {where}")


def test_non_utf8_stdin_is_an_error_naming_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9\n"), encoding="utf-8"))
    with pytest.raises(ProvenanceError, match=r"^<stdin>: not valid UTF-8 text \(byte 3\)"):
        read_document("-")


def test_stdin_with_a_bom_reads_like_a_file(monkeypatch):
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfHi \xe2\x80\x9cx\xe2\x80\x9d"), encoding="utf-8")
    )
    assert read_document("-").text == "Hi “x”"


def test_decoding_is_not_universal_newlines():
    assert decode_text(b"a\r\nb\rc", "x") == "a\r\nb\rc"


# --------------------------------------------------------------------------- tables and lists (#18)


def test_tables_are_blanked_list_items_are_paragraphs():
    text = (
        "Intro.\n\n| who | said |\n| --- | :-: |\n| A | “x” |\n\n"
        "|a|b|\n|c|d|\n\nHeading\n---\n\n* “One,” he said.\n* Two\n  still two\n10) Three\n"
    )
    doc = make_document(text, "a.md")
    assert len(doc.prose) == len(text) and "who" not in doc.prose and "|" not in doc.prose
    assert [p.text for p in doc.paragraphs] == [
        "Intro.",
        "Heading\n---",
        "“One,” he said.",
        "Two\n  still two",
        "Three",
    ]


def test_plain_text_is_not_markdown():
    doc = make_document("| a | b |\n|---|---|\n- one\n- two\n", "a.txt")
    assert doc.prose == doc.text and len(doc.paragraphs) == 1


def test_list_markers_in_code_blocks_are_not_list_items():
    text = "```\n- not\n- items\n```\nAfter.\n"
    doc = make_document(text, "a.md")
    assert [p.text for p in doc.paragraphs] == ["After."]


@given(st.text(alphabet=st.sampled_from(list("|-: ab*1.)\n“”`~#>")), max_size=300))
def test_markdown_views_keep_length_and_paragraphs_inside_prose(text):
    doc = make_document(text, "a.md")
    assert len(doc.prose) == len(text)
    for p in doc.paragraphs:
        assert doc.prose[p.start : p.end] == p.text and p.text.strip()
    assert all(a.end <= b.start for a, b in zip(doc.paragraphs, doc.paragraphs[1:]))


def test_max_bytes_stops_reading_early(tmp_path, monkeypatch):
    from provenance.errors import InputTooLarge

    f = tmp_path / "big.txt"
    f.write_bytes(b"x" * 1001)
    assert read_document(str(f), max_bytes=1001).text == "x" * 1001
    with pytest.raises(InputTooLarge, match=r"big.txt: over 1,000 bytes"):
        read_document(str(f), max_bytes=1000)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"y" * 50), encoding="utf-8"))
    with pytest.raises(InputTooLarge, match=r"^<stdin>: over 10 bytes"):
        read_document("-", max_bytes=10)


def test_inline_code_and_indented_code_blocks_are_not_prose() -> None:
    from provenance.document import make_document

    text = (
        'Run `grep "quote"` to see it.\n\n'
        '    print("a quote in code")\n    x = 1\n\n'
        "- a list item\n\n"
        '    "A continued list item is prose," she said.\n\n'
        "A paragraph\n"
        '    "a lazy continuation line is prose too"\n'
    )
    prose = make_document(text, "a.md").prose
    assert len(prose) == len(text)  # offsets stay file offsets
    assert '"quote"' not in prose and "print" not in prose and "x = 1" not in prose
    assert '"A continued list item is prose," she said.' in prose
    assert '"a lazy continuation line is prose too"' in prose
    # plain text is never read as Markdown
    assert make_document(text, "a.txt").prose == text


def test_many_indented_blocks_are_scanned_in_linear_time() -> None:
    from provenance.document import indented_code_spans

    text = "para\n\n    code\n\n" * 5000
    assert len(indented_code_spans(text)) == 5000


# --- Markup never leaks into result text (issue #15) ---------------------------------------


def test_display_drops_emphasis_and_link_targets_but_keeps_spaces() -> None:
    text = 'Roe said "this is **very** bad for the _whole_ city" and [the report](https://x.example/r) agreed.\n'
    doc = make_document(text, "a.md")
    start = text.index('"this')
    end = text.index('city"') + 5
    assert doc.display(start, end) == '"this is very bad for the whole city"'
    link = text.index("[the")
    assert doc.display(link, text.index("agreed") - 1) == "the report"
    # plain text is returned as written, markup-like characters included
    plain = make_document(text, "a.txt")
    assert plain.display(start, end) == text[start:end]


def test_strip_emphasis_keeps_snake_case_and_lone_stars() -> None:
    assert strip_emphasis("the *mayor* of **Springfield**") == "the mayor of Springfield"
    assert strip_emphasis("rate_limit and 5 * 3") == "rate_limit and 5 * 3"


def test_result_text_fields_lose_markup_offsets_stay() -> None:
    from provenance.pipeline import _unmark
    from provenance.records import ArticleResult, Cue, EntityRecord, EntityRole, Quote, Speaker

    text = '"It is **very** bad," said **Jane Roe**, the *mayor*.\n'
    doc = make_document(text, "a.md")
    q_end = text.index(',"') + 2
    s_start = text.index("Jane")
    r_start = text.index("the *")
    speaker = Speaker(text="Jane Roe", start=s_start, end=s_start + 8, name="Jane Roe", role="the *mayor*")
    cue = Cue(text="said", start=text.index("said"), end=text.index("said") + 4, lemma="say")
    quote = Quote("direct", 0, q_end, text[:q_end], 1, 1, cue, speaker, "trailing-cue")
    role = EntityRole(text[r_start : r_start + 11], r_start, r_start + 11, "apposition")
    result = ArticleResult(
        path="a.md",
        quotes=[quote],
        entities=[EntityRecord(0, "**Jane Roe**", "person", "named", roles=[role])],
    )
    _unmark(result, doc)
    assert result.quotes[0].text == '"It is very bad,"'
    assert (result.quotes[0].start, result.quotes[0].end) == (0, q_end)
    assert result.quotes[0].speaker is not None and result.quotes[0].speaker.role == "the mayor"
    assert result.entities[0].name == "Jane Roe"
    assert result.entities[0].roles[0].text == "the mayor"
    assert result.entities[0].roles[0].start == r_start


def test_parser_view_turns_two_character_marks_into_ordinary_ones_same_length() -> None:
    from provenance.quotemarks import parser_view

    text = "''People turn to it,'' Ms. White said. ``Yes,'' he said. Then ''no''"
    view = parser_view(text)
    assert len(view) == len(text)
    assert view == ' "People turn to it,"  Ms. White said.  "Yes,"  he said. Then  "no" '
    assert parser_view("rock 'n' roll, the '90s") == "rock 'n' roll, the '90s"
