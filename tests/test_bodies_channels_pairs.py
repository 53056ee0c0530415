"""Session 31, third batch, on sentences written for the purpose (the trees the shipped parser
gave them; no model needed): an organisation's name whose first word the tagger took for an
adjective ("Meridian Logistics", sources/org_subjects.py); a definite description that says where
the body is based ("The Chicago-based company", sources/unnamed.py); the outlet that reached the
speaker ("Two customers reached by Reuters said", rules/patterns/via-reached-by*.yaml); "Both said"
after two named people (sources/mentions.py, sources/pronouns.py); "The sheriff's office" is the
sheriff's office named before, not the last office named (sources/unnamed.py)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Meridian Logistics will close three warehouses , the company said Tuesday .
MERIDIAN: list[FeatRow] = [
    ("Meridian", "meridian", "ADJ", 1, "amod", "Degree=Pos"),
    ("Logistics", "Logistics", "PROPN", 3, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", -1, "root", "VerbForm=Inf"),
    ("three", "three", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("warehouses", "warehouse", "NOUN", 3, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Tuesday", "Tuesday", "PROPN", 9, "nsubj", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The Chicago - based company said in a statement that it would offer severance .
CHICAGO_BASED: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Chicago", "Chicago", "PROPN", 3, "compound", "Number=Sing"),
    ("-", "-", "PUNCT", 1, "punct", ""),
    ("based", "base", "VERB", 4, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("company", "company", "NOUN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "PRON", 12, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 12, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("offer", "offer", "VERB", 8, "acl:relcl", "VerbForm=Inf"),
    ("severance", "severance", "NOUN", 12, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Two customers reached by Reuters said they had not been told .
REACHED_BY: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("customers", "customer", "NOUN", 5, "nsubj", "Number=Plur"),
    ("reached", "reach", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 4, "case", ""),
    ("Reuters", "Reuters", "PROPN", 1, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 10, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 10, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("told", "tell", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Two customers , reached by Reuters on Monday , said they had not been told .
REACHED_SET_OFF: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("customers", "customer", "NOUN", 9, "nsubj", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("reached", "reach", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 5, "case", ""),
    ("Reuters", "Reuters", "PROPN", 3, "obl:agent", "Number=Plur"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Monday", "Monday", "PROPN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 14, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 14, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("told", "tell", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# Jane Liebowitz and Ray Deluca voted against the plan on Tuesday .
VOTED: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Liebowitz", "Liebowitz", "PROPN", 5, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Ray", "Ray", "PROPN", 1, "conj", "Number=Sing"),
    ("Deluca", "Deluca", "PROPN", 1, "flat", "Number=Sing"),
    ("voted", "vote", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 5, "obl", "Number=Sing"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 8, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Both said a decision should wait .
BOTH_SAID: list[FeatRow] = [
    ("Both", "both", "DET", 1, "nsubj", "PronType=Tot"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("decision", "decision", "NOUN", 5, "nsubj", "Number=Sing"),
    ("should", "should", "AUX", 5, "aux", "VerbForm=Fin"),
    ("wait", "wait", "VERB", 1, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The Polk County Sheriff 's Office said the suspect was in custody .
SHERIFF_OFFICE: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Polk", "Polk", "PROPN", 3, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 3, "compound", "Number=Sing"),
    ("Sheriff", "Sheriff", "PROPN", 5, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 3, "case", ""),
    ("Office", "Office", "PROPN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("suspect", "suspect", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 11, "case", ""),
    ("custody", "custody", "NOUN", 6, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# State Attorney Linda Marchetti 's office said charges would follow .
ATTORNEY_OFFICE: list[FeatRow] = [
    ("State", "state", "NOUN", 6, "nsubj", "Number=Sing"),
    ("Attorney", "Attorney", "PROPN", 5, "nmod:poss", "Number=Sing"),
    ("Linda", "Linda", "PROPN", 3, "compound", "Number=Sing"),
    ("Marchetti", "Marchetti", "PROPN", 5, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 3, "case", ""),
    ("office", "office", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("charges", "charge", "NOUN", 9, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("follow", "follow", "VERB", 6, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# The sheriff 's office said it had cooperated fully .
THE_SHERIFFS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("sheriff", "sheriff", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 1, "case", ""),
    ("office", "office", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cooperated", "cooperate", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("fully", "fully", "ADV", 7, "advmod", ""),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Liebowitz and Deluca voted against the plan on Tuesday .
LD_VOTED: list[FeatRow] = [
    ("Liebowitz", "Liebowitz", "PROPN", 3, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Deluca", "Deluca", "PROPN", 0, "conj", "Number=Sing"),
    ("voted", "vote", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 3, "obl", "Number=Sing"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 6, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_an_organisation_subject_keeps_a_first_word_tagged_an_adjective():
    assert MERIDIAN[0][2] == "ADJ"
    (q,) = resolve([[MERIDIAN]]).quotes
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("the company", "Meridian Logistics")


def test_a_description_saying_where_the_body_is_based_is_the_body_named_before():
    r = resolve([[MERIDIAN], [CHICAGO_BASED]])
    assert [q.speaker.name for q in r.quotes if q.speaker] == ["Meridian Logistics", "Meridian Logistics"]


def test_the_outlet_that_reached_the_speaker_is_the_channel():
    for rows in (REACHED_BY, REACHED_SET_OFF):
        (q,) = resolve([[rows]]).quotes
        assert q.via is not None and q.via.name == "Reuters", rows


def test_both_after_two_named_people_is_both_of_them():
    r = resolve([[VOTED, BOTH_SAID]])
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.name == "Jane Liebowitz"
    assert [r.entities[i].name for i in q.speaker.entities] == ["Jane Liebowitz", "Ray Deluca"]


def test_an_office_described_by_its_holder_is_that_holders_office():
    quotes = resolve([[SHERIFF_OFFICE], [ATTORNEY_OFFICE], [THE_SHERIFFS]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Polk County Sheriff's Office"


def test_both_after_two_bare_surnames_is_both_of_them():
    # ("Deluca", a lone capitalised word in the subject's conjunct, is a name like the subject)
    r = resolve([[LD_VOTED, BOTH_SAID]])
    (q,) = r.quotes
    assert q.speaker is not None
    assert [r.entities[i].name for i in q.speaker.entities] == ["Liebowitz", "Deluca"]
