"""`provenance check`: the command-line layer of the checker (`provenance rules` is rules_cli).

The steps only look backwards: collect files → read each under its configuration's limits →
analyse → evaluate the rules → suppressions and baseline → one report. Usage and configuration
problems are found before the slow analysis starts and are one-line errors (exit 2); a file that
cannot be read or is too large is a finding for that file, and every other file is still checked.
Checked files are only ever read.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.config import DEFAULT_INCLUDE, Config, ConfigCache
from provenance.errors import ProvenanceError
from provenance.files import STDIN, FileList, collect_files
from provenance.kinds import FAIL_ON_CHOICES, LEVELS
from provenance.options import add_jobs_option, add_model_options
from provenance.records import ArticleResult
from provenance.report import FORMATS  # one list: a new renderer is a new --format
from provenance.report.style import COLOR_CHOICES, OUTPUT_FORMATS, text_style
from provenance.selection import Selection

# The checker itself (rules, evaluation, suppressions) is imported when a check runs, not when
# the command line is built: `provenance extract` and the other commands never load it (issue #17).
if TYPE_CHECKING:
    from provenance.checker.reading import ReadFile
    from provenance.checker.results import ArticleCheck, CheckRun
    from provenance.checker.run import check_documents
    from provenance.document import Document
    from provenance.policy import FileIssue

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


# --------------------------------------------------------------------------- arguments


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to check; - reads standard input")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        default=None,
        help="exit 1 when a finding is at or above this level (default: the config's fail-on, else error)",
    )
    parser.add_argument("--config", metavar="FILE", help="use this .provenance.yaml instead of looking for one")
    parser.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="which files to take from folders (repeatable; default: the config's include, else *.md *.markdown *.txt)",
    )
    parser.add_argument(
        "--index",
        metavar="FILE",
        help="a quote index (provenance index): link quotes to their other appearances for the trace rules "
        "(default: the config's index)",
    )
    parser.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in this baseline file")
    parser.add_argument("--write-baseline", metavar="FILE", help="record the current findings in FILE and exit 0")
    parser.add_argument("--stdin-filename", metavar="NAME", help="name standard input (for config lookup and Markdown)")
    add_model_options(parser)
    add_jobs_option(parser)
    _add_selection_arguments(parser)
    parser.add_argument("-q", "--quiet", action="store_true", help="text format: print findings only, no summary")
    parser.add_argument(
        "--color",
        choices=COLOR_CHOICES,
        default="auto",
        help="colour in the text format: auto (a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), "
        "always, never",
    )
    parser.add_argument(
        "--output-format",
        choices=OUTPUT_FORMATS,
        default="auto",
        help="text format: full (each finding with its line and a caret) or concise (one line per finding); "
        "auto: full on a terminal, concise in a pipe or file",
    )
    parser.add_argument(
        "--statistics",
        action="store_true",
        help="text format: also print the number of findings per rule (JSON always has summary.statistics)",
    )


def _rule_ids(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _add_selection_arguments(parser: argparse.ArgumentParser) -> None:
    # ruff's names and meaning; the config's select / ignore / extend-select / min-level are the defaults
    group = parser.add_argument_group("which findings to show (over the config's settings)")
    group.add_argument("--select", type=_rule_ids, metavar="RULE,...", help="show only these rules (ALL: every rule)")
    group.add_argument(
        "--extend-select", type=_rule_ids, action="extend", default=[], metavar="RULE,...", help="also show these rules"
    )
    group.add_argument(
        "--ignore", type=_rule_ids, action="extend", default=[], metavar="RULE,...", help="hide these rules"
    )
    group.add_argument("--min-level", choices=LEVELS, help="hide findings below this level")


def _selection(args: argparse.Namespace) -> Selection | None:
    select, extend, ignore = (
        getattr(args, "select", None),
        getattr(args, "extend_select", []),
        getattr(args, "ignore", []),
    )
    min_level = getattr(args, "min_level", None)
    if select is None and not extend and not ignore and min_level is None:
        return None
    return Selection(tuple(select) if select is not None else None, tuple(ignore), tuple(extend), min_level)


# --------------------------------------------------------------------------- check command


def _err(message: str) -> None:
    print(f"provenance: error: {message}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"provenance: warning: {message}", file=sys.stderr)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    except OSError:
        return False


def _encoded(report: str) -> bytes:
    # A file name that is not UTF-8 reaches here as surrogate escapes; it is written as a visible
    # \udcXX escape (valid in JSON and SARIF too) rather than failing the whole report.
    return report.encode("utf-8", "backslashreplace")


def _emit(report: str, output: str | None) -> None:
    data = _encoded(report)
    if output:
        try:
            Path(output).write_bytes(data)
        except OSError as err:
            raise ProvenanceError(f"cannot write report ({err.strerror})", output) from None
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (some test harnesses, embedded use)
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return
    sys.stdout.flush()
    buffer.write(data)
    buffer.flush()


def run_check(args: argparse.Namespace) -> int:
    """Exit 0 when clean (below fail-on), 1 with failing findings, 2 on any usage/config error."""
    try:
        return _run_check(args)
    except ProvenanceError as err:
        _err(str(err))
        return EXIT_USAGE


def _check_targets(args: argparse.Namespace, files: list[str]) -> None:
    for target in (args.output, args.write_baseline):
        if target and any(f != STDIN and _same_file(f, target) for f in files):
            raise ProvenanceError("refusing to overwrite a file that is being checked", target)
        # Fail before the slow analysis rather than after it.
        if target and not Path(os.path.realpath(target)).parent.is_dir():
            raise ProvenanceError("the folder to write into does not exist", target)


def _collect(args: argparse.Namespace, cache: ConfigCache) -> FileList:
    paths: list[str] = list(args.paths)
    if paths.count(STDIN) > 1:
        raise ProvenanceError("standard input (-) can only be read once")
    found = collect_files(paths, cache, args.glob)
    for warning in found.warnings:
        _warn(warning)
    return found


def _read_all(found: FileList, cache: ConfigCache, stdin_name: str | None) -> tuple[list[ReadFile], list[Config]]:
    from provenance.checker.reading import read_checked, unread

    configs: list[Config] = []
    reads: list[ReadFile] = []
    for p in found.files:
        cfg = cache.for_file(Path(stdin_name or ".") if p == STDIN else Path(p))
        configs.append(cfg)
        reads.append(read_checked(p, cfg, stdin_name))
    for bad in found.unreadable:
        configs.append(cache.for_file(Path(bad.path)))
        reads.append(unread(bad.path, "read-error", bad.reason))
    return reads, configs


def _cached_results(
    docs: list[Document], configs: list[Config], issues: list[list[FileIssue]], args: argparse.Namespace
) -> tuple[list[ArticleResult | None] | None, AbstractContextManager[None]]:
    """Each analysed article's result from the result cache (provenance.resultcache), None for a
    miss, and a context in which check_documents analyses only the misses (in --jobs workers too)
    and stores what the pipeline vouches for. When every article hits, the check imports and runs
    no analysis; the rules and the configuration are checked before any analysis starts."""
    from provenance.resultcache import ResultCache, default_parser

    use_cache = not args.no_cache
    todo = [i for i in range(len(docs)) if not issues[i]]
    if not use_cache or not todo:
        return None, contextlib.nullcontext()
    cache = ResultCache.open(default_parser(args.model, use_cache), use_cache)
    if cache is None:
        return None, contextlib.nullcontext()
    results: list[ArticleResult | None] = [None] * len(docs)
    for i in todo:
        results[i] = cache.lookup([docs[i]], configs[i].vocabulary)[0]
    return results, cache.expecting([docs[i] for i in todo if results[i] is None])


def _run_check(args: argparse.Namespace) -> int:
    from provenance.checker.run import check_documents
    from provenance.suppress import write_baseline

    override = Path(args.config) if args.config else None
    if override is not None and not override.is_file():
        raise ProvenanceError("configuration file not found", str(override))
    cache = ConfigCache(override)
    found = _collect(args, cache)
    _check_targets(args, found.files)
    if not found.files and not found.unreadable:
        _warn(found.nothing_found(args.glob or DEFAULT_INCLUDE))
        return EXIT_CLEAN
    index = Path(args.index) if getattr(args, "index", None) else None
    if index is not None and not index.is_file():
        raise ProvenanceError("quote index not found (create it with provenance index)", str(index))
    reads, configs = _read_all(found, cache, args.stdin_filename)
    baseline = Path(args.baseline) if args.baseline and not args.write_baseline else None
    docs, issues = [r.doc for r in reads], [r.issues for r in reads]
    results, expecting = _cached_results(docs, configs, issues, args)
    # With --write-baseline everything currently found is recorded, including what an old baseline hid.
    with expecting:
        run = check_documents(
            docs,
            configs,
            fail_on=args.fail_on,
            baseline=baseline,
            model=args.model,
            use_cache=not args.no_cache,
            results=results,
            issues=issues,
            index=index,
            selection=_selection(args),
            show_progress=not getattr(args, "no_progress", False),
            jobs=getattr(args, "jobs", None),
        )
    for warning in run.warnings:
        _warn(warning)
    if args.write_baseline:
        n = write_baseline(Path(args.write_baseline), run.findings)
        print(f"provenance: wrote {n} finding(s) to {args.write_baseline}", file=sys.stderr)
        return EXIT_CLEAN
    from provenance.report import render

    style = text_style(
        getattr(args, "color", "never"), getattr(args, "output_format", "concise"), None if args.output else sys.stdout
    )
    report = render(run, args.format, quiet=args.quiet, statistics=getattr(args, "statistics", False), style=style)
    _emit(report, args.output)
    return EXIT_FINDINGS if run.failed else EXIT_CLEAN


# ArticleCheck, CheckRun and check_documents live in provenance.checker; they are re-exported here
# for scripts written against the command module (reports import provenance.checker directly),
# and imported on first use (see the imports above).
_REEXPORTED = {
    "ArticleCheck": "provenance.checker.results",
    "CheckRun": "provenance.checker.results",
    "check_documents": "provenance.checker.run",
}


def __getattr__(name: str) -> Any:
    if name not in _REEXPORTED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(_REEXPORTED[name]), name)


__all__ = [
    "ArticleCheck",
    "CheckRun",
    "add_check_arguments",
    "check_documents",
    "run_check",
]
