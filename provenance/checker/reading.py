"""Reading one checked file: a Document, or the reason it is not analysed.

A file that cannot be read (not UTF-8, a device, a folder that cannot be listed) or that is
beyond the configured limits becomes a ``FileIssue``; the rules `read-error`, `file-too-large`
and `line-too-long` turn it into a finding for that file while every other file is still checked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import regex

from provenance.config import Config
from provenance.document import Document, make_document, read_document
from provenance.errors import InputTooLarge, ProvenanceError
from provenance.files import STDIN, regular_file_problem
from provenance.policy import FileIssue
from provenance.policy.schema import FileIssueKind

_LINE_BREAK = regex.compile(r"\r\n|\r|\n")  # the line breaks Document.line_col counts


@dataclass
class ReadFile:
    """A file as the checker sees it; ``issues`` non-empty means: not analysed."""

    doc: Document
    issues: list[FileIssue] = field(default_factory=list)

    @property
    def analysable(self) -> bool:
        return not self.issues


def unread(path: str, kind: FileIssueKind, message: str) -> ReadFile:
    return ReadFile(make_document("", path, markdown=False), [FileIssue(kind, message)])


def _long_line(text: str, limit: int) -> tuple[int, int, int] | None:
    """(line, start offset, length) of the first line longer than ``limit`` characters."""
    start, line = 0, 1
    for brk in _LINE_BREAK.finditer(text):
        if brk.start() - start > limit:
            return line, start, brk.start() - start
        start, line = brk.end(), line + 1
    if len(text) - start > limit:
        return line, start, len(text) - start
    return None


def _line_issue(doc: Document, limit: int) -> FileIssue | None:
    found = _long_line(doc.text, limit)
    if found is None:
        return None
    line, start, length = found
    return FileIssue(
        "line-too-long",
        f"line {line} is {length:,} characters long (max-line-length: {limit:,})",
        start=start,
        end=start + 1,
        line=line,
        column=1,
    )


def read_checked(path: str, cfg: Config, stdin_name: str | None = None) -> ReadFile:
    """Read ``path`` (``-``: standard input) under ``cfg``'s limits; never raises for the file's content."""
    if path != STDIN:
        problem = regular_file_problem(path)
        if problem is not None:
            return unread(path, "read-error", problem)
        size = os.path.getsize(path)
        if size > cfg.max_file_bytes:
            return unread(
                path,
                "file-too-large",
                f"the file is {size:,} bytes (max-file-size: {cfg.max_file_bytes:,})",
            )
    try:
        # The limit is applied while reading: standard input (or a file that grew since it was
        # measured) is never held in memory beyond max-file-size + 1 bytes.
        doc = read_document(path, max_bytes=cfg.max_file_bytes)
    except InputTooLarge:
        what = "standard input" if path == STDIN else "the file"
        return unread(
            stdin_name or path, "file-too-large", f"{what} is over {cfg.max_file_bytes:,} bytes (max-file-size)"
        )
    except ProvenanceError as err:
        return unread(err.path or path, "read-error", err.message)
    if path == STDIN and stdin_name:
        doc = make_document(doc.text, stdin_name)
    issue = _line_issue(doc, cfg.max_line_chars)
    return ReadFile(doc, [issue] if issue else [])
