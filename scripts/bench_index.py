#!/usr/bin/env python
"""Quote index bench (issue #14) — a benchmark, not a test: numbers depend on the machine and its load.

1. build rate:  `provenance index` over a folder of articles with 1 and with 2 processes, each
                run with a fresh index and a fresh parse cache (so every article is parsed, and
                each process loads the model): wall time and articles/s, model loads included.
2. index scale: synthetic quotes (Zipf-distributed words, realistic lengths; 1 in 10 is another
                article's quote re-reported with a word dropped or changed, 1 in 20 carries a
                stock phrase) inserted as the indexer writes them (batches of 8 articles of 10
                quotes), then ``candidates`` for sampled quotes: insert and lookup time per quote,
                file size, and recall of the re-reported originals (is the source quote among the
                candidates?). ``--fts5`` adds the same lookup through an SQLite FTS5 table over the
                normalised text (rare-word OR query ranked by bm25) for comparison.

Articles for (1): ``--folder DIR``, or ``--dev N`` (N dev texts of ../shared/eval/ggt written to a
temporary folder, never into the repository)::

    .venv/bin/python scripts/bench_index.py --dev 20 --sizes 10000 100000 --fts5
    .venv/bin/python scripts/bench_index.py --folder corpus --sizes 1000000 --lookups 200
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from provenance.archive.records import ArticleMeta, QuoteRecord, normalise  # noqa: E402
from provenance.archive.store import QuoteIndex  # noqa: E402
from provenance.archive.terms import STOP_WORDS, content_words  # noqa: E402

DEV = REPO.parent / "shared" / "eval" / "ggt" / "dev.jsonl"
QUOTES_PER_ARTICLE = 10
ARTICLES_PER_BATCH = 8  # as provenance.archive.build.BATCH
STOCK = ["at the end of the day", "we will not back down", "thoughts and prayers", "moving forward"]


# ---------------------------------------------------------------- 1. build rate


def dev_articles(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with DEV.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            record = json.loads(line)
            (folder / f"dev-{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    return folder


def build_rate(folder: Path, jobs: int, work: Path) -> dict[str, float]:
    env = {**os.environ, "PROVENANCE_CACHE_DIR": str(work / f"cache-{jobs}"), "OMP_NUM_THREADS": "1"}
    db = work / f"index-{jobs}.sqlite"
    cmd = [sys.executable, "-m", "provenance", "index", str(folder), "--db", str(db), "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.run([*cmd, "--format", "json"], capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 2):
        raise SystemExit(f"index failed: {proc.stderr[-500:]}")
    out = json.loads(proc.stdout)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.rglob("*.txt"))
    return {
        "jobs": jobs,
        "articles": out["parsed"],
        "words": words,
        "seconds": round(wall, 1),
        "articles_per_s": round(out["parsed"] / wall, 2),
        "quotes": out["quotes_written"],
    }


# ---------------------------------------------------------------- 2. index scale


class Words:
    """A Zipf vocabulary: function words at the top ranks, then pseudo-words (Zipf s = 1: about half
    the words are function words, as in English news text)."""

    def __init__(self, rng: random.Random, size: int = 60_000) -> None:
        stops = sorted(STOP_WORDS - {"s", "t", "ll", "ve", "re", "d", "m"})
        syllables = ["ka", "ro", "mi", "ten", "sal", "dor", "vi", "nu", "pra", "gel", "tor", "lin", "has", "qui"]
        made: set[str] = set()
        while len(made) < size - len(stops):
            made.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 5))))
        tail = sorted(made)
        rng.shuffle(tail)  # ranks at random, not alphabetical
        self.vocab = stops + tail
        weights = [1 / (r + 1) for r in range(len(self.vocab))]
        total = sum(weights)
        self.cum = list(_accumulate(w / total for w in weights))
        self.rng = rng

    def sentence(self, n: int) -> str:
        return " ".join(self.vocab[_bisect(self.cum, self.rng.random())] for _ in range(n))


def _accumulate(values: Iterator[float]) -> Iterator[float]:
    s = 0.0
    for v in values:
        s += v
        yield s


def _bisect(cum: list[float], x: float) -> int:
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _variant(rng: random.Random, words: Words, text: str) -> str:
    tokens = text.split()
    i = rng.randrange(len(tokens))
    if rng.random() < 0.5 and len(tokens) > 5:
        del tokens[i]
    else:
        tokens[i] = words.sentence(1)
    return " ".join(tokens)


def synthetic_quotes(n: int, seed: int = 14) -> tuple[list[str], dict[int, int]]:
    """n quote texts, and {copy index: original index} for the re-reported ones."""
    rng = random.Random(seed)
    words = Words(rng)
    texts: list[str] = []
    copies: dict[int, int] = {}
    for i in range(n):
        if i > 100 and rng.random() < 0.1:
            j = rng.randrange(i - 100)  # an original from an earlier article
            texts.append(_variant(rng, words, texts[j]))
            copies[i] = j
            continue
        length = max(3, min(60, int(rng.lognormvariate(math.log(14), 0.6))))
        text = words.sentence(length)
        if rng.random() < 0.05:
            text = f"{text} {rng.choice(STOCK)}"
        texts.append(text)
    return texts, copies


def _record(path: str, i: int, text: str) -> QuoteRecord:
    return QuoteRecord(
        path, 100 * i, 100 * i + len(text), i + 1, 1, text, normalise(text), "direct", None, None, None, None, None
    )


def sizes(db: Path) -> dict[str, float]:
    """The index file and its write-ahead log, in MB."""
    wal = db.with_name(db.name + "-wal")
    return {
        "file_mb": round(db.stat().st_size / 1e6, 1),
        "wal_mb": round(wal.stat().st_size / 1e6, 1) if wal.exists() else 0.0,
    }


def waited() -> float:
    """Seconds this process has spent ready to run but waiting for a CPU (Linux schedstat; 0
    elsewhere): on a shared machine, wall time minus CPU time minus this is mostly disk wait."""
    try:
        with open("/proc/self/schedstat", encoding="ascii") as fh:
            return int(fh.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _clocks() -> tuple[float, float, float]:
    return time.perf_counter(), time.process_time(), waited()


@dataclass
class Progress:
    """Insert time so far, and lookups every ``every`` quotes: a run stopped early (10^6 on a
    loaded machine) still shows the insert rate and lookup latency at each size it reached."""

    texts: list[str]
    copies: dict[int, int]
    every: int
    k: int
    start: tuple[float, float, float] = field(default_factory=_clocks)  # wall, CPU, CPU wait
    probes: tuple[float, float, float] = (0.0, 0.0, 0.0)  # the same, spent in the lookups
    last: tuple[int, float] = (0, 0.0)
    next_at: int = 0  # report when this many quotes are in (set to ``every`` on creation)

    def __post_init__(self) -> None:
        self.next_at = self.every

    def inserting(self) -> tuple[float, float, float]:
        """Wall, CPU and CPU-wait seconds spent inserting so far."""
        return tuple(now - s - p for now, s, p in zip(_clocks(), self.start, self.probes))  # type: ignore[return-value]

    def report(self, index: QuoteIndex, done: int) -> None:
        index.merge_pending()  # what a reader opening the index now would find (insert time)
        wall, cpu, queued = self.inserting()
        step = 1000 * (wall - self.last[1]) / max(1, done - self.last[0])
        line: dict[str, object] = {
            "inserted": done,
            "insert_ms_per_quote": round(1000 * wall / done, 3),
            "cpu_ms_per_quote": round(1000 * cpu / done, 3),
            "cpu_wait_ms_per_quote": round(1000 * queued / done, 3),
            "last_step_ms_per_quote": round(step, 3),
            **sizes(Path(index.path)),
        }
        self.last = (done, wall)
        self.next_at = (done // self.every + 1) * self.every
        before = _clocks()
        inserted = {i: j for i, j in self.copies.items() if i < done}
        line["candidates"] = lookups(index, self.texts, inserted, self.k, seed=done) if self.k and inserted else {}
        self.probes = tuple(p + now - b for p, now, b in zip(self.probes, _clocks(), before))  # type: ignore[assignment]
        print(json.dumps({"progress": line}), file=sys.stderr, flush=True)


def fill(
    index: QuoteIndex,
    texts: list[str],
    per_batch: int = ARTICLES_PER_BATCH,
    progress: Progress | None = None,
    defer: bool = True,
) -> tuple[float, float, float]:
    """Insert as the indexer does (``per_batch`` articles a transaction, postings deferred and
    merged at the end unless ``defer`` is off); wall, CPU and waiting-for-a-CPU seconds per quote
    (the probe lookups left out, their merges counted)."""
    progress = progress or Progress([], {}, 0, 0)
    with index.deferring() if defer else contextlib.nullcontext():
        _fill(index, texts, per_batch, progress)
    wall, cpu, queued = progress.inserting()
    return wall / len(texts), cpu / len(texts), queued / len(texts)


def _fill(index: QuoteIndex, texts: list[str], per_batch: int, progress: Progress) -> None:
    batch: list[tuple[ArticleMeta, list[QuoteRecord]]] = []
    for a in range(0, len(texts), QUOTES_PER_ARTICLE):
        path = f"a{a // QUOTES_PER_ARTICLE:07d}.txt"
        meta = ArticleMeta(path, "0" * 64, None, "unknown", None, "unknown", ())
        batch.append((meta, [_record(path, k, t) for k, t in enumerate(texts[a : a + QUOTES_PER_ARTICLE])]))
        done = a + QUOTES_PER_ARTICLE
        if len(batch) == per_batch:
            index.replace_articles(batch)
            batch = []
        if progress.every and not batch and done >= progress.next_at:
            progress.report(index, done)
    if batch:
        index.replace_articles(batch)


def _ms(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {
        "median_ms": round(1000 * statistics.median(values), 2),
        "p95_ms": round(1000 * values[int(0.95 * (len(values) - 1))], 2),
        "mean_ms": round(1000 * statistics.fmean(values), 2),
    }


def _where(i: int) -> tuple[str, int]:
    return f"a{i // QUOTES_PER_ARTICLE:07d}.txt", 100 * (i % QUOTES_PER_ARTICLE)


def lookups(index: QuoteIndex, texts: list[str], copies: dict[int, int], k: int, seed: int) -> dict[str, float]:
    """``candidates`` for k re-reported quotes: time each, and whether the original is found."""
    rng = random.Random(seed)
    sample = rng.sample(sorted(copies), min(k, len(copies)))
    times: list[float] = []
    found = sizes = 0
    for i in sample:
        path, start = _where(i)
        rec = _record(path, i % QUOTES_PER_ARTICLE, texts[i])
        t = time.perf_counter()
        got = index.candidates(rec)
        times.append(time.perf_counter() - t)
        found += _where(copies[i]) in {(c.article, c.start) for c in got}
        sizes += len(got)
    return {**_ms(times), "recall": round(found / len(sample), 3), "mean_candidates": round(sizes / len(sample), 1)}


def fts5_lookups(index: QuoteIndex, texts: list[str], copies: dict[int, int], k: int, seed: int) -> dict[str, float]:
    """The alternative: FTS5 over the normalised text, the 8 rarest content words OR-ed, bm25."""
    conn = index.conn
    t = time.perf_counter()
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS qfts USING fts5(norm, content='quotes', content_rowid='id')")
    conn.execute("INSERT INTO qfts(qfts) VALUES ('rebuild')")
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS qvocab USING fts5vocab(qfts, 'row')")
    build = (time.perf_counter() - t) / len(texts)
    rng = random.Random(seed)
    sample = rng.sample(sorted(copies), min(k, len(copies)))
    times: list[float] = []
    found = 0
    for i in sample:
        t = time.perf_counter()
        words = sorted(set(content_words(normalise(texts[i]))))
        dfs = {w: (conn.execute("SELECT doc FROM qvocab WHERE term = ?", (w,)).fetchone() or (0,))[0] for w in words}
        rare = sorted(words, key=lambda w: dfs[w])[:8]
        query = " OR ".join(f'"{w}"' for w in rare)
        rows = (
            conn.execute("SELECT rowid FROM qfts WHERE qfts MATCH ? ORDER BY bm25(qfts) LIMIT 50", (query,)).fetchall()
            if rare
            else []
        )
        times.append(time.perf_counter() - t)
        original = conn.execute(
            "SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article WHERE a.path = ? AND q.start_char = ?",
            _where(copies[i]),
        ).fetchone()
        found += original is not None and (original[0],) in rows
    return {"build_ms_per_quote": round(1000 * build, 3), **_ms(times), "recall": round(found / len(sample), 3)}


def scale(
    n: int, work: Path, k: int, fts5: bool, per_batch: int, every: int, keep: bool, defer: bool
) -> dict[str, object]:
    texts, copies = synthetic_quotes(n)
    db = work / f"scale-{n}.sqlite"
    with QuoteIndex.open(db) as index:
        progress = Progress(texts, copies, every, min(k, 200)) if every else None
        insert, cpu, queued = fill(index, texts, per_batch, progress, defer)
        result: dict[str, object] = {
            "quotes": len(index),
            "postings": "deferred, merged at the end" if defer else "direct",
            "articles_per_transaction": per_batch,
            "insert_ms_per_quote": round(1000 * insert, 3),
            "insert_cpu_ms_per_quote": round(1000 * cpu, 3),
            "insert_cpu_wait_ms_per_quote": round(1000 * queued, 3),
            **sizes(db),
            "candidates": lookups(index, texts, copies, k, seed=n),
        }
        if fts5:
            result["fts5"] = fts5_lookups(index, texts, copies, k, seed=n)
    if not keep:
        for p in work.glob(f"scale-{n}.sqlite*"):
            p.unlink()
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = ap.add_mutually_exclusive_group()
    source.add_argument("--folder", type=Path, help="articles for the build-rate runs")
    source.add_argument("--dev", type=int, metavar="N", help="N dev texts of ../shared/eval/ggt (temporary copy)")
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="process counts for the build rate")
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--lookups", type=int, default=500, help="candidate lookups timed per size")
    ap.add_argument("--fts5", action="store_true", help="also time the FTS5 alternative")
    ap.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    ap.add_argument("--batch", type=int, default=ARTICLES_PER_BATCH, help="articles of 10 quotes per transaction")
    ap.add_argument("--every", type=int, default=100_000, help="progress and 200 lookups every N quotes (0: none)")
    ap.add_argument("--keep", action="store_true", help="keep each index file (in --work) after its run")
    ap.add_argument("--direct", action="store_true", help="write postings directly (no deferred merge): the old path")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-index-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        folder = dev_articles(work / "articles", args.dev) if args.dev else args.folder
        if folder is not None:
            for jobs in args.jobs:
                print(json.dumps({"build": build_rate(folder, jobs, work)}), flush=True)
        for n in args.sizes:
            print(
                json.dumps(
                    {
                        "scale": scale(
                            n, work, args.lookups, args.fts5, args.batch, args.every, args.keep, not args.direct
                        )
                    }
                ),
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
