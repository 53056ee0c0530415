"""What the YAML reader's modules share: the located containers and the reader's limits.

provenance.yamlio reads, provenance.yamlparse parses and provenance.yamlcache stores; all three
build or return these values, so they live apart from each of them (no import cycle). See
yamlio for what the limits guard against.
"""

from __future__ import annotations

from typing import Any

MAX_ALIASES = 100  # alias uses per document
MAX_DEPTH = 64  # nested mappings/sequences; real configs and rules use fewer than 10
MAX_EXPANSION = 10  # values built per value written, once aliases are expanded


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


def line_of(container: Any, key: Any = None) -> int | None:
    """The line of ``container[key]`` (or of the container itself when ``key`` is None) for
    containers that came from this reader; None for anything else."""
    if isinstance(container, (LocatedDict, LocatedList)):
        return container.line if key is None else container.line_of(key)
    return None
