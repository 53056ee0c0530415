"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

Escaping follows GitHub's toolkit (``escapeData`` / ``escapeProperty``): ``%``, CR and LF in
data, and also ``:`` and ``,`` in properties, so no file name or article text can end the
command or start another one. Other control characters (ANSI/OSC escapes, which the log
viewer renders, U+2028/9, bidi overrides) are written out visibly, as in the text report.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


# Control characters other than CR and LF (which GitHub's own escapes carry through).
_OTHER_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return _OTHER_CONTROLS.sub(lambda m: ascii(m.group())[1:-1], text)


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
        tail = " (uncertain)" if f.confidence == "uncertain" else ""
        out.append(f"::{_COMMAND[f.level]} {props}::{_escape_data(f.message)}{tail} [{_escape_data(f.rule)}]\n")
    return "".join(out)
