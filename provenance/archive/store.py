"""The quote index on disk: SQLite (stdlib), one file, created on first use.

Tables: ``articles`` (one row per file, with its content hash and metadata), ``quotes`` (one row
per quote), ``postings`` (lookup term -> quote; a term is a hashed 4-word shingle or content
word, see ``terms.py``) and ``terms`` (how many quotes hold each term: the weights that keep a
stock phrase from linking everything to everything). ``info`` holds the schema version;
``MIGRATIONS`` upgrades an older file step by step, and a file from a newer version is refused
with a one-line error rather than misread.

Writes go through ``replace_articles``: one transaction per call, so a killed run leaves every
article either as it was or fully replaced (WAL journal; the next run redoes what is missing).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from provenance.archive.pending import PostingWriter
from provenance.archive.records import ArticleMeta, QuoteRecord, SentenceSpan
from provenance.archive.sentence_store import SentenceTables
from provenance.archive.terms import quote_terms
from provenance.errors import ProvenanceError

DB_ENV = "PROVENANCE_INDEX"
DEFAULT_DB = "provenance-index.sqlite"
SCHEMA_VERSION = 4
# MIGRATIONS[n] upgrades a file at version n to n + 1; version 0 is an empty file.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    0: (
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,
            outlet TEXT, outlet_source TEXT NOT NULL, date TEXT, date_source TEXT NOT NULL,
            credited TEXT NOT NULL)""",
        """CREATE TABLE quotes (
            id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, line INTEGER NOT NULL,
            col INTEGER NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL, kind TEXT NOT NULL,
            speaker TEXT, speaker_type TEXT, via TEXT)""",
        "CREATE INDEX quotes_by_article ON quotes(article)",
        "CREATE TABLE postings (term INTEGER NOT NULL, quote INTEGER NOT NULL, PRIMARY KEY (term, quote)) WITHOUT ROWID",
        "CREATE TABLE terms (term INTEGER PRIMARY KEY, df INTEGER NOT NULL)",
        "INSERT INTO info (key, value) VALUES ('quotes', '0')",
    ),
    # 2: where each article's file really is (symlinks and "..", resolved), so one file reached
    # by two paths is one article; and a lookup by content hash, so a moved file is renamed in
    # the index rather than parsed again. Rows of version 1 get their real path when next seen.
    1: (
        "ALTER TABLE articles ADD COLUMN realpath TEXT",
        "CREATE INDEX articles_by_realpath ON articles(realpath)",
        "CREATE INDEX articles_by_sha ON articles(sha256)",
    ),
    # 3: every sentence of every article, with a full-text index over it (FTS5, external
    # content): `trace` looks there for a quote reported in other words ("his call for a
    # temporary ban on ..."), in any indexed article. The stored hashes are cleared so that the
    # next `index` run reads every article again and stores its sentences (parsing comes from
    # the parse cache); until then `trace` finds no sentence.
    2: (
        "UPDATE articles SET sha256 = ''",
        """CREATE TABLE sentences (
            id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, line INTEGER NOT NULL,
            col INTEGER NOT NULL, text TEXT NOT NULL)""",
        "CREATE INDEX sentences_by_article ON sentences(article, start_char)",
        "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id')",
        # How many sentences hold each word: a word in too many is not looked up.
        "CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row')",
    ),
    # 4: postings written by an `index` run wait here, in insertion order, and are merged into
    # `postings` and `terms` in key order (pending.py): random B-tree inserts made writing
    # disk-bound past ~10^5 quotes.
    3: ("CREATE TABLE pending (term INTEGER NOT NULL, quote INTEGER NOT NULL)",),
}

# A term held by more quotes than this is not looked up: its posting list is long and, being
# that common, it is weak evidence. Relative to the index size, never below COMMON_MIN so that
# a quote reprinted by a dozen outlets is still found in a small archive.
COMMON_MIN = 200
COMMON_FRACTION = 0.002
CACHE_KIB = 65536
_CHUNK = 500  # bound parameters per IN (...) query, well under SQLite's limit

_QUOTE_COLUMNS = (
    "a.path, q.start_char, q.end_char, q.line, q.col, q.text, q.norm, q.kind, q.speaker, q.speaker_type, q.via, "
    "a.outlet, a.date"
)


def default_db(option: str | None = None) -> str:
    """The index file: ``--db``, else $PROVENANCE_INDEX, else provenance-index.sqlite here."""
    return option or os.environ.get(DB_ENV) or DEFAULT_DB


def _chunks(items: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _qmarks(n: int) -> str:
    return ",".join("?" * n)


class QuoteIndex(SentenceTables, PostingWriter):
    """A quote index file (or ``:memory:``). One writer at a time; readers may share it."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        # Read caches for a run of lookups (`trace` asks for the same terms and quotes again and
        # again); any write through this object empties them.
        self._df_cache: dict[int, int] = {}
        self.totals_cache: dict[int, tuple[float, float]] = {}  # quote id -> ranking.py's totals

    def _forget(self) -> None:
        self._df_cache.clear()
        self.totals_cache.clear()

    @classmethod
    def open(cls, path: str | Path) -> QuoteIndex:
        name = str(path)
        try:
            conn = sqlite3.connect(name, isolation_level=None, timeout=60.0)
        except sqlite3.Error as err:
            raise ProvenanceError(f"cannot open the quote index ({err})", name) from None
        index = cls(conn, name)
        try:
            index._setup()
        except sqlite3.DatabaseError as err:
            conn.close()
            raise ProvenanceError(f"not a usable quote index ({err})", name) from None
        except ProvenanceError:
            conn.close()
            raise
        return index

    def _setup(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")  # readers never block the one writer
            self.conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: atomic, durable at checkpoint
        # Posting keys are hashes, so inserts land all over the B-tree: a page cache of 64 MiB
        # (SQLite's default is 2 MiB) keeps most of a 10^5-quote index's hot pages in memory.
        self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "info" not in tables:
            raise ProvenanceError("an SQLite file, but not a provenance quote index", self.path)
        with self.transaction():
            self.conn.execute("CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            version = self.schema_version()
            if version > SCHEMA_VERSION:
                raise ProvenanceError(
                    f"quote index schema {version} is newer than this provenance reads ({SCHEMA_VERSION})", self.path
                )
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step]:
                    self.conn.execute(statement)
                self._set_info("schema_version", str(step + 1))
        if self.has_pending():
            self.merge_pending()  # a run killed before its merge: its quotes become findable now

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT value FROM info WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _set_info(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO info (key, value) VALUES (?, ?)", (key, value))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT; any exception rolls the whole of it back."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> QuoteIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        row = self.conn.execute("SELECT value FROM info WHERE key = 'quotes'").fetchone()
        return int(row[0]) if row else 0

    # ---------------------------------------------------------------- articles

    def article_sha(self, path: str) -> str | None:
        row = self.conn.execute("SELECT sha256 FROM articles WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def stored_as(self, path: str, realpath: str) -> tuple[str, str] | None:
        """(stored path, sha256) of the article at ``path``, or of the one stored under another
        path for the same file (``realpath``: "./a.txt", "/abs/a.txt" and a symlink to it)."""
        row = self.conn.execute("SELECT path, sha256 FROM articles WHERE path = ?", (path,)).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT path, sha256 FROM articles WHERE realpath = ? ORDER BY path LIMIT 1", (realpath,)
            ).fetchone()
        return (row[0], row[1]) if row else None

    def paths_with_sha(self, sha256: str) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT path FROM articles WHERE sha256 = ? ORDER BY path", (sha256,))]

    def set_realpath(self, path: str, realpath: str) -> None:
        with self.transaction():
            self.conn.execute("UPDATE articles SET realpath = ? WHERE path = ?", (realpath, path))

    def rename_article(self, old: str, new: str, realpath: str) -> None:
        """A file moved: its rows now answer to the new path (nothing is parsed again)."""
        with self.transaction():
            self.conn.execute("UPDATE articles SET path = ?, realpath = ? WHERE path = ?", (new, realpath, old))

    def article(self, path: str) -> ArticleMeta | None:
        rows = self._articles("WHERE path = ?", (path,))
        return rows[0] if rows else None

    def articles(self) -> list[ArticleMeta]:
        return self._articles("ORDER BY path", ())

    def _articles(self, where: str, params: tuple[str, ...]) -> list[ArticleMeta]:
        sql = f"SELECT path, sha256, outlet, outlet_source, date, date_source, credited FROM articles {where}"
        return [
            ArticleMeta(path, sha, outlet, outlet_source, date, date_source, tuple(json.loads(credited)))
            for path, sha, outlet, outlet_source, date, date_source, credited in self.conn.execute(sql, params)
        ]

    def replace_article(self, meta: ArticleMeta, records: Sequence[QuoteRecord]) -> None:
        self.replace_articles([(meta, records)])

    def replace_articles(
        self,
        items: Sequence[tuple[ArticleMeta, Sequence[QuoteRecord]]],
        sentences: Mapping[str, Sequence[SentenceSpan]] | None = None,
    ) -> None:
        """Store (or replace) several articles in one transaction: all of them or none.
        ``sentences``: each article's sentences, by path (none stored when absent)."""
        self._forget()
        with self.transaction():
            added = 0
            postings: list[tuple[int, int]] = []
            # One row set per path (the last given), as replacing them one after another would
            # leave: the postings are written after every article's rows.
            for meta, records in {meta.path: (meta, records) for meta, records in items}.values():
                added -= self._delete(meta.path)
                added += self._insert(meta, records, postings)
                self._insert_sentences(meta.path, (sentences or {}).get(meta.path, ()))
            self._add_postings(postings)
            self._set_info("quotes", str(len(self) + added))
            self._merge_if_due()

    def remove_article(self, path: str) -> None:
        self._forget()
        with self.transaction():
            removed = self._delete(path)
            self._set_info("quotes", str(len(self) - removed))

    def _delete(self, path: str) -> int:
        row = self.conn.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
        if row is None:
            return 0
        if self.has_pending():
            self._merge_rows()  # its postings may still be pending: merged, they are removed below
        quotes = self.conn.execute("SELECT id, norm FROM quotes WHERE article = ?", (row[0],)).fetchall()
        gone = sorted((t.key, quote_id) for quote_id, norm in quotes for t in quote_terms(norm))
        self.conn.executemany("DELETE FROM postings WHERE term = ? AND quote = ?", gone)
        counts = Counter(key for key, _ in gone)
        self.conn.executemany(
            "UPDATE terms SET df = df - ? WHERE term = ?", [(n, k) for k, n in sorted(counts.items())]
        )
        # Only the terms just decremented can have reached 0 (a scan of the whole table here
        # made every write O(index size)).
        self.conn.executemany("DELETE FROM terms WHERE term = ? AND df <= 0", [(k,) for k in sorted(counts)])
        self.conn.execute("DELETE FROM quotes WHERE article = ?", (row[0],))
        # An external-content FTS5 table is told what leaves it, with the text it indexed.
        self.conn.executemany(
            "INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', ?, ?)",
            self.conn.execute("SELECT id, text FROM sentences WHERE article = ?", (row[0],)).fetchall(),
        )
        self.conn.execute("DELETE FROM sentences WHERE article = ?", (row[0],))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (row[0],))
        return len(quotes)

    def _insert(self, meta: ArticleMeta, records: Sequence[QuoteRecord], postings: list[tuple[int, int]]) -> int:
        """The article's rows; its (term, quote) postings are appended to ``postings``."""
        cur = self.conn.execute(
            "INSERT INTO articles (path, sha256, outlet, outlet_source, date, date_source, credited, realpath)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                meta.path,
                meta.sha256,
                meta.outlet,
                meta.outlet_source,
                meta.date,
                meta.date_source,
                json.dumps(list(meta.credited)),
                os.path.realpath(meta.path),  # the writer's working folder: where the paths were given
            ),
        )
        article_id = cur.lastrowid
        for r in records:
            cur = self.conn.execute(
                "INSERT INTO quotes (article, start_char, end_char, line, col, text, norm, kind, speaker,"
                " speaker_type, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    r.start,
                    r.end,
                    r.line,
                    r.column,
                    r.text,
                    r.norm,
                    r.kind,
                    r.speaker,
                    r.speaker_type,
                    r.via,
                ),
            )
            quote_id = cur.lastrowid
            assert quote_id is not None  # an INSERT into a rowid table sets it
            postings.extend((t.key, quote_id) for t in quote_terms(r.norm))
        return len(records)

    # ---------------------------------------------------------------- quotes

    def records(self, article: str | None = None) -> list[QuoteRecord]:
        where, params = ("WHERE a.path = ?", (article,)) if article is not None else ("", ())
        return self._records(f"{where} ORDER BY a.path, q.start_char, q.end_char", params)

    def _records(self, tail: str, params: Sequence[object]) -> list[QuoteRecord]:
        sql = f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article {tail}"
        return [QuoteRecord(*row) for row in self.conn.execute(sql, tuple(params))]

    def records_by_id(self, ids: Sequence[int]) -> dict[int, QuoteRecord]:
        out: dict[int, QuoteRecord] = {}
        for chunk in _chunks(ids):
            sql = f"SELECT q.id, {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article"
            for row in self.conn.execute(f"{sql} WHERE q.id IN ({_qmarks(len(chunk))})", tuple(chunk)):
                out[row[0]] = QuoteRecord(*row[1:])
        return out

    def norms(self, ids: Sequence[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in _chunks(ids):
            out.update(self.conn.execute(f"SELECT id, norm FROM quotes WHERE id IN ({_qmarks(len(chunk))})", chunk))
        return out

    def postings(self, keys: Sequence[int], exclude_article: str) -> list[tuple[int, int]]:
        """(term, quote) for the given terms, leaving out the quotes of one article."""
        # The article's own quotes are read once and left out here: joining every posting to its
        # quote and article row cost a random read per posting (most of a lookup at 10^6 quotes).
        own = {
            row[0]
            for row in self.conn.execute(
                "SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article WHERE a.path = ?", (exclude_article,)
            )
        }
        out: list[tuple[int, int]] = []
        for chunk in _chunks(keys):
            rows = self.conn.execute(
                f"SELECT term, quote FROM postings WHERE term IN ({_qmarks(len(chunk))}) ORDER BY term, quote", chunk
            )
            out.extend((term, quote) for term, quote in rows if quote not in own)
        return out

    def dfs(self, keys: Sequence[int]) -> dict[int, int]:
        """How many quotes hold each term (absent: none)."""
        cache = self._df_cache
        missing = [k for k in dict.fromkeys(keys) if k not in cache]
        for chunk in _chunks(missing):
            found = dict(self.conn.execute(f"SELECT term, df FROM terms WHERE term IN ({_qmarks(len(chunk))})", chunk))
            cache.update((k, found.get(k, 0)) for k in chunk)  # absent: 0, remembered too
        return {k: cache[k] for k in keys if cache[k]}

    def common_df(self) -> int:
        """Terms held by more quotes than this are not looked up (see COMMON_MIN)."""
        return max(COMMON_MIN, math.ceil(COMMON_FRACTION * len(self)))

    def candidates(self, record: QuoteRecord, *, limit: int = 50) -> list[QuoteRecord]:
        """Quotes of other articles likely to report the same words, best first."""
        return [r for r, _ in self.scored_candidates(record, limit=limit)]

    def scored_candidates(self, record: QuoteRecord, *, limit: int = 50) -> list[tuple[QuoteRecord, float]]:
        """``candidates`` with each one's cover (0..1: how much of the smaller quote's rare-term
        weight the two share). Recall-oriented: the caller aligns and decides."""
        from provenance.archive.ranking import rank_candidates

        return rank_candidates(self, record, limit)
