"""A title with an "of" phrase before a person's name ("Secretary of State John Kerry"), read
apart from the rest of a mention (``mentions.describe``): where the title starts and which words
are the person's name, whichever way the parse hung them. A plural role word names no title one
person holds, so "The Friends of Harbour Road Library" is a body's name, not a title and a
person ("Road Library")."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence


def _plural_role(sent: Sentence, i: int, is_role: Callable[[str], bool]) -> bool:
    """The role word is plural: no title one person holds ("Friends", "Members")."""
    text = sent.words[i].text.lower()
    return "Number=Plur" in (sent.words[i].feats or "") or (
        text.endswith("s") and not text.endswith("ss") and is_role(text[:-1])
    )


def title_of_name(
    sent: Sentence, words: list[int], is_role: Callable[[str], bool] | None
) -> tuple[int, list[int]] | None:
    """ "Secretary of State John Kerry", "Minister of Finance Bill Morneau": a role word, "of",
    then capitalised words; the last two are the person's name (first name and surname), the
    rest is the title, whichever way the parse hung them (the title may sit just before the
    mention's words). Returns where the title starts and the name's words."""
    if is_role is None or not words:
        return None
    inside = set(words)
    start = min(words)
    if start >= 2 and sent.words[start - 1].text.lower() == "of" and is_role(sent.words[start - 2].lemma.lower()):
        inside |= {start - 2, start - 1}
    for i in sorted(inside):
        if not is_role(sent.words[i].lemma.lower()) or i + 1 not in inside or sent.words[i + 1].text.lower() != "of":
            continue
        if _plural_role(sent, i, is_role):
            continue  # (a body named for its members: "The Friends of Harbour Road Library")
        run = []
        j = i + 2
        while j in inside and sent.words[j].text[:1].isupper() and sent.words[j].upos == "PROPN":
            run.append(j)
            j += 1
        # (not when a name is set off after the body's: "The chief executive of Wenlow Valley
        # Hospitals, Alan Whitcombe,")
        apposed = any(sent.words[k].deprel == "appos" and sent.words[k].upos == "PROPN" for k in inside if k > j)
        if len(run) >= 3 and not apposed:
            return i, run[-2:]
    return None
