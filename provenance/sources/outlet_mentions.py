"""Outlets written without a name the gazetteer knows: "state television", "local media", and the
bare definite "the newspaper" or "the network", which stand for the outlet of that kind the
article last named ("The New York Times first reported ... the newspaper reported" is the
Times; a broadcaster named in between is no newspaper: outlets.yaml ``kind``). Used by
unnamed.UnnamedResolver; and where the name of an outlet told a statement lies in its phrase
(``unknown_outlet_name``, used by via.py)."""

from __future__ import annotations

import regex

from provenance.syntax.tree import Sentence, Word, WordRef
from provenance.vocab import Vocabulary

from .head_names import named_with_head
from .mentions import Mention
from .model import Resolution
from .table import TableBase

# Media nouns for the media at large, never one outlet ("the media", "the press")
_AT_LARGE = frozenset({"news", "media", "press", "wire"})


def outlet_described(table: TableBase, mention: Mention, head_word: Word, definite: bool) -> Resolution | None:
    """The outlet entity a mention without a known name describes, or None when it is none."""
    lemma = head_word.lemma.lower()
    if _modified_outlet(table, mention, head_word):
        # (a known outlet the phrase's head names is that outlet: "public broadcaster DR reported")
        known = table.m.outlets.first_in(mention.description)
        if known is not None and mention.description[: known[2]].endswith(head_word.text):
            return table.organization_entity(known[0], lemma), None
        return _unnamed_outlet(table, mention, lemma)
    bare = len(mention.description.split()) <= 2 and "Number=Plur" not in head_word.feats
    one = table.vocab.in_lexicon("media_nouns", lemma) and lemma not in _AT_LARGE
    if not (bare and one and definite):
        return None
    # (a body the article named by the word itself, no outlet: "the network" after "The Sahel Food
    # Security Network", though the BBC, a network, was named since)
    body = named_with_head(table.doc.prose, lemma, mention.start)
    if body is not None and not table.m.outlets.first_in(body):
        return table.organization_entity(body, lemma), "definite-description"
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


def network_of_other_body(vocab: Vocabulary, sent: Sentence, head: int) -> bool:
    """An outlet's word for a body of another kind: "The hospital network said", "the rail
    network" (a compound that is a body's noun and no medium's)."""
    return any(
        sent.words[c].deprel == "compound"
        and vocab.in_lexicon("organization_words", sent.words[c].lemma.lower())
        and not vocab.in_lexicon("media_nouns", sent.words[c].lemma.lower())
        for c in sent.children[head]
    )


def _unnamed_outlet(table: TableBase, mention: Mention, head_lemma: str) -> Resolution:
    for e in reversed(table.entities):
        if e.type == "organization" and e.description.lower() == mention.description.lower():
            return e, None
    return table._new(
        name=mention.description, type="organization", head_lemma=head_lemma, description=mention.description
    ), None


def unknown_outlet_name(vocab: Vocabulary, text: str, ref: WordRef, start: int, end: int) -> tuple[int, int]:
    """Where the name of an outlet no gazetteer knows lies in its phrase ``start``-``end``: the
    capitalised run after a media noun ("the Ukrainian broadcaster Suspilne", "the broadcaster
    RTL", the name the parse hung beside the noun included), else the capitalised run with an
    outlet word ("the Yorkshire Evening Post last year": no time), else the phrase without "the"."""
    sent = ref.sentence
    words = [w for w in sent.words if start <= w.start and w.end <= end]
    k = words[-1].index + 1 if words else len(sent.words)
    while k < len(sent.words) and sent.words[k].upos == "PROPN" and sent.words[k].text[:1].isupper():
        words.append(sent.words[k])  # (a name right after the phrase's media noun)
        k += 1
    runs: list[list[Word]] = []
    for w in words:
        prev = sent.words[w.index - 1] if w.index > 0 else None
        # (a hyphen joins a name's parts: "the Decatur Herald-Review")
        joined = prev is not None and prev.end == w.start and "-" in (w.text, prev.text)
        goes_on = bool(runs) and runs[-1][-1].index == w.index - 1
        if goes_on and (w.text[:1].isupper() or w.text in _INSIDE_NAMES or joined):
            runs[-1].append(w)
        elif w.text[:1].isupper() and w.lemma.lower() != "the":
            runs.append([w])
    runs = [r[: max(i for i, w in enumerate(r) if w.text not in _INSIDE_NAMES) + 1] for r in runs]
    after_media = [
        r
        for r in runs
        if r[0].index > 0
        and (
            vocab.in_lexicon("media_nouns", sent.words[r[0].index - 1].lemma)
            or sent.words[r[0].index - 1].lemma.lower() in BROADCAST_HEADS  # ("radio station Cadena SER")
        )
    ]
    with_word = [r for r in runs if any(vocab.in_lexicon("outlet_words", w.text.lower()) for w in r)]
    # (or the name before a medium's noun: "the PAP news agency after the hearing")
    before_media = [
        r
        for r in runs
        if r[-1].index + 1 < len(sent.words) and vocab.in_lexicon("media_nouns", sent.words[r[-1].index + 1].text)
    ]
    chosen = (after_media or with_word or before_media or [[]])[0]
    if chosen:
        return chosen[0].start, chosen[-1].end
    lead = regex.match(r"[Tt]he\s+", text[start:end])
    return (start + lead.end() if lead else start), end


_INSIDE_NAMES = frozenset({"of", "and", "&", "-"})
# What a medium's word may head and still name the medium ("radio station", "the TV programme")
BROADCAST_HEADS = frozenset(
    {"station", "stations", "programme", "program", "show", "service"}
)  # ("Voice of America", "Fox and Friends")


_FUNCTION_WORDS = frozenset({"in", "on", "at", "of", "for", "to", "with", "from", "by", "the", "a", "an", "and", "s"})


def modifies(words: list[str], k: int, vocab: Vocabulary) -> bool:
    """The word modifies a common noun after it ("media day", "news conference"; not "cable
    television networks", "Time magazine in December")."""
    if k + 1 >= len(words) or not words[k + 1].islower() or words[k + 1] in _FUNCTION_WORDS:
        return False
    nxt = words[k + 1].lower()
    forms = (nxt, nxt[:-1]) if nxt.endswith("s") else (nxt,)  # ("networks")
    if nxt in BROADCAST_HEADS:
        return False  # ("radio station Cadena SER", "the TV programme")
    return not any(vocab.in_lexicon(lex, f) for lex in ("outlet_words", "media_nouns") for f in forms)


# The nouns for a kind of outlet that "the" makes one named before ("told the newspaper"; not a
# device: "said to the TV")
OUTLET_KINDS = frozenset(
    {"weekly", "daily", "newspaper", "paper", "magazine", "broadcaster", "station", "agency", "tabloid", "website"}
    | {"outlet", "network", "channel"}
)
_KINDS = "|".join(sorted(OUTLET_KINDS))
# A capitalised name after a medium's word ("the weekly Nedeljni Pregled", "broadcaster TVN24")
_AFTER_MEDIUM = regex.compile(
    rf"\b(?:{_KINDS})\s+((?-i:\p{{Lu}}[\w'&-]*(?:\s+\p{{Lu}}[\w'&-]*){{0,3}}))",
    regex.IGNORECASE,
)
_CAPITALISED_RUN = regex.compile(r"(?-i:\p{Lu}[\w'&-]*(?:\s+\p{Lu}[\w'&-]*)+)")
# A capitalised name before a medium's word ("the PAP news agency", "the Beta agency")
_BEFORE_MEDIUM = regex.compile(
    r"((?-i:\p{Lu}[\w'&-]*(?:\s+\p{Lu}[\w'&-]*){0,3}))\s+(?:news\s+)?"
    r"(?:agency|newspaper|paper|magazine|daily|weekly|broadcaster|network|channel|station|website|tabloid)\b",
    regex.IGNORECASE,
)


def last_unknown_outlet(vocab: Vocabulary, text: str, before: int) -> tuple[int, int] | None:
    """The span of the last outlet name no gazetteer knows in ``text`` before ``before``: a name
    after a medium's word ("the weekly Nedeljni Pregled") or two or more capitalised words that end
    in an outlet's word that is no other body's ("the Kisumu Evening Star"; not "the Sahel Food
    Security Network"). What "the newspaper" or "the magazine" then stands for."""
    return max(unknown_outlets(vocab, text, before), default=None)


def unknown_outlets(vocab: Vocabulary, text: str, before: int) -> list[tuple[int, int]]:
    """The spans of the outlet names no gazetteer knows in ``text`` before ``before`` (see
    ``last_unknown_outlet``; also a name before a medium's word: "the PAP news agency")."""
    spans = [m.span(1) for m in _AFTER_MEDIUM.finditer(text, 0, before)]
    for m in _BEFORE_MEDIUM.finditer(text, 0, before):
        lead = regex.match(r"(?i:the)\s+", m.group(1))
        if m.group(1).split()[-1].lower() not in ("the", "a", "an"):
            spans.append((m.start(1) + (lead.end() if lead else 0), m.end(1)))
    for m in _CAPITALISED_RUN.finditer(text, 0, before):
        last = m.group(0).split()[-1].lower()
        if vocab.in_lexicon("outlet_words", last) and not any(
            vocab.in_lexicon(lex, last) for lex in ("organization_words", "body_nouns")
        ):
            first = regex.match(r"(?i:the)\s+", m.group(0))  # (a sentence's capital "The")
            spans.append((m.start() + (first.end() if first else 0), m.end()))
    return spans
