"""Fuzzing the reports this side owns (issue #18): HTML (checked by parsing the DOM), GitHub
annotations (unescaped back to what they carry), and text (one line per finding, nothing that
drives a terminal) — whatever the article text, speaker names and file names hold."""

from __future__ import annotations

import functools
import html.parser
import json
import re
from collections.abc import Iterator

import pytest
from fuzzing import ODD, TEXT, fuzz
from hypothesis import given
from hypothesis import strategies as st

from provenance.checker import run as run_module
from provenance.checker.results import CheckRun
from provenance.checker.run import check_documents
from provenance.config import Config
from provenance.document import make_document
from provenance.errors import terminal_safe
from provenance.kinds import ANONYMITY_LEVELS, QUOTE_KINDS, SPEAKER_TYPES
from provenance.records import ArticleResult, MarkIssue, Quote, Speaker
from provenance.report import render
from provenance.report.text import sourcing_lines

HOSTILE = ["<!--<script>", "</script>", "<script>alert(1)</script>", "&amp;", "\u2028", "\u2029", "]]>", "'\"", *ODD]
NAMES = st.one_of(
    st.sampled_from(HOSTILE), st.lists(st.sampled_from(HOSTILE) | st.text(max_size=5), max_size=4).map("".join)
)
PATHS = st.sampled_from(["a.md", "dir/b c.txt", "x\n::warning file=y::pwned.md", "\x1b]8;;http://e\x07l.md", "a,b:c%0A.md", "r\u202etxt.md"])  # fmt: skip


@pytest.fixture(autouse=True, scope="module")
def _rules_loaded_once() -> Iterator[None]:
    # check_documents reads the 50-odd rule files on every call (~0.1-0.4 s); the reports are
    # what is fuzzed here, so the rules are read once.
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(run_module, "load_rules", functools.lru_cache(maxsize=None)(run_module.load_rules))
        yield


@st.composite
def runs(draw: st.DrawFn) -> tuple[str, CheckRun]:
    text = draw(TEXT)
    path = draw(PATHS)
    n = len(text)
    quotes = []
    for _ in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, n))
        end = draw(st.integers(start, n))
        speaker = None
        if draw(st.booleans()):
            s = draw(st.integers(0, n))
            e = draw(st.integers(s, n))
            speaker = Speaker(
                text[s:e],
                s,
                e,
                draw(NAMES),
                type=draw(st.sampled_from(SPEAKER_TYPES)),
                anonymity=draw(st.sampled_from(ANONYMITY_LEVELS)),
                reason=draw(st.none() | NAMES),
            )
        quotes.append(Quote(draw(st.sampled_from(QUOTE_KINDS)), start, end, text[start:end], 1, 1, None, speaker, "t"))
    marks = [MarkIssue(text[i], i, 1, 1, "unclosed") for i in range(n) if text[i] in "“«"][:3]
    doc = make_document(text, path)
    run = check_documents([doc], [Config()], results=[ArticleResult(path, quotes, mark_issues=marks)])
    return text, run


class _Page(html.parser.HTMLParser):
    """Collects the report's scripts and the article text as a browser's DOM would hold it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: list[str] = []
        self._in_script: dict[str, str | None] | None = None
        self._text_depth = 0  # >0 inside <div class="text">
        self._script_data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self._in_script, self._script_data = a, []
        if tag == "div" and a.get("class") == "text":
            self._text_depth = 1
        elif self._text_depth and tag == "div":
            self._text_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._script_data)))
            self._in_script = None
        if tag == "div" and self._text_depth:
            self._text_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._script_data.append(data)
        elif self._text_depth:
            self.text.append(data)


@fuzz(500)
@given(runs())
def test_html_report_dom_holds_the_article_and_valid_script_data(article: tuple[str, CheckRun]) -> None:
    text, run = article
    page = render(run, "html")
    dom = _Page()
    dom.feed(page)
    dom.close()
    assert [a.get("type") for a, _ in dom.scripts] == ["application/json", None], "exactly the report's two scripts"
    payload = dom.scripts[0][1]
    # No "<" at all: neither "</script" nor "<!--<script" can change how a browser ends the element.
    assert not set(payload) & set("<>&\u2028\u2029")
    data = json.loads(payload)
    speakers = {q.speaker.name for a in run.articles for q in a.result.quotes if q.speaker}
    assert {d["speaker"] for d in data.values()} <= speakers | {"unattributed"}
    assert "".join(dom.text) == text, "the article is shown as written, every character escaped"
    assert all(not a.get("src") for a, _ in dom.scripts)


_GITHUB = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")
_OTHER_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _unescape(value: str) -> str:
    return re.sub(
        r"%(25|0D|0A|3A|2C)", lambda m: {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}[m[1]], value
    )


def _visible(value: str) -> str:
    return _OTHER_CONTROLS.sub(lambda m: ascii(m.group())[1:-1], value)


@fuzz(800)
@given(runs())
def test_github_annotations_carry_exactly_the_finding(article: tuple[str, CheckRun]) -> None:
    _, run = article
    out = render(run, "github")
    lines = out.split("\n")
    assert lines[-1] == "" and len(lines) - 1 == len(run.findings), "one workflow command per finding"
    for line, f in zip(lines, run.findings):
        m = _GITHUB.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m[2].split(","))
        assert _unescape(props["file"]) == _visible(f.path)
        assert int(props["line"]) == f.line and _unescape(props["title"]) == f"provenance {f.rule}"
        unsure = " (uncertain)" if f.confidence == "uncertain" else ""
        assert _unescape(m[3]) == _visible(f"{f.message}{unsure} [{f.rule}]")


@fuzz(800)
@given(runs())
def test_text_report_is_one_safe_line_per_finding(article: tuple[str, CheckRun]) -> None:
    _, run = article
    out = render(run, "text")
    lines = out.split("\n")
    # One line per finding, one sourcing summary per article with quotes, the summary line.
    sourcing = sourcing_lines(run)
    assert lines[-1] == "" and len(lines) - 2 == len(run.findings) + len(sourcing)
    assert lines[len(run.findings) : len(run.findings) + len(sourcing)] == sourcing
    unsafe = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
    for line in lines:
        assert not unsafe.search(line), repr(line)
    for line, f in zip(lines, run.findings):
        assert line.startswith(f"{terminal_safe(f.path)}:{f.line}:{f.column}: {f.level} {f.rule} ")
