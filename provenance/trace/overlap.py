"""How much of a quote a sentence repeats, word by word: the measures the sentence search
(``sentences.py``) decides on. A report in other words keeps some of the quote's words: a run
of its content words, enough of them in the quote's order, in one place of the quote; or a
phrase of the quote, function words and all, with a word slipped in ("the tariffs have now
been taken off")."""

from __future__ import annotations

import regex

from provenance.trace.tokens import Words, content, stem, words

MIN_RUN = 3  # content words in a row, shared verbatim
QUOTE_WINDOW = 25  # words of the quote the shared ones must fall within
PHRASE_WORDS = 6  # words of the quote in a row (one word slipped in) that make a shared phrase
PHRASE_CONTENT = 2  # content words in that phrase


def run_of_three(quote: Words, sent: Words) -> bool:
    """MIN_RUN content words in a row (function words between them allowed) in both, one of
    them written lower-case in the sentence (an ordinary word, not only a name)."""
    qn = f" {' '.join(quote.norm)} "
    for i in range(len(sent)):
        if not content(sent.norm[i]):
            continue
        real: list[int] = []
        j = i
        while j < len(sent) and len(real) < MIN_RUN:
            if content(sent.norm[j]):
                real.append(j)
            j += 1
        if len(real) < MIN_RUN:
            return False
        phrase = " ".join(sent.norm[i : real[-1] + 1])
        if f" {phrase} " in qn and any(not sent.surface[k][:1].isupper() for k in real):
            return True
    return False


def one_place(quote: Words, shared: set[str]) -> bool:
    """The shared words sit together in the quote (one sentence of it), not spread over a long
    passage that happens to use them."""
    at = [i for i, t in enumerate(quote.norm) if content(t) and stem(t) in shared]
    return bool(at) and at[-1] - at[0] < QUOTE_WINDOW


def window_cover(quote: Words, sent: Words) -> float:
    """Shared content stems over the sentence's content words from the first shared one to the
    last: a summary may be one clause of a long sentence."""
    qs = {stem(t) for t in quote.norm if content(t)}
    marks = [stem(t) in qs if content(t) else None for t in sent.norm]
    hits = [i for i, m in enumerate(marks) if m]
    if not hits:
        return 0.0
    inside = [m for m in marks[hits[0] : hits[-1] + 1] if m is not None]
    return sum(inside) / len(inside)


def in_order(quote: Words, sent: Words) -> int:
    """How many shared content stems appear in the same order in both (longest common subsequence)."""
    a = [stem(t) for t in quote.norm if content(t)]
    b = [stem(t) for t in sent.norm if content(t)]
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def content_run(quote: Words, sent: Words, names: frozenset[str] = frozenset()) -> int:
    """The longest run of content stems (function words between them ignored) in both, in a
    row; a word of ``names`` breaks a run."""
    a = [stem(t) if t not in names else "" for t in quote.norm if content(t)]
    b = [stem(t) for t in sent.norm if content(t)]
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y and x:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def contiguous(quote: Words, sent: Words) -> bool:
    """Every word of the quote, in a row, in the sentence (quote marks in it left aside)."""
    q = f" {' '.join(quote.norm)} "
    return q in f" {' '.join(sent.norm)} "


def _phrase_at(quote: Words, sent: Words, i: int, j: int) -> int:
    """How many words of the quote from ``i`` the sentence holds in a row from ``j``, one word of
    the sentence's own slipped in at most."""
    n, slipped = 0, False
    while i + n < len(quote) and j < len(sent):
        if quote.norm[i + n] == sent.norm[j]:
            n, j = n + 1, j + 1
        elif not slipped and n and j + 1 < len(sent) and quote.norm[i + n] == sent.norm[j + 1]:
            slipped, j = True, j + 1
        else:
            break
    return n


def trigrams(w: Words) -> set[tuple[str, ...]]:
    return {w.norm[i : i + 3] for i in range(len(w) - 2)}


def may_keep_phrase(quote_trigrams: set[tuple[str, ...]], sent: Words, sent_text: str) -> bool:
    """A cheap first test for ``phrase`` and ``quoted_fragment``: PHRASE_WORDS words with one
    slipped in hold three in a row; a fragment needs a quote mark."""
    return bool(_MARKED.search(sent_text)) or not quote_trigrams.isdisjoint(trigrams(sent))


def phrase(quote: Words, sent: Words) -> bool:
    """A phrase of PHRASE_WORDS words of the quote, function words included, in the sentence (one
    word slipped in allowed: "the tariffs have now been taken off"), holding PHRASE_CONTENT
    content words, one written lower-case in the quote (an ordinary word, not only a name). A
    headline says in title case what the quote said: its capitals say nothing, the quote's do."""
    at: dict[str, list[int]] = {}
    for j, t in enumerate(sent.norm):
        at.setdefault(t, []).append(j)
    for i in range(len(quote) - PHRASE_WORDS + 1):
        for j in at.get(quote.norm[i], ()):
            n = _phrase_at(quote, sent, i, j)
            if n < PHRASE_WORDS:
                continue
            kept = [k for k in range(i, i + n) if content(quote.norm[k])]
            if len(kept) >= PHRASE_CONTENT and any(not quote.surface[k][:1].isupper() for k in kept):
                return True
    return False


# Quote marks of the sentence's own around a few words ('blamed it on "hidden subsidies"'); an
# apostrophe between two letters is no mark (as in tokens.nested).
_MARKED = regex.compile(r"(?<![\p{L}\p{N}])[“\"‘']((?:[^‘’“”\"']|(?<=\p{L})['’](?=\p{L}))+?)[”\"’'](?![\p{L}\p{N}])")
FRAGMENT_WORDS = (2, 4)  # words a quoted fragment holds: fewer is one word, more is a quote record's job


def quoted_fragment(quote: Words, sent_text: str) -> tuple[str, ...] | None:
    """A few words the sentence puts in quote marks of its own ('blamed the port deficit on
    "hidden subsidies"') that the quote holds in a row: the sentence quotes the statement and
    reports the rest. Two content words at least, each written lower-case in the quote (an
    ordinary word: a name in quote marks, "Harbour Party", is a label, not the statement)."""
    qn = quote.norm
    for m in _MARKED.finditer(sent_text):
        frag = words(m.group(1)).norm
        if not FRAGMENT_WORDS[0] <= len(frag) <= FRAGMENT_WORDS[1]:
            continue
        for i in range(len(qn) - len(frag) + 1):
            if qn[i : i + len(frag)] != frag:
                continue
            kept = [k for k in range(i, i + len(frag)) if content(qn[k])]
            if len(kept) >= 2 and all(not quote.surface[k][:1].isupper() for k in kept):
                return frag
    return None
