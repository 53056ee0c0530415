"""A speech verb inside a relative clause, whose reported clause the parser hung beside it.

"six deaths in the past eight days that Lohmar said are unrelated" comes out of the shipped
parser as ``acl:relcl(days, said)`` + ``acl:relcl(days, unrelated)`` with ``mark(unrelated,
that)``; "a charity that prosecutors said was suspected of funding terrorism" as two conjuncts
of the main verb. In "N that X said VP" the relative word belongs to the reported clause ("that
[X said] are unrelated"), and the clause right after the speech verb, with no subject of its own,
is what X said: the clause becomes the verb's complement and the relative word its ``mark``,
the shape the parser itself gives "Apps that it said 'may not work' included ...". Part of
subject_repairs.subject_moves (tests/test_clause_repairs.py).
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite

Moves = dict[int, tuple[int, str]]

_RELATIVE_WORDS = frozenset({"that", "which", "who"})
_OWN_CONTENT = ("ccomp", "xcomp", "obj", "iobj")


def relative_speech(sent: Sentence, verb: Word) -> Moves:
    """``{clause: (verb, "ccomp"), relative: (verb, "mark")}`` for the misparse of the module
    doc; else empty."""
    kids = sent.children[verb.index]
    subjects = [c for c in kids if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) != 1 or any(sent.words[c].rel in _OWN_CONTENT for c in kids) or verb.head < 0:
        return {}
    start = min(sent.subtree(subjects[0]))
    rel = start - 1
    if rel < 0 or sent.words[rel].text.lower() not in _RELATIVE_WORDS or sent.words[rel].head == verb.index:
        return {}
    clause = sent.words[rel].head
    c = sent.words[clause]
    if clause <= verb.index or c.head != verb.head or c.rel not in ("acl", "conj", "advcl", "parataxis"):
        return {}
    rest = [k for k in sent.subtree(clause) if k != rel]
    if min(rest) != verb.index + 1 or has_subject(sent, clause) or not is_finite(sent, clause):
        return {}
    return {clause: (verb.index, "ccomp"), rel: (verb.index, "mark")}
