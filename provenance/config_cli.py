"""`provenance config --show PATH`: the settings in effect for a file, and where each came from.

With ``extend:`` chains and ``per-path`` sections, "why is this rule off here?" needs an answer
that names the file and line; this prints it (``default`` for a built-in value).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from provenance.config import Config, ConfigCache
from provenance.errors import terminal_safe


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser("config", help="show the configuration in effect for a file (and where each value came from)")
    p.add_argument("path", metavar="PATH", help="an article (or folder) to show the effective configuration of")
    p.add_argument("--show", action="store_true", help="print the effective settings (the default action)")
    p.add_argument("--config", metavar="FILE", help="use this .provenance.yaml instead of looking for one")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run_config)
    return p


def effective(cfg: Config) -> list[tuple[str, Any, str]]:
    """(key, value, origin) rows of every setting, rules and vocabularies one row per entry."""
    o = cfg.origins
    sel = cfg.selection
    rows: list[tuple[str, Any, str]] = [
        ("fail-on", cfg.fail_on or "error", o.get("fail-on", "default")),
        ("include", list(cfg.include), o.get("include", "default")),
        ("exclude", list(cfg.exclude), o.get("exclude", "default")),
        ("select", list(sel.select) if sel.select is not None else "ALL", o.get("select", "default")),
        ("ignore", list(sel.ignore), o.get("ignore", "default")),
        ("extend-select", list(sel.extend_select), o.get("extend-select", "default")),
        ("min-level", sel.min_level or "info", o.get("min-level", "default")),
        ("max-file-size", cfg.max_file_bytes, o.get("max-file-size", "default")),
        ("max-line-length", cfg.max_line_chars, o.get("max-line-length", "default")),
        ("index", str(cfg.index) if cfg.index else None, o.get("index", "default")),
        ("rule-paths", [str(d) for d in cfg.rule_dirs], o.get("rule-paths", "default")),
    ]
    rows += [(f"rules.{rule}", level, o.get(f"rules.{rule}", "?")) for rule, level in sorted(cfg.rule_levels.items())]
    rows += [
        (f"vocabularies.{name}", f"+{len(entries)} entries", o.get(f"vocabularies.{name}", "?"))
        for name, entries in sorted(cfg.vocabulary.items())
    ]
    return rows


def run_config(args: argparse.Namespace) -> int:
    cache = ConfigCache(Path(args.config) if args.config else None)
    cfg = cache.for_file(Path(args.path))
    rows = effective(cfg)
    source = str(cfg.path) if cfg.path else "no .provenance.yaml found: built-in defaults"
    if args.format == "json":
        data = {
            "path": args.path,
            "config": source,
            "settings": [{"key": k, "value": v, "from": f} for k, v, f in rows],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(terminal_safe(f"# {args.path}: {source}"))
    width = max(len(f"{k}: {json.dumps(v, ensure_ascii=False)}") for k, v, _ in rows)
    for key, value, origin in rows:
        line = f"{key}: {json.dumps(value, ensure_ascii=False)}"
        print(terminal_safe(f"{line:<{width}}  # {origin}"))
    return 0
