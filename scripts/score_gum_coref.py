#!/usr/bin/env python3
"""Score provenance's entity layer (its per-article coreference) against GUM's coreference chains.

GUM (../shared/ud/GUM, MISC ``Entity=``) marks every mention of every entity, pronouns included,
with a document-scoped chain id.  provenance links far fewer mentions: names, the speakers of quotes
and what they resolve to (pronouns, short names, "the company"...).  So the score is over the
mentions provenance outputs:

* **matched**: a provenance mention matches the smallest gold mention that contains it (ending on
  the same word or containing its last word: "Jane Roe" inside the gold "Jane Roe , 42 ,");
* **link precision / recall** (pairwise): of the pairs of matched mentions that provenance puts in
  one entity, the share that share a gold chain; of the pairs of matched mentions that share a gold
  chain, the share provenance puts in one entity;
* **MUC and B³** on the same matched mentions (the usual coreference scores, restricted to them);
* **pronoun resolution**: for mentions linked with ``resolved_by: pronoun``, whether the entity's
  named mentions are in the pronoun's gold chain;
* **type agreement**: provenance's entity type against the gold mention type (person,
  organization, place...).

    python scripts/score_gum_coref.py --split test [--cmd '.venv/bin/provenance extract --format json']

The GUM documents are rebuilt as plain text (one paragraph a line block) in a temporary folder and
passed to the command; nothing from GUM is written into the project.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shlex
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance.models.ner import read_gum  # noqa: E402

FIRST_SECOND = {"i", "me", "my", "we", "us", "our", "you", "your"}
PRONOUNS = FIRST_SECOND | {
    "he",
    "she",
    "him",
    "her",
    "his",
    "hers",
    "they",
    "them",
    "their",
    "it",
    "its",
    "i",
    "we",
    "you",
}


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    chain: str
    type: str


@dataclass
class GoldDoc:
    name: str
    text: str
    mentions: list[GoldMention]


def build_docs(ud: Path, split: str) -> list[GoldDoc]:
    docs: dict[str, tuple[list[str], list[GoldMention]]] = {}
    order: list[str] = []
    for sent in read_gum(ud / "GUM" / f"en_gum-ud-{split}.conllu"):
        if sent.doc not in docs:
            docs[sent.doc] = ([], [])
            order.append(sent.doc)
        parts, mentions = docs[sent.doc]
        offset = sum(len(p) for p in parts)
        sep = "" if not parts else ("\n\n" if sent.new_paragraph else " ")
        offset += len(sep)
        starts: list[int] = []
        ends: list[int] = []
        pos = offset
        chunk = ""
        for word, space in zip(sent.words, sent.space_after, strict=True):
            starts.append(pos)
            chunk += word
            pos += len(word)
            ends.append(pos)
            if space:
                chunk += " "
                pos += 1
        parts.append(sep + chunk.rstrip(" "))
        for m in sent.mentions:
            mentions.append(GoldMention(starts[m.start], ends[m.end], m.chain, m.type))
    return [GoldDoc(name, "".join(docs[name][0]) + "\n", docs[name][1]) for name in order]


def match(start: int, end: int, gold: list[GoldMention]) -> GoldMention | None:
    """The smallest gold mention that contains [start, end) (allowing a trailing-space difference)."""
    best: GoldMention | None = None
    for g in gold:
        if g.start <= start and end <= g.end + 1:
            if best is None or (g.end - g.start) < (best.end - best.start):
                best = g
    return best


def muc(key: list[set[int]], response: list[set[int]]) -> tuple[float, float]:
    def part(a: list[set[int]], b: list[set[int]]) -> tuple[int, int]:
        num = den = 0
        where = {m: i for i, c in enumerate(b) for m in c}
        for c in a:
            parts = {where.get(m, ("single", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num, den

    rn, rd = part(key, response)
    pn, pd = part(response, key)
    return (pn / pd if pd else 0.0), (rn / rd if rd else 0.0)


def b_cubed(key: list[set[int]], response: list[set[int]]) -> tuple[float, float]:
    kc = {m: c for c in key for m in c}
    rc = {m: c for c in response for m in c}
    mentions = set(kc) | set(rc)
    p = sum(len(rc.get(m, {m}) & kc.get(m, {m})) / len(rc.get(m, {m})) for m in mentions) / max(1, len(mentions))
    r = sum(len(rc.get(m, {m}) & kc.get(m, {m})) / len(kc.get(m, {m})) for m in mentions) / max(1, len(mentions))
    return p, r


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    pair_tp: int = 0
    pair_pred: int = 0
    pair_gold: int = 0
    predicted_mentions: int = 0
    matched_mentions: int = 0
    key: list[set[int]] = field(default_factory=list)
    response: list[set[int]] = field(default_factory=list)
    # how each non-name mention was linked -> [right, total]: right when the entity's named
    # mentions are in that mention's gold chain
    by_how: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    types: Counter[tuple[str, str]] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)


def _score_entity(ent: dict, doc: GoldDoc, ids: dict[GoldMention, int], uid: Iterator[int], sc: Scores) -> set[int]:
    cluster: set[int] = set()
    named_chains: set[str] = set()
    linked: list[tuple[str, str, GoldMention]] = []
    for men in ent["mentions"]:
        sc.predicted_mentions += 1
        g = match(men["start"], men["end"], doc.mentions)
        if g is None:
            continue
        sc.matched_mentions += 1
        if g not in ids:
            ids[g] = next(uid)
        cluster.add(ids[g])
        sc.types[(ent["type"], g.type)] += 1
        if men.get("resolved_by") is None and men["text"].lower() not in PRONOUNS:
            named_chains.add(g.chain)
        else:
            linked.append((men.get("resolved_by") or "as written", men["text"].lower(), g))
    for how, word, g in linked:
        if named_chains:
            kind = "pronoun, 1st/2nd person" if word in FIRST_SECOND else how
            sc.by_how[kind][0] += g.chain in named_chains
            sc.by_how[kind][1] += 1
    return cluster


def score_documents(docs: list[GoldDoc], articles: list[dict], show: int) -> Scores:
    sc = Scores()
    uid = itertools.count()
    for doc, art in zip(docs, articles, strict=True):
        ids: dict[GoldMention, int] = {}
        response = [c for ent in art.get("entities", []) if (c := _score_entity(ent, doc, ids, uid, sc))]
        by_id = {v: k for k, v in ids.items()}
        chains: dict[str, set[int]] = defaultdict(set)
        for g, i in ids.items():
            chains[g.chain].add(i)
        sc.key += list(chains.values())
        sc.response += response
        for cluster in response:
            for a, b in itertools.combinations(sorted(cluster), 2):
                sc.pair_pred += 1
                same = by_id[a].chain == by_id[b].chain
                sc.pair_tp += same
                if not same and len(sc.wrong) < show:
                    ga, gb = by_id[a], by_id[b]
                    sc.wrong.append(f"{doc.name}: {doc.text[ga.start : ga.end]!r} ~ {doc.text[gb.start : gb.end]!r}")
        sc.pair_gold += sum(len(c) * (len(c) - 1) // 2 for c in chains.values())
    return sc


def report(sc: Scores, docs: list[GoldDoc], split: str) -> None:
    mp, mr = muc(sc.key, sc.response)
    bp, br = b_cubed(sc.key, sc.response)
    lp = sc.pair_tp / sc.pair_pred if sc.pair_pred else 0.0
    lr = sc.pair_tp / sc.pair_gold if sc.pair_gold else 0.0
    print(f"GUM {split}: {len(docs)} documents, {sum(len(d.mentions) for d in docs)} gold mentions")
    print(f"provenance mentions: {sc.predicted_mentions}, matched to a gold mention: {sc.matched_mentions}")
    print("| measure | precision | recall | F1 |")
    print("|---|---|---|---|")
    print(
        f"| links (pairs) | {lp:.3f} ({sc.pair_tp}/{sc.pair_pred}) | {lr:.3f} ({sc.pair_tp}/{sc.pair_gold}) "
        f"| {f1(lp, lr):.3f} |"
    )
    print(f"| MUC | {mp:.3f} | {mr:.3f} | {f1(mp, mr):.3f} |")
    print(f"| B³ | {bp:.3f} | {br:.3f} | {f1(bp, br):.3f} |")
    print("mentions linked to a named entity, by how (right = in the name's gold chain):")
    for how, (right, total) in sorted(sc.by_how.items(), key=lambda kv: -kv[1][1]):
        print(f"  {how:28s} {right}/{total}")
    agree = sum(n for (p, g), n in sc.types.items() if p == g)
    print(f"entity type = gold mention type: {agree}/{sum(sc.types.values())}")
    for (p, g), n in sc.types.most_common(12):
        print(f"  provenance {p:14s} gold {g:14s} {n}")
    for line in sc.wrong:
        print("wrong link:", line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "ud")
    ap.add_argument("--split", default="test", choices=["train", "dev", "test"])
    ap.add_argument("--cmd", default=".venv/bin/provenance extract --format json --no-progress")
    ap.add_argument("--show", type=int, default=0, help="print N wrong links")
    args = ap.parse_args(argv)

    docs = build_docs(args.ud, args.split)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, doc in enumerate(docs):
            path = Path(tmp) / f"{i:03d}.txt"
            path.write_text(doc.text, encoding="utf-8")
            paths.append(str(path))
        out = subprocess.run([*shlex.split(args.cmd), *paths], capture_output=True, text=True)
        if out.returncode not in (0, 1):
            print(out.stderr[-2000:], file=sys.stderr)
            return 2
        articles = json.loads(out.stdout)
    report(score_documents(docs, articles, args.show), docs, args.split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
