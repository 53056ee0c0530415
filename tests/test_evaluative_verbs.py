"""Prepositional verbs of speech whose object is what the speaker warned of, complained about,
boasted of or attacked (lexicon evaluative_verbs, pattern call-for): "warned of a slow-motion
disaster", "complained about delays", "cautioned against drawing too many lessons" (a gerund
clause, which the parse marks rather than cases: syntax/tree.lexicon_forms), a quoted phrase
inside the object making the quote mixed. The object is the phrase right after the verb
(matcher relation phrase_after), not a later phrase with another or the same preposition. Trees
the shipped parser gave sentences written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow, sentence
from source_helpers import sentence_quotes

from provenance.syntax.tree import lexicon_forms

_quotes = sentence_quotes


# The mayor has boasted of his plan to spend " whatever it takes " to win the race .
BOAST: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("boasted", "boast", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("of", "of", "ADP", 6, "case", ""),
    ("his", "his", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("plan", "plan", "NOUN", 3, "obl", "Number=Sing"),
    ("to", "to", "PART", 8, "mark", ""),
    ("spend", "spend", "VERB", 3, "advcl", "VerbForm=Inf"),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("whatever", "whatever", "PRON", 8, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 12, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("takes", "take", "VERB", 10, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("to", "to", "PART", 15, "mark", ""),
    ("win", "win", "VERB", 12, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("race", "race", "NOUN", 15, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Critics warned of a slow - motion disaster at the port for weeks .
WARN: list[FeatRow] = [
    ("Critics", "critic", "NOUN", 1, "nsubj:pass", "Number=Plur"),
    ("warned", "warn", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin|Voice=Pass"),
    ("of", "of", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("slow", "slow", "ADJ", 6, "amod", "Degree=Pos"),
    ("-", "-", "PUNCT", 4, "punct", ""),
    ("motion", "motion", "NOUN", 7, "compound", "Number=Sing"),
    ("disaster", "disaster", "NOUN", 1, "obl", "Number=Sing"),
    ("at", "at", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("port", "port", "NOUN", 1, "obl", "Number=Sing"),
    ("for", "for", "ADP", 12, "case", ""),
    ("weeks", "week", "NOUN", 10, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Several Democrats cautioned against drawing too many lessons from the vote .
CAUTION: list[FeatRow] = [
    ("Several", "several", "ADJ", 1, "amod", "Degree=Pos"),
    ("Democrats", "Democrat", "NOUN", 2, "nsubj", "Number=Plur"),
    ("cautioned", "caution", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "SCONJ", 4, "mark", ""),
    ("drawing", "draw", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("too", "too", "ADV", 6, "advmod", ""),
    ("many", "many", "ADJ", 7, "amod", "Degree=Pos"),
    ("lessons", "lesson", "NOUN", 4, "obj", "Number=Plur"),
    ("from", "from", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 4, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The union complained about delays in the talks .
COMPLAIN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("complained", "complain", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 4, "case", ""),
    ("delays", "delay", "NOUN", 2, "obl", "Number=Plur"),
    ("in", "in", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 2, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_quoted_phrase_in_what_was_boasted_of_is_a_mixed_quote():
    [(text, speaker, kind, rule)] = _quotes(BOAST)
    assert (speaker, kind, rule) == ("The mayor", "mixed", "call-for")
    assert text.startswith("his plan to spend") and "whatever it takes" in text


def test_what_was_warned_of_is_the_phrase_after_the_verb_only():
    # "at the port" is a second oblique of the verb, not what the critics warned of
    assert _quotes(WARN) == [("a slow - motion disaster", "Critics", "indirect", "call-for")]


def test_a_gerund_clause_after_the_preposition_is_the_content():
    assert _quotes(CAUTION) == [("drawing too many lessons from the vote", "Several Democrats", "indirect", "call-for")]
    s = sentence(CAUTION)
    assert "caution against" in lexicon_forms(s, 2)


def test_a_complaint_reports_its_object_not_the_verbs_other_phrases():
    assert _quotes(COMPLAIN) == [("delays", "The union", "indirect", "call-for")]


# The mayor pointed to the falling crime rate in the city .
POINTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("pointed", "point", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("falling", "fall", "VERB", 7, "amod", "VerbForm=Ger"),
    ("crime", "crime", "NOUN", 7, "compound", "Number=Sing"),
    ("rate", "rate", "NOUN", 2, "obl", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 7, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_what_a_speaker_pointed_to_is_what_they_cited():
    assert _quotes(POINTED) == [("the falling crime rate in the city", "The mayor", "indirect", "call-for")]


# Many Democrats are warning against a narrow campaign .
ARE_WARNING: list[FeatRow] = [
    ("Many", "many", "ADJ", 1, "amod", "Degree=Pos"),
    ("Democrats", "Democrat", "NOUN", 3, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("warning", "warning", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("against", "against", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("narrow", "narrow", "ADJ", 7, "amod", "Degree=Pos"),
    ("campaign", "campaign", "NOUN", 3, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_progressive_verb_given_its_nouns_lemma_is_still_the_verb():
    # "are warning against": the tagger gives "warning" the noun's lemma; the verb's is tried too
    # (syntax.tree._misread_lemma)
    assert _quotes(ARE_WARNING) == [("a narrow campaign", "Many Democrats", "indirect", "call-for")]
