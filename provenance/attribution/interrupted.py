"""Cues that interrupt or close a reported clause, where the parser split the clause between them.

Eight misparses of the shipped parser, each with a sentence of its own in
tests/test_clause_repairs.py:

* **the reported clause's subject read as the interrupting cue's** - "The question of whether
  to suspend every account, she said, is not so cut and dried" as ``nsubj(said, question)`` +
  ``nsubj(said, she)`` + ``ccomp(said, cut)``. A verb has one subject; a noun phrase set off by
  a comma before the cue's own subject, with the cue's complement after the next comma lacking
  one, is that complement's subject.
* **the reported clause's fronted phrase read as the interrupting cue's** - "At one point, she
  said, the boss fired her" as ``obl(said, point)``: the phrase before a cue set off by commas
  belongs to the clause the cue interrupts (not before a colon: 'On Friday, he remarked: "..."').
* **the rest of an interrupted clause hung on the cue** - "The documents indicate, he said, that
  the two were linked" as ``conj(said, linked)``, "Nor does the mayor have any plans, advisers
  say, to raise taxes" as ``advcl(say, raise)``: a "that" clause or "to" infinitive after the
  cue's closing comma continues the clause before it; so does a clause of reason, condition or
  contrast, a "by" phrase of means or a passive's agent ("The plan would be helped, Lopez said,
  by the new rules" as ``conj(helped, said)`` + ``obl(said, rules)``).
* **an interrupted clause read as the cue's conjunct** - "Editors in London, she recalled later,
  had refused to send a woman" as ``conj(recalled, refused)`` + ``nsubj(refused, Editors)``: a
  clause with no coordinator whose subject stands before the cue, set off by a comma, and whose
  verb follows the cue's closing comma, is the clause the cue interrupts (its complement).
* **a closing cue read as a conjunct when a contrast follows it** - "The bid was rejected,
  sources said, but talks will continue" as ``conj(rejected, said)``: a cue set off by commas
  after the clause it reports, with its own subject and nothing said of its own, followed by a
  clause opened by "but" / "although" / "even as" that hangs on the same clause, interrupts the
  sentence as a parataxis (parataxis-cue), not a coordinated act.
* **a reported clause's gerund subject read as the cue's adverbial** - "Meeting the fee costs can
  be hard for some refugees, she said" as ``advcl(said, Meeting)``: it is the clause's ``csubj``.
* **a closing cue given a piece of the clause before it** - "The government cannot control the
  economy in the way it once did, Mr. Lou said" as ``parataxis(control, said)`` +
  ``ccomp(said, did)``: the cue closes the sentence and reports all of it (parataxis-cue), so a
  complement that starts inside that sentence's first clause belongs there - a relative clause
  of the noun before it, or an adverbial clause of the verb before it. Not a quotation: in
  '... "we will win," Roe said' the quoted clause is what was said.
* **a reported clause flattened into the closing cue's subjects** - the Title Case headline
  "Guns Are 'The Ultimate Public Health Crisis,' Howard Dean Tells Convention" as
  ``nsubj(tells, Guns)`` + ``nsubj(tells, Crisis)`` + ``nsubj(tells, Dean)``. The subject right
  before the verb, after a comma, is the speaker; the one earlier "subject" with a copula is the
  predicate of what was said, and the one before it that predicate's subject.
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .content import has_subject
from .extent import contrast_after
from .spans import QUOTE_MARKS

Moves = dict[int, tuple[int, str]]

# Words that open a phrase narrowing a statement: "..., she said, especially those still
# suffering from war trauma" (one word, or the first two)
_NARROWING = frozenset(
    {"especially", "particularly", "notably", "mainly", "mostly", "largely", "chiefly", "primarily", "including",
     "except", "even", "at least", "not least", "above all", "in particular", "not only", "if not"}
)  # fmt: skip

_BETWEEN = ("AUX", "ADV", "PART")  # "she has said", "she also said"


def _first(sent: Sentence, i: int) -> int:
    return min(sent.subtree(i))


def interrupting_cue_subject(sent: Sentence, verb: Word) -> Moves:
    """``{subject: (complement, "nsubj")}`` for the first misparse of the module doc; else empty."""
    kids = sent.children[verb.index]
    subjects = [c for c in kids if sent.words[c].rel == "nsubj" and c < verb.index]
    # (the first complement after the cue: a later one with its own subject is a clause of its
    # own, '..., and since 2008 she has often told ...')
    comps = [c for c in kids if sent.words[c].rel == "ccomp" and c > verb.index][:1]
    if len(subjects) == 1 and (gerund := _gerund_before(sent, verb, subjects[0])) >= 0:
        subjects = [gerund, subjects[0]]  # ("Streaming, he argued, had forced ...")
    elif len(subjects) == 1 and (bare := _bare_noun_before(sent, verb, subjects[0])) >= 0:
        subjects = [bare, subjects[0]]  # ("The mayor, she said, wants ..." with obl:unmarked)
    if len(subjects) != 2 or not comps or has_subject(sent, comps[0]):
        return {}
    first, own = subjects
    own_span = sent.subtree(own)
    if any(sent.words[k].upos not in _BETWEEN for k in range(own_span[-1] + 1, verb.index)):
        return {}
    # the first subject's phrase, a comma, the cue's subject ... the cue, a comma, the complement
    last = max(k for k in sent.subtree(first) if sent.words[k].upos != "PUNCT")
    if [w.text for w in sent.words[last + 1 : own_span[0]]] != [","]:
        return {}
    start = _first(sent, comps[0])
    comma = next((k for k in range(verb.index + 1, start + 1) if sent.words[k].text == ","), -1)
    # (the cue's own listener or adverb may come before its closing comma: "Wong told reporters",
    # "she recalled later")
    own_phrase = {k for c in kids if sent.words[c].rel in _CUE_PHRASE and c > verb.index for k in sent.subtree(c)}
    if comma < 0 or any(sent.words[k].upos != "PUNCT" and k not in own_phrase for k in range(verb.index + 1, comma)):
        return {}
    if any(sent.words[k].upos != "PUNCT" for k in range(comma, start)):
        return {}
    return {first: (comps[0], "nsubj")}


_CUE_PHRASE = ("iobj", "obj", "advmod", "obl", "obl:tmod")


def _gerund_before(sent: Sentence, verb: Word, own: int) -> int:
    """ "Streaming, he argued, had forced performers to tour" with ``advcl(argued, Streaming)``: a
    lone "-ing" word hung on the cue, set off before the cue's subject, is a noun - the subject of
    the clause the cue interrupts. Its index, or -1."""
    for c in sent.children[verb.index]:
        w = sent.words[c]
        ing = "VerbForm=Ger" in w.feats or ("VerbForm=Part" in w.feats and "Tense=Pres" in w.feats)
        if w.rel == "advcl" and c < own and ing and w.text.lower().endswith("ing"):
            if all(sent.words[k].upos == "PUNCT" for k in sent.subtree(c) if k != c):
                return c
    return -1


def _bare_noun_before(sent: Sentence, verb: Word, own: int) -> int:
    """ "The mayor, she said, wants to raise taxes" with ``obl:unmarked(said, mayor)`` ("Such a
    move, analysts said, would hurt exports" with ``obl(said, move)``): a noun
    phrase without a preposition that opens the sentence and is hung on the cue as a bare
    adverbial is the subject of the clause the cue interrupts (whether that clause lacks one is
    checked by the caller). Not a time ("Last week, she said, ..." is ``obl:tmod``). Its index,
    or -1."""
    for c in sent.children[verb.index]:
        w = sent.words[c]
        if w.deprel not in ("obl:unmarked", "obl:npmod", "obl") or c > own or w.upos not in ("NOUN", "PROPN"):
            continue
        if _first(sent, c) == 0 and not any(sent.words[k].rel == "case" for k in sent.children[c]):
            return c
    return -1


def flattened_report(sent: Sentence, verb: Word) -> Moves:
    """``{predicate: (verb, "ccomp"), its subject: (predicate, "nsubj")}`` for the third misparse
    of the module doc; else empty."""
    kids = sent.children[verb.index]
    subjects = [c for c in kids if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) < 2 or any(sent.words[c].rel in ("ccomp", "xcomp") for c in kids):
        return {}
    own = subjects[-1]
    own_span = sent.subtree(own)
    if any(sent.words[k].upos not in _BETWEEN for k in range(own_span[-1] + 1, verb.index)):
        return {}
    before = [sent.words[k].text for k in range(own_span[0] - 2, own_span[0]) if k >= 0]
    if "," not in before or (before[-1] != "," and before[-1] not in QUOTE_MARKS):
        return {}
    earlier = subjects[:-1]
    predicates = [c for c in earlier if any(sent.words[k].rel == "cop" for k in sent.children[c])]
    if len(predicates) != 1 or len(earlier) > 2:
        return {}
    pred = predicates[0]
    moves: Moves = {pred: (verb.index, "ccomp")}
    for s in earlier:
        if s != pred:
            if s > pred:
                return {}
            moves[s] = (pred, "nsubj")
    return moves


def _quoted(sent: Sentence, i: int) -> bool:
    span = sent.subtree(i)
    edge = [span[0] - 1, span[0], span[-1], span[-1] + 1]
    return any(0 <= k < len(sent.words) and sent.words[k].text in QUOTE_MARKS for k in edge)


def stolen_clause(sent: Sentence, verb: Word) -> Moves:
    """``{complement: (host, rel)}`` for the second misparse of the module doc; else empty."""
    head = verb.head
    if verb.rel not in ("parataxis", "conj") or not 0 <= head < verb.index or not has_subject(sent, verb.index):
        return {}
    comps = [c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c < verb.index]
    if len(comps) != 1 or _quoted(sent, comps[0]):
        return {}
    c = comps[0]
    start = _first(sent, c)
    if start <= head:
        return {}  # (the clause opens the sentence: it is what was said)
    host = start - 1
    while host > head and sent.words[host].upos == "PUNCT":
        host -= 1
    h = sent.words[host]
    if h.upos in ("NOUN", "PROPN", "PRON"):
        return {c: (host, "acl:relcl")}
    if h.upos in ("VERB", "AUX", "ADJ"):
        return {c: (host, "advcl")}
    return {c: (head, "advcl")}


# Relations of a phrase fronted before an interrupting cue that belongs to the reported clause.
_FRONTED = ("advmod", "obl", "advcl")


def fronted_phrase_of_report(sent: Sentence, verb: Word) -> Moves:
    """ "At one point, she said, she was considering ...", "Instead, she said, the boss fired her",
    "By eliminating the receiving line, Ms. Tchen said, the White House can ..." with the phrase
    hung on the cue: a cue set off by commas inside a clause is a parenthetical, so the phrase
    before it is the reported clause's. Only when the cue has its own subject right after that
    comma and its complement, a clause with a subject, starts after the comma that closes it."""
    kids = sent.children[verb.index]
    subjects = [c for c in kids if sent.words[c].rel == "nsubj" and c < verb.index]
    comps = [c for c in kids if sent.words[c].rel == "ccomp" and c > verb.index]
    if len(subjects) != 1 or len(comps) != 1 or not has_subject(sent, comps[0]):
        return {}
    own = sent.subtree(subjects[0])
    if own[0] == 0 or sent.words[own[0] - 1].text != ",":
        return {}
    if any(sent.words[k].upos not in _BETWEEN for k in range(own[-1] + 1, verb.index)):
        return {}
    fronts = [c for c in kids if c < own[0] and sent.words[c].rel in _FRONTED]
    covered = {k for c in fronts for k in sent.subtree(c)}
    # (nothing else before the cue's subject but those phrases, punctuation and a conjunction)
    if not fronts or any(k not in covered and sent.words[k].upos not in ("PUNCT", "CCONJ") for k in range(own[0])):
        return {}
    # (closed by a comma: 'On Friday, he remarked: "..."' announces a quotation at its time)
    between = [sent.words[k].text for k in range(verb.index + 1, _first(sent, comps[0]))]
    if "," not in between or ":" in between:
        return {}
    return {c: (comps[0], sent.words[c].deprel) for c in fronts}


def gerund_subject_of_report(sent: Sentence, verb: Word) -> Moves:
    """ "Meeting the fee costs can be hard for some refugees, she said" with ``advcl(said,
    Meeting)``: a sentence-initial gerund right before a clause the cue reports is that clause's
    subject (``csubj``): with its object, before a clause without a subject; or, with no object of
    its own, before the clause's subject (``nsubj(hard, costs)``), which is then its object."""
    kids = sent.children[verb.index]
    comps = [c for c in kids if sent.words[c].rel == "ccomp" and c < verb.index]
    if len(comps) != 1 or min(kids) != 0:
        return {}
    g = sent.words[0]
    if g.rel != "advcl" or g.upos != "VERB" or not ("VerbForm=Ger" in g.feats or "VerbForm=Part" in g.feats):
        return {}
    own = [k for k in sent.subtree(0) if sent.words[k].upos != "PUNCT"]
    if not has_subject(sent, comps[0]):
        # (the gerund has its object: "Meeting the fee costs can be almost impossible, she said")
        adjacent = max(own) + 1 == _first(sent, comps[0]) and not any(sent.words[k].rel == "mark" for k in own)
        return {0: (comps[0], "csubj")} if adjacent else {}
    if any(sent.words[k].rel in ("obj", "mark", "nsubj") or 0 < k < comps[0] for k in sent.children[0] if k != 0):
        return {}  # (a gerund with its own object, or a participle clause: "Speaking Tuesday, ...")
    subjects = [c for c in sent.children[comps[0]] if sent.words[c].rel == "nsubj" and c < comps[0]]
    if len(subjects) != 1 or _first(sent, subjects[0]) != 1 or sent.words[subjects[0]].upos not in ("NOUN", "PROPN"):
        return {}
    return {0: (comps[0], "csubj"), subjects[0]: (0, "obj")}


def continuation_after_cue(sent: Sentence, verb: Word) -> Moves:
    """ "The documents indicate, he said in an interview, that the two were linked" with
    ``conj(said, linked)``; "Nor does the mayor have any plans, advisers say, to raise taxes" with
    ``advcl(say, raise)``: a cue set off by commas inside the clause it reports, the clause before
    it its complement (or the clause it is a parataxis or comma-joined conjunct of), and after its
    closing comma a "that" clause or a "to" infinitive hung on the cue: that is the rest of the
    interrupted clause. So is a clause of reason, condition or contrast ("..., she said, because
    she values experience"), a "by" phrase of means ("..., she said, by demanding new hearings")
    or the agent of a passive ("The plan would be helped, Lopez said, by the new rules") - but not
    the time or occasion of saying ("..., a spokesman said, when asked about the layoffs") nor a
    participle of what the speaker did ("..., Diaz said, adding that ...")."""
    kids = sent.children[verb.index]
    host, moves = _interrupted_host(sent, verb)
    if host < 0 or not any(sent.words[c].rel == "nsubj" and c < verb.index for c in kids):
        return {}
    for c in kids:
        first = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT" or k == c)
        if c < verb.index or first == 0 or sent.words[first - 1].text != ",":
            continue
        if _narrowing(sent, first) and c == max(kids) and max(sent.subtree(c)) >= len(sent.words) - 2:
            # "Prices will rise, the bank said, at least until the summer": a phrase opened by a
            # word that narrows what was said closes the clause the cue interrupted
            return moves | {c: (host, "advcl" if sent.words[c].upos in ("VERB", "AUX") else "obl")}
        if (rest := _rest_of_clause(sent, c, first, host)) is not None:
            return moves | {c: (host, rest)}
    return {}


# Subordinators of a clause that reasons about, conditions or contrasts what was said (not the
# time of saying: "when asked", "as he left")
_REASONING = frozenset({"because", "since", "unless", "although", "though", "whereas"})


def _interrupted_host(sent: Sentence, verb: Word) -> tuple[int, Moves]:
    """The clause a cue set off by commas interrupts, with the move that makes the cue its
    parataxis where the parse made it that clause's conjunct ("The plan would be helped, Lopez
    said, by ..." as ``conj(helped, said)``); (-1, {}) if none."""
    kids = sent.children[verb.index]
    before = [c for c in kids if sent.words[c].rel == "ccomp" and c < verb.index]
    if len(before) == 1:
        return before[0], {}
    head = verb.head
    if verb.rel == "parataxis" and 0 <= head < verb.index:
        return head, {}
    own = [c for c in kids if sent.words[c].rel == "nsubj" and c < verb.index]
    if (
        verb.rel != "conj"
        or not 0 <= head < verb.index
        or len(own) != 1
        or sent.words[head].upos not in ("VERB", "AUX")
    ):
        return -1, {}
    if any(sent.words[c].rel in ("cc", "ccomp", "obj", "xcomp", "mark") for c in kids):
        return -1, {}
    own_first = _first(sent, own[0])
    if own_first == 0 or sent.words[own_first - 1].text != ",":
        return -1, {}
    return head, {verb.index: (head, "parataxis")}


def _rest_of_clause(sent: Sentence, c: int, first: int, host: int) -> str | None:
    """The relation the phrase ``c`` after an interrupting cue's closing comma takes on the clause
    the cue interrupts, or None when it is the cue's own (continuation_after_cue)."""
    w = sent.words[c]
    # (the word that opens the phrase, wherever the parse hung it inside: "since most of them
    # sell" has "since" on "most")
    opener = [sent.words[first].lemma.lower()] if sent.words[first].rel in ("mark", "case") else []
    if w.rel == "ccomp" and opener[:1] not in (["since"], ["because"]):
        return None
    if opener == ["that"] and sent.words[host].upos in ("VERB", "AUX"):
        return None if any(sent.words[k].rel == "ccomp" for k in sent.children[host]) else "ccomp"
    if opener == ["to"]:
        return None if has_subject(sent, c) else "advcl"
    if w.upos in ("VERB", "AUX") and opener and (opener[0] in _REASONING or opener[0] == "by"):
        return "advcl"
    # (or a clause of contrast with its own subject, "..., she said, but the illness can be
    # dangerous for older travelers"; not the speaker's own act, "..., she said, but she declined")
    but = (
        sent.words[first].rel == "cc" and sent.words[first].lemma.lower() == "but" and w.upos in ("VERB", "AUX", "ADJ")
    )
    subject = next((sent.words[k] for k in sent.children[c] if sent.words[k].rel.startswith("nsubj")), None)
    if but and subject is not None and subject.upos != "PRON":
        return "conj"
    passive = any(sent.words[k].deprel == "aux:pass" for k in sent.children[host])
    return "obl" if w.rel == "obl" and opener == ["by"] and passive else None


def _narrowing(sent: Sentence, first: int) -> bool:
    one = sent.words[first].text.lower()
    two = f"{one} {sent.words[first + 1].text.lower()}" if first + 1 < len(sent.words) else one
    return one in _NARROWING or two in _NARROWING


def clause_around_cue(sent: Sentence, verb: Word) -> Moves:
    """``{clause: (verb, "ccomp")}`` for the interrupted clause read as the cue's conjunct (module
    doc); else empty."""
    kids = sent.children[verb.index]
    own = [c for c in kids if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(own) != 1 or any(sent.words[c].rel == "ccomp" for c in kids):
        return {}
    own_first = _first(sent, own[0])
    for c in kids:
        w = sent.words[c]
        if w.rel != "conj" or c < verb.index or any(sent.words[k].rel == "cc" for k in sent.children[c]):
            continue
        subj = next((k for k in sent.children[c] if sent.words[k].rel in ("nsubj", "nsubj:pass")), -1)
        if subj < 0 or subj > own_first:
            continue
        last = max(k for k in sent.subtree(subj) if sent.words[k].upos != "PUNCT")
        rest = [k for k in sent.subtree(c) if k > verb.index and sent.words[k].upos != "PUNCT"]
        if [x.text for x in sent.words[last + 1 : own_first]] != [","] or not rest:
            continue
        if sent.words[rest[0] - 1].text == ",":
            return {c: (verb.index, "ccomp")}
    return {}


def cue_before_contrast(sent: Sentence, verb: Word) -> Moves:
    """``{verb: (head, "parataxis")}`` for the closing cue read as a conjunct before a contrast
    (module doc); else empty."""
    kids = sent.children[verb.index]
    head = verb.head
    if verb.rel != "conj" or head < 0 or head > verb.index or not has_subject(sent, verb.index):
        return {}
    if any(sent.words[c].rel in ("ccomp", "obj", "xcomp", "cc", "mark") for c in kids):
        return {}
    words = [k for k in sent.subtree(verb.index) if sent.words[k].upos != "PUNCT"]
    if sent.words[words[0] - 1].text != "," or contrast_after(sent, words[-1] + 1, head) < 0:
        return {}
    return {verb.index: (head, "parataxis")}
