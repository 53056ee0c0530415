"""Output escaping and the near-linear paths (issue #18), each case as the campaign found it."""

from __future__ import annotations

import html.parser
import json

from check_helpers import doc_from, quote

from provenance.checker.run import check_documents
from provenance.config import Config
from provenance.document import make_document
from provenance.errors import ProvenanceError, terminal_safe
from provenance.quotemarks import pair_marks
from provenance.records import ArticleResult, Speaker
from provenance.report import render
from provenance.report.html import _marked_text, _Span, script_json


class _Scripts(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self._in = False

    def handle_starttag(self, tag, attrs) -> None:
        self._in = tag == "script"
        if self._in:
            self.scripts.append("")

    def handle_endtag(self, tag) -> None:
        self._in = False

    def handle_data(self, data) -> None:
        if self._in:
            self.scripts[-1] += data


def test_speaker_with_comment_and_script_cannot_swallow_the_page_script() -> None:
    doc = doc_from("“We stay,” said <!--<script> today.\n")
    s, e = doc.text.index("<!--"), doc.text.index(" today")
    spk = Speaker("<!--<script>", s, e, "<!--<script>", type="person", anonymity="named-no-role")
    run = check_documents([doc], [Config()], results=[ArticleResult(doc.path, [quote(doc, "“We stay,”", spk=spk)])])
    page = render(run, "html")
    payload = page.split('<script type="application/json" id="quote-data">', 1)[1].split("</script>", 1)[0]
    # A browser enters "script data double escaped" state on "<!--<script" and the real
    # </script> would not end the element; with no "<" in the JSON that cannot happen.
    assert "<" not in payload and ">" not in payload
    assert json.loads(payload)["a0-q0"]["speaker"] == "<!--<script>"
    parser = _Scripts()
    parser.feed(page)
    assert len(parser.scripts) == 2 and "addEventListener" in parser.scripts[1]


def test_script_json_escapes_line_separators_and_ampersands() -> None:
    out = script_json({"k": "a\u2028b\u2029c&d</script>"})
    assert not set(out) & set("\u2028\u2029&<>") and json.loads(out) == {"k": "a\u2028b\u2029c&d</script>"}


def test_ansi_and_osc_escapes_are_shown_not_executed_in_text_output() -> None:
    name = "evil\x1b]0;pwned\x07\x1b[2J.md"
    doc = make_document("“\x1b[31mred\x1b[0m.” \u202eok.\n", name)
    run = check_documents([doc], [Config()], results=[ArticleResult(name, [quote(doc, "“\x1b[31mred\x1b[0m.”")])])
    out = render(run, "text")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "evil\\x1b]0;pwned\\x07\\x1b[2J.md:1:" in out


def test_a_newline_in_a_file_name_cannot_start_a_workflow_command() -> None:
    name = "a.md\n::warning file=x.md::injected"
    doc = make_document("“We stay.”\n", name)
    run = check_documents([doc], [Config()], results=[ArticleResult(name, [quote(doc, "“We stay.”")])])
    for fmt in ("text", "github"):
        lines = render(run, fmt).splitlines()
        assert not any(line.startswith("::warning file=x.md") for line in lines), fmt
    github = render(run, "github")
    assert "file=a.md%0A%3A%3Awarning file=x.md%3A%3Ainjected," in github
    assert github.count("\n") == len(run.findings)


def test_errors_name_files_safely_on_one_line() -> None:
    err = ProvenanceError("cannot read\nfile", "dir/\x1b[2Jx\n.md", 3)
    assert str(err) == "dir/\\x1b[2Jx\\n.md:3: cannot read file"
    assert terminal_safe("tab\tstays") == "tab\tstays"


def test_ten_thousand_unclosed_marks_are_each_reported() -> None:
    text = "“" * 10_000
    spans, problems = pair_marks(text, [(0, len(text))])
    assert spans == [] and sorted(p.offset for p in problems) == list(range(10_000))


def test_twenty_thousand_opens_and_closes_pair_up_nested() -> None:
    text = "“a " * 20_000 + "b” " * 20_000
    spans, problems = pair_marks(text, [(0, len(text))])
    assert problems == [] and len(spans) == 20_000
    assert spans[0].start == 0 and spans[0].end == len(text) - 1 and spans[-1].depth == 19_999


def test_html_marks_eight_thousand_quotes() -> None:
    text = "“a” " * 8000
    spans = [_Span(4 * i, 4 * i + 3, i, "x") for i in range(8000)]
    out = _marked_text(text, spans, {"x": "#fff"}, {i: f'<mark id="q{i}">' for i in range(8000)})
    assert out.count("<mark") == 8000 and out.count("</mark>") == 8000
    assert out.startswith('<mark id="q0">“a”</mark> <mark id="q1">')
