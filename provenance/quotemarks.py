"""Pairing quotation marks: the lexical half of quote finding.

Marks pair by family (“ ” / ‘ ’ / « » / ‹ › / „ “ / straight " and '). Apostrophes are not
quote marks (Al-Amiri's, don’t, the '90s). A quote that runs across paragraphs follows the
newsroom convention: each new paragraph reopens it and only the last one closes it.
Unbalanced marks never raise: they come back as issues and the rest of the text still pairs.
A “ typed where a ” belongs ('“It's unusual,“ said Roe') closes the quote it can only end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

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
    # Two-character double marks: '' for both ends (the convention of some newspaper archives,
    # e.g. ''I think so,'' Roe said.) and `` for an opening one (Penn Treebank style text).
    "''": ("double", "either"),
    "``": ("double", "open"),
}
_MARK_RX = regex.compile("''|``|[" + regex.escape("".join(k for k in MARKS if len(k) == 1)) + "]")
_OPEN_BEFORE = regex.compile(r"[\s(\[{—–\-/:;,]|^", regex.V1)


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark
    family: str
    depth: int  # 0 for an outermost quote, 1 for a quote inside a quote, ...
    segments: tuple[tuple[int, int], ...] = ()  # one (start, end) per paragraph it spans

    open_width: int = 1  # characters of the opening mark ('' and `` are two)
    close_width: int = 1

    def inner(self) -> tuple[int, int]:
        return self.start + self.open_width, self.end - self.close_width


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
    nxt = text[i + len(ch)] if i + len(ch) < len(text) else " "
    opens = (prev.isspace() or prev in "([{—–-/:;" or i == 0) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if top_family == family else "open"


# Right before a mark: the end of a sentence ("... shell-shocked. “And she said").
_SENTENCE_END_BEFORE = regex.compile(r"[.!?…][’'”\")]*[ \t]+$")


class _Stack:
    """The open marks of a paragraph, with what pairing asks of it in O(1): the innermost open
    mark of a family, and whether a „ is open. (Scanning the stack for these made 10,000
    unclosed marks take seconds and 20,000 + 20,000 marks over a minute.)"""

    def __init__(self) -> None:
        self.items: list[_Open] = []
        self._by_family: dict[str, list[int]] = {}
        self.low_opens = 0  # „ marks on the stack (German „…“ pairing)

    def __len__(self) -> int:
        return len(self.items)

    def top_family(self) -> str | None:
        return self.items[-1].family if self.items else None

    def push(self, o: _Open) -> None:
        self._by_family.setdefault(o.family, []).append(len(self.items))
        self.items.append(o)
        self.low_opens += o.char == "„"

    def innermost(self, family: str) -> int | None:
        positions = self._by_family.get(family)
        return positions[-1] if positions else None

    def cut(self, k: int) -> list[_Open]:
        """Remove and return the items from position k up."""
        removed = self.items[k:]
        del self.items[k:]
        for o in removed:
            self._by_family[o.family].pop()
            self.low_opens -= o.char == "„"
        return removed


def _reopens(text: str, p_start: int, marks: list[tuple[int, str]], carried: _Open) -> bool:
    """Whether a paragraph opens with the mark that continues a quote left open before it."""
    if not marks:
        return False
    offset, ch = marks[0]
    return (
        text[p_start:offset].strip() == ""
        and MARKS[ch][0] == carried.family
        and _role(text, offset, ch, *MARKS[ch], None) == "open"
    )


def _close_paragraph(stack: _Stack, p_end: int, more: bool, problems: list[MarkProblem]) -> _Open | None:
    """Whatever is still open at a paragraph end: an outermost double quote may continue in the
    next paragraph (returned); anything else is unbalanced."""
    carried = None
    for k, o in enumerate(stack.items):
        if k == 0 and o.family in ("double", "guillemet") and more:
            o.segments.append((o.seg_start, p_end))
            carried = o
        elif o.family != "single":
            problems.append(MarkProblem(o.offset, o.char, "unclosed"))
    return carried


def marks_agreement(
    kind: str, start: int, end: int, paragraphs: list[tuple[int, int]], problems: list[MarkProblem]
) -> Literal["paired", "stray", "none"]:
    """Whether a quote's marks can be trusted: ``stray`` when the paragraphs the quote spans (or
    the one it is in) hold a mark that pairs with nothing: then which marks belong together, and
    so where the quote starts or ends, was guessed. Reported speech has no marks (``none``)."""
    if kind == "indirect":
        return "none"
    first = next((s for s, e in paragraphs if s <= start < e), start)
    last = next((e for s, e in paragraphs if s < end <= e), end)
    return "stray" if any(first <= p.offset < last for p in problems) else "paired"


def _end_unclosed_before(
    text: str, p_start: int, i: int, ch: str, stack: _Stack, spans: list[QuoteSpan], problems: list[MarkProblem]
) -> None:
    """A “ that opens a new sentence inside an open “ is no nesting (a title or a phrase in
    double marks inside a quote opens mid-sentence): the earlier one was never closed. Left open,
    it would pair with a mark paragraphs later; the best guess is that it ends where the next one
    opens (a span with no closing mark, and a problem that makes its evidence "stray")."""
    if not (
        ch == "“"
        and stack.top_family() == "double"
        and stack.items[-1].char == "“"
        and not stack.low_opens
        and _SENTENCE_END_BEFORE.search(text, p_start, i) is not None
    ):
        return
    for dropped in stack.cut(len(stack) - 1):
        problems.append(MarkProblem(dropped.offset, dropped.char, "unclosed"))
        end = len(text[:i].rstrip())
        if end > dropped.offset + len(dropped.char) and not dropped.segments:
            segments = ((dropped.offset, end),)
            spans.append(QuoteSpan(dropped.offset, end, "double", dropped.depth, segments, len(dropped.char), 0))


def _reversed_close(text: str, i: int, stack: _Stack) -> bool:
    """A “ typed where a ” belongs: right after a word or a comma or stop, before a space or the
    end, with a “ open ('“It's unusual,“ said Roe'). A “ that opens a quote follows a space, a
    bracket or a dash ('he said “no”'), so this one can only close."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return stack.items[-1].char == "“" and (prev.isalnum() or prev in ",.!?…") and (nxt.isspace() or nxt in ".,;:)")


def pair_marks(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[QuoteSpan], list[MarkProblem]]:
    """Pair the quote marks in ``text`` within the given paragraph ranges."""
    spans: list[QuoteSpan] = []
    problems: list[MarkProblem] = []
    carried: _Open | None = None  # a double quote left open at a paragraph end
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        stack = _Stack()
        marks = [(m.start(), m.group()) for m in _MARK_RX.finditer(text, p_start, p_end)]
        if carried is not None:
            if _reopens(text, p_start, marks, carried):
                carried.seg_start = marks[0][0]
                stack.push(carried)
                marks = marks[1:]
            else:
                problems.append(MarkProblem(carried.offset, carried.char, "unclosed"))
            carried = None
        for i, ch in marks:
            family, role = MARKS[ch]
            top = stack.top_family()
            if ch == "“" and top == "double" and (stack.low_opens or _reversed_close(text, i, stack)):
                role = "close"  # German style „…“, or a typed “ closing a “ ('“It's unusual,“ said Roe')
            decided = _role(text, i, ch, family, role, top)
            if decided is None:
                continue
            if decided == "open":
                _end_unclosed_before(text, p_start, i, ch, stack, spans, problems)
                o = _Open(i, ch, family, len(stack))
                o.seg_start = i
                stack.push(o)
                continue
            match = stack.innermost(family)
            if match is None:
                if family != "single":  # a stray ’ is usually an apostrophe we could not tell apart
                    problems.append(MarkProblem(i, ch, "unopened"))
                continue
            removed = stack.cut(match)
            o = removed[0]
            for dropped in removed[1:]:
                if dropped.family != "single":
                    problems.append(MarkProblem(dropped.offset, dropped.char, "unclosed"))
            end = i + len(ch)
            segments = tuple(o.segments) + ((o.seg_start, end),)
            spans.append(QuoteSpan(o.offset, end, family, o.depth, segments, len(o.char), len(ch)))
        carried = _close_paragraph(stack, p_end, p_index + 1 < len(paragraphs), problems)
    if carried is not None:
        problems.append(MarkProblem(carried.offset, carried.char, "unclosed"))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans, problems


# Two-character double quote marks ('' and ``, quotemarks.py): an opening one is followed by a
# word or another mark, a closing one is not.
_TWO_CHAR_MARK = regex.compile(r"(?<!['`])(?:''|``)(?!['`])")


def parser_view(text: str) -> str:
    """``text`` as the parser should read it, same length: a two-character quote mark becomes an
    ordinary " plus a space on its outer side. The tokenizer was trained on text with " marks;
    '' confused its sentence splitting (''...,'' Ms. White said: a sentence cut after "Ms.")."""
    if "''" not in text and "``" not in text:
        return text

    def one(m: regex.Match[str]) -> str:
        after = text[m.end() : m.end() + 1]
        return ' "' if after and (after.isalnum() or after in "\"'`‘“") else '" '

    return _TWO_CHAR_MARK.sub(one, text)
