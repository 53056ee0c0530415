"""The whole check on generated articles (issue #18), lightly: it needs the model, so few
examples (CI), more at night. Arbitrary Unicode, quote marks, control characters and very long
lines: no crash, offsets inside the file, every report format renders."""

from __future__ import annotations

import json

import pytest
from fuzzing import PIECES, fuzz
from hypothesis import given
from hypothesis import strategies as st

from provenance.checker.run import check_documents
from provenance.config import Config
from provenance.document import make_document
from provenance.pipeline import analyse
from provenance.report import render

pytestmark = pytest.mark.model

SENTENCES = st.sampled_from(
    [
        "“We will not leave,” the minister said.",
        "Officials told Reuters the talks had failed.",
        "A source, who spoke on condition of anonymity, said “no”.",
        "He added: «c'est fini»",
    ]
)
LONG_LINE = st.integers(120, 200).map(lambda n: " ".join(["word", "“", "said", "the"][i % 4] for i in range(n)))
ARTICLES = st.lists(st.one_of(SENTENCES, PIECES, LONG_LINE), min_size=1, max_size=12).map(" ".join)


@fuzz(5)
@given(ARTICLES, st.sampled_from(["a.txt", "a.md"]))
def test_check_survives_any_article(analysis, text: str, name: str) -> None:
    doc = make_document(text, name)
    result = analyse([doc], analysis=analysis)[0]
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(text) and q.text == text[q.start : q.end]
        if q.speaker:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)
    run = check_documents([doc], [Config()], results=[result])
    for fmt in ("text", "github", "html", "sarif", "json"):
        out = render(run, fmt)
        if fmt in ("json", "sarif"):
            json.loads(out)
