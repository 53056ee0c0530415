"""A nickname in quote marks between the words of a name ('Dolores "Dee" Marchetti'): the marks
belong to the name, not to a quote (moved out of name_runs, which joins the name's words)."""

from __future__ import annotations

from provenance.syntax.tree import Sentence


def nickname_mark(sent: Sentence, i: int) -> bool:
    """A quote mark around a one-word nickname between name words: 'Dolores "Dee" Marchetti'."""
    w = [x.text for x in sent.words]

    def fits(k: int) -> bool:  # (the opening mark at k: name, mark, nickname, mark, name)
        return (
            0 < k
            and k + 3 < len(w)
            and w[k] in _MARKS
            and w[k + 2] in _MARKS
            and all(w[j][:1].isupper() for j in (k - 1, k + 1, k + 3))
        )

    return fits(i) or fits(i - 2)


_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
