"""The one YAML reader is bounded (issue #18): a "billion laughs" file of a few hundred bytes
expanded to hundreds of millions of values before validation (7 levels: 52 s, 0.9 GB)."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.yamlio import MAX_ALIASES, MAX_DEPTH, load_located_yaml, read_located_yaml


def laughs(levels: int, width: int = 9) -> str:
    lines = ["a0: &a0 [" + ",".join(['"lol"'] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("levels", [7, 9, 12])
def test_billion_laughs_is_one_clear_error(tmp_path: Path, levels: int) -> None:
    f = tmp_path / ".provenance.yaml"
    f.write_text(laughs(levels), encoding="utf-8")
    with pytest.raises(ProvenanceError) as err:
        read_located_yaml(f)
    message = str(err.value)
    assert message.startswith(f"{f}:") and "aliases expand to too many values" in message
    assert "\n" not in message


def test_many_alias_uses_are_refused_with_the_line() -> None:
    text = "base: &b x\nitems:\n" + "".join("  - *b\n" for _ in range(MAX_ALIASES + 1))
    with pytest.raises(ProvenanceError, match=rf"^c.yaml:{MAX_ALIASES + 3}: invalid YAML: more than {MAX_ALIASES}"):
        load_located_yaml(text, "c.yaml")


def test_a_self_referencing_alias_is_refused() -> None:
    with pytest.raises(ProvenanceError, match="refers to the value that contains it"):
        load_located_yaml("a: &a [1, *a]\n", "c.yaml")


@pytest.mark.parametrize("opener", ["[", "{a: ", "- "])
def test_deep_nesting_is_refused(opener: str) -> None:
    closer = {"[": "]", "{a: ": "}", "- ": ""}[opener]
    deep = opener * 5000 + "x" + closer * 5000
    with pytest.raises(ProvenanceError, match="nested too deeply"):
        load_located_yaml(deep, "c.yaml")


def test_ordinary_anchors_and_nesting_still_work() -> None:
    text = (
        "names: &n [AP, Reuters]\nmore: *n\nalso: [*n, *n]\n" + "deep: " + "[" * (MAX_DEPTH - 2) + "]" * (MAX_DEPTH - 2)
    )
    data = load_located_yaml(text, "c.yaml")
    assert data["more"] == ["AP", "Reuters"] and data["also"] == [["AP", "Reuters"]] * 2
    assert data.line_of("also") == 3


def test_a_large_plain_file_is_not_taken_for_a_bomb() -> None:
    text = "entries:\n" + "".join(f"  - {{name: person {i}, role: minister}}\n" for i in range(5000))
    assert len(load_located_yaml(text, "big.yaml")["entries"]) == 5000


def test_packaged_files_read_by_libyaml_keep_the_same_values_and_lines() -> None:
    # The packaged rules/ are composed by libyaml (start-up time); user files by the bounded
    # reader. Both must build the same located values.
    from provenance.vocab import rules_dir
    from provenance.yamlio import LocatedDict, load_located_yaml

    for path in sorted(rules_dir().glob("*/*.yaml")):
        text = path.read_text(encoding="utf-8")
        fast, slow = load_located_yaml(text, str(path), trusted=True), load_located_yaml(text, str(path))
        assert fast == slow, path
        assert isinstance(fast, LocatedDict) and fast.key_lines == slow.key_lines, path
