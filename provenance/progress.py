"""Progress on long runs, always on standard error (standard output carries the report).

On a terminal: a rich progress bar that disappears when done. Otherwise (a CI log, a pipe): one
quiet line per file, so a slow cold run in CI shows it is alive. Runs of fewer than
``MIN_FILES`` files show nothing: a pre-commit hook checking two articles stays silent.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from provenance.errors import terminal_safe

MIN_FILES = 5


class LineProgress:
    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.done, self.stream = total, 0, stream

    def advance(self, path: str) -> None:
        self.done += 1
        print(f"provenance: [{self.done}/{self.total}] {terminal_safe(path)}", file=self.stream, flush=True)


class BarProgress:
    def __init__(self, bar: Any, task: Any) -> None:  # rich's types stay a lazy import
        self.bar, self.task = bar, task

    def advance(self, path: str) -> None:
        self.bar.update(self.task, advance=1, description=terminal_safe(path)[-40:])


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress_for(
    total: int, *, enabled: bool = True, stream: TextIO | None = None
) -> Iterator[LineProgress | BarProgress | None]:
    """A progress reporter for ``total`` files, or None when there is nothing worth showing."""
    out = stream if stream is not None else sys.stderr
    if not enabled or total < MIN_FILES:
        yield None
        return
    if not _is_tty(out):
        yield LineProgress(total, out)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(file=out), transient=True) as bar:
        yield BarProgress(bar, bar.add_task("analysing", total=total))
