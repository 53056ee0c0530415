"""More of session 31's error classes on sentences written for the purpose (the trees are the
ones the shipped parser gave them; no model needed):

* an unknown surname tagged an auxiliary ("Roe later said", "Roe" a ``VERB``) or an adverb
  ('"...," Vesely told', the "-ly") right before a speech verb with no subject: the speaker
  (attribution/retags.py);
* a portfolio of two fields read as a coordination ("Their work and pensions spokesman, Steve
  Darling, said" with "work" the subject): the role noun is the subject (attribution/name_lists.py),
  and its phrase keeps the "and" (sources/mention_words.py);
* a stated reason places even a loosely described source: "Two Democratic strategists, who spoke
  on the condition of anonymity because ..." is anonymous-with-reason (sources/anonymity.py); "did
  not wish to be identified" is a reason (rules/lexicons/anonymity_reasons.yaml);
* "a new Quinnipiac poll" speaks for Quinnipiac (sources/documents.py); "Observers from the OSCE"
  are placed by the body they come from (sources/descriptions.py);
* a body's name keeps the office it serves ("The Shasta County Sheriff's Office") and drops a
  possessor ("Trump's Justice Department") (sources/name_context.py); "Court documents" name no
  court (sources/entities.py).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Roe later said that two miles might as well be 20 for residents without cars .
ROE_LATER: list[FeatRow] = [
    ("Roe", "roe", "VERB", 2, "aux", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("later", "late", "ADV", 0, "advmod", "Degree=Cmp"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("two", "two", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("miles", "mile", "NOUN", 10, "nsubj", "Number=Plur"),
    ("might", "might", "AUX", 10, "aux", "VerbForm=Fin"),
    ("as", "as", "ADV", 10, "advmod", ""),
    ("well", "well", "ADV", 10, "advmod", "Degree=Pos"),
    ("be", "be", "AUX", 10, "cop", "VerbForm=Inf"),
    ("20", "20", "NUM", 2, "ccomp", "NumForm=Digit|NumType=Card"),
    ("for", "for", "ADP", 12, "case", ""),
    ("residents", "resident", "NOUN", 10, "nmod", "Number=Plur"),
    ("without", "without", "ADP", 14, "case", ""),
    ("cars", "car", "NOUN", 12, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# " Europe likes to lecture small countries , " Vesely told a news conference in the capital .
VESELY_TOLD: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("Europe", "Europe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("likes", "like", "VERB", 10, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("lecture", "lecture", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("small", "small", "ADJ", 6, "amod", "Degree=Pos"),
    ("countries", "country", "NOUN", 4, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("Vesely", "vesely", "ADV", 10, "advmod", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("news", "news", "NOUN", 13, "compound", "Number=Sing"),
    ("conference", "conference", "NOUN", 10, "obj", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("capital", "capital", "NOUN", 13, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Their work and pensions spokesman , Steve Darling , said the cuts were cruel .
PORTFOLIO: list[FeatRow] = [
    ("Their", "their", "PRON", 1, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("work", "work", "NOUN", 9, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("pensions", "pension", "NOUN", 4, "compound", "Number=Plur"),
    ("spokesman", "spokesman", "NOUN", 1, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("Steve", "Steve", "PROPN", 7, "compound", "Number=Sing"),
    ("Darling", "Darling", "PROPN", 4, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("cuts", "cut", "NOUN", 13, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 13, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("cruel", "cruel", "ADJ", 9, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# Two Democratic strategists , who spoke on the condition of anonymity because they advise other campaigns , said the race was tightening .
STRATEGISTS: list[FeatRow] = [
    ("Two", "two", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("Democratic", "Democratic", "ADJ", 2, "amod", "Degree=Pos"),
    ("strategists", "strategist", "NOUN", 17, "nsubj", "Number=Plur"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("condition", "condition", "NOUN", 5, "obl", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("anonymity", "anonymity", "NOUN", 8, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 13, "mark", ""),
    ("they", "they", "PRON", 13, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("advise", "advise", "VERB", 5, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("other", "other", "ADJ", 15, "amod", "Degree=Pos"),
    ("campaigns", "campaign", "NOUN", 13, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("race", "race", "NOUN", 21, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("tightening", "tighten", "VERB", 17, "ccomp", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 17, "punct", ""),
]

# A senior police officer , who did not wish to be identified , said the protest was peaceful .
NOT_WISH: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 3, "amod", "Degree=Pos"),
    ("police", "police", "NOUN", 3, "compound", "Number=Sing"),
    ("officer", "officer", "NOUN", 13, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("did", "do", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("wish", "wish", "VERB", 13, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 11, "mark", ""),
    ("be", "be", "AUX", 11, "aux:pass", "VerbForm=Inf"),
    ("identified", "identify", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("protest", "protest", "ADJ", 17, "nsubj", "Degree=Sup"),
    ("was", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("peaceful", "peaceful", "ADJ", 13, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# A new Quinnipiac poll shows the senator trailing by six points .
QUINNIPIAC: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 3, "amod", "Degree=Pos"),
    ("Quinnipiac", "quinnipiac", "ADJ", 3, "amod", "Degree=Pos"),
    ("poll", "poll", "NOUN", 4, "nsubj", "Number=Sing"),
    ("shows", "show", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("senator", "senator", "NOUN", 7, "compound", "Number=Sing"),
    ("trailing", "trailing", "NOUN", 4, "obj", "Number=Sing"),
    ("by", "by", "ADP", 10, "case", ""),
    ("six", "six", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("points", "point", "NOUN", 7, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Observers from the Organization for Security and Co-operation in Europe said the vote was free .
OBSERVERS: list[FeatRow] = [
    ("Observers", "observer", "NOUN", 10, "nsubj", "Number=Plur"),
    ("from", "from", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Organization", "Organization", "PROPN", 0, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 5, "case", ""),
    ("Security", "Security", "PROPN", 3, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("Co-operation", "Co-operation", "PROPN", 5, "conj", "Number=Sing"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Europe", "Europe", "PROPN", 7, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 14, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("free", "free", "ADJ", 10, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# The Shasta County Sheriff 's Office said two people were missing .
SHERIFF: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Shasta", "Shasta", "PROPN", 3, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 3, "compound", "Number=Sing"),
    ("Sheriff", "Sheriff", "PROPN", 5, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 3, "case", ""),
    ("Office", "Office", "PROPN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("two", "two", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 10, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("missing", "miss", "VERB", 6, "ccomp", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Trump 's Justice Department said the case was closed .
JUSTICE: list[FeatRow] = [
    ("Trump", "Trump", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 0, "case", ""),
    ("Justice", "Justice", "PROPN", 3, "compound", "Number=Sing"),
    ("Department", "Department", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("closed", "close", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Court documents show that the suspect had two prior convictions .
COURT_DOCS: list[FeatRow] = [
    ("Court", "court", "NOUN", 1, "compound", "Number=Sing"),
    ("documents", "document", "NOUN", 2, "nsubj", "Number=Plur"),
    ("show", "show", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("suspect", "suspect", "NOUN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("two", "two", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("prior", "prior", "ADJ", 9, "amod", "Degree=Pos"),
    ("convictions", "conviction", "NOUN", 6, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def _speaker(rows: list[FeatRow]) -> tuple[str, str, str, str]:
    (q,) = resolve([[rows]]).quotes
    assert q.speaker is not None
    return q.speaker.text, q.speaker.name, q.speaker.type, q.speaker.anonymity


def test_a_surname_tagged_an_auxiliary_before_said_is_the_speaker():
    assert ROE_LATER[0][2] == "VERB" and ROE_LATER[0][4] == "aux"
    assert _speaker(ROE_LATER)[:2] == ("Roe", "Roe")


def test_a_surname_tagged_an_adverb_before_told_is_the_speaker():
    assert VESELY_TOLD[9][2] == "ADV"
    assert _speaker(VESELY_TOLD)[:3] == ("Vesely", "Vesely", "person")


def test_a_portfolio_of_two_fields_is_the_role_not_a_coordination():
    r = resolve([[PORTFOLIO]])
    (q,) = r.quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == ("Steve Darling", "Their work and pensions spokesman")


def test_a_stated_reason_makes_a_loose_description_anonymous_with_reason():
    text, _, kind, level = _speaker(STRATEGISTS)
    assert (text, kind, level) == ("Two Democratic strategists", "anonymous", "anonymous-with-reason")


def test_did_not_wish_to_be_identified_is_a_reason():
    (q,) = resolve([[NOT_WISH]]).quotes
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"
    assert q.speaker.reason == "did not wish to be identified"


def test_a_poll_named_for_its_pollster_speaks_for_it():
    assert _speaker(QUINNIPIAC)[1:] == ("Quinnipiac", "organization", "organization")


def test_observers_from_a_named_body_are_placed():
    assert _speaker(OBSERVERS)[2:] == ("anonymous", "anonymous")


def test_a_body_keeps_the_office_it_serves_and_drops_a_possessor():
    assert _speaker(SHERIFF)[1:3] == ("Shasta County Sheriff's Office", "organization")
    assert _speaker(JUSTICE)[1:3] == ("Justice Department", "organization")


def test_court_documents_name_no_court():
    assert _speaker(COURT_DOCS)[:3] == ("Court documents", "Court documents", "organization")
