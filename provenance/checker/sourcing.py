"""The per-article sourcing summary a desk editor asks for first.

"7 quotes: 4 named, 1 organization, 2 anonymous (1 with a reason); via Reuters" — counted over
the article's quotes (not its distinct sources), from the same records the rules read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from provenance import records


@dataclass
class SourcingSummary:
    quotes: int = 0
    named: int = 0  # named, with or without a role
    organization: int = 0
    anonymous: int = 0  # anonymous at any level: with a reason, without, or vague
    with_reason: int = 0
    vague: int = 0
    unattributed: int = 0  # no speaker at all
    unresolved: int = 0  # a speaker mention that could not be resolved ("it said" with nothing before)
    via: list[str] = field(default_factory=list)  # outlets quotes came through, in first-use order
    credits: list[str] = field(default_factory=list)  # outlets the credit and dateline lines name

    @classmethod
    def of(cls, result: records.ArticleResult) -> SourcingSummary:
        s = cls(quotes=len(result.quotes))
        for q in result.quotes:
            level = q.speaker.anonymity if q.speaker is not None else "unattributed"
            if level in ("named", "named-no-role"):
                s.named += 1
            elif level == "organization":
                s.organization += 1
            elif level in ("anonymous-with-reason", "anonymous", "vague"):
                s.anonymous += 1
                s.with_reason += level == "anonymous-with-reason"
                s.vague += level == "vague"
            elif level == "unresolved":
                s.unresolved += 1
            else:
                s.unattributed += 1
            if q.via is not None and q.via.name not in s.via:
                s.via.append(q.via.name)
        for c in result.credits:
            for o in c.outlets:
                if o not in s.credits:
                    s.credits.append(o)
        return s

    def text(self) -> str:
        """One line: counts that are not zero, then the outlets relayed and credited."""
        if self.quotes == 0:
            return "no quotes"
        parts = [f"{self.named} named"] if self.named else []
        if self.organization:
            parts.append(f"{self.organization} organization")
        if self.anonymous:
            detail = [f"{self.with_reason} with a reason"] if self.with_reason else []
            if self.vague:
                detail.append(f"{self.vague} vague")
            parts.append(f"{self.anonymous} anonymous" + (f" ({', '.join(detail)})" if detail else ""))
        if self.unresolved:
            parts.append(f"{self.unresolved} unresolved")
        if self.unattributed:
            parts.append(f"{self.unattributed} unattributed")
        line = f"{self.quotes} quote{'s' if self.quotes != 1 else ''}: {', '.join(parts)}"
        if self.via:
            line += f"; via {', '.join(self.via)}"
        if self.credits:
            line += f"; credited {', '.join(self.credits)}"
        return line
