"""Rule files: one YAML file per rule in rules/policy/ (and a newsroom's rule-paths).

A rule names an id, a level, a message, the editorial policy it comes from, its documentation,
and one or more checks (a scope and a where condition). Validation is strict and every error
names the file and line, because a rule that silently never fires looks exactly like clean copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast, get_args

import regex

from provenance.errors import ProvenanceError
from provenance.kinds import LEVELS, Level
from provenance.policy.conditions import Condition
from provenance.policy.parsing import ConditionParser
from provenance.policy.schema import SCOPES, Scope
from provenance.vocab import rules_dir
from provenance.yamlio import LocatedDict, line_of, read_located_yaml


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


# stable: the rule's level is backed by its measured precision (README, "Calibration").
# preview: its precision could not be measured; its findings never block (capped at warning).
RuleStatus = Literal["stable", "preview"]
RULE_STATUSES: tuple[RuleStatus, ...] = get_args(RuleStatus)


@dataclass
class Check:
    scope: Scope
    where: Condition | None
    message: str | None = None  # overrides the rule's message for this check
    at: str | None = None  # field path of the span to point at (default: the item itself)
    once_per: str | None = None  # report only the first item per distinct value of this path
    # When the evidence is certain. A finding whose item fails it is reported one level lower
    # and marked uncertain, so a blocking level only ever rests on certain evidence.
    certain: Condition | None = None
    # The most severe level this check ever reports, whatever the rule's level (reported speech:
    # its span is the parser's guess, so it never blocks).
    max_level: Level | None = None


@dataclass
class Rule:
    id: str
    level: Level
    message: str
    description: str
    sources: list[PolicySource]
    docs: RuleDocs
    checks: list[Check]
    path: str
    line: int = 1
    raw_checks: Any = None  # the YAML as written, shown by `provenance rules ID`
    status: RuleStatus = "stable"

    @property
    def name(self) -> str:
        """CamelCase name for SARIF (``anonymous-opinion`` -> ``AnonymousOpinion``)."""
        return "".join(part.capitalize() for part in self.id.split("-"))

    @property
    def suppressible(self) -> bool:
        # A rule about suppression comments cannot itself be silenced by one.
        return all(c.scope != "suppression" for c in self.checks)


RULE_KEYS = (
    "id",
    "level",
    "status",
    "message",
    "description",
    "source",
    "docs",
    "scope",
    "where",
    "certain",
    "max_level",
    "at",
    "once_per",
    "checks",
)
CHECK_KEYS = ("scope", "where", "certain", "max_level", "message", "at", "once_per")
DOC_KEYS = ("what", "why", "example", "fix")
_ID = regex.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
PLACEHOLDER = regex.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def _text(data: dict[Any, Any], key: str, path: str, line: int) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ProvenanceError(f"'{key}' must be a non-empty string", path, line_of(data, key) or line)
    return value.strip()


def _check_placeholders(message: str, scope: str, path: str, line: int) -> None:
    parser = ConditionParser(path)
    for m in PLACEHOLDER.finditer(message):
        if m.group(1) is not None:
            parser.check_path(m.group(1).strip(), scope, line)
    if regex.search(r"(?<!\{)\{(?!\{)[^}]*$", PLACEHOLDER.sub("", message)):
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
    if not isinstance(scope, str) or scope not in SCOPES:
        raise ProvenanceError(f"'scope' must be one of: {', '.join(SCOPES)}", path, line_of(data, "scope") or line)
    parser = ConditionParser(path)
    where = None
    if data.get("where") is not None:
        where = parser.parse(data["where"], scope, line_of(data, "where") or line)
    certain = None
    if data.get("certain") is not None:
        certain = parser.parse(data["certain"], scope, line_of(data, "certain") or line)
    max_level = data.get("max_level")
    if max_level is not None and max_level not in LEVELS:
        raise ProvenanceError(
            f"'max_level' must be one of: {', '.join(LEVELS)}", path, line_of(data, "max_level") or line
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
    return Check(
        scope=cast(Scope, scope),
        where=where,
        message=message,
        at=at,
        once_per=once_per,
        certain=certain,
        max_level=cast(Level | None, max_level),
    )


def _parse_source(item: Any, path: str, line: int) -> PolicySource:
    if isinstance(item, str) and item.strip():
        return PolicySource(item.strip())
    if not isinstance(item, dict) or not isinstance(item.get("cite"), str):
        raise ProvenanceError("'source' entries need 'cite' (and optionally 'url')", path, line)
    for k in item:
        if k not in ("cite", "url"):
            raise ProvenanceError(f"unknown key {k!r} in source (expected cite, url)", path, line_of(item, k) or line)
    url = item.get("url")
    if url is not None and (not isinstance(url, str) or not regex.match(r"^https?://\S+$", url)):
        raise ProvenanceError("'url' must be an http(s) link", path, line_of(item, "url") or line)
    return PolicySource(item["cite"].strip(), url)


def _parse_sources(value: Any, path: str, line: int) -> list[PolicySource]:
    if isinstance(value, list):
        out = [_parse_source(item, path, line_of(value, i) or line) for i, item in enumerate(value)]
    else:
        out = [_parse_source(value, path, line)]
    if not out:
        raise ProvenanceError("'source' must cite the editorial policy the rule comes from", path, line)
    return out


def _parse_docs(data: Any, path: str, line: int) -> RuleDocs:
    if not isinstance(data, dict):
        raise ProvenanceError("'docs' must map what/why/example/fix to text", path, line)
    for key in data:
        if key not in DOC_KEYS:
            raise ProvenanceError(
                f"unknown key {key!r} in docs (expected {', '.join(DOC_KEYS)})", path, line_of(data, key) or line
            )
    dline = getattr(data, "line", line)
    return RuleDocs(*(_text(data, k, path, dline) for k in DOC_KEYS))


def _parse_header(data: dict[Any, Any], path: str, line: int) -> tuple[str, Level]:
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
    if not isinstance(level, str) or level not in LEVELS:
        raise ProvenanceError(f"'level' must be one of: {', '.join(LEVELS)}", path, line_of(data, "level"))
    status = data.get("status", "stable")
    if status not in RULE_STATUSES:
        raise ProvenanceError(f"'status' must be one of: {', '.join(RULE_STATUSES)}", path, line_of(data, "status"))
    return rule_id, level  # narrowed to Level by the LEVELS test above


def _parse_checks(data: dict[Any, Any], path: str, line: int, message: str) -> tuple[list[Check], Any]:
    """The rule's checks and the YAML they came from: a ``checks:`` list, or one inline check."""
    if "checks" in data:
        if any(k in data for k in CHECK_KEYS if k != "message"):
            raise ProvenanceError(
                "use either 'checks' or a single scope/where, not both", path, line_of(data, "checks")
            )
        raw = data["checks"]
        if not isinstance(raw, list) or not raw:
            raise ProvenanceError("'checks' must be a non-empty list", path, line_of(data, "checks"))
        return [_parse_check(c, path, line_of(raw, i) or line, message) for i, c in enumerate(raw)], raw
    if "scope" not in data:
        raise ProvenanceError("missing required key 'scope' (or 'checks')", path, line)
    single = {k: data[k] for k in CHECK_KEYS if k in data and k != "message"}
    located = LocatedDict(single)
    located.line = line
    located.key_lines = {k: line_of(data, k) or line for k in (*single, "message")}
    return [_parse_check(located, path, line, message)], single


def parse_rule(data: Any, path: str) -> Rule:
    """Validate one rule file's data; every error names ``path`` and the line."""
    if not isinstance(data, dict):
        raise ProvenanceError("a rule file must be a YAML mapping", path, 1)
    line = getattr(data, "line", 1)
    rule_id, level = _parse_header(data, path, line)
    message = _text(data, "message", path, line)
    description = _text(data, "description", path, line)
    sources = _parse_sources(data["source"], path, line_of(data, "source") or line)
    docs = _parse_docs(data["docs"], path, line_of(data, "docs") or line)
    checks, raw = _parse_checks(data, path, line, message)
    status = cast(RuleStatus, data.get("status", "stable"))
    return Rule(
        rule_id, level, message, description, sources, docs, checks, path, line, raw_checks=_plain(raw), status=status
    )


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load_rule_file(path: Path, trusted: bool = False) -> Rule:
    try:
        data = read_located_yaml(path, trusted)
    except RecursionError:
        # PyYAML composes recursively: a few hundred nested brackets exhaust the stack.
        raise ProvenanceError("invalid YAML: nested too deeply", str(path)) from None
    return parse_rule(data, str(path))


def builtin_rules_dir() -> Path:
    """rules/policy beside the lexicons and patterns (the one place packaged rules are found)."""
    return rules_dir() / "policy"


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
            rule = load_rule_file(path, trusted=folder is dirs[0])  # the packaged rules (see yamlio)
            earlier = rules.get(rule.id)
            if earlier is not None:
                raise ProvenanceError(f"rule id {rule.id!r} is already defined in {earlier.path}", str(path), rule.line)
            rules[rule.id] = rule
    return sorted(rules.values(), key=lambda r: r.id)
