"""The registered mechanisms' code (ids and docs in mechanisms.py): quote marks no pattern
claimed, trailing frames and neighbours (vague frames: frames.py)."""

from __future__ import annotations

from collections.abc import Callable

import regex

from provenance.quotemarks import QuoteSpan
from provenance.syntax.tree import Sentence, Word, WordRef

from .cues import CueReader
from .model import CueHit, FrameHit, ParsedParagraph
from .phrases import nominal_root, noun_phrase_after
from .spans import QUOTE_CHARS

# A line that opens with a short label and a colon: the quote follows it on the same line,
# right away (a transcript) or after more words (a headline, "Roe: Budget 'will pass'").
_LABEL = regex.compile(r"(?:^|\n)[ \t]*(?P<label>[^\n:\"“”«»‘’]{1,80}?)[ \t]*:(?P<rest>[^\n]*)$")


def next_sentence_after_question(text: str, span: QuoteSpan, paras: list[ParsedParagraph]) -> list[Sentence]:
    """'"Is this fair?" Roe asked.': the sentence splitter ends the sentence at the question or
    exclamation mark inside the quote (or at a full stop before a bare '... Trump said.'), so the
    cue sits in the next sentence. That sentence, if it starts right after the closing mark in
    the same paragraph."""
    # (past the closing marks of a quote inside it: '"... some would ask, 'Who cares?'" Roe said.')
    last = text[slice(*span.inner())].rstrip().rstrip(QUOTE_CHARS).rstrip()[-1:]
    if last not in ("?", "!", "."):
        return []
    # (in the same paragraph: "... encourage him!" ¶ "The crowd cheers." is a new event)
    for para in paras:
        if not para.start <= span.start < para.end:
            continue
        for sent in para.sentences:
            if sent.start >= span.end and not text[span.end : sent.start].strip():
                # after a full stop only a bare frame ('"... missing." Trump said.'), a slip for
                # a comma; a sentence with more in it is a statement of its own
                return [sent] if last != "." or _bare_frame(sent) else []
    return []


def _bare_frame(sent: Sentence) -> bool:
    """ "Trump said." / "said Jane Roe." : a verb and its subject, nothing reported."""
    words = [w for w in sent.words if w.upos != "PUNCT"]
    return (
        2 <= len(words) <= 5
        and sent.words[-1].text == "."
        and any(w.upos == "VERB" for w in words)
        and not any(w.rel in ("ccomp", "xcomp", "obj", "advcl", "parataxis") for w in words)
    )


_LABEL_DASH = regex.compile(r".*\s[-–—]\s+")


def speaker_label(cues: CueReader, text: str, span: QuoteSpan, paras: list[ParsedParagraph]) -> WordRef | None:
    """A transcript line or headline: 'Sen. Jane Roe (D-Ohio): "..."', 'Roe: Budget "will
    pass"' — a short name before a colon that opens the line, then the quote on that line. The
    speaker is the label's last name word outside brackets."""
    para = next((p for p in paras if p.start <= span.start < p.end), None)
    if para is None:
        return None
    m = _LABEL.search(text[para.start : span.start])
    if m is None:
        return None
    lo, hi = para.start + m.start("label"), para.start + m.end("label")
    # "Pollsters agree - Jane Roe: “...”": a headline, a dash, then the label (the part after
    # the last dash is the name).
    dash = _LABEL_DASH.search(text, lo, hi)
    if dash is not None and not m.group("rest").strip():
        lo = dash.end()
    words = [w for s in para.sentences for w in s.words if lo <= w.start and w.end <= hi]
    depth, outside = 0, []
    for w in words:
        depth += w.text == "("
        if depth == 0 and w.upos != "PUNCT":
            outside.append(w)
        depth -= w.text == ")" and depth > 0
    names = [w for w in outside if w.upos in ("PROPN", "NOUN") and w.text[:1].isupper()]
    if not names or len(outside) > (8 if not m.group("rest").strip() else 4) or len(names[-1].text) < 2:
        return None  # "Q:" and "A:" name nobody; a long run before a colon is a sentence
    if any(cues.in_lex("not_speaker_labels", w.text.lower()) for w in outside):
        return None  # "Update:", "The Latest:"
    sent = next(s for s in para.sentences if s.start <= names[-1].start < s.end)
    return WordRef(sent, names[-1].index)


# "- Sanders." / "— Mayor Jane Roe, speaking on Tuesday." on the line after a quote: the dash
# credit of pull quotes, epigraphs and "quotable" boxes. The name runs to the first comma or stop.
_DASH_CREDIT = regex.compile(r"[ \t]*[-–—―][ \t]*(?P<name>[^,\n.;:()\[\]\"“”]{2,60})")


def dash_credit(text: str, span: QuoteSpan, paras: list[ParsedParagraph]) -> WordRef | None:
    """A quote that is its paragraph, and a next paragraph that opens with a dash and a short
    name: that name is the speaker (its last capitalised proper noun)."""
    i = next((k for k, p in enumerate(paras) if p.start <= span.start < p.end), None)
    if i is None or i + 1 >= len(paras):
        return None
    para, nxt = paras[i], paras[i + 1]
    if text[para.start : span.start].strip() or text[span.end : para.end].strip(" \t\r\n.,"):
        return None  # the quote shares its paragraph with the reporter's words
    m = _DASH_CREDIT.match(text, nxt.start, nxt.end)
    if m is None:
        return None
    lo, hi = m.span("name")
    words = [w for sent in nxt.sentences for w in sent.words if lo <= w.start and w.end <= hi]
    names = [w for w in words if w.upos == "PROPN" and w.text[:1].isupper()]
    if not names or len(words) > 6:
        return None  # "- and then the vote": a sentence, not a credit
    sent = next(s for s in nxt.sentences if s.start <= names[-1].start < s.end)
    return WordRef(sent, names[-1].index)


def _speaker_after(cues: CueReader, sent: Sentence, span: QuoteSpan, cue: int) -> WordRef | None:
    """The speaker of '"...," union president Jane Roe said': the cue's subject, unless the
    parse took a word inside the quote ("They now have ...") — what was said never says who
    said it — or the parse gave it none. Then the last noun between the closing mark and the cue
    (an English noun phrase ends on its head), or the noun phrase after the cue ("said Jane
    Roe")."""
    found = cues.subject(sent, cue)
    if found is not None and not (span.start <= found.word.start < span.end):
        return found
    # (no subject at all either: '"...," Roe and Doe wrote' with "wrote" a conjunct of "Roe")
    # (not a word of a relative clause on the speaker: ", who co-founded Corvanta and has run it,")
    between = [w for w in sent.words[:cue] if w.start >= span.end and w.upos in ("PROPN", "NOUN", "PRON")]
    between = [w for w in between if not _in_relative_clause(sent, w, span.end)] or between
    # ('"...," Ramesh Kulkarni, a retired bank clerk from Pune who ..., told ANI': a name right
    # after the quote, set off from the cue by a description between commas, is the speaker)
    name = between[0].index if between and between[0].upos == "PROPN" else -1
    while 0 <= name < cue - 1 and sent.words[name + 1].upos == "PROPN":
        name += 1
    if name >= 0 and sent.words[name + 1].text == "," and sent.words[cue - 1].text == "," and name + 1 < cue - 1:
        return WordRef(sent, name)
    if between:
        # '"...," Roe and Doe said': the last noun is the last conjunct; the speaker is the
        # coordination, named by its first conjunct (the sources layer adds the others)
        head = between[-1]
        nominal = {w.index for w in between}
        while head.deprel == "conj" and head.head in nominal:
            head = sent.words[head.head]
        return WordRef(sent, head.index)
    return noun_phrase_after(sent, cue)


def _speech_verb_as_noun(cues: CueReader, w: Word) -> bool:
    """A present-tense speech verb the tagger read as a plural noun ("states", "notes",
    "acknowledges")."""
    return w.upos == "NOUN" and w.text.islower() and w.text.endswith("s") and cues.in_lex("speech_verbs", w.text[:-1])


def _noun_cue_before(cues: CueReader, sent: Sentence, w: Word) -> WordRef | None:
    """'As Roe acknowledges: "..."', 'Roe notes, "..."': a present-tense speech verb tagged as a
    plural noun right before the quote's colon or comma, after a name or a pronoun, which is the
    speaker."""
    nxt = sent.words[w.index + 1] if w.index + 1 < len(sent.words) else None
    prev = sent.words[w.index - 1] if w.index > 0 else None
    if (
        _speech_verb_as_noun(cues, w)
        and nxt is not None
        and nxt.text in (":", ",")
        and prev is not None
        and (prev.upos == "PROPN" or prev.upos == "PRON" and prev.lemma.lower() in ("he", "she", "they"))
    ):
        return WordRef(sent, prev.index)
    return None


def _tagged_as_noun(cues: CueReader, sent: Sentence, after: list[Word], w: Word) -> WordRef | None:
    """'"...," a narrator in the video states.': a present-tense speech verb closing the
    sentence after the quote's speaker, tagged as a plural noun ("states", "notes", "claims").
    The speaker is the head of the noun phrase that opens the words after the closing mark."""
    nxt = sent.words[w.index + 1] if w.index + 1 < len(sent.words) else None
    reads = w.upos == "NOUN" and w.text == "reads"  # '"...," a message on the website reads.'
    if not ((_speech_verb_as_noun(cues, w) or reads) and (nxt is None or nxt.text in (".", "!", "?", ","))):
        return None
    between = [x for x in after if x.index < w.index]
    if any(x.text in QUOTE_CHARS for x in between):
        return None  # another quote in between: a list of quoted words ('"attack," "talking points."')
    phrase = [x for x in between if x.text != "," and x.text not in QUOTE_CHARS]
    if not phrase or phrase[0].upos not in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"):
        return None
    head = None
    for x in phrase:
        if x.upos in ("ADP", "VERB", "AUX", "SCONJ"):
            break
        if x.upos in ("NOUN", "PROPN", "PRON"):
            head = x
    if reads and (head is None or not cues.is_carrier(head.lemma.lower())):
        return None  # (a text reads; a person reading aloud says nothing: cues.is_document_reading)
    return WordRef(sent, head.index) if head is not None else None


def _relative(sent: Sentence, index: int) -> bool:
    """A verb whose subject is a relative pronoun heads a relative clause, however attached."""
    return any(
        sent.words[c].rel == "nsubj" and sent.words[c].lemma.lower() in ("who", "which") for c in sent.children[index]
    )


def _in_relative_clause(sent: Sentence, w: Word, after: int) -> bool:
    """A word of a relative clause that starts after ``after`` (the quote's close)."""
    seen = 0
    while w.head >= 0 and w.start >= after and seen < len(sent.words):
        if w.deprel == "acl:relcl" or (w.upos == "VERB" and _relative(sent, w.index)):
            return True
        w, seen = sent.words[w.head], seen + 1
    return False


def _in_noun_phrase(sent: Sentence, w: Word, after: int) -> bool:
    """A verb of a noun phrase's own clause: a participle, a relative clause, or a verb joined to
    one that opens after ``after`` ("Dana Whitlock, who co-founded Corvanta in 2011 and has run it
    since 2016, wrote"; not "the news that the State Department deemed ... and that those emails
    won't be released")."""
    top = w
    while top.deprel == "conj" and top.head >= 0 and sent.words[top.head].upos == "VERB":
        top = sent.words[top.head]
    if top is not w and top.start < after:
        top = w
    return top.deprel in ("acl", "acl:relcl", "amod") or _relative(sent, top.index)


def adjacent_cue(
    cues: CueReader, span: QuoteSpan, sentences: list[Sentence], reach: int = 8, text: str = ""
) -> CueHit | None:
    """A speech verb right after the closing mark or right before the opening one (within
    ``reach`` words; past eight words only with no other verb between cue and quote). Not after
    a line break (``text``: the document's): a quote that closes its line is no report of the
    next line's speaker ('..."¶Martha Roe, a delegate, criticized ...')."""
    for sent in sentences:
        # '"...," Karen Lindsay, emergency program co-ordinator, said': the cue may come after a
        # speaker with an appositive role ("Jane Roe, the mayor's adviser on housing and transit
        # policy, said"), so look thirty words ahead; any other clause ends the search.
        after = [w for w in sent.words if w.start >= span.end][:30]
        for w in after:
            if "\n" in text[span.end : w.start]:
                break
            manner = w.upos == "VERB" and cues.in_lex("manner_cues", w.lemma.lower())  # ('"...," she grinned')
            if cues.is_speech_cue(w, sent) or cues.is_document_reading(sent, w) or manner:
                return CueHit(WordRef(sent, w.index), _speaker_after(cues, sent, span, w.index), "adjacent-cue-after")
            if (speaker := _tagged_as_noun(cues, sent, after, w)) is not None:
                return CueHit(WordRef(sent, w.index), speaker, "adjacent-cue-after")
            # A verb of the speaker's own noun phrase ("a study released on Monday by X said",
            # "Roe, who was among those polled, said") does not end the search; any other does.
            if (w.upos == "VERB" and not _in_noun_phrase(sent, w, span.end)) or (
                w.upos == "PUNCT" and w.text in ".!?;"
            ):
                break
        before = [w for w in sent.words if w.end <= span.start]
        verb_between = False
        for k, w in enumerate(reversed(before[-reach:])):
            # 'announced on her Facebook page, in all capital letters, "..."': far from the
            # quote, the cue must still govern it — no other verb in between.
            if k < 3 and (speaker := _noun_cue_before(cues, sent, w)) is not None:
                return CueHit(WordRef(sent, w.index), speaker, "adjacent-cue-before")
            # (not a participle describing a noun when a colon stands between: "Her message in a
            # video posted Sunday was blunt: '...'")
            posted = w.deprel == "amod" and any(x.text == ":" for x in before[w.index - before[0].index :])
            if cues.is_speech_cue(w, sent) and (k < 8 or not verb_between) and not posted:
                speaker = cues.subject(sent, w.index)
                if speaker is not None and span.start <= speaker.word.start < span.end:
                    speaker = None  # 'saying "some good things" about Roe': what was said says nobody
                return CueHit(WordRef(sent, w.index), speaker, "adjacent-cue-before")
            verb_between = verb_between or w.upos in ("VERB", "AUX")
            if k >= 7 and verb_between:
                break
    return None


def _word_before(text: str, span: QuoteSpan, paras: list[ParsedParagraph]) -> tuple[Sentence, int, bool] | None:
    """The last word before the opening mark with only white space between (across a paragraph
    break): its sentence, its index, and whether it is in the quote's paragraph."""
    best: tuple[Sentence, int, bool] | None = None
    for para in paras:
        if para.start >= span.start:
            break
        for sent in para.sentences:
            for w in sent.words:
                if w.end <= span.start:
                    best = (sent, w.index, para.end > span.start)
    if best is None or text[best[0].words[best[1]].end : span.start].strip():
        return None
    return best


def _reports_nothing(sent: Sentence, cue: int) -> bool:
    """ "Roe agreed." / "Roe said in a statement." / "Roe chimed in.": a speech cue heading its
    sentence with no clause or object of what was said."""
    w = sent.words[cue]
    if w.head >= 0 or any(x.text in QUOTE_CHARS for x in sent.words):
        return False
    return not any(
        sent.words[c].rel in ("ccomp", "xcomp", "obj", "parataxis", "conj", "csubj", "advcl")
        for c in sent.children[cue]
    )


def lead_in(cues: CueReader, text: str, span: QuoteSpan, paras: list[ParsedParagraph]) -> CueHit | None:
    """'Roe said: ¶ "…"' and 'Roe chimed in. "…"': a quote that opens its sentence (or its
    paragraph) right after a speech cue that introduces it — a cue closing on a colon, or a
    sentence of its own that reports nothing else. The cue's subject is the speaker."""
    found = _word_before(text, span, paras)
    if found is None:
        return None
    sent, last, same_para = found
    mark = sent.words[last].text
    if mark == ":":
        for w in reversed(sent.words[:last]):
            if w.text in QUOTE_CHARS:
                return None  # the colon closes a quote of its own
            if cues.is_speech_cue(w, sent) and w.deprel != "amod":  # (not "in a video posted Sunday")
                # Across a sentence break, a cue whose speaker is lost is no better evidence than the
                # quotes around it ("Jane Roe, 17, echoed:" with the cue on the name is the name's).
                speaker = cues.subject(sent, w.index) or nominal_root(sent, w.index)
                return CueHit(WordRef(sent, w.index), speaker, "adjacent-cue-before") if speaker else None
        return None
    if mark == "." and same_para and sent.end <= span.start:
        root = next((w for w in sent.words if w.head < 0), None)
        if root is not None and cues.is_speech_cue(root) and _reports_nothing(sent, root.index):
            speaker = cues.subject(sent, root.index)
            if speaker is not None:
                return CueHit(WordRef(sent, root.index), speaker, "adjacent-cue-before")
    return None


def colon_lead_in(
    text: str, span: QuoteSpan, paras: list[ParsedParagraph], in_lex: Callable[[str, str], bool]
) -> WordRef | None:
    """'The board was blunt in its findings: "…"', 'A footnote in the report makes that clear:
    "…"', 'Her friend echoed: ¶ "…"': a clause that closes on a colon right before the quote,
    with no speech verb, presents what its subject says or writes. The subject of the clause's
    main verb (or adjective) is the speaker; of a noun for the way something is said, its owner
    ("His tone was conciliatory: "…"", ``manner_nouns``)."""
    found = _word_before(text, span, paras)
    if found is None:
        return None
    sent, last, _ = found
    if sent.words[last].text != ":" or any(w.text in QUOTE_CHARS for w in sent.words[:last]):
        return None
    root = next((w for w in sent.words[:last] if w.head < 0), None)
    if root is None or root.upos not in ("VERB", "AUX", "ADJ"):
        return None  # "Partial transcript:", "Among her lessons:" — a label, not a clause
    subj = next((c for c in sent.children[root.index] if sent.words[c].rel == "nsubj" and c < root.index), None)
    if subj is None or sent.words[subj].upos not in ("NOUN", "PROPN", "PRON"):
        return None
    if in_lex("manner_nouns", sent.words[subj].lemma.lower()):
        owner = next((c for c in sent.children[subj] if sent.words[c].deprel == "nmod:poss"), None)
        return WordRef(sent, owner) if owner is not None else None
    return WordRef(sent, subj)


def that_frame(cues: CueReader, span: QuoteSpan, sentences: list[Sentence]) -> FrameHit | None:
    """'X announced in a statement that ... “...”': a speech cue earlier in the sentence, then
    "that", then the quote. Used when the parse did not link the clause to the cue; the span runs
    from where the reported clause starts to the end of the quote. The cue nearest before the
    "that" ("the e-mails she submitted ... suggests that": the report is what suggests, not what
    she submitted; "Republicans were quick to chime in, with Donald Trump tweeting that")."""
    for sent in sentences:
        if not (sent.start <= span.start < sent.end):
            continue
        found: FrameHit | None = None
        for w in sent.words:
            if w.end > span.start:
                break
            if not cues.is_speech_cue(w):
                continue
            that = next(
                (
                    x
                    for x in sent.words[w.index + 1 :]
                    if x.end <= span.start and x.lemma.lower() == "that" and x.upos == "SCONJ"
                ),
                None,
            )
            if that is not None:
                found = FrameHit(WordRef(sent, w.index), cues.subject(sent, w.index), that.start, span.end)
        return found
    return None
