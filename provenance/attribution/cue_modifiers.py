"""A cue the tagger read as a modifier of the noun after it: "A plow operator who has worked the
pass for 19 years said crews had been short three drivers" with "said" an adjective of "crews"
(``amod(crews, said)``) and "operator" and "crews" two subjects of "short". A speech verb's past
form right before the second of two subjects of the main clause, after the first, is the main
verb: the first subject is its subject, and the old main clause what was said. Part of
``repairs._words_and_subjects`` (beside ``tag_repairs.cue_before_that_read_as_modifier``, the same
misreading before "that")."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .tag_repairs import verb_lemma

Moves = dict[int, tuple[int, str]]


def cue_read_as_subjects_modifier(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """The index of the verb (to retag) and the moves that make it the main verb, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None:
        return -1, {}
    subjects = [c for c in sent.children[root.index] if sent.words[c].rel == "nsubj" and c < root.index]
    if len(subjects) != 2:
        return -1, {}
    first, second = subjects
    w = sent.words[min(sent.subtree(second))]
    if w.head != second or w.deprel not in ("amod", "acl") or not first < w.index:
        return -1, {}
    if not w.text.lower().endswith(("ed", "aid")) or not in_lex("speech_verbs", verb_lemma(w, in_lex)):
        return -1, {}
    moves: Moves = {w.index: (-1, "root"), root.index: (w.index, "ccomp"), first: (w.index, "nsubj")}
    for c in sent.children[root.index]:
        if c < first:  # (whatever opens the sentence goes with the new main verb)
            moves[c] = (w.index, sent.words[c].deprel)
    return w.index, moves
