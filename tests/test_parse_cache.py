import sqlite3
import subprocess
import sys

import pytest

from provenance.cli import main
from provenance.models import PACKAGED_MODEL, resolve_model
from provenance.syntax.cache import ParseCache
from provenance.syntax.parser import Parser

pytestmark = pytest.mark.model

RASOOL = (
    "Iraqi military spokesman Yehia Rasool said in a statement that the Iraqi army “holds the "
    "International Coalition Forces responsible for this unprovoked attack.”"
)


def test_second_run_over_the_same_text_loads_no_model(tmp_path):
    spec = resolve_model(None)
    cache = tmp_path / "c.sqlite"
    first = Parser(spec, ParseCache(cache))
    a = first.parse(["He said it rained.", "She said “no.”"])
    assert first.stats.model_loaded
    second = Parser(spec, ParseCache(cache))
    b = second.parse(["He said it rained.", "She said “no.”"])
    assert not second.stats.model_loaded and second.stats.cached == 2
    assert [[w.text for s in p for w in s.words] for p in a] == [[w.text for s in p for w in s.words] for p in b]


def test_corrupt_cache_file_is_rebuilt(tmp_path):
    cache = tmp_path / "c.sqlite"
    cache.write_bytes(b"this is not a database" * 100)
    parser = Parser(resolve_model(None), ParseCache(cache))
    assert parser.parse(["He said so."])[0][0].words[1].lemma == "say"
    with sqlite3.connect(cache) as conn:
        assert conn.execute("SELECT count(*) FROM parses").fetchone()[0] == 1


def test_parse_command_shows_the_speech_frame(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(RASOOL, encoding="utf-8")
    assert main(["parse", str(f)]) == 0
    out = capsys.readouterr().out
    assert "ccomp(said, holds)" in out
    # Names are headed on their last word, the title a compound of it (nameheads.py).
    assert "nsubj(said, Rasool)" in out and "compound(Rasool, spokesman)" in out
    # --ud prints the parser's own tree: UD v2 heads the phrase on the title or the first name.
    assert main(["parse", "--ud", str(f)]) == 0
    out = capsys.readouterr().out
    assert "ccomp(said, holds)" in out
    assert "nsubj(said, spokesman)" in out or "nsubj(said, Yehia)" in out


def test_missing_or_broken_model_is_a_one_line_error(tmp_path):
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "tokenize.pt").write_bytes(b"x")
    for target in (str(tmp_path / "nope"), str(broken)):
        r = subprocess.run(
            [sys.executable, "-m", "provenance", "extract", "--model", target, "-"],
            input="He said “yes.”",
            capture_output=True,
            text=True,
        )
        assert r.returncode == 2
        assert r.stderr.count("\n") == 1 and target in r.stderr and "Traceback" not in r.stderr


def test_packaged_model_is_small_enough():
    size = sum(f.stat().st_size for f in PACKAGED_MODEL.iterdir())
    assert size <= 40 * 1024 * 1024


def test_a_damaged_row_is_re_parsed_not_trusted(tmp_path):
    spec = resolve_model(None)
    path = tmp_path / "c.sqlite"
    good = Parser(spec, ParseCache(path)).parse(["He said so."])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE parses SET value = '[]'")  # valid JSON, wrong: the checksum tells
    again = Parser(spec, ParseCache(path))
    assert again.parse(["He said so."]) == good
    assert again.stats.model_loaded and again.cache is not None and again.cache.rejected_rows == 1
    third = Parser(spec, ParseCache(path))
    assert third.parse(["He said so."]) == good and not third.stats.model_loaded, "the row was rewritten"


def test_present_names_stored_keys_without_reading_them(tmp_path):
    cache = ParseCache(tmp_path / "c.sqlite")
    cache.put_many({"a": [[["x", "x", "X", "_", -1, "root", 0, 1]]]})
    assert cache.present(["a", "b"]) == {"a"}
    assert cache.present([]) == set()
    parser = Parser(resolve_model(None), cache)
    assert parser.uncached(["", "   "]) == 0  # blank text never needs the model
