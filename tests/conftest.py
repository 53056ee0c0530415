"""Shared fixtures: an isolated parse cache and one Analysis (model loaded once per session)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Tests never touch the user's cache; the session's own cache still speeds re-parses.
    os.environ["PROVENANCE_CACHE_DIR"] = str(tmp_path_factory.mktemp("parse-cache"))


@pytest.fixture(scope="session", autouse=True)
def _no_result_cache_in_process() -> None:
    # Tests patch the analysis in place (checker.run.analyse_documents, the pipeline's steps):
    # in this process a stored result would hide the patch, so the result cache is off here.
    # Commands run in a subprocess use it (they run the code on disk, which its key covers);
    # tests of the cache itself turn it on with monkeypatch.
    from provenance import resultcache

    resultcache.ENABLED = False


@pytest.fixture(scope="session")
def analysis():
    from provenance.pipeline import Analysis

    return Analysis.create()


@pytest.fixture(scope="session")
def extract(analysis):
    """Analyse a text (plain text by default) and return its ArticleResult."""
    from provenance.document import make_document
    from provenance.pipeline import analyse

    def run(text: str, path: str = "article.txt"):
        return analyse([make_document(text, path)], analysis=analysis)[0]

    return run
