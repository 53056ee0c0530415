"""The real pre-commit, from PyPI, running the `provenance` hook of this checkout.

A temporary newsroom repository gets an article with an unbalanced quote mark. ``pre-commit
try-repo`` against this checkout reports it, and with the hook installed ``git commit`` is blocked;
once the mark is fixed, or the line is suppressed with a reason, the commit goes through.

pre-commit builds its own virtual environment and pip-installs this project into it; the test
sets PIP_CONSTRAINT to constraints/cpu-torch.txt so that environment gets the CPU torch, never the
CUDA build. Only one hook environment is built: try-repo and the installed hook use the same repo
and revision, which pre-commit caches as one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from check_helpers import REPO

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install pre-commit)")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.model,
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

BROKEN = "The minister said: “We will not resign.\n"
FIXED = "The minister said: “We will not resign.”\n"


def git(*args: str, cwd: Path, env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=check)


def _is_clean_git_checkout(repo: Path) -> bool:
    if not (repo / ".git").exists():
        return False
    head = git("rev-parse", "--verify", "HEAD", cwd=repo, check=False)
    status = git("status", "--porcelain", "--untracked-files=normal", cwd=repo, check=False)
    return head.returncode == 0 and status.returncode == 0 and status.stdout.strip() == ""


def hook_repo(tmp: Path) -> tuple[Path, str]:
    """This checkout and its HEAD when clean (CI); else a committed snapshot of the working
    tree, which is what try-repo itself does for uncommitted changes."""
    if _is_clean_git_checkout(REPO):
        return REPO, git("rev-parse", "HEAD", cwd=REPO).stdout.strip()
    snap = tmp / "hook-repo"
    snap.mkdir()
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO, check=False)
    files = [f for f in listed.stdout.split("\0") if f] if listed.returncode == 0 else []
    if not files:
        pytest.fail("cannot list the checkout's files with git")
    for rel in files:
        src = REPO / rel
        if src.is_file():
            dst = snap / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
    git("init", "-q", cwd=snap)
    git("add", "-A", cwd=snap)
    git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "snapshot", cwd=snap)
    return snap, git("rev-parse", "HEAD", cwd=snap).stdout.strip()


def test_precommit_blocks_then_allows(tmp_path: Path) -> None:
    repo, rev = hook_repo(tmp_path)
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        PIP_CONSTRAINT=str(REPO / "constraints" / "cpu-torch.txt"),
    )
    git("init", "-q", "-b", "main", cwd=newsroom)
    git("config", "user.name", "Desk Editor", cwd=newsroom)
    git("config", "user.email", "desk@example.invalid", cwd=newsroom)
    (newsroom / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: provenance\n", encoding="utf-8"
    )
    # This desk blocks on unbalanced quote marks (info by default, README "Calibration").
    (newsroom / ".provenance.yaml").write_text("rules:\n  unbalanced-quote-marks: error\n", encoding="utf-8")
    story = newsroom / "story.md"
    story.write_text(BROKEN, encoding="utf-8")
    git("add", ".pre-commit-config.yaml", ".provenance.yaml", "story.md", cwd=newsroom)

    def pre_commit(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", *args],
            cwd=newsroom,
            env=env,
            capture_output=True,
            text=True,
            timeout=1500,
        )

    def commit(message: str) -> subprocess.CompletedProcess:
        return git("commit", "-m", message, cwd=newsroom, env=env, check=False)

    tried = pre_commit("try-repo", str(repo), "provenance", "--ref", rev, "--files", "story.md")
    assert tried.returncode == 1, tried.stdout + tried.stderr
    assert "story.md:1:20: error unbalanced-quote-marks" in tried.stdout

    installed = pre_commit("install")
    assert installed.returncode == 0, installed.stdout + installed.stderr

    blocked = commit("add story")
    assert blocked.returncode != 0
    assert "unbalanced-quote-marks" in blocked.stdout + blocked.stderr
    assert git("rev-list", "--all", cwd=newsroom).stdout.strip() == "", "nothing may be committed"

    story.write_text(FIXED, encoding="utf-8")
    git("add", "story.md", cwd=newsroom)
    allowed = commit("add story, quote closed")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr

    # A suppression without a reason is itself an error; with a reason the commit goes through.
    draft = newsroom / "draft.md"
    draft.write_text("<!-- provenance-disable-next-line unbalanced-quote-marks -->\n" + BROKEN, encoding="utf-8")
    git("add", "draft.md", cwd=newsroom)
    no_reason = commit("draft without reason")
    assert no_reason.returncode != 0
    assert "suppression-without-reason" in no_reason.stdout + no_reason.stderr
    draft.write_text(
        "<!-- provenance-disable-next-line unbalanced-quote-marks -- verbatim from the court transcript -->\n" + BROKEN,
        encoding="utf-8",
    )
    git("add", "draft.md", cwd=newsroom)
    with_reason = commit("draft with a reasoned suppression")
    assert with_reason.returncode == 0, with_reason.stdout + with_reason.stderr
    assert len(git("rev-list", "--all", cwd=newsroom).stdout.split()) == 2
    # The hook environment got the CPU build of torch.
    envs = list((tmp_path / "pre-commit-home").glob("repo*/py_env-*/lib/python*/site-packages/torch-*.dist-info"))
    assert envs and all("+cpu" in p.name or _cpu_only(p) for p in envs), envs


def _cpu_only(dist_info: Path) -> bool:
    """A torch without the CUDA runtime packages beside it."""
    return not list(dist_info.parent.glob("nvidia_*"))
