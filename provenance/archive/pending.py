"""Writing the posting lists of the quote index (schema 4): directly, or deferred and merged in
key order.

A posting key is a hashed term, so a quote's postings land on random pages of the posting
B-tree: once the index outgrows memory every quote written dirties some 40 pages, and each
transaction writes every page it dirtied to the WAL (measured: the write cost per quote doubled
from 10^4 to 10^5 quotes). While ``QuoteIndex.deferring()`` is on (``provenance index`` turns it
on for its run), a batch's postings are appended to the ``pending`` table instead — rows in
insertion order, no index, so the pages written are new pages at its end — and merged into
``postings`` and ``terms`` in one sorted pass: at the end of the run, when ``pending`` holds
more than ``MERGE_MIN_ROWS`` and ``MERGE_PER_QUOTE`` rows per indexed quote (so each merge is a
large share of the index and every page of it is written once, not once per quote), and by any
process that opens an index with pending rows (a run killed before its merge). The merge is one
transaction, so the index is never half merged.

Until merged, the quotes of a deferred batch are stored but not found by ``candidates``; a run
that ends, or the next open, makes them findable. Nothing else of what the index returns
changes: the merged tables are the ones direct writes would have made.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

MERGE_MIN_ROWS = 1_000_000  # ~50,000 quotes: below this a merge is cheap whenever it comes
MERGE_PER_QUOTE = 10  # about half a quote's postings: a merge rewrites at most twice what it adds


class PostingWriter:
    """The posting half of ``QuoteIndex``'s writes; its methods run inside the index's
    transactions (``merge_pending`` opens its own)."""

    conn: sqlite3.Connection
    transaction: Callable[[], AbstractContextManager[None]]  # QuoteIndex's BEGIN IMMEDIATE ... COMMIT
    deferred: bool = False
    _pending_rows: int = 0  # rows this object appended since its last merge

    def _add_postings(self, postings: list[tuple[int, int]]) -> None:
        """A batch's (term, quote) postings: appended to ``pending`` while deferring, else written
        with their document counts in key order (consecutive rows share B-tree pages)."""
        postings.sort()
        if self.deferred:
            self.conn.executemany("INSERT INTO pending (term, quote) VALUES (?, ?)", postings)
            self._pending_rows += len(postings)
            return
        self.conn.executemany("INSERT OR IGNORE INTO postings (term, quote) VALUES (?, ?)", postings)
        counts = Counter(key for key, _ in postings)
        self.conn.executemany(
            "INSERT INTO terms (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            sorted(counts.items()),
        )

    def has_pending(self) -> bool:
        return self.conn.execute("SELECT EXISTS (SELECT 1 FROM pending)").fetchone()[0] == 1

    def _merge_rows(self) -> None:
        """Pending postings into ``postings`` and their counts into ``terms``, both in key order
        (SQLite sorts once); inside the caller's transaction."""
        self.conn.execute(
            "INSERT OR IGNORE INTO postings (term, quote) SELECT term, quote FROM pending ORDER BY term, quote"
        )
        # "WHERE true": an upsert from a SELECT needs a WHERE clause to parse (SQLite's grammar).
        self.conn.execute(
            "INSERT INTO terms (term, df) SELECT term, count(*) FROM pending WHERE true GROUP BY term ORDER BY term"
            " ON CONFLICT(term) DO UPDATE SET df = df + excluded.df"
        )
        self.conn.execute("DELETE FROM pending")
        self._pending_rows = 0

    def merge_pending(self) -> None:
        """Make every stored quote findable: merge the pending postings (one transaction)."""
        with self.transaction():
            if self.has_pending():
                self._merge_rows()

    def _merge_if_due(self) -> None:
        """Inside a write: merge when the pending rows are a large enough share of the index."""
        if self._pending_rows < MERGE_MIN_ROWS:
            return
        quotes = int(self.conn.execute("SELECT value FROM info WHERE key = 'quotes'").fetchone()[0])
        if self._pending_rows >= MERGE_PER_QUOTE * quotes:
            self._merge_rows()

    @contextlib.contextmanager
    def deferring(self) -> Iterator[None]:
        """Postings written by the batches inside are merged in key order at the end (and when
        due); a failure leaves them pending for the next open to merge."""
        self.deferred = True
        try:
            yield
        finally:
            self.deferred = False
        self.merge_pending()
        # The merge rewrote much of the file into the WAL: copy it back now and give the space
        # back, rather than leave a WAL as large as the index (busy readers: done at a later one).
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
