"""A body the article names after an unnamed mention of its kind: "The company says ..." in a
subheading, then "Pillowtree, which says on its website that it ...", then "the company wrote":
the later "the company" is Pillowtree (unnamed._for_institution with head_names.business_named_before
after the unnamed entity last spoke), and a lone name with "which" after it is a body's
(pronouns.learn_institutions). No model needed: trees as the shipped parser gave them."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The company says it secured the server within hours .
SUBHEAD: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("it", "it", "PRON", 4, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("secured", "secure", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("server", "server", "NOUN", 4, "obj", "Number=Sing"),
    ("within", "within", "ADP", 8, "case", ""),
    ("hours", "hour", "NOUN", 4, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Pillowtree , which says on its website that it never shares data , confirmed the exposure on Wednesday .
WHICH: list[FeatRow] = [
    ("Pillowtree", "Pillowtree", "PROPN", 13, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("which", "which", "PRON", 3, "nsubj", "PronType=Rel"),
    ("says", "say", "VERB", 13, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 6, "case", ""),
    ("its", "its", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("website", "website", "NOUN", 3, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("it", "it", "PRON", 10, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("never", "never", "ADV", 10, "advmod", "PronType=Neg"),
    ("shares", "share", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("data", "data", "NOUN", 10, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("confirmed", "confirm", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("exposure", "exposure", "NOUN", 13, "obj", "Number=Sing"),
    ("on", "on", "ADP", 17, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 15, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# " We moved quickly , " the company wrote .
WROTE: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("moved", "move", "VERB", 8, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("quickly", "quickly", "ADV", 2, "advmod", ""),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 8, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 8, "nsubj", "Number=Sing"),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_the_company_is_the_business_named_since_an_unnamed_mention():
    r = resolve([[list(SUBHEAD)], [list(WHICH)], [list(WROTE)]])  # type: ignore[list-item]
    names = [q.speaker.name if q.speaker else "" for q in r.quotes]
    assert names[0] == "The company"
    assert names[-1] == "Pillowtree"
