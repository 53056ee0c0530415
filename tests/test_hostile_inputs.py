"""Issue #18, checker side: hostile files, names and configs get a clear answer, never a
traceback, a hang, or a lost file. Each test reproduces one row of the issue's table."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import jsonschema
import pytest
from check_helpers import SARIF_SCHEMA, FakePipeline, quote
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import cli, policy
from provenance.checker import run as checker_run
from provenance.document import make_document
from provenance.errors import ProvenanceError
from provenance.globs import GlobError, glob_to_regex
from provenance.policy import RegexGuard
from provenance.records import ArticleResult
from provenance.yamlio import load_located_yaml


def unattributed(doc) -> ArticleResult:
    return ArticleResult(doc.path, [quote(doc, "“We stay.”")]) if "“We stay.”" in doc.text else ArticleResult(doc.path)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    pipeline = FakePipeline(default=unattributed)
    monkeypatch.setattr(checker_run, "analyse_documents", pipeline)
    return pipeline


def write(path: Path, text: str = "“We stay.”\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def analysed(fake: FakePipeline) -> list[str]:
    return sorted(Path(p).name for call in fake.calls for p in call[0])


def one_line_error(err: str) -> str:
    assert err.startswith("provenance: error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


# --------------------------------------------------------------------------- config


def test_reversed_range_in_include_is_a_config_error(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    cfg = write(tmp_path / ".provenance.yaml", 'fail-on: error\ninclude: ["[z-a]"]\n')
    assert cli.main(["check", str(write(tmp_path / "a.md"))]) == 2
    err = one_line_error(capsys.readouterr().err)
    assert f"{cfg}:2: invalid glob '[z-a]': the range z-a is reversed" in err


def test_reversed_range_in_glob_option_is_a_usage_error(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    write(tmp_path / "a.md")
    assert cli.main(["check", str(tmp_path), "--glob", "[?-/]"]) == 2
    assert "--glob: invalid glob '[?-/]'" in one_line_error(capsys.readouterr().err)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"[]!^-?*/\\az.{}()|+$", "\u2028", "é"]), max_size=12))
def test_glob_to_regex_never_raises_re_error(pattern: str) -> None:
    # Found by hypothesis on the old translator: glob_to_regex('[?-/]') raised re.error.
    try:
        compiled = glob_to_regex(pattern)
    except GlobError:
        return
    assert isinstance(compiled, re.Pattern)


def test_config_nested_500_deep_is_a_config_error(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    cfg = write(tmp_path / ".provenance.yaml", "rules: " + "[" * 500 + "]" * 500 + "\n")
    assert cli.main(["check", str(write(tmp_path / "a.md"))]) == 2
    assert f"{cfg}: invalid YAML: nested too deeply" in one_line_error(capsys.readouterr().err)


def test_rule_file_nested_500_deep_is_invalid(tmp_path: Path, capsys) -> None:
    rule = write(tmp_path / "deep.yaml", "id: deep\nwhere: " + "[" * 500 + "]" * 500 + "\n")
    assert cli.main(["rules", "--check", str(rule)]) == 1
    assert f"{rule}: invalid YAML: nested too deeply" in capsys.readouterr().out


def test_limits_must_be_positive_whole_numbers(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    cfg = write(tmp_path / ".provenance.yaml", "max-line-length: 0\n")
    assert cli.main(["check", str(write(tmp_path / "a.md"))]) == 2
    assert f"{cfg}:1: 'max-line-length' must be a whole number above 0" in one_line_error(capsys.readouterr().err)


# --------------------------------------------------------------------------- files in folders


def test_self_referencing_symlink_in_folder_is_skipped_with_a_warning(
    tmp_path: Path, fake: FakePipeline, capsys
) -> None:
    write(tmp_path / "good.md")
    os.symlink("x.txt", tmp_path / "x.txt")
    assert cli.main(["check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"provenance: warning: {tmp_path / 'x.txt'}: skipped: broken symbolic link" in err
    assert analysed(fake) == ["good.md"]


def test_fifo_in_folder_is_skipped_not_opened(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    write(tmp_path / "good.md")
    os.mkfifo(tmp_path / "pipe.txt")
    assert cli.main(["check", str(tmp_path)]) == 1  # returns at all: the FIFO was never opened
    assert f"{tmp_path / 'pipe.txt'}: skipped: not a regular file (a named pipe)" in capsys.readouterr().err
    assert analysed(fake) == ["good.md"]


def test_unreadable_subfolder_is_a_finding_not_silence(
    tmp_path: Path, fake: FakePipeline, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    write(tmp_path / "good.md", "Nothing quoted.\n")
    locked = tmp_path / "locked"
    write(locked / "hidden-story.md")
    real_scandir = os.scandir

    def scandir(path="."):
        # chmod 000 is no barrier to root (CI runs as root), so the refusal is simulated.
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert cli.main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{locked}:1:1: error read-error Not checked: cannot list folder (Permission denied)" in out
    assert analysed(fake) == ["good.md"]


def test_unreadable_folder_that_the_config_excludes_is_not_reported(
    tmp_path: Path, fake: FakePipeline, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    write(tmp_path / ".provenance.yaml", "exclude: [archive/]\n")
    write(tmp_path / "good.md", "Nothing quoted.\n")
    locked = tmp_path / "archive"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert cli.main(["check", str(tmp_path)]) == 0
    assert "read-error" not in capsys.readouterr().out


# --------------------------------------------------------------------------- files named explicitly


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_non_regular_file_named_explicitly_is_a_read_error(
    tmp_path: Path, fake: FakePipeline, capsys, kind: str
) -> None:
    if kind == "fifo":
        target = str(tmp_path / "pipe.txt")
        os.mkfifo(target)
        what = "a named pipe"
    else:
        target = "/dev/zero"
        what = "a device"
    assert cli.main(["check", target]) == 1
    captured = capsys.readouterr()
    assert "no files to check" not in captured.err
    assert f"{target}:1:1: error read-error Not checked: not a regular file ({what})" in captured.out
    assert fake.calls == []


def test_file_named_like_an_option(tmp_path: Path, fake: FakePipeline, monkeypatch, capsys) -> None:
    # pre-commit runs `provenance check -x.txt` (no `--` before the names).
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "-x.txt")
    write(tmp_path / "b.md", "Nothing quoted.\n")
    assert cli.main(["check", "--fail-on", "error", "-x.txt", "b.md"]) == 1
    assert capsys.readouterr().out.startswith("-x.txt:1:1: error unattributed-quote")
    assert analysed(fake) == ["-x.txt", "b.md"]


def test_option_values_are_not_taken_for_files(tmp_path: Path, fake: FakePipeline, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.md")
    write(tmp_path / "-report.json", "{}")
    assert cli.main(["check", "a.md", "--format", "json", "-o", "-report.json"]) == 1
    assert json.loads((tmp_path / "-report.json").read_text(encoding="utf-8"))["summary"]["error"] == 1


@pytest.mark.parametrize(
    "content",
    [b"\x00\x01\x02binary\xff\xfe\x00", "caf\xe9 «x»".encode("latin-1"), b"\xe2\x80 broken"],
    ids=["binary", "latin-1", "truncated-utf8"],
)
def test_undecodable_file_among_good_ones_is_a_finding(
    tmp_path: Path, fake: FakePipeline, capsys, content: bytes
) -> None:
    write(tmp_path / "a.md")
    (tmp_path / "b.txt").write_bytes(content)
    write(tmp_path / "c.md", "Nothing quoted.\n")
    assert cli.main(["check", str(tmp_path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    by_rule = {f["rule"]: f for f in report["findings"]}
    assert by_rule["read-error"]["path"] == str(tmp_path / "b.txt")
    assert by_rule["read-error"]["level"] == "error" and "Not checked:" in by_rule["read-error"]["message"]
    assert by_rule["unattributed-quote"]["path"] == str(tmp_path / "a.md")
    assert analysed(fake) == ["a.md", "c.md"], "every other file is still checked"
    assert report["summary"]["files"] == 3


def test_non_utf8_stdin_is_a_finding(fake: FakePipeline, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9\n"), encoding="utf-8"))
    assert cli.main(["check", "-"]) == 1
    assert "<stdin>:1:1: error read-error Not checked:" in capsys.readouterr().out


# --------------------------------------------------------------------------- limits


def test_file_over_max_file_size_is_reported_not_analysed(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    write(tmp_path / ".provenance.yaml", "max-file-size: 1000\n")
    big = write(tmp_path / "big.md", "Words. " * 200)
    write(tmp_path / "small.md")
    assert cli.main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{big}:1:1: error file-too-large Not checked: the file is 1,400 bytes (max-file-size: 1,000)\n" in out
    assert analysed(fake) == ["small.md"]


def test_stdin_over_max_file_size_is_reported_without_reading_it_all(
    tmp_path: Path, fake: FakePipeline, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import io

    write(tmp_path / ".provenance.yaml", "max-file-size: 1000\n")
    raw = io.BytesIO(b"Words. " * 100_000)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    assert cli.main(["check", "-", "--stdin-filename", "story.md"]) == 1
    out = capsys.readouterr().out
    assert "story.md:1:1: error file-too-large Not checked: standard input is over 1,000 bytes" in out
    assert raw.tell() <= 64 * 1024, "stdin is read only up to the limit (plus one read buffer)"
    assert analysed(fake) == []


def test_line_over_max_line_length_is_reported_not_analysed(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    write(tmp_path / ".provenance.yaml", "max-line-length: 50\n")
    long = write(tmp_path / "long.md", "Short line.\n\n" + "x" * 51 + "\n")
    assert cli.main(["check", str(long)]) == 1
    out = capsys.readouterr().out
    assert f"{long}:3:1: error line-too-long Not checked: line 3 is 51 characters long (max-line-length: 50)\n" in out
    assert fake.calls == []


def test_default_limits_let_ordinary_articles_through(tmp_path: Path, fake: FakePipeline) -> None:
    assert cli.main(["check", str(write(tmp_path / "a.md", ("A sentence of news. " * 40 + "\n\n") * 50))]) == 0
    assert analysed(fake) == ["a.md"]


# --------------------------------------------------------------------------- output with hostile file names


@pytest.mark.skipif(os.name == "nt", reason="POSIX file names are bytes")
@pytest.mark.parametrize("fmt", ["sarif", "json", "text", "github"])
def test_non_utf8_file_name_in_every_format(tmp_path: Path, fake: FakePipeline, capsys, fmt: str) -> None:
    name = os.fsdecode(b"caf\xe9.md")  # a surrogate escape, as Python reads such names
    (tmp_path / name).write_text("“We stay.”\n", encoding="utf-8")
    out = tmp_path.parent / f"{tmp_path.name}-report.{fmt}"
    assert cli.main(["check", str(tmp_path), "--format", fmt, "-o", str(out)]) == 1
    assert capsys.readouterr().err == ""
    text = out.read_bytes().decode("utf-8")  # the report itself is valid UTF-8
    if fmt == "sarif":
        log = json.loads(text)
        jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
        uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.endswith("caf%E9.md")
    elif fmt == "json":
        assert json.loads(text)["summary"]["error"] == 1
    else:
        assert "caf\\udce9.md" in text


# --------------------------------------------------------------------------- user regexes


HOUSE_RULE = """\
id: house-pattern
level: warning
description: d
message: 'matched'
source: {cite: house style}
docs: {what: w, why: y, example: e, fix: f}
scope: quote
where: {field: text, matches: '(a|aa)+$'}
"""


def test_catastrophic_house_regex_times_out_with_a_warning(tmp_path: Path) -> None:
    rule = policy.parse_rule(load_located_yaml(HOUSE_RULE, "house-pattern.yaml"), "house-pattern.yaml")
    doc = make_document("a" * 59 + "b\n", "story.txt")
    quotes = [quote(doc, "a" * 59 + "b"), quote(doc, "a" * 59 + "b")]
    warnings: list[str] = []
    t0 = time.perf_counter()
    findings = policy.evaluate([rule], ArticleResult(doc.path, quotes), doc, warnings=warnings)
    elapsed = time.perf_counter() - t0
    # Before: no timeout, hung for more than 240 s. Now one timeout per pattern per article.
    assert elapsed < 10 * policy.REGEX_TIMEOUT_S + 5
    assert findings == []
    assert len(warnings) == 1 and "'(a|aa)+$' timed out" in warnings[0]


def test_regex_timeout_is_a_warning_on_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    write(tmp_path / "house" / "house-pattern.yaml", HOUSE_RULE)
    write(tmp_path / ".provenance.yaml", "rule-paths: [house]\n")
    story = write(tmp_path / "s.txt", "a" * 59 + "b\n")
    monkeypatch.setattr(
        checker_run,
        "analyse_documents",
        FakePipeline(default=lambda d: ArticleResult(d.path, [quote(d, "a" * 59 + "b")])),
    )
    assert cli.main(["check", str(story), "--fail-on", "never"]) == 0
    err = capsys.readouterr().err
    assert f"provenance: warning: {story}: regular expression '(a|aa)+$' timed out" in err


def test_regex_guard_answers_ordinary_patterns() -> None:
    guard = RegexGuard()
    assert guard.search("^Reu", "Reuters") and not guard.search("^AP", "Reuters")
    assert guard.warnings == []


def test_invalid_house_regex_names_the_file_and_line() -> None:
    text = HOUSE_RULE.replace("'(a|aa)+$'", "'(unclosed'")
    with pytest.raises(ProvenanceError) as err:
        policy.parse_rule(load_located_yaml(text, "house-pattern.yaml"), "house-pattern.yaml")
    assert str(err.value).startswith("house-pattern.yaml:8: invalid regular expression")


def test_a_lexicon_regex_that_timed_out_is_skipped_for_the_rest_of_the_run(monkeypatch, capsys) -> None:
    # the overall budget: one timeout per bad pattern per run, not one per sentence
    import regex as rx

    from provenance import lexical

    monkeypatch.setattr(lexical, "_TIMED_OUT", set())
    monkeypatch.setattr(lexical, "REGEX_TIMEOUT", 0.05)
    bad = rx.compile(r"(a|aa)+$")
    good = rx.compile(r"on condition of anonymity")
    text = "a" * 40 + "!"
    for _ in range(20):
        assert lexical.search_any([bad, good], text, "vague_frames") is None
    assert lexical.search_any([bad, good], "spoke on condition of anonymity", "vague_frames") is not None
    err = capsys.readouterr().err
    assert err.count("timed out") == 1 and "skipped for the rest of this run" in err
