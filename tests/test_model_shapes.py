"""Shapes that depend on how words touch in the text (a hyphen or an apostrophe with no space),
which a hand-built parse (words joined by spaces) cannot show: checked through the shipped model.
The first part of a hyphenated word is no name ("Ramp-up would take two years, he said": "he" is
the analyst; sources/candidates._lone_word_name); a hyphen joins an unknown outlet's name ("the
Decatur Herald-Review": sources/outlet_mentions.unknown_outlet_name); a firm's bare possessive
apostrophe before a name ("Goldman Sachs' Jane Smith": syntax/pretags.possessive_apostrophes)."""

from __future__ import annotations

import pytest

import provenance

pytestmark = pytest.mark.model


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    r = provenance.extract_text(text, use_cache=False)
    return [(q.text, q.speaker.name if q.speaker else None, q.via.name if q.via else None) for q in r.quotes]


def test_the_first_part_of_a_hyphenated_word_is_no_name():
    text = "Analyst Rahul Anand said costs had blown out. Ramp-up would take two years, he said, adding that the guidance was optimistic.\n"
    assert {name for _, name, _ in _speakers(text)} == {"Rahul Anand"}


def test_a_hyphen_joins_an_unknown_outlets_name():
    assert _speakers("Jane Roe told the Decatur Herald-Review that it was fine.\n")[0][2] == "Decatur Herald-Review"


def test_the_person_after_a_firms_bare_possessive_speaks():
    assert _speakers("Goldman Sachs' Jane Smith said prices will rise.\n")[0][1] == "Jane Smith"


def test_a_counted_plural_the_tagger_read_as_a_verb_still_speaks():
    # (pretags.counted_plurals: "aides" a verb with "campaign" its subject lost the speakers)
    text = (
        "Two senior campaign aides to the president, who spoke on condition of anonymity because they "
        "were not authorized to discuss private deliberations, said the team had grown worried.\n"
    )
    assert _speakers(text)[0][1] == "Two senior campaign aides to the president"


def test_an_age_standing_for_a_person_before_a_relative_clause_speaks():
    # (pretags.age_nouns: "old" read as an adjective left the quote without a speaker)
    text = "Cian Brannock, 24, scored twice.\n\nThe 24-year-old, who has been linked with a move, said he was happy.\n"
    assert _speakers(text)[0][1] == "Cian Brannock"


def test_an_occupation_whose_first_word_the_tagger_read_as_a_verb_still_titles_the_speaker():
    # (pretags.title_verbs: "returning" a verb made the name its object, and "said" had no subject)
    text = "In the northern district of Dravnik, returning officer Milos Tanev said counting was delayed.\n"
    assert _speakers(text)[0][1] == "Milos Tanev"


def test_a_name_and_a_verb_in_s_cut_off_after_a_quoted_question_still_speak():
    # (pretags.closing_cues: "Brennan recalls." alone was an adjective and a plural noun)
    assert _speakers('"Do you want to come?" Brennan recalls. "I said yes."\n')[0][1] == "Brennan"


def test_a_name_after_its_role_in_a_from_phrase_is_a_person_and_its_epithet_speaks():
    # (pretags.surname_nouns; candidates: "from quarterback Dylan Kessling" was a place; and
    # an epithet names a speaker with a role too: "The junior ... said")
    text = (
        "Kessling leads Ridgemont past Lakeshore\n\nRidgemont beat Lakeshore on Saturday behind three touchdown "
        'passes from quarterback Dylan Kessling.\n\n"I saw the safety cheat up," Kessling said. "You just have '
        'to trust him."\n\nThe junior, who missed two games in September, said he felt fully healthy.\n'
    )
    assert {name for _, name, _ in _speakers(text)} == {"Dylan Kessling"}
