"""Errors a user can act on: one line, naming the file (and line), exit code 2."""

from __future__ import annotations


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
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message}".replace("\n", " ")
