"""The terminal text report: colour choice (--color, NO_COLOR, FORCE_COLOR, TTY) and the full
format with the source line and a caret under the flagged span."""

from __future__ import annotations

import io

from check_helpers import doc_from, unbalanced

from provenance.checker.run import check_documents
from provenance.config import Config
from provenance.report import render
from provenance.report.style import TextStyle, text_style, wants_color


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_color_choice_follows_flag_then_environment_then_terminal() -> None:
    tty, pipe = _Tty(), io.StringIO()
    assert wants_color("always", pipe, {}) and not wants_color("never", tty, {})
    assert wants_color("auto", tty, {}) and not wants_color("auto", pipe, {})
    assert not wants_color("auto", tty, {"NO_COLOR": ""})  # any value, even empty, disables
    assert wants_color("auto", pipe, {"FORCE_COLOR": "1"})
    assert not wants_color("auto", pipe, {"FORCE_COLOR": "0"})
    assert wants_color("always", tty, {"NO_COLOR": "1"})  # the explicit flag wins


def test_full_format_is_the_terminal_default_and_concise_for_pipes() -> None:
    assert text_style("never", "auto", _Tty(), {}).full
    assert not text_style("never", "auto", io.StringIO(), {}).full
    assert text_style("never", "full", io.StringIO(), {}).full
    assert not text_style("never", "concise", _Tty(), {}).full


def _run(text: str):
    # an unclosed opening mark: an error-level finding on one character
    doc = doc_from(text)
    return check_documents([doc], [Config()], results=[unbalanced(doc)])


def test_full_format_shows_the_line_with_a_caret_under_the_quote() -> None:
    text = "Intro paragraph.\n\nThe reply: “We will not resign, came late.\n"
    run = _run(text)
    out = render(run, "text", style=TextStyle(full=True)).splitlines()
    i = next(k for k, line in enumerate(out) if "unbalanced-quote-marks" in line)
    assert out[i].startswith("article.md:3:12:")
    assert out[i + 2] == "3 | The reply: “We will not resign, came late."
    caret_line = out[i + 3]
    col = caret_line.index("^")
    assert caret_line[col:].strip() == "^"
    assert out[i + 2][col] == "“"  # the caret is under the unclosed mark


def test_concise_and_uncoloured_output_is_unchanged_and_colour_is_only_ansi_around_words() -> None:
    run = _run("The reply: “We will not resign, came late.\n")
    plain = render(run, "text")
    assert "\x1b" not in plain and " |" not in plain
    coloured = render(run, "text", style=TextStyle(color=True))
    assert "\x1b[" in coloured
    import re

    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_control_characters_in_the_source_line_cannot_reach_the_terminal() -> None:
    run = _run("The reply\x1b[31m: “We will not resign, came late.\n")
    out = render(run, "text", style=TextStyle(full=True))
    assert "\x1b" not in out
