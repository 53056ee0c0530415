#!/usr/bin/env python
"""Stress bench (issue #18) — a benchmark, not a test: numbers depend on the machine and its load.

1. serial:         one `provenance check` over N articles, fresh cache (the reference output);
2. parallel, cold: P `check` processes at once over the same articles (split as pre-commit
                   splits files), all sharing one fresh cache;
3. parallel, warm: the same P processes again over the now-filled shared cache;
4. big input:      one file of B MB (article text repeated) at the default limits.

For each: wall time, peak resident memory of the largest process (getrusage via wait4), and
whether the findings are identical to the serial run's. Articles are the dev texts of
../shared/eval/ggt and ../shared/eval/polnear, written to a temporary folder (never into the
repository)::

    .venv/bin/python scripts/stress_bench.py                  # 200 articles, 8 processes, 100 MB
    .venv/bin/python scripts/stress_bench.py --articles 40 --procs 4 --big-mb 0
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "eval"
SOURCES = [SHARED / "ggt" / "dev.jsonl", SHARED / "polnear" / "dev.jsonl"]
PROVENANCE = [sys.executable, "-m", "provenance"]


def write_articles(folder: Path, n: int) -> list[Path]:
    paths: list[Path] = []
    for source in SOURCES:
        with source.open(encoding="utf-8") as fh:
            for line in fh:
                if len(paths) >= n:
                    return paths
                record = json.loads(line)
                path = folder / f"{source.parent.name}-{record['id']}.txt"
                path.write_text(record["text"], encoding="utf-8")
                paths.append(path)
    return paths


def snapshot(work: Path) -> Path:
    """A copy of the code and rules as they are now: every run of the bench uses the same code
    even while the working tree changes (a first run compared outputs across a rule change)."""
    import shutil

    src = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "provenance", src / "provenance", ignore=ignore)
    shutil.copytree(REPO / "rules", src / "provenance" / "_rules", ignore=ignore)
    return src


SNAPSHOT: Path | None = None


def start(files: list[Path], cache: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PROVENANCE_CACHE_DIR": str(cache)}
    if SNAPSHOT is not None:
        env["PYTHONPATH"] = str(SNAPSHOT)
    # one process per check (no --jobs workers, whose memory wait4 would not count), as a hook runs
    cmd = [*PROVENANCE, "check", "--format", "json", "-o", str(out), "--fail-on", "never", "--jobs", "1"]
    cmd += ["--no-progress", "--", *map(str, files)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_all(procs: list[subprocess.Popen]) -> tuple[int, list[int], list[str]]:
    """Wait for every process; the largest peak RSS (bytes), exit codes, and stderr tails."""
    peak, codes, errors = 0, [], []
    for p in procs:
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        peak = max(peak, usage.ru_maxrss * 1024)  # KiB on Linux
        codes.append(p.returncode)
        errors.append(p.stderr.read().decode("utf-8", "replace")[-500:] if p.stderr else "")
    return peak, codes, errors


def findings(outputs: list[Path]) -> list[tuple]:
    out = []
    for path in outputs:
        for f in json.loads(path.read_text(encoding="utf-8"))["findings"]:
            out.append((f["path"], f["line"], f["column"], f["rule"], f["level"], f["message"]))
    return sorted(out)


def run_step(name: str, chunks: list[list[Path]], cache: Path, work: Path) -> dict:
    outs = [work / f"{name}-{i}.json" for i in range(len(chunks))]
    t0 = time.perf_counter()
    procs = [start(chunk, cache, out) for chunk, out in zip(chunks, outs)]
    peak, codes, errors = wait_all(procs)
    seconds = time.perf_counter() - t0
    if any(codes):
        for code, err in zip(codes, errors):
            if code:
                print(f"{name}: exit {code}: {err}", file=sys.stderr)
    return {"step": name, "procs": len(chunks), "seconds": seconds, "peak": peak, "codes": codes, "outs": outs}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--procs", type=int, default=8)
    ap.add_argument("--big-mb", type=int, default=100, help="size of the big input in MB (0: skip)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    global SNAPSHOT
    work = Path(tempfile.mkdtemp(prefix="provenance-stress-"))
    SNAPSHOT = snapshot(work)
    articles = work / "articles"
    articles.mkdir()
    files = write_articles(articles, args.articles)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    print(f"{len(files)} articles, {words:,} words, {args.procs} processes; work folder {work}", flush=True)
    rows = []
    serial = run_step("serial", [files], work / "cache-serial", work)
    rows.append(serial)
    print(f"serial: {serial['seconds']:.1f} s", flush=True)
    # pre-commit hands each parallel hook process a slice of the file list.
    chunks = [files[i :: args.procs] for i in range(args.procs)]
    shared = work / "cache-shared"
    for name in ("parallel-cold", "parallel-warm"):
        step = run_step(name, chunks, shared, work)
        rows.append(step)
        print(f"{name}: {step['seconds']:.1f} s", flush=True)
    reference = findings(serial["outs"])
    if args.big_mb:
        big = work / "big" / "big.txt"
        big.parent.mkdir()
        block = "\n\n".join(p.read_text(encoding="utf-8") for p in files[:20]) + "\n\n"
        with big.open("w", encoding="utf-8") as fh:
            written = 0
            while written < args.big_mb * 1_000_000:
                fh.write(block)
                written += len(block.encode("utf-8"))
        step = run_step("big-input", [[big]], work / "cache-big", work)
        step["note"] = f"{big.stat().st_size / 1e6:.0f} MB: " + ", ".join(
            sorted({f[3] for f in findings(step["outs"])})
        )
        rows.append(step)
    print("\n| step | processes | wall time | peak RSS (largest process) | exit codes | findings identical to serial |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        same = (
            "—" if row["step"] in ("serial", "big-input") else ("yes" if findings(row["outs"]) == reference else "NO")
        )
        note = f" ({row['note']})" if row.get("note") else ""
        print(
            f"| {row['step']}{note} | {row['procs']} | {row['seconds']:.1f} s | {row['peak'] / 2**20:.0f} MiB | "
            f"{sorted(set(row['codes']))} | {same} |"
        )
    print(f"\nserial findings: {len(reference)}")
    identical = all(findings(r["outs"]) == reference for r in rows[1:3])
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
