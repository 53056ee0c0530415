"""Titles joined by "and" before one name, a name after an office's "of" phrase, names hung as
conjuncts of a place, a name's particles, and an object of "said" before its clause (no model
needed): attribution/titled_names.py, subject_repairs.py, sources/mentions.py. Each tree is the
shape the shipped parser produced for the sentence in the comment (checked with ``provenance
parse``)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve


def _speakers(*sentences: list[FeatRow]) -> list[tuple[str, str | None, str | None, str | None]]:
    r = resolve([list(sentences)])  # type: ignore[list-item]
    return [
        (q.text, q.speaker.name, q.speaker.type, q.speaker.role) if q.speaker else (q.text, None, None, None)
        for q in r.quotes
    ]


# Former Chief Minister and BJP MP Basavaraj Bommai alleged that the government had failed farmers .
BOMMAI: list[FeatRow] = [
    ("Former", "former", "ADJ", 2, "amod", "Degree=Pos"),
    ("Chief", "Chief", "PROPN", 2, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 8, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("BJP", "BJP", "PROPN", 2, "conj", "Number=Sing"),
    ("MP", "MP", "PROPN", 2, "conj", "Number=Sing"),
    ("Basavaraj", "Basavaraj", "PROPN", 2, "conj", "Number=Sing"),
    ("Bommai", "Bommai", "PROPN", 2, "conj", "Number=Sing"),
    ("alleged", "allege", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("farmers", "farmer", "NOUN", 13, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Labour leader and former teacher Anna Berg said the plan was cruel .
BERG: list[FeatRow] = [
    ("Labour", "Labour", "PROPN", 1, "compound", "Number=Sing"),
    ("leader", "leader", "NOUN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("former", "former", "ADJ", 4, "amod", "Degree=Pos"),
    ("teacher", "teacher", "NOUN", 1, "conj", "Number=Sing"),
    ("Anna", "Anna", "PROPN", 6, "compound", "Number=Sing"),
    ("Berg", "Berg", "PROPN", 1, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cruel", "cruel", "ADJ", 7, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# The minister and BJP MP Pratap Simha said the funds were late .
TWO: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("BJP", "BJP", "PROPN", 4, "compound", "Number=Sing"),
    ("MP", "MP", "PROPN", 1, "conj", "Number=Sing"),
    ("Pratap", "Pratap", "PROPN", 1, "conj", "Number=Sing"),
    ("Simha", "Simha", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("funds", "fund", "NOUN", 11, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 11, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("late", "late", "ADJ", 7, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


def test_two_titles_joined_by_and_before_a_name_are_one_persons():
    # (the parse made "BJP", "MP", "Basavaraj" and "Bommai" each a conjunct of "Minister")
    assert _speakers(BOMMAI) == [
        (
            "that the government had failed farmers",
            "Basavaraj Bommai",
            "person",
            "Former Chief Minister and BJP MP",
        )
    ]
    assert _speakers(BERG) == [("the plan was cruel", "Anna Berg", "person", "Labour leader and former teacher")]


def test_a_title_with_an_article_before_and_a_named_title_are_two_people():
    r = resolve([[TWO]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.text == "The minister"
    assert len(q.speaker.entities) == 2


# Leader of the Opposition R. Ashoka said the budget was a fraud .
ASHOKA: list[FeatRow] = [
    ("Leader", "Leader", "NOUN", 6, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Opposition", "Opposition", "PROPN", 5, "compound", "Number=Sing"),
    ("R.", "R.", "PROPN", 5, "compound", "Number=Sing"),
    ("Ashoka", "Ashoka", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("fraud", "fraud", "NOUN", 6, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# President of the European Commission Ursula von der Leyen said the deal was fair .
LEYEN: list[FeatRow] = [
    ("President", "President", "PROPN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("European", "European", "ADJ", 8, "amod", "Degree=Pos"),
    ("Commission", "Commission", "PROPN", 8, "compound", "Number=Sing"),
    ("Ursula", "Ursula", "PROPN", 8, "compound", "Number=Sing"),
    ("von", "von", "PROPN", 8, "compound", "Number=Sing"),
    ("der", "der", "PROPN", 8, "compound", "Number=Sing"),
    ("Leyen", "Leyen", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 9, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# Former Secretary of State Hillary Clinton and former Maryland Gov. Martin O’Malley have pledged to act as well .
CLINTON: list[FeatRow] = [
    ("Former", "former", "ADJ", 1, "amod", "Degree=Pos"),
    ("Secretary", "Secretary", "PROPN", 13, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("State", "State", "PROPN", 5, "compound", "Number=Sing"),
    ("Hillary", "Hillary", "PROPN", 5, "compound", "Number=Sing"),
    ("Clinton", "Clinton", "PROPN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("former", "former", "ADJ", 11, "amod", "Degree=Pos"),
    ("Maryland", "Maryland", "PROPN", 11, "compound", "Number=Sing"),
    ("Gov.", "Gov.", "PROPN", 11, "compound", "Number=Sing"),
    ("Martin", "Martin", "PROPN", 11, "compound", "Number=Sing"),
    ("O’Malley", "O’Malley", "PROPN", 1, "nmod", "Number=Sing"),
    ("have", "have", "AUX", 13, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("pledged", "pledge", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 15, "mark", ""),
    ("act", "act", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("as", "as", "ADV", 15, "advmod", ""),
    ("well", "well", "ADV", 15, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 13, "punct", ""),
]


# The head of the Tata Group Ratan Tata said the deal was final .
TATA: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("head", "head", "NOUN", 8, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Tata", "Tata", "PROPN", 7, "compound", "Number=Sing"),
    ("Group", "Group", "PROPN", 7, "compound", "Number=Sing"),
    ("Ratan", "Ratan", "PROPN", 7, "compound", "Number=Sing"),
    ("Tata", "Tata", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 12, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("final", "final", "ADJ", 8, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# The chief of the Federal Reserve Bank Committee said rates would rise .
COMMITTEE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("chief", "chief", "NOUN", 8, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Federal", "Federal", "ADJ", 7, "amod", "Degree=Pos"),
    ("Reserve", "Reserve", "PROPN", 7, "compound", "Number=Sing"),
    ("Bank", "Bank", "PROPN", 7, "compound", "Number=Sing"),
    ("Committee", "Committee", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rates", "rate", "NOUN", 11, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 8, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 8, "punct", ""),
]


# Minister for Health Mark Butler said the scheme would expand .
BUTLER: list[FeatRow] = [
    ("Minister", "Minister", "NOUN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Health", "Health", "PROPN", 3, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 0, "nmod", "Number=Sing"),
    ("Butler", "Butler", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 9, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("expand", "expand", "VERB", 5, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Minister for Foreign Affairs Penny Wong said the talks were useful .
WONG: list[FeatRow] = [
    ("Minister", "Minister", "NOUN", 6, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Foreign", "foreign", "ADJ", 3, "amod", "Degree=Pos"),
    ("Affairs", "affair", "PROPN", 0, "nmod", "Number=Plur"),
    ("Penny", "penny", "PROPN", 5, "compound", "Number=Sing"),
    ("Wong", "Wong", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 10, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 10, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("useful", "useful", "ADJ", 6, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Special envoy for Sudan Tom Perriello said the talks were useful .
PERRIELLO: list[FeatRow] = [
    ("Special", "Special", "ADJ", 1, "amod", "Degree=Pos"),
    ("envoy", "envoy", "NOUN", 6, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 5, "case", ""),
    ("Sudan", "Sudan", "PROPN", 5, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 5, "compound", "Number=Sing"),
    ("Perriello", "Perriello", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 10, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 10, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("useful", "useful", "ADJ", 6, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


# Richard Cross , a former staff member for Maryland Republicans such as former Gov. Bob Ehrlich and former Rep. Helen Bentley , wrote in an op - ed that he penned the remarks .
CROSS: list[FeatRow] = [
    ("Richard", "Richard", "PROPN", 1, "compound", "Number=Sing"),
    ("Cross", "Cross", "PROPN", 22, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 6, "amod", "Degree=Pos"),
    ("staff", "staff", "NOUN", 6, "compound", "Number=Sing"),
    ("member", "member", "NOUN", 22, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 9, "case", ""),
    ("Maryland", "Maryland", "PROPN", 9, "compound", "Number=Sing"),
    ("Republicans", "Republican", "PROPN", 6, "nmod", "Number=Plur"),
    ("such", "such", "ADJ", 20, "case", "ExtPos=ADP"),
    ("as", "as", "ADP", 10, "fixed", ""),
    ("former", "former", "ADJ", 15, "amod", "Degree=Pos"),
    ("Gov.", "Gov.", "PROPN", 15, "compound", "Number=Sing"),
    ("Bob", "Bob", "PROPN", 15, "compound", "Number=Sing"),
    ("Ehrlich", "Ehrlich", "PROPN", 9, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 20, "cc", ""),
    ("former", "former", "ADJ", 20, "amod", "Degree=Pos"),
    ("Rep.", "Rep.", "PROPN", 20, "compound", "Number=Sing"),
    ("Helen", "Helen", "PROPN", 20, "compound", "Number=Sing"),
    ("Bentley", "Bentley", "PROPN", 15, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 27, "case", ""),
    ("an", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("op", "op", "NOUN", 27, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 25, "punct", ""),
    ("ed", "ed", "NOUN", 22, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 30, "mark", ""),
    ("he", "he", "PRON", 30, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("penned", "penn", "VERB", 27, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
    ("remarks", "remark", "NOUN", 30, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 22, "punct", ""),
]


# BJP national general secretary C.T. Ravi said the plan would fail .
RAVI: list[FeatRow] = [
    ("BJP", "BJP", "PROPN", 3, "compound", "Number=Sing"),
    ("national", "national", "ADJ", 3, "amod", "Degree=Pos"),
    ("general", "general", "ADJ", 3, "amod", "Degree=Pos"),
    ("secretary", "secretary", "NOUN", 5, "compound", "Number=Sing"),
    ("C.T.", "C.T.", "PROPN", 5, "compound", "Number=Sing"),
    ("Ravi", "Ravi", "PROPN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 10, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 6, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


# A regular customer , retired bus driver Winston Clarke , said he had eaten there twice a week .
CLARKE: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("regular", "regular", "ADJ", 2, "amod", "Degree=Pos"),
    ("customer", "customer", "NOUN", 10, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("retired", "retire", "VERB", 6, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("bus", "bus", "NOUN", 6, "compound", "Number=Sing"),
    ("driver", "driver", "NOUN", 2, "conj", "Number=Sing"),
    ("Winston", "Winston", "PROPN", 8, "compound", "Number=Sing"),
    ("Clarke", "Clarke", "PROPN", 6, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("eaten", "eat", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("there", "there", "PRON", 13, "expl", ""),
    ("twice", "twice", "ADV", 13, "advmod", "NumForm=Word|NumType=Mult"),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("week", "week", "NOUN", 13, "obl:unmarked", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


# Prosecutor Richard Penrose KC said Hollis had been speeding .
PENROSE: list[FeatRow] = [
    ("Prosecutor", "Prosecutor", "PROPN", 3, "compound", "Number=Sing"),
    ("Richard", "Richard", "PROPN", 3, "compound", "Number=Sing"),
    ("Penrose", "Penrose", "PROPN", 3, "compound", "Number=Sing"),
    ("KC", "KC", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Hollis", "Hollis", "PROPN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 8, "aux", "Tense=Past|VerbForm=Part"),
    ("speeding", "speed", "VERB", 4, "ccomp", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# " This was not a momentary lapse , " he told the jury .
LAPSE: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("This", "this", "PRON", 6, "nsubj", "Number=Sing|PronType=Dem"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("momentary", "momentary", "ADJ", 6, "amod", "Degree=Pos"),
    ("lapse", "lapse", "NOUN", 10, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("he", "he", "PRON", 10, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("jury", "jury", "NOUN", 10, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


def test_a_name_after_an_offices_of_phrase_is_the_speaker_and_the_office_its_role():
    # (the parse hung "R. Ashoka" inside "of the Opposition")
    assert _speakers(ASHOKA) == [("the budget was a fraud", "R. Ashoka", "person", "Leader of the Opposition")]
    assert _speakers(LEYEN) == [
        ("the deal was fair", "Ursula von der Leyen", "person", "President of the European Commission")
    ]
    # (a "for" office too, the name in its phrase or hung beside it)
    assert _speakers(BUTLER) == [("the scheme would expand", "Mark Butler", "person", "Minister for Health")]
    assert _speakers(WONG) == [("the talks were useful", "Penny Wong", "person", "Minister for Foreign Affairs")]
    assert _speakers(PERRIELLO) == [("the talks were useful", "Tom Perriello", "person", "Special envoy for Sudan")]
    # (not a name among examples after the office: "member for Maryland Republicans such as ...")
    assert [s[1] for s in _speakers(CROSS)] == ["Richard Cross"]
    # (a name whose given name no lexicon knows, after the body's name; none after a body's words)
    assert _speakers(TATA) == [("the deal was final", "Ratan Tata", "person", "head of the Tata Group")]
    assert [s[1:3] for s in _speakers(COMMITTEE)] == [("The chief of the Federal Reserve Bank Committee", "anonymous")]


def test_an_office_and_a_second_person_joined_by_and_stay_two_people():
    # (the parse hung "O'Malley" on "Secretary" as a noun modifier, the "and" its coordinator)
    r = resolve([[CLINTON]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.name == "Hillary Clinton" and len(q.speaker.entities) == 2


# Meanwhile , Congress MLA from Chamarajanagar , C. Puttarangashetty , claimed that the funds were released .
MLA: list[FeatRow] = [
    ("Meanwhile", "meanwhile", "PROPN", 10, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("Congress", "Congress", "PROPN", 0, "conj", "Number=Sing"),
    ("MLA", "MLA", "PROPN", 0, "flat", "Number=Sing"),
    ("from", "from", "ADP", 5, "case", ""),
    ("Chamarajanagar", "Chamarajanagar", "PROPN", 3, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("C.", "C.", "PROPN", 8, "compound", "Number=Sing"),
    ("Puttarangashetty", "Puttarangashetty", "PROPN", 5, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("claimed", "claim", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("funds", "fund", "NOUN", 15, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("released", "release", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# They rejected complaints by the secretary of the Treasury , Jacob J. Lew , that China was cheating .
LEW: list[FeatRow] = [
    ("They", "they", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("rejected", "reject", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("complaints", "complaint", "NOUN", 1, "obj", "Number=Plur"),
    ("by", "by", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("secretary", "secretary", "NOUN", 1, "obl", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Treasury", "Treasury", "PROPN", 5, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("Jacob", "Jacob", "PROPN", 11, "compound", "Number=Sing"),
    ("J.", "J.", "PROPN", 8, "conj", "Number=Sing"),
    ("Lew", "Lew", "PROPN", 8, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("China", "China", "PROPN", 17, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cheating", "cheating", "VERB", 1, "advcl", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_name_hung_as_a_conjunct_of_a_roles_place_is_the_role_apposition():
    assert _speakers(MLA) == [
        ("that the funds were released", "C. Puttarangashetty", "person", "Congress MLA from Chamarajanagar")
    ]
    # (the name's words each a conjunct of "Treasury")
    assert ("that China was cheating", "Jacob J. Lew", "person", "secretary of the Treasury") in _speakers(LEW)


# Union Minister H.D. Kumaraswamy said the JD ( S ) would join the march .
JDS: list[FeatRow] = [
    ("Union", "Union", "PROPN", 3, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("H.D.", "H.D.", "PROPN", 3, "compound", "Number=Sing"),
    ("Kumaraswamy", "Kumaraswamy", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("JD", "JD", "PROPN", 4, "iobj", "Number=Sing"),
    ("(", "(", "PUNCT", 8, "punct", ""),
    ("S", "S", "NUM", 6, "appos", "NumForm=Digit|NumType=Card"),
    (")", ")", "PUNCT", 8, "punct", ""),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("join", "join", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("march", "march", "NOUN", 11, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# United manager Erik ten Hag said the club was calm .
HAG: list[FeatRow] = [
    ("United", "Unite", "VERB", 1, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("manager", "manager", "NOUN", 4, "compound", "Number=Sing"),
    ("Erik", "Erik", "PROPN", 4, "compound", "Number=Sing"),
    ("ten", "ten", "PROPN", 4, "compound", "Number=Sing"),
    ("Hag", "Hag", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("calm", "calm", "ADJ", 5, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


def test_the_object_of_said_right_before_its_clause_is_the_clause_subject_not_a_listener():
    # ("the JD(S)" read as the indirect object of "said": it was reported as an outlet the
    # statement went through)
    r = resolve([[JDS]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.text == "the JD ( S ) would join the march" and q.via is None
    assert q.speaker is not None and q.speaker.name == "H.D. Kumaraswamy"


def test_a_name_particle_is_part_of_the_name():
    assert _speakers(HAG) == [("the club was calm", "Erik ten Hag", "person", "United manager")]


# She said Rubio “ has failed to do anything . ”
RUBIO: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Rubio", "Rubio", "PROPN", 1, "iobj", "Number=Sing"),
    ("“", '"', "PUNCT", 5, "punct", ""),
    ("has", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("failed", "fail", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 7, "mark", ""),
    ("do", "do", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("anything", "anything", "PRON", 7, "obj", "Number=Sing|PronType=Ind"),
    (".", ".", "PUNCT", 1, "punct", ""),
    ("”", '"', "PUNCT", 1, "punct", ""),
]

# The group has taken an interest in Zika .
RUBIO_1: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("taken", "take", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("an", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("interest", "interest", "NOUN", 3, "obj", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("Zika", "Zika", "PROPN", 3, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Rubio said the bill was fair .
RUBIO_2: list[FeatRow] = [
    ("Rubio", "Rubio", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 5, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 1, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_name_someone_spoke_of_is_no_antecedent_of_the_institution_noun_after_it():
    # ("The group" would make a lone name it takes up an organisation's)
    r = resolve([[RUBIO, RUBIO_1, RUBIO_2]])  # type: ignore[list-item]
    assert [(e.name, e.type) for e in r.entities if e.name == "Rubio"] == [("Rubio", "person")]


# Co - founder and chief executive Rahul Sen confirmed that the sale was done .
SEN: list[FeatRow] = [
    ("Co", "co", "NOUN", 2, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 0, "punct", ""),
    ("founder", "founder", "NOUN", 8, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("chief", "chief", "ADJ", 7, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 7, "amod", "Degree=Pos"),
    ("Rahul", "Rahul", "PROPN", 7, "compound", "Number=Sing"),
    ("Sen", "Sen", "PROPN", 2, "conj", "Number=Sing"),
    ("confirmed", "confirm", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("sale", "sale", "NOUN", 13, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("done", "do", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Fisheries Undersecretary Ramon Cruz said the ban would be lifted in May .
CRUZ: list[FeatRow] = [
    ("Fisheries", "Fishery", "PROPN", 3, "compound", "Number=Plur"),
    ("Undersecretary", "Undersecretary", "PROPN", 3, "compound", "Number=Sing"),
    ("Ramon", "Ramon", "PROPN", 3, "compound", "Number=Sing"),
    ("Cruz", "Cruz", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("ban", "ban", "NOUN", 9, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("lifted", "lift", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 11, "case", ""),
    ("May", "May", "PROPN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def test_a_hyphenated_title_joined_to_a_second_and_a_title_cased_junior_minister():
    # ("Co-founder" split by the tokenizer; "Sen" also spells a title; "Undersecretary")
    assert _speakers(SEN) == [("that the sale was done", "Rahul Sen", "person", "Co - founder and chief executive")]
    assert _speakers(CRUZ) == [("the ban would be lifted in May", "Ramon Cruz", "person", "Fisheries Undersecretary")]


# Defence counsel Mark Doyle SC said the evidence was weak .
DOYLE: list[FeatRow] = [
    ("Defence", "defence", "NOUN", 1, "compound", "Number=Sing"),
    ("counsel", "counsel", "NOUN", 4, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 4, "compound", "Number=Sing"),
    ("Doyle", "Doyle", "PROPN", 4, "compound", "Number=Sing"),
    ("SC", "SC", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("evidence", "evidence", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("weak", "weak", "ADJ", 5, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Later , Mr Doyle said the witness was confused .
DOYLE_1: list[FeatRow] = [
    ("Later", "late", "ADV", 4, "advmod", "Degree=Cmp"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("Mr", "Mr.", "PROPN", 3, "compound", "Number=Sing"),
    ("Doyle", "Doyle", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("witness", "witness", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("confused", "confuse", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


# Plaid Cymru's Nia Griffiths MS said special measures had become a revolving door.
GRIFFITHS_MS: list[FeatRow] = [
    ("Plaid", "Plaid", "PROPN", 1, "compound", "Number=Sing"),
    ("Cymru", "Cymru", "PROPN", 5, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("Nia", "Nia", "PROPN", 5, "compound", "Number=Sing"),
    ("Griffiths", "Griffith", "PROPN", 5, "compound", "Number=Plur"),
    ("MS", "MS", "PROPN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("special", "special", "ADJ", 8, "amod", "Degree=Pos"),
    ("measures", "measure", "NOUN", 10, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("become", "become", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("revolving", "revolving", "NOUN", 13, "compound", "Number=Sing"),
    ("door", "door", "NOUN", 10, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


def test_a_welsh_members_letters_are_no_part_of_the_name():
    # (session 47: "MS", a Member of the Senedd, read as an acronym made the name a body's)
    [q] = resolve([[GRIFFITHS_MS]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Nia Griffiths", "person")


def test_letters_after_a_name_are_no_part_of_the_name():
    # ("Mark Doyle SC" was an organisation, and "Mr Doyle" someone else)
    r = resolve([[DOYLE, DOYLE_1]])  # type: ignore[list-item]
    assert [(q.speaker.name, q.speaker.entity) for q in r.quotes if q.speaker] == [("Mark Doyle", 0)] * 2
    assert r.quotes[0].speaker is not None and r.quotes[0].speaker.type == "person"


def test_a_party_acronym_opening_the_sentence_is_the_titles():
    # (tagged a proper noun before the parse: syntax/pretags.opening_acronyms)
    assert _speakers(RAVI) == [("the plan would fail", "C.T. Ravi", "person", "BJP national general secretary")]


def test_a_titled_name_set_off_after_a_description_read_as_its_conjunct_is_its_apposition():
    # (the parse made "driver" a conjunct of "customer" and "Clarke" its flat)
    assert [s[1:3] for s in _speakers(CLARKE)] == [("Winston Clarke", "person")]


def test_a_name_with_letters_after_it_is_still_the_subject_he_goes_on_with():
    # (the parse made "KC" the subject's head: not "Hollis", named in what was said)
    assert [s[1] for s in _speakers(PENROSE, LAPSE)] == ["Richard Penrose", "Richard Penrose"]
