"""Running rules over one article: items per scope, conditions, findings with locations.

The items are the dictionaries of ``ArticleResult.to_json()`` plus derived fields (a quote's
position, its outlet key) and ``article.*`` facts, so the conditions walk plain data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

import regex

from provenance import records
from provenance.document import Document
from provenance.fingerprint import FingerprintCounter, finding_key
from provenance.kinds import LEVEL_RANK, LEVELS, Level
from provenance.outlets import OutletIndex, outlet_key
from provenance.policy.conditions import MISSING, RegexGuard, fold, get_path, present
from provenance.policy.context import outlet_kinds, quote_contexts
from provenance.policy.rules import PLACEHOLDER, Check, Rule
from provenance.policy.schema import ArticleFacts, CreditOutlet, Directive, FileIssue
from provenance.records import Confidence


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
    level: Level
    message: str
    fingerprint: str
    quote_index: int | None = None  # which quote it is about, for the HTML report
    # certain: the rule's `certain` condition held (or it has none). uncertain: the finding was
    # reported one level below the rule's level because its evidence is a guess.
    confidence: Confidence = "certain"
    evidence: str | None = None  # what the finding rests on, in words (quote findings)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)


def _is_org_speaker(quote: Mapping[str, Any]) -> bool:
    speaker = quote.get("speaker") or {}
    return speaker.get("type") == "organization" and bool(speaker.get("name"))


class EvalEnv:
    """The items of one article, per scope, as dictionaries the conditions walk."""

    def __init__(
        self,
        result: records.ArticleResult,
        directives: list[Directive] | None = None,
        outlets: OutletIndex | None = None,
        file_issues: list[FileIssue] | None = None,
        doc: Document | None = None,
        cue_forms: frozenset[str] | None = None,
    ) -> None:
        self.guard = RegexGuard()
        data = result.to_json()
        quotes = sorted(data["quotes"], key=lambda q: (q["start"], q["end"]))
        credit_outlets = [
            dataclasses.asdict(CreditOutlet(o, outlet_key(o, outlets), records.Credit(**c)))
            for c in data["credits"]
            for o in c.get("outlets") or []
        ]
        kinds = outlet_kinds()
        for q in quotes:
            via = q.get("via")
            q["outlet"] = outlet_key(via["name"], outlets) if via and via.get("name") else None
            q["outlet_kind"] = kinds.get(q["outlet"]) if q["outlet"] else None
        facts = ArticleFacts(
            path=result.path,
            quote_count=len(quotes),
            source_count=len(data["sources"]),
            credit_outlets=sorted({c["key"] for c in credit_outlets}),
            # An agency can be the speaker itself ("…, newswire Associated Press reported"): it is
            # relayed as much as one named in `via`.
            relayed_outlets=sorted(
                {q["outlet"] for q in quotes if q["outlet"]}
                | {outlet_key(q["speaker"]["name"], outlets) for q in quotes if _is_org_speaker(q)}
            ),
        )
        self.article = dataclasses.asdict(facts)
        contexts = quote_contexts(quotes, doc, cue_forms)
        # (a pull quote repeats words the story quotes further on: the story's first quote is the
        # first of its running text)
        first = next((i for i, q in enumerate(quotes) if q.get("rule") != "pull-quote"), 0)
        for i, q in enumerate(quotes):
            q.update(index=i, position=i + 1, first=i == first, last=i == len(quotes) - 1)
            q["context"] = dataclasses.asdict(contexts[i])
        for i, s in enumerate(data["sources"]):
            s.update(index=i, position=i + 1)
        self._items: dict[str, list[dict[str, Any]]] = {
            "quote": quotes,
            "mark": data["mark_issues"],
            "credit": data["credits"],
            "credit_outlet": credit_outlets,
            "source": data["sources"],
            "suppression": [dataclasses.asdict(d) for d in directives or []],
            "file": [dataclasses.asdict(f) for f in file_issues or []],
            "article": [dict(self.article)],
        }
        for items in self._items.values():
            for item in items:
                item["article"] = self.article

    def items(self, scope: str) -> list[dict[str, Any]]:
        return self._items[scope]

    @property
    def warnings(self) -> list[str]:
        return self.guard.warnings


def format_message(template: str, item: Mapping[str, Any]) -> str:
    def value(m: regex.Match[str]) -> str:
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

    return PLACEHOLDER.sub(value, template)


def _span(item: Mapping[str, Any], at: str | None) -> Mapping[str, Any]:
    if at is not None:
        target = get_path(item, at)
        if isinstance(target, Mapping) and isinstance(target.get("start"), int):
            return target
    return item


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _location(span: Mapping[str, Any], doc: Document | None) -> tuple[int, int, int, int, int, int]:
    start = _int(span.get("start"), 0)
    end = _int(span.get("end"), start + 1)
    if end < start:
        end = start + 1
    if doc is not None and 0 <= start <= len(doc.text):
        line, col = doc.line_col(start)
        end_line, end_col = doc.line_col(min(end, len(doc.text)))
    else:
        line = _int(span.get("line"), 1)
        col = _int(span.get("column"), 1)
        end_line, end_col = line, col + (end - start)
    return line, col, end_line, end_col, start, end


class _OncePer:
    """``once_per``: only the first item per distinct value of a field path."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.seen: set[Any] = set()

    def first(self, item: Mapping[str, Any]) -> bool:
        if self.path is None:
            return True
        key = get_path(item, self.path)
        if not present(key):
            return True
        key = fold(key) if not isinstance(key, (list, dict)) else repr(key)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


def lower(level: Level) -> Level:
    """One level less severe (info stays info)."""
    return LEVELS[min(LEVELS.index(level) + 1, len(LEVELS) - 1)]


def evidence_text(item: Mapping[str, Any]) -> str | None:
    """What a quote finding rests on, for the reader of the report."""
    ev = item.get("evidence")
    if not isinstance(ev, Mapping):
        return None
    parts = [f"attributed by {ev.get('mechanism')} ({ev.get('source')}, {ev.get('status')})"]
    link = ev.get("speaker_link")
    parts.append("no speaker found" if link == "none" else f"speaker link: {link}")
    if ev.get("marks") == "stray":
        parts.append("a quote mark in the paragraph pairs with nothing, so the quote's extent is a guess")
    ctx = item.get("context")
    if isinstance(ctx, Mapping) and link == "none":
        nearby = ctx.get("speaker_nearby")
        parts.append("no speaker nearby" if nearby == "none" else f"a speaker in the {nearby}")
    return "; ".join(parts)


def _check_findings(
    rule: Rule, check: Check, level: Level, env: EvalEnv, doc: Document | None, path: str, counter: FingerprintCounter
) -> Iterable[Finding]:
    once = _OncePer(check.once_per)
    if rule.status == "preview" and level == "error":
        level = "warning"  # a rule whose precision is not measured never blocks
    for item in env.items(check.scope):
        if check.where is not None and not check.where.holds(item, env):
            continue
        if not once.first(item):
            continue
        certain = check.certain is None or check.certain.holds(item, env)
        reported = level if certain else lower(level)
        if check.max_level is not None and LEVEL_RANK[reported] > LEVEL_RANK[check.max_level]:
            reported = check.max_level
        line, col, end_line, end_col, start, end = _location(_span(item, check.at), doc)
        yield Finding(
            path=path,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            start=start,
            end=end,
            rule=rule.id,
            level=reported,
            message=format_message(check.message or rule.message, item),
            fingerprint=counter.next(finding_key(rule.id, check.scope, item, doc)),
            quote_index=item["index"] if check.scope == "quote" else None,
            confidence="certain" if certain else "uncertain",
            evidence=evidence_text(item) if check.scope == "quote" else None,
        )


def evaluate(
    rules: Iterable[Rule],
    result: records.ArticleResult,
    doc: Document | None = None,
    *,
    levels: Mapping[str, str] | None = None,
    directives: list[Directive] | None = None,
    outlets: OutletIndex | None = None,
    file_issues: list[FileIssue] | None = None,
    warnings: list[str] | None = None,
    cue_forms: frozenset[str] | None = None,
) -> list[Finding]:
    """Run the rules over one article; ``levels`` maps rule ids to a level or 'off'.

    Warnings (a user regex that timed out) are appended to ``warnings`` when it is given.
    ``cue_forms``: the speech-verb forms the context facts look for (default: the packaged
    lexicon's; a newsroom's extra verbs come in through checker.run)."""
    env = EvalEnv(result, directives, outlets, file_issues, doc, cue_forms)
    counter = FingerprintCounter()
    findings: list[Finding] = []
    path = doc.path if doc is not None else result.path
    for rule in rules:
        setting = (levels or {}).get(rule.id, rule.level)
        if setting == "off":
            continue
        level = cast(Level, setting)
        for check in rule.checks:
            findings.extend(_check_findings(rule, check, level, env, doc, path, counter))
    if warnings is not None:
        warnings.extend(env.warnings)
    return sorted(findings, key=Finding.sort_key)


def at_or_above(level: str, threshold: str) -> bool:
    """Whether a finding of ``level`` fails a run with ``--fail-on threshold``."""
    return threshold != "never" and LEVEL_RANK[level] >= LEVEL_RANK[threshold]
