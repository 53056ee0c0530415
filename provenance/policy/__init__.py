"""Editorial policy rules: YAML data evaluated over the records that ``extract`` produces.

A rule file names an id, a level, a message and its documentation, and one or more *checks*.
A check picks a **scope** (each quote, each quote-mark problem, each credit line, each source,
each suppression comment, each file problem, or the article as a whole) and a **where**
condition over that scope's fields. There is no Python per rule: the engine here is the only
code, as in Vale's generic rule types or spaCy's matcher.

Condition language (each node is a YAML mapping)::

    all: [COND, ...]          any: [COND, ...]          not: COND
    {field: PATH, OP: VALUE}  OP one of eq ne in not_in gt ge lt le exists matches contains
    {count: SCOPE, where: COND, OP: NUMBER}   how many items of SCOPE in the article satisfy COND

VALUE may be ``{field: PATH}`` to compare with another field (``not_in: {field: article.credit_outlets}``).
A missing field (no speaker, no via) never satisfies a comparison; ``exists: false`` tests for it.

Modules, in dependency order: schema (scopes and field types) → conditions (run time) → parsing
(YAML → conditions) → rules (rule files) → evaluate (findings) → docs (`rules ID` text).
"""

from provenance.policy.conditions import (
    COMPARISONS,
    REGEX_TIMEOUT_S,
    AllOf,
    AnyOf,
    Condition,
    CountTest,
    FieldRef,
    FieldTest,
    NotCond,
    RegexGuard,
    get_path,
)
from provenance.policy.docs import iter_rule_doc
from provenance.policy.evaluate import EvalEnv, Finding, at_or_above, evaluate, format_message
from provenance.policy.parsing import ConditionParser
from provenance.policy.rules import (
    Check,
    PolicySource,
    Rule,
    RuleDocs,
    builtin_rules_dir,
    load_rule_file,
    load_rules,
    parse_rule,
    rule_files,
)
from provenance.policy.schema import (
    DERIVED,
    SCOPES,
    ArticleFacts,
    CreditOutlet,
    Directive,
    FieldType,
    FileIssue,
    field_paths,
    scope_schema,
)

__all__ = [
    "COMPARISONS",
    "DERIVED",
    "REGEX_TIMEOUT_S",
    "SCOPES",
    "AllOf",
    "AnyOf",
    "ArticleFacts",
    "Check",
    "Condition",
    "ConditionParser",
    "CountTest",
    "CreditOutlet",
    "Directive",
    "EvalEnv",
    "FieldRef",
    "FieldTest",
    "FieldType",
    "FileIssue",
    "Finding",
    "NotCond",
    "PolicySource",
    "RegexGuard",
    "Rule",
    "RuleDocs",
    "at_or_above",
    "builtin_rules_dir",
    "evaluate",
    "field_paths",
    "format_message",
    "get_path",
    "iter_rule_doc",
    "load_rule_file",
    "load_rules",
    "parse_rule",
    "rule_files",
    "scope_schema",
]
