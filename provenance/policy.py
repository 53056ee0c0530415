"""Editorial policy rules: YAML data evaluated over the records that ``extract`` produces.

A rule file names an id, a level, a message and its documentation, and one or more *checks*.
A check picks a **scope** (each quote, each quote-mark problem, each credit line, each source,
each suppression comment, or the article as a whole) and a **where** condition over that scope's
fields. The fields are exactly those of the dataclasses in provenance.records (so a field added
there is usable at once), plus a few derived ones listed in ``DERIVED``. There is no Python per
rule: the engine here is the only code, as in Vale's generic rule types or spaCy's matcher.

Condition language (each node is a YAML mapping)::

    all: [COND, ...]          any: [COND, ...]          not: COND
    {field: PATH, OP: VALUE}  OP one of eq ne in not_in gt ge lt le exists matches contains
    {count: SCOPE, where: COND, OP: NUMBER}   how many items of SCOPE in the article satisfy COND

VALUE may be ``{field: PATH}`` to compare with another field (``not_in: {field: article.credit_outlets}``).
A missing field (no speaker, no via) never satisfies a comparison; ``exists: false`` tests for it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

import regex
import yaml

from provenance import records
from provenance.document import Document
from provenance.errors import ProvenanceError
from provenance.fingerprint import FingerprintCounter, finding_key
from provenance.kinds import LEVEL_RANK, LEVELS
from provenance.yamlio import LocatedDict, line_of, read_located_yaml

# --------------------------------------------------------------------------- records rules see


@dataclass
class Directive:
    """A suppression comment found in an article (see provenance.suppress)."""

    kind: Literal["disable-next-line", "disable", "enable"]
    rules: list[str]
    reason: str | None
    text: str
    start: int
    end: int
    line: int
    column: int
    unknown_rules: list[str] = field(default_factory=list)  # ids that name no rule
    used: bool = False  # silenced at least one finding (known once suppressions are applied)


@dataclass
class CreditOutlet:
    """One outlet named by one credit or dateline line."""

    outlet: str
    key: str  # normalised for comparison with ``quote.outlet``
    credit: records.Credit


@dataclass
class ArticleFacts:
    """Article-wide facts that rules compare against (``article.*`` in every scope)."""

    path: str
    quote_count: int
    source_count: int
    credit_outlets: list[str]  # normalised outlet keys named by credit and dateline lines
    relayed_outlets: list[str]  # normalised outlets quotes came through (via) or org speakers


# Fields that are not in the records but computed per item (name -> type) for each scope.
DERIVED: dict[str, dict[str, Any]] = {
    "quote": {"index": int, "position": int, "first": bool, "last": bool, "outlet": str | None},
    "source": {"index": int, "position": int},
}

SCOPES: dict[str, type] = {
    "quote": records.Quote,
    "mark": records.MarkIssue,
    "credit": records.Credit,
    "credit_outlet": CreditOutlet,
    "source": records.SourceSummary,
    "suppression": Directive,
    "article": ArticleFacts,
}
# Values a rule may compare these fields with; a typo ("anonymus") is caught by `rules --check`.
KNOWN_VALUES: dict[str, tuple[str, ...]] = {
    "anonymity": records.ANONYMITY_LEVELS,
}


# --------------------------------------------------------------------------- field schema


@dataclass(frozen=True)
class FieldType:
    """What a field path leads to: a record (with sub-fields), a list, or a scalar."""

    kind: Literal["record", "list", "scalar"]
    fields: Mapping[str, FieldType] | None = None
    values: tuple[Any, ...] | None = None  # allowed values of a Literal or known vocabulary


def _field_type(tp: Any, name: str = "") -> FieldType:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _field_type(args[0], name) if len(args) == 1 else FieldType("scalar")
    if origin is Literal:
        return FieldType("scalar", values=typing.get_args(tp))
    if origin in (list, tuple):
        return FieldType("list")
    if dataclasses.is_dataclass(tp):
        return _record_type(tp)
    return FieldType("scalar", values=KNOWN_VALUES.get(name))


def _record_type(cls: type, extra: Mapping[str, Any] | None = None) -> FieldType:
    hints = typing.get_type_hints(cls)
    fields = {f.name: _field_type(hints[f.name], f.name) for f in dataclasses.fields(cls) if not f.name.startswith("_")}
    for name, tp in (extra or {}).items():
        fields[name] = _field_type(tp, name)
    return FieldType("record", fields=fields)


@cache
def scope_schema(scope: str) -> FieldType:
    """The fields a rule may use in ``scope``: the record's own, derived ones, and ``article``."""
    schema = _record_type(SCOPES[scope], DERIVED.get(scope))
    fields = dict(schema.fields or {})
    # `article.*` works in every scope, the article scope included, so rules read the same.
    fields["article"] = _record_type(ArticleFacts)
    return FieldType("record", fields=fields)


def resolve_type(schema: FieldType, path: str) -> FieldType | None:
    current = schema
    for part in path.split("."):
        if current.kind != "record" or current.fields is None or part not in current.fields:
            return None
        current = current.fields[part]
    return current


def field_paths(schema: FieldType, prefix: str = "") -> list[str]:
    """Every usable path in a schema (for docs and 'did you mean' messages)."""
    out: list[str] = []
    for name, ft in (schema.fields or {}).items():
        path = f"{prefix}{name}"
        out.append(path)
        if ft.kind == "record":
            out.extend(field_paths(ft, path + "."))
    return out


# --------------------------------------------------------------------------- conditions

MISSING = object()


def get_path(item: Any, path: str) -> Any:
    current = item
    for part in path.split("."):
        if isinstance(current, Mapping) and part in current:
            current = current[part]
        else:
            return MISSING
    return current


def _present(value: Any) -> bool:
    return value is not MISSING and value is not None


def _fold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


class Condition:
    line: int

    def holds(self, item: Mapping[str, Any], env: EvalEnv) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass
class AllOf(Condition):
    parts: list[Condition]
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: EvalEnv) -> bool:
        return all(p.holds(item, env) for p in self.parts)


@dataclass
class AnyOf(Condition):
    parts: list[Condition]
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: EvalEnv) -> bool:
        return any(p.holds(item, env) for p in self.parts)


@dataclass
class NotCond(Condition):
    part: Condition
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: EvalEnv) -> bool:
        return not self.part.holds(item, env)


@dataclass(frozen=True)
class FieldRef:
    path: str


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "exists":
        return _present(left) == bool(right)
    if op == "eq":
        if right is None:
            return not _present(left)
        return _present(left) and _fold(left) == _fold(right)
    if op == "ne":
        return not _compare("eq", left, right)
    if not _present(left) or right is MISSING:
        return False
    if op in ("in", "not_in"):
        pool = [_fold(v) for v in right] if isinstance(right, (list, tuple)) else []
        inside = _fold(left) in pool
        return inside if op == "in" else not inside
    if op == "contains":
        if isinstance(left, (list, tuple)):
            return _fold(right) in [_fold(v) for v in left]
        return isinstance(left, str) and isinstance(right, str) and right.casefold() in left.casefold()
    if op == "matches":
        return isinstance(left, str) and regex.search(right, left) is not None
    if isinstance(left, bool) or isinstance(right, bool) or not isinstance(left, (int, float)):
        return False
    if not isinstance(right, (int, float)):
        return False
    return {"gt": left > right, "ge": left >= right, "lt": left < right, "le": left <= right}[op]


@dataclass
class FieldTest(Condition):
    path: str
    op: str
    value: Any
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: EvalEnv) -> bool:
        right = get_path(item, self.value.path) if isinstance(self.value, FieldRef) else self.value
        return _compare(self.op, get_path(item, self.path), right)


@dataclass
class CountTest(Condition):
    scope: str
    where: Condition | None
    op: str
    value: int
    line: int = 0

    def holds(self, item: Mapping[str, Any], env: EvalEnv) -> bool:
        n = sum(1 for other in env.items(self.scope) if self.where is None or self.where.holds(other, env))
        return _compare(self.op, n, self.value)


COMPARISONS = ("eq", "ne", "in", "not_in", "gt", "ge", "lt", "le", "exists", "matches", "contains")
_NUMERIC = ("gt", "ge", "lt", "le")


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
        if keys & {"all", "any"}:
            if len(keys) != 1:
                raise self.error("'all'/'any' must be alone in its condition", line)
            key = next(iter(keys))
            parts = data[key]
            if not isinstance(parts, list) or not parts:
                raise self.error(f"'{key}' needs a non-empty list of conditions", line_of(data, key) or line)
            conds = [self.parse(p, scope, line_of(parts, i) or line) for i, p in enumerate(parts)]
            return AllOf(conds, line) if key == "all" else AnyOf(conds, line)
        if "not" in keys:
            if len(keys) != 1:
                raise self.error("'not' must be alone in its condition", line)
            return NotCond(self.parse(data["not"], scope, line_of(data, "not") or line), line)
        if "field" in keys:
            return self._field_test(data, scope, line)
        if "count" in keys:
            return self._count_test(data, line)
        raise self.error(f"unknown condition keys: {', '.join(sorted(map(str, keys)))}", line)

    def check_path(self, path: Any, scope: str, line: int) -> FieldType:
        if not isinstance(path, str) or not path:
            raise self.error("a field path must be a string such as speaker.anonymity", line)
        ft = resolve_type(scope_schema(scope), path)
        if ft is None:
            known = [p for p in field_paths(scope_schema(scope)) if p.split(".")[-1] == path.split(".")[-1]]
            hint = f" (did you mean {known[0]}?)" if known else ""
            raise self.error(f"unknown field {path!r} in scope '{scope}'{hint}", line)
        return ft

    def _op(self, data: LocatedDict, allowed_extra: set[str], line: int) -> tuple[str, Any, int]:
        ops = [k for k in data if k in COMPARISONS]
        others = [k for k in data if k not in COMPARISONS and k not in allowed_extra]
        if others:
            raise self.error(
                f"unknown key {others[0]!r} in condition (operators: {', '.join(COMPARISONS)})",
                line_of(data, others[0]) or line,
            )
        if len(ops) != 1:
            raise self.error("a test needs exactly one operator: " + ", ".join(COMPARISONS), line)
        return ops[0], data[ops[0]], line_of(data, ops[0]) or line

    def _field_test(self, data: LocatedDict, scope: str, line: int) -> FieldTest:
        path = data["field"]
        ft = self.check_path(path, scope, line_of(data, "field") or line)
        op, value, vline = self._op(data, {"field"}, line)
        if isinstance(value, dict):
            if set(value) != {"field"}:
                raise self.error("a value mapping must be {field: PATH}", vline)
            self.check_path(value["field"], scope, vline)
            return FieldTest(path, op, FieldRef(value["field"]), line)
        if op == "exists" and not isinstance(value, bool):
            raise self.error("'exists' takes true or false", vline)
        if op in ("in", "not_in") and not isinstance(value, list):
            raise self.error(f"'{op}' takes a list or {{field: PATH}}", vline)
        if op in _NUMERIC and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise self.error(f"'{op}' takes a number", vline)
        if op == "matches":
            if not isinstance(value, str):
                raise self.error("'matches' takes a regular expression string", vline)
            try:
                regex.compile(value)
            except regex.error as err:
                raise self.error(f"invalid regular expression: {err}", vline) from None
        if ft.values and op in ("eq", "ne", "in", "not_in"):
            for v in value if isinstance(value, list) else [value]:
                if v is not None and v not in ft.values:
                    raise self.error(
                        f"{v!r} is not a value of {path} (one of: {', '.join(map(str, ft.values))})", vline
                    )
        return FieldTest(path, op, value, line)

    def _count_test(self, data: LocatedDict, line: int) -> CountTest:
        scope = data["count"]
        if scope not in SCOPES or scope == "article":
            raise self.error(
                f"'count' takes a scope: {', '.join(s for s in SCOPES if s != 'article')}",
                line_of(data, "count") or line,
            )
        where = None
        if "where" in data:
            where = self.parse(data["where"], scope, line_of(data, "where") or line)
        op, value, vline = self._op(data, {"count", "where"}, line)
        if op not in (*_NUMERIC, "eq", "ne") or isinstance(value, bool) or not isinstance(value, int):
            raise self.error("'count' compares with eq, ne, gt, ge, lt or le and a whole number", vline)
        return CountTest(scope, where, op, value, line)


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class PolicySource:
    """The editorial policy a rule comes from: a citation and, where there is one, a link."""

    cite: str
    url: str | None = None


@dataclass(frozen=True)
class RuleDocs:
    """ruff-style documentation: what it flags, why newsrooms care, an example, the fix."""

    what: str
    why: str
    example: str
    fix: str


@dataclass
class Check:
    scope: str
    where: Condition | None
    message: str | None = None  # overrides the rule's message for this check
    at: str | None = None  # field path of the span to point at (default: the item itself)
    once_per: str | None = None  # report only the first item per distinct value of this path


@dataclass
class Rule:
    id: str
    level: str
    message: str
    description: str
    sources: list[PolicySource]
    docs: RuleDocs
    checks: list[Check]
    path: str
    line: int = 1
    raw_checks: Any = None  # the YAML as written, shown by `provenance rules ID`

    @property
    def name(self) -> str:
        """CamelCase name for SARIF (``anonymous-opinion`` -> ``AnonymousOpinion``)."""
        return "".join(part.capitalize() for part in self.id.split("-"))

    @property
    def suppressible(self) -> bool:
        # A rule about suppression comments cannot itself be silenced by one.
        return all(c.scope != "suppression" for c in self.checks)


RULE_KEYS = ("id", "level", "message", "description", "source", "docs", "scope", "where", "at", "once_per", "checks")
CHECK_KEYS = ("scope", "where", "message", "at", "once_per")
DOC_KEYS = ("what", "why", "example", "fix")
_ID = regex.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_PLACEHOLDER = regex.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def _text(data: LocatedDict, key: str, path: str, line: int) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ProvenanceError(f"'{key}' must be a non-empty string", path, line_of(data, key) or line)
    return value.strip()


def _check_placeholders(message: str, scope: str, path: str, line: int) -> None:
    parser = ConditionParser(path)
    for m in _PLACEHOLDER.finditer(message):
        if m.group(1) is not None:
            parser.check_path(m.group(1).strip(), scope, line)
    if regex.search(r"(?<!\{)\{(?!\{)[^}]*$", _PLACEHOLDER.sub("", message)):
        raise ProvenanceError("unclosed '{' in message (write '{{' for a literal brace)", path, line)


def _parse_check(data: Any, path: str, line: int, rule_message: str | None) -> Check:
    if not isinstance(data, dict):
        raise ProvenanceError("a check must be a mapping with scope and where", path, line)
    for key in data:
        if key not in CHECK_KEYS:
            raise ProvenanceError(
                f"unknown key {key!r} in check (expected {', '.join(CHECK_KEYS)})", path, line_of(data, key) or line
            )
    scope = data.get("scope")
    if scope not in SCOPES:
        raise ProvenanceError(f"'scope' must be one of: {', '.join(SCOPES)}", path, line_of(data, "scope") or line)
    parser = ConditionParser(path)
    where = (
        parser.parse(data["where"], scope, line_of(data, "where") or line) if data.get("where") is not None else None
    )
    message = _text(data, "message", path, line) if "message" in data else None
    effective = message or rule_message
    if effective is None:
        raise ProvenanceError("the rule has no 'message'", path, line)
    _check_placeholders(effective, scope, path, line_of(data, "message") or line)
    at = data.get("at")
    if at is not None:
        ft = parser.check_path(at, scope, line_of(data, "at") or line)
        if ft.kind != "record" or "start" not in (ft.fields or {}):
            raise ProvenanceError(
                f"'at' must name a span with a start offset, not {at!r}", path, line_of(data, "at") or line
            )
    once_per = data.get("once_per")
    if once_per is not None:
        parser.check_path(once_per, scope, line_of(data, "once_per") or line)
    return Check(scope=scope, where=where, message=message, at=at, once_per=once_per)


def _parse_sources(value: Any, path: str, line: int) -> list[PolicySource]:
    items = value if isinstance(value, list) else [value]
    out: list[PolicySource] = []
    for i, item in enumerate(items):
        iline = line_of(value, i) if isinstance(value, list) else line
        iline = iline or line
        if isinstance(item, str) and item.strip():
            out.append(PolicySource(item.strip()))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("cite"), str):
            raise ProvenanceError("'source' entries need 'cite' (and optionally 'url')", path, iline)
        for k in item:
            if k not in ("cite", "url"):
                raise ProvenanceError(
                    f"unknown key {k!r} in source (expected cite, url)", path, line_of(item, k) or iline
                )
        url = item.get("url")
        if url is not None and (not isinstance(url, str) or not regex.match(r"^https?://\S+$", url)):
            raise ProvenanceError("'url' must be an http(s) link", path, line_of(item, "url") or iline)
        out.append(PolicySource(item["cite"].strip(), url))
    if not out:
        raise ProvenanceError("'source' must cite the editorial policy the rule comes from", path, line)
    return out


def parse_rule(data: Any, path: str) -> Rule:
    """Validate one rule file's data; every error names ``path`` and the line."""
    if not isinstance(data, dict):
        raise ProvenanceError("a rule file must be a YAML mapping", path, 1)
    line = getattr(data, "line", 1)
    for key in data:
        if key not in RULE_KEYS:
            raise ProvenanceError(
                f"unknown key {key!r} (expected one of: {', '.join(RULE_KEYS)})", path, line_of(data, key) or line
            )
    for key in ("id", "level", "message", "description", "source", "docs"):
        if key not in data:
            raise ProvenanceError(f"missing required key '{key}'", path, line)
    rule_id = data["id"]
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise ProvenanceError("'id' must be lower-case words joined by hyphens", path, line_of(data, "id"))
    stem = Path(path).stem
    if stem != rule_id:
        raise ProvenanceError(f"'id' {rule_id!r} does not match the file name {stem!r}", path, line_of(data, "id"))
    level = data["level"]
    if level not in LEVELS:
        raise ProvenanceError(f"'level' must be one of: {', '.join(LEVELS)}", path, line_of(data, "level"))
    message = _text(data, "message", path, line)
    description = _text(data, "description", path, line)
    sources = _parse_sources(data["source"], path, line_of(data, "source") or line)
    docs_data = data["docs"]
    if not isinstance(docs_data, dict):
        raise ProvenanceError("'docs' must map what/why/example/fix to text", path, line_of(data, "docs"))
    for key in docs_data:
        if key not in DOC_KEYS:
            raise ProvenanceError(
                f"unknown key {key!r} in docs (expected {', '.join(DOC_KEYS)})", path, line_of(docs_data, key)
            )
    docs = RuleDocs(*(_text(docs_data, k, path, getattr(docs_data, "line", line)) for k in DOC_KEYS))
    if "checks" in data:
        if any(k in data for k in CHECK_KEYS if k != "message"):
            raise ProvenanceError(
                "use either 'checks' or a single scope/where, not both", path, line_of(data, "checks")
            )
        raw = data["checks"]
        if not isinstance(raw, list) or not raw:
            raise ProvenanceError("'checks' must be a non-empty list", path, line_of(data, "checks"))
        checks = [_parse_check(c, path, line_of(raw, i) or line, message) for i, c in enumerate(raw)]
    else:
        if "scope" not in data:
            raise ProvenanceError("missing required key 'scope' (or 'checks')", path, line)
        single = {k: data[k] for k in CHECK_KEYS if k in data and k != "message"}
        located = LocatedDict(single)
        located.line = line
        located.key_lines = {k: line_of(data, k) or line for k in (*single, "message")}
        checks = [_parse_check(located, path, line, message)]
        raw = single
    return Rule(rule_id, level, message, description, sources, docs, checks, path, line, raw_checks=_plain(raw))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load_rule_file(path: Path) -> Rule:
    return parse_rule(read_located_yaml(path), str(path))


def builtin_rules_dir() -> Path:
    """rules/policy in a checkout, or provenance/_rules/policy once pip-installed."""
    here = Path(__file__).resolve().parent
    checkout = here.parent / "rules" / "policy"
    if checkout.is_dir():
        return checkout
    return here / "_rules" / "policy"


def rule_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file()) + sorted(
        p for p in folder.glob("*.yml") if p.is_file()
    )


def load_rules(folders: Iterable[Path] | None = None) -> list[Rule]:
    """Load every rule in the built-in folder and ``folders``; a repeated id is an error."""
    dirs = [builtin_rules_dir(), *(folders or [])]
    if not dirs[0].is_dir():
        raise ProvenanceError("built-in policy rules not found (broken installation?)", str(dirs[0]))
    rules: dict[str, Rule] = {}
    for folder in dirs:
        for path in rule_files(folder):
            rule = load_rule_file(path)
            if rule.id in rules:
                raise ProvenanceError(
                    f"rule id {rule.id!r} is already defined in {rules[rule.id].path}", str(path), rule.line
                )
            rules[rule.id] = rule
    return sorted(rules.values(), key=lambda r: r.id)


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    rule: str
    level: str
    message: str
    fingerprint: str
    quote_index: int | None = None  # which quote it is about, for the HTML report

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule, self.message)


def normalise_outlet(name: str, aliases: Mapping[str, str] | None = None) -> str:
    """Compare outlets by name, not spelling: 'The Associated Press' == 'associated press'."""
    key = regex.sub(r"[^\w]+", " ", name.casefold()).strip()
    key = regex.sub(r"^the ", "", key)
    if aliases:
        key = aliases.get(key, key)
    return key


def outlet_aliases(outlets: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Alias map (normalised alias -> normalised name) from vocabulary outlet entries."""
    out: dict[str, str] = {}
    for entry in outlets:
        name = normalise_outlet(str(entry.get("name", "")))
        for alias in entry.get("aliases") or []:
            out[normalise_outlet(str(alias))] = name
    return out


def _is_org_speaker(quote: Mapping[str, Any]) -> bool:
    speaker = quote.get("speaker") or {}
    return speaker.get("type") == "organization" and bool(speaker.get("name"))


class EvalEnv:
    """The items of one article, per scope, as dictionaries the conditions walk."""

    def __init__(
        self,
        result: records.ArticleResult,
        directives: list[Directive] | None = None,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        data = result.to_json()
        quotes = sorted(data["quotes"], key=lambda q: (q["start"], q["end"]))
        credit_lines = data["credits"]
        credit_outlets = [
            dataclasses.asdict(CreditOutlet(o, normalise_outlet(o, aliases), records.Credit(**c)))
            for c in credit_lines
            for o in c.get("outlets") or []
        ]
        for q in quotes:
            via = q.get("via")
            q["outlet"] = normalise_outlet(via["name"], aliases) if via and via.get("name") else None
        facts = ArticleFacts(
            path=result.path,
            quote_count=len(quotes),
            source_count=len(data["sources"]),
            credit_outlets=sorted({c["key"] for c in credit_outlets}),
            # An agency can be the speaker itself ("…, newswire Associated Press reported"): it is
            # relayed as much as one named in `via`.
            relayed_outlets=sorted(
                {q["outlet"] for q in quotes if q["outlet"]}
                | {normalise_outlet(q["speaker"]["name"], aliases) for q in quotes if _is_org_speaker(q)}
            ),
        )
        self.article = dataclasses.asdict(facts)
        for i, q in enumerate(quotes):
            q.update(index=i, position=i + 1, first=i == 0, last=i == len(quotes) - 1)
        for i, s in enumerate(data["sources"]):
            s.update(index=i, position=i + 1)
        self._items: dict[str, list[dict[str, Any]]] = {
            "quote": quotes,
            "mark": data["mark_issues"],
            "credit": credit_lines,
            "credit_outlet": credit_outlets,
            "source": data["sources"],
            "suppression": [dataclasses.asdict(d) for d in directives or []],
            "article": [dict(self.article)],
        }
        for items in self._items.values():
            for item in items:
                item["article"] = self.article

    def items(self, scope: str) -> list[dict[str, Any]]:
        return self._items[scope]


def format_message(template: str, item: Mapping[str, Any]) -> str:
    def value(m: regex.Match) -> str:
        token = m.group(0)
        if token in ("{{", "}}"):
            return token[0]
        v = get_path(item, m.group(1).strip())
        if v is MISSING or v is None:
            return "?"
        if isinstance(v, (list, tuple)):
            v = ", ".join(map(str, v)) or "nothing"
        text = " ".join(str(v).split())
        return text if len(text) <= 80 else text[:77] + "…"

    return _PLACEHOLDER.sub(value, template)


def _span(item: Mapping[str, Any], at: str | None) -> Mapping[str, Any]:
    if at is not None:
        target = get_path(item, at)
        if isinstance(target, Mapping) and isinstance(target.get("start"), int):
            return target
    return item


def _location(span: Mapping[str, Any], doc: Document | None) -> tuple[int, int, int, int, int, int]:
    start = span.get("start")
    start = start if isinstance(start, int) else 0
    end = span.get("end")
    end = end if isinstance(end, int) and end >= start else start + 1
    if doc is not None and 0 <= start <= len(doc.text):
        line, col = doc.line_col(start)
        end_line, end_col = doc.line_col(min(end, len(doc.text)))
    else:
        line = span.get("line") if isinstance(span.get("line"), int) else 1
        col = span.get("column") if isinstance(span.get("column"), int) else 1
        end_line, end_col = line, col + (end - start)
    return line, col, end_line, end_col, start, end


def evaluate(
    rules: Iterable[Rule],
    result: records.ArticleResult,
    doc: Document | None = None,
    *,
    levels: Mapping[str, str] | None = None,
    directives: list[Directive] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Run the rules over one article; ``levels`` maps rule ids to a level or 'off'."""
    env = EvalEnv(result, directives, aliases)
    counter = FingerprintCounter()
    findings: list[Finding] = []
    path = doc.path if doc is not None else result.path
    for rule in rules:
        level = (levels or {}).get(rule.id, rule.level)
        if level == "off":
            continue
        for check in rule.checks:
            seen: set[Any] = set()
            for item in env.items(check.scope):
                if check.where is not None and not check.where.holds(item, env):
                    continue
                if check.once_per is not None:
                    key = get_path(item, check.once_per)
                    if _present(key):
                        key = _fold(key) if not isinstance(key, (list, dict)) else repr(key)
                        if key in seen:
                            continue
                        seen.add(key)
                line, col, end_line, end_col, start, end = _location(_span(item, check.at), doc)
                fp = counter.next(finding_key(rule.id, check.scope, item, doc))
                findings.append(
                    Finding(
                        path=path,
                        line=line,
                        column=col,
                        end_line=end_line,
                        end_column=end_col,
                        start=start,
                        end=end,
                        rule=rule.id,
                        level=level,
                        message=format_message(check.message or rule.message, item),
                        fingerprint=fp,
                        quote_index=item["index"] if check.scope == "quote" else None,
                    )
                )
    return sorted(findings, key=Finding.sort_key)


def at_or_above(level: str, threshold: str) -> bool:
    """Whether a finding of ``level`` fails a run with ``--fail-on threshold``."""
    return threshold != "never" and LEVEL_RANK[level] >= LEVEL_RANK[threshold]


def iter_rule_doc(rule: Rule) -> Iterator[str]:
    """ruff-style documentation lines for `provenance rules RULE-ID`."""
    yield f"{rule.id} ({rule.level})"
    yield ""
    yield rule.description
    for title, text in (
        ("What it flags", rule.docs.what),
        ("Why newsrooms care", rule.docs.why),
        ("Example", rule.docs.example),
        ("Fix", rule.docs.fix),
    ):
        yield ""
        yield f"## {title}"
        yield text
    yield ""
    yield "## Policy"
    for src in rule.sources:
        yield f"- {src.cite}" + (f" <{src.url}>" if src.url else "")
    yield ""
    yield "## Message"
    yield rule.message
    yield ""
    yield "## Condition"
    yield yaml.safe_dump(rule.raw_checks, sort_keys=False, allow_unicode=True, width=100).rstrip()
    yield ""
    yield f"Defined in {rule.path}"
