"""Bounded memory whatever the text (issue #18, the blocker).

Text with no sentence-final punctuation reached the parser as one sentence, and the tagger and
parser need memory that grows with a sentence's square: 1,000 words took 2.6 GB, 2,000 more than
9 GB. Now sentences are cut into windows of at most MAX_SENTENCE_WORDS words before tagging.

The model test measures the peak resident memory of a child process (getrusage of the
children) on such text: before the fix, the 1,200 words below needed ~3.5 GB, far above the
1 GB bound the README documents. It is a regression test for a blow-up, not a benchmark.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import textwrap

import pytest

from provenance.document import make_document
from provenance.syntax.budget import estimate_tokens, within_budget
from provenance.syntax.parser import MAX_SENTENCE_WORDS, window_cuts

BOUND_BYTES = 1024**3  # the README's bound for one process


def _groups(words: list[str], text: str) -> list[list[dict]]:
    """Token groups as Stanza's to_dict() gives them (one entry per plain token)."""
    out, pos = [], 0
    for i, w in enumerate(words):
        start = text.index(w, pos)
        pos = start + len(w)
        out.append([{"id": i + 1, "text": w, "start_char": start, "end_char": pos}])
    return out


def _windows(cuts: list[int], n: int) -> list[tuple[int, int]]:
    return list(zip([0, *cuts], [*cuts, n]))


def test_windows_hold_at_most_max_words_and_cover_every_token() -> None:
    words = [f"w{i}" for i in range(1000)]
    text = " ".join(words)
    groups = _groups(words, text)
    windows = _windows(window_cuts(groups, text, 150), len(groups))
    assert windows[0][0] == 0 and windows[-1][1] == len(groups)
    assert all(a < b and b - a <= 150 for a, b in windows)
    assert all(prev[1] == nxt[0] for prev, nxt in zip(windows, windows[1:]))


def test_cuts_prefer_a_line_break_then_punctuation() -> None:
    lines = [" ".join(f"w{r}x{i}" for i in range(9)) for r in range(40)]  # a list: 9 words a line
    text = "\n".join(lines)
    words = text.split()
    cuts = window_cuts(_groups(words, text), text, 50)
    assert cuts and all(k % 9 == 0 for k in cuts), "every cut falls at a line start"
    words = [("," if i % 7 == 6 else f"w{i}") for i in range(300)]  # Stanza makes a comma a token
    text = " ".join(words)
    cuts = window_cuts(_groups(words, text), text, 50)
    assert cuts and all(words[k - 1] == "," for k in cuts), "cuts come after a comma"


def test_a_short_sentence_is_not_cut() -> None:
    words = ["He", "said", "so", "."]
    text = "He said so ."
    assert window_cuts(_groups(words, text), text, MAX_SENTENCE_WORDS) == []


def test_markdown_tables_are_not_prose_but_list_items_are() -> None:
    rows = "\n".join(f"| {i} | Minister {i} | said “yes” |" for i in range(300))
    text = f"# Votes\n\n| n | who | what |\n|---|---|---|\n{rows}\n\n- “We will win,” she said.\n- second item\n"
    doc = make_document(text, "a.md")
    assert len(doc.prose) == len(text)
    assert "Minister" not in doc.prose and "|" not in doc.prose
    assert [p.text for p in doc.paragraphs] == ["Votes", "“We will win,” she said.", "second item"]
    quote = text.index("“We will win,”")
    assert doc.prose[quote : quote + 14] == "“We will win,”", "a list item that is a quote is still prose"


CHILD = textwrap.dedent(
    """
    import sys
    from provenance.models import resolve_model
    from provenance.syntax.parser import Parser

    parser = Parser(resolve_model(None), None)
    texts = [sys.stdin.read()]
    sentences = parser.parse(texts)[0]
    longest = max(len(s.words) for s in sentences)
    inside = all(0 <= w.start <= w.end <= len(texts[0]) for s in sentences for w in s.words)
    spans = all(texts[0][w.start : w.end] == w.text for s in sentences for w in s.words if w.text.isalpha())
    print(len(sentences), longest, inside, spans, parser.stats.split_sentences)
    """
)


@pytest.mark.model
def test_a_long_unpunctuated_paragraph_parses_in_bounded_memory() -> None:
    # 1,200 words, no sentence-final punctuation, quote marks here and there: one "sentence".
    vocab = ["officials", "said", "the", "minister", "“", "”", "Reuters", "told", "in", "Baghdad"]
    text = " ".join(vocab[(i * 7) % len(vocab)] for i in range(1200))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    r = subprocess.run([sys.executable, "-c", CHILD], input=text, capture_output=True, text=True, timeout=1800)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert r.returncode == 0, r.stderr[-2000:]
    n, longest, inside, spans, split = r.stdout.split()
    assert int(longest) <= MAX_SENTENCE_WORDS and int(n) >= 1200 // MAX_SENTENCE_WORDS and int(split) == 1
    assert inside == "True" and spans == "True", "offsets are still character offsets into the text"
    # ru_maxrss is the largest child so far (KiB on Linux); a blow-up would be ~3.5 GB here.
    assert max(peak_kib, before) * 1024 <= BOUND_BYTES, f"peak RSS {peak_kib // 1024} MiB"


# -- a per-article parse budget (issue #18): one pathological article cannot keep a hook busy.
# Beyond ARTICLE_TOKEN_BUDGET estimated tokens the rest of the article is not parsed; the run
# prints one warning naming the file and still reports the article (quote marks paired, partial
# attribution). Sizes, not clocks: the same text always gets the same analysis.
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


# -- native caches (issue #17): MKL's buffer pool and oneDNN's per-shape kernel cache grow with
# every new input shape and are never emptied (heap memory in use 137 -> 205 MB by the 119th dev
# article without the settings, flat at 141 MB over 200 with them). Set before Stanza is imported.
def test_a_parsing_process_bounds_the_native_caches_unless_the_user_set_them() -> None:
    code = textwrap.dedent(
        """
        import json, os
        from provenance.syntax import loading
        os.environ["ONEDNN_PRIMITIVE_CACHE_CAPACITY"] = "64"  # the user's own choice is kept
        os.environ.pop("MKL_DISABLE_FAST_MM", None)
        loading.bound_native_caches()
        print(json.dumps({k: os.environ.get(k) for k in loading.NATIVE_CACHE_ENV}))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"MKL_DISABLE_FAST_MM": "1", "ONEDNN_PRIMITIVE_CACHE_CAPACITY": "64"}
