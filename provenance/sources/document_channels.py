"""Channels of documents and outlet names in a span: "a legal opinion obtained by AP", "a copy of
the letter reviewed by The Post", "an Associated Press-GfK poll", "the Globe report"; and the
gazetteer outlet a span begins with or holds. Used by sources/via.py."""

from __future__ import annotations

import regex

from provenance.document import Document
from provenance.records import Via
from provenance.syntax.tree import Word, WordRef

from .model import SourceModel

_JOINED_OUTLET = regex.compile(r"[^,;]*?\s(?:and|&)\s+((?:the\s+)?\p{Lu})")
_HANDLED_BY = regex.compile(r"\b(?:by|to|for|in|from)\s+(?:the\s+)?(\p{Lu}[\w.&-]*(?:\s+\p{Lu}[\w.&-]*)*)")


def is_carrier(model: SourceModel, ref: WordRef) -> bool:
    """A document or a statement noun, or a part of one ("a copy of the letter", "a draft of the
    memo"): what an outlet can obtain, review or be given."""
    sent = ref.sentence
    if model.is_statement(ref.word.lemma.lower()):
        return True
    return any(
        sent.words[c].rel == "nmod"
        and model.is_statement(sent.words[c].lemma.lower())
        and any(sent.words[k].lemma.lower() == "of" for k in sent.children[c])
        for c in sent.children[ref.index]
    )


def document_channel(model: SourceModel, doc: Document, ref: WordRef, cue: WordRef | None = None) -> Via | None:
    """ "a legal opinion ... obtained by AP", "a copy of the letter reviewed by The Post": a
    document an outlet obtained, reviewed or was given came through that outlet. Read over the
    document's phrase, and on to a cue after it: the parse often hangs "..., and obtained by AP,"
    elsewhere."""
    sent = ref.sentence
    sub = sent.subtree(ref.index)
    start, end = sent.words[sub[0]].start, sent.words[sub[-1]].end
    if cue is not None and cue.sentence is sent and cue.index > sub[-1]:
        end = cue.word.start
    return handled_by(model, doc, start, end) or outlet_modifier(model, doc, ref) or _outlet_made_it(model, doc, ref)


def _outlet_made_it(model: SourceModel, doc: Document, ref: WordRef) -> Via | None:
    """ "a list of Romney fundraisers USA TODAY assembled", "a tally the AP compiled": a document
    an outlet made, named as the subject of a relative clause on the document noun (however
    the parse read the outlet's words): the outlet's name ends right before that clause's verb."""
    sent = ref.sentence
    for c in sent.children[ref.index]:
        v = sent.words[c]
        if v.rel != "acl" or v.upos != "VERB" or c < ref.index:
            continue
        between = doc.text[ref.word.end : v.start]
        found = model.outlets.span_in(between)
        if found is not None and not between[found[1] :].strip():
            return known_outlet_in(model, doc, ref.word.end + found[0], v.start)
    return None


def outlet_modifier(model: SourceModel, doc: Document, ref: WordRef) -> Via | None:
    """ "an Associated Press-GfK poll", "the Globe report": an outlet named in the document noun
    itself, in full or by a short form of an outlet named earlier in the article."""
    sent = ref.sentence
    mods = [sent.words[c] for c in sent.children[ref.index] if sent.words[c].rel in ("compound", "nmod:poss")]
    for w in mods:
        if w.upos != "PROPN" or not w.text[:1].isupper():
            continue
        found = known_outlet_at(model, doc, w.start, ref.word.start) or short_form(model, doc, w)
        if found is not None:
            return found  # (a short form: "the Globe report" after "The Globe and Mail")
    if not mods:
        return _named_before(model, doc, ref)
    # the parse may break the owner's name up ("an Associated Press-GfK poll" with "Associated"
    # an adjective): the words before the noun, from its first premodifier, begin with the outlet
    first = min(
        (
            sent.subtree(c)[0]
            for c in sent.children[ref.index]
            if c < ref.index and sent.words[c].rel not in ("det", "case")
        ),
        default=ref.index,
    )
    if first < ref.index:  # (with the noun: a polling partner's hyphen needs it)
        return known_outlet_at(model, doc, sent.words[first].start, ref.word.end)
    return None


# What may stand between an outlet and the document noun it names in one phrase ("The
# Huffington Post-Morning Consult poll of ...", "a Washington Post/ABC News poll"): no clause break.
_PHRASE_BEFORE = regex.compile(r"[^.;:!?\n\"“”]{0,60}$")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_DEFINITE_BEFORE = regex.compile(r"(?i)\b(?:the|this|that)\s+(?:\w+\s+)?$")


def _named_before(model: SourceModel, doc: Document, ref: WordRef) -> Via | None:
    """ "The poll shows ..." after "The Huffington Post-Morning Consult poll was released": a
    definite document noun stands for the last document of that name the article mentioned,
    and comes through the outlet that one named ("The poll", then "The new poll": back along
    the definite mentions). An earlier indefinite one without an outlet ("a new poll") is
    another document: the search stops there."""
    sent, w = ref.sentence, ref.word
    if not any(
        sent.words[c].lemma.lower() in _DEFINITE for c in sent.children[ref.index] if sent.words[c].rel == "det"
    ):
        return None
    earlier = list(
        regex.finditer(rf"\b{regex.escape(w.text)}\b", doc.text, flags=regex.IGNORECASE, pos=0, endpos=w.start)
    )
    for last in reversed(earlier):
        phrase = _PHRASE_BEFORE.search(doc.text, pos=max(0, last.start() - 60), endpos=last.start())
        if phrase is None:
            return None
        # (with the noun: a polling partner's hyphen needs it, "Huffington Post-Morning Consult poll")
        found = known_outlet_in(model, doc, phrase.start(), last.end())
        if found is not None or not _DEFINITE_BEFORE.search(phrase.group(0)):
            return found
    return None


def known_outlet_in(model: SourceModel, doc: Document, start: int, end: int) -> Via | None:
    found = model.outlets.first_in(doc.text[start:end])
    if found is None:
        return None
    name, s, e = found
    return Via(name=name, text=doc.text[start + s : start + e], start=start + s, end=start + e, known=True)


def short_form(model: SourceModel, doc: Document, head: Word) -> Via | None:
    """ "the Globe" after "The Globe and Mail", "the Post" after "The Washington Post": a
    capitalised head word that is the first or last word of an outlet the article named before."""
    if head.upos != "PROPN" or not head.text[:1].isupper():
        return None
    for outlet in reversed(model.outlets.all_in(doc.text[: head.start])):
        parts = regex.sub(r"^the\s+", "", outlet.lower()).split()
        if len(parts) > 1 and head.text.lower() in (parts[0], parts[-1]):
            return Via(name=outlet, text=head.text, start=head.start, end=head.end, known=True)
    return None


def handled_by(model: SourceModel, doc: Document, start: int, end: int) -> Via | None:
    """The outlet of the first "by/to/for <Outlet>" between ``start`` and ``end``, or one
    coordinated with that agent ("a tally by the Center for Responsive Politics and USA Today")."""
    for m in _HANDLED_BY.finditer(doc.text, start, end):
        # (read on past the capitalised run: "in The Globe and Mail")
        found = model.outlets.first_in(doc.text[m.start(1) : end])
        if found is not None and found[1] == 0:
            return Via(
                name=found[0],
                text=doc.text[m.start(1) : m.start(1) + found[2]],
                start=m.start(1),
                end=m.start(1) + found[2],
                known=True,
            )
        joined = _JOINED_OUTLET.search(doc.text, m.end(1), end)
        coordinated = known_outlet_at(model, doc, joined.start(1), end) if joined is not None else None
        if coordinated is not None:
            return coordinated
        last = m.group(1).split()[-1].lower()
        for outlet in reversed(model.outlets.all_in(doc.text[:start])):
            if outlet.split()[-1].lower() == last:  # "The Post" after "The Washington Post"
                return Via(name=outlet, text=m.group(1), start=m.start(1), end=m.end(1), known=True)
    return None


def known_outlet_at(model: SourceModel, doc: Document, start: int, end: int) -> Via | None:
    """A gazetteer outlet that the text between start and end begins with ("the AP", "CNN")."""
    text = doc.text[start:end]
    found = model.outlets.first_in(text)
    if found is None or text[: found[1]].strip().lower() not in ("", "the"):
        return None
    name, s, e = found
    return Via(name=name, text=text[s:e], start=start + s, end=start + e, known=True)
