"""Reports: one module per output format, each turning a CheckRun into a string."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from provenance.checker.results import CheckRun


def render(run: CheckRun, fmt: str, *, quiet: bool = False, statistics: bool = False) -> str:
    if fmt == "text":
        from provenance.report.text import render_text

        return render_text(run, quiet=quiet, statistics=statistics)
    if fmt == "json":
        from provenance.report.jsonout import render_json

        return render_json(run)
    if fmt == "sarif":
        from provenance.report.sarif import render_sarif

        return render_sarif(run)
    if fmt == "github":
        from provenance.report.github import render_github

        return render_github(run)
    if fmt == "html":
        from provenance.report.html import render_html

        return render_html(run)
    raise ValueError(f"unknown format {fmt!r}")
