"""A list of names as a verb's subject that the parser did not read as a coordination.

"Sens. Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin said ..." comes out with
"Feinstein" a ``list`` dependent of the title, "Leahy" its conjunct and "Cardin" a ``flat``
part of "Leahy": only "Tom Carper" is a conjunct of nobody, and the co-speakers are lost. A
subject made only of names, separated by commas and closed by "and" or "or" right before its
verb, is a coordination: each name's last word heads it, the first name is the subject and
the others are its conjuncts. Reproduced with the shipped parser; tests/test_name_lists.py.
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence

from .tree_edits import Moves

_COORDINATORS = frozenset({"and", "or"})


def name_list_subject(sent: Sentence) -> Moves:
    """The moves that make a subject list of names a coordination, or {}."""
    for verb in sent.words:
        subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj"), None)
        if subject is None or sent.words[subject].upos != "PROPN":
            continue
        span = sent.subtree(subject)
        if max(span) + 1 != verb.index or len(span) != max(span) - min(span) + 1:
            continue
        groups = _groups(sent, span)
        if groups is not None:
            return _moves(sent, verb.index, groups)
    return {}


def _groups(sent: Sentence, span: list[int]) -> list[tuple[list[int], list[int]]] | None:
    """The names of the span with the separators before each ((separators, name) pairs), when
    the span is names, commas and a last "and"/"or" only."""
    groups: list[tuple[list[int], list[int]]] = []
    seps: list[int] = []
    name: list[int] = []
    for i in span:
        w = sent.words[i]
        if w.upos == "PROPN":
            name.append(i)
        elif (w.text == "," or w.text.lower() in _COORDINATORS) and (name or groups):
            if name:
                groups.append((seps, name))
                seps, name = [], []
            seps.append(i)  # (", and": both before the last name)
        else:
            return None
    if not name or not groups or any(len(n) > 4 for _, n in groups) or len(name) > 4:
        return None
    groups.append((seps, name))
    # a real list: the last name comes after "and"/"or" (not "Roe, D-Del., said")
    if not any(sent.words[i].text.lower() in _COORDINATORS for i in groups[-1][0]):
        return None
    return groups


def _moves(sent: Sentence, verb: int, groups: list[tuple[list[int], list[int]]]) -> Moves:
    head = groups[0][1][-1]
    moves: Moves = {head: (verb, "nsubj")}
    for k, (seps, name) in enumerate(groups):
        last = name[-1]
        for i in name[:-1]:
            moves[i] = (last, "compound")
        if k:
            moves[last] = (head, "conj")
            for i in seps:
                moves[i] = (last, "cc" if sent.words[i].text.lower() in _COORDINATORS else "punct")
    return moves
