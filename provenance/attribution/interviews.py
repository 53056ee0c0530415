"""Question-and-answer interviews: the answers are the interviewee's own words.

A Q&A piece prints the interviewer's questions and the interviewee's answers as paragraphs that
open with a label ("Q:" / "A:", "Question:" / "Answer:", often in bold), usually without quote
marks: every answer is the interviewee's verbatim speech, and an "I" inside one is the
interviewee, not the writer. The interviewee is the first person the paragraphs before the first
question name in full (the introduction, or a headline "a conversation with Jane Roe"). A piece
counts as a Q&A when at least two paragraphs open with an answer label and one with a question
label (or, session 64, the interviewee's name or surname: "Brun: It's serious."). Mechanism ``qa-answer`` (tests/test_interviews.py).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from provenance.syntax.tree import WordRef

from .model import Attribution, ParsedParagraph

_QUESTION = regex.compile(r"[\s*_]*(?:Q|Question)\s*[:.][\s*_]*", regex.I)
_FIRST_PERSON = frozenset({"i", "me", "my"})


def qa_answers(text: str, paras: list[ParsedParagraph], found: list[Attribution]) -> list[Attribution]:
    """``found`` with each answer of a Q&A piece added as the interviewee's direct quote, and the
    "I" of a quote inside an answer made the interviewee; ``found`` itself when the piece is none."""
    questions = [i for i, p in enumerate(paras) if _QUESTION.match(text, p.start, p.end)]
    who = _interviewee(paras[: questions[0]]) if questions else None
    if who is None:
        return found
    answer = _answer_label(who)
    labels = [answer.match(text, p.start, p.end) for p in paras]
    answers = [i for i, a in enumerate(labels) if a is not None]
    if len(answers) < 2:
        return found
    out = []
    for a in found:
        inside = any(paras[i].start <= a.start < paras[i].end for i in answers)
        speaker = a.speaker
        if inside and speaker is not None and speaker.word.text.lower() in _FIRST_PERSON:
            a = replace(a, speaker=who)  # ("I think he was right", inside an answer)
        out.append(a)
    for i in answers:
        m = labels[i]
        assert m is not None
        start, end = m.end(), paras[i].end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(
                Attribution("direct", start, end, "qa-answer", speaker=who, paragraph=paras[i].index, verbatim=True)
            )
    return sorted(out, key=lambda a: a.start)


def _answer_label(who: WordRef) -> regex.Pattern[str]:
    """An answer's label: "A:", "Answer:", or the interviewee's name or surname with a colon
    ("Brun: It's serious.", "HELGA BRUN:")."""
    sent, k = who.sentence, who.index
    while k > 0 and sent.words[k - 1].upos == "PROPN":
        k -= 1
    full = r"\s+".join(regex.escape(w.text) for w in sent.words[k : who.index + 1])
    name = f"(?i:{full}|{regex.escape(who.word.text)})"
    return regex.compile(rf"[\s*_]*(?:(?:A|Answer)\s*[:.]|{name}\s*:)[\s*_]*")


def _interviewee(intro: list[ParsedParagraph]) -> WordRef | None:
    """The last word of the first full name the paragraphs before the first question give."""
    return next((who for p in intro if (who := first_full_name(p)) is not None), None)


def first_full_name(para: ParsedParagraph, start: int = 0) -> WordRef | None:
    """The last word of the paragraph's first full name (two or more capitalised proper nouns in a
    row) from ``start`` on; also the interviewee of a headline "a conversation with ..." (headlines.py)."""
    for sent in para.sentences:
        run: list[int] = []
        for w in sent.words:
            if w.start >= start and w.upos == "PROPN" and w.text[:1].isupper():
                run.append(w.index)
                continue
            if len(run) >= 2:
                return WordRef(sent, run[-1])
            run = []
        if len(run) >= 2:
            return WordRef(sent, run[-1])
    return None
