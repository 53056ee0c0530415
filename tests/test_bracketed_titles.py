"""A title with a bracketed aside before the name ("Superintendent of Police (Ajmer) Rakesh
Choudhary said", "Justice (retd.) P. Lakshmi Narasimhan, who ..., said"): the name heads the
subject and the title with its bracket is the role (attribution/bracketed_titles.py;
sources/role_words.bracketed_title, closes; session 46, from fresh articles); a courtesy title
the parse made a verb's subject apart from its name is the name's (title_read_as_subject,
session 47). The trees are the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Superintendent of Police (Ajmer) Rakesh Choudhary said the clerk had photographed the paper.
AJMER: list[FeatRow] = [
    ("Superintendent", "superintendent", "NOUN", 8, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 2, "case", ""),
    ("Police", "Police", "PROPN", 0, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 4, "punct", ""),
    ("##Ajmer", "Ajmer", "PROPN", 2, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 4, "punct", ""),
    ("Rakesh", "Rakesh", "PROPN", 7, "compound", "Number=Sing"),
    ("Choudhary", "Choudhary", "PROPN", 4, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("clerk", "clerk", "NOUN", 12, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("photographed", "photograph", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("paper", "paper", "NOUN", 12, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Justice (retd.) P. Lakshmi Narasimhan, who was appointed returning officer in September, said the nominations were rejected.
RETIRED: list[FeatRow] = [
    ("Justice", "Justice", "PROPN", 17, "nsubj", "Number=Sing"),
    ("(", "(", "PUNCT", 2, "punct", ""),
    ("##retd", "retd", "NOUN", 0, "appos", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
    ("##)", ")", "PUNCT", 2, "punct", ""),
    ("P.", "P.", "PROPN", 7, "compound", "Number=Sing"),
    ("Lakshmi", "Lakshmi", "PROPN", 7, "compound", "Number=Sing"),
    ("Narasimhan", "Narasimhan", "PROPN", 0, "list", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("who", "who", "PRON", 11, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("appointed", "appoint", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("returning", "return", "VERB", 11, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("officer", "officer", "NOUN", 12, "obj", "Number=Sing"),
    ("in", "in", "ADP", 15, "case", ""),
    ("September", "September", "PROPN", 12, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("nominations", "nomination", "NOUN", 21, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 21, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("rejected", "reject", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]


# Kampala Metropolitan Police deputy spokesperson ASP Rachael Nabukenya confirmed the arrest but said Dr Nsereko had been taken into custody to prevent a breach of peace.
TITLE_SPLIT: list[FeatRow] = [
    ("Kampala", "Kampala", "PROPN", 4, "compound", "Number=Sing"),
    ("Metropolitan", "Metropolitan", "ADJ", 4, "amod", "Degree=Pos"),
    ("Police", "Police", "PROPN", 4, "compound", "Number=Sing"),
    ("deputy", "deputy", "NOUN", 4, "compound", "Number=Sing"),
    ("spokesperson", "spokesperson", "NOUN", 7, "compound", "Number=Sing"),
    ("ASP", "ASP", "PROPN", 7, "compound", "Number=Sing"),
    ("Rachael", "Rachael", "PROPN", 7, "compound", "Number=Sing"),
    ("Nabukenya", "Nabukenya", "PROPN", 8, "nsubj", "Number=Sing"),
    ("confirmed", "confirm", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("arrest", "arrest", "NOUN", 8, "obj", "Number=Sing"),
    ("but", "but", "CCONJ", 12, "cc", ""),
    ("said", "say", "VERB", 8, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Dr", "Dr", "PROPN", 12, "nsubj", "Number=Sing"),
    ("Nsereko", "Nsereko", "PROPN", 17, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("taken", "take", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("into", "into", "ADP", 19, "case", ""),
    ("custody", "custody", "NOUN", 17, "obl", "Number=Sing"),
    ("to", "to", "PART", 21, "mark", ""),
    ("prevent", "prevent", "VERB", 17, "advcl", "VerbForm=Inf"),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("breach", "breach", "NOUN", 21, "obj", "Number=Sing"),
    ("of", "of", "ADP", 25, "case", ""),
    ("peace", "peace", "NOUN", 23, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


def _speaker(rows: list) -> tuple[str, str, str, str]:
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None
    return q.speaker.name or "", q.speaker.type, q.speaker.anonymity, q.speaker.role or ""


def test_the_name_after_a_bracketed_place_heads_the_subject():
    assert _speaker(AJMER)[:3] == ("Rakesh Choudhary", "person", "named")


def test_the_name_after_a_bracketed_state_of_office_heads_the_subject_and_keeps_its_aside():
    assert _speaker(RETIRED) == ("P. Lakshmi Narasimhan", "person", "named", "Justice (retd.)")


def test_a_courtesy_title_read_as_a_second_verbs_subject_is_the_names():
    # (session 47: "... but said Dr Nsereko had been taken" with "Dr" the subject of "said")
    quotes = resolve([[TITLE_SPLIT]]).quotes
    said = next(q for q in quotes if "taken into custody" in q.text)
    assert said.text.startswith("Dr Nsereko") and said.speaker is not None
    assert said.speaker.name == "Rachael Nabukenya"
