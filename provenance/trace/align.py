"""Word-level alignment of two renderings of a quote: where they overlap and what differs inside.

Quotes are cut: one article quotes a whole sentence, another its second half, a third the
first half and the next sentence. Cutting is not altering, so only the *overlap* is compared:
the matched words are found (longest common runs first, so a stray "the" far away never anchors
the alignment), runs close to each other form one overlap, and what lies between two runs of one
overlap is the alteration: words dropped, added, changed or reordered. What lies before the
first run or after the last is where one of the two was cut.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from rapidfuzz import fuzz

from provenance.trace.tokens import Words, content

DiffKind = Literal["dropped", "added", "changed", "reordered"]
# Two matched runs further apart than this (in words, on either side) are two overlaps, not one
# statement with words changed between them.
MAX_GAP = 4


@dataclass(frozen=True)
class DiffOp:
    """One alteration, read from the earlier rendering (a) to the later one (b)."""

    kind: DiffKind
    a: tuple[str, ...]  # the words as a writes them
    b: tuple[str, ...]  # the words as b writes them

    def reversed(self) -> DiffOp:
        """The same alteration read from b to a."""
        kind: DiffKind = "added" if self.kind == "dropped" else "dropped" if self.kind == "added" else self.kind
        return DiffOp(kind, self.b, self.a)

    def __str__(self) -> str:
        a, b = " ".join(self.a), " ".join(self.b)
        if self.kind == "dropped":
            return f"dropped: {a}"
        if self.kind == "added":
            return f"added: {b}"
        return f"{self.kind}: {a} -> {b}"


@dataclass(frozen=True)
class Alignment:
    """The overlap of two word sequences: token ranges [start, end) on each side, the matched
    word count and weight, and the alterations inside the overlap."""

    a_range: tuple[int, int]
    b_range: tuple[int, int]
    matched: int
    weight: float  # summed rarity of the matched words
    matched_content: int  # matched words that are not function words
    diff: tuple[DiffOp, ...]
    a_len: int
    b_len: int
    edge_changes: int = 0  # alterations at the very start or end (a phrase changed where both go on)

    @property
    def left_cut(self) -> int:
        """Words before the overlap on the side that has fewer: 0 when one of the two starts
        where the overlap starts (a clean cut)."""
        return min(self.a_range[0], self.b_range[0])

    @property
    def right_cut(self) -> int:
        return min(self.a_len - self.a_range[1], self.b_len - self.b_range[1])

    @property
    def edits(self) -> int:
        """Words dropped, added or changed inside the overlap; a reordering counts the words that
        moved ("jobs and wages" -> "wages and jobs": 2)."""
        return sum(
            sum(x != y for x, y in zip(op.a, op.b)) if op.kind == "reordered" else max(len(op.a), len(op.b))
            for op in self.diff
        )


Block = tuple[int, int, int]  # a start, b start, size
Gap = tuple[int, int, int, int]  # a start, a end, b start, b end


def _clusters(blocks: Sequence[Block]) -> list[list[Block]]:
    out: list[list[Block]] = []
    for blk in blocks:
        if out:
            pa, pb, ps = out[-1][-1]
            if blk[0] - (pa + ps) <= MAX_GAP and blk[1] - (pb + ps) <= MAX_GAP:
                out[-1].append(blk)
                continue
        out.append([blk])
    return out


def _trim(cluster: list[Block], a: Sequence[str]) -> list[Block]:
    """An edge run of function words only, cut off from the rest by words skipped on both sides,
    is a coincidence ("the" ... "bridge before winter"), not part of the overlap."""

    def bare(blk: Block) -> bool:
        return not any(content(t) for t in a[blk[0] : blk[0] + blk[2]])

    def gapped(x: Block, y: Block) -> bool:
        # Words skipped on both sides: the run is not where the other rendering continues.
        return y[0] > x[0] + x[2] and y[1] > x[1] + x[2]

    while len(cluster) > 1 and bare(cluster[0]) and gapped(cluster[0], cluster[1]):
        cluster = cluster[1:]
    while len(cluster) > 1 and bare(cluster[-1]) and gapped(cluster[-2], cluster[-1]):
        cluster = cluster[:-1]
    return cluster


def _ops(cluster: Sequence[Block]) -> list[Gap]:
    """The gaps between consecutive runs: (a start, a end, b start, b end)."""
    out = []
    for (pa, pb, ps), (na, nb, _) in zip(cluster, cluster[1:]):
        if na > pa + ps or nb > pb + ps:
            out.append((pa + ps, na, pb + ps, nb))
    return out


def _diff(gaps: list[Gap], a: Words, b: Words) -> tuple[DiffOp, ...]:
    """Gaps as alterations; words that leave one place and come back in another are reordered."""

    def norm(side: Words, s: int, e: int) -> Counter[str]:
        return Counter(side.norm[s:e])

    merged: list[tuple[DiffKind, int, int, int, int]] = []
    i = 0
    while i < len(gaps):
        a0, a1, b0, b1 = gaps[i]
        kind: DiffKind = "dropped" if b0 == b1 else "added" if a0 == a1 else "changed"
        for j in range(i, len(gaps)):
            ja1, jb1 = gaps[j][1], gaps[j][3]
            moved = sum((norm(a, g[0], g[1]) for g in gaps[i : j + 1]), Counter())
            came = sum((norm(b, g[2], g[3]) for g in gaps[i : j + 1]), Counter())
            if moved and moved == came:
                kind, a1, b1, i = "reordered", ja1, jb1, j
                break
        merged.append((kind, a0, a1, b0, b1))
        i += 1
    return tuple(DiffOp(k, a.surface[a0:a1], b.surface[b0:b1]) for k, a0, a1, b0, b1 in merged)


EDGE_WORDS = 2  # words at the very start or end of both renderings that may differ
EDGE_SIMILARITY = 60  # rapidfuzz ratio: "We have" / "We've", "taxes" / "tax"


def _edge(a: Sequence[str], b: Sequence[str], a_end: int, b_end: int) -> tuple[int, int] | None:
    """Before the overlap, both renderings go on: if the shorter lead-in is a word or two
    written like the other's last words ("We have" / "We've"), they are one changed phrase at
    the edge, not a cut. Returns how many words of a and of b that phrase takes, else None."""
    k = min(a_end, b_end)
    if not 1 <= k <= EDGE_WORDS:
        return None
    a_short = a_end <= b_end
    mine = (a if a_short else b)[a_end - k if a_short else b_end - k : a_end if a_short else b_end]
    theirs_all, t_end = (b, b_end) if a_short else (a, a_end)
    best: tuple[float, int] | None = None
    for n in range(max(1, k - 1), min(t_end, k + 1) + 1):
        score = fuzz.ratio(" ".join(mine), " ".join(theirs_all[t_end - n : t_end]))
        if score >= EDGE_SIMILARITY and (best is None or score > best[0]):
            best = (score, n)
    if best is None:
        return None
    return (k, best[1]) if a_short else (best[1], k)


def _with_edges(cluster: list[Block], a: Words, b: Words) -> tuple[tuple[int, int], tuple[int, int], list[Gap]]:
    """The overlap's ranges widened by a changed phrase at either edge, and those edge gaps."""
    (fa, fb, _), (la, lb, ls) = cluster[0], cluster[-1]
    gaps: list[Gap] = []
    lead = _edge(a.norm, b.norm, fa, fb)
    if lead is not None:
        gaps.append((fa - lead[0], fa, fb - lead[1], fb))
        fa, fb = fa - lead[0], fb - lead[1]
    ea, eb = la + ls, lb + ls
    # The end: the same test on the reversed remainders.
    tail = _edge(a.norm[::-1], b.norm[::-1], len(a) - ea, len(b) - eb)
    if tail is not None:
        gaps.append((ea, ea + tail[0], eb, eb + tail[1]))
        ea, eb = ea + tail[0], eb + tail[1]
    return (fa, ea), (fb, eb), gaps


def align(a: Words, b: Words, weight: Callable[[str], float]) -> Alignment | None:
    """The best overlap of ``a`` and ``b`` (most rare words matched), or None if none."""
    matcher = SequenceMatcher(None, a.norm, b.norm, autojunk=False)
    blocks = [(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size]
    if not blocks:
        return None
    best: tuple[float, int, list[Block]] | None = None
    for cluster in _clusters(blocks):
        cluster = _trim(cluster, a.norm)
        w = sum(weight(t) for x, _, s in cluster for t in a.norm[x : x + s])
        n = sum(s for _, _, s in cluster)
        if best is None or (w, n) > (best[0], best[1]):
            best = (w, n, cluster)
    assert best is not None
    weight_sum, n, cluster = best
    a_range, b_range, edges = _with_edges(cluster, a, b)
    gaps = sorted(_ops(cluster) + edges)
    return Alignment(
        a_range=a_range,
        b_range=b_range,
        matched=n,
        weight=weight_sum,
        matched_content=sum(1 for x, _, s in cluster for t in a.norm[x : x + s] if content(t)),
        diff=_diff(gaps, a, b),
        a_len=len(a),
        b_len=len(b),
        edge_changes=len(edges),
    )
