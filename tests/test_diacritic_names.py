"""A name whose "s" follows a letter English lacks is no plural class ("Lanús said", with the
tagger's Number=Plur): it is a person's name (sources/entities._plural_class; session 46, from a
fresh article). The tree is the shipped parser's for this invented sentence."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# "There is no money," Lanús said.
LANUS: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##There", "there", "PRON", 2, "expl", ""),
    ("is", "be", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("no", "no", "DET", 4, "det", "PronType=Neg"),
    ("money", "money", "NOUN", 2, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("Lanús", "Lanús", "PROPN", 8, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


def test_a_name_with_a_diacritic_before_its_s_is_a_persons():
    [q] = resolve([[LANUS]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Lanús", "person")
