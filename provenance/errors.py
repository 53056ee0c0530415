"""Errors a user can act on: one line, naming the file (and line), exit code 2."""

from __future__ import annotations

import re

# Characters that must never reach a terminal or a CI log raw from a file name or article text:
# C0 controls (ESC starts ANSI/OSC sequences; a newline in a file name starts a new log line,
# where GitHub Actions reads "::warning ..." as a command), DEL, C1 controls (a one-byte CSI),
# the Unicode line/paragraph separators, and bidirectional overrides (text that reads
# differently from how it is stored). Tab is kept.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character written out as a visible escape (``\\x1b``,
    ``\\n``, ``\\u202e``), so it stays on one line and cannot drive a terminal or a CI log."""
    return _UNSAFE.sub(lambda m: ascii(m.group())[1:-1], text)


class ProvenanceError(Exception):
    """A usage, config, model or input error.

    The CLI prints ``str(err)`` on one line and exits with code 2; nothing
    downstream of an error ever shows a traceback to the user.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            path = terminal_safe(self.path)
            where = f"{path}:{self.line}: " if self.line is not None else f"{path}: "
        # Line breaks inside a message (a YAML problem, an OS error) read as spaces.
        message = self.message.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
        return f"{where}{terminal_safe(message)}"


class InputTooLarge(ProvenanceError):
    """An input over the size a caller allowed (``read_document(..., max_bytes=N)``): read no
    further than that, so a 100 MB standard input is never held in memory whole."""
