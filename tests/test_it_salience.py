""" "it" and "the company" take the organisation named as the subject of the sentence right before,
over one that spoke earlier, and an "it" inside a clause of its own sentence the organisation that
is that sentence's subject (no model needed): org_subjects.previous_main_subject and
own_main_subject, used by
pronouns.PronounResolver and unnamed.UnnamedResolver."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

FIN = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"

# "Acme Corp. said sales rose ."
ACME_SAID: list[FeatRow] = [
    ("Acme", "Acme", "PROPN", 1, "compound", "Number=Sing"),
    ("Corp.", "Corp.", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", FIN),
    ("sales", "sale", "NOUN", 4, "nsubj", "Number=Plur"),
    ("rose", "rise", "VERB", 2, "ccomp", FIN),
    (".", ".", "PUNCT", 2, "punct", ""),
]
# "The Treasury Board disagreed ."
BOARD: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Treasury", "Treasury", "PROPN", 2, "compound", "Number=Sing"),
    ("Board", "Board", "PROPN", 3, "nsubj", "Number=Sing"),
    ("disagreed", "disagree", "VERB", -1, "root", FIN),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def _said(subject: list[FeatRow]) -> list[FeatRow]:
    """ "<subject> said the changes were needed ." (a one- or two-word subject)."""
    n = len(subject)
    return [
        *subject,
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", n + 2, "det", "Definite=Def|PronType=Art"),
        ("changes", "change", "NOUN", n + 4, "nsubj:pass", "Number=Plur"),
        ("were", "be", "AUX", n + 4, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("needed", "need", "VERB", n, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (".", ".", "PUNCT", n, "punct", ""),
    ]


IT = [("It", "it", "PRON", 1, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs")]
THE_COMPANY = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
]


def _speakers(paragraphs: list[list[list[FeatRow]]]) -> list[str | None]:
    r = resolve(paragraphs)  # type: ignore[arg-type]
    return [q.speaker.name if q.speaker else None for q in r.quotes]


def test_it_is_the_organisation_the_sentence_before_is_about():
    # "Acme Corp. said sales rose . ¶ The Treasury Board disagreed . It said the changes were needed ."
    assert _speakers([[ACME_SAID], [BOARD, _said(IT)]]) == ["Acme Corp.", "Treasury Board"]


def test_it_after_a_sentence_about_nobody_is_the_organisation_that_spoke():
    # "Acme Corp. said sales rose . It said the changes were needed ." (the subject before is Acme's)
    assert _speakers([[ACME_SAID, _said(IT)]]) == ["Acme Corp.", "Acme Corp."]


def test_the_company_is_the_firm_named_as_the_subject_before():
    # "Acme Corp. said sales rose . ¶ Zentrix Inc. disagreed . The company said the changes were needed ."
    zentrix: list[FeatRow] = [
        ("Zentrix", "Zentrix", "PROPN", 1, "compound", "Number=Sing"),
        ("Inc.", "Inc.", "PROPN", 2, "nsubj", "Number=Sing"),
        ("disagreed", "disagree", "VERB", -1, "root", FIN),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert _speakers([[ACME_SAID], [zentrix, _said(THE_COMPANY)]]) == ["Acme Corp.", "Zentrix Inc."]


def _person_said(name: tuple[str, str]) -> list[FeatRow]:
    """ "<First> <Last> said the changes were needed ."."""
    return _said(
        [
            (name[0], name[0], "PROPN", 1, "compound", "Number=Sing"),
            (name[1], name[1], "PROPN", 2, "nsubj", "Number=Sing"),
        ]
    )


HE = [("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs")]


def test_he_never_goes_on_with_a_woman_by_her_given_name():
    # "Jane Roe said the changes were needed . ¶ He said the changes were needed ."
    speakers = _speakers([[_person_said(("Jane", "Roe"))], [_said(HE)]])
    assert speakers[0] == "Jane Roe" and speakers[1] != "Jane Roe"


def test_she_goes_on_with_the_woman_who_spoke_last():
    # "Jane Roe said the changes were needed . ¶ She said the changes were needed ."
    she = [("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs")]
    assert _speakers([[_person_said(("Jane", "Roe"))], [_said(she)]]) == ["Jane Roe", "Jane Roe"]


def test_the_province_is_never_the_firm_named_before():
    # "Acme Corp. said sales rose . The province said the changes were needed ."
    province = [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        ("province", "province", "NOUN", 2, "nsubj", "Number=Sing"),
    ]
    assert _speakers([[ACME_SAID, _said(province)]]) == ["Acme Corp.", "The province"]


def test_a_given_name_and_a_place_word_surname_is_a_person_he_can_stand_for():
    # "Jane Roe met Tom Park on Monday . He said the talks were fine ." ("Park" is a place word)
    met: list[FeatRow] = [
        ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
        ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
        ("met", "meet", "VERB", -1, "root", FIN),
        ("Tom", "Tom", "PROPN", 4, "compound", "Number=Sing"),
        ("Park", "Park", "PROPN", 2, "obj", "Number=Sing"),
        ("on", "on", "ADP", 6, "case", ""),
        ("Monday", "Monday", "PROPN", 2, "obl", "Number=Sing"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert _speakers([[met, _said(HE)]]) == ["Tom Park"]


# The union said the strike would continue .
UNION: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("strike", "strike", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("continue", "continue", "VERB", 2, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The company offered a 3 percent raise , a figure it says is fair given the market .
FIGURE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("offered", "offer", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("3", "3", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 6, "compound", "Number=Sing"),
    ("raise", "raise", "NOUN", 2, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("figure", "figure", "NOUN", 13, "nsubj", "Number=Sing"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("says", "say", "VERB", 9, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("is", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 2, "conj", "Degree=Pos"),
    ("given", "give", "VERB", 13, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("market", "market", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_it_inside_a_clause_is_its_own_sentences_subject():
    # "The company offered a 3 per cent raise, a figure it says is fair": not the union before
    assert _speakers([[UNION], [FIGURE]]) == ["The union", "The company"]
