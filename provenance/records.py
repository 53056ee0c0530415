"""The records that flow from extraction to the checker and the reports.

Everything here is plain data with character offsets into the original file. The JSON
shape of ``provenance extract`` is ``ArticleResult.to_json()``; the checker's policy rules
are evaluated over the same dictionaries, so a field added here is usable in a rule.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, Literal, TypeVar

from provenance.kinds import ANONYMITY_LEVELS, Anonymity, CreditKind, CueKind, MarkProblemKind, QuoteKind, SpeakerType

__all__ = [
    "ANONYMITY_LEVELS",
    "ArticleResult",
    "Credit",
    "Cue",
    "EntityMention",
    "EntityRecord",
    "EntityRole",
    "Evidence",
    "MarkIssue",
    "Quote",
    "SourceSummary",
    "Speaker",
    "Via",
    "decode_record",
]


@dataclass
class Cue:
    text: str
    start: int
    end: int
    lemma: str
    kind: CueKind = "speech"


@dataclass
class Via:
    """The outlet through which a statement reached the article ("told Reuters")."""

    name: str
    text: str
    start: int
    end: int
    known: bool  # in the outlet gazetteer, or only found by the pattern


@dataclass
class Speaker:
    text: str  # the mention as written
    start: int
    end: int
    name: str  # resolved fullest name, or the description for unnamed sources
    type: SpeakerType = "unknown"
    role: str | None = None
    anonymity: Anonymity = "named-no-role"
    reason: str | None = None
    reason_boilerplate: bool = False
    plural: bool = False
    resolved_by: str | None = None  # how ``name`` was found when it differs from the mention
    entity: int | None = None  # the id of the speaker's entry in the article's ``entities``
    # every entity that speaks the quote: [entity] alone, or all of "Roe and Doe said" in order
    entities: list[int] = field(default_factory=list)


# How the speaker was tied to the quote. parse: the speaker is a dependent of the cue (or the cue of
# the speaker) in one parsed sentence. nearby: a fallback took a nominal near the cue. inherited:
# the quote continues the previous quote's speaker. frame: an impersonal frame ("reportedly")
# stands in for the speaker. none: no speaker at all.
SpeakerLink = Literal["parse", "nearby", "inherited", "frame", "none"]
MechanismStatus = Literal["stable", "repair"]
Confidence = Literal["certain", "uncertain"]
# Do the quote marks agree with the quote? paired: its marks pair cleanly within a paragraph with
# no stray mark; stray: the paragraph also has a mark without a partner, so the pairing (and the
# quote's extent) is a guess; none: reported speech, no marks involved.
MarksAgreement = Literal["paired", "stray", "none"]


@dataclass
class Evidence:
    """What a quote's attribution rests on, so a finding about it can say how sure it is."""

    mechanism: str  # the pattern or mechanism id (the quote's ``rule``)
    source: Literal["pattern", "mechanism"]
    status: MechanismStatus  # repair: makes up for a frequent misparse, so it may be wrong
    speaker_link: SpeakerLink
    # certain: a stable mechanism and a speaker the parse links (or, for an unattributed quote,
    # a stable mechanism that found nothing), with marks that pair cleanly; anything guessed is
    # uncertain.
    confidence: Confidence
    marks: MarksAgreement = "paired"


@dataclass
class Quote:
    kind: QuoteKind
    start: int
    end: int
    text: str
    line: int
    column: int
    cue: Cue | None
    speaker: Speaker | None
    rule: str  # the pattern or mechanism that made the attribution
    via: Via | None = None
    opinion: bool = False  # the cue is a cognition verb (believe, think, fear)
    sentences: int = 1  # how many sentences the quoted text spans
    speaker_sentence: int | None = None  # 1-based sentence of the quote where the speaker first appears
    evidence: Evidence | None = None  # None only in hand-built records


@dataclass
class Credit:
    """A credit or dateline line, or a photo credit (kept apart from sources)."""

    kind: CreditKind
    text: str
    start: int
    end: int
    line: int
    column: int
    outlets: list[str] = field(default_factory=list)


@dataclass
class SourceSummary:
    name: str
    type: SpeakerType
    anonymity: Anonymity
    reason: str | None
    quotes: int
    via: list[str] = field(default_factory=list)
    plural: bool = False
    role: str | None = None
    entity: int | None = None  # the id of the source's entry in the article's ``entities``


# How a role was read off the text (provenance/sources/roles.py).
RoleHow = Literal[
    "title",
    "premodifier",
    "apposition",
    "relative-clause",
    "age",
    "party",
    "affiliation",
    "predicate",
    "situation",
    "epithet",
]
Gender = Literal["female", "male"]
Number = Literal["singular", "plural"]


@dataclass
class EntityRole:
    """A description the article gives the entity, as written ("UFCW Local 832 president")."""

    text: str
    start: int
    end: int
    how: RoleHow


@dataclass
class EntityMention:
    """Where the article refers to the entity: its name outside quotes, or a speaker mention."""

    text: str
    start: int
    end: int
    resolved_by: str | None = None  # as on Speaker: how a pronoun or short name was linked


@dataclass
class EntityRecord:
    """One entry of the article's who-is-who: a person, organisation or unnamed source, with
    every role and mention the article gives it. Speakers point here by ``entity``."""

    id: int
    name: str
    type: SpeakerType
    anonymity: Anonymity
    roles: list[EntityRole] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)
    gender: Gender | None = None  # from courtesy titles, gendered role nouns, the article's pronouns
    number: Number = "singular"
    quotes: int = 0


@dataclass
class MarkIssue:
    """A quote mark that has no partner; reported by the checker, never fatal."""

    char: str
    start: int
    line: int
    column: int
    problem: MarkProblemKind


@dataclass
class ArticleResult:
    path: str
    quotes: list[Quote] = field(default_factory=list)
    sources: list[SourceSummary] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    photo_credits: list[Credit] = field(default_factory=list)
    mark_issues: list[MarkIssue] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> ArticleResult:
        """The result ``to_json()`` gave; ValueError for any other shape (see ``decode_record``)."""
        return decode_record(cls, data)


# --------------------------------------------------------------------------- decoding

_R = TypeVar("_R")
_Decoder = Callable[[Any], Any]
_DECODERS: dict[Any, _Decoder] = {}


def decode_record(cls: type[_R], data: Any) -> _R:
    """The record of class ``cls`` whose ``dataclasses.asdict`` is ``data``, checked against the
    field types (exact keys, ``str``/``int``/``bool`` by exact type, Literal values, lists,
    optional fields, nested records); ValueError for anything else. Used to read results back
    from the result cache (provenance.resultcache), so a damaged or foreign entry is a miss."""
    return typing.cast(_R, _decoder(cls)(data))


def _decoder(tp: Any) -> _Decoder:
    """A decoder for one annotated type, built once per type."""
    found = _DECODERS.get(tp)
    if found is None:
        found = _DECODERS[tp] = _build(tp)
    return found


def _exact(tp: type) -> _Decoder:
    def decode(value: Any) -> Any:
        if type(value) is not tp:
            raise ValueError(f"expected {tp.__name__}, got {type(value).__name__}")
        return value

    return decode


def _build(tp: Any) -> _Decoder:
    origin = typing.get_origin(tp)
    if tp in (str, int, bool, float):
        return _exact(tp)
    if origin is Literal:
        allowed = {(type(a), a) for a in typing.get_args(tp)}

        def literal(value: Any) -> Any:
            if (type(value), value) not in allowed:
                raise ValueError(f"unexpected value {value!r}")
            return value

        return literal
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) != 1 or len(typing.get_args(tp)) != 2:
            raise TypeError(f"cannot decode {tp!r}")
        inner = _decoder(options[0])
        return lambda value: None if value is None else inner(value)
    if origin is list:
        (item,) = typing.get_args(tp)
        each = _decoder(item)

        def sequence(value: Any) -> Any:
            if type(value) is not list:
                raise ValueError("expected a list")
            return [each(v) for v in value]

        return sequence
    if isinstance(tp, type) and is_dataclass(tp):
        return _record_decoder(tp)
    raise TypeError(f"cannot decode {tp!r}")


def _record_decoder(cls: type) -> _Decoder:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in fields(cls)]
    keys = set(names)
    parts = [(n, _decoder(hints[n])) for n in names]

    def record(value: Any) -> Any:
        if type(value) is not dict or value.keys() != keys:
            raise ValueError(f"not a {cls.__name__} record")
        return cls(**{n: decode(value[n]) for n, decode in parts})

    return record
