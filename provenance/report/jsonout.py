"""``--format json``: findings and counts for scripts (stable keys, sorted findings)."""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Any

from provenance.kinds import LEVELS

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun
    from provenance.policy import Finding

JSON_VERSION = 1


def finding_json(f: Finding) -> dict[str, Any]:
    data = dataclasses.asdict(f)
    data.pop("quote_index", None)
    return data


def render_json(run: CheckRun) -> str:
    summary: dict[str, Any] = {"files": len(run.articles), "findings": len(run.findings)}
    summary.update({level: run.count(level) for level in LEVELS})
    summary.update(suppressed=run.suppressed_count, baselined=run.baselined_count, failed=run.failed)
    summary["statistics"] = {rule: dict(levels, total=total) for rule, total, levels in run.statistics()}
    data = {
        "version": JSON_VERSION,
        "summary": summary,
        "files": [
            {
                "path": a.doc.path,
                "fail_on": a.fail_on,
                "config": str(a.config.path) if a.config.path else None,
                "sourcing": dict(dataclasses.asdict(a.sourcing), text=a.sourcing.text()) if a.analysed else None,
            }
            for a in run.articles
        ],
        "findings": [finding_json(f) for f in run.findings],
        "suppressed": [finding_json(f) for a in run.articles for f in a.suppressed],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
