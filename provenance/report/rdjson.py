"""``--format rdjson``: reviewdog's Diagnostic Format (``reviewdog -f=rdjson``).

reviewdog turns these into pull-request review comments on GitHub, GitLab, Gitea or Bitbucket.
Columns are 1-based code points as in our other formats; reviewdog reads them as such for rdjson.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def render_rdjson(run: CheckRun) -> str:
    diagnostics: list[dict[str, Any]] = []
    for f in run.findings:
        diagnostics.append(
            {
                "message": f.message + (" (uncertain)" if f.confidence == "uncertain" else ""),
                "location": {
                    "path": f.path,
                    "range": {
                        "start": {"line": f.line, "column": f.column},
                        "end": {"line": max(f.end_line, f.line), "column": f.end_column},
                    },
                },
                "severity": SEVERITY[f.level],
                "code": {"value": f.rule},
            }
        )
    data = {"source": {"name": "provenance"}, "diagnostics": diagnostics}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
