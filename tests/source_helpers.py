"""Hand-built articles through attribution and the sources stage (no model), shared by the
entity-layer tests."""

from __future__ import annotations

from parse_helpers import Row, article

from provenance.attribution import Attributor
from provenance.quotemarks import pair_marks
from provenance.records import ArticleResult
from provenance.sources import SourceModel, resolve_article
from provenance.vocab import load_vocabulary

VOCAB = load_vocabulary()
MODEL = SourceModel.build(VOCAB)


def said(subject: tuple[str, str]) -> list[Row]:
    """ "<subject> said the plan works ." with the subject's (text, upos)."""
    return [
        (subject[0], subject[0].lower(), subject[1], 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("plan", "plan", "NOUN", 4, "nsubj"),
        ("works", "work", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]


def resolve(paragraphs: list[list[list[Row]]]) -> ArticleResult:
    """The article's quotes, sources and entities, as ``extract`` would report them."""
    doc, paras = article(paragraphs)
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    attributor = Attributor(VOCAB)
    paras = attributor.repair(paras)  # as provenance.pipeline.analyse_document does
    found = attributor.attribute(doc.text, paras, spans)
    r = resolve_article(MODEL, doc, paras, spans, found)
    return ArticleResult(path=doc.path, quotes=r.quotes, sources=r.sources, entities=r.entities)


def sentence_quotes(rows: list) -> list[tuple[str, str, str, str]]:
    """One sentence's quotes as (text, speaker text, kind, rule): what a reading test compares."""
    r = resolve([[rows]])
    return [(q.text, q.speaker.text if q.speaker else "", q.kind, q.rule) for q in r.quotes]


def quote_speakers(*sentences: list[Row]) -> list[tuple[str, str | None, str]]:
    """Each quote's speaker as (entity name, role, anonymity); the sentences make one paragraph."""
    r = resolve([list(sentences)])
    entities = {e.id: e for e in r.entities}
    out = []
    for q in r.quotes:
        assert q.speaker is not None and q.speaker.entity is not None
        out.append((entities[q.speaker.entity].name, q.speaker.role, q.speaker.anonymity))
    return out


def quote_records(*paragraphs: list[Row]) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each quote as (text, speaker's entity name, type, role); each argument is a paragraph of one
    sentence, the paragraphs one article."""
    return _records([[p] for p in paragraphs], "role")


def coordinated_speakers(*paragraphs: list[Row]) -> list[list[str]]:
    """Each quote's speakers' names (all of a coordination); arguments as for ``quote_records``."""
    r = resolve([[p] for p in paragraphs])
    names = {e.id: e.name for e in r.entities}
    return [[names[e] for e in q.speaker.entities] if q.speaker else [] for q in r.quotes]


def article_records(*paragraphs: tuple[list[Row], ...]) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each quote as (text, speaker's entity name, type, anonymity); each argument a paragraph of one
    or more sentences, the paragraphs one article."""
    return _records([list(p) for p in paragraphs], "anonymity")


def _records(paragraphs: list[list[list[Row]]], last: str) -> list[tuple[str, str | None, str | None, str | None]]:
    r = resolve(paragraphs)
    names = {e.id: e.name for e in r.entities}
    return [
        (q.text, names.get(q.speaker.entity) if q.speaker else None, q.speaker.type if q.speaker else None,
         getattr(q.speaker, last) if q.speaker else None)
        for q in r.quotes
    ]  # fmt: skip
