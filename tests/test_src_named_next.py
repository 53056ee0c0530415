"""Delayed identification (sources/delayed.py): a described speaker whom the very next sentence
names as a new person who speaks is that person; not a source word, not someone the article
named before, not a person given a role of another kind. After a unique post in a wire lede
("Saudi Arabia's energy minister said") the name may come up to three sentences and two
paragraphs on, and what the person did or a one-word title ("Prince") does not make someone
else, nor does a description of a post of the same owner ("the county's top doctor" ... "Dr.
Khalid Al-Mansouri, the county's health officer"); "A woman ... said. The woman, Gloria Ibarra,
said" names her by the same noun. Trees as the
shipped parser builds them for these invented sentences (no model needed)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _described(noun: str) -> list[FeatRow]:
    # "A top <noun> says the plan works ."
    return [
        ("A", "a", "DET", 2, "det", ""),
        ("top", "top", "ADJ", 2, "amod", ""),
        (noun, noun, "NOUN", 3, "nsubj", "Number=Sing"),
        ("says", "say", "VERB", -1, "root", PRES),
        ("the", "the", "DET", 5, "det", ""),
        ("plan", "plan", "NOUN", 6, "nsubj", ""),
        ("works", "work", "VERB", 3, "ccomp", PRES),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]


SPOKE: list[FeatRow] = [
    # "Ed Brookover spoke to reporters ."
    ("Ed", "Ed", "PROPN", 1, "compound", ""),
    ("Brookover", "Brookover", "PROPN", 2, "nsubj", ""),
    ("spoke", "speak", "VERB", -1, "root", PAST),
    ("to", "to", "ADP", 4, "case", ""),
    ("reporters", "reporter", "NOUN", 2, "obl", ""),
    (".", ".", "PUNCT", 2, "punct", ""),
]

SPOKE_AS_NEIGHBOUR: list[FeatRow] = [
    # "Ed Brookover , a neighbour , spoke to reporters ."
    ("Ed", "Ed", "PROPN", 1, "compound", ""),
    ("Brookover", "Brookover", "PROPN", 6, "nsubj", ""),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("a", "a", "DET", 4, "det", ""),
    ("neighbour", "neighbour", "NOUN", 1, "appos", ""),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("spoke", "speak", "VERB", -1, "root", PAST),
    ("to", "to", "ADP", 8, "case", ""),
    ("reporters", "reporter", "NOUN", 6, "obl", ""),
    (".", ".", "PUNCT", 6, "punct", ""),
]

ARRIVED: list[FeatRow] = [
    # "Ed Brookover arrived ."
    ("Ed", "Ed", "PROPN", 1, "compound", ""),
    ("Brookover", "Brookover", "PROPN", 2, "nsubj", ""),
    ("arrived", "arrive", "VERB", -1, "root", PAST),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def _speaker(paragraphs: list[list[list[FeatRow]]]):
    r = resolve(paragraphs)  # type: ignore[arg-type]
    (q,) = [q for q in r.quotes if q.text == "the plan works"]
    assert q.speaker is not None
    return q.speaker


def test_a_described_speaker_named_in_the_next_sentence_is_that_person():
    speaker = _speaker([[_described("adviser"), SPOKE]])
    assert (speaker.name, speaker.type, speaker.anonymity) == ("Ed Brookover", "person", "named")
    assert speaker.resolved_by == "named-next" and speaker.role == "top adviser"


def test_the_next_paragraph_counts_too():
    assert _speaker([[_described("adviser")], [SPOKE]]).name == "Ed Brookover"


def test_a_source_word_stays_anonymous():
    speaker = _speaker([[_described("official"), SPOKE]])
    assert speaker.type == "anonymous" and speaker.resolved_by is None


def test_a_person_with_a_role_of_another_kind_is_someone_else():
    speaker = _speaker([[_described("adviser"), SPOKE_AS_NEIGHBOUR]])
    assert speaker.type == "anonymous"


def _spoke_as(det: str, noun: str) -> list[FeatRow]:
    # "Ed Brookover , <det> senior <noun> with the firm , spoke to reporters ."
    return [
        ("Ed", "Ed", "PROPN", 1, "compound", ""),
        ("Brookover", "Brookover", "PROPN", 10, "nsubj", ""),
        (",", ",", "PUNCT", 5, "punct", ""),
        (det, det.lower(), "DET", 5, "det", ""),
        ("senior", "senior", "ADJ", 5, "amod", ""),
        (noun, noun, "NOUN", 1, "appos", "Number=Sing"),
        ("with", "with", "ADP", 8, "case", ""),
        ("the", "the", "DET", 8, "det", ""),
        ("firm", "firm", "NOUN", 5, "nmod", ""),
        (",", ",", "PUNCT", 5, "punct", ""),
        ("spoke", "speak", "VERB", -1, "root", PAST),
        ("to", "to", "ADP", 12, "case", ""),
        ("reporters", "reporter", "NOUN", 10, "obl", ""),
        (".", ".", "PUNCT", 10, "punct", ""),
    ]


def test_a_person_described_by_the_descriptions_own_noun_is_that_person():
    # "A top engineer says the plan works. Ed Brookover, a senior engineer with the firm, spoke
    # to reporters": the apposition has the description's head noun
    speaker = _speaker([[_described("engineer"), _spoke_as("a", "engineer")]])
    assert (speaker.name, speaker.resolved_by) == ("Ed Brookover", "named-next")
    # (not another noun, nor "another" of the same: someone else)
    assert _speaker([[_described("engineer"), _spoke_as("a", "lawyer")]]).type == "anonymous"
    assert _speaker([[_described("engineer"), _spoke_as("another", "engineer")]]).type == "anonymous"


def test_a_person_the_article_named_before_is_not_the_description():
    speaker = _speaker([[ARRIVED], [_described("adviser"), SPOKE]])
    assert speaker.type == "anonymous"


# Oil prices jumped on Monday after Saudi Arabia 's energy minister said the group stood ready to deepen output cuts .
LEDE: list[FeatRow] = [
    ("Oil", "Oil", "PROPN", 1, "compound", "Number=Sing"),
    ("prices", "price", "NOUN", 11, "nsubj", "Number=Plur"),
    ("jumped", "jump", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Monday", "Monday", "PROPN", 2, "obl", "Number=Sing"),
    ("after", "after", "ADP", 10, "case", ""),
    ("Saudi", "Saudi", "ADJ", 7, "amod", "Degree=Pos"),
    ("Arabia", "Arabia", "PROPN", 10, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 7, "case", ""),
    ("energy", "energy", "NOUN", 10, "compound", "Number=Sing"),
    ("minister", "minister", "NOUN", 2, "obl", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 14, "nsubj", "Number=Sing"),
    ("stood", "stand", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ready", "ready", "ADJ", 14, "xcomp", "Degree=Pos"),
    ("to", "to", "PART", 17, "mark", ""),
    ("deepen", "deepen", "VERB", 14, "advcl", "VerbForm=Inf"),
    ("output", "output", "NOUN", 19, "compound", "Number=Sing"),
    ("cuts", "cut", "NOUN", 17, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# Brent crude futures were up $ 2.61 at $ 84.05 a barrel .
PRICES: list[FeatRow] = [
    ("Brent", "Brent", "NOUN", 2, "compound", "Number=Sing"),
    ("crude", "crude", "NOUN", 2, "compound", "Number=Sing"),
    ("futures", "future", "NOUN", 5, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 4, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("up", "up", "ADP", 5, "advmod", ""),
    ("$", "$", "SYM", -1, "root", ""),
    ("2.61", "2.61", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("at", "at", "ADP", 8, "case", ""),
    ("$", "$", "SYM", 5, "nmod", ""),
    ("84.05", "84.05", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("barrel", "barrel", "NOUN", 8, "nmod:unmarked", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Speaking at an energy forum in Riyadh , Prince Faisal bin Turki Al Saud said the group would do whatever was necessary .
PRINCE: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 14, "advcl", "Tense=Pres|VerbForm=Part"),
    ("at", "at", "ADP", 4, "case", ""),
    ("an", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("energy", "energy", "NOUN", 4, "compound", "Number=Sing"),
    ("forum", "forum", "NOUN", 0, "obl", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Riyadh", "Riyadh", "PROPN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("Prince", "Prince", "PROPN", 13, "compound", "Number=Sing"),
    ("Faisal", "Faisal", "PROPN", 13, "compound", "Number=Sing"),
    ("bin", "bin", "PROPN", 13, "compound", "Number=Sing"),
    ("Turki", "Turki", "PROPN", 13, "compound", "Number=Sing"),
    ("Al", "Al", "PROPN", 13, "compound", "Number=Sing"),
    ("Saud", "Saud", "PROPN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 18, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 18, "aux", "VerbForm=Fin"),
    ("do", "do", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("whatever", "whatever", "PRON", 21, "nsubj", "PronType=Int"),
    ("was", "be", "AUX", 21, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("necessary", "necessary", "ADJ", 18, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# A woman who lives above the market said she heard two shots .
WOMAN: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("woman", "woman", "NOUN", 7, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("lives", "live", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("above", "above", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("market", "market", "NOUN", 3, "obl", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 9, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("heard", "hear", "VERB", 7, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("two", "two", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("shots", "shot", "NOUN", 9, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# The woman , Gloria Ibarra , 61 , said it was the third robbery this year .
THE_WOMAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("woman", "woman", "NOUN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Gloria", "Gloria", "PROPN", 4, "compound", "Number=Sing"),
    ("Ibarra", "Ibarra", "PROPN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("61", "61", "NUM", 4, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 13, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("third", "third", "ADJ", 13, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("robbery", "robbery", "NOUN", 8, "ccomp", "Number=Sing"),
    ("this", "this", "DET", 15, "det", "Number=Sing|PronType=Dem"),
    ("year", "year", "NOUN", 13, "nmod:unmarked", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# A nurse at the hospital said some patients had waited 10 hours .
NURSE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("nurse", "nurse", "NOUN", 5, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("some", "some", "DET", 7, "det", "PronType=Ind"),
    ("patients", "patient", "NOUN", 9, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("waited", "wait", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("10", "10", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("hours", "hour", "NOUN", 9, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# " We are doing hallway care again , " the nurse said .
THE_NURSE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("doing", "do", "VERB", 11, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("hallway", "hallway", "ADJ", 5, "amod", "Degree=Pos"),
    ("care", "care", "NOUN", 3, "obj", "Number=Sing"),
    ("again", "again", "ADV", 3, "advmod", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("nurse", "nurse", "NOUN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# In a statement , St. Agnes said it had opened 12 beds .
HOSPITAL: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 6, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("St.", "St.", "PROPN", 5, "compound", "Number=Sing"),
    ("Agnes", "Agnes", "PROPN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 9, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("opened", "open", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    ("12", "12", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("beds", "bed", "NOUN", 9, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def _speakers(*paragraphs: list[FeatRow]) -> list[tuple[str, str | None]]:
    r = resolve([[list(p)] for p in paragraphs])  # type: ignore[list-item]
    return [(q.speaker.name, q.speaker.resolved_by) if q.speaker else ("", None) for q in r.quotes]


def test_a_unique_post_in_a_lede_is_the_person_named_two_paragraphs_on():
    assert _speakers(LEDE, PRICES, PRINCE)[0] == ("Faisal bin Turki Al Saud", "named-next")


def test_the_same_noun_again_with_the_name_identifies_a_passer_by():
    assert _speakers(WOMAN, THE_WOMAN)[0] == ("Gloria Ibarra", "named-next")


def test_a_body_named_for_a_saint_is_no_person_a_described_source_becomes():
    speakers = _speakers(NURSE, THE_NURSE, HOSPITAL)
    assert speakers[1][0] == "A nurse at the hospital"
    assert speakers[2][0] == "St. Agnes"


# PORT ELLISON -
LEDE41: list[FeatRow] = [
    ("PORT", "port", "NOUN", 1, "compound", "Number=Sing"),
    ("ELLISON", "Ellison", "PROPN", -1, "root", "Number=Sing"),
    ("-", "-", "PUNCT", 1, "punct", ""),
]

# The number of people sickened in a Legionnaires ' disease outbreak on the city 's east side has risen to 41 , including four who have died , county health officials said Wednesday , as the county 's top doctor warned that more cases were likely to surface in the coming days .
LEDE41_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("number", "number", "NOUN", 18, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("people", "person", "NOUN", 1, "nmod", "Number=Plur"),
    ("sickened", "sicken", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 10, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("Legionnaires", "Legionnaire", "PROPN", 10, "nmod:poss", "Number=Plur"),
    ("'", "'s", "PART", 7, "case", ""),
    ("disease", "disease", "NOUN", 10, "compound", "Number=Sing"),
    ("outbreak", "outbreak", "NOUN", 4, "obl", "Number=Sing"),
    ("on", "on", "ADP", 16, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 16, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 13, "case", ""),
    ("east", "east", "ADJ", 16, "amod", "Degree=Pos"),
    ("side", "side", "NOUN", 18, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("risen", "risen", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", 20, "case", ""),
    ("41", "41", "NUM", 18, "obl", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 23, "punct", ""),
    ("including", "include", "VERB", 23, "case", "Tense=Pres|VerbForm=Part"),
    ("four", "four", "NUM", 18, "obl", "NumForm=Word|NumType=Card"),
    ("who", "who", "PRON", 26, "nsubj", "PronType=Rel"),
    ("have", "have", "AUX", 26, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("died", "die", "VERB", 23, "acl:relcl", "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", 26, "punct", ""),
    ("county", "county", "NOUN", 30, "compound", "Number=Sing"),
    ("health", "health", "NOUN", 30, "compound", "Number=Sing"),
    ("officials", "official", "NOUN", 31, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", 18, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("Wednesday", "Wednesday", "PROPN", 31, "iobj", "Number=Sing"),
    (",", ",", "PUNCT", 40, "punct", ""),
    ("as", "as", "ADP", 40, "mark", ""),
    ("the", "the", "DET", 36, "det", "Definite=Def|PronType=Art"),
    ("county", "county", "NOUN", 39, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 36, "case", ""),
    ("top", "top", "ADJ", 39, "amod", "Degree=Pos"),
    ("doctor", "doctor", "NOUN", 40, "nsubj", "Number=Sing"),
    ("warned", "warn", "VERB", 31, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 45, "mark", ""),
    ("more", "more", "ADJ", 43, "amod", "Degree=Cmp"),
    ("cases", "case", "NOUN", 45, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 45, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("likely", "likely", "ADJ", 40, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 47, "mark", ""),
    ("surface", "surface", "VERB", 45, "xcomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 51, "case", ""),
    ("the", "the", "DET", 51, "det", "Definite=Def|PronType=Art"),
    ("coming", "coming", "NOUN", 51, "compound", "Number=Sing"),
    ("days", "day", "NOUN", 47, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 31, "punct", ""),
]

# The Harlan County Department of Public Health said investigators had traced the bacteria to a cooling tower on Dock Street .
DEPT: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Harlan", "Harlan", "PROPN", 3, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 3, "compound", "Number=Sing"),
    ("Department", "Department", "PROPN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("Public", "Public", "ADJ", 6, "amod", "Degree=Pos"),
    ("Health", "Health", "PROPN", 3, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("investigators", "investigator", "NOUN", 10, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("traced", "trace", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("bacteria", "bacteria", "NOUN", 10, "obj", "Number=Sing"),
    ("to", "to", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("cooling", "cooling", "NOUN", 16, "compound", "Number=Sing"),
    ("tower", "tower", "NOUN", 10, "obl", "Number=Sing"),
    ("on", "on", "ADP", 19, "case", ""),
    ("Dock", "Dock", "PROPN", 19, "compound", "Number=Sing"),
    ("Street", "Street", "PROPN", 16, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# " We believe the source has been contained , but the incubation period for Legionnaires ' can be up to two weeks , " Dr. Khalid Al - Mansouri , the county 's health officer , said at a briefing .
HEALTH_OFFICER: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("believe", "believe", "VERB", 36, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("source", "source", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("has", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 7, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("contained", "contain", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("but", "but", "CCONJ", 18, "cc", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("incubation", "incubation", "NOUN", 12, "compound", "Number=Sing"),
    ("period", "period", "NOUN", 18, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 14, "case", ""),
    ("Legionnaires", "Legionnaire", "PROPN", 12, "nmod", "Number=Plur"),
    ("'", "'", "PUNCT", 12, "punct", ""),
    ("can", "can", "AUX", 18, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 18, "cop", "VerbForm=Inf"),
    ("up", "up", "ADP", 7, "conj", ""),
    ("to", "to", "ADP", 21, "case", ""),
    ("two", "two", "NUM", 21, "nummod", "NumForm=Word|NumType=Card"),
    ("weeks", "week", "NOUN", 18, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 26, "punct", ""),
    ('"', '"', "PUNCT", 26, "punct", ""),
    ("Dr.", "Dr.", "PROPN", 26, "compound", "Number=Sing"),
    ("Khalid", "Khalid", "PROPN", 26, "compound", "Number=Sing"),
    ("Al", "Al", "PROPN", 36, "nsubj", "Number=Sing"),
    ("-", "-", "PUNCT", 26, "punct", ""),
    ("Mansouri", "Mansouri", "PROPN", 26, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 34, "punct", ""),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("county", "county", "NOUN", 34, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 31, "case", ""),
    ("health", "health", "NOUN", 34, "compound", "Number=Sing"),
    ("officer", "officer", "NOUN", 21, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 34, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 39, "case", ""),
    ("a", "a", "DET", 39, "det", "Definite=Ind|PronType=Art"),
    ("briefing", "briefing", "NOUN", 36, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 36, "punct", ""),
]

# " So the numbers will go up before they come down .
HEALTH_OFFICER_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("So", "so", "ADV", 5, "advmod", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("numbers", "number", "NOUN", 5, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 5, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", -1, "root", "VerbForm=Inf"),
    ("up", "up", "ADP", 5, "compound:prt", ""),
    ("before", "before", "SCONJ", 9, "mark", ""),
    ("they", "they", "PRON", 9, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("come", "come", "VERB", 5, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("down", "down", "ADP", 9, "compound:prt", ""),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# People should not panic , but they should not ignore symptoms , either . "
HEALTH_OFFICER_3: list[FeatRow] = [
    ("People", "person", "NOUN", 3, "nsubj", "Number=Plur"),
    ("should", "should", "AUX", 3, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 3, "advmod", "Polarity=Neg"),
    ("panic", "panic", "VERB", -1, "root", "VerbForm=Inf"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("but", "but", "CCONJ", 9, "cc", ""),
    ("they", "they", "PRON", 9, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("should", "should", "AUX", 9, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("ignore", "ignore", "VERB", 3, "conj", "VerbForm=Inf"),
    ("symptoms", "symptom", "NOUN", 9, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("either", "either", "CCONJ", 9, "discourse", ""),
    (".", ".", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
]


def test_a_post_is_the_person_later_described_as_another_post_of_the_same_owner():
    paragraphs = [
        [list(LEDE41), list(LEDE41_2)],
        [list(DEPT)],
        [list(HEALTH_OFFICER), list(HEALTH_OFFICER_2), list(HEALTH_OFFICER_3)],
    ]
    r = resolve(paragraphs)  # type: ignore[arg-type]
    warned = next(q for q in r.quotes if q.text.startswith("that more cases"))
    # (the hand-built text spaces the hyphen: "Al - Mansouri")
    assert warned.speaker is not None and warned.speaker.resolved_by == "named-next"
    assert warned.speaker.name.startswith("Khalid Al")
