"""Pairing quotation marks: the lexical half of quote finding.

Marks pair by family (“ ” / ‘ ’ / « » / ‹ › / „ “ / straight " and '). Apostrophes are not
quote marks (Al-Amiri's, don’t, the '90s). A quote that runs across paragraphs follows the
newsroom convention: each new paragraph reopens it and only the last one closes it.
Unbalanced marks never raise: they come back as issues and the rest of the text still pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

# family, role: "open", "close" or "either" (straight marks decide by context)
MARKS: dict[str, tuple[str, str]] = {
    "“": ("double", "open"),
    "”": ("double", "close"),
    "„": ("double", "open"),
    "‟": ("double", "open"),
    '"': ("double", "either"),
    "«": ("guillemet", "open"),
    "»": ("guillemet", "close"),
    "‹": ("angle", "open"),
    "›": ("angle", "close"),
    "‘": ("single", "open"),
    "’": ("single", "close"),
    "‚": ("single", "open"),
    "'": ("single", "either"),
}
_MARK_RX = regex.compile("[" + regex.escape("".join(MARKS)) + "]")
_OPEN_BEFORE = regex.compile(r"[\s(\[{—–\-/:;,]|^", regex.V1)


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark
    family: str
    depth: int  # 0 for an outermost quote, 1 for a quote inside a quote, ...
    segments: tuple[tuple[int, int], ...] = ()  # one (start, end) per paragraph it spans

    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


@dataclass(frozen=True)
class MarkProblem:
    offset: int
    char: str
    problem: str  # "unclosed" | "unopened"


@dataclass
class _Open:
    offset: int
    char: str
    family: str
    depth: int
    segments: list[tuple[int, int]] = field(default_factory=list)
    seg_start: int = 0


def _is_apostrophe(text: str, i: int, single_open: bool) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True  # don't, Iraq's, Al-Amiri's
    if not prev.isalnum() and regex.match(r"\d\d?s?\b", text[i + 1 : i + 4]):
        return True  # '90s, ’08
    if prev in "sSzZ" and not nxt.isalnum() and not single_open:
        return True  # Hamas’ deputy, the officials' statement
    if prev.isalnum() and nxt.isspace() and not single_open:
        return True  # trailing elision: goin'
    return False


def _role(text: str, i: int, ch: str, family: str, role: str, top_family: str | None) -> str | None:
    """Decide whether the mark at ``i`` opens or closes a quote (None: not a quote mark)."""
    single_open = top_family == "single" or False
    if family == "single" and ch in "'’" and _is_apostrophe(text, i, single_open):
        return None
    if role != "either":
        return role
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opens = (prev.isspace() or prev in "([{—–-/:;" or i == 0) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if top_family == family else "open"


def pair_marks(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[QuoteSpan], list[MarkProblem]]:
    """Pair the quote marks in ``text`` within the given paragraph ranges."""
    spans: list[QuoteSpan] = []
    problems: list[MarkProblem] = []
    carried: _Open | None = None  # a double quote left open at a paragraph end
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        stack: list[_Open] = []
        marks = [(m.start(), m.group()) for m in _MARK_RX.finditer(text, p_start, p_end)]
        if carried is not None:
            first = marks[0] if marks else None
            reopens = (
                first is not None
                and text[p_start : first[0]].strip() == ""
                and MARKS[first[1]][0] == carried.family
                and _role(text, first[0], first[1], *MARKS[first[1]], None) == "open"
            )
            if reopens:
                carried.seg_start = first[0]
                stack.append(carried)
                marks = marks[1:]
            else:
                problems.append(MarkProblem(carried.offset, carried.char, "unclosed"))
            carried = None
        for i, ch in marks:
            family, role = MARKS[ch]
            top = stack[-1].family if stack else None
            if ch == "“" and top == "double" and any(o.char == "„" for o in stack):
                role = "close"  # German style „…“
            decided = _role(text, i, ch, family, role, top)
            if decided is None:
                continue
            if decided == "open":
                o = _Open(i, ch, family, len(stack))
                o.seg_start = i
                stack.append(o)
                continue
            match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].family == family), None)
            if match is None:
                if family != "single":  # a stray ’ is usually an apostrophe we could not tell apart
                    problems.append(MarkProblem(i, ch, "unopened"))
                continue
            for dropped in stack[match + 1 :]:
                if dropped.family != "single":
                    problems.append(MarkProblem(dropped.offset, dropped.char, "unclosed"))
            o = stack[match]
            del stack[match:]
            segments = tuple(o.segments) + ((o.seg_start, i + 1),)
            spans.append(QuoteSpan(o.offset, i + 1, family, o.depth, segments))
        # Whatever is still open at the paragraph end: an outermost double quote may
        # continue in the next paragraph; anything else is unbalanced.
        for k, o in enumerate(stack):
            if k == 0 and o.family in ("double", "guillemet") and p_index + 1 < len(paragraphs):
                o.segments.append((o.seg_start, p_end))
                carried = o
            elif o.family != "single":
                problems.append(MarkProblem(o.offset, o.char, "unclosed"))
    if carried is not None:
        problems.append(MarkProblem(carried.offset, carried.char, "unclosed"))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans, problems
