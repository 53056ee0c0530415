"""Wire-copy shapes (session 36): "KBC reported that A, and quoted Hassan Noor as saying B" with
the quoting verb a conjunct of the reported clause (that_clauses.quoting_conjunct): A is KBC's,
B is Noor's, through KBC (the quoted-as-saying pattern's optional via, cues.find_via). No model
needed: the tree the shipped parser gave the sentence."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# State broadcaster KBC reported that 4,000 people had moved , and quoted Interior Cabinet Secretary Hassan Abdi Noor as saying that no family would bury its dead alone .
KBC: list[FeatRow] = [
    ("State", "state", "NOUN", 1, "compound", "Number=Sing"),
    ("broadcaster", "broadcaster", "NOUN", 2, "compound", "Number=Sing"),
    ("KBC", "KBC", "PROPN", 3, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("4,000", "4000", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 8, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("moved", "move", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("quoted", "quote", "VERB", 8, "conj", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    ("Interior", "Interior", "PROPN", 16, "compound", "Number=Sing"),
    ("Cabinet", "Cabinet", "PROPN", 16, "compound", "Number=Sing"),
    ("Secretary", "Secretary", "PROPN", 16, "compound", "Number=Sing"),
    ("Hassan", "Hassan", "PROPN", 16, "compound", "Number=Sing"),
    ("Abdi", "Abdi", "PROPN", 11, "obj", "Number=Sing"),
    ("Noor", "Noor", "PROPN", 11, "obj", "Number=Sing"),
    ("as", "as", "SCONJ", 19, "mark", ""),
    ("saying", "say", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 24, "mark", ""),
    ("no", "no", "DET", 22, "det", "PronType=Neg"),
    ("family", "family", "NOUN", 24, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 24, "aux", "VerbForm=Fin"),
    ("bury", "bury", "VERB", 19, "ccomp", "VerbForm=Inf"),
    ("its", "its", "PRON", 26, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("dead", "dead", "ADJ", 24, "obj", "Degree=Pos"),
    ("alone", "alone", "ADV", 24, "advmod", ""),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_quoting_verb_conjoined_to_a_report_gives_the_quoted_person_the_second_statement():
    r = resolve([[list(KBC)]])  # type: ignore[list-item]
    got = [(q.text, q.speaker.name if q.speaker else "", q.via.text if q.via else "") for q in r.quotes]
    assert got == [
        ("that 4,000 people had moved", "KBC", "State broadcaster"),
        ("that no family would bury its dead alone", "Hassan Abdi Noor", "State broadcaster"),
    ]
