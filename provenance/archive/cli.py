"""`provenance index`: the thin CLI layer over the archive index.

Heavy modules (the index, the pipeline, Dask) are imported inside ``run_index`` only, so
``provenance --help`` does not pay for them.
"""

from __future__ import annotations

import argparse
import json
import sys

from provenance.options import add_model_options

DB_HELP = (
    "the index file (default: $PROVENANCE_INDEX, else the `index:` of the .provenance.yaml that applies "
    "to the first PATH, else provenance-index.sqlite in the current folder); created on first use"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "index",
        help="store every quote of an archive in a quote index (incremental)",
        description="Extract every quote of the given files and folders into a quote index (SQLite). "
        "Unchanged files (same content hash) are skipped; a killed run leaves whole articles only.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--db", metavar="FILE", help=DB_HELP)
    p.add_argument("--jobs", type=_positive, default=1, metavar="N", help="local worker processes (default 1)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="run on a Dask cluster (e.g. tcp://host:8786)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--date-key",
        action="append",
        metavar="KEY",
        help="front-matter key holding the date (repeatable; default: date, published, pubdate, published_at)",
    )
    p.add_argument(
        "--outlet-key",
        action="append",
        metavar="KEY",
        help="front-matter key holding the outlet (repeatable; default: outlet, source, publisher, publication)",
    )
    p.add_argument("--outlet", metavar="NAME", help="the outlet of articles that name none (recorded as 'config')")
    add_model_options(p)
    p.set_defaults(func=run_index)
    return p


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _configured_index(paths: list[str]) -> str | None:
    """The ``index:`` of the .provenance.yaml that applies to the first path (the file `check`
    reads the trace rules from), read as written: on the first run it does not exist yet, which
    the config's own validation (for `check`) rightly refuses."""
    import os
    from pathlib import Path

    from provenance.archive.store import DB_ENV
    from provenance.config import find_config
    from provenance.errors import ProvenanceError
    from provenance.yamlio import read_located_yaml

    if os.environ.get(DB_ENV) or not paths or paths[0] == "-":
        return None
    cfg = find_config(Path(paths[0]))
    if cfg is None:
        return None
    try:
        data = read_located_yaml(cfg)
    except (ProvenanceError, RecursionError):
        return None  # `check` reports a broken config; indexing still works with the default
    value = data.get("index") if isinstance(data, dict) else None
    return str(cfg.parent / value) if isinstance(value, str) and value.strip() else None


def run_index(args: argparse.Namespace) -> int:
    from provenance.archive.build import index_paths
    from provenance.archive.meta import DEFAULT_META_KEYS, MetaKeys
    from provenance.archive.store import QuoteIndex, default_db
    from provenance.errors import terminal_safe

    keys = MetaKeys(
        date=tuple(args.date_key or DEFAULT_META_KEYS.date),
        outlet=tuple(args.outlet_key or DEFAULT_META_KEYS.outlet),
        default_outlet=args.outlet,
    )
    db = default_db(args.db or _configured_index(args.paths))
    with QuoteIndex.open(db) as index:
        stats = index_paths(
            args.paths,
            index,
            jobs=args.jobs,
            scheduler=args.scheduler,
            model=args.model,
            use_cache=not args.no_cache,
            keys=keys,
        )
        total_quotes, total_articles = len(index), len(index.articles())
    for warning in stats.warnings:
        print(f"provenance: warning: {warning}", file=sys.stderr)
    for error in stats.errors:
        print(f"provenance: error: {terminal_safe(error)}", file=sys.stderr)
    if args.format == "json":
        out = {
            "db": str(db),
            "articles": stats.seen,
            "parsed": stats.parsed,
            "unchanged": stats.unchanged,
            "moved": stats.moved,
            "removed": stats.removed,
            "quotes_written": stats.quotes,
            "errors": stats.errors,
            "index": {"articles": total_articles, "quotes": total_quotes},
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(
            f"{stats.seen} articles: {stats.parsed} indexed, {stats.unchanged} unchanged, {stats.moved} moved, "
            f"{stats.removed} removed (file gone), {len(stats.errors)} errors; "
            f"{stats.quotes} quotes written. {terminal_safe(str(db))}: {total_articles} articles, {total_quotes} quotes"
        )
    return 2 if stats.errors else 0
