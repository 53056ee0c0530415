"""A description by a title's full word is the person the article gave that title, abbreviated or
not ("Gov. Bill Lee ... the governor said": ``title_abbreviations.yaml``, TableBase.role_words);
of several holders, the one whose title has the description's other words ("the Florida senator"
after "Texas Sen. Ted Cruz" and "Florida Sen. Marco Rubio"), and none when no holder's has them
(sources/descriptions.role_holder); a plural title before names joined by "and" is each one's
("Board members Luis Herrera and Anne Whitfield": candidates._shared_title). No model needed: each tree is the shape the shipped parser
produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Gov. Bill Lee declared a state of emergency .
LEE: list[FeatRow] = [
    ("Gov.", "Gov.", "PROPN", 2, "compound", "Number=Sing"),
    ("Bill", "Bill", "PROPN", 2, "compound", "Number=Sing"),
    ("Lee", "Lee", "PROPN", 3, "nsubj", "Number=Sing"),
    ("declared", "declare", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("state", "state", "NOUN", 3, "obj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("emergency", "emergency", "NOUN", 5, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The governor said the roads were closed .
GOVERNOR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("roads", "road", "NOUN", 6, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("closed", "close", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Texas Sen. Ted Cruz spoke on Monday , and Florida Sen. Marco Rubio spoke on Tuesday .
SENATORS: list[FeatRow] = [
    ("Texas", "Texas", "PROPN", 3, "compound", "Number=Sing"),
    ("Sen.", "Sen.", "PROPN", 3, "compound", "Number=Sing"),
    ("Ted", "Ted", "PROPN", 3, "compound", "Number=Sing"),
    ("Cruz", "Cruz", "PROPN", 4, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Monday", "Monday", "PROPN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("Florida", "Florida", "PROPN", 12, "compound", "Number=Sing"),
    ("Sen.", "Sen.", "PROPN", 12, "compound", "Number=Sing"),
    ("Marco", "Marco", "PROPN", 12, "compound", "Number=Sing"),
    ("Rubio", "Rubio", "PROPN", 13, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 15, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 13, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Sen. Ted Cruz spoke on Monday , and Sen. Marco Rubio spoke on Tuesday .
BARE_SENATORS: list[FeatRow] = [
    ("Sen.", "Sen.", "PROPN", 2, "compound", "Number=Sing"),
    ("Ted", "Ted", "PROPN", 2, "compound", "Number=Sing"),
    ("Cruz", "Cruz", "PROPN", 3, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Monday", "Monday", "PROPN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("Sen.", "Sen.", "PROPN", 10, "compound", "Number=Sing"),
    ("Marco", "Marco", "PROPN", 10, "compound", "Number=Sing"),
    ("Rubio", "Rubio", "PROPN", 11, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 13, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 11, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The Florida senator said the plan was weak .
FLORIDA: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Florida", "Florida", "PROPN", 2, "compound", "Number=Sing"),
    ("senator", "senator", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("weak", "weak", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Board members Luis Herrera and Anne Whitfield voted against the plan .
BOARD: list[FeatRow] = [
    ("Board", "Board", "PROPN", 1, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 3, "compound", "Number=Plur"),
    ("Luis", "Luis", "PROPN", 3, "compound", "Number=Sing"),
    ("Herrera", "Herrera", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Anne", "Anne", "PROPN", 6, "compound", "Number=Sing"),
    ("Whitfield", "Whitfield", "PROPN", 3, "conj", "Number=Sing"),
    ("voted", "vote", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Whitfield said the district rushed the decision .
WHITFIELD: list[FeatRow] = [
    ("Whitfield", "Whitfield", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("district", "district", "NOUN", 4, "nsubj", "Number=Sing"),
    ("rushed", "rush", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 4, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# Daria Ostrova beat Iga Kowalska on Wednesday .
BEAT: list[FeatRow] = [
    ("Daria", "Daria", "PROPN", 1, "compound", "Number=Sing"),
    ("Ostrova", "Ostrova", "PROPN", 2, "nsubj", "Number=Sing"),
    ("beat", "beat", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Iga", "Iga", "PROPN", 2, "obj", "Number=Sing"),
    ("Kowalska", "Kowalska", "PROPN", 2, "obj", "Number=Sing"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 2, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# " I was lucky , " Ostrova said .
LUCKY: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("I", "I", "PRON", 3, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("was", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
    ("lucky", "lucky", "ADJ", 7, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("Ostrova", "Ostrova", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Kowalska , who had not dropped a set in the tournament , struggled with her serve .
SERVE: list[FeatRow] = [
    ("Kowalska", "Kowalska", "PROPN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("dropped", "drop", "VERB", 0, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("set", "set", "NOUN", 5, "obj", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("tournament", "tournament", "NOUN", 5, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("struggled", "struggle", "VERB", 5, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 15, "case", ""),
    ("her", "her", "PRON", 15, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("serve", "serve", "NOUN", 12, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# The four - time champion admitted she had been outplayed .
CHAMPION: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("four", "four", "NUM", 3, "nummod", "NumForm=Word|NumType=Card"),
    ("-", "-", "PUNCT", 1, "punct", ""),
    ("time", "time", "NOUN", 4, "compound", "Number=Sing"),
    ("champion", "champion", "NOUN", 5, "nsubj", "Number=Sing"),
    ("admitted", "admit", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 9, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 9, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("outplayed", "outplay", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


def _speaker(*sentences: list[FeatRow]) -> tuple[str | None, str | None]:
    r = resolve([[list(s) for s in sentences]])  # type: ignore[list-item]
    q = r.quotes[-1]
    assert q.speaker is not None
    return q.speaker.name, q.speaker.type


def test_the_governor_is_the_person_titled_gov():
    assert _speaker(LEE, GOVERNOR) == ("Bill Lee", "person")


def test_of_two_senators_the_one_whose_title_names_the_state():
    assert _speaker(SENATORS, FLORIDA) == ("Marco Rubio", "person")


def test_of_two_senators_neither_when_no_title_names_the_state():
    assert _speaker(BARE_SENATORS, FLORIDA) == ("The Florida senator", "anonymous")


def test_a_plural_title_before_two_names_is_the_second_ones_too():
    r = resolve([[BOARD, WHITFIELD]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Anne Whitfield", "Board members")


def test_a_description_after_someone_else_was_written_between_is_not_the_last_speaker():
    # (whatever the parse made of "Kowalska": a surname written between the speaker and the
    # description)
    r = resolve([[BEAT, LUCKY, SERVE, CHAMPION]])  # type: ignore[list-item]
    q = r.quotes[-1]
    assert q.speaker is not None and q.speaker.name != "Daria Ostrova"
