"""Cue-less quotes that continue a neighbour: a quote with no cue of its own takes the speaker
of the attributed statement just before it, where the text makes that the natural reading."""

from __future__ import annotations

from collections.abc import Callable

import regex

from provenance.syntax.tree import Sentence, Word, WordRef

from .model import Attribution, ParsedParagraph


def _only_quote_in_paragraph(a: Attribution, paras: list[ParsedParagraph], text: str) -> bool:
    para = next((p for p in paras if p.start <= a.start < p.end), None)
    return para is not None and not text[para.start : a.start].strip() and len(text[a.end : para.end].strip(" .,;")) < 3


def _in_adverbial_clause(a: Attribution) -> bool:
    """The cue heads, or sits inside, an adverbial clause ('"...," Roe said, though Doe has not
    said the FBI is "reopening" it'): a side remark, which the next quote does not continue."""
    assert a.cue is not None
    sent, i = a.cue.sentence, a.cue.index
    for _ in range(len(sent.words)):
        if i < 0:
            return False
        if sent.words[i].rel == "advcl":
            return True
        i = sent.words[i].head
    return False


def _previous_speaker(found: list[Attribution], i: int) -> Attribution | None:
    """The attributed statement a cue-less quote continues: the last one with a speaker; but not
    a reported clause inside the sentence of the quote before it ('"...," Roe said, after Doe
    stated an interest in ending the deal. "..."' continues Roe, not Doe), nor a quote in an
    adverbial clause of that sentence ('..., though Doe has not said it is "reopening" it'), nor
    a statement nested in another's content."""
    before = [b for b in found[:i] if b.speaker is not None]
    if not before:
        return None
    prev = before[-1]
    # (a statement reported inside another's content, "Roe said many people are surprised that
    # ...", is Roe's: the next quote continues the one who reports it; but an "according to"
    # names only where a statement is on record, '"...," he said, according to a recording. "..."'
    # goes on with him)
    if prev.cue is not None:
        prev = next(
            (
                b
                for b in before
                if b is not prev and b.cue is not None and b.cue.sentence is prev.cue.sentence
                and b.start <= prev.start and prev.end <= b.end and not b.rule.startswith("according-to")
            ),
            prev,
        )  # fmt: skip
    if prev.cue is None:
        return prev
    if prev.kind != "indirect" and not _in_adverbial_clause(prev):
        return prev
    for b in reversed(before[:-1]):
        if b.kind in ("direct", "mixed") and b.cue is not None:
            return b if b.cue.sentence is prev.cue.sentence and b.start < prev.start else prev
    return prev


def inherit_from_neighbours(
    found: list[Attribution], paras: list[ParsedParagraph], text: str, is_person: Callable[[str], bool]
) -> None:
    """A quote with no cue takes the speaker of the attributed statement just before it when
    the text makes that the natural reading: the quote is its own paragraph right after the
    attributed one, or the next sentence of the same paragraph (``is_person``: a noun for a
    person, "the forward", that can be such a sentence's subject)."""
    for i, a in enumerate(found):
        if a.rule != "unattributed":
            continue
        prev = _previous_speaker(found, i)
        same_para = prev is not None and prev.paragraph == a.paragraph
        # (a paragraph that is only a quote continues the last quoted speaker, across at most one
        # paragraph of narrative in between)
        next_para = (
            prev is not None and 0 < a.paragraph - prev.paragraph <= 2 and _only_quote_in_paragraph(a, paras, text)
        )
        if prev is None or not (same_para or next_para):
            # ('Asked about the goal, McDavid credited his linemate. "Zach made a great play."':
            # a paragraph that turns to a named person and ends on a quote that continues no one)
            if (subject := _new_subject_before(a, None, paras, text, is_person)) is not None:
                a.speaker, a.rule = subject, "subject-before"
            continue
        between = [
            b for b in found[:i] if b.start > prev.start and b.rule == "unattributed" and b.inherited_from is None
        ]
        if not between:
            if (subject := _new_subject_before(a, prev, paras, text, is_person)) is not None:
                a.speaker, a.rule = subject, "subject-before"
                continue
            a.speaker, a.cue, a.via = prev.speaker, None, prev.via
            a.rule = "neighbour-previous"
            a.inherited_from = prev


def _surname(word: str, text: str) -> bool:
    """A capitalised word the article also writes after a first name ("Jeanine Durning"): a
    sentence-initial surname the tagger took for a common noun."""
    return word[:1].isupper() and regex.search(r"\b\p{Lu}\p{Ll}+ " + regex.escape(word) + r"\b", text) is not None


def _new_subject_before(
    a: Attribution, prev: Attribution | None, paras: list[ParsedParagraph], text: str, is_person: Callable[[str], bool]
) -> WordRef | None:
    """'"...," says House. Durning did not need much coaxing. "I'm thankful ..."': a sentence of
    narrative between the two quotes, right before the second, whose subject is a name that is
    not the previous speaker's, hands the quote to that person. With no quote before it in the
    paragraph or the two before (``prev`` None), the quote must end its paragraph and come right
    after that sentence: the article has turned to the person and quotes them."""
    para = next((p for p in paras if p.start <= a.start < p.end), None)
    if para is None or (prev is not None and prev.speaker is None):
        return None
    after = prev.end if prev is not None else para.start
    before = [s for s in para.sentences if after <= s.start and s.end <= a.start]
    if not before or (prev is None and (text[before[-1].end : a.start].strip() or text[a.end : para.end].strip())):
        return None
    sent = before[-1]
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None
    subject = next((sent.words[c] for c in sent.children[root.index] if sent.words[c].rel == "nsubj"), None)
    if subject is None and prev is None:  # ("Asked about the goal, McDavid credited ...": the conjunct's)
        verbs = [c for c in sent.children[root.index] if sent.words[c].rel in ("conj", "parataxis")]
        subject = next((sent.words[k] for c in verbs for k in sent.children[c] if sent.words[k].rel == "nsubj"), None)
    # (or a person by a definite description: "Asked about ..., the forward laughed. \"...\"")
    described = subject is not None and _definite_person(sent, subject, is_person)
    if subject is None or not (subject.upos == "PROPN" or _surname(subject.text, text) or described):
        return None
    if prev is not None and prev.speaker is not None and subject.text == prev.speaker.word.text:
        return None  # the same person ("Roe paused. '...'")
    return WordRef(sent, subject.index)


def _definite_person(sent: Sentence, w: Word, is_person: Callable[[str], bool]) -> bool:
    """ "the forward", "the Algerian-born coach": a common noun for a person after "the"."""
    the = any(sent.words[c].lemma.lower() == "the" for c in sent.children[w.index])
    return w.upos == "NOUN" and the and "Number=Plur" not in w.feats and is_person(w.lemma.lower())
