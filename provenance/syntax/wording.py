"""Spellings the parser never saw, as it should read them.

The shipped models are trained on American English (UD EWT, GUM), and Canadian and British news
writes "65 per cent". The parser reads "per" as a preposition and "cent" as its object, so "Roe
said 65 per cent of workers voted" comes out as ``obj(said, 65)`` + ``obl(said, cent)`` and the
reported clause is lost. The parser is given " percent" instead (a space first: same length, so
every offset holds; the word's span then starts one character late, and a span never starts at
"per cent", which always follows its number or quantity). The analysis reads the original text.

Likewise the Danish legal form "A/S" after a company's name ("Orsted A/S", "Novo Nordisk A/S"):
the tokenizer cuts it into "A/" and a possessive "S", and the name ends in "A/". The parser is
given "ASA" (the Norwegian form, one word it reads as part of the name; same length).
"""

from __future__ import annotations

import regex

_PER_CENT = regex.compile(r"\b(?:per|Per|PER) (?:cent|CENT)\b")
_DANISH_FORM = regex.compile(r"(?<=\p{Lu}\p{L}*[ \t])A/S\b")


def parser_wording(text: str) -> str:
    """``text`` with every "per cent" as " percent" and a company's "A/S" as "ASA" (else ``text`` itself)."""
    if "A/S" in text:
        text = _DANISH_FORM.sub("ASA", text)
    if "per cent" not in text.lower():
        return text
    return _PER_CENT.sub(lambda m: " " + m.group()[:3] + m.group()[4:], text)
