"""`trace --jobs 2` links exactly what one process links (records built here, no model)."""

from __future__ import annotations

from pathlib import Path

from provenance.archive.records import ArticleMeta, QuoteRecord, normalise
from provenance.archive.store import QuoteIndex
from provenance.trace.run import record_key, trace

STATEMENTS = [
    "We will close the northern harbour to cargo ships until the spring.",
    "The new ferry to the island will run twice a day from the first of May.",
    "Nobody on this council voted to sell the old lighthouse to a hotel chain.",
]


def _record(path: str, k: int, text: str, date: str) -> QuoteRecord:
    start = 100 * k  # one span per quote of an article
    end = start + len(text)
    return QuoteRecord(
        path, start, end, k + 1, 1, text, normalise(text), "direct", "Jane Roe", "person", None, None, date
    )


def test_two_processes_link_what_one_links(tmp_path: Path) -> None:
    items = []
    for i in range(6):
        path = f"story{i}.txt"
        # Each statement reprinted in three articles, one with a word dropped.
        quotes = [s if (i + k) % 2 else s.replace(" the", "", 1) for k, s in enumerate(STATEMENTS) if (i + k) % 3]
        items.append(
            (
                ArticleMeta(path, str(i), None, "unknown", f"2024-01-0{i + 1}", "front-matter", ()),
                [_record(path, k, q, f"2024-01-0{i + 1}") for k, q in enumerate(quotes)],
            )
        )
    db = tmp_path / "i.sqlite"
    with QuoteIndex.open(db) as index:
        index.replace_articles(items)
        one = trace(index)
        two = trace(index, jobs=2)
    assert len(one.links) >= 6
    as_keys = [(record_key(lk.a), record_key(lk.b), lk.relation, lk.diff) for lk in one.links]
    assert as_keys == [(record_key(lk.a), record_key(lk.b), lk.relation, lk.diff) for lk in two.links]
    assert {lk.relation for lk in one.links} == {"verbatim", "altered"}
