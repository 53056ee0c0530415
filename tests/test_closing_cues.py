"""Closing cues the parse tore from what they close (session 48, from fresh articles; the trees are
the shipped parser's for these invented sentences):

* an object pronoun after an "-ing" participle read as the speech verb's subject ("..., a lawyer
  representing him said"): the noun before the participle speaks
  (attribution/misread_subjects.object_pronoun_read_as_subject);
* an unquoted clause the parse hung on a closing cue after a comma of its own ("..., officials
  said Thursday, in a crackdown the agency says is needed ...") is the sentence going on, not
  what the officials said (guards.clause_after_closing_cue);
* a clause a subordinator opens that the parse made a conjunct ("is recalling 40mn tablets after
  routine testing detected an impurity, the company said") is an adverbial clause: the closing
  cue reports the whole sentence (extent._adverbial_read_as_conjunct);
* the adjective that places unnamed sources read as the sentence's verb ("Two people familiar
  with the mayor's thinking, who ..., said") leaves the speech verb the root and the people its
  subject (participle_subjects.speech_read_under_participle); a clause of their aside the parse
  hung on the report ("because the deliberations are private") stays out of it
  (content.cut_at_speaker_comma);
* a name read into the day or month before it ("On Saturday Moreau had said", "In March Jane Roe
  told reporters") is the speech verb's subject (misread_subjects.name_read_into_time_phrase), and
  the month no part of the name (sources/name_runs);
* a closing cue's report keeps a cue inside it that has no subject or tense of its own ("after
  concluding that they were looted, the museum said"): the body's own step, not a second statement
  the closing cue swallowed (guards.drop_swallowing);
* a body's published papers speak for it ("The current policy says", "The council's latest
  recovery update said": rules/lexicons/document_nouns.yaml);
* a "whose" clause read as the report, with the report a conjunct of the speech verb ("reported
  that Delacroix, whose firm ..., had lodged a formal offer": misread_subjects.whose_clause_read_as_report);
* a participle right after a closing cue's comma ("..., two people familiar with the matter said,
  speaking on condition of anonymity because ...") is the speaker's, so the cue closes the report
  and the reason is theirs (trailing_speaker.speakers_participle_after_closing_cue).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# The charges were politically motivated, a lawyer representing him said.
LAWYER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("charges", "charge", "NOUN", 4, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("politically", "politically", "ADV", 4, "advmod", ""),
    ("motivated", "motivate", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("lawyer", "lawyer", "NOUN", 4, "nsubj:pass", "Number=Sing"),
    ("representing", "represent", "VERB", 4, "advcl", "VerbForm=Ger"),
    ("him", "he", "PRON", 10, "nsubj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The deal will collapse, the bank advising them has warned.
BANK: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("collapse", "collapse", "VERB", -1, "root", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("bank", "bank", "NOUN", 3, "obj", "Number=Sing"),
    ("advising", "advise", "VERB", 6, "acl", "VerbForm=Ger"),
    ("them", "they", "PRON", 10, "nsubj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("has", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("warned", "warn", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The MBTA will hire more fare inspectors this spring and begin fining riders who hop gates, officials said Thursday, in a crackdown the agency says is needed to stop a drain of millions of dollars a year.
FARES: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("MBTA", "MBTA", "PROPN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("hire", "hire", "VERB", -1, "root", "VerbForm=Inf"),
    ("more", "more", "ADJ", 6, "amod", "Degree=Cmp"),
    ("fare", "fare", "NOUN", 6, "compound", "Number=Sing"),
    ("inspectors", "inspector", "NOUN", 3, "obj", "Number=Plur"),
    ("this", "this", "DET", 8, "det", "Number=Sing|PronType=Dem"),
    ("spring", "spring", "NOUN", 3, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("begin", "begin", "VERB", 3, "conj", "VerbForm=Inf"),
    ("fining", "fine", "VERB", 12, "amod", "VerbForm=Ger"),
    ("riders", "rider", "NOUN", 10, "obj", "Number=Plur"),
    ("who", "who", "PRON", 14, "nsubj", "PronType=Rel"),
    ("hop", "hop", "VERB", 12, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("gates", "gate", "NOUN", 14, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("officials", "official", "NOUN", 18, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("Thursday", "Thursday", "PROPN", 18, "iobj", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("in", "in", "ADP", 23, "case", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("crackdown", "crackdown", "NOUN", 28, "obl", "Number=Sing"),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 26, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", 23, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("is", "be", "AUX", 28, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("needed", "need", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 30, "mark", ""),
    ("stop", "stop", "VERB", 28, "xcomp", "VerbForm=Inf"),
    ("a", "a", "DET", 32, "det", "Definite=Ind|PronType=Art"),
    ("drain", "drain", "NOUN", 30, "obj", "Number=Sing"),
    ("of", "of", "ADP", 34, "case", ""),
    ("millions", "million", "NOUN", 32, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 36, "case", ""),
    ("dollars", "dollar", "NOUN", 34, "nmod", "Number=Plur"),
    ("a", "a", "DET", 38, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 36, "nmod:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Halvorsen Pharma is recalling more than 40mn tablets of its best-selling blood-pressure medicine across Europe and North America after routine testing detected a potentially carcinogenic impurity in several production batches, the company said on Thursday.
RECALL: list[FeatRow] = [
    ("Halvorsen", "Halvorsen", "PROPN", 1, "compound", "Number=Sing"),
    ("Pharma", "Pharma", "PROPN", 3, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("recalling", "recall", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("more", "more", "ADV", 3, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 8, "case", ""),
    ("40", "40", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("##mn", "mn", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("tablets", "tablet", "NOUN", 3, "obj", "Number=Plur"),
    ("of", "of", "ADP", 17, "case", ""),
    ("its", "its", "PRON", 17, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("best", "good", "ADJ", 13, "amod", "Degree=Sup"),
    ("##-", "-", "PUNCT", 11, "punct", ""),
    ("##selling", "sell", "VERB", 17, "amod", "VerbForm=Ger"),
    ("blood", "blood", "NOUN", 16, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 14, "punct", ""),
    ("##pressure", "pressure", "NOUN", 17, "compound", "Number=Sing"),
    ("medicine", "medicine", "NOUN", 8, "nmod", "Number=Sing"),
    ("across", "across", "ADP", 19, "case", ""),
    ("Europe", "Europe", "PROPN", 17, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 22, "cc", ""),
    ("North", "North", "PROPN", 22, "compound", "Number=Sing"),
    ("America", "America", "PROPN", 19, "conj", "Number=Sing"),
    ("after", "after", "ADP", 25, "case", ""),
    ("routine", "routine", "NOUN", 25, "compound", "Number=Sing"),
    ("testing", "testing", "NOUN", 26, "nsubj", "Number=Sing"),
    ("detected", "detect", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 30, "det", "Definite=Ind|PronType=Art"),
    ("potentially", "potentially", "ADV", 29, "advmod", "Degree=Pos"),
    ("carcinogenic", "carcinogenic", "ADJ", 30, "amod", "Degree=Pos"),
    ("impurity", "impurity", "NOUN", 26, "obj", "Number=Sing"),
    ("in", "in", "ADP", 34, "case", ""),
    ("several", "several", "ADJ", 34, "amod", "Degree=Pos"),
    ("production", "production", "NOUN", 34, "compound", "Number=Sing"),
    ("batches", "batch", "NOUN", 30, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 38, "punct", ""),
    ("the", "the", "DET", 37, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 38, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 26, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 40, "case", ""),
    ("Thursday", "Thursday", "PROPN", 38, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_an_object_pronoun_after_a_participle_is_not_the_speaker():
    assert sentence_quotes(LAWYER) == [
        ("The charges were politically motivated", "a lawyer", "indirect", "parataxis-cue"),
    ]
    assert sentence_quotes(BANK) == [("The deal will collapse", "the bank", "indirect", "parataxis-cue")]


def test_a_clause_after_a_closing_cue_and_its_comma_is_not_what_was_said():
    quotes = sentence_quotes(FARES)
    assert quotes[0][:2] == (
        "The MBTA will hire more fare inspectors this spring and begin fining riders who hop gates",
        "officials",
    )
    # (the agency's own "says" still reports its clause)
    assert [q[:2] for q in quotes[1:]] == [("is needed to stop a drain of millions of dollars a year", "the agency")]


def test_a_subordinate_clause_read_as_a_conjunct_does_not_cut_the_closing_report():
    ((text, speaker, kind, _),) = sentence_quotes(RECALL)
    assert text.startswith("Halvorsen Pharma is recalling more than 40mn tablets")
    assert text.endswith("in several production batches")
    assert (speaker, kind) == ("the company", "indirect")


# Two people familiar with the mayor's thinking, who asked not to be named because the deliberations are private, said he was leaning toward a veto.
FAMILIAR: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 2, "nsubj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", -1, "root", "Degree=Pos"),
    ("with", "with", "ADP", 7, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("thinking", "thinking", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 14, "mark", ""),
    ("be", "be", "AUX", 14, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 10, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("deliberations", "deliberation", "NOUN", 19, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 19, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("private", "private", "ADJ", 14, "advcl", "Degree=Pos"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("said", "say", "VERB", 2, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 24, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("leaning", "lean", "VERB", 21, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("toward", "toward", "ADP", 27, "case", ""),
    ("a", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("veto", "veto", "NOUN", 24, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]

# Two people familiar with the mayor's thinking, who asked not to be named because the deliberations are private, said he was leaning toward a veto but wanted to avoid an open break.
FAMILIAR_ASIDE: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 2, "nsubj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", -1, "root", "Degree=Pos"),
    ("with", "with", "ADP", 7, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("thinking", "thinking", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 14, "mark", ""),
    ("be", "be", "AUX", 14, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 10, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("deliberations", "deliberation", "NOUN", 19, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 19, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("private", "private", "ADJ", 24, "advcl", "Degree=Pos"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("said", "say", "VERB", 2, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 24, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("leaning", "lean", "VERB", 21, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("toward", "toward", "ADP", 27, "case", ""),
    ("a", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("veto", "veto", "NOUN", 24, "obl", "Number=Sing"),
    ("but", "but", "CCONJ", 29, "cc", ""),
    ("wanted", "want", "VERB", 24, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 31, "mark", ""),
    ("avoid", "avoid", "VERB", 29, "xcomp", "VerbForm=Inf"),
    ("an", "a", "DET", 34, "det", "Definite=Ind|PronType=Art"),
    ("open", "open", "ADJ", 34, "amod", "Degree=Pos"),
    ("break", "break", "NOUN", 31, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]

# On Saturday Moreau had said the new floor was not delivering.
SATURDAY: list[FeatRow] = [
    ("On", "on", "ADP", 2, "case", ""),
    ("Saturday", "Saturday", "PROPN", 2, "compound", "Number=Sing"),
    ("Moreau", "Moreau", "PROPN", 4, "obl", "Number=Sing"),
    ("had", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("said", "say", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 7, "amod", "Degree=Pos"),
    ("floor", "floor", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("delivering", "deliver", "VERB", 4, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# In March Jane Roe told reporters the plan would fail.
MARCH: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("March", "March", "PROPN", 3, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 3, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 4, "obl", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 4, "iobj", "Number=Plur"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 9, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_people_familiar_with_something_said_is_a_speaker_not_a_clause():
    ((text, speaker, _, _),) = sentence_quotes(FAMILIAR)
    assert (text, speaker) == ("he was leaning toward a veto", "Two people familiar with the mayor's thinking")


def test_a_clause_of_the_speakers_aside_is_not_part_of_the_report():
    ((text, _, _, _),) = sentence_quotes(FAMILIAR_ASIDE)
    assert text == "he was leaning toward a veto but wanted to avoid an open break"


def test_a_name_after_a_day_or_a_month_is_the_speaker():
    assert sentence_quotes(SATURDAY) == [("the new floor was not delivering", "Moreau", "indirect", "ccomp-cue")]
    assert sentence_quotes(MARCH) == [("the plan would fail", "Jane Roe", "indirect", "ccomp-cue")]


# The Halvorsen Museum of Art in Chicago will return 14 stone and bronze sculptures to Cambodia after concluding that they were looted from a 10th-century temple complex during the country’s civil war, the museum said on Tuesday.
MUSEUM: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Halvorsen", "Halvorsen", "PROPN", 2, "compound", "Number=Sing"),
    ("Museum", "Museum", "PROPN", 8, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Art", "Art", "PROPN", 2, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Chicago", "Chicago", "PROPN", 2, "nmod", "Number=Sing"),
    ("will", "will", "AUX", 8, "aux", "VerbForm=Fin"),
    ("return", "return", "VERB", -1, "root", "VerbForm=Inf"),
    ("14", "14", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("stone", "stone", "NOUN", 8, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("bronze", "bronze", "VERB", 8, "conj", "VerbForm=Inf"),
    ("sculptures", "sculpture", "NOUN", 12, "obj", "Number=Plur"),
    ("to", "to", "ADP", 15, "case", ""),
    ("Cambodia", "Cambodia", "PROPN", 12, "obl", "Number=Sing"),
    ("after", "after", "SCONJ", 17, "mark", ""),
    ("concluding", "conclude", "VERB", 8, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("they", "they", "PRON", 21, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 21, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("looted", "loot", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("from", "from", "ADP", 28, "case", ""),
    ("a", "a", "DET", 28, "det", "Definite=Ind|PronType=Art"),
    ("10th", "10th", "NUM", 26, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 24, "punct", ""),
    ("##century", "century", "NOUN", 27, "compound", "Number=Sing"),
    ("temple", "temple", "NOUN", 28, "compound", "Number=Sing"),
    ("complex", "complex", "NOUN", 21, "obl", "Number=Sing"),
    ("during", "during", "ADP", 34, "case", ""),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 34, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 31, "case", ""),
    ("civil", "civil", "ADJ", 34, "amod", "Degree=Pos"),
    ("war", "war", "NOUN", 28, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 38, "punct", ""),
    ("the", "the", "DET", 37, "det", "Definite=Def|PronType=Art"),
    ("museum", "museum", "NOUN", 38, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 8, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 40, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 38, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# The current policy says location data is kept for a commercially reasonable period.
POLICY: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("current", "current", "ADJ", 2, "amod", "Degree=Pos"),
    ("policy", "policy", "NOUN", 3, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("location", "location", "NOUN", 5, "compound", "Number=Sing"),
    ("data", "data", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("kept", "keep", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("commercially", "commercially", "ADV", 11, "advmod", "Degree=Pos"),
    ("reasonable", "reasonable", "ADJ", 12, "amod", "Degree=Pos"),
    ("period", "period", "NOUN", 7, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The council's latest recovery update, published in December, said 63 of the 180 buyouts had been settled.
UPDATE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 5, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("latest", "late", "ADJ", 5, "amod", "Degree=Sup"),
    ("recovery", "recovery", "NOUN", 5, "compound", "Number=Sing"),
    ("update", "update", "NOUN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("published", "publish", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 9, "case", ""),
    ("December", "December", "PROPN", 7, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("63", "63", "NUM", 11, "iobj", "NumForm=Digit|NumType=Card"),
    ("of", "of", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("180", "180", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("buyouts", "buyout", "NOUN", 19, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 19, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("settled", "settle", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]


def test_a_closing_cue_keeps_a_subjectless_step_inside_its_report():
    quotes = sentence_quotes(MUSEUM)
    assert [(q[1], q[3]) for q in quotes] == [
        ("the museum", "parataxis-cue"),
        ("The Halvorsen Museum of Art in Chicago", "ccomp-cue"),
    ]
    assert quotes[0][0].startswith("The Halvorsen Museum of Art in Chicago will return")


def test_a_bodys_policy_and_update_are_documents_that_speak_for_it():
    for rows in (POLICY, UPDATE):
        r = resolve([[rows]])
        (q,) = r.quotes
        assert q.speaker is not None and q.speaker.type == "organization", q.speaker


# The Athletic first reported on Wednesday that Delacroix, whose firm also holds a minority stake in a franchise, had lodged a formal offer in late January.
WHOSE_FIRM: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Athletic", "athletic", "ADJ", 3, "nsubj", "Degree=Pos"),
    ("first", "first", "ADV", 3, "advmod", "NumForm=Word|NumType=Ord"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 3, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("Delacroix", "Delacroix", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("whose", "whose", "PRON", 10, "nmod:poss", "Poss=Yes|PronType=Rel"),
    ("firm", "firm", "NOUN", 12, "nsubj", "Number=Sing"),
    ("also", "also", "ADV", 12, "advmod", ""),
    ("holds", "hold", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("minority", "minority", "NOUN", 15, "compound", "Number=Sing"),
    ("stake", "stake", "NOUN", 12, "obj", "Number=Sing"),
    ("in", "in", "ADP", 18, "case", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("franchise", "franchise", "NOUN", 15, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lodged", "lodge", "VERB", 3, "conj", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 24, "det", "Definite=Ind|PronType=Art"),
    ("formal", "formal", "ADJ", 24, "amod", "Degree=Pos"),
    ("offer", "offer", "NOUN", 21, "obj", "Number=Sing"),
    ("in", "in", "ADP", 27, "case", ""),
    ("late", "late", "ADJ", 27, "amod", "Degree=Pos"),
    ("January", "January", "PROPN", 24, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_whose_clause_is_the_subjects_and_the_clause_after_it_the_report():
    ((text, speaker, _, _),) = sentence_quotes(WHOSE_FIRM)
    assert speaker == "The Athletic"
    assert text.startswith("that Delacroix, whose firm") and text.endswith("had lodged a formal offer in late January")


# ZHB has set aside provisions for litigation linked to the takeover, two people familiar with the matter said, speaking on condition of anonymity because the figures are not public.
SPEAKING_ANONYMOUSLY: list[FeatRow] = [
    ("ZHB", "ZHB", "PROPN", 2, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 2, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("set", "set", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("aside", "aside", "ADJ", 4, "amod", "Degree=Pos"),
    ("provisions", "provision", "NOUN", 2, "obj", "Number=Plur"),
    ("for", "for", "ADP", 6, "case", ""),
    ("litigation", "litigation", "NOUN", 4, "nmod", "Number=Sing"),
    ("linked", "link", "VERB", 6, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("takeover", "takeover", "NOUN", 7, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("two", "two", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 14, "nsubj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 18, "ccomp", "Degree=Pos"),
    ("with", "with", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("matter", "matter", "NOUN", 18, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("speaking", "speak", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 22, "case", ""),
    ("condition", "condition", "NOUN", 20, "obl", "Number=Sing"),
    ("of", "of", "ADP", 24, "case", ""),
    ("anonymity", "anonymity", "NOUN", 22, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 30, "mark", ""),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("figures", "figure", "NOUN", 30, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 30, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 30, "advmod", "Polarity=Neg"),
    ("public", "public", "ADJ", 20, "advcl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_the_speakers_participle_after_a_closing_cue_is_theirs():
    (q,) = resolve([[SPEAKING_ANONYMOUSLY]]).quotes
    assert q.text == "ZHB has set aside provisions for litigation linked to the takeover"
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"
