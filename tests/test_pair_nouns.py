"""A pair noun after names given together speaks for all of them: "Ann Okoro and her husband,
Tunde Okoro, opened ... The couple said", "Police arrested Mark Reed and Paul Dunn ... The two men
said" (sources/together.py, rules/lexicons/pair_nouns.yaml), or the last two people named as
subjects when no coordination names them ("Chinwe Okafor runs the kitchen. Her husband, Emeka
Okafor, handles the money. The couple said", "Both said"), and a "they" right after people who
spoke together is all of them again; a noun whose number disagrees ("the
trio" after two names) or that says nothing of the group ("the men") is not linked. No model
needed: each tree is the shape the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Ann Okoro and her husband , Tunde Okoro , opened the bakery in 2019 .
COUPLE: list[FeatRow] = [
    ("Ann", "Ann", "PROPN", 1, "compound", "Number=Sing"),
    ("Okoro", "Okoro", "PROPN", 9, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("her", "her", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("husband", "husband", "NOUN", 1, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("Tunde", "Tunde", "PROPN", 7, "compound", "Number=Sing"),
    ("Okoro", "Okoro", "PROPN", 4, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("opened", "open", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("bakery", "bakery", "NOUN", 9, "obj", "Number=Sing"),
    ("in", "in", "ADP", 13, "case", ""),
    ("2019", "2019", "NUM", 9, "obl", "NumForm=Digit|NumType=Card"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# The couple said they would expand next year .
COUPLE_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("couple", "couple", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("expand", "expand", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("next", "next", "ADJ", 7, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 5, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Police arrested Mark Reed and Paul Dunn on Friday .
ARREST: list[FeatRow] = [
    ("Police", "Police", "PROPN", 1, "nsubj", "Number=Sing"),
    ("arrested", "arrest", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Mark", "Mark", "PROPN", 3, "compound", "Number=Sing"),
    ("Reed", "Reed", "PROPN", 1, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("Paul", "Paul", "PROPN", 3, "conj", "Number=Sing"),
    ("Dunn", "Dunn", "PROPN", 3, "conj", "Number=Sing"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Friday", "Friday", "PROPN", 1, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The two men said they were innocent .
TWO_MEN: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("men", "man", "NOUN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 6, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 6, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("innocent", "innocent", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The trio said they were innocent .
TRIO: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("trio", "trio", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("innocent", "innocent", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The men said they were innocent .
MEN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("men", "man", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("innocent", "innocent", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Chinwe Okafor runs the kitchen .
KITCHEN: list[FeatRow] = [
    ("Chinwe", "Chinwe", "PROPN", 1, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 2, "nsubj", "Number=Sing"),
    ("runs", "run", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("kitchen", "kitchen", "NOUN", 2, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Her husband , Emeka Okafor , handles the money .
MONEY: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("husband", "husband", "NOUN", 6, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Emeka", "Emeka", "PROPN", 1, "appos", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("handles", "handle", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("money", "money", "NOUN", 6, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# The couple said they arrived in Britain in 2004 .
ARRIVED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("couple", "couple", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("arrived", "arrive", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Britain", "Britain", "PROPN", 4, "obl", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("2004", "2004", "NUM", 4, "obl", "NumForm=Digit|NumType=Card"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Both said they were not ready to expand .
BOTH: list[FeatRow] = [
    ("Both", "both", "DET", 1, "nsubj", "PronType=Tot"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("ready", "ready", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 7, "mark", ""),
    ("expand", "expand", "VERB", 5, "xcomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# The city council said it was proud of them .
COUNCIL: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 2, "compound", "Number=Sing"),
    ("council", "council", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 6, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("proud", "proud", "ADJ", 3, "ccomp", "Degree=Pos"),
    ("of", "of", "ADP", 8, "case", ""),
    ("them", "they", "PRON", 6, "obl", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The couple said they would retire soon .
RETIRE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("couple", "couple", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("retire", "retire", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("soon", "soon", "ADV", 5, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# " We will see , " they said .
SEE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("see", "see", "VERB", 7, "ccomp", "VerbForm=Inf"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("they", "they", "PRON", 7, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


# Senator Patricia Hollings led the talks with Senator Raymond Okafor .
LED: list[FeatRow] = [
    ("Senator", "Senator", "PROPN", 2, "compound", "Number=Sing"),
    ("Patricia", "Patricia", "PROPN", 2, "compound", "Number=Sing"),
    ("Hollings", "Holling", "PROPN", 3, "nsubj", "Number=Plur"),
    ("led", "lead", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 3, "obj", "Number=Plur"),
    ("with", "with", "ADP", 9, "case", ""),
    ("Senator", "Senator", "PROPN", 9, "compound", "Number=Sing"),
    ("Raymond", "Raymond", "PROPN", 9, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 3, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Senators Hollings and Okafor said they would meet again on Wednesday .
SENATORS: list[FeatRow] = [
    ("Senators", "senator", "NOUN", 4, "nsubj", "Number=Plur"),
    ("Hollings", "Holling", "PROPN", 4, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Okafor", "Okafor", "PROPN", 1, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 7, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("meet", "meet", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("again", "again", "ADV", 7, "advmod", ""),
    ("on", "on", "ADP", 10, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 7, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Doctors Without Borders said the clinic was full .
MSF: list[FeatRow] = [
    ("Doctors", "doctor", "NOUN", 3, "nsubj", "Number=Plur"),
    ("Without", "without", "ADP", 2, "case", ""),
    ("Borders", "Borders", "PROPN", 0, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("clinic", "clinic", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("full", "full", "ADJ", 3, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def _speakers(*sentences: list[FeatRow]) -> list[tuple[str | None, list[str], str | None]]:
    """Each quote's speaker name, the names of all its speakers, and how the mention was linked."""
    r = resolve([[list(s) for s in sentences]])  # type: ignore[list-item]
    names = {e.id: e.name for e in r.entities}
    return [
        (q.speaker.name, [names[i] for i in q.speaker.entities], q.speaker.resolved_by)
        for q in r.quotes
        if q.speaker is not None
    ]


def test_the_couple_speaks_for_the_husband_and_wife_named_together():
    assert _speakers(COUPLE, COUPLE_SAID) == [("Ann Okoro", ["Ann Okoro", "Tunde Okoro"], "definite-description")]


def test_the_two_men_speak_for_the_two_people_named_in_an_object():
    assert _speakers(ARREST, TWO_MEN) == [("Mark Reed", ["Mark Reed", "Paul Dunn"], "definite-description")]


def test_a_pair_noun_of_another_number_or_none_is_not_the_people_named_together():
    trio = _speakers(ARREST, TRIO)
    men = _speakers(ARREST, MEN)
    assert [s[0] for s in trio] == ["The trio"] and trio[0][2] is None
    assert [s[0] for s in men] == ["The men"] and men[0][2] is None


def test_the_couple_and_both_after_two_people_named_in_two_sentences():
    both = ["Chinwe Okafor", "Emeka Okafor"]
    assert _speakers(KITCHEN, MONEY, ARRIVED) == [("Chinwe Okafor", both, "definite-description")]
    assert _speakers(KITCHEN, MONEY, BOTH) == [("Chinwe Okafor", both, "pronoun")]


def test_they_after_the_couple_spoke_is_the_couple_not_the_body_before():
    r = resolve([[KITCHEN, MONEY], [COUNCIL], [RETIRE, SEE]])  # type: ignore[list-item]
    names = {e.id: e.name for e in r.entities}
    last = r.quotes[-1].speaker
    assert last is not None and [names[i] for i in last.entities] == ["Chinwe Okafor", "Emeka Okafor"]


def test_a_plural_title_before_names_joined_by_and_is_no_part_of_the_first_name():
    # (name_runs.title_length with before_conjunct; not a body's name: "Doctors Without Borders")
    assert _speakers(LED, SENATORS) == [("Patricia Hollings", ["Patricia Hollings", "Raymond Okafor"], "short-name")]
    r = resolve([[MSF]])  # type: ignore[list-item]
    assert r.quotes[0].speaker is not None and r.quotes[0].speaker.name == "Doctors Without Borders"
