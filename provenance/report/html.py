"""``--format html``: one self-contained page an editor can look at instead of read.

Each article is shown as written, every quote highlighted in its speaker's colour. Hovering a
quote shows who said it (a native tooltip, so it works without script); clicking or pressing
Enter fills a details panel (speaker, mention, type, anonymity and reason, via, cue, the rule
that attributed it) and lights up that speaker's other quotes. Below come the sourcing table,
credits and the findings, each linked to its quote. No external resources: CSS and script are
inline, so the file can be mailed or attached to a ticket.
"""

from __future__ import annotations

import heapq
import html
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from provenance.document import Document, front_matter
from provenance.kinds import LEVEL_RANK
from provenance.report.html_assets import CSS, SCRIPT
from provenance.report.text import summary_line

if TYPE_CHECKING:
    from provenance.checker.results import ArticleCheck, CheckRun
    from provenance.policy import Finding
    from provenance.records import Quote

# Light, distinguishable backgrounds that keep black text readable.
PALETTE = (
    "#ffd6a5",
    "#caffbf",
    "#9bf6ff",
    "#bdb2ff",
    "#ffc6ff",
    "#fdffb6",
    "#a0c4ff",
    "#ffadad",
    "#d0f4de",
    "#e4c1f9",
    "#fcf6bd",
    "#b8e0d2",
)
UNATTRIBUTED = "#e0e0e0"

# What each anonymity code means, for an editor who has not read the rule docs; the code stays
# beside it so the report and the config speak the same language.
ANONYMITY_LABELS = {
    "named": "Named, with a role",
    "named-no-role": "Named, no role given",
    "organization": "An organization",
    "anonymous-with-reason": "Anonymous, reason given",
    "anonymous": "Anonymous, no reason given",
    "vague": "Vague source",
    "unresolved": "Speaker not resolved",
    "unattributed": "No speaker",
}


def anonymity_label(code: str) -> str:
    return f"{ANONYMITY_LABELS.get(code, code)} ({code})"


def colour(n: int) -> str:
    """The n-th speaker's colour: the palette, then pastel hues a golden angle apart, so that
    colours stay distinct (and text readable) however many speakers an article has."""
    if n < len(PALETTE):
        return PALETTE[n]
    hue = (n * 137.508) % 360
    return f"hsl({hue:.0f}, 75%, {82 if n % 2 else 88}%)"


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _speaker_key(quote: Quote) -> str:
    return quote.speaker.name.casefold() if quote.speaker and quote.speaker.name else ""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    quote: int | None  # index into the sorted quotes, or None for a speaker mention / stray mark
    speaker: str  # speaker key, or the problem of a stray quote mark
    stray: bool = False


def _colours(keys: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {"": UNATTRIBUTED}
    for key in keys:
        if key not in out:
            out[key] = colour(len(out) - 1)
    return out


def _entity_keys(quotes: list[Quote]) -> dict[str, str]:
    """Speaker key -> the key of the entity it names: "trump" and "donald trump" are one person
    when the short form is the last word(s) of exactly one longer name in the article."""
    keys = {_speaker_key(q) for q in quotes} - {""}
    out = {k: k for k in keys}
    for short in keys:
        longer = [k for k in keys if k != short and k.endswith(" " + short)]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _marked_text(
    text: str, spans: list[_Span], colours: dict[str, str], quote_attrs: dict[int, str], begin: int = 0
) -> str:
    """Wrap quote and speaker spans; overlapping spans are cut at every boundary so any
    overlap the extractor produces still gives valid, properly nested HTML.

    A sweep over the boundaries with one heap per kind of span (innermost quote = shortest,
    then first listed; first-listed speaker mention and stray mark): looking up the covering
    spans of every segment in the whole list made 8,000 quotes take 50 s."""
    # ``begin``: text before it (front matter, shown as the heading instead) is left out.
    bounds = sorted({begin, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    by_start = sorted(range(len(spans)), key=lambda k: spans[k].start)
    quotes: list[tuple[int, int, int]] = []  # (length, list index, end)
    mentions: list[tuple[int, int]] = []  # (list index, end)
    strays: list[tuple[int, int]] = []
    nxt = 0
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a >= b or a < begin:
            continue
        while nxt < len(by_start) and spans[by_start[nxt]].start <= a:
            k = by_start[nxt]
            s = spans[k]
            if s.quote is not None:
                heapq.heappush(quotes, (s.end - s.start, k, s.end))
            elif s.stray:
                heapq.heappush(strays, (k, s.end))
            else:
                heapq.heappush(mentions, (k, s.end))
            nxt += 1
        # A span covers [a, b) when it started at or before a and ends after a (b is the
        # next boundary, so it then ends at or after b); ended spans leave lazily.
        while quotes and quotes[0][2] <= a:
            heapq.heappop(quotes)
        while mentions and mentions[0][1] <= a:
            heapq.heappop(mentions)
        while strays and strays[0][1] <= a:
            heapq.heappop(strays)
        segment = _e(text[a:b])
        if strays:
            segment = f'<span class="stray" title="{_e(spans[strays[0][0]].speaker)} quote mark">{segment}</span>'
        if mentions:
            m = spans[mentions[0][0]]
            segment = f'<span class="spk" style="--c:{_e(colours.get(m.speaker, UNATTRIBUTED))}">{segment}</span>'
        if quotes:
            segment = f"{quote_attrs[spans[quotes[0][1]].quote]}{segment}</mark>"  # type: ignore[index]
        out.append(segment)
    return "".join(out)


def _heading(index: int, doc: Document, fields: dict[str, str]) -> str:
    title = fields.get("title")
    meta = [fields[k] for k in ("date", "published", "outlet", "source", "publisher", "author") if fields.get(k)]
    parts = [f'<h2 id="h-{index}">{_e(title or doc.path)}</h2>']
    line = " · ".join(meta)
    if title:
        line = f"{line} · {doc.path}" if line else doc.path
    if line:
        parts.append(f'<p class="meta">{_e(line)}</p>')
    return "\n".join(parts)


def _quote_info(q: Quote, findings: list[Finding]) -> dict[str, Any]:
    sp = q.speaker
    anonymity = sp.anonymity if sp else "unattributed"
    return {
        "speaker": sp.name if sp else "unattributed",
        "mention": sp.text if sp else None,
        "type": sp.type if sp else None,
        "anonymity": anonymity_label(anonymity) + (" (plural)" if sp and sp.plural else ""),
        "reason": (sp.reason + (" [stock formula]" if sp.reason_boilerplate else "")) if sp and sp.reason else None,
        "via": q.via.name if q.via else None,
        "kind": q.kind,
        "cue": q.cue.text if q.cue else None,
        "rule": q.rule,
        "line": f"{q.line}:{q.column}",
        "findings": [f"{f.level} {f.rule}: {f.message}" for f in findings],
    }


def _article(index: int, art: ArticleCheck, data: dict[str, Any]) -> str:
    doc, result = art.doc, art.result
    quotes = sorted(result.quotes, key=lambda q: (q.start, q.end))
    entity = _entity_keys(quotes)
    keys = [entity.get(_speaker_key(q), "") for q in quotes]
    colours = _colours(keys)
    by_quote: dict[int, list[Finding]] = {}
    worst: dict[int, str] = {}
    for f in art.findings:
        if f.quote_index is not None:
            by_quote.setdefault(f.quote_index, []).append(f)
            if LEVEL_RANK[f.level] > LEVEL_RANK.get(worst.get(f.quote_index, ""), -1):
                worst[f.quote_index] = f.level
    spans: list[_Span] = []
    attrs: dict[int, str] = {}
    for i, (q, key) in enumerate(zip(quotes, keys)):
        qid = f"a{index}-q{i}"
        sp = q.speaker
        info = data[qid] = _quote_info(q, by_quote.get(i, []))
        tip = f"{info['speaker']} · {info['anonymity']}" + (f" · via {info['via']}" if info["via"] else "")
        classes = ["q"] + (["unattributed"] if not sp else []) + ([f"finding-{worst[i]}"] if i in worst else [])
        attrs[i] = (
            f'<mark class="{" ".join(classes)}" id="{qid}" data-q="{qid}" data-article="{index}" '
            f'data-speaker="{_e(key)}" data-kind="{_e(q.kind)}" tabindex="0" title="{_e(tip)}" '
            f'style="--c:{colours.get(key, UNATTRIBUTED)}">'
        )
        if 0 <= q.start < q.end <= len(doc.text):
            spans.append(_Span(q.start, q.end, i, key))
        if sp and 0 <= sp.start < sp.end <= len(doc.text):
            spans.append(_Span(sp.start, sp.end, None, key))
    for m in result.mark_issues:
        if 0 <= m.start < len(doc.text):
            spans.append(_Span(m.start, m.start + len(m.char or " "), None, m.problem, stray=True))
    begin, fields = front_matter(doc.text)
    spans = [s for s in spans if s.start >= begin]
    parts = [f'<section class="article" id="article-{index}">', _heading(index, doc, fields)]
    parts.append(_legend(quotes, keys, colours))
    parts.append(f'<div class="text">{_marked_text(doc.text, spans, colours, attrs, begin)}</div>')
    parts.extend(_tables(index, art, {s: colours.get(k, UNATTRIBUTED) for s, k in entity.items()}))
    parts.append("</section>")
    return "\n".join(parts)


def _legend(quotes: list[Quote], keys: list[str], colours: dict[str, str]) -> str:
    legend = []
    seen: set[str] = set()
    # The fullest name of each entity labels it ("Donald Trump", not the first "Trump").
    label: dict[str, str] = {}
    for q, key in zip(quotes, keys):
        name = (q.speaker.name if q.speaker else "") or "unattributed"
        if key not in label or len(name) > len(label[key]):
            label[key] = name
    for q, key in zip(quotes, keys):
        if key in seen:
            continue
        seen.add(key)
        anon = q.speaker.anonymity if q.speaker else "unattributed"
        legend.append(
            f'<span><i class="swatch" style="--c:{colours[key]}"></i>{_e(label[key])} '
            f'<span class="muted">— {_e(anonymity_label(anon))}</span></span>'
        )
    if legend:
        return f'<div class="legend">{"".join(legend)}</div>'
    return '<p class="muted">No quotes found.</p>'


def _tables(index: int, art: ArticleCheck, colours: dict[str, str]) -> list[str]:
    # ``colours``: speaker key (casefolded name) -> colour of its entity
    """The sourcing table, credits and findings of one article."""
    parts: list[str] = []
    parts.append("<h3>Sources</h3>")
    if art.result.sources:
        rows = "".join(
            f'<tr><td><i class="swatch" style="--c:{colours.get(s.name.casefold(), UNATTRIBUTED)}"></i>{_e(s.name)}</td>'
            f"<td>{_e(s.role)}</td><td>{_e(s.type)}</td><td>{_e(anonymity_label(s.anonymity))}{' (plural)' if s.plural else ''}</td>"
            f"<td>{_e(s.reason)}</td><td>{s.quotes}</td><td>{_e(', '.join(s.via))}</td></tr>"
            for s in art.result.sources
        )
        parts.append(
            '<table class="sources"><thead><tr><th>Source</th><th>Role</th><th>Type</th><th>On record?</th>'
            f"<th>Reason for anonymity</th><th>Quotes</th><th>Via</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    else:
        parts.append('<p class="muted">No sources.</p>')
    if art.result.credits or art.result.photo_credits:
        credits = "".join(
            f"<li>{_e(c.kind)}: {_e(c.text)}" + (f" — {_e(', '.join(c.outlets))}" if c.outlets else "") + "</li>"
            for c in [*art.result.credits, *art.result.photo_credits]
        )
        parts.append(f'<h3>Credits</h3><ul class="credits">{credits}</ul>')
    if art.analysed:
        parts.append(f'<p class="sourcing">Sourcing: {_e(art.sourcing.text())}</p>')
    parts.append("<h3>Findings</h3>")
    if art.findings:
        items = []
        for f in art.findings:
            link = f' <a href="#a{index}-q{f.quote_index}">show quote</a>' if f.quote_index is not None else ""
            # An uncertain finding says so, and what it rests on is one hover away.
            unsure = ' <span class="muted">(uncertain)</span>' if f.confidence == "uncertain" else ""
            title = f' title="{_e(f.evidence)}"' if f.evidence else ""
            items.append(
                f'<li class="finding" data-rule="{_e(f.rule)}"{title}><span class="lv lv-{_e(f.level)}">'
                f"{_e(f.level)}</span> {f.line}:{f.column} <code>{_e(f.rule)}</code> {_e(f.message)}{unsure}{link}</li>"
            )
        parts.append(f'<ul class="findings">{"".join(items)}</ul>')
    else:
        parts.append('<p class="muted">No findings.</p>')
    if art.suppressed or art.baselined:
        parts.append(f'<p class="muted">{len(art.suppressed)} suppressed, {len(art.baselined)} in baseline.</p>')
    return parts


# Inside <script>, "</script" ends the element and "<!--" followed by "<script" switches the
# HTML parser into a state where the real "</script>" no longer ends it (the page's own script
# is then swallowed). JSON strings may spell any character as \uXXXX, so none of < > & appear
# raw; U+2028/9 are escaped too (raw, they end a line in older JavaScript engines).
_SCRIPT_JSON_ESCAPES: dict[str, str | int | None] = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def script_json(data: Any) -> str:
    """JSON that is safe as the text of a <script> element, whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False)
    return text.translate(str.maketrans(_SCRIPT_JSON_ESCAPES))


def _index(run: CheckRun) -> str:
    """For a report on several articles: one row per article, linked, with its sourcing counts."""
    if len(run.articles) < 2:
        return ""
    rows = []
    for i, art in enumerate(run.articles):
        s = art.sourcing
        worst = max((f.level for f in art.findings), key=lambda lv: LEVEL_RANK[lv], default=None)
        badge = f'<span class="lv lv-{_e(worst)}">{_e(worst)}</span> ' if worst else ""
        title = front_matter(art.doc.text)[1].get("title") or art.doc.path
        rows.append(
            f'<tr><td><a href="#article-{i}">{_e(title)}</a></td><td>{s.quotes}</td><td>{s.named}</td>'
            f"<td>{s.organization}</td><td>{s.anonymous}</td><td>{s.unattributed + s.unresolved}</td>"
            f"<td>{badge}{len(art.findings)}</td></tr>"
        )
    return (
        '<nav class="index"><h2>Articles</h2><table><thead><tr><th>Article</th><th>Quotes</th><th>Named</th>'
        "<th>Organization</th><th>Anonymous</th><th>No speaker</th><th>Findings</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></nav>"
    )


def render_html(run: CheckRun) -> str:
    data: dict[str, Any] = {}
    articles = "\n".join(_article(i, art, data) for i, art in enumerate(run.articles))
    payload = script_json(data)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>provenance report</title>\n"
        f'<style>{CSS}</style>\n</head>\n<body data-ready="0">\n'
        f"<header><h1>Sourcing report</h1><p>{_e(summary_line(run))} Click a highlighted quote for its source.</p></header>\n"
        f"{_index(run)}\n"
        f'<aside id="details"><strong>Quote details</strong><div id="details-body" class="muted">'
        "Hover a highlighted quote to see who said it; click it for details.</div></aside>\n"
        f"{articles}\n"
        f'<script type="application/json" id="quote-data">{payload}</script>\n'
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
