"""Reported clauses whose halves the parse gave away (session 48, from fresh articles; the trees
are the shipped parser's for these invented sentences):

* a plural noun tagged a verb after "that" with the noun after it read as its object ("told the
  court that firearms teams had been given") is a compound subject of the report
  (noun_clauses.compound_read_as_relative); not a real relative clause on the cue's object ("said
  the company that makes chips had been sold");
* a conjunct of the speech verb after its reported clause, with no subject, that has the
  pluperfect the parse split ("and had since invested £38m"), is an adverbial clause only by its
  "since" ("and had since replaced"), or reports a state of mind ("and planned to take time"),
  goes on with the reported clause (coordination.predicate_conjunct); "and declined to comment"
  stays the speaker's.
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import sentence_quotes

# Sgt Whitcombe told the court that firearms teams had been given very little information.
FIREARMS: list[FeatRow] = [
    ("Sgt", "Sgt", "PROPN", 1, "compound", "Number=Sing"),
    ("Whitcombe", "Whitcombe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 2, "iobj", "Number=Sing"),
    ("that", "that", "PRON", 6, "nsubj", "PronType=Rel"),
    ("firearms", "firearm", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("teams", "team", "NOUN", 6, "obj", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 10, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("given", "give", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("very", "very", "ADV", 12, "advmod", ""),
    ("little", "little", "ADJ", 13, "amod", "Degree=Pos"),
    ("information", "information", "NOUN", 10, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# She said the company that makes chips had been sold.
CHIPS: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 1, "obj", "Number=Sing"),
    ("that", "that", "PRON", 5, "nsubj", "PronType=Rel"),
    ("makes", "make", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("chips", "chip", "NOUN", 5, "obj", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 9, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("sold", "sell", "VERB", 3, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# A spokesperson for Chalkstream Water said the company “deeply regrets” the incidents and had since invested £38m in upgrading the Alresford works.
REGRETS: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesperson", "spokesperson", "NOUN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("Chalkstream", "Chalkstream", "PROPN", 4, "compound", "Number=Sing"),
    ("Water", "Water", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 5, "iobj", "Number=Sing"),
    ("\u201c", '"', "PUNCT", 10, "punct", ""),
    ("##deeply", "deeply", "ADV", 10, "advmod", ""),
    ("regrets", "regret", "VERB", 5, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##\u201d", '"', "PUNCT", 10, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("incidents", "incident", "NOUN", 10, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("had", "have", "VERB", 5, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("since", "since", "SCONJ", 17, "mark", ""),
    ("invested", "invest", "VERB", 15, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("\u00a338m", "\u00a338m", "PROPN", 17, "obj", "Number=Sing"),
    ("in", "in", "SCONJ", 20, "mark", ""),
    ("upgrading", "upgrade", "VERB", 17, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("Alresford", "Alresford", "PROPN", 23, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 20, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# His agent, Troy Benning, told ESPN that Hayes was "at peace with it" and planned to take time with his family.
PEACE: list[FeatRow] = [
    ("His", "his", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("agent", "agent", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Troy", "Troy", "PROPN", 4, "compound", "Number=Sing"),
    ("Benning", "Benning", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ESPN", "ESPN", "PROPN", 6, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("Hayes", "Hayes", "PROPN", 10, "nsubj", "Number=Plur"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("##at", "at", "ADP", 13, "case", ""),
    ("peace", "peace", "NOUN", 6, "ccomp", "Number=Sing"),
    ("with", "with", "ADP", 15, "case", ""),
    ("it", "it", "PRON", 13, "nmod", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ('##"', '"', "PUNCT", 18, "punct", ""),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("planned", "plan", "VERB", 6, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 20, "mark", ""),
    ("take", "take", "VERB", 18, "xcomp", "VerbForm=Inf"),
    ("time", "time", "NOUN", 20, "obj", "Number=Sing"),
    ("with", "with", "ADP", 24, "case", ""),
    ("his", "his", "PRON", 24, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("family", "family", "NOUN", 20, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# The operator, Bright Steps Early Education Group, which runs 42 centres across Victoria and New South Wales, said in a written submission that it had “failed children and families” and had since replaced the centre’s entire leadership team.
SUBMISSION: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("operator", "operator", "NOUN", 20, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Bright", "Bright", "ADJ", 4, "amod", "Degree=Pos"),
    ("Steps", "step", "PROPN", 7, "compound", "Number=Plur"),
    ("Early", "early", "ADJ", 7, "amod", "Degree=Pos"),
    ("Education", "Education", "PROPN", 7, "compound", "Number=Sing"),
    ("Group", "Group", "PROPN", 1, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("which", "which", "PRON", 10, "nsubj", "PronType=Rel"),
    ("runs", "run", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("42", "42", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("centres", "centre", "NOUN", 10, "obj", "Number=Plur"),
    ("across", "across", "ADP", 14, "case", ""),
    ("Victoria", "Victoria", "PROPN", 12, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("New", "New", "ADJ", 18, "amod", "Degree=Pos"),
    ("South", "South", "PROPN", 18, "compound", "Number=Sing"),
    ("Wales", "Wales", "PROPN", 14, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 24, "case", ""),
    ("a", "a", "DET", 24, "det", "Definite=Ind|PronType=Art"),
    ("written", "write", "VERB", 24, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("submission", "submission", "NOUN", 20, "obl", "Number=Sing"),
    ("that", "that", "PRON", 27, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 27, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 24, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("\u201c", '"', "PUNCT", 30, "punct", ""),
    ("##failed", "fail", "VERB", 30, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("children", "child", "NOUN", 27, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 32, "cc", ""),
    ("families", "family", "NOUN", 30, "conj", "Number=Plur"),
    ("##\u201d", '"', "PUNCT", 30, "punct", ""),
    ("and", "and", "CCONJ", 37, "cc", ""),
    ("had", "have", "AUX", 37, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("since", "since", "SCONJ", 37, "mark", ""),
    ("replaced", "replace", "VERB", 20, "advcl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 39, "det", "Definite=Def|PronType=Art"),
    ("centre", "centre", "NOUN", 43, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 39, "case", ""),
    ("entire", "entire", "ADJ", 43, "amod", "Degree=Pos"),
    ("leadership", "leadership", "NOUN", 43, "compound", "Number=Sing"),
    ("team", "team", "NOUN", 37, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]

# Roe said the report was wrong and declined to comment further.
DECLINED: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 5, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wrong", "wrong", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("declined", "decline", "VERB", 5, "conj", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 9, "mark", ""),
    ("comment", "comment", "VERB", 7, "xcomp", "VerbForm=Inf"),
    ("further", "far", "ADV", 9, "advmod", "Degree=Cmp"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_a_compound_subject_tagged_a_relative_verb_after_that_is_the_reports_subject():
    ((text, speaker, kind, _),) = sentence_quotes(FIREARMS)
    assert (text, speaker, kind) == (
        "that firearms teams had been given very little information",
        "Sgt Whitcombe",
        "indirect",
    )
    # (a relative clause on what the cue says, not its listener, stays one)
    ((text, _, _, _),) = sentence_quotes(CHIPS)
    assert text == "the company that makes chips had been sold"


def test_a_backshifted_or_stative_conjunct_goes_on_with_the_report():
    ((text, _, _, _),) = sentence_quotes(REGRETS)
    assert text.endswith("and had since invested £38m in upgrading the Alresford works")
    ((text, _, _, _),) = sentence_quotes(PEACE)
    assert text.endswith("and planned to take time with his family")
    ((text, _, _, _),) = sentence_quotes(SUBMISSION)
    assert text.endswith("and had since replaced the centre’s entire leadership team")


def test_the_speakers_own_refusal_is_not_part_of_the_report():
    ((text, _, _, _),) = sentence_quotes(DECLINED)
    assert text == "the report was wrong"
