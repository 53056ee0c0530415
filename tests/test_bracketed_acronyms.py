"""A name after a body's name and its bracketed acronym (session 51; attribution/bracketed_titles):

"Jamaica Labour Party (JLP) General Secretary Kevin Bryan said", "State Disaster Response Force
(SDRF) Commandant Manoj Rawat said", "The winning candidate, Lok Shakti Party (LSP) legislator P.
Ramesh Gowda, dismissed" come out of the shipped parser with the body the subject or the
apposition and the name a list item of it (or a second apposition), so the body spoke. The name
after the last role word heads the phrase, the body and the title are its compounds
(name_after_bracketed_acronym); a body with its acronym and no name after it still speaks.

No model needed: each tree is the shape the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from test_wire_copy_shapes import _speaker

# Jamaica Labour Party (JLP) General Secretary Kevin Bryan said his party had zero tolerance for violence.
JLP: list[FeatRow] = [
    ("Jamaica", "Jamaica", "PROPN", 2, "compound", "Number=Sing"),
    ("Labour", "Labour", "PROPN", 2, "compound", "Number=Sing"),
    ("Party", "Party", "PROPN", 10, "nsubj", "Number=Sing"),
    ("(", "(", "PUNCT", 4, "punct", ""),
    ("##JLP", "JLP", "PROPN", 2, "list", "Number=Sing"),
    ("##)", ")", "PUNCT", 4, "punct", ""),
    ("General", "General", "PROPN", 8, "compound", "Number=Sing"),
    ("Secretary", "Secretary", "PROPN", 8, "compound", "Number=Sing"),
    ("Kevin", "Kevin", "PROPN", 2, "list", "Number=Sing"),
    ("Bryan", "Bryan", "PROPN", 2, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("party", "party", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("zero", "zero", "NUM", 15, "nummod", "NumForm=Word|NumType=Card"),
    ("tolerance", "tolerance", "NOUN", 13, "obj", "Number=Sing"),
    ("for", "for", "ADP", 17, "case", ""),
    ("violence", "violence", "NOUN", 15, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# State Disaster Response Force (SDRF) Commandant Manoj Rawat said two teams were working.
SDRF: list[FeatRow] = [
    ("State", "state", "NOUN", 10, "nsubj", "Number=Sing"),
    ("Disaster", "Disaster", "PROPN", 2, "compound", "Number=Sing"),
    ("Response", "response", "NOUN", 3, "compound", "Number=Sing"),
    ("Force", "Force", "PROPN", 0, "appos", "Number=Sing"),
    ("(", "(", "PUNCT", 5, "punct", ""),
    ("##SDRF", "SDRF", "PROPN", 3, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 5, "punct", ""),
    ("Commandant", "Commandant", "PROPN", 9, "compound", "Number=Sing"),
    ("Manoj", "Manoj", "PROPN", 9, "compound", "Number=Sing"),
    ("Rawat", "Rawat", "PROPN", 5, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("two", "two", "NUM", 12, "nummod", "NumForm=Word|NumType=Card"),
    ("teams", "team", "NOUN", 14, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("working", "work", "VERB", 10, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# The winning candidate, Lok Shakti Party (LSP) legislator P. Ramesh Gowda, dismissed the allegations as a drama.
LSP: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("winning", "win", "NOUN", 2, "compound", "Number=Sing"),
    ("candidate", "candidate", "NOUN", 15, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("Lok", "Lok", "PROPN", 6, "compound", "Number=Sing"),
    ("Shakti", "Shakti", "PROPN", 6, "compound", "Number=Sing"),
    ("Party", "Party", "PROPN", 2, "appos", "Number=Sing"),
    ("(", "(", "PUNCT", 8, "punct", ""),
    ("##LSP", "LSP", "PROPN", 6, "flat", "Number=Sing"),
    ("##)", ")", "PUNCT", 8, "punct", ""),
    ("legislator", "legislator", "NOUN", 13, "compound", "Number=Sing"),
    ("P.", "P.", "PROPN", 13, "compound", "Number=Sing"),
    ("Ramesh", "Ramesh", "PROPN", 13, "compound", "Number=Sing"),
    ("Gowda", "Gowda", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("dismissed", "dismiss", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("allegations", "allegation", "NOUN", 15, "obj", "Number=Plur"),
    ("as", "as", "ADP", 20, "case", ""),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("drama", "drama", "NOUN", 15, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]
# The National Union of Teachers (NUT) said members would strike.
NUT: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("National", "National", "ADJ", 2, "amod", "Degree=Pos"),
    ("Union", "Union", "PROPN", 8, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Teachers", "Teacher", "PROPN", 2, "nmod", "Number=Plur"),
    ("(", "(", "PUNCT", 6, "punct", ""),
    ("##NUT", "NUT", "PROPN", 2, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("members", "member", "NOUN", 11, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("strike", "strike", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


def test_a_title_and_name_after_a_bodys_acronym_speak():
    speaker = _speaker([[JLP]], "his party had zero tolerance for violence")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Kevin Bryan", "person", "named")
    assert speaker.role == "Jamaica Labour Party (JLP) General Secretary"
    speaker = _speaker([[SDRF]], "two teams were working")
    assert (speaker.name, speaker.anonymity) == ("Manoj Rawat", "named")


def test_a_title_and_name_after_a_bodys_acronym_in_an_apposition_speak():
    speaker = _speaker([[LSP]], "the allegations as a drama")
    assert (speaker.name, speaker.type, speaker.anonymity) == ("P. Ramesh Gowda", "person", "named")


def test_a_body_with_its_acronym_and_no_name_after_it_speaks():
    speaker = _speaker([[NUT]], "members would strike")
    assert (speaker.name, speaker.type) == ("National Union of Teachers", "organization")
