"""Reporting frames added in session 23: an "as" clause whose verb has a complement clause of
its own reports that clause, not the one it hangs on (as-cue, "without: ccomp(VERB)"); a passive
"as reported by X" clause names X as the source of the clause it qualifies (as-reported-by); a
request's "to" clause the parse hung on the listener (directive-to-listener); and the topic an
expressed feeling is about joined to it after the noun ("dismay at the closure", extent.after_object
with the pattern's topic node); and who a speaker's words were about, "referring to the governor"
(evaluative_verbs "refer to", the call-for pattern); a clause right after a bare "saying" that
the parse hung elsewhere is what the participle says (modifiers.clause_after_participle); and
three verbs added to the lexicons: "projects that" (cognition_verbs, like "estimates that"),
"commanded X to" (directive_verbs), "referenced a report" (object_content_verbs, like "cited");
a cue before a colon that the tagger read as a plural noun ('The ministry warns: "..."',
colon_cues.colon_verb_read_as_noun). Trees the shipped parser gave sentences written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# In her speech at the dinner , the mayor beamed as she noted how happy she was to be in Ottawa .
BEAMED_AS_NOTED: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("her", "her", "PRON", 2, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("speech", "speech", "NOUN", 9, "obl", "Number=Sing"),
    ("at", "at", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("dinner", "dinner", "NOUN", 2, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 9, "nsubj", "Number=Sing"),
    ("beamed", "beam", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("as", "as", "SCONJ", 12, "mark", ""),
    ("she", "she", "PRON", 12, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("noted", "note", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("how", "how", "ADV", 14, "advmod", "PronType=Int"),
    ("happy", "happy", "ADJ", 12, "ccomp", "Degree=Pos"),
    ("she", "she", "PRON", 20, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 20, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 20, "mark", ""),
    ("be", "be", "AUX", 20, "cop", "VerbForm=Inf"),
    ("in", "in", "ADP", 20, "case", ""),
    ("Ottawa", "Ottawa", "PROPN", 14, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# As reported by the Gazette , the mill will close in May .
AS_REPORTED_BY: list[FeatRow] = [
    ("As", "as", "SCONJ", 1, "mark", ""),
    ("reported", "report", "VERB", 9, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Gazette", "Gazette", "PROPN", 1, "obl:agent", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("mill", "mill", "NOUN", 9, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 9, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", -1, "root", "VerbForm=Inf"),
    ("in", "in", "ADP", 11, "case", ""),
    ("May", "May", "PROPN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# Jane Roe urged the administration to work with its allies .
URGED_LISTENER_ACL: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("urged", "urge", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("administration", "administration", "NOUN", 2, "obj", "Number=Sing"),
    ("to", "to", "PART", 6, "mark", ""),
    ("work", "work", "VERB", 4, "acl", "VerbForm=Inf"),
    ("with", "with", "ADP", 9, "case", ""),
    ("its", "its", "PRON", 9, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("allies", "ally", "NOUN", 6, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The mayor expressed dismay at the closure of the library .
DISMAY_AT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("expressed", "express", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dismay", "dismay", "NOUN", 2, "obj", "Number=Sing"),
    ("at", "at", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("closure", "closure", "NOUN", 2, "obl", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("library", "library", "NOUN", 6, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# " We need a steady hand , " the senator told the crowd , referring to the governor .
REFERRING_TO: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("need", "need", "VERB", 10, "advcl", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("steady", "steady", "ADJ", 5, "amod", "Degree=Pos"),
    ("hand", "hand", "NOUN", 2, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("senator", "senator", "NOUN", 10, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("crowd", "crowd", "NOUN", 10, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("referring", "refer", "VERB", 10, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 14, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


# Jane Roe appeared on the show on Wednesday and defended the mayor , saying he did n’t intend to suggest that anyone be fired .
SAYING_THEN_CONJUNCT: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("appeared", "appear", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("show", "show", "NOUN", 2, "obl", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 5, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 9, "cc", ""),
    ("defended", "defend", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 9, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("saying", "say", "VERB", 9, "advcl", "Tense=Pres|VerbForm=Part"),
    ("he", "he", "PRON", 17, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("did", "do", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("n’t", "not", "PART", 17, "advmod", "Polarity=Neg"),
    ("intend", "intend", "VERB", 2, "conj", "VerbForm=Inf"),
    ("to", "to", "PART", 19, "mark", ""),
    ("suggest", "suggest", "VERB", 17, "xcomp", "VerbForm=Inf"),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("anyone", "anyone", "PRON", 23, "nsubj:pass", "Number=Sing|PronType=Ind"),
    ("be", "be", "AUX", 23, "aux:pass", "VerbForm=Inf"),
    ("fired", "fire", "VERB", 19, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# The campaign projects that the new tax would raise $ 75 billion a year .
PROJECTS_THAT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("campaign", "campaign", "NOUN", 2, "nsubj", "Number=Sing"),
    ("projects", "project", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 6, "amod", "Degree=Pos"),
    ("tax", "tax", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("raise", "raise", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("$", "$", "SYM", 8, "obj", ""),
    ("75", "75", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("billion", "billion", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 8, "obl:unmarked", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The senator commanded the board to " open its doors . "
COMMANDED_TO: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("senator", "senator", "NOUN", 2, "nsubj", "Number=Sing"),
    ("commanded", "command", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 2, "obj", "Number=Sing"),
    ("to", "to", "PART", 7, "mark", ""),
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("open", "open", "VERB", 2, "advcl", "VerbForm=Inf"),
    ("its", "its", "PRON", 9, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("doors", "door", "NOUN", 7, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
]

# Jane Roe referenced a recent audit that found " serious gaps " in the records .
REFERENCED_REPORT: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("referenced", "reference", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("recent", "recent", "ADJ", 5, "amod", "Degree=Pos"),
    ("audit", "audit", "NOUN", 2, "obj", "Number=Sing"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("found", "find", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("serious", "serious", "ADJ", 10, "amod", "Degree=Pos"),
    ("gaps", "gap", "NOUN", 7, "obj", "Number=Plur"),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("in", "in", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("records", "record", "NOUN", 7, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# The ministry warns : “ Stay indoors tonight . ”
WARNS_COLON: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 2, "compound", "Number=Sing"),
    ("warns", "warn", "NOUN", -1, "root", "Number=Plur"),
    (":", ":", "PUNCT", 5, "punct", ""),
    ("“", '"', "PUNCT", 5, "punct", ""),
    ("Stay", "stay", "VERB", 2, "appos", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("indoors", "indoors", "VERB", 5, "xcomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("tonight", "tonight", "NOUN", 6, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
    ("”", '"', "PUNCT", 2, "punct", ""),
]

# Article 33 affirms : “ No state shall expel a refugee . ”
ARTICLE_AFFIRMS: list[FeatRow] = [
    ("Article", "article", "NOUN", -1, "root", "Number=Sing"),
    ("33", "33", "NUM", 2, "nummod", "NumForm=Digit|NumType=Card"),
    ("affirms", "affirm", "NOUN", 0, "appos", "Number=Plur"),
    (":", ":", "PUNCT", 8, "punct", ""),
    ("“", '"', "PUNCT", 8, "punct", ""),
    ("No", "no", "DET", 6, "det", "PronType=Neg"),
    ("state", "state", "NOUN", 8, "nsubj", "Number=Sing"),
    ("shall", "shall", "AUX", 8, "aux", "VerbForm=Fin"),
    ("expel", "expel", "VERB", 2, "parataxis", "VerbForm=Inf"),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("refugee", "refugee", "NOUN", 8, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
    ("”", '"', "PUNCT", 8, "punct", ""),
]


# Upper Danforth is a loose term , referring to the blocks east of the bridge .
TERM_REFERRING: list[FeatRow] = [
    ("Upper", "Upper", "ADJ", 1, "amod", "Degree=Pos"),
    ("Danforth", "Danforth", "PROPN", 5, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("loose", "loose", "ADJ", 5, "amod", "Degree=Pos"),
    ("term", "term", "NOUN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("referring", "refer", "VERB", 5, "acl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("blocks", "block", "NOUN", 11, "compound", "Number=Plur"),
    ("east", "east", "NOUN", 7, "obl", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 11, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


def test_an_as_clause_whose_verb_reports_its_own_clause_does_not_report_the_main_clause():
    # (before: as-cue gave "In her speech at the dinner, the mayor beamed" as what she noted)
    assert [q for q in sentence_quotes(BEAMED_AS_NOTED) if q[3] == "as-cue"] == []


def test_as_reported_by_names_the_source_of_the_clause_it_qualifies():
    assert sentence_quotes(AS_REPORTED_BY) == [
        ("the mill will close in May", "the Gazette", "indirect", "as-reported-by")
    ]
    q = resolve([[AS_REPORTED_BY]]).quotes[0]
    assert q.speaker is not None and q.speaker.type == "organization"  # ("the" + an outlet word)


def test_a_request_hung_on_its_listener_is_still_the_requesters():
    assert sentence_quotes(URGED_LISTENER_ACL) == [
        ("to work with its allies", "Jane Roe", "indirect", "directive-to-listener")
    ]


def test_an_expressed_feeling_takes_the_topic_the_pattern_found_after_it():
    assert sentence_quotes(DISMAY_AT) == [
        ("dismay at the closure of the library", "The mayor", "indirect", "expressed-attitude")
    ]


def test_a_term_referring_to_a_place_is_no_speech():
    # ("referring to" on a noun glosses the term: no reading, no speaker)
    assert [q for q in sentence_quotes(TERM_REFERRING) if q[3] == "call-for"] == []


def test_referring_to_someone_after_a_quote_names_who_the_words_were_about():
    assert sentence_quotes(REFERRING_TO) == [
        # (the quote the parse hung on "told" as an adverbial clause is its complement:
        # occasion_clauses.quote_read_as_adverbial)
        ('" We need a steady hand , "', "the senator", "direct", "ccomp-cue"),
        ("the governor", "the senator", "indirect", "call-for"),
    ]


def test_a_clause_right_after_a_bare_saying_is_what_it_says():
    # (the parse made "intend" a conjunct of "appeared"; the speaker is the one who said it)
    assert (
        "he did n’t intend to suggest that anyone be fired",
        "Jane Roe",
        "indirect",
        "ccomp-cue",
    ) in sentence_quotes(SAYING_THEN_CONJUNCT)


def test_projects_commands_and_references_report_what_was_said():
    assert sentence_quotes(PROJECTS_THAT) == [
        ("that the new tax would raise $ 75 billion a year", "The campaign", "indirect", "ccomp-cue")
    ]
    assert sentence_quotes(COMMANDED_TO) == [('to " open its doors . "', "The senator", "mixed", "directive-to")]
    assert sentence_quotes(REFERENCED_REPORT) == [
        ('a recent audit that found " serious gaps " in the records', "Jane Roe", "mixed", "object-content")
    ]


def test_a_cue_before_a_colon_read_as_a_noun_introduces_the_quotation():
    assert [(q[1], q[2]) for q in sentence_quotes(WARNS_COLON)] == [("The ministry", "direct")]
    assert [(q[1], q[2]) for q in sentence_quotes(ARTICLE_AFFIRMS)] == [("Article 33", "direct")]


# The company also told workers to install the public versions of the apps .  (the shipped
# parser's tree: the listener of "told" an indirect object)
TOLD_IOBJ_TO: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 3, "nsubj", "Number=Sing"),
    ("also", "also", "ADV", 3, "advmod", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("workers", "worker", "NOUN", 3, "iobj", "Number=Plur"),
    ("to", "to", "PART", 6, "mark", ""),
    ("install", "install", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("public", "public", "ADJ", 9, "amod", "Degree=Pos"),
    ("versions", "version", "NOUN", 6, "obj", "Number=Plur"),
    ("of", "of", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("apps", "app", "NOUN", 9, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_request_to_a_listener_the_parse_made_an_indirect_object():
    assert sentence_quotes(TOLD_IOBJ_TO) == [
        ("to install the public versions of the apps", "The company", "indirect", "directive-to")
    ]


# Roe rejected the offer , saying the plan works .  (shipped parser's tree)
REJECTED_SAYING: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("rejected", "reject", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("offer", "offer", "NOUN", 1, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("saying", "say", "VERB", 1, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 8, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 5, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_participle_after_a_comma_is_no_inverted_cue():
    # (", says Jane Roe," puts the speaker after the cue; ", saying the plan works" does not:
    # the noun phrase after it is what was said, and the main clause's subject said it)
    quotes = sentence_quotes(REJECTED_SAYING)
    assert ("the plan works", "Roe", "indirect", "compound-verb-cue") in quotes


# " The council tied the remarks to the firing , " the suit reads .  (shipped parser's tree)
SUIT_READS: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 3, "nsubj", "Number=Sing"),
    ("tied", "tie", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("remarks", "remark", "NOUN", 3, "obj", "Number=Plur"),
    ("to", "to", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("firing", "fire", "NOUN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("suit", "suit", "NOUN", 13, "nsubj", "Number=Sing"),
    ("reads", "read", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_lawsuit_is_a_text_that_reads():
    [(text, speaker, kind, _)] = sentence_quotes(SUIT_READS)
    assert (speaker, kind) == ("the suit", "direct") and "council tied the remarks" in text


# Roe promised not to raise taxes .  (shipped parser's tree: "not" hangs on the cue)
PROMISED_NOT_TO: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("promised", "promise", "VERB", -1, "root", "Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 1, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 4, "mark", ""),
    ("raise", "raise", "VERB", 1, "xcomp", "VerbForm=Inf"),
    ("taxes", "tax", "NOUN", 4, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_negation_before_the_content_is_part_of_what_was_said():
    # (without it the quote would report the opposite of the promise)
    assert sentence_quotes(PROMISED_NOT_TO) == [("not to raise taxes", "Roe", "indirect", "commissive-to")]


# The plan was attacked by Jane Roe , who cites the figures as proof .  (shipped parser's tree)
WHO_CITES: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("attacked", "attack", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("Jane", "Jane", "PROPN", 6, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 3, "obl:agent", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("cites", "cite", "VERB", 3, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("figures", "figure", "NOUN", 9, "obj", "Number=Plur"),
    ("as", "as", "ADP", 13, "case", ""),
    ("proof", "proof", "NOUN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_relative_clause_cue_never_reports_the_main_clause():
    # (neither as a trailing cue nor as "..., citing X": "who cites" is Roe's own clause)
    quotes = sentence_quotes(WHO_CITES)
    assert quotes and all("attacked" not in text for text, _, _, _ in quotes)


# Roe promised to close the depots .  (shipped parser's tree: "Roe" an imperative, the root)
ROE_PROMISED: list[FeatRow] = [
    ("Roe", "roe", "VERB", -1, "root", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("promised", "promise", "VERB", 0, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 3, "mark", ""),
    ("close", "close", "VERB", 1, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("depots", "depot", "NOUN", 3, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 0, "punct", ""),
]


def test_a_first_word_read_as_an_imperative_before_a_past_verb_is_its_subject():
    assert sentence_quotes(ROE_PROMISED) == [("to close the depots", "Roe", "indirect", "commissive-to")]


# Roe held a briefing to brag that unemployment has fallen .  (shipped parser's tree)
HELD_BRIEFING_TO_BRAG: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("held", "hold", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("briefing", "briefing", "NOUN", 1, "obj", "Number=Sing"),
    ("to", "to", "PART", 5, "mark", ""),
    ("brag", "brag", "VERB", 1, "xcomp", "VerbForm=Inf"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("unemployment", "unemployment", "NOUN", 9, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fallen", "fall", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 1, "punct", ""),
]
# Roe continued to assert that she never met Moe .  (shipped parser's tree: "Roe" a verb)
CONTINUED_TO_ASSERT: list[FeatRow] = [
    ("Roe", "roe", "VERB", 1, "nsubj", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("continued", "continue", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 3, "mark", ""),
    ("assert", "assert", "VERB", 1, "xcomp", "VerbForm=Inf"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("never", "never", "ADV", 7, "advmod", "PronType=Neg"),
    ("met", "meet", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Moe", "Moe", "PROPN", 7, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_an_event_used_to_speak_is_no_controller_of_the_infinitive():
    # ("urged voters to say" is the voters'; "held a briefing to brag" is the holder's)
    assert sentence_quotes(HELD_BRIEFING_TO_BRAG) == [("that unemployment has fallen", "Roe", "indirect", "ccomp-cue")]


def test_a_capitalised_subject_tagged_a_verb_is_the_name_it_is():
    assert sentence_quotes(CONTINUED_TO_ASSERT) == [("that she never met Moe", "Roe", "indirect", "ccomp-cue")]


# Roe never said the plan would fail .  (shipped parser's tree)
NEVER_SAID: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("never", "never", "ADV", 2, "advmod", "PronType=Neg"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 2, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]
# Roe did not think customers would mind .
DID_NOT_THINK: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 3, "nsubj", "Number=Sing"),
    ("did", "do", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 3, "advmod", "Polarity=Neg"),
    ("think", "think", "VERB", -1, "root", "VerbForm=Inf"),
    ("customers", "customer", "NOUN", 6, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("mind", "mind", "VERB", 3, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 3, "punct", ""),
]
# Acme reminded customers never to use the generator .  ("Acme" read as an imperative)
REMINDED_NEVER_TO: list[FeatRow] = [
    ("Acme", "acme", "VERB", -1, "root", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("reminded", "remind", "VERB", 2, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("customers", "customer", "NOUN", 0, "obj", "Number=Plur"),
    ("never", "never", "ADV", 0, "advmod", "PronType=Neg"),
    ("to", "to", "PART", 5, "mark", ""),
    ("use", "use", "VERB", 0, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("generator", "generator", "NOUN", 5, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 0, "punct", ""),
]


def test_a_negated_speech_verb_reports_nothing_said():
    # (quoting "the plan would fail" as Roe's would report the opposite of the sentence)
    assert sentence_quotes(NEVER_SAID) == []


def test_a_negated_view_is_still_a_view_and_a_negation_after_the_cue_is_what_was_said():
    assert sentence_quotes(DID_NOT_THINK) == [("customers would mind", "Roe", "indirect", "ccomp-cue")]
    assert sentence_quotes(REMINDED_NEVER_TO) == [("never to use the generator", "Acme", "indirect", "directive-to")]


# The video by the group cites his call for a temporary ban on visitors .  (shipped parser's
# tree: the "for" phrase hung on "cites")
CITES_CALL_FOR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("video", "video", "NOUN", 5, "nsubj", "Number=Sing"),
    ("by", "by", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 1, "nmod", "Number=Sing"),
    ("cites", "cite", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("his", "his", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("call", "call", "NOUN", 5, "obj", "Number=Sing"),
    ("for", "for", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("temporary", "temporary", "ADJ", 11, "amod", "Degree=Pos"),
    ("ban", "ban", "NOUN", 5, "obl", "Number=Sing"),
    ("on", "on", "ADP", 13, "case", ""),
    ("visitors", "visitor", "NOUN", 11, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


def test_a_for_phrase_after_a_statement_noun_is_what_was_called_for():
    # (not an accusation "cited the driver for speeding": the call is what the video cites)
    [(text, _, kind, rule)] = sentence_quotes(CITES_CALL_FOR)
    assert (text, kind, rule) == ("his call for a temporary ban on visitors", "indirect", "object-content")


# In an earlier , March 2011 email exchange , Moe had to explain that he could not send it .
# (shipped parser's tree: "exchange" a second subject of "had")
HAD_TO_EXPLAIN: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("earlier", "early", "ADJ", 10, "obl", "Degree=Cmp"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("March", "March", "PROPN", 7, "compound", "Number=Sing"),
    ("2011", "2011", "NUM", 4, "flat", "NumForm=Digit|NumType=Card"),
    ("email", "email", "NOUN", 7, "compound", "Number=Sing"),
    ("exchange", "exchange", "NOUN", 10, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Moe", "Moe", "PROPN", 10, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 12, "mark", ""),
    ("explain", "explain", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("he", "he", "PRON", 17, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("could", "could", "AUX", 17, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 17, "advmod", "Polarity=Neg"),
    ("send", "send", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("it", "it", "PRON", 17, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


def test_of_two_subjects_of_the_controlling_verb_the_name_controls_the_infinitive():
    [(_, speaker, _, _)] = sentence_quotes(HAD_TO_EXPLAIN)
    assert speaker == "Moe"


# He told the Daily News that despite the hype , he did not think the casino would last .
# (shipped parser's tree: "that" a relative pronoun, "think" parataxis of "told")
TOLD_THAT_DESPITE: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Daily", "daily", "ADJ", 4, "amod", "Degree=Pos"),
    ("News", "News", "PROPN", 1, "obj", "Number=Sing"),
    ("that", "that", "PRON", 13, "obj", "PronType=Rel"),
    ("despite", "despite", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("hype", "hype", "NOUN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("did", "do", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 13, "advmod", "Polarity=Neg"),
    ("think", "think", "VERB", 1, "parataxis", "VerbForm=Inf"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("casino", "casino", "NOUN", 17, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 17, "aux", "VerbForm=Fin"),
    ("last", "last", "VERB", 13, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_that_after_the_listener_of_tell_opens_what_was_told():
    quotes = sentence_quotes(TOLD_THAT_DESPITE)
    assert ("that despite the hype , he did not think the casino would last", "He", "indirect", "ccomp-cue") in quotes


# Roe made it clear that she would run .  (shipped parser's tree: the clause under "clear")
MADE_IT_CLEAR: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("made", "make", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 1, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("clear", "clear", "ADJ", 1, "xcomp", "Degree=Pos"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("run", "run", "VERB", 3, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_making_it_clear_that_is_a_statement_of_the_subject_of_make():
    assert sentence_quotes(MADE_IT_CLEAR) == [("that she would run", "Roe", "indirect", "make-clear")]


# The captain , Jordan Stewart , said the plan works .  (shipped parser's tree: "plan works" a
# second subject of "said")
SAID_PLAN_WORKS_SUBJECT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("captain", "captain", "NOUN", 6, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Jordan", "Jordan", "PROPN", 1, "appos", "Number=Sing"),
    ("Stewart", "Stewart", "PROPN", 1, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 9, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 6, "nsubj", "Number=Plur"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def test_a_compound_read_as_a_second_subject_after_the_cue_is_what_was_said():
    [(text, speaker, _, rule)] = sentence_quotes(SAID_PLAN_WORKS_SUBJECT)
    assert (text, rule) == ("the plan works", "compound-verb-subject") and "Jordan Stewart" in speaker
