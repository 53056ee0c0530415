"""Plain-text rendering of ``provenance extract`` for a person at a terminal."""

from __future__ import annotations

from provenance.document import Document
from provenance.errors import terminal_safe
from provenance.records import ArticleResult


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def extract_text(doc: Document, result: ArticleResult) -> str:
    out = [f"{result.path}: {len(result.quotes)} quotes, {len(result.sources)} sources"]
    for q in result.quotes:
        out.append(f"\n{result.path}:{q.line}:{q.column}  [{q.kind}]  {_short(q.text)}")
        if q.speaker is not None:
            s = q.speaker
            who = s.name if s.name == s.text else f"{s.name}  (as written: {_short(s.text, 80)})"
            out.append(f"  speaker: {who}")
            details = [f"type={s.type}", f"anonymity={s.anonymity}"]
            if s.role:
                details.append(f"role={s.role}")
            if s.plural:
                details.append("plural")
            out.append("  " + ", ".join(details))
            if s.reason:
                out.append(f"  reason: {_short(s.reason, 120)}" + ("  (stock formula)" if s.reason_boilerplate else ""))
        else:
            out.append("  speaker: (none)")
        if q.cue is not None:
            out.append(f"  cue: {q.cue.text} ({q.cue.kind})" + ("  [opinion]" if q.opinion else ""))
        if q.via is not None:
            out.append(f"  via: {q.via.name}" + ("" if q.via.known else " (not in the outlet list)"))
        out.append(f"  rule: {q.rule}")
    if result.sources:
        out.append("\nSources")
        rows = [("source", "type", "anonymity", "quotes", "via", "reason")]
        for row in result.sources:
            rows.append(
                (
                    _short(row.name, 40),
                    row.type,
                    row.anonymity,
                    str(row.quotes),
                    ", ".join(row.via) or "-",
                    _short(row.reason, 50) if row.reason else "-",
                )
            )
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for r in rows:
            out.append("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    for c in result.credits:
        out.append(
            f"credit ({c.kind}) {result.path}:{c.line}:{c.column}: {c.text}"
            + (f"  [{', '.join(c.outlets)}]" if c.outlets else "")
        )
    for c in result.photo_credits:
        out.append(f"photo credit {result.path}:{c.line}:{c.column}: {c.text}  (not a source)")
    for m in result.mark_issues:
        out.append(f"{result.path}:{m.line}:{m.column}: {m.problem} quote mark {m.char}")
    return "\n".join(_safe_line(line) for line in out) + "\n\n"


def _safe_line(line: str) -> str:
    """Article text, names and file names never drive the terminal: control characters (ANSI
    and OSC escapes, newlines, bidi overrides) are written out visibly; a leading blank line stays."""
    lead = "\n" if line.startswith("\n") else ""
    return lead + terminal_safe(line[len(lead) :])
