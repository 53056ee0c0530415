"""Cues the fallbacks find next to a quote, on hand-built parses (no model)."""

from __future__ import annotations

from parse_helpers import Row, article

from provenance.attribution import Attribution, Attributor
from provenance.quotemarks import pair_marks
from provenance.vocab import load_vocabulary

ATTRIBUTOR = Attributor(load_vocabulary())


def attribute(paragraphs: list[list[list[Row]]]) -> tuple[str, list[Attribution]]:
    doc, paras = article(paragraphs)
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    return doc.text, ATTRIBUTOR.attribute(doc.text, paras, spans)


def test_a_question_closing_a_quote_inside_the_quote_still_looks_for_the_cue_in_the_next_sentence():
    # “ Some would ask , ‘ Who cares ? ’ ”  |  Moore said .   (the splitter ends the sentence at "?")
    quote: list[Row] = [
        ("“", "“", "PUNCT", 3, "punct"),
        ("Some", "some", "PRON", 3, "nsubj"),
        ("would", "would", "AUX", 3, "aux"),
        ("ask", "ask", "VERB", -1, "root"),
        (",", ",", "PUNCT", 3, "punct"),
        ("‘", "‘", "PUNCT", 7, "punct"),
        ("Who", "who", "PRON", 7, "nsubj"),
        ("cares", "care", "VERB", 3, "ccomp"),
        ("?", "?", "PUNCT", 7, "punct"),
        ("’", "’", "PUNCT", 7, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
    ]
    cue: list[Row] = [
        ("Moore", "Moore", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    _, found = attribute([[quote, cue]])
    [a] = [a for a in found if a.rule == "adjacent-cue-after"]
    assert a.speaker is not None and a.speaker.word.text == "Moore"


def _quote_then(tail: list[Row]) -> list[Row]:
    """“ We heard from residents , ” <tail> .  — heads in ``tail`` count from its first word; -1
    in the tail is the sentence root."""
    head: list[Row] = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("We", "we", "PRON", 2, "nsubj"),
        ("heard", "hear", "VERB", -1, "root"),
        ("from", "from", "ADP", 4, "case"),
        ("residents", "resident", "NOUN", 2, "obl"),
        (",", ",", "PUNCT", 2, "punct"),
        ("”", "”", "PUNCT", 2, "punct"),
    ]
    shifted = [(t, lem, u, h + 7 if h >= 0 else -1, r) for t, lem, u, h, r in tail]
    return head + shifted + [(".", ".", "PUNCT", 2, "punct")]


def test_a_statement_that_reads_speaks_for_whoever_wrote_it():
    # “ We heard from residents , ” her statement read .   — the parse left the quote unlinked
    rows = _quote_then(
        [
            ("her", "her", "PRON", 1, "nmod:poss"),
            ("statement", "statement", "NOUN", 2, "nsubj"),
            ("read", "read", "VERB", -1, "parataxis"),
        ]
    )
    rows = [(t, lem, u, 2 if t == "read" else h, r) for t, lem, u, h, r in rows]
    _, [a] = attribute([[rows]])
    assert a.rule == "adjacent-cue-after" and a.cue is not None and a.cue.word.text == "read"
    assert a.speaker is not None and a.speaker.word.text == "statement"


def test_a_person_reading_is_no_cue():
    # “ We heard from residents , ” her sister read .  — reading aloud a text is not saying it
    rows = _quote_then(
        [
            ("her", "her", "PRON", 1, "nmod:poss"),
            ("sister", "sister", "NOUN", 2, "nsubj"),
            ("read", "read", "VERB", -1, "parataxis"),
        ]
    )
    rows = [(t, lem, u, 2 if t == "read" else h, r) for t, lem, u, h, r in rows]
    _, [a] = attribute([[rows]])
    assert a.rule == "unattributed"


def test_a_speech_verb_tagged_as_a_noun_closing_the_sentence_is_the_cue_and_the_next_quote_follows():
    # “ She will fight for families , ” a narrator in the video states .  “ She will win it all . ”
    first: list[Row] = [
        ("“", "“", "PUNCT", 3, "punct"),
        ("She", "she", "PRON", 3, "nsubj"),
        ("will", "will", "AUX", 3, "aux"),
        ("fight", "fight", "VERB", -1, "root"),
        ("for", "for", "ADP", 5, "case"),
        ("families", "family", "NOUN", 3, "obl"),
        (",", ",", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
        ("a", "a", "DET", 9, "det"),
        ("narrator", "narrator", "NOUN", 3, "parataxis"),
        ("in", "in", "ADP", 13, "case"),
        ("the", "the", "DET", 13, "det"),
        ("video", "video", "NOUN", 13, "compound"),
        ("states", "state", "NOUN", 9, "nmod"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    second: list[Row] = [
        ("“", "“", "PUNCT", 3, "punct"),
        ("She", "she", "PRON", 3, "nsubj"),
        ("will", "will", "AUX", 3, "aux"),
        ("win", "win", "VERB", -1, "root"),
        ("it", "it", "PRON", 3, "obj"),
        ("all", "all", "DET", 4, "det"),
        (".", ".", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
    ]
    _, found = attribute([[first, second]])
    assert [a.rule for a in found] == ["adjacent-cue-after", "neighbour-previous"]
    assert all(a.speaker is not None and a.speaker.word.text == "narrator" for a in found)


def test_a_plural_noun_after_a_list_of_quoted_words_is_no_cue():
    # terms such as “ attack , ” “ talking points . ”  — "points" is a noun here
    rows: list[Row] = [
        ("terms", "term", "NOUN", -1, "root"),
        ("such", "such", "ADJ", 4, "case"),
        ("as", "as", "ADP", 1, "fixed"),
        ("“", "“", "PUNCT", 4, "punct"),
        ("attack", "attack", "NOUN", 0, "nmod"),
        (",", ",", "PUNCT", 4, "punct"),
        ("”", "”", "PUNCT", 4, "punct"),
        ("“", "“", "PUNCT", 9, "punct"),
        ("talking", "talk", "NOUN", 9, "compound"),
        ("points", "point", "NOUN", 4, "conj"),
        (".", ".", "PUNCT", 0, "punct"),
        ("”", "”", "PUNCT", 9, "punct"),
    ]
    _, found = attribute([[rows]])
    assert not [a for a in found if a.cue is not None]


def test_a_speech_verb_the_lemmatiser_got_wrong_is_still_a_cue():
    # “ Confidence is attractive , ” echoes Reyes .   — lemma "echoe"
    rows: list[Row] = [
        ("“", "“", "PUNCT", 4, "punct"),
        ("Confidence", "confidence", "NOUN", 4, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("very", "very", "ADV", 4, "advmod"),
        ("attractive", "attractive", "ADJ", 7, "advcl"),
        (",", ",", "PUNCT", 4, "punct"),
        ("”", "”", "PUNCT", 4, "punct"),
        ("echoes", "echoe", "VERB", -1, "root"),
        ("Reyes", "Reyes", "PROPN", 7, "obj"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.rule == "adjacent-cue-after" and a.cue is not None and a.cue.word.text == "echoes"
    assert a.speaker is not None and a.speaker.word.text == "Reyes"
