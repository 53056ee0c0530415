"""Quoted words as comparison tokens, and how rare each word is across the index.

Two renderings of one statement are compared word by word. What an editor does not see as a
different word must compare equal: case, punctuation, curly vs straight apostrophes, and the
two spellings of a possessive ("Jones's" / "Jones'"). A contraction keeps its apostrophe so
"we're" stays apart from "were" and from "we are" (opening a contraction is an alteration).
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*['’]?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})

# Function words: they carry no evidence that two quotes are one statement. Kept short and
# closed-class on purpose; how common a content word is comes from the index itself (Rarity).
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves i'm i've i'll i'd you're you've you'll he's she's it's we're
    we've we'll they're they've they'll that's there's what's who's let's don't doesn't didn't won't
    wouldn't can't cannot couldn't shouldn't isn't aren't wasn't weren't hasn't haven't hadn't going
    get got said say says one two like well us many much""".split()
)


def _fold_token(word: str) -> str:
    word = word.translate(_APOSTROPHES).casefold()
    # The two spellings of a possessive on a name ending in s are one word: Jones's = Jones'.
    if word.endswith("s's"):
        return word[:-2]
    return word.rstrip("'")


@dataclass(frozen=True)
class Words:
    """A quote's words: comparison tokens, the words as written, and their offsets in the text."""

    norm: tuple[str, ...]
    surface: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.norm)

    def pick(self, keep: Sequence[int]) -> Words:
        """The tokens at ``keep`` (in that order)."""
        return Words(
            tuple(self.norm[i] for i in keep),
            tuple(self.surface[i] for i in keep),
            tuple(self.starts[i] for i in keep),
            tuple(self.ends[i] for i in keep),
        )

    def part(self, start: int, end: int) -> Words:
        """Tokens [start, end) as a Words of their own (offsets still into the whole text)."""
        return Words(self.norm[start:end], self.surface[start:end], self.starts[start:end], self.ends[start:end])


def words(text: str) -> Words:
    """The words of a quote. NFKC keeps offsets only for text that is already normal, so the
    offsets are taken from the text as given and each word is normalised on its own."""
    norm: list[str] = []
    surface: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _WORD.finditer(text):
        token = _fold_token(unicodedata.normalize("NFKC", m.group(0)))
        if token:
            norm.append(token)
            surface.append(m.group(0).rstrip("'’"))
            starts.append(m.start())
            ends.append(m.end())
    return Words(tuple(norm), tuple(surface), tuple(starts), tuple(ends))


# A quotation inside a quotation ("and she said, 'It's so nice to meet you,' and ..."): the
# inner marks open after a non-letter and close before one, so an apostrophe is never a mark.
# An apostrophe between two letters inside it ("‘It’s so nice to meet you’") is no closing mark.
_NESTED = regex.compile(r"(?<![\p{L}\p{N}])[‘“\"']((?:[^‘’“”\"']|(?<=\p{L})['’](?=\p{L})){3,}?)[’”\"'](?![\p{L}\p{N}])")


def nested(text: str, w: Words, min_words: int = 3) -> list[tuple[int, int]]:
    """Token ranges of the quotations nested inside a quote's text."""
    out = []
    for m in _NESTED.finditer(text):
        inside = [i for i, s in enumerate(w.starts) if m.start(1) <= s < m.end(1)]
        if len(inside) >= min_words and len(inside) < len(w):
            out.append((inside[0], inside[-1] + 1))
    return out


# The end of a sentence inside a quote: a full stop (or ! ? …) and any closing marks, then space
# and a capital or an opening mark. An abbreviation ("Mr. Roe") splits too: a part is only one
# more reading of the quote, tried beside the whole.
_SENTENCE_END = regex.compile(r"[.!?…]+[’”\"']*\s+(?=[\p{Lu}“\"‘'])")


def sentence_parts(text: str, w: Words, min_words: int = 3) -> list[tuple[int, int]]:
    """Token ranges of the sentences of a quote of two sentences or more: an article may quote
    one of them word for word and reword the next, and each sentence is a statement of its own."""
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text) + 1]
    if len(bounds) < 3:
        return []
    out = []
    for lo, hi in zip(bounds, bounds[1:]):
        inside = [i for i, s in enumerate(w.starts) if lo <= s < hi]
        if len(inside) >= min_words and len(inside) < len(w):
            out.append((inside[0], inside[-1] + 1))
    return out


def tokens(text: str) -> tuple[str, ...]:
    """The comparison tokens of quoted words (NFKC, casefolded, punctuation dropped)."""
    return words(text).norm


def content(token: str) -> bool:
    return token not in STOPWORDS and not token.isdigit() and len(token) > 1


@lru_cache(maxsize=1 << 16)  # the sentence search stems the same words for every quote it tries
def stem(token: str) -> str:
    """A crude English stem for paraphrase overlap (reported speech changes tense and number)."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)]
    return token


class Rarity:
    """How many indexed quotes hold each word: a word most quotes share is weak evidence that
    two quotes are one statement ("people", "country", "great"). ``df`` looks a word up (the
    index's own term counts); lookups are cached for the run."""

    def __init__(
        self, total: int, df: Callable[[str], int], phrase_df: Callable[[tuple[str, ...]], int] | None = None
    ) -> None:
        self.total = total
        self._df = df
        self._phrase_df = phrase_df
        self._cache: dict[str, float] = {}

    def phrase_count(self, run: tuple[str, ...]) -> int:
        """How many indexed quotes hold this run of words (0 when not known)."""
        return self._phrase_df(run) if self._phrase_df is not None else 0

    @classmethod
    def of(cls, texts: Iterable[tuple[str, ...]]) -> Rarity:
        """Counted from token lists (tests, and callers without an index)."""
        lists = list(texts)
        counts: Counter[str] = Counter()
        for toks in lists:
            counts.update(set(toks))

        def phrase_df(run: tuple[str, ...]) -> int:
            n = len(run)
            return sum(1 for toks in lists if any(toks[i : i + n] == run for i in range(len(toks) - n + 1)))

        return cls(len(lists), lambda t: counts.get(t, 0), phrase_df)

    def weight(self, token: str) -> float:
        """0 for a function word; 1 for a content word in few quotes, less the more quotes use it."""
        if not content(token):
            return 0.0
        if self.total < 50:
            return 1.0  # too few quotes to tell a common word from a rare one
        cached = self._cache.get(token)
        if cached is None:
            cached = self._cache[token] = self._weigh(self._df(token) / self.total)
        return cached

    @staticmethod
    def _weigh(share: float) -> float:
        # In 0.5% of quotes or fewer: rare (1.0); in 5% or more: common (0.25); log-linear between.
        if share <= 0.005:
            return 1.0
        if share >= 0.05:
            return 0.25
        return 1.0 - 0.75 * math.log10(share / 0.005)
