"""A statement speaks for its author: a person's name with it, before or after ("Bill Roe's
stock answer", "a post from Jane Roe": sources.entities._for_owner), speech-act nouns as
statements (noun_cues: answer, petition, words, account, ...), and a copy of a text as the text
("a copy of the letter": sources.statements.copy_of), never unnamed people; and a relative
clause the parse hung on a day is the statement's before it ("an ad Thursday that said":
sources.relatives). Trees the shipped
parser produced for sentences written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Bill Clinton ’s stock answer then — “ I ’ll be alright whatever happens ” — is likely to be repeated .
STOCK_ANSWER: list[FeatRow] = [
    ("Bill", "Bill", "PROPN", 1, "compound", "Number=Sing"),
    ("Clinton", "Clinton", "PROPN", 4, "nmod:poss", "Number=Sing"),
    ("’s", "'s", "PART", 1, "case", ""),
    ("stock", "stock", "NOUN", 4, "compound", "Number=Sing"),
    ("answer", "answer", "NOUN", 17, "nsubj", "Number=Sing"),
    ("then", "then", "ADV", 12, "advmod", "PronType=Dem"),
    ("—", "—", "PUNCT", 5, "punct", ""),
    ("“", '"', "PUNCT", 12, "punct", ""),
    ("I", "I", "PRON", 12, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("’ll", "will", "AUX", 12, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 12, "cop", "VerbForm=Inf"),
    ("alright", "alright", "ADV", 12, "advmod", ""),
    ("whatever", "whatever", "PRON", 13, "nsubj", "PronType=Rel"),
    ("happens", "happen", "VERB", 17, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("”", '"', "PUNCT", 13, "punct", ""),
    ("—", "—", "PUNCT", 17, "punct", ""),
    ("is", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("likely", "likely", "ADV", -1, "root", ""),
    ("to", "to", "PART", 20, "mark", ""),
    ("be", "be", "AUX", 20, "aux:pass", "VerbForm=Inf"),
    ("repeated", "repeat", "VERB", 17, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 17, "punct", ""),
]


# Jane Roe wrote to the chief executive , threatening " a major lawsuit , " according to a copy of the letter .
COPY_OF_LETTER: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("chief", "chief", "ADJ", 6, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 2, "obl", "Degree=Pos"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("threatening", "threaten", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("major", "major", "ADJ", 12, "amod", "Degree=Pos"),
    ("lawsuit", "lawsuit", "NOUN", 8, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ('"', '"', "PUNCT", 18, "punct", ""),
    ("according", "accord", "VERB", 18, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 18, "case", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("copy", "copy", "NOUN", 8, "obl", "Number=Sing"),
    ("of", "of", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("letter", "letter", "NOUN", 18, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# The campaign released an ad Thursday that said the mayor had failed the city .
AD_THURSDAY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("campaign", "campaign", "NOUN", 2, "nsubj", "Number=Sing"),
    ("released", "release", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("ad", "ad", "NOUN", 2, "obj", "Number=Sing"),
    ("Thursday", "Thursday", "PROPN", 2, "obj", "Number=Sing"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 11, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_persons_name_before_the_statement_is_its_author():
    [q] = resolve([[STOCK_ANSWER]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Bill Clinton", "person")


def test_a_copy_of_a_letter_speaks_as_the_letter_not_as_unnamed_people():
    [q] = resolve([[COPY_OF_LETTER]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and q.speaker.text == "a copy of the letter"
    assert (q.speaker.name, q.speaker.type) == ("the letter", "organization")


def test_a_relative_clause_hung_on_a_day_is_the_nouns_before_it():
    # (sources.relatives: "an ad Thursday that said ..." is the ad's statement, not the day's)
    [q] = resolve([[AD_THURSDAY]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("an ad", "organization")
