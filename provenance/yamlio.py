"""YAML for rules, lexicons and config: safe, and with line numbers for error messages.

Documents are composed with PyYAML's SafeLoader and built by hand, so every mapping and sequence
remembers the line of itself and of each key or item. Only plain YAML is accepted: a tag such
as ``!!python/object`` is refused (as ``yaml.safe_load`` would), and so are merge keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from provenance.errors import ProvenanceError


class LocatedDict(dict):
    """A YAML mapping that remembers its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    """A YAML sequence that remembers its own line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


def _construct(node: yaml.Node, constructor: yaml.constructor.SafeConstructor, path: str) -> Any:
    line = node.start_mark.line + 1
    # Only plain YAML: a tag such as !!python/object is refused, as yaml.safe_load would.
    if (
        isinstance(node, MappingNode)
        and node.tag != "tag:yaml.org,2002:map"
        or (isinstance(node, SequenceNode) and node.tag != "tag:yaml.org,2002:seq")
    ):
        raise ProvenanceError(f"invalid YAML: unsupported tag {node.tag!r}", path, line)
    if isinstance(node, MappingNode):
        mapping = LocatedDict()
        mapping.line = line
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise ProvenanceError(
                    "YAML merge keys ('<<') are not supported here", path, key_node.start_mark.line + 1
                )
            key = _construct(key_node, constructor, path)
            if isinstance(key, (dict, list)):
                raise ProvenanceError("a mapping key must be a plain value", path, key_node.start_mark.line + 1)
            if key in mapping:
                raise ProvenanceError(f"duplicate key {key!r}", path, key_node.start_mark.line + 1)
            mapping[key] = _construct(value_node, constructor, path)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping
    if isinstance(node, SequenceNode):
        seq = LocatedList(_construct(item, constructor, path) for item in node.value)
        seq.line = line
        seq.item_lines = [item.start_mark.line + 1 for item in node.value]
        return seq
    if isinstance(node, ScalarNode):
        try:
            return constructor.construct_object(node, deep=True)
        except yaml.YAMLError as err:
            raise ProvenanceError(f"invalid YAML: {_problem(err)}", path, line) from None
    raise ProvenanceError("unsupported YAML node", path, line)  # pragma: no cover - composer makes no other kinds


def _problem(err: yaml.YAMLError) -> str:
    return str(getattr(err, "problem", None) or err).strip().replace("\n", " ")


def load_located_yaml(text: str, path: str) -> Any:
    """Parse one YAML document safely, keeping line numbers; errors name ``path`` and the line."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ProvenanceError(f"invalid YAML: {_problem(err)}", path, line) from None
    if node is None:
        return None
    return _construct(node, yaml.constructor.SafeConstructor(), path)


def read_located_yaml(path: Path) -> Any:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ProvenanceError("no such file", str(path)) from None
    except OSError as err:
        raise ProvenanceError(f"cannot read file ({err.strerror})", str(path)) from None
    except UnicodeDecodeError as err:
        raise ProvenanceError(f"not valid UTF-8 text (byte {err.start})", str(path)) from None
    return load_located_yaml(text, str(path))


def line_of(container: Any, key: Any = None) -> int | None:
    """The line of ``container[key]`` (or of the container itself when ``key`` is None) for
    containers that came from this reader; None for anything else."""
    if isinstance(container, (LocatedDict, LocatedList)):
        return container.line if key is None else container.line_of(key)
    return None


# The names the rest of the project uses.
load_yaml_text = load_located_yaml
load_yaml_file = read_located_yaml
