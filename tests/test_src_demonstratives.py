"""A demonstrative pronoun is no relative pronoun, though the lemmatiser gives "those" the lemma
"that" (sources/mentions.py)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve


def test_those_with_a_participle_is_its_own_description():
    # "By double digits , those surveyed say stricter laws would help ."
    rows: list[FeatRow] = [
        ("By", "by", "ADP", 2, "case", ""),
        ("double", "double", "ADJ", 2, "amod", "Degree=Pos"),
        ("digits", "digit", "NOUN", 6, "obl", "Number=Plur"),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("those", "that", "PRON", 6, "nsubj", "Number=Plur|PronType=Dem"),
        ("surveyed", "survey", "VERB", 4, "amod", "Tense=Past|VerbForm=Part"),
        ("say", "say", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("stricter", "strict", "ADJ", 8, "amod", "Degree=Cmp"),
        ("laws", "law", "NOUN", 10, "nsubj", "Number=Plur"),
        ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
        ("help", "help", "VERB", 6, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    assert len(r.quotes) == 1
    speaker = r.quotes[0].speaker
    assert speaker is not None
    assert speaker.text.startswith("those") and "digits" not in speaker.name
