"""Number words inside names: "Formula One", "Channel Four", "the Six Nations" (name_runs; no
person's name ends in one, body_evidence)."""

from __future__ import annotations

from provenance.syntax.tree import Sentence

NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty hundred".split())


def number_in_name(sent: Sentence, i: int) -> bool:
    """A capitalised number word after a name's word ("Formula One") or, inside a sentence,
    before one ("the Six Nations"; not "Six people", nor a sentence's first word: "Five
    Palestinians were killed")."""
    if sent.words[i].text.lower() not in NUMBER_WORDS or not sent.words[i].text[:1].isupper():
        return False
    before = sent.words[i - 1] if i > 0 else None
    after = sent.words[i + 1] if i + 1 < len(sent.words) else None
    if before is not None and before.upos == "PROPN" and before.text[:1].isupper():
        return True
    return before is not None and after is not None and after.upos == "PROPN" and after.text[:1].isupper()
