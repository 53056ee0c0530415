"""Fuzzing the checker side (issue #18): suppression parsing, config and rule loading, and every
report format over generated articles. Each property is "a clear answer or a valid output, never
an exception of another kind".

CI runs the bounded counts below; a nightly run multiplies them, e.g.
``PROVENANCE_FUZZ_SCALE=20 .venv/bin/python -m pytest tests/test_fuzz_checker.py``.
"""

from __future__ import annotations

import json
import os
from typing import Any

import jsonschema
import pytest
import yaml
from check_helpers import SARIF_SCHEMA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance import policy
from provenance.checker.run import check_documents
from provenance.config import Config, parse_config
from provenance.document import make_document
from provenance.errors import ProvenanceError
from provenance.kinds import ANONYMITY_LEVELS, QUOTE_KINDS, SPEAKER_TYPES
from provenance.records import ArticleResult, MarkIssue, Quote, Speaker
from provenance.report import render
from provenance.suppress import apply_directives, parse_directives
from provenance.yamlio import load_located_yaml

SCALE = int(os.environ.get("PROVENANCE_FUZZ_SCALE", "1"))
RULES = policy.load_rules()
BY_ID = {r.id: r for r in RULES}
_SCHEMA = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
# Built once: jsonschema.validate() would re-check the 112 kB schema itself on every example.
SARIF = jsonschema.validators.validator_for(_SCHEMA)(_SCHEMA)


def fuzz(n: int) -> settings:
    return settings(max_examples=n * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# Text that exercises what the checker reads: quote marks, comment syntax, every kind of line
# break (including the ones only str.splitlines() knows), control characters, escapes.
PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "'",
        "«",
        "»",
        "<!--",
        "-->",
        " provenance-disable-next-line ",
        " provenance-disable ",
        " provenance-enable ",
        "all",
        "unattributed-quote",
        " -- ",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "\u2028",
        "\u2029",
        "\x0c",
        "\x85",
        "\x00",
        "\x1b[31m",
        "\t",
        " ",
        "said",
        "x" * 300,
        "<script>",
        "%0A::warning ",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


# --------------------------------------------------------------------------- suppressions


@fuzz(2000)
@given(TEXT)
def test_directives_parse_and_apply_on_any_text(text: str) -> None:
    doc = make_document(text, "a.md")
    directives = parse_directives(doc, BY_ID)
    findings = []
    for i, d in enumerate(directives):
        assert text[d.start : d.end] == d.text and d.text.startswith("<!--")
        # a directive is a closed comment; only a malformed one may be an unclosed opener
        assert d.text.endswith("-->") or (d.kind == "malformed" and "-->" not in text[d.start :])
        assert (d.line, d.column) == doc.line_col(d.start)
        # One finding on every line the comments could reach, for every rule they name.
        line, col = doc.line_col(min(d.end, len(text)))
        for rule in d.rules or ["unattributed-quote"]:
            findings.append(policy.Finding("a.md", line, col, line, col, d.end, d.end, rule, "error", "m", str(i)))
    kept, hidden = apply_directives(findings, doc, directives, BY_ID)
    assert sorted(map(id, kept + hidden)) == sorted(map(id, findings))


# --------------------------------------------------------------------------- config and rules

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**7), st.text(max_size=12), st.sampled_from(["off", "error", "[z-a]"])
)
KEYS = st.sampled_from(
    [
        "rules",
        "fail-on",
        "vocabularies",
        "include",
        "exclude",
        "max-file-size",
        "max-line-length",
        "outlets",
        "credit_lines",
        "vague_frames",
        "speech_verbs",
        "known_people",
        "name",
        "aliases",
        "kind",
        "role",
        "late-attribution",
        "x",
    ]
)
YAML_DATA = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=20,
)


@fuzz(800)
@given(st.dictionaries(KEYS, YAML_DATA, max_size=6))
def test_any_config_is_a_config_or_one_clear_error(data: dict[str, Any]) -> None:
    from pathlib import Path

    text = yaml.safe_dump(data, allow_unicode=True)
    try:
        cfg = parse_config(load_located_yaml(text, ".provenance.yaml"), Path("/nonexistent/.provenance.yaml"))
    except ProvenanceError as err:
        assert str(err).startswith(".provenance.yaml") or str(err).startswith("/nonexistent/.provenance.yaml")
        assert "\n" not in str(err)
        return
    assert isinstance(cfg, Config)
    for pattern in (*cfg.include, *cfg.exclude):
        cfg.is_included(Path(pattern or "x"))  # every accepted glob translates


RULE_BASE = {
    "id": "fuzzed",
    "level": "info",
    "message": "m {text}",
    "description": "d",
    "source": {"cite": "c"},
    "docs": {"what": "w", "why": "y", "example": "e", "fix": "f"},
    "scope": "quote",
}
CONDITION_KEYS = st.sampled_from(
    ["all", "any", "not", "field", "count", "where", "eq", "in", "matches", "gt", "exists", "contains"]
)
FIELDS = st.sampled_from(["speaker.anonymity", "text", "kind", "sentences", "via.name", "nope", "article.quote_count"])
CONDITIONS = st.recursive(
    st.one_of(SCALARS, FIELDS, st.sampled_from(["(a|aa)+$", "(", "quote", "unresolved"])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(CONDITION_KEYS, inner, max_size=3)),
    max_leaves=15,
)


@fuzz(1000)
@given(CONDITIONS, st.sampled_from(["quote", "mark", "file", "article", "source", "bogus"]))
def test_any_rule_condition_is_a_rule_or_one_clear_error(where: Any, scope: str) -> None:
    text = yaml.safe_dump({**RULE_BASE, "scope": scope, "where": where}, allow_unicode=True)
    try:
        rule = policy.parse_rule(load_located_yaml(text, "fuzzed.yaml"), "fuzzed.yaml")
    except ProvenanceError as err:
        assert str(err).startswith("fuzzed.yaml") and "\n" not in str(err)
        return
    doc = make_document("“Hello,” she said.\n", "a.txt")
    result = ArticleResult("a.txt", [Quote("direct", 0, 8, "“Hello,”", 1, 1, None, None, "test")])
    policy.evaluate([rule], result, doc)  # a rule that loads is a rule that runs


# --------------------------------------------------------------------------- reports


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, ArticleResult]:
    text = draw(TEXT)
    doc_len = len(text)
    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, doc_len))
        end = draw(st.integers(start, doc_len))
        speaker = None
        if draw(st.booleans()):
            s = draw(st.integers(0, doc_len))
            e = draw(st.integers(s, doc_len))
            speaker = Speaker(
                text[s:e],
                s,
                e,
                draw(st.text(max_size=10)),
                type=draw(st.sampled_from(SPEAKER_TYPES)),
                anonymity=draw(st.sampled_from(ANONYMITY_LEVELS)),
            )
        quotes.append(
            Quote(draw(st.sampled_from(QUOTE_KINDS)), start, end, text[start:end], 1, 1, None, speaker, "test")
        )
    marks = [MarkIssue("“", i, 1, 1, "unclosed") for i in range(min(doc_len, 2))]
    return text, ArticleResult("a.md", quotes, mark_issues=marks)


@fuzz(120)
@given(articles(), st.sampled_from(["a.md", "dir/b c.txt", "-x.md", "new\nline.md", "caf\udce9.md", "\x1b[2J.md"]))
def test_every_report_format_stays_valid(article: tuple[str, ArticleResult], name: str) -> None:
    text, result = article
    result.path = name
    doc = make_document(text, name)
    run = check_documents([doc], [Config()], results=[result])
    for fmt in ("text", "json", "sarif", "github"):
        out = render(run, fmt).encode("utf-8", "backslashreplace").decode("utf-8")  # as check writes it
        if fmt == "json":
            assert json.loads(out)["summary"]["findings"] == len(run.findings)
        elif fmt == "sarif":
            log = json.loads(out)
            SARIF.validate(log)
            assert len(log["runs"][0]["results"]) == len(run.findings) + run.suppressed_count
        elif fmt == "github":
            # One workflow command per finding: a newline in a name or message cannot start another.
            assert out.count("\n") == len(run.findings)
            assert all(line.startswith("::") for line in out.splitlines())


@pytest.mark.parametrize("name", ["caf\udce9.md", "new\nline.md"])
def test_report_formats_with_hostile_names_explicitly(name: str) -> None:
    doc = make_document("“We stay.”\n", name)
    result = ArticleResult(name, [Quote("direct", 0, 10, "“We stay.”", 1, 1, None, None, "test")])
    run = check_documents([doc], [Config()], results=[result])
    log = json.loads(render(run, "sarif").encode("utf-8", "backslashreplace").decode("utf-8"))
    SARIF.validate(log)
