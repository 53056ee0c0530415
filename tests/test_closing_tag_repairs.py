"""A closing cue the tagger read as a noun or as two verbs (no model needed): tag_repairs's
closing_verb_read_as_noun ("..., the council's data show." with "show" a noun and "data" its
compound) and document_noun_read_as_verb ("..., Federal Election Commission records show." with
"records" a verb). Each tree is the shipped parser's for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

PRES = "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [(q.text, (q.speaker.text if q.speaker else "")) for q in r.quotes]


# "Most of the donors came from the energy industry , the council 's data show ."
DATA_SHOW: list[FeatRow] = [
    ("Most", "most", "ADJ", 4, "nsubj", "Degree=Sup"),
    ("of", "of", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("donors", "donor", "NOUN", 0, "nmod", "Number=Plur"),
    ("came", "come", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("from", "from", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("energy", "energy", "NOUN", 8, "compound", "Number=Sing"),
    ("industry", "industry", "NOUN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 14, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 11, "case", ""),
    ("data", "data", "NOUN", 14, "compound", "Number=Sing"),
    ("show", "show", "NOUN", 4, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# "People who skip breakfast are more likely to snack late at night , researchers report ."
RESEARCHERS_REPORT: list[FeatRow] = [
    ("People", "person", "NOUN", 6, "nsubj", "Number=Plur"),
    ("who", "who", "PRON", 2, "nsubj", "PronType=Rel"),
    ("skip", "skip", "VERB", 0, "acl:relcl", PRES),
    ("breakfast", "breakfast", "NOUN", 2, "obj", "Number=Sing"),
    ("are", "be", "AUX", 6, "cop", PRES),
    ("more", "more", "ADV", 6, "advmod", "Degree=Cmp"),
    ("likely", "likely", "ADJ", -1, "root", "Degree=Pos"),
    ("to", "to", "PART", 8, "mark", ""),
    ("snack", "snack", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("late", "late", "ADJ", 8, "obj", "Degree=Pos"),
    ("at", "at", "ADP", 11, "case", ""),
    ("night", "night", "NOUN", 8, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("researchers", "researcher", "NOUN", 14, "compound", "Number=Plur"),
    ("report", "report", "NOUN", 11, "conj", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# "Several lobbyists have helped fund the committee working on the senator 's behalf , Federal
# Election Commission records show ."
RECORDS_SHOW: list[FeatRow] = [
    ("Several", "several", "ADJ", 1, "amod", "Degree=Pos"),
    ("lobbyists", "lobbyist", "NOUN", 3, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 3, "aux", PRES),
    ("helped", "help", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("fund", "fund", "NOUN", 3, "obj", "Number=Sing"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 3, "obj", "Number=Sing"),
    ("working", "work", "VERB", 6, "acl", "VerbForm=Ger"),
    ("on", "on", "ADP", 12, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("senator", "senator", "NOUN", 12, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 10, "case", ""),
    ("behalf", "behalf", "NOUN", 7, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("Federal", "Federal", "ADJ", 16, "amod", "Degree=Pos"),
    ("Election", "Election", "PROPN", 16, "compound", "Number=Sing"),
    ("Commission", "Commission", "PROPN", 17, "nsubj", "Number=Sing"),
    ("records", "record", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("show", "show", "VERB", 3, "conj", PRES),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_finding_verb_read_as_a_noun_closes_the_sentence_with_its_document():
    assert _quotes(DATA_SHOW) == [("Most of the donors came from the energy industry", "the council 's data")]


def test_a_speech_verb_read_as_a_noun_after_people_closes_the_sentence():
    assert _quotes(RESEARCHERS_REPORT) == [
        ("People who skip breakfast are more likely to snack late at night", "researchers")
    ]


def test_a_document_noun_read_as_a_verb_is_the_finding_s_subject():
    assert _quotes(RECORDS_SHOW) == [
        (
            "Several lobbyists have helped fund the committee working on the senator 's behalf",
            "Federal Election Commission records",
        )
    ]


def test_a_noun_phrase_ending_the_sentence_without_a_comma_is_no_cue():
    # "She produced the annual survey shows ." (hand-built: "shows" a noun, the object)
    rows: list[FeatRow] = [
        ("She", "she", "PRON", 1, "nsubj", ""),
        ("produced", "produce", "VERB", -1, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 5, "det", ""),
        ("annual", "annual", "ADJ", 5, "amod", ""),
        ("survey", "survey", "NOUN", 5, "compound", "Number=Sing"),
        ("shows", "show", "NOUN", 1, "obj", "Number=Plur"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == []


def test_a_place_s_noun_before_a_closing_noun_is_no_speaker():
    # "Crowds lined the streets , the city 's road shows ." (hand-built): "road" is no document
    rows: list[FeatRow] = [
        ("Crowds", "crowd", "NOUN", 1, "nsubj", "Number=Plur"),
        ("lined", "line", "VERB", -1, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 3, "det", ""),
        ("streets", "street", "NOUN", 1, "obj", "Number=Plur"),
        (",", ",", "PUNCT", 9, "punct", ""),
        ("the", "the", "DET", 6, "det", ""),
        ("city", "city", "NOUN", 9, "nmod:poss", "Number=Sing"),
        ("'s", "'s", "PART", 6, "case", ""),
        ("road", "road", "NOUN", 9, "compound", "Number=Sing"),
        ("shows", "show", "NOUN", 3, "appos", "Number=Plur"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == []
