"""The quote index store: schema and migrations, atomic writes, candidate search (no model)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from provenance.archive import store as store_module
from provenance.archive.records import ArticleMeta, QuoteRecord, normalise
from provenance.archive.store import SCHEMA_VERSION, QuoteIndex, default_db
from provenance.archive.terms import quote_terms, shingles
from provenance.errors import ProvenanceError


def meta(path: str, sha: str = "0" * 64, outlet: str | None = None, date: str | None = None) -> ArticleMeta:
    return ArticleMeta(path, sha, outlet, "front-matter" if outlet else "unknown", date, "unknown", ())


def record(path: str, text: str, start: int = 0, speaker: str | None = "Jane Roe") -> QuoteRecord:
    return QuoteRecord(
        path,
        start,
        start + len(text),
        1,
        start + 1,
        text,
        normalise(text),
        "direct",
        speaker,
        "person",
        None,
        None,
        None,
    )


def test_normalise_folds_what_an_editor_does_not_see():
    assert normalise("“Brutal  American-aggression,” he’s") == "brutal american aggression hes"
    assert normalise("ＦＵＬＬ width") == "full width"
    assert normalise("“...”") == ""


def test_shingles_skip_function_word_runs_and_one_word_quotes():
    assert shingles("yes") == []
    assert shingles("brutal aggression") == ["brutal aggression"]
    assert "that it was the" not in shingles("that it was the worst flood in memory")
    assert "was the worst flood" in shingles("that it was the worst flood in memory")
    assert {t.kind for t in quote_terms("brutal aggression")} == {"shingle", "word"}


def test_schema_created_on_first_use_with_version(tmp_path: Path):
    db = tmp_path / "index.sqlite"
    with QuoteIndex.open(db) as index:
        assert index.schema_version() == SCHEMA_VERSION
        assert len(index) == 0 and index.articles() == []
    with QuoteIndex.open(db) as index:  # reopening migrates nothing and keeps the version
        assert index.schema_version() == SCHEMA_VERSION
    tables = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"info", "articles", "quotes", "postings", "terms"} <= tables


def test_migration_path_runs_each_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "index.sqlite"
    QuoteIndex.open(db).close()
    step = ("ALTER TABLE articles ADD COLUMN title TEXT",)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(store_module.MIGRATIONS, SCHEMA_VERSION, step)
    with QuoteIndex.open(db) as index:
        assert index.schema_version() == SCHEMA_VERSION + 1
        columns = [r[1] for r in index.conn.execute("PRAGMA table_info(articles)")]
    assert "title" in columns


def test_newer_schema_and_foreign_files_are_one_line_errors(tmp_path: Path):
    db = tmp_path / "newer.sqlite"
    with QuoteIndex.open(db) as index:
        index.conn.execute("UPDATE info SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(ProvenanceError, match="schema 99 is newer") as err:
        QuoteIndex.open(db)
    assert str(db) in str(err.value) and "\n" not in str(err.value)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    with pytest.raises(ProvenanceError, match="not a provenance quote index"):
        QuoteIndex.open(other)
    text = tmp_path / "notes.txt"
    text.write_text("this is not a database at all, just some words\n" * 20)
    with pytest.raises(ProvenanceError, match="not a usable quote index"):
        QuoteIndex.open(text)


def test_default_db(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("PROVENANCE_INDEX", raising=False)
    assert default_db() == "provenance-index.sqlite"
    monkeypatch.setenv("PROVENANCE_INDEX", "/srv/quotes.sqlite")
    assert default_db() == "/srv/quotes.sqlite"
    assert default_db("x.sqlite") == "x.sqlite"


def test_replace_article_replaces_and_counts():
    with QuoteIndex.open(":memory:") as index:
        index.replace_article(meta("a.txt", outlet="The Herald"), [record("a.txt", "We will rebuild the bridge")])
        index.replace_article(
            meta("a.txt", sha="1" * 64), [record("a.txt", "Nothing changes"), record("a.txt", "x y", 40)]
        )
        assert len(index) == 2
        assert index.article_sha("a.txt") == "1" * 64
        assert [r.text for r in index.records("a.txt")] == ["Nothing changes", "x y"]
        stale = index.conn.execute("SELECT count(*) FROM terms WHERE df <= 0").fetchone()[0]
        postings = index.conn.execute("SELECT count(*) FROM postings").fetchone()[0]
        assert stale == 0 and postings == sum(len(quote_terms(r.norm)) for r in index.records())


def test_term_counts_equal_the_posting_lists_after_replacing_and_removing():
    """The writer keeps ``terms.df`` by arithmetic (a batch's counts added in one statement, a
    removed article's subtracted, a term deleted when it reaches 0): it must always equal the
    number of postings of the term, whatever the order of writes."""
    bridge = "We will rebuild the old bridge over the river"
    with QuoteIndex.open(":memory:") as index:
        index.replace_articles(
            [
                (meta("a.txt"), [record("a.txt", bridge), record("a.txt", "The river is high", 60)]),
                (meta("b.txt"), [record("b.txt", bridge)]),
                (meta("c.txt"), [record("c.txt", "A quiet river town")]),
                (meta("c.txt"), [record("c.txt", "The river town voted")]),  # the same path twice: the last one
            ]
        )
        index.replace_article(meta("b.txt", sha="1" * 64), [record("b.txt", "We will rebuild the new bridge")])
        index.remove_article("a.txt")
        df = dict(index.conn.execute("SELECT term, df FROM terms"))
        counted = dict(index.conn.execute("SELECT term, count(*) FROM postings GROUP BY term"))
        assert df == counted and len(index) == 2
        assert [r.text for r in index.records()] == ["We will rebuild the new bridge", "The river town voted"]


def test_a_failed_batch_leaves_nothing_half_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "index.sqlite"
    index = QuoteIndex.open(db)
    index.replace_article(meta("old.txt"), [record("old.txt", "The old words stay as they were")])
    calls = 0
    real_insert = QuoteIndex._insert

    def insert_then_fail(
        self: QuoteIndex, m: ArticleMeta, records: list[QuoteRecord], postings: list[tuple[int, int]]
    ) -> int:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt  # killed between two articles of one batch
        return real_insert(self, m, records, postings)

    monkeypatch.setattr(QuoteIndex, "_insert", insert_then_fail)
    batch = [(meta(p), [record(p, f"Words of {p} that were being written")]) for p in ("new1.txt", "new2.txt")]
    with pytest.raises(KeyboardInterrupt):
        index.replace_articles(batch)
    index.close()
    with QuoteIndex.open(db) as again:
        assert [a.path for a in again.articles()] == ["old.txt"]
        assert len(again) == 1
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _archive() -> QuoteIndex:
    """A small archive: one statement reported three ways, and a stock phrase in many quotes."""
    index = QuoteIndex.open(":memory:")
    articles = {
        "wire.txt": ["The bridge will reopen on Monday once the last inspection of the cables is finished"],
        "paper.txt": ["The bridge will reopen on Monday once the inspection of the cables is finished"],
        "blog.txt": ["cables", "Monday reopening after the cable inspection is finished, the bridge chief said"],
        "sport.txt": ["At the end of the day we played with heart and the fans carried us home"],
    }
    others = [
        "At the end of the day taxes must fall for working families",
        "Our schools deserve better, and at the end of the day teachers know it",
        "At the end of the day rainfall totals broke every record this spring",
        "Housing costs doubled, at the end of the day renters pay",
        "Tariffs hurt farmers at the end of the day",
        "At the end of the day pensions are a promise we keep",
        "The potholes on Main Street are a disgrace at the end of the day",
        "At the end of the day the ferry timetable simply does not work",
    ]
    for i, text in enumerate(others):
        articles[f"stock{i}.txt"] = [text]
    for path, quotes in articles.items():
        index.replace_article(meta(path), [record(path, q, start=100 * i) for i, q in enumerate(quotes)])
    return index


def test_candidates_find_the_same_statement_in_other_articles():
    index = _archive()
    wire = index.records("wire.txt")[0]
    found = index.candidates(wire)
    assert [c.article for c in found][:1] == ["paper.txt"]  # one word dropped: still the best
    assert "blog.txt" in {c.article for c in found}  # reworded: shares the rare content words
    assert all(c.article != "wire.txt" for c in found)
    assert {c.article for c in index.candidates(index.records("paper.txt")[0])} >= {"wire.txt"}


def test_candidates_ignore_a_shared_stock_phrase():
    index = _archive()
    sport = index.records("sport.txt")[0]
    assert index.candidates(sport) == []
    for i in range(8):
        stock = index.records(f"stock{i}.txt")[0]
        assert all(not c.article.startswith("stock") for c in index.candidates(stock))


def test_one_word_quote_links_nothing():
    index = _archive()
    one_word = index.records("blog.txt")[0]
    assert one_word.norm == "cables" and index.candidates(one_word) == []


def test_candidates_read_only_posting_lists_of_their_terms(monkeypatch: pytest.MonkeyPatch):
    index = _archive()
    wire = index.records("wire.txt")[0]
    asked: list[int] = []
    real = QuoteIndex.postings

    def spy(self: QuoteIndex, keys: list[int], exclude_article: str) -> list[tuple[int, int]]:
        asked.extend(keys)
        return real(self, keys, exclude_article)

    monkeypatch.setattr(QuoteIndex, "postings", spy)
    index.candidates(wire)
    assert set(asked) <= {t.key for t in quote_terms(wire.norm)}
