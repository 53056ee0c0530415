"""A persistent parse cache: SQLite in the user cache folder.

Keyed by model identity + paragraph text hash, so re-checking unchanged text parses nothing
and loads no model. pre-commit runs hooks in parallel, so several processes may open the
file at once: WAL journaling and a busy timeout handle that. The cache is an optimisation
only — a corrupt or unwritable file is rebuilt or bypassed, never fatal.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import platformdirs

CACHE_ENV = "PROVENANCE_CACHE_DIR"
SCHEMA_VERSION = "1"


def default_cache_path() -> Path:
    base = os.environ.get(CACHE_ENV) or platformdirs.user_cache_dir("provenance")
    return Path(base) / f"parse-v{SCHEMA_VERSION}.sqlite"


def paragraph_key(model_identity: str, text: str) -> str:
    return hashlib.sha256(f"{model_identity}\x00{text}".encode()).hexdigest()


class ParseCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_cache_path()
        self._conn: sqlite3.Connection | None = None
        self._disabled = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._disabled:
            return None
        if self._conn is not None:
            return self._conn
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=30)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                conn.execute("SELECT count(*) FROM parses WHERE key = ''").fetchone()
                conn.commit()
                self._conn = conn
                return conn
            except sqlite3.DatabaseError:
                # Not a database (truncated, overwritten): start a fresh file once.
                if attempt == 0:
                    self._remove_files()
                    continue
                break
            except OSError:
                break
        self._disabled = True
        return None

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(str(self.path) + suffix).unlink()
            except OSError:
                pass

    def get_many(self, keys: list[str]) -> dict[str, list]:
        conn = self._connect()
        if conn is None or not keys:
            return {}
        found: dict[str, list] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for key, value in conn.execute(f"SELECT key, value FROM parses WHERE key IN ({marks})", chunk):
                    try:
                        found[key] = json.loads(value)
                    except ValueError:
                        continue  # a damaged row is just a miss
        except sqlite3.Error:
            return found
        return found

    def put_many(self, items: dict[str, list]) -> None:
        conn = self._connect()
        if conn is None or not items:
            return
        try:
            with conn:
                conn.executemany(
                    "INSERT OR REPLACE INTO parses (key, value) VALUES (?, ?)",
                    [(k, json.dumps(v, separators=(",", ":"))) for k, v in items.items()],
                )
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
