"""Other lines of one passage: a line reworded inside two quotes already linked on another line.

Two articles quote the same remarks, one as a long quote (a speaker recounting a conversation,
the lines nested in her own words), the other as a quote of its own lines. Once the two quotes
are linked on one line, they are known to render one passage; a second line of each, reworded
past what an alignment recognises ("I want you to know how much we value ..." / "I want to
thank you for everything ..."), is then the same line altered when it opens with the same words.
Only the two quotes already linked are searched, so an opening such as "I want" is evidence
here, never across the archive.
"""

from __future__ import annotations

from collections.abc import Sequence

from provenance.trace.align import DiffOp
from provenance.trace.tokens import Words, content, nested, sentence_parts

OPENING = 3  # words a reworded line keeps at its start, one of them a content word
MIN_LINE = 5  # words of each line


def _lines(text: str, w: Words, linked: tuple[int, int]) -> list[tuple[int, int]]:
    """Token ranges of the lines of a quote (nested quotations, sentences) that do not touch
    the linked words (token range ``linked``)."""
    out = []
    for lo, hi in [*nested(text, w), *sentence_parts(text, w)]:
        if hi - lo >= MIN_LINE and (hi <= linked[0] or lo >= linked[1]) and (lo, hi) not in out:
            out.append((lo, hi))
    return out


def _change(x: Words, y: Words) -> DiffOp:
    """What lies between the shared opening and any shared ending, as one change."""
    start = 0
    while start < min(len(x), len(y)) and x.norm[start] == y.norm[start]:
        start += 1
    end = 0
    while end < min(len(x), len(y)) - start and x.norm[-1 - end] == y.norm[-1 - end]:
        end += 1
    return DiffOp("changed", x.surface[start : len(x) - end], y.surface[start : len(y) - end])


def reworded_lines(
    a_text: str, wa: Words, a_linked: tuple[int, int], b_text: str, wb: Words, b_linked: tuple[int, int]
) -> list[tuple[tuple[int, int], tuple[int, int], DiffOp]]:
    """Pairs of lines (token ranges of ``wa`` and ``wb``) outside the linked words of two quotes
    that open with the same OPENING words (one a content word) and then differ; each line in one
    pair at most, first come first served."""
    out: list[tuple[tuple[int, int], tuple[int, int], DiffOp]] = []
    used_b: set[tuple[int, int]] = set()
    b_lines: Sequence[tuple[int, int]] = _lines(b_text, wb, b_linked)
    for ra in _lines(a_text, wa, a_linked):
        x = wa.part(*ra)
        opening = x.norm[:OPENING]
        if not any(content(t) for t in opening):
            continue
        for rb in b_lines:
            y = wb.part(*rb)
            if rb in used_b or y.norm[:OPENING] != opening or y.norm == x.norm:
                continue
            used_b.add(rb)
            out.append((ra, rb, _change(x, y)))
            break
    return out
