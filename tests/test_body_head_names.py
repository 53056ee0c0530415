"""A body referred to by its head noun ("a spokesman for the division") is the body named before
with that head, its "of" phrase included when it closes the name (sources/head_names.named_with_head;
"division" an organisation word since session 45, from a fresh article)."""

from __future__ import annotations

from provenance.sources.head_names import named_with_head
from provenance.vocab import load_vocabulary


def test_the_names_of_phrase_that_closes_it_is_part_of_it():
    prose = "The Florida Division of Emergency Management said 14 counties were affected. A spokesman for"
    assert named_with_head(prose, "division", len(prose)) == "Florida Division of Emergency Management"
    prose = "The Department of Health and Human Services said so. The department"
    assert named_with_head(prose, "department", len(prose)) == "Department of Health and Human Services"


def test_guard_a_title_and_a_name_after_the_body_are_no_part_of_it():
    prose = "Florida Division of Emergency Management Director Kevin Guthrie spoke. A spokesman for"
    assert named_with_head(prose, "division", len(prose)) == "Florida Division"


def test_a_division_is_an_organisation():
    assert load_vocabulary().in_lexicon("organization_words", "division")


def test_the_sentences_full_stop_is_no_part_of_the_name():
    prose = "Shelters opened, said the Florida Division of Emergency Management. A spokesman for"
    assert named_with_head(prose, "division", len(prose)) == "Florida Division of Emergency Management"
