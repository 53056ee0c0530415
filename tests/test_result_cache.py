"""The result cache (provenance.resultcache, issue #17): what it keys on, that a stored result
reads back equal, that a damaged entry is a miss, and that output is byte-identical with a cold
cache, a warm one and ``--no-cache``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from provenance import resultcache
from provenance.document import make_document, read_document
from provenance.records import ArticleResult, Quote, Speaker, decode_record

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


def _cli(args: list[str], cache: Path, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {**os.environ, "PROVENANCE_CACHE_DIR": str(cache), "OMP_NUM_THREADS": "1"}
    return subprocess.run(
        [sys.executable, "-m", "provenance", *args],
        cwd=cwd,
        capture_output=True,
        env=env,
        timeout=900,
        check=False,
    )


def _entries(cache: Path) -> list[Path]:
    folder = cache / f"results-v{resultcache.FORMAT}"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


# --------------------------------------------------------------------------- decoding


@pytest.mark.model
def test_every_corpus_result_reads_back_equal(analysis) -> None:
    from provenance.pipeline import analyse

    docs = [read_document(str(p)) for p in sorted(CORPUS.glob("*.txt"))]
    assert docs
    for result in analyse(docs, analysis=analysis):
        assert result.quotes, result.path  # real outputs, not empty records
        data = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
        back = ArticleResult.from_json(data)
        assert back == result
        assert back.to_json() == result.to_json()


def _sample() -> dict:
    speaker = Speaker("Roe", 10, 13, "Jane Roe", type="person", entities=[0])
    return ArticleResult(path="a.txt", quotes=[Quote("direct", 0, 9, "“Hi,” she", 1, 1, None, speaker, "r")]).to_json()


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("entities"),  # a missing field
        lambda d: d.update(extra=1),  # an unknown field
        lambda d: d["quotes"][0].update(start=True),  # a bool where an int belongs
        lambda d: d["quotes"][0].update(start="0"),
        lambda d: d["quotes"][0].update(kind="shouted"),  # not one of the Literal's values
        lambda d: d["quotes"][0]["speaker"].update(entities=[None]),
        lambda d: d.update(quotes={}),
        lambda d: d["quotes"][0].update(cue=[]),
    ],
)
def test_any_other_shape_is_refused(damage) -> None:
    data = _sample()
    assert decode_record(ArticleResult, data).to_json() == data
    damage(data)
    with pytest.raises(ValueError):
        ArticleResult.from_json(data)


# --------------------------------------------------------------------------- keys


def test_code_digest_follows_content_not_timestamps(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "a.py").write_text("A = 1\n")
    (pkg / "sub" / "b.py").write_text("B = 2\n")
    (pkg / "data.txt").write_text("not code")
    before = resultcache.code_digest(pkg)
    stat = (pkg / "sub" / "b.py").stat()
    (pkg / "sub" / "b.py").write_text("B = 3\n")  # same size, same timestamps
    os.utime(pkg / "sub" / "b.py", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert resultcache.code_digest(pkg) != before
    (pkg / "sub" / "b.py").write_text("B = 2\n")
    assert resultcache.code_digest(pkg) == before
    (pkg / "data.txt").write_text("other")
    assert resultcache.code_digest(pkg) == before


def test_key_covers_vocabulary_parser_and_document_not_path(tmp_path: Path) -> None:
    from provenance.syntax.parser import Parser

    parser = resultcache.default_parser(None, use_cache=False)
    cache = resultcache.ResultCache(parser, tmp_path)
    text = "“We will,” the mayor said.\n"
    base = cache.key(make_document(text, "a.txt"))
    assert base is not None
    assert cache.key(make_document(text, "elsewhere/b.txt")) == base  # the path is not part of it
    assert cache.key(make_document(text, "a.md")) != base  # Markdown reads the text differently
    assert cache.key(make_document(text + " ", "a.txt")) != base
    assert cache.key(make_document(text, "a.txt"), {"speech_verbs": ["blurt"]}) != base
    assert cache.key(make_document(text, "a.txt"), {"speech_verbs": ["blurt"]}) == cache.key(
        make_document(text, "a.txt"), {"speech_verbs": ["blurt"]}
    )
    other = Parser(parser.model, None, tagger=parser.tagger, article_tokens=50)
    assert resultcache.ResultCache(other, tmp_path).key(make_document(text, "a.txt")) != base
    unnamed = Parser(parser.model, None, tagger=parser.tagger, name_heads=False)
    assert resultcache.ResultCache(unnamed, tmp_path).key(make_document(text, "a.txt")) != base


def test_off_with_no_cache_and_in_this_test_process() -> None:
    parser = resultcache.default_parser(None, use_cache=False)
    assert resultcache.ResultCache.open(parser, use_cache=True) is None  # conftest turned it off
    resultcache.ENABLED = True
    try:
        assert resultcache.ResultCache.open(parser, use_cache=False) is None
        assert resultcache.ResultCache.open(parser, use_cache=True) is not None
    finally:
        resultcache.ENABLED = False


# --------------------------------------------------------------------------- what is stored


def _run(cache: resultcache.ResultCache, docs, analysis) -> list:
    from provenance.pipeline import analyse

    assert cache.lookup(docs) == [None] * len(docs)
    with cache.expecting(docs):
        return analyse(docs, analysis=analysis)


@pytest.mark.model
def test_only_results_without_warnings_are_stored(analysis, tmp_path: Path, monkeypatch, capsys) -> None:
    """An article over the parse budget, or whose analysis printed a warning, is not stored: its
    warning is printed again on the next run, which analyses it again."""
    from provenance import pipeline

    quiet = make_document("“We will not stop,” the minister said on Tuesday.\n", "quiet.txt")
    long = make_document("“Stop,” he said. " * 40 + "\n", "long.txt")
    noisy = make_document("“Enough,” the mayor told reporters.\n", "noisy.txt")
    monkeypatch.setattr(analysis.parser, "article_tokens", 100)
    real = pipeline.find_credits

    def warns(model, doc):
        if doc.path == "noisy.txt":
            print("provenance: warning: regular expression timed out in credit_lines; skipped", file=sys.stderr)
        return real(model, doc)

    monkeypatch.setattr(pipeline, "find_credits", warns)
    results = _run(resultcache.ResultCache(analysis.parser, tmp_path), [quiet, long, noisy], analysis)
    err = capsys.readouterr().err
    assert "long.txt" in err and "parse budget" in err and "timed out" in err
    assert len(_entries_in(tmp_path)) == 1
    again = resultcache.ResultCache(analysis.parser, tmp_path).lookup([quiet, long, noisy])
    assert again[0] == results[0] and again[1] is None and again[2] is None


def _entries_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"))


@pytest.mark.model
def test_a_stored_result_is_served_under_the_current_path(analysis, tmp_path: Path) -> None:
    text = "“We will not stop,” the minister said on Tuesday.\n"
    first = _run(resultcache.ResultCache(analysis.parser, tmp_path), [make_document(text, "a.txt")], analysis)
    moved = make_document(text, "b/c.txt")
    (served,) = resultcache.ResultCache(analysis.parser, tmp_path).lookup([moved])
    assert served is not None and served.path == "b/c.txt"
    assert served.to_json() == {**first[0].to_json(), "path": "b/c.txt"}


@pytest.mark.model
def test_results_from_another_parser_are_not_stored(analysis, tmp_path: Path) -> None:
    from provenance.syntax.parser import Parser

    doc = make_document("“We will not stop,” the minister said on Tuesday.\n", "a.txt")
    other = Parser(analysis.parser.model, None, article_tokens=12_345)
    _run(resultcache.ResultCache(other, tmp_path), [doc], analysis)
    assert _entries_in(tmp_path) == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[:-20],  # truncated
        lambda raw: "0" * 64 + raw[64:],  # checksum does not match
        lambda raw: "",
        lambda raw: "\x00\xff garbage",
    ],
)
@pytest.mark.model
def test_a_damaged_entry_is_a_miss(analysis, tmp_path: Path, damage) -> None:
    doc = make_document("“We will not stop,” the minister said on Tuesday.\n", "a.txt")
    _run(resultcache.ResultCache(analysis.parser, tmp_path), [doc], analysis)
    (entry,) = _entries_in(tmp_path)
    entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8", errors="surrogateescape")
    assert resultcache.ResultCache(analysis.parser, tmp_path).lookup([doc]) == [None]


@pytest.mark.model
def test_an_entry_of_another_format_or_key_is_a_miss(analysis, tmp_path: Path) -> None:
    import hashlib

    doc = make_document("“We will not stop,” the minister said on Tuesday.\n", "a.txt")
    _run(resultcache.ResultCache(analysis.parser, tmp_path), [doc], analysis)
    (entry,) = _entries_in(tmp_path)
    body = json.loads(entry.read_text(encoding="utf-8").partition("\n")[2])
    for changed in ({**body, "format": "0"}, {**body, "key": "0" * 64}, {**body, "result": {**body["result"], "x": 1}}):
        text = json.dumps(changed)
        entry.write_text(f"{hashlib.sha256(text.encode()).hexdigest()}\n{text}", encoding="utf-8")
        assert resultcache.ResultCache(analysis.parser, tmp_path).lookup([doc]) == [None]


# --------------------------------------------------------------------------- the commands


def _outputs(cache: Path, files: list[str], index: Path) -> dict[str, bytes]:
    out = {}
    for name, args in {
        "extract": ["extract", "--format", "json", *files],
        "extract-text": ["extract", *files],
        "check": ["check", "--format", "json", *files],
        "check-text": ["check", "--output-format", "full", *files],
        "check-index": ["check", "--format", "json", "--index", str(index), *files],
    }.items():
        done = _cli(args, cache)
        assert done.returncode in (0, 1), done.stderr.decode()
        assert b"Traceback" not in done.stderr
        out[name] = done.stdout
    return out


@pytest.mark.model
def test_output_is_identical_cold_warm_damaged_and_without_cache(tmp_path: Path) -> None:
    files = [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    cache = tmp_path / "cache"
    index = tmp_path / "index.sqlite"
    assert _cli(["index", "--db", str(index), *files], tmp_path / "index-cache").returncode == 0
    shutil.copytree(tmp_path / "index-cache", cache)  # parses only: no analysis is stored by index
    assert _entries(cache) == []
    cold = _outputs(cache, files, index)
    assert len(_entries(cache)) == len(files)
    warm = _outputs(cache, files, index)
    for entry in _entries(cache):
        entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])
    damaged = _outputs(cache, files, index)
    no_cache = {}
    for name, args in {
        "extract": ["extract", "--no-cache", "--format", "json", *files],
        "check": ["check", "--no-cache", "--format", "json", *files],
    }.items():
        no_cache[name] = _cli(args, tmp_path / "unused").stdout
    assert not (tmp_path / "unused" / f"results-v{resultcache.FORMAT}").exists()
    assert warm == cold and damaged == cold
    assert no_cache["extract"] == cold["extract"] and no_cache["check"] == cold["check"]
    assert json.loads(cold["extract"]) and b"findings" in cold["check"]


@pytest.mark.model
def test_the_api_serves_a_repeated_text_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    import provenance
    from provenance import api, pipeline

    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(resultcache, "ENABLED", True)
    monkeypatch.setattr(api, "_RESULT_CACHES", {})
    text = "“We will not stop,” the minister said on Tuesday.\n"
    first = provenance.extract_text(text, path="a.txt")
    assert len(_entries(tmp_path)) == 1

    def no_analysis(*args, **kwargs):
        raise AssertionError("analysed again")

    monkeypatch.setattr(pipeline, "analyse", no_analysis)
    again = provenance.extract_text(text, path="b.txt")
    assert again.to_json() == {**first.to_json(), "path": "b.txt"}
    assert provenance.check_text(text, path="a.txt").result.to_json() == first.to_json()
