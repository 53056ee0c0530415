"""Scores of a mention tagger against GUM's tags: exact typed spans, and per word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Typed spans of a BIOES (or BIO) tag sequence; a broken sequence yields what it can."""
    out: set[tuple[int, int, str]] = set()
    start: int | None = None
    label = ""
    for i, tag in enumerate(tags):
        kind, _, typ = tag.partition("-")
        if kind in ("S", "B") or (kind == "I" and (start is None or typ != label)):
            if start is not None:
                out.add((start, i - 1, label))
            start, label = i, typ
            if kind == "S":
                out.add((i, i, typ))
                start = None
        elif kind == "E":
            if start is not None and typ == label:
                out.add((start, i, typ))
            else:
                out.add((i, i, typ))
            start = None
        elif kind == "O":
            if start is not None:
                out.add((start, i - 1, label))
            start = None
    if start is not None:
        out.add((start, len(tags) - 1, label))
    return out


@dataclass
class TypeScore:
    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, TypeScore]:
    """Exact-span scores per type and over all types (key "all")."""
    table: dict[str, TypeScore] = {}
    total = TypeScore()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs:
            table.setdefault(s[2], TypeScore()).gold += 1
        for s in ps:
            table.setdefault(s[2], TypeScore()).predicted += 1
        for s in gs & ps:
            table[s[2]].correct += 1
        total.gold += len(gs)
        total.predicted += len(ps)
        total.correct += len(gs & ps)
    table["all"] = total
    return table


def token_scores(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, TypeScore]:
    """Per word: is it inside a mention of type T? (what a reader of one word's type needs: the
    speaker candidate's head is "in a person mention" even when the span's edges are off)."""
    table: dict[str, TypeScore] = {}
    for g_sent, p_sent in zip(gold, pred, strict=True):
        for g, p in zip(g_sent, p_sent, strict=True):
            gt, pt = g.partition("-")[2], p.partition("-")[2]
            if gt:
                table.setdefault(gt, TypeScore()).gold += 1
            if pt:
                table.setdefault(pt, TypeScore()).predicted += 1
            if gt and gt == pt:
                table[gt].correct += 1
    total = TypeScore(
        sum(s.gold for s in table.values()),
        sum(s.predicted for s in table.values()),
        sum(s.correct for s in table.values()),
    )
    table["all"] = total
    return table


def format_scores(table: dict[str, TypeScore]) -> str:
    lines = ["| type | gold | predicted | P | R | F1 |", "|---|---|---|---|---|---|"]
    for typ in sorted(table, key=lambda t: (t == "all", -table[t].gold)):
        s = table[typ]
        lines.append(f"| {typ.lower()} | {s.gold} | {s.predicted} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
    return "\n".join(lines)
