"""The HTML report's reading aids: front matter as a heading, an index of articles, speakers
merged by entity, colours past the palette, plain-English anonymity, findings in the panel."""

from __future__ import annotations

import json
import re

from check_helpers import doc_from, quote, speaker

from provenance.checker.run import check_documents
from provenance.config import Config
from provenance.records import ArticleResult
from provenance.report import render
from provenance.report.html import PALETTE, colour

FRONT = """---
title: Council backs library budget
date: 2024-03-12
outlet: The Daily Example
---

"We will keep every branch open," said Donald Trump, the council leader.

"Nobody loses a library," Trump said.
"""


def _page(docs_results: list[tuple[str, str, list]]) -> str:
    docs, results = [], []
    for text, path, make in docs_results:
        doc = doc_from(text, path=path)
        docs.append(doc)
        results.append(ArticleResult(doc.path, quotes=make(doc)))
    run = check_documents(docs, [Config() for _ in docs], results=results)
    return render(run, "html")


def _trump(doc):
    full = speaker(doc, "Donald Trump", "Donald Trump", anonymity="named", type="person")
    short = speaker(doc, "Trump said", "Trump", anonymity="named", type="person")
    return [
        quote(doc, "We will keep every branch open,", spk=full),
        quote(doc, "Nobody loses a library,", spk=short),
    ]


def test_front_matter_becomes_the_heading_and_is_not_shown_raw() -> None:
    page = _page([(FRONT, "story.md", _trump)])
    assert "<h2" in page and "Council backs library budget</h2>" in page
    assert "2024-03-12 · The Daily Example · story.md" in page
    text = re.search(r'<div class="text">(.*?)</div>', page, re.S)
    assert text and "title:" not in text.group(1) and "---" not in text.group(1)
    assert "We will keep every branch open" in text.group(1)


def test_short_and_full_name_of_one_person_share_a_colour() -> None:
    page = _page([(FRONT, "story.md", _trump)])
    marks = re.findall(r'<mark class="q[^"]*"[^>]*data-speaker="([^"]*)"[^>]*style="--c:([^"]+)"', page)
    assert {key for key, _ in marks} == {"donald trump"}
    assert len({c for _, c in marks}) == 1
    # the legend names the entity once, by its fullest name
    assert page.count("Donald Trump <span") == 1


def test_index_of_articles_only_for_several() -> None:
    one = _page([(FRONT, "story.md", _trump)])
    two = _page([(FRONT, "story.md", _trump), ("Nothing quoted.\n", "other.md", lambda d: [])])
    assert '<nav class="index">' not in one
    assert '<nav class="index">' in two
    assert '<a href="#article-0">Council backs library budget</a>' in two
    assert '<a href="#article-1">other.md</a>' in two


def test_colours_stay_distinct_past_the_palette() -> None:
    colours = [colour(n) for n in range(40)]
    assert len(set(colours)) == 40
    assert colours[: len(PALETTE)] == list(PALETTE)


def test_plain_english_anonymity_and_findings_in_the_panel_data() -> None:
    text = '"The plan is dead," an official said.\n'

    def make(doc):
        return [quote(doc, "The plan is dead,", spk=speaker(doc, "an official", anonymity="anonymous", type="person"))]

    page = _page([(text, "a.md", make)])
    assert "Anonymous, no reason given (anonymous)" in page
    data = json.loads(re.search(r'<script type="application/json" id="quote-data">(.*?)</script>', page, re.S).group(1))
    [info] = data.values()
    assert info["anonymity"] == "Anonymous, no reason given (anonymous)"
    # every finding on the quote is in the panel with its message, not only its rule id
    assert info["findings"] and all(re.match(r"^(error|warning|info) [a-z-]+: .+", f) for f in info["findings"])
