"""A speech verb coordinated with a passive or infinitive inside its report goes back to the one
it agrees with (attribution/coordination.py); a relative clause hung on a time is its noun's or the
name's before it (sources/relatives.py); "The Republican, who ..." after a named candidate is that
candidate (sources/candidates.py); an acronym's name without the sentence's full stop
(sources/spelt_names.py). Each tree is the shape the shipped parser produced for the sentence in
the comment (no model needed)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import article_records, quote_records

from provenance.sources.spelt_names import spelled_out

# The minister said the tax had been approved by cabinet and insisted that it would not rise again.
MINISTER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("tax", "tax", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 7, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("approved", "approve", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 9, "case", ""),
    ("cabinet", "cabinet", "NOUN", 7, "obl:agent", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("insisted", "insist", "VERB", 7, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("it", "it", "PRON", 16, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("rise", "rise", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("again", "again", "ADV", 16, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Economists say the cuts are needed to narrow the deficit but warn they will push up inflation.
ECONOMISTS: list[FeatRow] = [
    ("Economists", "economist", "NOUN", 1, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("cuts", "cut", "NOUN", 5, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("needed", "need", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 7, "mark", ""),
    ("narrow", "narrow", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("deficit", "deficit", "NOUN", 7, "obj", "Number=Sing"),
    ("but", "but", "CCONJ", 11, "cc", ""),
    ("warn", "warn", "VERB", 7, "conj", "VerbForm=Inf"),
    ("they", "they", "PRON", 14, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("will", "will", "AUX", 14, "aux", "VerbForm=Fin"),
    ("push", "push", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("up", "up", "ADP", 14, "compound:prt", ""),
    ("inflation", "inflation", "NOUN", 14, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# Forward Together PAC sent a fundraising email Monday morning that called Doyle the face of cruelty.
EMAIL: list[FeatRow] = [
    ("Forward", "forward", "ADV", 3, "advmod", ""),
    ("Together", "together", "ADV", 3, "advmod", ""),
    ("PAC", "PAC", "PROPN", 3, "nsubj", "Number=Sing"),
    ("sent", "send", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("fundraising", "fundrais", "VERB", 6, "amod", "VerbForm=Ger"),
    ("email", "email", "NOUN", 3, "obj", "Number=Sing"),
    ("Monday", "Monday", "PROPN", 8, "compound", "Number=Sing"),
    ("morning", "morning", "NOUN", 3, "obj", "Number=Sing"),
    ("that", "that", "PRON", 10, "nsubj", "PronType=Rel"),
    ("called", "call", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Doyle", "Doyle", "PROPN", 10, "obj", "Number=Sing"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("face", "face", "NOUN", 10, "obj", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("cruelty", "cruelty", "NOUN", 13, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# The split burst into the open Wednesday, when acting chief of staff Glenn Marchetti told reporters at the White House that a stopgap measure was "on the table," only to be contradicted hours later by House Majority Whip Curtis Elmendorf (R-La.), who said on Fox News that "there is no stopgap on the table, period."
HOURS: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("split", "split", "ADJ", 2, "amod", "Degree=Pos"),
    ("burst", "burst", "NOUN", 15, "nsubj", "Number=Sing"),
    ("into", "into", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("open", "open", "ADJ", 6, "amod", "Degree=Pos"),
    ("Wednesday", "Wednesday", "PROPN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("when", "when", "ADV", 9, "advmod", "PronType=Int"),
    ("acting", "act", "VERB", 10, "amod", "Tense=Pres|VerbForm=Part"),
    ("chief", "chief", "NOUN", 15, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("staff", "staff", "NOUN", 14, "compound", "Number=Sing"),
    ("Glenn", "Glenn", "PROPN", 14, "compound", "Number=Sing"),
    ("Marchetti", "Marchetti", "PROPN", 10, "nmod", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 15, "iobj", "Number=Plur"),
    ("at", "at", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("White", "White", "ADJ", 20, "amod", "Degree=Pos"),
    ("House", "House", "PROPN", 15, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 29, "mark", ""),
    ("a", "a", "DET", 24, "det", "Definite=Ind|PronType=Art"),
    ("stopgap", "stopgap", "NOUN", 24, "compound", "Number=Sing"),
    ("measure", "measure", "NOUN", 25, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 29, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 25, "punct", ""),
    ("on", "on", "ADP", 29, "case", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("table", "table", "NOUN", 15, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 35, "punct", ""),
    ('"', '"', "PUNCT", 32, "punct", ""),
    ("only", "only", "ADV", 35, "advmod", ""),
    ("to", "to", "PART", 35, "mark", ""),
    ("be", "be", "AUX", 35, "aux:pass", "VerbForm=Inf"),
    ("contradicted", "contradict", "VERB", 29, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("hours", "hour", "NOUN", 35, "obj", "Number=Plur"),
    ("later", "late", "ADV", 35, "advmod", "Degree=Cmp"),
    ("by", "by", "ADP", 43, "case", ""),
    ("House", "House", "PROPN", 43, "compound", "Number=Sing"),
    ("Majority", "Majority", "PROPN", 43, "compound", "Number=Sing"),
    ("Whip", "Whip", "PROPN", 43, "compound", "Number=Sing"),
    ("Curtis", "Curtis", "PROPN", 43, "compound", "Number=Sing"),
    ("Elmendorf", "Elmendorf", "PROPN", 36, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 45, "punct", ""),
    ("R", "R", "PROPN", 43, "appos", "Number=Sing"),
    ("-", "-", "PUNCT", 45, "punct", ""),
    ("La.", "La.", "PROPN", 45, "flat", "Number=Sing"),
    (")", ")", "PUNCT", 45, "punct", ""),
    (",", ",", "PUNCT", 51, "punct", ""),
    ("who", "who", "PRON", 51, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 43, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 54, "case", ""),
    ("Fox", "Fox", "PROPN", 54, "compound", "Number=Sing"),
    ("News", "News", "PROPN", 51, "obl", "Number=Sing"),
    ("that", "that", "PRON", 58, "mark", "PronType=Rel"),
    ('"', '"', "PUNCT", 58, "punct", ""),
    ("there", "there", "PRON", 58, "expl", ""),
    ("is", "be", "VERB", 51, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("no", "no", "DET", 60, "det", "PronType=Neg"),
    ("stopgap", "stopgap", "NOUN", 58, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 63, "case", ""),
    ("the", "the", "DET", 63, "det", "Definite=Def|PronType=Art"),
    ("table", "table", "NOUN", 60, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 65, "punct", ""),
    ("period", "period", "NOUN", 63, "conj", "Number=Sing"),
    (".", ".", "PUNCT", 15, "punct", ""),
    ('"', '"', "PUNCT", 58, "punct", ""),
]


# Dale Whitcomb spoke in Denison on Monday.
WHITCOMB: list[FeatRow] = [
    ("Dale", "Dale", "PROPN", 1, "compound", "Number=Sing"),
    ("Whitcomb", "Whitcomb", "PROPN", 2, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("Denison", "Denison", "PROPN", 2, "obl", "Number=Sing"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Monday", "Monday", "PROPN", 2, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# He said the fuel standard stays.
STAYS: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("fuel", "fuel", "NOUN", 5, "compound", "Number=Sing"),
    ("standard", "standard", "ADJ", 5, "amod", "Degree=Pos"),
    ("stays", "stay", "NOUN", 1, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# The Republican, who is running fourth in most polls, spent the event answering questions.
REPUBLICAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Republican", "Republican", "PROPN", 11, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("is", "be", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("running", "run", "VERB", 11, "advcl", "Tense=Pres|VerbForm=Part"),
    ("fourth", "fourth", "ADV", 5, "advmod", "NumForm=Word|NumType=Ord"),
    ("in", "in", "ADP", 9, "case", ""),
    ("most", "most", "ADJ", 9, "amod", "Degree=Sup"),
    ("polls", "poll", "NOUN", 5, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("spent", "spend", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("event", "event", "NOUN", 11, "obj", "Number=Sing"),
    ("answering", "answer", "VERB", 15, "amod", "VerbForm=Ger"),
    ("questions", "question", "NOUN", 11, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 11, "punct", ""),
]


# He said tariffs had cost growers real money.
TARIFFS: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("tariffs", "tariff", "NOUN", 3, "nsubj", "Number=Plur"),
    ("had", "have", "VERB", 1, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("cost", "cost", "NOUN", 5, "compound", "Number=Sing"),
    ("growers", "grower", "NOUN", 3, "obj", "Number=Plur"),
    ("real", "real", "ADJ", 7, "amod", "Degree=Pos"),
    ("money", "money", "NOUN", 3, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_speech_verb_after_a_passive_report_goes_with_the_speech_verb():
    # (before: "insisted" was coordinated with "approved", and "the tax" insisted)
    assert [(r[1], r[2]) for r in quote_records(MINISTER)] == [("The minister", "anonymous")] * 2  # type: ignore[arg-type]


def test_a_bare_speech_verb_hung_on_an_infinitive_is_a_present_with_the_subject_of_say():
    # "warn" tagged an infinitive like "narrow": "Economists ... warn", not "the cuts"
    assert [r[1] for r in quote_records(ECONOMISTS)] == ["Economists", "Economists"]  # type: ignore[arg-type]


def test_a_relative_clause_hung_on_a_time_is_the_noun_before_it():
    # (before: the email's words were said by "Monday morning")
    records = quote_records(EMAIL)  # type: ignore[arg-type]
    assert [(r[1], r[2]) for r in records] == [("fundraising email", "organization")]


def test_who_after_a_name_hung_on_a_time_is_the_name():
    # "contradicted hours later by ... Elmendorf (R-La.), who said": not "hours"
    records = quote_records(HOURS)  # type: ignore[arg-type]
    assert [r[1] for r in records if "no stopgap" in r[0]] == ["Curtis Elmendorf"]


def test_the_party_member_after_a_named_candidate_is_the_candidate():
    # (before: an entity called "Republican" took the candidate's "He")
    records = article_records((WHITCOMB,), (STAYS,), (REPUBLICAN, TARIFFS))  # type: ignore[arg-type]
    assert [r[1] for r in records] == ["Dale Whitcomb", "Dale Whitcomb"]


# Sen. Patricia Haldane said she was disappointed.
HALDANE: list[FeatRow] = [
    ("Sen.", "Sen.", "PROPN", 2, "compound", "Number=Sing"),
    ("Patricia", "Patricia", "PROPN", 2, "compound", "Number=Sing"),
    ("Haldane", "Haldane", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 6, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("disappointed", "disappoint", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Majority Leader Vernon Tuck did not respond to a request for comment.
TUCK: list[FeatRow] = [
    ("Majority", "Majority", "PROPN", 3, "compound", "Number=Sing"),
    ("Leader", "Leader", "PROPN", 3, "compound", "Number=Sing"),
    ("Vernon", "Vernon", "PROPN", 3, "compound", "Number=Sing"),
    ("Tuck", "Tuck", "PROPN", 6, "nsubj", "Number=Sing"),
    ("did", "do", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("respond", "respond", "VERB", -1, "root", "VerbForm=Inf"),
    ("to", "to", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("request", "request", "NOUN", 6, "obl", "Number=Sing"),
    ("for", "for", "ADP", 11, "case", ""),
    ("comment", "comment", "NOUN", 9, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


# Haldane said she had asked Tuck for a meeting this week.
ASKED: list[FeatRow] = [
    ("Haldane", "Haldane", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 4, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("asked", "ask", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("Tuck", "Tuck", "PROPN", 4, "obj", "Number=Sing"),
    ("for", "for", "ADP", 8, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("meeting", "meet", "VERB", 4, "obl", "VerbForm=Ger"),
    ("this", "this", "DET", 10, "det", "Number=Sing|PronType=Dem"),
    ("week", "week", "NOUN", 8, "obl:unmarked", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# "I have been told not now before," the Maine Republican said.
MAINE: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("I", "I", "PRON", 4, "nsubj:pass", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("have", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 4, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("told", "tell", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("now", "now", "ADV", 4, "advmod", ""),
    ("before", "before", "ADV", 4, "advmod", ""),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Maine", "Maine", "PROPN", 12, "compound", "Number=Sing"),
    ("Republican", "Republican", "PROPN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 13, "punct", ""),
]


def test_a_party_epithet_after_the_speakers_sentence_is_the_speaker_whoever_she_spoke_of():
    # (before: "Tuck", named in Haldane's own sentence, stood between her and "the Maine Republican")
    records = article_records((HALDANE,), (TUCK,), (ASKED,), (MAINE,))  # type: ignore[arg-type]
    assert [r[1] for r in records] == ["Patricia Haldane"] * 3


def test_an_acronyms_name_leaves_the_sentences_full_stop():
    prose = "Egypt raised fuel prices under a loan from the International Monetary Fund. The IMF said"
    assert spelled_out(prose, "IMF", len(prose)) == "International Monetary Fund"
    assert spelled_out("A deal with Acme Widgets Inc. The AWI said", "AWI", 40) == "Acme Widgets Inc."
