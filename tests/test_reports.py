"""Text, JSON, GitHub and HTML reports over the seed articles (hand-built results)."""

from __future__ import annotations

import html.parser
import json
import re

import pytest
from check_helpers import SEED_000, SEED_003, doc_from, quote, seed_000, seed_003

from provenance.checker.results import CheckRun
from provenance.checker.run import check_documents
from provenance.config import Config
from provenance.document import read_document
from provenance.kinds import LEVELS
from provenance.records import ArticleResult
from provenance.report import render
from provenance.report.github import render_github
from provenance.report.sarif import SARIF_LEVEL

LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning|info) (?P<rule>[a-z-]+) (?P<msg>.+)$"
)


@pytest.fixture(scope="module")
def seeds() -> CheckRun:
    docs = [read_document(str(SEED_000)), read_document(str(SEED_003))]
    return check_documents(docs, [Config(), Config()], results=[seed_000(docs[0]), seed_003(docs[1])])


def clean_run(text: str = "Nothing quoted here.\n") -> CheckRun:
    doc = doc_from(text)
    return check_documents([doc], [Config()], results=[ArticleResult(doc.path)])


def test_text_report_is_compiler_style(seeds: CheckRun) -> None:
    lines = render(seeds, "text").splitlines()
    *findings, sourcing_000, sourcing_003, summary = lines
    assert findings, "the seeds have findings"
    # One sourcing summary per article, after the findings.
    assert sourcing_000 == (
        f"{SEED_000}: 7 quotes: 1 named, 4 organization, 2 anonymous (2 with a reason); via Associated Press; "
        "credited Associated Press"
    )
    assert (
        sourcing_003
        == f"{SEED_003}: 8 quotes: 4 named, 2 organization, 2 anonymous (1 with a reason); via Reuters, Al-Sumaria News"
    )
    for line in findings:
        m = LINE.match(line)
        assert m, line
        assert m["path"] in (str(SEED_000), str(SEED_003))
    # Al-Sumaria News is a broadcaster cited in the text, not licensed wire copy: info; the
    # anonymity rules are info by default (README, Calibration).
    assert summary == "Found 5 findings (1 warning, 4 info) in 2 files."
    # Sorted by file, then position.
    keys = [(LINE.match(x)["path"], int(LINE.match(x)["line"]), int(LINE.match(x)["col"])) for x in findings]
    assert keys == sorted(keys)


def test_text_report_is_one_line_when_clean_and_empty_when_quiet() -> None:
    run = clean_run()
    assert render(run, "text") == "1 file checked, no findings.\n"
    assert render(run, "text", quiet=True) == ""


def test_json_report(seeds: CheckRun) -> None:
    data = json.loads(render(seeds, "json"))
    assert data["summary"] == {
        "files": 2,
        "findings": 5,
        "error": 0,
        "warning": 1,
        "info": 4,
        "suppressed": 0,
        "baselined": 0,
        "failed": False,
        "statistics": {
            "uncredited-secondary-source": {"warning": 1, "info": 1, "total": 2},
            "anonymous-first-quote": {"info": 1, "total": 1},
            "anonymous-without-reason": {"info": 1, "total": 1},
            "boilerplate-anonymity-reason": {"info": 1, "total": 1},
        },
    }
    first = data["findings"][0]
    assert set(first) >= {"path", "line", "column", "end_line", "end_column", "rule", "level", "message", "fingerprint"}
    assert first["confidence"] in ("certain", "uncertain") and "evidence" in first
    sourcing = data["files"][1]["sourcing"]
    assert (sourcing["quotes"], sourcing["named"], sourcing["anonymous"], sourcing["via"]) == (
        8,
        4,
        2,
        ["Reuters", "Al-Sumaria News"],
    )
    assert sourcing["text"].startswith("8 quotes: 4 named, 2 organization, 2 anonymous")


def test_statistics_in_text_count_findings_per_rule(seeds: CheckRun) -> None:
    lines = render(seeds, "text", statistics=True).splitlines()
    assert "2  uncredited-secondary-source  (1 warning, 1 info)" in lines
    assert "1  boilerplate-anonymity-reason  (1 info)" in lines
    assert "uncredited-secondary-source  (1 warning, 1 info)" not in render(seeds, "text")


def test_github_annotations(seeds: CheckRun) -> None:
    lines = render(seeds, "github").splitlines()
    assert len(lines) == 5
    assert all(re.match(r"^::(warning|notice|error) file=[^,]+,line=\d+,col=\d+,", x) for x in lines)
    assert any(x.startswith("::notice ") for x in lines)  # info -> notice


def test_github_escaping() -> None:
    doc = doc_from("“50%, then: more.”\n", "a,b:c.md")
    run = check_documents([doc], [Config()], results=[ArticleResult(doc.path, [quote(doc, "“50%, then: more.”")])])
    out = render_github(run)
    assert "file=a%2Cb%3Ac.md," in out
    assert "50%25, then: more" in out  # data escapes only %, CR and LF


class _Marks(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str | None]] = []
        self.rows = 0
        self.scripts: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "mark":
            self.marks.append(a)
        if tag == "tr":
            self.rows += 1
        if tag in ("script", "link", "img") and (a.get("src") or a.get("href")):
            self.scripts.append(a)


def test_html_report_highlights_every_quote_by_speaker(seeds: CheckRun) -> None:
    page = render(seeds, "html")
    parser = _Marks()
    parser.feed(page)
    ids = {m["data-q"] for m in parser.marks}
    n_quotes = sum(len(a.result.quotes) for a in seeds.articles)
    assert len(ids) == n_quotes
    # One colour per speaker within an article: Al-Amiri's four quotes share one.
    amiri = {m["style"] for m in parser.marks if m["data-speaker"] == "hadi al-amiri"}
    assert len(amiri) == 1
    presidency = {m["style"] for m in parser.marks if m["data-speaker"] == "the iraqi presidency"}
    assert presidency and presidency != amiri
    # Hover text names speaker, anonymity (in words, with its code) and via.
    assert any(
        m["title"] == "a US official · Anonymous, no reason given (anonymous) · via Reuters" for m in parser.marks
    )
    # Sourcing table rows (header + sources of both articles), plus the index of the two articles
    # (header + one row each).
    assert parser.rows == 2 + sum(len(a.result.sources) for a in seeds.articles) + 3
    assert parser.scripts == [], "the report must not load anything from outside"
    assert "uncredited-secondary-source" in page


def test_html_escapes_article_text() -> None:
    doc = doc_from("<script>alert(1)</script> “a </script> quote”, she said.\n")
    spk_q = quote(doc, "“a </script> quote”")
    run = check_documents([doc], [Config()], results=[ArticleResult(doc.path, [spk_q])])
    page = render(run, "html")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("</script>") == 2  # only the report's own two script elements


def test_html_marks_stray_quote_marks() -> None:
    from check_helpers import unbalanced

    doc = doc_from("He said: “We stay.\n")
    run = check_documents([doc], [Config()], results=[unbalanced(doc)])
    page = render(run, "html")
    assert '<span class="stray" title="unclosed quote mark">“</span>' in page
    assert "unbalanced-quote-marks" in page


def test_html_survives_overlapping_spans() -> None:
    doc = doc_from("He said “one two three four” today.\n")
    a = quote(doc, "“one two three")
    b = quote(doc, "two three four”")
    run = check_documents([doc], [Config()], results=[ArticleResult(doc.path, [a, b])])
    parser = _Marks()
    parser.feed(render(run, "html"))
    assert {m["data-q"] for m in parser.marks} == {"a0-q0", "a0-q1"}


def test_machine_reports_cover_every_level_of_kinds(seeds: CheckRun) -> None:
    # Levels come from provenance.kinds: a level added there shows up in every report.
    assert set(SARIF_LEVEL) == set(LEVELS) and SARIF_LEVEL["info"] == "note"
    summary = json.loads(render(seeds, "json"))["summary"]
    assert set(LEVELS) <= set(summary) and sum(summary[level] for level in LEVELS) == summary["findings"]
