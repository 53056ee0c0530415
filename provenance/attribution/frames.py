"""Frames read from the words where the parse lost them: a sentence that closes on "..., X
reported." (the ``trailing-frame`` mechanism), and statements sourced to nobody in particular
("it is understood that ...", "... reportedly ...", "X is widely seen as Y": ``vague-frame``)."""

from __future__ import annotations

import regex

from provenance.lexical import search_any
from provenance.syntax.tree import Sentence, Word, WordRef

from .cues import CueReader
from .datelines import dateline_end
from .model import Attribution, FrameHit, ParsedParagraph
from .spans import MIN_SPEECH_WORDS

_PHRASE_ENDS = frozenset({",", ";", ":", "—", "–", "(", ")", "--"})


def _predicate_after_as(sent: Sentence, frame: tuple[int, int]) -> tuple[int, int] | None:
    """ "Gore was seen as wooden and off-putting": what a frame of regard says of its subject is
    the phrase after "as", up to the next comma, dash or semicolon (the subject is who it is
    said of, not part of the claim)."""
    at = next((w.index for w in sent.words if w.text.lower() == "as" and frame[0] < w.start <= frame[1] + 1), None)
    if at is None:
        return None
    words = []
    for w in sent.words[at + 1 :]:
        if w.upos == "PUNCT" and w.text in _PHRASE_ENDS:
            break
        words.append(w)
    while words and words[-1].upos == "PUNCT":
        words.pop()
    return (words[0].start, words[-1].end) if words else None


def _claim_without_frame(sent: Sentence, frame: tuple[int, int]) -> tuple[int, int] | None:
    """The claim is the sentence without the frame words and the final punctuation."""
    words = [w for w in sent.words if not (frame[0] <= w.start < frame[1]) and w.upos != "PUNCT"]
    while words and (words[0].lemma.lower() in ("that", ",") or words[0].upos == "CCONJ"):
        words.pop(0)
    if len(words) < MIN_SPEECH_WORDS:
        return None
    return words[0].start, words[-1].end


def vague_frames(
    frames: list[regex.Pattern[str]], text: str, paras: list[ParsedParagraph], found: list[Attribution]
) -> list[Attribution]:
    """Statements sourced to nobody in particular: "It is understood that ...", "...
    reportedly ...". A speakerless attribution in such a sentence gets the frame; a sentence with
    a frame and no attribution becomes an indirect quote of its own."""
    for para in paras:
        for sent in para.sentences:
            m = search_any(frames, text[sent.start : sent.end], "vague_frames")
            if m is None:
                continue
            frame = (sent.start + m.start(), sent.start + m.end())
            inside = [a for a in found if sent.start <= a.start < sent.end or a.start <= sent.start < a.end]
            for a in inside:
                if a.speaker is None and a.inherited_from is None:
                    a.frame = frame
            if inside:
                continue
            claim = _predicate_after_as(sent, frame) or _claim_without_frame(sent, frame)
            if claim is not None:
                found.append(
                    Attribution("indirect", claim[0], claim[1], "vague-frame", paragraph=para.index, frame=frame)
                )
    found.sort(key=lambda a: a.start)
    return found


def trailing_frame(cues: CueReader, sent: Sentence) -> FrameHit | None:
    """'<clause>, newswire Associated Press reported.' read from the words when the parse did
    not hang the clause on the cue: the sentence closes with a speech verb (and maybe its
    listener, "told Reuters"), a comma and a short noun phrase come before it, and a clause
    before that. The speaker is the phrase's last noun: the head of an English noun phrase,
    names included; or a document's noun before a participle ('..., a report released by the
    Brookings Institution last year found.'), which a finding verb needs."""
    words = [w for w in sent.words if w.upos != "PUNCT" or w.text == ","]
    while words and words[-1].text == ",":
        words.pop()
    cue_at = next((k for k in range(len(words) - 1, max(len(words) - 4, -1), -1) if _closing_cue(cues, words[k])), None)
    if cue_at is None or any(w.upos not in ("PROPN", "NOUN", "DET") for w in words[cue_at + 1 :]):
        return None
    comma = next((k for k in range(cue_at - 1, -1, -1) if words[k].text == ","), None)
    if comma is None or not 1 <= cue_at - comma - 1 <= 12:
        return None
    phrase = words[comma + 1 : cue_at]
    speaker = _released_document(cues, phrase) or _short_phrase_head(phrase)
    content = [w for w in words[:comma] if w.index > dateline_end(sent)]  # (not "SINGAPORE/HONG KONG, May 14 -")
    if speaker is None or len(content) < 3 or not any(w.upos in ("VERB", "AUX") for w in content):
        return None
    if not cues.is_speech_cue(words[cue_at]) and not (cues.is_carrier(speaker.lemma.lower()) or _finder(cues, speaker)):
        return None  # (a finding verb reports only with a document or a body that finds for its subject)
    return FrameHit(WordRef(sent, words[cue_at].index), WordRef(sent, speaker.index), content[0].start, content[-1].end)


def _finder(cues: CueReader, w: Word) -> bool:
    """A body or people whose findings are reported ("..., the commission found", "..., Canadian
    researchers found"): an organisation's noun, a person's, or a name."""
    lemma = w.lemma.lower()
    return w.upos == "PROPN" or any(
        cues.in_lex(x, lemma) for x in ("organization_words", "person_roles", "generic_persons")
    )


def _short_phrase_head(phrase: list[Word]) -> Word | None:
    """The last noun of a short noun phrase (capitalised words may be tagged as verbs,
    "Associated"; a lower-case verb means a clause)."""
    if len(phrase) > 8 or any(
        w.upos in ("AUX", "SCONJ", "ADP", "PRON") or (w.upos == "VERB" and not w.text[:1].isupper()) for w in phrase
    ):
        return None
    return next((w for w in reversed(phrase) if w.upos in ("NOUN", "PROPN")), None)


def _closing_cue(cues: CueReader, w: Word) -> bool:
    return cues.is_speech_cue(w) or (w.upos == "VERB" and cues.in_lex("finding_verbs", w.lemma.lower()))


def _released_document(cues: CueReader, phrase: list[Word]) -> Word | None:
    """ "a report released by the Brookings Institution last year": a document's noun, then a
    lower-case participle and what it says of the document (no clause of its own)."""
    part = next((k for k, w in enumerate(phrase) if w.upos == "VERB" and "VerbForm=Part" in w.feats), None)
    if part is None or part == 0 or not phrase[part].text[:1].islower():
        return None
    noun = phrase[part - 1]
    if noun.upos != "NOUN" or not cues.is_carrier(noun.lemma.lower()):
        return None
    if any(w.upos in ("AUX", "SCONJ", "PRON", "VERB") for w in phrase[part + 1 :]):
        return None
    return noun
