"""Fuzzing the one YAML reader (issue #18): any text is a value or one ProvenanceError line;
generated data round-trips; anchors and aliases never expand without bound."""

from __future__ import annotations

from typing import Any

import yaml
from fuzzing import fuzz
from hypothesis import given
from hypothesis import strategies as st

from provenance.errors import ProvenanceError
from provenance.yamlio import load_located_yaml, read_located_yaml

YAML_PIECES = st.sampled_from(
    ["&a ", "*a", "&b ", "*b", "[", "]", "{", "}", ": ", "- ", "\n", "  ", ",", "x", "'q'", '"\\u0000"', "!!str ",
     "!!python/object:os.system ", "<<: ", "? ", "|\n  ", ">\n  ", "#c", "~", "1e9", "---\n", "...\n", "%YAML 1.1\n", "\t"]
)  # fmt: skip
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10))
DATA = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)),
    max_leaves=25,
)


@fuzz(1200)
@given(st.lists(YAML_PIECES, max_size=40).map("".join))
def test_any_yaml_text_is_a_value_or_one_clear_error(text: str) -> None:
    try:
        load_located_yaml(text, "cfg.yaml")
    except ProvenanceError as err:
        message = str(err)
        assert message.startswith("cfg.yaml:") and "\n" not in message


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@fuzz(400)
@given(DATA)
def test_generated_data_reads_as_yaml_safe_load_reads_it(data: Any) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    assert _plain(load_located_yaml(text, "d.yaml")) == yaml.safe_load(text)


@fuzz(100)
@given(st.integers(1, 12), st.integers(2, 12))
def test_alias_trees_are_bounded(levels: int, width: int) -> None:
    lines = ["a0: &a0 [" + ",".join(["x"] * width) + "]"]
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * width) + "]" for i in range(1, levels)]
    try:
        data = load_located_yaml("\n".join(lines), "bomb.yaml")
    except ProvenanceError as err:
        assert "alias" in str(err)
        return
    written = levels * (width + 2) + 1  # values in the file: keys, lists, items, the mapping
    assert _count(data) <= max(10_000, 10 * written), "what is built stays proportional to what is written"


def _count(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + sum(1 + _count(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(_count(v) for v in value)
    return 1


@fuzz(100)
@given(st.binary(max_size=60))
def test_any_file_bytes(tmp_path_factory, raw: bytes) -> None:
    f = tmp_path_factory.mktemp("y") / "r.yaml"
    f.write_bytes(raw)
    try:
        read_located_yaml(f)
    except ProvenanceError as err:
        assert str(err).startswith(str(f)) and "\n" not in str(err)
