"""Which findings a check shows: ``select`` / ``ignore`` / ``extend-select`` and ``min-level``.

The same four settings exist in ``.provenance.yaml`` (and its ``per-path`` sections) and on the
command line, with ruff's meaning: ``select`` replaces the set of rules shown (default: all),
``extend-select`` adds to it, ``ignore`` removes from it, and ``min-level`` hides findings below a
level. The command line's ``--select`` replaces the config's; its ``--ignore`` and
``--extend-select`` add to the config's. ``ALL`` selects every rule.

Selection filters what is *shown* (and so what can fail the check); every rule is still
evaluated, so a suppression comment for an unselected rule is not reported as unused. Findings
about unreadable or oversized files are always shown: a file that was not checked must never
look clean.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from provenance.errors import ProvenanceError
from provenance.kinds import LEVEL_RANK, Level

ALL = "ALL"
ALWAYS_SHOWN = frozenset({"read-error", "file-too-large", "line-too-long", "analysis-error"})


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    min_level: Level | None = None

    def shows(self, rule: str, level: str) -> bool:
        if rule in ALWAYS_SHOWN:
            return True
        if self.min_level is not None and LEVEL_RANK[level] < LEVEL_RANK[self.min_level]:
            return False
        chosen = self.select is None or ALL in self.select or rule in self.select or rule in self.extend_select
        return chosen and rule not in self.ignore

    def then(self, later: Selection) -> Selection:
        """``later`` (a per-path section, then the command line) applied over this one."""
        return Selection(
            select=later.select if later.select is not None else self.select,
            ignore=self.ignore + later.ignore,
            extend_select=self.extend_select + later.extend_select,
            min_level=later.min_level or self.min_level,
        )

    def rule_ids(self) -> Iterable[str]:
        return [*(self.select or ()), *self.ignore, *self.extend_select]


def check_rule_ids(selection: Selection, known: Iterable[str], where: str | None, line: int | None = None) -> None:
    """Every id a selection names must be a rule (a typo would silently show nothing)."""
    ids = set(known) | {ALL}
    for rule in selection.rule_ids():
        if rule not in ids:
            close = difflib.get_close_matches(rule, sorted(ids), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ProvenanceError(f"unknown rule {rule!r} in a rule selection{hint}", where, line)
