"""The CI examples in docs/ci parse, and every provenance command in them is valid for this CLI."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from provenance.cli import build_parser
from provenance.report import FORMATS

CI = Path(__file__).resolve().parent.parent / "docs" / "ci"


def _commands(lines: list[str]) -> list[list[str]]:
    """The `provenance ...` command lines of a job, without shell redirections."""
    out = []
    for block in lines:
        for line in block.splitlines():
            if line.strip().startswith("provenance "):
                words = shlex.split(line.split(">>")[0].split(" > ")[0])
                out.append(words[1:])
    return out


def _parsed(argv: list[str]) -> Any:
    return build_parser().parse_args(argv)


def test_github_actions_workflow() -> None:
    wf = yaml.safe_load((CI / "github-actions.yml").read_text(encoding="utf-8"))
    steps = wf["jobs"]["sourcing"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    commands = _commands(runs)
    assert commands, "the workflow runs provenance"
    args = [_parsed(c) for c in commands]
    formats = {a.format for a in args}
    assert {"github", "sarif", "markdown"} <= formats <= set(FORMATS)
    # the SARIF file written is the one uploaded
    [sarif] = [a for a in args if a.format == "sarif"]
    [upload] = [s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif")]
    assert upload["with"]["sarif_file"] == sarif.output
    assert wf["permissions"]["security-events"] == "write"
    # the job summary is the Markdown sourcing table
    assert any("markdown" in r and "$GITHUB_STEP_SUMMARY" in r for r in runs)
    # CPU-only torch before provenance (a plain pin pulls CUDA on Linux)
    install = next(r for r in runs if "pip install" in r)
    assert install.index("download.pytorch.org/whl/cpu") < install.index("provenance @")


def test_gitlab_ci_job() -> None:
    job = yaml.safe_load((CI / "gitlab-ci.yml").read_text(encoding="utf-8"))["provenance"]
    args = [_parsed(c) for c in _commands(job["script"])]
    by_format = {a.format: a for a in args}
    assert by_format["gitlab"].output == job["artifacts"]["reports"]["codequality"]
    assert by_format["junit"].output == job["artifacts"]["reports"]["junit"]
    assert "download.pytorch.org/whl/cpu" in job["before_script"][0]


@pytest.mark.parametrize("name", ["github-actions.yml", "gitlab-ci.yml"])
def test_examples_name_a_released_version(name: str) -> None:
    import provenance

    assert f"@v{provenance.__version__}" in (CI / name).read_text(encoding="utf-8")
