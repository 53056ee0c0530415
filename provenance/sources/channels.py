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
            if any(qs <= start < qe and not _title_only(doc, qs, qe, start, end) for qs, qe in quoted):
                continue  # an outlet the speaker talks about (not a programme's title in quotes)
            # (the cue is read around a title's marks: 'in her "Meet the Press" interview')
            ts, te = next(((qs, qe) for qs, qe in quoted if qs <= start < qe), (start, end))
            before = doc.text[max(sent.start, ts - 60) : ts]
            after = doc.text[te : min(sent.end, te + 60)]
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
        events += _unknown_outlets(model, doc, sent, names, quoted, {e.offset for e in events})
    return sorted(events, key=lambda e: e.offset)


def _title_only(doc: Document, qs: int, qe: int, start: int, end: int) -> bool:
    """The quotation marks hold the outlet's name and nothing else: a programme's title ('in her
    "Meet the Press" interview'), no one's words."""
    return not doc.text[qs:start].strip("\"'“”‘’ ") and not doc.text[end:qe].strip("\"'“”‘’,. ")


def _unknown_outlets(
    model: SourceModel,
    doc: Document,
    sent: Sentence,
    names: list[NameMention],
    quoted: list[tuple[int, int]],
    known: set[int],
) -> list[ChannelEvent]:
    """Channel sentences whose outlet no gazetteer knows: a capitalised name right after a channel
    cue that ends in an outlet's word ("She spoke to the Harbour City Ledger about her plans",
    "told the Kisumu Evening Star")."""
    out = []
    for pattern in model.channels_to_names:
        for m in pattern.finditer(doc.text, sent.start, sent.end):
            start, end = m.span(1)
            words = m.group(1).split()
            if start in known or any(qs <= start < qe for qs, qe in quoted):
                continue
            last = words[-1].lower()
            if not model.vocab.in_lexicon("outlet_words", last) or len(words) < 2:
                continue  # (one capitalised outlet word is no name: "told Radio")
            if any(model.vocab.in_lexicon(lex, last) for lex in ("organization_words", "body_nouns")):
                continue  # a body's word too: "spoke to the Planned Parenthood Action Network"
            if model.outlets.first_in(m.group(1)) is not None:
                continue  # a known outlet, read above ("told The New York Times")
            person, who = _channel_person(sent, names, start)
            if person:
                para = doc.paragraph_at(start)
                via = Via(name=m.group(1), text=m.group(1), start=start, end=end, known=False)
                out.append(ChannelEvent(start, para.index if para is not None else -1, who, via))
                known.add(start)
    return out


def _channel_person(sent: Sentence, names: list[NameMention], before: int) -> tuple[bool, str | None]:
    """Whether a channel sentence is about a person, and who: a name before the outlet (the
    subject if there is one), or a personal pronoun subject (no name)."""
    here = [n for n in names if sent.start <= n.start < sent.end]  # "When reached by the AP, Roe ..."
    if here:
        return True, next((n.name for n in here if n.subject), here[0].name)
    for w in sent.words:
        # (before the outlet, or the main clause's subject after an opening phrase: "In an
        # interview with Politico, she talked about ...")
        main = w.head >= 0 and sent.words[w.head].rel == "root"
        if w.rel == "nsubj" and w.lemma.lower() in ("he", "she", "they") and (w.start < before or main):
            return True, None
    return False, None
