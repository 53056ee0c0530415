"""A "that" clause's parts, read whichever way the parse hung them (repairs.py).

"disclosed in its results that it had received the money" with "that" read as the object of
"received", which has an object of its own, is the complementiser; "... that it had shut off
power but that the circuit was not part of it" coordinates two "that" clauses.
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word


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


def that_as_object(sent: Sentence, x: Word) -> int:
    """ "disclosed in its results that it had received the money" with "that" read as the object
    of "received", which has an object already: "that" is the complementiser."""
    objects = [c for c in sent.children[x.index] if sent.words[c].rel == "obj"]
    that = next((c for c in objects if sent.words[c].text.lower() == "that" and c < x.index), -1)
    return that if that >= 0 and any(c > x.index for c in objects) else -1
