"""``provenance eval``: score extraction against gold quotes (JSONL, one article per line).

Gold format (as in ../shared/eval/*/dev.jsonl): ``{"id", "text", "quotes": [{"start", "end",
"kind", "speaker", "speaker_start", "speaker_end", "speaker_canonical"?}]}``.

A predicted and a gold quote match when |overlap| / |reference| exceeds the threshold, where
the reference is the gold span for recall and the predicted span for precision; matching is
one-to-one (largest overlaps first). Speaker accuracy is over gold quotes matched at 0.3: the
speaker is right if the spans overlap or the predicted name shares a word with the gold
canonical speaker (or the gold mention when there is no canonical name). A quote with no
speaker, or only an impersonal frame ("reportedly"), is right when the gold quote has none.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import regex

from provenance.document import make_document
from provenance.errors import ProvenanceError
from provenance.pipeline import Analysis, analyse
from provenance.records import ArticleResult, Quote

THRESHOLDS = (0.3, 0.8)
KINDS = ("direct", "mixed", "indirect")
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "mr",
    "mrs",
    "ms",
    "dr",
    "said",
    "says",
    "he",
    "she",
    "they",
    "it",
    "his",
    "her",
    "their",
    "its",
    "who",
    "to",
    "in",
    "for",
    "on",
    "at",
    "by",
    "with",
    "from",
}


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    gold_hit: int = 0
    pred_hit: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.pred_hit / self.pred if self.pred else 0.0
        r = self.gold_hit / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    by_threshold: dict[float, Counts] = field(default_factory=lambda: {t: Counts() for t in THRESHOLDS})
    by_kind: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})  # at 0.3
    speaker_total: int = 0
    speaker_right: int = 0
    docs: int = 0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def one_to_one(refs: list[tuple[int, int]], others: list[tuple[int, int]], threshold: float) -> dict[int, int]:
    """Match each reference span to at most one other span (ratio over the reference)."""
    pairs = []
    for i, r in enumerate(refs):
        length = max(1, r[1] - r[0])
        for j, o in enumerate(others):
            ov = _overlap(r, o)
            if ov / length > threshold:
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    used_r: dict[int, int] = {}
    used_o: set[int] = set()
    for _, i, j in pairs:
        if i not in used_r and j not in used_o:
            used_r[i] = j
            used_o.add(j)
    return used_r


def _words(s: str | None) -> set[str]:
    return {w for w in regex.findall(r"[\p{L}\p{N}]+", (s or "").lower()) if w not in _STOP and len(w) > 1}


def speaker_right(gold: dict, pred: Quote) -> bool:
    sp = pred.speaker
    g_has = gold.get("speaker_start") is not None or gold.get("speaker_canonical") or gold.get("speaker")
    # (an impersonal frame, "reportedly", "is widely seen as", names nobody: the speaker is the
    # frame's words only so that the sources layer can call the statement vague)
    if sp is None or (pred.evidence is not None and pred.evidence.speaker_link == "frame"):
        return not g_has
    if gold.get("speaker_start") is not None and gold.get("speaker_end") is not None:
        if _overlap((sp.start, sp.end), (gold["speaker_start"], gold["speaker_end"])) > 0:
            return True
    target = gold.get("speaker_canonical") or gold.get("speaker")
    return bool(_words(sp.name) & _words(target))


def score_document(gold_doc: dict, result: ArticleResult, score: Score, errors: list | None = None) -> None:
    gold = [q for q in gold_doc.get("quotes", []) if q.get("end", 0) > q.get("start", 0)]
    pred = result.quotes
    g_spans = [(q["start"], q["end"]) for q in gold]
    p_spans = [(q.start, q.end) for q in pred]
    score.docs += 1
    for t in THRESHOLDS:
        c = score.by_threshold[t]
        rec = one_to_one(g_spans, p_spans, t)
        prec = one_to_one(p_spans, g_spans, t)
        c.gold += len(gold)
        c.pred += len(pred)
        c.gold_hit += len(rec)
        c.pred_hit += len(prec)
        if t == 0.3:
            _score_kinds(score, gold, pred, rec, prec)
            _score_speakers(score, gold_doc, gold, pred, rec, errors)
            if errors is not None:
                errors.extend(_span_errors(gold_doc, gold, pred, rec, prec))


def _score_kinds(score: Score, gold: list[dict], pred: list[Quote], rec: dict[int, int], prec: dict[int, int]) -> None:
    for i, q in enumerate(gold):
        k = score.by_kind.get(q.get("kind", ""))
        if k is not None:
            k.gold += 1
            k.gold_hit += i in rec
    for j, p in enumerate(pred):
        k = score.by_kind[p.kind]
        k.pred += 1
        k.pred_hit += j in prec


def _score_speakers(
    score: Score, gold_doc: dict, gold: list[dict], pred: list[Quote], rec: dict[int, int], errors: list | None
) -> None:
    for i, j in rec.items():
        score.speaker_total += 1
        ok = speaker_right(gold[i], pred[j])
        score.speaker_right += ok
        if errors is not None and not ok:
            sp = pred[j].speaker
            errors.append(
                {
                    "id": gold_doc.get("id"),
                    "type": "speaker",
                    "quote": gold[i].get("text", "")[:200],
                    "gold": gold[i].get("speaker_canonical") or gold[i].get("speaker"),
                    "pred": sp.text if sp else None,
                    "pred_name": sp.name if sp else None,
                    "rule": pred[j].rule,
                }
            )


def _span_errors(
    gold_doc: dict, gold: list[dict], pred: list[Quote], rec: dict[int, int], prec: dict[int, int]
) -> list[dict]:
    """Gold quotes no prediction matched, and predictions that match no gold quote."""
    doc_id = gold_doc.get("id")
    missed = [
        {"id": doc_id, "type": "missed", "kind": q.get("kind"), "quote": q.get("text", "")[:300],
         "cue": q.get("cue"), "speaker": q.get("speaker")}
        for i, q in enumerate(gold)
        if i not in rec
    ]  # fmt: skip
    spurious = [
        {"id": doc_id, "type": "spurious", "kind": p.kind, "quote": p.text[:300], "rule": p.rule,
         "cue": p.cue.text if p.cue else None}
        for j, p in enumerate(pred)
        if j not in prec
    ]  # fmt: skip
    return missed + spurious


def load_gold(path: str, limit: int | None = None) -> list[dict]:
    p = Path(path)
    if not p.is_file():
        raise ProvenanceError("gold file not found", path)
    docs = []
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as err:
                raise ProvenanceError(f"invalid JSON ({err.msg})", path, n) from None
            if not isinstance(d, dict) or "text" not in d:
                raise ProvenanceError("each line must be an object with 'text' and 'quotes'", path, n)
            docs.append(d)
            if limit and len(docs) >= limit:
                break
    return docs


def evaluate(gold_docs: list[dict], analysis: Analysis, errors: list | None = None) -> Score:
    docs = [make_document(d["text"], str(d.get("id", i)), markdown=False) for i, d in enumerate(gold_docs)]
    results = analyse(docs, analysis=analysis)
    score = Score()
    for g, r in zip(gold_docs, results):
        score_document(g, r, score, errors)
    return score


def format_score(name: str, s: Score) -> str:
    lines = [f"{name}: {s.docs} documents"]
    lines.append("| overlap | gold | predicted | precision | recall | F1 |")
    lines.append("|---|---|---|---|---|---|")
    for t, c in s.by_threshold.items():
        p, r, f = c.prf()
        lines.append(f"| > {t} | {c.gold} | {c.pred} | {p:.3f} | {r:.3f} | {f:.3f} |")
    acc = s.speaker_right / s.speaker_total if s.speaker_total else 0.0
    lines.append(f"speaker accuracy (matched at 0.3): {acc:.3f} ({s.speaker_right}/{s.speaker_total})")
    lines.append("| kind (overlap > 0.3) | gold | predicted | precision | recall | F1 |")
    lines.append("|---|---|---|---|---|---|")
    for k, c in s.by_kind.items():
        p, r, f = c.prf()
        lines.append(f"| {k} | {c.gold} | {c.pred} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    analysis = Analysis.create(model=args.model, use_cache=not args.no_cache)
    all_errors: list | None = [] if args.errors else None
    for path in args.gold:
        s = evaluate(load_gold(path, args.limit), analysis, all_errors)
        print(format_score(path, s))
        print()
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as fh:
            for e in all_errors or []:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    st = analysis.parser.stats
    print(f"parsed {st.parsed_words} words ({st.cached}/{st.paragraphs} paragraphs from cache)", file=sys.stderr)
    return 0
