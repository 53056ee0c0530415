"""Parsed YAML kept on disk, keyed by the exact text: a cached run reads no YAML parser.

A cached ``check`` of one article read and parsed ~80 rule, lexicon and pattern files at every
start (with PyYAML's import, about a sixth of the run; issue #17). Each text parsed once is
stored here as JSON (never pickle: the folder is the user's cache, and JSON can only give data
back), one file per text, named by a hash of

- the text itself and whether it was read as a trusted packaged file (so an edited file is a
  new key: a cached tree is never stale, and a user's file never gets the trusted reader's
  verdict), and
- the identity of the parser (provenance.yamlparse and PyYAML's files, by size and mtime), so
  an upgrade or a change to the parsing rules never reuses an older verdict.

Each file carries a checksum of its body, and the body must decode to exactly the shapes the
parser builds; anything else is a miss, parsed again and overwritten. Files the JSON cannot
represent exactly (a YAML date or binary value) are simply not cached. Errors are never cached:
an invalid file is parsed, and reported, every time. Whatever happens to the folder (missing,
read-only, damaged), results are those of a run without it and nothing is raised.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from provenance.yamlbase import LocatedDict, LocatedList

FORMAT = "1"  # the encoding below; a change makes every key new
MISS: Any = object()  # what ``lookup`` returns when nothing usable is stored
_MAX_AGE_S = 30 * 24 * 3600  # entries not rewritten for this long are dropped when storing
_SCALARS = (str, int, float, bool, type(None))
_SCALAR_TYPES = frozenset(_SCALARS)
_MAPPING, _SEQUENCE = 0, 1


def _parser_identity() -> str:
    """Size and mtime of the parser's own files: a new PyYAML or new parsing rules, new keys."""
    import importlib.util

    spec = importlib.util.find_spec("yaml")
    files = [Path(__file__).with_name("yamlparse.py"), Path(spec.origin if spec and spec.origin else "")]
    parts = []
    for f in files:
        try:
            st = f.stat()
            parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{f}:absent")
    return "\x00".join(parts)


_IDENTITY: list[str] = []  # worked out once per process, on the first key


def parser_identity() -> str:
    """The YAML parser's identity (see ``_parser_identity``), once per process; the result cache
    keys on it too."""
    if not _IDENTITY:
        _IDENTITY.append(_parser_identity())
    return _IDENTITY[0]


def text_key(text: str, trusted: bool) -> str:
    return hashlib.sha256(f"{FORMAT}\x00{parser_identity()}\x00{int(trusted)}\x00{text}".encode()).hexdigest()


_FOLDERS: dict[tuple[str | None, ...], Path] = {}


def _folder() -> Path:
    """The cache folder, worked out once per process for the environment that names it: asking
    platformdirs for each of the ~90 files of a cached run cost a few milliseconds (issue #17)."""
    env = tuple(os.environ.get(name) for name in ("PROVENANCE_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "LOCALAPPDATA"))
    folder = _FOLDERS.get(env)
    if folder is None:
        from provenance.syntax.cache import cache_root

        folder = _FOLDERS[env] = cache_root() / f"yaml-v{FORMAT}"
    return folder


def _encode(value: Any) -> Any:
    """JSON for a parsed tree: lists for the located containers (no scalar is a list), scalars
    as they are; TypeError for a scalar JSON would give back as another type (a date, bytes)."""
    if isinstance(value, LocatedDict):
        flat: list[Any] = []
        for k, v in value.items():
            flat += [_encode(k), value.key_lines[k], _encode(v)]
        return [_MAPPING, value.line, flat]
    if isinstance(value, LocatedList):
        return [_SEQUENCE, value.line, list(value.item_lines), [_encode(v) for v in value]]
    if type(value) in _SCALARS:
        return value
    raise TypeError(f"not cached: {type(value).__name__}")


def _line(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("a line must be an integer")
    return value


def _decode(value: Any) -> Any:
    """The tree ``_encode`` wrote; ValueError for any other shape (a damaged or foreign file).
    A cached run decodes ~18,000 values here, so the checks are written out inline."""
    if type(value) in _SCALAR_TYPES:
        return value
    if type(value) is not list or len(value) not in (3, 4):
        raise ValueError("not a cached YAML tree")
    if value[0] == _MAPPING and len(value) == 3 and type(value[2]) is list and len(value[2]) % 3 == 0:
        mapping = LocatedDict()
        lines: dict[Any, int] = {}
        mapping.line, mapping.key_lines = _line(value[1]), lines
        flat = value[2]
        for i in range(0, len(flat), 3):
            key, line, item = flat[i], flat[i + 1], flat[i + 2]
            if type(key) not in _SCALAR_TYPES:
                raise ValueError("a mapping key must be a plain value")
            if type(line) is not int:
                raise ValueError("a line must be an integer")
            mapping[key] = item if type(item) in _SCALAR_TYPES else _decode(item)
            lines[key] = line
        return mapping
    if value[0] == _SEQUENCE and len(value) == 4 and type(value[2]) is list and type(value[3]) is list:
        items, item_lines = value[3], value[2]
        if len(item_lines) != len(items):
            raise ValueError("one line per item")
        for n in item_lines:
            if type(n) is not int:
                raise ValueError("a line must be an integer")
        seq = LocatedList([v if type(v) in _SCALAR_TYPES else _decode(v) for v in items])
        seq.line, seq.item_lines = _line(value[1]), list(item_lines)
        return seq
    raise ValueError("not a cached YAML tree")


def lookup(key: str) -> Any:
    """The tree stored under ``key``, or ``MISS``."""
    try:
        with open(os.path.join(_folder(), f"{key}.json"), encoding="utf-8") as f:
            raw = f.read()
        checksum, _, body = raw.partition("\n")
        if checksum != hashlib.sha256(body.encode()).hexdigest():
            return MISS
        return _decode(json.loads(body))
    except (OSError, ValueError, RecursionError):  # absent, unreadable or damaged: parse again
        return MISS


def store(key: str, tree: Any) -> None:
    """Keep ``tree`` under ``key`` (atomically: a reader sees the old file or the new one)."""
    try:
        body = json.dumps(_encode(tree), ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        return  # a value JSON cannot give back exactly (a date, bytes): not cached
    folder = _folder()
    tmp = folder / f"{key}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_text(f"{hashlib.sha256(body.encode()).hexdigest()}\n{body}", encoding="utf-8")
        os.replace(tmp, folder / f"{key}.json")
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    prune_stale(folder)


def prune_stale(folder: Path) -> None:
    """Drop entries not written for a month (the texts of rule files edited since), so the
    folder does not grow without bound; only on a store, which a cached run never does. The
    result cache prunes its folder the same way."""
    cutoff = time.time() - _MAX_AGE_S
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)
