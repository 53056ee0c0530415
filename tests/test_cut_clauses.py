"""Reported clauses the parse cut short, put back whole (session 47, from fresh articles; the trees
are the shipped parser's for these invented sentences):

* a clause joined by "and" right after a "that" clause the parse hung on the occasion is its second
  half (attribution/that_clauses.joined_after);
* an indefinite phrase after the clause's verb, set off by a comma, sums the clause up and is not
  its subject, so the cue's object is (object_subjects.summary_read_as_subject);
* an infinitive set off by commas after the cue's object describes the object, which is the
  clause's subject (object_subjects.modified_object_as_subject);
* a second speaker after ", and" that the parse read into the first report ("said the currency
  was built on sand, and its spokesman, Farai Mapfumo, said ...") speaks the second report
  (coordination.second_speaker_read_into_report);
* an "-ed" word read as an adjective of the cue's object after a gerund noun read as a participle
  is the reported clause's verb ("said the ruling undermined years of work":
  object_subjects.past_read_as_modifier).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import sentence_quotes

# The hospital said in a statement that patients with emergencies should call 911 and clinic staff would help arrange transport for anyone who walks in needing urgent care.
HOSPITAL: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 11, "mark", "PronType=Rel"),
    ("patients", "patient", "NOUN", 11, "nsubj", "Number=Plur"),
    ("with", "with", "ADP", 9, "case", ""),
    ("emergencies", "emergency", "NOUN", 7, "nmod", "Number=Plur"),
    ("should", "should", "AUX", 11, "aux", "VerbForm=Fin"),
    ("call", "call", "VERB", 5, "acl:relcl", "VerbForm=Inf"),
    ("911", "911", "NUM", 11, "obj", "NumForm=Digit|NumType=Card"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("clinic", "clinic", "ADJ", 15, "amod", "Degree=Pos"),
    ("staff", "staff", "NOUN", 17, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 17, "aux", "VerbForm=Fin"),
    ("help", "help", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("arrange", "arrange", "ADJ", 19, "amod", "Degree=Pos"),
    ("transport", "transport", "NOUN", 17, "obj", "Number=Sing"),
    ("for", "for", "ADP", 21, "case", ""),
    ("anyone", "anyone", "PRON", 19, "nmod", "Number=Sing|PronType=Ind"),
    ("who", "who", "PRON", 23, "nsubj", "PronType=Rel"),
    ("walks", "walk", "VERB", 21, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "SCONJ", 25, "mark", ""),
    ("needing", "need", "VERB", 23, "advcl", "VerbForm=Part"),
    ("urgent", "urgent", "ADJ", 27, "amod", "Degree=Pos"),
    ("care", "care", "NOUN", 25, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Rukuni said about 80% of transactions in the economy were still conducted in U.S. dollars, a figure roughly in line with central bank estimates.
DOLLARS: list[FeatRow] = [
    ("Rukuni", "Rukuni", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADV", 3, "advmod", ""),
    ("80", "80", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 1, "obj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("transactions", "transaction", "NOUN", 4, "nmod", "Number=Plur"),
    ("in", "in", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("economy", "economy", "NOUN", 6, "nmod", "Number=Sing"),
    ("were", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("still", "still", "ADV", 12, "advmod", ""),
    ("conducted", "conduct", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 15, "case", ""),
    ("U.S.", "U.S.", "PROPN", 15, "compound", "Number=Sing"),
    ("dollars", "dollar", "NOUN", 12, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("figure", "figure", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("roughly", "roughly", "ADV", 21, "advmod", "Degree=Pos"),
    ("in", "in", "ADP", 21, "case", ""),
    ("line", "line", "NOUN", 12, "obl", "Number=Sing"),
    ("with", "with", "ADP", 25, "case", ""),
    ("central", "central", "ADJ", 25, "amod", "Degree=Pos"),
    ("bank", "bank", "NOUN", 25, "compound", "Number=Sing"),
    ("estimates", "estimate", "NOUN", 21, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Hartley said the review, to be known as Project Compass, would be led by a retired judge from outside the state.
REVIEW: list[FeatRow] = [
    ("Hartley", "Hartley", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("review", "review", "NOUN", 1, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("to", "to", "PART", 7, "mark", ""),
    ("be", "be", "AUX", 7, "aux:pass", "VerbForm=Inf"),
    ("known", "know", "VERB", 1, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "ADP", 10, "case", ""),
    ("Project", "Project", "PROPN", 10, "compound", "Number=Sing"),
    ("Compass", "Compass", "PROPN", 7, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("would", "would", "AUX", 14, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 14, "aux:pass", "VerbForm=Inf"),
    ("led", "lead", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 18, "case", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("retired", "retire", "VERB", 18, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("judge", "judge", "NOUN", 14, "obl:agent", "Number=Sing"),
    ("from", "from", "ADP", 22, "case", ""),
    ("outside", "outside", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 14, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The mayor told residents the water was safe and that the boil notice would end on Friday.
GUARD_LISTENER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("residents", "resident", "NOUN", 2, "iobj", "Number=Plur"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("safe", "safe", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("and", "and", "CCONJ", 14, "cc", ""),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("boil", "boil", "NOUN", 12, "compound", "Number=Sing"),
    ("notice", "notice", "NOUN", 14, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 14, "aux", "VerbForm=Fin"),
    ("end", "end", "VERB", 7, "conj", "VerbForm=Inf"),
    ("on", "on", "ADP", 16, "case", ""),
    ("Friday", "Friday", "PROPN", 14, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# The opposition Citizens Coalition for Change said the slide showed the currency was "built on sand", and its spokesman, Farai Mapfumo, said ordinary Zimbabweans were paying for years of government mismanagement.
SECOND_SPEAKER: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("opposition", "opposition", "NOUN", 3, "compound", "Number=Sing"),
    ("Citizens", "citizen", "PROPN", 3, "compound", "Number=Plur"),
    ("Coalition", "Coalition", "PROPN", 6, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 5, "case", ""),
    ("Change", "Change", "PROPN", 3, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("slide", "slide", "NOUN", 9, "nsubj", "Number=Sing"),
    ("showed", "show", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("currency", "currency", "NOUN", 14, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 14, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("##built", "build", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 16, "case", ""),
    ("sand", "sand", "NOUN", 14, "obl", "Number=Sing"),
    ('##"', '"', "PUNCT", 14, "punct", ""),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("and", "and", "CCONJ", 21, "cc", ""),
    ("its", "its", "PRON", 21, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("spokesman", "spokesman", "NOUN", 16, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("Farai", "Farai", "PROPN", 24, "compound", "Number=Sing"),
    ("Mapfumo", "Mapfumo", "PROPN", 21, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("said", "say", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ordinary", "ordinary", "ADJ", 28, "amod", "Degree=Pos"),
    ("Zimbabweans", "Zimbabwean", "PROPN", 30, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 30, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("paying", "pay", "VERB", 26, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 32, "case", ""),
    ("years", "year", "NOUN", 30, "obl", "Number=Plur"),
    ("of", "of", "ADP", 35, "case", ""),
    ("government", "government", "NOUN", 35, "compound", "Number=Sing"),
    ("mismanagement", "mismanagement", "NOUN", 32, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 26, "punct", ""),
]


# The Swedish Hunters' Association, which represents around 150,000 hunters, said the ruling undermined years of work to build acceptance for wolves in areas where attacks on livestock are common.
RULING: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Swedish", "Swedish", "ADJ", 2, "amod", "Degree=Pos"),
    ("Hunters", "Hunter", "PROPN", 4, "nmod:poss", "Number=Plur"),
    ("##'", "'s", "PART", 2, "case", ""),
    ("Association", "Association", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("which", "which", "PRON", 7, "nsubj", "PronType=Rel"),
    ("represents", "represent", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("around", "around", "ADV", 9, "advmod", ""),
    ("150,000", "150000", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("hunters", "hunter", "NOUN", 7, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("ruling", "rule", "VERB", 16, "amod", "VerbForm=Ger"),
    ("undermined", "undermin", "VERB", 16, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("years", "year", "NOUN", 12, "obj", "Number=Plur"),
    ("of", "of", "ADP", 18, "case", ""),
    ("work", "work", "NOUN", 16, "nmod", "Number=Sing"),
    ("to", "to", "PART", 20, "mark", ""),
    ("build", "build", "VERB", 12, "advcl", "VerbForm=Inf"),
    ("acceptance", "acceptance", "NOUN", 20, "obj", "Number=Sing"),
    ("for", "for", "ADP", 23, "case", ""),
    ("wolves", "wolf", "NOUN", 20, "obl", "Number=Plur"),
    ("in", "in", "ADP", 25, "case", ""),
    ("areas", "area", "NOUN", 20, "obl", "Number=Plur"),
    ("where", "where", "ADV", 31, "advmod", "PronType=Int"),
    ("attacks", "attack", "NOUN", 31, "nsubj", "Number=Plur"),
    ("on", "on", "ADP", 29, "case", ""),
    ("livestock", "livestock", "NOUN", 27, "nmod", "Number=Sing"),
    ("are", "be", "AUX", 31, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("common", "common", "ADJ", 12, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]


def test_a_clause_joined_to_a_that_clause_on_the_occasion_is_its_second_half():
    [(text, speaker, _, _)] = sentence_quotes(HOSPITAL)
    assert (
        text.startswith("that patients with emergencies should call 911 and clinic staff") and speaker == "The hospital"
    )


def test_a_summing_up_phrase_after_the_clause_is_not_its_subject():
    [(text, speaker, _, _)] = sentence_quotes(DOLLARS)
    assert text.startswith("about 80% of transactions in the economy were") and speaker == "Rukuni"


def test_an_infinitive_set_off_after_the_object_describes_it():
    [(text, speaker, _, _)] = sentence_quotes(REVIEW)
    assert text.startswith("the review, to be known as Project Compass, would be led") and speaker == "Hartley"


def test_guard_a_listener_and_two_that_less_halves_still_one_report():
    [(text, speaker, _, _)] = sentence_quotes(GUARD_LISTENER)
    assert text == "the water was safe and that the boil notice would end on Friday" and speaker == "The mayor"


def test_a_second_speaker_read_into_the_first_report_speaks_the_second():
    first, second = sentence_quotes(SECOND_SPEAKER)
    assert first[0].endswith('"built on sand"') and first[1] == "The opposition Citizens Coalition for Change"
    assert second[0].startswith("ordinary Zimbabweans were paying") and "Farai Mapfumo" in second[1]


def test_a_past_tense_read_as_an_adjective_of_the_object_is_the_clauses_verb():
    [(text, speaker, _, _)] = sentence_quotes(RULING)
    assert text.startswith("the ruling undermined years of work") and "Association" in speaker
