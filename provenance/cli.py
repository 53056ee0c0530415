"""The ``provenance`` command: a thin layer over the pipeline and the checker."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from provenance.errors import ProvenanceError

DEFAULT_SUFFIXES = (".md", ".markdown", ".txt")


def collect_paths(inputs: Sequence[str], suffixes: Sequence[str] = DEFAULT_SUFFIXES) -> list[str]:
    """Expand folders into their article files (sorted); ``-`` stays as stdin."""
    out: list[str] = []
    for raw in inputs:
        p = Path(raw)
        if raw == "-":
            out.append(raw)
        elif p.is_dir():
            out.extend(
                str(f)
                for f in sorted(p.rglob("*"))
                if f.is_file()
                and f.suffix.lower() in suffixes
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            out.append(raw)  # a missing file is reported when it is read
    return out


def _add_model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--model", metavar="DIR", help="Stanza model folder (default: $PROVENANCE_MODEL or the packaged model)"
    )
    p.add_argument("--no-cache", action="store_true", help="do not read or write the parse cache")


def cmd_parse(args: argparse.Namespace) -> int:
    from provenance.document import read_document
    from provenance.pipeline import Analysis, parse_documents

    docs = [read_document(p) for p in collect_paths(args.paths)]
    analysis = Analysis.create(model=args.model, use_cache=not args.no_cache)
    analysis.parser.name_heads = not args.ud
    for doc, paras in zip(docs, parse_documents(analysis.parser, docs)):
        print(f"# {doc.path}")
        for para in paras:
            for sent in para.sentences:
                line, col = doc.line_col(sent.start)
                print(f"## {line}:{col} {doc.text[sent.start : sent.end]}")
                for w in sent.words:
                    head = sent.words[w.head].text if w.head >= 0 else "ROOT"
                    print(f"{w.deprel}({head}, {w.text})\t{w.lemma}\t{w.upos}")
                print()
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from provenance.document import read_document
    from provenance.pipeline import Analysis, analyse
    from provenance.render import extract_text

    docs = [read_document(p) for p in collect_paths(args.paths)]
    analysis = Analysis.create(model=args.model, use_cache=not args.no_cache)
    results = analyse(docs, analysis=analysis)
    if args.format == "json":
        json.dump([r.to_json() for r in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for doc, r in zip(docs, results):
            sys.stdout.write(extract_text(doc, r))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="provenance", description="Source attribution and quote provenance for news text."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="print each sentence's dependency triples (debugging aid)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _add_model_args(p)
    p.add_argument(
        "--ud", action="store_true", help="print the parser's own UD tree, without re-heading names on their last word"
    )
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("extract", help="find quotes and reported speech, their speakers and sources")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument("--format", choices=("json", "text"), default="text")
    _add_model_args(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score extraction against a gold JSONL corpus")
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    p.add_argument("--kinds", action="store_true", help="also break scores down per quote kind (default on)")
    p.add_argument("--limit", type=int, default=None, help="only the first N documents")
    p.add_argument("--errors", metavar="FILE", help="write missed and spurious quotes as JSONL for error analysis")
    _add_model_args(p)
    p.set_defaults(func=lambda a: __import__("provenance.evaluate", fromlist=["run"]).run(a))

    p = sub.add_parser("bench", help="measure model load time, parse throughput and cached re-runs")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--ud-news", metavar="CONLLU", help="add GUM news text from this CoNLL-U file")
    p.add_argument("--model", metavar="DIR")
    p.set_defaults(func=lambda a: __import__("provenance.bench", fromlist=["run"]).run(a))

    try:
        from provenance import check

        c = sub.add_parser("check", help="run the editorial policy rules (like a linter)")
        check.add_check_arguments(c)
        c.set_defaults(func=check.run_check)
        r = sub.add_parser("rules", help="list, explain or validate the policy rules")
        check.add_rules_arguments(r)
        r.set_defaults(func=check.run_rules)
    except ImportError:
        pass
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ProvenanceError as err:
        print(f"provenance: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
