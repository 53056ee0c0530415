"""--jobs: articles analysed in worker processes give exactly the single-process output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_helpers import cli

from provenance.document import make_document
from provenance.pipeline import chunks
from provenance.workers import COLD_FILES, default_jobs

ARTICLES = [
    '"We will rebuild the bridge before winter," said Jane Roe, the mayor of Easton.\n',
    "The council met on Tuesday. Its chair, Sam Poe, said the budget was final.\n",
    '"Nobody told us," a resident said. "We found out from the news."\n',
    "Officials said the road would reopen, according to a statement from the agency.\n",
    '"It is a scandal," Poe told Reuters. He did not give details.\n',
]


class _Parser:
    def __init__(self, cold: set[str]) -> None:
        self.cold = cold

    def uncached(self, texts: list[str]) -> int:
        return sum(1 for t in texts if t in self.cold)


def test_default_jobs_only_for_enough_articles_that_need_the_model() -> None:
    docs = [make_document(f"Paragraph {i}.\n", f"{i}.txt") for i in range(COLD_FILES + 2)]
    assert default_jobs(_Parser(set()), docs) == 1  # everything cached: no workers
    few = {d.paragraphs[0].text for d in docs[: COLD_FILES - 1]}
    assert default_jobs(_Parser(few), docs) == 1
    all_cold = {d.paragraphs[0].text for d in docs}
    import os

    assert default_jobs(_Parser(all_cold), docs) == max(1, min(os.cpu_count() or 1, 4))


def test_chunks_keep_order_and_cover_every_document() -> None:
    docs = [make_document("word " * n, f"{n}.txt") for n in (10, 3000, 10, 10, 9000, 5)]
    batches = list(chunks(docs, words=4000))
    assert [d.path for b in batches for d in b] == [d.path for d in docs]
    assert all(b for b in batches)


@pytest.mark.model
@pytest.mark.slow
def test_extract_with_two_jobs_equals_one(tmp_path: Path) -> None:
    for i, text in enumerate(ARTICLES):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    one = cli("extract", "--format", "json", "--jobs", "1", "--no-cache", str(tmp_path))
    two = cli("extract", "--format", "json", "--jobs", "2", "--no-cache", str(tmp_path))
    assert one.returncode == 0 and two.returncode == 0, two.stderr[-2000:]
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert len(json.loads(two.stdout)) == len(ARTICLES)
