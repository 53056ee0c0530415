"""Indirect questions the parse hung in the wrong place, put back under the verb that asks them.

* "Neera Tanden asked Eric Holder whether he had thoughts on ..." as ``advcl(asked, had)``, or
  hung on the one asked (``acl(Holder, had)``): a clause opened by "whether" is never adverbial
  after a speech verb, nor a relative clause; it is what was asked.
* 'Asked by Matt Lauer whether she had practiced her speech, she said, "..."' with the "whether"
  (or "if") clause hung on "said": right after a fronted "Asked by X" it is the question X asked
  (ccomp-cue reads it, with the passive participle's "by" agent as the speaker).
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
