"""``--format gitlab``: GitLab's Code Quality report (a JSON array, one issue per finding).

GitLab shows these in the merge request widget when a job publishes the file as
``artifacts: reports: codequality``. Its severities are info / minor / major / critical /
blocker; ours map onto the lower three so that no editorial finding reads as a build breaker in
GitLab's own wording. ``fingerprint`` must be stable across runs for GitLab to tell new issues
from fixed ones: it is the checker's line-independent fingerprint.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render_gitlab(run: CheckRun) -> str:
    issues: list[dict[str, Any]] = []
    for f in run.findings:
        issues.append(
            {
                "type": "issue",
                "check_name": f"provenance/{f.rule}",
                "description": f.message + (" (uncertain)" if f.confidence == "uncertain" else ""),
                "categories": ["Style"],
                "severity": SEVERITY[f.level],
                "fingerprint": f.fingerprint,
                "location": {
                    "path": f.path,
                    "positions": {
                        "begin": {"line": f.line, "column": f.column},
                        "end": {"line": max(f.end_line, f.line), "column": f.end_column},
                    },
                },
            }
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
