"""Kinds of public or member body: "the council said" after "the East African Tea Trade
Association said" is another body (head_names.kind_fits), but "the union" after "the Association
of Flight Attendants" is that association, a union's name: the words of one kind go together.
"the agency" names any public body ("according to the agency" after "the Department of
Environmental Protection"), so it is no kind here, nor is "congress", a party's name as often as a
legislature's ("the All Progressives Congress ... the party said"); nor "party", "league" or
"alliance", whose names vary ("the Awami League ... the party said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from provenance.vocab import Vocabulary

_KINDS = (
    "union association federation guild confederation society",
    "council assembly",
    "ministry department",
    "court tribunal",
    "parliament senate legislature",
    *"commission committee board university hospital bank fund institute foundation trust".split(),
)
_KIND_OF = {w: kind for kind, words in enumerate(_KINDS) for w in words.split()}


def other_body_kind(head_lemma: str, last: str) -> bool:
    """Whether a name whose head word is ``last`` names a body of another kind than "the <head_lemma>"."""
    return head_lemma in _KIND_OF and last in _KIND_OF and _KIND_OF[head_lemma] != _KIND_OF[last]


# Kinds that name a body of any kind of their field: "the agency" is any public body ("the
# Tennessee Valley Authority ... the agency said"), so no name's last word sets it apart
_ANY_PUBLIC = frozenset({"agency"})


def other_named_kind(vocab: Vocabulary, head_lemma: str, last: str) -> bool:
    """Whether a name whose last word is ``last`` ("Authority") is, by the words names of each
    kind end in (``kind_name_heads``), a body of another kind than "the <head_lemma>":
    "the Atlanta-based railroad" is not "the Tennessee Valley Authority" (a utility's name), "the
    team" not "Chicago Public Schools" (a district's). Only for a kind whose own names are known."""
    lex = vocab.lexicons.get("kind_name_heads")
    entries = lex.entries if lex is not None else ()
    own = next((e for e in entries if e.name == head_lemma), None)
    if own is None or head_lemma in _ANY_PUBLIC or last.lower() == head_lemma or last in own.aliases:
        return False
    return any(last in e.aliases or last.lower() == e.name for e in entries if e is not own)
