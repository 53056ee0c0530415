"""One check run: analyse the readable articles, evaluate the rules, apply suppressions and baseline.

Articles under one configuration share one pipeline call (one vocabulary, one model load);
files that were not analysed (unreadable, too large) are evaluated with an empty extraction and
their file issue, so they get a finding like any other problem.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from provenance import records
from provenance.checker.results import ArticleCheck, CheckRun
from provenance.config import Config, rule_origin
from provenance.document import Document
from provenance.errors import ProvenanceError
from provenance.kinds import FailOn
from provenance.outlets import OutletIndex
from provenance.policy import FileIssue, Finding, Rule, load_rules
from provenance.policy.context import speech_forms
from provenance.policy.rules import builtin_rules_dir, rule_files
from provenance.selection import Selection, check_rule_ids
from provenance.suppress import Baseline, evaluate_with_suppressions, load_baseline, parse_directives
from provenance.vocab import load_vocabulary

if TYPE_CHECKING:
    from provenance.pipeline import Progress
    from provenance.syntax.parser import Parser
    from provenance.trace.facts import ArticleTracer


def analyse_documents(
    docs: list[Document],
    extra: dict[str, list] | None,
    model: str | None,
    use_cache: bool = True,
    *,
    progress: Progress | None = None,
    parser: Parser | None = None,
    jobs: int | None = None,
) -> list[records.ArticleResult]:
    """Run the NLP pipeline over ``docs`` with the config's extra vocabulary, in ``jobs``
    processes (None: provenance.workers decides from how many articles need the model)."""
    # Imported here, not at the top: `provenance rules` and every input error are answered
    # without importing the extraction half at all.
    from provenance.pipeline import Analysis, analyse
    from provenance.workers import analyse_in_processes, default_jobs

    vocab = load_vocabulary(extra or None)
    analysis = Analysis.create(vocab, model, use_cache, parser)
    n = jobs or default_jobs(analysis.parser, docs)
    if n > 1:
        return analyse_in_processes(
            docs, n, model=model, use_cache=use_cache, extra=extra or None, progress=progress, isolate=True
        )
    return analyse(docs, analysis=analysis, progress=progress, isolate=True)


def outlet_index(cfg: Config) -> OutletIndex:
    """Outlet aliases (AP -> Associated Press) from the gazetteer plus the config's outlets."""
    return OutletIndex.from_lexicon(load_vocabulary(cfg.vocabulary or None).lexicons.get("outlets"))


def validate_levels(cfg: Config, rules: list[Rule]) -> None:
    """Every rule id the config sets a level for, or selects, must exist."""
    ids = {r.id for r in rules}
    for rule_id in cfg.rule_level_lines:
        if rule_id not in ids:
            close = difflib.get_close_matches(rule_id, sorted(ids), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ProvenanceError(f"unknown rule {rule_id!r}{hint}", *rule_origin(cfg, rule_id))
    check_rule_ids(cfg.selection, ids, str(cfg.path) if cfg.path else None)
    for section in cfg.per_path:
        check_rule_ids(section.selection, ids, str(cfg.path) if cfg.path else None)
        for rule_id in section.rule_levels:
            if rule_id not in ids:
                raise ProvenanceError(f"unknown rule {rule_id!r}", str(cfg.path), section.rule_level_lines.get(rule_id))


_RULES: dict[tuple[object, ...], list[Rule]] = {}


def cached_rules(dirs: tuple[Path, ...]) -> list[Rule]:
    """The policy rules, parsed once per process while their files are unchanged: a server that
    calls check_text per request does not re-read and re-validate ~25 YAML files each time."""
    try:
        files = [p for d in (builtin_rules_dir(), *dirs) if d.is_dir() for p in rule_files(d)]
        key: tuple[object, ...] = (dirs, *((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files))
    except OSError:  # a file vanished between listing and stat: just load (and report) normally
        return load_rules(dirs)
    if key not in _RULES:
        if len(_RULES) > 8:
            _RULES.clear()
        _RULES[key] = load_rules(dirs)
    return _RULES[key]


class _PerConfig:
    """Rules and outlet aliases, loaded once per distinct configuration."""

    def __init__(self) -> None:
        self._rules: dict[tuple[Path, ...], list[Rule]] = {}
        self._outlets: dict[int, OutletIndex] = {}
        self._cue_forms: dict[int, frozenset[str]] = {}

    def rules(self, cfg: Config) -> list[Rule]:
        if cfg.rule_dirs not in self._rules:
            self._rules[cfg.rule_dirs] = cached_rules(cfg.rule_dirs)
        rules = self._rules[cfg.rule_dirs]
        validate_levels(cfg, rules)
        return rules

    def cue_forms(self, cfg: Config) -> frozenset[str] | None:
        """Speech-verb forms for the context facts: the packaged lexicon plus the config's own
        (worked out once per vocabulary, not per article)."""
        extra = tuple(str(v) for v in cfg.vocabulary.get("speech_verbs", ()) if isinstance(v, str))
        if not extra:
            return None  # the packaged default (cached by policy.context)
        if id(cfg.vocabulary) not in self._cue_forms:
            packaged = load_vocabulary().lexicons["speech_verbs"].entries
            self._cue_forms[id(cfg.vocabulary)] = speech_forms(tuple(e.name for e in packaged) + extra)
        return self._cue_forms[id(cfg.vocabulary)]

    def outlets(self, cfg: Config) -> OutletIndex:
        # per vocabulary: the configs a per-path section derives share their parent's
        key = id(cfg.vocabulary)
        if key not in self._outlets:
            self._outlets[key] = outlet_index(cfg)
        return self._outlets[key]


def _analyse(
    docs: Sequence[Document],
    configs: Sequence[Config],
    todo: list[int],
    model: str | None,
    use_cache: bool,
    show_progress: bool = True,
    jobs: int | None = None,
) -> dict[int, records.ArticleResult]:
    """Results for the documents at ``todo``: one pipeline call per distinct vocabulary, all
    sharing one parser (the model is loaded once, and only if something is not in the cache)."""
    from provenance.pipeline import make_parser
    from provenance.progress import progress_for

    groups: dict[int, list[int]] = {}
    for i in todo:
        # per vocabulary, not per config object: per-path sections derive configs that share
        # their parent's vocabulary
        groups.setdefault(id(configs[i].vocabulary), []).append(i)
    out: dict[int, records.ArticleResult] = {}
    parser = make_parser(model, use_cache) if groups else None
    with progress_for(len(todo), enabled=show_progress) as progress:
        for indices in groups.values():
            cfg = configs[indices[0]]
            group = [docs[i] for i in indices]
            results = analyse_documents(
                group, cfg.vocabulary, model, use_cache, progress=progress, parser=parser, jobs=jobs
            )
            out.update(zip(indices, results, strict=True))
    return out


def check_documents(
    docs: list[Document],
    configs: list[Config],
    *,
    fail_on: FailOn | None = None,
    baseline: Path | None = None,
    model: str | None = None,
    use_cache: bool = True,
    results: Sequence[records.ArticleResult | None] | None = None,
    issues: list[list[FileIssue]] | None = None,
    index: Path | None = None,
    selection: Selection | None = None,
    show_progress: bool = False,
    jobs: int | None = None,
) -> CheckRun:
    """Analyse and evaluate the policy rules for each document; ``results[i]``, when given and
    not None, is document ``i``'s result (from the result cache): only the others are analysed.

    ``issues[i]`` non-empty means document ``i`` was not read or is beyond the limits: it is not
    analysed, and only its file issues are evaluated. ``index`` (else each config's ``index:``)
    is a quote index: quotes are linked to their other appearances for the trace rules.
    ``selection`` (the command line's) applies over each config's select / ignore / min-level."""
    per_config = _PerConfig()
    rule_sets = [per_config.rules(cfg) for cfg in configs]
    if selection is not None:
        check_rule_ids(selection, {r.id for rs in rule_sets for r in rs} or {r.id for r in cached_rules(())}, None)
    known = load_baseline(baseline) if baseline is not None else None
    issues = issues or [[] for _ in docs]
    given = list(results) if results is not None else [None] * len(docs)
    todo = [i for i in range(len(docs)) if not issues[i] and given[i] is None]
    found = _analyse(docs, configs, todo, model, use_cache, show_progress, jobs) if todo else {}
    issues = [list(its) for its in issues]
    for i, result in found.items():
        # An article whose analysis failed (a bug, not its text) gets an `analysis-error` finding
        # and is checked no further; every other article is checked as usual.
        failure = getattr(result, "failure", None)  # pipeline.Unanalysed (not imported by a cached run)
        if failure is not None:
            issues[i].append(FileIssue("analysis-error", f"internal error: {failure.error}"))
            found[i] = records.ArticleResult(path=docs[i].path)
    done = [given[i] or found.get(i) or records.ArticleResult(path=docs[i].path) for i in range(len(docs))]
    traced = _traced(docs, configs, done, issues, index, per_config)
    warnings: list[str] = []
    articles = [
        _check_article(doc, cfg, result, rules, per_config, file_issues, known, fail_on, warnings, selection)
        for doc, cfg, result, rules, file_issues in zip(docs, configs, traced, rule_sets, issues, strict=True)
    ]
    all_rules = {r.id: r for rs in rule_sets for r in rs}
    docs_url = next((cfg.docs_url for cfg in configs if cfg.docs_url), None)
    return CheckRun(articles, sorted(all_rules.values(), key=lambda r: r.id), warnings, docs_url)


def _traced(
    docs: Sequence[Document],
    configs: Sequence[Config],
    results: list[records.ArticleResult],
    issues: Sequence[Sequence[FileIssue]],
    index: Path | None,
    per_config: _PerConfig,
) -> list[records.ArticleResult]:
    """Each analysed article with what the quote index says about its quotes (provenance.trace);
    without an index, only the speaker name spellings inside the article."""
    from provenance.trace.spellings import trace_names

    out = list(results)
    tracers: dict[Path, ArticleTracer] = {}
    try:
        for i, (doc, cfg) in enumerate(zip(docs, configs, strict=True)):
            if issues[i]:
                continue
            where = index or cfg.index
            if where is None:
                # No index: the names alone, without importing the index store and the linker
                # (most of a cached check's trace time, issue #17).
                out[i] = trace_names(doc, results[i])
                continue
            if where not in tracers:
                from provenance.trace.facts import open_tracer

                tracers[where] = open_tracer(where, per_config.outlets(cfg))
            out[i] = tracers[where].trace_article(doc, results[i])
    finally:
        for tracer in tracers.values():
            tracer.close()
    return out


def _check_article(
    doc: Document,
    cfg: Config,
    result: records.ArticleResult,
    rules: list[Rule],
    per_config: _PerConfig,
    file_issues: list[FileIssue],
    known: Baseline | None,
    fail_on: FailOn | None,
    warnings: list[str],
    selection: Selection | None = None,
) -> ArticleCheck:
    rules_by_id = {r.id: r for r in rules}
    # Suppression comments work in every file type: in plain text the comment is blanked from
    # the prose (provenance.document), so it is read as a directive, never as article text.
    directives = parse_directives(doc, rules_by_id)
    regex_warnings: list[str] = []
    kept, suppressed = evaluate_with_suppressions(
        rules,
        result,
        doc,
        directives,
        levels=cfg.rule_levels,
        outlets=per_config.outlets(cfg),
        cue_forms=per_config.cue_forms(cfg),
        file_issues=file_issues,
        warnings=regex_warnings,
    )
    warnings.extend(f"{doc.path}: {w}" for w in regex_warnings)
    shown = cfg.selection.then(selection) if selection is not None else cfg.selection
    kept = [f for f in kept if shown.shows(f.rule, f.level)]
    baselined: list[Finding] = []
    if known is not None:
        kept, baselined = known.split(kept)
    threshold: FailOn = fail_on or cfg.fail_on or "error"
    return ArticleCheck(doc, result, cfg, threshold, kept, suppressed, baselined, analysed=not file_issues)
