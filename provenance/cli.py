"""The ``provenance`` command: a thin layer over the pipeline and the checker.

Exit codes, for every command: 0 clean, 1 findings at or above ``--fail-on`` (check) or invalid
rule files (rules --check), 2 a usage, configuration or input error (one line naming the file and
line), 3 an internal error (one line; ``--debug`` prints the traceback), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from provenance import __version__, check, config_cli, rules_cli
from provenance.archive import cli as archive_cli
from provenance.document import Document
from provenance.errors import ProvenanceError, terminal_safe
from provenance.files import read_articles
from provenance.options import add_debug_option, add_jobs_option, add_model_options
from provenance.trace import cli as trace_cli

if TYPE_CHECKING:
    from provenance.pipeline import Failure
    from provenance.records import ArticleResult
    from provenance.resultcache import ResultCache
    from provenance.syntax.parser import Parser

EXIT_INTERNAL = 3


def _documents(paths: Sequence[str]) -> list[Document]:
    docs, warnings = read_articles(paths)
    for warning in warnings:
        print(f"provenance: warning: {warning}", file=sys.stderr)
    return docs


def cmd_parse(args: argparse.Namespace) -> int:
    from provenance.pipeline import Analysis, parse_documents

    docs = _documents(args.paths)
    analysis = Analysis.create(model=args.model, use_cache=not args.no_cache)
    analysis.parser.name_heads = not args.ud
    for doc, paras in zip(docs, parse_documents(analysis.parser, docs, headline_verbs=analysis.headline_verbs)):
        print(f"# {doc.path}")
        for para in paras:
            for sent in para.sentences:
                line, col = doc.line_col(sent.start)
                print(f"## {line}:{col} {doc.text[sent.start : sent.end]}")
                for w in sent.words:
                    head = sent.words[w.head].text if w.head >= 0 else "ROOT"
                    print(f"{w.deprel}({head}, {w.text})\t{w.lemma}\t{w.upos}")
                print()
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from provenance.render import extract_text
    from provenance.resultcache import ResultCache, default_parser

    docs = _documents(args.paths)
    use_cache = not args.no_cache
    parser = default_parser(args.model, use_cache)
    # A fully cached run (issue #17) reads each result back and imports no analysis at all.
    cache = ResultCache.open(parser, use_cache)
    results: list[ArticleResult | None] = cache.lookup(docs) if cache is not None else [None] * len(docs)
    todo = [d for d, r in zip(docs, results) if r is None]
    failures: list[Failure] = []
    if todo:
        from provenance.pipeline import Unanalysed

        fresh = iter(_analyse_for_extract(args, todo, parser, cache))
        results = [r if r is not None else next(fresh) for r in results]
        # An article whose analysis failed is left out (an empty result would read as "no
        # quotes") and named on standard error; every other article's result is written as usual.
        failures = [r.failure for r in results if isinstance(r, Unanalysed) and r.failure is not None]
        results = [None if isinstance(r, Unanalysed) else r for r in results]
    kept = [(d, r) for d, r in zip(docs, results) if r is not None]
    if args.format == "json":
        json.dump([r.to_json() for _d, r in kept], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for doc, r in kept:
            sys.stdout.write(extract_text(doc, r))
    return report_failures(failures, getattr(args, "debug", False))


def report_failures(failures: Sequence[Failure], debug: bool) -> int:
    """One line per article whose analysis failed (the traceback too with ``--debug``); the exit
    code: EXIT_INTERNAL if any failed, else 0."""
    sys.stdout.flush()  # the results first: a reader of a shared log sees them, then the failures
    for f in failures:
        if debug:
            sys.stderr.write(f.traceback)
        print(
            f"provenance: internal error: {terminal_safe(f.path)}: {terminal_safe(f.error)}; this article was"
            " not analysed (run with --debug for the traceback)",
            file=sys.stderr,
        )
    return EXIT_INTERNAL if failures else 0


def _analyse_for_extract(
    args: argparse.Namespace,
    docs: list[Document],
    parser: Parser,
    cache: ResultCache | None,
) -> list[ArticleResult]:
    from provenance.pipeline import Analysis, analyse
    from provenance.progress import progress_for
    from provenance.workers import analyse_in_processes, default_jobs

    use_cache = not args.no_cache
    analysis = Analysis.create(model=args.model, use_cache=use_cache, parser=parser)
    jobs = args.jobs or default_jobs(analysis.parser, docs)
    expecting = cache.expecting(docs) if cache is not None else contextlib.nullcontext()
    with expecting, progress_for(len(docs), enabled=not args.no_progress) as progress:
        if jobs > 1:
            return analyse_in_processes(
                docs, jobs, model=args.model, use_cache=use_cache, progress=progress, isolate=True
            )
        return analyse(docs, analysis=analysis, progress=progress, isolate=True)


def cmd_eval(args: argparse.Namespace) -> int:
    from provenance.evaluate import run

    return run(args)


def cmd_bench(args: argparse.Namespace) -> int:
    from provenance.bench import run

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="provenance", description="Source attribution and quote provenance for news text."
    )
    parser.add_argument("--version", action="version", version=f"provenance {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="print each sentence's dependency triples (debugging aid)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_model_options(p)
    p.add_argument(
        "--ud", action="store_true", help="print the parser's own UD tree, without re-heading names on their last word"
    )
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("extract", help="find quotes and reported speech, their speakers and sources")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument("--format", choices=("json", "text"), default="text")
    add_model_options(p)
    add_jobs_option(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score extraction against a gold JSONL corpus")
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    p.add_argument("--limit", type=int, default=None, help="only the first N documents")
    p.add_argument("--errors", metavar="FILE", help="write missed and spurious quotes as JSONL for error analysis")
    add_model_options(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="measure model load time, parse throughput and cached re-runs")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--ud-news", metavar="CONLLU", help="add GUM news text from this CoNLL-U file")
    add_model_options(p, cache=False)  # bench always measures a fresh cache of its own
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("check", help="run the editorial policy rules (like a linter)")
    check.add_check_arguments(p)
    p.set_defaults(func=check.run_check)

    p = sub.add_parser("rules", help="list, explain or validate the policy rules")
    rules_cli.add_rules_arguments(p)
    p.set_defaults(func=rules_cli.run_rules)

    # each subcommand module adds its own arguments; it imports its heavy parts only when run
    archive_cli.register(sub)
    trace_cli.register(sub)
    config_cli.register(sub)

    for command in sub.choices.values():
        add_debug_option(command)
    return parser


def _value_options(parser: argparse.ArgumentParser) -> tuple[set[str], set[str]]:
    """(every option string, the ones that take a value) of one command's parser."""
    # argparse has no public API for this; _actions has been stable since Python 3.2.
    every: set[str] = set()
    valued: set[str] = set()
    for action in parser._actions:
        every.update(action.option_strings)
        if action.option_strings and action.nargs != 0:
            valued.update(action.option_strings)
    return every, valued


def protect_dash_paths(argv: list[str], parser: argparse.ArgumentParser) -> tuple[list[str], dict[str, str]]:
    """pre-commit passes file names without ``--``: a file named ``-x.txt`` would be read as an
    option. An argument that starts with ``-``, is no option of the command, is not an option's
    value, and exists on disk is passed as ``./-x.txt`` and named back afterwards."""
    sub = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    if sub is None or not argv or argv[0] not in sub.choices:
        return argv, {}
    every, valued = _value_options(sub.choices[argv[0]])
    out, renamed = [argv[0]], {}
    for i, token in enumerate(argv[1:], 1):
        if token == "--":
            out.extend(argv[i:])
            break
        looks_like_option = token.startswith("-") and token != "-" and token.split("=", 1)[0] not in every
        if looks_like_option and argv[i - 1] in valued:
            # "-o -report.json": argparse refuses a value that looks like an option unless attached.
            out[-1] += ("=" if out[-1].startswith("--") else "") + token
            continue
        if looks_like_option and os.path.lexists(token):
            renamed["./" + token] = token
            token = "./" + token
        out.append(token)
    return out, renamed


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; ``argv`` None: this process is the command line (the console script or
    ``python -m provenance``), which then only predicts and ends without tearing down the
    interpreter."""
    if argv is None:
        from provenance.syntax.loading import only_predicting

        only_predicting()
    code = _main(argv)
    if argv is None:
        end_without_teardown(code)
    return code


def end_without_teardown(code: int) -> None:
    """End the process now, once the output is flushed and the atexit handlers have run.
    Tearing down an interpreter that has imported torch (freeing its 1,500 modules and their
    objects, then libtorch's static destructors) took ~0.8 CPU-s, more than parsing a 500-word
    article, and ~0.05 s of a cached 0.5 s ``check`` without torch (issue #17); nothing of it is
    needed: the caches commit or write atomically as they go, reports are closed when written,
    and process pools are shut down by the commands. Not with another live non-daemon thread
    (the interpreter would wait for it); a failed flush leaves the ordinary exit."""
    import threading

    if any(t is not threading.main_thread() and not t.daemon and t.is_alive() for t in threading.enumerate()):
        return
    import atexit

    try:
        atexit._run_exitfuncs()  # what the ordinary exit runs first (they are then cleared)
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed or broken stream: the ordinary exit reports it
        return
    if "ctypes" in sys.modules:  # loaded with torch: flush C stdio as exit() does (native output)
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None).fflush(None)
    os._exit(code)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args_in, renamed = protect_dash_paths(list(sys.argv[1:] if argv is None else argv), parser)
    args = parser.parse_args(args_in)
    if renamed and hasattr(args, "paths"):
        args.paths = [renamed.get(p, p) for p in args.paths]
    try:
        return int(args.func(args) or 0)
    except ProvenanceError as err:
        print(f"provenance: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # the last line of defence: never a bare traceback, never exit 1
        if getattr(args, "debug", False):
            import traceback  # only here: a run that does not fail never pays for its import

            traceback.print_exc()
        message = " ".join(f"{type(err).__name__}: {err}".split())
        print(f"provenance: internal error: {message} (run with --debug for the traceback)", file=sys.stderr)
        return EXIT_INTERNAL
