#!/usr/bin/env python
"""Trace speed bench (issue #14) — a benchmark, not a test: numbers depend on the machine and its load.

How fast ``provenance.trace.run.trace`` links quotes to an index of a given size, with 1 and 2
processes, and the peak memory of each run (this process and, for 2, its worker processes).

- ``--size N``: a synthetic index of N quotes (the generator of scripts/bench_index.py: Zipf
  words, 1 in 10 quotes re-reported with a word dropped or changed), then the quotes of
  ``--articles K`` sampled articles (10 quotes each) are traced against all N. There are no
  article texts on disk, so this times the quote-to-quote linking (candidates, alignment,
  decision); the sentence search of `trace` needs real texts.
- ``--db FILE``: an existing index built by ``provenance index`` (the article files on disk):
  every article is traced, sentence search included — what ``provenance trace --db FILE``
  spends after indexing.

Each measurement runs in a fresh Python process so that its peak RSS is its own::

    .venv/bin/python scripts/bench_trace.py --size 100000 --articles 100
    .venv/bin/python scripts/bench_trace.py --db provenance-index.sqlite
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))


def _peak_mib() -> dict[str, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mib": round(me, 1), "peak_worker_rss_mib": round(kids, 1)}


def one_run(db: str, jobs: int, articles: int, seed: int) -> dict[str, object]:
    """In a fresh process: trace the sampled articles (all when ``articles`` is 0)."""
    from provenance.archive.store import QuoteIndex
    from provenance.trace.run import trace

    with QuoteIndex.open(db) as index:
        paths = [a.path for a in index.articles()]
        if articles:
            paths = sorted(random.Random(seed).sample(paths, min(articles, len(paths))))
        quotes = sum(len(index.records(article=p)) for p in paths)
        start = time.perf_counter()
        result = trace(index, paths, jobs=jobs)
        wall = time.perf_counter() - start
        size = len(index)
    return {
        "jobs": jobs,
        "index_quotes": size,
        "articles_traced": len(paths),
        "quotes_traced": quotes,
        "seconds": round(wall, 2),
        "quotes_per_s": round(quotes / wall, 1) if wall else None,
        "links": len(result.links),
        **_peak_mib(),
    }


def build_synthetic(db: Path, n: int) -> float:
    from bench_index import fill, synthetic_quotes

    from provenance.archive.store import QuoteIndex

    texts, _ = synthetic_quotes(n)
    with QuoteIndex.open(db) as index:
        return fill(index, texts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = ap.add_mutually_exclusive_group(required=True)
    source.add_argument("--size", type=int, help="quotes in a synthetic index")
    source.add_argument("--db", help="an existing index (its article files on disk)")
    ap.add_argument("--articles", type=int, default=100, help="articles traced (synthetic; 0: all)")
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--one", type=int, metavar="JOBS", help=argparse.SUPPRESS)  # the child process
    ap.add_argument("--work", type=Path, help="scratch folder for the synthetic index (default: temporary)")
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(one_run(args.db, args.one, args.articles, args.seed)), flush=True)
        return 0
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    with tempfile.TemporaryDirectory(prefix="bench-trace-") as tmp:
        db, articles = args.db, args.articles
        if args.size:
            work = args.work or Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            db = str(work / f"trace-{args.size}.sqlite")
            insert = build_synthetic(Path(db), args.size)
            print(json.dumps({"built": {"quotes": args.size, "insert_ms_per_quote": round(1000 * insert, 3)}}))
        else:
            articles = 0  # every article of the index
        for jobs in args.jobs:
            cmd = [sys.executable, __file__, "--db", db, "--one", str(jobs), "--articles", str(articles)]
            cmd += ["--seed", str(args.seed)]
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
            if proc.returncode != 0:
                raise SystemExit(f"trace run failed: {proc.stderr[-800:]}")
            print(json.dumps({"trace": json.loads(proc.stdout.strip().splitlines()[-1])}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
