"""What a cue's content holds around quote marks: a quoted conjunct after the cue is more of
what was said; a colon's framing before a quote is the writer's. Helpers of ``from_patterns``."""

from __future__ import annotations

from provenance.quotemarks import QuoteSpan
from provenance.syntax.tree import Sentence

from .spans import quoted

_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "parataxis"})
_CLAUSE_PARTS = frozenset({"ccomp", "obj", "xcomp", "parataxis", "nsubj"})


def quoted_conjuncts(sent: Sentence, cue: int, words: set[int], spans: list[QuoteSpan]) -> set[int]:
    """'"A," the minister said, "and B."' parsed with B as a conjunct of the cue: a quoted
    conjunct after the cue is more of what was said. Not past another clause of the cue
    ('rejected the notion ..., saying that if he "found ..., you would want ..."' with "want"
    the conjunct of "rejected": it is the participle's)."""
    # (the words of the cue's other clauses with a content of their own: not a bare "adding later,")
    others = {
        i
        for k in sent.children[cue]
        if sent.words[k].rel in _CLAUSES
        and not words.intersection(sent.subtree(k))
        and any(sent.words[g].rel in _CLAUSE_PARTS for g in sent.children[k])
        for i in sent.subtree(k)
    }
    out: set[int] = set()
    for c in sent.children[cue]:
        if sent.words[c].rel != "conj" or c < cue or c in words or not quoted(sent, c, spans):
            continue
        start = min(sent.subtree(c))
        if not any(cue < i < start for i in others):
            out.update(sent.subtree(c))
    return out


def framing_before_colon(sent: Sentence, cue: int, words: set[int], spans: list[QuoteSpan]) -> set[int]:
    """'The mayor was blunt: "It will fail," she said' parsed with the whole sentence before the
    cue as its complement: what a colon introduces is the quote; the words before the colon are
    the writer's framing, not what the speaker after the quote said."""
    cue_start = sent.words[cue].start
    first = min(words, default=cue)
    for span in spans:
        if span.depth != 0 or not (sent.words[first].start < span.start and span.end <= cue_start):
            continue
        before = [w for w in sent.words if w.end <= span.start]
        # (the colon the content's or the cue's: the parse hangs it on either clause)
        if before and before[-1].text == ":" and {before[-1].index, before[-1].head} & (words | {cue}):
            return {i for i in words if sent.words[i].start >= span.start}
    return words
