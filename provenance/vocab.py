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
from typing import Any, Literal, cast, get_args

from provenance.errors import ProvenanceError
from provenance.syntax.matcher import Pattern, compile_pattern
from provenance.yamlio import line_of, load_yaml_file

PatternRole = Literal["attribution", "via"]
ContentReach = Literal["clause", "coordination", "rest"]
ContentKind = Literal["clause", "object", "directive", "predicate", "topic"]
SpeakerFallback = Literal["subject", "none"]
NestedCue = Literal["keep", "drop"]
PatternCueKind = Literal["auto", "speech", "cognition", "preposition", "noun"]


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


@dataclass(frozen=True)
class PatternOptions:
    """What an attribution pattern does with its match, beyond the match itself.

    Behaviour is attached to the pattern as data (as spaCy attaches it to a matcher pattern),
    so a newsroom's own pattern can have it too. Every key is optional; the defaults describe a
    plain "X said <clause>" pattern.
    """

    # clause: the content is the matched clause. coordination: a trailing cue ("..., X said";
    # "according to X") covers the whole coordinated clause it closes. rest: the content is
    # everything the cue governs after it, a small clause the parse splits into an object and
    # its complements ("The poll shows Roe far out in front").
    content_reach: ContentReach = "clause"
    # clause: an unquoted xcomp is not content ("asked him to leave"). object: the content is
    # the cue's object ("condemned the bombing"), and the reading yields to a quote or clause
    # the same cue introduces. directive: the content is the "to" clause of a request or an
    # order ("urged the council to reject the plan"). predicate: the content is what the object
    # was called ("called the plan a bandage solution"). topic: the content is what a view or
    # feeling is about ("confident in the operation"); like an object it yields to a clause the
    # same cue introduces, but a view not held or held in the passive is still a view ("are not
    # sanguine about it", "were outraged by the announcement").
    content_kind: ContentKind = "clause"
    # subject: with no speaker node matched, the cue's subject (or the nearest nominal) speaks.
    # none: the speaker must be matched ("according to X" has no subject to fall back on).
    speaker_fallback: SpeakerFallback = "subject"
    # Unquoted complements on both sides of the cue: the ones before it are a misparsed
    # subject ("A person briefed on the talks said ...").
    misparsed_subjects: bool = False
    # drop: a match whose content swallows another attribution's cue in the same sentence is a
    # misattached trailing cue ("X said the strike hit ..., the official said"), not a statement.
    nested_cue: NestedCue = "keep"
    # The kind of cue reported on the quote; auto: cognition for cognition verbs, else speech.
    cue_kind: PatternCueKind = "auto"


_OPTION_TYPES: dict[str, tuple[object, ...]] = {
    "content_reach": get_args(ContentReach),
    "content_kind": get_args(ContentKind),
    "speaker_fallback": get_args(SpeakerFallback),
    "misparsed_subjects": (True, False),
    "nested_cue": get_args(NestedCue),
    "cue_kind": get_args(PatternCueKind),
}
_PATTERN_META = {"role", "priority", "options", "status"}
# stable: the pattern reads a construction as the parser links it. repair: it makes up for a
# frequent misparse, so what it attributes is a guess the checker reports with less certainty.
PatternStatus = Literal["stable", "repair"]


@dataclass(frozen=True)
class RulePattern:
    """A compiled dependency pattern with its role, priority and typed behaviour."""

    pattern: Pattern
    role: PatternRole = "attribution"
    priority: int = 0
    options: PatternOptions = PatternOptions()
    status: PatternStatus = "stable"

    @property
    def id(self) -> str:
        return self.pattern.id

    @property
    def doc(self) -> str:
        return self.pattern.doc

    @property
    def typed_speaker(self) -> bool:
        """The pattern picks its speaker by a lexicon ("the poll"): no other subject is it."""
        return any(n.name == "speaker" and n.attrs.lexicon for n in self.pattern.nodes)


def _pattern_meta(pat: Pattern, data: Mapping, path: str) -> RulePattern:
    """Validate a pattern's role, priority and options; every error names the file and line."""
    unknown = sorted(set(pat.meta) - _PATTERN_META)
    if unknown:
        raise ProvenanceError(f"unknown pattern key '{unknown[0]}'", path, line_of(data, unknown[0]))
    role = pat.meta.get("role", "attribution")
    if role not in get_args(PatternRole):
        raise ProvenanceError(f"'role' must be one of: {', '.join(get_args(PatternRole))}", path, line_of(data, "role"))
    priority = pat.meta.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise ProvenanceError("'priority' must be an integer", path, line_of(data, "priority"))
    raw = pat.meta.get("options") or {}
    if not isinstance(raw, Mapping):
        raise ProvenanceError("'options' must be a mapping", path, line_of(data, "options"))
    for key, value in raw.items():
        allowed = _OPTION_TYPES.get(str(key))
        if allowed is None:
            known = ", ".join(sorted(_OPTION_TYPES))
            raise ProvenanceError(f"unknown pattern option '{key}' (known: {known})", path, line_of(raw, key))
        if value not in allowed or isinstance(value, bool) != isinstance(allowed[0], bool):
            choices = ", ".join(str(a).lower() for a in allowed)
            raise ProvenanceError(f"option '{key}' must be one of: {choices}", path, line_of(raw, key))
    status = pat.meta.get("status", "stable")
    if status not in get_args(PatternStatus):
        raise ProvenanceError(
            f"'status' must be one of: {', '.join(get_args(PatternStatus))}", path, line_of(data, "status")
        )
    options = PatternOptions(**{str(k): v for k, v in raw.items()})
    return RulePattern(pat, cast(PatternRole, role), priority, options, cast(PatternStatus, status))


@dataclass
class Vocabulary:
    lexicons: dict[str, Lexicon]
    patterns: list[RulePattern]

    def lexicon(self, name: str) -> Lexicon:
        return self.lexicons[name]

    def in_lexicon(self, name: str, word: str) -> bool:
        lex = self.lexicons.get(name)
        return lex is not None and word in lex

    def patterns_for(self, role: PatternRole) -> list[RulePattern]:
        return [p for p in self.patterns if p.role == role]


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


def load_lexicon(path: Path, trusted: bool = False) -> Lexicon:
    data = load_yaml_file(path, trusted)
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


def _load_dir(folder: Path) -> tuple[dict[str, Lexicon], list[RulePattern]]:
    lexicons: dict[str, Lexicon] = {}
    trusted = folder.resolve() == rules_dir().resolve()  # the packaged rules (see yamlio)
    for f in sorted((folder / "lexicons").glob("*.yaml")):
        lex = load_lexicon(f, trusted)
        if lex.name in lexicons:
            raise ProvenanceError(f"lexicon '{lex.name}' is defined twice", str(f), 1)
        lexicons[lex.name] = lex
    by_id: dict[str, RulePattern] = {}
    for f in sorted((folder / "patterns").glob("*.yaml")):
        data = load_yaml_file(f, trusted)
        pat = _pattern_meta(compile_pattern(data, str(f), set(lexicons)), data, str(f))
        if by_id.setdefault(pat.id, pat) is not pat:
            raise ProvenanceError(f"pattern id '{pat.id}' is used twice", str(f), line_of(data, "id"))
    patterns = sorted(by_id.values(), key=lambda p: (-p.priority, p.id))
    return lexicons, patterns


@lru_cache(maxsize=4)
def _packaged(folder: str) -> tuple[dict[str, Lexicon], tuple[RulePattern, ...]]:
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
