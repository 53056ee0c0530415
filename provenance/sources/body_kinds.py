"""Kinds of public or member body: "the council said" after "the East African Tea Trade
Association said" is another body (head_names.kind_fits), but "the union" after "the Association
of Flight Attendants" is that association, a union's name: the words of one kind go together.
"the agency" names any public body ("according to the agency" after "the Department of
Environmental Protection"), so it is no kind here, nor is "congress", a party's name as often as a
legislature's ("the All Progressives Congress ... the party said"); nor "party", "league" or
"alliance", whose names vary ("the Awami League ... the party said")."""

from __future__ import annotations

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
