"""``provenance bench``: model load time, parse throughput, and the cached re-run.

A benchmark, not a test: numbers vary with the machine, so they are printed, never asserted.
Text: the given paths (default corpus/) plus, with --ud-news, the news documents of a UD
CoNLL-U file (their ``# text`` lines, one paragraph per document).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from provenance.document import Document, make_document
from provenance.files import read_articles
from provenance.models import resolve_model
from provenance.pipeline import Analysis, analyse
from provenance.syntax.cache import ParseCache
from provenance.syntax.parser import Parser
from provenance.vocab import Vocabulary, load_vocabulary


def ud_news_documents(path: Path) -> list[Document]:
    docs: list[Document] = []
    current: list[str] = []
    name = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id"):
            if name and "news" in name and current:
                docs.append(make_document(" ".join(current), name, markdown=False))
            name, current = line.split("=", 1)[1].strip(), []
        elif line.startswith("# text ="):
            current.append(line.split("=", 1)[1].strip())
    if name and "news" in name and current:
        docs.append(make_document(" ".join(current), name, markdown=False))
    return docs


def _analysis(vocab: Vocabulary, parser: Parser) -> Analysis:
    """The pipeline as `check` builds it, with the benchmark's own parser (and cache) swapped in."""
    analysis = Analysis.create(vocab, str(parser.model.path), use_cache=False)
    analysis.parser = parser
    return analysis


def run(args: argparse.Namespace) -> int:
    docs, warnings = read_articles(args.paths or ["corpus"])
    for warning in warnings:
        print(f"provenance: warning: {warning}", file=sys.stderr)
    if args.ud_news:
        docs += ud_news_documents(Path(args.ud_news))
    words = sum(len(p.text.split()) for d in docs for p in d.paragraphs)
    spec = resolve_model(args.model)
    vocab = load_vocabulary()
    with tempfile.TemporaryDirectory() as tmp:
        cache_path = Path(tmp) / "bench.sqlite"
        parser = Parser(spec, ParseCache(cache_path))
        t0 = time.perf_counter()
        parser._load()
        load = time.perf_counter() - t0
        analysis = _analysis(vocab, parser)
        t0 = time.perf_counter()
        analyse(docs, analysis=analysis)
        cold = time.perf_counter() - t0
        parsed_words = parser.stats.parsed_words
        # A new parser over the same cache: nothing to parse, so no model load.
        warm_parser = Parser(spec, ParseCache(cache_path))
        warm_analysis = _analysis(vocab, warm_parser)
        t0 = time.perf_counter()
        analyse(docs, analysis=warm_analysis)
        warm = time.perf_counter() - t0
    print(f"documents: {len(docs)}, paragraphs: {sum(len(d.paragraphs) for d in docs)}, words (whitespace): {words}")
    print(f"model: {spec.path}")
    print(f"model load: {load:.2f} s")
    print(
        f"first run (parse + analysis): {cold:.2f} s; parser {parser.stats.parse_seconds:.2f} s for "
        f"{parsed_words} words = {parsed_words / max(parser.stats.parse_seconds, 1e-9):.0f} words/s"
    )
    print(f"cached re-run: {warm:.2f} s; model loaded: {warm_parser.stats.model_loaded}")
    return 0
