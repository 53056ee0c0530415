"""The public Python API, for a CMS or a notebook: text in, typed and JSON-able results out.

    import provenance
    result = provenance.extract_text(text, markdown=True)       # quotes, speakers, sources
    report = provenance.check_text(text, path="story.md")       # policy findings + sourcing

The model is loaded once per process (per model and vocabulary) and kept, so a server calls these
per request without paying the load again. Everything returned is a dataclass whose ``to_json()``
gives plain dictionaries, the same shapes as ``provenance extract --format json`` and
``provenance check --format json``.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.checker.sourcing import SourcingSummary
from provenance.config import Config, load_config
from provenance.document import make_document
from provenance.policy import Finding
from provenance.records import ArticleResult

if TYPE_CHECKING:
    from provenance.pipeline import Analysis
    from provenance.resultcache import ResultCache

__all__ = ["TextCheck", "check_text", "extract_text"]

_LOCK = threading.Lock()
_ANALYSES: dict[tuple[str | None, bool, int], Analysis] = {}
_RESULT_CACHES: dict[int, ResultCache | None] = {}  # per Analysis (kept for the process, so ids stay)


def _analysis(model: str | None, use_cache: bool, config: Config) -> Analysis:
    # One Analysis (model + vocabulary) per distinct (model, cache, config); the lock keeps two
    # threads of a web server from loading the same model twice.
    key = (model, use_cache, id(config) if config.vocabulary else 0)
    with _LOCK:
        if key not in _ANALYSES:
            from provenance.pipeline import Analysis
            from provenance.vocab import load_vocabulary

            vocab = load_vocabulary(config.vocabulary or None)
            _ANALYSES[key] = Analysis.create(vocab, model, use_cache)
        return _ANALYSES[key]


def _config(config: Config | str | Path | None) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    return load_config(Path(config))


def extract_text(
    text: str,
    *,
    path: str = "<text>",
    markdown: bool | None = None,
    model: str | None = None,
    use_cache: bool = True,
    config: Config | str | Path | None = None,
) -> ArticleResult:
    """Quotes, speakers, sources and credits of one article given as a string.

    ``markdown``: None decides by ``path`` (``.md``/``.markdown``) — front matter, code and tables
    are then not prose; offsets are always offsets into ``text``.
    """
    from provenance.pipeline import analyse

    cfg = _config(config)
    doc = make_document(text, path, markdown)
    analysis = _analysis(model, use_cache, cfg)
    cache = _result_cache(analysis, use_cache)
    if cache is None:
        return analyse([doc], analysis=analysis)[0]
    # The same text, configuration and model as an earlier call (or command): the stored result.
    (found,) = cache.lookup([doc], cfg.vocabulary or None)
    if found is not None:
        return found
    with cache.expecting([doc]):
        return analyse([doc], analysis=analysis)[0]


def _result_cache(analysis: Analysis, use_cache: bool) -> ResultCache | None:
    from provenance import resultcache

    if not (use_cache and resultcache.ENABLED):
        return None
    with _LOCK:
        if id(analysis) not in _RESULT_CACHES:
            _RESULT_CACHES[id(analysis)] = resultcache.ResultCache.open(analysis.parser, use_cache)
        return _RESULT_CACHES[id(analysis)]


@dataclass
class TextCheck:
    """What ``check_text`` found: the findings shown, whether they fail the check, the sourcing."""

    path: str
    findings: list[Finding]
    failed: bool
    sourcing: SourcingSummary
    result: ArticleResult

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "failed": self.failed,
            "findings": [dataclasses.asdict(f) for f in self.findings],
            "sourcing": dict(dataclasses.asdict(self.sourcing), text=self.sourcing.text()),
            "result": self.result.to_json(),
        }


def check_text(
    text: str,
    *,
    path: str = "<text>",
    markdown: bool | None = None,
    config: Config | str | Path | None = None,
    model: str | None = None,
    use_cache: bool = True,
) -> TextCheck:
    """Run the editorial policy rules on one article given as a string.

    ``config``: a Config, the path of a ``.provenance.yaml``, or None for the defaults.
    Suppression comments in the text work as in files; a baseline does not apply.
    """
    from provenance.checker.run import check_documents

    cfg = _config(config)
    doc = make_document(text, path, markdown)
    result = extract_text(text, path=path, markdown=markdown, model=model, use_cache=use_cache, config=cfg)
    run = check_documents([doc], [cfg], results=[result])
    article = run.articles[0]
    return TextCheck(path, article.findings, bool(article.failing), article.sourcing, result)
