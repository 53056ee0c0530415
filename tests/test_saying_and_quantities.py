"""Session 32, second batch, on sentences written for the purpose (the trees the shipped parser
gave them; no model needed): a participle's clause hung over it ("kept rates unchanged, saying
inflation remained too high": listener_clauses.clause_after_cue); a body's acronym tagged a verb
before a role and a name ("SPD spokesman Lars Henning dismissed": titled_names); a noun compounded
onto the adjective after it ("A source close to Neves said": retags); a "that" the tagger called
a pronoun but the parse a ``mark`` ("said in a note to clients that ...":
relative_speech.clause_after_phrase); a quantity's first words read as the cue's ("said more than
300 people": object_subjects.quantity_read_as_cue_modifier); a conjunct with the clause's tense
("says she cried ... and then ordered": coordination.predicate_conjunct); the role after "according
to X," (sources/candidates); a second described person after "and" (sources/mentions._apposed_name);
a capitalised "People" after a colon is no name (sources/candidates)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# The Bank of England kept interest rates unchanged on Thursday , saying inflation remained too high to justify cuts .
SAYING_BANK: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Bank", "Bank", "PROPN", 4, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("England", "England", "PROPN", 1, "nmod", "Number=Sing"),
    ("kept", "keep", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("interest", "interest", "NOUN", 6, "compound", "Number=Sing"),
    ("rates", "rate", "NOUN", 4, "obj", "Number=Plur"),
    ("unchanged", "unchang", "VERB", 6, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 9, "case", ""),
    ("Thursday", "Thursday", "PROPN", 7, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("saying", "say", "VERB", 13, "advcl", "Tense=Pres|VerbForm=Part"),
    ("inflation", "inflation", "NOUN", 13, "nsubj", "Number=Sing"),
    ("remained", "remain", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 15, "advmod", ""),
    ("high", "high", "ADJ", 13, "xcomp", "Degree=Pos"),
    ("to", "to", "ADP", 18, "case", ""),
    ("justify", "justify", "NOUN", 18, "compound", "Number=Sing"),
    ("cuts", "cut", "NOUN", 15, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# SPD spokesman Lars Henning dismissed the report .
SPD_HENNING: list[FeatRow] = [
    ("SPD", "spd", "VERB", -1, "root", "Mood=Imp|VerbForm=Fin"),
    ("spokesman", "spokesman", "NOUN", 2, "compound", "Number=Sing"),
    ("Lars", "Lars", "PROPN", 0, "obj", "Number=Plur"),
    ("Henning", "Henning", "PROPN", 4, "nsubj", "Number=Sing"),
    ("dismissed", "dismiss", "VERB", 0, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 4, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 0, "punct", ""),
]

# A source close to Neves said the player had already agreed personal terms .
SOURCE_CLOSE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 2, "compound", "Number=Sing"),
    ("close", "close", "ADJ", 5, "nsubj", "Degree=Pos"),
    ("to", "to", "ADP", 4, "case", ""),
    ("Neves", "Neves", "PROPN", 2, "obl", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("player", "player", "NOUN", 10, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("already", "already", "ADV", 10, "advmod", ""),
    ("agreed", "agree", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("personal", "personal", "ADJ", 12, "amod", "Degree=Pos"),
    ("terms", "term", "NOUN", 10, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Economists at Goldman Sachs said in a note to clients that they now expected the first cut in June .
NOTE_TO_CLIENTS: list[FeatRow] = [
    ("Economists", "economist", "NOUN", 4, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 3, "case", ""),
    ("Goldman", "Goldman", "PROPN", 3, "compound", "Number=Sing"),
    ("Sachs", "Sachs", "PROPN", 0, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("note", "note", "NOUN", 4, "obl", "Number=Sing"),
    ("to", "to", "ADP", 9, "case", ""),
    ("clients", "client", "NOUN", 7, "nmod", "Number=Plur"),
    ("that", "that", "PRON", 13, "mark", "PronType=Rel"),
    ("they", "they", "PRON", 13, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("now", "now", "ADV", 13, "advmod", "PronType=Dem"),
    ("expected", "expect", "VERB", 9, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("first", "first", "ADJ", 16, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("cut", "cut", "NOUN", 13, "obj", "Number=Sing"),
    ("in", "in", "ADP", 18, "case", ""),
    ("June", "June", "PROPN", 16, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Officials said more than 300 people had died .
MORE_THAN: list[FeatRow] = [
    ("Officials", "official", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 1, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 4, "case", ""),
    ("300", "300", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 7, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("died", "die", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Officials said up to 300 people had died .
UP_TO: list[FeatRow] = [
    ("Officials", "official", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("up", "up", "ADP", 1, "compound:prt", ""),
    ("to", "to", "ADP", 5, "case", ""),
    ("300", "300", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 7, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("died", "die", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Forecasters said as much as 15 inches of rain could fall in some areas .
AS_MUCH: list[FeatRow] = [
    ("Forecasters", "forecaster", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("as", "as", "ADV", 3, "advmod", ""),
    ("much", "much", "ADV", 1, "advmod", "Degree=Pos"),
    ("as", "as", "ADP", 6, "case", ""),
    ("15", "15", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("inches", "inch", "NOUN", 10, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 8, "case", ""),
    ("rain", "rain", "NOUN", 6, "nmod", "Number=Sing"),
    ("could", "could", "AUX", 10, "aux", "VerbForm=Fin"),
    ("fall", "fall", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 13, "case", ""),
    ("some", "some", "DET", 13, "det", "PronType=Ind"),
    ("areas", "area", "NOUN", 10, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# She says she cried for a week and then ordered new queens .
CRIED_ORDERED: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("she", "she", "PRON", 3, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("cried", "cry", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("week", "week", "NOUN", 3, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 9, "cc", ""),
    ("then", "then", "ADV", 9, "advmod", "PronType=Dem"),
    ("ordered", "order", "VERB", 1, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("new", "new", "ADJ", 11, "amod", "Degree=Pos"),
    ("queens", "queen", "NOUN", 9, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# She says the plan works and added that it was cheap .
WORKS_ADDED: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 4, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 1, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("added", "add", "VERB", 1, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("it", "it", "PRON", 10, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cheap", "cheap", "ADJ", 6, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# He was unarmed , according to Ben Crump , a civil rights lawyer representing the family .
ACCORDING_CRUMP: list[FeatRow] = [
    ("He", "he", "PRON", 2, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 2, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unarmed", "unarm", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("according", "accord", "VERB", 7, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 7, "case", ""),
    ("Ben", "Ben", "PROPN", 7, "compound", "Number=Sing"),
    ("Crump", "Crump", "PROPN", 2, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("civil", "civil", "ADJ", 12, "amod", "Degree=Pos"),
    ("rights", "right", "NOUN", 12, "compound", "Number=Plur"),
    ("lawyer", "lawyer", "NOUN", 2, "parataxis", "Number=Sing"),
    ("representing", "represent", "VERB", 12, "acl", "VerbForm=Ger"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 13, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The union 's leader , Sam Doe , and its secretary , Ann Wu , said the plan works .
SECRETARY_WU: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 1, "case", ""),
    ("leader", "leader", "NOUN", 15, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Sam", "Sam", "PROPN", 6, "compound", "Number=Sing"),
    ("Doe", "Doe", "PROPN", 3, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("its", "its", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("secretary", "secretary", "NOUN", 3, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("Ann", "Ann", "PROPN", 13, "compound", "Number=Sing"),
    ("Wu", "Wu", "PROPN", 10, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 18, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 15, "nsubj", "Number=Plur"),
    (".", ".", "PUNCT", 15, "punct", ""),
]

# The rule fixes one problem : People are at considerable risk in their home countries .
PEOPLE_COLON: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("rule", "rule", "NOUN", 2, "nsubj", "Number=Sing"),
    ("fixes", "fix", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("one", "one", "NUM", 4, "nummod", "NumForm=Word|NumType=Card"),
    ("problem", "problem", "NOUN", 2, "obj", "Number=Sing"),
    (":", ":", "PUNCT", 10, "punct", ""),
    ("People", "person", "NOUN", 10, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 10, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 10, "case", ""),
    ("considerable", "considerable", "ADJ", 10, "amod", "Degree=Pos"),
    ("risk", "risk", "NOUN", 2, "conj", "Number=Sing"),
    ("in", "in", "ADP", 14, "case", ""),
    ("their", "their", "PRON", 14, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("home", "home", "NOUN", 14, "compound", "Number=Sing"),
    ("countries", "country", "NOUN", 10, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# He said it was a start .
PEOPLE_COLON_1: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("start", "start", "NOUN", 1, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_participle_hung_under_its_clause_keeps_the_main_subject():
    (q,) = resolve([[SAYING_BANK]]).quotes
    assert q.text == "inflation remained too high to justify cuts"
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Bank of England", "organization")


def test_a_bodys_acronym_tagged_a_verb_before_a_role_and_a_name():
    assert SPD_HENNING[0][2] == "VERB"
    (q,) = resolve([[SPD_HENNING]]).quotes
    assert q.text == "the report" and q.rule == "object-content"
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Lars Henning", "SPD spokesman")


def test_a_source_close_to_a_name_is_no_named_person():
    (q,) = resolve([[SOURCE_CLOSE]]).quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("anonymous", "anonymous")


def test_a_that_clause_after_the_cues_phrases():
    assert sentence_quotes(NOTE_TO_CLIENTS) == [
        ("that they now expected the first cut in June", "Economists at Goldman Sachs", "indirect", "ccomp-cue")
    ]


def test_a_quantitys_first_words_belong_to_the_clause():
    assert [t for t, _, _, _ in sentence_quotes(MORE_THAN)] == ["more than 300 people had died"]
    assert [t for t, _, _, _ in sentence_quotes(UP_TO)] == ["up to 300 people had died"]
    assert [t for t, _, _, _ in sentence_quotes(AS_MUCH)] == ["as much as 15 inches of rain could fall in some areas"]


def test_a_conjunct_with_the_clauses_tense_goes_on_with_the_clause():
    assert [t for t, _, _, _ in sentence_quotes(CRIED_ORDERED)] == ["she cried for a week and then ordered new queens"]
    # (a speech act in the cue's own tense is the speaker's)
    assert [t for t, _, _, _ in sentence_quotes(WORKS_ADDED)][-1] == "that it was cheap"


def test_the_role_after_according_to_a_name():
    (q,) = resolve([[ACCORDING_CRUMP]]).quotes
    assert q.speaker is not None and q.speaker.role == "a civil rights lawyer representing the family"


def test_a_second_described_person_after_and_is_a_second_speaker():
    r = resolve([[SECRETARY_WU]])
    (q,) = r.quotes
    names = {e.id: e.name for e in r.entities}
    assert q.speaker is not None and sorted(names[i] for i in q.speaker.entities) == ["Ann Wu", "Sam Doe"]


def test_a_capitalised_people_after_a_colon_is_no_name():
    (q,) = resolve([[PEOPLE_COLON, PEOPLE_COLON_1]]).quotes
    assert q.speaker is not None and q.speaker.name != "People"  # (nobody named: "he" stays unresolved)
