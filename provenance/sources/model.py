"""What the sources stage knows: entities of one article, and the vocabulary compiled once per run."""

from __future__ import annotations

from dataclasses import dataclass

import regex

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


# What the sources stage makes of one attribution: the speaker record, its entity, the outlet.
Resolved = tuple[Speaker | None, Entity | None, Via | None]


@dataclass
class SourceModel:
    """The vocabulary compiled for source analysis (built once per run)."""

    vocab: Vocabulary
    outlets: OutletGazetteer
    reasons: list[regex.Pattern[str]]
    boilerplate: list[regex.Pattern[str]]
    names: NameVocab
    channels_before: list[regex.Pattern[str]]
    channels_after: list[regex.Pattern[str]]

    @classmethod
    def build(cls, vocab: Vocabulary) -> SourceModel:
        def patterns(name: str) -> list[regex.Pattern[str]]:
            lex = vocab.lexicon(name)
            return compile_list([e.name for e in lex.entries], lex.path)

        channels = vocab.lexicon("channel_cues")

        def sided(side: str) -> list[regex.Pattern[str]]:
            # anchored where the outlet's name starts or ends
            shape = r"(?:{})\s+(?:the\s+)?$" if side == "before" else r"^(?:{})"
            entries = [shape.format(e.name) for e in channels.entries if e.attrs.get("side") == side]
            return compile_list(entries, channels.path)

        return cls(
            channels_before=sided("before"),
            channels_after=sided("after"),
            vocab=vocab,
            outlets=OutletGazetteer(vocab.lexicon("outlets")),
            reasons=patterns("anonymity_reasons"),
            boilerplate=patterns("boilerplate_reasons"),
            names=NameVocab.build(vocab),
        )

    def is_role(self, word: str) -> bool:
        return self.vocab.in_lexicon("person_roles", word)
