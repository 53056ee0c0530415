"""``--format github``: GitHub Actions workflow commands, one annotation per finding."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(run: CheckRun) -> str:
    out = []
    for f in run.findings:
        parts = [f"file={_escape_property(f.path)}", f"line={f.line}", f"col={f.column}"]
        # GitHub only honours column ranges within one line.
        if f.end_line == f.line:
            parts.append(f"endColumn={f.end_column}")
        else:
            parts.append(f"endLine={f.end_line}")
        parts.append(f"title={_escape_property('provenance ' + f.rule)}")
        props = ",".join(parts)
        out.append(f"::{_COMMAND[f.level]} {props}::{_escape_data(f.message)} [{f.rule}]\n")
    return "".join(out)
