"""A cue before a colon that the tagger read as a plural noun: 'The ministry warns: "Stay
indoors"', 'Article 33 affirms: "No state shall ..."' with "warns"/"affirms" a noun, the subject
its compound (or the cue its apposition). A word in "-s" whose stem is a speech verb, right
after a noun and right before a colon that opens a quotation, is the verb that introduces it,
and the noun phrase before it its subject.

And a label before a colon that opens the sentence (session 50): "The other side: Independent
pharmacists say ..." (a newsletter's signpost) with "side" hung inside the report, which then ran
from the label to the end; the label is no part of any clause after it (``label_before_colon``)."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .spans import QUOTE_CHARS

Moves = dict[int, tuple[int, str]]


def colon_verb_read_as_noun(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """The index of the verb (to retag) and the moves, or (-1, {})."""
    for w in sent.words:
        i = w.index
        text = w.text.lower()
        if w.upos != "NOUN" or i == 0 or i + 2 >= len(sent.words) or not text.endswith("s"):
            continue
        if sent.words[i + 1].text != ":" or sent.words[i + 2].text not in QUOTE_CHARS:
            continue
        if not in_lex("speech_verbs", text[:-1]) or sent.words[i - 1].upos not in ("NOUN", "PROPN", "NUM"):
            continue
        if any(x.upos in ("PUNCT", "VERB", "ADP", "SCONJ") for x in sent.words[:i]) or w.head > i:
            continue  # (only a label that opens the sentence: not "As Roe warns: ...", "Roe, in a memo, warns: ...")
        # the label's words whose heads lie outside it: the first noun is its head, the rest its
        # dependents ("The" and "33" the parse hung on the cue)
        tops = [j for j in range(i) if not 0 <= sent.words[j].head < i]
        nouns = [j for j in tops if sent.words[j].upos in ("NOUN", "PROPN")]
        if not nouns:
            continue
        subject = nouns[0]
        moves: Moves = {i: (-1, "root"), subject: (i, "nsubj")}
        moves.update({j: (subject, sent.words[j].deprel) for j in tops if j != subject})
        for c in sent.children[subject]:
            if c > i:
                moves[c] = (i, sent.words[c].deprel)  # (what follows the colon is the verb's)
        return i, moves
    return -1, {}


_LABEL_WORDS = 5  # (a signpost is short: "Why it matters:", "The other side:", "By the numbers:")


def label_before_colon(sent: Sentence) -> Moves:
    """The move that hangs a short noun phrase opening the sentence before a colon on the root as
    a ``dep``, when the parse hung it inside a clause after the colon; or {}."""
    colon = next((w.index for w in sent.words[: _LABEL_WORDS + 1] if w.text == ":"), -1)
    root = next((w for w in sent.words if w.head < 0), None)
    if colon < 1 or root is None or root.index < colon:
        return {}
    tops = [k for k in range(colon) if not sent.words[k].head < colon]
    if len(tops) != 1 or sent.words[tops[0]].upos not in ("NOUN", "PROPN") or sent.words[tops[0]].head == root.index:
        return {}
    if any(sent.words[k].upos in ("VERB", "AUX") for k in range(colon)):
        return {}
    return {tops[0]: (root.index, "dep")}
