"""A speech verb's subject the parse hung across the verb, or left in a phrase fronted before
it (session 52, from fresh articles; attribution/crossed_subjects; each tree is the shipped
parser's for the invented sentence in its comment):

* "In a preliminary statement, the NTSB said investigators were examining ..." with "NTSB" a
  compound of "investigators": the report had no speaker (``subject_hung_across_verb``);
* "In a joint letter to members on Monday night, Ramanathan and her fellow co-chair, Dr Tom
  Ellery, said further strike dates in May could not be ruled out" with "dates" the subject of
  "said", "May" of "ruled" and the names a conjunct of "night": the report was "in May could not
  be ruled out" with no speaker (``report_subject_read_as_speakers``);
* a plural subject tagged a verb after "that", before a quote mark ('said in a joint statement
  that residents "deserve straight answers"'): the report had no speaker and the quote no report
  (tag_repairs.plural_noun_read_as_cue, spans.past_opening_mark);
* an interrupting cue hung on the clause it interrupts: "The decision, Judge Maria Chen wrote, was
  wrong" (the cue an adverbial clause of "wrong", the judge an apposition of "decision") and "The
  economy, Smith argued, was already slowing" (the cue a parataxis, "economy" its second subject)
  reported nothing (``cue_hung_on_interrupted_clause``); "Such a move, analysts said, would hurt
  exports" with "move" a bare oblique of "said" lost the clause's subject
  (interrupted._bare_noun_before). Not a fronted phrase with a preposition ("At one point, she
  said, the boss fired her");
* a cue read into its subject's relative clause with the sentence rooted on the subject ("A former
  employee who spoke on the condition that she not be identified said the company knew ..." with
  "said" a relative clause of "condition"): the speaker was "the condition"; or right after such
  a clause on a noun of the subject's phrase ("A consents officer at the council, who asked not to
  be named because staff had been told ..., told RNZ morale ..." with the cue an adverbial clause
  of "told" inside it): no speaker (``cue_read_into_subjects_relative``);
* the subject of a second clause read as a conjunct of the first's predicate ("Starhollow 2 is the
  studio's only announced project, and its publisher, Bracken Interactive, has told investors it
  expects ...": the speaker was "Starhollow"; ``subject_read_as_predicates_conjunct``).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# In a preliminary statement, the NTSB said investigators were examining a section of rail.
SAFETY_BOARD: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("preliminary", "preliminary", "ADJ", 3, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 7, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("NTSB", "NTSB", "PROPN", 8, "compound", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("investigators", "investigator", "NOUN", 10, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("examining", "examine", "VERB", 7, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("section", "section", "NOUN", 10, "obj", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("rail", "rail", "NOUN", 12, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# In a joint letter to members on Monday night, Ramanathan and her fellow co-chair, Dr Tom Ellery, said further strike dates in May could not be ruled out.
JOINT_LETTER: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 3, "amod", "Degree=Pos"),
    ("letter", "letter", "NOUN", 20, "obl", "Number=Sing"),
    ("to", "to", "ADP", 5, "case", ""),
    ("members", "member", "NOUN", 3, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Monday", "Monday", "PROPN", 8, "compound", "Number=Sing"),
    ("night", "night", "NOUN", 5, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("Ramanathan", "Ramanathan", "PROPN", 8, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 14, "cc", ""),
    ("her", "her", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("fellow", "fellow", "ADJ", 14, "amod", "Degree=Pos"),
    ("co-chair", "co-chair", "NOUN", 8, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Dr", "Dr", "PROPN", 18, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 18, "compound", "Number=Sing"),
    ("Ellery", "Ellery", "PROPN", 14, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("further", "further", "ADJ", 23, "amod", "Degree=Cmp"),
    ("strike", "strike", "NOUN", 23, "compound", "Number=Sing"),
    ("dates", "date", "NOUN", 20, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 25, "case", ""),
    ("May", "May", "PROPN", 29, "nsubj:pass", "Number=Sing"),
    ("could", "could", "AUX", 29, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 29, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 29, "aux:pass", "VerbForm=Inf"),
    ("ruled", "rule", "VERB", 20, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("out", "out", "ADP", 29, "compound:prt", ""),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]

# State Rep. Karen Delgado and County Commissioner Bill Yoder said in a joint statement that residents "deserve straight answers" about the crash.
JOINT_STATEMENT: list[FeatRow] = [
    ("State", "State", "PROPN", 3, "compound", "Number=Sing"),
    ("Rep.", "Rep.", "PROPN", 3, "compound", "Number=Sing"),
    ("Karen", "Karen", "PROPN", 3, "compound", "Number=Sing"),
    ("Delgado", "Delgado", "PROPN", 9, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("County", "County", "PROPN", 6, "compound", "Number=Sing"),
    ("Commissioner", "Commissioner", "PROPN", 3, "conj", "Number=Sing"),
    ("Bill", "Bill", "PROPN", 8, "compound", "Number=Sing"),
    ("Yoder", "Yoder", "PROPN", 0, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 13, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    ("that", "that", "PRON", 15, "nsubj", "PronType=Rel"),
    ("residents", "resident", "VERB", 13, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ('"', '"', "PUNCT", 17, "punct", ""),
    ("##deserve", "deserve", "VERB", 13, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("straight", "straight", "ADJ", 19, "amod", "Degree=Pos"),
    ("answers", "answer", "NOUN", 17, "obj", "Number=Plur"),
    ('##"', '"', "PUNCT", 17, "punct", ""),
    ("about", "about", "ADP", 23, "case", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("crash", "crash", "NOUN", 17, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# In its annual report, the bank said prices in May had risen faster than wages.
SINCE_MAY: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("its", "its", "PRON", 3, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("annual", "annual", "ADJ", 3, "amod", "Degree=Pos"),
    ("report", "report", "NOUN", 7, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("bank", "bank", "NOUN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("prices", "price", "NOUN", 12, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 10, "case", ""),
    ("May", "May", "PROPN", 12, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("risen", "risen", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("faster", "fast", "ADJ", 12, "xcomp", "Degree=Cmp"),
    ("than", "than", "ADP", 15, "case", ""),
    ("wages", "wage", "NOUN", 12, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


# The decision, Judge Maria Chen wrote, was wrong.
JUDGE_WROTE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Judge", "Judge", "PROPN", 5, "compound", "Number=Sing"),
    ("Maria", "Maria", "PROPN", 5, "compound", "Number=Sing"),
    ("Chen", "Chen", "PROPN", 1, "appos", "Number=Sing"),
    ("wrote", "write", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wrong", "wrong", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The economy, Smith argued, was already slowing.
SMITH_ARGUED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("economy", "economy", "NOUN", 4, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Smith", "Smith", "PROPN", 4, "nsubj", "Number=Sing"),
    ("argued", "argue", "VERB", 8, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("was", "be", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("already", "already", "ADV", 8, "advmod", ""),
    ("slowing", "slowing", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Such a move, analysts said, would hurt exports.
SUCH_A_MOVE: list[FeatRow] = [
    ("Such", "such", "DET", 2, "det:predet", "PronType=Tot"),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("move", "move", "NOUN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("analysts", "analyst", "NOUN", 5, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("hurt", "hurt", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("exports", "export", "NOUN", 8, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# At one point, she said, the boss fired her.
AT_ONE_POINT: list[FeatRow] = [
    ("At", "at", "ADP", 2, "case", ""),
    ("one", "one", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("point", "point", "NOUN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("boss", "boss", "NOUN", 9, "nsubj", "Number=Sing"),
    ("fired", "fire", "VERB", 5, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 9, "obj", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


# A former employee who spoke on the condition that she not be identified said the company knew about the defect.
FORMER_EMPLOYEE: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 2, "amod", "Degree=Pos"),
    ("employee", "employee", "NOUN", -1, "root", "Number=Sing"),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("condition", "condition", "NOUN", 4, "obl", "Number=Sing"),
    ("that", "that", "PRON", 12, "mark", "PronType=Rel"),
    ("she", "she", "PRON", 12, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("not", "not", "PART", 12, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("identified", "identify", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("said", "say", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 16, "nsubj", "Number=Sing"),
    ("knew", "know", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("defect", "defect", "NOUN", 16, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# Starhollow 2 is the studio's only announced project, and its publisher, Bracken Interactive, has told investors it expects the game to be one of its three biggest releases.
GAME_PUBLISHER: list[FeatRow] = [
    ("Starhollow", "Starhollow", "PROPN", 8, "nsubj", "Number=Sing"),
    ("2", "2", "NUM", 0, "flat", "NumForm=Digit|NumType=Card"),
    ("is", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("studio", "studio", "NOUN", 8, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("only", "only", "ADV", 7, "advmod", ""),
    ("announced", "announce", "VERB", 8, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("project", "project", "NOUN", -1, "root", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("its", "its", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("publisher", "publisher", "NOUN", 8, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("Bracken", "Bracken", "PROPN", 15, "compound", "Number=Sing"),
    ("Interactive", "Interactive", "PROPN", 12, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("has", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("told", "tell", "VERB", 8, "conj", "Tense=Past|VerbForm=Part"),
    ("investors", "investor", "NOUN", 18, "iobj", "Number=Plur"),
    ("it", "it", "PRON", 21, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("expects", "expect", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("game", "game", "NOUN", 21, "obj", "Number=Sing"),
    ("to", "to", "PART", 26, "mark", ""),
    ("be", "be", "AUX", 26, "cop", "VerbForm=Inf"),
    ("one", "one", "NUM", 21, "advcl", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 31, "case", ""),
    ("its", "its", "PRON", 31, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("three", "three", "NUM", 31, "nummod", "NumForm=Word|NumType=Card"),
    ("biggest", "big", "ADJ", 31, "amod", "Degree=Sup"),
    ("releases", "release", "NOUN", 26, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


# A consents officer at the council, who asked not to be named because staff had been told not to speak to media, told RNZ morale in the team was at rock bottom.
CONSENTS_OFFICER: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("consents", "consent", "NOUN", 2, "compound", "Number=Plur"),
    ("officer", "officer", "NOUN", -1, "root", "Number=Sing"),
    ("at", "at", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 12, "mark", ""),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 17, "mark", ""),
    ("staff", "staff", "NOUN", 17, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("told", "tell", "VERB", 12, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("not", "not", "PART", 20, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 20, "mark", ""),
    ("speak", "speak", "VERB", 17, "xcomp", "VerbForm=Inf"),
    ("to", "to", "ADP", 22, "case", ""),
    ("media", "media", "NOUN", 20, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("told", "tell", "VERB", 17, "advcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    ("RNZ", "RNZ", "PROPN", 26, "compound", "Number=Sing"),
    ("morale", "morale", "NOUN", 24, "obj", "Number=Sing"),
    ("in", "in", "ADP", 29, "case", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 26, "nmod", "Number=Sing"),
    ("was", "be", "AUX", 33, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 33, "case", ""),
    ("rock", "rock", "NOUN", 33, "compound", "Number=Sing"),
    ("bottom", "bottom", "NOUN", 24, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 33, "punct", ""),
]


def test_a_subject_hung_across_the_verb_is_the_verbs():
    assert [q[:2] for q in sentence_quotes(SAFETY_BOARD)] == [
        ("investigators were examining a section of rail", "the NTSB")
    ]


def test_the_reports_subject_read_as_the_verbs_gives_the_verb_its_fronted_subject():
    ((text, speaker, _, _),) = sentence_quotes(JOINT_LETTER)
    assert (text, speaker) == ("further strike dates in May could not be ruled out", "Ramanathan")
    r = resolve([[JOINT_LETTER]])
    (q,) = r.quotes
    assert q.speaker is not None
    # (both speak; the name apposed to the co-chair is hers, though the parse hung the comma that
    # opens it on "letter": session 67, mention_words._commas)
    assert [r.entities[i].name for i in q.speaker.entities] == ["Ramanathan", "Tom Ellery"]


def test_a_plural_tagged_a_verb_before_a_quote_mark_is_the_reports_subject():
    ((text, speaker, _, _),) = sentence_quotes(JOINT_STATEMENT)
    assert text.startswith('that residents "deserve straight answers"')
    assert speaker.startswith("State Rep. Karen Delgado")


def test_a_report_with_its_own_subject_keeps_it():
    ((text, speaker, _, _),) = sentence_quotes(SINCE_MAY)
    assert (text, speaker) == ("prices in May had risen faster than wages", "the bank")


def test_an_interrupting_cue_hung_on_the_clause_it_interrupts_reports_it():
    assert [q[:2] for q in sentence_quotes(JUDGE_WROTE)] == [
        ("The decision", "Judge Maria Chen"),
        ("was wrong", "Judge Maria Chen"),
    ]
    assert [q[:2] for q in sentence_quotes(SMITH_ARGUED)] == [
        ("The economy", "Smith"),
        ("was already slowing", "Smith"),
    ]


def test_a_bare_oblique_before_an_interrupting_cue_is_the_clauses_subject():
    assert [q[:2] for q in sentence_quotes(SUCH_A_MOVE)] == [
        ("Such a move", "analysts"),
        ("would hurt exports", "analysts"),
    ]
    assert [q[0] for q in sentence_quotes(AT_ONE_POINT)] == ["At one point", "the boss fired her"]


def test_a_cue_read_into_its_subjects_relative_clause_is_the_sentences_verb():
    ((text, speaker, _, _),) = sentence_quotes(FORMER_EMPLOYEE)
    assert (text, speaker) == ("the company knew about the defect", "A former employee")


def test_the_subject_of_a_second_clause_read_as_the_first_predicates_conjunct_is_the_verbs():
    ((text, speaker, _, _),) = sentence_quotes(GAME_PUBLISHER)
    assert (text, speaker) == (
        "it expects the game to be one of its three biggest releases",
        "its publisher, Bracken Interactive",
    )


def test_a_cue_after_a_relative_clause_of_the_subjects_phrase_is_the_sentences_verb():
    (q,) = resolve([[CONSENTS_OFFICER]]).quotes
    assert q.text == "morale in the team was at rock bottom"
    assert q.speaker is not None and (q.speaker.text, q.speaker.anonymity) == (
        "A consents officer at the council",
        "anonymous-with-reason",
    )
    assert q.via is not None and q.via.text == "RNZ"
