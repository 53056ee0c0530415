"""A size budget per article for the tagger and parser (issue #18).

Parsing costs time linear in the number of tokens (sentences are already cut into windows of
``MAX_SENTENCE_WORDS``), about 1-2 ms of CPU per token on this model. An article far beyond any
news story — a 2 MB single line, a 10,000-quote-mark line, a pasted data dump — would keep a
pre-commit hook busy for minutes. So each article gets a budget of tokens: its paragraphs are
parsed in order while the budget lasts, the paragraph where it runs out is parsed up to that
point (cut at a space), and the rest of the article is not parsed. Quote marks there are still
paired and reported, but nothing is attributed from a parse; the command prints one warning
naming the file.

A size budget rather than a clock: the same text always gets the same analysis, whatever the
machine's load, so outputs and the parse cache stay deterministic. The count is an estimate of
the tokenizer's tokens (a run of word characters, or one other non-space character), cheap
enough to take on every run, cached or not.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# 20,000 tokens: 5 times the longest dev article (3,666 estimated tokens; median 671 PolNeAR,
# 1,096 GGT) and roughly 20-40 CPU-seconds of parsing here; a 2 MB line is ~400,000 tokens.
ARTICLE_TOKEN_BUDGET = 20_000
_TOKEN = regex.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Budgeted:
    """The texts to parse for one article's paragraphs ("" for those beyond the budget)."""

    texts: list[str]
    cut: int  # paragraphs not parsed in full (the one cut short, and all after it)
    tokens: int  # the estimated tokens of the whole article


def estimate_tokens(text: str) -> int:
    return sum(1 for _ in _TOKEN.finditer(text))


def _prefix(text: str, tokens: int) -> str:
    """``text`` up to the end of its first ``tokens`` tokens, cut at a space when there is one."""
    if tokens <= 0:
        return ""
    end = 0
    for k, m in enumerate(_TOKEN.finditer(text)):
        if k == tokens:
            break
        end = m.end()
    space = max(text.rfind(" ", 0, end + 1), text.rfind("\n", 0, end + 1))
    return text[:space] if space > 0 else text[:end]


def within_budget(texts: list[str], budget: int = ARTICLE_TOKEN_BUDGET) -> Budgeted:
    """One article's paragraph texts, cut to ``budget`` estimated tokens in text order."""
    counts = [estimate_tokens(t) for t in texts]
    total = sum(counts)
    if total <= budget:
        return Budgeted(list(texts), 0, total)
    out: list[str] = []
    left = budget
    for text, count in zip(texts, counts):
        if count <= left:
            out.append(text)
            left -= count
        else:
            out.append(_prefix(text, left))
            left = 0
    return Budgeted(out, sum(1 for a, b in zip(out, texts) if a != b), total)
