"""The test corpus in tests/data/sourcing (articles written for these tests, see its EXPECTED.md):
each known sourcing problem is still reported by the real model and the default rules, and the
clean wire story raises nothing at warning or above."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_helpers import REPO, cli

CORPUS = REPO / "tests" / "data" / "sourcing" / "articles"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def report() -> tuple[int, dict]:
    proc = cli("check", "--format", "json", str(CORPUS))
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def _found(data: dict, name: str) -> list[tuple[str, str]]:
    return sorted((f["rule"], f["level"]) for f in data["findings"] if Path(f["path"]).name == name)


def test_the_corpus_fails_the_default_hook(report) -> None:
    code, data = report
    assert code == 1 and data["summary"]["failed"] is True


@pytest.mark.parametrize(
    ("name", "rule", "levels"),
    [
        ("unattributed-quote.md", "unattributed-quote", {"error"}),
        ("anonymous-without-reason.md", "anonymous-without-reason", {"info"}),
        ("lifted-agency-quote.md", "uncredited-secondary-source", {"warning"}),
        ("anonymous-opinion.md", "anonymous-opinion", {"warning"}),
    ],
)
def test_each_known_problem_is_reported(report, name: str, rule: str, levels: set[str]) -> None:
    _, data = report
    found = _found(data, name)
    assert any(r == rule and lv in levels for r, lv in found), found


def test_the_unattributed_quote_is_certain_and_says_why(report) -> None:
    _, data = report
    [f] = [f for f in data["findings"] if f["rule"] == "unattributed-quote"]
    assert f["confidence"] == "certain" and f["line"] == 7
    assert "no speaker nearby" in f["evidence"]


def test_the_lifted_quote_names_the_agency(report) -> None:
    _, data = report
    [f] = [f for f in data["findings"] if f["rule"] == "uncredited-secondary-source"]
    assert "Reuters" in f["message"]


def test_clean_wire_story_has_nothing_at_warning_or_above(report) -> None:
    _, data = report
    assert [x for x in _found(data, "clean-wire-story.md") if x[1] != "info"] == []
    [entry] = [f for f in data["files"] if Path(f["path"]).name == "clean-wire-story.md"]
    assert entry["sourcing"]["credits"] == ["Reuters"] and entry["sourcing"]["unattributed"] == 0
