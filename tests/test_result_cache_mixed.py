"""The result cache with some articles stored and some not (provenance.resultcache, issue #17):
``check`` and ``extract`` analyse only the misses, in ``--jobs`` worker processes too, store the
misses' results (the workers' too), and print exactly what a ``--no-cache`` run prints.

In-process, with the session's loaded parser, so that only the worker test loads a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import cli, pipeline, resultcache

TEXTS = {
    "a.txt": "“We will rebuild the bridge before winter,” said Jane Roe, the mayor of Easton.\n",
    "b.txt": "The council met on Tuesday. Its chair, Sam Poe, said the budget was final.\n",
    "c.txt": "“It is a scandal,” Poe told Reuters. He did not give details.\n",
    "d.txt": "“Nobody told us,” a resident said. “We found out from the news.”\n",
}


@pytest.fixture
def cached(analysis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """The result cache on, in a folder of its own; every command gets the session's parser; the
    paths of the documents that reach the in-process analysis are recorded."""
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(resultcache, "ENABLED", True)
    monkeypatch.setattr(resultcache, "default_parser", lambda model=None, use_cache=True: analysis.parser)
    analysed: list[str] = []
    real = pipeline.analyse

    def counting(docs, *args, **kwargs):
        analysed.extend(Path(d.path).name for d in docs)
        return real(docs, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", counting)
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {"dir": tmp_path, "analysed": analysed}


def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / f"results-v{resultcache.FORMAT}").glob("*.json"))


def _check(tmp_path: Path, names: list[str], *options: str) -> bytes:
    out = tmp_path / "report.json"
    files = [str(tmp_path / n) for n in names]
    rc = cli.main(["check", "--format", "json", "--no-progress", "-o", str(out), *options, *files])
    assert rc in (0, 1)
    return out.read_bytes()


@pytest.mark.model
def test_check_analyses_only_the_misses_and_stores_them(cached: dict) -> None:
    tmp, analysed = cached["dir"], cached["analysed"]
    _check(tmp, ["a.txt", "b.txt"])
    assert sorted(analysed) == ["a.txt", "b.txt"] and len(_entries(tmp)) == 2
    analysed.clear()
    mixed = _check(tmp, ["a.txt", "c.txt", "b.txt"])  # the new one in the middle: order is kept
    assert analysed == ["c.txt"]  # the old code analysed all three
    assert len(_entries(tmp)) == 3
    analysed.clear()
    assert _check(tmp, ["a.txt", "c.txt", "b.txt"]) == mixed and analysed == []
    assert _check(tmp, ["a.txt", "c.txt", "b.txt"], "--no-cache") == mixed
    assert sorted(analysed) == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.model
def test_extract_analyses_only_the_misses(cached: dict, capsys: pytest.CaptureFixture[str]) -> None:
    tmp, analysed = cached["dir"], cached["analysed"]
    files = [str(tmp / n) for n in ("a.txt", "b.txt", "c.txt")]
    assert cli.main(["extract", "--format", "json", "--no-progress", files[1]]) == 0
    capsys.readouterr()
    analysed.clear()
    assert cli.main(["extract", "--format", "json", "--no-progress", *files]) == 0
    mixed = capsys.readouterr().out
    assert sorted(analysed) == ["a.txt", "c.txt"] and len(_entries(tmp)) == 3
    assert cli.main(["extract", "--format", "json", "--no-progress", "--no-cache", *files]) == 0
    assert capsys.readouterr().out == mixed


@pytest.mark.model
def test_results_from_worker_processes_are_stored(cached: dict) -> None:
    """``check --jobs 2`` with one article stored: the two others are analysed in a worker
    (spawned: it runs the code on disk, loads the model and uses the same cache folder), this
    process stores their results, and the next run analyses nothing."""
    tmp, analysed = cached["dir"], cached["analysed"]
    _check(tmp, ["b.txt"])
    analysed.clear()
    names = ["a.txt", "b.txt", "d.txt"]
    mixed = _check(tmp, names, "--jobs", "2")
    assert analysed == []  # nothing in this process: the misses went to a worker
    assert len(_entries(tmp)) == 3  # the old code stored nothing from workers
    assert _check(tmp, names, "--jobs", "2") == mixed and analysed == []
    assert _check(tmp, names, "--no-cache", "--jobs", "1") == mixed


def test_a_worker_result_is_stored_only_for_the_code_and_parser_the_key_was_made_for(analysis, tmp_path: Path) -> None:
    from provenance.document import make_document
    from provenance.records import ArticleResult

    cache = resultcache.ResultCache(analysis.parser, tmp_path)
    docs = [make_document(TEXTS[n], n) for n in ("a.txt", "b.txt", "c.txt")]
    assert cache.lookup(docs) == [None, None, None]
    mine = resultcache.process_identity(analysis.parser)
    with cache.expecting(docs[:2]):
        resultcache.settled_elsewhere(docs[0], ArticleResult(path="a.txt"), "another process's code")
        resultcache.settled_elsewhere(docs[1], ArticleResult(path="b.txt"), mine)
        resultcache.settled_elsewhere(docs[2], ArticleResult(path="c.txt"), mine)  # not expected
    assert cache.stored == 1
    again = resultcache.ResultCache(analysis.parser, tmp_path).lookup(docs)
    assert again == [None, ArticleResult(path="b.txt"), None]
