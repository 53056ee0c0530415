"""Reported clauses the parse hung in the wrong place, and terms of anonymity that are no
statement: "who asked that her name not be used because she feared for her safety" is how the
worker spoke, not something she said (attribution/attribute.py); "warned that demand in China
remained weak" with "that" read as a determiner of "demand" (attribution/subject_repairs.py);
"pledged another system and said Germany would ..." with the clause a conjunct of "pledged"
(subject_repairs._clause_after_cue); a predicate after the reported clause that only the clause
can lend its form to, "said the union would seek talks and was reviewing ..." with "reviewing" a
conjunct of "said" (coordination.predicate_conjunct). The trees are the ones the shipped parser
gave the sentences in the comments. No model needed."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import sentence_quotes

# A worker at a nearby restaurant , who asked that her name not be used because she feared for her safety , said she heard at least four shots .
WORKER_ASKED: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("worker", "worker", "NOUN", 22, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("nearby", "nearby", "ADJ", 5, "amod", "Degree=Pos"),
    ("restaurant", "restaurant", "NOUN", 1, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("her", "her", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("name", "name", "NOUN", 14, "nsubj:pass", "Number=Sing"),
    ("not", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 14, "aux:pass", "VerbForm=Inf"),
    ("used", "use", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 17, "mark", ""),
    ("she", "she", "PRON", 17, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("feared", "fear", "VERB", 14, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 20, "case", ""),
    ("her", "her", "PRON", 20, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("safety", "safety", "NOUN", 17, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 24, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("heard", "hear", "VERB", 22, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 28, "case", ""),
    ("least", "least", "ADJ", 28, "nummod", "Degree=Sup"),
    ("four", "four", "NUM", 28, "nummod", "NumForm=Word|NumType=Card"),
    ("shots", "shot", "NOUN", 24, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 22, "punct", ""),
]

# Pathak warned that demand in China remained weak .
WARNED_THAT: list[FeatRow] = [
    ("Pathak", "Pathak", "PROPN", 1, "nsubj", "Number=Sing"),
    ("warned", "warn", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "DET", 3, "det", "Number=Sing|PronType=Dem"),
    ("demand", "demand", "NOUN", 1, "obj", "Number=Sing"),
    ("in", "in", "ADP", 5, "case", ""),
    ("China", "China", "PROPN", 3, "nmod", "Number=Sing"),
    ("remained", "remain", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("weak", "weak", "NOUN", 6, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Olaf Scholz pledged another IRIS - T system and said Germany would " stand by Ukraine as long as it takes . "
PLEDGED_AND_SAID: list[FeatRow] = [
    ("Olaf", "Olaf", "PROPN", 1, "compound", "Number=Sing"),
    ("Scholz", "Scholz", "PROPN", 2, "nsubj", "Number=Sing"),
    ("pledged", "pledge", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("another", "another", "DET", 7, "det", "PronType=Ind"),
    ("IRIS", "Iris", "PROPN", 6, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 4, "punct", ""),
    ("T", "T", "NOUN", 7, "compound", "Number=Sing"),
    ("system", "system", "NOUN", 2, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 9, "cc", ""),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Germany", "Germany", "PROPN", 13, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("stand", "stand", "VERB", 2, "conj", "VerbForm=Inf"),
    ("by", "by", "ADP", 15, "case", ""),
    ("Ukraine", "Ukraine", "PROPN", 13, "obl", "Number=Sing"),
    ("as", "as", "ADV", 17, "advmod", ""),
    ("long", "long", "ADV", 13, "advmod", "Degree=Pos"),
    ("as", "as", "SCONJ", 20, "mark", ""),
    ("it", "it", "PRON", 20, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("takes", "take", "VERB", 13, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    (".", ".", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
]


# The union said 98 % of members who voted backed strike action .
MEMBERS_WHO_VOTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("98", "98", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("%", "%", "SYM", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("members", "member", "NOUN", 4, "nmod", "Number=Plur"),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("voted", "vote", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("backed", "back", "VERB", 11, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("strike", "strike", "NOUN", 11, "compound", "Number=Sing"),
    ("action", "action", "NOUN", 8, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# She said the union would seek talks with management and was reviewing whether the company had complied with the contract .
WAS_REVIEWING: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 5, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("seek", "seek", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("talks", "talk", "NOUN", 5, "obj", "Number=Plur"),
    ("with", "with", "ADP", 8, "case", ""),
    ("management", "management", "NOUN", 5, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("was", "be", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reviewing", "review", "VERB", 1, "conj", "Tense=Pres|VerbForm=Part"),
    ("whether", "whether", "SCONJ", 16, "mark", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("complied", "comply", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("with", "with", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("contract", "contract", "NOUN", 16, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The ministry said in a statement that Valdoria remained open to dialogue but would not accept ultimatums .
WOULD_NOT_ACCEPT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 8, "obj", "PronType=Rel"),
    ("Valdoria", "Valdoria", "PROPN", 8, "nsubj", "Number=Sing"),
    ("remained", "remain", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("open", "open", "ADJ", 8, "xcomp", "Degree=Pos"),
    ("to", "to", "PART", 11, "mark", ""),
    ("dialogue", "dialogue", "VERB", 9, "xcomp", "VerbForm=Inf"),
    ("but", "but", "CCONJ", 15, "cc", ""),
    ("would", "would", "AUX", 15, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 15, "advmod", "Polarity=Neg"),
    ("accept", "accept", "VERB", 2, "conj", "VerbForm=Inf"),
    ("ultimatums", "ultimatum", "NOUN", 15, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Defense attorney Kwame Boateng said in an email that his client was " devastated " by the decision and would plead not guilty .
WOULD_PLEAD: list[FeatRow] = [
    ("Defense", "Defense", "NOUN", 1, "compound", "Number=Sing"),
    ("attorney", "attorney", "NOUN", 3, "compound", "Number=Sing"),
    ("Kwame", "Kwame", "PROPN", 3, "compound", "Number=Sing"),
    ("Boateng", "Boateng", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("an", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("email", "email", "NOUN", 4, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("his", "his", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("client", "client", "NOUN", 13, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("devastated", "devastate", "VERB", 7, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("by", "by", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 13, "obl:agent", "Number=Sing"),
    ("and", "and", "CCONJ", 20, "cc", ""),
    ("would", "would", "AUX", 20, "aux", "VerbForm=Fin"),
    ("plead", "plead", "VERB", 4, "conj", "VerbForm=Inf"),
    ("not", "not", "PART", 22, "advmod", "Polarity=Neg"),
    ("guilty", "guilty", "ADJ", 20, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def test_the_terms_of_anonymity_with_their_reason_are_no_statement():
    assert sentence_quotes(WORKER_ASKED) == [
        ("she heard at least four shots", "A worker at a nearby restaurant", "indirect", "ccomp-cue")
    ]


def test_that_read_as_a_determiner_of_the_clauses_subject_opens_the_clause():
    assert WARNED_THAT[2][2] == "DET"
    assert sentence_quotes(WARNED_THAT) == [("that demand in China remained weak", "Pathak", "indirect", "ccomp-cue")]


def test_a_clause_hung_on_the_first_conjunct_is_what_the_second_verb_said():
    quotes = sentence_quotes(PLEDGED_AND_SAID)
    assert [(t, r) for t, _, _, r in quotes] == [
        ("another IRIS - T system", "object-content"),
        ('Germany would " stand by Ukraine as long as it takes . "', "ccomp-cue"),
    ]


def test_a_past_form_after_a_relative_clause_in_the_object_is_the_reported_verb():
    # ("backed" an adjective of "action", the object the parse gave "voted")
    assert sentence_quotes(MEMBERS_WHO_VOTED) == [
        ("98 % of members who voted backed strike action", "The union", "indirect", "ccomp-cue")
    ]


def test_a_predicate_with_an_auxiliary_the_cue_lacks_goes_on_with_the_reported_clause():
    assert WAS_REVIEWING[11][4] == "conj" and WAS_REVIEWING[11][3] == 1
    assert sentence_quotes(WAS_REVIEWING) == [
        (
            "the union would seek talks with management and was reviewing whether the company had complied with"
            " the contract",
            "She",
            "indirect",
            "ccomp-cue",
        )
    ]
    [(text, _, _, _)] = sentence_quotes(WOULD_NOT_ACCEPT)
    assert text == "that Valdoria remained open to dialogue but would not accept ultimatums"


def test_a_speech_verb_with_a_modal_the_cue_lacks_goes_on_with_the_reported_clause():
    # ("would plead not guilty" is the client's; "and added that", "but would not comment" stay the speaker's)
    [(text, _, _, _)] = sentence_quotes(WOULD_PLEAD)
    assert text.endswith("by the decision and would plead not guilty")
