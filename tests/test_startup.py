"""Startup (issue #17): commands that need no parse never import torch or Stanza, and a model
load builds no training optimizer.

Each case runs in a fresh interpreter and reports what ``sys.modules`` holds afterwards: an
import of torch alone costs seconds, so ``--help``, ``rules`` and a fully cached ``extract`` or
``check`` (a pre-commit hook over unchanged files) must not pay it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import contextlib, io, json, sys
from provenance.cli import main
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        rc = main(sys.argv[1:])
except SystemExit as exc:
    rc = exc.code
heavy = ("torch", "stanza", "numpy")
print(json.dumps({"rc": rc, "heavy": [m for m in heavy if m in sys.modules]}))
"""


def _probe(args: list[str], cache_dir: Path) -> dict:
    env = {**os.environ, "PROVENANCE_CACHE_DIR": str(cache_dir), "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=600, check=False
    )
    assert done.stdout.strip(), done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [["--help"], ["rules"], ["rules", "--check"], ["extract", "--help"]])
def test_commands_without_parsing_import_no_torch(args: list[str], tmp_path: Path) -> None:
    result = _probe(args, tmp_path)
    assert result["rc"] in (0, None)
    assert result["heavy"] == []


@pytest.mark.model
def test_fully_cached_extract_and_check_import_no_torch(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("“We will not stop,” the minister told Reuters on Tuesday.\n\nHe said so.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = _probe(["extract", "--format", "json", str(article)], cache)
    assert first["rc"] == 0 and "torch" in first["heavy"]  # the first run parses
    for args in (["extract", "--format", "json", str(article)], ["check", str(article)]):
        again = _probe(args, cache)
        assert again["rc"] in (0, 1), args
        assert again["heavy"] == [], args


@pytest.mark.model
def test_model_load_builds_no_optimizer() -> None:
    """The optimizers are stubbed only while the pipeline is built; the parse is unchanged."""
    code = """
import sys, json
from provenance.models import resolve_model
from provenance.syntax.parser import Parser
p = Parser(resolve_model(None), None)
p._load()
from stanza.models.common import utils
trainers = [proc._trainer for proc in p._pipeline.processors.values() if getattr(proc, "_trainer", None)]
optims = [getattr(t, name, None) for t in trainers for name in ("optimizer", "optimizers")]
restored = utils.get_optimizer.__module__ == "stanza.models.common.utils"
print(json.dumps({"dynamo": "torch._dynamo" in sys.modules, "optimizers": [o for o in optims if o], "restored": restored}))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )  # fmt: skip
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"dynamo": False, "optimizers": [], "restored": True}


def test_prediction_only_restores_the_optimizer_factories_after_an_error() -> None:
    utils = pytest.importorskip("stanza.models.common.utils")
    from provenance.syntax.loading import prediction_only

    before = (utils.get_optimizer, utils.get_split_optimizer)
    with pytest.raises(RuntimeError), prediction_only():
        assert utils.get_optimizer("adam", None, 0.1) is None and utils.get_split_optimizer("adam", None, 0.1) == {}
        raise RuntimeError("a model that fails to load")
    assert (utils.get_optimizer, utils.get_split_optimizer) == before
