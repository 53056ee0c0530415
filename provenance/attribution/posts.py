"""Embedded social-media posts as a scraped web page shows them.

A page that embeds a post prints its text and then the account's signature on the same line
(inside the embed's markup, when the page kept it: '<tweet author="@bchydro">...</tweet>'):
"Due to the extent of the damage, some areas will be without power for days.
pic.twitter.com/rg2GLQvMx7 — BC Hydro (@bchydro) December 22, 2018". No verb and no quote mark
attributes the text, yet it is the account's own words, published by it: the display name before
the handle speaks. The post's own links and the trailing hashtag glued to a picture link are not
part of what it says. Never a channel (the sources labels' "not via": a post is the speaker's
own statement, not an outlet's).
"""

from __future__ import annotations

import regex

from provenance.syntax.tree import WordRef

from .model import Attribution, ParsedParagraph

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# "— Display Name (@handle) Month D, YYYY" closing the paragraph: the embed's signature.
_SIGNATURE = regex.compile(
    rf"[ \t]*[—–―-]{{1,2}}[ \t]*(?P<name>[^\n()—–―@]{{1,60}}?)[ \t]*\(@(?P<handle>\w{{1,30}})\)"
    rf"[ \t]*{_MONTH}[ \t]+\d{{1,2}},[ \t]*\d{{4}}[ \t]*(?:</\w+>)?[ \t.]*$"
)
# What opens a post's text without being said: space, and the embed's own markup when the page
# kept it ('<tweet id="..." author="@x">').
_LEAD = regex.compile(r"\s*(?:<[A-Za-z][^<>\n]{0,200}>\s*)?")
# What closes a post's text without being said: its picture and link URLs, a hashtag glued to one.
_TRAILING_LINKS = regex.compile(r"(?:[ \t]*(?:#\w*)?(?:pic\.twitter\.com/|https?://|t\.co/)\S*)+[ \t]*$")


def embedded_posts(text: str, paras: list[ParsedParagraph], found: list[Attribution]) -> list[Attribution]:
    """One attribution per paragraph that ends in a post's signature, when nothing found
    already covers the post's text."""
    out: list[Attribution] = []
    for para in paras:
        sig = _SIGNATURE.search(text, para.start, para.end)
        if sig is None:
            continue
        body_end = para.start + len(_TRAILING_LINKS.sub("", text[para.start : sig.start()]).rstrip())
        lead = _LEAD.match(text, para.start, body_end)
        body_start = lead.end() if lead else para.start
        if body_end - body_start < 10 or any(a.start < body_end and body_start < a.end for a in found):
            continue
        lo, hi = sig.span("name")
        words = [(s, w) for s in para.sentences for w in s.words if lo <= w.start and w.end <= hi]
        names = [(s, w) for s, w in words if w.text[:1].isupper()]
        if not names:
            continue
        sent, word = names[-1]
        out.append(
            Attribution(
                "direct",
                body_start,
                body_end,
                "post-signature",
                speaker=WordRef(sent, word.index),
                paragraph=para.index,
            )
        )
    return out
