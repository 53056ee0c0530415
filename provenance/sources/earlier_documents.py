"""Documents an article named before: "Mrs Justice Roe said in a written judgment that ... ¶
According to the judgment" is the judge's (``spoken_in``); "A staff report released by the
subcommittee found ... The report said" is the subcommittee's (``same_document_before``); a
headline's "Study finds ..." is the study the lede names ("..., according to a study published
Wednesday in the journal ...", ``headline_document_after``). Used by documents.document_speaker
(moved from there, session 61)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.syntax.tree import Sentence, WordRef

from .mentions import Mention, describe
from .model import Entity

if TYPE_CHECKING:
    from .unnamed import UnnamedResolver


def spoken_in(table: UnnamedResolver, mention: Mention, head_lemma: str) -> Entity | None:
    """ "Mrs Justice Roe said in a written judgment that ... ¶ According to the judgment, ...": a
    bare definite document is the one a speaker before said something in (the latest), and theirs."""
    sent, head = mention.ref.sentence, mention.ref.sentence.words[mention.head]
    bare = all(sent.words[c].rel in ("det", "case", "punct", "fixed") for c in sent.children[mention.head])
    if not bare or not table._definite(mention) or table._plural(WordRef(sent, mention.head)) or head.upos != "NOUN":
        return None
    for before in reversed([s for s in table.sentences if s.end <= sent.start]):
        for w in before.words:
            verb = before.words[w.head] if w.head >= 0 else None
            said_in = any(
                before.words[k].lemma.lower() == "in" for k in before.children[w.index] if before.words[k].rel == "case"
            )
            # (or the body's own publication by its title: "the bank said in its latest Lao Economic Monitor")
            its = w.upos == "PROPN" and head_lemma in _STUDIES and _owned_by_pronoun(before, w.index)
            if (w.lemma.lower() != head_lemma and not its) or w.rel != "obl" or not said_in or verb is None:
                continue
            if not table.vocab.in_lexicon("speech_verbs", verb.lemma.lower()):
                continue
            subject = next((k for k in before.children[verb.index] if before.words[k].rel == "nsubj"), None)
            if subject is not None and before.words[subject].upos in ("PROPN", "NOUN"):
                found, _ = table.entity_for(
                    describe(WordRef(before, subject), table.doc.text, table.m.is_role, table.m.is_title)
                )
                return found if found is not None and found.type in ("person", "organization") else None
    return None


def _owned_by_pronoun(sent: Sentence, k: int) -> bool:
    return any(sent.words[c].text.lower() in ("its", "their") for c in sent.children[k])


_STUDIES = frozenset({"report", "review", "study", "audit", "analysis", "assessment", "evaluation", "inquiry"})


def same_document_before(table: UnnamedResolver, mention: Mention, head_lemma: str) -> Entity | None:
    """ "A staff report released by the subcommittee on Monday found ... The report said": a bare
    "the <document>" is the one of that noun the last two sentences named with its owner, whose
    organisation speaks (not one with no owner: "an internal report ... The report")."""
    if not table._definite(mention) or len(mention.description.split()) != 2:
        return None
    sent = mention.ref.sentence
    before = [s for s in table.sentences if s.end <= sent.start][-2:]
    for s in reversed(before):
        for w in reversed(s.words):
            # (or another word for the same piece of work: "the review, carried out by consultancy
            # Northpoint Economics, found ... The report describes")
            same = w.lemma.lower() == head_lemma
            if w.upos != "NOUN" or not (same or {w.lemma.lower(), head_lemma} <= _STUDIES):
                continue
            if same and any(s.words[c].lemma.lower() in ("the", "this", "that") for c in s.children[w.index]):
                continue  # (a definite one again: its own owner, if any, was found there)
            found, _ = table.entity_for(
                describe(WordRef(s, w.index), table.doc.text, table.m.is_role, table.m.is_title)
            )
            # (an owner found there: the entity is named for it, not for the document)
            if (
                found is not None
                and found.type == "organization"
                and not any(x in found.name.lower() for x in (head_lemma, w.lemma.lower()))
            ):
                return found
            return None
    return None


# (the body paragraphs a headline's document is looked for in: the lede and the one after it)
_LEDE_PARAGRAPHS = 2


def headline_document_after(table: UnnamedResolver, mention: Mention, head_lemma: str) -> Entity | None:
    """ "Seagrass meadows are vanishing faster than thought, study finds": a headline's bare document
    noun (no article, no owner: headlines drop them) is the particular document of that noun (or
    another word for a study) that the first body paragraphs name, and speaks as it does; ``None``
    when they name none, or only an unspecified one ("previous studies")."""
    sent = mention.ref.sentence
    kids = [sent.words[c] for c in sent.children[mention.head]]
    if (
        table.reading_headline
        or not table.headline(sent)
        or any(w.rel in ("det", "nmod:poss", "compound", "nmod") for w in kids)
    ):
        return None
    lede = [p.end for p in table.doc.paragraphs[1 : 1 + _LEDE_PARAGRAPHS]]
    for s in table.sentences:
        if s.start < sent.end or not lede or s.start >= lede[-1]:
            continue
        for w in s.words:
            if w.upos != "NOUN" or not (w.lemma.lower() == head_lemma or {w.lemma.lower(), head_lemma} <= _STUDIES):
                continue
            table.reading_headline = True
            try:
                found, _ = table.entity_for(
                    describe(WordRef(s, w.index), table.doc.text, table.m.is_role, table.m.is_title)
                )
            finally:
                table.reading_headline = False
            if found is not None and found.type == "organization" and not found.vague:
                table.headline_documents[w.start] = found  # (the lede's own mention is this entity too)
                return found
    return None
