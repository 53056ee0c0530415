"""Exit codes, for CI: 0 clean, 1 findings at or above fail-on, 2 usage/config/input error,
3 internal error (one line; --debug adds the traceback). Never a crash read as "findings"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from check_helpers import REPO, FakePipeline, quote

from provenance import cli
from provenance.checker import run as checker_run
from provenance.records import ArticleResult


def unattributed(doc) -> ArticleResult:
    return ArticleResult(doc.path, [quote(doc, "“We stay.”")]) if "“We stay.”" in doc.text else ArticleResult(doc.path)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    pipeline = FakePipeline(default=unattributed)
    monkeypatch.setattr(checker_run, "analyse_documents", pipeline)
    return pipeline


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_0_clean(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    assert cli.main(["check", str(write(tmp_path / "a.md", "Nothing quoted.\n"))]) == 0
    assert "no findings" in capsys.readouterr().out


def test_1_findings_at_or_above_fail_on(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    path = write(tmp_path / "a.md", "“We stay.”\n")
    assert cli.main(["check", str(path)]) == 1
    assert cli.main(["check", str(path), "--fail-on", "never"]) == 0


def test_2_usage_config_and_input_errors(tmp_path: Path, fake: FakePipeline, capsys) -> None:
    assert cli.main(["check", str(tmp_path / "missing.md")]) == 2
    (tmp_path / ".provenance.yaml").write_text("fail-on: sometimes\n", encoding="utf-8")
    assert cli.main(["check", str(write(tmp_path / "a.md", "x\n"))]) == 2
    err = capsys.readouterr().err
    assert "missing.md: no such file or folder" in err and ".provenance.yaml:1: 'fail-on' must be one of" in err
    with pytest.raises(SystemExit) as usage:
        cli.main(["check", "a.md", "--format", "pdf"])
    assert usage.value.code == 2


def _explode(*args, **kwargs):
    raise RuntimeError("the pipeline fell over\nsecond line")


def test_3_internal_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(checker_run, "analyse_documents", _explode)
    assert cli.main(["check", str(write(tmp_path / "a.md", "x\n"))]) == 3
    err = capsys.readouterr().err
    assert err == (
        "provenance: internal error: RuntimeError: the pipeline fell over second line "
        "(run with --debug for the traceback)\n"
    )


def test_3_with_debug_prints_the_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(checker_run, "analyse_documents", _explode)
    assert cli.main(["check", "--debug", str(write(tmp_path / "a.md", "x\n"))]) == 3
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):") and "_explode" in err
    assert err.splitlines()[-1].startswith("provenance: internal error: RuntimeError")


def test_keyboard_interrupt_is_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(checker_run, "analyse_documents", interrupted)
    assert cli.main(["check", str(write(tmp_path / "a.md", "x\n"))]) == 130
    assert "Traceback" not in capsys.readouterr().err


def _wait_until_reading_stdin(pid: int, limit: float = 120.0) -> None:
    """Past start-up (imports can take seconds on a loaded machine): blocked in read(0, ...)."""
    syscall = Path(f"/proc/{pid}/syscall")
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            fields = syscall.read_text().split()
        except OSError:  # no /proc (or not allowed): fall back to a generous pause
            time.sleep(5)
            return
        if fields[:2] == ["0", "0x0"]:  # x86-64 read() on fd 0
            return
        time.sleep(0.1)


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_sigint_while_reading_stdin_exits_130() -> None:
    # A real process: Ctrl-C in a hook must stop it cleanly, with no traceback.
    # (the child gets the default SIGINT action, as from a terminal: a process inherits an
    # ignored SIGINT, and something earlier in a full test run leaves pytest ignoring it)
    proc = subprocess.Popen(
        [sys.executable, "-m", "provenance", "check", "-"],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    _wait_until_reading_stdin(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err


def test_every_command_takes_debug() -> None:
    parser = cli.build_parser()
    for command in ("check", "rules", "extract", "parse", "eval", "bench"):
        assert parser.parse_args([command, "--debug", *(["x"] if command not in ("rules", "bench") else [])]).debug


def test_readme_documents_the_exit_codes() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Exit codes") :]
    for code in ("**0**", "**1**", "**2**", "**3**", "--debug"):
        assert code in section, code
