"""``--jobs N`` for extract and check: the articles analysed in N worker processes.

Each worker loads the model once (spawned, not forked: a forked copy of a process that has
touched torch's thread pools can deadlock) and runs one torch thread, so N workers use N cores
instead of fighting over them; chunks of articles go out in input order and results come back in
input order, so the output is the same as a single process's. Results the command wants in the
result cache are stored by this (the parent) process, as the workers report them settled. The default is one process unless
enough articles actually need the model (``default_jobs``): a cached re-run or a hook with two
files never pays for starting workers.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from provenance.errors import ProvenanceError

if TYPE_CHECKING:
    from provenance.document import Document
    from provenance.pipeline import Analysis, Progress
    from provenance.records import ArticleResult
    from provenance.syntax.parser import Parser

COLD_FILES = 8  # fewer uncached articles than this: one process is faster than starting workers
MAX_DEFAULT_JOBS = 4

_WORKER: list[Analysis] = []  # this worker process's analysis, loaded once by the initializer
_START_ERROR: list[str] = []


def default_jobs(parser: Parser, docs: list[Document]) -> int:
    """1 unless at least COLD_FILES articles have paragraphs the parse cache does not hold."""
    cold = 0
    for d in docs:
        if parser.uncached([p.text for p in d.paragraphs]):
            cold += 1
            if cold >= COLD_FILES:
                return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_JOBS))
    return 1


def _init(model: str | None, use_cache: bool, extra: dict[str, list] | None) -> None:
    try:
        from provenance.syntax.loading import collection_paused, import_stanza, only_predicting

        only_predicting()  # a worker only predicts: the parts of torch it never uses stay unloaded
        with collection_paused():
            import_stanza()  # sets the native cache bounds before torch's libraries first run
        import torch

        torch.set_num_threads(1)
        from provenance.pipeline import Analysis
        from provenance.vocab import load_vocabulary

        analysis = Analysis.create(load_vocabulary(extra or None), model, use_cache)
        analysis.parser._load()  # the model error, if any, once per worker and before any task
        _WORKER.append(analysis)
    except Exception as err:  # kept for the first task to raise as one line (see archive/work.py)
        _START_ERROR.append(str(err) if isinstance(err, ProvenanceError) else f"{type(err).__name__}: {err}")


def _task(docs: list[Document], wanted: list[bool], isolate: bool) -> tuple[list[ArticleResult], str, list[bool]]:
    """The results of ``docs`` (``isolate`` as ``pipeline.analyse``'s); for the ``wanted`` ones
    (looked up in the parent's result cache and missed), which the pipeline vouched for, and this
    process's ``process_identity``."""
    if _START_ERROR:
        raise ProvenanceError(f"a worker process could not start: {_START_ERROR[0]}")
    from provenance import resultcache
    from provenance.pipeline import analyse

    analysis = _WORKER[0]
    if not any(wanted):
        return analyse(docs, analysis=analysis, isolate=isolate), "", [False] * len(docs)
    mine = [d for d, w in zip(docs, wanted) if w]
    with resultcache.vouching(mine, analysis.parser) as flags:
        results = analyse(docs, analysis=analysis, isolate=isolate)
    vouched = iter(flags)
    return results, resultcache.process_identity(analysis.parser), [w and next(vouched) for w in wanted]


def analyse_in_processes(
    docs: list[Document],
    jobs: int,
    *,
    model: str | None,
    use_cache: bool,
    extra: dict[str, list] | None = None,
    progress: Progress | None = None,
    isolate: bool = False,
) -> list[ArticleResult]:
    """``pipeline.analyse`` over ``docs`` on ``jobs`` processes (``isolate`` as its); results in
    input order."""
    # imported here: a cached run (one process) never needs them (15-30 ms at every start)
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    from provenance import resultcache
    from provenance.pipeline import chunks

    batches = list(chunks(docs, words=2_000))  # small chunks: both workers busy until the end
    # which results the command keeps in the result cache: the workers say which of those their
    # pipeline vouched for, and they are stored here (a worker writes nothing into the cache)
    wanted = [[resultcache.wanted(d) for d in batch] for batch in batches]
    out: list[ArticleResult] = []
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init,
        initargs=(model, use_cache, extra),
    ) as pool:
        isolated = [isolate] * len(batches)
        for batch, (results, identity, vouched) in zip(batches, pool.map(_task, batches, wanted, isolated)):
            for doc, result, ok in zip(batch, results, vouched, strict=True):
                if ok:
                    resultcache.settled_elsewhere(doc, result, identity)
            out.extend(results)
            if progress is not None:
                for d in batch:
                    progress.advance(d.path)
    return out
