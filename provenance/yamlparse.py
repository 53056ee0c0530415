"""The YAML parser behind provenance.yamlio: PyYAML's SafeLoader, bounded, with line numbers.

Split from yamlio so that importing PyYAML (a noticeable part of a cached run's start-up) is
paid only when a file is really parsed: files read before are served from provenance.yamlcache.
The rules it enforces are described in yamlio.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionStartEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from provenance.errors import ProvenanceError
from provenance.yamlbase import MAX_ALIASES, MAX_DEPTH, MAX_EXPANSION, LocatedDict, LocatedList

_EXPANSION_FLOOR = 10_000  # small files may always expand to this many values


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that counts alias uses, distinct nodes and nesting while composing."""

    def __init__(self, stream: str, path: str) -> None:
        super().__init__(stream)
        self.path = path
        self.aliases = 0
        self.nodes = 0
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                mark = event.start_mark
                line = mark.line + 1 if mark is not None else None
                raise ProvenanceError(f"invalid YAML: more than {MAX_ALIASES} alias uses (*name)", self.path, line)
            return super().compose_node(parent, index)
        self.nodes += 1
        nested = isinstance(event, CollectionStartEvent)
        if nested:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                # No line: the checker's messages for this case name the file only.
                raise ProvenanceError(f"invalid YAML: nested too deeply (over {MAX_DEPTH} levels)", self.path)
        try:
            return super().compose_node(parent, index)
        finally:
            if nested:
                self.depth -= 1


class _Budget:
    """How many values construction may still build, and the nodes on the current path."""

    def __init__(self, limit: int) -> None:
        self.left = limit
        self.path: set[int] = set()


def _construct(node: yaml.Node, constructor: yaml.constructor.SafeConstructor, path: str, budget: _Budget) -> Any:
    line = node.start_mark.line + 1
    budget.left -= 1
    if budget.left < 0:
        raise ProvenanceError("invalid YAML: aliases expand to too many values (a 'billion laughs' file?)", path, line)
    if id(node) in budget.path:
        raise ProvenanceError("invalid YAML: an alias refers to the value that contains it", path, line)
    if isinstance(node, (MappingNode, SequenceNode)):
        budget.path.add(id(node))
        try:
            return _construct_collection(node, constructor, path, budget)
        finally:
            budget.path.discard(id(node))
    if isinstance(node, ScalarNode):
        try:
            return constructor.construct_object(node, deep=True)
        except yaml.YAMLError as err:
            raise ProvenanceError(f"invalid YAML: {_problem(err)}", path, line) from None
    raise ProvenanceError("unsupported YAML node", path, line)  # pragma: no cover - composer makes no other kinds


def _construct_collection(
    node: yaml.Node, constructor: yaml.constructor.SafeConstructor, path: str, budget: _Budget
) -> Any:
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
            key = _construct(key_node, constructor, path, budget)
            if isinstance(key, (dict, list)):
                raise ProvenanceError("a mapping key must be a plain value", path, key_node.start_mark.line + 1)
            if key in mapping:
                raise ProvenanceError(f"duplicate key {key!r}", path, key_node.start_mark.line + 1)
            mapping[key] = _construct(value_node, constructor, path, budget)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping
    if isinstance(node, SequenceNode):
        seq = LocatedList(_construct(item, constructor, path, budget) for item in node.value)
        seq.line = line
        seq.item_lines = [item.start_mark.line + 1 for item in node.value]
        return seq
    raise ProvenanceError("unsupported YAML node", path, line)  # pragma: no cover - composer makes no other kinds


def _problem(err: yaml.YAMLError) -> str:
    return str(getattr(err, "problem", None) or err).strip().replace("\n", " ")


# The packaged rules/ files ship with the code and are checked by its tests: they are composed by
# libyaml (about ten times faster, which is most of a cached run's start-up), still with line
# numbers and the same construction. Files a user hands in keep the bounded pure-Python composer.
_TRUSTED_LOADER: Any = getattr(yaml, "CSafeLoader", None)


def parse_located_yaml(text: str, path: str, trusted: bool = False) -> Any:
    """Parse one YAML document safely, keeping line numbers; errors name ``path`` and the line.
    ``trusted``: a file shipped in the package (see ``_TRUSTED_LOADER``)."""
    loader = None
    try:
        if trusted and _TRUSTED_LOADER is not None:
            loader = _TRUSTED_LOADER(text)
            loader.nodes = _EXPANSION_FLOOR
        else:
            loader = _BoundedLoader(text, path)  # the reader already rejects control characters here
        node = loader.get_single_node()
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ProvenanceError(f"invalid YAML: {_problem(err)}", path, line) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH is far below Python's limit
        raise ProvenanceError("invalid YAML: nested too deeply", path) from None
    finally:
        if loader is not None:
            loader.dispose()
    if node is None:
        return None
    budget = _Budget(max(_EXPANSION_FLOOR, MAX_EXPANSION * loader.nodes))
    return _construct(node, yaml.constructor.SafeConstructor(), path, budget)
