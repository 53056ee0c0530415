"""Documents as speakers: "a study by Civic Works" is Civic Works speaking, "a new Quinnipiac poll"
Quinnipiac; "the study", "court filings" a particular document whose organisation speaks; "one
report", "the polls" nobody in particular (vague). Used by unnamed.UnnamedResolver."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from provenance.syntax.tree import WordRef

from .mentions import Mention
from .table import Resolution

if TYPE_CHECKING:
    from .unnamed import UnnamedResolver

_CAPS = r"\p{Lu}[\w&.'’-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\w&.'’-]*)*"
# The organisation a document mention names: "by/from/of [the research firm] <Name>", or "[new] <Name> <document
# noun>" ("a new Quinnipiac poll", "the latest national Gallup survey": how recent or wide, not whose)
_FIRM = r"(?:[a-z-]+\s+){0,2}(?:firm|company|group|institute|organi[sz]ation|cent(?:er|re)|agency|tank)"
_FRESH = r"(?:new|newest|latest|recent|fresh|separate|independent|national|nationwide|statewide|annual|final|joint)"
_DOCUMENT_OWNER = regex.compile(
    rf"\b(?:by|from|of)\s+(?:the\s+)?(?:{_FIRM}\s+)?(?P<by>{_CAPS})"
    rf"|^(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:{_FRESH}\s+){{0,2}}(?P<pre>{_CAPS})\s+\p{{Ll}}"
)


def document_speaker(table: UnnamedResolver, mention: Mention, head_lemma: str) -> Resolution:
    """ "a study by Civic Works", "the Civic Works report": the organisation it names speaks;
    "one report", "the polls": an unspecified organisation (vague)."""
    sent = mention.ref.sentence
    sub = sent.subtree(mention.head)  # relative clauses included: "a study released by X"
    m = _DOCUMENT_OWNER.search(table.doc.text[sent.words[sub[0]].start : sent.words[sub[-1]].end])
    owner = (m.group("by") or m.group("pre")) if m else None
    if owner:
        owner = regex.sub(r"^[Tt]he\s+", "", owner)
        for e in reversed(table.entities):
            if e.type == "organization" and e.name == owner:
                return e, None
        return table._new(name=owner, type="organization", head_lemma=head_lemma, description=mention.description), None
    # "the study", "The ad", "court filings", "its FEC reports": a particular document, whose
    # organisation speaks; "one report", "previous studies", "the polls": nobody in particular
    head = sent.words[mention.head]
    plural = table._plural(WordRef(sent, mention.head))
    owned = any(
        sent.words[c].deprel in ("compound", "nmod:poss") and sent.words[c].upos in ("NOUN", "PROPN", "PRON")
        for c in sent.children[mention.head]
    )
    particular = owned or (table._definite(mention) and not plural and head.upos == "NOUN")
    return table._new(
        name=mention.description, type="organization", head_lemma=head_lemma, vague=not particular,
        description=mention.description,
    ), None  # fmt: skip
