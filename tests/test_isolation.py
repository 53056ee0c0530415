"""One article that trips an internal error costs that article only: extract and check go on
with the others, name the failed file, and never store or print its empty result as clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance import cli, pipeline, resultcache
from provenance.document import make_document

GOOD = "“We will rebuild the bridge,” said Jane Roe, the mayor of Easton.\n"
BAD = "“The Boom is over,” the minister said on Tuesday.\n"
LATER = "The council said the budget was final.\n"


def _fails_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stage of the analysis (after parsing) that raises on the article mentioning "Boom"."""
    real = pipeline.resolve_article

    def resolve(*args, **kwargs):
        doc = next(a for a in args if hasattr(a, "prose"))
        if "Boom" in doc.prose:
            raise IndexError("list index out of range")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "resolve_article", resolve)


@pytest.mark.model
def test_an_internal_error_costs_only_its_article(analysis, monkeypatch) -> None:
    _fails_on_boom(monkeypatch)
    docs = [make_document(t, p) for t, p in ((GOOD, "good.txt"), (BAD, "bad.txt"), (LATER, "later.txt"))]
    results = pipeline.analyse(docs, analysis=analysis, isolate=True)
    assert [r.path for r in results] == ["good.txt", "bad.txt", "later.txt"]
    assert isinstance(results[1], pipeline.Unanalysed) and results[1].quotes == []
    assert results[1].failure is not None and results[1].failure.error == "IndexError: list index out of range"
    assert "Traceback" in results[1].failure.traceback
    assert not isinstance(results[0], pipeline.Unanalysed) and results[0].quotes[0].speaker.name == "Jane Roe"
    assert not isinstance(results[2], pipeline.Unanalysed) and results[2].quotes
    # without isolation (the API, the benchmark) the error is the caller's to see
    with pytest.raises(IndexError):
        pipeline.analyse(docs, analysis=analysis)


@pytest.mark.model
def test_a_batch_parse_that_fails_is_retried_one_article_at_a_time(analysis, monkeypatch) -> None:
    real = analysis.parser.parse

    def parse(texts):
        if any("Crash" in t for t in texts):
            raise ValueError("bad token")
        return real(texts)

    monkeypatch.setattr(analysis.parser, "parse", parse)
    docs = [make_document(GOOD, "good.txt"), make_document("Crash site, the police said.\n", "bad.txt")]
    results = pipeline.analyse(docs, analysis=analysis, isolate=True)
    assert isinstance(results[1], pipeline.Unanalysed) and results[1].failure is not None
    assert results[1].failure.error == "ValueError: bad token"
    assert results[0].quotes and results[0].quotes[0].speaker.name == "Jane Roe"


@pytest.mark.model
def test_extract_writes_the_others_names_the_failed_file_and_exits_3(tmp_path: Path, monkeypatch, capsys) -> None:
    _fails_on_boom(monkeypatch)
    for name, text in (("a.txt", GOOD), ("b.txt", BAD), ("c.txt", LATER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    code = cli.main(["extract", "--format", "json", "--no-progress", "--jobs", "1", str(tmp_path)])
    captured = capsys.readouterr()
    assert code == cli.EXIT_INTERNAL
    assert [Path(r["path"]).name for r in json.loads(captured.out)] == ["a.txt", "c.txt"]
    lines = captured.err.strip().splitlines()
    assert lines == [
        f"provenance: internal error: {tmp_path / 'b.txt'}: IndexError: list index out of range; this article"
        " was not analysed (run with --debug for the traceback)"
    ]
    cli.main(["extract", "--debug", "--no-progress", "--jobs", "1", str(tmp_path / "b.txt")])
    assert "Traceback (most recent call last)" in capsys.readouterr().err


@pytest.mark.model
def test_a_failed_article_is_never_stored_in_the_result_cache(analysis, tmp_path: Path, monkeypatch) -> None:
    _fails_on_boom(monkeypatch)
    docs = [make_document(GOOD, "good.txt"), make_document(BAD, "bad.txt")]
    cache = resultcache.ResultCache(analysis.parser, tmp_path)
    assert cache.lookup(docs) == [None, None]
    with cache.expecting(docs):
        pipeline.analyse(docs, analysis=analysis, isolate=True)
    again = resultcache.ResultCache(analysis.parser, tmp_path).lookup(docs)
    assert again[0] is not None and again[1] is None


@pytest.mark.model
def test_check_reports_analysis_error_for_the_failed_file_and_checks_the_rest(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    _fails_on_boom(monkeypatch)
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "anon.txt").write_text("“It is over,” an official said.\n", encoding="utf-8")
    code = cli.main(["check", "--no-progress", "--jobs", "1", "--format", "json", str(tmp_path)])
    out = json.loads(capsys.readouterr().out)
    assert code == 1  # an error-level finding: the hook fails, naming the file
    rules = {(Path(f["path"]).name, f["rule"]) for f in out["findings"]}
    assert ("bad.txt", "analysis-error") in rules and ("anon.txt", "anonymous-first-quote") in rules
    assert [f["message"] for f in out["findings"] if f["rule"] == "analysis-error"] == [
        "Not checked: internal error: IndexError: list index out of range"
    ]
    assert [r for name, r in rules if name == "bad.txt"] == ["analysis-error"]


@pytest.mark.model
def test_a_worker_process_isolates_as_the_parent_does(analysis, monkeypatch) -> None:
    from provenance import workers

    _fails_on_boom(monkeypatch)
    monkeypatch.setattr(workers, "_WORKER", [analysis])
    docs = [make_document(BAD, "bad.txt"), make_document(GOOD, "good.txt")]
    results, _identity, vouched = workers._task(docs, [False, False], True)
    assert isinstance(results[0], pipeline.Unanalysed) and results[0].failure is not None
    assert results[1].quotes and vouched == [False, False]
