"""Session 31, sixth batch, on sentences written for the purpose (the trees the shipped parser
gave them; no model needed): a subject noun tagged an adjective of its speech verb ("..., her
representative confirmed on Monday": attribution/retags.py); a clause whose "subject" the parse
took from across the cue ("rejected claims that ..., insisting the budget ... had risen", "many of
whom say the president's claims ... are unfounded": attribution/object_subjects.py); a title
alone behind "the" is a post, not a name ("The Premier said": sources/mentions.py), the named
holder when the article gave one."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# The couple have ended their engagement , her representative confirmed on Monday .
REPRESENTATIVE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("couple", "couple", "NOUN", 3, "nsubj", "Number=Sing"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("ended", "end", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("their", "their", "PRON", 5, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("engagement", "engagement", "NOUN", 3, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("her", "her", "PRON", 9, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("representative", "representative", "ADJ", 9, "amod", "Degree=Pos"),
    ("confirmed", "confirm", "VERB", 3, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Monday", "Monday", "PROPN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The Premier rejected claims that his government had quietly cut funding to regional hospitals , insisting the budget for rural health had risen every year .
REJECTED_INSISTING: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Premier", "Premier", "PROPN", 2, "nsubj", "Number=Sing"),
    ("rejected", "reject", "VERB", 3, "nsubj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("claims", "claim", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("his", "his", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("government", "government", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("quietly", "quietly", "ADV", 9, "advmod", ""),
    ("cut", "cut", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    ("funding", "fund", "VERB", 9, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 13, "case", ""),
    ("regional", "regional", "ADJ", 13, "amod", "Degree=Pos"),
    ("hospitals", "hospital", "NOUN", 10, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("insisting", "insist", "VERB", 9, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 15, "obj", "Number=Sing"),
    ("for", "for", "ADP", 20, "case", ""),
    ("rural", "rural", "ADJ", 20, "amod", "Degree=Pos"),
    ("health", "health", "NOUN", 17, "nmod", "Number=Sing"),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("risen", "risen", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    ("every", "every", "DET", 24, "det", "PronType=Ind"),
    ("year", "year", "NOUN", 22, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# This has not gone over well with family members of 9/ 11 victims , many of whom say the president 's claims about potential retaliation from other foreign governments are unfounded .
MANY_OF_WHOM: list[FeatRow] = [
    ("This", "this", "PRON", 3, "nsubj", "Number=Sing|PronType=Dem"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 3, "advmod", "Polarity=Neg"),
    ("gone", "go", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("over", "over", "ADV", 3, "advmod", ""),
    ("well", "well", "ADV", 3, "advmod", "Degree=Pos"),
    ("with", "with", "ADP", 8, "case", ""),
    ("family", "family", "NOUN", 8, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 3, "obl", "Number=Plur"),
    ("of", "of", "ADP", 12, "case", ""),
    ("9/", "9/", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("11", "11", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("victims", "victim", "NOUN", 8, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("many", "many", "ADJ", 30, "nsubj:pass", "Degree=Pos"),
    ("of", "of", "ADP", 16, "case", ""),
    ("whom", "whom", "PRON", 14, "nmod", "PronType=Rel"),
    ("say", "say", "VERB", 3, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 21, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 19, "case", ""),
    ("claims", "claim", "NOUN", 17, "obj", "Number=Plur"),
    ("about", "about", "ADP", 24, "case", ""),
    ("potential", "potential", "ADJ", 24, "amod", "Degree=Pos"),
    ("retaliation", "retaliation", "NOUN", 21, "nmod", "Number=Sing"),
    ("from", "from", "ADP", 28, "case", ""),
    ("other", "other", "ADJ", 28, "amod", "Degree=Pos"),
    ("foreign", "foreign", "ADJ", 28, "amod", "Degree=Pos"),
    ("governments", "government", "NOUN", 24, "nmod", "Number=Plur"),
    ("are", "be", "AUX", 30, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("unfounded", "unfound", "VERB", 3, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Premier Jane Roe visited the hospital on Monday .
PREMIER_VISITED: list[FeatRow] = [
    ("Premier", "Premier", "PROPN", 2, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 2, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 3, "nsubj", "Number=Sing"),
    ("visited", "visit", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 3, "obj", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Monday", "Monday", "PROPN", 3, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The Premier said the budget had risen .
PREMIER_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Premier", "Premier", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("risen", "risen", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_subject_tagged_an_adjective_of_its_speech_verb_is_the_speaker():
    assert REPRESENTATIVE[8][2] == "ADJ"
    assert sentence_quotes(REPRESENTATIVE) == [
        ("The couple have ended their engagement", "her representative", "indirect", "trailing-cue")
    ]


def test_a_participle_after_a_rejected_claim_reports_its_own_clause():
    quotes = sentence_quotes(REJECTED_INSISTING)
    assert ("the budget for rural health had risen every year", "The Premier", "indirect", "ccomp-cue") in quotes


def test_a_subject_from_across_the_cue_is_the_cues_own_when_it_has_none():
    assert MANY_OF_WHOM[14][4] == "nsubj:pass" and MANY_OF_WHOM[21][4] == "obj"  # ("many", "claims")
    assert sentence_quotes(MANY_OF_WHOM) == [
        (
            "the president 's claims about potential retaliation from other foreign governments are unfounded",
            "many of whom",
            "indirect",
            "ccomp-cue",
        )
    ]


def test_a_title_behind_the_is_a_post_and_its_named_holder():
    (q,) = resolve([[PREMIER_SAID]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("The Premier", "anonymous")
    (q,) = resolve([[PREMIER_VISITED, PREMIER_SAID]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type, q.speaker.role) == (
        "Jane Roe",
        "person",
        "Premier",
    )
