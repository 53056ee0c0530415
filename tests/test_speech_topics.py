"""What a speaker talked or wrote about (lexicon topic_verbs, pattern speech-topic): "has
talked about sending more troops", "spoke of a "new era"" (mixed); not a pronoun ("talked about
it"). And a speech act the speaker refused or did not perform reports nothing of its object
(content.withheld, for every pattern whose content is an object): "refused to call for his
resignation", "did not condemn the attack"; nor one in the passive, whose subject is the one
acted on ("was called for tripping"), unless the subject is what was reported ("was first reported
by the Courier"). An infinitive right after a common-noun object is the noun's ("announced her
plan to build schools"). Trees the shipped parser gave sentences written for
these tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import sentence_quotes

_quotes = sentence_quotes


# The senator has talked about sending more troops to the region .
TALKED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("senator", "senator", "NOUN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("talked", "talk", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("about", "about", "SCONJ", 5, "mark", ""),
    ("sending", "send", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("more", "more", "ADJ", 7, "amod", "Degree=Cmp"),
    ("troops", "troops", "NOUN", 5, "obj", "Number=Plur"),
    ("to", "to", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("region", "region", "NOUN", 5, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The governor spoke of a " new era " for the state 's farmers .
SPOKE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("of", "of", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("new", "new", "ADJ", 7, "amod", "Degree=Pos"),
    ("era", "era", "NOUN", 2, "obl", "Number=Sing"),
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("for", "for", "ADP", 13, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 13, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 11, "case", ""),
    ("farmers", "farmer", "NOUN", 2, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The mayor refused to call for his resignation .
REFUSED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("refused", "refuse", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("call", "call", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("for", "for", "ADP", 7, "case", ""),
    ("his", "his", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("resignation", "resignation", "NOUN", 4, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The senator did not condemn the attack .
NOT_CONDEMNED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("senator", "senator", "NOUN", 4, "nsubj", "Number=Sing"),
    ("did", "do", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("condemn", "condemn", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("attack", "attack", "NOUN", 4, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# They talked about it for hours .
PRONOUN: list[FeatRow] = [
    ("They", "they", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("talked", "talk", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 3, "case", ""),
    ("it", "it", "PRON", 1, "obl", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("for", "for", "ADP", 5, "case", ""),
    ("hours", "hour", "NOUN", 1, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_gerund_topic_is_reported_speech():
    assert _quotes(TALKED) == [("sending more troops to the region", "The senator", "indirect", "speech-topic")]


def test_a_quoted_phrase_in_the_topic_makes_it_mixed():
    [(text, speaker, kind, rule)] = _quotes(SPOKE)
    assert (speaker, kind, rule) == ("The governor", "mixed", "speech-topic")
    assert "new era" in text


def test_a_refused_call_reports_nothing():
    assert _quotes(REFUSED) == []


def test_a_negated_condemnation_reports_nothing():
    assert _quotes(NOT_CONDEMNED) == []


def test_a_pronoun_topic_is_not_content():
    assert _quotes(PRONOUN) == []


# The winger was called for tripping .
CALLED_FOR_PENALTY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("winger", "winger", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("called", "call", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "SCONJ", 5, "mark", ""),
    ("tripping", "trip", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The merger was first reported by the Daily Courier .
REPORTED_BY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("merger", "merger", "NOUN", 4, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("first", "first", "ADV", 4, "advmod", "NumForm=Word|NumType=Ord"),
    ("reported", "report", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Daily", "daily", "ADJ", 8, "amod", "Degree=Pos"),
    ("Courier", "Courier", "PROPN", 4, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def test_in_the_passive_an_oblique_is_not_what_was_said():
    # "was called for tripping": the winger is the one called, and nobody called for anything
    assert _quotes(CALLED_FOR_PENALTY) == []


def test_a_passive_report_still_reports_its_subject():
    assert _quotes(REPORTED_BY) == [("The merger", "the Daily Courier", "indirect", "reported-by")]


# The governor announced her plan to build new schools in the north .  (the infinitive hung on the verb)
PLAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("announced", "announce", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("plan", "plan", "NOUN", 2, "obj", "Number=Sing"),
    ("to", "to", "PART", 6, "mark", ""),
    ("build", "build", "VERB", 2, "advcl", "VerbForm=Inf"),
    ("new", "new", "ADJ", 8, "amod", "Degree=Pos"),
    ("schools", "school", "NOUN", 6, "obj", "Number=Plur"),
    ("in", "in", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("north", "north", "NOUN", 6, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The union criticized the board 's decision to close the plant before the election .  (the infinitive hung on the verb)
DECISION: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("criticized", "criticize", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 4, "case", ""),
    ("decision", "decision", "NOUN", 2, "obj", "Number=Sing"),
    ("to", "to", "PART", 8, "mark", ""),
    ("close", "close", "VERB", 2, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 8, "obj", "Number=Sing"),
    ("before", "before", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("election", "election", "NOUN", 8, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_an_infinitive_after_a_noun_object_is_the_nouns():
    # "announced her plan to build ...": the parse hangs "to build" on the verb; what was announced
    # is the plan with its infinitive (from_patterns, extent.after_object)
    assert _quotes(PLAN) == [
        ("her plan to build new schools in the north", "The governor", "indirect", "object-content")
    ]
    assert _quotes(DECISION) == [
        ("the board 's decision to close the plant before the election", "The union", "indirect", "object-content")
    ]
