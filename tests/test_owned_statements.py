"""A claim or a view named by a noun whose owner a possessive names, spelled out by a "that"
clause under the noun: "Critics seized on the senator's claim that the tax would pay for
itself" reports the senator's claim (rules/patterns/owned-assertion.yaml, lexicon
assertion_nouns); "the governor's fear that the plant will close" the governor's view, as
opinion (owned-view, lexicon attitude_nouns). Not without an owner ("The claim that ... was
false" names nobody). Trees the shipped parser produced for sentences written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str, str, bool]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [(q.text, q.speaker.text if q.speaker else "", q.rule, q.opinion) for q in r.quotes]


# Critics seized on the senator 's claim that the tax would pay for itself .
CLAIM: list[FeatRow] = [
    ("Critics", "critic", "NOUN", 1, "nsubj", "Number=Plur"),
    ("seized", "seize", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 6, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("senator", "senator", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 4, "case", ""),
    ("claim", "claim", "NOUN", 1, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("tax", "tax", "NOUN", 11, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("pay", "pay", "VERB", 6, "acl:relcl", "VerbForm=Inf"),
    ("for", "for", "ADP", 13, "case", ""),
    ("itself", "itself", "PRON", 11, "obl", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Voters share the governor 's fear that the plant will close .
FEAR: list[FeatRow] = [
    ("Voters", "voter", "NOUN", 1, "nsubj", "Number=Plur"),
    ("share", "share", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 5, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 3, "case", ""),
    ("fear", "fear", "NOUN", 1, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 10, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 10, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", 5, "acl:relcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The claim that the tax would pay for itself was false .
UNOWNED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("claim", "claim", "NOUN", 10, "nsubj", "Number=Sing"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("tax", "tax", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("pay", "pay", "VERB", 1, "acl:relcl", "VerbForm=Inf"),
    ("for", "for", "ADP", 8, "case", ""),
    ("itself", "itself", "PRON", 6, "obl", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("false", "false", "ADJ", -1, "root", "Degree=Pos"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


def test_a_claim_owned_by_a_possessive_is_the_owner_s_statement():
    assert _quotes(CLAIM) == [("that the tax would pay for itself", "the senator", "owned-assertion", False)]


def test_a_fear_owned_by_a_possessive_is_the_owner_s_view_as_opinion():
    assert _quotes(FEAR) == [("that the plant will close", "the governor", "owned-view", True)]


def test_a_claim_without_an_owner_names_no_speaker():
    assert _quotes(UNOWNED) == []
