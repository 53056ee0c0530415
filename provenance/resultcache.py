"""Each article's analysis result kept on disk: a re-run of an unchanged article with unchanged
code, rules, configuration and model skips parsing, attribution and sources, and imports none of
them (issue #17: a cached one-article ``check`` spent ~0.1 s importing and re-running them).

The key of an entry is a SHA-256 over everything the result depends on:

- ``FORMAT`` (the encoding below) and provenance's version;
- the package's code: a digest of the path and bytes of every ``provenance/**/*.py``, worked out
  once per process (~3 ms); a store works it out again and stores nothing when a file changed
  during the run, so a result is never filed under code it was not computed by;
- Python's version and the ``regex`` module's (Unicode tables, matching);
- the vocabulary in effect: the bytes of the packaged ``lexicons/*.yaml`` and ``patterns/*.yaml``
  (the files ``vocab.load_vocabulary`` reads, by name), the YAML parser's identity (as the YAML
  cache keys it), and the configuration's extra vocabulary entries as canonical JSON (a value JSON
  cannot write exactly turns the cache off for that configuration);
- the model and parser: the parser's parse-cache identity (the model's content fingerprint, the
  sentence window length and join version), the NER tagger's fingerprint, whether names are
  re-headed, the article token budget and the tree decoder;
- the document: its text, its prose view, its Markdown view and its list-item breaks (how a
  path's suffix changes an analysis). Never its path: a hit is given the current path back.

Only results the real pipeline reports as settled are stored (``settled``, called by
``pipeline.analyse``): an article whose analysis printed anything on standard error (a regular
expression timed out), took long enough for a regex timeout to be possible, ran after a pattern
had been skipped for timing out, or went over the parse budget is not stored, so every warning of
an analysis is printed again on the next run. A ``--jobs`` worker process stores nothing itself: it
says which results its pipeline vouched for (``vouching``) and which code, runtime and parser it
ran (``process_identity``), and the parent stores those (``settled_elsewhere``) when that is what
the parent's keys were made for.

Storage follows the YAML cache: one JSON file per entry in ``<cache root>/results-v1/`` (the
parse cache's folder, ``$PROVENANCE_CACHE_DIR``; ``--no-cache`` turns it off), a checksum line
before the body, written atomically; an unreadable, damaged or foreign entry is a miss, never an
error, and the record types are checked field by field when read (``records.decode_record``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.records import ArticleResult

if TYPE_CHECKING:
    from provenance.document import Document
    from provenance.syntax.parser import Parser

FORMAT = "1"
ENABLED = True  # the test suite turns it off in-process (tests patch the analysis in place)
_PACKAGE = Path(__file__).resolve().parent


def default_parser(model: str | None = None, use_cache: bool = True) -> Parser:
    """The parser for ``model`` (checked now, loaded on first use) with the parse cache or not."""
    from provenance.models import resolve_model
    from provenance.syntax.cache import ParseCache
    from provenance.syntax.ner import MentionTagger
    from provenance.syntax.parser import Parser

    spec = resolve_model(model)
    tagger = MentionTagger.from_folder(spec.path) if spec.layout == "compact" else None
    return Parser(spec, ParseCache() if use_cache else None, tagger=tagger)


def parser_identity(parser: Parser) -> str:
    """Everything about ``parser`` that changes a parse: see the module's docstring."""
    tagger = parser.tagger.identity if parser.tagger is not None else "-"
    return (
        f"{getattr(parser, '_identity', None) or parser.model.identity}|ner={tagger}|names={parser.name_heads}"
        f"|tokens={parser.article_tokens}|fast={parser.fast_decode}"
    )


def _package_files(root: Path) -> list[str]:
    out: list[str] = []
    stack = [str(root)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for e in entries:
                if e.is_dir(follow_symlinks=False):
                    if e.name != "__pycache__" and not e.name.startswith("."):
                        stack.append(e.path)
                elif e.name.endswith(".py"):
                    out.append(e.path)
    return sorted(out)


def code_digest(root: Path = _PACKAGE) -> str:
    """SHA-256 over the relative path and bytes of every ``.py`` file of the package."""
    h = hashlib.sha256()
    for path in _package_files(root):
        with open(path, "rb") as f:
            data = f.read()
        h.update(f"{os.path.relpath(path, root)}\x00{len(data)}\x00".encode())
        h.update(data)
    return h.hexdigest()


_CODE: list[str] = []  # the digest of the code this process runs, worked out on first use


def _code() -> str:
    if not _CODE:
        _CODE.append(code_digest())
    return _CODE[0]


def process_identity(parser: Parser) -> str:
    """The part of every key this process gives for ``parser``: runtime, code and parser."""
    return hashlib.sha256(f"{_runtime()}\x00{_code()}\x00{parser_identity(parser)}\x00".encode()).hexdigest()


def _runtime() -> str:
    import regex

    from provenance import __version__

    return f"{FORMAT}|{__version__}|{sys.version}|regex={getattr(regex, '__version__', '?')}"


def vocabulary_digest(extra: Mapping[str, Any] | None) -> str | None:
    """The packaged rule files ``load_vocabulary`` reads, the YAML parser, and ``extra``; None
    when ``extra`` holds a value JSON cannot write exactly."""
    from provenance.vocab import rules_dir
    from provenance.yamlcache import parser_identity as yaml_identity

    try:
        extra_json = json.dumps(extra or {}, sort_keys=True, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return None
    h = hashlib.sha256(f"{yaml_identity()}\x00{extra_json}\x00".encode())
    folder = rules_dir()
    for sub in ("lexicons", "patterns"):
        for f in sorted((folder / sub).glob("*.yaml")):
            data = f.read_bytes()
            h.update(f"{sub}/{f.name}\x00{len(data)}\x00".encode())
            h.update(data)
    return h.hexdigest()


def document_material(doc: Document) -> bytes:
    """What of a document an analysis reads, path aside (see the module's docstring)."""
    parts = (doc.text, doc.prose, "-" if doc._markup is None else doc._markup, ",".join(map(str, doc.breaks)))
    return "\x00".join(f"{len(p)}:{p}" for p in parts).encode("utf-8", "surrogatepass")


class ResultCache:
    """Lookups and stores for one run: one parser (model and settings), any vocabularies."""

    def __init__(self, parser: Parser, folder: Path | None = None) -> None:
        from provenance.syntax.cache import cache_root

        self.parser_id = parser_identity(parser)
        self.folder = folder or cache_root() / f"results-v{FORMAT}"
        self._base = process_identity(parser)
        self._vocab: dict[int, tuple[Any, str | None]] = {}
        self._keys: dict[int, tuple[Document, str]] = {}
        self.hits = 0
        self.stored = 0

    @classmethod
    def open(cls, parser: Parser, use_cache: bool = True) -> ResultCache | None:
        """The run's cache, or None with ``--no-cache``, in the test suite, or without a code digest."""
        if not (use_cache and ENABLED):
            return None
        try:
            return cls(parser)
        except (OSError, ValueError):  # the package's files or the rules could not be read
            return None

    def _vocab_digest(self, extra: Mapping[str, Any] | None) -> str | None:
        held = self._vocab.get(id(extra))
        if held is None or held[0] is not extra:
            try:
                held = self._vocab[id(extra)] = (extra, vocabulary_digest(extra))
            except OSError:
                held = self._vocab[id(extra)] = (extra, None)
        return held[1]

    def key(self, doc: Document, extra: Mapping[str, Any] | None = None) -> str | None:
        vocab = self._vocab_digest(extra)
        if vocab is None:
            return None
        h = hashlib.sha256(f"{self._base}\x00{vocab}\x00".encode())
        h.update(document_material(doc))
        return h.hexdigest()

    def lookup(self, docs: Sequence[Document], extra: Mapping[str, Any] | None = None) -> list[ArticleResult | None]:
        """Each document's stored result (with its own path), else None; the keys are kept for
        ``expecting``."""
        out: list[ArticleResult | None] = []
        for doc in docs:
            key = self.key(doc, extra)
            found = self._read(key, doc.path) if key is not None else None
            if key is not None and found is None:
                self._keys[id(doc)] = (doc, key)
            out.append(found)
        self.hits += sum(1 for r in out if r is not None)
        return out

    def _read(self, key: str, path: str) -> ArticleResult | None:
        try:
            with open(self.folder / f"{key}.json", encoding="utf-8") as f:
                checksum, _, body = f.read().partition("\n")
            if checksum != hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest():
                return None
            entry = json.loads(body)
            if type(entry) is not dict or entry.get("format") != FORMAT or entry.get("key") != key:
                return None
            result = entry.get("result")
            if type(result) is not dict or "path" in result:
                return None
            return ArticleResult.from_json({"path": path, **result})
        except (OSError, ValueError, TypeError, RecursionError):  # absent, unreadable, damaged, foreign
            return None

    @contextlib.contextmanager
    def expecting(self, docs: Sequence[Document]) -> Iterator[None]:
        """While analysing ``docs``: the settled result of each looked-up miss is stored."""
        mine = {id(d): self._keys[id(d)] for d in docs if id(d) in self._keys and self._keys[id(d)][0] is d}
        for ident, (doc, key) in mine.items():
            _PENDING[ident] = (doc, self, key)
        try:
            yield
        finally:
            for ident, (doc, _key) in mine.items():
                self._keys.pop(ident, None)
                held = _PENDING.get(ident)
                if held is not None and held[0] is doc:
                    del _PENDING[ident]

    def store(self, key: str, result: ArticleResult) -> None:
        """Keep ``result`` under ``key`` atomically, unless the package's code changed meanwhile."""
        try:
            if code_digest() != _code():
                return
            data = result.to_json()
            del data["path"]
            body = json.dumps({"format": FORMAT, "key": key, "result": data}, ensure_ascii=False)
            encoded = f"{hashlib.sha256(body.encode('utf-8', 'surrogatepass')).hexdigest()}\n{body}"
        except (OSError, TypeError, ValueError, RecursionError):
            return
        tmp = self.folder / f"{key}.{os.getpid()}.tmp"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(tmp, "w", encoding="utf-8", errors="surrogatepass") as f:
                f.write(encoded)
            os.replace(tmp, self.folder / f"{key}.json")
            self.stored += 1
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            return
        _prune_once(self.folder)


class _Vouched:
    """Stands in for a ResultCache in a worker process (``vouching``): notes, not stores."""

    def __init__(self, parser: Parser, flags: list[bool]) -> None:
        self.parser_id = parser_identity(parser)
        self.flags = flags

    def store(self, key: str, result: ArticleResult) -> None:
        self.flags[int(key)] = True


# Documents whose result is wanted: id(doc) -> (doc, cache, key). Registered by the command that
# looked them up (``ResultCache.expecting``) or by a worker (``vouching``), taken by ``settled``
# when the pipeline finishes one, or by ``settled_elsewhere`` when a worker did.
_PENDING: dict[int, tuple[Document, ResultCache | _Vouched, str]] = {}
_PRUNED: set[Path] = set()


def _prune_once(folder: Path) -> None:
    """Drop entries not written for a month, once per process and folder."""
    if folder in _PRUNED:
        return
    _PRUNED.add(folder)
    from provenance.yamlcache import prune_stale  # noqa: PLC0415 - only when storing

    prune_stale(folder)


def wanted(doc: Document) -> bool:
    held = _PENDING.get(id(doc))
    return held is not None and held[0] is doc


def settled(doc: Document, result: ArticleResult, parser: Parser) -> None:
    """Called by the pipeline for a result it vouches for: stored if ``doc`` was looked up and
    missed, and analysed with the parser the key was made for."""
    held = _PENDING.pop(id(doc), None)
    if held is None or held[0] is not doc:
        return
    _doc, cache, key = held
    if parser_identity(parser) == cache.parser_id:
        cache.store(key, result)


@contextlib.contextmanager
def vouching(docs: Sequence[Document], parser: Parser) -> Iterator[list[bool]]:
    """In a worker process, around the analysis of ``docs`` with ``parser``: one flag per
    document, set when the pipeline vouches for its result (``settled``). The parent process
    stores those results; a worker writes nothing into the cache."""
    flags = [False] * len(docs)
    sink = _Vouched(parser, flags)
    for i, doc in enumerate(docs):
        _PENDING[id(doc)] = (doc, sink, str(i))
    try:
        yield flags
    finally:
        for doc in docs:
            held = _PENDING.get(id(doc))
            if held is not None and held[0] is doc:
                del _PENDING[id(doc)]


def settled_elsewhere(doc: Document, result: ArticleResult, identity: str) -> None:
    """A result another process vouched for (``vouching``), where ``identity`` is that process's
    ``process_identity``: stored like ``settled``'s if ``doc`` was looked up and missed here and
    the other process ran the code, runtime and parser this process's key was made for."""
    held = _PENDING.pop(id(doc), None)
    if held is None or held[0] is not doc:
        return
    _doc, cache, key = held
    if isinstance(cache, ResultCache) and identity == cache._base:
        cache.store(key, result)


class _Tee:
    """Standard error, noting whether anything was written to it."""

    def __init__(self, target: Any) -> None:
        self.target = target
        self.written = False

    def write(self, text: str) -> int:
        self.written = self.written or bool(text)
        return int(self.target.write(text) or 0)

    def flush(self) -> None:
        self.target.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.target, name)


# Watched steps run one at a time: each swaps sys.stderr for a tee, which must not interleave
# with another thread's swap (an API server analysing in several threads).
_WATCH_LOCK = threading.RLock()


class Watch:
    """Watches one article's analysis steps: the time they take and whether they print."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0
        self.printed = False

    @contextlib.contextmanager
    def step(self) -> Iterator[None]:
        tee = _Tee(sys.stderr)
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            with _WATCH_LOCK, contextlib.redirect_stderr(tee):
                yield
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu
            self.printed = self.printed or tee.written

    def quiet(self) -> bool:
        """True when no regular expression can have timed out and nothing was printed: a
        timeout needs one search to run for ``REGEX_TIMEOUT`` seconds, and after one the pattern
        is skipped for the rest of the process (``lexical._TIMED_OUT``)."""
        from provenance import lexical

        limit = lexical.REGEX_TIMEOUT / 2
        return not self.printed and self.wall < limit and self.cpu < limit and not lexical._TIMED_OUT
