"""The public Python API: typed, JSON-able results; the model is loaded once per process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import provenance
from provenance import api
from provenance.config import Config

ARTICLE = (
    "The council will vote on the budget next week.\n\n"
    '"We cannot keep the libraries open on this money," said Jane Roe, the city\'s finance director.\n'
)


def test_import_is_cheap_and_versioned() -> None:
    code = (
        "import sys, provenance; print(provenance.__version__); print('torch' in sys.modules, 'stanza' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [provenance.__version__, "False", "False"]
    from importlib.metadata import version

    assert version("provenance") == provenance.__version__  # pyproject reads the same string
    assert set(provenance.__all__) >= {"extract_text", "check_text", "__version__"}


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        provenance.no_such_thing  # noqa: B018


@pytest.mark.model
def test_extract_text_returns_the_quote_and_speaker() -> None:
    result = provenance.extract_text(ARTICLE)
    [quote] = [q for q in result.quotes if q.kind == "direct"]
    assert ARTICLE[quote.start : quote.end].strip('"').startswith("We cannot keep")
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"
    json.dumps(result.to_json())  # JSON-able as it is


@pytest.mark.model
def test_check_text_reports_findings_and_sourcing_and_reuses_the_model() -> None:
    before = len(api._ANALYSES)
    report = provenance.check_text('"This is a disgrace," the statement read.\n', path="story.md")
    again = provenance.check_text(ARTICLE, path="story.md", config=Config())
    assert len(api._ANALYSES) <= before + 1  # the second call loaded nothing new
    assert report.path == "story.md"
    assert report.sourcing.quotes >= 1
    assert again.sourcing.named == 1
    data = json.loads(json.dumps(report.to_json()))
    assert set(data) == {"path", "failed", "findings", "sourcing", "result"}
    assert isinstance(report.failed, bool)


def test_rules_are_parsed_once_while_their_files_are_unchanged(tmp_path, monkeypatch) -> None:
    from provenance.checker import run as checker_run
    from provenance.policy import rules as policy_rules

    calls = []
    real = policy_rules.load_rule_file
    monkeypatch.setattr(checker_run, "_RULES", {})
    monkeypatch.setattr(policy_rules, "load_rule_file", lambda p, trusted=False: calls.append(p) or real(p, trusted))
    first = checker_run.cached_rules(())
    n = len(calls)
    assert n > 0 and checker_run.cached_rules(()) is first and len(calls) == n
    own = tmp_path / "house-unattributed.yaml"
    own.write_text(
        (policy_rules.builtin_rules_dir() / "unattributed-quote.yaml")
        .read_text()
        .replace("id: unattributed-quote", "id: house-unattributed"),
        encoding="utf-8",
    )
    with_house = checker_run.cached_rules((tmp_path,))
    assert "house-unattributed" in {r.id for r in with_house}
    import os

    os.utime(own, ns=(1, 1))  # an edited rule file is read again
    assert checker_run.cached_rules((tmp_path,)) is not with_house
