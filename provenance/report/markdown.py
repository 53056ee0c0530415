"""``--format markdown``: the per-article sourcing table and the findings, as GitHub-flavoured
Markdown — what a CI job writes to ``$GITHUB_STEP_SUMMARY`` (or a merge-request comment).

Article text and file names reach this output, so table cells are escaped: a ``|`` would split a
cell, a newline would end the table, and HTML or Markdown in a quote must not render as markup in
the summary page.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from provenance.report.text import summary_line

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun

_LEVEL_MARK = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}


_MARKDOWN = re.compile(r"([\\`*_\[\]#|~])")


def _cell(text: str) -> str:
    # one line; < > & as entities (no HTML renders); Markdown punctuation backslash-escaped
    return _MARKDOWN.sub(r"\\\1", html.escape(" ".join(text.split()), quote=False))


def render_markdown(run: CheckRun) -> str:
    out = ["## provenance: sourcing", ""]
    out.append("| article | quotes | named | organization | anonymous (with reason) | unattributed | via | findings |")
    out.append("|---|---:|---:|---:|---:|---:|---|---:|")
    for a in run.articles:
        s = a.sourcing
        if not a.analysed:
            out.append(f"| {_cell(a.doc.path)} | – | – | – | – | – | – | {len(a.findings)} |")
            continue
        anonymous = f"{s.anonymous} ({s.with_reason})" if s.anonymous else "0"
        via = ", ".join(s.via)
        out.append(
            f"| {_cell(a.doc.path)} | {s.quotes} | {s.named} | {s.organization} | {anonymous} | "
            f"{s.unattributed + s.unresolved} | {_cell(via)} | {len(a.findings)} |"
        )
    out += ["", f"**{_cell(summary_line(run))}**", ""]
    if run.findings:
        out += ["| where | level | rule | message |", "|---|---|---|---|"]
        for f in run.findings:
            uncertain = " (uncertain)" if f.confidence == "uncertain" else ""
            out.append(
                f"| {_cell(f.path)}:{f.line}:{f.column} | {_LEVEL_MARK[f.level]} | `{f.rule}` | "
                f"{_cell(f.message)}{uncertain} |"
            )
        out.append("")
    return "\n".join(out) + "\n"
