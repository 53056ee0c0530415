"""The organisation an unnamed spokesperson speaks for ("a Navy spokeswoman", "a spokesman for the
ministry", "attorneys for the department"), and a person's lawyers, who speak for a client and
not for a body ("her lawyers": anonymous). Used by unnamed.UnnamedResolver."""

from __future__ import annotations

import regex

from provenance.syntax.tree import Sentence, Word

from .mentions import Mention
from .model import Entity
from .table import TableBase


def spoken_for(table: TableBase, mention: Mention) -> Entity | None:
    """The organisation an unnamed spokesperson speaks for: a capitalised or possessive
    modifier ("a Navy spokeswoman", "Trump's representatives") or a "for"/"of" phrase ("a
    spokesman for the ministry")."""
    sent = mention.ref.sentence
    head = mention.head
    org: list[int] = []
    for c in sent.children[head]:
        w = sent.words[c]
        if c < head and w.deprel == "nmod:poss" and w.upos == "PRON":
            # "their spokesman": they speak for whoever the pronoun is, so the description
            # itself names the body (not "His"); "his lawyers" speak for a client
            if _counsel(table, sent, head, w):
                return None
            return table._new(
                name=mention.description,
                type="organization",
                head_lemma=sent.words[head].lemma.lower(),
                description=mention.description,
            )
        if c < head and w.deprel in ("compound", "amod", "nmod:poss") and w.text[:1].isupper():
            org = sorted(i for i in sent.subtree(c) if sent.words[i].upos not in ("PART", "PUNCT", "DET"))
        elif (
            c > head and w.rel == "nmod" and any(sent.words[k].lemma.lower() in ("for", "of") for k in sent.children[c])
        ):
            if w.text[:1].isupper() or table.vocab.in_lexicon("organization_words", w.lemma.lower()):
                org = [i for i in sent.subtree(c) if sent.words[i].rel not in ("case", "det", "punct")]
    text = table.doc.text[sent.words[org[0]].start : sent.words[org[-1]].end] if org else ""
    name = regex.sub(r"(?:'s|’s)$", "", text)
    if not org or (_counsel(table, sent, head, sent.words[org[-1]]) and not table.is_org_name(name)):
        return None  # ("Norman's lawyers": a person's, not a body's)
    for e in reversed(table.entities):
        if e.type == "organization" and e.name.lower() == name.lower():
            return e
    return table._new(
        name=name,
        type="organization",
        head_lemma=sent.words[org[-1]].lemma.lower(),
        description=mention.description,
    )


def _counsel(table: TableBase, sent: Sentence, head: int, principal: Word) -> bool:
    """Lawyers of a person ("her lawyers", "Norman's lawyers"), not of a body."""
    if not table.vocab.in_lexicon("counsel_nouns", sent.words[head].lemma.lower()):
        return False
    return principal.upos == "PRON" or not table.vocab.in_lexicon("organization_words", principal.lemma.lower())
