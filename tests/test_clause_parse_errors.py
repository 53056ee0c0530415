"""Reports and speakers a parse got wrong around the clause, session 63 (error classes found by
comparing the PolNeAR dev spans provenance cut short with the gold; the trees are the shipped
parser's for these invented sentences):

* a "that" clause right after a speech verb is that verb's, though the parse hung it on the main
  verb because of quoted words inside it ('erred in saying that the "90 to 95 percent" figure was
  ...': only the quoted words were reported; that_clauses.said_that);
* a fronted participle set off by a comma has the main clause's subject, after it, for speaker
  ("While saying that the plan was sound, the mayor continued": clause_subjects.participle_subject;
  needed once the clause is the participle's);
* a bare infinitive the parse coordinated with the cue is the second half of the cue's "to"
  infinitive ("urged the candidate to dig in and prepare to fight harder":
  late_repairs.infinitive_read_as_cue_conjunct);
* a subject pronoun the parse made the cue's object opens the reported clause ("vowed he and his
  supporters would never quit": only "he" was reported; late_repairs.subject_pronoun_read_as_object);
* a closing bracket whose opening one is in the content stays in it ("a donor to Sen. Mark Rowe
  (R-FL) to attack ...": spans.trim_edges);
* "who" is a person: a restrictive "who" clause the parse hung on a place or body at the end of a
  noun's phrase is the noun's ("a student at the University of Leeds who said": was "Leeds";
  relatives._phrase_head; and the name that noun describes: "Derek Kukura, 24, a junior at the
  University of Tennessee at Chattanooga who heads the club, arguing that ..." was "Chattanooga");
* two different posts are two people ("The minister said ... ¶ The mayor said": the mayor was the
  minister; epithets.unnamed_just_quoted);
* a naming phrase after a later noun ("The group praised the board (known as the BRB)") does not
  name a definite description before it (unnamed._for_institution).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import article_records, quote_records

# Jane Roe clearly erred in saying that the "90 to 95 percent" figure was from the ministry.
ERRED: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 3, "nsubj", "Number=Sing"),
    ("clearly", "clearly", "ADV", 3, "advmod", ""),
    ("erred", "err", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "SCONJ", 5, "mark", ""),
    ("saying", "say", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("90", "90", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("to", "to", "ADP", 12, "case", ""),
    ("95", "95", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 14, "compound", "Number=Sing"),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("figure", "figure", "NOUN", 18, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 18, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("from", "from", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 3, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# While saying that the plan was sound, the mayor continued to express doubts.
WHILE: list[FeatRow] = [
    ("While", "while", "SCONJ", 1, "mark", ""),
    ("saying", "say", "VERB", 10, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sound", "sound", "ADJ", 10, "advcl", "Degree=Pos"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 10, "nsubj", "Number=Sing"),
    ("continued", "continue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 12, "mark", ""),
    ("express", "express", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("doubts", "doubt", "NOUN", 12, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# Roe has also urged the candidate to dig in and prepare to fight harder.
URGED: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("also", "also", "ADV", 3, "advmod", ""),
    ("urged", "urge", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("candidate", "candidate", "NOUN", 3, "obj", "Number=Sing"),
    ("to", "to", "PART", 7, "mark", ""),
    ("dig", "dig", "VERB", 5, "acl", "VerbForm=Inf"),
    ("in", "in", "ADP", 7, "obl", ""),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("prepare", "prepare", "VERB", 3, "conj", "VerbForm=Inf"),
    ("to", "to", "PART", 12, "mark", ""),
    ("fight", "fight", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("harder", "hard", "ADJ", 12, "xcomp", "Degree=Cmp"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The group praised the efforts of a donor to Sen. Mark Rowe (R-FL) to attack the frontrunner.
BRACKET: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 2, "nsubj", "Number=Sing"),
    ("praised", "praise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("efforts", "effort", "NOUN", 2, "obj", "Number=Plur"),
    ("of", "of", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("donor", "donor", "NOUN", 4, "nmod", "Number=Sing"),
    ("to", "to", "ADP", 11, "case", ""),
    ("Sen.", "Sen.", "PROPN", 11, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 11, "compound", "Number=Sing"),
    ("Rowe", "Rowe", "PROPN", 7, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 13, "punct", ""),
    ("R", "R", "PROPN", 11, "appos", "Number=Sing"),
    ("-", "-", "PUNCT", 13, "punct", ""),
    ("FL", "FL", "PROPN", 13, "flat", "Number=Sing"),
    (")", ")", "PUNCT", 13, "punct", ""),
    ("to", "to", "PART", 18, "mark", ""),
    ("attack", "attack", "VERB", 2, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("frontrunner", "frontrunner", "NOUN", 18, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# She met a student at the University of Leeds who said the fees were too high.
LEEDS: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("met", "meet", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("student", "student", "NOUN", 1, "obj", "Number=Sing"),
    ("at", "at", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 3, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("Leeds", "Leeds", "PROPN", 6, "nmod", "Number=Plur"),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("fees", "fee", "NOUN", 15, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 15, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 15, "advmod", ""),
    ("high", "high", "ADJ", 10, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The minister said the plan was ready.
POSTS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ready", "ready", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The mayor said the plan was late.
POSTS_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("late", "late", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The group praised the work of the board (known as the BRB) in the past year.
KNOWN_AS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 2, "nsubj", "Number=Sing"),
    ("praised", "praise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("work", "work", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 4, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 9, "punct", ""),
    ("known", "know", "VERB", 2, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("BRB", "BRB", "PROPN", 9, "obl", "Number=Sing"),
    (")", ")", "PUNCT", 9, "punct", ""),
    ("in", "in", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("past", "past", "ADJ", 17, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# "This could be our last chance if we do not vote for him," said Derek Kukura, 24, a junior at the University of Tennessee at Chattanooga who heads the club, arguing that the fees were too high.
KUKURA: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("This", "this", "PRON", 6, "nsubj", "Number=Sing|PronType=Dem"),
    ("could", "could", "AUX", 6, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 6, "cop", "VerbForm=Inf"),
    ("our", "our", "PRON", 6, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("last", "last", "ADJ", 6, "amod", "Degree=Pos"),
    ("chance", "chance", "NOUN", 16, "ccomp", "Number=Sing"),
    ("if", "if", "SCONJ", 11, "mark", ""),
    ("we", "we", "PRON", 11, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("do", "do", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 11, "advmod", "Polarity=Neg"),
    ("vote", "vote", "VERB", 6, "advcl", "VerbForm=Inf"),
    ("for", "for", "ADP", 13, "case", ""),
    ("him", "he", "PRON", 11, "obl", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Derek", "Derek", "PROPN", 18, "compound", "Number=Sing"),
    ("Kukura", "Kukura", "PROPN", 16, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 20, "punct", ""),
    ("24", "24", "NUM", 18, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 23, "punct", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("junior", "junior", "NOUN", 16, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 26, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 23, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 28, "case", ""),
    ("Tennessee", "Tennessee", "PROPN", 26, "nmod", "Number=Sing"),
    ("at", "at", "ADP", 30, "case", ""),
    ("Chattanooga", "Chattanooga", "PROPN", 26, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 32, "nsubj", "PronType=Rel"),
    ("heads", "head", "VERB", 30, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 34, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 32, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 36, "punct", ""),
    ("arguing", "argue", "VERB", 32, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 42, "mark", ""),
    ("the", "the", "DET", 39, "det", "Definite=Def|PronType=Art"),
    ("fees", "fee", "NOUN", 42, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 42, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 42, "advmod", ""),
    ("high", "high", "ADJ", 36, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 16, "punct", ""),
]

# The governor vowed he and his supporters would never quit.
VOWED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("vowed", "vow", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 2, "obj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("his", "his", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("supporters", "supporter", "NOUN", 9, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("never", "never", "ADV", 9, "advmod", "PronType=Neg"),
    ("quit", "quit", "VERB", 2, "conj", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_that_clause_right_after_a_speech_verb_is_its_report():
    assert ERRED[18][3] == 3 and ERRED[18][4] == "ccomp"  # (the clause's head on "erred" in the parse)
    [(text, name, _, _)] = quote_records(ERRED)
    assert (text, name) == (
        'that the " 90 to 95 percent " figure was from the ministry',
        "Jane Roe",
    )  # (words joined by spaces)


def test_a_fronted_participles_speaker_is_the_main_clauses_subject():
    [(text, name, kind, _)] = quote_records(WHILE)
    assert (text, name, kind) == ("that the plan was sound", "the mayor", "anonymous")


def test_a_bare_infinitive_coordinated_with_the_cue_is_part_of_what_was_urged():
    assert URGED[10][4] == "conj" and URGED[10][3] == 3  # ("prepare" on "urged" in the parse)
    [(text, name, _, _)] = quote_records(URGED)
    assert (text, name) == ("to dig in and prepare to fight harder", "Roe")


def test_a_closing_bracket_opened_in_the_content_stays():
    [(text, _, _, _)] = quote_records(BRACKET)
    assert (
        text == "the efforts of a donor to Sen. Mark Rowe ( R - FL ) to attack the frontrunner"
    )  # (words joined by spaces)


def test_who_is_the_noun_not_the_place_ending_its_phrase():
    assert LEEDS[8][0] == "Leeds" and LEEDS[10][3] == 8  # (the clause on "Leeds" in the parse)
    [(text, name, kind, _)] = quote_records(LEEDS)
    assert (text, name, kind) == ("the fees were too high", "a student at the University of Leeds", "anonymous")


def test_two_different_posts_are_two_people():
    records = article_records((POSTS,), (POSTS_2,))
    assert [(text, name) for text, name, _, _ in records] == [
        ("the plan was ready", "The minister"),
        ("the plan was late", "The mayor"),
    ]


def test_a_name_given_to_a_later_noun_is_not_the_descriptions():
    [(_, name, kind, _)] = quote_records(KNOWN_AS)
    assert (name, kind) == ("The group", "organization")


def test_who_after_a_place_in_a_names_description_is_the_name():
    assert KUKURA[32][3] == 30 and KUKURA[30][0] == "Chattanooga"  # ("who heads the club" on it in the parse)
    assert KUKURA[23][4] == "nsubj"  # (the description a second subject)
    [_, (text, name, kind, _)] = quote_records(KUKURA)
    assert (text, name, kind) == ("that the fees were too high", "Derek Kukura", "person")


def test_a_subject_pronoun_read_as_the_cues_object_opens_the_report():
    assert VOWED[3][4] == "obj" and VOWED[9][4] == "conj"  # ("he" the object, "quit" a conjunct of "vowed")
    [(text, name, _, _)] = quote_records(VOWED)
    assert (text, name) == ("he and his supporters would never quit", "The governor")
