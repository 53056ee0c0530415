"""The reported clause's verb read as the sentence's root, with the speaker its second subject.

"Some workers who voted no said they feared the union would bring strikes" comes out of the
shipped parser with "bring" the root, two subjects ("workers" and "union"), "said" a relative
clause of "workers" and "feared" with no complement: the speech verb lost its subject and the
verb it reports lost its clause. A root with two subjects is a misparse; when a finite speech verb
(not a participle: "the slogan shared by the campaign and Mrs. Clinton feels bloodless") hangs
inside the first subject's phrase (a relative clause or modifier of it) and comes before
the second subject, the speech verb is the main verb, the first subject is its subject, and the
root with its second subject is what is reported - by the last verb before that subject with no
clause of its own ("feared"), or by the speech verb itself. Part of the first round of repairs
(``modifier_moves``; tests/test_uncovered_clauses.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

Moves = dict[int, tuple[int, str]]
IsSpeech = Callable[[Word, Sentence], bool]

_CLAUSES = ("ccomp", "xcomp", "parataxis")


def report_read_as_root(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """The moves that make the speech verb inside the first subject's phrase the root (module doc)."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("VERB", "AUX", "ADJ"):
        return {}
    subjects = [c for c in sent.children[root.index] if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < root.index]
    if len(subjects) != 2:
        return {}
    first, second = subjects
    phrase = set(sent.subtree(first))
    # (a finite verb: "said", not a participle of a reduced relative, "the slogan shared by ...",
    # "the emails released Tuesday")
    speech = [
        k
        for k in range(first + 1, second)
        if k in phrase and is_speech(sent.words[k], sent) and "VerbForm=Fin" in sent.words[k].feats
    ]
    if not speech or sent.words[speech[0]].rel not in ("acl", "acl:relcl"):
        return {}
    verb = speech[0]
    if any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[verb]):
        return {}  # ("the official who said ... ": a relative clause with its own subject)
    # the last verb before the second subject that reports nothing yet: "feared", else "said"
    open_verbs = [
        k
        for k in range(verb, second)
        if sent.words[k].upos == "VERB"
        and (k == verb or k in sent.subtree(verb))
        and not any(sent.words[c].rel in _CLAUSES for c in sent.children[k])
    ]
    if not open_verbs:
        return {}
    cue = open_verbs[-1]
    moves: Moves = {verb: (-1, "root"), first: (verb, "nsubj"), root.index: (cue, "ccomp")}
    # (what closes the sentence is the main verb's: the full stop)
    moves.update(
        {
            c: (verb, "punct")
            for c in sent.children[root.index]
            if sent.words[c].upos == "PUNCT" and c == len(sent.words) - 1
        }
    )
    return moves
