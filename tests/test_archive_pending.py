"""Deferred postings (provenance/archive/pending.py): written to `pending` during an index run and
merged in key order, they leave exactly the tables direct writes leave, and an index left with
pending rows (a run killed before its merge) is merged when next opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_archive_store import record

from provenance.archive import pending as pending_module
from provenance.archive.records import ArticleMeta, QuoteRecord
from provenance.archive.store import QuoteIndex

BRIDGE = "The bridge will reopen on Monday once the last inspection of the cables is finished"
QUOTES = {
    "wire.txt": [BRIDGE, "Every ferry will run twice an hour until the bridge reopens"],
    "paper.txt": [BRIDGE.replace("last ", ""), "The harbour toll stays frozen for another winter"],
    "blog.txt": ["Monday reopening after the cable inspection is finished, the bridge chief said"],
}


def article(path: str, texts: list[str]) -> tuple[ArticleMeta, list[QuoteRecord]]:
    meta = ArticleMeta(path, "0" * 64, None, "unknown", None, "unknown", ())
    return meta, [record(path, t, start=100 * i) for i, t in enumerate(texts)]


def write(index: QuoteIndex) -> None:
    """Batches, a replaced article and a removed one: every kind of write the indexer makes."""
    index.replace_articles(
        [article("wire.txt", QUOTES["wire.txt"]), article("gone.txt", ["We close the old pier tonight"])]
    )
    index.replace_articles([article("paper.txt", ["A first version of the story"])])
    index.replace_articles([article("paper.txt", QUOTES["paper.txt"]), article("blog.txt", QUOTES["blog.txt"])])
    index.remove_article("gone.txt")


def tables(index: QuoteIndex) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    postings = index.conn.execute("SELECT term, quote FROM postings ORDER BY term, quote").fetchall()
    terms = index.conn.execute("SELECT term, df FROM terms ORDER BY term").fetchall()
    return postings, terms


def test_deferred_writes_leave_the_tables_direct_writes_leave():
    direct = QuoteIndex.open(":memory:")
    write(direct)
    deferred = QuoteIndex.open(":memory:")
    with deferred.deferring():
        deferred.replace_articles([article("early.txt", ["Nobody finds this line before the merge"])])
        assert deferred.has_pending() and deferred.candidates(deferred.records("early.txt")[0]) == []
        deferred.remove_article("early.txt")  # its postings were pending: merged, then removed
        write(deferred)
    assert not deferred.has_pending()
    assert tables(deferred) == tables(direct)
    wire = deferred.records("wire.txt")[0]
    assert [(c.article, c.start) for c in deferred.candidates(wire)] == [
        (c.article, c.start) for c in direct.candidates(wire)
    ]
    assert deferred.candidates(wire)[0].article == "paper.txt"


def test_an_index_left_with_pending_postings_is_merged_when_opened(tmp_path: Path):
    db = tmp_path / "i.sqlite"
    index = QuoteIndex.open(db)
    index.deferred = True  # as inside deferring(), but the run "dies" before its merge
    index.replace_articles([article(p, t) for p, t in QUOTES.items()])
    assert index.has_pending()
    index.close()
    with QuoteIndex.open(db) as again:
        assert not again.has_pending()
        found = again.candidates(again.records("wire.txt")[0])
        assert found and found[0].article == "paper.txt"
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failed_run_leaves_its_postings_pending_not_lost(tmp_path: Path):
    db = tmp_path / "i.sqlite"
    index = QuoteIndex.open(db)
    with pytest.raises(KeyboardInterrupt), index.deferring():
        index.replace_articles([article(p, t) for p, t in QUOTES.items()])
        raise KeyboardInterrupt
    assert index.has_pending() and not index.deferred
    index.close()
    with QuoteIndex.open(db) as again:
        assert again.candidates(again.records("paper.txt")[0])[0].article == "wire.txt"


def test_pending_rows_are_merged_during_a_run_when_due(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pending_module, "MERGE_MIN_ROWS", 10)
    index = QuoteIndex.open(":memory:")
    with index.deferring():
        index.replace_articles([article("wire.txt", QUOTES["wire.txt"])])
        # ~40 rows for 2 quotes: over both the floor and MERGE_PER_QUOTE rows per quote
        assert not index.has_pending()
        index.replace_articles([article("blog.txt", ["Short words"])])
        assert index.has_pending()  # 2 rows: not due
    assert not index.has_pending()
