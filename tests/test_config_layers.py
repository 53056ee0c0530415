"""Rule selection (select / ignore / extend-select / min-level), per-path sections and extend:."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_helpers import FakePipeline, quote, run_check_args

from provenance.checker import run as checker_run
from provenance.config import ConfigCache, load_config
from provenance.errors import ProvenanceError
from provenance.records import ArticleResult, MarkIssue
from provenance.selection import Selection


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _two_findings(doc) -> ArticleResult:
    """An unattributed quote (unattributed-quote) and an unclosed mark (unbalanced-quote-marks)."""
    s = doc.text.index("“Open")
    line, col = doc.line_col(s)
    return ArticleResult(
        doc.path,
        [quote(doc, "“We will not move.”")],
        mark_issues=[MarkIssue("“", s, line, col, "unclosed")],
    )


TEXT = "“We will not move.” The talks ended.\n\n“Open ended.\n"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    pipeline = FakePipeline(default=_two_findings)
    monkeypatch.setattr(checker_run, "analyse_documents", pipeline)
    return pipeline


def rules_found(capsys) -> list[str]:
    return sorted(f["rule"] for f in json.loads(capsys.readouterr().out)["findings"])


def test_selection_semantics() -> None:
    s = Selection(select=("a", "b"), ignore=("b",), extend_select=("c",), min_level="warning")
    assert s.shows("a", "error") and not s.shows("b", "error") and s.shows("c", "warning")
    assert not s.shows("d", "error") and not s.shows("a", "info")
    assert s.shows("read-error", "info")  # an unread file is never hidden
    cli = Selection(select=("d",), ignore=("a",))
    merged = s.then(cli)
    assert merged.select == ("d",) and merged.ignore == ("b", "a") and merged.min_level == "warning"


def test_cli_select_ignore_and_min_level(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    story = write(tmp_path / "s.md", TEXT)
    args = [str(story), "--format", "json", "--fail-on", "never"]
    run_check_args(args)
    both = rules_found(capsys)
    assert {"unattributed-quote", "unbalanced-quote-marks"} <= set(both)
    run_check_args([*args, "--select", "unbalanced-quote-marks"])
    assert rules_found(capsys) == ["unbalanced-quote-marks"]
    run_check_args([*args, "--ignore", "unbalanced-quote-marks,unattributed-quote"])
    assert not {"unattributed-quote", "unbalanced-quote-marks"} & set(rules_found(capsys))
    run_check_args([*args, "--select", "unattributed-quote", "--extend-select", "unbalanced-quote-marks"])
    assert rules_found(capsys) == ["unattributed-quote", "unbalanced-quote-marks"]
    run_check_args([*args, "--min-level", "error"])
    found = json.loads(capsys.readouterr().out)["findings"]
    assert found and all(f["level"] == "error" for f in found)


def test_hidden_findings_do_not_fail_the_check(tmp_path: Path, fake: FakePipeline) -> None:
    story = write(tmp_path / "s.md", TEXT)
    assert run_check_args([str(story)]) == 1
    assert run_check_args([str(story), "--select", "speaker-name-variant"]) == 0


def test_an_unknown_rule_in_a_selection_is_an_error(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    story = write(tmp_path / "s.md", TEXT)
    assert run_check_args([str(story), "--select", "unattributed-quotes"]) == 2
    assert "did you mean unattributed-quote" in capsys.readouterr().err
    write(tmp_path / ".provenance.yaml", "ignore: [late-atribution]\n")
    assert run_check_args([str(story)]) == 2
    assert "late-atribution" in capsys.readouterr().err


def test_config_selection_and_cli_over_it(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    write(tmp_path / ".provenance.yaml", "select: [unbalanced-quote-marks]\nmin-level: info\n")
    story = write(tmp_path / "s.md", TEXT)
    run_check_args([str(story), "--format", "json"])
    assert rules_found(capsys) == ["unbalanced-quote-marks"]
    run_check_args([str(story), "--format", "json", "--select", "unattributed-quote"])  # the CLI's select replaces
    assert rules_found(capsys) == ["unattributed-quote"]


def test_per_path_sections_apply_to_matching_files_only(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    write(
        tmp_path / ".provenance.yaml",
        'per-path:\n  "opinion/**":\n    rules: {unattributed-quote: off}\n    fail-on: never\n',
    )
    news = write(tmp_path / "news" / "a.md", TEXT)
    opinion = write(tmp_path / "opinion" / "b.md", TEXT)
    assert run_check_args([str(opinion)]) == 0  # fail-on: never there
    assert run_check_args([str(news)]) == 1
    capsys.readouterr()
    run_check_args([str(tmp_path), "--format", "json", "--fail-on", "never"])
    by_path: dict[str, set[str]] = {}
    for f in json.loads(capsys.readouterr().out)["findings"]:
        by_path.setdefault(Path(f["path"]).parent.name, set()).add(f["rule"])
    assert "unattributed-quote" in by_path["news"] and "unattributed-quote" not in by_path.get("opinion", set())
    # one analysis for both: the per-path config shares its parent's vocabulary
    assert len(fake.calls) == 3 and len(fake.calls[-1][0]) == 2


def test_per_path_errors_name_file_and_line(tmp_path: Path) -> None:
    cfg = write(tmp_path / ".provenance.yaml", 'per-path:\n  "opinion/**":\n    include: ["*.md"]\n')
    with pytest.raises(ProvenanceError) as err:
        load_config(cfg)
    assert err.value.line == 3 and "unknown key 'include'" in err.value.message
    write(cfg, 'per-path:\n  "x/[z-a]":\n    fail-on: never\n')
    with pytest.raises(ProvenanceError) as err:
        load_config(cfg)
    assert err.value.line == 2


def test_extend_inherits_and_merges(tmp_path: Path) -> None:
    write(
        tmp_path / ".provenance.yaml",
        "fail-on: warning\nrules:\n  late-attribution: off\n  no-named-source: info\n"
        "vocabularies:\n  speech_verbs: [opine]\nexclude: [drafts/]\n",
    )
    child = write(
        tmp_path / "desk" / ".provenance.yaml",
        "extend: ../.provenance.yaml\nrules:\n  no-named-source: warning\nvocabularies:\n  speech_verbs: [aver]\n",
    )
    cfg = load_config(child)
    assert cfg.fail_on == "warning"  # inherited
    assert cfg.rule_levels == {"late-attribution": "off", "no-named-source": "warning"}  # merged, child wins
    assert cfg.vocabulary["speech_verbs"] == ["opine", "aver"]  # entries added
    assert cfg.exclude == ("drafts/",)
    assert cfg.origins["fail-on"].startswith(str(tmp_path / ".provenance.yaml"))
    assert cfg.origins["rules.no-named-source"] == f"{child}:3"
    # without extend a nested config replaces its parent's entirely
    write(child, "rules:\n  no-named-source: warning\n")
    assert load_config(child).fail_on is None


def test_extend_cycle_and_missing_file_are_errors(tmp_path: Path) -> None:
    a = write(tmp_path / "a" / ".provenance.yaml", "extend: ../b/.provenance.yaml\n")
    write(tmp_path / "b" / ".provenance.yaml", "extend: ../a/.provenance.yaml\n")
    with pytest.raises(ProvenanceError, match="cycle"):
        load_config(a)
    write(a, "extend: ../nowhere.yaml\n")
    with pytest.raises(ProvenanceError, match="not a file") as err:
        load_config(a)
    assert err.value.line == 1


def test_config_cache_gives_per_file_configs(tmp_path: Path) -> None:
    write(tmp_path / ".provenance.yaml", 'fail-on: error\nper-path:\n  "*.txt":\n    fail-on: never\n')
    cache = ConfigCache()
    md = cache.for_file(write(tmp_path / "a.md", "x"))
    txt = cache.for_file(write(tmp_path / "b.txt", "x"))
    assert md.fail_on == "error" and txt.fail_on == "never"
    assert txt.vocabulary is md.vocabulary
    assert cache.for_file(write(tmp_path / "c.txt", "x")) is txt  # derived once per set of sections


def test_config_show_names_where_each_setting_came_from(tmp_path: Path, capsys) -> None:
    from provenance import cli

    write(tmp_path / ".provenance.yaml", "fail-on: warning\nrules:\n  late-attribution: off\n")
    child = write(
        tmp_path / "desk" / ".provenance.yaml",
        'extend: ../.provenance.yaml\nper-path:\n  "opinion/**":\n    rules: {anonymous-opinion: off}\n',
    )
    story = write(tmp_path / "desk" / "opinion" / "a.md", "x\n")
    assert cli.main(["config", "--show", str(story), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = {r["key"]: r for r in data["settings"]}
    assert data["config"] == str(child)
    assert rows["fail-on"]["value"] == "warning" and rows["fail-on"]["from"] == f"{tmp_path / '.provenance.yaml'}:1"
    assert rows["rules.late-attribution"]["from"].endswith(".provenance.yaml:3")
    assert rows["rules.anonymous-opinion"]["from"] == f"{child}:4 (per-path 'opinion/**')"
    assert rows["include"]["from"] == "default"
    assert cli.main(["config", str(story)]) == 0
    assert "# default" in capsys.readouterr().out


def test_version_flag(capsys) -> None:
    import provenance
    from provenance import cli

    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"provenance {provenance.__version__}"
