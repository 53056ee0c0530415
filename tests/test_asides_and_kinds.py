"""Session 35, on sentences written for the purpose (the trees the shipped parser gave them; no
model needed): a bare noun phrase hung on an interrupting cue is the subject of the clause the cue
interrupts, and never the antecedent of the cue's own pronoun ("The mayor, she said, wants ...":
attribution/interrupted.py, sources/pronouns.py); "the company" after a business the article
named by its kind ("Sierra Valley Power, the utility": rules/lexicons/company_kinds.yaml,
sources/unnamed.py)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The mayor , she said , wants to raise taxes .
MAYOR_ASIDE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 4, "obl:unmarked", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("she", "she", "PRON", 4, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("wants", "want", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 8, "mark", ""),
    ("raise", "raise", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("taxes", "tax", "NOUN", 8, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Sierra Valley Power , the utility that owns the line , said it had shut off power .
UTILITY_NAMED: list[FeatRow] = [
    ("Sierra", "Sierra", "PROPN", 2, "compound", "Number=Sing"),
    ("Valley", "Valley", "PROPN", 2, "compound", "Number=Sing"),
    ("Power", "Power", "PROPN", 11, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("utility", "utility", "NOUN", 2, "appos", "Number=Sing"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("owns", "own", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("line", "line", "NOUN", 7, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 14, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shut", "shut", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("off", "off", "ADP", 14, "compound:prt", ""),
    ("power", "power", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# The company said it was cooperating with investigators .
COMPANY_AFTER_UTILITY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cooperating", "cooperate", "VERB", 2, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("with", "with", "ADP", 7, "case", ""),
    ("investigators", "investigator", "NOUN", 5, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_bare_noun_before_an_interrupting_cue_is_what_was_said_not_who_said_it():
    quotes = resolve([[MAYOR_ASIDE]]).quotes
    assert [q.text for q in quotes] == ["The mayor", "wants to raise taxes"]
    # (before: "The mayor" was left out, and once in the clause it became "she")
    assert all(q.speaker is not None and q.speaker.text == "she" and q.speaker.name != "The mayor" for q in quotes)


def test_the_company_is_the_business_the_article_named_by_its_kind():
    r = resolve([[UTILITY_NAMED], [COMPANY_AFTER_UTILITY]])
    assert [q.speaker.name for q in r.quotes if q.speaker] == ["Sierra Valley Power", "Sierra Valley Power"]
    assert r.quotes[-1].speaker is not None and r.quotes[-1].speaker.resolved_by == "definite-description"
