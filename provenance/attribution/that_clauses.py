"""A "that" clause's parts, read whichever way the parse hung them (repairs.py).

"disclosed in its results that it had received the money" with "that" read as the object of
"received", which has an object of its own, is the complementiser; "... that it had shut off
power but that the circuit was not part of it" coordinates two "that" clauses; "KBC reported that
4,000 people had moved, and quoted Hassan Noor as saying ..." with the quoting verb a conjunct of
the reported clause is the reporting verb's (``quoting_conjunct``); a clause joined by "and" right after a "that" clause the
parse hung elsewhere is that clause's second half (``joined_after``). "because of" is a
preposition, never a clause's subordinator: "A source close to the team, who asked not to be
named because of ongoing legal proceedings in Sweden, said Swedish police had opened ..." had
"because" the mark of "opened", so the report became a reason and was not found
(``because_of_read_as_mark``). A clause whose "that" comes right after a speech verb is that verb's,
however the parse hung it: "erred in saying that the "90 to 95 percent" figure was wrong", "made
headlines by claiming that the "new" bridge was unsafe", with the quoted words inside, had the clause
on the main verb (``said_that``).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import is_finite


def has_subject(sent: Sentence, i: int) -> bool:
    return any(sent.words[c].rel in ("nsubj", "expl") for c in sent.children[i])  # (nsubj:pass too)


def is_clause(w: Word) -> bool:
    return w.upos in ("VERB", "AUX") or (w.upos in ("ADJ", "NOUN") and w.rel in ("acl", "conj"))


def that_clause(sent: Sentence, x: Word) -> int:
    """The index of ``x``'s complementiser "that" when ``x`` is a full clause with a subject, else -1."""
    mark = next(
        (c for c in sent.children[x.index] if sent.words[c].deprel == "mark" and sent.words[c].text.lower() == "that"),
        -1,
    )
    if mark < 0:
        mark = that_as_object(sent, x)
    return mark if mark >= 0 and has_subject(sent, x.index) else -1


def coordinated_that(sent: Sentence, c: int) -> bool:
    """The clause ``c`` opens with a coordinator and "that" ("but that the circuit was ...")."""
    opening = sorted(k for k in sent.children[c] if sent.words[k].rel in ("cc", "mark") and k < c)
    return [sent.words[k].text.lower() for k in opening][-1:] == ["that"] and any(
        sent.words[k].rel == "cc" for k in opening
    )


def joined_after(sent: Sentence, x: Word, c: int) -> bool:
    """The clause ``c`` opens with a coordinator right where the "that" clause ``x`` ends, or
    continues a list of its subject's actions there: "said in a statement that patients should
    call 911 and clinic staff would help" with ``acl(statement, call)`` and ``ccomp(said, help)`` -
    the second half of what was said, which the parse gave the verb because it had hung the
    first on the occasion."""
    first = min(sent.subtree(c))  # (the parse may hang the "and" on the clause's subject)
    before = [sent.words[k].text for k in range(max(sent.subtree(x.index)) + 1, first)]
    if before not in ([], [","]):
        return False
    if sent.words[first].rel == "cc":
        return True
    # (or the middle of a list of the subject's actions: "that it had stepped up cleaning, was
    # isolating sick passengers and was offering them care")
    listed = any(sent.words[k].rel == "conj" and _opens_with_cc(sent, k) for k in sent.children[c])
    comma = sent.words[first - 1].text == ","  # (on either clause)
    return comma and listed and not has_subject(sent, c) and is_finite(sent, c)


def _opens_with_cc(sent: Sentence, i: int) -> bool:
    return sent.words[min(sent.subtree(i))].rel == "cc"


def that_as_object(sent: Sentence, x: Word) -> int:
    """ "disclosed in its results that it had received the money" with "that" read as the object
    of "received", which has an object already, or "said in a statement that about 412,000
    customers were without electricity" with "that" read as a subject beside the clause's own:
    "that" is the complementiser."""
    objects = [c for c in sent.children[x.index] if sent.words[c].rel == "obj"]
    that = next((c for c in objects if sent.words[c].text.lower() == "that" and c < x.index), -1)
    if that >= 0 and any(c > x.index for c in objects):
        return that
    subjects = [c for c in sent.children[x.index] if sent.words[c].rel == "nsubj" and c < x.index]
    return subjects[0] if len(subjects) == 2 and sent.words[subjects[0]].text.lower() == "that" else -1


def quoting_conjunct(sent: Sentence) -> dict[int, tuple[int, str]]:
    """``{quote: (reporting verb, "conj"), saying: (quote, "advcl")}`` for "X reported that A, and
    quoted B as saying C" parsed with ``conj(A, quoted)`` and "saying" on the reporting verb: a
    quoting verb with no subject of its own, after a full "that" clause it was hung on, shares
    the reporting verb's subject, and the "as saying" after it is its own."""
    moves: dict[int, tuple[int, str]] = {}
    for q in sent.words:
        if q.lemma.lower() not in ("quote", "cite") or q.deprel != "conj" or q.head < 0 or has_subject(sent, q.index):
            continue
        clause = sent.words[q.head]
        if clause.rel != "ccomp" or that_clause(sent, clause) < 0 or clause.head < 0:
            continue
        saying = [
            c
            for c in sent.children[clause.head]
            if c > q.index and sent.words[c].lemma.lower() == "say" and sent.words[c].rel == "advcl"
            and any(sent.words[k].text.lower() == "as" for k in sent.children[c])
        ]  # fmt: skip
        if saying:
            moves.update({q.index: (clause.head, "conj"), saying[0]: (q.index, "advcl")})
    return moves


def age_aside(sent: Sentence, c: int) -> bool:
    """ "the children, aged four, nine and 12, still asked": "aged" with a number is an aside on
    the noun before it, never a clause's verb (second_reports.age_aside_read_as_clause)."""
    w = sent.words[c]
    return w.text.lower() == "aged" and any(sent.words[k].upos == "NUM" and k > c for k in sent.children[c])


def because_of_read_as_mark(sent: Sentence) -> dict[int, tuple[int, str]]:
    """The move that puts "because" of "because of" with its "of", where the parse made it the
    mark of another clause, or {}."""
    for w in sent.words[:-1]:
        of = sent.words[w.index + 1]
        if w.text.lower() != "because" or w.rel != "mark" or of.text.lower() != "of" or of.head in (w.head, -1):
            continue
        return {w.index: (of.head, of.deprel)}
    return {}


def said_that(sent: Sentence, x: Word, is_speech: Callable[[Word, Sentence], bool]) -> int:
    """The speech verb right before the "that" opening the clause ``x``, where the parse hung the
    clause on another word (-1 if none): the complementiser after a speech verb opens what it says."""
    that = that_clause(sent, x)
    if that < 1 or sent.words[that].text.lower() != "that" or x.head == that - 1:
        return -1
    verb = sent.words[that - 1]
    if verb.upos != "VERB" or not is_speech(verb, sent):
        return -1
    if "VerbForm=Fin" in verb.feats and not has_subject(sent, verb.index) and verb.rel != "conj":
        return -1  # (a finite verb with no subject of its own or shared: a parse too broken to mend so)
    if any(sent.words[c].rel in ("ccomp", "obj") for c in sent.children[verb.index]) or verb.index in sent.subtree(
        x.index
    ):
        return -1  # (the verb has what it says, or is inside the clause: no move)
    return verb.index
