"""News outlets by what they do and by their titles (session 47, from fresh articles; the trees are
the shipped parser's for these invented sentences):

* a name with nothing of a person's that reports what it found ("Ars Technica reported March 5
  that ...", "Dawn had reported in March that ...") is an outlet, an organisation
  (sources/statement_cues.reports_as_outlet); a reporter named in full, or a surname the article
  calls "he", stays a person;
* a weekday after "the" and before the rest of a name belongs to the name ("The Sunday Times"),
  where a weekday before a name is a time (sources/name_runs);
* a list of the subject's actions after a "that" clause the parse hung on the occasion is part of
  what was said ("said in a statement that it had stepped up cleaning, was isolating ... and was
  offering ...": attribution/that_clauses.joined_after), so the body speaks of itself as "it".
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Meridian said in a statement that it had stepped up cleaning on board, was isolating sick passengers in their cabins and was offering them medical care.
MERIDIAN: list[FeatRow] = [
    ("Meridian", "Meridian", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 1, "obl", "Number=Sing"),
    ("that", "that", "PRON", 8, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 8, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("stepped", "step", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("up", "up", "ADP", 8, "compound:prt", ""),
    ("cleaning", "clean", "VERB", 8, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 12, "case", ""),
    ("board", "board", "NOUN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("was", "be", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("isolating", "isolate", "VERB", 1, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("sick", "sick", "ADJ", 17, "amod", "Degree=Pos"),
    ("passengers", "passenger", "NOUN", 15, "obj", "Number=Plur"),
    ("in", "in", "ADP", 20, "case", ""),
    ("their", "their", "PRON", 20, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("cabins", "cabin", "NOUN", 17, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 23, "cc", ""),
    ("was", "be", "AUX", 23, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("offering", "offer", "VERB", 15, "conj", "Tense=Pres|VerbForm=Part"),
    ("them", "they", "PRON", 23, "iobj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("medical", "medical", "ADJ", 26, "amod", "Degree=Pos"),
    ("care", "care", "NOUN", 23, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Ars Technica reported March 5 that Northgate had laid off about 40 employees.
ARS: list[FeatRow] = [
    ("Ars", "Ars", "PROPN", 1, "compound", "Number=Sing"),
    ("Technica", "Technica", "PROPN", 2, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("March", "March", "PROPN", 2, "obj", "Number=Sing"),
    ("5", "5", "NUM", 2, "obj", "NumForm=Digit|NumType=Card"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("Northgate", "Northgate", "PROPN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("laid", "lay", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("off", "off", "ADP", 8, "compound:prt", ""),
    ("about", "about", "ADP", 12, "case", ""),
    ("40", "40", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("employees", "employee", "NOUN", 8, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Dawn had reported in March that the FBR had opened an inquiry into the tax returns.
DAWN: list[FeatRow] = [
    ("Dawn", "Dawn", "PROPN", 2, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 2, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reported", "report", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 4, "case", ""),
    ("March", "March", "PROPN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("FBR", "FBR", "PROPN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("opened", "open", "VERB", 2, "advcl", "Tense=Past|VerbForm=Part"),
    ("an", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("inquiry", "inquiry", "NOUN", 9, "obj", "Number=Sing"),
    ("into", "into", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("tax", "tax", "NOUN", 15, "compound", "Number=Sing"),
    ("returns", "return", "NOUN", 9, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Sunday Times reported in October that the regulator carried out just over 600 visits.
SUNDAY: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Sunday", "Sunday", "PROPN", 2, "compound", "Number=Sing"),
    ("Times", "Times", "PROPN", 3, "nsubj", "Number=Plur"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("October", "October", "PROPN", 3, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("regulator", "regulator", "NOUN", 9, "nsubj", "Number=Sing"),
    ("carried", "carry", "VERB", 3, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("out", "out", "ADP", 9, "compound:prt", ""),
    ("just", "just", "ADV", 14, "advmod", ""),
    ("over", "over", "ADP", 14, "case", ""),
    ("600", "600", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("visits", "visit", "NOUN", 9, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Jane Mayer reported that the mayor would resign.
MAYER: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Mayer", "Mayer", "PROPN", 2, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 7, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("resign", "resign", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Kessler said he would resign.
KESSLER_SAID: list[FeatRow] = [
    ("Kessler", "Kessler", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 4, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 4, "aux", "VerbForm=Fin"),
    ("resign", "resign", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Kessler reported that the accounts were in order.
KESSLER: list[FeatRow] = [
    ("Kessler", "Kessler", "PROPN", 1, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("accounts", "account", "NOUN", 7, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 7, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("order", "order", "NOUN", 1, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# On Sunday Obama said the plan would fail.
SUNDAY_OBAMA: list[FeatRow] = [
    ("On", "on", "ADP", 1, "case", ""),
    ("Sunday", "Sunday", "PROPN", 3, "obl", "Number=Sing"),
    ("Obama", "Obama", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def _speaker(paragraphs: list) -> tuple[str, str, str]:
    q = resolve(paragraphs).quotes[-1]
    assert q.speaker is not None
    return q.speaker.name or "", q.speaker.type, q.speaker.anonymity


def test_a_name_with_nothing_of_a_persons_that_reports_is_an_outlet():
    assert _speaker([[ARS]]) == ("Ars Technica", "organization", "organization")
    assert _speaker([[DAWN]]) == ("Dawn", "organization", "organization")


def test_guard_a_reporter_named_in_full_stays_a_person():
    assert _speaker([[MAYER]])[1] == "person"


def test_guard_a_surname_the_article_calls_he_stays_a_person():
    assert _speaker([[KESSLER_SAID], [KESSLER]])[1] == "person"


def test_a_weekday_after_the_opens_a_title():
    name, kind, _ = _speaker([[SUNDAY]])
    assert name == "Sunday Times" and kind == "organization"


def test_guard_a_weekday_before_a_name_is_a_time():
    assert _speaker([[SUNDAY_OBAMA]]) == ("Obama", "person", "named-no-role")


def test_a_list_of_the_bodys_actions_is_part_of_what_it_said():
    q = resolve([[MERIDIAN]]).quotes[-1]
    assert q.text.endswith("was offering them medical care")
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Meridian", "organization")
