"""Outlets written without a name the gazetteer knows: "state television", "local media", and the
bare definite "the newspaper" or "the network", which stand for the outlet of that kind the
article last named ("The New York Times first reported ... the newspaper reported" is the
Times; a broadcaster named in between is no newspaper: outlets.yaml ``kind``). Used by
unnamed.UnnamedResolver."""

from __future__ import annotations

from provenance.syntax.tree import Word

from .mentions import Mention
from .table import Resolution, TableBase

# Media nouns for the media at large, never one outlet ("the media", "the press")
_AT_LARGE = frozenset({"news", "media", "press", "wire"})


def outlet_described(table: TableBase, mention: Mention, head_word: Word, definite: bool) -> Resolution | None:
    """The outlet entity a mention without a known name describes, or None when it is none."""
    lemma = head_word.lemma.lower()
    if _modified_outlet(table, mention, head_word):
        return _unnamed_outlet(table, mention, lemma)
    bare = len(mention.description.split()) <= 2 and "Number=Plur" not in head_word.feats
    one = table.vocab.in_lexicon("media_nouns", lemma) and lemma not in _AT_LARGE
    if not (bare and one and definite):
        return None
    # (of the kind the noun says: "the newspaper" is not CNN)
    name = table.m.outlets.last_of_kind(table.doc.text[: mention.start], lemma)
    if name is None:
        return _unnamed_outlet(table, mention, lemma)
    return table.organization_entity(name, lemma), "definite-description"


def _modified_outlet(table: TableBase, mention: Mention, head_word: Word) -> bool:
    """An outlet the gazetteer knows, or a media noun with a modifier ("state television")."""
    sent, lemma = mention.ref.sentence, head_word.lemma.lower()
    return bool(table.m.outlets.first_in(mention.description)) or (
        table.vocab.in_lexicon("outlet_words", lemma)
        and head_word.upos == "NOUN"
        and (head_word.text[:1].isupper() or table.vocab.in_lexicon("media_nouns", lemma))
        and any(sent.words[c].deprel in ("amod", "compound", "nmod:poss") for c in sent.children[mention.head])
    )


def _unnamed_outlet(table: TableBase, mention: Mention, head_lemma: str) -> Resolution:
    for e in reversed(table.entities):
        if e.type == "organization" and e.description.lower() == mention.description.lower():
            return e, None
    return table._new(
        name=mention.description, type="organization", head_lemma=head_lemma, description=mention.description
    ), None
