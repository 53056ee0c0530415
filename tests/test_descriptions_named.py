"""Who a description is (session 48, from fresh articles; the trees are the shipped parser's for
these invented sentences):

* lower-case fields joined by "and" in an office's "of" phrase are the office's, so the name set
  off after them is its holder ("Alberta's minister of forestry and parks, Tom Delaney, said":
  sources/mention_words._field_of_office);
* "the academic" after "a senior academic ..." is that person (rules/lexicons/person_roles.yaml);
* a health system speaks as a body ("the health system said": rules/lexicons/organization_words.yaml);
* "he" after a paragraph that turns to "the team's vice-captain" is the vice-captain, not the
  person named in the paragraph before: a hyphenated post is its last part's
  (sources/pronouns._described);
* a trade with the place one works at is a person's, though the trade names firms too ("Shirin
  Akter, a sewing operator at a knitwear factory": sources/candidates._body_kind);
* a post's relative clause names no body the person is ("Yoshiko Tanabe, a former prosecutor who
  chaired the committee": sources/role_words.body_role);
* a name that is only placed ("Nairobi-based Kilima Research") is a body's; a person has a post
  ("London-based analyst Jane Roe": sources/role_words.placed_only); and the place a body is
  based in is never a person's name ("a Seoul-based corporate watchdog": sources/name_runs).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# Alberta's minister of forestry and parks, Tom Delaney, said the province had requested additional firefighters.
FORESTRY_AND_PARKS: list[FeatRow] = [
    ("Alberta", "Alberta", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("minister", "minister", "NOUN", 11, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("forestry", "forestry", "NOUN", 2, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("parks", "park", "NOUN", 4, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Tom", "Tom", "PROPN", 9, "compound", "Number=Sing"),
    ("Delaney", "Delaney", "PROPN", 4, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("province", "province", "NOUN", 15, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("requested", "request", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("additional", "additional", "ADJ", 17, "amod", "Degree=Pos"),
    ("firefighters", "firefighter", "NOUN", 15, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# A senior academic in the philosophy department, who asked not to be named, said the mood had soured.
SENIOR_ACADEMIC: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 2, "amod", "Degree=Pos"),
    ("academic", "academic", "NOUN", 15, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("philosophy", "philosophy", "NOUN", 6, "compound", "Number=Sing"),
    ("department", "department", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 13, "mark", ""),
    ("be", "be", "AUX", 13, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 9, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("mood", "mood", "NOUN", 19, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("soured", "soure", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The academic said several lecturers had stopped setting essay questions.
THE_ACADEMIC: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("academic", "academic", "ADJ", 2, "nsubj", "Degree=Pos"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("several", "several", "ADJ", 4, "amod", "Degree=Pos"),
    ("lecturers", "lecturer", "NOUN", 6, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("stopped", "stop", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("setting", "set", "VERB", 6, "xcomp", "VerbForm=Ger"),
    ("essay", "essay", "NOUN", 9, "compound", "Number=Sing"),
    ("questions", "question", "NOUN", 7, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# In a written statement, the health system said it was working around the clock.
HEALTH_SYSTEM: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("written", "write", "VERB", 3, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("statement", "statement", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("health", "health", "NOUN", 7, "compound", "Number=Sing"),
    ("system", "system", "NOUN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("working", "work", "VERB", 8, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("around", "around", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("clock", "clock", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


def test_a_name_after_an_office_with_two_lower_case_fields_holds_it():
    (q,) = resolve([[FORESTRY_AND_PARKS]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Tom Delaney", "person")
    assert q.speaker.role == "Alberta's minister of forestry and parks"


def test_the_academic_is_the_academic_described_before():
    quotes = resolve([[SENIOR_ACADEMIC, THE_ACADEMIC]]).quotes
    assert [q.speaker.entity for q in quotes if q.speaker] == [quotes[0].speaker.entity] * 2  # type: ignore[union-attr]
    assert quotes[1].speaker is not None and quotes[1].speaker.anonymity == "anonymous-with-reason"


def test_a_health_system_is_a_body():
    (q,) = resolve([[HEALTH_SYSTEM]]).quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "organization")


# Former captain Sunil Rao told PTI that Sethi had made the right call.
FORMER_CAPTAIN: list[FeatRow] = [
    ("Former", "former", "ADJ", 1, "amod", "Degree=Pos"),
    ("captain", "captain", "NOUN", 3, "compound", "Number=Sing"),
    ("Sunil", "Sunil", "PROPN", 3, "compound", "Number=Sing"),
    ("Rao", "Rao", "PROPN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("PTI", "PTI", "PROPN", 4, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("Sethi", "Sethi", "PROPN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("made", "make", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("right", "right", "ADJ", 12, "amod", "Degree=Pos"),
    ("call", "call", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The team’s vice-captain, widely tipped to take over, struck a measured note.
VICE_CAPTAIN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 1, "case", ""),
    ("vice-captain", "vice-captain", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("widely", "widely", "ADV", 6, "advmod", ""),
    ("tipped", "tip", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 8, "mark", ""),
    ("take", "take", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("over", "over", "ADP", 8, "compound:prt", ""),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("struck", "strike", "VERB", 6, "conj", "Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("measured", "measure", "VERB", 14, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("note", "note", "NOUN", 11, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# “Nobody in the dressing room wanted this to happen,” he said.
HE_SAID_NOBODY: list[FeatRow] = [
    ("\u201c", '"', "PUNCT", 6, "punct", ""),
    ("##Nobody", "nobody", "PRON", 13, "nsubj", "Number=Sing|PronType=Ind"),
    ("in", "in", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("dressing", "dress", "NOUN", 5, "compound", "Number=Sing"),
    ("room", "room", "NOUN", 1, "nmod", "Number=Sing"),
    ("wanted", "want", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("this", "this", "PRON", 6, "obj", "Number=Sing|PronType=Dem"),
    ("to", "to", "PART", 9, "mark", ""),
    ("happen", "happen", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("##\u201d", '"', "PUNCT", 6, "punct", ""),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_he_after_a_hyphenated_post_the_paragraph_turns_to_is_that_person():
    r = resolve([[FORMER_CAPTAIN], [VICE_CAPTAIN, HE_SAID_NOBODY]])
    q = r.quotes[-1]
    assert q.speaker is not None and q.speaker.name == "The team’s vice-captain"


# Shirin Akter, a sewing operator at a knitwear factory in Zirabo, said she pays Tk 5,000 a month for a single room.
OPERATOR_AT: list[FeatRow] = [
    ("Shirin", "Shirin", "PROPN", 1, "compound", "Number=Sing"),
    ("Akter", "Akter", "PROPN", 13, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("sewing", "sew", "VERB", 5, "amod", "VerbForm=Ger"),
    ("operator", "operator", "NOUN", 13, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("knitwear", "knitwear", "ADJ", 9, "amod", "Degree=Pos"),
    ("factory", "factory", "NOUN", 5, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 11, "case", ""),
    ("Zirabo", "Zirabo", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 15, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("pays", "pay", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Tk", "tk", "ADV", 17, "advmod", ""),
    ("5,000", "5000", "NUM", 15, "obj", "NumForm=Digit|NumType=Card"),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("month", "month", "NOUN", 15, "obj", "Number=Sing"),
    ("for", "for", "ADP", 23, "case", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("single", "single", "ADJ", 23, "amod", "Degree=Pos"),
    ("room", "room", "NOUN", 19, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_a_trade_at_a_workplace_is_a_persons():
    (q,) = resolve([[OPERATOR_AT]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Shirin Akter", "person")


# Yoshiko Tanabe, a former prosecutor who chaired the committee, told reporters that the culture of the fund had made it almost impossible for junior staff to raise concerns.
CHAIRED: list[FeatRow] = [
    ("Yoshiko", "Yoshiko", "PROPN", 1, "compound", "Number=Sing"),
    ("Tanabe", "Tanabe", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 5, "amod", "Degree=Pos"),
    ("prosecutor", "prosecutor", "NOUN", 11, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 7, "nsubj", "PronType=Rel"),
    ("chaired", "chair", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 7, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 11, "iobj", "Number=Plur"),
    ("that", "that", "SCONJ", 20, "mark", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("culture", "culture", "NOUN", 20, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("fund", "fund", "NOUN", 15, "nmod", "Number=Sing"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("made", "make", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("it", "it", "PRON", 20, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("almost", "almost", "ADV", 23, "advmod", ""),
    ("impossible", "impossible", "ADJ", 20, "xcomp", "Degree=Pos"),
    ("for", "for", "ADP", 26, "case", ""),
    ("junior", "junior", "ADJ", 26, "amod", "Degree=Pos"),
    ("staff", "staff", "NOUN", 23, "obl", "Number=Sing"),
    ("to", "to", "PART", 28, "mark", ""),
    ("raise", "raise", "VERB", 23, "advcl", "VerbForm=Inf"),
    ("concerns", "concern", "NOUN", 28, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]


def test_a_body_in_the_relative_clause_of_a_post_does_not_make_the_name_a_body():
    (q,) = resolve([[CHAIRED]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Yoshiko Tanabe", "person")


# In a note to investors on Thursday, Nairobi-based Kilima Research said earnings could fall.
NAIROBI_BASED: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("note", "note", "NOUN", 13, "obl", "Number=Sing"),
    ("to", "to", "ADP", 4, "case", ""),
    ("investors", "investor", "NOUN", 2, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Thursday", "Thursday", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Nairobi", "Nairobi", "PROPN", 12, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 8, "punct", ""),
    ("##based", "based", "ADJ", 12, "amod", "Degree=Pos"),
    ("Kilima", "Kilima", "PROPN", 12, "compound", "Number=Sing"),
    ("Research", "Research", "PROPN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("earnings", "earning", "NOUN", 16, "nsubj", "Number=Plur"),
    ("could", "could", "AUX", 16, "aux", "VerbForm=Fin"),
    ("fall", "fall", "VERB", 13, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# London-based analyst Jane Roe said prices would rise.
LONDON_BASED: list[FeatRow] = [
    ("London", "London", "PROPN", 3, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 0, "punct", ""),
    ("##based", "based", "ADJ", 3, "amod", "Degree=Pos"),
    ("analyst", "analyst", "NOUN", 5, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 5, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("prices", "price", "NOUN", 9, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Solidarity for Economic Democracy, a Seoul-based corporate watchdog, said the Supreme Court ruling had restored the principle.
SEOUL_BASED: list[FeatRow] = [
    ("Solidarity", "solidarity", "NOUN", 12, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Economic", "economic", "ADJ", 3, "amod", "Degree=Pos"),
    ("Democracy", "Democracy", "PROPN", 0, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("Seoul", "Seoul", "PROPN", 8, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 6, "punct", ""),
    ("##based", "based", "ADJ", 10, "amod", "Degree=Pos"),
    ("corporate", "corporate", "ADJ", 10, "amod", "Degree=Pos"),
    ("watchdog", "watchdog", "NOUN", 0, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("Supreme", "Supreme", "ADJ", 16, "amod", "Degree=Pos"),
    ("Court", "Court", "PROPN", 16, "compound", "Number=Sing"),
    ("ruling", "ruling", "NOUN", 18, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("restored", "restore", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("principle", "principle", "NOUN", 18, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]


def test_a_name_only_placed_is_a_bodys_and_its_place_no_persons():
    (q,) = resolve([[NAIROBI_BASED]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Kilima Research", "organization")
    (q,) = resolve([[LONDON_BASED]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Jane Roe", "person")
    (q,) = resolve([[SEOUL_BASED]]).quotes
    assert q.speaker is not None and q.speaker.name != "Seoul" and q.speaker.type != "person"


# The committee’s chair, Greens senator Alana Frost, said the chains’ own figures told a different story.
GREENS_SENATOR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 1, "case", ""),
    ("chair", "chair", "NOUN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Greens", "Greens", "PROPN", 6, "nsubj", "Number=Plur"),
    ("senator", "senator", "VERB", 10, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Alana", "Alana", "PROPN", 8, "compound", "Number=Sing"),
    ("Frost", "frost", "PROPN", 6, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("chains", "chain", "NOUN", 15, "nmod:poss", "Number=Plur"),
    ("##\u2019", "'s", "PART", 12, "case", ""),
    ("own", "own", "ADJ", 15, "amod", "Degree=Pos"),
    ("figures", "figure", "NOUN", 16, "nsubj", "Number=Plur"),
    ("told", "tell", "VERB", 10, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("different", "different", "ADJ", 19, "amod", "Degree=Pos"),
    ("story", "story", "NOUN", 16, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def test_a_title_tagged_a_verb_inside_an_apposition_leaves_the_name_the_subjects_apposition():
    # (session 49: "senator" tagged a verb, a complement of "said", and the name its object)
    ((_, speaker, _, _),) = sentence_quotes(GREENS_SENATOR)
    assert speaker == "The committee’s chair, Greens senator Alana Frost"
    r = resolve([[GREENS_SENATOR]])
    assert r.quotes[0].speaker is not None and r.quotes[0].speaker.name == "Alana Frost"
