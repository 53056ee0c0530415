"""Spellings the parser never saw, as it should read them.

The shipped models are trained on American English (UD EWT, GUM), and Canadian and British news
writes "65 per cent". The parser reads "per" as a preposition and "cent" as its object, so "Roe
said 65 per cent of workers voted" comes out as ``obj(said, 65)`` + ``obl(said, cent)`` and the
reported clause is lost. The parser is given " percent" instead (a space first: same length, so
every offset holds; the word's span then starts one character late, and a span never starts at
"per cent", which always follows its number or quantity). The analysis reads the original text.
"""

from __future__ import annotations

import regex

_PER_CENT = regex.compile(r"\b(?:per|Per|PER) (?:cent|CENT)\b")


def parser_wording(text: str) -> str:
    """``text`` with every "per cent" as " percent" (else ``text`` itself)."""
    if "per cent" not in text.lower():
        return text
    return _PER_CENT.sub(lambda m: " " + m.group()[:3] + m.group()[4:], text)
