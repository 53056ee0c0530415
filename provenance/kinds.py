"""Every closed set of values in one place.

Each set is a ``Literal`` (for the type checker) and a tuple derived from it (for validation and
ordering at run time). Config, the policy validator, the records and every report read these, so
a value added here is accepted everywhere at once and spelled the same way.
"""

from __future__ import annotations

from typing import Literal, get_args

# --- findings -------------------------------------------------------------------------------
Level = Literal["error", "warning", "info"]
LEVELS: tuple[Level, ...] = get_args(Level)
# Severity order, lowest first: the rank used by fail-on and by reports that sort or colour.
LEVEL_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
FailOn = Literal["error", "warning", "info", "never"]
FAIL_ON_CHOICES: tuple[FailOn, ...] = get_args(FailOn)
RuleSetting = Literal["error", "warning", "info", "off"]  # a level in config, or off

# --- quotes ---------------------------------------------------------------------------------
QuoteKind = Literal["direct", "mixed", "indirect"]
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
CueKind = Literal["speech", "cognition", "preposition", "noun", "punctuation"]
CUE_KINDS: tuple[CueKind, ...] = get_args(CueKind)

# --- sources --------------------------------------------------------------------------------
SpeakerType = Literal["person", "organization", "anonymous", "unknown"]
SPEAKER_TYPES: tuple[SpeakerType, ...] = get_args(SpeakerType)
# Ordered from most to least transparent; the README documents each level. ``unresolved`` is a
# speaker the resolver could not place (a pronoun with no antecedent, say): emitted, so a rule
# may test for it.
Anonymity = Literal[
    "named",
    "named-no-role",
    "organization",
    "anonymous-with-reason",
    "anonymous",
    "vague",
    "unattributed",
    "unresolved",
]
ANONYMITY_LEVELS: tuple[Anonymity, ...] = get_args(Anonymity)
# link: a link-out line to another story ("READ MORE: <headline>"), not part of the article.
CreditKind = Literal["credit", "dateline", "photo", "link"]
CREDIT_KINDS: tuple[CreditKind, ...] = get_args(CreditKind)

# --- quote marks ----------------------------------------------------------------------------
MarkProblemKind = Literal["unclosed", "unopened"]
