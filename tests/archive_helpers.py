"""A stand-in for the model in index tests: quotes are the text between curly double quotes.

Index behaviour (incremental runs, killed runs, bad files) does not depend on what the parser
finds, and loading the model for it would make these tests slow; the model-marked tests run the
real pipeline end to end.
"""

from __future__ import annotations

import regex

from provenance.archive.records import records_from_result
from provenance.archive.work import Job, Outcome, Settings
from provenance.document import make_document
from provenance.records import ArticleResult, Quote

CALLS: list[str] = []  # paths analysed, in order
_CURLY = regex.compile(r"“[^”\n]+”")


def fake_analyse_batch(jobs: list[Job], settings: Settings) -> list[Outcome]:
    from provenance.sources import SourceModel, find_credits
    from provenance.vocab import load_vocabulary

    model = SourceModel.build(load_vocabulary())
    out = []
    for job in jobs:
        CALLS.append(job.path)
        doc = make_document(job.text, job.path)
        quotes = [
            Quote("direct", m.start(), m.end(), m.group(), *doc.line_col(m.start()), cue=None, speaker=None, rule="x")
            for m in _CURLY.finditer(doc.text)
        ]
        credits = find_credits(model, doc)
        result = ArticleResult(job.path, quotes=quotes, credits=[c for c in credits if c.kind != "photo"])
        meta, records = records_from_result(job.path, job.sha256, doc, result, settings.keys)
        out.append(Outcome(job.path, meta, tuple(records)))
    return out
