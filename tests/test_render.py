"""``extract``'s text output escapes what the article and its file name contain."""

from __future__ import annotations

from provenance.document import make_document
from provenance.records import ArticleResult, Quote, Speaker
from provenance.render import extract_text


def test_control_characters_from_the_article_never_reach_the_terminal():
    text = 'x\x1b]0;pwned\x07 "We will win," Roe said.'
    doc = make_document(text, "evil\x1b[31m\nname.txt")
    speaker = Speaker(text="Roe\x1b[2J", start=0, end=3, name="Roe\u202e", type="person")
    quote = Quote(
        kind="direct",
        start=14,
        end=28,
        text="\x1b[31mWe will win",
        line=1,
        column=15,
        cue=None,
        speaker=speaker,
        rule="t",
    )
    out = extract_text(doc, ArticleResult(path=doc.path, quotes=[quote]))
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "\\x1b" in out and "\\u202e" in out
    # A newline in the file name is shown, not obeyed: every output line starts where it should.
    assert all(not line.startswith("name.txt") for line in out.splitlines())
