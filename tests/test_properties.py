"""Property tests over the whole extraction pipeline (real model, parse cache shared)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.model

WORDS = st.sampled_from(["the", "river", "rose", "again", "slowly", "near", "town", "water", "cold", "fields"])
UNRELATED = st.lists(WORDS, min_size=3, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)
BASE = (
    "The mayor said that the bridge will reopen in May.\n\n"
    "“We will not accept any delay,” the mayor said.\n\n"
    "Two officials, who spoke on condition of anonymity, said the plan had been approved."
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ANY_TEXT)
def test_any_unicode_text_gives_spans_inside_it(extract, text):
    result = extract(text)
    for q in result.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == text[q.start : q.end]
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text


def _key(result, shift=0):
    return [(q.kind, q.start - shift, q.end - shift, q.speaker.name if q.speaker else None) for q in result.quotes]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(UNRELATED, st.booleans())
def test_unrelated_paragraphs_do_not_change_the_quotes(extract, extra, at_start):
    base = _key(extract(BASE))
    if at_start:
        assert _key(extract(extra + "\n\n" + BASE), shift=len(extra) + 2) == base
    else:
        assert _key(extract(BASE + "\n\n" + extra)) == base
