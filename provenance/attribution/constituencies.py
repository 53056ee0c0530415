"""A seat's name with "and" in it, before a member's title, read as two speakers joined.

"Highlands and Islands MSP Fergus Ewing said ..." comes out of the shipped parser (after the name
list repair) with "Highlands" the subject and "Fergus Ewing" its conjunct, so the speaker was a
place; "the Luton South and South Bedfordshire MP" with "Luton South" the apposition's head, so
the role was cut at "and". Capitalised words joined by "and" right before a constituency title
(``constituency_titles``: MP, MSP, TD, councillor ...) are the seat's name: they modify the title,
and the title goes with the name after it, which heads the phrase ("Ewing"), or heads it itself
when no name follows. So for a portfolio's fields before any title ("Mining and Heavy Industry
Minister Gankhuyag Batbold told": ``portfolio_words``). Not when the words before "and" are a person's ("John Smith and ...": a
given name, an honorific) or the words after it open with a party ("Smith and Labour MP Jane
Jones": two speakers). Part of ``phrase_repairs.phrase_repairs`` (tests/test_fresh_copy_names.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .tree_edits import Moves

_MAX_PART = 3  # words in each side of a seat's name ("Luton South", "South Bedfordshire")


def _capital(sent: Sentence, i: int) -> bool:
    w = sent.words[i]
    return w.upos in ("PROPN", "NOUN", "ADJ") and w.text[:1].isupper() and w.text.isalpha()


def seat_read_as_speakers(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """The moves that hang a seat's name (or a portfolio's fields) under the title, or {}."""
    words = sent.words
    for title in words:
        seat = in_lex("constituency_titles", title.text.lower())
        if not (seat or in_lex("person_roles", title.text.lower())) or title.index < 3:
            continue
        y = title.index - 1
        while y - 1 >= 0 and _capital(sent, y - 1) and title.index - (y - 1) <= _MAX_PART:
            y -= 1
        cc = y - 1
        if not _capital(sent, y) or cc < 1 or words[cc].text != "and":
            continue
        x = cc - 1
        if not _capital(sent, x):
            continue
        while x - 1 >= 0 and _capital(sent, x - 1) and cc - (x - 1) <= _MAX_PART:
            x -= 1
        if _persons(sent, x, y, in_lex):
            continue
        if not seat and not all(in_lex("portfolio_words", sent.words[i].text.lower()) for i in range(x, cc)):
            continue  # (another title: a portfolio's fields, "Mining and Heavy Industry Minister")
        end = title.index
        while end + 1 < len(words) and words[end + 1].upos == "PROPN" and words[end + 1].text[:1].isupper():
            end += 1
        return _moves(sent, x, cc, title.index, end)
    return {}


def _persons(sent: Sentence, x: int, y: int, in_lex: Callable[[str, str], bool]) -> bool:
    """Whether the words around "and" are people or a party rather than a seat."""
    for i in range(max(x - 1, 0), y - 1):  # (the word before the seat and the seat's first side)
        text = sent.words[i].text
        if in_lex("honorifics", text.lower()) or in_lex("person_roles", text.lower()) or in_lex("given_names", text):
            return True  # ("Mr Smith and Hastings MP ...", "John Smith and ...", "Senator Roe and ...")
    first = sent.words[y].text
    return in_lex("known_organizations", first) or in_lex("party_members", first.lower())


def _moves(sent: Sentence, x: int, cc: int, title: int, end: int) -> Moves:
    """Seat words under the title, the title and the name's other words under the name's last."""
    span = set(range(x, end + 1))
    top = next((i for i in sorted(span) if sent.words[i].head not in span), -1)
    if top < 0:
        return {}
    moves: Moves = {}
    if top != end:
        moves[end] = (sent.words[top].head, sent.words[top].deprel)
    x_last, y_last = cc - 1, title - 1
    moves |= {i: (x_last, "compound") for i in range(x, x_last)}
    moves[x_last] = (title, "compound")
    moves[cc] = (y_last, "cc")
    moves |= {i: (y_last, "compound") for i in range(cc + 1, y_last)}
    moves[y_last] = (title, "compound")  # (both sides on the title: "Health and Human Services Secretary")
    if title != end:
        moves |= {i: (end, "compound") for i in range(title, end)}
    for i, w in enumerate(sent.words):  # (what hung on a word of the span goes with its head)
        if i not in span and w.head in span and w.head != end:
            moves[i] = (end, w.deprel)
    return {i: m for i, m in moves.items() if (sent.words[i].head, sent.words[i].deprel) != m}
