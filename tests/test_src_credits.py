"""Photo credits told apart from text (no model): find_credits on invented articles."""

from __future__ import annotations

from provenance.document import make_document
from provenance.sources import SourceModel, find_credits
from provenance.vocab import load_vocabulary

MODEL = SourceModel.build(load_vocabulary())


def credits(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in find_credits(MODEL, make_document(text, "a.txt", markdown=False))]


def test_a_photographer_and_an_outlet_alone_in_parentheses_are_a_photo_credit():
    text = (
        "Jane Roe walks her dog near her home. ( Tom Doe / Harbour Star ) Roe says she feels better. "
        "(J.P. SMITH / For The Harbour Star)"
    )
    assert credits(text) == [
        ("photo", "( Tom Doe / Harbour Star )"),
        ("photo", "(J.P. SMITH / For The Harbour Star)"),
    ]


def test_a_slash_between_ordinary_words_in_parentheses_is_no_credit():
    # one capitalised word before the slash, or lower-case words: no photographer's name
    assert credits("The vote (Democrat / Republican) was close. The fee (per person / per night) rose.") == []


def test_a_link_out_line_to_another_story_is_blanked_not_reported():
    text = (
        "The council met on Tuesday.\n\nREAD MORE: Mayor says the bridge will reopen in May\n\n"
        "Watch: Fire crews battle a blaze downtown\n\nMore residents said they would attend."
    )
    found = credits(text)
    assert found == [
        ("link", "READ MORE: Mayor says the bridge will reopen in May"),
        ("link", "Watch: Fire crews battle a blaze downtown"),
    ]


def test_a_label_inside_a_sentence_is_no_link_out_line():
    # "more" and "watch" open lines of the article itself when no colon follows them
    assert credits("More residents said they would attend.\n\nWatch the video below, the mayor said.") == []
