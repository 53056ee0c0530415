"""Named members of a described group speak (sources/members.py): "The committee leaders, Reps.
Jane Roe and Tom Doe said ..." with the names hung as conjuncts inside the description, as the
shipped parser does; not when a clause stands between the commas. No model needed."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
PLUR = "Number=Plur"

LEADERS_REPS: list[FeatRow] = [
    # The committee leaders , Reps. Jane Roe and Tom Doe said the plan failed .
    ("The", "the", "DET", 2, "det", ""),
    ("committee", "committee", "NOUN", 2, "compound", ""),
    ("leaders", "leader", "NOUN", 10, "nsubj", PLUR),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Reps.", "Reps.", "PROPN", 6, "compound", ""),
    ("Jane", "Jane", "PROPN", 6, "compound", ""),
    ("Roe", "Roe", "PROPN", 1, "conj", ""),
    ("and", "and", "CCONJ", 9, "cc", ""),
    ("Tom", "Tom", "PROPN", 9, "compound", ""),
    ("Doe", "Doe", "PROPN", 6, "conj", ""),
    ("said", "say", "VERB", -1, "root", PAST),
    ("the", "the", "DET", 12, "det", ""),
    ("plan", "plan", "NOUN", 13, "nsubj", ""),
    ("failed", "fail", "VERB", 10, "ccomp", PAST),
    (".", ".", "PUNCT", 10, "punct", ""),
]

LEADERS_WHO_MET: list[FeatRow] = [
    # The committee leaders , who met Jane Roe , said the plan failed .
    ("The", "the", "DET", 2, "det", ""),
    ("committee", "committee", "NOUN", 2, "compound", ""),
    ("leaders", "leader", "NOUN", 9, "nsubj", PLUR),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", ""),
    ("met", "meet", "VERB", 2, "acl:relcl", PAST),
    ("Jane", "Jane", "PROPN", 7, "compound", ""),
    ("Roe", "Roe", "PROPN", 5, "obj", ""),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", PAST),
    ("the", "the", "DET", 11, "det", ""),
    ("plan", "plan", "NOUN", 12, "nsubj", ""),
    ("failed", "fail", "VERB", 9, "ccomp", PAST),
    (".", ".", "PUNCT", 9, "punct", ""),
]


def test_the_named_members_of_a_described_group_are_the_speakers():
    r = resolve([[LEADERS_REPS]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type, q.speaker.plural, q.speaker.resolved_by) == (
        "Jane Roe",
        "person",
        True,
        "named-members",
    )
    names = {e.name for e in r.entities if e.id in q.speaker.entities}
    assert names == {"Jane Roe", "Tom Doe"}


def test_a_clause_between_the_commas_is_a_description_not_a_list_of_members():
    r = resolve([[LEADERS_WHO_MET]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.type == "anonymous"


CANDIDATES_LIKE: list[FeatRow] = [
    # Candidates like Jane Roe and Tom Doe said the plan failed .
    ("Candidates", "candidate", "NOUN", 8, "nsubj", PLUR),
    ("like", "like", "ADP", 3, "case", ""),
    ("Jane", "Jane", "PROPN", 3, "compound", ""),
    ("Roe", "Roe", "PROPN", 0, "nmod", ""),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Tom", "Tom", "PROPN", 6, "compound", ""),
    ("Doe", "Doe", "PROPN", 0, "nmod", ""),
    ("now", "now", "ADV", 8, "advmod", ""),
    ("said", "say", "VERB", -1, "root", PAST),
    ("the", "the", "DET", 10, "det", ""),
    ("plan", "plan", "NOUN", 11, "nsubj", ""),
    ("failed", "fail", "VERB", 8, "ccomp", PAST),
    (".", ".", "PUNCT", 8, "punct", ""),
]


def test_the_people_a_group_is_named_by_after_like_are_the_speakers():
    r = resolve([[CANDIDATES_LIKE]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.type == "person" and q.speaker.resolved_by == "named-members"
    assert {e.name for e in r.entities if e.id in q.speaker.entities} == {"Jane Roe", "Tom Doe"}
