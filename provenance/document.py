"""Reading an article: which characters are prose, where paragraphs are, and line:column.

Markdown front matter, fenced code blocks and HTML comments are not prose. Rather than cutting
them out (which would shift every offset) they are blanked to spaces in a same-length
``prose`` string, so an offset into ``prose`` is an offset into the original file.
"""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, field
from pathlib import Path

import regex

from provenance.errors import ProvenanceError

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}

_FRONT_MATTER = regex.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)
_FENCE = regex.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", regex.S | regex.M)
_HTML_COMMENT = regex.compile(r"<!--.*?(?:-->|\Z)", regex.S)
# Markdown syntax that is not words: heading/blockquote/list markers, emphasis, link targets.
_MD_LINE_MARKERS = regex.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]|>[ \t]?|[-*+][ \t]|\d{1,9}[.)][ \t])", regex.M)
_MD_LINK_TARGET = regex.compile(r"(?<=\])\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_MD_IMAGE = regex.compile(r"!\[[^\]]*\]\([^()]*\)")
_MD_EMPHASIS = regex.compile(r"(?<![\w*_])(?:\*\*|__|\*|_)(?=\S)|(?<=\S)(?:\*\*|__|\*|_)(?![\w*_])")
_BLANK_LINES = regex.compile(r"\n[ \t\r]*\n")
# A date stamp that export tools put before the first line ("date 2024-01-04 The US has ..."):
# metadata, not the first words of the story's first sentence.
_DATE_STAMP = regex.compile(
    r"\A\s*(?:date|dated|published|updated)[ \t]*:?[ \t]+\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?(?=\s|\Z)",
    regex.I,
)


def _blank(chars: list[str], start: int, end: int) -> None:
    """Replace a region by spaces, keeping newlines so lines and offsets stay put."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def blank_spans(prose: str, spans: list[tuple[int, int]]) -> str:
    """``prose`` with the given spans blanked (newlines kept), e.g. credit lines before parsing."""
    chars = list(prose)
    for start, end in spans:
        _blank(chars, start, end)
    return "".join(chars)


def markdown_prose(text: str) -> str:
    """Return ``text`` with non-prose Markdown blanked; same length as ``text``."""
    chars = list(text)
    m = _FRONT_MATTER.match(text)
    if m:
        _blank(chars, 0, m.end())
    for rx in (_FENCE, _HTML_COMMENT, _MD_IMAGE):
        for m in rx.finditer(text):
            _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for rx in (_MD_LINE_MARKERS, _MD_LINK_TARGET, _MD_EMPHASIS):
        for m in rx.finditer(masked):
            _blank(chars, m.start(), m.end())
    for i, ch in enumerate(chars):
        if ch in "[]" and text[i] in "[]":
            chars[i] = " "
    return "".join(chars)


@dataclass(frozen=True)
class Paragraph:
    """A run of prose between blank lines; ``text`` is ``Document.prose[start:end]``."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """An article as read from disk (or stdin): original text plus its prose view."""

    path: str
    text: str
    prose: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset, as an editor shows them."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def paragraph_at(self, offset: int) -> Paragraph | None:
        starts = [p.start for p in self.paragraphs]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None


def split_paragraphs(prose: str) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    pos = 0
    bounds = [(m.start(), m.end()) for m in _BLANK_LINES.finditer(prose)] + [(len(prose), len(prose))]
    for cut_start, cut_end in bounds:
        start, end = pos, cut_start
        while start < end and prose[start].isspace():
            start += 1
        while end > start and prose[end - 1].isspace():
            end -= 1
        if end > start:
            paragraphs.append(Paragraph(len(paragraphs), start, end, prose[start:end]))
        pos = cut_end
    return paragraphs


def make_document(text: str, path: str = "<text>", markdown: bool | None = None) -> Document:
    """Build a Document from a string; ``markdown`` defaults to the path's suffix."""
    if markdown is None:
        markdown = Path(path).suffix.lower() in MARKDOWN_SUFFIXES
    prose = markdown_prose(text) if markdown else text
    stamp = _DATE_STAMP.match(prose)
    if stamp:
        prose = blank_spans(prose, [(0, stamp.end())])
    line_starts = [0] + [m.end() for m in regex.finditer(r"\r\n|\r|\n", text)]
    return Document(path=path, text=text, prose=prose, paragraphs=split_paragraphs(prose), _line_starts=line_starts)


def with_prose(doc: Document, prose: str) -> Document:
    """The same document with another same-length prose view (paragraphs recomputed)."""
    return Document(
        path=doc.path, text=doc.text, prose=prose, paragraphs=split_paragraphs(prose), _line_starts=doc._line_starts
    )


def read_document(path: str) -> Document:
    """Read a file (``-`` is stdin) as UTF-8; any failure is a one-line ProvenanceError."""
    if path == "-":
        try:
            text = sys.stdin.read()
        except UnicodeDecodeError as err:
            raise ProvenanceError(f"stdin is not valid UTF-8 ({err.reason})", "<stdin>") from None
        return make_document(text, "<stdin>", markdown=False)
    p = Path(path)
    if not p.exists():
        raise ProvenanceError("no such file", path)
    if p.is_dir():
        raise ProvenanceError("is a directory, expected a file", path)
    try:
        raw = p.read_bytes()
    except OSError as err:
        raise ProvenanceError(f"cannot read file ({err.strerror})", path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ProvenanceError(f"not valid UTF-8 text (byte {err.start})", path) from None
    # Offsets must match what an editor shows; Python's universal-newline
    # translation is deliberately not applied (bytes were decoded as-is).
    return make_document(text, path)
