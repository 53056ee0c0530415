"""Whether a document mention names one particular document (session 54, moved out of
documents.py): "the study", "a decision seen by POLITICO", "an internal report", "A report by
council planning officers", "a report to the trust's board", "A federal investigation" are one
document whose body speaks (organization); "one report", "previous studies", "published reports"
are nobody in particular (organization, vague). Used by documents.document_speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from provenance.syntax.tree import Sentence, Word, WordRef

from .mentions import Mention

if TYPE_CHECKING:
    from .unnamed import UnnamedResolver

# "filed with the Securities and Exchange Commission": a document filed with a named body
FILED = regex.compile(r"\s+with\s+(?:the\s+)?\p{Lu}")

# A body's own papers, or the state's: "an internal report", "A federal investigation found"
_OWN_PAPERS = frozenset({"internal", "leaked", "confidential", "federal", "official"})
# Prepositions that name a document's maker or the body it was made for
_MAKERS = frozenset({"by", "to", "for", "from"})
# A year before the noun, and a compound adjective that says who made it or paid for it
_YEAR = regex.compile(r"(?:19|20)\d\d")
_MADE_FOR = regex.compile(r"-(?:commissioned|funded|backed|led|ordered|sponsored)$")


def particular_document(table: UnnamedResolver, mention: Mention, last: int) -> bool:
    """A document mention that names one document (its phrase ends at ``last``): owned (or a
    body's own paper: "an internal report"), definite
    and singular, filed with a named body, or picked out by a past participle ("a decision
    seen by POLITICO", "a summary released on Monday"; not "published reports", "reports emerging
    in the news media", nor a relative clause, which the parse also makes of a report's content:
    "An explosive report that Donald Trump once made ...")."""
    sent = mention.ref.sentence
    head = sent.words[mention.head]
    kids = [sent.words[c] for c in sent.children[mention.head]]
    owned = any(w.deprel in ("compound", "nmod:poss") and w.upos in ("NOUN", "PROPN", "PRON") for w in kids)
    # (a body's own: "an internal report", "a leaked memo")
    owned = owned or any(w.deprel == "amod" and w.text.lower() in _OWN_PAPERS for w in kids)
    owned = owned or any(_made_by(table, sent, w) for w in kids if w.index > head.index)
    # (a past form, however the tagger read it: "A transport assessment prepared for the authority
    # found", where "prepared" was the sentence's verb until the repair)
    picked = any(w.index > head.index and w.deprel == "acl" and "Tense=Past" in w.feats for w in kids)
    definite = table._definite(mention) and not table._plural(WordRef(sent, mention.head)) and head.upos == "NOUN"
    picked = picked or _specified(table, sent, head, kids)
    return owned or picked or definite or bool(FILED.match(table.doc.text[head.end : sent.words[last].end]))


def _specified(table: UnnamedResolver, sent: Sentence, head: Word, kids: list[Word]) -> bool:
    """A document the phrase itself sets apart: by its year ("A 2018 independent review of integrity
    in tennis found"), by what it is of, written definite ("A summary of the public consultation",
    "a draft of the city's investment rules"; not "a review of evidence"), or by the body it is
    of or was made for, written as an adjective ("Ministry data show", "A government-commissioned
    review found")."""
    for w in kids:
        if w.deprel == "nummod" and w.index < head.index and _YEAR.fullmatch(w.text):
            return True
        hyphened = w.index >= 2 and sent.words[w.index - 1].text == "-"  # (the tokeniser splits "government-led")
        if w.deprel == "amod" and w.index < head.index and _MADE_FOR.search(("-" if hyphened else "") + w.text.lower()):
            return True
        if w.deprel == "amod" and table.institution_noun(w.lemma.lower()):
            return True
        if w.rel == "nmod" and w.index > head.index:
            inner = [sent.words[c] for c in sent.children[w.index]]
            of = any(x.lemma.lower() == "of" and x.deprel == "case" for x in inner)
            if of and any(x.deprel == "nmod:poss" or x.text.lower() in ("the", "this", "that") for x in inner):
                return True
    return False


def _made_by(table: UnnamedResolver, sent: Sentence, w: Word) -> bool:
    """A phrase after the document that names its maker or the body it was made for, by a name, a
    body's noun or people's ("A report by council planning officers", "a report to the trust's
    board"; not "a report on the economy")."""
    if w.rel != "nmod" or not any(sent.words[c].lemma.lower() in _MAKERS for c in sent.children[w.index]):
        return False
    lemma = w.lemma.lower()
    return w.upos == "PROPN" or table.vocab.in_lexicon("organization_words", lemma) or table.m.is_role(lemma)
