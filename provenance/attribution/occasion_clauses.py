"""Reported clauses the parser gave the wrong head around the verb's occasion or time.

* **a bare reported clause read as a relative clause of the occasion** - "Roe said in an
  interview she had no regrets" comes out of the shipped parser as ``acl:relcl(interview, had)``,
  "an interview [that] she had"; "said in a statement that it would make changes" with "that"
  the object of "make". A clause with its own subject under a statement noun (``noun_cues``)
  that an "in"/"during" phrase hangs on a speech verb before it is the verb's complement - bare,
  with the complementiser "that", or with a "that" the parser read as a relative pronoun. It
  stays a relative clause with another relative pronoun ("in which"), and when its verb takes
  the occasion as object and has no object of its own ("said in an interview he gave to CNN",
  "in an interview that she had with CNN", "the statement it issued": ``occasion_verbs``,
  ``issuing_verbs``; the ``statement-that-cue`` pattern leaves those alone too). A clause hung
  on the occasion's time ("said in a post on X late Monday that he had made mistakes", with
  ``acl:relcl(Monday, made)``) is the verb's complement the same way.
* **an adverbial clause read as the complement or a conjunct** - '"...," Roe told the Journal,
  after Doe stated an interest' as ``ccomp(told, stated)`` with "after" a preposition of "Doe";
  "Shares fell 4% after the company warned of slowing demand" as ``conj(fell, warned)``: a
  complement after a comma, or a speech verb's conjunct with no coordinator whose subject the
  parse gave the word as a preposition, that opens with a subordinator
  (after, because, although, ...) becomes ``advcl`` with that word its ``mark`` - the quote is
  Roe's again, and the fall is no warning's content.
* **a quote read as an adverbial clause of its cue** - '"We've had better conventions," Texas
  delegate Bill Eastland, wearing a hat, said as confetti fluttered down' with ``advcl(said,
  had)``: a clause with no subordinator that closes on a comma and a quote mark right before the
  verb's subject is the verb's complement, and a "complement" the parse gave the verb that opens
  with "as", "because", ... ("as confetti fluttered down") does not stand in its way.
* **the occasion's noun read as a verb** - "told analysts on an earnings call that ..." with
  "call" a verb, the cue's complement, and "earnings" its subject: a subject never has a
  preposition, so a word right after a noun that has its own preposition and determiner is the
  head of that noun's phrase, the cue's oblique; a "that" right after it opens what was said,
  whose verb is the first one after it with a subject of its own.
* **the main clause read into a subordinate report** - "Though officials said the bridge was
  safe, engineers disagreed" with "said" the root and ``conj(safe, disagreed)``: a speech verb
  opened by a subordinator is no main clause, so a conjunct of its complement that has its own
  subject, follows a comma and has no coordinator is the sentence's root, with the verb its
  adverbial clause - the engineers' disagreeing is nothing the officials said.
* **the time of saying read into the clause** - "Roe said in an email Tuesday the vote was
  delayed" with ``obl(delayed, Tuesday)``, "Eskom said on Monday it would implement ..." with
  ``obl(implement, Monday)``: a time word (with "on" or none) that opens a bare complement right
  after the verb or its occasion, before the clause's subject, is when the verb's subject said it.

Part of ``repairs.repair_sentence`` (tests/test_occasion_clauses.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .noun_clauses import case_lemma
from .spans import CLOSING_QUOTES
from .that_clauses import that_as_object

IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]
Moves = dict[int, tuple[int, str]]

_OCCASION_CASES = ("in", "during")
_OCCASION_PREPOSITIONS = frozenset({"in", "during", "on", "at", "via", "over"})
_SUBJECTS = ("nsubj", "nsubj:pass", "expl")


def clause_on_occasion(sent: Sentence, x: Word, is_speech: IsSpeech, in_lex: InLexicon) -> int:
    """The speech verb whose complement ``x`` was read as a relative clause of its occasion noun
    (-1 if none)."""
    if x.rel != "acl" or x.head < 0 or x.head > x.index:
        return -1
    noun = sent.words[x.head]
    if noun.rel in ("nmod", "obl") and 0 <= noun.head < noun.index and in_lex("time_nouns", noun.lemma.lower()):
        noun = sent.words[noun.head]  # ("said in a post on X late Monday that ...": the post's time)
    if (
        noun.rel != "obl"
        or noun.head < 0
        or noun.head > noun.index
        or case_lemma(sent, noun.index) not in _OCCASION_CASES
    ):
        return -1
    if not in_lex("noun_cues", noun.lemma.lower()) or not is_speech(sent.words[noun.head], sent):
        return -1
    kids = [sent.words[c] for c in sent.children[x.index]]
    if not any(k.rel in _SUBJECTS and k.index < x.index for k in kids):
        return -1
    if any(k.rel == "mark" and k.lemma.lower() == "that" for k in kids):
        return noun.head  # ("said in a statement that it released the data")
    that = next((k for k in kids if k.rel == "obj" and k.text.lower() == "that" and k.index < x.index), None)
    that = that or (sent.words[t] if (t := that_as_object(sent, x)) >= 0 else None)  # (or read as a subject)
    if any(k.rel == "mark" or ("PronType=Rel" in k.feats and k is not that) for k in kids):
        return -1  # ("the call in which ...", "the interview, which ...")
    objects = any(k.rel in ("obj", "ccomp", "xcomp") and k is not that for k in kids)
    lemma = x.lemma.lower()
    if (in_lex("occasion_verbs", lemma) or in_lex("issuing_verbs", lemma)) and not objects:
        return -1  # "in an interview (that) he gave to CNN": the interview is what he gave
    return noun.head


# Words that open an adverbial clause, never a reported one ("..., after Roe stated an interest")
_SUBORDINATORS = frozenset(
    {"after", "before", "because", "since", "while", "although", "though", "until", "unless", "whereas", "once"}
)


def subordinate_complement(sent: Sentence, x: Word, is_speech: IsSpeech) -> int:
    """A "complement" after the verb and a comma that opens with a subordinator (see the module
    doc). The subordinator's index, or -1."""
    if x.head < 0 or x.head > x.index or x.rel not in ("ccomp", "conj"):
        return -1
    first = min((i for i in sent.subtree(x.index) if sent.words[i].upos != "PUNCT"), default=x.index)
    opener = sent.words[first]
    if x.rel == "ccomp":
        comma = any(sent.words[j].text == "," for j in range(x.head + 1, first))
        if not comma or not is_speech(sent.words[x.head], sent):
            return -1
    elif x.rel != "conj" or not is_speech(x, sent) or any(sent.words[c].rel == "cc" for c in sent.children[x.index]):
        return -1
    elif sent.words[opener.head].rel != "nsubj" or sent.words[opener.head].head != x.index:
        return -1  # (a conjunct's: the preposition of its own subject, "after the company warned")
    return first if opener.upos in ("ADP", "SCONJ") and opener.text.lower() in _SUBORDINATORS else -1


def occasion_read_as_verb(sent: Sentence, in_lex: InLexicon) -> tuple[int, Moves]:
    """The index of the occasion's noun the tagger made a verb (to retag) and the moves that make
    it the cue's oblique (see the module doc), or (-1, {})."""
    for v in sent.words:
        i = v.index
        if (
            v.upos != "VERB"
            or i < 3
            or v.head < 0
            or v.head > i
            or v.text.lower() not in (v.lemma.lower(), v.lemma.lower() + "s")
        ):
            continue
        noun = sent.words[i - 1]
        kids = [sent.words[c] for c in sent.children[noun.index] if c < noun.index]
        # (the noun the verb's subject, or an oblique of the cue beside it: "on an earnings call")
        subject = noun.head == i and noun.rel == "nsubj"
        beside = (
            noun.head == v.head
            and noun.rel == "obl"
            and not any(sent.words[c].rel in _SUBJECTS for c in sent.children[i])
        )
        if (
            not (subject or beside)
            or noun.upos != "NOUN"
            or not in_lex("speech_verbs", sent.words[v.head].lemma.lower())
        ):
            continue
        # (a preposition of an occasion: "published portions of Trump's tax returns" is no call)
        if not any(k.rel == "case" and k.lemma.lower() in _OCCASION_PREPOSITIONS for k in kids):
            continue
        if not any(_determines(k) for k in kids):
            continue
        moves: Moves = {i: (v.head, "obl"), noun.index: (i, "compound")}
        moves.update({k.index: (i, k.deprel) for k in kids if k.rel == "case" or _determines(k)})
        that = i + 1
        if that < len(sent.words) and in_lex("time_nouns", sent.words[that].lemma.lower()):
            moves[that] = (v.head, "obl")  # ("on its earnings call Tuesday that ...": when it was said)
            that += 1
        if (
            that < len(sent.words)
            and sent.words[that].text.lower() == "that"
            and (sent.words[that].head == i or sent.words[that].rel == "mark")
        ):
            verb = next((x for x in range(that + 1, len(sent.words)) if _own_subject(sent, x)), -1)
            if verb >= 0 and v.head not in sent.subtree(verb):
                moves.update({that: (verb, "mark"), verb: (v.head, "ccomp")})
        return i, moves
    return -1, {}


def _determines(w: Word) -> bool:
    return w.rel == "det" or w.deprel == "nmod:poss"


def _own_subject(sent: Sentence, v: int) -> bool:
    return sent.words[v].upos in ("VERB", "AUX", "ADJ") and any(
        sent.words[c].rel in _SUBJECTS for c in sent.children[v]
    )


def main_clause_in_subordinate(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """The moves that make the main clause the parse read as a conjunct of a subordinate speech
    verb's complement the root (see the module doc); empty if none."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or not is_speech(root, sent):
        return {}
    marks = [c for c in sent.children[root.index] if sent.words[c].rel == "mark" and c < root.index]
    if not any(sent.words[c].text.lower() in _SUBORDINATORS | {"when", "if"} for c in marks):
        return {}
    for c in sent.children[root.index]:
        if sent.words[c].rel != "ccomp" or c < root.index:
            continue
        for k in sent.children[c]:
            main = sent.words[k]
            if main.rel != "conj" or k < c or not any(sent.words[j].rel in _SUBJECTS for j in sent.children[k]):
                continue
            first = min(j for j in sent.subtree(k) if sent.words[j].upos != "PUNCT")
            if any(sent.words[j].rel == "cc" for j in sent.children[k]) or sent.words[first - 1].text != ",":
                continue
            moves: Moves = {k: (-1, "root"), root.index: (k, "advcl")}
            # (the full stop the parse hung on the complement closes the main clause)
            moves.update({j: (k, "punct") for j in sent.children[c] if j > k and sent.words[j].upos == "PUNCT"})
            return moves
    return {}


def quote_read_as_adverbial(sent: Sentence, x: Word, is_speech: IsSpeech) -> int:
    """The speech verb whose quote before its subject the parser read as an adverbial clause
    ('"We've had better conventions," Texas delegate Bill Eastland, wearing a hat, said' as
    ``advcl(said, had)``): a clause with no subordinator that closes on a comma and a quote mark
    right before the verb's subject is what the subject said (-1 if none)."""
    if x.rel != "advcl" or x.head <= x.index or any(sent.words[c].rel == "mark" for c in sent.children[x.index]):
        return -1
    subject = next((c for c in sent.children[x.head] if sent.words[c].rel == "nsubj" and c > x.index), -1)
    if subject < 0:
        return -1
    last = max(j for j in sent.subtree(x.index) if sent.words[j].upos != "PUNCT")
    gap = sent.words[last + 1 : min(sent.subtree(subject))]
    if not gap or gap[-1].text not in CLOSING_QUOTES or "," not in (w.text for w in gap):
        return -1
    if any(w.upos != "PUNCT" for w in gap):
        return -1
    return x.head if is_speech(sent.words[x.head], sent) else -1


def reads_adverbial(sent: Sentence, c: int) -> bool:
    """A "complement" opened by a subordinator that never opens a reported clause ("said as
    confetti fluttered down"), or by a "so" of purpose or result ("said in an interview that
    communities had to station ambulances outside fire halls so residents could report
    emergencies": the parse's complement "could report"), or by a "when" or "where" after a comma:
    it leaves the verb's complement free."""
    first = min(sent.subtree(c))
    # (and a "when" or "where" set off by a comma: "said that the rounds would be played in June,
    # when pitches are at their flattest, and that ...")
    lead = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT" or k == c)
    set_off = lead > 0 and sent.words[lead - 1].text == "," and sent.words[lead].text.lower() in ("when", "where")
    return (
        set_off
        and sent.words[lead].head == c
        or any(
            sent.words[k].rel == "mark"
            and sent.words[k].text.lower() in ("as", "because", "while", "after", "before")
            or k == first
            and sent.words[k].rel in ("mark", "advmod")
            and sent.words[k].text.lower() == "so"
            for k in sent.children[c]
        )
    )


def time_read_into_clause(sent: Sentence, in_lex: InLexicon) -> Moves:
    """The time word of the saying moved from the bare complement that opens with it to the
    speech verb (see the module doc); empty if none."""
    moves: Moves = {}
    for x in sent.words:
        if x.rel != "ccomp" or x.head < 0 or x.head > x.index:
            continue
        if any(sent.words[c].rel == "mark" for c in sent.children[x.index]):
            continue
        start = first = min(sent.subtree(x.index))
        if sent.words[first].lemma.lower() == "on" and sent.words[first].rel == "case":
            first = sent.words[first].head  # (or with "on": "Eskom said on Monday it would ...")
        w = sent.words[first]
        if (
            w.head != x.index
            or w.rel != "obl"
            or any(sent.words[c].rel == "case" and c != start for c in sent.children[first])
        ):
            continue
        if not in_lex("time_nouns", w.lemma.lower()) or not any(
            sent.words[c].rel in _SUBJECTS and c > first for c in sent.children[x.index]
        ):
            continue
        # right after the verb or its own occasion ("in an email Tuesday the vote ..."), nothing else
        between = range(x.head + 1, start)
        clause = set(sent.subtree(x.index))
        if x.head < first and all(sent.words[j].upos != "PUNCT" and j not in clause for j in between):
            moves[first] = (x.head, "obl")
    return moves
