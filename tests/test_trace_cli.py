"""`provenance trace` and the trace rules of `check`, end to end on the seeds and invented articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.cli import main

REPO = Path(__file__).resolve().parents[1]

WIRE = """---
date: 2024-03-01
outlet: Reuters
---
Mayor Jane Roe said on Monday: "We will rebuild the old bridge over the river before the winter storms arrive."

"The port authority will audit every contract signed since the flood in March," Transport Minister Ali al-Saidi said.

"We owe the families of Riverside a full account of every contract," al-Saidi added.
"""

PAPER = """---
date: 2024-03-02
outlet: Daily Planet
---
Roe told residents: "We will rebuild the bridge over the river before the winter storms arrive."

"The port authority will audit every contract signed since the flood in March," said John Poe, a council member.

Transport Minister Ali Al-Saeedi said the audit would take a year. "We owe the families of Riverside a full account of every contract," Al-Saeedi said.
"""

CREDITED = """---
date: 2024-03-02
outlet: Morning Star
---
RIVERSIDE (Reuters) - Mayor Jane Roe said on Monday that "the winter storms arrive" soon.
"We will rebuild the old bridge over the river before the winter storms arrive," she said.
"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _trace_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["trace", "--format", "json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_seed_articles_pmf_statement_altered_and_one_name_spelled_two_ways(capsys: pytest.CaptureFixture[str]) -> None:
    out = _trace_json(capsys, str(REPO / "corpus"))
    altered = [lk for lk in out["links"] if lk["relation"] == "altered"]
    assert altered, out["links"]
    brutal = [lk for lk in altered if "brutal aggression" in (lk["a"]["text"], lk["b"]["text"])]
    assert brutal and all("dropped: American" in lk["diff"] for lk in brutal)
    for lk in out["links"]:
        assert lk["a"]["path"] != lk["b"]["path"]
        text = (REPO / lk["a"]["path"]).read_text(encoding="utf-8")
        assert text[lk["a"]["start"] : lk["a"]["end"]] == lk["a"]["text"]  # offsets of the words inside the marks
    spellings = [{s.casefold() for s in v["spellings"]} for v in out["name_variants"]]
    assert {"al-saidi", "al-saeedi"} in spellings


def test_trace_folder_links_articles_among_themselves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _write(tmp_path / "news", {"wire.md": WIRE, "paper.md": PAPER})
    out = _trace_json(capsys, str(folder))
    by_relation = {lk["relation"]: lk for lk in out["links"]}
    bridge = by_relation["altered"]
    assert bridge["a"]["path"].endswith("wire.md") and bridge["diff"] == ["dropped: old"]  # oldest first
    assert bridge["same_speaker"] is True and bridge["speaker_variant"] is True  # Roe / Mayor Jane Roe
    audit = next(lk for lk in out["links"] if "port authority" in lk["a"]["text"])
    assert audit["relation"] == "verbatim" and audit["same_speaker"] is False
    owe = next(lk for lk in out["links"] if "We owe" in lk["a"]["text"])
    assert owe["same_speaker"] is True and owe["speaker_variant_kind"] == "spelling"  # al-Saidi / Al-Saeedi
    pairs = [frozenset((lk["a"]["start"], lk["b"]["start"])) for lk in out["links"]]
    assert len(pairs) == len(set(pairs))  # each unordered pair once


def test_trace_text_and_html_show_the_diff_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _write(tmp_path / "news", {"wire.md": WIRE, "paper.md": PAPER.replace("the bridge", "the <b>bridge</b>")})
    assert main(["trace", str(folder)]) == 0
    text = capsys.readouterr().out
    assert "altered" in text and "earliest:" in text
    report = tmp_path / "trace.html"
    assert main(["trace", "--format", "html", "-o", str(report), str(folder)]) == 0
    html = report.read_text(encoding="utf-8")
    assert "<del>old</del>" in html and "<b>bridge</b>" not in html and "&lt;b&gt;bridge&lt;/b&gt;" in html


def test_trace_bad_database_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "index.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    article = _write(tmp_path / "news", {"wire.md": WIRE}) / "wire.md"
    assert main(["trace", "--db", str(bad), str(article)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(bad) in err


def _index(tmp_path: Path, files: dict[str, str]) -> tuple[Path, Path]:
    folder = _write(tmp_path / "archive", files)
    db = tmp_path / "index.sqlite"
    assert main(["index", "--db", str(db), str(folder)]) == 0
    return folder, db


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    main(["check", "--format", "json", *argv])
    findings: list[dict] = json.loads(capsys.readouterr().out)["findings"]
    return findings


def test_check_trace_rules_with_an_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, db = _index(tmp_path, {"wire.md": WIRE, "paper.md": PAPER})
    capsys.readouterr()
    findings = _check(capsys, "--index", str(db), str(folder / "paper.md"))
    rules = {f["rule"]: f for f in findings}
    assert "added: old" not in rules["altered-quote"]["message"]
    assert "dropped: old" in rules["altered-quote"]["message"]  # from the wire story to this one
    assert (
        "Saidi" in rules["quote-speaker-conflict"]["message"]
        and "John Poe" in rules["quote-speaker-conflict"]["message"]
    )
    assert "Reuters" in rules["uncredited-lifted-quote"]["message"]
    assert (
        "al-Saidi" in rules["speaker-name-variant"]["message"]
        or "Al-Saeedi" in rules["speaker-name-variant"]["message"]
    )
    # The agency's own story is not lifted from itself, and nothing links inside one article.
    wire = {f["rule"] for f in _check(capsys, "--index", str(db), str(folder / "wire.md"))}
    assert "uncredited-lifted-quote" not in wire and "altered-quote" not in wire


def test_a_credited_agency_is_no_lifted_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, db = _index(tmp_path, {"wire.md": WIRE, "credited.md": CREDITED})
    capsys.readouterr()
    rules = {f["rule"] for f in _check(capsys, "--index", str(db), str(folder / "credited.md"))}
    assert "uncredited-lifted-quote" not in rules


def test_config_index_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, db = _index(tmp_path, {"wire.md": WIRE, "paper.md": PAPER})
    (folder / ".provenance.yaml").write_text(f"index: {db}\n", encoding="utf-8")
    capsys.readouterr()
    assert "altered-quote" in {f["rule"] for f in _check(capsys, str(folder / "paper.md"))}
    (folder / ".provenance.yaml").write_text("index: missing.sqlite\n", encoding="utf-8")
    assert main(["check", str(folder / "paper.md")]) == 2
    assert "missing.sqlite" in capsys.readouterr().err


def test_speaker_name_variant_inside_one_article_needs_no_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(
        tmp_path / "one", {"paper.md": PAPER.replace("Ali Al-Saeedi said the audit", "Ali al-Saidi said the audit")}
    )
    findings = _check(capsys, str(folder / "paper.md"))
    variant = [f for f in findings if f["rule"] == "speaker-name-variant"]
    assert variant and variant[0]["level"] == "info"


# A refusal of function words only ("We are not going to do that") is too weak to link on its
# own words; `trace` links it when the quotes around it are shared too (quoted context), and
# `check` must link it the same way.
FARM_WIRE = """---
date: 2024-05-01
outlet: Reuters
---
Senator Jane Roe met grain farmers in Millbrook on Monday.

"We will keep every silo in the valley open through the winter," Roe said.

Asked about closing the river locks, she said: "We are not going to do that."
"""

FARM_PAPER = """---
date: 2024-05-02
outlet: Daily Planet
---
Senator Jane Roe spoke to farmers in Millbrook this week.

"We are not going to do that," Roe said of the river locks. "We will keep every silo in the valley open through the winter."
"""

# The same refusal about something else, with nothing else quoted in common.
TOLL_PAPER = """---
date: 2024-05-02
outlet: Daily Planet
---
Senator Jane Roe was asked about the toll road on Tuesday.

"We are not going to do that," Roe said. "The drivers of this county have paid enough for one road."
"""


def test_check_links_a_weak_quote_on_its_quoted_context_as_trace_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, db = _index(tmp_path, {"wire.md": FARM_WIRE})
    new = _write(tmp_path / "new", {"farm.md": FARM_PAPER, "toll.md": TOLL_PAPER})
    capsys.readouterr()
    lifted = [
        f for f in _check(capsys, "--index", str(db), str(new / "farm.md")) if f["rule"] == "uncredited-lifted-quote"
    ]
    quoted = {FARM_PAPER[f["start"] : f["end"]].strip('"') for f in lifted}
    # Both quotes of the farm story first ran on the wire: the silo line on its own words, the
    # refusal because the silo line is quoted next to it in both (the checked article is not indexed).
    assert quoted == {
        "We are not going to do that,",
        "We will keep every silo in the valley open through the winter.",
    }, quoted
    toll = [
        f for f in _check(capsys, "--index", str(db), str(new / "toll.md")) if f["rule"] == "uncredited-lifted-quote"
    ]
    assert toll == []
    # `trace` of the farm story against the index links the same two quotes.
    links = _trace_json(capsys, "--db", str(db), str(new / "farm.md"))["links"]
    assert len(links) == 2, links
