"""Title Case headlines as the parser reads them (syntax/headline.py): verb forms and auxiliaries
in lower case, nothing else changed, same length, only for a Title Case line."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.syntax.headline import headline_view
from provenance.vocab import load_vocabulary

VERBS = frozenset(e.name for e in load_vocabulary().lexicons["headline_verbs"].entries)


def test_headline_verbs_and_auxiliaries_are_lowered():
    line = "Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says."
    assert headline_view(line, VERBS) == "Trump ‘The Dealmaker’ could Address Clean Energy, Lindsey Graham says."
    line = "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments."
    assert (
        headline_view(line, VERBS) == "Chris Christie calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments."
    )


def test_names_nouns_the_first_word_and_ordinary_sentences_are_left_alone():
    # "States", "Post" and "May" are names or nouns here; a sentence-case line is no headline
    for line in (
        "Washington Post Poll Shows United States Voters Back Theresa May.",
        "Says Who? The Strange Case Of The Missing Ballots.",
        "Roe says the council could act on Monday.",
        "Roe Says\nThe Council Could Act",
    ):
        assert headline_view(line, VERBS) == line


@given(st.text(alphabet="AaBbSsYy ’'.,\n", max_size=60))
def test_the_view_only_changes_the_case_of_letters(text: str):
    out = headline_view(text, VERBS | {"says", "a"})
    assert len(out) == len(text) and out.lower() == text.lower()
