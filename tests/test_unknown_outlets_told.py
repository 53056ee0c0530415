"""Outlets no gazetteer knows, found where a medium's word names them, and whose role a
description means (session 65, the via-focused fresh set): "told broadcaster TVN24", "an
interview with radio station KTRX", "the PAP news agency", "PAP quoted the judge as saying",
"told the Kisumu Evening Star ... told the newspaper"; a programme's title in quotes ('in her
"Meet the Press" interview') is no quote and still names the channel of what follows; "the mayor"
is not "the mayor's lawyer". The trees are the ones the shipped parser gave these sentences; no
model needed."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Speaking outside the courtroom, the mayor's lawyer, Jane Roe, told broadcaster TVN24 that the witness had lied.
TVN: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 13, "advcl", "Tense=Pres|VerbForm=Part"),
    ("outside", "outside", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("courtroom", "courtroom", "NOUN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 8, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 6, "case", ""),
    ("lawyer", "lawyer", "NOUN", 13, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("Jane", "Jane", "PROPN", 11, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 8, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("broadcaster", "broadcaster", "NOUN", 15, "compound", "Number=Sing"),
    ("TVN24", "tvn24", "NOUN", 13, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 20, "mark", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("witness", "witness", "NOUN", 20, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lied", "lie", "VERB", 15, "acl:relcl", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# In an interview with radio station KTRX, candidate Tom Hale said he was confident about the rural vote.
KTRX: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 11, "obl", "Number=Sing"),
    ("with", "with", "ADP", 5, "case", ""),
    ("radio", "radio", "NOUN", 5, "compound", "Number=Sing"),
    ("station", "station", "NOUN", 2, "nmod", "Number=Sing"),
    ("KTRX", "KTRX", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("candidate", "candidate", "NOUN", 10, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 10, "compound", "Number=Sing"),
    ("Hale", "Hale", "PROPN", 6, "appos", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("confident", "confident", "ADJ", 11, "ccomp", "Degree=Pos"),
    ("about", "about", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("rural", "rural", "ADJ", 18, "amod", "Degree=Pos"),
    ("vote", "vote", "NOUN", 14, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# In remarks to the PAP news agency, the mayor said the money was his savings.
PAPA: list[FeatRow] = [
    ("In", "in", "ADP", 1, "case", ""),
    ("remarks", "remark", "NOUN", 10, "obl", "Number=Plur"),
    ("to", "to", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("PAP", "pap", "NOUN", 6, "compound", "Number=Sing"),
    ("news", "news", "NOUN", 6, "compound", "Number=Sing"),
    ("agency", "agency", "NOUN", 1, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("money", "money", "NOUN", 15, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 15, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("savings", "savings", "NOUN", 10, "ccomp", "Number=Plur"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# PAP quoted the presiding judge, Ewa Brzozowska, as saying the trial would last until the autumn.
PAPQ: list[FeatRow] = [
    ("PAP", "PAP", "PROPN", 1, "nsubj", "Number=Sing"),
    ("quoted", "quote", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("presiding", "presiding", "NOUN", 4, "compound", "Number=Sing"),
    ("judge", "judge", "NOUN", 1, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("Ewa", "Ewa", "PROPN", 7, "compound", "Number=Sing"),
    ("Brzozowska", "Brzozowska", "PROPN", 4, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("as", "as", "SCONJ", 10, "mark", ""),
    ("saying", "say", "VERB", 1, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("trial", "trial", "NOUN", 14, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 14, "aux", "VerbForm=Fin"),
    ("last", "last", "VERB", 10, "ccomp", "VerbForm=Inf"),
    ("until", "until", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("autumn", "autumn", "NOUN", 14, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Fish trader Beatrice Auma told the Kisumu Evening Star that families were walking five kilometres for water.
STAR: list[FeatRow] = [
    ("Fish", "Fish", "PROPN", 1, "compound", "Number=Sing"),
    ("trader", "trader", "NOUN", 3, "compound", "Number=Sing"),
    ("Beatrice", "Beatrice", "PROPN", 3, "compound", "Number=Sing"),
    ("Auma", "Auma", "PROPN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Kisumu", "Kisumu", "PROPN", 8, "compound", "Number=Sing"),
    ("Evening", "Evening", "PROPN", 8, "compound", "Number=Sing"),
    ("Star", "Star", "PROPN", 4, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("families", "family", "NOUN", 12, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("walking", "walk", "VERB", 4, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("five", "five", "NUM", 14, "nummod", "NumForm=Word|NumType=Card"),
    ("kilometres", "kilometre", "NOUN", 12, "obj", "Number=Plur"),
    ("for", "for", "ADP", 16, "case", ""),
    ("water", "water", "NOUN", 12, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# "My children are missing school," she told the newspaper.
STAR2: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("My", "my", "PRON", 2, "nmod:poss", "Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs"),
    ("children", "child", "NOUN", 4, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("missing", "miss", "VERB", 9, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("school", "school", "NOUN", 4, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("she", "she", "PRON", 9, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("newspaper", "newspaper", "NOUN", 9, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# The mayor's lawyer, Jane Roe, told the court that the witness had lied.
LAWYER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 1, "case", ""),
    ("lawyer", "lawyer", "NOUN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Jane", "Jane", "PROPN", 6, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 3, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 8, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("witness", "witness", "NOUN", 15, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lied", "lie", "VERB", 10, "acl", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# After the hearing, the mayor said the money was his savings.
MAYOR: list[FeatRow] = [
    ("After", "after", "ADP", 2, "case", ""),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("hearing", "hearing", "NOUN", 6, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("money", "money", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("savings", "savings", "NOUN", 6, "ccomp", "Number=Plur"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Later in her "Meet the Press" interview, Roe was asked about the bill.
MTP: list[FeatRow] = [
    ("Later", "late", "ADV", 12, "advmod", "Degree=Cmp"),
    ("in", "in", "ADP", 4, "case", ""),
    ("her", "her", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Meet", "meet", "VERB", 12, "advcl", "Mood=Imp|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Press", "Press", "PROPN", 8, "compound", "Number=Sing"),
    ('"', '"', "PUNCT", 8, "punct", ""),
    ("interview", "interview", "NOUN", 4, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("Roe", "Roe", "PROPN", 12, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("asked", "ask", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("about", "about", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 12, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# "We will accept changes that make it better," she said.
MTP2: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("accept", "accept", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("changes", "change", "NOUN", 3, "obj", "Number=Plur"),
    ("that", "that", "PRON", 6, "nsubj", "PronType=Rel"),
    ("make", "make", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("it", "it", "PRON", 6, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("better", "well", "ADV", 6, "advmod", "Degree=Cmp"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("she", "she", "PRON", 12, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 12, "punct", ""),
]


def _vias(*paragraphs: list[FeatRow]) -> list[tuple[str, str | None, str | None]]:
    r = resolve([[p] for p in paragraphs])
    return [(q.text, q.speaker.name if q.speaker else None, q.via.name if q.via else None) for q in r.quotes]


def test_a_name_beside_a_mediums_word_is_the_outlet_told():
    assert [v for _, _, v in _vias(TVN)] == ["TVN24"]
    assert [v for _, _, v in _vias(KTRX)] == ["KTRX"]
    assert [v for _, _, v in _vias(PAPA)] == ["PAP"]  # (not "PAP news agency after the hearing")


def test_the_outlet_that_quoted_a_speaker_as_saying_is_the_channel():
    assert _vias(PAPA, PAPQ)[-1][1:] == ("Ewa Brzozowska", "PAP")


def test_the_newspaper_is_the_outlet_no_gazetteer_knows_named_before():
    assert [v for _, _, v in _vias(STAR, STAR2)] == ["Kisumu Evening Star", "Kisumu Evening Star"]


def test_guard_the_newspaper_with_no_outlet_named_keeps_its_words():
    assert [v for _, _, v in _vias(STAR2)] == ["newspaper"]


def test_a_description_is_not_the_person_whose_role_only_serves_it():
    speakers = [s for _, s, _ in _vias(LAWYER, MAYOR)]
    assert speakers == ["Jane Roe", "the mayor"]


def test_a_programmes_title_in_quotes_is_no_quote_and_names_the_channel_after_it():
    quotes = _vias(MTP, MTP2)
    assert not [q for q in quotes if "Meet the Press" in q[0]]
    assert quotes[-1][1:] == ("Roe", "NBC News")  # (the gazetteer's name for the programme's network)
