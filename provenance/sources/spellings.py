"""Spelling variants of one name in one article (sources/table.py uses them to merge entities)."""

from __future__ import annotations

import regex

# A surname spelt two ways in one article ("al-Saidi" / "Al-Saeedi", a typo "Sharption"): the
# same consonants in the same order, the same first letter, at most two letters apart (the
# regex package's fuzzy matching). Only long words: "Mann" and "Moon" are two people.
_VOWELS = regex.compile(r"[aeiouy'’-]")
_FUZZY_MIN = 5


def spelling_variant(a: list[str], b: list[str]) -> bool:
    """Whether two token lists differ only by spelling variants of words of five letters or more."""
    if len(a) != len(b) or a == b:
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < _FUZZY_MIN or x[0] != y[0]:
            return False
        if _skeleton(x) != _skeleton(y):
            if not _alternate_letter(x, y):
                return False
        elif regex.fullmatch(rf"(?:{regex.escape(x)}){{e<=2}}", y) is None:
            return False
    return True


# Letters that spell one sound in different transliterations ("Lindqvist" / "Lindquist",
# "Wolkov" / "Volkov", "Nikolai" / "Nicolai", "Aliyev" / "Aliev" is an insertion and not here)
_ALTERNATIONS = frozenset({frozenset("uv"), frozenset("vw"), frozenset("ck"), frozenset("iy"), frozenset("sz")})


def _alternate_letter(x: str, y: str) -> bool:
    """Two words that differ in one letter only, a pair of ``_ALTERNATIONS``."""
    if len(x) != len(y):
        return False
    diff = [frozenset((a, b)) for a, b in zip(x, y, strict=True) if a != b]
    return len(diff) == 1 and diff[0] in _ALTERNATIONS


def _skeleton(word: str) -> str:
    """The consonants, doubled letters once: "saeedi" -> "sd", "sharption" -> "shrptn"."""
    return regex.sub(r"(.)\1+", r"\1", _VOWELS.sub("", word))
