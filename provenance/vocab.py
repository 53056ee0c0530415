"""Vocabularies and patterns: the YAML data in rules/ that the analysis runs on.

``rules/lexicons/*.yaml`` are word lists (speech verbs, outlets, anonymity descriptors, ...);
``rules/patterns/*.yaml`` are dependency patterns. A newsroom adds entries through its
``.provenance.yaml`` (passed here as ``extra``) without touching the packaged files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from provenance.errors import ProvenanceError
from provenance.syntax.matcher import Pattern, compile_pattern
from provenance.yamlio import line_of, load_yaml_file


def rules_dir() -> Path:
    """The repository's rules/ in a source checkout, else the copy installed as provenance/_rules."""
    checkout = Path(__file__).resolve().parent.parent / "rules"
    if (checkout / "lexicons").is_dir():
        return checkout
    return Path(__file__).resolve().parent / "_rules"


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a word or phrase, or a named thing with aliases and attributes."""

    name: str
    aliases: tuple[str, ...] = ()
    attrs: Mapping[str, Any] = field(default_factory=dict)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Lexicon:
    name: str
    doc: str
    entries: list[Entry]
    path: str = ""

    def __post_init__(self) -> None:
        self._index = {f.lower(): e for e in self.entries for f in e.forms}

    def __contains__(self, word: str) -> bool:
        return word.lower() in self._index

    def get(self, word: str) -> Entry | None:
        return self._index.get(word.lower())

    def forms(self) -> list[str]:
        return sorted(self._index, key=len, reverse=True)


@dataclass
class Vocabulary:
    lexicons: dict[str, Lexicon]
    patterns: list[Pattern]

    def lexicon(self, name: str) -> Lexicon:
        return self.lexicons[name]

    def in_lexicon(self, name: str, word: str) -> bool:
        lex = self.lexicons.get(name)
        return lex is not None and word in lex

    def patterns_for(self, role: str) -> list[Pattern]:
        return [p for p in self.patterns if p.meta.get("role", "attribution") == role]


def _entry(raw: Any, path: str, where: Any) -> Entry:
    if isinstance(raw, str):
        return Entry(raw.strip())
    if isinstance(raw, Mapping) and isinstance(raw.get("name"), str):
        aliases = raw.get("aliases", []) or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ProvenanceError("'aliases' must be a list of strings", path, line_of(raw, "aliases"))
        attrs = {k: v for k, v in raw.items() if k not in ("name", "aliases")}
        return Entry(raw["name"].strip(), tuple(a.strip() for a in aliases), attrs)
    raise ProvenanceError("a lexicon entry must be a string or a mapping with 'name'", path, line_of(where))


def load_lexicon(path: Path) -> Lexicon:
    data = load_yaml_file(path)
    p = str(path)
    if not isinstance(data, Mapping):
        raise ProvenanceError("a lexicon file must be a mapping with name, doc, entries", p, 1)
    for key in ("name", "doc", "entries"):
        if key not in data:
            raise ProvenanceError(f"lexicon is missing '{key}'", p, line_of(data))
    unknown = set(data) - {"name", "doc", "entries"}
    if unknown:
        key = sorted(unknown)[0]
        raise ProvenanceError(f"unknown key '{key}' in lexicon", p, line_of(data, key))
    if not isinstance(data["entries"], list):
        raise ProvenanceError("'entries' must be a list", p, line_of(data, "entries"))
    return Lexicon(str(data["name"]), str(data["doc"]).strip(), [_entry(e, p, data) for e in data["entries"]], p)


def _load_dir(folder: Path) -> tuple[dict[str, Lexicon], list[Pattern]]:
    lexicons: dict[str, Lexicon] = {}
    for f in sorted((folder / "lexicons").glob("*.yaml")):
        lex = load_lexicon(f)
        if lex.name in lexicons:
            raise ProvenanceError(f"lexicon '{lex.name}' is defined twice", str(f), 1)
        lexicons[lex.name] = lex
    patterns: list[Pattern] = []
    ids: set[str] = set()
    for f in sorted((folder / "patterns").glob("*.yaml")):
        data = load_yaml_file(f)
        pat = compile_pattern(data, str(f), set(lexicons))
        if pat.id in ids:
            raise ProvenanceError(f"pattern id '{pat.id}' is used twice", str(f), line_of(data, "id"))
        ids.add(pat.id)
        patterns.append(pat)
    patterns.sort(key=lambda p: (-int(p.meta.get("priority", 0)), p.id))
    return lexicons, patterns


@lru_cache(maxsize=4)
def _packaged(folder: str) -> tuple[dict[str, Lexicon], tuple[Pattern, ...]]:
    lexicons, patterns = _load_dir(Path(folder))
    return lexicons, tuple(patterns)


def load_vocabulary(extra: Mapping[str, list] | None = None, folder: Path | None = None) -> Vocabulary:
    """Packaged lexicons and patterns, plus a newsroom's extra entries by lexicon name."""
    lexicons, patterns = _packaged(str(folder or rules_dir()))
    merged = dict(lexicons)
    for name, entries in (extra or {}).items():
        if name not in merged:
            raise ProvenanceError(f"unknown vocabulary '{name}' (known: {', '.join(sorted(merged))})")
        base = merged[name]
        merged[name] = Lexicon(name, base.doc, base.entries + [_entry(e, "<config>", None) for e in entries], base.path)
    return Vocabulary(merged, list(patterns))
