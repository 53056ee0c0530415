"""Attribution: which words report which quote, and who the cue's subject is.

Entry: ``Attributor(vocab).attribute(text, paragraphs, quote_spans) -> list[Attribution]``.
Dependency patterns (rules/patterns/, behaviour as ``options``) run first; the registered
mechanisms (``MECHANISMS``) then handle what the parse did not link.
"""

from provenance.attribution.attribute import Attributor
from provenance.attribution.mechanisms import MECHANISMS, Mechanism
from provenance.attribution.model import Attribution, ParsedParagraph

__all__ = ["MECHANISMS", "Attribution", "Attributor", "Mechanism", "ParsedParagraph"]
