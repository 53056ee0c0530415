"""What a rule can see: the scopes, their records, and the type of every field path.

The fields are exactly those of the dataclasses in provenance.records (so a field added there is
usable at once), plus the derived ones in ``DERIVED`` and the checker's own records below. Closed
value sets come from the ``Literal`` types of provenance.kinds, so a value the extraction emits
(``anonymity: unresolved``) is a value a rule may test, and a typo (``vauge``) is an error.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from provenance import records
from provenance.kinds import ANONYMITY_LEVELS

# --------------------------------------------------------------------------- records rules see

DirectiveKind = Literal["disable-next-line", "disable-line", "disable", "enable", "malformed"]
FileIssueKind = Literal["read-error", "file-too-large", "line-too-long", "analysis-error"]
Scope = Literal["quote", "mark", "credit", "credit_outlet", "source", "suppression", "file", "article"]


@dataclass
class Directive:
    """A suppression comment found in an article (see provenance.suppress)."""

    kind: DirectiveKind
    rules: list[str]
    reason: str | None
    text: str
    start: int
    end: int
    line: int
    column: int
    unknown_rules: list[str] = field(default_factory=list)  # ids that name no rule
    used: bool = False  # silenced at least one finding (known once suppressions are applied)


@dataclass
class FileIssue:
    """A file that was not analysed: unreadable, or beyond the configured size limits."""

    kind: FileIssueKind
    message: str
    start: int = 0
    end: int = 0
    line: int = 1
    column: int = 1


@dataclass
class CreditOutlet:
    """One outlet named by one credit or dateline line."""

    outlet: str
    key: str  # provenance.outlets.outlet_key, for comparison with ``quote.outlet``
    credit: records.Credit


# Where the nearest sign of a speaker is, relative to a quote: in its sentence, its paragraph, a
# paragraph next to it (the speaker chain of a floating quote), or nowhere.
Vicinity = Literal["sentence", "paragraph", "neighbour", "none"]


@dataclass
class QuoteContext:
    """Facts about what surrounds a quote (computed by provenance.policy.context)."""

    speaker_nearby: Vicinity  # the nearest other quote with a speaker (its mention or its words)
    cue_word_nearby: Vicinity  # a speech verb outside quote marks (never "neighbour")
    # The quote's cue is inside another quote (direct or reported): the words or the account of
    # another speaker ("Lohmar said investigators believe ..."), not the reporter's attribution.
    cue_in_quote: bool
    words: int  # words inside the quote
    # The quote opens its sentence and ends like one: a quoted sentence, not a fragment inside
    # the reporter's own (scare quotes, titles, a document's phrase).
    whole_sentence: bool
    # The speaker mention is definite or possessive ("the president of the council", "EDC's chief
    # risk officer"): usually one identifiable office holder rather than an anonymous source.
    speaker_definite: bool
    # The speaker mention describes its source with a noun the anonymous_descriptors or
    # vague_sources lexicon lists ("a senior official", "sources"): an unnamed source as the
    # lexicons define one, not a word the speaker layer took for one ("oil", "strong gusts").
    speaker_descriptor: bool


@dataclass
class ArticleFacts:
    """Article-wide facts that rules compare against (``article.*`` in every scope)."""

    path: str
    quote_count: int
    source_count: int
    credit_outlets: list[str]  # outlet keys named by credit and dateline lines
    relayed_outlets: list[str]  # outlet keys quotes came through (via) or org speakers


TraceOrder = Literal["earlier", "same-day", "later", "unknown"]


@dataclass
class TraceLink:
    """Another appearance of a quote's statement in the quote index (``provenance.trace``)."""

    path: str
    line: int
    start: int
    end: int
    relation: Literal["verbatim", "altered", "paraphrase"]
    diff: list[str]  # word-level differences, read from that appearance to this quote ("added: American")
    speaker: str | None
    same_speaker: bool | None  # None: a side names no speaker, or a person and a body
    outlet: str | None
    outlet_kind: str | None  # the gazetteer's kind of that outlet ("agency", …)
    date: str | None
    order: TraceOrder  # when it appeared, relative to this article
    credited: bool  # this article credits that outlet (credit/dateline line) or names it as via


@dataclass
class NameSpelling:
    """A speaker's name spelled another way for the same person, in this article or a linked one."""

    name: str  # as this quote's speaker is written
    other: str  # the other spelling
    path: str  # where the other spelling is
    variant: str  # spelling, hyphenation


@dataclass
class QuoteTrace:
    """What the quote index says about a quote (present only when there is something to say)."""

    altered: TraceLink | None = None  # the oldest appearance whose words differ
    conflict: TraceLink | None = None  # the oldest appearance credited to another speaker
    earliest: TraceLink | None = None  # the oldest appearance of all (the earliest source)
    spelling: NameSpelling | None = None


# Fields that are not in the records but computed per item (name -> type) for each scope.
DERIVED: dict[str, dict[str, Any]] = {
    "quote": {
        "index": int,
        "position": int,
        "first": bool,
        "last": bool,
        "outlet": str | None,
        # the gazetteer's kind of that outlet ("agency", "broadcaster", …); None when unlisted
        "outlet_kind": str | None,
        "context": QuoteContext,
        # links to other articles (an index is configured) and name spellings: provenance.trace.facts
        "trace": QuoteTrace | None,
    },
    "source": {"index": int, "position": int},
}

SCOPES: dict[str, type] = {  # keys: every value of Scope
    "quote": records.Quote,
    "mark": records.MarkIssue,
    "credit": records.Credit,
    "credit_outlet": CreditOutlet,
    "source": records.SourceSummary,
    "suppression": Directive,
    "file": FileIssue,
    "article": ArticleFacts,
}
# Plain-``str`` fields whose values are still a closed set (older records spelled anonymity as str).
KNOWN_VALUES: dict[str, tuple[str, ...]] = {"anonymity": ANONYMITY_LEVELS}


# --------------------------------------------------------------------------- field schema


@dataclass(frozen=True)
class FieldType:
    """What a field path leads to: a record (with sub-fields), a list, or a scalar."""

    kind: Literal["record", "list", "scalar"]
    fields: Mapping[str, FieldType] | None = None
    values: tuple[Any, ...] | None = None  # allowed values of a Literal or known vocabulary


def _field_type(tp: Any, name: str = "") -> FieldType:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _field_type(args[0], name) if len(args) == 1 else FieldType("scalar")
    if origin is Literal:
        return FieldType("scalar", values=typing.get_args(tp))
    if origin in (list, tuple):
        return FieldType("list")
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _record_type(tp)
    return FieldType("scalar", values=KNOWN_VALUES.get(name))


def _record_type(cls: type, extra: Mapping[str, Any] | None = None) -> FieldType:
    hints = typing.get_type_hints(cls)
    fields = {f.name: _field_type(hints[f.name], f.name) for f in dataclasses.fields(cls) if not f.name.startswith("_")}
    for name, tp in (extra or {}).items():
        fields[name] = _field_type(tp, name)
    return FieldType("record", fields=fields)


@cache
def scope_schema(scope: str) -> FieldType:
    """The fields a rule may use in ``scope``: the record's own, derived ones, and ``article``."""
    schema = _record_type(SCOPES[scope], DERIVED.get(scope))
    fields = dict(schema.fields or {})
    # `article.*` works in every scope, the article scope included, so rules read the same.
    fields["article"] = _record_type(ArticleFacts)
    return FieldType("record", fields=fields)


def resolve_type(schema: FieldType, path: str) -> FieldType | None:
    current = schema
    for part in path.split("."):
        if current.kind != "record" or current.fields is None or part not in current.fields:
            return None
        current = current.fields[part]
    return current


def field_paths(schema: FieldType, prefix: str = "") -> list[str]:
    """Every usable path in a schema (for docs and 'did you mean' messages)."""
    out: list[str] = []
    for name, ft in (schema.fields or {}).items():
        path = f"{prefix}{name}"
        out.append(path)
        if ft.kind == "record":
            out.extend(field_paths(ft, path + "."))
    return out
