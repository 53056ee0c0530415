"""One file, one article: the same file by two paths, a moved file, a deleted file, and the
schema-2 migration that stores each article's real path (no model: the fake analyser of
test_archive_index.py)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from test_archive_index import CALLS, fake_analyse_batch, write_archive

from provenance.archive import build
from provenance.archive.build import index_paths
from provenance.archive.store import MIGRATIONS, SCHEMA_VERSION, QuoteIndex


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "analyse_batch", fake_analyse_batch)
    CALLS.clear()


def test_one_file_by_two_paths_is_one_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_archive(tmp_path / "news", n=2)
    (tmp_path / "alias").symlink_to(tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        index_paths(["news"], index)
        CALLS.clear()
        # An absolute path, and a symlinked folder, to the same files.
        again = index_paths([str(tmp_path / "news" / "story0.txt"), "alias/story1.txt"], index)
        assert (again.parsed, again.unchanged, CALLS) == (0, 2, [])
        assert [a.path for a in index.articles()] == ["news/story0.txt", "news/story1.txt"]
        assert again.stored == {
            str(tmp_path / "news" / "story0.txt"): "news/story0.txt",
            "alias/story1.txt": "news/story1.txt",
        }
        # Changed, and given by the other path: replaced under the path it is stored by.
        (tmp_path / "news" / "story1.txt").write_text("The mayor said: “Bridge 1 is closed.”\n")
        changed = index_paths(["alias/story1.txt"], index)
        assert changed.parsed == 1 and len(index.articles()) == 2
        assert [r.text for r in index.records(article="news/story1.txt")] == ["“Bridge 1 is closed.”"[1:-1]]


def test_a_moved_file_is_renamed_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_archive(tmp_path / "news", n=2)
    monkeypatch.chdir(tmp_path)
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        index_paths(["news"], index)
        before = index.records(article="news/story0.txt")
        CALLS.clear()
        (tmp_path / "news" / "2024").mkdir()
        os.rename(tmp_path / "news" / "story0.txt", tmp_path / "news" / "2024" / "story0.txt")
        stats = index_paths(["news"], index)
        assert (stats.moved, stats.parsed, stats.removed, CALLS) == (1, 0, 0, [])
        assert [a.path for a in index.articles()] == ["news/2024/story0.txt", "news/story1.txt"]
        assert [r.text for r in index.records(article="news/2024/story0.txt")] == [r.text for r in before]
        # A copy (the same bytes at a second path that both exist) is a second article.
        (tmp_path / "news" / "copy.txt").write_bytes((tmp_path / "news" / "story1.txt").read_bytes())
        stats = index_paths(["news"], index)
        assert (stats.moved, stats.parsed) == (0, 1) and len(index.articles()) == 3


def test_deleted_files_are_pruned_from_the_folders_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_archive(tmp_path / "news", n=3)
    write_archive(tmp_path / "other", n=1)
    monkeypatch.chdir(tmp_path)
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        index_paths(["news", "other"], index)
        quotes = len(index)
        (tmp_path / "news" / "story2.txt").unlink()
        (tmp_path / "other" / "story0.txt").unlink()
        stats = index_paths(["news"], index)
        assert stats.removed == 1 and len(index) == quotes - 1
        # Not a folder given this time: its article stays until that folder is indexed again.
        assert sorted(a.path for a in index.articles()) == ["news/story0.txt", "news/story1.txt", "other/story0.txt"]
        assert index_paths(["other"], index).removed == 1
        # A file given by name is never a reason to prune anything.
        assert index_paths(["news/story0.txt"], index).removed == 0
        # "." holds the relative paths under it, not an absolute path stored from elsewhere.
        outside = tmp_path.parent / f"{tmp_path.name}-elsewhere.txt"
        outside.write_text("The mayor said: “The pier opens.”\n")
        index_paths([str(outside)], index)
        outside.unlink()
        (tmp_path / "news" / "story1.txt").unlink()
        assert index_paths(["."], index).removed == 1
        assert str(outside) in {a.path for a in index.articles()}


def test_a_version_1_index_is_migrated_to_4_and_its_articles_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_archive(tmp_path / "news", n=2)
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "v1.sqlite"
    # A version-1 file, as the previous release wrote it.
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO info VALUES ('schema_version', '1')")
    conn.execute(
        "INSERT INTO articles (path, sha256, outlet, outlet_source, date, date_source, credited)"
        " VALUES ('news/story0.txt', 'x', NULL, 'unknown', NULL, 'unknown', '[]')"
    )
    conn.commit()
    conn.close()
    with QuoteIndex.open(db) as index:
        assert index.schema_version() == SCHEMA_VERSION == 4
        # Found by its path; its hash cleared by the step to 3, so that it is read again and its
        # sentences stored.
        assert index.stored_as("news/story0.txt", "/nowhere") == ("news/story0.txt", "")
        assert index.sentence_count() == 0
        stats = index_paths(["news"], index)
        assert stats.parsed == 2 and len(index.articles()) == 2 and index.sentence_count() > 0
        CALLS.clear()
        assert index_paths([str(tmp_path / "news")], index).unchanged == 2 and CALLS == []
