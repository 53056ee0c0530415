"""Compiler-style text: ``path:line:col: level rule-id message`` and one summary line.

File names and messages (which quote article text) are written through ``terminal_safe``: an
ANSI/OSC escape in an article must not drive the reader's terminal, and a newline in a file
name must not start a line of its own (in a CI log, a line "::warning ..." is a command).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.errors import terminal_safe
from provenance.report.style import TextStyle

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun
    from provenance.document import Document
    from provenance.policy import Finding

_PLAIN = TextStyle()


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


def _finding_line(f: Finding, style: TextStyle = _PLAIN) -> str:
    # An uncertain finding says so: it was lowered a level because its evidence is a guess.
    tail = " (uncertain)" if f.confidence == "uncertain" else ""
    where = style.paint("path", f"{terminal_safe(f.path)}:{f.line}:{f.column}:")
    return f"{where} {style.paint(f.level, f.level)} {style.paint('rule', terminal_safe(f.rule))} {terminal_safe(f.message)}{tail}"


def _source_lines(f: Finding, doc: Document, style: TextStyle) -> list[str]:
    """The finding's first line of text with a caret under the flagged span (ruff's full format).

    Control characters show as one dot each, so the caret stays under the right column; the
    excerpt is cut to 160 characters around the span."""
    if not 0 <= f.start < len(doc.text) and f.start != len(doc.text):
        return []
    text = doc.text
    line_start = max(text.rfind("\n", 0, f.start), text.rfind("\r", 0, f.start)) + 1
    ends = [i for i in (text.find("\n", f.start), text.find("\r", f.start)) if i >= 0]
    line_end = min(ends) if ends else len(text)
    raw = text[line_start:line_end]
    if not raw.strip():
        return []
    col = max(f.start - line_start, 0)
    width = max(1, min(f.end, line_start + len(raw)) - f.start)
    lo = max(0, col - 60)
    # one column per character: controls and bidi marks (escaped below) and tabs become "·" / " "
    shown = "".join(" " if c == "\t" else c if terminal_safe(c) == c else "·" for c in raw)
    excerpt = shown[lo : lo + 160]
    caret = " " * (col - lo) + "^" * max(1, min(width, len(excerpt) - (col - lo)))
    gutter = str(f.line)
    pad = " " * len(gutter)
    safe = terminal_safe(("…" if lo else "") + excerpt + ("…" if lo + 160 < len(shown) else ""))
    return [
        style.paint("dim", f"{pad} |"),
        f"{style.paint('dim', f'{gutter} |')} {safe}",
        f"{style.paint('dim', f'{pad} |')} {' ' if lo else ''}{style.paint('caret', caret)}",
        "",
    ]


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


def render_text(run: CheckRun, *, quiet: bool = False, statistics: bool = False, style: TextStyle = _PLAIN) -> str:
    docs = {a.doc.path: a.doc for a in run.articles}
    lines: list[str] = []
    for f in run.findings:
        lines.append(_finding_line(f, style))
        if style.full and f.path in docs:
            lines.extend(_source_lines(f, docs[f.path], style))
    if not quiet:
        lines.extend(sourcing_lines(run))
    if statistics:
        lines.extend(statistics_lines(run))
    if not quiet:
        lines.append(summary_line(run))
    return "".join(line + "\n" for line in lines)
