"""A cue before a colon that the tagger read as a plural noun: 'The ministry warns: "Stay
indoors"', 'Article 33 affirms: "No state shall ..."' with "warns"/"affirms" a noun, the subject
its compound (or the cue its apposition). A word in "-s" whose stem is a speech verb, right
after a noun and right before a colon that opens a quotation, is the verb that introduces it,
and the noun phrase before it its subject."""

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
