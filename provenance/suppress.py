"""Silencing findings: inline Markdown comments for one place, baselines for a whole archive.

Inline, as HTML comments (invisible in Markdown; in a plain-text file the comment is blanked
from the prose the checker analyses, so it is never read as article text)::

    <!-- provenance-disable-next-line anonymous-first-quote -- desk confirmed two sources -->
    “We will not resign,” an official said. <!-- provenance-disable-line anonymous-first-quote -- two sources -->
    <!-- provenance-disable late-attribution, plural-anonymous-sources -- quoting a transcript -->
    …
    <!-- provenance-enable late-attribution, plural-anonymous-sources -->

"next line" is the next non-blank line, since Markdown separates blocks with blank lines;
``disable-line`` silences findings on the comment's own line. A comment that starts like a
directive but is none (``provenance-disable-nextline``, ``provenance-ignore``) silences nothing and
is reported (rule suppression-malformed), like an unknown rule id. ``all``
stands for every rule. The reason after `` -- `` is required: a suppression without one still
applies, but is itself reported (rule suppression-without-reason), because a waived sourcing rule
is an editorial decision somebody must be able to read later. A comment that silences nothing
(the quote was fixed or moved) is reported as unused-suppression, so stale ones get cleaned up.

Baselines (any file type): a JSON list of findings by path and fingerprint; a later run hides
findings that match, so an archive can adopt the checker without fixing the past.
"""

from __future__ import annotations

import bisect
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import regex

from provenance.document import Document
from provenance.errors import ProvenanceError
from provenance.outlets import OutletIndex
from provenance.policy import Directive, FileIssue, Finding, Rule, evaluate
from provenance.policy.schema import DirectiveKind
from provenance.records import ArticleResult

_OPENER = regex.compile(r"<!--[ \t]*provenance-(disable-next-line|disable-line|disable|enable)(?![\w-])")
# Anything that looks meant as a directive: "provenance" right after the comment opener.
# A comment about provenance in prose ("<!-- provenance of this story: AP -->") is left alone.
_LOOKS_LIKE = regex.compile(r"<!--[ \t]*provenance[-_: ]*(?:dis|en|ign|no|skip|off|on)[\w-]*", regex.IGNORECASE)
_CLOSER = "-->"
_REASON_SPLIT = regex.compile(r"(?:^|\s)--(?:\s|$)")
ALL = "all"


def _directive_spans(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, kind, body) of each complete comment. Linear: a comment with no ``-->``
    after it ends the scan (no later one can close either), where a lazy ``(.*?)-->`` regex
    would rescan the rest of the text once per unclosed comment."""
    pos = 0
    while (m := _OPENER.search(text, pos)) is not None:
        close = text.find(_CLOSER, m.end())
        if close < 0:
            return
        yield m.start(), close + len(_CLOSER), m.group(1), text[m.end() : close]
        pos = close + len(_CLOSER)


def _malformed(doc: Document, valid: list[tuple[int, int]]) -> list[Directive]:
    """Comments that start like a directive but are none (a typo, another tool's word, or an
    unclosed comment): they would silence nothing, silently. Linear: closers are looked up by
    bisection, and after the first unclosed comment nothing later can close, so it is the last."""
    taken = {start for start, _ in valid}
    closers = [m.start() for m in regex.finditer(regex.escape(_CLOSER), doc.text)]
    out = []
    for m in _LOOKS_LIKE.finditer(doc.text):
        if m.start() in taken:
            continue
        i = bisect.bisect_left(closers, m.end())
        end = closers[i] + len(_CLOSER) if i < len(closers) else m.end()
        line, col = doc.line_col(m.start())
        # The exact comment (or, unclosed, the directive-like opener), like every other Directive.
        out.append(Directive("malformed", [], None, doc.text[m.start() : end], m.start(), end, line, col))
        if i == len(closers):
            break
    return out


def parse_directives(doc: Document, known_rules: Iterable[str]) -> list[Directive]:
    """Every provenance suppression comment in the document, in order (malformed ones too)."""
    known = set(known_rules)
    out: list[Directive] = []
    spans = list(_directive_spans(doc.text))
    for start, end, kind, body in spans:
        parts = _REASON_SPLIT.split(body, maxsplit=1)
        reason = " ".join(parts[1].split()) if len(parts) > 1 else ""
        ids = [r for r in regex.split(r"[\s,]+", parts[0].strip()) if r]
        line, col = doc.line_col(start)
        out.append(
            Directive(
                kind=cast(DirectiveKind, kind),
                rules=ids,
                reason=reason or None,
                text=doc.text[start:end],
                start=start,
                end=end,
                line=line,
                column=col,
                unknown_rules=[r for r in ids if r != ALL and r not in known],
            )
        )
    out += _malformed(doc, [(s, e) for s, e, _, _ in spans])
    return sorted(out, key=lambda d: d.start)


# Any line break the document counts (``Document.line_col``): \r\n, \r or \n. Other characters
# that str.splitlines() breaks on (U+2028, form feed, ...) are not lines to an editor.
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_CONTENT = regex.compile(r"\S")


def _next_content_line(doc: Document, offset: int) -> int | None:
    """The line number of the first non-blank line after the one containing ``offset``."""
    brk = _LINE_BREAK.search(doc.text, offset)
    if brk is None:
        return None
    content = _CONTENT.search(doc.text, brk.end())
    return doc.line_col(content.start())[0] if content is not None else None


@dataclass(frozen=True)
class _Range:
    rule: str
    start: int
    end: int
    directive: Directive


def _ranges(doc: Document, directives: list[Directive]) -> list[_Range]:
    open_at: dict[str, tuple[int, Directive]] = {}
    ranges: list[_Range] = []
    for d in directives:
        for rule in d.rules:
            if d.kind == "disable":
                open_at.setdefault(rule, (d.end, d))
            elif d.kind == "enable":
                if rule == ALL:
                    ranges.extend(_Range(r, start, d.start, opener) for r, (start, opener) in open_at.items())
                    open_at.clear()
                elif rule in open_at:
                    start, opener = open_at.pop(rule)
                    ranges.append(_Range(rule, start, d.start, opener))
    ranges.extend(_Range(rule, start, len(doc.text), opener) for rule, (start, opener) in open_at.items())
    return ranges


class _RangeIndex:
    """disable/enable ranges per rule id, sorted by start, for a binary search per finding.

    One id's ranges never overlap (a second ``disable`` of an open id is ignored), but an id's
    ranges and ``all``'s may, so both lists are searched."""

    def __init__(self, ranges: list[_Range]) -> None:
        self._by_rule: dict[str, list[_Range]] = {}
        for r in sorted(ranges, key=lambda r: r.start):
            self._by_rule.setdefault(r.rule, []).append(r)
        self._starts = {rule: [r.start for r in rs] for rule, rs in self._by_rule.items()}

    def covering(self, rule: str, offset: int) -> list[Directive]:
        out: list[Directive] = []
        for key in (rule, ALL):
            ranges = self._by_rule.get(key)
            if not ranges:
                continue
            i = bisect.bisect_right(self._starts[key], offset) - 1
            if i >= 0 and ranges[i].start <= offset < ranges[i].end:
                out.append(ranges[i].directive)
        return out


def apply_directives(
    findings: list[Finding], doc: Document, directives: list[Directive], rules: dict[str, Rule]
) -> tuple[list[Finding], list[Finding]]:
    """Split findings into (kept, suppressed); marks each directive that silenced something as used.

    Near-linear: next-line directives are indexed by (line, rule), ranges by rule and start."""
    if not directives:
        return findings, []
    next_line: dict[tuple[int, str], list[Directive]] = {}
    for d in directives:
        if d.kind not in ("disable-next-line", "disable-line"):
            continue
        target = d.line if d.kind == "disable-line" else _next_content_line(doc, d.end)
        if target is not None:
            for rule_id in set(d.rules):
                next_line.setdefault((target, rule_id), []).append(d)
    ranges = _RangeIndex(_ranges(doc, directives))
    kept: list[Finding] = []
    hidden: list[Finding] = []
    for f in findings:
        rule = rules.get(f.rule)
        if rule is not None and not rule.suppressible:
            kept.append(f)
            continue
        by = next_line.get((f.line, f.rule), []) + next_line.get((f.line, ALL), [])
        by += ranges.covering(f.rule, f.start)
        for d in by:
            d.used = True
        (hidden if by else kept).append(f)
    return kept, hidden


def evaluate_with_suppressions(
    rules: list[Rule],
    result: ArticleResult,
    doc: Document,
    directives: list[Directive],
    *,
    levels: Mapping[str, str] | None = None,
    outlets: OutletIndex | None = None,
    file_issues: list[FileIssue] | None = None,
    warnings: list[str] | None = None,
    cue_forms: frozenset[str] | None = None,
) -> tuple[list[Finding], list[Finding]]:
    """Evaluate, apply the suppression comments, then run the rules about the comments themselves
    (which need to know whether each comment silenced anything). Returns (kept, suppressed)."""
    content = [r for r in rules if r.suppressible]
    about_comments = [r for r in rules if not r.suppressible]
    found = evaluate(
        content,
        result,
        doc,
        levels=levels,
        directives=directives,
        outlets=outlets,
        file_issues=file_issues,
        warnings=warnings,
        cue_forms=cue_forms,
    )
    kept, hidden = apply_directives(found, doc, directives, {r.id: r for r in rules})
    kept += evaluate(
        about_comments,
        result,
        doc,
        levels=levels,
        directives=directives,
        outlets=outlets,
        file_issues=file_issues,
        cue_forms=cue_forms,
    )
    return sorted(kept, key=Finding.sort_key), hidden


# --------------------------------------------------------------------------- baselines

BASELINE_VERSION = 1


@dataclass(frozen=True)
class BaselineEntry:
    path: str  # relative to the baseline file's folder, with / separators
    rule: str
    fingerprint: str
    message: str = ""


def _rel(path: str, base: Path) -> str:
    p = Path(path)
    try:
        return Path(os.path.realpath(p)).relative_to(os.path.realpath(base)).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


class Baseline:
    """Known findings, matched by file and fingerprint (so line moves do not matter)."""

    def __init__(self, entries: Iterable[BaselineEntry], base: Path) -> None:
        self.base = base
        self._counts: Counter[tuple[str, str]] = Counter((e.path, e.fingerprint) for e in entries)

    def split(self, findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
        """Return (new, baselined) findings."""
        remaining = Counter(self._counts)
        new: list[Finding] = []
        old: list[Finding] = []
        for f in findings:
            key = (_rel(f.path, self.base), f.fingerprint)
            if remaining[key] > 0:
                remaining[key] -= 1
                old.append(f)
            else:
                new.append(f)
        return new, old


def load_baseline(path: Path) -> Baseline:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProvenanceError("baseline file not found (create it with --write-baseline)", str(path)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ProvenanceError(f"cannot read baseline ({err})", str(path)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ProvenanceError(f"invalid JSON in baseline: {err.msg}", str(path), err.lineno) from None
    if (
        not isinstance(data, dict)
        or data.get("version") != BASELINE_VERSION
        or not isinstance(data.get("findings"), list)
    ):
        raise ProvenanceError(
            f"not a provenance baseline (expected version {BASELINE_VERSION} and a findings list)", str(path), 1
        )
    entries = []
    for item in data["findings"]:
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("path", "rule", "fingerprint")):
            raise ProvenanceError("baseline entries need path, rule and fingerprint strings", str(path))
        entries.append(BaselineEntry(item["path"], item["rule"], item["fingerprint"], str(item.get("message", ""))))
    return Baseline(entries, path.parent)


def write_baseline(path: Path, findings: list[Finding]) -> int:
    """Record ``findings``; returns how many were written. Sorted so the file diffs cleanly."""
    base = path.parent
    entries = sorted(
        (BaselineEntry(_rel(f.path, base), f.rule, f.fingerprint, f.message) for f in findings),
        key=lambda e: (e.path, e.rule, e.fingerprint),
    )
    data = {
        "version": BASELINE_VERSION,
        "tool": "provenance",
        "findings": [e.__dict__ for e in entries],
    }
    try:
        # A file name that is not UTF-8 (surrogate escapes) is written as a JSON \\u escape, which
        # reads back as the same name.
        path.write_bytes((json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace"))
    except OSError as err:
        raise ProvenanceError(f"cannot write baseline ({err.strerror})", str(path)) from None
    return len(entries)
