"""A Title Case headline capitalises every word, so a capitalised run there is a person's name
only when the body names the person too: "Mayor Quits as Budget Talks Collapse" gives "she" no
antecedent and "Acme Cuts Jobs" does not swallow the company the body names
(sources/candidates._headline_only). No model needed: each tree is the shape the shipped parser
produced for the line in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Mayor Quits as Budget Talks Collapse
HEADLINE: list[FeatRow] = [
    ("Mayor", "Mayor", "PROPN", 1, "compound", "Number=Sing"),
    ("Quits", "Quit", "PROPN", -1, "root", "Number=Plur"),
    ("as", "as", "ADP", 5, "case", ""),
    ("Budget", "Budget", "PROPN", 5, "compound", "Number=Sing"),
    ("Talks", "Talks", "PROPN", 5, "compound", "Number=Plur"),
    ("Collapse", "Collapse", "PROPN", 1, "nmod", "Number=Sing"),
]

# " We tried everything , " she said .
TRIED: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("tried", "try", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("everything", "everything", "PRON", 2, "obj", "Number=Sing|PronType=Ind"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Acme Cuts Jobs
ACME_HEADLINE: list[FeatRow] = [
    ("Acme", "Acme", "PROPN", 2, "compound", "Number=Sing"),
    ("Cuts", "Cuts", "PROPN", 2, "compound", "Number=Plur"),
    ("Jobs", "Jobs", "PROPN", -1, "root", "Number=Sing"),
]

# Acme , the software company , said it would cut 1,200 jobs .
ACME: list[FeatRow] = [
    ("Acme", "Acme", "PROPN", 6, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("software", "software", "NOUN", 4, "compound", "Number=Sing"),
    ("company", "company", "NOUN", 6, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 9, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("cut", "cut", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("1,200", "1200", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("jobs", "job", "NOUN", 9, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def _speaker(*paragraphs: list[FeatRow]) -> tuple[str | None, str | None]:
    r = resolve([[list(p)] for p in paragraphs])  # type: ignore[list-item]
    q = r.quotes[-1]
    assert q.speaker is not None
    return q.speaker.name, q.speaker.type


def test_a_headline_phrase_the_body_never_names_is_nobodys_name():
    assert _speaker(HEADLINE, TRIED)[0] != "Budget Talks Collapse"


def test_a_headline_does_not_lengthen_the_name_the_body_gives():
    assert _speaker(ACME_HEADLINE, ACME) == ("Acme", "organization")


def test_an_organisations_name_never_runs_across_a_line():
    from provenance.sources.head_names import named_with_head

    prose = "Rates Held by Central Bank\n\nThe Central Bank left its rate unchanged. The bank said"
    assert named_with_head(prose, "bank", len(prose)) == "Central Bank"
