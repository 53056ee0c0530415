"""Progress on standard error: a bar on a terminal, a line per file otherwise, nothing for few files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from check_helpers import FakePipeline, run_check_args

from provenance.checker import run as checker_run
from provenance.progress import MIN_FILES, BarProgress, LineProgress, progress_for


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_kinds_of_progress() -> None:
    with progress_for(MIN_FILES - 1, stream=io.StringIO()) as p:
        assert p is None  # a hook checking a couple of files stays silent
    with progress_for(MIN_FILES, enabled=False, stream=io.StringIO()) as p:
        assert p is None
    pipe = io.StringIO()
    with progress_for(3 * MIN_FILES, stream=pipe) as p:
        assert isinstance(p, LineProgress)
        p.advance("a\x1b[2Jb.md")
    assert pipe.getvalue() == f"provenance: [1/{3 * MIN_FILES}] a\\x1b[2Jb.md\n"  # control characters escaped
    with progress_for(MIN_FILES, stream=_Tty()) as p:
        assert isinstance(p, BarProgress)
        p.advance("a.md")


def test_check_progress_goes_to_stderr_never_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    for i in range(MIN_FILES + 1):
        (tmp_path / f"s{i}.md").write_text("Nothing quoted.\n", encoding="utf-8")
    monkeypatch.setattr(checker_run, "analyse_documents", FakePipeline())
    assert run_check_args([str(tmp_path), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    json.loads(out)  # the report alone on stdout
    assert err.count("provenance: [") == MIN_FILES + 1
    assert run_check_args([str(tmp_path), "--format", "json", "--no-progress"]) == 0
    assert "provenance: [" not in capsys.readouterr().err
