"""Reading an article: which characters are prose, where paragraphs are, and line:column.

Markdown front matter, fenced code blocks, HTML comments and tables are not prose. Rather than
cutting them out (which would shift every offset) they are blanked to spaces in a same-length
``prose`` string, so an offset into ``prose`` is an offset into the original file. A Markdown
list stays prose, but each item is a paragraph of its own, as an editor reads it: a quote in a
list item is still found, and a long list never reaches the parser as one sentence.

Encodings: UTF-8, UTF-8 with a byte-order mark, and UTF-16 (LE or BE) with a byte-order mark.
The BOM is not part of the text: offsets are character offsets into the decoded text after
it, which is what an editor shows as line 1, column 1. Anything else (another encoding, a NUL
byte, UTF-16 without a BOM) is a ProvenanceError naming the file and the byte offset.
"""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, field
from pathlib import Path

import regex

from provenance.errors import InputTooLarge, ProvenanceError
from provenance.lazyregex import lazy_regex

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
# Patterns for Markdown only are compiled on first use (lazy_regex): plain text never needs them.

_FRONT_MATTER = lazy_regex(r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)
# The same block read for its fields (archive metadata, the HTML report's heading): YAML between
# --- lines, or TOML between +++ lines; only top-level scalar "key: value" / "key = value" lines.
_YAML_FIELDS = regex.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)
_TOML_FIELDS = regex.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", regex.S)
_FIELD_LINE = regex.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$", regex.M)
_FENCE = lazy_regex(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", regex.S | regex.M)
_HTML_COMMENT = lazy_regex(r"<!--.*?(?:-->|\Z)", regex.S)
# In plain text only provenance's own comments are markup (suppression directives); any other
# "<!--" is the article's text. Bounded to one line's worth so an unclosed one cannot swallow more.
_DIRECTIVE_COMMENT = regex.compile(r"<!--[ \t]*provenance[-_: ][^\n]{0,2000}?-->", regex.I)
# Markdown syntax that is not words: heading/blockquote/list markers, emphasis, link targets.
_MD_LINE_MARKERS = lazy_regex(r"^[ \t]{0,3}(?:#{1,6}[ \t]|>[ \t]?|[-*+][ \t]|\d{1,9}[.)][ \t])", regex.M)
_MD_LINK_TARGET = lazy_regex(r"(?<=\])\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_MD_IMAGE = lazy_regex(r"!\[[^\]]*\]\([^()]*\)")
# Inline code (`x`, ``x``): a code span is never prose, whatever quote marks it holds.
_MD_INLINE_CODE = lazy_regex(r"(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)")
# An indented code block: lines indented four spaces or a tab, after a blank line (it cannot
# interrupt a paragraph) and not under a list item (whose continuation lines are indented too).
_MD_INDENTED_RUN = lazy_regex(r"(?:^(?:    |\t)[^\n]*(?:\n|\Z))+", regex.M)
_MD_EMPHASIS = lazy_regex(r"(?<![\w*_])(?:\*\*|__|\*|_)(?=\S)|(?<=\S)(?:\*\*|__|\*|_)(?![\w*_])")
_BLANK_LINES = regex.compile(r"\n[ \t\r]*\n")
# A GFM table: a header row, a delimiter row (| --- | :-: |), then rows up to a blank line; or
# any run of two or more lines that start with a pipe.
_TABLE_DELIMITER = lazy_regex(r"^[ \t]{0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?$", regex.M)
_PIPE_LINE = lazy_regex(r"^[ \t]{0,3}\|[^\n]*(?:\n|\Z)", regex.M)
# The start of a list item: "- ", "* ", "+ ", "1. ", "1) ", indented or not.
_LIST_ITEM = lazy_regex(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S", regex.M)
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


def strip_emphasis(text: str) -> str:
    """A string without Markdown emphasis markers, for result fields that have no offsets
    (a resolved name, a role copied from another mention)."""
    return _MD_EMPHASIS().sub("", text) if ("*" in text or "_" in text) else text


def blank_spans(prose: str, spans: list[tuple[int, int]]) -> str:
    """``prose`` with the given spans blanked (newlines kept), e.g. credit lines before parsing."""
    chars = list(prose)
    for start, end in spans:
        _blank(chars, start, end)
    return "".join(chars)


def _line_span(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end + 1


def table_spans(text: str) -> list[tuple[int, int]]:
    """Markdown tables: (start, end) of each, whole lines. Cells are not sentences; sent to the
    parser they would be one endless sentence (a 300-row table is thousands of words)."""
    spans: list[tuple[int, int]] = []
    for m in _TABLE_DELIMITER().finditer(text):
        # "---" alone underlines a heading; a table's delimiter row has a pipe, and so has its header.
        if "|" not in m.group() or m.start() == 0:
            continue
        header_start, header_end = _line_span(text, m.start() - 1)
        if "|" not in text[header_start:header_end]:
            continue
        end = _line_span(text, m.start())[1]
        while end < len(text):  # rows: every following line with a pipe, up to a blank line
            row_end = _line_span(text, end)[1]
            if "|" not in text[end:row_end] or not text[end:row_end].strip():
                break
            end = row_end
        spans.append((header_start, end))
    run: list[tuple[int, int]] = []  # consecutive lines that start with a pipe
    for m in _PIPE_LINE().finditer(text):
        if run and m.start() != run[-1][1]:
            if len(run) >= 2:
                spans.append((run[0][0], run[-1][1]))
            run = []
        run.append((m.start(), m.end()))
    if len(run) >= 2:
        spans.append((run[0][0], run[-1][1]))
    return spans


def list_item_starts(text: str) -> list[int]:
    """Offsets where Markdown list items start (outside code blocks and front matter, which
    are blank in ``text`` when it is the prose view)."""
    return [m.start() for m in _LIST_ITEM().finditer(text)]


def _paragraph_start(text: str, end: int, max_lines: int = 200) -> int:
    """Where the paragraph ending at ``end`` starts: after the nearest blank line above."""
    pos = end
    for _ in range(max_lines):
        nl = text.rfind("\n", 0, pos)
        if nl < 0:
            return 0
        if not text[nl + 1 : pos].strip():
            return pos + 1  # the first character of the paragraph's first line
        pos = nl
    return pos + 1


def indented_code_spans(text: str) -> list[tuple[int, int]]:
    """Indented code blocks: a run of indented lines after a blank line (or the start), unless
    the paragraph before the blank line is a list item (its indented continuation is prose).
    Linear: only the few characters before each run are looked at."""
    out = []
    for m in _MD_INDENTED_RUN().finditer(text):
        start = m.start()
        if not m.group().strip():
            continue
        if start:
            gap = regex.search(r"\n[ \t\r]*\n[ \t\r]*\Z", text, pos=max(0, start - 200), endpos=start)
            if gap is None:
                continue  # right under a paragraph line: a lazy continuation, not code
            if _LIST_ITEM().match(text, _paragraph_start(text, gap.start()), gap.start() + 1):
                continue
        out.append((start, m.end()))
    return out


def markdown_prose(text: str) -> str:
    """Return ``text`` with non-prose Markdown blanked; same length as ``text``."""
    chars = list(text)
    m = _FRONT_MATTER().match(text)
    if m:
        _blank(chars, 0, m.end())
    for rx in (_FENCE(), _HTML_COMMENT(), _MD_IMAGE()):
        for m in rx.finditer(text):
            _blank(chars, m.start(), m.end())
    for start, end in indented_code_spans("".join(chars)):
        _blank(chars, start, end)
    for m in _MD_INLINE_CODE().finditer("".join(chars)):
        _blank(chars, m.start(), m.end())
    for start, end in table_spans("".join(chars)):
        _blank(chars, start, end)
    masked = "".join(chars)
    for rx in (_MD_LINE_MARKERS(), _MD_LINK_TARGET(), _MD_EMPHASIS()):
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
    # Offsets where a paragraph starts although no blank line precedes it (Markdown list items).
    breaks: tuple[int, ...] = ()
    _paragraph_starts: list[int] | None = field(default=None, repr=False, compare=False)
    # The Markdown prose view as first made (markup blanked, nothing else): what ``display``
    # removes. Later prose views (credit lines blanked for the parser) do not change it.
    _markup: str | None = field(default=None, repr=False, compare=False)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset, as an editor shows them."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def display(self, start: int, end: int) -> str:
        """``text[start:end]`` without the Markdown markup the prose view blanked (emphasis
        markers, link targets), for the text fields of results: offsets stay those of the file,
        but an editor reading "the *mayor*" as a role should see "the mayor"."""
        view = self._markup
        if view is None or view[start:end] == self.text[start:end]:
            return self.text[start:end]
        kept = [
            ch
            for ch, seen in zip(self.text[start:end], view[start:end], strict=True)
            if ch == seen or not seen.isspace()
        ]
        return "".join(kept)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        # Built once: called per sentence, a fresh list each time made long articles quadratic.
        if self._paragraph_starts is None or len(self._paragraph_starts) != len(self.paragraphs):
            self._paragraph_starts = [p.start for p in self.paragraphs]
        starts = self._paragraph_starts
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None


def split_paragraphs(prose: str, breaks: tuple[int, ...] | list[int] = ()) -> list[Paragraph]:
    """Paragraphs: runs of prose between blank lines, also cut at each offset in ``breaks``."""
    paragraphs: list[Paragraph] = []
    pos = 0
    bounds = [(m.start(), m.end()) for m in _BLANK_LINES.finditer(prose)]
    if breaks:
        bounds = sorted({*bounds, *((b, b) for b in breaks if 0 < b < len(prose))})
    bounds.append((len(prose), len(prose)))
    for cut_start, cut_end in bounds:
        start, end = pos, cut_start
        while start < end and prose[start].isspace():
            start += 1
        while end > start and prose[end - 1].isspace():
            end -= 1
        if end > start:
            paragraphs.append(Paragraph(len(paragraphs), start, end, prose[start:end]))
        pos = max(pos, cut_end)
    return paragraphs


def make_document(text: str, path: str = "<text>", markdown: bool | None = None) -> Document:
    """Build a Document from a string; ``markdown`` defaults to the path's suffix."""
    if markdown is None:
        markdown = Path(path).suffix.lower() in MARKDOWN_SUFFIXES
    breaks: tuple[int, ...] = ()
    markup: str | None = None
    if markdown:
        # Found before the markers are blanked, in text whose code blocks are already blank.
        prose = markup = markdown_prose(text)
        breaks = tuple(list_item_starts(_non_code(text)))
    else:
        prose = blank_spans(text, [m.span() for m in _DIRECTIVE_COMMENT.finditer(text)]) if "<!--" in text else text
    stamp = _DATE_STAMP.match(prose)
    if stamp:
        prose = blank_spans(prose, [(0, stamp.end())])
    line_starts = [0] + [m.end() for m in regex.finditer(r"\r\n|\r|\n", text)]
    return Document(
        path=path,
        text=text,
        prose=prose,
        paragraphs=split_paragraphs(prose, breaks),
        _line_starts=line_starts,
        breaks=breaks,
        _markup=markup,
    )


def front_matter(text: str) -> tuple[int, dict[str, str]]:
    """Where the front matter ends (0: none) and its top-level scalar keys (casefolded keys,
    unquoted values). A broken block is no error: it is simply not front matter."""
    m = _YAML_FIELDS.match(text) or _TOML_FIELDS.match(text)
    if not m:
        return 0, {}
    out: dict[str, str] = {}
    for line in _FIELD_LINE.finditer(m.group(1)):
        key, value = line.group(1).casefold(), line.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value and key not in out:
            out[key] = value.strip()
    return m.end(), out


def _non_code(text: str) -> str:
    """``text`` with front matter, fenced code and HTML comments blanked (same length)."""
    chars = list(text)
    m = _FRONT_MATTER().match(text)
    if m:
        _blank(chars, 0, m.end())
    for rx in (_FENCE(), _HTML_COMMENT()):
        for m in rx.finditer(text):
            _blank(chars, m.start(), m.end())
    return "".join(chars)


def with_prose(doc: Document, prose: str) -> Document:
    """The same document with another same-length prose view (paragraphs recomputed)."""
    return Document(
        path=doc.path,
        text=doc.text,
        prose=prose,
        paragraphs=split_paragraphs(prose, doc.breaks),
        _line_starts=doc._line_starts,
        breaks=doc.breaks,
        _markup=doc._markup,
    )


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_text(raw: bytes, path: str) -> str:
    """Decode an article: UTF-8, or UTF-8 / UTF-16 with a byte-order mark (the BOM is dropped;
    offsets count characters after it). Anything else is a ProvenanceError with the byte offset."""
    encoding, skip = "utf-8", 0
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding, skip = name, len(bom)
            break
    try:
        text = raw[skip:].decode(encoding)
    except UnicodeDecodeError as err:
        label = "UTF-8" if encoding == "utf-8" else "UTF-16"
        raise ProvenanceError(f"not valid {label} text (byte {err.start + skip})", path) from None
    nul = text.find("\x00")
    if nul >= 0:
        # Valid UTF-8 but not text: a binary file, or UTF-16 saved without a BOM.
        at = len(text[:nul].encode(encoding)) + skip
        raise ProvenanceError(f"not a text file (NUL byte at byte {at}; UTF-16 needs a byte-order mark)", path)
    return text


def _read_limited(stream, max_bytes: int | None) -> bytes:
    if max_bytes is None:
        return stream.read()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(f"over {max_bytes:,} bytes")
    return data


def read_document(path: str, *, max_bytes: int | None = None) -> Document:
    """Read a file (``-`` is stdin) as UTF-8 (or UTF-8/UTF-16 with a BOM); any failure is a
    one-line ProvenanceError naming the file. With ``max_bytes``, an input over that size raises
    InputTooLarge after reading at most ``max_bytes + 1`` bytes."""
    if path == "-":
        try:
            if hasattr(sys.stdin, "buffer"):
                raw = _read_limited(sys.stdin.buffer, max_bytes)
            else:  # a text stream (tests): its characters as UTF-8
                raw = sys.stdin.read().encode("utf-8")
                if max_bytes is not None and len(raw) > max_bytes:
                    raise InputTooLarge(f"over {max_bytes:,} bytes")
        except InputTooLarge as err:
            raise InputTooLarge(err.message, "<stdin>") from None
        except (OSError, UnicodeDecodeError) as err:
            raise ProvenanceError(f"cannot read stdin ({err})", "<stdin>") from None
        return make_document(decode_text(raw, "<stdin>"), "<stdin>", markdown=False)
    p = Path(path)
    if not p.exists():
        raise ProvenanceError("no such file", path)
    if p.is_dir():
        raise ProvenanceError("is a directory, expected a file", path)
    try:
        with p.open("rb") as fh:
            raw = _read_limited(fh, max_bytes)
    except InputTooLarge as err:
        raise InputTooLarge(err.message, path) from None
    except OSError as err:
        raise ProvenanceError(f"cannot read file ({err.strerror})", path) from None
    # Offsets must match what an editor shows; Python's universal-newline
    # translation is deliberately not applied (bytes were decoded as-is).
    return make_document(decode_text(raw, path), path)
