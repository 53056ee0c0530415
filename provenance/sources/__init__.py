"""Sources: who the speakers are, how anonymous and why, through which outlet; credits.

Entry: ``resolve_article(model, doc, paragraphs, quote_spans, attributions)`` -> quote records,
per-source summaries and the article's entities (``resolve_sources`` gives the first two); ``find_credits(model, doc)`` for credit, dateline and photo lines.
``SourceModel.build(vocab)`` compiles what they need once per run.
"""

from provenance.sources.anonymity import anonymity_level
from provenance.sources.credits import find_credits
from provenance.sources.model import Entity, SourceModel
from provenance.sources.outlets import OutletGazetteer
from provenance.sources.resolve import SourcesResult, SpeakerResolver, resolve_article, resolve_sources

__all__ = [
    "Entity",
    "OutletGazetteer",
    "SourceModel",
    "SourcesResult",
    "SpeakerResolver",
    "anonymity_level",
    "find_credits",
    "resolve_article",
    "resolve_sources",
]
