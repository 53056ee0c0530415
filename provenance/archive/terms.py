"""The lookup terms of a quote: its 4-word shingles and its content words, hashed to integers.

A shared shingle finds the same words reported in two places (verbatim or with a word changed
elsewhere in the quote); shared rare content words find a quote cut differently or paraphrased
("brutal aggression" inside "as a result of brutal American aggression"). The index weighs
every term by how many quotes hold it, so a stock phrase is not evidence (``store.py``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

SHINGLE = 4  # words per shingle: 3 links stock phrases, 5 misses a quote with one word changed in 9
TermKind = Literal["shingle", "word"]

# Function words carry no evidence that two quotes are the same statement. Kept short and
# closed: content words, however common, are weighed by the index's own frequencies instead.
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves s t ll ve re d m
    said says say""".split()
)


@dataclass(frozen=True)
class Term:
    key: int  # signed 64-bit hash: an INTEGER key keeps the posting table small and fast
    kind: TermKind


def term_key(kind: TermKind, text: str) -> int:
    # blake2b, not hash(): Python's str hash changes per process, the index outlives it.
    digest = hashlib.blake2b(f"{kind[0]}:{text}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def content_words(norm: str) -> list[str]:
    return [w for w in norm.split() if w not in STOP_WORDS and len(w) > 1 and not w.isdigit()]


def shingles(norm: str) -> list[str]:
    """Every run of SHINGLE words with a content word in it; a quote of 2 to SHINGLE-1 words is
    one shingle of itself. A one-word quote has none: alone it links nothing."""
    words = norm.split()
    if len(words) < 2:
        return []
    if len(words) < SHINGLE:
        runs = [words]
    else:
        runs = [words[i : i + SHINGLE] for i in range(len(words) - SHINGLE + 1)]
    # "as a result of", "that it was the": only function words, evidence of nothing
    return [" ".join(run) for run in runs if not all(w in STOP_WORDS for w in run)]


def quote_terms(norm: str) -> list[Term]:
    """The distinct terms of a normalised quote, shingles first."""
    return list(_cached_terms(norm))


# Tracing looks up the terms of every candidate of every quote: the same few thousand quotes
# again and again: hashing each once (not once per lookup) saves most of the ranking time.
@lru_cache(maxsize=8192)  # ~40 terms a quote: some 30 MB at most
def _cached_terms(norm: str) -> tuple[Term, ...]:
    seen: dict[int, Term] = {}
    kinds: tuple[tuple[TermKind, list[str]], ...] = (("shingle", shingles(norm)), ("word", content_words(norm)))
    for kind, texts in kinds:
        for text in dict.fromkeys(texts):  # hashing is most of an insert's Python time: once per text
            key = term_key(kind, text)
            if key not in seen:
                seen[key] = Term(key, kind)
    return tuple(seen.values())
