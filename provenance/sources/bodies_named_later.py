"""A body the headline or the lede describes and the article names further on: "..., charity
says" and "a German rescue charity said" before "The charity, Mare Aperto, said"; "the country's
civil defence agency said" before "the National Civil Defence Institute said". News names a
source body in the second or third paragraph as it names a source person; the description is
that body when a name further on is given the same kind ("The charity, Mare Aperto,") or holds
the description's own words ("civil defence"); a body described by whose it is is the one named
as the subject of a cue opening the next paragraph ("the sport's governing body found ..." ¶ "The
International Ice Hockey Federation said ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from provenance.lexical import REGEX_TIMEOUT, warn_timeout

if TYPE_CHECKING:
    from .mentions import Mention
    from .model import Entity
    from .table import TableBase

_LEDE_PARAGRAPHS = 4  # the headline, a byline and the lede: where a source is described first
_AHEAD = 3  # paragraphs after the mention's where the name must come


def body_named_later(table: TableBase, mention: Mention, head_lemma: str) -> Entity | None:
    """The organisation a lede's description of a body stands for (module doc), or None."""
    para = table.doc.paragraph_at(mention.start)
    paragraphs = table.doc.paragraphs
    if para is None or para.index >= _LEDE_PARAGRAPHS:
        return None
    if "Number=Plur" in mention.ref.sentence.words[mention.head].feats:
        return None  # (several bodies are none of them: "Human rights groups have accused ... A Human Rights Watch report")
    end = paragraphs[min(para.index + _AHEAD, len(paragraphs) - 1)].end
    ahead = table.doc.prose[mention.end : end]
    found = _same_kind(table, ahead, head_lemma) or _holding_its_words(table, mention, ahead)
    found = found or _owned_body_named_next(table, mention, ahead)
    if found is None and (again := _described_again(ahead, head_lemma)) is not None:
        # (a bare kind the lede describes again with its words: "..., agency says" ¶ "the
        # country's civil defence agency said" ... "the National Civil Defence Institute")
        found = _holding(table, again, ahead)
    return table.organization_entity(found, head_lemma) if found else None


def _described_again(ahead: str, kind: str) -> list[str] | None:
    """The lower-case words before the first later "the/a ... <kind>" ahead ("the country's civil
    defence agency": civil, defence), or None."""
    m = regex.search(r"\b(?:the|a|an)\s+((?:[\w’'-]+\s+){1,4})" + regex.escape(kind) + r"\b", ahead)
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w.isalpha() and w.islower() and not w.endswith(("’s", "'s"))]
    return words or None


_NAME = r"(\p{Lu}[\w’'&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\w’'&.-]*){0,5})"


def _same_kind(table: TableBase, ahead: str, kind: str) -> str | None:
    """The first name ahead set beside this kind by a comma ("The charity, Mare Aperto,";
    "Mare Aperto, a German rescue charity,"; not "south of Sicily, a German rescue charity said")."""
    k = regex.escape(kind)
    rx = regex.compile(
        r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}"
        + k
        + r",\s+"
        + _NAME
        + r"|"
        + _NAME
        + r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}"
        + k
        + r"\b(?=,|\))"
    )
    try:
        m = rx.search(ahead, timeout=REGEX_TIMEOUT)
    except TimeoutError:
        warn_timeout("bodies named later")
        return None
    return (m.group(1) or m.group(2)) if m is not None else None


def _holding_its_words(table: TableBase, mention: Mention, ahead: str) -> str | None:
    """The first capitalised name ahead that holds the description's lower-case modifiers, every
    one, capitalised, and ends in a word for a body ("civil defence agency": "National Civil
    Defence Institute")."""
    sent = mention.ref.sentence
    words = [
        sent.words[c].text
        for c in sent.children[mention.head]
        if sent.words[c].deprel in ("compound", "amod")
        and sent.words[c].text.isalpha()
        and sent.words[c].text.islower()
    ]
    return _holding(table, words, ahead) if words else None


def _holding(table: TableBase, words: list[str], ahead: str) -> str | None:
    """The first capitalised body's name ahead that holds ``words``, capitalised, in order."""
    inner = r"\s+".join(regex.escape(w.capitalize()) for w in words)
    rx = regex.compile(r"\b((?:\p{Lu}[\w’'-]*\s+){0,3}" + inner + r"(?:\s+(?:of\s+)?\p{Lu}[\w’'-]*){1,4})")
    try:
        for m in rx.finditer(ahead, timeout=REGEX_TIMEOUT):
            name = m.group(1)
            if table.vocab.in_lexicon("organization_words", name.split()[-1].lower()):
                return name
    except TimeoutError:
        warn_timeout("bodies named later")
    return None


def _owned_body_named_next(table: TableBase, mention: Mention, ahead: str) -> str | None:
    """A body described by whose it is ("the sport's governing body found ...", "the country's
    election commission said") and named as the subject of a cue that opens the next paragraph
    ("The International Ice Hockey Federation said ..."): that body, when the name is a body's."""
    if not _OWNED.search(mention.description):
        return None
    nxt = regex.match(r"[^\n]*\n\s*\n\s*(?:The\s+)?" + _NAME + r"\s+(?:said|says|announced|confirmed|ruled)\b", ahead)
    name = nxt.group(1) if nxt is not None else None
    return name if name is not None and table.is_org_name(name) else None


_OWNED = regex.compile(r"\b\w+(?:'s|’s)\s+(?:[\w-]+\s+)?\w+$")
