"""Running the per-article function on N local processes or on a Dask cluster.

Both runners take batches in input order and give results back in the same order, whatever
order the workers finish in, so the index written by the one writer is the same as a
single-process run's. At most a window of batches is in flight, so a million-file archive is
never read ahead into memory. A worker that dies or a batch that times out becomes an error
line for each article of that batch; the run goes on and the next run retries them.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from provenance.archive.work import (
    WINDOW,
    Job,
    Outcome,
    Runner,
    Settings,
    analyse_batch,
    dask_batch,
    init_local_worker,
)
from provenance.errors import ProvenanceError

TASK_TIMEOUT = 1800.0  # seconds one batch may take before its articles are reported as failed
CONNECT_TIMEOUT = "30s"  # reaching the Dask scheduler


class _Future(Protocol):
    def result(self, timeout: float | None = None) -> Any: ...


def _failed(batch: list[Job], err: BaseException) -> list[Outcome]:
    reason = " ".join(f"{type(err).__name__}: {err}".split()) or type(err).__name__
    return [Outcome(job.path, error=f"{job.path}: worker failed ({reason})") for job in batch]


def _collect(batch: list[Job], future: _Future) -> list[Outcome]:
    try:
        outcomes = future.result(timeout=TASK_TIMEOUT)
    except ProvenanceError:
        raise  # the model cannot load: every article would fail the same way
    except Exception as err:
        return _failed(batch, err)
    return list(outcomes)


def ordered(
    submit: Callable[[list[Job]], _Future], batches: Iterable[list[Job]], window: int
) -> Iterator[list[Outcome]]:
    """Submit batches with at most ``window`` in flight; yield their results in input order."""
    pending: deque[tuple[list[Job], _Future]] = deque()
    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= window:
            yield _collect(*pending.popleft())
    while pending:
        yield _collect(*pending.popleft())


def local_processes(jobs: int, settings: Settings) -> Runner:
    """``--jobs N``: N spawned processes, each loading the model once (spawn, not fork: a forked
    copy of a process that has touched torch's thread pools can deadlock)."""
    from provenance.models import resolve_model

    resolve_model(settings.model)  # a broken model is one error now, not N dead workers later

    def run(batches: Iterable[list[Job]]) -> Iterator[list[Outcome]]:
        pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_local_worker,
            initargs=(settings,),
        )
        try:
            yield from ordered(lambda b: pool.submit(analyse_batch, b, settings), batches, jobs * WINDOW)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    return run


def on_dask(address: str, settings: Settings) -> Runner:
    """``--scheduler ADDRESS``: the same function as Dask tasks; each worker process keeps its
    model between tasks (``work.worker_analysis``). The workers must have provenance installed
    and the model at the same path (or the packaged one)."""
    try:
        from distributed import Client
    except ImportError:
        raise ProvenanceError("--scheduler needs Dask: pip install 'provenance[archive]'", address) from None

    def run(batches: Iterable[list[Job]]) -> Iterator[list[Outcome]]:
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as err:
            raise ProvenanceError(f"cannot reach the Dask scheduler ({err})", address) from None
        try:
            slots = max(1, sum(client.nthreads().values()))
            yield from ordered(lambda b: client.submit(dask_batch, b, settings, pure=False), batches, slots * WINDOW)
        finally:
            client.close()

    return run
