"""`provenance check` and `provenance rules`: files in, editorial findings out.

The steps only look backwards: collect files → read documents → find each file's configuration →
analyse (the NLP pipeline) → evaluate policy rules → suppressions and baseline → one report. Every
input problem is found before the slow analysis starts and becomes a one-line ProvenanceError
(exit 2); checked files are only ever read.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from provenance import records
from provenance.config import (
    DEFAULT_INCLUDE,
    Config,
    ConfigCache,
    GlobSet,
)
from provenance.document import (
    MARKDOWN_SUFFIXES,
    Document,
    make_document,
    read_document,
)
from provenance.errors import ProvenanceError
from provenance.kinds import FAIL_ON_CHOICES
from provenance.policy import (
    LEVEL_RANK,
    Finding,
    Rule,
    at_or_above,
    builtin_rules_dir,
    iter_rule_doc,
    load_rule_file,
    load_rules,
    outlet_aliases,
    rule_files,
)
from provenance.suppress import (
    evaluate_with_suppressions,
    load_baseline,
    parse_directives,
    write_baseline,
)

FORMATS = ("text", "json", "sarif", "github", "html")
STDIN = "-"


# --------------------------------------------------------------------------- results


@dataclass
class ArticleCheck:
    """One checked article: what the pipeline found and which findings are shown or hidden."""

    doc: Document
    result: records.ArticleResult
    config: Config
    fail_on: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)
    baselined: list[Finding] = field(default_factory=list)

    @property
    def failing(self) -> list[Finding]:
        return [f for f in self.findings if at_or_above(f.level, self.fail_on)]


@dataclass
class CheckRun:
    articles: list[ArticleCheck]
    rules: list[Rule]

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for a in self.articles for f in a.findings), key=Finding.sort_key)

    @property
    def failed(self) -> bool:
        return any(a.failing for a in self.articles)

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.level == level)

    @property
    def suppressed_count(self) -> int:
        return sum(len(a.suppressed) for a in self.articles)

    @property
    def baselined_count(self) -> int:
        return sum(len(a.baselined) for a in self.articles)


# --------------------------------------------------------------------------- arguments


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to check; - reads standard input")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        default=None,
        help="exit 1 when a finding is at or above this level (default: the config's fail-on, else error)",
    )
    parser.add_argument("--config", metavar="FILE", help="use this .provenance.yaml instead of looking for one")
    parser.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="which files to take from folders (repeatable; default: the config's include, else *.md *.markdown *.txt)",
    )
    parser.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in this baseline file")
    parser.add_argument("--write-baseline", metavar="FILE", help="record the current findings in FILE and exit 0")
    parser.add_argument("--stdin-filename", metavar="NAME", help="name standard input (for config lookup and Markdown)")
    parser.add_argument("--model", metavar="DIR", help="Stanza model folder (default: the bundled model)")
    parser.add_argument("-q", "--quiet", action="store_true", help="text format: print findings only, no summary")


def add_rules_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rule", nargs="?", metavar="RULE-ID", help="print this rule's full documentation")
    parser.add_argument(
        "--check",
        nargs="*",
        metavar="FILE",
        default=None,
        help="validate rule files or folders (default: all loaded rules)",
    )
    parser.add_argument("--config", metavar="FILE", help="use this .provenance.yaml (for levels and rule-paths)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")


# --------------------------------------------------------------------------- files


def _is_hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


def collect_files(paths: list[str], configs: ConfigCache, globs: list[str] | None) -> list[str]:
    """Expand folders into article files; explicit files are kept unless a config excludes them."""
    out: list[str] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        key = p if p == STDIN else os.path.realpath(p)
        if key not in seen:
            seen.add(key)
            out.append(p)

    for raw in paths:
        if raw == STDIN:
            add(STDIN)
            continue
        p = Path(raw)
        if not p.exists():
            raise ProvenanceError("no such file or folder", raw)
        if p.is_file():
            if not configs.for_file(p).is_excluded(p):
                add(raw)
            continue
        for folder, dirs, files in os.walk(raw):
            # Hidden folders (.git, .venv) hold no articles; sorted for a stable report order.
            dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
            for name in sorted(files):
                if _is_hidden(name):
                    continue
                file = Path(folder) / name
                cfg = configs.for_file(file)
                if cfg.is_excluded(file):
                    continue
                if globs:
                    rel = os.path.relpath(file, raw).replace(os.sep, "/")
                    if not GlobSet(tuple(globs)).matches(rel):
                        continue
                elif not cfg.is_included(file):
                    continue
                add(str(file))
    return out


def _read(path: str, stdin_name: str | None) -> Document:
    if path != STDIN:
        return read_document(path)
    doc = read_document(STDIN)
    if stdin_name:
        return make_document(doc.text, stdin_name)
    return doc


# --------------------------------------------------------------------------- analysis


def analyse_documents(
    docs: list[Document], extra: dict[str, list] | None, model: str | None
) -> list[records.ArticleResult]:
    """Run the NLP pipeline; imported here so `rules` and input errors never load Stanza."""
    try:
        from provenance.pipeline import analyse
        from provenance.vocab import load_vocabulary
    except ImportError as err:
        raise ProvenanceError(f"the analysis pipeline is not available ({err})") from None
    vocab = load_vocabulary(extra or None)
    return analyse(docs, vocab=vocab, model=model)


def outlet_alias_map(cfg: Config) -> dict[str, str]:
    """Outlet aliases (AP -> Associated Press) from the gazetteer plus the config's outlets,
    so credit lines and `via` compare by outlet rather than by spelling."""
    entries: list[dict] = list(cfg.vocabulary.get("outlets", []))
    try:
        from provenance.vocab import load_vocabulary
    except ImportError:
        return outlet_aliases(entries)
    lexicon = load_vocabulary(cfg.vocabulary or None).lexicons.get("outlets")
    if lexicon is not None:
        entries = [{"name": e.name, "aliases": list(e.aliases)} for e in lexicon.entries]
    return outlet_aliases(entries)


def _validate_levels(cfg: Config, rules: list[Rule]) -> None:
    ids = {r.id for r in rules}
    for rule_id, line in cfg.rule_level_lines.items():
        if rule_id not in ids:
            close = difflib.get_close_matches(rule_id, sorted(ids), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ProvenanceError(f"unknown rule {rule_id!r}{hint}", str(cfg.path), line)


def _rules_for(cfg: Config, cache: dict[tuple[Path, ...], list[Rule]]) -> list[Rule]:
    if cfg.rule_dirs not in cache:
        cache[cfg.rule_dirs] = load_rules(cfg.rule_dirs)
    rules = cache[cfg.rule_dirs]
    _validate_levels(cfg, rules)
    return rules


def check_documents(
    docs: list[Document],
    configs: list[Config],
    *,
    fail_on: str | None = None,
    baseline: Path | None = None,
    model: str | None = None,
    results: list[records.ArticleResult] | None = None,
) -> CheckRun:
    """Analyse (unless ``results`` are given) and evaluate the policy rules for each document."""
    rule_cache: dict[tuple[Path, ...], list[Rule]] = {}
    rule_sets = [_rules_for(cfg, rule_cache) for cfg in configs]
    known_base = load_baseline(baseline) if baseline is not None else None
    if results is None:
        results = [None] * len(docs)  # type: ignore[list-item]
        # One pipeline call per distinct vocabulary: articles under one config share it.
        groups: dict[int, list[int]] = {}
        for i, cfg in enumerate(configs):
            groups.setdefault(id(cfg), []).append(i)
        for indices in groups.values():
            cfg = configs[indices[0]]
            out = analyse_documents([docs[i] for i in indices], cfg.vocabulary, model)
            for i, res in zip(indices, out, strict=True):
                results[i] = res
    aliases: dict[int, dict[str, str]] = {}
    for cfg in configs:
        if id(cfg) not in aliases:
            aliases[id(cfg)] = outlet_alias_map(cfg)
    articles: list[ArticleCheck] = []
    for doc, cfg, result, rules in zip(docs, configs, results, rule_sets, strict=True):
        rules_by_id = {r.id: r for r in rules}
        markdown = Path(doc.path).suffix.lower() in MARKDOWN_SUFFIXES
        directives = parse_directives(doc, rules_by_id) if markdown else []
        kept, suppressed = evaluate_with_suppressions(
            rules, result, doc, directives, levels=cfg.rule_levels, aliases=aliases[id(cfg)]
        )
        baselined: list[Finding] = []
        if known_base:
            kept, baselined = known_base.split(kept)
        threshold = fail_on or cfg.fail_on or "error"
        articles.append(ArticleCheck(doc, result, cfg, threshold, kept, suppressed, baselined))
    all_rules = {r.id: r for rs in rule_sets for r in rs}
    return CheckRun(articles, sorted(all_rules.values(), key=lambda r: r.id))


# --------------------------------------------------------------------------- check command


def _err(message: str) -> None:
    print(f"provenance: error: {message}", file=sys.stderr)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    except OSError:
        return False


def _render(run: CheckRun, fmt: str, quiet: bool) -> str:
    from provenance.report import render

    return render(run, fmt, quiet=quiet)


def run_check(args: argparse.Namespace) -> int:
    """Exit 0 when clean (below fail-on), 1 with failing findings, 2 on any usage/input error."""
    try:
        return _run_check(args)
    except ProvenanceError as err:
        _err(str(err))
        return 2


def _run_check(args: argparse.Namespace) -> int:
    paths: list[str] = list(args.paths)
    if paths.count(STDIN) > 1:
        raise ProvenanceError("standard input (-) can only be read once")
    override = Path(args.config) if getattr(args, "config", None) else None
    if override is not None and not override.is_file():
        raise ProvenanceError("configuration file not found", str(override))
    cache = ConfigCache(override)
    files = collect_files(paths, cache, getattr(args, "glob", None))
    for target in (getattr(args, "output", None), getattr(args, "write_baseline", None)):
        if target and any(f != STDIN and _same_file(f, target) for f in files):
            raise ProvenanceError("refusing to overwrite a file that is being checked", target)
        # Fail before the slow analysis rather than after it.
        if target and not Path(target).resolve().parent.is_dir():
            raise ProvenanceError("the folder to write into does not exist", target)
    if not files:
        print(
            "provenance: no files to check (folders are searched for " + ", ".join(args.glob or DEFAULT_INCLUDE) + ")",
            file=sys.stderr,
        )
        return 0
    stdin_name = getattr(args, "stdin_filename", None)
    docs = [_read(p, stdin_name) for p in files]
    configs = [cache.for_file(Path(stdin_name or ".") if p == STDIN else Path(p)) for p in files]
    baseline = Path(args.baseline) if getattr(args, "baseline", None) else None
    if args.write_baseline:
        baseline = None  # record everything currently found, including what an old baseline hid
    run = check_documents(docs, configs, fail_on=args.fail_on, baseline=baseline, model=getattr(args, "model", None))
    if args.write_baseline:
        n = write_baseline(Path(args.write_baseline), run.findings)
        print(f"provenance: wrote {n} finding(s) to {args.write_baseline}", file=sys.stderr)
        return 0
    report = _render(run, args.format, getattr(args, "quiet", False))
    if args.output:
        try:
            Path(args.output).write_text(report, encoding="utf-8")
        except OSError as err:
            raise ProvenanceError(f"cannot write report ({err.strerror})", args.output) from None
    else:
        sys.stdout.write(report)
        sys.stdout.flush()
    return 1 if run.failed else 0


# --------------------------------------------------------------------------- rules command


def _rules_config(args: argparse.Namespace) -> Config:
    if getattr(args, "config", None):
        p = Path(args.config)
        if not p.is_file():
            raise ProvenanceError("configuration file not found", str(p))
        return ConfigCache(p).for_file(Path.cwd())
    return ConfigCache().for_file(Path.cwd() / "_")


def run_rules(args: argparse.Namespace) -> int:
    """List rules, show one rule's documentation, or validate rule files (exit 1 if invalid)."""
    try:
        if args.check is not None:
            return _check_rule_files(args)
        cfg = _rules_config(args)
        rules = load_rules(cfg.rule_dirs)
        _validate_levels(cfg, rules)
        levels = {r.id: cfg.rule_levels.get(r.id, r.level) for r in rules}
        if args.rule:
            return _show_rule(args.rule, rules, levels, args.format)
        if args.format == "json":
            data = [
                {
                    "id": r.id,
                    "level": levels[r.id],
                    "default_level": r.level,
                    "description": r.description,
                    "path": r.path,
                }
                for r in rules
            ]
            print(json.dumps(data, indent=2, ensure_ascii=False))
            return 0
        width = max(len(r.id) for r in rules)
        for r in rules:
            print(f"{r.id:<{width}}  {levels[r.id]:<7}  {r.description}")
        return 0
    except ProvenanceError as err:
        _err(str(err))
        return 2


def _show_rule(rule_id: str, rules: list[Rule], levels: dict[str, str], fmt: str) -> int:
    by_id = {r.id: r for r in rules}
    rule = by_id.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, sorted(by_id), n=1)
        hint = f" (did you mean {close[0]}?)" if close else "; `provenance rules` lists them"
        raise ProvenanceError(f"no rule {rule_id!r}{hint}")
    if fmt == "json":
        print(
            json.dumps(
                {
                    "id": rule.id,
                    "level": levels[rule.id],
                    "description": rule.description,
                    "message": rule.message,
                    "docs": rule.docs.__dict__,
                    "source": [s.__dict__ for s in rule.sources],
                    "condition": rule.raw_checks,
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    lines = list(iter_rule_doc(rule))
    if levels[rule.id] != rule.level:
        lines[0] = f"{rule.id} ({levels[rule.id]}; default {rule.level})"
    print("\n".join(lines))
    return 0


def _check_rule_files(args: argparse.Namespace) -> int:
    targets = [Path(p) for p in args.check] or [builtin_rules_dir(), *_rules_config(args).rule_dirs]
    files: list[Path] = []
    for t in targets:
        if t.is_dir():
            files.extend(rule_files(t))
        elif t.is_file():
            files.append(t)
        else:
            raise ProvenanceError("no such file or folder", str(t))
    errors = 0
    ids: dict[str, str] = {}
    for f in files:
        try:
            rule = load_rule_file(f)
        except ProvenanceError as err:
            print(str(err))
            errors += 1
            continue
        if rule.id in ids:
            print(f"{f}:{rule.line}: rule id {rule.id!r} is already defined in {ids[rule.id]}")
            errors += 1
        ids[rule.id] = str(f)
    print(f"{len(files)} rule file(s) checked, {errors} invalid", file=sys.stderr)
    return 1 if errors else 0


__all__ = [
    "ArticleCheck",
    "CheckRun",
    "LEVEL_RANK",
    "add_check_arguments",
    "add_rules_arguments",
    "check_documents",
    "run_check",
    "run_rules",
]
