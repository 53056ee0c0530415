"""Pull quotes as a news page prints them: a statement set in a paragraph of its own and signed
with the speaker's name (and role), with no verb and no quote mark: "It's very bad for our senior
population if they have nothing in the way of backup. Rod Peters, Lake Cowichan mayor". What
tells a pull quote from a sentence that happens to end in a name is that the page repeats words
the article reports elsewhere; the signing name speaks. Not a social-media post's signature
(posts.py), which has a handle and a date.
"""

from __future__ import annotations

import regex

from provenance.syntax.tree import WordRef

from .model import Attribution, ParsedParagraph

# ". Rod Peters, Lake Cowichan mayor" closing the paragraph: capitalised words after the end of a
# sentence, then an optional role after a comma, with no sentence of its own.
_SIGNATURE = regex.compile(
    r"(?<=[.?!][\"”’']?)[ \t]+(?P<name>(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]+)"
    r"(?:[ \t]*,[ \t]+[^.!?\n,]{3,80})?[ \t]*$"
)
_WORD = regex.compile(r"\p{L}+")
# How many of the statement's first words must recur elsewhere in the article.
_ECHO_WORDS = 6


def pull_quotes(text: str, paras: list[ParsedParagraph], found: list[Attribution]) -> list[Attribution]:
    """One attribution per signed paragraph whose statement the article reports elsewhere, when
    nothing found already covers it."""
    out: list[Attribution] = []
    echoes: dict[str, set[int]] | None = None  # (built once, only when a paragraph is signed)
    for para in paras:
        sig = _SIGNATURE.search(text, para.start, para.end)
        if sig is None:
            continue
        body_start, body_end = para.start, sig.start()
        if any(a.start < body_end and body_start < a.end for a in found):
            continue
        words = _WORD.findall(text[body_start:body_end].lower())
        if len(words) < _ECHO_WORDS:
            continue
        echoes = _echoes(text, paras) if echoes is None else echoes
        # (the statement's first words recur outside its paragraph: a page's pull quote repeats
        # what the story reports)
        if not echoes.get(" ".join(words[:_ECHO_WORDS]), set()) - {para.index}:
            continue
        lo, hi = sig.span("name")
        names = [
            (s, w) for s in para.sentences for w in s.words if lo <= w.start and w.end <= hi and w.text[:1].isupper()
        ]
        if not names:
            continue
        sent, word = names[-1]
        out.append(
            Attribution(
                "indirect", body_start, body_end, "pull-quote", speaker=WordRef(sent, word.index), paragraph=para.index
            )
        )
    return out


def _echoes(text: str, paras: list[ParsedParagraph]) -> dict[str, set[int]]:
    """Each run of ``_ECHO_WORDS`` words of the article, lower-cased, with the paragraphs it
    occurs in (one pass over the text, however many paragraphs are signed)."""
    index: dict[str, set[int]] = {}
    for para in paras:
        words = _WORD.findall(text[para.start : para.end].lower())
        for i in range(len(words) - _ECHO_WORDS + 1):
            index.setdefault(" ".join(words[i : i + _ECHO_WORDS]), set()).add(para.index)
    return index
