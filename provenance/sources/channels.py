"""Channel sentences: a sentence that quotes nothing but names the outlet a person goes on to
speak through ("Roe went on CBC to rebut it", "When reached by the AP, Roe had little to say");
sources/carry.py gives the quotes after it that channel."""

from __future__ import annotations

from dataclasses import dataclass

from provenance.document import Document
from provenance.records import Via
from provenance.syntax.tree import Sentence

from .model import SourceModel
from .table import NameMention


@dataclass(frozen=True)
class ChannelEvent:
    """A sentence that quotes nothing but names the channel of what a person goes on to say:
    "Roe went on CBC to rebut it", "When reached by the AP, Roe had little to say"."""

    offset: int  # where the outlet is named
    paragraph: int
    name: str | None  # the person's name, or None for "he"/"she"/"they"
    via: Via


def channel_events(
    model: SourceModel,
    doc: Document,
    sentences: list[Sentence],
    names: list[NameMention],
    quoted: list[tuple[int, int]],
) -> list[ChannelEvent]:
    """The channel sentences of an article, in text order. The person is the name (or a
    personal pronoun subject) before the outlet in the sentence."""
    events: list[ChannelEvent] = []
    for sent in sentences:
        text = doc.text[sent.start : sent.end]
        pos = 0
        while (found := model.outlets.first_in(text[pos:])) is not None:
            name, s, e = found
            start, end = sent.start + pos + s, sent.start + pos + e
            pos += e
            if any(qs <= start < qe for qs, qe in quoted):
                continue  # an outlet the speaker talks about
            before = doc.text[max(sent.start, start - 60) : start]
            after = doc.text[end : min(sent.end, end + 60)]
            if not (
                any(p.search(before) for p in model.channels_before)
                or any(p.search(after) for p in model.channels_after)
            ):
                continue
            person, who = _channel_person(sent, names, start)
            if not person:
                continue
            para = doc.paragraph_at(start)
            via = Via(name=name, text=doc.text[start:end], start=start, end=end, known=True)
            events.append(ChannelEvent(start, para.index if para is not None else -1, who, via))
    return events


def _channel_person(sent: Sentence, names: list[NameMention], before: int) -> tuple[bool, str | None]:
    """Whether a channel sentence is about a person, and who: a name before the outlet (the
    subject if there is one), or a personal pronoun subject (no name)."""
    here = [n for n in names if sent.start <= n.start < sent.end]  # "When reached by the AP, Roe ..."
    if here:
        return True, next((n.name for n in here if n.subject), here[0].name)
    for w in sent.words:
        if w.start >= before:
            break
        if w.rel == "nsubj" and w.lemma.lower() in ("he", "she", "they"):
            return True, None
    return False, None
