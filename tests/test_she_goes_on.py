"""Who "she" is (sources/pronouns.py; session 45, from a fresh article): the speaker the paragraph
is about goes on, though her gender is not known, when the paragraph names no woman - even if a
woman was quoted a paragraph before ('The attorney, Marike van Wyk, said ... her client ... ¶
Spokesperson Lumka Ndaba said the trial was important. "...," she said'). The trees are the
shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The attorney, Marike van Wyk, said outside court that her client denied every allegation.
ATTORNEY_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("attorney", "attorney", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Marike", "Marike", "PROPN", 5, "compound", "Number=Sing"),
    ("van", "van", "PROPN", 5, "compound", "Number=Sing"),
    ("Wyk", "Wyk", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("outside", "outside", "ADP", 9, "case", ""),
    ("court", "court", "NOUN", 7, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("her", "her", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("client", "client", "NOUN", 13, "nsubj", "Number=Sing"),
    ("denied", "deny", "VERB", 7, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("every", "every", "DET", 15, "det", "PronType=Ind"),
    ("allegation", "allegation", "NOUN", 13, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# Investigating Directorate spokesperson Lumka Ndaba said the trial was important.
SPOKESPERSON_SAID: list[FeatRow] = [
    ("Investigating", "investigate", "VERB", 5, "advcl", "Tense=Pres|VerbForm=Part"),
    ("Directorate", "Directorate", "PROPN", 2, "compound", "Number=Sing"),
    ("spokesperson", "spokesperson", "NOUN", 4, "compound", "Number=Sing"),
    ("Lumka", "Lumka", "PROPN", 4, "compound", "Number=Sing"),
    ("Ndaba", "Ndaba", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("trial", "trial", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("important", "important", "ADJ", 5, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# "This case is about water.
QUOTE_OPENS: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("##This", "this", "DET", 2, "det", "Number=Sing|PronType=Dem"),
    ("case", "case", "NOUN", 5, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("about", "about", "ADP", 5, "case", ""),
    ("water", "water", "NOUN", -1, "root", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# We will see it through," she said.
SHE_SAID: list[FeatRow] = [
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 2, "aux", "VerbForm=Fin"),
    ("see", "see", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("it", "it", "PRON", 2, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("through", "through", "ADP", 2, "compound:prt", ""),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 8, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_she_goes_on_with_the_paragraphs_speaker_of_unknown_gender_when_it_names_no_woman():
    r = resolve([[ATTORNEY_SAID], [SPOKESPERSON_SAID, QUOTE_OPENS, SHE_SAID]])  # type: ignore[list-item]
    quote = next(q for q in r.quotes if q.text.startswith('"This case'))
    assert quote.speaker is not None and quote.speaker.name == "Lumka Ndaba"
