"""The one file collector: command-line paths → the article files to read.

Used by every command that reads articles (check, extract, parse, bench). Folders are walked in
sorted order (a stable report order), hidden folders and files are skipped, and a file is taken
when the config's include globs (or ``--glob``) match it and no exclude glob does. Explicit file
names are kept unless a config excludes them (pre-commit passes every staged file).

Nothing here blocks or hides a file: a named pipe or device inside a folder is skipped with a
warning (opening a FIFO would wait forever for a writer); one named explicitly, or a folder that
cannot be listed, is reported as unreadable, so the caller can turn it into a finding or an error
instead of saying "no files to check".
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from provenance.config import DEFAULT_INCLUDE, ConfigCache
from provenance.document import Document, read_document
from provenance.errors import ProvenanceError
from provenance.globs import GlobSet, check_globs

STDIN = "-"


@dataclass(frozen=True)
class Unreadable:
    """A path that should have been checked and cannot be: becomes a ``read-error`` finding."""

    path: str
    reason: str


@dataclass(frozen=True)
class Excluded:
    """A file a config's ``exclude`` glob left out: when nothing is left to check, the user is
    told which glob of which config did it, not only that there was nothing."""

    path: str
    pattern: str
    config: str  # the config file's path


@dataclass
class FileList:
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # skipped entries, one line each
    unreadable: list[Unreadable] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)

    def nothing_found(self, globs: Sequence[str]) -> str:
        """The one-line explanation when no file is left to check."""
        if self.excluded:
            first = self.excluded[0]
            more = f" and {len(self.excluded) - 1} more" if len(self.excluded) > 1 else ""
            return f"no files to check: {first.path}{more} excluded by '{first.pattern}' in {first.config}"
        return "no files to check (folders are searched for " + ", ".join(globs) + ")"

    def raise_unreadable(self) -> None:
        """For commands without findings (extract, parse): the first unreadable path is an error."""
        if self.unreadable:
            first = self.unreadable[0]
            raise ProvenanceError(first.reason, first.path)


def _is_hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def regular_file_problem(path: str) -> str | None:
    """Why ``path`` is not a regular file that can be read without blocking (None if it is)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        if os.path.islink(path):
            return f"broken symbolic link ({err.strerror})"
        return f"cannot read file ({err.strerror})"
    if stat.S_ISREG(mode):
        return None
    return f"not a regular file ({_kind(mode)})"


class _Collector:
    def __init__(self, configs: ConfigCache | None, globs: Sequence[str] | None) -> None:
        self.configs = configs
        self.globs = GlobSet(check_globs(tuple(globs), "--glob")) if globs else None
        self.out = FileList()
        self.seen: set[str] = set()

    def add(self, p: str) -> None:
        key = p if p == STDIN else os.path.realpath(p)
        if key not in self.seen:
            self.seen.add(key)
            self.out.files.append(p)

    def excluded(self, file: Path) -> bool:
        if self.configs is None:
            return False
        cfg = self.configs.for_file(file)
        if not cfg.is_excluded(file):
            return False
        rel = cfg.relative(file) or file.name
        pattern = next((p for p in cfg.exclude if GlobSet((p,)).matches(rel)), ", ".join(cfg.exclude))
        self.out.excluded.append(Excluded(str(file), pattern, str(cfg.path)))
        return True

    def included(self, file: Path, root: str) -> bool:
        if self.globs is not None:
            return self.globs.matches(os.path.relpath(file, root).replace(os.sep, "/"))
        if self.configs is not None:
            return self.configs.for_file(file).is_included(file)
        return GlobSet(DEFAULT_INCLUDE).matches(file.name)

    def explicit(self, raw: str) -> None:
        if not os.path.lexists(raw):
            raise ProvenanceError("no such file or folder", raw)
        if self.excluded(Path(raw)):
            return
        problem = regular_file_problem(raw)
        if problem is None:
            self.add(raw)
        else:
            self.out.unreadable.append(Unreadable(raw, problem))

    def walk(self, root: str) -> None:
        def unlisted(err: OSError) -> None:
            folder = err.filename or root
            if not self.excluded(Path(folder)):
                self.out.unreadable.append(Unreadable(folder, f"cannot list folder ({err.strerror})"))

        for folder, dirs, files in os.walk(root, onerror=unlisted):
            # Hidden folders (.git, .venv) hold no articles; sorted for a stable report order.
            dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
            for name in sorted(files):
                if not _is_hidden(name):
                    self.walked_file(Path(folder) / name, root)

    def walked_file(self, file: Path, root: str) -> None:
        if self.excluded(file) or not self.included(file, root):
            return
        problem = regular_file_problem(str(file))
        if problem is not None:
            self.out.warnings.append(f"{file}: skipped: {problem}")
            return
        self.add(str(file))


def read_articles(paths: Sequence[str]) -> tuple[list[Document], list[str]]:
    """For commands without findings (extract, parse, bench): the documents, and the warnings
    about skipped entries; an unreadable path is an error (exit 2)."""
    found = collect_files(paths)
    found.raise_unreadable()
    return [read_document(p) for p in found.files], found.warnings


def collect_files(
    paths: Sequence[str], configs: ConfigCache | None = None, globs: Sequence[str] | None = None
) -> FileList:
    """Expand folders into article files; ``-`` stays as standard input.

    ``configs`` supplies include/exclude per file (None: the default include globs, no excludes);
    ``globs`` (``--glob``) replaces the include globs for folders."""
    collector = _Collector(configs, globs)
    for raw in paths:
        if raw == STDIN:
            collector.add(STDIN)
        elif os.path.isdir(raw):
            collector.walk(raw)
        else:
            collector.explicit(raw)
    return collector.out
