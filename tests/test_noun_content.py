"""A noun with a content of its own ("claims", "accusations", "the idea") and the "that" clause
that spells it out. The parse often hangs the clause on the verb; the repair puts it back under
the noun (noun_clauses.content_noun_clause), with a "by"/"from" author the parse also hung on the
verb, and a plural noun the tagger read as a verb ("denied claims that ...") is the verb's object
(noun_clauses.content_noun_read_as_verb). The clause is then the author's (agent-assertion), or
part of what the verb's subject rejected (object-content), never what that subject said
(ccomp-cue, told-that-relcl). An object spelled out that way is a statement of its own beside a
speech participle (attribute._yield_object_readings), and an object-content verb coordinated
with another takes its subject (object-content-conjunct). Trees the shipped parser gave sentences
written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import sentence_quotes

# The ministry pushed back against claims by local farmers that the dam had failed .
AGENT_BY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 2, "nsubj", "Number=Sing"),
    ("pushed", "push", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("back", "back", "ADV", 2, "advmod", ""),
    ("against", "against", "ADP", 5, "case", ""),
    ("claims", "claim", "NOUN", 2, "obl", "Number=Plur"),
    ("by", "by", "ADP", 8, "case", ""),
    ("local", "local", "ADJ", 8, "amod", "Degree=Pos"),
    ("farmers", "farmer", "NOUN", 5, "nmod", "Number=Plur"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("dam", "dam", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The minister hit back on Tuesday at complaints from his rival that the budget was reckless .
AGENT_FROM: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("hit", "hit", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("back", "back", "ADV", 2, "advmod", ""),
    ("on", "on", "ADP", 5, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 2, "obl", "Number=Sing"),
    ("at", "at", "ADP", 7, "case", ""),
    ("complaints", "complaint", "NOUN", 2, "obl", "Number=Plur"),
    ("from", "from", "ADP", 10, "case", ""),
    ("his", "his", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("rival", "rival", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 15, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reckless", "reckless", "ADJ", 2, "advcl", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Her critics cited the remark as evidence that she did not care .
AS_EVIDENCE: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("critics", "critic", "NOUN", 2, "nsubj", "Number=Plur"),
    ("cited", "cite", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("remark", "remark", "NOUN", 2, "obj", "Number=Sing"),
    ("as", "as", "ADP", 6, "case", ""),
    ("evidence", "evidence", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("she", "she", "PRON", 11, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("did", "do", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 11, "advmod", "Polarity=Neg"),
    ("care", "care", "VERB", 2, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# They rejected accusations that the election was rigged .
REJECTED_ACCUSATIONS: list[FeatRow] = [
    ("They", "they", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("rejected", "reject", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("accusations", "accusation", "NOUN", 1, "obj", "Number=Plur"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("election", "election", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rigged", "rig", "VERB", 2, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# She denied claims that she lied .
DENIED_CLAIMS: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("denied", "deny", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("claims", "claim", "VERB", 1, "xcomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 5, "mark", ""),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("lied", "lie", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The mayor rejected the idea that the bridge was unsafe , saying that engineers had inspected it .
REJECTED_IDEA_SAYING: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("rejected", "reject", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("idea", "idea", "NOUN", 2, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unsafe", "unsafe", "ADJ", 4, "acl", "Degree=Pos"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("saying", "say", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("engineers", "engineer", "NOUN", 15, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("inspected", "inspect", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("it", "it", "PRON", 15, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The union praised the offer and rejected claims that it had stalled the talks .
PRAISED_AND_REJECTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("praised", "praise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("offer", "offer", "NOUN", 2, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("rejected", "reject", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("claims", "claim", "NOUN", 6, "obj", "Number=Plur"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("stalled", "stall", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 11, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# (hand-edited from the shipped parser's tree to the shape it gave a like sentence: "want" a
# conjunct of "rejected", "that" the mark of "found")
# Continuing to explain his view , Roe rejected the notion that the delay should be water under the bridge , saying that if he " found something that was broken , you would want to fix it . "
NOTION_SAYING_CONJ: list[FeatRow] = [
    ("Continuing", "continue", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 2, "mark", ""),
    ("explain", "explain", "VERB", 0, "xcomp", "VerbForm=Inf"),
    ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("view", "view", "NOUN", 2, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("Roe", "Roe", "PROPN", 7, "nsubj", "Number=Sing"),
    ("rejected", "reject", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("notion", "notion", "NOUN", 7, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("delay", "delay", "NOUN", 15, "nsubj", "Number=Sing"),
    ("should", "should", "AUX", 15, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 15, "cop", "VerbForm=Inf"),
    ("water", "water", "NOUN", 7, "ccomp", "Number=Sing"),
    ("under", "under", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 15, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 20, "punct", ""),
    ("saying", "say", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 25, "mark", ""),
    ("if", "if", "SCONJ", 25, "mark", ""),
    ("he", "he", "PRON", 25, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ('"', '"', "PUNCT", 25, "punct", ""),
    ("found", "find", "VERB", 20, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("something", "something", "PRON", 25, "obj", "Number=Sing|PronType=Ind"),
    ("that", "that", "PRON", 29, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 29, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("broken", "break", "VERB", 26, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 25, "punct", ""),
    ("you", "you", "PRON", 33, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("would", "would", "AUX", 33, "aux", "VerbForm=Fin"),
    ("want", "want", "VERB", 7, "conj", "VerbForm=Inf"),  # (as the parser gave a like sentence)
    ("to", "to", "PART", 35, "mark", ""),
    ("fix", "fix", "VERB", 33, "xcomp", "VerbForm=Inf"),
    ("it", "it", "PRON", 35, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 7, "punct", ""),
    ('"', '"', "PUNCT", 7, "punct", ""),
]


# The minister was responding to questions about complaints by the opposition leader , Jane Roe , that the budget was reckless .
NESTED_COMPLAINT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 3, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("responding", "respond", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 5, "case", ""),
    ("questions", "question", "NOUN", 3, "obl", "Number=Plur"),
    ("about", "about", "ADP", 7, "case", ""),
    ("complaints", "complaint", "NOUN", 5, "nmod", "Number=Plur"),
    ("by", "by", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("opposition", "opposition", "NOUN", 11, "compound", "Number=Sing"),
    ("leader", "leader", "NOUN", 7, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("Jane", "Jane", "PROPN", 11, "appos", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 11, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 20, "punct", ""),
    ("that", "that", "SCONJ", 20, "mark", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 20, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 20, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reckless", "reckless", "ADJ", 3, "advcl", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


# Hussein Mohamed , a spokesman for the president , dismissed claims that the protests were spontaneous .
DISMISSED_INVERTED: list[FeatRow] = [
    ("Hussein", "Hussein", "PROPN", 1, "compound", "Number=Sing"),
    ("Mohamed", "Mohamed", "PROPN", 10, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 1, "appos", "Number=Sing"),
    ("for", "for", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("dismissed", "dismiss", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("claims", "claim", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("protests", "protest", "NOUN", 15, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 15, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("spontaneous", "spontaneous", "ADJ", 10, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# The minister confirmed reports that she would resign .
CONFIRMED_AS_SUBJECT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("confirmed", "confirm", "VERB", 3, "nsubj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reports", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("resign", "resign", "VERB", 3, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The minister denied reports that she would resign .
DENIED_REPORTS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("denied", "deny", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reports", "report", "VERB", 2, "xcomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("resign", "resign", "VERB", 3, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# The Biden administration is considering new restrictions on the sale of advanced semiconductor equipment to China , according to three people familiar with the discussions , a move that would escalate a technology fight between the world 's two largest economies .
A_MOVE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Biden", "Biden", "PROPN", 2, "compound", "Number=Sing"),
    ("administration", "administration", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("considering", "consider", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("new", "new", "ADJ", 6, "amod", "Degree=Pos"),
    ("restrictions", "restriction", "NOUN", 4, "obj", "Number=Plur"),
    ("on", "on", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("sale", "sale", "NOUN", 4, "obl", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("advanced", "advance", "VERB", 13, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("semiconductor", "semiconductor", "NOUN", 13, "compound", "Number=Sing"),
    ("equipment", "equipment", "NOUN", 9, "nmod", "Number=Sing"),
    ("to", "to", "ADP", 15, "case", ""),
    ("China", "China", "PROPN", 13, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 21, "punct", ""),
    ("according", "accord", "VERB", 20, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 17, "fixed", ""),
    ("three", "three", "NUM", 20, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 21, "obl", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 4, "advcl", "Degree=Pos"),
    ("with", "with", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("discussions", "discussion", "NOUN", 21, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 27, "punct", ""),
    ("a", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("move", "move", "NOUN", 24, "appos", "Number=Sing"),
    ("that", "that", "PRON", 30, "nsubj", "PronType=Rel"),
    ("would", "would", "AUX", 30, "aux", "VerbForm=Fin"),
    ("escalate", "escalate", "VERB", 27, "acl:relcl", "VerbForm=Inf"),
    ("a", "a", "DET", 33, "det", "Definite=Ind|PronType=Art"),
    ("technology", "technology", "NOUN", 33, "compound", "Number=Sing"),
    ("fight", "fight", "NOUN", 30, "obj", "Number=Sing"),
    ("between", "between", "ADP", 40, "case", ""),
    ("the", "the", "DET", 36, "det", "Definite=Def|PronType=Art"),
    ("world", "world", "NOUN", 40, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 36, "case", ""),
    ("two", "two", "NUM", 40, "nummod", "NumForm=Word|NumType=Card"),
    ("largest", "large", "ADJ", 40, "amod", "Degree=Sup"),
    ("economies", "economy", "NOUN", 33, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def test_a_claim_by_someone_is_the_claimants_not_the_subject_of_the_verb_that_rejects_it():
    assert sentence_quotes(AGENT_BY) == [("that the dam had failed", "local farmers", "indirect", "agent-assertion")]


def test_a_complaint_nested_in_the_verbs_phrase_takes_its_clause():
    # ("responding to questions about complaints by X that ...": the nearest noun whose phrase
    # ends at the "that")
    assert sentence_quotes(NESTED_COMPLAINT) == [
        ("that the budget was reckless", "the opposition leader , Jane Roe", "indirect", "agent-assertion")
    ]


def test_an_author_hung_on_the_verb_moves_under_the_complaint_with_its_clause():
    assert sentence_quotes(AGENT_FROM) == [("that the budget was reckless", "his rival", "indirect", "agent-assertion")]


def test_a_noun_marked_by_as_keeps_the_clause_on_the_verb():
    # "cited the remark as evidence that ...": the clause is part of what the critics cited
    assert sentence_quotes(AS_EVIDENCE) == [("that she did not care", "Her critics", "indirect", "ccomp-cue")]


def test_a_rejected_accusation_is_what_was_rejected_not_what_was_told():
    assert sentence_quotes(REJECTED_ACCUSATIONS) == [
        ("accusations that the election was rigged", "They", "indirect", "object-content")
    ]


def test_a_plural_content_noun_tagged_a_verb_is_the_object_of_the_denial():
    assert DENIED_CLAIMS[2][2] == "VERB"  # (the tagger's reading this test is about)
    assert sentence_quotes(DENIED_CLAIMS) == [("claims that she lied", "She", "indirect", "object-content")]


def test_an_object_spelled_out_by_its_clause_stands_beside_a_speech_participle():
    assert sentence_quotes(REJECTED_IDEA_SAYING) == [
        ("the idea that the bridge was unsafe", "The mayor", "indirect", "object-content"),
        ("that engineers had inspected it", "The mayor", "indirect", "ccomp-cue"),
    ]


def test_an_object_content_verb_coordinated_with_another_shares_its_subject():
    assert sentence_quotes(PRAISED_AND_REJECTED) == [
        ("the offer", "The union", "indirect", "object-content"),
        ("claims that it had stalled the talks", "The union", "indirect", "object-content-conjunct"),
    ]


def test_a_quoted_conjunct_past_another_clause_of_the_cue_is_not_more_of_the_object():
    # (quoted_parts.quoted_conjuncts: '"A," the minister said, "and B."' joins B to A; here the
    # participle's clause stands between, and the quotation is what he was saying)
    found = sentence_quotes(NOTION_SAYING_CONJ)
    assert ("the notion that the delay should be water under the bridge", "Roe", "indirect", "object-content") in found


def test_the_writers_aside_after_the_reported_clause_is_not_what_was_said():
    # Roe said the deficit was 40 billion dollars , a figure disputed by economists .
    # (noun_clauses.writer_aside: "a figure" comments on what Roe said)
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
        ("deficit", "deficit", "NOUN", 7, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("40", "40", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
        ("billion", "billion", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
        ("dollars", "dollar", "NOUN", 1, "ccomp", "Number=Plur"),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
        ("figure", "figure", "NOUN", 11, "nsubj:pass", "Number=Sing"),
        ("disputed", "dispute", "VERB", 7, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("by", "by", "ADP", 13, "case", ""),
        ("economists", "economist", "NOUN", 11, "obl:agent", "Number=Plur"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert [q[0] for q in sentence_quotes(rows)] == ["the deficit was 40 billion dollars"]


def test_a_content_noun_the_parse_made_the_verb_over_the_real_one_is_its_object():
    # ("claims" the finite verb with the subject, "dismissed" its complement; "The minister
    # confirmed" read as a subject of "reports")
    assert DISMISSED_INVERTED[10][4] == "root" and CONFIRMED_AS_SUBJECT[3][4] == "root"
    assert sentence_quotes(DISMISSED_INVERTED) == [
        ("claims that the protests were spontaneous", "Hussein Mohamed , a spokesman for the president",
         "indirect", "object-content")
    ]  # fmt: skip
    assert sentence_quotes(CONFIRMED_AS_SUBJECT) == [
        ("reports that she would resign", "The minister", "indirect", "object-content")
    ]


def test_a_statement_noun_that_was_denied_is_no_channel_of_the_clause():
    # (statement-that-cue reads "said in a statement that ..."; "denied reports that ..." denies them)
    assert sentence_quotes(DENIED_REPORTS) == [
        ("reports that she would resign", "The minister", "indirect", "object-content")
    ]


def test_an_aside_on_what_a_decision_amounts_to_is_no_part_of_the_speaker():
    # (", a move that would escalate ..." hung on "discussions", inside the speaker's phrase)
    assert A_MOVE[27][4] == "appos"
    [(text, speaker, _, rule)] = sentence_quotes(A_MOVE)
    assert speaker == "three people familiar with the discussions" and rule == "according-to"
    assert text.endswith("to China")
