"""`provenance rules RULE-ID`: one rule's documentation as text lines (ruff-style)."""

from __future__ import annotations

from collections.abc import Iterator

from provenance.policy.rules import Rule


def rule_heading(rule: Rule, level: str | None = None) -> str:
    """``id (level)``, with the default level when configured differently and ``preview`` if so."""
    level = level or rule.level
    parts = [level if level == rule.level else f"{level}; default {rule.level}"]
    if rule.status == "preview":
        parts.append("preview: precision not measured, never blocks")
    return f"{rule.id} ({'; '.join(parts)})"


def iter_rule_doc(rule: Rule, level: str | None = None) -> Iterator[str]:
    import yaml  # only to show a rule's checks: a check run does not pay for its import

    yield rule_heading(rule, level)
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
