"""The attribution stage: quote-mark spans and parsed paragraphs in, attributions out."""

from __future__ import annotations

import functools

import regex

from provenance.kinds import QuoteKind
from provenance.lexical import compile_list, search_any
from provenance.quotemarks import QuoteSpan
from provenance.vocab import Vocabulary

from .content import has_subject
from .cues import CueReader
from .fallbacks import (
    adjacent_cue,
    colon_lead_in,
    dash_credit,
    lead_in,
    next_sentence_after_question,
    speaker_label,
    that_frame,
)
from .frames import trailing_frame, vague_frames
from .from_patterns import PatternAttributor
from .headlines import headline_interview, headline_label, within_headline
from .interviews import qa_answers
from .model import Attribution, CueHit, FrameHit, ParsedParagraph
from .neighbours import inherit_from_neighbours
from .orphans import bare_cues
from .passives import is_participle
from .posts import embedded_posts
from .pullquotes import pull_quotes
from .repairs import repair_paragraphs
from .repeats import inherit_repeated
from .spans import classify, is_nickname, looks_like_speech, names_a_work, sentences_overlapping

# What may follow the terms of anonymity in the same clause: why they were asked for
_REASON_AFTER = regex.compile(r"(?:because|for fear|for|as|since|so that|so|to|given|out of)\b", regex.I)


class Attributor:
    """Built once per run from the vocabulary; ``attribute`` runs once per article."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.cues = CueReader(vocab)
        self.patterns = PatternAttributor(vocab, self.cues)
        frames = vocab.lexicon("vague_frames")
        self.vague_frames = compile_list([e.name for e in frames.entries], frames.path)
        self._reasons = vocab.lexicon("anonymity_reasons")

    def repair(self, paras: list[ParsedParagraph]) -> list[ParsedParagraph]:
        """The parse with misplaced speech complements put back (repairs.py); run it before
        ``attribute`` and hand the same paragraphs to the sources stage."""
        return repair_paragraphs(paras, self.cues.is_speech_cue, self.cues.is_listener_cue, self.cues.in_lex)

    def attribute(self, text: str, paras: list[ParsedParagraph], spans: list[QuoteSpan]) -> list[Attribution]:
        """Patterns first; then, in the registry's order, the mechanisms for what they left."""
        top = [s for s in spans if s.depth == 0]
        found: list[Attribution] = []
        for para in paras:
            found.extend(self.patterns.attribute(text, para, top))
        found.extend(self._unclaimed_quotes(text, paras, top, found))
        found.extend(self._trailing_frames(paras, found))
        if (headline := headline_label(self.cues, text, paras, found)) is not None:
            found = [a for a in found if not within_headline(a, headline)] + [headline]
        found.extend(self._framed("indirect", "bare-cue", hit, i) for i, hit in bare_cues(self.cues, paras, found))
        found.extend(embedded_posts(text, paras, found))
        found.extend(pull_quotes(text, paras, found))
        found = [a for a in _yield_object_readings(found) if not self._arranges_anonymity(text, a)]
        found.sort(key=lambda a: a.start)
        inherit_from_neighbours(found, paras, text, self._person_noun)
        inherit_repeated(found, text)
        found = vague_frames(self.vague_frames, text, paras, found)
        found = qa_answers(text, paras, found)
        found = headline_interview(text, paras, found)
        for a in found:
            a.kind = "direct" if a.verbatim else classify(text, a.start, a.end, top)
            a.sentences = max(1, len(sentences_overlapping(paras, a.start, a.end)))
        return found

    def _unclaimed_quotes(
        self, text: str, paras: list[ParsedParagraph], top: list[QuoteSpan], found: list[Attribution]
    ) -> list[Attribution]:
        """Quote-mark spans no pattern claimed: an adjacent cue, a that-frame, or unattributed."""
        claimed = [(a.start, a.end) for a in found]
        out: list[Attribution] = []
        for span in top:
            if any(span.start < e and s < span.end for s, e in claimed):
                continue  # inside a reported clause, or partly: already part of a mixed quote
            if names_a_work(text, span) or is_nickname(text, span):
                continue  # a title in marks ('NBC's "Today" show') or a nickname ('Dolores "Dee" Marchetti')
            sents = sentences_overlapping(paras, span.start, span.end)
            para_index = next((p.index for p in paras if p.start <= span.start < p.end), 0)
            hit = adjacent_cue(self.cues, span, sents + next_sentence_after_question(text, span, paras), text=text)
            if hit is not None:
                out.append(self._adjacent(span, hit, para_index))
            elif (frame := that_frame(self.cues, span, sents)) is not None:
                out.append(self._framed("mixed", "that-frame", frame, para_index))
            elif (hit := adjacent_cue(self.cues, span, sents, reach=16, text=text)) is not None:
                out.append(self._adjacent(span, hit, para_index))
            elif (label := speaker_label(self.cues, text, span, paras)) is not None:
                out.append(
                    Attribution("direct", span.start, span.end, "speaker-label", speaker=label, paragraph=para_index)
                )
            elif (hit := lead_in(self.cues, text, span, paras)) is not None:
                out.append(self._adjacent(span, hit, para_index))
            elif (lead := colon_lead_in(text, span, paras, self.cues.in_lex)) is not None:
                out.append(
                    Attribution("direct", span.start, span.end, "colon-lead-in", speaker=lead, paragraph=para_index)
                )
            elif (credit := dash_credit(text, span, paras)) is not None:
                out.append(
                    Attribution("direct", span.start, span.end, "dash-credit", speaker=credit, paragraph=para_index)
                )
            elif looks_like_speech(text, span):
                out.append(Attribution("direct", span.start, span.end, "unattributed", paragraph=para_index))
        return [a for a in out if not _inside_same_cue(a, out)]

    def _person_noun(self, lemma: str) -> bool:
        """A noun for a person: a post or an epithet ("the coach", "the forward", "the teenager")."""
        return any(self.cues.in_lex(x, lemma) for x in ("person_roles", "epithet_nouns"))

    @functools.cached_property
    def arrangements(self) -> list[regex.Pattern[str]]:
        # (compiled on first use, as the sources model does: not at every start)
        return compile_list([e.name for e in self._reasons.entries], self._reasons.path)

    def _arranges_anonymity(self, text: str, a: Attribution) -> bool:
        """ "A neighbour, who asked that her name not be used, said ...": the terms on which a
        source spoke (the anonymity_reasons phrases) are no statement of the source's."""
        if a.cue is None or a.kind == "direct":
            return False
        start = min(a.start, a.cue.word.start)
        m = search_any(self.arrangements, text[start : a.end], "anonymity_reasons")
        if m is None or m.start() > a.cue.word.start - start:
            return False
        # (up to the end, or with the reason for it after: "... not be used because she feared ...")
        rest = text[start + m.end() : a.end].strip(" ,.;")
        return not rest or _REASON_AFTER.match(rest) is not None

    def _adjacent(self, span: QuoteSpan, hit: CueHit, para_index: int) -> Attribution:
        via = self.cues.find_via(hit.cue.sentence, hit.cue.index)
        return Attribution(
            "direct", span.start, span.end, hit.mechanism, cue=hit.cue, speaker=hit.speaker, via=via,
            cue_kind=self.cues.cue_kind(hit.cue.word), paragraph=para_index,
        )  # fmt: skip

    def _trailing_frames(self, paras: list[ParsedParagraph], found: list[Attribution]) -> list[Attribution]:
        """Sentences that close on "..., X reported." with no attribution yet: the parse lost the link."""
        out: list[Attribution] = []
        for para in paras:
            for sent in para.sentences:
                if any(a.start < sent.end and sent.start < a.end for a in found + out):
                    continue
                if (tail := trailing_frame(self.cues, sent)) is not None:
                    out.append(self._framed("indirect", "trailing-frame", tail, para.index))
        return out

    def _framed(self, kind: QuoteKind, mechanism: str, hit: FrameHit, para_index: int) -> Attribution:
        via = self.cues.find_via(hit.cue.sentence, hit.cue.index)
        return Attribution(
            kind, hit.start, hit.end, mechanism, cue=hit.cue,
            speaker=hit.speaker, via=via, cue_kind=self.cues.cue_kind(hit.cue.word), paragraph=para_index,
        )  # fmt: skip


def _yield_object_readings(found: list[Attribution]) -> list[Attribution]:
    """An object-content reading ("announced the strike") yields to a quote or clause the same
    cue introduces, or that a speech participle on it introduces ("defended the budget, saying
    it would protect jobs": the budget is the topic, the clause the statement). And one whose
    cue is inside another reading's content is part of that statement, not a second one: "Roe
    says he's happy with the results" reports what Roe says, not what Roe is happy with."""
    users: dict[tuple[int, int], int] = {}
    participles: set[tuple[int, int]] = set()
    for a in found:
        if a.cue is not None:
            key = (id(a.cue.sentence), a.cue.index)
            users[key] = users.get(key, 0) + 1
            w = a.cue.word
            # (a participle with no subject of its own: "and politicians expressed outrage"
            # with "expressed" tagged a participle is a clause of its own)
            own_subject = has_subject(a.cue.sentence, w.index)
            if is_participle(w) and w.rel in ("advcl", "xcomp", "conj") and w.head >= 0 and not own_subject:
                key = (id(a.cue.sentence), w.head)
                users[key] = users.get(key, 0) + 1
                participles.add(key)

    def yields(a: Attribution) -> bool:
        if not a.yields_to_other_content or a.cue is None:
            return False
        key = (id(a.cue.sentence), a.cue.index)
        # ("rejected the notion that ..., saying ...": an object its own "that" clause spells
        # out is a statement, not the topic of the participle's)
        return users[key] > 1 and not (key in participles and users[key] == 2 and _spelled_out(a))

    kept = [a for a in found if not yields(a)]
    return [a for a in kept if not (a.yields_to_other_content and a.cue is not None and _inside_other(a, kept))]


def _spelled_out(a: Attribution) -> bool:
    """The cue's object has a "that" clause of its own ("the notion that the episode is over")."""
    assert a.cue is not None
    sent = a.cue.sentence
    objects = [c for c in sent.children[a.cue.index] if sent.words[c].rel == "obj"]
    return any(
        sent.words[m].rel == "mark" and sent.words[m].lemma.lower() == "that"
        for o in objects
        for k in sent.children[o]
        if sent.words[k].rel in ("acl", "ccomp")
        for m in sent.children[k]
    )


def _inside_same_cue(a: Attribution, found: list[Attribution]) -> bool:
    """ "announced that its deputy, al-Saidi, or 'Abu Taqwa,' had been killed “as a result of
    ...”": one frame read once per quotation in it gives a reading cut at the first; the
    reading of the same cue that holds it is the statement."""
    same = [b for b in found if b is not a and b.cue is not None and a.cue is not None and b.cue.word is a.cue.word]
    return any(b.start <= a.start and a.end <= b.end and (b.start, b.end) != (a.start, a.end) for b in same)


def _inside_other(a: Attribution, found: list[Attribution]) -> bool:
    """The cue of ``a`` lies inside another reading's content (a statement nested in one)."""
    assert a.cue is not None
    return any(b is not a and b.start <= a.cue.word.start < b.end for b in found)
