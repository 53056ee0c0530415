"""The per-article function of the index, the same in every process that runs it.

``analyse_batch`` turns a few articles (path, content hash, text) into index records. It runs in
the indexing process itself (``--jobs 1``), in local worker processes (``--jobs N``) or on Dask
workers (``--scheduler``); each process loads the model once and keeps it (``worker_analysis``).
Results are plain picklable data, written to the index by the one writer, the calling process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from provenance.archive.meta import DEFAULT_META_KEYS, MetaKeys
from provenance.archive.records import ArticleMeta, QuoteRecord, SentenceSpan, records_from_result, sentence_spans
from provenance.document import make_document
from provenance.errors import ProvenanceError

WINDOW = 4  # batches in flight per worker: keeps workers busy without reading the whole archive ahead


@dataclass(frozen=True)
class Job:
    path: str  # the path stored in the index (what reports show)
    sha256: str
    text: str


@dataclass(frozen=True)
class Outcome:
    path: str
    meta: ArticleMeta | None = None
    records: tuple[QuoteRecord, ...] = ()
    error: str | None = None  # one line naming the file
    sentences: tuple[SentenceSpan, ...] = ()  # for the sentence search of `trace`


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    use_cache: bool = True
    keys: MetaKeys = DEFAULT_META_KEYS


# A runner takes batches in input order and yields their outcomes in the same order.
Runner = Callable[[Iterable[list[Job]]], Iterator[list[Outcome]]]

# One Analysis per process and settings: a Dask worker runs many tasks, and loading the model
# for each would cost more than parsing the article. The lock keeps a multi-threaded worker from
# running two parses on one model at once.
_ANALYSES: dict[tuple[str | None, bool], object] = {}
_LOCK = threading.Lock()


def worker_analysis(settings: Settings):  # -> provenance.pipeline.Analysis (imported lazily)
    from provenance.pipeline import Analysis

    key = (settings.model, settings.use_cache)
    analysis = _ANALYSES.get(key)
    if analysis is None:
        analysis = Analysis.create(model=settings.model, use_cache=settings.use_cache)
        _ANALYSES[key] = analysis
    return analysis


def single_thread() -> None:
    """One intra-op thread per worker: N workers on N cores, not N x cores threads fighting."""
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:  # the parser's own import reports a missing torch properly
        pass


def _one_line(err: BaseException) -> str:
    return " ".join(f"{type(err).__name__}: {err}".split())


def _analyse(jobs: list[Job], settings: Settings) -> list[Outcome]:
    from provenance.pipeline import analyse

    docs = [make_document(job.text, job.path) for job in jobs]
    results = analyse(docs, analysis=worker_analysis(settings))
    outcomes = []
    for job, doc, result in zip(jobs, docs, results):
        meta, records = records_from_result(job.path, job.sha256, doc, result, settings.keys)
        outcomes.append(Outcome(job.path, meta, tuple(records), sentences=tuple(sentence_spans(doc.text))))
    return outcomes


def analyse_batch(jobs: list[Job], settings: Settings) -> list[Outcome]:
    """Index records of each article; an article that fails is an error line, never the batch's end.

    The batch is parsed in one go (the parser batches paragraphs across articles); if that fails,
    each article is retried alone so that one bad article costs only itself."""
    if _START_ERROR:
        raise ProvenanceError(f"a worker process could not start: {_START_ERROR[0]}")
    with _LOCK:
        worker_analysis(settings)  # a model that cannot load is the run's error, not each article's
        if len(jobs) > 1:
            try:
                return _analyse(jobs, settings)
            except Exception:  # found again below, article by article
                pass
        return [_alone(job, settings) for job in jobs]


def _alone(job: Job, settings: Settings) -> Outcome:
    try:
        return _analyse([job], settings)[0]
    except ProvenanceError as err:
        return Outcome(job.path, error=str(err))
    except Exception as err:  # a bug in one article's analysis: reported, the archive goes on
        return Outcome(job.path, error=f"{job.path}: internal error: {_one_line(err)}")


_START_ERROR: list[str] = []  # why this worker process could not load the model


def init_local_worker(settings: Settings) -> None:
    """ProcessPoolExecutor initializer: threads first, then the model, once per process. A
    failure is kept and raised by the first task as one line: an initializer that raises kills
    the pool with a traceback and a message that names nothing."""
    single_thread()
    try:
        worker_analysis(settings)
    except Exception as err:
        _START_ERROR.append(str(err) if isinstance(err, ProvenanceError) else _one_line(err))


def dask_batch(jobs: list[Job], settings: Settings) -> list[Outcome]:
    """The Dask task: ``analyse_batch`` with one torch thread per worker thread."""
    if not _ANALYSES:
        single_thread()
    return analyse_batch(jobs, settings)
