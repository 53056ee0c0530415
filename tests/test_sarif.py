"""SARIF 2.1.0 output, validated against the official OASIS schema (a copy in tests/data)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from check_helpers import SARIF_SCHEMA, SEED_000, SEED_003, doc_from, quote, seed_000, seed_003

from provenance import policy
from provenance.checker.results import CheckRun
from provenance.checker.run import check_documents
from provenance.config import Config
from provenance.document import make_document, read_document
from provenance.fingerprint import FINGERPRINT_NAME
from provenance.records import ArticleResult
from provenance.report.sarif import sarif_log


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


def seeds_run() -> CheckRun:
    docs = [read_document(str(SEED_000)), read_document(str(SEED_003))]
    return check_documents(docs, [Config(), Config()], results=[seed_000(docs[0]), seed_003(docs[1])])


def test_sarif_validates_against_the_official_schema(schema: dict) -> None:
    log = sarif_log(seeds_run())
    jsonschema.validate(log, schema)
    assert log["version"] == "2.1.0"


def test_sarif_with_suppressed_and_clean_runs_validates(schema: dict) -> None:
    doc = doc_from("<!-- provenance-disable-next-line unattributed-quote -- court transcript -->\n“One.”\n")
    run = check_documents([doc], [Config()], results=[ArticleResult(doc.path, [quote(doc, "“One.”")])])
    log = sarif_log(run)
    jsonschema.validate(log, schema)
    [result] = log["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "inSource"}]
    clean = make_document("Nothing.\n", "<stdin>")
    jsonschema.validate(sarif_log(check_documents([clean], [Config()], results=[ArticleResult("<stdin>")])), schema)


def test_rules_metadata_and_stable_rule_ids() -> None:
    log = sarif_log(seeds_run())
    driver = log["runs"][0]["tool"]["driver"]
    rules = driver["rules"]
    assert [r["id"] for r in rules] == sorted(r.id for r in policy.load_rules())
    by_id = {r["id"]: r for r in rules}
    late = by_id["late-attribution"]
    assert late["name"] == "LateAttribution"
    assert late["defaultConfiguration"]["level"] == "note"
    assert late["helpUri"].startswith("https://")
    assert "Fix" in late["help"]["text"]
    assert by_id["plural-anonymous-sources"]["defaultConfiguration"]["level"] == "note"
    for res in log["runs"][0]["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_partial_fingerprints_survive_line_moves() -> None:
    text = SEED_003.read_text(encoding="utf-8")
    before = make_document(text, "story.txt")
    after = make_document("An editor's note added at the top.\n\nAnd another paragraph.\n\n" + text, "story.txt")
    runs = [check_documents([d], [Config()], results=[seed_003(d)]) for d in (before, after)]
    logs = [sarif_log(r)["runs"][0]["results"] for r in runs]

    def fp(results):
        return sorted((r["ruleId"], r["partialFingerprints"][FINGERPRINT_NAME]) for r in results)

    def lines(results):
        return sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results)

    assert fp(logs[0]) == fp(logs[1])
    assert lines(logs[0]) != lines(logs[1])


def test_help_uri_points_at_the_rule_doc_page_when_docs_url_is_set(tmp_path, schema: dict) -> None:
    cfg_file = tmp_path / ".provenance.yaml"
    cfg_file.write_text("docs-url: https://news.example/provenance/docs/rules/\n", encoding="utf-8")
    from provenance.config import load_config

    cfg = load_config(cfg_file)
    docs = [read_document(str(SEED_000))]
    run = check_documents(docs, [cfg], results=[seed_000(docs[0])])
    log = sarif_log(run)
    jsonschema.validate(log, schema)
    by_id = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert by_id["late-attribution"]["helpUri"] == "https://news.example/provenance/docs/rules/late-attribution.md"


def test_docs_url_must_be_an_absolute_url(tmp_path) -> None:
    from provenance.config import load_config
    from provenance.errors import ProvenanceError

    cfg_file = tmp_path / ".provenance.yaml"
    cfg_file.write_text("docs-url: docs/rules\n", encoding="utf-8")
    with pytest.raises(ProvenanceError, match="docs-url"):
        load_config(cfg_file)


def test_the_repository_rule_pages_are_generated_from_the_registry(tmp_path) -> None:
    """docs/rules/ is what `provenance rules --write-docs` writes: a rule change without
    regenerating the pages fails here (run `provenance rules --write-docs docs/rules`)."""
    from pathlib import Path

    from provenance.cli import main

    assert main(["rules", "--write-docs", str(tmp_path)]) == 0
    shipped = Path(__file__).resolve().parents[1] / "docs" / "rules"
    expected = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.md")}
    actual = {p.name: p.read_text(encoding="utf-8") for p in shipped.glob("*.md")}
    assert sorted(actual) == sorted(expected)
    for name, text in expected.items():
        assert actual[name] == text, f"docs/rules/{name} is out of date"
    page = expected["anonymous-opinion.md"]
    assert page.startswith("# anonymous-opinion (")
    assert "## Fix" in page and "```yaml" in page and "Defined in `rules/policy/anonymous-opinion.yaml`" in page
