"""`provenance trace`: the thin CLI layer over quote linking."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser("trace", help="link each quote to its other appearances across articles")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=lambda args: 2)
    return p
