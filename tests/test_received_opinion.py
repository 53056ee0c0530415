"""A view the text hands to nobody in particular is vague attribution: "was regarded as", "is
widely seen as", "is believed to" (rules/lexicons/vague_frames.yaml). A frame of regard claims
the phrase after "as", not its subject ("Doe, who was regarded as a lightweight, lost": the claim
is "a lightweight"; attribution.frames). A schedule ("is expected to vote on Tuesday") is the
writer's own statement. Trees the shipped parser produced for sentences written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Doe , who was regarded as a lightweight , lost the race .
REGARDED: list[FeatRow] = [
    ("Doe", "Doe", "PROPN", 9, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("regarded", "regard", "VERB", 9, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("lightweight", "lightweight", "NOUN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("lost", "lose", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("race", "race", "NOUN", 9, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# The council is expected to vote on Tuesday .
SCHEDULE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("expected", "expect", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 5, "mark", ""),
    ("vote", "vote", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 5, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_frame_of_regard_is_vague_and_claims_what_follows_as():
    [q] = resolve([[REGARDED]]).quotes  # type: ignore[list-item]
    assert (q.text, q.rule) == ("a lightweight", "vague-frame")
    assert q.speaker is not None and (q.speaker.text, q.speaker.anonymity) == ("was regarded as", "vague")
    assert q.evidence is not None and q.evidence.speaker_link == "frame"


def test_a_schedule_is_not_a_vague_frame():
    assert resolve([[SCHEDULE]]).quotes == []  # type: ignore[list-item]
