"""How configs layer: ``extend:`` (a config built on another) and ``per-path:`` sections.

``extend: ../.provenance.yaml`` makes a nested folder's config start from its parent's instead of
replacing it: rule levels and vocabularies merge (this file wins per rule; vocabulary entries
are added), ``rule-paths`` and ``per-path`` sections accumulate, and every other key this file
sets replaces the parent's. Globs (include / exclude / per-path) are relative to the folder of
the config that is in effect for a file, i.e. the nested one.

``per-path:`` maps a glob to settings for the files it matches, applied in file order over the
config's own (as Vale's glob sections)::

    per-path:
      "opinion/**":
        rules: {anonymous-opinion: off}
      "wire/**":
        fail-on: never
        ignore: [uncredited-secondary-source]

A section may set ``rules``, ``fail-on``, ``select``, ``ignore``, ``extend-select`` and
``min-level``; file-reading limits, vocabularies and the index are per config, not per path
(one analysis per vocabulary keeps the model loaded once).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.errors import ProvenanceError
from provenance.globs import check_globs
from provenance.kinds import LEVELS, FailOn, RuleSetting
from provenance.selection import Selection
from provenance.yamlio import line_of

if TYPE_CHECKING:
    from provenance.config import Config

SELECTION_KEYS = ("select", "ignore", "extend-select", "min-level")
SECTION_KEYS = ("rules", "fail-on", *SELECTION_KEYS)


@dataclass(frozen=True)
class PathSection:
    pattern: str
    rule_levels: dict[str, RuleSetting] = field(default_factory=dict)
    rule_level_lines: dict[str, int] = field(default_factory=dict)
    fail_on: FailOn | None = None
    selection: Selection = Selection()
    origins: dict[str, str] = field(default_factory=dict)


def _ids(value: Any, key: str, p: str, line: int | None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ProvenanceError(f"'{key}' must be a list of rule ids", p, line)
    return tuple(v.strip() for v in value)


def parse_selection_key(current: Selection, key: str, value: Any, p: str, line: int | None) -> Selection:
    if key == "min-level":
        if value not in LEVELS:
            raise ProvenanceError(f"'min-level' must be one of {', '.join(LEVELS)}", p, line)
        return dataclasses.replace(current, min_level=value)
    ids = _ids(value, key, p, line)
    if key == "select":
        return dataclasses.replace(current, select=ids)
    if key == "ignore":
        return dataclasses.replace(current, ignore=ids)
    return dataclasses.replace(current, extend_select=ids)


Setter = Callable[["Config", str, Any, Path, "int | None"], None]


def parse_sections(
    value: Any, path: Path, line: int | None, setter: Setter, make: Callable[..., Config]
) -> tuple[PathSection, ...]:
    """The ``per-path`` mapping, validated with the same setter as top-level keys."""
    p = str(path)
    if not isinstance(value, dict):
        raise ProvenanceError("'per-path' must map globs to settings", p, line)
    out = []
    for pattern, body in value.items():
        pline = line_of(value, pattern) or line
        if not isinstance(pattern, str) or not pattern.strip():
            raise ProvenanceError("per-path: each key must be a glob", p, pline)
        check_globs((pattern,), p, pline)
        if not isinstance(body, dict):
            raise ProvenanceError(f"per-path {pattern!r}: expected settings (key: value lines)", p, pline)
        scratch = make(path=path)
        for key, item in body.items():
            kline = line_of(body, key) or pline
            if key not in SECTION_KEYS:
                raise ProvenanceError(
                    f"per-path {pattern!r}: unknown key {key!r} (expected one of: {', '.join(SECTION_KEYS)})", p, kline
                )
            setter(scratch, key, item, path, kline)
        origins = {k: f"{v} (per-path {pattern!r})" for k, v in scratch.origins.items()}
        out.append(
            PathSection(
                pattern, scratch.rule_levels, scratch.rule_level_lines, scratch.fail_on, scratch.selection, origins
            )
        )
    return tuple(out)


def apply_sections(cfg: Config, sections: list[PathSection]) -> Config:
    """``cfg`` with ``sections`` applied in order; the result has no sections of its own."""
    levels, lines, origins = dict(cfg.rule_levels), dict(cfg.rule_level_lines), dict(cfg.origins)
    fail_on, selection = cfg.fail_on, cfg.selection
    for sec in sections:
        levels.update(sec.rule_levels)
        lines.update(sec.rule_level_lines)
        origins.update(sec.origins)
        fail_on = sec.fail_on or fail_on
        selection = selection.then(sec.selection)
    return dataclasses.replace(
        cfg,
        rule_levels=levels,
        rule_level_lines=lines,
        fail_on=fail_on,
        selection=selection,
        origins=origins,
        per_path=(),
        _derived={},
    )


def inherit(base: Config, path: Path) -> Config:
    """A fresh config for ``path`` that starts from ``base`` (its ``extend:`` target)."""
    return dataclasses.replace(
        base,
        path=path,
        rule_levels=dict(base.rule_levels),
        rule_level_lines=dict(base.rule_level_lines),
        vocabulary={k: list(v) for k, v in base.vocabulary.items()},
        origins=dict(base.origins),
        _derived={},
    )


def extended_path(value: Any, path: Path, line: int | None, chain: tuple[str, ...]) -> Path:
    """The file ``extend:`` names, relative to the config; a cycle is an error, not a hang."""
    p = str(path)
    if not isinstance(value, str) or not value.strip():
        raise ProvenanceError("'extend' must be the path of another .provenance.yaml", p, line)
    target = Path(os.path.realpath(path.parent / value))
    if not target.is_file():
        raise ProvenanceError(f"extend: {value!r} is not a file", p, line)
    if str(target) in chain or str(target) == os.path.realpath(path):
        raise ProvenanceError(f"extend: {value!r} leads back to this file (a cycle)", p, line)
    return target
