"""Reports: one module per output format, each turning a CheckRun into a string."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from provenance.report.style import TextStyle

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun

# Every --format of `provenance check` -> (module, function); modules are imported only when used.
RENDERERS: dict[str, tuple[str, str]] = {
    "text": ("text", "render_text"),
    "json": ("jsonout", "render_json"),
    "json-lines": ("jsonlines", "render_json_lines"),
    "sarif": ("sarif", "render_sarif"),
    "github": ("github", "render_github"),
    "gitlab": ("gitlab", "render_gitlab"),
    "junit": ("junit", "render_junit"),
    "rdjson": ("rdjson", "render_rdjson"),
    "markdown": ("markdown", "render_markdown"),
    "html": ("html", "render_html"),
}
FORMATS = tuple(RENDERERS)


def render(
    run: CheckRun, fmt: str, *, quiet: bool = False, statistics: bool = False, style: TextStyle | None = None
) -> str:
    """The report in format ``fmt``; ``quiet``, ``statistics`` and ``style`` (colour, source lines)
    concern the text format only."""
    if fmt not in RENDERERS:
        raise ValueError(f"unknown format {fmt!r}")
    module, name = RENDERERS[fmt]
    renderer = getattr(import_module(f"provenance.report.{module}"), name)
    if fmt == "text":
        return str(renderer(run, quiet=quiet, statistics=statistics, style=style or TextStyle()))
    return str(renderer(run))
