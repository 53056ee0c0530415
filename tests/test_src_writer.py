"""Outside quote marks, "I" is the writer; a named event is nobody: the pronouns of a story go to people."""

from __future__ import annotations

from source_helpers import resolve, said
from test_src_entities import clause


def test_first_person_speaker_is_the_writer_not_the_last_named_person() -> None:
    result = resolve(
        [
            [clause(["Jane", "Roe"], ("left", "leave"), [("early", "ADV", "advmod")])],
            [said(("I", "PRON"))],
            [said(("She", "PRON"))],
        ]
    )
    speakers = [q.speaker.name if q.speaker else None for q in result.quotes]
    assert speakers == ["I", "Jane Roe"]
    writer = next(e for e in result.entities if e.name == "I")
    assert writer.type == "person" and all(m.text != "Jane Roe" for m in writer.mentions)


def test_a_named_event_is_never_the_antecedent_of_she() -> None:
    result = resolve(
        [
            [clause(["Jane", "Roe"], ("spoke", "speak"), [("early", "ADV", "advmod")])],
            [clause(["Republican", "National", "Convention"], ("opened", "open"), [("today", "NOUN", "obl")])],
            [said(("She", "PRON"))],
        ]
    )
    [quote] = result.quotes
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"
    assert all(e.name != "Republican National Convention" or e.type != "person" for e in result.entities)
