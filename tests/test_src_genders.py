"""Gender learnt from the article's own pronouns (sources/pronouns.py: learn_genders), on
hand-built parses."""

from __future__ import annotations

from parse_helpers import Row
from source_helpers import resolve, said
from test_src_entities import clause

# "When Sarah McBride took the stage , she spoke ." - the name is the subject of an adverbial
# clause, not of the main one; the "she" after it is still hers
WHEN_SHE_SPOKE: list[Row] = [
    ("When", "when", "ADV", 3, "advmod"),
    ("Sarah", "Sarah", "PROPN", 2, "flat"),
    ("McBride", "McBride", "PROPN", 3, "nsubj"),
    ("took", "take", "VERB", 8, "advcl"),
    ("the", "the", "DET", 5, "det"),
    ("stage", "stage", "NOUN", 3, "obj"),
    (",", ",", "PUNCT", 3, "punct"),
    ("she", "she", "PRON", 8, "nsubj"),
    ("spoke", "speak", "VERB", -1, "root"),
    (".", ".", "PUNCT", 8, "punct"),
]


def test_he_is_not_a_woman_named_as_the_subject_of_an_adverbial_clause():
    result = resolve([[WHEN_SHE_SPOKE], [said(("He", "PRON"))]])
    [q] = result.quotes
    assert q.speaker is None or q.speaker.name != "Sarah McBride"


def test_she_still_finds_her():
    result = resolve([[WHEN_SHE_SPOKE], [said(("She", "PRON"))]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.name == "Sarah McBride"


def test_he_goes_on_with_the_unnamed_person_who_spoke_last():
    # "Ray Dunn smiled ." | "A spokesman said the plan works ." | "He said the plan works ."
    spokesman = [
        ("A", "a", "DET", 1, "det"),
        *[(t, lem, u, h + 1 if h >= 0 else -1, r) for t, lem, u, h, r in said(("spokesman", "NOUN"))],
    ]
    spokesman[1] = ("spokesman", "spokesman", "NOUN", 2, "nsubj")
    result = resolve([[clause(["Ray", "Dunn"], ("smiled", "smile"), [])], [spokesman], [said(("He", "PRON"))]])
    first, second = result.quotes
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.entity == first.speaker.entity and second.speaker.name != "Ray Dunn"


def test_opening_surname_tagged_a_noun_is_the_person_named_before():
    # "Jane Roe scored ." | "Roe has goals since Ohio traded her for Ann Lee . The 26-year-old said ..."
    roe = clause(["Jane", "Roe"], ("scored", "score"), [])
    has: list[Row] = [
        ("Roe", "roe", "NOUN", 1, "nsubj"),
        ("has", "have", "VERB", -1, "root"),
        ("goals", "goal", "NOUN", 1, "obj"),
        ("since", "since", "SCONJ", 5, "mark"),
        ("Ohio", "Ohio", "PROPN", 5, "nsubj"),
        ("traded", "trade", "VERB", 1, "advcl"),
        ("her", "she", "PRON", 5, "obj"),
        ("for", "for", "ADP", 9, "case"),
        ("Ann", "Ann", "PROPN", 9, "flat"),
        ("Lee", "Lee", "PROPN", 5, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    aged = [
        ("The", "the", "DET", 1, "det"),
        *[(t, lem, u, h + 1 if h >= 0 else -1, r) for t, lem, u, h, r in said(("26-year-old", "NOUN"))],
    ]
    aged[1] = ("26-year-old", "26-year-old", "NOUN", 2, "nsubj")
    result = resolve([[roe], [has, aged]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.name == "Jane Roe"


def test_a_given_name_is_looked_up_with_its_accents_folded():
    # (the lexicon is ASCII; "she" after "Amélie Mauresmo" agrees with her given name)
    from source_helpers import MODEL

    assert MODEL.names.given_name_gender(["amélie", "mauresmo"]) == "female"
    assert MODEL.names.given_name_gender(["daria", "ostrova"]) == "female"
