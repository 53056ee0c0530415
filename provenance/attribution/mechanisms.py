"""The attribution mechanisms that are code, not patterns: one registry, each with an id, a
status and a one-line doc.

Patterns (rules/patterns/*.yaml) attribute what the parse links; these mechanisms run after
them, in the order listed, on what no pattern claimed. Every quote's ``rule`` is either a pattern
id or one of these ids (``provenance eval`` and the README list both).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MechanismId = Literal[
    "adjacent-cue-after",
    "adjacent-cue-before",
    "that-frame",
    "speaker-label",
    "dash-credit",
    "colon-lead-in",
    "unattributed",
    "trailing-frame",
    "headline-label",
    "bare-cue",
    "post-signature",
    "pull-quote",
    "neighbour-previous",
    "subject-before",
    "repeated-quote",
    "vague-frame",
    "qa-answer",
    "headline-interview",
]
Status = Literal["stable", "repair"]


@dataclass(frozen=True)
class Mechanism:
    id: MechanismId
    status: Status  # repair: makes up for a frequent misparse of the compact model
    doc: str


MECHANISMS: dict[MechanismId, Mechanism] = {
    m.id: m
    for m in (
        Mechanism(
            "adjacent-cue-after",
            "stable",
            "A speech verb within a dozen words after the closing quote mark, before the next verb or stop "
            "(also in the next sentence when the quote ends in '?' or '!': '\"Is it fair?\" Roe asked.').",
        ),
        Mechanism(
            "adjacent-cue-before",
            "stable",
            "A speech verb within eight words before the opening quote mark; or, for a quote that opens its "
            "sentence or paragraph, a cue just before it that closes on a colon ('Roe said: \"...\"') or that "
            "reports nothing else ('Roe agreed. \"...\"').",
        ),
        Mechanism(
            "that-frame",
            "repair",
            "'X announced in a statement that ... \"...\"': a speech cue, then 'that', then the quote, when the "
            "parse did not link the clause to the cue.",
        ),
        Mechanism(
            "speaker-label",
            "stable",
            "A transcript line: a short name before a colon that opens the line, then the quote "
            "('Sen. Jane Roe (D-Ohio): \"...\"').",
        ),
        Mechanism(
            "dash-credit",
            "stable",
            "A quote that is its own paragraph, credited on the next line by a dash and a short name "
            "('\"...\"' then '- Sanders.' or '— Mayor Jane Roe, on Tuesday'): pull quotes, epigraphs, quote boxes.",
        ),
        Mechanism(
            "colon-lead-in",
            "stable",
            "A quote right after a clause that closes on a colon with no speech verb ('The board was blunt in its "
            'findings: "..."\', \'A footnote makes that clear: "..."\'): the subject of that clause.',
        ),
        Mechanism(
            "unattributed",
            "stable",
            "Quote marks around four or more words that nothing attributes (shorter ones are names or scare quotes), "
            'or around a whole sentence of two or more words ("Nobody listened.": it opens where a sentence does, '
            "starts with a capital and ends on its own full stop).",
        ),
        Mechanism(
            "trailing-frame",
            "repair",
            "A sentence closing on '..., newswire Associated Press reported.' or '..., a report released by the "
            "Brookings Institution found.' read from the words when the parse lost the link between clause and cue.",
        ),
        Mechanism(
            "headline-label",
            "stable",
            "A headline 'Speaker: statement' ('Clinton camp: Trump's Islamophobia threatens national security', "
            "'Clinton to Planned Parenthood: Trump will reverse Roe v. Wade'): the article's first paragraph, one "
            "short line, with a short capitalised label (not an `not_speaker_labels` word) and a verb after the colon. "
            "A quotation inside makes it mixed ('Roe: Budget \"will pass\" next week'); a line that is only the "
            "quotation is a speaker-label transcript line.",
        ),
        Mechanism(
            "bare-cue",
            "repair",
            "A speech verb the parse left with no clause under it ('Although she said her decision was a mistake, "
            "she ...', '..., saying the budget was too small', 'which officials said will go into effect'): the "
            "clause right after it, up to the next comma or the end of the sentence, with the verb's subject.",
        ),
        Mechanism(
            "post-signature",
            "stable",
            "An embedded social-media post as a scraped page prints it: the post's text, then '— Display Name "
            "(@handle) December 22, 2018' closing the paragraph; the display name speaks (the post's links are "
            "not part of what it says).",
        ),
        Mechanism(
            "pull-quote",
            "stable",
            "A pull quote as a news page prints it: a statement in a paragraph of its own signed with the "
            "speaker's name and role ('... nothing in the way of backup. Rod Peters, Lake Cowichan mayor'), no verb "
            "and no quote mark; only when the article reports the same words elsewhere. The signing name speaks.",
        ),
        Mechanism(
            "neighbour-previous",
            "stable",
            "A quote with no cue continues the speaker of the attributed statement just before it (same paragraph, "
            "or a quote-only paragraph after it).",
        ),
        Mechanism(
            "subject-before",
            "stable",
            "A quote with no cue that would continue the previous speaker, but right after a sentence of "
            'narrative whose subject is another named person (\'"...," says House. Durning did not need much '
            "coaxing. \"I'm thankful ...\"'): that person. So is one that continues nobody and ends a paragraph "
            "right after such a sentence ('Asked about the goal, McDavid credited his linemate. \"Zach made a "
            "great play.\"'), or a person by a definite description ('Asked about his record, the striker "
            'laughed. "..."\').',
        ),
        Mechanism(
            "repeated-quote",
            "stable",
            "An unattributed quote whose words the article quotes again, in order, with a speaker (a quoted "
            "headline, a pull quote, a teaser): that speaker.",
        ),
        Mechanism(
            "vague-frame",
            "stable",
            "A sentence sourced only by an impersonal frame ('reportedly', 'it is understood', 'are said to', "
            "'is widely seen as'); a frame of regard claims the phrase after 'as'.",
        ),
        Mechanism(
            "qa-answer",
            "stable",
            "A Q&A interview's answer ('A: ...' or the interviewee's name or surname and a colon, after 'Q: ...' "
            "paragraphs): the interviewee's own words, a direct "
            "quote without marks; the interviewee is the first full name before the first question.",
        ),
        Mechanism(
            "headline-interview",
            "stable",
            "A headline quotation followed by 'a conversation with', 'Q&A with' or 'an interview with' and a name "
            "(\"'We need more buses': a conversation with transit chief Marta Lindqvist\"): the quotation is the "
            "interviewee's, the first full name after 'with'.",
        ),
    )
}
