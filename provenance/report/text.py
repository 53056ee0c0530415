"""Compiler-style text: ``path:line:col: level rule-id message`` and one summary line.

File names and messages (which quote article text) are written through ``terminal_safe``: an
ANSI/OSC escape in an article must not drive the reader's terminal, and a newline in a file
name must not start a line of its own (in a CI log, a line "::warning ..." is a command).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.errors import terminal_safe

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def summary_line(run: CheckRun) -> str:
    files = _plural(len(run.articles), "file")
    hidden = []
    if run.suppressed_count:
        hidden.append(f"{run.suppressed_count} suppressed")
    if run.baselined_count:
        hidden.append(f"{run.baselined_count} in baseline")
    tail = f" ({', '.join(hidden)})" if hidden else ""
    total = len(run.findings)
    if total == 0:
        return f"{files} checked, no findings{tail}."
    levels = ", ".join(_plural(run.count(lv), lv) for lv in ("error", "warning", "info") if run.count(lv))
    return f"Found {_plural(total, 'finding')} ({levels}) in {files}{tail}."


def render_text(run: CheckRun, *, quiet: bool = False) -> str:
    lines = [
        f"{terminal_safe(f.path)}:{f.line}:{f.column}: {f.level} {terminal_safe(f.rule)} {terminal_safe(f.message)}"
        for f in run.findings
    ]
    if not quiet:
        lines.append(summary_line(run))
    return "".join(line + "\n" for line in lines)
