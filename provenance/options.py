"""Command-line options shared by several commands, each defined once."""

from __future__ import annotations

import argparse


def add_model_options(parser: argparse.ArgumentParser, *, cache: bool = True) -> None:
    """``--model`` (and ``--no-cache`` for commands that use the parse cache)."""
    parser.add_argument(
        "--model", metavar="DIR", help="Stanza model folder (default: $PROVENANCE_MODEL or the packaged model)"
    )
    if cache:
        parser.add_argument("--no-cache", action="store_true", help="do not read or write the parse and result caches")
        parser.add_argument(
            "--no-progress",
            action="store_true",
            help="no progress display on standard error (shown for 5 files or more: a bar on a terminal, "
            "else one line per file)",
        )


def add_debug_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--debug", action="store_true", help="on an internal error, print the traceback (exit code 3 either way)"
    )


def _jobs(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="analyse in N processes (default: up to 4, one per core, when 8 or more articles are not in the "
        "parse cache; else 1)",
    )
