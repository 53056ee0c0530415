"""How the text report looks on a terminal: colour, and whether findings show their source line.

Colour follows the conventions other command-line tools follow: ``--color always|never`` wins;
with ``auto`` (the default) ``NO_COLOR`` (any value, https://no-color.org) turns colour off,
``FORCE_COLOR`` (non-empty, not ``0``) turns it on, and otherwise colour is used only when the
output is a terminal. The full format (source line + caret, like ruff's) is the default on a
terminal; a pipe or a file gets the one-line compiler format that scripts and CI logs parse.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal, TextIO

ColorChoice = Literal["auto", "always", "never"]
OutputFormat = Literal["auto", "full", "concise"]
COLOR_CHOICES: tuple[ColorChoice, ...] = ("auto", "always", "never")
OUTPUT_FORMATS: tuple[OutputFormat, ...] = ("auto", "full", "concise")

_RESET = "\x1b[0m"
_CODES = {
    "error": "\x1b[1;31m",
    "warning": "\x1b[1;33m",
    "info": "\x1b[1;34m",
    "path": "\x1b[1m",
    "rule": "\x1b[36m",
    "dim": "\x1b[2m",
    "caret": "\x1b[1;31m",
}


@dataclass(frozen=True)
class TextStyle:
    color: bool = False
    full: bool = False  # the source line and a caret under the flagged span

    def paint(self, what: str, text: str) -> str:
        # Only text that was already made terminal-safe is painted: the codes are ours alone.
        return f"{_CODES[what]}{text}{_RESET}" if self.color and text else text


def _is_tty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def wants_color(choice: ColorChoice, stream: TextIO | None, environ: dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    if choice != "auto":
        return choice == "always"
    if "NO_COLOR" in env:
        return False
    if env.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    return _is_tty(stream)


def text_style(
    color: ColorChoice = "never",
    output_format: OutputFormat = "concise",
    stream: TextIO | None = None,
    environ: dict[str, str] | None = None,
) -> TextStyle:
    """The style for a report written to ``stream`` (None: a file named by --output)."""
    full = output_format == "full" or (output_format == "auto" and _is_tty(stream))
    return TextStyle(color=wants_color(color, stream, environ), full=full)
