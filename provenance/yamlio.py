"""YAML for rules, lexicons and config: safe, and with line numbers for error messages.

Documents are composed with PyYAML's SafeLoader and built by hand, so every mapping and sequence
remembers the line of itself and of each key or item. Only plain YAML is accepted: a tag such
as ``!!python/object`` is refused (as ``yaml.safe_load`` would), and so are merge keys.

Config and rule files are edited by hand and may come from anyone, so the reader is bounded:
- anchors and aliases are allowed (``&names`` / ``*names`` to reuse a list) but an alias may be
  used at most ``MAX_ALIASES`` times, and the document built from them may hold at most
  ``MAX_EXPANSION`` times as many values as the file itself (a "billion laughs" file of ~600
  bytes otherwise expands to hundreds of millions of values: 52 s and 0.9 GB);
- an alias that refers to its own anchor (a cycle) is refused;
- nesting is bounded (``MAX_DEPTH``), so a ``[[[[...`` file is an error, not a RecursionError.
Each is a one-line ProvenanceError naming the file (and line).

Parsing itself lives in provenance.yamlparse (imported only when a file must be parsed) and
files read before are served from provenance.yamlcache, keyed by their exact text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from provenance.errors import ProvenanceError
from provenance.yamlbase import MAX_ALIASES, MAX_DEPTH, MAX_EXPANSION, LocatedDict, LocatedList, line_of


def load_located_yaml(text: str, path: str, trusted: bool = False) -> Any:
    """Parse one YAML document safely, keeping line numbers; errors name ``path`` and the line.
    ``trusted``: a file shipped in the package (see ``yamlparse._TRUSTED_LOADER``)."""
    from provenance.yamlparse import parse_located_yaml

    return parse_located_yaml(text, path, trusted)


def read_located_yaml(path: Path, trusted: bool = False) -> Any:
    """``load_located_yaml`` of a file. A text parsed before (same bytes, same ``trusted``) comes
    from the on-disk cache: a cached run then neither imports PyYAML nor parses ~80 rule files."""
    from provenance import yamlcache

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ProvenanceError("no such file", str(path)) from None
    except OSError as err:
        raise ProvenanceError(f"cannot read file ({err.strerror})", str(path)) from None
    except UnicodeDecodeError as err:
        raise ProvenanceError(f"not valid UTF-8 text (byte {err.start})", str(path)) from None
    key = yamlcache.text_key(text, trusted)
    found = yamlcache.lookup(key)
    if found is not yamlcache.MISS:
        return found
    data = load_located_yaml(text, str(path), trusted)
    yamlcache.store(key, data)
    return data


# The reader's names in one module: the located values and limits live in yamlbase (shared with
# yamlparse and yamlcache) and are re-exported here.
__all__ = [
    "MAX_ALIASES",
    "MAX_DEPTH",
    "MAX_EXPANSION",
    "LocatedDict",
    "LocatedList",
    "line_of",
    "load_located_yaml",
    "load_yaml_file",
    "load_yaml_text",
    "read_located_yaml",
]
# The names the rest of the project uses.
load_yaml_text = load_located_yaml
load_yaml_file = read_located_yaml
