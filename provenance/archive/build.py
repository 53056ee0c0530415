"""Building the index: collect files, skip the unchanged, analyse the rest, write in batches.

The calling process is the only writer. It reads each file once to hash it (an unchanged hash
means nothing to do: no read of the text, no model load), hands the changed ones to the runner
(this process, N local processes, or a Dask cluster) in batches, and writes the results back in
input order, one transaction per batch: a run killed at any point leaves whole articles only,
and the next run redoes exactly what is missing or changed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from provenance.archive.meta import DEFAULT_META_KEYS, MetaKeys
from provenance.archive.store import QuoteIndex
from provenance.archive.work import Job, Outcome, Runner, Settings, analyse_batch
from provenance.checker.reading import read_checked
from provenance.config import ConfigCache
from provenance.errors import ProvenanceError
from provenance.files import STDIN, collect_files

BATCH = 8  # articles per task: the parser batches their paragraphs; small enough to lose little when killed


@dataclass
class IndexStats:
    seen: int = 0  # article files found
    parsed: int = 0  # analysed and written
    unchanged: int = 0  # skipped: same content hash as in the index
    quotes: int = 0  # quotes written in this run
    moved: int = 0  # unchanged files found under a new path: renamed in the index, not parsed
    removed: int = 0  # articles of the given folders whose file is gone: pruned from the index
    errors: list[str] = field(default_factory=list)  # one line each, naming the file
    warnings: list[str] = field(default_factory=list)  # skipped entries (a named pipe in a folder)
    # The path each given file is stored under, when that is another path to the same file
    # ("./a.txt" given, "/abs/a.txt" stored): what `trace` must ask the index for.
    stored: dict[str, str] = field(default_factory=dict)


def display_path(path: str) -> str:
    """The path an article is stored under: "./corpus/a.txt" and "corpus//a.txt" are one
    article; otherwise the path stays as the user gave it (relative or absolute)."""
    return os.path.normpath(path)


_display = display_path  # the name provenance.trace imported first


def _hash(path: str, limit: int) -> str:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            size += len(chunk)
            if size > limit:
                raise ProvenanceError(f"the file is over {limit:,} bytes (max-file-size)", path)
            digest.update(chunk)
    return digest.hexdigest()


def _jobs(files: Sequence[str], index: QuoteIndex, stats: IndexStats) -> Iterator[Job]:
    """The articles to analyse, in order; unchanged and unreadable ones are counted, not yielded."""
    configs = ConfigCache()
    for path in files:
        shown = display_path(path)
        cfg = configs.for_file(Path(path))
        try:
            sha = _hash(path, cfg.max_file_bytes)
        except OSError as err:
            stats.errors.append(str(ProvenanceError(f"cannot read file ({err.strerror})", path)))
            continue
        except ProvenanceError as err:
            stats.errors.append(str(err))
            continue
        real = os.path.realpath(path)
        found = index.stored_as(shown, real)
        if found is None and (gone := [p for p in index.paths_with_sha(sha) if not os.path.exists(p)]):
            # The same bytes under a path that no longer exists: the file was moved or renamed.
            index.rename_article(gone[0], shown, real)
            stats.moved += 1
            continue
        if found is not None:
            stats.stored[shown] = found[0]
            if found[1] == sha:
                index.set_realpath(found[0], real)  # rows written before schema 2 learn it here
                stats.unchanged += 1
                continue
        read = read_checked(path, cfg)
        if not read.analysable:
            stats.errors.append(str(ProvenanceError(read.issues[0].message, path)))
            continue
        # A changed file replaces its article under the path it is stored by (one article per file).
        yield Job(found[0] if found is not None else shown, sha, read.doc.text)


def _under(path: str, folder: str) -> bool:
    """``path`` (as stored) lies in ``folder`` (as given, normalised); "." holds the relative
    paths that do not climb out of it."""
    if folder == ".":
        return not os.path.isabs(path) and path != ".." and not path.startswith(".." + os.sep)
    return path.startswith(folder.rstrip(os.sep) + os.sep)


def _prune(paths: Sequence[str], files: Sequence[str], index: QuoteIndex) -> int:
    """Remove the articles stored under a given folder whose file no longer exists. Only under
    the folders given: an archive may be indexed folder by folder, and an article of another
    folder is not this run's to judge; a file that exists but was left out (an exclude added
    since) stays too."""
    folders = [display_path(p) for p in paths if os.path.isdir(p)]
    if not folders:
        return 0
    seen = {display_path(f) for f in files}
    removed = 0
    for meta in index.articles():
        inside = any(_under(meta.path, f) for f in folders)
        if inside and meta.path not in seen and not os.path.exists(meta.path):
            index.remove_article(meta.path)
            removed += 1
    return removed


def _batches(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write(index: QuoteIndex, outcomes: list[Outcome], stats: IndexStats) -> None:
    good = [(o.meta, o.records) for o in outcomes if o.meta is not None]
    stats.errors.extend(o.error for o in outcomes if o.error is not None)
    if good:
        index.replace_articles(good, {o.path: o.sentences for o in outcomes if o.meta is not None})
        stats.parsed += len(good)
        stats.quotes += sum(len(r) for _, r in good)


def in_process(settings: Settings) -> Runner:
    def run(batches: Iterable[list[Job]]) -> Iterator[list[Outcome]]:
        for batch in batches:
            yield analyse_batch(batch, settings)

    return run


def index_paths(
    paths: Sequence[str],
    index: QuoteIndex,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    model: str | None = None,
    use_cache: bool = True,
    keys: MetaKeys = DEFAULT_META_KEYS,
    batch_size: int = BATCH,
) -> IndexStats:
    """Index every article under ``paths``; see the module doc. ``jobs`` local processes, or the
    Dask scheduler at ``scheduler``; results are the same either way."""
    if STDIN in paths:
        raise ProvenanceError("the index needs files: standard input has no path to store", STDIN)
    found = collect_files(paths, ConfigCache())
    stats = IndexStats(seen=len(found.files) + len(found.unreadable), warnings=list(found.warnings))
    stats.errors.extend(str(ProvenanceError(u.reason, u.path)) for u in found.unreadable)
    settings = Settings(model, use_cache, keys)
    if scheduler is not None:
        from provenance.archive.parallel import on_dask

        runner = on_dask(scheduler, settings)
    elif jobs > 1:
        from provenance.archive.parallel import local_processes

        runner = local_processes(jobs, settings)
    else:
        runner = in_process(settings)
    with index.deferring():  # postings merged in key order at the end (pending.py)
        for outcomes in runner(_batches(_jobs(found.files, index, stats), batch_size)):
            _write(index, outcomes, stats)
    stats.removed = _prune(paths, found.files, index)
    return stats
