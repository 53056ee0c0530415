"""A "he" or "she" before the article has named anyone: the person it names next.

Decks and ledes open with a pronoun more often than the rest of an article does ("She points to
her rival's votes on firearms ...", "When she took office, Jane Roe ..."): with no name before it,
the pronoun looks ahead, to the first person named outside quotes in this paragraph or the two
after it whose gender agrees (a name of unknown gender only for "he": news names men far more
often). Without one it stays unresolved rather than guess. A name inside the pronoun's own clause
is never it: "He told psychologists killers such as Dylann Roof were his idols" talks about Roof
(a pronoun governs no name it refers to), while "When she took office, Jane Roe ..." points
ahead out of a subordinate clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .names import PRONOUN_GENDER

if TYPE_CHECKING:
    from .mentions import Mention
    from .model import Entity
    from .pronouns import PronounResolver

_AHEAD_PARAGRAPHS = 2


def named_next(table: PronounResolver, mention: Mention, p: str) -> Entity | None:
    want = PRONOUN_GENDER.get(p)
    if want is None or any(n.start < mention.start for n in table.person_names):
        return None
    para = table.doc.paragraph_at(mention.start)
    here = para.index if para is not None else 0
    governed = _governed_span(mention)
    for n in table.person_names:
        if n.start <= mention.start or n.paragraph - here > _AHEAD_PARAGRAPHS:
            continue
        if governed[0] <= n.start < governed[1]:
            continue
        if table.key(n.name) in table.org_keys or table.is_org_name(n.name):
            continue  # ("She told reporters White House officials ...": a body is no "she")
        have = table.gender_of_name(n.name) or table.m.names.given_name_gender(table.tokens(n.name))
        if have == want or (have is None and want == "male"):
            return table.person_entity(n.name)
    return None


def _governed_span(mention: Mention) -> tuple[int, int]:
    """The characters of the clause the pronoun is an argument of (its head's subtree)."""
    sent, k = mention.ref.sentence, mention.ref.index
    head = sent.words[k].head
    if head < 0:
        return (0, 0)
    words = sent.subtree(head)
    return (sent.words[min(words)].start, sent.words[max(words)].end)
