"""A title tagged a verb inside an apposition: "The committee's chair, Greens senator Alana Frost,
said ..." with "senator" tagged a verb, a complement of "said", "Greens" its subject and the name
its object. The subject before the commas already has its verb, so the clause the parse made up is
no clause: the name, with its title, is the apposition of that subject (and the speaker's name
comes from it, not from "The committee's chair"). titled_names.role_read_as_verb_before_name
handles the same tag where the name is the subject. Part of ``retags.retag_nouns_and_verbs``.
Tests: tests/test_descriptions_named.py."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .titled_names import titled_run
from .tree_edits import Moves

_CLAUSES = ("ccomp", "parataxis", "conj")


def role_read_as_verb_in_apposition(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """The index of the role (to retag a noun) and the moves, or (-1, {})."""
    for w in sent.words:
        run = titled_run(sent, w, in_lex) if w.upos == "VERB" and w.rel in _CLAUSES else []
        if not run or sent.words[run[-1]].rel != "obj" or sent.words[run[-1]].head != w.index:
            continue
        last, verb = run[-1], w.head
        subject = next((c for c in sent.children[verb] if sent.words[c].rel in ("nsubj", "nsubj:pass")), -1)
        before = [c for c in sent.children[w.index] if c < w.index]
        start = min([w.index, *before])
        if verb <= last or not 0 <= subject < start:
            continue
        # (set off by commas on both sides, right after the subject's phrase)
        if sent.words[start - 1].text != "," or last + 1 >= len(sent.words) or sent.words[last + 1].text != ",":
            continue
        moves: Moves = {last: (subject, "appos"), w.index: (last, "compound")}
        moves.update({k: (last, "compound") for k in run[:-1]})
        for c in sent.children[w.index]:
            if c < w.index:  # ("Greens" of "Greens senator", read as the verb's subject)
                moves[c] = (w.index, "amod" if sent.words[c].upos == "ADJ" else "compound")
            elif c not in moves:
                moves[c] = (last, sent.words[c].deprel)
        return w.index, moves
    return -1, {}
