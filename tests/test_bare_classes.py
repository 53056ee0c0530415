"""A class of the public with no article, number or owner is as loose as a quantified one (the
sources labels' line between anonymous and vague: "Farmers said", "Danish pig farmers said",
"Factory owners said" are vague as "some farmers" is; ``quantified_classes``, loose._bare_class);
"the farmers" (some the story has met) and the staff of the story's site ("Workers said") stay
anonymous. Those the event places are never a loose class, however many or bare ("Some protesters
said", "Demonstrators said": ``event_participants``). Where they live is a place, as a town is
("Some residents living near the ground": loose._living_there); a share of a bare class
named just before is as loose ("Downtown shop owners have mixed feelings. Some say ...":
misread_heads.group_just_named), and "Some say" with "say" read as a noun before the clause's
subject is a speaker and a cue (cue_modifiers._share_say_before_subject). Session 61, from the error classes of
earlier sessions' fresh articles. The trees are the shipped parser's for these invented
sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import article_records, resolve

# Farmers said the rules would put family operations out of business.
FARMERS: list[FeatRow] = [
    ("Farmers", "farmer", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 5, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("put", "put", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("family", "family", "NOUN", 7, "compound", "Number=Sing"),
    ("operations", "operation", "NOUN", 5, "obj", "Number=Plur"),
    ("out", "out", "ADP", 10, "case", ""),
    ("of", "of", "ADP", 10, "case", ""),
    ("business", "business", "NOUN", 7, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Danish pig farmers said the tax was already biting.
DANISH_FARMERS: list[FeatRow] = [
    ("Danish", "Danish", "ADJ", 2, "amod", "Degree=Pos"),
    ("pig", "pig", "NOUN", 2, "compound", "Number=Sing"),
    ("farmers", "farmer", "NOUN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("tax", "tax", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("already", "already", "ADV", 8, "advmod", ""),
    ("biting", "bite", "VERB", 3, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Factory owners said they could not afford a bigger rise.
FACTORY_OWNERS: list[FeatRow] = [
    ("Factory", "Factory", "NOUN", 1, "compound", "Number=Sing"),
    ("owners", "owner", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 6, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("could", "could", "AUX", 6, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("afford", "afford", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("bigger", "big", "ADJ", 9, "amod", "Degree=Cmp"),
    ("rise", "rise", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Some protesters said they would keep marching every week.
SOME_PROTESTERS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("protesters", "protester", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("keep", "keep", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("marching", "march", "VERB", 5, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("every", "every", "DET", 8, "det", "PronType=Ind"),
    ("week", "week", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Demonstrators said the bill would hurt the poor.
DEMONSTRATORS: list[FeatRow] = [
    ("Demonstrators", "demonstrator", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 5, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("hurt", "hurt", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("poor", "poor", "ADJ", 5, "obj", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The farmers said the rules would put them out of business.
THE_FARMERS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("farmers", "farmer", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 6, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("put", "put", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("them", "they", "PRON", 6, "obj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("out", "out", "ADP", 10, "case", ""),
    ("of", "of", "ADP", 10, "case", ""),
    ("business", "business", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Workers said the increase would barely cover rent.
WORKERS: list[FeatRow] = [
    ("Workers", "worker", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("increase", "increase", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("barely", "barely", "ADV", 6, "advmod", ""),
    ("cover", "cover", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("rent", "rent", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Some residents living near the ground said match days were already difficult.
LIVING_NEAR: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 11, "nsubj", "Number=Plur"),
    ("living", "live", "VERB", 1, "acl", "VerbForm=Ger"),
    ("near", "near", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("ground", "ground", "NOUN", 2, "obl", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("match", "match", "NOUN", 8, "compound", "Number=Sing"),
    ("days", "day", "NOUN", 11, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 11, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("already", "already", "ADV", 11, "advmod", ""),
    ("difficult", "difficult", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Jockeys said the change would make riding more dangerous.
JOCKEYS: list[FeatRow] = [
    ("Jockeys", "Jockey", "PROPN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("change", "change", "NOUN", 5, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("make", "make", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("riding", "ride", "VERB", 5, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("more", "more", "ADV", 8, "advmod", "Degree=Cmp"),
    ("dangerous", "dangerous", "ADJ", 6, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Downtown shop owners have mixed feelings.
SOME_SAY: list[FeatRow] = [
    ("Downtown", "Downtown", "PROPN", 2, "compound", "Number=Sing"),
    ("shop", "shop", "NOUN", 2, "compound", "Number=Sing"),
    ("owners", "owner", "NOUN", 4, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("mixed", "mix", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("feelings", "feeling", "NOUN", 4, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Some say hockey has brought crowds on winter nights that used to be dead; others say they worry about years of construction closures.
SOME_SAY_2: list[FeatRow] = [
    ("Some", "some", "DET", 2, "det", "PronType=Ind"),
    ("say", "say", "NOUN", 2, "compound", "Number=Sing"),
    ("hockey", "hockey", "NOUN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("brought", "bring", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("crowds", "crowd", "NOUN", 4, "obj", "Number=Plur"),
    ("on", "on", "ADP", 8, "case", ""),
    ("winter", "winter", "NOUN", 8, "compound", "Number=Sing"),
    ("nights", "night", "NOUN", 4, "obl", "Number=Plur"),
    ("that", "that", "PRON", 10, "nsubj", "PronType=Rel"),
    ("used", "use", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 13, "mark", ""),
    ("be", "be", "AUX", 13, "cop", "VerbForm=Inf"),
    ("dead", "dead", "ADJ", 10, "xcomp", "Degree=Pos"),
    ("##;", ";", "PUNCT", 16, "punct", ""),
    ("others", "other", "NOUN", 16, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", 4, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("they", "they", "PRON", 18, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("worry", "worry", "VERB", 16, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("about", "about", "ADP", 20, "case", ""),
    ("years", "year", "NOUN", 18, "obl", "Number=Plur"),
    ("of", "of", "ADP", 23, "case", ""),
    ("construction", "construction", "NOUN", 23, "compound", "Number=Sing"),
    ("closures", "closure", "NOUN", 20, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def _level(rows: list[FeatRow]) -> str:
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None
    return q.speaker.anonymity


def test_a_bare_class_of_the_public_is_vague():
    assert _level(FARMERS) == "vague"


def test_a_capitalised_nation_or_opening_field_leaves_the_class_bare():
    assert _level(DANISH_FARMERS) == "vague"
    assert _level(FACTORY_OWNERS) == "vague"


def test_those_the_event_places_are_anonymous_however_many():
    assert _level(SOME_PROTESTERS) == "anonymous"
    assert _level(DEMONSTRATORS) == "anonymous"


def test_guard_an_article_or_the_sites_staff_keep_them_anonymous():
    assert _level(THE_FARMERS) == "anonymous"
    assert _level(WORKERS) == "anonymous"


def test_where_a_quantified_class_lives_places_it_no_more_than_a_town():
    assert _level(LIVING_NEAR) == "vague"


def test_a_bare_class_tagged_a_name_for_its_capital_is_vague():
    assert _level(JOCKEYS) == "vague"


def test_a_share_saying_before_its_clause_is_a_speaker_as_loose_as_its_class():
    records = article_records((SOME_SAY, SOME_SAY_2))
    assert [(r[1], r[3]) for r in records] == [("Some", "vague"), ("others", "vague")]
