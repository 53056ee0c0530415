"""``--format json-lines``: one finding per line, for ``grep``, ``jq -c`` and log pipelines.

Each line is the same object as an entry of ``--format json``'s ``findings``; a run without
findings prints nothing, so ``wc -l`` counts findings.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from provenance.report.jsonout import finding_json

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun


def render_json_lines(run: CheckRun) -> str:
    # ensure_ascii: a line separator (U+2028) inside a message must not split a record for
    # line-oriented readers, and escaped output is plain ASCII whatever the terminal.
    return "".join(json.dumps(finding_json(f), ensure_ascii=True) + "\n" for f in run.findings)
