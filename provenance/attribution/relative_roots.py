"""The main verb the parser read as a conjunct of the subject's relative clause.

"The Treasury Board, which wrote the rules, disagreed." comes out of the shipped parser with
"Board" the root, ``acl:relcl(Board, wrote)`` and ``conj(wrote, disagreed)``: the sentence has no
main verb and "disagreed" no subject. A sentence whose root is a noun with a relative clause set
off by commas, where that clause has a conjunct verb after its closing comma with no
coordinator and no subject of its own, has that verb for its main verb, and the noun is the
verb's subject. (The same words with "said" the parser reads right.) Part of
``phrase_repairs.phrase_repairs`` (tests/test_subject_repairs.py).
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence

Moves = dict[int, tuple[int, str]]


def main_verb_read_into_relative(sent: Sentence) -> Moves:
    """The moves that make the verb the root and the noun its subject; empty if none."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN"):
        return {}
    for r in sent.children[root.index]:
        rel = sent.words[r]
        if rel.deprel != "acl:relcl" or r < root.index or sent.words[r - 1].text not in (",", "which", "who"):
            continue
        for c in sent.children[r]:
            verb = sent.words[c]
            if verb.deprel != "conj" or verb.upos != "VERB" or c < r:
                continue
            kids = [sent.words[k] for k in sent.children[c]]
            if any(k.rel in ("cc", "nsubj", "expl") for k in kids) or sent.words[c - 1].text != ",":
                continue
            moves: Moves = {c: (-1, "root"), root.index: (c, "nsubj")}
            # (the sentence's closing punctuation goes with the new root)
            moves.update(
                {k: (c, "punct") for k in sent.children[root.index] if sent.words[k].upos == "PUNCT" and k > c}
            )
            return moves
    return {}
