"""Indirect questions the parse hung in the wrong place, put back under the verb that asks them.

* "Neera Tanden asked Eric Holder whether he had thoughts on ..." as ``advcl(asked, had)``, or
  hung on the one asked (``acl(Holder, had)``): a clause opened by "whether" is never adverbial
  after a speech verb, nor a relative clause; it is what was asked.
* 'Asked by Matt Lauer whether she had practiced her speech, she said, "..."' with the "whether"
  (or "if") clause hung on "said": right after a fronted "Asked by X" it is the question X asked
  (ccomp-cue reads it, with the passive participle's "by" agent as the speaker).
* "Asked whether the council expected a challenge, a council spokesman said ..." with "said" a
  complement of "Asked", and "Ford, asked whether the government would repeal the law, said ..."
  with "asked" the root and "Ford" its subject: the participle phrase is set off by commas and
  the speech verb after it is the sentence's own (answer_read_under_asked).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

Moves = dict[int, tuple[int, str]]
_ASKING = frozenset({"ask", "question", "query", "quiz", "press"})


def question_moves(sent: Sentence, is_speech: Callable[[Word, Sentence], bool]) -> Moves:
    """The arcs that give each misplaced indirect question back to its asking verb."""
    moves: Moves = {}
    for x in sent.words:
        if x.rel not in ("advcl", "acl") or x.head < 0:
            continue
        opener = _opener(sent, x)
        if opener is None:
            continue
        if x.rel == "acl":
            # ("asked the minister whether ..." with the question on the one asked)
            noun = sent.words[x.head]
            if opener == "whether" and noun.rel in ("obj", "iobj") and is_speech(sent.words[noun.head], sent):
                moves[x.index] = (noun.head, "ccomp")
            continue
        asked = _fronted_asker(sent, x)
        if asked >= 0:
            moves[x.index] = (asked, "ccomp")
        elif opener == "whether" and x.head < x.index and is_speech(sent.words[x.head], sent):
            moves[x.index] = (x.head, "ccomp")
    return moves


def _opener(sent: Sentence, x: Word) -> str | None:
    """ "whether" or "if" when it opens the clause ``x`` (its first word), else None."""
    first = min(sent.subtree(x.index))
    w = sent.words[first]
    return w.lemma.lower() if w.rel == "mark" and w.head == x.index and w.lemma.lower() in ("whether", "if") else None


def _fronted_asker(sent: Sentence, x: Word) -> int:
    """The participle "Asked (by X)" whose phrase ends right before ``x``, a sibling before it."""
    start = min(sent.subtree(x.index))
    for c in sent.children[x.head]:
        p = sent.words[c]
        if c >= x.index or p.rel != "advcl" or p.lemma.lower() not in _ASKING or "VerbForm=Part" not in p.feats:
            continue
        if any(sent.words[k].rel in ("ccomp", "obj") for k in sent.children[c]):
            continue  # (it has its question already)
        end = max(sent.subtree(c))
        if all(sent.words[i].upos == "PUNCT" for i in range(end + 1, start)):
            return c
    return -1


def answer_read_under_asked(sent: Sentence, verb: Word) -> Moves:
    """``{verb: (asked's head, its relation), asked: (verb, "advcl") or (subject, "acl"), ...}`` when
    ``verb`` answers after a set-off "asked whether ..." phrase the parse made its head (module
    doc); else empty."""
    a = sent.words[verb.head] if verb.head >= 0 else None
    if a is None or a.lemma.lower() not in _ASKING or verb.rel not in ("ccomp", "parataxis", "conj"):
        return {}
    # (the question the parse hung on the answer: "Asked whether the fee could rise, a spokesman
    # said only that ..." with "rise" an adverbial clause of "said")
    stolen = [
        c
        for c in sent.children[verb.index]
        if sent.words[c].rel == "advcl"
        and min(sent.subtree(c)) == a.index + 1
        and _opener(sent, sent.words[c]) is not None
    ]
    inside = set(sent.subtree(verb.index)) - {k for c in stolen for k in sent.subtree(c)}
    start = min(k for k in inside if sent.words[k].upos != "PUNCT" or k == verb.index)
    own = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
    start = min(start, own) if own >= 0 else start
    if start <= a.index or sent.words[start - 1].text != ",":
        return {}
    question = stolen or [c for c in sent.children[a.index] if sent.words[c].rel == "ccomp" and a.index < c < start]
    if not question or _opener(sent, sent.words[question[0]]) is None:
        return {}
    later = {c: (verb.index, sent.words[c].deprel) for c in sent.children[a.index] if c > verb.index}
    later.update({c: (a.index, "ccomp") for c in stolen})
    subject = next((c for c in sent.children[a.index] if sent.words[c].rel == "nsubj" and c < a.index), -1)
    if subject < 0 and own >= 0:  # ("Asked whether ..., a spokesman said")
        return {verb.index: (a.head, a.deprel), a.index: (verb.index, "advcl"), **later}
    if subject >= 0 and own < 0 and sent.words[a.index - 1].text == ",":  # ("Ford, asked whether ..., said")
        moves = {verb.index: (a.head, a.deprel), a.index: (subject, "acl"), subject: (verb.index, "nsubj")}
        return {**moves, **later}
    return {}
