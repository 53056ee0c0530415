"""The on-disk cache of parsed YAML (provenance.yamlcache, issue #17): a text read before comes
back exactly as the parser built it, and never for another text, another reader or a damaged file."""

from __future__ import annotations

import datetime
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance import yamlcache, yamlio
from provenance.errors import ProvenanceError
from provenance.vocab import rules_dir
from provenance.yamlio import MAX_ALIASES, LocatedDict, LocatedList, read_located_yaml

TEXT = """name: speech_verbs
doc: |
  Verbs of saying.
entries:
  - said
  - {name: told, aliases: [tells], weight: 1.5, strict: true, none: null, 3: three}
nested:
  deep: [[1, 2], {x: -7}]
"""


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / f"yaml-v{yamlcache.FORMAT}"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The paths the YAML parser itself is asked to read (a cache hit asks nothing)."""
    seen: list[str] = []
    real = yamlio.load_located_yaml

    def counting(text: str, path: str, trusted: bool = False) -> Any:
        seen.append(path)
        return real(text, path, trusted)

    monkeypatch.setattr(yamlio, "load_located_yaml", counting)
    yield seen


def _lines(value: Any) -> Any:
    """Every line number a located value carries, in a comparable form."""
    if isinstance(value, LocatedDict):
        return (value.line, value.key_lines, {k: _lines(v) for k, v in value.items()})
    if isinstance(value, LocatedList):
        return (value.line, value.item_lines, [_lines(v) for v in value])
    return None


def test_a_second_read_comes_from_the_cache_with_the_same_values_types_and_lines(
    tmp_path: Path, cache_dir: Path, parses: list[str]
) -> None:
    f = tmp_path / "lex.yaml"
    f.write_text(TEXT, encoding="utf-8")
    first = read_located_yaml(f)
    second = read_located_yaml(f)
    assert parses == [str(f)]  # parsed once
    assert second == first and _lines(second) == _lines(first)
    told = second["entries"][1]
    assert [type(told[k]) for k in ("weight", "strict", "none", 3)] == [float, bool, type(None), str]
    assert second.line_of("nested") == 7 and second["entries"].line_of(1) == 6
    assert len(list(cache_dir.glob("*.json"))) == 1


def test_the_packaged_rules_read_from_the_cache_equal_a_fresh_parse(cache_dir: Path, parses: list[str]) -> None:
    files = sorted(rules_dir().glob("*/*.yaml"))
    fresh = [read_located_yaml(f, trusted=True) for f in files]
    cached = [read_located_yaml(f, trusted=True) for f in files]
    assert len(parses) == len(files)  # the second pass parsed nothing
    for f, a, b in zip(files, fresh, cached, strict=True):
        assert a == b and _lines(a) == _lines(b), f


def test_an_edited_file_is_read_again_even_with_the_same_size_and_mtime(
    tmp_path: Path, cache_dir: Path, parses: list[str]
) -> None:
    f = tmp_path / "c.yaml"
    f.write_text("level: info\n", encoding="utf-8")
    stamp = f.stat().st_mtime_ns
    assert read_located_yaml(f) == {"level": "info"}
    f.write_text("level: warn\n", encoding="utf-8")  # same length
    os.utime(f, ns=(stamp, stamp))
    assert read_located_yaml(f) == {"level": "warn"}
    assert len(parses) == 2


def test_a_damaged_or_foreign_entry_is_parsed_again_and_replaced(
    tmp_path: Path, cache_dir: Path, parses: list[str]
) -> None:
    f = tmp_path / "c.yaml"
    f.write_text(TEXT, encoding="utf-8")
    expected = read_located_yaml(f)
    (entry,) = cache_dir.glob("*.json")
    checksum, _, body = entry.read_text(encoding="utf-8").partition("\n")
    for damaged in (
        f"{checksum}\n{body.replace('said', 'sad!')}",  # the body changed under its checksum
        checksum,  # truncated
        "",
        "\x00\xff garbage",
    ):
        entry.write_text(damaged, encoding="utf-8")
        assert read_located_yaml(f) == expected
    assert len(parses) == 5
    assert read_located_yaml(f) == expected and len(parses) == 5  # the last parse rewrote it


@pytest.mark.parametrize(
    "body",
    [
        '{"a": 1}',  # a mapping is never written: only the encoded lists
        "[0, 1, [1, 2]]",  # a mapping without its key lines
        "[1, 1, [2], []]",  # one line per item
        '[0, "1", []]',  # a line that is not a number
        "[0, 1, [[1], 2, 3]]",  # a key that is not a plain value
    ],
)
def test_a_body_of_another_shape_is_a_miss(tmp_path: Path, cache_dir: Path, body: str) -> None:
    f = tmp_path / "c.yaml"
    f.write_text("a: 1\n", encoding="utf-8")
    read_located_yaml(f)
    (entry,) = cache_dir.glob("*.json")
    entry.write_text(f"{hashlib.sha256(body.encode()).hexdigest()}\n{body}", encoding="utf-8")
    assert yamlcache.lookup(entry.stem) is yamlcache.MISS
    assert read_located_yaml(f) == {"a": 1}


def test_a_trusted_verdict_is_never_reused_for_a_users_file(tmp_path: Path, cache_dir: Path) -> None:
    # The packaged files' fast reader does not count alias uses; a user's file must still be
    # refused by the bounded reader, whatever was cached for the same text before.
    f = tmp_path / "c.yaml"
    f.write_text("base: &b x\nitems:\n" + "".join("  - *b\n" for _ in range(MAX_ALIASES + 1)), encoding="utf-8")
    assert len(read_located_yaml(f, trusted=True)["items"]) == MAX_ALIASES + 1
    with pytest.raises(ProvenanceError, match="more than"):
        read_located_yaml(f)


def test_errors_are_never_cached(tmp_path: Path, cache_dir: Path, parses: list[str]) -> None:
    f = tmp_path / "c.yaml"
    f.write_text("a: [1, 2\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ProvenanceError, match="invalid YAML"):
            read_located_yaml(f)
    assert len(parses) == 2 and not list(cache_dir.glob("*.json"))


def test_values_json_cannot_give_back_are_not_cached(tmp_path: Path, cache_dir: Path, parses: list[str]) -> None:
    f = tmp_path / "c.yaml"
    f.write_text("date: 2024-03-01\n", encoding="utf-8")
    assert read_located_yaml(f) == {"date": datetime.date(2024, 3, 1)}
    assert read_located_yaml(f) == {"date": datetime.date(2024, 3, 1)}
    assert len(parses) == 2 and not list(cache_dir.glob("*.json"))


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    f = tmp_path / "c.yaml"
    f.write_text(TEXT, encoding="utf-8")
    assert read_located_yaml(f) == read_located_yaml(f)


def test_old_entries_are_pruned_when_a_new_one_is_stored(tmp_path: Path, cache_dir: Path) -> None:
    cache_dir.mkdir(parents=True)
    old, recent = cache_dir / "old.json", cache_dir / "recent.json"
    for p in (old, recent):
        p.write_text("x", encoding="utf-8")
    month_ago = (datetime.datetime.now() - datetime.timedelta(days=31)).timestamp()
    os.utime(old, (month_ago, month_ago))
    f = tmp_path / "c.yaml"
    f.write_text("a: 1\n", encoding="utf-8")
    read_located_yaml(f)
    assert not old.exists() and recent.exists()
