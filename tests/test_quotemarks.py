from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.quotemarks import pair_marks


def spans_of(text: str, paragraphs=None):
    spans, problems = pair_marks(text, paragraphs or [(0, len(text))])
    return [text[s.start : s.end] for s in spans if s.depth == 0], problems


def test_curly_and_straight_double_quotes():
    found, problems = spans_of('He said “one two” and then "three four" again.')
    assert found == ["“one two”", '"three four"']
    assert problems == []


def test_nested_single_inside_double():
    text = "“He called it ‘a scam’ twice,” she said."
    spans, _ = pair_marks(text, [(0, len(text))])
    assert [(text[s.start : s.end], s.depth) for s in spans] == [
        ("“He called it ‘a scam’ twice,”", 0),
        ("‘a scam’", 1),
    ]


def test_apostrophes_are_not_quote_marks():
    found, problems = spans_of("Al-Amiri's view, don’t worry, the '90s and Hamas’ leader.")
    assert found == [] and problems == []


def test_single_quoted_nickname_is_a_span():
    found, _ = spans_of("al-Saidi, or 'Abu Taqwa,' had been killed")
    assert found == ["'Abu Taqwa,'"]


def test_an_opening_mark_typed_where_a_closing_one_belongs_closes():
    # a left mark after a word or a comma, before a space, with a left mark open, can only close
    found, problems = spans_of("“It's unusual,“ said Roe. “It is hard.” She called it “Frozen“ and left.")
    assert found == ["“It's unusual,“", "“It is hard.”", "“Frozen“"]
    assert problems == []
    # a left mark after a space still opens a quote inside the quote
    text = "“He said “no” twice,” she said."
    spans, problems = pair_marks(text, [(0, len(text))])
    assert [(text[s.start : s.end], s.depth) for s in spans] == [("“He said “no” twice,”", 0), ("“no”", 1)]
    assert problems == []


def test_guillemets_and_low_quotes():
    assert spans_of("Il a dit «non merci» hier.")[0] == ["«non merci»"]
    assert spans_of("Er sagte „ja bitte“ heute.")[0] == ["„ja bitte“"]


def test_quote_across_paragraphs_reopens_each_paragraph():
    text = "“First part of it.\n\n“Second part, and the end.” Then narration."
    paragraphs = [(0, 18), (20, len(text))]
    spans, problems = pair_marks(text, paragraphs)
    assert len(spans) == 1 and problems == []
    assert text[spans[0].start : spans[0].end] == text[: text.index("”") + 1]
    assert spans[0].segments == ((0, 18), (20, text.index("”") + 1))


def test_unbalanced_marks_are_reported_not_raised():
    text = "He said “this never closes.\n\nNext “fine” one, then ” a stray closer."
    cut = text.index("\n")
    spans, problems = pair_marks(text, [(0, cut), (cut + 2, len(text))])
    assert [text[s.start : s.end] for s in spans] == ["“fine”"]
    assert sorted((text[p.offset], p.problem) for p in problems) == [("“", "unclosed"), ("”", "unopened")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,.\n'\"“”‘’«»„") + ["x"]), max_size=80))
def test_any_text_pairs_without_error_and_spans_are_inside(text):
    spans, problems = pair_marks(text, [(0, len(text))])
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
    for p in problems:
        assert 0 <= p.offset < len(text)


# --- Evidence: do the marks agree with the quote? (issue #13) ---------------------------------


def test_marks_agreement_paired_stray_and_none() -> None:
    from provenance.quotemarks import marks_agreement

    clean = '"We will win," Roe said.'
    stray = '"We will win," Roe said of the "plan.'
    paras_clean = [(0, len(clean))]
    _, problems = pair_marks(clean, paras_clean)
    assert problems == []
    assert marks_agreement("direct", 0, 14, paras_clean, problems) == "paired"
    paras_stray = [(0, len(stray))]
    _, problems = pair_marks(stray, paras_stray)
    assert problems, "the unclosed mark is a problem"
    assert marks_agreement("direct", 0, 14, paras_stray, problems) == "stray"
    assert marks_agreement("indirect", 0, 14, paras_stray, problems) == "none"
    # a stray mark in another paragraph says nothing about this quote
    two = clean + "\n\n" + 'The "plan.'
    paras_two = [(0, len(clean)), (len(clean) + 2, len(two))]
    _, problems = pair_marks(two, paras_two)
    assert problems and marks_agreement("direct", 0, 14, paras_two, problems) == "paired"


def test_a_quote_with_stray_marks_is_never_certain_evidence() -> None:
    from provenance.pipeline import _mark_evidence
    from provenance.records import Evidence, Quote

    text = '"We will win," Roe said of the "plan.'
    _, problems = pair_marks(text, [(0, len(text))])
    ev = Evidence("trailing-cue", "pattern", "stable", "parse", "certain")
    quote = Quote("direct", 0, 14, text[:14], 1, 1, None, None, "trailing-cue", evidence=ev)
    _mark_evidence([quote], [(0, len(text))], problems)
    assert ev.marks == "stray" and ev.confidence == "uncertain"


def test_two_apostrophes_and_two_backticks_are_double_quote_marks() -> None:
    text = "''I think it is over,'' Roe said. ''We lost.'' It's the officials' plan. ``No,'' Doe said."
    spans, problems = pair_marks(text, [(0, len(text))])
    assert problems == []
    assert [text[s.start : s.end] for s in spans] == ["''I think it is over,''", "''We lost.''", "``No,''"]
    assert [text[slice(*s.inner())] for s in spans] == ["I think it is over,", "We lost.", "No,"]
    assert all(s.family == "double" for s in spans)
    # a single straight mark is still an apostrophe or a single quote, never half of a double one
    one, _ = pair_marks("Roe's 'plan' held.", [(0, 18)])
    assert [(s.family, s.open_width) for s in one] == [("single", 1)]


def test_a_double_mark_opening_a_new_sentence_inside_an_open_one_ends_the_unclosed_quote():
    # The writer never closed the first quote: it must not pair with a mark two paragraphs on.
    text = (
        "Roe said Doe met her “and said, ‘Nice to meet you.’ I just stood there. “And she said, ‘Do you see,’” Roe said."
        "\n\n“She took my hand and I left,” she said."
    )
    first, second = text.index("“and"), text.index("“And")
    paras = [(0, text.index("\n\n")), (text.index("\n\n") + 2, len(text))]
    spans, problems = pair_marks(text, paras)
    doubles = [(s.start, s.end, s.close_width) for s in spans if s.family == "double"]
    # the unclosed quote ends right before the next one opens, with no closing mark
    assert doubles[0] == (first, len(text[:second].rstrip()), 0)
    assert [(p.offset, p.problem) for p in problems] == [(first, "unclosed")]
    # the next paragraph's quote is its own
    assert text[doubles[-1][0] : doubles[-1][1]] == "“She took my hand and I left,”"


def test_a_title_in_double_marks_inside_a_double_quote_still_nests():
    text = "“It is weak, so he wrote a column titled “Sorry, Not Ever,” and left,” Roe said."
    spans, problems = pair_marks(text, [(0, len(text))])
    assert problems == []
    assert sorted((text[s.start : s.end], s.depth) for s in spans) == [
        ("“It is weak, so he wrote a column titled “Sorry, Not Ever,” and left,”", 0),
        ("“Sorry, Not Ever,”", 1),
    ]
