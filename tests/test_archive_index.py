"""`provenance index` without the model: incremental runs, killed runs, bad files, metadata."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import regex

from provenance.archive import build
from provenance.archive.build import index_paths
from provenance.archive.meta import MetaKeys, front_matter, parse_date, stamp_date
from provenance.archive.records import records_from_result, sentence_spans
from provenance.archive.store import QuoteIndex
from provenance.archive.work import Job, Outcome, Settings
from provenance.document import make_document
from provenance.records import ArticleResult, Quote

REPO = Path(__file__).resolve().parent.parent

# A stand-in for the model: quotes are the text between curly double quotes. Incremental runs,
# killed runs and bad files do not depend on what the parser finds, and loading the model for
# them would make these tests slow; test_archive_model.py runs the real pipeline end to end.
CALLS: list[str] = []  # paths analysed, in order
_CURLY = regex.compile(r"“[^”\n]+”")


def fake_analyse_batch(jobs: list[Job], settings: Settings) -> list[Outcome]:
    from provenance.sources import SourceModel, find_credits
    from provenance.vocab import load_vocabulary

    model = SourceModel.build(load_vocabulary())
    out = []
    for job in jobs:
        CALLS.append(job.path)
        doc = make_document(job.text, job.path)
        quotes = [
            Quote("direct", m.start(), m.end(), m.group(), *doc.line_col(m.start()), cue=None, speaker=None, rule="x")
            for m in _CURLY.finditer(doc.text)
        ]
        credits = find_credits(model, doc)
        result = ArticleResult(job.path, quotes=quotes, credits=[c for c in credits if c.kind != "photo"])
        meta, records = records_from_result(job.path, job.sha256, doc, result, settings.keys)
        out.append(Outcome(job.path, meta, tuple(records), sentences=tuple(sentence_spans(doc.text))))
    return out


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "analyse_batch", fake_analyse_batch)
    CALLS.clear()


def write_archive(folder: Path, n: int = 5) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        f = folder / f"story{i}.txt"
        f.write_text(f"Published: {i + 1} March 2024\n\nThe mayor said: “Bridge number {i} opens on Monday.”\n")
        files.append(f)
    return files


def test_second_run_over_an_unchanged_folder_parses_nothing(tmp_path: Path):
    write_archive(tmp_path / "news")
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        first = index_paths([str(tmp_path / "news")], index)
        assert (first.seen, first.parsed, first.unchanged, first.errors) == (5, 5, 0, [])
        assert len(CALLS) == 5 and len(index) == 5
        CALLS.clear()
        second = index_paths([str(tmp_path / "news")], index)
        assert (second.parsed, second.unchanged, CALLS) == (0, 5, [])


def test_a_changed_file_is_reindexed_alone(tmp_path: Path):
    files = write_archive(tmp_path / "news")
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        index_paths([str(tmp_path / "news")], index)
        CALLS.clear()
        files[2].write_text("The mayor said: “Bridge two is closed.” Then: “It will stay closed.”\n")
        stats = index_paths([str(tmp_path / "news")], index)
        assert (stats.parsed, stats.unchanged) == (1, 4)
        assert CALLS == [os.path.normpath(files[2])]
        assert [r.norm for r in index.records(os.path.normpath(files[2]))] == [
            "bridge two is closed",
            "it will stay closed",
        ]
        assert len(index) == 6


def test_a_bad_file_is_one_line_and_the_rest_are_indexed(tmp_path: Path):
    files = write_archive(tmp_path / "news", 3)
    bad = tmp_path / "news" / "bad.txt"
    bad.write_bytes(b"caf\xe9 au lait \xff\xfe")
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        stats = index_paths([str(tmp_path / "news")], index)
        assert stats.parsed == 3 and len(stats.errors) == 1
        assert stats.errors[0].startswith(str(bad)) and "UTF-8" in stats.errors[0] and "\n" not in stats.errors[0]
        assert {a.path for a in index.articles()} == {os.path.normpath(f) for f in files}


def test_cli_reports_errors_on_stderr_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from provenance.cli import main

    write_archive(tmp_path / "news", 2)
    (tmp_path / "news" / "bad.txt").write_bytes(b"\x00\x01binary")
    code = main(["index", str(tmp_path / "news"), "--db", str(tmp_path / "i.sqlite"), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert '"parsed": 2' in out and '"quotes": 2' in out
    assert err.count("\n") == 1 and "bad.txt" in err and "Traceback" not in err


_KILLED_RUN = """
import os, sys
sys.path.insert(0, {tests!r})
from test_archive_index import fake_analyse_batch
from provenance.archive import build
from provenance.archive.store import QuoteIndex
build.analyse_batch = fake_analyse_batch
real_insert = QuoteIndex._insert
def insert(self, meta, records, *rest):
    n = real_insert(self, meta, records, *rest)
    if meta.path.endswith("story3.txt"):
        os._exit(9)  # the process dies inside the transaction that writes story3
    return n
QuoteIndex._insert = insert
with QuoteIndex.open({db!r}) as index:
    build.index_paths([{folder!r}], index, batch_size=1)
"""


def test_a_killed_run_leaves_whole_articles_and_the_next_run_completes_it(tmp_path: Path):
    write_archive(tmp_path / "news", 6)
    db = tmp_path / "i.sqlite"
    script = _KILLED_RUN.format(tests=str(REPO / "tests"), db=str(db), folder=str(tmp_path / "news"))
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 9, proc.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with QuoteIndex.open(db) as index:
        done = sorted(Path(a.path).name for a in index.articles())
        assert done == ["story0.txt", "story1.txt", "story2.txt"]  # story3's transaction never committed
        assert len(index) == 3 and len(index.records()) == 3
        stats = index_paths([str(tmp_path / "news")], index)
        assert (stats.unchanged, stats.parsed) == (3, 3)
        assert len(index.articles()) == 6 and len(index) == 6
        assert index.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_stdin_cannot_be_indexed(tmp_path: Path):
    from provenance.errors import ProvenanceError

    with QuoteIndex.open(":memory:") as index, pytest.raises(ProvenanceError, match="needs files"):
        index_paths(["-"], index)


# ---------------------------------------------------------------- outlet and date


def index_one(tmp_path: Path, name: str, text: str, keys: MetaKeys | None = None):
    f = tmp_path / name
    f.write_text(text)
    with QuoteIndex.open(":memory:") as index:
        stats = index_paths([str(f)], index, keys=keys or MetaKeys())
        assert stats.errors == []
        return index.article(os.path.normpath(f)), index.records()


def test_outlet_and_date_from_front_matter(tmp_path: Path):
    text = "---\ntitle: Bridge\ndate: 2024-03-12T09:30:00Z\noutlet: The Valley Herald\n---\nShe said: “It opens.”\n"
    meta, records = index_one(tmp_path, "a.md", text)
    assert (meta.outlet, meta.outlet_source, meta.date, meta.date_source) == (
        "The Valley Herald",
        "front-matter",
        "2024-03-12",
        "front-matter",
    )
    assert records[0].outlet == "The Valley Herald" and records[0].date == "2024-03-12"
    assert records[0].text == "It opens." and text[records[0].start : records[0].end] == "It opens."


def test_front_matter_keys_are_configurable(tmp_path: Path):
    text = "---\nissued: March 3, 2023\nmasthead: Harbour Times\nsource: not this\n---\nBody.\n"
    keys = MetaKeys(date=("issued",), outlet=("masthead",))
    meta, _ = index_one(tmp_path, "a.md", text, keys)
    assert (meta.outlet, meta.date) == ("Harbour Times", "2023-03-03")


def test_date_stamp_line_and_dateline_outlet(tmp_path: Path):
    text = "Published: 12 March 2024\n\nBAGHDAD (Reuters) — A strike hit the city, officials said.\n"
    meta, _ = index_one(tmp_path, "a.txt", text)
    assert (meta.date, meta.date_source) == ("2024-03-12", "stamp")
    assert (meta.outlet, meta.outlet_source, meta.credited) == ("Reuters", "credit", ("reuters",))


def test_credit_line_and_default_outlet(tmp_path: Path):
    meta, _ = index_one(tmp_path, "a.txt", "March 5, 2024\n\nThe strike hit. (With inputs from AP)\n")
    assert (meta.outlet, meta.outlet_source, meta.date) == ("Associated Press", "credit", "2024-03-05")
    meta, _ = index_one(tmp_path, "b.txt", "No credit here.\n", MetaKeys(default_outlet="Our Paper"))
    assert (meta.outlet, meta.outlet_source) == ("Our Paper", "config")


def test_unknown_and_never_the_modification_time(tmp_path: Path):
    f = tmp_path / "plain.txt"
    f.write_text("Nothing says when or where.\n\nMarch 12, 2024 was a quiet day, he said.\n")
    os.utime(f, (1_700_000_000, 1_700_000_000))  # 2023-11-14: must not become the date
    meta, _ = index_one(tmp_path, "plain.txt", f.read_text())
    assert (meta.outlet, meta.outlet_source, meta.date, meta.date_source) == (None, "unknown", None, "unknown")


def test_date_forms():
    assert parse_date("2024-02-30") is None  # not a day
    assert parse_date("Tuesday, 12th March 2024") == "2024-03-12"
    assert parse_date("Sept. 9, 2021 at 10:45 a.m. EDT") == "2021-09-09"
    assert stamp_date("date 2024-01-04 The US has assassinated ...") == "2024-01-04"
    assert stamp_date("\n".join(["x"] * 6 + ["Published: 1 May 2020"])) is None
    assert front_matter("+++\ndate = '2022-01-02'\n+++\n") == {"date": "2022-01-02"}
    assert front_matter("no front matter") == {}


def test_a_broken_model_with_jobs_is_one_error_before_any_worker(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from provenance.cli import main

    write_archive(tmp_path / "news", 2)
    code = main(
        ["index", str(tmp_path / "news"), "--db", str(tmp_path / "i.sqlite"), "--jobs", "2", "--model", "/nope"]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "/nope" in err and "model" in err


def test_an_unreachable_scheduler_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from provenance.archive import parallel
    from provenance.errors import ProvenanceError

    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", "2s")
    write_archive(tmp_path / "news", 1)
    with QuoteIndex.open(":memory:") as index, pytest.raises(ProvenanceError, match="cannot reach the Dask scheduler"):
        index_paths([str(tmp_path / "news")], index, scheduler="tcp://127.0.0.1:9")


def test_the_config_index_is_the_default_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    # the same file `check` reads the trace rules from; on the first run it does not exist yet
    from provenance.cli import main

    monkeypatch.delenv("PROVENANCE_INDEX", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".provenance.yaml").write_text("index: archive/quotes.sqlite\n", encoding="utf-8")
    (tmp_path / "archive").mkdir()
    write_archive(tmp_path / "news", 2)
    assert main(["index", str(tmp_path / "news")]) == 0
    assert (tmp_path / "archive" / "quotes.sqlite").is_file()
    assert not (tmp_path / "provenance-index.sqlite").exists()
    capsys.readouterr()
