"""`provenance trace` output: JSON (the links, per-quote appearances, name spellings), text, HTML."""

from __future__ import annotations

import html
import json
from typing import Any

from provenance.archive.records import QuoteRecord
from provenance.errors import terminal_safe
from provenance.trace.align import DiffOp
from provenance.trace.link import Link
from provenance.trace.names import Mention, NameVariant
from provenance.trace.run import Appearance, TraceResult


def _side(r: QuoteRecord, part: tuple[int, int] | None = None) -> dict[str, Any]:
    # start/end/text: the words linked — a quotation nested in the quote when that is what
    # matched; quote_start/quote_end: the whole quote.
    start, end = part if part is not None else (r.start, r.end)
    return {
        "path": r.article,
        "start": start,
        "end": end,
        "quote_start": r.start,
        "quote_end": r.end,
        "line": r.line,
        "column": r.column,
        "text": r.text[start - r.start : end - r.start],
        "kind": r.kind,
        "speaker": r.speaker,
        "date": r.date,
        "outlet": r.outlet,
        "via": r.via,
    }


def link_json(lk: Link) -> dict[str, Any]:
    return {
        "a": _side(lk.a, lk.a_part),
        "b": _side(lk.b, lk.b_part),
        "relation": lk.relation,
        "same_speaker": lk.speaker.same,
        "similarity": lk.similarity,
        "diff": [str(op) for op in lk.diff],
        "speaker_a": lk.a.speaker,
        "speaker_b": lk.b.speaker,
        "speaker_variant": lk.speaker.variant is not None,
        "speaker_variant_kind": lk.speaker.variant,
    }


def _mention_json(m: Mention) -> dict[str, Any]:
    where = {"start": m.start, "end": m.end} if m.start >= 0 else {"start": None, "end": None}
    return {"path": m.path, "text": m.text, **where}


def _appearance_json(ap: Appearance) -> dict[str, Any]:
    first = ap.earliest
    return {
        **_side(ap.record),
        "appearances": [
            {**_side(o), "relation": lk.relation, "same_speaker": lk.speaker.same, "diff": [str(d) for d in lk.diff]}
            for o, lk in ap.others
        ],
        "earliest": {"path": first.article, "date": first.date, "outlet": first.outlet, "start": first.start},
    }


def render_json(result: TraceResult) -> str:
    out = {
        "links": [link_json(lk) for lk in result.links],
        "quotes": [_appearance_json(ap) for ap in result.appearances],
        "name_variants": [
            {"spellings": list(v.spellings), "mentions": [_mention_json(m) for m in v.mentions]}
            for v in result.variants
        ],
    }
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def _where(r: QuoteRecord) -> str:
    return f"{r.article}:{r.line}:{r.column}"


def _dated(r: QuoteRecord) -> str:
    return f"{r.date or 'date unknown'}, {r.outlet or 'outlet unknown'}"


def _speaker_text(lk: Link) -> str:
    if lk.speaker.same is None:
        return "speaker: cannot tell"
    if lk.speaker.same is False:
        return "speaker: DIFFERENT"
    return "speaker: same" + (f" ({lk.speaker.variant} variant)" if lk.speaker.variant else "")


def render_text(result: TraceResult) -> str:
    lines: list[str] = []
    for ap in result.appearances:
        r = ap.record
        lines.append(f"{_where(r)} “{r.text}” — {r.speaker or 'no speaker'} ({_dated(r)})")
        for other, lk in ap.others:
            lines.append(f"  {lk.relation:<10} {_where(other)} “{other.text}” — {other.speaker or 'no speaker'}")
            lines.append(f"  {'':<10} {_dated(other)}; similarity {lk.similarity:.2f}; {_speaker_text(lk)}")
            lines.extend(f"  {'':<10} {op}" for op in lk.diff)
        first = ap.earliest
        lines.append(f"  earliest: {_where(first)} ({_dated(first)})")
        lines.append("")
    if result.variants:
        lines.append("Names spelled more than one way:")
        for v in result.variants:
            lines.append(f"  one person spelled {len(v.spellings)} ways: {' / '.join(v.spellings)}")
            for m in v.mentions:
                lines.append(f"    {m.path}{f' @{m.start}' if m.start >= 0 else ' (speaker)'}: {m.text}")
    if not lines:
        lines.append("no quote of these articles appears in another article")
    # Article text and file names are written out visibly when they hold control characters.
    return "\n".join(terminal_safe(line) for line in lines) + "\n"


_STYLE = (
    "body{font-family:sans-serif;max-width:70em;margin:auto}table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #ccc;padding:.3em;vertical-align:top}del{background:#fdd}ins{background:#dfd}"
    ".verbatim{color:#060}.altered{color:#a00;font-weight:bold}.paraphrase{color:#555}"
)


def _diff_html(diff: tuple[DiffOp, ...]) -> str:
    parts = []
    for op in diff:
        a, b = html.escape(" ".join(op.a)), html.escape(" ".join(op.b))
        label = html.escape(op.kind)
        if op.kind == "dropped":
            parts.append(f"{label}: <del>{a}</del>")
        elif op.kind == "added":
            parts.append(f"{label}: <ins>{b}</ins>")
        else:
            parts.append(f"{label}: <del>{a}</del> → <ins>{b}</ins>")
    return "<br>".join(parts)


def render_html(result: TraceResult) -> str:
    e = html.escape
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>quote trace</title><style>{_STYLE}</style>"]
    out.append("</head><body><h1>Quote trace</h1>")
    for ap in result.appearances:
        r = ap.record
        out.append(f"<h2>{e(_where(r))}</h2><blockquote>“{e(r.text)}” — {e(r.speaker or 'no speaker')}</blockquote>")
        out.append("<table><tr><th>relation</th><th>where</th><th>words</th><th>speaker</th><th>differences</th></tr>")
        for other, lk in ap.others:
            out.append(
                f"<tr><td class='{e(lk.relation)}'>{e(lk.relation)}</td><td>{e(_where(other))}<br>{e(_dated(other))}"
                f"</td><td>“{e(other.text)}”</td><td>{e(other.speaker or '—')}<br>{e(_speaker_text(lk))}</td>"
                f"<td>{_diff_html(lk.diff)}</td></tr>"
            )
        out.append(f"</table><p>earliest: {e(_where(ap.earliest))} ({e(_dated(ap.earliest))})</p>")
    if result.variants:
        out.append("<h2>Names spelled more than one way</h2><ul>")
        out.extend(f"<li>{e(' / '.join(v.spellings))}</li>" for v in result.variants)
        out.append("</ul>")
    out.append("</body></html>\n")
    return "".join(out)


def render(result: TraceResult, fmt: str) -> str:
    if fmt == "json":
        return render_json(result)
    if fmt == "html":
        return render_html(result)
    return render_text(result)


__all__ = ["NameVariant", "link_json", "render", "render_html", "render_json", "render_text"]
