"""Helpers for the checker tests: hand-built extraction results, so no test needs Stanza.

``seed_results`` builds, for the two seed articles in corpus/, the ArticleResult that
../shared/seeds/EXPECTED.md describes, with offsets found in the real text. ``FakePipeline``
stands in for ``provenance.checker.run.analyse_documents`` (the one call into the NLP pipeline).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from provenance import check, rules_cli
from provenance.document import Document, make_document, read_document
from provenance.records import ArticleResult, Credit, Cue, MarkIssue, Quote, SourceSummary, Speaker, Via

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SEED_000 = CORPUS / "000_0b789dba10d3fbcc.txt"
SEED_003 = CORPUS / "003_69a46381efd3d698.txt"
# A copy of the OASIS SARIF 2.1.0 schema, so the tests need nothing outside the checkout.
SARIF_SCHEMA = REPO / "tests" / "data" / "sarif-schema-2.1.0.json"


def span(doc: Document, excerpt: str, nth: int = 0, after: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``excerpt`` at or after ``after``."""
    pos = after - 1
    for _ in range(nth + 1):
        pos = doc.text.find(excerpt, pos + 1)
        if pos < 0:
            raise AssertionError(f"{excerpt!r} not in {doc.path}")
    return pos, pos + len(excerpt)


def speaker(doc: Document, mention: str, name: str | None = None, *, after: int = 0, **kw) -> Speaker:
    s, e = span(doc, mention, after=after)
    return Speaker(text=mention, start=s, end=e, name=name or mention, **kw)


def quote(
    doc: Document,
    excerpt: str,
    kind: str = "direct",
    spk: Speaker | None = None,
    *,
    nth: int = 0,
    cue: str | None = None,
    via: tuple[str, str] | None = None,
    **kw,
) -> Quote:
    s, e = span(doc, excerpt, nth=nth)
    line, col = doc.line_col(s)
    cue_obj = None
    if cue:
        cs, ce = span(doc, cue, after=max(0, s - 300))
        cue_obj = Cue(cue, cs, ce, cue.split()[0].lower())
    via_obj = None
    if via:
        vs, ve = span(doc, via[1], after=max(0, s - 400))
        via_obj = Via(name=via[0], text=via[1], start=vs, end=ve, known=True)
    return Quote(kind, s, e, doc.text[s:e], line, col, cue_obj, spk, "test", via=via_obj, **kw)


def seed_000(doc: Document | None = None) -> ArticleResult:
    doc = doc or read_document(str(SEED_000))
    pmf = dict(type="organization", anonymity="organization")
    militia = dict(
        type="anonymous",
        anonymity="anonymous-with-reason",
        reason="spoke on condition of anonymity because they were not authorized to speak publicly",
        reason_boilerplate=True,
        plural=True,
    )
    quotes = [
        quote(
            doc,
            "“as a result of brutal American aggression.”",
            "mixed",
            speaker(doc, "Popular Mobilization Force", "Popular Mobilization Force", **pmf),
            cue="announced",
        ),
        quote(
            doc,
            "“as a result of brutal American aggression.”",
            "mixed",
            speaker(doc, "Popular Mobilization Force", "Popular Mobilization Force", after=300, **pmf),
            nth=1,
            cue="announced",
        ),
        quote(
            doc,
            "an airstrike on the logistical support headquarters of an Iran-backed militia in central Baghdad on Thursday",
            "indirect",
            speaker(doc, "Associated Press", "Associated Press", type="organization", anonymity="organization"),
            cue="reported",
            via=("Associated Press", "Associated Press"),
        ),
        quote(
            doc,
            "“holds the International Coalition Forces responsible",
            "mixed",
            speaker(
                doc,
                "Iraqi military spokesman Yehia Rasool",
                "Yehia Rasool",
                type="person",
                anonymity="named",
                role="Iraqi military spokesman",
            ),
            cue="said",
        ),
        quote(
            doc,
            "Thursday's Baghdad airstrike killed two people and wounded five",
            "indirect",
            speaker(doc, "two militia officials", **militia),
            cue="according to",
        ),
        quote(
            doc,
            "al-Saidi was driving into the garage of the headquarters",
            "indirect",
            speaker(doc, "One of the officials", "two militia officials", **militia),
            cue="said",
        ),
        quote(
            doc,
            "the attacks are in retaliation to Washington's support of Israel",
            "indirect",
            speaker(doc, "The group", "Islamic Resistance in Iraq", type="organization", anonymity="organization"),
            cue="said",
        ),
    ]
    s, e = span(doc, "(With inputs from AP)")
    ps, pe = span(doc, "(Photo by Ahmad Al-Rubaye / AFP)")
    return ArticleResult(
        path=doc.path,
        quotes=quotes,
        sources=[
            SourceSummary("Popular Mobilization Force", "organization", "organization", None, 2),
            SourceSummary("Associated Press", "organization", "organization", None, 1, ["Associated Press"]),
            SourceSummary("Yehia Rasool", "person", "named", None, 1, role="Iraqi military spokesman"),
            SourceSummary(
                "two militia officials", "anonymous", "anonymous-with-reason", militia["reason"], 2, plural=True
            ),
            SourceSummary("Islamic Resistance in Iraq", "organization", "organization", None, 1),
        ],
        credits=[Credit("credit", doc.text[s:e], s, e, *doc.line_col(s), outlets=["Associated Press"])],
        photo_credits=[Credit("photo", doc.text[ps:pe], ps, pe, *doc.line_col(ps), outlets=["AFP"])],
    )


def seed_003(doc: Document | None = None) -> ArticleResult:
    doc = doc or read_document(str(SEED_003))
    official = dict(type="anonymous", anonymity="anonymous")
    amiri = dict(type="person", anonymity="named", role="Head of Iraq’s Shi’ite Nabni Alliance")
    quotes = [
        quote(
            doc,
            "The US military admitted carrying out the strike in Baghdad",
            "indirect",
            speaker(doc, "a US official", **official),
            cue="told",
            via=("Reuters", "Reuters"),
        ),
        quote(
            doc,
            "the strike hit a vehicle in Baghdad",
            "indirect",
            speaker(
                doc,
                "A US official",
                "a US official",
                type="anonymous",
                anonymity="anonymous-with-reason",
                reason="spoke on condition of anonymity",
            ),
            cue="said",
        ),
        quote(
            doc,
            '"brutal aggression"',
            "mixed",
            speaker(doc, "The PMF", "PMF", type="organization", anonymity="organization"),
            cue="accused",
        ),
        quote(
            doc,
            "condemned the bombing",
            "indirect",
            speaker(doc, "The Head of Iraq’s Shi’ite Nabni Alliance, Hadi Al-Amiri", "Hadi Al-Amiri", **amiri),
            cue="condemned",
            via=("Al-Sumaria News", "Al-Sumaria News"),
        ),
        quote(
            doc,
            "“We strongly condemn the heinous crime",
            "direct",
            speaker(doc, "The Head of Iraq’s Shi’ite Nabni Alliance, Hadi Al-Amiri", "Hadi Al-Amiri", **amiri),
        ),
        quote(
            doc,
            "“Iraqi government responsible for any disregard",
            "mixed",
            speaker(doc, "He said", "Hadi Al-Amiri", **amiri),
            cue="said",
        ),
        quote(
            doc,
            '"This presence has become a threat',
            "direct",
            speaker(doc, "Al-Amiri added", "Hadi Al-Amiri", **amiri),
            cue="added",
        ),
        quote(
            doc,
            '"This aggression constitutes a violation',
            "direct",
            speaker(doc, "The Iraqi Presidency", type="organization", anonymity="organization"),
            cue="announced",
        ),
    ]
    return ArticleResult(
        path=doc.path,
        quotes=quotes,
        sources=[
            SourceSummary(
                "a US official", "anonymous", "anonymous-with-reason", "spoke on condition of anonymity", 2, ["Reuters"]
            ),
            SourceSummary("PMF", "organization", "organization", None, 1),
            SourceSummary("Hadi Al-Amiri", "person", "named", None, 4, ["Al-Sumaria News"], role=amiri["role"]),
            SourceSummary("The Iraqi Presidency", "organization", "organization", None, 1),
        ],
    )


def simple_result(doc: Document, **quote_fields) -> ArticleResult:
    """One quote spanning the whole first line, with the given field overrides."""
    first = doc.text.splitlines()[0] if doc.text else ""
    s = doc.text.find(first)
    fields = dict(
        kind="direct", start=s, end=s + len(first), text=first, line=1, column=1, cue=None, speaker=None, rule="test"
    )
    fields.update(quote_fields)
    return ArticleResult(path=doc.path, quotes=[Quote(**fields)])


def unbalanced(doc: Document, char: str = "“") -> ArticleResult:
    s = doc.text.index(char)
    line, col = doc.line_col(s)
    return ArticleResult(path=doc.path, mark_issues=[MarkIssue(char, s, line, col, "unclosed")])


class FakePipeline:
    """Replaces checker.run.analyse_documents; ``by_name`` maps file names to result builders."""

    def __init__(
        self,
        by_name: dict[str, Callable[[Document], ArticleResult]] | None = None,
        default: Callable[[Document], ArticleResult] | None = None,
    ) -> None:
        self.by_name = by_name or {}
        self.default = default or (lambda d: ArticleResult(path=d.path))
        self.calls: list[tuple[list[str], dict | None]] = []

    def __call__(
        self, docs: list[Document], extra: dict | None, model: str | None, use_cache: bool = True, **kw
    ) -> list[ArticleResult]:
        self.calls.append(([d.path for d in docs], extra))
        results = [self.by_name.get(Path(d.path).name, self.default)(d) for d in docs]
        for d in docs:
            if kw.get("progress") is not None:
                kw["progress"].advance(d.path)
        return results


def run_check_args(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="provenance check")
    check.add_check_arguments(parser)
    return check.run_check(parser.parse_args(argv))


def run_rules_args(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="provenance rules")
    rules_cli.add_rules_arguments(parser)
    return rules_cli.run_rules(parser.parse_args(argv))


def cli(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run the real command line in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "provenance", *args],
        cwd=cwd or REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
    )


def doc_from(text: str, path: str = "article.md") -> Document:
    return make_document(text, path)
