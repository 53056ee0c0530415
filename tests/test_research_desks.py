"""A firm's research desk speaks for the firm, as its spokespeople do: "Analysts at Rabobank said",
"Analysts at brokerage Kessler & Rahm said" are the firm (organization); bare "Analysts said" stay
a vague class (sources/spokespeople.research_desk; session 46, from fresh articles). The trees
are the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Analysts at Rabobank said the crop would keep global stocks tight.
RABOBANK: list[FeatRow] = [
    ("Analysts", "analyst", "NOUN", 3, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 2, "case", ""),
    ("Rabobank", "Rabobank", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("crop", "crop", "NOUN", 7, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("keep", "keep", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("global", "global", "ADJ", 9, "amod", "Degree=Pos"),
    ("stocks", "stock", "NOUN", 7, "obj", "Number=Plur"),
    ("tight", "tight", "ADJ", 7, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Analysts at brokerage Kessler & Rahm said the ruling could raise costs.
BROKERAGE: list[FeatRow] = [
    ("Analysts", "analyst", "NOUN", 6, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 3, "case", ""),
    ("brokerage", "brokerage", "NOUN", 3, "compound", "Number=Sing"),
    ("Kessler", "Kessler", "PROPN", 0, "nmod", "Number=Sing"),
    ("&", "&", "CCONJ", 5, "cc", ""),
    ("Rahm", "Rahm", "PROPN", 3, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("ruling", "ruling", "NOUN", 10, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 10, "aux", "VerbForm=Fin"),
    ("raise", "raise", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("costs", "cost", "NOUN", 10, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Analysts said the market would fall.
BARE: list[FeatRow] = [
    ("Analysts", "analyst", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("market", "market", "NOUN", 5, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("fall", "fall", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def _speaker(rows: list) -> tuple[str, str, str]:
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None
    return q.speaker.name or q.speaker.text, q.speaker.type, q.speaker.anonymity


def test_analysts_at_a_named_firm_are_the_firm():
    assert _speaker(RABOBANK) == ("Rabobank", "organization", "organization")
    assert _speaker(BROKERAGE) == ("Kessler & Rahm", "organization", "organization")


def test_guard_bare_analysts_stay_a_vague_class():
    assert _speaker(BARE)[1:] == ("anonymous", "vague")
