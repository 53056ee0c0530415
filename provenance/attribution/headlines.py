"""The headline conventions "Speaker: statement" (mechanism ``headline-label``) and "'Quote': a
conversation with Speaker" (mechanism ``headline-interview``).

News headlines attribute with a colon: "Clinton camp: Trump's Islamophobia threatens national
security", "Pence: Gennifer Flowers won't be at debate", "Clinton to Planned Parenthood: Trump
will reverse Roe v. Wade". The statement after the colon is what the label's speaker said, with
no cue word at all, so neither the patterns nor ``speaker_label`` (which needs quote marks) see
it. Only the article's first paragraph, when it is one short line, counts as a headline; a label
from ``not_speaker_labels`` ("The Latest:", "Update:") or with no capitalised noun names nobody.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from provenance.syntax.tree import WordRef

from .cues import CueReader
from .interviews import first_full_name
from .model import Attribution, ParsedParagraph

# A headline is one line of at most this many words.
HEADLINE_WORDS = 30
# The label before the colon: at most this many words (a longer run is a sentence with a colon).
LABEL_WORDS = 6
_LABEL = regex.compile(r"^[ \t]*(?P<label>[^\n:\"“”«»‘’]{2,80}?)[ \t]*:[ \t]+(?P<rest>\S[^\n]*?)[ \t.]*$")
# "Clinton to Planned Parenthood:", "CNN President On Trump:": the listener or topic after the speaker
_CUT = regex.compile(r"\s+(?:to|on|at|in|for|about)\s+", regex.IGNORECASE)


# Readings of a quote alone that the headline's statement takes in ('Roe: Budget "will pass"'
# is Roe's statement with a quotation in it, not only the quoted words).
_QUOTE_ONLY = frozenset({"speaker-label", "unattributed"})


def within_headline(a: Attribution, headline: Attribution) -> bool:
    """A quote-only reading inside the headline's statement, which replaces it."""
    return a.rule in _QUOTE_ONLY and headline.start <= a.start and a.end <= headline.end


def headline_label(
    cues: CueReader, text: str, paras: list[ParsedParagraph], found: list[Attribution]
) -> Attribution | None:
    """The statement of a "Speaker: statement" headline, attributed to the speaker's last noun."""
    if not paras:
        return None
    para = paras[0]
    line = text[para.start : para.end]
    words = [w for s in para.sentences for w in s.words]
    if "\n" in line.strip() or not words or len(words) > HEADLINE_WORDS:
        return None
    m = _LABEL.match(line)
    if m is None:
        return None
    if m.group("rest").rstrip().endswith("?"):
        return None  # a question states nothing
    label = m.group("label")
    # "Bombshell Claim - Woman: ...": a headline, a dash, then the label
    dash = max(label.rfind(" - "), label.rfind(" — "), label.rfind(" – "))
    lo = para.start + m.start("label") + (dash + 3 if dash >= 0 else 0)
    cut = _CUT.search(text, lo, para.start + m.end("label"))
    hi = cut.start() if cut else para.start + m.end("label")
    start, end = para.start + m.start("rest"), para.start + m.end("rest")
    inside = [a for a in found if a.start < end and start < a.end]
    if any(a.rule not in _QUOTE_ONLY for a in inside):
        return None  # a statement in it is attributed already ("Roe: Doe says ...")
    outside = "".join(c for k, c in enumerate(text[start:end], start) if not any(a.start <= k < a.end for a in inside))
    if inside and not any(c.isalnum() for c in outside):
        return None  # the line is the quote: a transcript line ('Roe: "We will not back down."')
    label_words = [w for w in words if lo <= w.start and w.end <= hi and w.upos != "PUNCT"]
    rest = [w for w in words if start <= w.start < end]
    # "Woman Steps Forward With Bombshell Claim: ...": a label that is a clause names its subject
    verb = next((w.start for w in label_words if w.upos == "VERB"), hi)
    names = [w for w in label_words if w.upos in ("PROPN", "NOUN") and w.text[:1].isupper() and w.start < verb]
    if not names or len(label_words) > LABEL_WORDS or not any(w.upos in ("VERB", "AUX") for w in rest):
        return None  # nobody named, or no statement (a verb) after the colon
    if any(cues.in_lex("not_speaker_labels", w.text.lower()) for w in label_words):
        return None  # "The Latest:", "News Guide:"
    sent = next(s for s in para.sentences if s.start <= names[-1].start < s.end)
    return Attribution(
        "indirect", start, end, "headline-label", speaker=WordRef(sent, names[-1].index), paragraph=para.index
    )


# What follows a headline's quotation that names its speaker as the one interviewed: "'We need more
# buses': a conversation with transit chief Marta Lindqvist", "... - Q&A with Helga Brun"
_INTERVIEW_AFTER = regex.compile(
    r"[\s'\"’”]*[:—–-]\s*(?:(?:a|an|our|the)\s+)?(?:Q\s*&\s*A|Q\s+and\s+A|conversation|interview|chat)\s+with\s+",
    regex.IGNORECASE,
)


def headline_interview(text: str, paras: list[ParsedParagraph], found: list[Attribution]) -> list[Attribution]:
    """``found`` with a headline quotation that names no speaker given to the person the headline
    says was interviewed ("'We need more buses': a conversation with transit chief Marta
    Lindqvist"): the last word of the first full name after "with"."""
    if not paras:
        return found
    para = paras[0]
    words = [w for s in para.sentences for w in s.words]
    if "\n" in text[para.start : para.end].strip() or len(words) > HEADLINE_WORDS:
        return found
    out = []
    for a in found:
        after = _INTERVIEW_AFTER.match(text, a.end, para.end) if a.speaker is None else None
        if after is not None and para.start <= a.start:
            who = first_full_name(para, after.end())
            a = a if who is None else replace(a, speaker=who, rule="headline-interview")
        out.append(a)
    return out
