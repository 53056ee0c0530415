"""A "he" or "she" before the article has named anyone: the person it names next.

Decks and ledes open with a pronoun more often than the rest of an article does ("She points to
her rival's votes on firearms ...", "When she took office, Jane Roe ..."): with no name before it,
the pronoun looks ahead, to the first person named outside quotes in this paragraph or the two
after it whose gender agrees (a name of unknown gender only for "he": news names men far more
often). Without one it stays unresolved rather than guess."""

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
    for n in table.person_names:
        if n.start <= mention.start or n.paragraph - here > _AHEAD_PARAGRAPHS:
            continue
        have = table.gender_of_name(n.name) or table.m.names.given_name_gender(table.tokens(n.name))
        if have == want or (have is None and want == "male"):
            return table.person_entity(n.name)
    return None
