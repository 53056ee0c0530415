"""Settings and strategies shared by the fuzz tests (profiles: see conftest.py)."""

from __future__ import annotations

import os

from hypothesis import settings
from hypothesis import strategies as st

NIGHTLY = os.environ.get("PROVENANCE_FUZZ", "").lower() == "nightly"
SCALE = int(os.environ.get("PROVENANCE_FUZZ_SCALE", "25" if NIGHTLY else "1"))


def fuzz(n: int) -> settings:
    """Settings for a fuzz test: ``n`` examples in CI, ``n * SCALE`` at night."""
    return settings(settings.get_profile("fuzz-nightly" if NIGHTLY else "fuzz-ci"), max_examples=n * SCALE)


QUOTE_MARKS = list("\"'“”‘’«»‹›„‚‟")
# Every kind of line break (including those only str.splitlines() knows), controls, escapes.
ODD = ["\n", "\r\n", "\r", "\n\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x00", "\x1b[31m", "\x1b]0;t\x07", "\t"]
MARKDOWN = [
    "# ",
    "- ",
    "* ",
    "1. ",
    "> ",
    "| a | b |\n|---|---|\n",
    "```\n",
    "~~~",
    "<!-- ",
    " -->",
    "---\n",
    "**",
    "_",
    "[x](y)",
    "![i](p)",
]
WORDS = ["He", "said", "the", "minister", "Reuters", "told", "officials", "Al-Amiri's", "don't", "'90s", "word", "."]

PIECES = st.one_of(
    st.sampled_from(QUOTE_MARKS + ODD + MARKDOWN + WORDS + [" ", " ", " "]),
    st.text(max_size=4),  # arbitrary Unicode, surrogates excluded (not in decoded text)
)
TEXT = st.lists(PIECES, max_size=60).map("".join)
