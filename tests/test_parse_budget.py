"""A per-article parse budget (issue #18): one pathological article cannot keep a hook busy.

Beyond ``ARTICLE_TOKEN_BUDGET`` estimated tokens the rest of the article is not parsed; the run
prints one warning naming the file and still reports the article (quote marks paired, partial
attribution). Sizes, not clocks: the same text always gets the same analysis.
"""

from __future__ import annotations

import pytest

from provenance.document import make_document
from provenance.syntax.budget import estimate_tokens, within_budget


def test_articles_within_the_budget_are_untouched() -> None:
    texts = ["He said “no.”", "She agreed."]
    planned = within_budget(texts, budget=100)
    assert planned.texts == texts and planned.cut == 0


def test_the_paragraph_where_the_budget_runs_out_is_cut_at_a_space() -> None:
    texts = ["one two three", "four five six seven", "eight nine"]
    planned = within_budget(texts, budget=5)
    assert planned.texts == ["one two three", "four five", ""]
    assert planned.cut == 2 and planned.tokens == 9


def test_quote_marks_count_as_tokens() -> None:
    line = "“" * 10_000
    assert estimate_tokens(line) == 10_000
    planned = within_budget([line], budget=300)
    assert planned.cut == 1 and 0 < len(planned.texts[0]) <= 300


class _CountingParser:
    """Stands in for the Stanza parser: records what it is asked to parse."""

    name_heads = True
    article_tokens = 1_000

    def __init__(self) -> None:
        self.texts: list[str] = []

    def parse(self, texts: list[str]) -> list[list]:
        self.texts.extend(texts)
        return [[] for _ in texts]


def test_an_article_over_budget_is_parsed_in_part_with_one_warning(capsys: pytest.CaptureFixture[str]) -> None:
    from provenance.pipeline import parse_documents

    flood = "“" * 50_000  # the hostile-input row: 10,000s of quote marks on one line
    doc = make_document(f"The minister said the talks had failed.\n\n{flood}\n\nHe said so.", "flood.txt")
    small = make_document("“Yes,” she said.", "small.txt")
    parser = _CountingParser()
    parsed = parse_documents(parser, [doc, small])  # type: ignore[arg-type]
    assert [len(p) for p in parsed] == [len(doc.paragraphs), 1]
    assert sum(estimate_tokens(t) for t in parser.texts) <= 1_000 + estimate_tokens("“Yes,” she said.")
    assert parser.texts[-1] == "“Yes,” she said."  # the next article gets its own budget
    err = capsys.readouterr().err
    assert err.count("warning") == 1 and "flood.txt" in err and "parse budget" in err


@pytest.mark.model
def test_check_on_a_pathological_article_finishes_with_a_partial_analysis(
    tmp_path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from provenance.cli import main
    from provenance.syntax import budget

    monkeypatch.setattr(budget, "ARTICLE_TOKEN_BUDGET", 400)  # the parser's default, read when it is made
    f = tmp_path / "flood.txt"
    f.write_text("“We will not stop,” the minister told Reuters.\n\n" + "“a” " * 3_000 + "\n", encoding="utf-8")
    assert main(["extract", "--format", "json", "--no-cache", str(f)]) == 0
    captured = capsys.readouterr()
    assert "over the parse budget" in captured.err
    assert '"rule": "' in captured.out  # the first paragraph, within the budget, is attributed
