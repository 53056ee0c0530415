"""Regular expressions from rule data, compiled and searched with a time limit.

Lexicon regexes (anonymity reasons, vague frames, credit lines) are newsroom-editable data, so
every search runs under the ``regex`` module's timeout: a pathological pattern is skipped with
a warning instead of hanging a hook.
"""

from __future__ import annotations

import sys

import regex

from provenance.errors import ProvenanceError

REGEX_TIMEOUT = 1.0  # seconds per search


def warn_timeout(what: str) -> None:
    print(f"provenance: warning: regular expression timed out in {what}; skipped", file=sys.stderr)


def compile_list(entries: list[str], what: str) -> list[regex.Pattern[str]]:
    """Compile case-insensitive patterns; an invalid one is a one-line error naming ``what``."""
    out = []
    for e in entries:
        try:
            out.append(regex.compile(e, regex.I | regex.V0))
        except regex.error as err:
            raise ProvenanceError(f"invalid regular expression {e!r} ({err})", what) from None
    return out


# Patterns that timed out once are skipped for the rest of the run: a pathological newsroom
# regex costs one timeout (one warning), not one per sentence of every article (the overall
# budget: a 1 s timeout on each of a long article's sentences added up to a minute).
_TIMED_OUT: set[tuple[str, int]] = set()


def search_any(patterns: list[regex.Pattern[str]], text: str, what: str) -> regex.Match[str] | None:
    """The earliest match of any pattern in ``text``."""
    best = None
    for p in patterns:
        key = (p.pattern, p.flags)
        if key in _TIMED_OUT:
            continue
        try:
            m = p.search(text, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            _TIMED_OUT.add(key)
            warn_timeout(f"{what} (pattern {p.pattern[:60]!r}; skipped for the rest of this run)")
            continue
        if m and (best is None or m.start() < best.start()):
            best = m
    return best
