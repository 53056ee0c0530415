"""A sentence the parse rooted on its subject's relative clause (session 60;
tests/test_fresh_copy_reports.py): "Engie, which has repeatedly said it wants to exit nuclear power
in Belgium, responded cautiously" comes out with "said" the root, "which" its subject, "Engie" a
vocative and "responded" an adverbial clause deep inside what was said, so Engie's own clause was
reported. A name set off by a comma right before a "which"/"who" that is the root verb's subject is
the sentence's subject; the verb after the relative clause's closing comma, with no subject of its
own, is the sentence's verb (``relative_read_as_main_clause``, run by
relative_roots.main_verb_read_into_relative, which reads the shape with the noun the root)."""

from __future__ import annotations

from provenance.syntax.tree import Sentence

Moves = dict[int, tuple[int, str]]

_RELATIVES = frozenset({"which", "who"})


def relative_read_as_main_clause(sent: Sentence) -> Moves:
    """The moves that make the verb after the relative clause the root and the name its subject."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos != "VERB":
        return {}
    which = next(
        (
            c
            for c in sent.children[root.index]
            if sent.words[c].rel == "nsubj" and sent.words[c].lemma.lower() in _RELATIVES
        ),
        -1,
    )
    if which < 2 or sent.words[which - 1].text != ",":
        return {}
    name = sent.words[which - 2]
    if name.upos not in ("PROPN", "NOUN") or name.head != root.index or name.index != max(sent.subtree(name.index)):
        return {}
    for c in sent.subtree(root.index):
        verb = sent.words[c]
        if (
            c <= root.index
            or verb.upos != "VERB"
            or verb.deprel not in ("advcl", "conj")
            or sent.words[c - 1].text != ","
        ):
            continue
        if any(sent.words[k].rel in ("cc", "nsubj", "nsubj:pass", "expl", "mark") for k in sent.children[c]):
            continue
        if "Tense=Past" not in verb.feats and "VerbForm=Fin" not in verb.feats:
            continue
        moves: Moves = {c: (-1, "root"), name.index: (c, "nsubj"), root.index: (name.index, "acl:relcl")}
        moves.update({k: (c, "punct") for k in sent.children[root.index] if sent.words[k].upos == "PUNCT" and k > c})
        return moves
    return {}
