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
  ("London-based analyst Jane Roe": sources/body_evidence.placed_only); and the place a body is
  based in is never a person's name ("a Seoul-based corporate watchdog": sources/name_runs);
* a titled name set off after a capitalised post's place is the post's holder, not the rest of
  the place ("The Police Public Relations Officer in Lagos, SP Adaeze Nwankwo, said"; session 50:
  sources/mentions._apposed_to_post), while a body's place goes on ("The Disaster Management
  Centre in Darwin, Australia, said");
* "his lawyer has confirmed" is the person the article later gives the post "<name>'s lawyer", the
  name one it gave before ("Anura Jayatilleke, Weerasekara's lawyer, told ESPNcricinfo"; session
  50: sources/identified._owners_post_later).
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


# Minister for Housing Eoin Cassidy said he "fully understood the frustration" of those marching but rejected calls to declare an emergency.
MINISTER_FOR: list[FeatRow] = [
    ("Minister", "Minister", "NOUN", 9, "nsubj", "Number=Sing"),
    ("for", "for", "SCONJ", 5, "mark", ""),
    ("Housing", "Housing", "PROPN", 4, "compound", "Number=Sing"),
    ("Eoin", "Eoin", "PROPN", 4, "compound", "Number=Sing"),
    ("Cassidy", "Cassidy", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 9, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("##fully", "fully", "ADV", 9, "advmod", ""),
    ("understood", "understand", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("frustration", "frustration", "NOUN", 9, "obj", "Number=Sing"),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("of", "of", "ADP", 15, "case", ""),
    ("those", "that", "DET", 15, "det", "Number=Plur|PronType=Dem"),
    ("marching", "marching", "NOUN", 11, "nmod", "Number=Sing"),
    ("but", "but", "CCONJ", 17, "cc", ""),
    ("rejected", "reject", "VERB", 9, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("calls", "call", "NOUN", 17, "obj", "Number=Plur"),
    ("to", "to", "PART", 20, "mark", ""),
    ("declare", "declare", "VERB", 17, "advcl", "VerbForm=Inf"),
    ("an", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("emergency", "emergency", "NOUN", 20, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# Jannie de Villiers, an emerging markets strategist at Northgate Capital in London, told Reuters the bank's careful signalling would help keep foreign investors in local currency bonds.
STRATEGIST: list[FeatRow] = [
    ("Jannie", "Jannie", "PROPN", 2, "compound", "Number=Sing"),
    ("de", "de", "PROPN", 2, "compound", "Number=Sing"),
    ("Villiers", "Villiers", "PROPN", 14, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("an", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("emerging", "emerge", "VERB", 6, "amod", "VerbForm=Ger"),
    ("markets", "market", "NOUN", 7, "nsubj", "Number=Plur"),
    ("strategist", "strategist", "VERB", 14, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 10, "case", ""),
    ("Northgate", "Northgate", "PROPN", 10, "compound", "Number=Sing"),
    ("Capital", "Capital", "PROPN", 7, "obl", "Number=Sing"),
    ("in", "in", "ADP", 12, "case", ""),
    ("London", "London", "PROPN", 10, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 14, "iobj", "Number=Plur"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("bank", "bank", "NOUN", 20, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 17, "case", ""),
    ("careful", "careful", "ADJ", 20, "amod", "Degree=Pos"),
    ("signalling", "signalling", "NOUN", 22, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 22, "aux", "VerbForm=Fin"),
    ("help", "help", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("keep", "keep", "VERB", 22, "xcomp", "VerbForm=Inf"),
    ("foreign", "foreign", "ADJ", 25, "amod", "Degree=Pos"),
    ("investors", "investor", "NOUN", 23, "obj", "Number=Plur"),
    ("in", "in", "ADP", 29, "case", ""),
    ("local", "local", "ADJ", 29, "amod", "Degree=Pos"),
    ("currency", "currency", "NOUN", 29, "compound", "Number=Sing"),
    ("bonds", "bond", "NOUN", 23, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# Counsel assisting the inquiry, Michael Doherty SC, said records produced by the operator showed three further complaints.
COUNSEL_ASSISTING: list[FeatRow] = [
    ("Counsel", "counsel", "NOUN", 9, "nsubj", "Number=Sing"),
    ("assisting", "assist", "VERB", 9, "advcl", "VerbForm=Part"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("inquiry", "inquiry", "NOUN", 1, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Michael", "Michael", "PROPN", 7, "compound", "Number=Sing"),
    ("Doherty", "Doherty", "PROPN", 7, "compound", "Number=Sing"),
    ("SC", "SC", "PROPN", 3, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("records", "record", "NOUN", 9, "obj", "Number=Plur"),
    ("produced", "produce", "VERB", 10, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("operator", "operator", "NOUN", 11, "obl:agent", "Number=Sing"),
    ("showed", "show", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("three", "three", "NUM", 18, "nummod", "NumForm=Word|NumType=Card"),
    ("further", "further", "ADJ", 18, "amod", "Degree=Cmp"),
    ("complaints", "complaint", "NOUN", 15, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# The lawyer assisting the inquiry, Michael Doherty, said records showed three further complaints.
LAWYER_ASSISTING: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("lawyer", "lawyer", "NOUN", 9, "nsubj", "Number=Sing"),
    ("assisting", "assist", "VERB", 9, "advcl", "VerbForm=Ger"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("inquiry", "inquiry", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Michael", "Michael", "PROPN", 7, "compound", "Number=Sing"),
    ("Doherty", "Doherty", "PROPN", 4, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("records", "record", "NOUN", 11, "nsubj", "Number=Plur"),
    ("showed", "show", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("three", "three", "NUM", 14, "nummod", "NumForm=Word|NumType=Card"),
    ("further", "further", "ADJ", 14, "amod", "Degree=Cmp"),
    ("complaints", "complaint", "NOUN", 11, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# The team's leader, Colombian climber Andrés Mejía, who sits third overall, told Cyclingnews that his own phone had not been taken.
CLIMBER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("leader", "leader", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Colombian", "Colombian", "PROPN", 6, "nsubj", "Number=Sing"),
    ("climber", "climber", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Andr\u00e9s", "Andr\u00e9", "PROPN", 8, "compound", "Number=Sing"),
    ("Mej\u00eda", "Mej\u00eda", "PROPN", 6, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("who", "who", "PRON", 11, "nsubj", "PronType=Rel"),
    ("sits", "sit", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("third", "third", "ADJ", 13, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("overall", "overall", "ADJ", 11, "xcomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("told", "tell", "VERB", 6, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Cyclingnews", "Cyclingnew", "PROPN", 15, "iobj", "Number=Plur"),
    ("that", "that", "SCONJ", 24, "mark", ""),
    ("his", "his", "PRON", 20, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("own", "own", "ADJ", 20, "amod", "Degree=Pos"),
    ("phone", "phone", "NOUN", 24, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 24, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 24, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("taken", "take", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# The Information reported last month that at least two other services are planning price increases.
INFORMATION_REPORTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Information", "information", "NOUN", 2, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 4, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 2, "obj", "Number=Sing"),
    ("that", "that", "PRON", 12, "mark", "PronType=Rel"),
    ("at", "at", "ADP", 10, "case", ""),
    ("least", "least", "ADJ", 10, "det:predet", "Degree=Sup"),
    ("two", "two", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("other", "other", "ADJ", 10, "amod", "Degree=Pos"),
    ("services", "service", "NOUN", 12, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("planning", "plan", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("price", "price", "NOUN", 14, "compound", "Number=Sing"),
    ("increases", "increase", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The Minister reported that the plan had worked.
MINISTER_REPORTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Minister", "Minister", "PROPN", 2, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("worked", "work", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# One of them, a television cameraman who asked that his name not be published for fear of reprisals, said several colleagues had stopped covering the contract.
ONE_OF_THEM: list[FeatRow] = [
    ("One", "one", "NUM", 20, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 2, "case", ""),
    ("them", "they", "PRON", 0, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("television", "television", "NOUN", 6, "compound", "Number=Sing"),
    ("cameraman", "cameraman", "NOUN", 0, "appos", "Number=Sing"),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("his", "his", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("name", "name", "NOUN", 14, "nsubj:pass", "Number=Sing"),
    ("not", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 14, "aux:pass", "VerbForm=Inf"),
    ("published", "publish", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 16, "case", ""),
    ("fear", "fear", "NOUN", 14, "obl", "Number=Sing"),
    ("of", "of", "ADP", 18, "case", ""),
    ("reprisals", "reprisal", "NOUN", 16, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("several", "several", "ADJ", 22, "amod", "Degree=Pos"),
    ("colleagues", "colleague", "NOUN", 24, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 24, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("stopped", "stop", "VERB", 20, "ccomp", "Tense=Past|VerbForm=Part"),
    ("covering", "cover", "VERB", 24, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("contract", "contract", "NOUN", 25, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]


def _speaker(rows: list[FeatRow], n: int = 0) -> tuple[str, str, str, str | None]:
    s = resolve([[rows]]).quotes[n].speaker
    assert s is not None
    return s.name, s.type, s.anonymity, s.role


def test_an_offices_for_tagged_a_subordinator_leaves_one_titled_name_that_speaks():
    # (session 49: "for" a mark of "said", "Minister" the subject of the report, which came out
    # as the speaker's own "clause" with "said" subordinate to it)
    quotes = resolve([[MINISTER_FOR]]).quotes
    assert quotes[0].text.startswith("he ") and quotes[0].cue is not None and quotes[0].cue.text == "said"
    assert _speaker(MINISTER_FOR) == ("Eoin Cassidy", "person", "named", "Minister for Housing")


def test_a_role_tagged_a_verb_as_a_bare_apposition_describes_the_name_before_it():
    assert _speaker(STRATEGIST)[:3] == ("Jannie de Villiers", "person", "named")
    assert _speaker(STRATEGIST)[3] == "emerging markets strategist at Northgate Capital in London"
    # (the same with a name after the role: the role-verb before the name)
    assert _speaker(CLIMBER) == ("Andrés Mejía", "person", "named", "team's leader, Colombian climber")


def test_a_name_set_off_after_a_participle_is_the_described_persons():
    assert _speaker(COUNSEL_ASSISTING)[:3] == ("Michael Doherty", "person", "named")
    assert _speaker(LAWYER_ASSISTING) == ("Michael Doherty", "person", "named", "lawyer assisting the inquiry")


def test_a_one_word_title_opened_by_the_that_reports_is_an_outlet():
    q = resolve([[INFORMATION_REPORTED]]).quotes[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Information", "organization")
    assert q.via is not None and q.via.name == "Information"
    # (guard: a capitalised post reporting is a person's description)
    assert _speaker(MINISTER_REPORTED)[1:3] == ("anonymous", "anonymous")


def test_one_of_them_described_apart_is_named_by_its_description():
    assert _speaker(ONE_OF_THEM)[0] == "One of them, a television cameraman"


# Audit Scotland said the decision to award the contract was taken without a robust assessment of the risks.
AUDIT_SCOTLAND: list[FeatRow] = [
    ("Audit", "audit", "PROPN", 1, "compound", "Number=Sing"),
    ("Scotland", "Scotland", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 2, "iobj", "Number=Sing"),
    ("to", "to", "PART", 6, "mark", ""),
    ("award", "award", "VERB", 4, "acl", "VerbForm=Inf"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("contract", "contract", "NOUN", 10, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("taken", "take", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("without", "without", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("robust", "robust", "ADJ", 14, "amod", "Degree=Pos"),
    ("assessment", "assessment", "NOUN", 10, "obl", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("risks", "risk", "NOUN", 14, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# A former researcher at Lumenfold, the Palo Alto startup whose AI agents are used by hundreds of banks, says the company misled investors.
STARTUP_WHOSE: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 2, "amod", "Degree=Pos"),
    ("researcher", "researcher", "NOUN", 20, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 4, "case", ""),
    ("Lumenfold", "Lumenfold", "PROPN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Palo", "Palo", "PROPN", 8, "compound", "Number=Sing"),
    ("Alto", "Alto", "PROPN", 9, "nsubj", "Number=Sing"),
    ("startup", "startup", "VERB", 20, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("whose", "whose", "PRON", 12, "nmod:poss", "PronType=Rel"),
    ("AI", "AI", "PROPN", 12, "compound", "Number=Sing"),
    ("agents", "agent", "NOUN", 14, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 14, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("used", "use", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 16, "case", ""),
    ("hundreds", "hundred", "NOUN", 14, "obl:agent", "Number=Plur"),
    ("of", "of", "ADP", 18, "case", ""),
    ("banks", "bank", "NOUN", 16, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 24, "compound", "Number=Sing"),
    ("misled", "misl", "VERB", 24, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("investors", "investor", "NOUN", 20, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# The health board's chairwoman, Eleri Vaughan, said the board accepted the decision.
CHAIRWOMAN: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("health", "health", "NOUN", 2, "compound", "Number=Sing"),
    ("board", "board", "NOUN", 4, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 2, "case", ""),
    ("chairwoman", "chairwoman", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Eleri", "Eleri", "PROPN", 7, "compound", "Number=Sing"),
    ("Vaughan", "Vaughan", "PROPN", 4, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 12, "nsubj", "Number=Sing"),
    ("accepted", "accept", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 12, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# The board's interim chief executive said the coming months would be difficult.
INTERIM_CHIEF: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 4, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("interim", "interim", "ADJ", 1, "amod", "Degree=Pos"),
    ("chief", "chief", "NOUN", 6, "nsubj", "Number=Sing"),
    ("executive", "executive", "ADJ", 6, "nsubj", "Degree=Pos"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("coming", "coming", "NOUN", 9, "compound", "Number=Sing"),
    ("months", "month", "NOUN", 12, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 12, "cop", "VerbForm=Inf"),
    ("difficult", "difficult", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# Marta Lind said the sale was final.
LIND_SAID: list[FeatRow] = [
    ("Marta", "Marta", "PROPN", 1, "compound", "Number=Sing"),
    ("Lind", "Lind", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("sale", "sale", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("final", "final", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The executive said the deal would close in May.
THE_EXECUTIVE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("executive", "executive", "ADJ", 2, "nsubj", "Degree=Pos"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 8, "case", ""),
    ("May", "May", "PROPN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_body_named_for_a_nation_of_the_united_kingdom_is_a_body():
    assert _speaker(AUDIT_SCOTLAND)[:3] == ("Audit Scotland", "organization", "organization")


def test_a_company_kind_tagged_a_verb_in_an_apposition_describes_the_name_before_its_comma():
    q = resolve([[STARTUP_WHOSE]]).quotes[0]
    assert q.text == "the company misled investors"
    assert q.speaker is not None and q.speaker.text == "A former researcher at Lumenfold"


def test_an_owned_office_after_a_named_holder_of_another_post_is_someone_else():
    quotes = resolve([[CHAIRWOMAN], [INTERIM_CHIEF]]).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Eleri Vaughan",
        "The board's interim chief executive",
    ]
    # (guard: a bare epithet right after a name is still that person)
    quotes = resolve([[LIND_SAID], [THE_EXECUTIVE]]).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Marta Lind", "Marta Lind"]


# APAL's president, Pierre-Alain Rochat, a retired watchmaker from Neuchatel who says he lost about 180,000 francs in the takeover, told Reuters the group had the backing of more than 3,400 investors.
WATCHMAKER_WHO_SAYS: list[FeatRow] = [
    ("APAL", "APAL", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("president", "president", "NOUN", 25, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Pierre", "Pierre", "PROPN", 2, "appos", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##Alain", "Alain", "PROPN", 4, "flat", "Number=Sing"),
    ("Rochat", "Rochat", "PROPN", 4, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("retired", "retire", "VERB", 11, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("watchmaker", "watchmaker", "NOUN", 2, "conj", "Number=Sing"),
    ("from", "from", "ADP", 13, "case", ""),
    ("Neuchatel", "Neuchatel", "PROPN", 11, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 15, "nsubj", "PronType=Rel"),
    ("says", "say", "VERB", 13, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("he", "he", "PRON", 17, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("lost", "lose", "VERB", 15, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADV", 19, "advmod", ""),
    ("180,000", "100000", "NUM", 20, "nummod", "NumForm=Digit|NumType=Card"),
    ("francs", "franc", "NOUN", 17, "obj", "Number=Plur"),
    ("in", "in", "ADP", 23, "case", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("takeover", "takeover", "NOUN", 17, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 25, "iobj", "Number=Plur"),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 29, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 25, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("backing", "backing", "NOUN", 29, "obj", "Number=Sing"),
    ("of", "of", "ADP", 36, "case", ""),
    ("more", "more", "ADV", 36, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 36, "case", ""),
    ("3,400", "3400", "NUM", 36, "nummod", "NumForm=Digit|NumType=Card"),
    ("investors", "investor", "NOUN", 31, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 25, "punct", ""),
]
# Among them, former CFO Tran Minh Duc told the court he had signed transfer documents.
FORMER_CFO: list[FeatRow] = [
    ("Among", "among", "ADP", 1, "case", ""),
    ("them", "they", "PRON", 8, "obl", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("former", "former", "ADJ", 7, "amod", "Degree=Pos"),
    ("CFO", "CFO", "PROPN", 7, "compound", "Number=Sing"),
    ("Tran", "Tran", "PROPN", 7, "compound", "Number=Sing"),
    ("Minh", "Minh", "PROPN", 7, "compound", "Number=Sing"),
    ("Duc", "Duc", "PROPN", 8, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 8, "obj", "Number=Sing"),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("signed", "sign", "VERB", 10, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("transfer", "transfer", "NOUN", 15, "compound", "Number=Sing"),
    ("documents", "document", "NOUN", 13, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]
# Addressing the protesters before the police moved in, the Lagos State chairperson of the NLC, Funmilayo Bakare, said many workers could no longer afford the cost.
ADDRESSING: list[FeatRow] = [
    ("Addressing", "address", "VERB", 20, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("protesters", "protester", "NOUN", 20, "nsubj", "Number=Plur"),
    ("before", "before", "SCONJ", 6, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("police", "police", "NOUN", 6, "nsubj", "Number=Sing"),
    ("moved", "move", "VERB", 0, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "obl", ""),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Lagos", "Lagos", "PROPN", 12, "compound", "Number=Sing"),
    ("State", "State", "PROPN", 12, "compound", "Number=Sing"),
    ("chairperson", "chairperson", "NOUN", 6, "obj", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("NLC", "NLC", "PROPN", 12, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("Funmilayo", "Funmilayo", "PROPN", 15, "appos", "Number=Sing"),
    ("Bakare", "Bakare", "PROPN", 15, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("many", "many", "ADJ", 22, "amod", "Degree=Pos"),
    ("workers", "worker", "NOUN", 26, "nsubj", "Number=Plur"),
    ("could", "could", "AUX", 26, "aux", "VerbForm=Fin"),
    ("no", "no", "DET", 26, "advmod", "PronType=Neg"),
    ("longer", "long", "ADV", 26, "advmod", "Degree=Cmp"),
    ("afford", "afford", "VERB", 20, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("cost", "cost", "NOUN", 26, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]


def test_who_after_a_names_description_is_the_named_person():
    # (session 49: the relative clause hung on the description's place, the description a
    # conjunct of the title before the name)
    q = resolve([[WATCHMAKER_WHO_SAYS]]).quotes[0]
    assert q.text == "he lost about 180,000 francs in the takeover"
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Pierre-Alain Rochat", "person")


def test_a_corporate_officers_acronym_is_a_title():
    assert _speaker(FORMER_CFO)[:4] == ("Tran Minh Duc", "person", "named", "former CFO")


def test_a_fronted_participles_object_is_not_the_speaker():
    assert _speaker(ADDRESSING)[:3] == ("Funmilayo Bakare", "person", "named")


# The volcano remains restive, Phivolcs said on Monday.
PHIVOLCS_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("volcano", "volcano", "NOUN", 2, "nsubj", "Number=Sing"),
    ("remains", "remain", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("restive", "restive", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Phivolcs", "Phivolcs", "PROPN", 6, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Monday", "Monday", "PROPN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# "The edifice remains inflated," Phivolcs Director Marlon Dizon said.
PHIVOLCS_DIRECTOR: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("edifice", "edifice", "NOUN", 3, "nsubj", "Number=Sing"),
    ("remains", "remain", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("inflated", "inflate", "VERB", 3, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("Phivolcs", "Phivolcs", "PROPN", 10, "compound", "Number=Plur"),
    ("Director", "Director", "PROPN", 10, "compound", "Number=Sing"),
    ("Marlon", "Marlon", "PROPN", 10, "compound", "Number=Sing"),
    ("Dizon", "Dizon", "PROPN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]


def test_a_lone_name_before_a_post_and_a_persons_name_is_a_bodys():
    # (session 49: "Phivolcs Director Marlon Dizon", "Basarnas spokesman Yusuf Latif")
    quotes = resolve([[PHIVOLCS_SAID], [PHIVOLCS_DIRECTOR]]).quotes
    speakers = [(q.speaker.name, q.speaker.type) if q.speaker else None for q in quotes]
    assert speakers == [("Phivolcs", "organization"), ("Marlon Dizon", "person")]


# The Police Public Relations Officer in Lagos, SP Adaeze Nwankwo, said officers had been deployed.
PRO_LAGOS: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Police", "Police", "PROPN", 4, "compound", "Number=Sing"),
    ("Public", "Public", "ADJ", 4, "amod", "Degree=Pos"),
    ("Relations", "Relation", "PROPN", 4, "compound", "Number=Plur"),
    ("Officer", "Officer", "PROPN", 12, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Lagos", "Lagos", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("SP", "SP", "PROPN", 10, "compound", "Number=Sing"),
    ("Adaeze", "Adaeze", "PROPN", 10, "compound", "Number=Sing"),
    ("Nwankwo", "Nwankwo", "PROPN", 6, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("officers", "officer", "NOUN", 16, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 16, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("deployed", "deploy", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# The Deputy Chief Executive at COCOBOD, Mr Yaw Asamoah, warned that the board would act.
DEPUTY_CEO: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Deputy", "deputy", "PROPN", 3, "compound", "Number=Sing"),
    ("Chief", "Chief", "PROPN", 3, "compound", "Number=Sing"),
    ("Executive", "executive", "PROPN", 11, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 5, "case", ""),
    ("COCOBOD", "Cocobod", "PROPN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Mr", "Mr.", "PROPN", 9, "compound", "Number=Sing"),
    ("Yaw", "Yaw", "PROPN", 9, "compound", "Number=Sing"),
    ("Asamoah", "Asamoah", "PROPN", 5, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("warned", "warn", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 16, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("act", "act", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# The Disaster Management Centre in Darwin, Australia, said the storm had passed.
CENTRE_DARWIN: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Disaster", "Disaster", "PROPN", 3, "compound", "Number=Sing"),
    ("Management", "Management", "PROPN", 3, "compound", "Number=Sing"),
    ("Centre", "Centre", "PROPN", 9, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 5, "case", ""),
    ("Darwin", "Darwin", "PROPN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Australia", "Australia", "PROPN", 3, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("storm", "storm", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("passed", "pass", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]


def test_a_titled_name_after_a_posts_place_is_the_posts_holder():
    for rows, name in ((PRO_LAGOS, "Adaeze Nwankwo"), (DEPUTY_CEO, "Mr Yaw Asamoah")):
        q = resolve([[rows]]).quotes[0]
        assert q.speaker is not None
        assert (q.speaker.name, q.speaker.type, q.speaker.anonymity) == (name, "person", "named")
    q = resolve([[CENTRE_DARWIN]]).quotes[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Disaster Management Centre", "organization")


# Sri Lanka allrounder Kasun Weerasekara has lodged an appeal against the ban imposed on him by a tribunal in February, his lawyer has confirmed.
HIS_LAWYER: list[FeatRow] = [
    ("Sri", "Sri", "PROPN", 1, "compound", "Number=Sing"),
    ("Lanka", "Lanka", "PROPN", 6, "nsubj", "Number=Sing"),
    ("allrounder", "allrounder", "NOUN", 1, "flat", "Number=Sing"),
    ("Kasun", "Kasun", "PROPN", 4, "compound", "Number=Sing"),
    ("Weerasekara", "Weerasekara", "PROPN", 0, "flat", "Number=Sing"),
    ("has", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("lodged", "lodge", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("an", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("appeal", "appeal", "NOUN", 6, "obj", "Number=Sing"),
    ("against", "against", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("ban", "ban", "NOUN", 8, "nmod", "Number=Sing"),
    ("imposed", "impose", "VERB", 8, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 14, "case", ""),
    ("him", "he", "PRON", 12, "obl", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("by", "by", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("tribunal", "tribunal", "NOUN", 12, "obl", "Number=Sing"),
    ("in", "in", "ADP", 19, "case", ""),
    ("February", "February", "PROPN", 17, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("his", "his", "PRON", 22, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("lawyer", "lawyer", "NOUN", 24, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("confirmed", "confirm", "VERB", 6, "conj", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# "The tribunal relied on messages that were never authenticated," Anura Jayatilleke, Weerasekara's lawyer, told ESPNcricinfo.
LAWYER_NAMED: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("tribunal", "tribunal", "ADJ", 3, "nsubj", "Degree=Pos"),
    ("relied", "rely", "VERB", 19, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("messages", "message", "NOUN", 3, "obl", "Number=Plur"),
    ("that", "that", "PRON", 9, "nsubj:pass", "PronType=Rel"),
    ("were", "be", "AUX", 9, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("never", "never", "ADV", 9, "advmod", "PronType=Neg"),
    ("authenticated", "authenticate", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ('##"', '"', "PUNCT", 13, "punct", ""),
    ("Anura", "Anura", "PROPN", 13, "compound", "Number=Sing"),
    ("Jayatilleke", "Jayatilleke", "PROPN", 19, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("Weerasekara", "Weerasekara", "PROPN", 17, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 15, "case", ""),
    ("lawyer", "lawyer", "NOUN", 13, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ESPNcricinfo", "ESPNcricinfo", "PROPN", 19, "iobj", "Number=Sing"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]

# The tribunal found him guilty of three breaches of the code.
TRIBUNAL_FOUND: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("tribunal", "tribunal", "NOUN", 2, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("him", "he", "PRON", 2, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("guilty", "guilty", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("three", "three", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("breaches", "breach", "NOUN", 4, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("code", "code", "NOUN", 7, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_possessed_post_is_the_person_later_given_the_owners_post_by_name():
    # (two paragraphs apart: a holder of the same post nearby was found already)
    quotes = resolve([[HIS_LAWYER], [TRIBUNAL_FOUND], [TRIBUNAL_FOUND], [LAWYER_NAMED]]).quotes
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Anura Jayatilleke"
    assert quotes[0].speaker.anonymity == "named"
