"""`trace --jobs 2` links exactly what one process links, sentence search included (records
built here, no model)."""

from __future__ import annotations

from pathlib import Path

from provenance.archive.records import ArticleMeta, QuoteRecord, normalise, sentence_spans
from provenance.archive.store import QuoteIndex
from provenance.trace.run import record_key, trace

STATEMENTS = [
    "We will close the northern harbour to cargo ships until the spring.",
    "The new ferry to the island will run twice a day from the first of May.",
    "Nobody on this council voted to sell the old lighthouse to a hotel chain.",
]
REPORT = "Roe's plan to close the northern harbour to cargo ships until spring drew protests."


def _article(folder: Path, i: int) -> tuple[ArticleMeta, list[QuoteRecord], str]:
    path = str(folder / f"story{i}.txt")
    date = f"2024-01-0{i + 1}"
    text, records = "", []
    for k, statement in enumerate(STATEMENTS):
        if not (i + k) % 3:
            continue
        quote = statement if (i + k) % 2 else statement.replace(" the", "", 1)  # a word dropped
        text += 'Jane Roe said: "'
        start = len(text)
        text += f'{quote}"\n\n'
        line = text.count("\n", 0, start) + 1
        records.append(
            QuoteRecord(
                path,
                start,
                start + len(quote),
                line,
                17,
                quote,
                normalise(quote),
                "direct",
                "Jane Roe",
                "person",
                None,
                None,
                date,
            )
        )
    if i % 2:
        text += REPORT + "\n"
    Path(path).write_text(text, encoding="utf-8")
    return ArticleMeta(path, str(i), None, "unknown", date, "front-matter", ()), records, text


def test_two_processes_link_what_one_links(tmp_path: Path) -> None:
    articles = [_article(tmp_path, i) for i in range(6)]
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        index.replace_articles([(m, r) for m, r, _ in articles], {m.path: sentence_spans(t) for m, _, t in articles})
        one = trace(index)
        two = trace(index, jobs=2)
    as_keys = [(record_key(lk.a), record_key(lk.b), lk.relation, lk.diff) for lk in one.links]
    assert as_keys == [(record_key(lk.a), record_key(lk.b), lk.relation, lk.diff) for lk in two.links]
    assert {lk.relation for lk in one.links} == {"verbatim", "altered", "paraphrase"}
