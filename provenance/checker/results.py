"""What a check produced: per article, the findings shown, suppressed and baselined.

Reports read these and nothing else, so they never import the command module.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from provenance import records
from provenance.checker.sourcing import SourcingSummary
from provenance.config import Config
from provenance.document import Document
from provenance.kinds import FailOn, Level
from provenance.policy import Finding, Rule, at_or_above


@dataclass
class ArticleCheck:
    """One checked article: what the pipeline found and which findings are shown or hidden."""

    doc: Document
    result: records.ArticleResult
    config: Config
    fail_on: FailOn
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)
    baselined: list[Finding] = field(default_factory=list)
    analysed: bool = True  # False for a file reported instead of analysed (unreadable, too large)

    @property
    def failing(self) -> list[Finding]:
        return [f for f in self.findings if at_or_above(f.level, self.fail_on)]

    @property
    def sourcing(self) -> SourcingSummary:
        return SourcingSummary.of(self.result)


@dataclass
class CheckRun:
    articles: list[ArticleCheck]
    rules: list[Rule]
    warnings: list[str] = field(default_factory=list)  # one line each, for standard error
    docs_url: str | None = None  # the config's `docs-url`: where the rule doc pages are served

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for a in self.articles for f in a.findings), key=Finding.sort_key)

    @property
    def failed(self) -> bool:
        return any(a.failing for a in self.articles)

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level == level)

    def statistics(self) -> list[tuple[str, int, dict[str, int]]]:
        """Findings per rule, most frequent first: (rule, total, count per level)."""
        per_rule: dict[str, Counter[str]] = {}
        for f in self.findings:
            per_rule.setdefault(f.rule, Counter())[f.level] += 1
        rows = [(rule, sum(c.values()), dict(c)) for rule, c in per_rule.items()]
        return sorted(rows, key=lambda r: (-r[1], r[0]))

    @property
    def suppressed_count(self) -> int:
        return sum(len(a.suppressed) for a in self.articles)

    @property
    def baselined_count(self) -> int:
        return sum(len(a.baselined) for a in self.articles)
