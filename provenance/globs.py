"""gitignore-like globs for include / exclude / per-path: ``**`` crosses folders, ``*`` does not.

Translated to regular expressions by hand rather than with fnmatch: fnmatch lets ``*`` cross
``/`` and turns a reversed range ``[z-a]`` into a ``re.error`` at match time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from provenance.errors import ProvenanceError

__all__ = ["GlobError", "GlobSet", "check_globs", "glob_to_regex"]


class GlobError(ValueError):
    """A glob that cannot be translated (a reversed character range such as ``[z-a]``)."""


def _bracket(body: str, pattern: str) -> str:
    """A ``[...]`` class with every character escaped, ranges checked: never a ``re.error``."""
    negate = body[:1] in ("!", "^")
    chars = body[1:] if negate else body
    if not chars:  # "[!]" names no characters: read it literally
        return re.escape(f"[{body}]")
    out: list[str] = []
    i = 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            lo, hi = chars[i], chars[i + 2]
            if lo > hi:
                raise GlobError(f"invalid glob {pattern!r}: the range {lo}-{hi} is reversed")
            out.append(f"{re.escape(lo)}-{re.escape(hi)}")
            i += 3
        else:
            out.append(re.escape(chars[i]))
            i += 1
    return ("[^" if negate else "[") + "".join(out) + "]"


def _translate(pat: str, pattern: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pat.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        j = pat.find("]", i + 2) if c == "[" else -1  # "[]...]": a leading ] is a member
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif j != -1:
            out.append(_bracket(pat[i + 1 : j], pattern))
            i = j
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


@lru_cache(maxsize=256)
def glob_to_regex(pattern: str) -> re.Pattern[str]:
    """Translate a gitignore-like glob: ``**`` crosses folders, ``*`` and ``?`` do not.

    A pattern without a slash matches the file name in any folder ("*.txt", "drafts").
    Raises GlobError (a ValueError) for a glob no file could match, never ``re.error``.
    """
    pat = pattern.strip()
    anchored = "/" in pat.rstrip("/")
    body = _translate(pat.strip("/"), pattern)
    # A folder name matches everything under it too ("archive" excludes archive/2019/x.md).
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"^{prefix}{body}(?:/.*)?$")


def check_globs(patterns: tuple[str, ...], path: str | None = None, line: int | None = None) -> tuple[str, ...]:
    """``patterns`` if every one translates; else a ProvenanceError naming the file and line."""
    for p in patterns:
        try:
            glob_to_regex(p)
        except GlobError as err:
            raise ProvenanceError(str(err), path, line) from None
    return patterns


@dataclass(frozen=True)
class GlobSet:
    patterns: tuple[str, ...]

    def matches(self, relpath: str) -> bool:
        rel = relpath.replace("\\", "/")
        return any(glob_to_regex(p).match(rel) for p in self.patterns)
