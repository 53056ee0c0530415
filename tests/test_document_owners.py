"""A document's owner named before it after "according to" ("according to Refinitiv data", "according
to the Real Clear Politics average") speaks; a document filed with a named body is a particular one,
not just any ("according to a filing with the Securities and Exchange Commission"); a nation's data
is no body's ("Canadian bond data") (sources/documents.py). No model needed: each tree is the shape
the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# Canadian bond yields fell after the announcement , according to Refinitiv data .
REFINITIV: list[FeatRow] = [
    ("Canadian", "Canadian", "ADJ", 2, "amod", "Degree=Pos"),
    ("bond", "bond", "NOUN", 2, "compound", "Number=Sing"),
    ("yields", "yield", "NOUN", 3, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("after", "after", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("announcement", "announcement", "NOUN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("according", "accord", "VERB", 11, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 11, "case", ""),
    ("Refinitiv", "refinitiv", "ADJ", 11, "amod", "Degree=Pos"),
    ("data", "data", "NOUN", 3, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The company expects to record a charge , according to a filing with the Securities and Exchange Commission .
FILING: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("expects", "expect", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("record", "record", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("charge", "charge", "NOUN", 4, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("according", "accord", "VERB", 11, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("filing", "filing", "NOUN", 4, "obl", "Number=Sing"),
    ("with", "with", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("Securities", "Security", "PROPN", 11, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("Exchange", "Exchange", "PROPN", 14, "conj", "Number=Sing"),
    ("Commission", "Commission", "PROPN", 14, "conj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Yields fell , according to Canadian bond data .
CANADIAN: list[FeatRow] = [
    ("Yields", "yield", "NOUN", 1, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("according", "accord", "VERB", 7, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 7, "case", ""),
    ("Canadian", "Canadian", "ADJ", 7, "amod", "Degree=Pos"),
    ("bond", "bond", "NOUN", 7, "compound", "Number=Sing"),
    ("data", "data", "NOUN", 1, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def _speaker(rows: list[FeatRow]) -> tuple[str | None, str | None, str | None]:
    [q] = resolve([[rows]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None
    return q.speaker.name, q.speaker.type, q.speaker.anonymity


def test_the_owner_named_before_a_document_after_according_to_speaks():
    assert _speaker(REFINITIV) == ("Refinitiv", "organization", "organization")


def test_a_document_filed_with_a_named_body_is_a_particular_one():
    assert _speaker(FILING)[1:] == ("organization", "organization")


def test_a_nations_data_is_no_bodys():
    assert _speaker(CANADIAN)[0] != "Canadian"


# The company intends to appeal, according to a filing lodged by Quillpay with the court this week.
LODGED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("intends", "intend", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("appeal", "appeal", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("according", "accord", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("filing", "filing", "NOUN", 4, "obl", "Number=Sing"),
    ("lodged", "lodge", "VERB", 9, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 12, "case", ""),
    ("Quillpay", "Quillpay", "PROPN", 10, "obl:agent", "Number=Sing"),
    ("with", "with", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 10, "obl", "Number=Sing"),
    ("this", "this", "DET", 17, "det", "Number=Sing|PronType=Dem"),
    ("week", "week", "NOUN", 15, "nmod:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The filing argues that the regulator overstated the risk.
FILING_ARGUES: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("filing", "filing", "NOUN", 2, "nsubj", "Number=Sing"),
    ("argues", "argue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("regulator", "regulator", "NOUN", 6, "nsubj", "Number=Sing"),
    ("overstated", "overstate", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("risk", "risk", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_the_document_named_before_with_its_owner_speaks_for_that_owner():
    # (session 48: "a filing lodged by Quillpay ... The filing argues": the bare definite document
    # is the one just named, whose owner speaks; the sentences are one paragraph)
    r = resolve([[LODGED, FILING_ARGUES]])
    q = r.quotes[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Quillpay", "organization")


# The lawsuit, filed in the U.S. District Court for the Northern District of Texas by the National Council of Long-Term Care Providers and 11 of its state affiliates, argues that CMS exceeded its authority.
LAWSUIT_FILED_BY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("lawsuit", "lawsuit", "NOUN", 32, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("filed", "file", "VERB", 32, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("U.S.", "U.S.", "PROPN", 8, "compound", "Number=Sing"),
    ("District", "District", "PROPN", 8, "compound", "Number=Sing"),
    ("Court", "Court", "PROPN", 3, "obl", "Number=Sing"),
    ("for", "for", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Northern", "Northern", "ADJ", 12, "amod", "Degree=Pos"),
    ("District", "District", "PROPN", 8, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("Texas", "Texas", "PROPN", 12, "nmod", "Number=Sing"),
    ("by", "by", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("National", "National", "ADJ", 18, "amod", "Degree=Pos"),
    ("Council", "Council", "PROPN", 12, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 24, "case", ""),
    ("Long", "Long", "ADJ", 24, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 20, "punct", ""),
    ("##Term", "Term", "PROPN", 24, "compound", "Number=Sing"),
    ("Care", "Care", "PROPN", 24, "compound", "Number=Sing"),
    ("Providers", "Provider", "PROPN", 18, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 26, "cc", ""),
    ("11", "11", "NUM", 24, "conj", "NumForm=Digit|NumType=Card"),
    ("of", "of", "ADP", 30, "case", ""),
    ("its", "its", "PRON", 30, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("state", "state", "NOUN", 30, "compound", "Number=Sing"),
    ("affiliates", "affiliate", "NOUN", 24, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("argues", "argue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 35, "mark", ""),
    ("CMS", "CMS", "PROPN", 35, "nsubj", "Number=Sing"),
    ("exceeded", "exceed", "VERB", 32, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 37, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("authority", "authority", "NOUN", 35, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 32, "punct", ""),
]


def test_a_court_filing_is_the_filers_and_an_initials_stop_does_not_end_the_phrase():
    # (session 49: "filed ... by" names the maker, before the court's place "of Texas"; "U.S." has
    # stops inside the phrase)
    q = resolve([[LAWSUIT_FILED_BY]]).quotes[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type) == ("National Council of Long-Term Care Providers", "organization")


# A report released last month by the city's Office of Economic Analysis found that the expansion could reduce new construction.
CITYS_OFFICE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 13, "nsubj", "Number=Sing"),
    ("released", "release", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("last", "last", "ADJ", 4, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 2, "obj", "Number=Sing"),
    ("by", "by", "ADP", 9, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 9, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 7, "case", ""),
    ("Office", "Office", "PROPN", 4, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("Economic", "economic", "ADJ", 12, "amod", "Degree=Pos"),
    ("Analysis", "Analysis", "PROPN", 9, "nmod", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("expansion", "expansion", "NOUN", 18, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 18, "aux", "VerbForm=Fin"),
    ("reduce", "reduce", "VERB", 13, "ccomp", "VerbForm=Inf"),
    ("new", "new", "ADJ", 20, "amod", "Degree=Pos"),
    ("construction", "construction", "NOUN", 18, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_a_document_by_a_jurisdictions_named_body_is_that_bodys():
    q = resolve([[CITYS_OFFICE]]).quotes[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type, q.speaker.anonymity) == (
        "Office of Economic Analysis",
        "organization",
        "organization",
    )


# The latest quarterly filing states that the company "may pursue strategic transactions."
FILING_STATES: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("latest", "late", "ADJ", 4, "amod", "Degree=Sup"),
    ("quarterly", "quarterly", "ADV", 3, "advmod", ""),
    ("filing", "file", "VERB", 4, "amod", "VerbForm=Ger"),
    ("states", "state", "NOUN", 10, "nsubj", "Number=Plur"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 10, "nsubj", "Number=Sing"),
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("##may", "may", "AUX", 10, "aux", "VerbForm=Fin"),
    ("pursue", "pursue", "VERB", -1, "root", "VerbForm=Inf"),
    ("strategic", "strategic", "ADJ", 12, "amod", "Degree=Pos"),
    ("transactions", "transaction", "NOUN", 10, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
]
# Meridian's latest quarterly filing with the Securities and Exchange Commission states that the company "may pursue strategic transactions."
FILING_WITH_SEC: list[FeatRow] = [
    ("Meridian", "Meridian", "PROPN", 4, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("latest", "late", "ADJ", 4, "amod", "Degree=Sup"),
    ("quarterly", "quarterly", "ADV", 4, "advmod", "Degree=Pos"),
    ("filing", "file", "VERB", 11, "advcl", "Tense=Pres|VerbForm=Part"),
    ("with", "with", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Securities", "Security", "PROPN", 4, "obl", "Number=Plur"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Exchange", "Exchange", "PROPN", 10, "compound", "Number=Sing"),
    ("Commission", "Commission", "PROPN", 7, "conj", "Number=Sing"),
    ("states", "state", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 17, "nsubj", "Number=Sing"),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("##may", "may", "AUX", 17, "aux", "VerbForm=Fin"),
    ("pursue", "pursue", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("strategic", "strategic", "ADJ", 19, "amod", "Degree=Pos"),
    ("transactions", "transaction", "NOUN", 17, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
    ('##"', '"', "PUNCT", 17, "punct", ""),
]


def test_a_documents_speech_verb_read_as_the_reports_subject_and_a_document_read_as_a_clause():
    # (session 49: "filing" tagged a verb, "states" a noun, the subject of "pursue"; and "filing"
    # an adverbial clause of "states", which had no subject)
    for rows in (FILING_STATES, FILING_WITH_SEC):
        q = resolve([[rows]]).quotes[0]
        assert q.cue is not None and q.cue.text == "states"
        assert q.speaker is not None and q.speaker.type == "organization" and "filing" in q.speaker.text


# Only 64 farmers have been paid, according to figures the agriculture ministry sent to parliament on Tuesday.
MINISTRY_SENT: list[FeatRow] = [
    ("Only", "only", "ADV", 5, "advmod", ""),
    ("64", "64", "NUM", 2, "nummod", "NumForm=Digit|NumType=Card"),
    ("farmers", "farmer", "NOUN", 5, "nsubj:pass", "Number=Plur"),
    ("have", "have", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 5, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("paid", "pay", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("according", "accord", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 9, "case", ""),
    ("figures", "figure", "NOUN", 13, "obl", "Number=Plur"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("agriculture", "agriculture", "NOUN", 12, "compound", "Number=Sing"),
    ("ministry", "ministry", "NOUN", 13, "nsubj", "Number=Sing"),
    ("sent", "send", "VERB", 5, "conj", "Person=3|Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 15, "case", ""),
    ("parliament", "parliament", "NOUN", 13, "obl", "Number=Sing"),
    ("on", "on", "ADP", 17, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 15, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# The Florida Office of Insurance Regulation approved the plan.
BOARD: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Florida", "Florida", "PROPN", 2, "compound", "Number=Sing"),
    ("Office", "Office", "PROPN", 6, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("Insurance", "Insurance", "PROPN", 5, "compound", "Number=Sing"),
    ("Regulation", "Regulation", "PROPN", 2, "nmod", "Number=Sing"),
    ("approved", "approve", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# Coastline Mutual will withdraw from the market, according to a consent order posted on the office's website.
ORDER_POSTED: list[FeatRow] = [
    ("Coastline", "Coastline", "PROPN", 1, "compound", "Number=Sing"),
    ("Mutual", "Mutual", "PROPN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("withdraw", "withdraw", "VERB", -1, "root", "VerbForm=Inf"),
    ("from", "from", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("market", "market", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("according", "accord", "VERB", 12, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("consent", "consent", "ADJ", 12, "amod", "Degree=Pos"),
    ("order", "order", "NOUN", 13, "obl", "Number=Sing"),
    ("posted", "post", "VERB", 3, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 18, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("office", "office", "NOUN", 18, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 16, "case", ""),
    ("website", "website", "NOUN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# The Duluth school district said classes would resume.
DISTRICT_SAID: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Duluth", "Duluth", "PROPN", 3, "compound", "Number=Sing"),
    ("school", "school", "NOUN", 3, "compound", "Number=Sing"),
    ("district", "district", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("classes", "class", "NOUN", 7, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("resume", "resume", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Class sizes have grown to 31 students, according to district figures.
DISTRICT_FIGURES: list[FeatRow] = [
    ("Class", "class", "NOUN", 1, "compound", "Number=Sing"),
    ("sizes", "size", "NOUN", 3, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("grown", "grow", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", 6, "case", ""),
    ("31", "31", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("students", "student", "NOUN", 3, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("according", "accord", "VERB", 10, "mark", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 10, "mark", ""),
    ("district", "district", "VERB", 3, "advcl", "VerbForm=Inf"),
    ("figures", "figure", "NOUN", 10, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_body_that_sent_or_posted_the_document_speaks_for_it():
    # (session 50: "sent" was not a verb of putting out a document; a website's owner was not read)
    q = resolve([[MINISTRY_SENT]]).quotes[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("the agriculture ministry", "organization")
    q = resolve([[BOARD, ORDER_POSTED]]).quotes[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.anonymity) == ("Florida Office of Insurance Regulation", "organization")


def test_a_bodys_noun_read_as_a_verb_after_according_to_is_the_documents_owner():
    # (session 50: "district" tagged a verb with "figures" its object; the figures were nobody's)
    q = resolve([[DISTRICT_SAID], [DISTRICT_FIGURES]]).quotes[1]
    assert q.cue is not None and q.cue.text == "according"
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.anonymity) == ("Duluth school district", "organization")


# The latest figures from the Department of Housing show that 15,580 people were living in emergency accommodation.
LATEST_FIGURES: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("latest", "late", "ADJ", 2, "amod", "Degree=Sup"),
    ("figures", "figure", "NOUN", 8, "nsubj", "Number=Plur"),
    ("from", "from", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Department", "Department", "PROPN", 2, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("Housing", "Housing", "PROPN", 5, "nmod", "Number=Sing"),
    ("show", "show", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("15,580", "15580", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 13, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 13, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("living", "live", "VERB", 8, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("in", "in", "ADP", 16, "case", ""),
    ("emergency", "emergency", "NOUN", 16, "compound", "Number=Sing"),
    ("accommodation", "accommodation", "NOUN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]
# Senior figures from the party said they were worried.
SENIOR_FIGURES: list[FeatRow] = [
    ("Senior", "senior", "ADJ", 1, "amod", "Degree=Pos"),
    ("figures", "figure", "NOUN", 5, "nsubj", "Number=Plur"),
    ("from", "from", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 8, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("worried", "worry", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def test_a_plural_the_lexicon_lists_shows_a_finding_and_recency_does_not_make_figures_people():
    # (session 50: "figures" has the lemma "figure", which document_nouns does not list, so "show"
    # found nothing; and "latest" was read as a rank of people, as "senior" is)
    q = resolve([[LATEST_FIGURES]]).quotes[0]
    assert q.cue is not None and q.cue.text == "show" and q.rule == "finding-cue"
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Department of Housing", "organization")
    q = resolve([[SENIOR_FIGURES]]).quotes[0]
    assert q.speaker is not None and q.speaker.type == "anonymous"


# The university cancelled the event, according to an email seen by The Observer.
EMAIL_SEEN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("university", "university", "NOUN", 2, "nsubj", "Number=Sing"),
    ("cancelled", "cancel", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("event", "event", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("according", "accord", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 9, "case", ""),
    ("an", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("email", "email", "NOUN", 2, "obl", "Number=Sing"),
    ("seen", "see", "VERB", 9, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 13, "case", ""),
    ("The", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Observer", "Observer", "PROPN", 10, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# But according to reports emerging in the news media, he could not convince the family.
REPORTS_EMERGING: list[FeatRow] = [
    ("But", "but", "CCONJ", 13, "cc", ""),
    ("according", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("reports", "report", "NOUN", 13, "obl", "Number=Plur"),
    ("emerging", "emerge", "VERB", 13, "advcl", "VerbForm=Ger"),
    ("in", "in", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("news", "news", "NOUN", 8, "compound", "Number=Sing"),
    ("media", "media", "NOUN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("could", "could", "AUX", 13, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 13, "advmod", "Polarity=Neg"),
    ("convince", "convince", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 13, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_a_document_a_past_participle_picks_out_is_a_particular_one_not_any():
    # (session 50: "an email seen by The Observer" is one body's email, not "one report")
    q = resolve([[EMAIL_SEEN]]).quotes[0]
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "organization")
    q = resolve([[REPORTS_EMERGING]]).quotes[0]
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "vague")


# An internal report presented to TDSB trustees in June found that 112 of the board's 583 schools have no mechanical ventilation at all.
REPORT_PRESENTED: list[FeatRow] = [
    ("An", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("internal", "internal", "ADJ", 2, "amod", "Degree=Pos"),
    ("report", "report", "NOUN", 3, "nsubj", "Number=Sing"),
    ("presented", "present", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 6, "case", ""),
    ("TDSB", "tdsb", "VERB", 6, "amod", "VerbForm=Inf"),
    ("trustees", "trustee", "NOUN", 3, "obl", "Number=Plur"),
    ("in", "in", "ADP", 8, "case", ""),
    ("June", "June", "PROPN", 9, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("112", "112", "NUM", 18, "nsubj", "NumForm=Digit|NumType=Card"),
    ("of", "of", "ADP", 17, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 17, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 14, "case", ""),
    ("583", "583", "NUM", 17, "nummod", "NumForm=Digit|NumType=Card"),
    ("schools", "school", "NOUN", 11, "nmod", "Number=Plur"),
    ("have", "have", "VERB", 9, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("no", "no", "DET", 21, "det", "PronType=Neg"),
    ("mechanical", "mechanical", "ADJ", 21, "amod", "Degree=Pos"),
    ("ventilation", "ventilation", "NOUN", 18, "obj", "Number=Sing"),
    ("at", "at", "ADP", 23, "case", ""),
    ("all", "all", "DET", 21, "nmod", "PronType=Tot"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_documents_finding_after_its_participles_phrase_is_the_documents():
    # (session 50: "presented" was the root, "June" the subject of "found"; an internal report is
    # a body's own paper)
    ((text, speaker, kind, rule),) = sentence_quotes(REPORT_PRESENTED)
    assert (text, speaker, rule) == (
        "that 112 of the board's 583 schools have no mechanical ventilation at all",
        "An internal report",
        "finding-cue",
    )
    q = resolve([[REPORT_PRESENTED]]).quotes[0]
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "organization")


# A release sent to media from UFCW Local 832 late Friday said a majority of the 68 workers at the Sherbrook Street Stella's location said yes to joining the union.
UFCW_RELEASE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("release", "release", "NOUN", 2, "nsubj", "Number=Sing"),
    ("sent", "send", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("media", "media", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("from", "from", "ADP", 8, "case", ""),
    ("UFCW", "UFCW", "PROPN", 8, "compound", "Number=Sing"),
    ("Local", "local", "PROPN", 8, "compound", "Number=Sing"),
    ("832", "832", "PROPN", 4, "obl", "Number=Sing"),
    ("late", "late", "ADJ", 10, "amod", "Degree=Pos"),
    ("Friday", "Friday", "PROPN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("majority", "majority", "NOUN", 11, "obj", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("68", "68", "NUM", 17, "nummod", "NumForm=Digit|NumType=Card"),
    ("workers", "worker", "NOUN", 13, "nmod", "Number=Plur"),
    ("at", "at", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("Sherbrook", "Sherbrook", "PROPN", 24, "compound", "Number=Sing"),
    ("Street", "Street", "PROPN", 22, "compound", "Number=Sing"),
    ("Stella", "Stella", "PROPN", 24, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 22, "case", ""),
    ("location", "location", "NOUN", 25, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("yes", "yes", "INTJ", 28, "discourse", "Polarity=Pos"),
    ("to", "to", "SCONJ", 28, "mark", ""),
    ("joining", "join", "VERB", 25, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 28, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_second_report_after_the_documents_is_not_read_as_the_documents_finding():
    # (guard for the session 50 participle repair: "... at the Sherbrook Street Stella's location
    # said yes" is the workers' report inside the release's, not the release's own verb)
    quotes = sentence_quotes(UFCW_RELEASE)
    assert quotes[0][0].startswith("a majority of the 68 workers") and quotes[0][1] == "A release"


# The grand jury's presentment alleges that Huebner changed the recorded receipt dates.
PRESENTMENT: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("grand", "grand", "ADJ", 2, "amod", "Degree=Pos"),
    ("jury", "jury", "NOUN", 4, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 2, "case", ""),
    ("presentment", "presentment", "NOUN", 5, "nsubj", "Number=Sing"),
    ("alleges", "allege", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("Huebner", "Huebner", "PROPN", 8, "nsubj", "Number=Sing"),
    ("changed", "change", "VERB", 5, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("recorded", "record", "VERB", 12, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("receipt", "receipt", "NOUN", 12, "compound", "Number=Sing"),
    ("dates", "date", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def test_a_grand_jurys_presentment_is_a_document_of_the_jury():
    q = resolve([[PRESENTMENT]]).quotes[0]
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "organization")


# The lawsuit, filed in the 32nd Judicial District Court by the Houma firm Thibodeaux & Landry, accuses the insurer of altering reports.
HOUMA_FIRM: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("lawsuit", "lawsuit", "NOUN", 18, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("filed", "file", "VERB", 18, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("32nd", "32nd", "ADJ", 9, "amod", "Degree=Pos|NumForm=Combi|NumType=Ord"),
    ("Judicial", "judicial", "ADJ", 9, "amod", "Degree=Pos"),
    ("District", "District", "PROPN", 9, "compound", "Number=Sing"),
    ("Court", "Court", "PROPN", 3, "obl", "Number=Sing"),
    ("by", "by", "ADP", 14, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Houma", "Houma", "PROPN", 13, "compound", "Number=Sing"),
    ("firm", "firm", "NOUN", 14, "compound", "Number=Sing"),
    ("Thibodeaux", "Thibodeaux", "PROPN", 9, "nmod", "Number=Sing"),
    ("&", "&", "CCONJ", 16, "cc", ""),
    ("Landry", "Landry", "PROPN", 14, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("accuses", "accuse", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("insurer", "insurer", "NOUN", 18, "obj", "Number=Sing"),
    ("of", "of", "ADP", 23, "case", ""),
    ("altering", "alter", "VERB", 23, "amod", "VerbForm=Ger"),
    ("reports", "report", "NOUN", 20, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]


def test_a_firm_named_with_its_place_files_the_suit():
    # (session 50: "the Houma firm" had made the place the filer)
    q = resolve([[HOUMA_FIRM]]).quotes[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Thibodeaux & Landry", "organization")
