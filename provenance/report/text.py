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
    from provenance.policy import Finding


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


def _finding_line(f: Finding) -> str:
    # An uncertain finding says so: it was lowered a level because its evidence is a guess.
    tail = " (uncertain)" if f.confidence == "uncertain" else ""
    return f"{terminal_safe(f.path)}:{f.line}:{f.column}: {f.level} {terminal_safe(f.rule)} {terminal_safe(f.message)}{tail}"


def statistics_lines(run: CheckRun) -> list[str]:
    """``--statistics``: findings per rule, most frequent first (as ruff prints them)."""
    rows = run.statistics()
    width = max((len(str(total)) for _, total, _ in rows), default=1)
    out = []
    for rule, total, levels in rows:
        split = ", ".join(f"{levels[lv]} {lv}" for lv in ("error", "warning", "info") if levels.get(lv))
        out.append(f"{total:>{width}}  {rule}  ({split})")
    return out


def sourcing_lines(run: CheckRun) -> list[str]:
    """One sourcing summary per analysed article that quotes anyone (a clean file stays one line)."""
    return [
        f"{terminal_safe(a.doc.path)}: {terminal_safe(a.sourcing.text())}"
        for a in run.articles
        if a.analysed and a.result.quotes
    ]


def render_text(run: CheckRun, *, quiet: bool = False, statistics: bool = False) -> str:
    lines = [_finding_line(f) for f in run.findings]
    if not quiet:
        lines.extend(sourcing_lines(run))
    if statistics:
        lines.extend(statistics_lines(run))
    if not quiet:
        lines.append(summary_line(run))
    return "".join(line + "\n" for line in lines)
