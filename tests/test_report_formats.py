"""The machine formats for other CI systems: GitLab code quality, JUnit XML, JSON lines, rdjson."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from check_helpers import SEED_000, SEED_003, doc_from, seed_000, seed_003

from provenance.checker.results import CheckRun
from provenance.checker.run import check_documents
from provenance.config import Config
from provenance.document import read_document
from provenance.records import ArticleResult
from provenance.report import FORMATS, render


@pytest.fixture(scope="module")
def seeds() -> CheckRun:
    docs = [read_document(str(SEED_000)), read_document(str(SEED_003))]
    run = check_documents(docs, [Config(), Config()], results=[seed_000(docs[0]), seed_003(docs[1])])
    assert run.findings, "the seed articles have findings"
    return run


def clean_run() -> CheckRun:
    doc = doc_from("Nothing quoted here.\n")
    return check_documents([doc], [Config()], results=[ArticleResult(doc.path)])


def test_every_format_renders_the_seeds_and_a_clean_run(seeds: CheckRun) -> None:
    for fmt in FORMATS:
        assert render(seeds, fmt).strip(), fmt
        render(clean_run(), fmt)  # no findings must not crash any format


def test_gitlab_code_quality_has_the_fields_gitlab_reads(seeds: CheckRun) -> None:
    issues = json.loads(render(seeds, "gitlab"))
    assert len(issues) == len(seeds.findings)
    for issue, f in zip(issues, seeds.findings):
        assert issue["check_name"] == f"provenance/{f.rule}"
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["fingerprint"] == f.fingerprint
        assert issue["location"]["path"] == f.path
        assert issue["location"]["positions"]["begin"] == {"line": f.line, "column": f.column}
    # fingerprints tell findings apart (GitLab drops duplicates)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert json.loads(render(clean_run(), "gitlab")) == []


def test_junit_has_a_failing_case_per_finding_and_a_passing_case_per_clean_file(seeds: CheckRun) -> None:
    root = ET.fromstring(render(seeds, "junit").split("\n", 1)[1])
    failures = root.findall(".//failure")
    assert len(failures) == len(seeds.findings) == int(root.get("failures", "-1"))
    assert {s.get("name") for s in root.findall("testsuite")} == {str(SEED_000), str(SEED_003)}
    assert {f.get("type") for f in failures} <= {"error", "warning", "info"}
    clean = ET.fromstring(render(clean_run(), "junit").split("\n", 1)[1])
    assert clean.findall(".//failure") == [] and len(clean.findall(".//testcase")) == 1


def test_junit_survives_control_characters_in_paths_and_messages() -> None:
    doc = doc_from("Nothing quoted here.\n", path="odd\x01name.txt")
    run = check_documents([doc], [Config()], results=[ArticleResult(doc.path)])
    out = render(run, "junit")
    ET.fromstring(out.split("\n", 1)[1])  # still well-formed XML
    assert "\\x01" in out


def test_json_lines_is_one_finding_object_per_line(seeds: CheckRun) -> None:
    lines = render(seeds, "json-lines").splitlines()
    assert len(lines) == len(seeds.findings)
    assert [json.loads(x)["rule"] for x in lines] == [f.rule for f in seeds.findings]
    assert render(clean_run(), "json-lines") == ""


def test_rdjson_diagnostics_match_the_findings(seeds: CheckRun) -> None:
    data = json.loads(render(seeds, "rdjson"))
    assert data["source"]["name"] == "provenance"
    diags = data["diagnostics"]
    assert [d["code"]["value"] for d in diags] == [f.rule for f in seeds.findings]
    assert {d["severity"] for d in diags} <= {"ERROR", "WARNING", "INFO"}
    first = diags[0]["location"]
    assert first["path"] == seeds.findings[0].path
    assert first["range"]["start"]["line"] == seeds.findings[0].line


def test_markdown_summary_has_a_sourcing_row_per_article_and_escapes_article_text(seeds: CheckRun) -> None:
    out = render(seeds, "markdown")
    rows = [line for line in out.splitlines() if line.startswith("| ") and "corpus" in line and ":" not in line]
    assert len(rows) == 2  # one sourcing row per seed article
    # the counts agree with the sourcing summary of each article
    for article in seeds.articles:
        s = article.sourcing
        [row] = [r for r in rows if str(article.doc.path).replace("_", "\\_") in r]
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert cells[1:4] == [str(s.quotes), str(s.named), str(s.organization)]
    doc = doc_from("Nothing quoted here.\n", path="a|b<script>.md")
    run = check_documents([doc], [Config()], results=[ArticleResult(doc.path)])
    text = render(run, "markdown")
    assert "<script>" not in text and "a\\|b&lt;script&gt;.md" in text
