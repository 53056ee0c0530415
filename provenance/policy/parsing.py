"""Turning a rule's YAML condition into Condition objects, with file:line errors.

Every field path is checked against the scope's schema, every value against the field's closed
set, every regular expression is compiled: a rule that loads is a rule that can run.
"""

from __future__ import annotations

from typing import Any, cast

import regex

from provenance.errors import ProvenanceError
from provenance.policy.conditions import (
    COMPARISONS,
    NUMERIC,
    AllOf,
    AnyOf,
    Comparison,
    Condition,
    CountTest,
    FieldRef,
    FieldTest,
    NotCond,
)
from provenance.policy.schema import SCOPES, FieldType, field_paths, resolve_type, scope_schema
from provenance.yamlio import line_of


class ConditionParser:
    """Turns a located YAML condition into Condition objects, checking paths against the scope."""

    def __init__(self, path: str) -> None:
        self.path = path

    def error(self, message: str, line: int | None) -> ProvenanceError:
        return ProvenanceError(message, self.path, line)

    def parse(self, data: Any, scope: str, line: int) -> Condition:
        if not isinstance(data, dict) or not data:
            raise self.error("a condition must be a mapping: all/any/not, {field: ..., OP: ...} or {count: ...}", line)
        line = getattr(data, "line", line)
        keys = set(data)
        if keys & {"all", "any", "not"}:
            return self._logical(data, scope, line)
        if "field" in keys:
            return self._field_test(data, scope, line)
        if "count" in keys:
            return self._count_test(data, line)
        raise self.error(f"unknown condition keys: {', '.join(sorted(map(str, keys)))}", line)

    def _logical(self, data: dict[Any, Any], scope: str, line: int) -> Condition:
        if len(data) != 1:
            raise self.error("'all'/'any'/'not' must be alone in its condition", line)
        key = next(iter(data))
        if key == "not":
            return NotCond(self.parse(data["not"], scope, line_of(data, "not") or line), line)
        parts = data[key]
        if not isinstance(parts, list) or not parts:
            raise self.error(f"'{key}' needs a non-empty list of conditions", line_of(data, key) or line)
        conds = [self.parse(p, scope, line_of(parts, i) or line) for i, p in enumerate(parts)]
        return AllOf(conds, line) if key == "all" else AnyOf(conds, line)

    def check_path(self, path: Any, scope: str, line: int) -> FieldType:
        if not isinstance(path, str) or not path:
            raise self.error("a field path must be a string such as speaker.anonymity", line)
        ft = resolve_type(scope_schema(scope), path)
        if ft is None:
            known = [p for p in field_paths(scope_schema(scope)) if p.split(".")[-1] == path.split(".")[-1]]
            hint = f" (did you mean {known[0]}?)" if known else ""
            raise self.error(f"unknown field {path!r} in scope '{scope}'{hint}", line)
        return ft

    def _op(self, data: dict[Any, Any], allowed_extra: set[str], line: int) -> tuple[Comparison, Any, int]:
        ops = [k for k in data if k in COMPARISONS]
        others = [k for k in data if k not in COMPARISONS and k not in allowed_extra]
        if others:
            raise self.error(
                f"unknown key {others[0]!r} in condition (operators: {', '.join(COMPARISONS)})",
                line_of(data, others[0]) or line,
            )
        if len(ops) != 1:
            raise self.error("a test needs exactly one operator: " + ", ".join(COMPARISONS), line)
        return cast(Comparison, ops[0]), data[ops[0]], line_of(data, ops[0]) or line

    def _field_test(self, data: dict[Any, Any], scope: str, line: int) -> FieldTest:
        path = data["field"]
        ft = self.check_path(path, scope, line_of(data, "field") or line)
        op, value, vline = self._op(data, {"field"}, line)
        if isinstance(value, dict):
            if set(value) != {"field"}:
                raise self.error("a value mapping must be {field: PATH}", vline)
            self.check_path(value["field"], scope, vline)
            return FieldTest(path, op, FieldRef(value["field"]), line)
        self._check_value(op, value, vline)
        if ft.values and op in ("eq", "ne", "in", "not_in"):
            for v in value if isinstance(value, list) else [value]:
                if v is not None and v not in ft.values:
                    raise self.error(
                        f"{v!r} is not a value of {path} (one of: {', '.join(map(str, ft.values))})", vline
                    )
        return FieldTest(path, op, value, line)

    def _check_value(self, op: str, value: Any, vline: int) -> None:
        if op == "exists" and not isinstance(value, bool):
            raise self.error("'exists' takes true or false", vline)
        if op in ("in", "not_in") and not isinstance(value, list):
            raise self.error(f"'{op}' takes a list or {{field: PATH}}", vline)
        if op in NUMERIC and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise self.error(f"'{op}' takes a number", vline)
        if op == "matches":
            if not isinstance(value, str):
                raise self.error("'matches' takes a regular expression string", vline)
            try:
                regex.compile(value)
            except (regex.error, ValueError, OverflowError) as err:
                raise self.error(f"invalid regular expression: {err}", vline) from None

    def _count_test(self, data: dict[Any, Any], line: int) -> CountTest:
        scope = data["count"]
        if not isinstance(scope, str) or scope not in SCOPES or scope == "article":
            raise self.error(
                f"'count' takes a scope: {', '.join(s for s in SCOPES if s != 'article')}",
                line_of(data, "count") or line,
            )
        where = None
        if "where" in data:
            where = self.parse(data["where"], scope, line_of(data, "where") or line)
        op, value, vline = self._op(data, {"count", "where"}, line)
        if op not in (*NUMERIC, "eq", "ne") or isinstance(value, bool) or not isinstance(value, int):
            raise self.error("'count' compares with eq, ne, gt, ge, lt or le and a whole number", vline)
        return CountTest(scope, where, op, value, line)
