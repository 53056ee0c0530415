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
  stays the speaker's;
* a gerund subject read as a relative clause on the listener ("told The Irish Times that declaring
  an emergency would have ...") is the subject of the report after it
  (noun_clauses.gerund_read_as_relative);
* a speech verb read as an adjective of its listener, with no verb for the sentence (", who is
  leading the investigation, told reporters that ...") or a reduced relative read as its verb ("A
  federal police officer involved in operations in Para, who ..., told AFP that ...") is the main
  verb (cue_modifiers.cue_read_as_listeners_modifier);
* a subjectless clause with an auxiliary of its own, right after the object of a speech verb that
  has no clause, hung on the verb before it ("declined to comment ... but said food and fuel
  supplies ... would last") is the report, the object its subject
  (object_subjects.clause_left_on_the_verb_before), with a copula too ("saying the era of fixed
  prices is over");
* a bare "-ing" word and the verb after it both read as the cue's complements ("said smuggling
  cost the country ...") are the report's subject and verb
  (object_subjects.gerund_read_as_second_complement);
* a nominal complement that "that" opens, hung on a verb inside it, is a clause ("argued that such
  amnesties, along with ..., left millions of homes vulnerable": guards.that_opened);
* a plural read as the verb with the speech verb its object ("Industry analysts caution that")
  is the subject (cue_modifiers.cue_read_as_object_of_plural);
* a gerund in the speaker's reason ("because she did not want to be seen commenting on the case,
  said ...") is no main verb (relative_roots.speech_read_into_passive_relative);
* a clause whose predicate is a phrase with a preposition ("found that 71 per cent of its members
  were in favour of a sale") is no misread object (content.misread_object);
* a clause of contrast with its own subject after an interrupting cue ("..., she said, but the
  illness can be dangerous ...") goes on with the report; "but she declined" is the speaker's act
  (interrupted._rest_of_clause).
"""

from __future__ import annotations

from parse_helpers import FeatRow, sentence
from source_helpers import VOCAB, resolve, sentence_quotes

from provenance.attribution.guards import storm_name

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


# Dr Niamh Gallagher, a housing researcher at Maynooth University, told The Irish Times that declaring an emergency would have practical consequences, including allowing local authorities to fast-track planning for modular homes.
GERUND: list[FeatRow] = [
    ("Dr", "Dr", "PROPN", 2, "compound", "Number=Sing"),
    ("Niamh", "Niamh", "PROPN", 2, "compound", "Number=Sing"),
    ("Gallagher", "Gallagher", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("housing", "housing", "NOUN", 6, "compound", "Number=Sing"),
    ("researcher", "researcher", "NOUN", 11, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 9, "case", ""),
    ("Maynooth", "Maynooth", "PROPN", 9, "compound", "Number=Sing"),
    ("University", "University", "PROPN", 6, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("Irish", "Irish", "ADJ", 14, "amod", "Degree=Pos"),
    ("Times", "Times", "PROPN", 11, "iobj", "Number=Plur"),
    ("that", "that", "PRON", 16, "nsubj", "PronType=Rel"),
    ("declaring", "declare", "VERB", 14, "acl:relcl", "Tense=Pres|VerbForm=Part"),
    ("an", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("emergency", "emergency", "NOUN", 16, "obj", "Number=Sing"),
    ("would", "would", "AUX", 20, "aux", "VerbForm=Fin"),
    ("have", "have", "VERB", 14, "acl:relcl", "VerbForm=Inf"),
    ("practical", "practical", "ADJ", 22, "amod", "Degree=Pos"),
    ("consequences", "consequence", "NOUN", 20, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 25, "punct", ""),
    ("including", "include", "VERB", 25, "mark", "Tense=Pres|VerbForm=Part"),
    ("allowing", "allow", "VERB", 20, "advcl", "Tense=Pres|VerbForm=Part"),
    ("local", "local", "ADJ", 27, "amod", "Degree=Pos"),
    ("authorities", "authority", "NOUN", 25, "obj", "Number=Plur"),
    ("to", "to", "ADP", 32, "case", ""),
    ("fast", "fast", "ADJ", 31, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 29, "punct", ""),
    ("##track", "track", "NOUN", 32, "compound", "Number=Sing"),
    ("planning", "planning", "NOUN", 25, "obl", "Number=Sing"),
    ("for", "for", "ADP", 35, "case", ""),
    ("modular", "modular", "ADJ", 35, "amod", "Degree=Pos"),
    ("homes", "home", "NOUN", 32, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Board member Carla Whitfield, who is leading the investigation, told reporters that investigators were examining a possible overheated wheel bearing on one of the cars near the front of the train.
BOARD_MEMBER: list[FeatRow] = [
    ("Board", "Board", "PROPN", 1, "compound", "Number=Sing"),
    ("member", "member", "NOUN", 3, "compound", "Number=Sing"),
    ("Carla", "Carla", "PROPN", 3, "compound", "Number=Sing"),
    ("Whitfield", "Whitfield", "PROPN", -1, "root", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("who", "who", "PRON", 7, "nsubj", "PronType=Rel"),
    ("is", "be", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("leading", "lead", "VERB", 3, "acl:relcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("investigation", "investigation", "NOUN", 7, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("told", "tell", "VERB", 12, "amod", "Tense=Past|VerbForm=Part"),
    ("reporters", "reporter", "NOUN", 9, "conj", "Number=Plur"),
    ("that", "that", "PRON", 16, "mark", "PronType=Rel"),
    ("investigators", "investigator", "NOUN", 16, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 16, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("examining", "examine", "VERB", 12, "acl:relcl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("possible", "possible", "ADJ", 20, "amod", "Degree=Pos"),
    ("overheated", "overheat", "VERB", 20, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("wheel", "wheel", "NOUN", 16, "obj", "Number=Sing"),
    ("bearing", "bear", "VERB", 16, "xcomp", "VerbForm=Ger"),
    ("on", "on", "ADP", 23, "case", ""),
    ("one", "one", "NUM", 21, "obl", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 26, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("cars", "car", "NOUN", 23, "nmod", "Number=Plur"),
    ("near", "near", "ADP", 29, "case", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("front", "front", "NOUN", 23, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 32, "case", ""),
    ("the", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
    ("train", "train", "NOUN", 29, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# A federal police officer involved in operations in Para, who spoke on condition of anonymity because he was not authorized to discuss ongoing investigations, told AFP that gangs linked to drug trafficking were increasingly financing illegal clearing.
OFFICER_INVOLVED: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("federal", "federal", "ADJ", 3, "amod", "Degree=Pos"),
    ("police", "police", "NOUN", 3, "compound", "Number=Sing"),
    ("officer", "officer", "NOUN", 4, "nsubj:pass", "Number=Sing"),
    ("involved", "involve", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 6, "case", ""),
    ("operations", "operation", "NOUN", 4, "obl", "Number=Plur"),
    ("in", "in", "ADP", 8, "case", ""),
    ("Para", "para", "PROPN", 6, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("who", "who", "PRON", 11, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 13, "case", ""),
    ("condition", "condition", "NOUN", 11, "obl", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("anonymity", "anonymity", "NOUN", 13, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 20, "mark", ""),
    ("he", "he", "PRON", 20, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 20, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 20, "advmod", "Polarity=Neg"),
    ("authorized", "authorize", "VERB", 11, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 22, "mark", ""),
    ("discuss", "discuss", "VERB", 20, "xcomp", "VerbForm=Inf"),
    ("ongoing", "ongoing", "VERB", 24, "amod", "VerbForm=Ger"),
    ("investigations", "investigation", "NOUN", 22, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 26, "punct", ""),
    ("told", "tell", "VERB", 27, "amod", "Tense=Past|VerbForm=Part"),
    ("AFP", "AFP", "NOUN", 24, "conj", "Number=Sing"),
    ("that", "that", "SCONJ", 30, "mark", ""),
    ("gangs", "gang", "NOUN", 30, "nsubj", "Number=Plur"),
    ("linked", "link", "VERB", 27, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 32, "mark", ""),
    ("drug", "drug", "VERB", 30, "xcomp", "VerbForm=Inf"),
    ("trafficking", "trafficking", "NOUN", 36, "nsubj", "Number=Sing"),
    ("were", "be", "AUX", 36, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("increasingly", "increasingly", "ADV", 36, "advmod", ""),
    ("financing", "finance", "VERB", 30, "conj", "Tense=Pres|VerbForm=Part"),
    ("illegal", "illegal", "ADJ", 38, "amod", "Degree=Pos"),
    ("clearing", "clear", "VERB", 36, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_a_gerund_subject_read_as_a_relative_clause_opens_the_report():
    ((text, speaker, _, _),) = sentence_quotes(GERUND)
    assert speaker == "Dr Niamh Gallagher"
    assert text.startswith("that declaring an emergency would have practical consequences")


def test_a_cue_read_as_its_listeners_adjective_is_the_main_verb():
    assert [q[:2] for q in sentence_quotes(BOARD_MEMBER)] == [
        (
            "that investigators were examining a possible overheated wheel bearing on one of the cars near the "
            "front of the train",
            "Board member Carla Whitfield",
        )
    ]
    ((text, speaker, _, _),) = sentence_quotes(OFFICER_INVOLVED)
    assert text == "that gangs linked to drug trafficking were increasingly financing illegal clearing"
    assert speaker.startswith("A federal police officer")


# A spokeswoman for the institute declined to comment on evacuation plans but said food and fuel supplies at the emergency hut would last "several weeks" if needed.
HUT: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("institute", "institute", "NOUN", 1, "nmod", "Number=Sing"),
    ("declined", "decline", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 7, "mark", ""),
    ("comment", "comment", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 10, "case", ""),
    ("evacuation", "evacuation", "NOUN", 10, "compound", "Number=Sing"),
    ("plans", "plan", "NOUN", 7, "obl", "Number=Plur"),
    ("but", "but", "CCONJ", 12, "cc", ""),
    ("said", "say", "VERB", 5, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("food", "food", "NOUN", 12, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("fuel", "fuel", "NOUN", 16, "compound", "Number=Sing"),
    ("supplies", "supplies", "NOUN", 13, "conj", "Number=Plur"),
    ("at", "at", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("emergency", "emergency", "NOUN", 20, "compound", "Number=Sing"),
    ("hut", "hut", "NOUN", 16, "nmod", "Number=Sing"),
    ("would", "would", "AUX", 22, "aux", "VerbForm=Fin"),
    ("last", "last", "VERB", 5, "conj", "VerbForm=Inf"),
    ('"', '"', "PUNCT", 25, "punct", ""),
    ("##several", "several", "ADJ", 25, "amod", "Degree=Pos"),
    ("weeks", "week", "NOUN", 22, "obj", "Number=Plur"),
    ('##"', '"', "PUNCT", 22, "punct", ""),
    ("if", "if", "SCONJ", 28, "mark", ""),
    ("needed", "need", "VERB", 22, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def test_a_clause_hung_on_the_verb_before_is_the_report_of_the_cue_with_its_subject():
    ((text, speaker, _, _),) = sentence_quotes(HUT)
    assert text == 'food and fuel supplies at the emergency hut would last "several weeks" if needed'
    assert speaker == "A spokeswoman for the institute"


# He said smuggling cost the country an estimated 150,000 tonnes of cocoa in the last crop season.
SMUGGLING: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("smuggling", "smuggle", "VERB", 1, "xcomp", "VerbForm=Part"),
    ("cost", "cost", "VERB", 1, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 3, "obj", "Number=Sing"),
    ("an", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("estimated", "estimate", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("150,000", "150000", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("tonnes", "tonne", "NOUN", 3, "obj", "Number=Plur"),
    ("of", "of", "ADP", 11, "case", ""),
    ("cocoa", "cocoa", "NOUN", 9, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("last", "last", "ADJ", 16, "amod", "Degree=Pos"),
    ("crop", "crop", "NOUN", 16, "compound", "Number=Sing"),
    ("season", "season", "NOUN", 11, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_a_bare_gerund_and_the_verb_after_it_are_one_report():
    assert sentence_quotes(SMUGGLING) == [
        (
            "smuggling cost the country an estimated 150,000 tonnes of cocoa in the last crop season",
            "He",
            "indirect",
            "ccomp-cue",
        )
    ]


# Critics have long argued that such amnesties, along with weak enforcement of building codes, left millions of homes vulnerable.
AMNESTIES: list[FeatRow] = [
    ("Critics", "critic", "NOUN", 3, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("long", "long", "ADV", 3, "advmod", ""),
    ("argued", "argue", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("such", "such", "ADJ", 6, "amod", ""),
    ("amnesties", "amnesty", "NOUN", 3, "ccomp", "Number=Plur"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("along", "along", "ADV", 11, "advmod", ""),
    ("with", "with", "ADP", 11, "case", ""),
    ("weak", "weak", "ADJ", 11, "amod", "Degree=Pos"),
    ("enforcement", "enforcement", "NOUN", 6, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("building", "building", "NOUN", 14, "compound", "Number=Sing"),
    ("codes", "code", "NOUN", 11, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("left", "leave", "VERB", 17, "amod", "Tense=Past|VerbForm=Part"),
    ("millions", "million", "NOUN", 11, "conj", "Number=Plur"),
    ("of", "of", "ADP", 19, "case", ""),
    ("homes", "home", "NOUN", 17, "nmod", "Number=Plur"),
    ("vulnerable", "vulnerable", "ADJ", 17, "nmod", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Industry analysts caution that tighter rules could drive more carriers out of an already fragile market.
ANALYSTS_CAUTION: list[FeatRow] = [
    ("Industry", "industry", "NOUN", 1, "nsubj", "Number=Sing"),
    ("analysts", "analyst", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("caution", "caution", "NOUN", 1, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("tighter", "tight", "NOUN", 5, "compound", "Number=Sing"),
    ("rules", "rule", "NOUN", 7, "nsubj", "Number=Plur"),
    ("could", "could", "AUX", 7, "aux", "VerbForm=Fin"),
    ("drive", "drive", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("more", "more", "ADJ", 9, "amod", "Degree=Cmp"),
    ("carriers", "carrier", "NOUN", 7, "obj", "Number=Plur"),
    ("out", "out", "ADP", 15, "case", ""),
    ("of", "of", "ADP", 15, "case", ""),
    ("an", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("already", "already", "ADV", 14, "advmod", ""),
    ("fragile", "fragile", "ADJ", 15, "amod", "Degree=Pos"),
    ("market", "market", "NOUN", 7, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_a_nominal_complement_that_opens_is_a_clause():
    ((text, speaker, _, _),) = sentence_quotes(AMNESTIES)
    assert speaker == "Critics"
    assert text.startswith("that such amnesties") and text.endswith("left millions of homes vulnerable")


def test_a_plural_read_as_the_verb_before_its_speech_verb_is_the_subject():
    assert sentence_quotes(ANALYSTS_CAUTION) == [
        (
            "that tighter rules could drive more carriers out of an already fragile market",
            "Industry analysts",
            "indirect",
            "ccomp-cue",
        )
    ]


# One top-20 player, who asked not to be named because she did not want to be seen commenting on the case, said everyone was scared.
SEEN_COMMENTING: list[FeatRow] = [
    ("One", "one", "NUM", 4, "nummod", "NumForm=Word|NumType=Card"),
    ("top", "top", "NOUN", 3, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##20", "20", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("player", "player", "NOUN", 25, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("who", "who", "PRON", 7, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 11, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 11, "mark", ""),
    ("be", "be", "AUX", 11, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 7, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 16, "mark", ""),
    ("she", "she", "PRON", 16, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("did", "do", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("want", "want", "VERB", 11, "advcl", "VerbForm=Inf"),
    ("to", "to", "PART", 19, "mark", ""),
    ("be", "be", "AUX", 19, "aux:pass", "VerbForm=Inf"),
    ("seen", "see", "VERB", 16, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("commenting", "comment", "VERB", 19, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 23, "case", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 20, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("everyone", "everyone", "PRON", 28, "nsubj:pass", "Number=Sing|PronType=Ind"),
    ("was", "be", "AUX", 28, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("scared", "scare", "VERB", 25, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 25, "punct", ""),
]


def test_a_gerund_inside_the_reason_is_not_the_main_verb():
    assert sentence_quotes(SEEN_COMMENTING) == [("everyone was scared", "One top-20 player", "indirect", "ccomp-cue")]


# A survey published by the trust last month found that 71 per cent of its members were in favour of a sale.
IN_FAVOUR: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("survey", "survey", "NOUN", 8, "nsubj", "Number=Sing"),
    ("published", "publish", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 5, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("trust", "trust", "NOUN", 2, "obl:agent", "Number=Sing"),
    ("last", "last", "ADJ", 7, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 2, "obl:agent", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("71", "71", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 17, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("its", "its", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("members", "member", "NOUN", 11, "nmod", "Number=Plur"),
    ("were", "be", "AUX", 17, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 17, "case", ""),
    ("favour", "favour", "NOUN", 8, "ccomp", "Number=Sing"),
    ("of", "of", "ADP", 20, "case", ""),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("sale", "sale", "NOUN", 17, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Most people recover within one to three days, she said, but the illness can be dangerous for older travelers and young children because of dehydration.
BUT_DANGEROUS: list[FeatRow] = [
    ("Most", "most", "ADJ", 1, "amod", "Degree=Sup"),
    ("people", "person", "NOUN", 2, "nsubj", "Number=Plur"),
    ("recover", "recover", "VERB", 10, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("within", "within", "ADP", 4, "case", ""),
    ("one", "one", "NUM", 2, "obl", "NumForm=Word|NumType=Card"),
    ("to", "to", "ADP", 7, "case", ""),
    ("three", "three", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("days", "day", "NOUN", 2, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 10, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("but", "but", "CCONJ", 17, "cc", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("illness", "illness", "NOUN", 17, "nsubj", "Number=Sing"),
    ("can", "can", "AUX", 17, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 17, "cop", "VerbForm=Inf"),
    ("dangerous", "dangerous", "ADJ", 10, "conj", "Degree=Pos"),
    ("for", "for", "ADP", 20, "case", ""),
    ("older", "old", "ADJ", 20, "amod", "Degree=Cmp"),
    ("travelers", "traveler", "NOUN", 17, "obl", "Number=Plur"),
    ("and", "and", "CCONJ", 23, "cc", ""),
    ("young", "young", "ADJ", 23, "amod", "Degree=Pos"),
    ("children", "child", "NOUN", 20, "conj", "Number=Plur"),
    ("because", "because", "ADP", 26, "case", "ExtPos=ADP"),
    ("of", "of", "ADP", 26, "case", ""),
    ("dehydration", "dehydration", "NOUN", 23, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# The plan is sound, she said, but she declined to elaborate.
BUT_DECLINED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 3, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("sound", "sound", "ADJ", -1, "root", "Degree=Pos"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("she", "she", "PRON", 6, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("but", "but", "CCONJ", 10, "cc", ""),
    ("she", "she", "PRON", 10, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("declined", "decline", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 12, "mark", ""),
    ("elaborate", "elaborate", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_finding_whose_predicate_is_a_phrase_is_reported():
    ((text, _, _, rule),) = sentence_quotes(IN_FAVOUR)
    assert (text, rule) == ("that 71 percent of its members were in favour of a sale", "finding-cue")


def test_a_contrast_after_an_interrupting_cue_goes_on_with_the_report():
    assert [q[0] for q in sentence_quotes(BUT_DANGEROUS)] == [
        "Most people recover within one to three days",
        "the illness can be dangerous for older travelers and young children because of dehydration",
    ]
    assert [q[0] for q in sentence_quotes(BUT_DECLINED)] == ["The plan is sound"]


# The minister has defended the new prices, saying the era of fixed prices is over.
ERA_OVER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("defended", "defend", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 6, "amod", "Degree=Pos"),
    ("prices", "price", "NOUN", 3, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("saying", "say", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("era", "era", "NOUN", 8, "obj", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("fixed", "fix", "VERB", 13, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("prices", "price", "NOUN", 10, "nmod", "Number=Plur"),
    ("is", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("over", "over", "ADV", 3, "conj", ""),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_copular_clause_hung_on_the_verb_before_is_the_report():
    ((text, _, _, _),) = sentence_quotes(ERA_OVER)
    assert text == "the era of fixed prices is over"


# The minister has defended the new prices, saying the era of "fixed prices" is over and that competition among importers will eventually bring prices down.
ERA_OVER_QUOTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("defended", "defend", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 6, "amod", "Degree=Pos"),
    ("prices", "price", "NOUN", 3, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("saying", "say", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("era", "era", "NOUN", 8, "obj", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("##fixed", "fix", "VERB", 14, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("prices", "price", "NOUN", 10, "nmod", "Number=Plur"),
    ('##"', '"', "PUNCT", 14, "punct", ""),
    ("is", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("over", "over", "ADV", 3, "conj", ""),
    ("and", "and", "CCONJ", 25, "cc", ""),
    ("that", "that", "DET", 20, "det", "Number=Sing|PronType=Dem"),
    ("competition", "competition", "NOUN", 25, "nsubj", "Number=Sing"),
    ("among", "among", "ADP", 22, "case", ""),
    ("importers", "importer", "NOUN", 20, "nmod", "Number=Plur"),
    ("will", "will", "AUX", 25, "aux", "VerbForm=Fin"),
    ("eventually", "eventually", "ADV", 25, "advmod", ""),
    ("bring", "bring", "VERB", 3, "conj", "VerbForm=Inf"),
    ("prices", "price", "NOUN", 25, "obj", "Number=Plur"),
    ("down", "down", "ADP", 25, "compound:prt", ""),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_copular_clause_with_quoted_words_hung_on_the_verb_before_is_the_report():
    ((text, _, kind, _),) = sentence_quotes(ERA_OVER_QUOTED)
    assert (text, kind) == ('the era of "fixed prices" is over', "mixed")


# Cyclone Recovery Minister Mark Hollis said the government had paid the money.
STORM_TITLED: list[FeatRow] = [
    ("Cyclone", "Cyclone", "PROPN", 4, "compound", "Number=Sing"),
    ("Recovery", "recovery", "PROPN", 4, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 4, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 4, "compound", "Number=Sing"),
    ("Hollis", "Hollis", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("paid", "pay", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("money", "money", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Hurricane Delia slams Gulf Coast.
STORM_NAMED: list[FeatRow] = [
    ("Hurricane", "Hurricane", "PROPN", 1, "compound", "Number=Sing"),
    ("Delia", "Delia", "PROPN", 2, "nsubj", "Number=Sing"),
    ("slams", "slam", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Gulf", "Gulf", "PROPN", 4, "compound", "Number=Sing"),
    ("Coast", "Coast", "PROPN", 2, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Critics have long argued that such amnesties, along with weak enforcement of building codes, left millions of homes vulnerable in one of the world's most seismically active countries.
LONG_ARGUED: list[FeatRow] = [
    ("Critics", "critic", "NOUN", 3, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("long", "long", "ADV", 3, "advmod", ""),
    ("argued", "argue", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("such", "such", "ADJ", 6, "amod", "Degree=Pos"),
    ("amnesties", "amnesty", "NOUN", 3, "ccomp", "Number=Plur"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("along", "along", "ADV", 11, "advmod", ""),
    ("with", "with", "ADP", 11, "case", ""),
    ("weak", "weak", "ADJ", 11, "amod", "Degree=Pos"),
    ("enforcement", "enforcement", "NOUN", 6, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("building", "building", "NOUN", 14, "compound", "Number=Sing"),
    ("codes", "code", "NOUN", 11, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("left", "leave", "VERB", 3, "advcl", "Tense=Past|VerbForm=Part"),
    ("millions", "million", "NOUN", 16, "obj", "Number=Plur"),
    ("of", "of", "ADP", 19, "case", ""),
    ("homes", "home", "NOUN", 17, "nmod", "Number=Plur"),
    ("vulnerable", "vulnerable", "ADJ", 17, "amod", "Degree=Pos"),
    ("in", "in", "ADP", 22, "case", ""),
    ("one", "one", "NUM", 20, "obl", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 30, "case", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("world", "world", "NOUN", 30, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 25, "case", ""),
    ("most", "most", "ADV", 29, "advmod", "Degree=Sup"),
    ("seismically", "seismically", "ADV", 29, "advmod", "Degree=Pos"),
    ("active", "active", "ADJ", 30, "amod", "Degree=Pos"),
    ("countries", "country", "NOUN", 22, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Experts caution, however, that the link will be difficult to prove in court.
CAUTION_HOWEVER: list[FeatRow] = [
    ("Experts", "expert", "NOUN", 1, "compound", "Number=Plur"),
    ("caution", "caution", "NOUN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("however", "however", "ADV", 10, "advmod", ""),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("link", "link", "NOUN", 10, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 10, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 10, "cop", "VerbForm=Inf"),
    ("difficult", "difficult", "ADJ", -1, "root", "Degree=Pos"),
    ("to", "to", "PART", 12, "mark", ""),
    ("prove", "prove", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 14, "case", ""),
    ("court", "court", "NOUN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def test_a_storm_word_that_opens_a_title_leaves_the_person_a_speaker():
    # (session 49: "Cyclone Recovery Minister Mark Hollis said" was read as a storm's name)
    ((text, speaker, _, _),) = sentence_quotes(STORM_TITLED)
    assert speaker == "Cyclone Recovery Minister Mark Hollis" and text == "the government had paid the money"
    in_lex = VOCAB.in_lexicon
    assert storm_name(sentence(STORM_NAMED, 0), 1, in_lex)  # (guard: a storm's name is one)
    assert not storm_name(sentence(STORM_TITLED, 0), 4, in_lex)


def test_a_noun_after_that_read_as_the_report_is_the_subject_of_the_verb_that_opens():
    ((text, speaker, _, _),) = sentence_quotes(LONG_ARGUED)
    assert speaker == "Critics"
    assert text.startswith("that such amnesties, along with weak enforcement") and "left millions of homes" in text


def test_a_cue_read_as_a_noun_before_an_adverb_set_off_by_commas_is_the_main_verb():
    ((text, speaker, _, _),) = sentence_quotes(CAUTION_HOWEVER)
    assert (speaker, text) == ("Experts", "that the link will be difficult to prove in court")


# Senior Superintendent of Police Carlton Reid told The Gleaner that arrests had been made in connection with seven of the killings.
ARRESTS_HAD: list[FeatRow] = [
    ("Senior", "senior", "ADJ", 1, "amod", "Degree=Pos"),
    ("Superintendent", "Superintendent", "PROPN", 6, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Police", "Police", "PROPN", 4, "compound", "Number=Sing"),
    ("Carlton", "Carlton", "PROPN", 1, "nmod", "Number=Sing"),
    ("Reid", "Reid", "PROPN", 1, "nmod", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Gleaner", "Gleaner", "PROPN", 6, "iobj", "Number=Sing"),
    ("that", "that", "PRON", 13, "nsubj:pass", "PronType=Rel"),
    ("arrests", "arrest", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 13, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("made", "make", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 15, "case", ""),
    ("connection", "connection", "NOUN", 13, "obl", "Number=Sing"),
    ("with", "with", "ADP", 17, "case", ""),
    ("seven", "seven", "NUM", 13, "obl", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("killings", "killing", "NOUN", 17, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# Ashworth said in a joint letter to the Financial Conduct Authority that banks that repeatedly failed their customers should face much stiffer penalties.
BANKS_THAT: list[FeatRow] = [
    ("Ashworth", "Ashworth", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 5, "amod", "Degree=Pos"),
    ("letter", "letter", "NOUN", 1, "obl", "Number=Sing"),
    ("to", "to", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Financial", "Financial", "ADJ", 10, "amod", "Degree=Pos"),
    ("Conduct", "Conduct", "PROPN", 10, "compound", "Number=Sing"),
    ("Authority", "Authority", "PROPN", 5, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 12, "nsubj", "PronType=Rel"),
    ("banks", "bank", "VERB", 10, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "PRON", 15, "nsubj", "PronType=Rel"),
    ("repeatedly", "repeatedly", "ADV", 15, "advmod", ""),
    ("failed", "fail", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("their", "their", "PRON", 17, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("customers", "customer", "NOUN", 15, "obj", "Number=Plur"),
    ("should", "should", "AUX", 19, "aux", "VerbForm=Fin"),
    ("face", "face", "VERB", 15, "ccomp", "VerbForm=Inf"),
    ("much", "much", "ADJ", 22, "amod", "Degree=Pos"),
    ("stiffer", "stiffer", "NOUN", 22, "compound", "Number=Sing"),
    ("penalties", "penalty", "NOUN", 19, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# Some AI safety researchers say the episode points to a wider problem: Companies design, run, and grade their own evaluations.
EPISODE_POINTS: list[FeatRow] = [
    ("Some", "some", "DET", 3, "det", "PronType=Ind"),
    ("AI", "AI", "NOUN", 3, "compound", "Number=Sing"),
    ("safety", "safety", "NOUN", 3, "compound", "Number=Sing"),
    ("researchers", "researcher", "NOUN", 4, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("episode", "episode", "NOUN", 7, "compound", "Number=Sing"),
    ("points", "point", "NOUN", 4, "obj", "Number=Plur"),
    ("to", "to", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("wider", "wide", "ADJ", 11, "amod", "Degree=Cmp"),
    ("problem", "problem", "NOUN", 7, "nmod", "Number=Sing"),
    ("##:", ":", "PUNCT", 14, "punct", ""),
    ("Companies", "company", "NOUN", 14, "compound", "Number=Plur"),
    ("design", "design", "NOUN", 11, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("run", "run", "VERB", 4, "parataxis", "VerbForm=Fin"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("and", "and", "CCONJ", 19, "cc", ""),
    ("grade", "grade", "VERB", 4, "conj", "VerbForm=Fin"),
    ("their", "their", "PRON", 22, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("own", "own", "ADJ", 22, "amod", "Degree=Pos"),
    ("evaluations", "evaluation", "NOUN", 19, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Officials say the plan works well.
PLAN_WORKS: list[FeatRow] = [
    ("Officials", "official", "NOUN", 1, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 4, "nsubj", "Number=Sing"),
    ("works", "work", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("well", "well", "ADV", 4, "advmod", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_a_plural_read_as_a_verb_before_its_auxiliary_is_the_reports_subject():
    # (session 49: "that arrests had been made" with "arrests" a relative clause's verb on the listener)
    ((text, speaker, _, _),) = sentence_quotes(ARRESTS_HAD)
    assert (
        speaker.endswith("Carlton Reid")
        and text == "that arrests had been made in connection with seven of the killings"
    )


def test_a_plural_read_as_a_verb_with_a_relative_clause_is_the_reports_subject():
    ((text, speaker, _, _),) = sentence_quotes(BANKS_THAT)
    assert speaker == "Ashworth"
    assert text == "that banks that repeatedly failed their customers should face much stiffer penalties"


def test_the_reports_verb_read_as_the_object_of_say_is_the_verb():
    ((text, speaker, _, _),) = sentence_quotes(EPISODE_POINTS)
    assert speaker == "Some AI safety researchers" and text.startswith("the episode points to a wider problem")
    # (guard: a clause the parse reads right is left as it is)
    assert sentence_quotes(PLAN_WORKS)[0][:2] == ("the plan works well", "Officials")


# Dr. Narayanan said nights that failed to cool below 28 degrees Celsius were particularly dangerous, since the body got no chance to recover.
NIGHTS_THAT: list[FeatRow] = [
    ("Dr.", "Dr.", "PROPN", 1, "compound", "Number=Sing"),
    ("Narayanan", "Narayanan", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("nights", "night", "NOUN", 2, "iobj", "Number=Plur"),
    ("that", "that", "PRON", 5, "nsubj", "PronType=Rel"),
    ("failed", "fail", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 7, "mark", ""),
    ("cool", "cool", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("below", "below", "ADV", 9, "advmod", ""),
    ("28", "28", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("degrees", "degree", "NOUN", 7, "obj", "Number=Plur"),
    ("Celsius", "Celsius", "PROPN", 14, "nsubj", "Number=Sing"),
    ("were", "be", "AUX", 14, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("particularly", "particularly", "ADV", 14, "advmod", ""),
    ("dangerous", "dangerous", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("since", "since", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("body", "body", "NOUN", 19, "nsubj", "Number=Sing"),
    ("got", "get", "VERB", 14, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 21, "det", "PronType=Neg"),
    ("chance", "chance", "NOUN", 19, "obj", "Number=Sing"),
    ("to", "to", "PART", 23, "mark", ""),
    ("recover", "recover", "VERB", 19, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_noun_read_as_the_listener_of_say_is_the_reports_subject():
    # (session 49: "say" takes no listener without "to"; the word that closes the noun's relative
    # clause, "Celsius", was the report's subject)
    ((text, speaker, _, _),) = sentence_quotes(NIGHTS_THAT)
    assert speaker == "Dr. Narayanan"
    assert text.startswith("nights that failed to cool below 28 degrees Celsius were particularly dangerous")


# At Waterloo station on Friday evening, Priya Desai, 29, who commutes from Surbiton to Canary Wharf, said the strike would cost her a day of work.
AGED_COMMUTER: list[FeatRow] = [
    ("At", "at", "ADP", 2, "case", ""),
    ("Waterloo", "Waterloo", "PROPN", 2, "compound", "Number=Sing"),
    ("station", "station", "NOUN", 20, "obl", "Number=Sing"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Friday", "Friday", "PROPN", 5, "compound", "Number=Sing"),
    ("evening", "evening", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Priya", "Priya", "PROPN", 8, "compound", "Number=Sing"),
    ("Desai", "Desai", "PROPN", 5, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("29", "29", "NUM", 5, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("commutes", "commute", "VERB", 20, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("from", "from", "ADP", 15, "case", ""),
    ("Surbiton", "Surbiton", "PROPN", 13, "obl", "Number=Sing"),
    ("to", "to", "ADP", 18, "case", ""),
    ("Canary", "Canary", "PROPN", 18, "compound", "Number=Sing"),
    ("Wharf", "Wharf", "PROPN", 15, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("strike", "strike", "NOUN", 24, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 24, "aux", "VerbForm=Fin"),
    ("cost", "cost", "VERB", 20, "ccomp", "VerbForm=Inf"),
    ("her", "her", "PRON", 24, "obj", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("a", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("day", "day", "NOUN", 24, "obj", "Number=Sing"),
    ("of", "of", "ADP", 29, "case", ""),
    ("work", "work", "NOUN", 27, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]


def test_a_subject_read_into_a_fronted_phrase_is_found_past_its_age_and_relative_clause():
    # (session 49: "Priya Desai" the apposition of "evening", "29" on "evening" too, the "who"
    # clause a complement of "said")
    ((text, speaker, _, _),) = sentence_quotes(AGED_COMMUTER)
    assert speaker.startswith("Priya Desai") and text == "the strike would cost her a day of work"


# Security researchers have long warned that hospitals, which often run outdated software and cannot tolerate long outages, make attractive targets because they are under heavy pressure to pay quickly.
HOSPITALS_WHICH: list[FeatRow] = [
    ("Security", "security", "NOUN", 1, "compound", "Number=Sing"),
    ("researchers", "researcher", "NOUN", 4, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("long", "long", "ADV", 4, "advmod", ""),
    ("warned", "warn", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("hospitals", "hospital", "NOUN", 4, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("which", "which", "PRON", 10, "nsubj", "PronType=Rel"),
    ("often", "often", "ADV", 10, "advmod", ""),
    ("run", "run", "VERB", 4, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("outdated", "outdated", "VERB", 12, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("software", "software", "NOUN", 10, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("can", "can", "AUX", 16, "aux", "VerbForm=Fin"),
    ("##not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("tolerate", "tolerate", "VERB", 4, "conj", "VerbForm=Inf"),
    ("long", "long", "ADJ", 18, "amod", "Degree=Pos"),
    ("outages", "outage", "NOUN", 16, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("make", "make", "VERB", 4, "conj", "VerbForm=Inf"),
    ("attractive", "attractive", "ADJ", 22, "amod", "Degree=Pos"),
    ("targets", "target", "NOUN", 20, "obj", "Number=Plur"),
    ("because", "because", "SCONJ", 28, "mark", ""),
    ("they", "they", "PRON", 28, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("are", "be", "AUX", 28, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("under", "under", "ADP", 28, "case", ""),
    ("heavy", "heavy", "ADJ", 28, "amod", "Degree=Pos"),
    ("pressure", "pressure", "NOUN", 20, "advcl", "Number=Sing"),
    ("to", "to", "PART", 30, "mark", ""),
    ("pay", "pay", "VERB", 28, "acl", "VerbForm=Inf"),
    ("quickly", "quickly", "ADV", 30, "advmod", ""),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_a_noun_and_its_relative_clause_after_that_are_the_reports_subject():
    ((text, speaker, _, _),) = sentence_quotes(HOSPITALS_WHICH)
    assert speaker == "Security researchers"
    assert text.startswith("that hospitals, which often run outdated software") and "make attractive targets" in text


# A source familiar with the MPC's deliberations, who asked not to be identified because the discussions are confidential, said two of the members who voted to hold had argued that tariff increases posed an upside risk.
MEMBERS_WHO_VOTED: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 2, "compound", "Number=Sing"),
    ("familiar", "familiar", "NOUN", 21, "nsubj", "Number=Sing"),
    ("with", "with", "ADP", 7, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("MPC", "MPC", "PROPN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("deliberations", "deliberation", "NOUN", 2, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 14, "mark", ""),
    ("be", "be", "AUX", 14, "aux:pass", "VerbForm=Inf"),
    ("identified", "identify", "VERB", 10, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("discussions", "discussion", "NOUN", 19, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 19, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("confidential", "confidential", "ADJ", 14, "advcl", "Degree=Pos"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("two", "two", "NUM", 21, "obj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 25, "case", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("members", "member", "NOUN", 22, "nmod", "Number=Plur"),
    ("who", "who", "PRON", 27, "nsubj", "PronType=Rel"),
    ("voted", "vote", "VERB", 25, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 29, "mark", ""),
    ("hold", "hold", "VERB", 27, "xcomp", "VerbForm=Inf"),
    ("had", "have", "AUX", 31, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Part"),
    ("argued", "argue", "VERB", 27, "xcomp", "Tense=Past|VerbForm=Part"),
    ("that", "that", "SCONJ", 35, "mark", ""),
    ("tariff", "tariff", "NOUN", 34, "compound", "Number=Sing"),
    ("increases", "increase", "NOUN", 35, "nsubj", "Number=Plur"),
    ("posed", "pose", "VERB", 31, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 38, "det", "Definite=Ind|PronType=Art"),
    ("upside", "upside", "NOUN", 38, "compound", "Number=Sing"),
    ("risk", "risk", "NOUN", 35, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]
# The mother of another former player, whom CBC Sports agreed not to name to protect her son's identity, said the family had complained to the board in 2017.
AGREED_NOT_TO_NAME: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mother", "mother", "NOUN", 21, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("another", "another", "DET", 5, "det", "PronType=Ind"),
    ("former", "former", "ADJ", 5, "amod", "Degree=Pos"),
    ("player", "player", "NOUN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("whom", "whom", "PRON", 10, "obj", "PronType=Rel"),
    ("CBC", "CBC", "PROPN", 9, "compound", "Number=Sing"),
    ("Sports", "Sports", "PROPN", 10, "nsubj", "Number=Plur"),
    ("agreed", "agree", "VERB", 21, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 13, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 13, "mark", ""),
    ("name", "name", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("to", "to", "PART", 15, "mark", ""),
    ("protect", "protect", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("her", "her", "PRON", 17, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("son", "son", "NOUN", 19, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 17, "case", ""),
    ("identity", "identity", "NOUN", 15, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 25, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 25, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("complained", "complain", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", 28, "case", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 25, "obl", "Number=Sing"),
    ("in", "in", "ADP", 30, "case", ""),
    ("2017", "2017", "NUM", 25, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]


def test_a_relative_clauses_verb_never_heads_the_report_its_words_show():
    # (session 49: "said two of the members who voted to hold had argued ..." was gathered under
    # "voted", with "two" its object and the reason of the source lost with the report)
    quotes = resolve([[MEMBERS_WHO_VOTED]]).quotes
    first = quotes[0]
    assert first.text == "two of the members who voted to hold had argued that tariff increases posed an upside risk"
    assert first.speaker is not None and first.speaker.anonymity == "anonymous-with-reason"


def test_an_outlet_agreeing_not_to_name_a_source_is_a_reason():
    q = resolve([[AGREED_NOT_TO_NAME]]).quotes[0]
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"
    assert q.speaker.reason is not None and "agreed not to name" in q.speaker.reason
