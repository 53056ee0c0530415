"""What surrounds a quote in its article: is there a speaker nearby, is its cue inside someone's words.

The extraction attributes each quote on its own. A checker that calls a quote unattributed, or an
anonymous source's words opinion, has to look around it first: published copy very often carries
a floating quote paragraph whose speaker is the previous paragraph's, or a cognition verb
inside a quotation ("if people think ..." said by a named senator). These facts are computed here
from the article's own quotes and text, without the parse, and handed to the rules as
``context.*`` on each quote (see ``QuoteContext`` in schema.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

import regex

from provenance.document import Document
from provenance.policy.schema import QuoteContext, Vicinity

# A sentence ends at . ! ? (optionally followed by a closing mark) before white space.
_SENTENCE_END = regex.compile(r"[.!?][\"”’')\]]*\s+")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
# Irregular past forms of common speech verbs; regular ones are derived from the lemma.
_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "tweet": ("tweeted",),
}
# A whole quoted sentence: what is inside the marks ends like a sentence.
_ENDS_SENTENCE = regex.compile(r"[.!?…][\"”’'\s]*$")
# Opening marks and list bullets that may stand before a quote at the start of its sentence.
_LEAD_IN = regex.compile(r"^[\s\-–—*•>]*$")
# A definite or possessive description ("the president of the council", "EDC's chief risk
# officer") usually picks out one office holder: who it is can be looked up, unlike "an official".
_DEFINITE = regex.compile(r"^(?:(?:the|this|that|those|these)\s|[^,]*?\w['’]s?\s)", regex.IGNORECASE)
_ATTRIBUTED = ("named", "named-no-role", "organization", "anonymous-with-reason", "anonymous", "vague")


def _forms(lemma: str) -> set[str]:
    """The inflected forms of a verb lemma that news copy uses (says, said, saying, added)."""
    forms = {lemma, lemma + "s", lemma + "ing", *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    else:
        forms |= {lemma + "ed", lemma + lemma[-1] + "ed", lemma + "es"}
    return forms


@cache
def speech_forms(lemmas: tuple[str, ...] | None = None) -> frozenset[str]:
    """Word forms of the speech verbs (the packaged ``speech_verbs`` lexicon unless given)."""
    if lemmas is None:
        from provenance.vocab import load_vocabulary

        lexicon = load_vocabulary().lexicons.get("speech_verbs")
        lemmas = tuple(e.name for e in lexicon.entries) if lexicon is not None else ()
    out: set[str] = set()
    for lemma in lemmas:
        if " " not in lemma:
            out |= _forms(lemma.lower())
    return frozenset(out)


@cache
def descriptor_words() -> frozenset[str]:
    """Nouns that describe an unnamed source ("official", "sources", "diplomat"), singular and
    plural: the packaged ``anonymous_descriptors`` and ``vague_sources`` lexicons."""
    from provenance.vocab import load_vocabulary

    lexicons = load_vocabulary().lexicons
    out: set[str] = set()
    for name in ("anonymous_descriptors", "vague_sources"):
        lexicon = lexicons.get(name)
        for entry in lexicon.entries if lexicon is not None else []:
            word = entry.name.lower()
            out |= {word, word + "s", word[:-1] + "ies" if word.endswith("y") else word + "es"}
    out |= {"people", "persons", "men", "women"}
    return frozenset(out)


@cache
def outlet_kinds() -> dict[str, str]:
    """The gazetteer's kind of each outlet ("agency", "broadcaster", …), by its folded name."""
    from provenance.outlets import outlet_key
    from provenance.vocab import load_vocabulary

    lexicon = load_vocabulary().lexicons.get("outlets")
    return {
        outlet_key(e.name): str(e.attrs["kind"])
        for e in (lexicon.entries if lexicon is not None else [])
        if isinstance(e.attrs.get("kind"), str)
    }


# The description proper ends where a relative or participial clause about the source begins:
# "A US official, who spoke on condition of anonymity" is described by "A US official".
_DESCRIPTION_END = regex.compile(r",|\b(?:who|whom|that|which|familiar|with|briefed|close)\b", regex.IGNORECASE)


def has_descriptor(mention: str, words: frozenset[str] | None = None) -> bool:
    """Whether a speaker mention describes its source with a known source noun."""
    known = descriptor_words() if words is None else words
    head = _DESCRIPTION_END.split(mention, maxsplit=1)[0]
    return any(w.lower() in known for w in _WORD.findall(head))


def _sentence_bounds(
    text: str, start: int, end: int, lo: int, hi: int, quoted: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """The sentence around [start, end) inside [lo, hi): from the last sentence end before the
    quote to the first one after it, ignoring sentence ends inside quote marks."""

    def inside(pos: int) -> bool:
        return any(s <= pos < e for s, e in quoted)

    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if not inside(m.start()):
            s = m.end()
    e = hi
    for m in _SENTENCE_END.finditer(text, end, hi):
        if not inside(m.start()):
            e = m.start() + 1
            break
    return s, e


def _unquoted_words(text: str, lo: int, hi: int, quoted: Sequence[tuple[int, int]]) -> Iterable[str]:
    for m in _WORD.finditer(text, lo, hi):
        if not any(s <= m.start() < e for s, e in quoted):
            yield m.group(0).lower()


def _span_of(q: Mapping[str, Any]) -> list[tuple[int, int]]:
    """Where a quote's attribution is visible: its speaker mention and the quote itself."""
    out = [(q["start"], q["end"])]
    sp = q.get("speaker")
    if isinstance(sp, Mapping) and isinstance(sp.get("start"), int):
        out.append((sp["start"], sp["end"]))
    return out


def _has_speaker(q: Mapping[str, Any]) -> bool:
    sp = q.get("speaker")
    return isinstance(sp, Mapping) and sp.get("anonymity") in _ATTRIBUTED


def quote_contexts(
    quotes: Sequence[Mapping[str, Any]], doc: Document | None, cue_forms: frozenset[str] | None = None
) -> list[QuoteContext]:
    """One context per quote (same order). Without the document only the word count is known."""
    forms = speech_forms() if cue_forms is None else cue_forms
    quoted = [(q["start"], q["end"]) for q in quotes if q.get("kind") in ("direct", "mixed")]
    out: list[QuoteContext] = []
    for i, q in enumerate(quotes):
        text = q.get("text") or ""
        words = len(_WORD.findall(text))
        cue = q.get("cue")
        cue_start = cue.get("start") if isinstance(cue, Mapping) else None
        # Inside any other quote, reported speech included: "Lohmar said investigators believe
        # ..." is Lohmar's account of a belief, not the reporter's.
        cue_in_quote = isinstance(cue_start, int) and any(
            o["start"] < cue_start < o["end"] for o in quotes if (o["start"], o["end"]) != (q["start"], q["end"])
        )
        sp = q.get("speaker")
        sp_text = sp.get("text") if isinstance(sp, Mapping) else None
        definite = isinstance(sp_text, str) and bool(_DEFINITE.match(sp_text.strip()))
        descriptor = isinstance(sp_text, str) and has_descriptor(sp_text)
        if doc is None:
            # Without the text around it, a quote that ends like a sentence counts as one.
            whole = bool(_ENDS_SENTENCE.search(text))
            out.append(QuoteContext("none", "none", cue_in_quote, words, whole, definite, descriptor))
            continue
        # A quote that starts where its paragraph ends (an empty span at the end of the text) belongs
        # to that paragraph, not to the whole document.
        para = doc.paragraph_at(q["start"]) or (doc.paragraph_at(q["start"] - 1) if q["start"] > 0 else None)
        lo, hi = (para.start, para.end) if para is not None else (0, len(doc.text))
        sent = _sentence_bounds(doc.text, q["start"], q["end"], lo, hi, quoted)
        speaker = _speaker_vicinity(quotes, i, doc, sent, (lo, hi))
        own = [(q["start"], q["end"]), *quoted]
        if any(w in forms for w in _unquoted_words(doc.text, sent[0], sent[1], own)):
            cue_word: Vicinity = "sentence"
        elif any(w in forms for w in _unquoted_words(doc.text, lo, hi, own)):
            cue_word = "paragraph"
        else:
            cue_word = "none"
        whole = bool(_LEAD_IN.match(doc.text[sent[0] : q["start"]])) and bool(_ENDS_SENTENCE.search(text))
        out.append(QuoteContext(speaker, cue_word, cue_in_quote, words, whole, definite, descriptor))
    return out


def _speaker_vicinity(
    quotes: Sequence[Mapping[str, Any]], i: int, doc: Document, sent: tuple[int, int], para: tuple[int, int]
) -> Vicinity:
    """The nearest other quote with a speaker: in the same sentence, paragraph, or a paragraph next
    to this one (the speaker chain a floating quote paragraph continues)."""
    para_here = doc.paragraph_at(quotes[i]["start"])
    here = para_here.index if para_here is not None else None
    best: Vicinity = "none"
    for j, other in enumerate(quotes):
        if j == i or not _has_speaker(other):
            continue
        for s, e in _span_of(other):
            if _meets(s, e, sent):
                return "sentence"
            if _meets(s, e, para):
                best = "paragraph"
            elif best == "none" and here is not None:
                op = doc.paragraph_at(s)
                if op is not None and abs(op.index - here) == 1:
                    best = "neighbour"
    return best


def _meets(s: int, e: int, bounds: tuple[int, int]) -> bool:
    """A span overlaps the bounds; an empty one lies inside them (at the text's very start too,
    where the overlap test would lose it and a prefix would find it)."""
    return s < bounds[1] and e > bounds[0] if e > s else bounds[0] <= s <= bounds[1]
