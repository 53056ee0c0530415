"""An unattributed quote the article repeats with a speaker elsewhere takes that speaker."""

from __future__ import annotations

from provenance.attribution.model import Attribution
from provenance.attribution.repeats import inherit_repeated
from provenance.syntax.tree import Sentence, Word, WordRef

TEXT = "'The whole plan will fail, my friends.'\n\nLater Roe told the crowd: \"The whole plan will fail, my friends,\" and left."


def _ref(text: str, word: str) -> WordRef:
    start = text.index(word)
    w = Word(0, word, word, "PROPN", "", -1, "root", start, start + len(word))
    return WordRef(Sentence([w], w.start, w.end, word), 0)


def _span(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def test_a_quoted_headline_takes_the_speaker_of_the_same_words_later() -> None:
    head = Attribution("direct", *_span(TEXT, "'The whole plan will fail, my friends.'", 1), "unattributed")
    body = Attribution(
        "direct",
        *_span(TEXT, '"The whole plan will fail, my friends,"', 1),
        "adjacent-cue-before",
        speaker=_ref(TEXT, "Roe"),
    )
    inherit_repeated([head, body], TEXT)
    assert head.rule == "repeated-quote"
    assert head.speaker is body.speaker and head.inherited_from is body


def test_other_words_or_reported_speech_give_nothing() -> None:
    # reported speech with the same words: a paraphrase may share them without being the source
    text = "'The whole plan will fail, my friends.'\n\nRoe said the whole plan will fail, my friends."
    head = Attribution("direct", *_span(text, "'The whole plan will fail, my friends.'", 1), "unattributed")
    indirect = Attribution(
        "indirect", text.index("the whole plan"), len(text) - 1, "ccomp-cue", speaker=_ref(text, "Roe")
    )
    inherit_repeated([head, indirect], text)
    assert head.rule == "unattributed" and head.speaker is None
    # a different quote with a speaker but other words: still unattributed
    other = "'We will never give up here.'\n\n\"We will win,\" Roe said."
    a = Attribution("direct", *_span(other, "'We will never give up here.'", 1), "unattributed")
    b = Attribution("direct", *_span(other, '"We will win,"', 1), "adjacent-cue-after", speaker=_ref(other, "Roe"))
    inherit_repeated([a, b], other)
    assert a.rule == "unattributed"


def test_a_short_phrase_quoted_again_is_not_enough() -> None:
    # several people in one story quote the same few words; a repeated sentence is one person's
    text = "'The ultimate public health crisis'\n\nDean called guns \"the ultimate public health crisis,\" he said."
    head = Attribution("direct", *_span(text, "'The ultimate public health crisis'", 1), "unattributed")
    body = Attribution(
        "mixed",
        *_span(text, '"the ultimate public health crisis,"', 1),
        "adjacent-cue-after",
        speaker=_ref(text, "Dean"),
    )
    inherit_repeated([head, body], text)
    assert head.rule == "unattributed"
