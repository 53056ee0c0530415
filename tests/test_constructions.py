"""One test per construction, in both quote orders, with curly and straight marks.

These run the packaged model; they pin what the tool must get right on plain, well-formed
sentences of the kind news copy is made of."""

import pytest

pytestmark = pytest.mark.model

CURLY = ("“", "”")
STRAIGHT = ('"', '"')


def only(result, kind=None):
    quotes = [q for q in result.quotes if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text) for q in result.quotes]
    return quotes[0]


@pytest.mark.parametrize("marks", [CURLY, STRAIGHT])
def test_direct_quote_cue_after(extract, marks):
    o, c = marks
    q = only(extract(f"{o}We will rebuild the bridge by spring,{c} the mayor said."))
    assert q.kind == "direct" and q.text.startswith(o) and q.text.endswith(c)
    assert q.speaker.text == "the mayor" and q.cue.lemma == "say"


@pytest.mark.parametrize("marks", [CURLY, STRAIGHT])
def test_direct_quote_cue_before(extract, marks):
    o, c = marks
    q = only(extract(f"Mayor Jane Smith said: {o}We will rebuild the bridge by spring.{c}"))
    assert q.kind == "direct" and q.speaker.name == "Jane Smith" and q.speaker.role == "Mayor"


@pytest.mark.parametrize("marks", [CURLY, STRAIGHT])
def test_inverted_cue_said_name(extract, marks):
    o, c = marks
    q = only(extract(f"{o}The water is safe to drink again,{c} said Tom Reyes, the utility's director."))
    assert q.kind == "direct" and "Tom Reyes" in q.speaker.name


@pytest.mark.parametrize("marks", [CURLY, STRAIGHT])
def test_cue_interrupting_a_quote(extract, marks):
    o, c = marks
    r = extract(f"{o}We are ready,{c} the minister said, {o}and we will act within the week.{c}")
    assert [q.kind for q in r.quotes] == ["direct", "direct"]
    assert all(q.speaker is not None and q.speaker.text == "the minister" for q in r.quotes)


@pytest.mark.parametrize("marks", [CURLY, STRAIGHT])
def test_mixed_quote_in_reported_speech(extract, marks):
    o, c = marks
    q = only(extract(f"The mayor said that the council {o}will not accept any delay{c} on the bridge."))
    assert q.kind == "mixed" and o + "will not accept any delay" + c in q.text
    assert q.speaker.text == "The mayor"


@pytest.mark.parametrize("marks", [CURLY, STRAIGHT])
def test_mixed_quote_as_object_of_accusation(extract, marks):
    o, c = marks
    q = only(extract(f"The union accused the company of {o}reckless cost cutting{c}."))
    assert q.kind == "mixed" and q.speaker.text == "The union" and q.speaker.type == "organization"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The mayor said that the bridge will reopen in May.", "The mayor"),
        ("The mayor said the bridge will reopen in May.", "The mayor"),
        ("The bridge will reopen in May, the mayor said.", "the mayor"),
        ("The bridge will reopen in May, according to the mayor.", "the mayor"),
        ("A city official told Reuters the bridge will reopen in May.", "A city official"),
        ("The ministry announced in a statement that the bridge will reopen in May.", "The ministry"),
        ("The group has said the attacks are a response to the blockade.", "The group"),
        ("The statement said the bridge will reopen in May.", "The statement"),
        ("The bridge will reopen in May, the official said without naming the contractor.", "the official"),
    ],
)
def test_reported_speech_without_quote_marks(extract, text, speaker):
    q = only(extract(text))
    assert q.kind == "indirect" and "reopen in May" in q.text or "response to the blockade" in q.text
    assert q.speaker is not None and q.speaker.text == speaker


def test_cognition_cue_is_marked_opinion(extract):
    q = only(extract("Officials believe the bridge will reopen in May."))
    assert q.opinion and q.cue.kind == "cognition"


@pytest.mark.parametrize("marks", [CURLY, STRAIGHT])
def test_scare_quotes_and_names_are_not_speech(extract, marks):
    o, c = marks
    r = extract(f"The militia leader, known as {o}Abu Taqwa{c}, was killed. Fans of {o}Saturday Night Live{c} watched.")
    assert r.quotes == []


def test_quote_only_paragraph_continues_previous_speaker(extract):
    r = extract(
        "Hadi Al-Amiri condemned the bombing in a statement.\n\n“We strongly condemn this heinous crime and demand answers.”"
    )
    q = [q for q in r.quotes if q.kind == "direct"][0]
    assert q.rule == "neighbour-previous" and q.speaker.name == "Hadi Al-Amiri"


def test_pronoun_and_short_name_resolve_to_full_name(extract):
    r = extract(
        "Energy Minister Dana Ortiz spoke on Monday.\n\n“Prices will fall,” Ortiz said.\n\n"
        "She said that the plan “will protect families this winter.”"
    )
    names = [q.speaker.name for q in r.quotes]
    assert names == ["Dana Ortiz", "Dana Ortiz"]


def test_apposition_after_the_subject_is_not_the_speaker(extract):
    q = only(
        extract(
            "The Harbour Authority, a body that runs the port under a city charter, has announced "
            "that its deputy director, Ana Lopes, had resigned “for personal reasons.”"
        )
    )
    assert q.kind == "mixed" and q.speaker.name == "Harbour Authority"
    assert q.text.startswith("that its deputy director") and q.text.endswith("reasons.”")


def test_trailing_cue_with_a_described_outlet(extract):
    q = only(
        extract(
            "The storm damaged three bridges in the north of the province on Monday, "
            "local newspaper The Courier reported."
        )
    )
    assert q.kind == "indirect" and q.text.endswith("on Monday") and q.speaker.name == "Courier"


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_dash_credit_on_the_line_after_a_pull_quote(extract, dash):
    text = (
        "The council met on Tuesday.\n\n"
        '"The idea that I would close the library is just not accurate. I helped write that budget."\n\n'
        f"{dash} Mayor Jane Roe, speaking after the vote.\n"
    )
    q = only(extract(text), "direct")
    assert q.rule == "dash-credit" and q.speaker.name == "Jane Roe"


def test_dash_line_that_is_not_a_credit_is_not_a_speaker(extract):
    # the quote shares its paragraph with the reporter's words: the dash line is the next item
    text = 'The mayor said the plan was "a long way from done" on Tuesday.\n\n- The vote is next week.\n'
    result = extract(text)
    assert all(q.rule != "dash-credit" for q in result.quotes)


@pytest.mark.parametrize("marks", [CURLY, STRAIGHT])
def test_the_n_year_old_is_the_person_named_before(extract, marks):
    o, c = marks
    text = (
        "Jane Roe, the mayor of Easton, opened the bridge on Monday.\n\n"
        f"{o}The bridge is safe,{c} said the 52-year-old. {o}Now, we will reopen it.{c}\n"
    )
    quotes = extract(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Jane Roe", "Jane Roe"]


def test_reacted_is_a_speech_cue(extract):
    q = only(extract("“Who checked the roads?” reacted Sam Poe, the council's treasurer."))
    assert q.speaker.name == "Sam Poe" and q.cue.lemma == "react"
