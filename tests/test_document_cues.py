"""A document's speech verb the tagger read as a plural noun ("An FBI affidavit filed in the case
states that agents recorded ...", "The filing states that ...") is the document's report; "the
states that voted" is the noun (attribution/document_cues.py; session 46, from fresh articles).
The trees are the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import sentence_quotes

# A Government Order issued late on Wednesday states that salaries of teachers who stay away from work will be deducted.
ORDER: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("Government", "government", "NOUN", 2, "compound", "Number=Sing"),
    ("Order", "Order", "PROPN", 3, "nsubj", "Number=Sing"),
    ("issued", "issue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("late", "late", "ADJ", 3, "obj", "Degree=Pos"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 7, "compound", "Number=Sing"),
    ("states", "state", "NOUN", 3, "obl", "Number=Plur"),
    ("that", "that", "PRON", 19, "mark", "PronType=Rel"),
    ("salaries", "salary", "NOUN", 19, "nsubj:pass", "Number=Plur"),
    ("of", "of", "ADP", 11, "case", ""),
    ("teachers", "teacher", "NOUN", 9, "nmod", "Number=Plur"),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("stay", "stay", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("away", "away", "ADV", 13, "advmod", ""),
    ("from", "from", "ADP", 16, "case", ""),
    ("work", "work", "NOUN", 19, "nsubj:pass", "Number=Sing"),
    ("will", "will", "AUX", 19, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 19, "aux:pass", "VerbForm=Inf"),
    ("deducted", "deduct", "VERB", 3, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# An FBI affidavit filed in the case states that agents recorded more than 40 phone calls.
AFFIDAVIT: list[FeatRow] = [
    ("An", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("FBI", "FBI", "PROPN", 2, "compound", "Number=Sing"),
    ("affidavit", "affidavit", "NOUN", 3, "nsubj", "Number=Sing"),
    ("filed", "file", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 7, "compound", "Number=Sing"),
    ("states", "state", "NOUN", 3, "obl", "Number=Plur"),
    ("that", "that", "PRON", 10, "nsubj:pass", "PronType=Rel"),
    ("agents", "agent", "NOUN", 10, "nsubj", "Number=Plur"),
    ("recorded", "record", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("more", "more", "ADV", 10, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 15, "case", ""),
    ("40", "40", "NUM", 15, "nummod", "NumForm=Digit|NumType=Card"),
    ("phone", "phone", "NOUN", 15, "compound", "Number=Sing"),
    ("calls", "call", "NOUN", 10, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The filing states that Kent replied to the email within an hour.
FILING: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("filing", "file", "VERB", 2, "amod", "VerbForm=Ger"),
    ("states", "state", "NOUN", -1, "root", "Number=Plur"),
    ("that", "that", "PRON", 5, "obj", "PronType=Rel"),
    ("Kent", "Kent", "PROPN", 5, "nsubj", "Number=Sing"),
    ("replied", "reply", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("email", "email", "NOUN", 5, "obl", "Number=Sing"),
    ("within", "within", "ADP", 11, "case", ""),
    ("an", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("hour", "hour", "NOUN", 5, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Turnout rose in the states that voted early.
STATES_NOUN: list[FeatRow] = [
    ("Turnout", "Turnout", "PROPN", 1, "nsubj", "Number=Sing"),
    ("rose", "rise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("states", "state", "NOUN", 1, "obl", "Number=Plur"),
    ("that", "that", "PRON", 6, "nsubj", "PronType=Rel"),
    ("voted", "vote", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("early", "early", "ADJ", 6, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The audit covered prisons in 12 states that officials ignored.
AUDIT_STATES: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("audit", "audit", "NOUN", 2, "nsubj", "Number=Sing"),
    ("covered", "cover", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("prisons", "prison", "NOUN", 2, "obj", "Number=Plur"),
    ("in", "in", "ADP", 6, "case", ""),
    ("12", "12", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("states", "state", "NOUN", 2, "obl", "Number=Plur"),
    ("that", "that", "PRON", 9, "obj", "PronType=Rel"),
    ("officials", "official", "NOUN", 9, "nsubj", "Number=Plur"),
    ("ignored", "ignore", "VERB", 6, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_document_named_before_its_participle_states_that():
    [(text, speaker, _, _)] = sentence_quotes(AFFIDAVIT)
    assert text.startswith("that agents recorded") and "FBI" in speaker


def test_a_document_whose_clause_the_parse_made_a_conjunct_states_that():
    [(text, speaker, _, _)] = sentence_quotes(ORDER)
    assert text.startswith("that salaries of teachers") and text.endswith("deducted") and "Government Order" in speaker


def test_a_document_right_before_the_word_states_that():
    [(text, speaker, _, _)] = sentence_quotes(FILING)
    assert (text, speaker) == ("that Kent replied to the email within an hour", "The filing")


def test_guard_the_states_that_voted_are_the_noun():
    assert sentence_quotes(STATES_NOUN) == []
    assert sentence_quotes(AUDIT_STATES) == []
