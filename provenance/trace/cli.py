"""`provenance trace`: the thin CLI layer over quote linking.

With ``--db`` the given articles are indexed into that index (incrementally: unchanged files are
not parsed again) and their quotes are linked to the whole archive. Without it, the given files
and folders are indexed in memory and linked among themselves. Heavy modules are imported in
``run_trace`` only, so ``provenance --help`` does not pay for them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from provenance.archive.cli import _positive
from provenance.options import add_model_options


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "trace",
        help="link each quote to its other appearances across articles",
        description="For each quote of the given articles: where else the statement appeared (oldest first), "
        "verbatim, altered (with the words changed) or paraphrased, the speaker on each side, and the "
        "earliest source. Without --db the given articles are linked among themselves.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--db", metavar="FILE", help="a quote index (provenance index); the given articles are added to it")
    p.add_argument("--format", choices=("text", "json", "html"), default="text")
    p.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="link on N local processes (with --db; default 1). Indexing new articles uses them too",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    add_model_options(p)
    p.set_defaults(func=run_trace)
    return p


def run_trace(args: argparse.Namespace) -> int:
    from provenance.archive.build import _display, index_paths
    from provenance.archive.store import QuoteIndex
    from provenance.config import ConfigCache
    from provenance.errors import ProvenanceError, terminal_safe
    from provenance.files import collect_files
    from provenance.trace.report import render
    from provenance.trace.run import trace

    if args.output and not Path(os.path.realpath(args.output)).parent.is_dir():
        raise ProvenanceError("the folder to write into does not exist", args.output)
    found = collect_files(args.paths, ConfigCache())
    if found.unreadable:
        bad = found.unreadable[0]
        raise ProvenanceError(bad.reason, bad.path)
    with QuoteIndex.open(args.db or ":memory:") as index:
        stats = index_paths(args.paths, index, jobs=args.jobs, model=args.model, use_cache=not args.no_cache)
        for warning in stats.warnings:
            print(f"provenance: warning: {terminal_safe(warning)}", file=sys.stderr)
        for error in stats.errors:
            print(f"provenance: error: {terminal_safe(error)}", file=sys.stderr)
        shown = [_display(f) for f in found.files]
        result = trace(index, [stats.stored.get(p, p) for p in shown], jobs=args.jobs)
    report = render(result, args.format)
    if args.output:
        try:
            Path(args.output).write_text(report, encoding="utf-8", errors="backslashreplace")
        except OSError as err:
            raise ProvenanceError(f"cannot write report ({err.strerror})", args.output) from None
    else:
        sys.stdout.write(report)
    return 2 if stats.errors else 0
