"""Secondary sourcing carried along a thread of quotes: "told Reuters" holds for the same
source's follow-on quotes, and in live-blog entries for the entry."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from provenance.attribution import Attribution
from provenance.document import Document
from provenance.records import Via
from provenance.syntax.tree import WordRef
from provenance.vocab import Vocabulary

from .channels import ChannelEvent
from .entities import EntityTable
from .model import Entity, Resolved

# How many paragraphs on a source's later quotes still come from the interview the article
# named ("Roe told the AP ... ¶ 'We will win,' Roe said."): the next paragraph, not further.
VIA_CARRY_PARAGRAPHS = 1


# A reported (indirect) statement continues the interview only when its verb says so ("Roe
# added that ..."); "Roe said she had met him twice" after "Roe told the AP ..." may come from
# anywhere (sources labels: a statement only probably from the same interview gets no via).
CONTINUING_CUES = frozenset({"add", "continue", "go"})


@dataclass
class _Thread:
    """The interview a source's next quotes may come from."""

    via: Via
    paragraph: int
    entity: int | None = None  # the source that last spoke through it
    name: str | None = None  # or the person a channel sentence named ("Roe went on CBC")
    fresh: bool = False  # opened by a channel sentence: its first quote may be reported speech
    sentence: int = -1  # where the cue that named or inherited the channel is


def carry_via(
    vocab: Vocabulary,
    doc: Document,
    attributions: list[Attribution],
    resolved: dict[int, Resolved],
    events: list[ChannelEvent],
    table: EntityTable,
) -> None:
    """Continuations inherit the channel (sources labels, "via-inherited"): a later direct quote
    (or an "added") of the same source, with no other source quoted in between, in the same or
    the next paragraph after the last quote that named or inherited the outlet; and the quotes
    of a person after a sentence that names the channel without quoting ("Roe went on CBC to
    rebut it. ¶ '...,' he said")."""
    carry_via_in_entries(vocab, doc, attributions, resolved)
    carry_via_to_answers(attributions, resolved, events, table)
    carry_via_to_nested(attributions, resolved)
    thread: _Thread | None = None
    # An outlet that gave its channel to a quote of its own sentence ('"...," she said in a
    # statement to the AP') opens no thread for the statements after it.
    given = {v.start for _, _, v in resolved.values() if v is not None}
    pending = sorted((e for e in events if e.via.start not in given), key=lambda e: e.offset)
    for a in sorted(attributions, key=lambda x: x.start):
        while pending and pending[0].offset < a.start:
            ev = pending.pop(0)
            thread = _Thread(ev.via, ev.paragraph, name=ev.name, fresh=True)
        speaker, entity, via = resolved[id(a)]
        if entity is None:
            continue
        para = doc.paragraph_at(a.start)
        index = para.index if para is not None else -1
        if thread is not None and not _same_source(thread, entity, table):
            thread = None  # another source speaks: the interview's thread is broken
        cue_sentence = a.cue.sentence.start if a.cue is not None else -1
        continues = not _own_occasion(vocab, a.cue) and (
            a.kind != "indirect"
            or (thread is not None and thread.fresh)
            or (a.cue is not None and a.cue.word.lemma.lower() in CONTINUING_CUES)
            # "told the AP ... and said ...": a verb coordinated with the one that named it
            or (thread is not None and cue_sentence >= 0 and cue_sentence == thread.sentence)
        )
        if via is None and continues and thread is not None and 0 <= index - thread.paragraph <= VIA_CARRY_PARAGRAPHS:
            via = thread.via
            resolved[id(a)] = (speaker, entity, via)
        if via is not None:
            thread = _Thread(via, index, entity=entity.id, sentence=cue_sentence)
        elif thread is not None and (index - thread.paragraph > VIA_CARRY_PARAGRAPHS or not continues):
            # (a statement of the same source that may come from anywhere ends the thread too:
            # "Roe told CNN ... . In the news conference, he accused ... . '...,' Roe said")
            thread = None
    # (again: a channel sentence read above may have named the entry's channel)
    carry_via_in_entries(vocab, doc, attributions, resolved)


def carry_via_to_answers(
    attributions: list[Attribution], resolved: dict[int, Resolved], events: list[ChannelEvent], table: EntityTable
) -> None:
    """A Q&A piece is one interview: when its introduction names the outlet the interviewee spoke
    to ("She spoke to the Harbour City Ledger about ...", "In an interview with Politico, Roe
    ..."), every answer came through that outlet, however many paragraphs on (sources labels: the
    answer to a question asked in a named interview inherits the via)."""
    answers = [a for a in attributions if a.rule == "qa-answer"]
    if not answers:
        return
    first = min(a.start for a in answers)
    intro = [e for e in events if e.offset < first]
    if not intro:
        return
    thread = _Thread(intro[-1].via, intro[-1].paragraph, name=intro[-1].name)
    for a in answers:
        speaker, entity, via = resolved[id(a)]
        if via is None and entity is not None and _same_source(thread, entity, table):
            resolved[id(a)] = (speaker, entity, thread.via)


# The verbs whose setting is the statement's ("said, speaking at a rally, that ...")
_SPEAKING = frozenset({"speak", "talk", "address", "write", "post", "tweet"})


def _own_occasion(vocab: Vocabulary, cue: WordRef | None) -> bool:
    """Whether the quote's verb names where it was said, an occasion that is no outlet's interview
    ('"...," Roe said at a briefing', "told reporters", "wrote on Facebook", "said, speaking at a
    rally"): such a quote does not continue the interview named before it."""
    if cue is None:
        return False
    sent = cue.sentence
    verbs = [cue.index] + [
        c
        for c in sent.children[cue.index]
        if sent.words[c].rel in ("advcl", "xcomp", "conj") and sent.words[c].lemma.lower() in _SPEAKING
    ]
    # (or the verb the cue continues: "Roe later posted a summary on X, writing that ..."; a verb
    # that is the occasion itself: "posted", "tweeted")
    verbs += [cue.word.head] if cue.word.rel in ("advcl", "xcomp", "conj") and cue.word.head >= 0 else []
    if any(vocab.in_lexicon("own_occasions", sent.words[v].lemma.lower()) for v in verbs):
        return True
    return any(
        sent.words[c].rel in ("obl", "obj", "iobj") and vocab.in_lexicon("own_occasions", sent.words[c].lemma.lower())
        for v in verbs
        for c in sent.children[v]
    )


def carry_via_to_nested(attributions: list[Attribution], resolved: dict[int, Resolved]) -> None:
    """A statement reported inside another that came through an outlet came through it too:
    "Americans say they prefer lower prices, according to an Associated Press-GfK poll", "Roe
    told the AP that Doe said ..." (sources labels: the channel of the report is the channel of
    what it reports)."""
    outer = [(a.start, a.end, resolved[id(a)][2]) for a in attributions if resolved[id(a)][2] is not None]
    for a in attributions:
        speaker, entity, via = resolved[id(a)]
        if via is not None:
            continue
        around = [v for s, e, v in outer if s <= a.start and a.end <= e and (s, e) != (a.start, a.end)]
        if around:
            resolved[id(a)] = (speaker, entity, around[-1])


def _same_source(thread: _Thread, entity: Entity, table: EntityTable) -> bool:
    if thread.entity is not None:
        return thread.entity == entity.id
    if entity.type != "person":
        return False
    return thread.name is None or table.same_person(thread.name, entity.name)


_ENTRY_SEPARATOR = regex.compile(r"^\s*(?:_{3,}|\*{3,}|-{3,}|={3,})\.?\s*$")


def carry_via_in_entries(
    vocab: Vocabulary, doc: Document, attributions: list[Attribution], resolved: dict[int, Resolved]
) -> None:
    """A live blog ("The Latest", entries between "___" lines) reports one event per entry: when
    the entry names the channel of a source's remarks ("said during taping of an MSNBC town
    hall"), every statement of that source in the entry came through it, before or after."""
    cuts = [p.start for p in doc.paragraphs if _ENTRY_SEPARATOR.match(p.text)]
    if len(cuts) < 2:
        return  # not a live blog
    by_entry: dict[tuple[int, int], list[Attribution]] = {}
    for a in attributions:
        entity = resolved[id(a)][1]
        if entity is not None and not _own_occasion(vocab, a.cue):  # ("Roe later posted on X: ...")
            entry = sum(1 for c in cuts if c <= a.start)
            by_entry.setdefault((entry, entity.id), []).append(a)
    for group in by_entry.values():
        vias = [resolved[id(a)][2] for a in group if resolved[id(a)][2] is not None]
        if not vias or len({v.name for v in vias if v is not None}) != 1:
            continue  # no channel named, or two different ones: nothing to carry
        for a in group:
            speaker, entity, via = resolved[id(a)]
            if via is None:
                resolved[id(a)] = (speaker, entity, vias[0])
