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
print(json.dumps({"rc": rc, "heavy": [m for m in heavy if m in sys.modules], "modules": sorted(sys.modules)}))
"""

# What a cached run does not need (issue #17): the quote index and linker without --index, the
# rules and checker in `extract`, PyYAML once the rule files are in the YAML cache.
INDEX_MODULES = ("provenance.trace.facts", "provenance.trace.link", "provenance.archive.store", "rapidfuzz")
CHECKER_MODULES = ("provenance.policy", "provenance.checker.run", "provenance.suppress")
# A re-run of an unchanged article is served by the result cache (provenance.resultcache): it
# neither imports nor runs the analysis.
ANALYSIS_MODULES = ("provenance.pipeline", "provenance.attribution", "provenance.sources", "provenance.workers")


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
    assert "yaml" in _probe(["check", str(article)], cache)["modules"]  # and the first check reads the rules
    for args in (["extract", "--format", "json", str(article)], ["check", str(article)]):
        again = _probe(args, cache)
        assert again["rc"] in (0, 1), args
        assert again["heavy"] == [], args
        unneeded = (*INDEX_MODULES, *ANALYSIS_MODULES, "yaml") + (CHECKER_MODULES if args[0] == "extract" else ())
        assert not set(unneeded) & set(again["modules"]), args
    # the index machinery is still there when an index is given
    index = tmp_path / "index.sqlite"
    assert _probe(["index", "--db", str(index), str(article)], cache)["rc"] == 0
    traced = _probe(["check", "--index", str(index), str(article)], cache)
    assert traced["rc"] in (0, 1) and "provenance.trace.facts" in traced["modules"]
    assert not set(ANALYSIS_MODULES) & set(traced["modules"])  # the index reads the cached result


@pytest.mark.model
def test_a_warm_check_imports_no_analysis(tmp_path: Path) -> None:
    """A pre-commit hook's re-run over an unchanged article: the check's first run analyses it,
    the second reads the result back and imports neither the analysis nor torch or Stanza."""
    article = tmp_path / "story.md"
    article.write_text("# Title\n\n“It is *over*,” said Jane Roe, the mayor.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = _probe(["check", str(article)], cache)
    assert first["rc"] in (0, 1) and {"provenance.attribution", "provenance.sources"} <= set(first["modules"])
    again = _probe(["check", str(article)], cache)
    assert again["rc"] == first["rc"]
    assert not {"provenance.attribution", "provenance.sources", "torch", "stanza"} & set(again["modules"])


@pytest.mark.model
def test_model_load_builds_no_optimizer() -> None:
    """The optimizers are stubbed only while the pipeline is built; the parse is unchanged."""
    code = """
import gc, sys, json
from provenance.models import resolve_model
from provenance.syntax.loading import TORCH_DEFERRED, only_predicting
from provenance.syntax.parser import Parser
only_predicting()  # as the command line and the workers do
p = Parser(resolve_model(None), None)
p._load()
from stanza.models.common import utils
trainers = [proc._trainer for proc in p._pipeline.processors.values() if getattr(proc, "_trainer", None)]
optims = [getattr(t, name, None) for t in trainers for name in ("optimizer", "optimizers")]
restored = utils.get_optimizer.__module__ == "stanza.models.common.utils"
import torch, torch.nn.init
restored = restored and torch.load.__module__ == "torch.serialization" and torch.nn.init.normal_.__module__ == "torch.nn.init"
p.parse(["He said so."])
# what Stanza imports but a parse never uses stays a stand-in (syntax/loading.py DEFERRED)
real = [m for m in ("networkx", "requests", "emoji", *TORCH_DEFERRED) if type(sys.modules.get(m)).__name__ == "module"]
print(json.dumps({"dynamo": "torch._dynamo" in sys.modules, "optimizers": [o for o in optims if o],
                  "restored": restored, "imported": real, "threads": torch.get_num_threads(),
                  "gc": [gc.isenabled(), gc.get_freeze_count() > 100_000]}))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=False,
        env={k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"},  # one thread all the same
    )  # fmt: skip
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {
        "dynamo": False, "optimizers": [], "restored": True, "imported": [], "threads": 1, "gc": [True, True]
    }  # fmt: skip


@pytest.mark.model
def test_the_command_line_ends_without_teardown_and_loses_no_output(analysis) -> None:
    """``python -m provenance`` defers the parts of torch a prediction never uses, and ends with
    os._exit once torch is loaded (syntax/loading.py, cli.end_without_teardown): its output is
    complete and its exit code is the command's. A library process imports torch as usual."""
    from provenance.document import read_document
    from provenance.pipeline import analyse

    article = Path(__file__).resolve().parent.parent / "corpus" / "000_0b789dba10d3fbcc.txt"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "provenance", "extract", "--format", "json", "--no-cache", str(article)],
        capture_output=True, text=True, timeout=600, check=False, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    (expected,) = analyse([read_document(str(article))], analysis=analysis)
    assert json.loads(done.stdout) == [expected.to_json()]
    assert "torch" in sys.modules and type(sys.modules["torch._meta_registrations"]).__name__ == "module"
    failing = subprocess.run(
        [sys.executable, "-m", "provenance", "check", "--no-cache", "--fail-on", "info", str(article)],
        capture_output=True, text=True, timeout=600, check=False, env=env,
    )  # fmt: skip
    assert failing.returncode == 1 and failing.stdout.strip(), failing.stderr[-2000:]


@pytest.mark.model
def test_packaged_model_fast_load_gives_the_same_model() -> None:
    """The packaged model read by the compiled unpickler and built without random initial weights
    holds exactly the tensors and vocabularies of the ordinary load (every weight comes from the
    checkpoints), and parses the same."""
    code = """
import json, pickle
import torch
from provenance.models import resolve_model
from provenance.syntax.loading import import_stanza, prediction_only
stanza = import_stanza()
spec = resolve_model(None)
assert spec.packaged
kwargs = {**spec.pipeline_kwargs(), "logging_level": "ERROR"}
with prediction_only(spec.path):
    fast = stanza.Pipeline(**kwargs)
with prediction_only():
    plain = stanza.Pipeline(**kwargs)
tensors = different = 0
for name, proc in plain.processors.items():
    a, b = proc._trainer.model, fast.processors[name]._trainer.model
    ta = {**dict(a.named_parameters()), **dict(a.named_buffers())}
    tb = {**dict(b.named_parameters()), **dict(b.named_buffers())}
    assert ta.keys() == tb.keys(), name
    tensors += len(ta)
    different += sum(not torch.equal(ta[k], tb[k]) for k in ta)
    vocab = getattr(proc._trainer, "vocab", None)
    if vocab is not None:
        assert pickle.dumps(vocab) == pickle.dumps(fast.processors[name]._trainer.vocab), name
text = "“We will not stop,” the minister told Reuters on Tuesday. He said so."
parse = [[(w.text, w.lemma, w.upos, w.head, w.deprel) for s in d.sentences for w in s.words] for d in (plain(text), fast(text))]
print(json.dumps({"tensors": tensors, "different": different, "same_parse": parse[0] == parse[1]}))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )  # fmt: skip
    assert done.stdout.strip(), done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["tensors"] > 200 and result["different"] == 0 and result["same_parse"], result


def test_a_deferred_module_is_imported_on_first_use_not_on_a_probe() -> None:
    code = """
import json, sys
from provenance.syntax.loading import defer_unused_imports
assert "colorsys" not in sys.modules
defer_unused_imports(("colorsys",))
import colorsys
stand_in = type(sys.modules["colorsys"]).__name__
probed = hasattr(colorsys, "__file__")  # inspect.getmodule asks every module this
still = type(sys.modules["colorsys"]).__name__
hsv = colorsys.rgb_to_hsv(1.0, 0.0, 0.0)
print(json.dumps({"stand_in": stand_in, "probed": probed, "still": still, "hsv": hsv,
                  "after": type(sys.modules["colorsys"]).__name__}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.strip(), done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {
        "stand_in": "_Deferred",
        "probed": False,
        "still": "_Deferred",
        "hsv": [0.0, 1.0, 1.0],
        "after": "module",
    }


def test_prediction_only_restores_the_optimizer_factories_after_an_error() -> None:
    utils = pytest.importorskip("stanza.models.common.utils")
    from provenance.syntax.loading import prediction_only

    before = (utils.get_optimizer, utils.get_split_optimizer)
    with pytest.raises(RuntimeError), prediction_only():
        assert utils.get_optimizer("adam", None, 0.1) is None and utils.get_split_optimizer("adam", None, 0.1) == {}
        raise RuntimeError("a model that fails to load")
    assert (utils.get_optimizer, utils.get_split_optimizer) == before


def test_yaml_cache_folder_is_worked_out_once_per_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached run reads ~90 rule and lexicon files from the YAML cache; the folder is asked of
    platformdirs once per process and cache setting, not once per file (issue #17), and a new
    $PROVENANCE_CACHE_DIR is still honoured."""
    from provenance import yamlcache
    from provenance.syntax import cache as parse_cache
    from provenance.vocab import _load_dir, rules_dir

    calls: list[str] = []
    real = parse_cache.cache_root
    monkeypatch.setattr(parse_cache, "cache_root", lambda: calls.append("root") or real())
    folder = f"yaml-v{yamlcache.FORMAT}"
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path / "a"))
    first = _load_dir(rules_dir())  # parsed and stored
    again = _load_dir(rules_dir())  # read back from the cache
    assert calls == ["root"]
    assert sorted(first[0]) == sorted(again[0]) and len(list((tmp_path / "a" / folder).iterdir())) > 50
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path / "b"))
    _load_dir(rules_dir())
    assert calls == ["root", "root"] and len(list((tmp_path / "b" / folder).iterdir())) > 50
