"""Outside quote marks, "I" is the writer, never a person the article names in the third person."""

from __future__ import annotations

from test_src_entities import clause, resolve, said


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
