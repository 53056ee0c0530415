"""Name particles tagged proper nouns between the tagger and the parser (no model: a tagged
Stanza document is built by hand): syntax/pretags.py."""

from __future__ import annotations

import stanza

from provenance.syntax.pretags import name_particles, pretag_key


def _tagged(words: list[tuple[str, str]]) -> stanza.Document:
    text = " ".join(w for w, _ in words)
    entries, pos = [], 0
    for i, (w, upos) in enumerate(words, 1):
        start = text.index(w, pos)
        pos = start + len(w)
        entries.append({"id": i, "text": w, "upos": upos, "xpos": "X", "start_char": start, "end_char": pos})
    return stanza.Document([entries], text=text)


def test_particles_the_tagger_read_as_other_words_inside_a_name_are_proper_nouns():
    # "der" of "Ursula von der Leyen" comes out of the shipped tagger an auxiliary
    doc = name_particles(
        _tagged([("Ursula", "PROPN"), ("von", "NOUN"), ("der", "AUX"), ("Leyen", "PROPN"), ("said", "VERB")])
    )
    assert [(w.text, w.upos, w.xpos) for w in doc.sentences[0].words[1:3]] == [
        ("von", "PROPN", "NNP"),
        ("der", "PROPN", "NNP"),
    ]


def test_particles_outside_a_name_keep_their_tags():
    # (after a lower-case word: "the rue de la Paix" is no run between capitalised words)
    doc = name_particles(_tagged([("on", "ADP"), ("rue", "NOUN"), ("de", "X"), ("la", "X"), ("Paix", "PROPN")]))
    assert [w.upos for w in doc.sentences[0].words] == ["ADP", "NOUN", "X", "X", "PROPN"]


def test_paragraphs_with_a_name_particle_run_are_cached_apart():
    assert pretag_key("Ursula von der Leyen said.") != pretag_key("The talks went on.") == ""
