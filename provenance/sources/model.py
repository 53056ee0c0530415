"""What the sources stage knows: entities of one article, and the vocabulary compiled once per run."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

import regex

from provenance.attribution.retags import demonym_noun
from provenance.kinds import SpeakerType
from provenance.lexical import compile_list
from provenance.records import Speaker, Via
from provenance.vocab import Vocabulary

from .names import NameVocab
from .outlets import OutletGazetteer


@dataclass
class Entity:
    """Who or what one or more mentions of an article refer to."""

    id: int
    name: str
    type: SpeakerType
    role: str | None = None
    plural: bool = False
    reason: str | None = None
    reason_boilerplate: bool = False
    vague: bool = False
    head_lemma: str = ""
    description: str = ""
    # named again and again outside quotes: a figure the story is about, whose role is evident
    # from the story even where no sentence states it (labels: "Tiger Woods at a tournament")
    prominent: bool = False


# How a speaker mention was linked to its entity (``resolved_by`` in the output; README)
ResolvedBy = Literal[
    "pronoun",
    "short-name",
    "known-people",
    "statement-owner",
    "definite-description",
    "relative-pronoun",
    "identified-as",
    "named-next",
    "named-members",
    "family-name",
    "headline-document",
]
Resolution = tuple[Entity | None, ResolvedBy | None]

# What the sources stage makes of one attribution: the speaker record, its entity, the outlet.
Resolved = tuple[Speaker | None, Entity | None, Via | None]


def statement_noun(vocab: Vocabulary, word: str) -> bool:
    """A noun for a statement or a document ("statement", "filing", "interview", "report"): what
    speaks for its owner, what an outlet can obtain, where a source spoke."""
    return vocab.in_lexicon("noun_cues", word) or vocab.in_lexicon("document_nouns", word)


@dataclass
class SourceModel:
    """The vocabulary compiled for source analysis (built once per run)."""

    vocab: Vocabulary
    outlets: OutletGazetteer
    names: NameVocab

    @classmethod
    def build(cls, vocab: Vocabulary) -> SourceModel:
        return cls(vocab=vocab, outlets=OutletGazetteer(vocab.lexicon("outlets")), names=NameVocab.build(vocab))

    # The lexicon regexes are compiled on first use: ~40 patterns cost 10-17 ms, and an article
    # with no anonymous source or outlet never searches some of them (issue #17). Each list is
    # still compiled whole, and an invalid pattern is the same error, raised when it is needed.
    @functools.cached_property
    def reasons(self) -> list[regex.Pattern[str]]:
        return self._patterns("anonymity_reasons")

    @functools.cached_property
    def boilerplate(self) -> list[regex.Pattern[str]]:
        return self._patterns("boilerplate_reasons")

    @functools.cached_property
    def channels_before(self) -> list[regex.Pattern[str]]:
        return self._channels("before")

    @functools.cached_property
    def channels_after(self) -> list[regex.Pattern[str]]:
        return self._channels("after")

    @functools.cached_property
    def channels_to_names(self) -> list[regex.Pattern[str]]:
        # a before-side cue and the capitalised name after it ("spoke to the Harbour City Ledger"),
        # for outlets no gazetteer knows
        channels = self.vocab.lexicon("channel_cues")
        shape = r"\b(?:{})\s+(?:the\s+)?((?-i:\p{{Lu}}[\w'&-]*(?:\s+\p{{Lu}}[\w'&-]*){{0,4}}))"
        entries = [shape.format(e.name) for e in channels.entries if e.attrs.get("side") == "before"]
        return compile_list(entries, channels.path)

    def _patterns(self, name: str) -> list[regex.Pattern[str]]:
        lex = self.vocab.lexicon(name)
        return compile_list([e.name for e in lex.entries], lex.path)

    def _channels(self, side: str) -> list[regex.Pattern[str]]:
        # anchored where the outlet's name starts or ends
        channels = self.vocab.lexicon("channel_cues")
        shape = r"(?:{})\s+(?:the\s+)?$" if side == "before" else r"^(?:\s+)?(?:{})"
        entries = [shape.format(e.name) for e in channels.entries if e.attrs.get("side") == side]
        return compile_list(entries, channels.path)

    def is_role(self, word: str) -> bool:
        # (a compound of roles joined by a hyphen: "director-general", "co-director", "mother-in-law")
        parts = word.split("-")
        return self.vocab.in_lexicon("person_roles", word) or (
            len(parts) > 1 and any(self.vocab.in_lexicon("person_roles", p) for p in (parts[0], parts[-1]))
        )

    def is_statement(self, lemma: str) -> bool:
        return statement_noun(self.vocab, lemma)

    def is_setting(self, lemma: str) -> bool:
        """Where or when one spoke: a statement or document ("in a court filing"), or a time
        ("on Tuesday")."""
        return self.is_statement(lemma) or self.vocab.in_lexicon("time_nouns", lemma)

    def is_title(self, word: str) -> bool:
        """A word that can open a name as its title: a role ("Senator Jane Roe"), a party
        member ("Democrat Hillary Clinton", "Ranking Democrat Dianne Feinstein") or a title that
        names no post alone ("Advocate Dali Mpofu": ``name_titles``)."""
        return (
            self.is_role(word)
            or self.vocab.in_lexicon("party_members", word)
            or self._name_title(word)  # ("Senior Advocate Meera Krishnan", "Labour MS Jenny Rathbone")
        )

    def _name_title(self, word: str) -> bool:
        entry = self.vocab.lexicon("name_titles").get(word)  # (as written, where the entry says so)
        return entry is not None and (not entry.attrs.get("case_sensitive") or entry.name == word)

    def without_nation(self, name: str) -> str:
        """A name without the nation's adjective or noun opening it before a known given name:
        "Italian Paolo Ferraresi" is Paolo Ferraresi, described by his nation ("the Italian Paolo
        Ferraresi", "Kenyan Faith Rotich"); "Italian Football Federation" keeps its nation."""
        words = name.split()
        if len(words) > 2 and demonym_noun(words[0], self.vocab.in_lexicon):
            if words[1].lower() in self.names.given_names:
                return " ".join(words[1:])
        return name
