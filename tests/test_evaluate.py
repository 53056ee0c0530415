"""``provenance eval``'s matching and scoring, without the model."""

from __future__ import annotations

from provenance.evaluate import Score, one_to_one, score_document, speaker_right
from provenance.records import ArticleResult, Evidence, Quote, Speaker


def quote(start: int, end: int, speaker: Speaker | None = None, kind: str = "direct") -> Quote:
    return Quote(kind=kind, start=start, end=end, text="", line=1, column=1, cue=None, speaker=speaker, rule="t")  # type: ignore[arg-type]


def test_matching_is_one_to_one_largest_overlap_first():
    # Both predictions overlap the first gold span; the larger overlap wins it.
    assert one_to_one([(0, 10)], [(0, 4), (0, 9)], 0.3) == {0: 1}
    assert one_to_one([(0, 10), (20, 30)], [(0, 10)], 0.3) == {0: 0}
    # Overlap is measured against the reference: 3/10 is not above 0.3.
    assert one_to_one([(0, 10)], [(7, 20)], 0.3) == {}


def test_speaker_is_right_by_span_or_shared_name_word():
    sp = Speaker(text="Roe", start=50, end=53, name="Jane Roe")
    assert speaker_right({"speaker_start": 50, "speaker_end": 53}, quote(0, 10, sp))
    assert speaker_right({"speaker_canonical": "Jane Roe"}, quote(0, 10, sp))
    assert not speaker_right({"speaker_canonical": "John Doe"}, quote(0, 10, sp))
    # Stop words never make a match: "the" is not a name.
    assert not speaker_right({"speaker": "the minister"}, quote(0, 10, Speaker("the mayor", 0, 9, "the mayor")))
    assert speaker_right({}, quote(0, 10, None)) and not speaker_right({"speaker": "Roe"}, quote(0, 10, None))


def test_an_impersonal_frame_names_no_speaker():
    # "The senator is widely seen as the front-runner": the speaker record holds only the frame
    frame = quote(0, 10, Speaker("is widely seen as", 12, 29, "is widely seen as", type="unknown", anonymity="vague"))
    frame.evidence = Evidence("vague-frame", "mechanism", "stable", "frame", "uncertain")
    assert speaker_right({}, frame)
    assert not speaker_right({"speaker": "analysts", "speaker_start": 40, "speaker_end": 48}, frame)


def test_score_document_counts_spans_kinds_speakers_and_errors():
    gold = {
        "id": "d1",
        "quotes": [
            {"start": 0, "end": 10, "kind": "direct", "speaker_canonical": "Jane Roe", "text": "a"},
            {"start": 40, "end": 60, "kind": "indirect", "speaker": "an official", "text": "b"},
        ],
    }
    result = ArticleResult(path="d1", quotes=[quote(0, 10, Speaker("Roe", 70, 73, "Jane Roe")), quote(80, 90)])
    score, errors = Score(), []
    score_document(gold, result, score, errors)
    c = score.by_threshold[0.3]
    assert (c.gold, c.pred, c.gold_hit, c.pred_hit) == (2, 2, 1, 1)
    assert (score.speaker_right, score.speaker_total) == (1, 1)
    assert score.by_kind["indirect"].gold == 1 and score.by_kind["indirect"].gold_hit == 0
    assert sorted(e["type"] for e in errors) == ["missed", "spurious"]
    p, r, f = c.prf()
    assert (p, r, f) == (0.5, 0.5, 0.5)
