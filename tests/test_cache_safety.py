"""The parse cache whatever happens to it (issue #18): a killed writer, a corrupt or truncated
file, a read-only or missing folder, locks held by other processes, 8 concurrent processes and
damaged rows. No model needed: the values are parses in the shape the parser writes."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from provenance.syntax import cache as cache_module
from provenance.syntax.cache import ParseCache, row_checksum, valid_parse

WORD = ["He", "he", "PRON", "", 1, "nsubj", 0, 2]


def parse_for(i: int) -> list:
    """A small valid parse, different for every i."""
    return [[["He", "he", "PRON", "", 1, "nsubj", 0, 2], ["said", "say", "VERB", "", -1, "root", 3, 7 + i % 5]]]


def items(n: int, prefix: str = "k") -> dict[str, list]:
    return {f"{prefix}{i}": parse_for(i) for i in range(n)}


def rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM parses").fetchone()[0]


def test_round_trip_and_shape_validation(tmp_path: Path) -> None:
    c = ParseCache(tmp_path / "c.sqlite", warn=False)
    c.put_many(items(3))
    assert c.get_many(["k0", "k1", "k2", "nope"]) == items(3)
    assert valid_parse(parse_for(0)) and valid_parse([])
    for bad in (
        [[]],
        [[WORD[:7]]],
        [[[*WORD[:4], True, *WORD[5:]]]],
        [[[*WORD[:4], 5, *WORD[5:]]]],
        {"a": 1},
        [[WORD]][0],
    ):
        assert not valid_parse(bad), bad
    assert not valid_parse([[["He", "he", "PRON", "", -1, "root", 5, 2]]]), "start after end"
    assert not valid_parse(parse_for(0), text_length=3), "offsets beyond the text"


def test_damaged_rows_are_misses_never_trusted(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    c = ParseCache(path, warn=False)
    c.put_many(items(4))
    c.close()
    swapped = json.dumps([[["said", "say", "VERB", "", -1, "root", 7, 3]]])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE parses SET value = '[]' WHERE key = 'k0'")  # valid JSON, checksum now wrong
        conn.execute("UPDATE parses SET value = 'not json' WHERE key = 'k1'")
        # A row whose checksum matches but whose shape is wrong (swapped offsets).
        conn.execute("UPDATE parses SET value = ?, sum = ? WHERE key = 'k2'", (swapped, row_checksum("k2", swapped)))
    c = ParseCache(path, warn=False)
    assert c.get_many(["k0", "k1", "k2", "k3"]) == {"k3": parse_for(3)}
    assert c.rejected_rows == 3
    c.put_many({"k0": parse_for(0)})  # the re-parse overwrites the damaged row
    assert c.get_many(["k0"]) == {"k0": parse_for(0)}


def test_text_length_check_rejects_a_row_from_another_text(tmp_path: Path) -> None:
    c = ParseCache(tmp_path / "c.sqlite", warn=False)
    c.put_many(items(1))
    assert c.get_many(["k0"], {"k0": 4}) == {}


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_corrupt_or_truncated_file_is_rebuilt(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "c.sqlite"
    c = ParseCache(path, warn=False)
    c.put_many(items(200))
    c.close()
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    else:
        path.write_bytes(b"")
    c = ParseCache(path, warn=False)
    found = c.get_many(list(items(200)))  # whatever survives must be exactly right
    assert all(found[k] == v for k, v in items(200).items() if k in found)
    c.put_many({"new": parse_for(1)})
    assert ParseCache(path, warn=False).get_many(["new"]) == {"new": parse_for(1)}


def test_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c.sqlite"
    c = ParseCache(path, warn=False)
    c.put_many(items(1))
    assert rows(path) == 1


def test_folder_that_cannot_be_created_is_bypassed_with_one_warning(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    c = ParseCache(blocker / "sub" / "c.sqlite")
    c.put_many(items(1))
    assert c.get_many(["k0"]) == {}
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot create the cache folder" in err


def test_read_only_cache_is_read_never_written_with_one_warning(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "c.sqlite"
    writer = ParseCache(path, warn=False)
    writer.put_many(items(5))
    writer.close()
    before = path.read_bytes()
    # Tests run as root, for whom chmod changes nothing: ask the cache to see what a user would.
    monkeypatch.setattr(ParseCache, "_writable", lambda self: False)
    c = ParseCache(path)
    assert c.get_many(list(items(5))) == items(5), "still read"
    c.put_many({"new": parse_for(0)})
    c.put_many({"new2": parse_for(0)})
    assert c.read_only and c.get_many(["new"]) == {}
    c.close()
    assert path.read_bytes() == before, "never written"
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only; reading it without writing" in err


def test_read_only_folder_really_read_only(tmp_path: Path, capsys) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes through file permissions")
    path = tmp_path / "ro" / "c.sqlite"
    c = ParseCache(path, warn=False)
    c.put_many(items(5))
    c.close()
    path.parent.chmod(0o555)
    path.chmod(0o444)
    try:
        c = ParseCache(path)
        assert c.get_many(list(items(5))) == items(5)
        c.put_many({"new": parse_for(0)})
        assert "read-only" in capsys.readouterr().err
    finally:
        path.parent.chmod(0o755)


def test_a_locked_database_is_not_corruption(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "c.sqlite"
    c = ParseCache(path, warn=False)
    c.put_many(items(3))
    c.close()
    monkeypatch.setattr(cache_module, "_BUSY_SECONDS", 0.2)
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        blocked = ParseCache(path)
        assert blocked.get_many(["k0"]) == {}  # skipped for this run...
        blocked.put_many({"x": parse_for(0)})
        assert "busy" in capsys.readouterr().err
    finally:
        holder.rollback()
        holder.close()
    assert path.exists() and rows(path) == 3, "...never deleted"
    assert ParseCache(path, warn=False).get_many(["k0"]) == {"k0": parse_for(0)}


def _hammer(path: str, worker: int, queue) -> None:  # runs in a child process
    try:
        c = ParseCache(Path(path), warn=False)
        for r in range(20):
            mine = {f"w{worker}-{r}-{i}": parse_for(worker + i) for i in range(10)}
            shared = items(30)  # every worker writes the same keys too
            c.put_many({**mine, **shared})
            got = c.get_many(list(mine) + list(shared))
            assert all(got[k] == v for k, v in {**mine, **shared}.items() if k in got)
        queue.put((worker, "ok"))
    except BaseException as err:  # reported to the parent, which fails the test
        queue.put((worker, repr(err)))


def test_eight_processes_on_a_fresh_cache(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "c.sqlite"
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_hammer, args=(str(path), w, queue)) for w in range(8)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
    results = sorted(queue.get(timeout=10) for _ in procs)
    assert results == [(w, "ok") for w in range(8)]
    c = ParseCache(path, warn=False)
    assert c.get_many(list(items(30))) == items(30)
    assert rows(path) == 30 + 8 * 20 * 10, "no worker's database was deleted by another"


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from provenance.syntax.cache import ParseCache
    c = ParseCache(Path(sys.argv[1]), warn=False)
    i = 0
    while True:
        value = [[["He", "he", "PRON", "", -1, "root", 0, 2]] * 50]
        c.put_many({f"k{i}-{j}": value for j in range(200)})
        i += 1
        print(i, flush=True)
    """
)


def test_a_killed_writer_leaves_a_usable_cache(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for _ in range(3):  # a few batches committed, the next one under way
        proc.stdout.readline()
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    c = ParseCache(path, warn=False)
    n = rows(path)
    assert n % 200 == 0 and n >= 600, "whole batches only"
    keys = [f"k{i}-{j}" for i in range(n // 200) for j in range(200)]
    assert len(c.get_many(keys)) == n and c.rejected_rows == 0


RO_READER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from provenance.syntax.cache import ParseCache
    c = ParseCache(Path(sys.argv[1]))
    got = c.get_many(["k0", "k1"])
    c.put_many({"new": [[["He", "he", "PRON", "", -1, "root", 0, 2]]]})
    print(len(got), c.read_only)
    """
)


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv to drop to nobody")
def test_read_only_for_another_user_is_read_with_one_warning() -> None:
    # Tests run as root, whom permissions do not stop: the reader runs as "nobody", for whom the
    # cache folder (root's, mode 755) is really read-only.
    folder = Path(tempfile.mkdtemp(prefix="provenance-ro-"))
    try:
        folder.chmod(0o755)
        path = folder / "c.sqlite"
        c = ParseCache(path, warn=False)
        c.put_many(items(2))
        c.close()
        before = path.read_bytes()
        r = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", RO_READER, str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
            timeout=120,
        )
        assert r.returncode == 0, r.stderr
        assert r.stdout.split() == ["2", "True"], "read, and known to be read-only"
        assert r.stderr.count("\n") == 1 and "read-only; reading it without writing" in r.stderr
        assert path.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["c.sqlite", "c.sqlite.lock"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
