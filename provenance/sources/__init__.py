"""Sources: who the speakers are, how anonymous and why, through which outlet; credits.

Entry: ``resolve_sources(model, doc, paragraphs, quote_spans, attributions)`` -> quote records
and per-source summaries; ``find_credits(model, doc)`` for credit, dateline and photo lines.
``SourceModel.build(vocab)`` compiles what they need once per run.
"""

from provenance.sources.anonymity import anonymity_level
from provenance.sources.credits import find_credits
from provenance.sources.model import Entity, SourceModel
from provenance.sources.outlets import OutletGazetteer
from provenance.sources.resolve import SpeakerResolver, resolve_sources

__all__ = [
    "Entity",
    "OutletGazetteer",
    "SourceModel",
    "SpeakerResolver",
    "anonymity_level",
    "find_credits",
    "resolve_sources",
]
