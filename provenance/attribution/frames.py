"""Vague frames: statements sourced to nobody in particular ("it is understood that ...",
"... reportedly ...", "X is widely seen as Y"), the ``vague-frame`` mechanism."""

from __future__ import annotations

import regex

from provenance.lexical import search_any
from provenance.syntax.tree import Sentence

from .model import Attribution, ParsedParagraph
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
