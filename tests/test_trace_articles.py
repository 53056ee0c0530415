"""`provenance trace` end to end (the model reads the quotes) on invented articles: each kind of
alteration, a cut that is no alteration, and a sentence that reports a quote in other words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.cli import main

WIRE = """---
date: 2024-03-01
outlet: Reuters
---
Mayor Jane Roe said on Monday: "We will close the northern harbour to cargo ships until the spring."

"The council will protect jobs and wages across the harbour district," Roe said.

"We will cut port taxes for every fishing family this year," she added.

"Nobody will lose a mooring because of the new ferry terminal," Roe said.
"""

PAPER = """---
date: 2024-03-02
outlet: Daily Planet
---
Mayor Jane Roe promised to "close the northern harbour to cargo ships."

"The council will protect wages and jobs across the harbour district," Roe said.

"We will cut port tax for every fishing family this year," Roe said.

"Nobody will lose a mooring because of the ferry terminal," Roe told reporters.
"""

WEEKLY = """---
date: 2024-03-05
outlet: Harbour Weekly
---
Fishermen protest harbour plan

Mayor Jane Roe's plan to close the northern harbour to cargo ships until spring drew a crowd of angry fishermen to the town hall on Tuesday.
"""


def test_each_alteration_a_cut_and_a_report_in_other_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in {"wire.md": WIRE, "paper.md": PAPER, "weekly.md": WEEKLY}.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["trace", "--format", "json", str(folder)]) == 0
    links = json.loads(capsys.readouterr().out)["links"]

    def between(a: str, b: str, words: str) -> dict:
        found = [
            lk
            for lk in links
            if lk["a"]["path"].endswith(a) and lk["b"]["path"].endswith(b) and words in lk["a"]["text"]
        ]
        assert len(found) == 1, (a, b, words, links)
        return found[0]

    cut = between("wire.md", "paper.md", "close the northern harbour")
    assert (cut["relation"], cut["diff"]) == ("verbatim", [])  # cut at both ends: not altered
    reordered = between("wire.md", "paper.md", "jobs and wages")
    assert reordered["relation"] == "altered" and reordered["diff"] == ["reordered: jobs and wages -> wages and jobs"]
    changed = between("wire.md", "paper.md", "port taxes")
    assert changed["relation"] == "altered" and changed["diff"] == ["changed: taxes -> tax"]
    dropped = between("wire.md", "paper.md", "Nobody will lose")
    assert dropped["relation"] == "altered" and dropped["diff"] == ["dropped: new"]
    # The weekly reports the statement in a sentence of its own: a paraphrase, the sentence its span.
    report = between("wire.md", "weekly.md", "close the northern harbour")
    assert report["relation"] == "paraphrase" and report["b"]["text"].startswith("Mayor Jane Roe's plan")
    assert report["same_speaker"] is None
    # Nothing else: the headline and the other quotes link nowhere.
    assert len(links) == 6, links
