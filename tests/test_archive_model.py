"""`provenance index` with the real pipeline: records of invented articles, and the Dask path
(a LocalCluster of two worker processes) giving the same index as one process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from provenance.archive import work
from provenance.archive.build import index_paths
from provenance.archive.store import QuoteIndex

pytestmark = pytest.mark.model

ARTICLES = {
    "wire.txt": (
        "BAGHDAD (Reuters) — The militia said in a statement that its commander had been killed "
        "“as a result of brutal American aggression.”\n\n"
        "“We will not stay silent after this crime,” spokesman Kadhim Hamid told reporters.\n"
    ),
    "paper.md": (
        "---\noutlet: The Valley Herald\ndate: 2024-01-05\n---\n"
        "The militia accused the United States of “brutal aggression” on Friday.\n\n"
        "“We will not stay silent after this terrible crime,” Kadhim Hameed said.\n"
    ),
    "other.txt": (
        "Published: 6 January 2024\n\n"
        "“The harvest was the best in ten years,” farmer Ann Lee said, adding that prices had fallen.\n"
    ),
}


def write(folder: Path) -> Path:
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def shared_analysis(analysis):
    """The session's loaded model, used by the in-process index (no second load)."""
    work._ANALYSES[(None, True)] = analysis
    yield analysis
    work._ANALYSES.pop((None, True), None)


def test_index_records_and_candidates_of_real_extraction(tmp_path: Path, shared_analysis):
    folder = write(tmp_path / "news")
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        stats = index_paths([str(folder)], index)
        assert (stats.parsed, stats.errors) == (3, [])
        for rec in index.records():
            text = (folder / Path(rec.article).name).read_text(encoding="utf-8")
            assert text[rec.start : rec.end] == rec.text  # offsets into the original file
            assert rec.text[0] not in '“”"' and rec.text[-1] not in '“”"'  # the words inside the marks
        wire = {r.norm: r for r in index.records(os.path.normpath(folder / "wire.txt"))}
        fragment = wire["as a result of brutal american aggression"]
        assert (fragment.kind, fragment.outlet) == ("mixed", "Reuters")
        paper = {r.norm: r for r in index.records(os.path.normpath(folder / "paper.md"))}
        assert paper["brutal aggression"].date == "2024-01-05"
        assert [c.norm for c in index.candidates(paper["brutal aggression"])] == [fragment.norm]
        silent = paper["we will not stay silent after this terrible crime"]
        assert silent.speaker == "Kadhim Hameed"
        found = index.candidates(silent)
        assert [c.speaker for c in found] == ["Kadhim Hamid"]
        farmer = index.records(os.path.normpath(folder / "other.txt"))
        assert farmer and all(index.candidates(r) == [] for r in farmer)


# Run as a script: Dask and --jobs workers are spawned processes that import __main__.
_PARALLEL_RUN = """
import os
from distributed import LocalCluster
from provenance.archive.build import index_paths
from provenance.archive.store import QuoteIndex
if __name__ == "__main__":
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with QuoteIndex.open({dask_db!r}) as index:
            stats = index_paths([{folder!r}], index, scheduler=cluster.scheduler_address, batch_size=1)
    print(stats.parsed, len(stats.errors))
    with QuoteIndex.open({jobs_db!r}) as index:
        stats = index_paths([{folder!r}], index, jobs=2, batch_size=1)
    print(stats.parsed, len(stats.errors))
"""


def test_dask_local_cluster_and_two_processes_give_the_single_process_index(tmp_path: Path, shared_analysis):
    folder = write(tmp_path / "news")
    with QuoteIndex.open(tmp_path / "one.sqlite") as single:
        index_paths([str(folder)], single)
        expected = (single.articles(), single.records())
    script = tmp_path / "parallel_run.py"
    dbs = {"dask_db": str(tmp_path / "dask.sqlite"), "jobs_db": str(tmp_path / "jobs.sqlite")}
    script.write_text(textwrap.dedent(_PARALLEL_RUN.format(folder=str(folder), **dbs)))
    # A fresh parse cache, so the workers load the model and parse rather than read the cache; a
    # subprocess in its own session, so that if the cluster hangs the timeout kills it and its workers.
    env = {**os.environ, "PROVENANCE_CACHE_DIR": str(tmp_path / "worker-cache"), "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env=env,
    )
    try:
        out, err = proc.communicate(timeout=540)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the Dask run did not finish in 540 s")
    assert proc.returncode == 0, err[-2000:]
    assert out.split() == ["3", "0", "3", "0"]
    for db in dbs.values():
        with QuoteIndex.open(db) as parallel:
            assert (parallel.articles(), parallel.records()) == expected
