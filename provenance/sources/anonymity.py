"""How anonymous a source is, and the reason the article gives for it."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from provenance.document import Document
from provenance.kinds import Anonymity
from provenance.lexical import REGEX_TIMEOUT, search_any
from provenance.records import Speaker
from provenance.syntax.tree import Sentence, WordRef

from .mention_words import reported_span
from .mentions import Mention
from .model import Entity, SourceModel

_REASON_TAIL = regex.compile(
    r",?\s+(?:because|as|since|given|due to|for fear|fearing|in order to|"
    r"to (?:discuss|talk|speak|describe|comment|brief|detail|reveal))\b[^,;.!?()“”\"]*"
)
_CLAUSE_RELS = ("acl:relcl", "acl", "advcl", "ccomp", "root", "conj", "parataxis")


def anonymity_level(entity: Entity | None, speaker: Speaker | None) -> Anonymity:
    if speaker is None:
        return "unattributed"
    if entity is None:
        return "unresolved"
    if entity.vague and not (entity.type == "anonymous" and entity.reason):
        return "vague"  # (a stated reason places even "two strategists": anonymous-with-reason)
    if entity.type == "person":
        return "named" if entity.role or entity.prominent else "named-no-role"
    if entity.type == "organization":
        return "organization"
    if entity.type == "anonymous":
        return "anonymous-with-reason" if entity.reason else "anonymous"
    return "unresolved"


@dataclass(frozen=True)
class BlanketReason:
    """A reason stated for a group of sources in a sentence that quotes none of them ("Some of
    them spoke on condition of anonymity because ..."), and the nouns that name the group."""

    text: str
    start: int
    heads: frozenset[str]


class ReasonFinder:
    """The stated reason for anonymity near a mention: "who spoke on condition of anonymity
    because they were not authorized to speak publicly"."""

    def __init__(self, model: SourceModel, doc: Document) -> None:
        self.m = model
        self.doc = doc

    def is_boilerplate(self, reason: str) -> bool:
        return search_any(self.m.boilerplate, reason, "boilerplate_reasons") is not None

    def find(self, mention: Mention, cue: WordRef | None) -> str | None:
        sent = mention.ref.sentence
        inside = reported_span(sent, cue.index if cue is not None and cue.sentence is sent else mention.ref.index)
        for start, end in self._windows(mention, sent):
            m = search_any(self.m.reasons, self.doc.text[start:end], "anonymity_reasons")
            if m and inside is not None and not inside[0] <= start + m.start() < inside[1]:
                # ("Two employees, who asked not to be named because ..., said managers had told
                # staff ...": a speaker inside what someone else said; the reason is the teller's)
                return None
            if m:
                return self._clause(sent, start + m.start(), start + m.end(), cue)
        return None

    def _windows(self, mention: Mention, sent: Sentence) -> list[tuple[int, int]]:
        text = self.doc.text
        windows = [(mention.start, sent.end)]
        if mention.start > sent.start:
            windows.insert(0, (sent.start, mention.start))
        para = self.doc.paragraph_at(sent.start)
        if para is not None and (earlier := self._introduction(mention, sent, para.start)) is not None:
            windows.append(earlier)
        if para is not None:
            # The next sentence, when it goes on about the source ("They spoke on condition ...").
            nxt = regex.search(
                r"(?<=[.!?][\"”’]?\s+)[^.!?]{5,300}[.!?]", text[sent.end - 1 : para.end], timeout=REGEX_TIMEOUT
            )
            # (or "The person", "The aide": the noun the source was described by)
            head = regex.escape(sent.words[mention.head].text.lower())
            if nxt and regex.match(
                rf"(?i:\s*(?:He|She|They|The (?:officials?|sources?|people|person|{head})|Both|Neither)\b)", nxt.group()
            ):
                windows.append((sent.end - 1 + nxt.start(), sent.end - 1 + nxt.end()))
        return windows

    def _introduction(self, mention: Mention, sent: Sentence, para_start: int) -> tuple[int, int] | None:
        """ "But an engineer on the team, who asked not to be named for fear of retaliation,
        described a chaotic scene. '...,' the engineer said": the sentence before, in the same
        paragraph, that introduced the source a definite mention ("the engineer") refers back to."""
        # (or "he"/"she" after "One, who asked not to be named because ..., was scathing")
        pronoun = mention.text.lower() in ("he", "she")
        if not regex.match(r"(?i:the)\s", mention.text) and not pronoun:
            return None
        text = self.doc.text
        before = text[para_start : sent.start]
        here = self.doc.paragraph_at(para_start)
        prev = self.doc.paragraphs[here.index - 1] if here is not None and here.index > 0 else None
        if prev is not None and (not before.strip() or before.lstrip()[:1] in _OPENING_MARKS):
            # (or the one that closes the paragraph before, when only the source's own quotation
            # opens this one: "One senior nurse, who asked not to be named ..., described wards ...
            # ¶ '... It's like it's 1995,' the nurse said")
            para_start, before = prev.start, text[prev.start : prev.end]
        last = list(
            regex.finditer(r"[^.!?]+[.!?][\"”’]?\s*$|[^.!?]+[.!?][\"”’]?\s+(?=\S)", before, timeout=REGEX_TIMEOUT)
        )
        if not last:
            return None
        head = regex.escape(sent.words[mention.head].text.lower())
        found = last[-1]
        described = r"(?i:^\W*one,)" if pronoun else rf"(?i:\b(?:an?|one)\s+(?:[\p{{L}}'’-]+\s+){{0,3}}{head}\b)"
        if not regex.search(described, found.group()):
            return None
        return para_start + found.start(), para_start + found.end()

    def _clause(self, sent: Sentence, mstart: int, mend: int, cue: WordRef | None) -> str:
        text = self.doc.text
        idx = next((w.index for w in sent.words if w.start <= mstart < w.end or w.start >= mstart), None)
        if idx is None or not (sent.start <= mstart < sent.end):
            # Next sentence: take it whole, minus its final punctuation, up to a closing cue
            # ("The source, who was not authorized to speak, | said a compromise was possible").
            # (or to the verb of the sentence that introduced the source: "..., who asked not to
            # be named for fear of retaliation, | described a more chaotic scene")
            m = regex.match(r"[^.!?]*?(?=,\s+(?:said|says|told|tells|added|adds|\p{Ll}+ed)\b|[.!?]|$)", text[mstart:])
            return text[mstart : mstart + len(m.group() if m else "")].strip()
        clause = idx
        while True:
            w = sent.words[clause]
            if (w.upos in ("VERB", "AUX") and w.deprel in _CLAUSE_RELS) or w.head < 0:
                break
            clause = w.head
        if cue is not None and cue.sentence is sent and clause == cue.index or sent.words[clause].deprel == "root":
            # The reason sits in the main clause: keep the phrase from the match onwards.
            phrase = sent.subtree(sent.words[idx].head if sent.words[idx].head >= 0 else idx)
            words = [i for i in phrase if sent.words[i].start >= mstart]
        else:
            words = sent.subtree(clause)
        words = [i for i in words if not (sent.words[i].upos == "PUNCT")]
        if cue is not None and cue.sentence is sent and cue.word.start > mstart:
            # (never the cue and what it reports, whatever the parse hung on the reason: "who
            # spoke on condition of anonymity because they were not authorized | told Reuters")
            words = [i for i in words if i < cue.index]
        while words and sent.words[words[0]].lemma.lower() in ("who", "which", "that"):
            words.pop(0)
        if not words:
            return text[mstart:mend]
        start, end = sent.words[words[0]].start, sent.words[words[-1]].end
        # The parser often hangs the why-clause elsewhere ("who spoke on condition of anonymity
        # because they were not authorized ..."): keep it when it follows directly.
        tail = _REASON_TAIL.match(text, end, sent.end, timeout=REGEX_TIMEOUT)
        if tail:
            end = tail.end()
            if cue is not None and cue.sentence is sent and start < cue.word.start < end:
                end = max(k.end for k in sent.words if k.end <= cue.word.start)  # (up to the cue)
        return text[start:end]

    def blankets(self, sentences: list[Sentence], attributed: set[int]) -> list[BlanketReason]:
        """Reasons stated in sentences that attribute nothing (``attributed``: the start offsets
        of sentences with a quote's cue or speaker). The group is the clause's subject noun, or
        for "they"/"some of them" the plural nouns of the sentence before."""
        out: list[BlanketReason] = []
        for k, sent in enumerate(sentences):
            if sent.start in attributed:
                continue
            text = self.doc.text[sent.start : sent.end]
            m = search_any(self.m.reasons, text, "anonymity_reasons")
            if m is None:
                continue
            heads = self._group_heads(sent, sentences[k - 1] if k > 0 else None)
            if heads:
                reason = self._clause(sent, sent.start + m.start(), sent.start + m.end(), None)
                out.append(BlanketReason(reason, sent.start, frozenset(heads)))
        return out

    def _group_heads(self, sent: Sentence, prev: Sentence | None) -> set[str]:
        subj = next((w for w in sent.words if w.rel == "nsubj" and sent.words[w.head].deprel == "root"), None)
        if subj is None:
            return set()
        # "Some of them": the quantifier's "of" phrase names the group (not a noun's: "Three former members of the group")
        of = (sent.words[c] for c in sent.children[subj.index] if sent.words[c].rel in ("nmod", "obl"))
        inner = subj if subj.upos == "NOUN" else next(of, subj)
        if inner.upos == "NOUN":
            return {inner.lemma.lower()}
        if inner.upos == "PRON" and inner.lemma.lower() in ("they", "them") and prev is not None:
            return {w.lemma.lower() for w in prev.words if w.upos == "NOUN" and _plural(w.text, w.lemma, w.feats)}
        return set()


def _plural(text: str, lemma: str, feats: str) -> bool:
    return "Number=Plur" in feats or (text.lower() != lemma.lower() and text.lower().endswith("s"))


_OPENING_MARKS = ('"', "“", "'", "‘")
