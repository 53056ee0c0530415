"""The sentence tables of the quote index (schema 3): every sentence of every article and an
FTS5 index over them, so that `trace` finds a quote reported in other words in any indexed
article. A mixin of ``QuoteIndex`` (the one class that speaks SQL), kept apart for size.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from provenance.archive.records import QuoteRecord, SentenceSpan

_FTS_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _fts_term(word: str) -> str:
    """A word as FTS5's unicode61 tokenizer stores it: its longest run of letters and digits
    ("trump's" -> "trump"), lower case; quoted in the query, so no word is an operator."""
    runs = _FTS_WORD.findall(word.casefold())
    return max(runs, key=len) if runs else ""


@dataclass(frozen=True)
class StoredSentence:
    path: str
    start: int
    end: int
    line: int
    column: int
    text: str


class SentenceTables:
    """The sentence half of ``QuoteIndex``; its writes run inside the index's transactions."""

    conn: sqlite3.Connection
    _records: Callable[[str, Sequence[object]], list[QuoteRecord]]  # QuoteIndex's record query

    def _insert_sentences(self, path: str, spans: Sequence[SentenceSpan]) -> None:
        if not spans:
            return
        (article_id,) = self.conn.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
        for sp in spans:
            cur = self.conn.execute(
                "INSERT INTO sentences (article, start_char, end_char, line, col, text) VALUES (?, ?, ?, ?, ?, ?)",
                (article_id, sp.start, sp.end, sp.line, sp.column, sp.text),
            )
            self.conn.execute("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)", (cur.lastrowid, sp.text))

    # ---------------------------------------------------------------- sentences

    def sentence_candidates(
        self, words: Sequence[str], exclude_article: str, limit: int, *, every: bool = False
    ) -> list[StoredSentence]:
        """Sentences of other articles holding any of ``words`` (each a prefix: "enter" finds
        "entering"), or all of them with ``every``, best first by FTS5's bm25 (rare words weigh more)."""
        terms = [w for w in (_fts_term(w) for w in words) if w]
        if not terms:
            return []
        query = (" AND " if every else " OR ").join(f'"{t}"*' for t in terms)
        rows = self.conn.execute(
            "SELECT a.path, s.start_char, s.end_char, s.line, s.col, s.text FROM sentences_fts f"
            " JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article"
            " WHERE sentences_fts MATCH ? AND a.path != ? ORDER BY bm25(sentences_fts) LIMIT ?",
            (query, exclude_article, limit),
        )
        return [StoredSentence(*row) for row in rows]

    def sentences_of(self, path: str) -> list[StoredSentence]:
        rows = self.conn.execute(
            "SELECT a.path, s.start_char, s.end_char, s.line, s.col, s.text FROM sentences s"
            " JOIN articles a ON a.id = s.article"
            " WHERE a.path = ? ORDER BY s.start_char",
            (path,),
        )
        return [StoredSentence(*row) for row in rows]

    def text_between(self, path: str, lo: int, hi: int) -> str:
        """The article's sentences that overlap [lo, hi), clipped, one space between: enough to
        look a name up near a quote without the file (it may be gone, or on another machine)."""
        rows = self.conn.execute(
            "SELECT s.start_char, s.text FROM sentences s JOIN articles a ON a.id = s.article"
            " WHERE a.path = ? AND s.start_char < ? AND s.end_char > ? ORDER BY s.start_char",
            (path, hi, lo),
        )
        return " ".join(text[max(0, lo - start) : max(0, hi - start)] for start, text in rows)

    def has_phrase(self, phrase: str) -> bool:
        """Some indexed sentence holds these words in a row (case and punctuation aside)."""
        words = [t for t in (_fts_term(w) for w in phrase.split()) if t]
        if not words:
            return False
        query = '"' + " ".join(words) + '"'
        return (
            self.conn.execute("SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1", (query,)).fetchone()
            is not None
        )

    def quotes_with_phrase(self, phrase: str, exclude_article: str, limit: int) -> list[QuoteRecord]:
        """Quotes (not reported speech) of other articles in a sentence that holds these words in
        a row: the lookup for a quote of function words only ("we are not going to do that"), which
        has no index terms of its own. At most ``limit`` sentences are read."""
        words = [t for t in (_fts_term(w) for w in phrase.split()) if t]
        if not words:
            return []
        found = self._records(
            "JOIN sentences s ON s.article = q.article AND q.start_char < s.end_char AND q.end_char > s.start_char"
            " WHERE s.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)"
            " AND a.path != ? AND q.kind != 'indirect' ORDER BY a.path, q.start_char",
            ('"' + " ".join(words) + '"', limit, exclude_article),
        )
        return list({(r.article, r.start, r.end): r for r in found}.values())

    def sentences_with_phrase(self, phrase: str, limit: int) -> int:
        """How many sentences hold these words in a row (counted up to ``limit``)."""
        words = [t for t in (_fts_term(w) for w in phrase.split()) if t]
        if not words:
            return 0
        query = '"' + " ".join(words) + '"'
        sql = "SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)"
        return int(self.conn.execute(sql, (query, limit)).fetchone()[0])

    def sentence_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM sentences").fetchone()[0])

    def sentences_with_prefix(self, prefix: str) -> int:
        """How many sentences hold a word starting with ``prefix`` (an upper bound: a sentence
        with two such words counts twice)."""
        term = _fts_term(prefix)
        if not term:
            return 0
        row = self.conn.execute(
            "SELECT coalesce(sum(doc), 0) FROM sentences_vocab WHERE term >= ? AND term < ?", (term, term + "\uffff")
        ).fetchone()
        return int(row[0])

    def person_speakers(self) -> list[str]:
        """The distinct names of speakers of type person."""
        rows = self.conn.execute(
            "SELECT DISTINCT speaker FROM quotes WHERE speaker_type = 'person' AND speaker IS NOT NULL"
        )
        return sorted(r[0] for r in rows)
