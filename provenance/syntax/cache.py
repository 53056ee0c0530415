"""A persistent parse cache: SQLite in the user cache folder.

Keyed by model identity + paragraph text hash, so re-checking unchanged text parses nothing
and loads no model. The cache is an optimisation only: whatever happens to it, results are
those of a run without it, and nothing is ever raised.

- Parallel hooks: pre-commit runs hooks in parallel, so several processes open the file at
  once. WAL journaling and a busy timeout handle readers and writers; setting up a fresh file
  (journal mode, table) is serialised by an advisory lock on a sidecar ``.lock`` file, because
  SQLite answers ``database is locked`` to concurrent ``PRAGMA journal_mode=WAL`` without
  waiting. ``database is locked`` is never taken for corruption: the cache is then skipped for
  this run, never deleted.
- Corruption: only SQLite's own verdicts (SQLITE_CORRUPT, SQLITE_NOTADB) rebuild the file,
  under the lock and after checking again, so a process never deletes a database another
  process has just rebuilt.
- A killed writer: SQLite transactions are atomic; a half-written batch is simply absent.
- Damaged rows: each row carries a checksum of its key and value, and a decoded value must
  have the exact shape the parser writes (validated word by word); anything else is a miss,
  re-parsed and overwritten, never trusted.
- Read-only: a cache file or folder that cannot be written is still read (opened read-only),
  with one warning; a folder that cannot be created is bypassed with one warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import platformdirs

CACHE_ENV = "PROVENANCE_CACHE_DIR"
# v2: rows carry a checksum (v1 files are left alone: an older version may still use them).
SCHEMA_VERSION = "2"
# SQLite primary result codes that mean "this file is damaged", as opposed to busy/locked/IO.
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (SQLITE_READONLY is 8)
_BUSY_SECONDS = 30.0  # how long a process waits for a lock before skipping the cache


def cache_root() -> Path:
    """The user's provenance cache folder ($PROVENANCE_CACHE_DIR, else the platform's); the
    parse cache and provenance.yamlcache live in it."""
    return Path(os.environ.get(CACHE_ENV) or platformdirs.user_cache_dir("provenance"))


def default_cache_path() -> Path:
    return cache_root() / f"parse-v{SCHEMA_VERSION}.sqlite"


def paragraph_key(model_identity: str, text: str) -> str:
    return hashlib.sha256(f"{model_identity}\x00{text}".encode()).hexdigest()


def row_checksum(key: str, value: str) -> str:
    return hashlib.sha256(f"{key}\x00{value}".encode()).hexdigest()[:32]


def _code(err: sqlite3.Error) -> int:
    return (getattr(err, "sqlite_errorcode", 0) or 0) & 0xFF


def _is_corrupt(err: sqlite3.Error) -> bool:
    if isinstance(err, sqlite3.DatabaseError) and _code(err) in _CORRUPT_CODES:
        return True
    # Python builds without error codes: fall back on SQLite's fixed messages.
    text = str(err).lower()
    return _code(err) == 0 and ("not a database" in text or "malformed" in text)


def _is_busy(err: sqlite3.Error) -> bool:
    return _code(err) in _BUSY_CODES or "locked" in str(err).lower() or "busy" in str(err).lower()


_TYPES = (str, str, str, str, int, str, int, int)  # text lemma upos feats head deprel start end


def valid_parse(value: Any, text_length: int | None = None) -> bool:
    """True when ``value`` has exactly the shape ``Parser`` writes: a list of sentences, each a
    non-empty list of ``[text, lemma, upos, feats, head, deprel, start, end]`` with a head inside
    the sentence (or -1) and offsets in order (and inside the text, when its length is known)."""
    if not isinstance(value, list):
        return False
    for sent in value:
        if not isinstance(sent, list) or not sent:
            return False
        for word in sent:
            if not isinstance(word, list) or len(word) != 8:
                return False
            if not all(type(v) is t for v, t in zip(word, _TYPES)):  # bool is not an int here
                return False
            head, start, end = word[4], word[6], word[7]
            if not -1 <= head < len(sent) or not 0 <= start <= end:
                return False
            if text_length is not None and end > text_length:
                return False
    return True


class ParseCache:
    def __init__(self, path: Path | None = None, *, warn: bool = True) -> None:
        self.path = path or default_cache_path()
        self._conn: sqlite3.Connection | None = None
        self._disabled = False
        self.read_only = False
        self.warn = warn
        self.warnings: list[str] = []
        self.rejected_rows = 0  # rows that failed the checksum or the shape check
        self._rebuilt = False  # a damaged file is rebuilt at most once per process

    # -- opening -------------------------------------------------------------------------

    def _warn(self, message: str) -> None:
        if message in self.warnings:
            return
        self.warnings.append(message)
        if self.warn:
            print(f"provenance: warning: parse cache {self.path}: {message}", file=sys.stderr)

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """An exclusive advisory lock on ``<cache>.lock`` (no lock where that is impossible:
        a read-only folder, or a platform without fcntl)."""
        try:
            import fcntl  # noqa: PLC0415 - POSIX only
        except ImportError:  # pragma: no cover - Windows
            yield
            return
        try:
            fd = os.open(str(self.path) + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            yield
            return
        try:
            deadline = time.monotonic() + _BUSY_SECONDS
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise TimeoutError("cache lock held too long") from None
                    time.sleep(0.02)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _writable(self) -> bool:
        folder = self.path.parent
        if self.path.exists():
            return os.access(self.path, os.W_OK) and os.access(folder, os.W_OK)
        return os.access(folder, os.W_OK)

    def _open_read_only(self) -> sqlite3.Connection | None:
        if not self.path.exists():
            return None
        uri = self.path.resolve().as_uri()
        # A WAL database in a folder nobody may write can only be opened as immutable: SQLite
        # cannot create the -shm file there. Nobody can write it either, so that is safe.
        for params in ("?mode=ro", "?immutable=1"):
            try:
                conn = sqlite3.connect(uri + params, uri=True, timeout=_BUSY_SECONDS)
                conn.execute("SELECT count(*) FROM parses WHERE key = ''").fetchone()
                return conn
            except sqlite3.Error:
                continue
        return None

    def _setup(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=_BUSY_SECONDS)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, value TEXT NOT NULL, sum TEXT NOT NULL)"
            )
            conn.execute("SELECT count(*) FROM parses WHERE key = ''").fetchone()
            conn.commit()
        except BaseException:
            conn.close()
            raise
        return conn

    def _connect(self) -> sqlite3.Connection | None:
        if self._disabled:
            return None
        if self._conn is not None:
            return self._conn
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            self._warn(f"cannot create the cache folder ({err.strerror}); parsing without a cache")
            self._disabled = True
            return None
        if not self._writable():
            conn = self._open_read_only()
            if conn is None:
                if self.path.exists():
                    self._warn("read-only and unreadable; parsing without a cache")
                else:
                    self._warn("the cache folder is read-only; parsing without a cache")
                self._disabled = True
                return None
            self._warn("read-only; reading it without writing")
            self.read_only = True
            self._conn = conn
            return conn
        try:
            with self._lock():
                try:
                    self._conn = self._setup()
                except sqlite3.Error as err:
                    if not _is_corrupt(err):
                        raise
                    # Damaged (truncated, overwritten): start a fresh file. We hold the lock,
                    # so no other process is rebuilding it at the same time.
                    self._remove_files()
                    self._conn = self._setup()
            return self._conn
        except (sqlite3.Error, OSError, TimeoutError) as err:
            if isinstance(err, sqlite3.Error) and _is_busy(err):
                self._warn("busy (locked by another process); parsing without a cache this run")
            else:
                self._warn(f"unusable ({err}); parsing without a cache")
        self._disabled = True
        return None

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(self.path) + suffix).unlink()

    def _rebuild_after(self, err: sqlite3.Error) -> bool:
        """Handle an error met while reading or writing: a damaged file is rebuilt (once per
        process) and True returned so the caller retries; anything else disables the cache."""
        self.close()
        if _is_corrupt(err) and not self.read_only and not self._rebuilt:
            self._rebuilt = True
            try:
                with self._lock():
                    # Another process may have rebuilt it already: check again under the lock.
                    try:
                        probe = self._setup()
                        probe.execute("SELECT key, value, sum FROM parses LIMIT 1").fetchall()
                        probe.execute("PRAGMA quick_check(1)").fetchone()
                        probe.close()
                    except sqlite3.Error as again:
                        if not _is_corrupt(again):
                            raise
                        self._remove_files()
                return True
            except (sqlite3.Error, OSError, TimeoutError):
                pass
        self._disabled = True
        return False

    # -- reading and writing -------------------------------------------------------------

    def get_many(
        self,
        keys: list[str],
        lengths: dict[str, int] | None = None,
        valid: Callable[[Any, str], bool] | None = None,
    ) -> dict[str, list]:
        """The cached parses of ``keys`` that pass the checksum and shape checks (and whose
        offsets fit inside the text, when ``lengths`` gives its length). ``valid(value, key)``
        replaces the parse shape check for other values stored here (the NER tags)."""
        for _attempt in range(2):
            conn = self._connect()
            if conn is None or not keys:
                return {}
            try:
                return self._select(conn, keys, lengths or {}, valid)
            except sqlite3.Error as err:
                if not self._rebuild_after(err):
                    return {}
        return {}

    def present(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` have a row, without reading or checking the parses (a damaged row
        counts as present: this only estimates how much parsing a run has ahead of it)."""
        for _attempt in range(2):
            conn = self._connect()
            if conn is None or not keys:
                return set()
            try:
                out: set[str] = set()
                for i in range(0, len(keys), 500):
                    chunk = keys[i : i + 500]
                    marks = ",".join("?" * len(chunk))
                    out.update(k for (k,) in conn.execute(f"SELECT key FROM parses WHERE key IN ({marks})", chunk))
                return out
            except sqlite3.Error as err:
                if not self._rebuild_after(err):
                    return set()
        return set()

    def _select(
        self,
        conn: sqlite3.Connection,
        keys: list[str],
        lengths: dict[str, int],
        valid: Callable[[Any, str], bool] | None = None,
    ) -> dict[str, list]:
        found: dict[str, list] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(f"SELECT key, value, sum FROM parses WHERE key IN ({marks})", chunk)
            for key, value, checksum in rows:
                data = None
                if isinstance(value, str) and checksum == row_checksum(key, value):
                    with contextlib.suppress(ValueError, RecursionError):
                        data = json.loads(value)
                ok = valid(data, key) if valid is not None else valid_parse(data, lengths.get(key))
                if data is not None and ok:
                    found[key] = data
                else:
                    self.rejected_rows += 1  # damaged: a miss, re-parsed and overwritten
        return found

    def put_many(self, items: dict[str, list]) -> None:
        if not items:
            return
        rows = []
        for k, v in items.items():
            value = json.dumps(v, separators=(",", ":"))
            rows.append((k, value, row_checksum(k, value)))
        for _attempt in range(2):
            conn = self._connect()
            if conn is None or self.read_only:
                return
            try:
                with conn:
                    conn.executemany("INSERT OR REPLACE INTO parses (key, value, sum) VALUES (?, ?, ?)", rows)
                return
            except sqlite3.Error as err:
                if _is_busy(err):
                    return  # another writer held the lock past the timeout: this batch stays unsaved
                if _code(err) == 8:  # SQLITE_READONLY: made read-only under us; keep reading
                    self.read_only = True
                    self._warn("read-only; reading it without writing")
                    return
                if not self._rebuild_after(err):
                    return

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
