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
