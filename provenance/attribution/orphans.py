"""The ``bare-cue`` mechanism: a speech verb the parse left without its clause.

The compact parser often hangs the clause a speech verb introduces somewhere else: on the verb
of the sentence ("Although she said her decision was a mistake, she ..." with "mistake" an
adverbial of the main verb), on a coordinated verb ("cautioned against it, saying the budget was
too small" with "small" a conjunct of "cautioned"), or in a relative clause ("The rules, which
officials said will go into effect, ..."). The words still say what was said: the clause right
after the verb, up to the next comma or the end of the sentence. So are the words after a "that"
that follows the verb's time or channel ("reported on Tuesday that one of the licences related
to ...", "reported last month that drivers had complained" with the clause a relative clause of
"month"): "that" after nothing but when or where it was said opens what was said.
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word, WordRef

from .cues import CueReader, controller
from .model import Attribution, FrameHit, ParsedParagraph
from .passives import is_participle
from .phrases import segment_before, subject_after_comma
from .spans import QUOTE_CHARS

# What a verb with its clause still in place has under it.
_CONTENT_RELS = ("ccomp", "xcomp", "parataxis", "csubj", "obj", "iobj")
_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")", "-", "--"})
_RELATIVES = frozenset({"which", "that", "who", "what"})
_MIN_WORDS = 3
_SETTING_RELS = frozenset({"obl", "obj", "advmod", "punct"})  # (when and where it was said)
_MAX_TAIL = 4  # words after a sentence-closing cue: "said in a statement Sunday"


def _is_clause(sent: Sentence, head: int) -> bool:
    """A verb, or a word with a subject or a copula under it (what the patterns' guard accepts)."""
    kids = {sent.words[c].rel for c in sent.children[head]}
    return sent.words[head].upos in ("VERB", "AUX") or bool(kids & {"nsubj", "cop", "csubj"})


def _lost_clause(sent: Sentence, cue: int, is_time: Callable[[Word], bool]) -> bool:
    """The cue has nothing it reports under it: no clause (a lone noun or adjective the parse
    made its complement is a scrap of the clause: "said there had been no [specific], credible
    threats"), no object (a relative pronoun before it is the object of "which officials said":
    the clause it stands for is lost too)."""
    for c in sent.children[cue]:
        w = sent.words[c]
        if w.rel not in _CONTENT_RELS or (c < cue and w.lemma.lower() in _RELATIVES):
            continue
        if w.rel in ("obj", "iobj") and not is_time(w) or _is_clause(sent, c):
            return False  # (a time is no object: "reported last month that ...")
    return True


def _finite(w: Word) -> bool:
    """A finite verb; a parse without morphology (hand-built) falls back on the tag alone."""
    return w.upos in ("VERB", "AUX") and ("VerbForm=Fin" in w.feats or not w.feats and not is_participle(w))


def _in_word(sent: Sentence, i: int) -> bool:
    """A hyphen with no space on either side joins a word ("self-inflicted"); it is no dash."""
    words = sent.words
    return 0 < i < len(words) - 1 and words[i - 1].end == words[i].start and words[i].end == words[i + 1].start


def _that_after_setting(sent: Sentence, cue: int) -> int:
    """The index of a "that" after the cue's time or channel phrases ("on Tuesday", "last month",
    "in a joint statement"; no verb among them), -1 if there is none; not a relative "that" that
    is its verb's subject ("in the report that was released")."""
    j = cue + 1
    while j < len(sent.words) and sent.words[j].lemma.lower() != "that":
        top = j
        while sent.words[top].head not in (cue, -1):
            top = sent.words[top].head
        w = sent.words[j]
        if sent.words[top].head != cue or sent.words[top].rel not in _SETTING_RELS or w.upos in ("VERB", "AUX"):
            return -1
        j += 1
    if j == cue + 1 or j + 1 >= len(sent.words) or sent.words[j + 1].upos in ("VERB", "AUX"):
        return -1
    # (nor one the parse made a relative pronoun: "said in an interview that she had with CNN")
    that = sent.words[j]
    relative = that.rel in ("obj", "nsubj", "obl") and that.head >= 0 and sent.words[that.head].deprel == "acl:relcl"
    return -1 if relative else j


def _clause_after(sent: Sentence, cue: int) -> list[int]:
    """The words after the cue ("that" aside) up to the next stop, if they make a clause: a
    subject-like word, then a finite verb (any verb after a "that" after the cue's setting)."""
    j = cue + 1
    opened = _that_after_setting(sent, cue)
    if opened >= 0:
        j = opened + 1
    elif j < len(sent.words) and sent.words[j].lemma.lower() == "that":
        j += 1
    # The clause runs to the next stop; or, when the parse kept its scraps under the cue, to the
    # cue's last word ("said there had been no specific, credible threats against the city").
    under = [i for i in sent.subtree(cue) if i > cue and sent.words[i].upos != "PUNCT"]
    out: list[int] = []
    for w in sent.words[j:]:
        stop = w.text in _STOPS and not _in_word(sent, w.index)
        if (stop and not (under and w.index < max(under))) or w.text in (".", "?", "!"):
            break
        out.append(w.index)
    words = [sent.words[i] for i in out if sent.words[i].upos != "PUNCT"]
    # In a relative clause ("which officials said will go ...", "deaths that Lohmar said are
    # unrelated") the clause's subject is the relative's antecedent: its verb comes first.
    relative = sent.words[cue].deprel == "acl:relcl" or any(
        sent.words[c].lemma.lower() in _RELATIVES and c < cue for c in sent.children[cue]
    )
    least = _MIN_WORDS - 1 if relative else _MIN_WORDS
    if len(words) < least or words[0].upos in ("ADP", "CCONJ", "PART", "ADV", "SCONJ", "PUNCT"):
        return []
    # (not a relative clause's verb: "Boasting 108,000 residents who run the gamut" has none)
    finite = next(
        (
            k
            for k, w in enumerate(words)
            if (_finite(w) or opened >= 0 and w.upos in ("VERB", "AUX"))
            and (relative or k == 0 or words[k - 1].lemma.lower() not in ("who", "which"))
        ),
        None,
    )
    if finite is None:
        return []
    if not relative and not any(w.upos in ("NOUN", "PROPN", "PRON", "NUM") for w in words[:finite]):
        return []
    return out


def _own_subject(sent: Sentence, cue: int) -> WordRef | None:
    """The cue's own subject; for "..., saying ..." (after a comma, or an adverbial
    participle), the subject of the verb the participle hangs on. Nothing looser: a lost clause is a misparse, so the speaker must be
    where the words put it."""
    w = sent.words[cue]
    at = cue
    if is_participle(w) and w.head >= 0 and (w.rel == "advcl" or cue > 0 and sent.words[cue - 1].text == ","):
        at = w.head
    subject = next((c for c in sent.children[at] if sent.words[c].deprel == "nsubj"), None)
    if subject is None:
        # "The mayor seemed to imply that ...": an infinitive's subject is its controller's
        return controller(sent, cue)
    if sent.words[subject].upos not in ("NOUN", "PROPN", "PRON"):
        return None
    return WordRef(sent, subject)


def _speaking_subject(cues: CueReader, sent: Sentence, cue: int) -> WordRef | None:
    """The cue's own subject, unless it is a time ("said Sunday" with "Sunday" as the subject)."""
    own = _own_subject(sent, cue)
    if own is None or not cues.in_lex("time_nouns", own.word.lemma.lower()):
        return own
    # (a capitalised "time" with its article is a name: "The Financial Times reported")
    named = own.word.text[:1].isupper() and any(sent.words[c].rel == "det" for c in sent.children[own.index])
    return own if named else None


def _closing_tail(sent: Sentence, cue: int) -> bool:
    """The cue closes the sentence: after it at most a few words with no verb and no comma ("said
    Sunday", "said in a statement")."""
    tail = [w for w in sent.words[cue + 1 :] if w.upos != "PUNCT" or w.text == ","]
    return len(tail) <= _MAX_TAIL and not any(w.upos in ("VERB", "AUX") or w.text == "," for w in tail)


def _clause_before(sent: Sentence, cue: int) -> list[int]:
    """ "<clause>, an official familiar with the matter said Sunday." parsed with the cue inside
    the clause (a modifier of one of its nouns): the words before the comma that opens the cue's
    noun phrase, if they make a clause and the phrase has no verb of its own."""
    if not _closing_tail(sent, cue):
        return []
    seg = segment_before(sent, cue - 1) if cue > 0 else []
    comma = (seg[0] if seg else cue) - 1
    if comma < 1 or sent.words[comma].text != "," or any(sent.words[i].upos in ("VERB", "AUX") for i in seg):
        return []
    out = list(range(comma))
    while out and sent.words[out[0]].upos in ("CCONJ", "PUNCT"):
        out = out[1:]
    words = [sent.words[i] for i in out if sent.words[i].upos != "PUNCT"]
    if len(words) < _MIN_WORDS or not any(_finite(w) for w in words) or any(w.text in QUOTE_CHARS for w in words):
        return []
    return out


def _trailing_speaker(cues: CueReader, sent: Sentence, cue: int, content: list[int]) -> WordRef | None:
    """The subject the cue has, if it stands between the comma and the cue and can speak (not
    "Sunday"), else the head of the noun phrase there."""
    own = _speaking_subject(cues, sent, cue)
    if own is not None and content[-1] < own.index < cue:
        return own
    return subject_after_comma(sent, cue, lambda w: cues.in_lex("person_roles", w.lemma.lower()))


def bare_cue(cues: CueReader, sent: Sentence, cue: int) -> FrameHit | None:
    """The clause a speech verb lost to the parse, with the verb's subject as speaker: the clause
    after the verb, or, for a verb that closes the sentence after a comma, the clause before it."""
    w = sent.words[cue]
    is_time = lambda x: cues.in_lex("time_nouns", x.lemma.lower())  # noqa: E731
    if w.upos != "VERB" or not cues.is_speech_cue(w, sent) or cues.is_listener_cue(w):
        return None
    if not _lost_clause(sent, cue, is_time):
        return None
    content = _clause_after(sent, cue)
    speaker = _speaking_subject(cues, sent, cue) if content else None
    if speaker is None and _finite(w):
        content = _clause_before(sent, cue)
        speaker = _trailing_speaker(cues, sent, cue, content) if content else None
    if speaker is None:
        return None
    return FrameHit(WordRef(sent, cue), speaker, sent.words[content[0]].start, sent.words[content[-1]].end)


def bare_cues(cues: CueReader, paras: list[ParsedParagraph], found: list[Attribution]) -> list[tuple[int, FrameHit]]:
    """Every bare cue no attribution uses or covers, with its paragraph index."""
    used = {(id(a.cue.sentence), a.cue.index) for a in found if a.cue is not None}
    out: list[tuple[int, FrameHit]] = []
    for para in paras:
        for sent in para.sentences:
            for w in sent.words:
                # (the cheap tests first: most words are no verb, and found grows with the article)
                if w.upos != "VERB" or (id(sent), w.index) in used:
                    continue
                hit = bare_cue(cues, sent, w.index)
                if hit is None or any(a.start <= w.start < a.end for a in found):
                    continue
                if not any(a.start < hit.end and hit.start < a.end for a in found):
                    out.append((para.index, hit))
    return out
