"""Question-and-answer interviews: the answers are the interviewee's own words.

A Q&A piece prints the interviewer's questions and the interviewee's answers as paragraphs that
open with a label ("Q:" / "A:", "Question:" / "Answer:", often in bold), usually without quote
marks: every answer is the interviewee's verbatim speech, and an "I" inside one is the
interviewee, not the writer. The interviewee is the first person the paragraphs before the first
question name in full (the introduction, or a headline "a conversation with Jane Roe"). A piece
counts as a Q&A when at least two paragraphs open with an answer label and one with a question
label. Mechanism ``qa-answer`` (tests/test_interviews.py).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from provenance.syntax.tree import WordRef

from .model import Attribution, ParsedParagraph

_QUESTION = regex.compile(r"[\s*_]*(?:Q|Question)\s*[:.][\s*_]*", regex.I)
_ANSWER = regex.compile(r"[\s*_]*(?:A|Answer)\s*[:.][\s*_]*")
_FIRST_PERSON = frozenset({"i", "me", "my"})


def qa_answers(text: str, paras: list[ParsedParagraph], found: list[Attribution]) -> list[Attribution]:
    """``found`` with each answer of a Q&A piece added as the interviewee's direct quote, and the
    "I" of a quote inside an answer made the interviewee; ``found`` itself when the piece is none."""
    labels = [(_QUESTION.match(text, p.start, p.end), _ANSWER.match(text, p.start, p.end)) for p in paras]
    questions = [i for i, (q, _) in enumerate(labels) if q is not None]
    answers = [i for i, (_, a) in enumerate(labels) if a is not None]
    if not questions or len(answers) < 2:
        return found
    who = _interviewee(paras[: questions[0]])
    if who is None:
        return found
    out = []
    for a in found:
        inside = any(paras[i].start <= a.start < paras[i].end for i in answers)
        speaker = a.speaker
        if inside and speaker is not None and speaker.word.text.lower() in _FIRST_PERSON:
            a = replace(a, speaker=who)  # ("I think he was right", inside an answer)
        out.append(a)
    for i in answers:
        m = labels[i][1]
        assert m is not None
        start, end = m.end(), paras[i].end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(
                Attribution("direct", start, end, "qa-answer", speaker=who, paragraph=paras[i].index, verbatim=True)
            )
    return sorted(out, key=lambda a: a.start)


def _interviewee(intro: list[ParsedParagraph]) -> WordRef | None:
    """The last word of the first full name (two or more proper nouns in a row) the paragraphs
    before the first question give."""
    for p in intro:
        for sent in p.sentences:
            run: list[int] = []
            for w in sent.words:
                if w.upos == "PROPN" and w.text[:1].isupper():
                    run.append(w.index)
                    continue
                if len(run) >= 2:
                    return WordRef(sent, run[-1])
                run = []
            if len(run) >= 2:
                return WordRef(sent, run[-1])
    return None
