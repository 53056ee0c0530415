from hypothesis import given
from hypothesis import strategies as st

from provenance.document import make_document, markdown_prose


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
