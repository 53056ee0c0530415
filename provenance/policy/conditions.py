"""Conditions at run time: field tests, counts, all/any/not over one item's dictionary.

User regular expressions (the ``matches`` operator) run under ``RegexGuard``: each search has a
timeout, and a pattern that timed out once is not tried again in the same article, so a house
rule such as ``matches: '(a|aa)+$'`` costs at most one timeout per article instead of hanging a
pre-commit hook. The timeout is reported as a warning, never silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, get_args

import regex

# Per search. Pathological patterns are cut off after this; ordinary ones finish in microseconds.
REGEX_TIMEOUT_S = 0.25

Comparison = Literal["eq", "ne", "in", "not_in", "gt", "ge", "lt", "le", "exists", "matches", "contains"]
COMPARISONS: tuple[Comparison, ...] = get_args(Comparison)
NUMERIC: tuple[Comparison, ...] = ("gt", "ge", "lt", "le")

MISSING: Any = object()


@dataclass
class RegexGuard:
    """Runs user regexes with a timeout; remembers the ones that timed out (one warning each)."""

    timeout: float = REGEX_TIMEOUT_S
    timed_out: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)

    def search(self, pattern: str, text: str) -> bool:
        if pattern in self.timed_out:
            return False
        try:
            return regex.search(pattern, text, timeout=self.timeout) is not None
        except TimeoutError:
            self.timed_out.add(pattern)
            self.warnings.append(
                f"regular expression {pattern!r} timed out after {self.timeout} s "
                f"(on {len(text)} characters); it counts as no match in this article"
            )
            return False


class ConditionEnv(Protocol):
    """What a condition needs from the article: the items of another scope, and the regex guard."""

    guard: RegexGuard

    def items(self, scope: str) -> list[dict[str, Any]]: ...


def get_path(item: Any, path: str) -> Any:
    current = item
    for part in path.split("."):
        if isinstance(current, Mapping) and part in current:
            current = current[part]
        else:
            return MISSING
    return current


def present(value: Any) -> bool:
    return value is not MISSING and value is not None


def fold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


class Condition:
    line: int

    def holds(self, item: Mapping[str, Any], env: ConditionEnv | None) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass
class AllOf(Condition):
    parts: list[Condition]
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: ConditionEnv | None) -> bool:
        return all(p.holds(item, env) for p in self.parts)


@dataclass
class AnyOf(Condition):
    parts: list[Condition]
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: ConditionEnv | None) -> bool:
        return any(p.holds(item, env) for p in self.parts)


@dataclass
class NotCond(Condition):
    part: Condition
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: ConditionEnv | None) -> bool:
        return not self.part.holds(item, env)


@dataclass(frozen=True)
class FieldRef:
    path: str


def _equal(left: Any, right: Any) -> bool:
    if right is None:
        return not present(left)
    return present(left) and fold(left) == fold(right)


def _contains(left: Any, right: Any) -> bool:
    if isinstance(left, (list, tuple)):
        return fold(right) in [fold(v) for v in left]
    return isinstance(left, str) and isinstance(right, str) and right.casefold() in left.casefold()


def _numeric(op: str, left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return False
    if not isinstance(left, (int, float)) or not isinstance(right, (int, float)):
        return False
    return {"gt": left > right, "ge": left >= right, "lt": left < right, "le": left <= right}[op]


def compare(op: Comparison, left: Any, right: Any, guard: RegexGuard | None = None) -> bool:
    """One comparison; a missing left side never satisfies anything but ``exists: false``/``eq: null``."""
    if op == "exists":
        return present(left) == bool(right)
    if op == "eq":
        return _equal(left, right)
    if op == "ne":
        return not _equal(left, right)
    if not present(left) or right is MISSING:
        return False
    if op in ("in", "not_in"):
        pool = [fold(v) for v in right] if isinstance(right, (list, tuple)) else []
        return (fold(left) in pool) == (op == "in")
    if op == "contains":
        return _contains(left, right)
    if op == "matches":
        return isinstance(left, str) and isinstance(right, str) and (guard or RegexGuard()).search(right, left)
    return _numeric(op, left, right)


@dataclass
class FieldTest(Condition):
    path: str
    op: Comparison
    value: Any
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: ConditionEnv | None) -> bool:
        right = get_path(item, self.value.path) if isinstance(self.value, FieldRef) else self.value
        return compare(self.op, get_path(item, self.path), right, env.guard if env is not None else None)


@dataclass
class CountTest(Condition):
    scope: str
    where: Condition | None
    op: Comparison
    value: int
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: ConditionEnv | None) -> bool:
        if env is None:
            return False
        n = sum(1 for other in env.items(self.scope) if self.where is None or self.where.holds(other, env))
        return compare(self.op, n, self.value)
