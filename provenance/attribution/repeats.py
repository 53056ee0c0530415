"""A quote the article repeats: the words of an unattributed quote said, with a speaker, elsewhere
in the same article (a quoted headline, a pull quote, a teaser) belong to that speaker."""

from __future__ import annotations

import regex

from .model import Attribution

_WORD = regex.compile(r"\w+")
# A repeated phrase of a few words ("the ultimate public health crisis") is often quoted from
# more than one person in the same story; a repeated sentence is one person's.
MIN_REPEATED_WORDS = 6


def _words(text: str, a: Attribution) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[a.start : a.end])]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def inherit_repeated(found: list[Attribution], text: str) -> None:
    """Give an unattributed quote the speaker of an attributed quote that contains all its
    words in order (same article, anywhere): the article has already said who said it."""
    attributed = [b for b in found if b.speaker is not None and b.kind != "indirect"]
    for a in found:
        if a.rule != "unattributed":
            continue
        words = _words(text, a)
        if len(words) < MIN_REPEATED_WORDS:
            continue
        source = next((b for b in attributed if b is not a and _contains(_words(text, b), words)), None)
        if source is not None:
            a.speaker, a.via, a.cue = source.speaker, source.via, None
            a.rule = "repeated-quote"
            a.inherited_from = source
