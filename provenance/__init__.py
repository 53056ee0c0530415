"""provenance: source attribution and quote provenance for news text.

The public API (see the README, "Python API") is ``extract_text`` and ``check_text``; they are
imported on first use so that ``import provenance`` stays cheap (no model, no torch).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The one place the version is written: pyproject.toml reads it (dynamic version), and so do
# `provenance --version`, SARIF's tool.driver.version and the changelog's headings.
__version__ = "0.3.0"

__all__ = ["TextCheck", "__version__", "check_text", "extract_text"]

if TYPE_CHECKING:
    from provenance.api import TextCheck, check_text, extract_text


def __getattr__(name: str) -> Any:
    # Resolved on first use (PEP 562): the package itself imports nothing of its own, so every
    # `from provenance import records` below it stays free of a cycle through the API.
    if name in ("TextCheck", "check_text", "extract_text"):
        return getattr(importlib.import_module("provenance.api"), name)
    raise AttributeError(f"module 'provenance' has no attribute {name!r}")
