"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards.

ruleId is the rule's stable id; the rules' metadata (description, docs, policy link, default
level) is in tool.driver.rules; partialFingerprints carry the line-independent fingerprint so a
dashboard keeps tracking a finding after an editor adds a paragraph above it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from provenance.fingerprint import FINGERPRINT_NAME
from provenance.kinds import LEVELS

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun
    from provenance.policy import Finding, Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# Every level of provenance.kinds, under SARIF's name for it (SARIF calls info "note").
SARIF_LEVEL: dict[str, str] = {level: {"info": "note"}.get(level, level) for level in LEVELS}


def _version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("provenance")
    except PackageNotFoundError:  # a plain checkout: the version is optional in SARIF
        return None


def _rule_descriptor(rule: Rule, docs_url: str | None = None) -> dict[str, Any]:
    refs = "\n".join(f"- {s.cite}" + (f" <{s.url}>" if s.url else "") for s in rule.sources)
    help_text = f"{rule.docs.what}\n\nWhy: {rule.docs.why}\n\nExample: {rule.docs.example}\n\nFix: {rule.docs.fix}\n\nPolicy:\n{refs}"
    help_md = (
        f"**What it flags.** {rule.docs.what}\n\n**Why newsrooms care.** {rule.docs.why}\n\n"
        f"**Example.** `{rule.docs.example}`\n\n**Fix.** {rule.docs.fix}\n\n**Policy.**\n{refs}"
    )
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.description},
        "fullDescription": {"text": " ".join(rule.docs.what.split())},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": SARIF_LEVEL[rule.level]},
        "properties": {
            "tags": ["editorial", "sourcing"],
            "policy": [s.cite for s in rule.sources],
            "status": rule.status,
        },
    }
    # The rule's own page (`provenance rules --write-docs`, served where `docs-url` says) is the
    # help a code-scanning UI should link; without one, the editorial policy the rule cites.
    url = f"{docs_url}/{rule.id}.md" if docs_url else next((s.url for s in rule.sources if s.url), None)
    if url:
        descriptor["helpUri"] = url
    return descriptor


def _artifact(path: str) -> dict[str, Any]:
    if path.startswith("<"):
        return {"uri": quote(os.fsencode(path.strip("<>")))}
    p = Path(path)
    if p.is_absolute():
        return {"uri": p.as_uri()}
    rel = Path(os.path.normpath(path)).as_posix()
    # Quoted from the name's bytes: a file name that is not UTF-8 becomes %XX escapes, not an error.
    return {"uri": quote(os.fsencode(rel)), "uriBaseId": "%SRCROOT%"}


def _result(f: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    region = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": max(f.end_line, f.line),
        "endColumn": max(f.end_column, f.column + 1) if f.end_line <= f.line else max(f.end_column, 1),
        "charOffset": f.start,
        "charLength": max(f.end - f.start, 0),
    }
    # What the finding rests on travels in the property bag (SARIF 2.1.0 §3.8).
    properties: dict[str, Any] = {"confidence": f.confidence}
    if f.evidence:
        properties["evidence"] = f.evidence
    return {
        "ruleId": f.rule,
        "ruleIndex": rule_index[f.rule],
        "level": SARIF_LEVEL[f.level],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(f.path), "region": region}}],
        "partialFingerprints": {FINGERPRINT_NAME: f.fingerprint},
        "properties": properties,
    }


def sarif_log(run: CheckRun) -> dict[str, Any]:
    rules = run.rules
    index = {r.id: i for i, r in enumerate(rules)}
    results = [_result(f, index) for f in run.findings]
    suppressed = []
    for a in run.articles:
        for f in a.suppressed:
            res = _result(f, index)
            res["suppressions"] = [{"kind": "inSource"}]
            suppressed.append(res)
        for f in a.baselined:
            res = _result(f, index)
            res["suppressions"] = [{"kind": "external", "justification": "in baseline"}]
            suppressed.append(res)
    driver: dict[str, Any] = {"name": "provenance", "rules": [_rule_descriptor(r, run.docs_url) for r in rules]}
    if _version():
        driver["semanticVersion"] = _version()
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results + suppressed,
            }
        ],
    }


def render_sarif(run: CheckRun) -> str:
    return json.dumps(sarif_log(run), indent=2, ensure_ascii=False) + "\n"
