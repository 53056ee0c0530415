"""`provenance rules`: list the policy rules, explain one, or validate rule files.

Exit codes: 0, 1 when ``--check`` finds an invalid rule file, 2 on a usage or config error.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Mapping
from pathlib import Path

from provenance.checker.run import validate_levels
from provenance.config import Config, ConfigCache
from provenance.errors import ProvenanceError
from provenance.policy import Rule, builtin_rules_dir, iter_rule_doc, load_rule_file, load_rules, rule_files

EXIT_CLEAN, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(f"provenance: error: {message}", file=sys.stderr)


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


def _rules_config(args: argparse.Namespace) -> Config:
    if args.config:
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
        validate_levels(cfg, rules)
        levels = {r.id: cfg.rule_levels.get(r.id, r.level) for r in rules}
        if args.rule:
            return _show_rule(args.rule, rules, levels, args.format)
        _list_rules(rules, levels, args.format)
        return EXIT_CLEAN
    except ProvenanceError as err:
        _err(str(err))
        return EXIT_USAGE


def _list_rules(rules: list[Rule], levels: Mapping[str, str], fmt: str) -> None:
    if fmt == "json":
        data = [
            {
                "id": r.id,
                "level": levels[r.id],
                "default_level": r.level,
                "status": r.status,
                "description": r.description,
                "path": r.path,
            }
            for r in rules
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    width = max(len(r.id) for r in rules)
    for r in rules:
        # The status column: a preview rule's precision was not measured, so it never blocks.
        print(f"{r.id:<{width}}  {levels[r.id]:<7}  {r.status:<7}  {r.description}")


def _show_rule(rule_id: str, rules: list[Rule], levels: Mapping[str, str], fmt: str) -> int:
    by_id = {r.id: r for r in rules}
    rule = by_id.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, sorted(by_id), n=1)
        hint = f" (did you mean {close[0]}?)" if close else "; `provenance rules` lists them"
        raise ProvenanceError(f"no rule {rule_id!r}{hint}")
    if fmt == "json":
        data = {
            "id": rule.id,
            "level": levels[rule.id],
            "status": rule.status,
            "description": rule.description,
            "message": rule.message,
            "docs": rule.docs.__dict__,
            "source": [s.__dict__ for s in rule.sources],
            "condition": rule.raw_checks,
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_CLEAN
    print("\n".join(iter_rule_doc(rule, levels[rule.id])))
    return EXIT_CLEAN


def _rule_targets(args: argparse.Namespace) -> list[Path]:
    targets = [Path(p) for p in args.check] or [builtin_rules_dir(), *_rules_config(args).rule_dirs]
    files: list[Path] = []
    for t in targets:
        if t.is_dir():
            files.extend(rule_files(t))
        elif t.is_file():
            files.append(t)
        else:
            raise ProvenanceError("no such file or folder", str(t))
    return files


def _check_rule_files(args: argparse.Namespace) -> int:
    files = _rule_targets(args)
    errors = 0
    defined_in: dict[str, Path] = {}
    for f in files:
        try:
            rule = load_rule_file(f)
        except ProvenanceError as err:
            print(str(err))
            errors += 1
            continue
        earlier = defined_in.setdefault(rule.id, f)
        if earlier != f:
            print(f"{f}:{rule.line}: rule id {rule.id!r} is already defined in {earlier}")
            errors += 1
    print(f"{len(files)} rule file(s) checked, {errors} invalid", file=sys.stderr)
    return EXIT_INVALID if errors else EXIT_CLEAN
