"""Name spellings inside one checked article: the trace facts that need no quote index.

``check`` without an index looks only at these; provenance.trace.facts adds what an index says
and builds on this module. They are kept apart so that a check without an index (a pre-commit
hook over cached articles) never imports the archive records, the index store and the linker,
which cost more start-up time than the whole rest of the trace step (issue #17).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from provenance.document import Document
from provenance.policy.schema import NameSpelling, QuoteTrace
from provenance.records import ArticleResult, Quote
from provenance.trace.names import mentions_in
from provenance.trace.speakers import match_people

# A different spelling an editor must settle: not capitalisation, not a surname alone or an initial.
_SPELLING_VARIANTS = ("spelling", "hyphenation")


@dataclass
class TracedQuote(Quote):
    trace: QuoteTrace | None = None


def people_in(doc: Document, result: ArticleResult) -> list[tuple[str, str]]:
    """(name, where) of every person the article names: person speakers and marked names."""
    names = [(q.speaker.name, doc.path) for q in result.quotes if q.speaker is not None and q.speaker.type == "person"]
    names += [(m.text, doc.path) for m in mentions_in(doc.path, doc.text)]
    return names


def other_spelling(q: Quote, others: Iterable[tuple[str, str]]) -> NameSpelling | None:
    """The first of ``others`` (name, where) that spells this quote's person speaker another way."""
    if q.speaker is None or q.speaker.type != "person" or not q.speaker.name:
        return None
    name = q.speaker.name
    for other_name, path in others:
        m = match_people(name, other_name)
        if m.same and m.variant in _SPELLING_VARIANTS:
            return NameSpelling(name=name, other=other_name, path=path, variant=m.variant or "spelling")
    return None


def with_trace(q: Quote, facts: QuoteTrace) -> Quote:
    """``q`` carrying ``facts``; ``q`` itself when there is nothing to report, so every other
    rule sees exactly what it saw before."""
    if facts == QuoteTrace():
        return q
    fields = {f.name: getattr(q, f.name) for f in dataclasses.fields(Quote)}
    return TracedQuote(**fields, trace=facts)


def trace_names(doc: Document, result: ArticleResult) -> ArticleResult:
    """``result`` with each quote whose speaker the article also spells another way carrying
    that ``trace`` (what ``ArticleTracer`` without an index gives, without its imports)."""
    people = people_in(doc, result)
    quotes = [with_trace(q, QuoteTrace(spelling=other_spelling(q, people))) for q in result.quotes]
    return dataclasses.replace(result, quotes=quotes)
