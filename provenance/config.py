"""`.provenance.yaml`: a newsroom's rule levels, fail threshold, vocabularies and file globs.

The file is found by walking up from each checked file, as Vale finds .vale.ini and ruff finds
pyproject.toml. It is small and strict: an unknown key or a wrongly typed value is an error that
names the file and line, because a silently ignored typo ("rulez:") is a rule the newsroom thinks
is off and is not.

YAML is read with provenance.yamlio (safe composition, line numbers kept).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from provenance.config_layers import (
    SELECTION_KEYS,
    PathSection,
    apply_sections,
    extended_path,
    inherit,
    parse_sections,
    parse_selection_key,
)
from provenance.errors import ProvenanceError
from provenance.globs import GlobSet, check_globs
from provenance.kinds import CREDIT_KINDS, FAIL_ON_CHOICES, LEVELS, FailOn, RuleSetting
from provenance.selection import Selection
from provenance.vocab import rules_dir
from provenance.yamlio import line_of, read_located_yaml

CONFIG_NAME = ".provenance.yaml"
DEFAULT_INCLUDE: tuple[str, ...] = ("**/*.md", "**/*.markdown", "**/*.txt")
# Resource limits: a file beyond them gets one finding instead of an analysis. A news article is
# tens of kilobytes with lines of a few thousand characters; the defaults leave wide room for
# long features and Markdown tables while keeping a hook's worst case bounded.
DEFAULT_MAX_FILE_BYTES = 5_000_000
DEFAULT_MAX_LINE_CHARS = 100_000
# Lexicons whose entries have a known shape; any other packaged lexicon (rules/lexicons/*.yaml)
# is accepted too, with entries that are strings or {name, aliases, ...}.
VOCABULARY_KEYS: tuple[str, ...] = ("speech_verbs", "outlets", "boilerplate_reasons", "known_people")
_STRUCTURED = {
    "outlets": ("name", "aliases"),
    "known_people": ("name", "role", "aliases"),
    "credit_lines": ("name", "kind"),
}
# Lexicons whose entries are regular expressions (their files say so in `doc`).
_REGEX_LEXICONS = ("boilerplate_reasons", "anonymity_reasons", "vague_frames", "credit_lines")
_STRING_LEXICONS = ("speech_verbs", "boilerplate_reasons", "anonymity_reasons", "vague_frames")


def known_lexicons() -> tuple[str, ...]:
    """Lexicon names a config may extend: those shipped in rules/lexicons."""
    shipped = {p.stem for p in (rules_dir() / "lexicons").glob("*.yaml")}
    return tuple(sorted(shipped | set(VOCABULARY_KEYS)))


# --------------------------------------------------------------------------- config


@dataclass
class Config:
    """Settings for the files under one folder; ``path`` is None for the built-in defaults."""

    path: Path | None = None
    rule_levels: dict[str, RuleSetting] = field(default_factory=dict)  # rule id -> level or "off"
    rule_level_lines: dict[str, int] = field(default_factory=dict)
    fail_on: FailOn | None = None
    vocabulary: dict[str, list] = field(default_factory=dict)  # `vocabularies:`, lexicon name -> extra entries
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    rule_dirs: tuple[Path, ...] = ()  # the newsroom's own policy rule folders
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_line_chars: int = DEFAULT_MAX_LINE_CHARS
    index: Path | None = None  # a quote index (provenance index): check links quotes across articles
    # Where the rules' doc pages live (`provenance rules --write-docs`): SARIF's helpUri per rule.
    docs_url: str | None = None
    selection: Selection = Selection()  # select / ignore / extend-select / min-level
    per_path: tuple[PathSection, ...] = ()  # `per-path:` sections, in file order
    # Where each setting came from ("file:line", or "default"), for `provenance config --show`;
    # keys are the config's own ("rules.anonymous-opinion", "fail-on", ...).
    origins: dict[str, str] = field(default_factory=dict)
    _derived: dict[tuple[int, ...], Config] = field(default_factory=dict, repr=False, compare=False)

    def for_path(self, file: Path) -> Config:
        """This config with the ``per-path`` sections that match ``file`` applied (in order)."""
        if not self.per_path:
            return self
        rel = self.relative(file) or file.name
        matched = tuple(i for i, sec in enumerate(self.per_path) if GlobSet((sec.pattern,)).matches(rel))
        if not matched:
            return self
        if matched not in self._derived:
            self._derived[matched] = apply_sections(self, [self.per_path[i] for i in matched])
        return self._derived[matched]

    @property
    def root(self) -> Path:
        """Folder that include/exclude globs are relative to."""
        return self.path.parent if self.path is not None else Path.cwd()

    def relative(self, file: Path) -> str | None:
        # os.path.realpath, not Path.resolve: a symlink loop ("x.txt -> x.txt") must not raise.
        try:
            return Path(os.path.realpath(file)).relative_to(os.path.realpath(self.root)).as_posix()
        except ValueError:
            return None

    def is_excluded(self, file: Path) -> bool:
        rel = self.relative(file)
        return rel is not None and GlobSet(self.exclude).matches(rel)

    def is_included(self, file: Path) -> bool:
        rel = self.relative(file)
        return GlobSet(self.include).matches(rel if rel is not None else file.name)


_TOP_KEYS = (
    "rules",
    "fail-on",
    "vocabularies",
    "include",
    "exclude",
    "rule-paths",
    "max-file-size",
    "max-line-length",
    "index",
    "docs-url",
    "select",
    "ignore",
    "extend-select",
    "min-level",
    "per-path",
    "extend",
)


def _str_list(value: Any, what: str, path: str, line: int | None) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ProvenanceError(f"'{what}' must be a list of strings", path, line)
    return tuple(value)


def _check_regex(pattern: str, key: str, path: str, line: int | None) -> None:
    """A newsroom's regex is compiled here, so an error names its config line, not the lexicon."""
    try:
        regex.compile(pattern)
    except (regex.error, ValueError, OverflowError) as err:
        raise ProvenanceError(f"vocabulary '{key}': invalid regular expression ({err})", path, line) from None


def _string_entry(item: Any, key: str, path: str, line: int | None) -> str:
    if not isinstance(item, str) or not item.strip():
        raise ProvenanceError(f"vocabulary '{key}' entries must be non-empty strings", path, line)
    if key in _REGEX_LEXICONS:
        _check_regex(item, key, path, line)
    return str(item)


def _structured_entry(item: Any, key: str, path: str, line: int | None) -> dict[str, Any]:
    allowed = _STRUCTURED.get(key)
    if isinstance(item, str):
        item = {"name": item}
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        raise ProvenanceError(f"vocabulary '{key}' entries need a 'name'", path, line)
    for k, v in item.items():
        k_line = line_of(item, k) or line
        if allowed is not None and k not in allowed:
            raise ProvenanceError(
                f"unknown key {k!r} in vocabulary '{key}' (expected {', '.join(allowed)})", path, k_line
            )
        if k == "aliases":
            _str_list(v, f"{key}.aliases", path, k_line)
        elif k == "role" and v is not None and not isinstance(v, str):
            raise ProvenanceError(f"'{key}.role' must be a string", path, k_line)
        elif k == "kind" and key == "credit_lines" and v not in CREDIT_KINDS:
            raise ProvenanceError(f"'{key}.kind' must be one of: {', '.join(CREDIT_KINDS)}", path, k_line)
    if key in _REGEX_LEXICONS:
        _check_regex(item["name"], key, path, line_of(item, "name") or line)
    clean = {k: (list(v) if isinstance(v, list) else v) for k, v in item.items()}
    if key == "outlets":
        clean.setdefault("aliases", [])
    return clean


def _entries(value: Any, key: str, path: str, line: int | None) -> list:
    """Validate one vocabulary list; entries stay plain strings/dicts for load_vocabulary."""
    if not isinstance(value, list):
        raise ProvenanceError(f"vocabulary '{key}' must be a list", path, line)
    out: list = []
    for i, item in enumerate(value):
        item_line = line_of(value, i) or line
        if key in _STRING_LEXICONS or (key not in _STRUCTURED and isinstance(item, str)):
            out.append(_string_entry(item, key, path, item_line))
        else:
            out.append(_structured_entry(item, key, path, item_line))
    return out


def _rules(cfg: Config, value: Any, p: str, line: int | None) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        raise ProvenanceError("'rules' must map rule ids to a level or off", p, line)
    for rule_id, level in value.items():
        rline = line_of(value, rule_id) or line
        # YAML 1.1 reads a bare `off` as False: accept it as the word the user wrote.
        if level is False:
            level = "off"
        if not isinstance(rule_id, str) or not isinstance(level, str) or level not in (*LEVELS, "off"):
            raise ProvenanceError(f"rule {rule_id!r}: level must be error, warning, info or off", p, rline)
        cfg.rule_levels[rule_id] = level  # type: ignore[assignment]  # checked just above
        cfg.rule_level_lines[rule_id] = rline or 0
        cfg.origins[f"rules.{rule_id}"] = f"{p}:{rline}"


def _fail_on(value: Any, p: str, line: int | None) -> FailOn:
    if value is False:
        value = "never"
    if not isinstance(value, str) or value not in FAIL_ON_CHOICES:
        raise ProvenanceError(f"'fail-on' must be one of {', '.join(FAIL_ON_CHOICES)}", p, line)
    return value  # narrowed by the FAIL_ON_CHOICES test above


def _vocabularies(cfg: Config, value: Any, p: str, line: int | None) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        raise ProvenanceError("'vocabularies' must map lexicon names to lists of entries", p, line)
    lexicons = known_lexicons()
    for vkey, entries in value.items():
        vline = line_of(value, vkey) or line
        if vkey not in lexicons:
            raise ProvenanceError(f"unknown vocabulary {vkey!r} (expected one of: {', '.join(lexicons)})", p, vline)
        # added to what an extended config already holds (an empty start otherwise)
        cfg.vocabulary[vkey] = cfg.vocabulary.get(vkey, []) + _entries(entries or [], vkey, p, vline)
        cfg.origins[f"vocabularies.{vkey}"] = f"{p}:{vline}"


def _rule_paths(value: Any, path: Path, line: int | None) -> tuple[Path, ...]:
    dirs = []
    for i, d in enumerate(_str_list(value, "rule-paths", str(path), line)):
        folder = Path(os.path.realpath(path.parent / d))
        if not folder.is_dir():
            raise ProvenanceError(f"rule-paths: {d!r} is not a folder", str(path), line_of(value, i) or line)
        dirs.append(folder)
    return tuple(dirs)


def _index_file(value: Any, path: Path, line: int | None) -> Path:
    """The quote index, relative to the config's folder; it must exist (a rule that silently
    never fires because the index is missing looks exactly like clean copy)."""
    if not isinstance(value, str) or not value.strip():
        raise ProvenanceError("'index' must be the path of a quote index file", str(path), line)
    file = Path(os.path.realpath(path.parent / value))
    if not file.is_file():
        raise ProvenanceError(f"index: {value!r} is not a file (create it with provenance index)", str(path), line)
    return file


def _docs_url(value: Any, p: str, line: int | None) -> str:
    """An absolute URL (SARIF requires helpUri to be one): the folder of the rule doc pages."""
    if not isinstance(value, str) or not regex.match(r"(?i)(https?|file)://\S+$", value.strip()):
        raise ProvenanceError("'docs-url' must be an http(s):// or file:// URL of the rule doc pages", p, line)
    return value.strip().rstrip("/")


def _positive_int(value: Any, key: str, p: str, line: int | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ProvenanceError(f"'{key}' must be a whole number above 0", p, line)
    return value


def _set(cfg: Config, key: str, value: Any, path: Path, line: int | None) -> None:
    p = str(path)
    if key == "rules":
        _rules(cfg, value, p, line)
    elif key == "fail-on":
        cfg.fail_on = _fail_on(value, p, line)
    elif key == "vocabularies":
        _vocabularies(cfg, value, p, line)
    elif key == "include":
        cfg.include = check_globs(_str_list(value, "include", p, line), p, line)
    elif key == "exclude":
        cfg.exclude = check_globs(_str_list(value, "exclude", p, line), p, line)
    elif key == "rule-paths":
        cfg.rule_dirs = tuple(dict.fromkeys(cfg.rule_dirs + _rule_paths(value, path, line)))
    elif key == "max-file-size":
        cfg.max_file_bytes = _positive_int(value, key, p, line)
    elif key == "max-line-length":
        cfg.max_line_chars = _positive_int(value, key, p, line)
    elif key == "index":
        cfg.index = _index_file(value, path, line)
    elif key == "docs-url":
        cfg.docs_url = _docs_url(value, p, line)
    elif key in SELECTION_KEYS:
        cfg.selection = parse_selection_key(cfg.selection, key, value, p, line)
    elif key == "per-path":
        cfg.per_path += parse_sections(value, path, line, _set, Config)
    if key not in ("rules", "vocabularies", "per-path", "extend"):
        cfg.origins[key] = f"{p}:{line}"


def rule_origin(cfg: Config, rule_id: str) -> tuple[str | None, int | None]:
    """The file and line that set ``rule_id``'s level (an extended config's, a section's)."""
    where = cfg.origins.get(f"rules.{rule_id}", "").split(" (per-path")[0]
    file, _, line = where.rpartition(":")
    if file and line.isdigit():
        return file, int(line)
    return (str(cfg.path) if cfg.path else None), cfg.rule_level_lines.get(rule_id)


def parse_config(data: Any, path: Path, base: Config | None = None) -> Config:
    """Validate a parsed .provenance.yaml; every error names the file and line. ``base`` is the
    config this one ``extend``s: its settings hold unless this file sets them."""
    p = str(path)
    cfg = inherit(base, path) if base is not None else Config(path=path)
    if data is None:
        return cfg
    if not isinstance(data, dict):
        raise ProvenanceError("the configuration must be a mapping (key: value lines)", p, line_of(data, 0) or 1)
    for key, value in data.items():
        line = line_of(data, key)
        if key not in _TOP_KEYS:
            raise ProvenanceError(f"unknown key {key!r} (expected one of: {', '.join(_TOP_KEYS)})", p, line)
        _set(cfg, key, value, path, line)
    return cfg


def load_config(path: Path, _chain: tuple[str, ...] = ()) -> Config:
    try:
        data = read_located_yaml(path)
    except RecursionError:
        # PyYAML composes recursively: a few hundred nested brackets exhaust the stack.
        raise ProvenanceError("invalid YAML: nested too deeply", str(path)) from None
    base = None
    if isinstance(data, dict) and "extend" in data:
        parent = extended_path(data["extend"], path, line_of(data, "extend"), _chain)
        base = load_config(parent, (*_chain, os.path.realpath(path)))
    return parse_config(data, path, base)


def find_config(start: Path) -> Path | None:
    """The nearest .provenance.yaml in ``start``'s folder or any folder above it."""
    here = Path(os.path.realpath(start))
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        cfg = candidate / CONFIG_NAME
        if cfg.is_file():
            return cfg
    return None


class ConfigCache:
    """Loads each configuration file once, however many articles share it."""

    def __init__(self, override: Path | None = None) -> None:
        self._override = override
        self._loaded: dict[Path | None, Config] = {}
        self._by_folder: dict[str, Config] = {}  # a folder of 10,000 articles walks up once

    def for_file(self, file: Path) -> Config:
        real = os.path.realpath(file)
        folder = real if os.path.isdir(real) else os.path.dirname(real)
        cached = self._by_folder.get(folder)
        if cached is not None:
            return cached.for_path(Path(real)) if not os.path.isdir(real) else cached
        cfg_path = self._override if self._override is not None else find_config(Path(folder))
        key = Path(os.path.realpath(cfg_path)) if cfg_path is not None else None
        if key not in self._loaded:
            self._loaded[key] = load_config(cfg_path) if cfg_path is not None else Config()
        self._by_folder[folder] = self._loaded[key]
        return self._loaded[key].for_path(Path(real)) if not os.path.isdir(real) else self._loaded[key]
