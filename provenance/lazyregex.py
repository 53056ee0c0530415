"""Regular expressions compiled on first use.

The ``regex`` module compiles in Python, slowly (a millisecond or more for a pattern with a few
alternatives), and a module-level pattern is compiled at import even when a run never uses it:
a cached ``check`` of a plain-text article imported document.py's Markdown patterns and never
needed them (issue #17). ``lazy_regex`` defers that cost to the first use.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex


def lazy_regex(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """A function returning ``regex.compile(pattern, flags)``, compiled on its first call."""

    @functools.cache
    def compiled() -> regex.Pattern[str]:
        return regex.compile(pattern, flags)

    return compiled
