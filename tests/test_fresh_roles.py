"""Roles and names the entity layer missed on fresh articles (session 55; each tree is the shipped
parser's for the invented sentence in its comment):

* a description before a name set off by commas, after the clause's verb or a preposition: "The
  mayor met the city engineer, Tom Baines, on Monday" and "... had been examined by the club
  doctor, Anne-Sophie Leroux, before the match" were taken for fronted phrases ("Given his views,
  Roe said"), so "Baines said" and "Leroux told reporters" had no role (roles._apposition_before:
  a phrase the parse hangs the name on, after a verb, describes it);
* "Kamal Ibrahim and Hawa Suleiman, two volunteers who run a community kitchen, said": the plural
  description's relative clause stopped the shared description, so the first name, the speaker,
  had no role (shared_roles._past_relative_clause);
* a body's name read as a person's: "Brinton said in a statement that it was proud to support the
  sport" (an attitude only the speaker holds, with the "it" the parse took for a dummy:
  statement_cues.it_speaks_of_itself, learned.py for a one-word name); "Halvor Transit said in a
  statement that slower speeds had added minutes to journeys and that it supported the review"
  (the "it" of a second report joined by "and that"), where "added minutes ... and that" had been
  read as a cue with its occasion, so "slower speeds" spoke the second report
  (uncovered_clauses._after_that: not after a coordinator);
* a title after a body's name that opens with an adjective: "National Bank of Ethiopia Governor
  Dawit Bekele said" was the bank (titled_names._moves);
* a portfolio whose first word the tagger read as a verb, before a name with a particle: "Housing
  and Migration Minister Marieke van Dalen said" had no speaker (portfolio_titles.portfolio_before_name;
  "asylum", "migration" and others in ``portfolio_words``);
* a second cue with its own subject after a report: "The union said it would strike, and its
  general secretary, Mark Doyle, told the BBC that ..." lost the union's report ("said" read as a
  reduced relative: torn_subjects.reduced_relative_read_as_main_verb now wants no report of its
  own), and "Tennis Ireland said it would bid to host the race, and its chief executive ... told
  ..." ran the body's report on into the executive's (fronted_subject: the verb joins the cue
  whose report the clause before is, not that clause);
* "The largest contractor, Denver-based Summit Response Staffing, said in a statement that its
  rates were fair": "statement" (an organisation word) counted as a body between the name and
  "its", so the firm was a person (learned.learn_genders: not the statement it speaks in);
* "According to Lusa, ..." after "told Lusa news agency": a person (learned.named_outlets: a name
  the article calls an outlet by its kind is an organisation);
* "Some drivers said" and "Some residents in Llandaff North said" (a place's name split by the
  parse): anonymous, where a bare class with "some" is vague (``quantified_classes``,
  loose.loose_class);
* '"...," said one investor, a 67-year-old retired teacher who gave only her surname, Hoa.':
  unnamed (delayed._GAVE_NAME: a surname as a first name);
* "Henrik Lindqvist has emerged as the favourite after Graeme Rutherford confirmed ... that he had
  withdrawn" with "after" a preposition: Lindqvist confirmed
  (torn_subjects.subject_read_as_object_of_subordinator);
* "The KMT, which favours ... but says it is committed to democracy, said ...": the relative
  clause's second verb hung on "said", so its report had no speaker, and then "says" was taken
  for the sentence's verb (double_subject.relative_clause_read_as_complement takes the conjunct
  along; relative_speech.say_inside_subject_relative leaves a predicate that reports a clause);
* "The chairwoman of a Vietnamese property developer charged with swindling investors told a
  court ..." then "Tran Thi Bich Ngoc, 61, the founder and chairwoman of An Phat Land Group, ...":
  the investors spoke (torn_subjects.gerunds_object_read_as_subject), and the lede's post of an
  unnamed body did not take the name given next (delayed._delayed_lede, _same_noun_again: one of
  two posts joined by "and");
* "Fishermen from Palawan said" with "Fishermen" tagged a proper noun: a person named "Fishermen"
  (role_words.role_word: a role's plural is no name either);
* "Some residents of the capital said" and "Some residents who spoke to the Mercury said":
  anonymous, though a bare class with "some" is vague (loose.loose_class: a settlement's common
  noun places as a town's name does; whom they spoke to places no one);
* "A spokesman for the union's city branch said" after "Unison ... said": an anonymous source
  (spokespeople._for_phrase: a part of a body speaks for the body);
* "City and county leaders say" with "City" the subject and "leaders" its conjunct: the city spoke
  (name_lists.portfolio_read_as_coordination, plural roles with a field of their own; "Police and
  firefighters said" stays two groups);
* "Economists at Every Texan, a left-leaning policy group in Austin, estimated": anonymous
  (spokespeople.research_desk: the firm's own description after it);
* "some drivers and small business owners say": anonymous (loose.loose_class: a second bare class
  joined to the first);
* "Bradford 2025, the charitable trust running the year, said": a person "Bradford" with the
  role "2025" (name_runs._qualifies: a year right after a place's name is part of an event body's
  name, and a number names no person).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import quote_speakers as speakers
from source_helpers import resolve

# The mayor met the city engineer, Tom Baines, on Monday.
ENGINEER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("met", "meet", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 5, "compound", "Number=Sing"),
    ("engineer", "engineer", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Tom", "Tom", "PROPN", 8, "compound", "Number=Sing"),
    ("Baines", "Baines", "PROPN", 5, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("on", "on", "ADP", 11, "case", ""),
    ("Monday", "Monday", "PROPN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Baines said the bridge was unsafe.
ENGINEER_2: list[FeatRow] = [
    ("Baines", "baine", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 5, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unsafe", "unsafe", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The manager said every player had been examined by the club doctor, Anne-Sophie Leroux, before the match.
DOCTOR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("manager", "manager", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("every", "every", "DET", 4, "det", "PronType=Ind"),
    ("player", "player", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 7, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("examined", "examine", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 11, "compound", "Number=Sing"),
    ("doctor", "doctor", "NOUN", 7, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("Anne", "Anne", "PROPN", 11, "appos", "Number=Sing"),
    ("##-", "-", "PUNCT", 13, "punct", ""),
    ("##Sophie", "Sophie", "PROPN", 13, "flat", "Number=Sing"),
    ("Leroux", "Leroux", "PROPN", 11, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("before", "before", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("match", "match", "NOUN", 11, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Leroux told reporters the virus had spread through the hotel.
DOCTOR_2: list[FeatRow] = [
    ("Leroux", "Leroux", "PROPN", 1, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 1, "iobj", "Number=Plur"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("virus", "virus", "NOUN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("spread", "spread", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("through", "through", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("hotel", "hotel", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Kamal Ibrahim and Hawa Suleiman, two volunteers who run a community kitchen, said the kitchen had shut.
VOLUNTEERS: list[FeatRow] = [
    ("Kamal", "Kamal", "PROPN", 1, "compound", "Number=Sing"),
    ("Ibrahim", "Ibrahim", "PROPN", 14, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Hawa", "Hawa", "PROPN", 1, "conj", "Number=Sing"),
    ("Suleiman", "Suleiman", "PROPN", 1, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("two", "two", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("volunteers", "volunteer", "NOUN", 1, "appos", "Number=Plur"),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("run", "run", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("community", "community", "NOUN", 12, "compound", "Number=Sing"),
    ("kitchen", "kitchen", "NOUN", 9, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("kitchen", "kitchen", "NOUN", 18, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shut", "shut", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]


def test_a_description_before_a_name_after_the_verb_is_its_role():
    assert speakers(ENGINEER, ENGINEER_2) == [("Tom Baines", "the city engineer", "named")]


def test_a_description_before_a_name_after_a_preposition_is_its_role():
    assert speakers(DOCTOR, DOCTOR_2)[1] == ("Anne-Sophie Leroux", "the club doctor", "named")


def test_a_shared_description_goes_on_through_its_relative_clause():
    role = "two volunteers who run a community kitchen"
    assert speakers(VOLUNTEERS) == [("Kamal Ibrahim", role, "named")]


# Brinton said in a statement that it was proud to support the sport.
PROUD: list[FeatRow] = [
    ("Brinton", "Brinton", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 1, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("it", "it", "PRON", 8, "expl", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("proud", "proud", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 10, "mark", ""),
    ("support", "support", "VERB", 8, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("sport", "sport", "NOUN", 10, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Halvor Transit said in a statement that slower speeds had added minutes to journeys and that it supported the review.
SPEEDS: list[FeatRow] = [
    ("Halvor", "Halvor", "PROPN", 1, "compound", "Number=Sing"),
    ("Transit", "Transit", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("slower", "slow", "ADJ", 8, "amod", "Degree=Cmp"),
    ("speeds", "speed", "NOUN", 10, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("added", "add", "VERB", 5, "acl", "Tense=Past|VerbForm=Part"),
    ("minutes", "minute", "NOUN", 10, "obj", "Number=Plur"),
    ("to", "to", "ADP", 13, "case", ""),
    ("journeys", "journey", "NOUN", 11, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 17, "cc", ""),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("it", "it", "PRON", 17, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("supported", "support", "VERB", 10, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("review", "review", "NOUN", 17, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# National Bank of Ethiopia Governor Dawit Bekele said the birr would float.
GOVERNOR: list[FeatRow] = [
    ("National", "National", "ADJ", 1, "amod", "Degree=Pos"),
    ("Bank", "Bank", "PROPN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Ethiopia", "Ethiopia", "PROPN", 1, "nmod", "Number=Sing"),
    ("Governor", "Governor", "PROPN", 1, "nmod", "Number=Sing"),
    ("Dawit", "Dawit", "PROPN", 1, "nmod", "Number=Sing"),
    ("Bekele", "Bekele", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("birr", "birr", "NOUN", 11, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("float", "float", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Housing and Migration Minister Marieke van Dalen said the government had delivered.
MIGRATION: list[FeatRow] = [
    ("Housing", "house", "VERB", 7, "advcl", "VerbForm=Part"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Migration", "Migration", "PROPN", 0, "conj", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 6, "compound", "Number=Sing"),
    ("Marieke", "Marieke", "PROPN", 6, "compound", "Number=Sing"),
    ("van", "van", "PROPN", 6, "compound", "Number=Sing"),
    ("Dalen", "Dalen", "PROPN", 0, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("delivered", "deliver", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# The union said it would strike, and its general secretary, Mark Doyle, told the BBC that the offer was poor.
STRIKE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("strike", "strike", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("its", "its", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("general", "general", "ADJ", 10, "amod", "Degree=Pos"),
    ("secretary", "secretary", "NOUN", 5, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("Mark", "Mark", "PROPN", 13, "compound", "Number=Sing"),
    ("Doyle", "Doyle", "PROPN", 10, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("told", "tell", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 15, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 22, "mark", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("offer", "offer", "NOUN", 22, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 22, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("poor", "poor", "ADJ", 15, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Tennis Ireland said it would bid to host the race, and its chief executive, Mark Doyle, told the BBC that Dublin could stage it.
BID: list[FeatRow] = [
    ("Tennis", "Tennis", "PROPN", 1, "compound", "Number=Sing"),
    ("Ireland", "Ireland", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("bid", "bid", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 7, "mark", ""),
    ("host", "host", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("race", "race", "NOUN", 7, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("and", "and", "CCONJ", 14, "cc", ""),
    ("its", "its", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("chief", "chief", "NOUN", 14, "compound", "Number=Sing"),
    ("executive", "executive", "NOUN", 9, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("Mark", "Mark", "PROPN", 17, "compound", "Number=Sing"),
    ("Doyle", "Doyle", "PROPN", 14, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("told", "tell", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 19, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 25, "mark", ""),
    ("Dublin", "Dublin", "PROPN", 25, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 25, "aux", "VerbForm=Fin"),
    ("stage", "stage", "VERB", 21, "acl:relcl", "VerbForm=Inf"),
    ("it", "it", "PRON", 25, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str]]:
    r = resolve([[rows]])
    return [(q.text, q.speaker.anonymity if q.speaker else "") for q in r.quotes]


def test_a_body_speaking_of_itself_as_it_is_an_organisation():
    assert speakers(PROUD) == [("Brinton", None, "organization")]
    assert _quotes(SPEEDS) == [
        ("that slower speeds had added minutes to journeys and that it supported the review", "organization")
    ]


def test_a_title_after_a_body_that_opens_with_an_adjective_goes_with_the_name():
    assert speakers(GOVERNOR) == [("Dawit Bekele", "National Bank of Ethiopia Governor", "named")]


def test_a_portfolio_read_as_a_verb_before_a_name_with_a_particle():
    assert speakers(MIGRATION) == [("Marieke van Dalen", "Housing and Migration Minister", "named")]


def test_a_second_cue_with_its_own_subject_after_a_report():
    assert _quotes(STRIKE) == [("it would strike", "organization"), ("that the offer was poor", "named")]
    assert _quotes(BID)[0] == ("it would bid to host the race", "organization")


# The largest contractor, Denver-based Summit Response Staffing, said in a statement that its rates were fair.
CONTRACTOR: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("largest", "large", "ADJ", 2, "amod", "Degree=Sup"),
    ("contractor", "contractor", "NOUN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Denver", "Denver", "PROPN", 9, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##based", "based", "ADJ", 9, "amod", "Degree=Pos"),
    ("Summit", "Summit", "PROPN", 9, "compound", "Number=Sing"),
    ("Response", "response", "PROPN", 9, "compound", "Number=Sing"),
    ("Staffing", "Staffing", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 11, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("its", "its", "PRON", 17, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("rates", "rate", "NOUN", 19, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 19, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 14, "acl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Carvalho told Lusa news agency the vote was fair.
AGENCY: list[FeatRow] = [
    ("Carvalho", "Carvalho", "PROPN", 1, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Lusa", "Lusa", "PROPN", 4, "compound", "Number=Sing"),
    ("news", "news", "NOUN", 4, "compound", "Number=Sing"),
    ("agency", "agency", "NOUN", 1, "obj", "Number=Sing"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# According to Lusa, the president consulted the leaders.
LUSA: list[FeatRow] = [
    ("According", "accord", "VERB", 2, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("Lusa", "Lusa", "PROPN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 6, "nsubj", "Number=Sing"),
    ("consulted", "consult", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("leaders", "leader", "NOUN", 6, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Some drivers said journeys now take longer.
DRIVERS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("drivers", "driver", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("journeys", "journey", "NOUN", 5, "nsubj", "Number=Plur"),
    ("now", "now", "ADV", 5, "advmod", "PronType=Dem"),
    ("take", "take", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("longer", "long", "ADJ", 5, "xcomp", "Degree=Cmp"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Some residents in Llandaff North said traffic would return.
LLANDAFF: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 5, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 3, "case", ""),
    ("Llandaff", "Llandaff", "PROPN", 1, "nmod", "Number=Sing"),
    ("North", "North", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("traffic", "traffic", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("return", "return", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# "I put my whole pension into these bonds," said one investor, a 67-year-old retired teacher who gave only her surname, Hoa.
SURNAME: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##I", "I", "PRON", 2, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("put", "put", "VERB", 11, "advcl", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
    ("my", "my", "PRON", 5, "nmod:poss", "Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs"),
    ("whole", "whole", "ADJ", 5, "amod", "Degree=Pos"),
    ("pension", "pension", "NOUN", 2, "obj", "Number=Sing"),
    ("into", "into", "ADP", 8, "case", ""),
    ("these", "this", "DET", 8, "det", "Number=Plur|PronType=Dem"),
    ("bonds", "bond", "NOUN", 5, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("one", "one", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("investor", "investor", "NOUN", 11, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("a", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("67", "67", "NUM", 18, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 16, "punct", ""),
    ("##year", "year", "NOUN", 20, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 18, "punct", ""),
    ("##old", "old", "NOUN", 22, "compound", "Number=Sing"),
    ("retired", "retire", "VERB", 22, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("teacher", "teacher", "NOUN", 13, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 24, "nsubj", "PronType=Rel"),
    ("gave", "give", "VERB", 22, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("only", "only", "ADV", 27, "advmod", ""),
    ("her", "her", "PRON", 27, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("surname", "surname", "NOUN", 24, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("Hoa", "Hoa", "PROPN", 27, "appos", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Henrik Lindqvist has emerged as the clear favourite after Graeme Rutherford confirmed on Wednesday that he had withdrawn.
AFTER: list[FeatRow] = [
    ("Henrik", "Henrik", "PROPN", 1, "compound", "Number=Sing"),
    ("Lindqvist", "Lindqvist", "PROPN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("emerged", "emerge", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("as", "as", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("clear", "clear", "ADJ", 7, "amod", "Degree=Pos"),
    ("favourite", "favourite", "NOUN", 3, "obl", "Number=Sing"),
    ("after", "after", "ADP", 10, "case", ""),
    ("Graeme", "Graeme", "PROPN", 10, "compound", "Number=Sing"),
    ("Rutherford", "Rutherford", "PROPN", 7, "nmod", "Number=Sing"),
    ("confirmed", "confirm", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 13, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 11, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 17, "obj", ""),
    ("he", "he", "PRON", 17, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("withdrawn", "withdraw", "VERB", 11, "advcl", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The KMT, which favours closer engagement with China but says it is committed to democracy, said the outcome was clear.
KMT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("KMT", "KMT", "PROPN", 17, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("which", "which", "PRON", 4, "nsubj", "PronType=Rel"),
    ("favours", "favour", "VERB", 17, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("closer", "close", "ADJ", 6, "amod", "Degree=Cmp"),
    ("engagement", "engagement", "NOUN", 4, "obj", "Number=Sing"),
    ("with", "with", "ADP", 8, "case", ""),
    ("China", "China", "PROPN", 6, "nmod", "Number=Sing"),
    ("but", "but", "CCONJ", 10, "cc", ""),
    ("says", "say", "VERB", 17, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("it", "it", "PRON", 13, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("committed", "commit", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 15, "case", ""),
    ("democracy", "democracy", "NOUN", 13, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("outcome", "outcome", "NOUN", 21, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 21, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("clear", "clear", "ADJ", 17, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# The chairwoman of a Vietnamese property developer charged with swindling investors told a court on Thursday she had never intended to defraud anyone.
CHAIRWOMAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("chairwoman", "chairwoman", "NOUN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("Vietnamese", "Vietnamese", "ADJ", 6, "amod", "Degree=Pos"),
    ("property", "property", "NOUN", 6, "compound", "Number=Sing"),
    ("developer", "developer", "NOUN", 1, "nmod", "Number=Sing"),
    ("charged", "charge", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("with", "with", "SCONJ", 11, "mark", ""),
    ("swindling", "swindle", "VERB", 10, "amod", "VerbForm=Part"),
    ("investors", "investor", "NOUN", 11, "nsubj", "Number=Plur"),
    ("told", "tell", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("court", "court", "NOUN", 11, "obj", "Number=Sing"),
    ("on", "on", "ADP", 15, "case", ""),
    ("Thursday", "Thursday", "PROPN", 13, "nmod", "Number=Sing"),
    ("she", "she", "PRON", 19, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("never", "never", "ADV", 19, "advmod", "PronType=Neg"),
    ("intended", "intend", "VERB", 7, "conj", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 21, "mark", ""),
    ("defraud", "defraud", "VERB", 19, "xcomp", "VerbForm=Inf"),
    ("anyone", "anyone", "PRON", 21, "obj", "Number=Sing|PronType=Ind"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Tran Thi Bich Ngoc, 61, the founder and chairwoman of An Phat Land Group, faces charges of fraud.
FOUNDER: list[FeatRow] = [
    ("Tran", "Tran", "PROPN", 3, "compound", "Number=Sing"),
    ("Thi", "Thi", "PROPN", 3, "compound", "Number=Sing"),
    ("Bich", "Bich", "PROPN", 3, "compound", "Number=Sing"),
    ("Ngoc", "Ngoc", "PROPN", 17, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("61", "61", "NUM", 3, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("founder", "founder", "NOUN", 3, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("chairwoman", "chairwoman", "NOUN", 8, "conj", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("An", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("Phat", "phat", "PROPN", 15, "compound", "Number=Sing"),
    ("Land", "Land", "PROPN", 15, "compound", "Number=Sing"),
    ("Group", "Group", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("faces", "face", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("charges", "charge", "NOUN", 17, "obj", "Number=Plur"),
    ("of", "of", "ADP", 20, "case", ""),
    ("fraud", "fraud", "NOUN", 18, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]


def test_a_body_speaking_in_a_statement_of_its_own_is_an_organisation():
    assert speakers(CONTRACTOR) == [("Summit Response Staffing", None, "organization")]


def test_a_name_the_article_calls_a_news_agency_is_an_organisation():
    assert speakers(AGENCY, LUSA)[1] == ("Lusa", None, "organization")


def test_some_with_a_bare_class_is_vague():
    assert speakers(DRIVERS)[0][2] == "vague"
    assert speakers(LLANDAFF)[0][2] == "vague"


def test_a_surname_given_alone_names_the_source():
    assert speakers(SURNAME) == [("Hoa", "one investor, a 67-year-old retired teacher", "named")]


def test_a_subject_read_as_the_object_of_after():
    assert speakers(AFTER) == [("Graeme Rutherford", None, "named-no-role")]


def test_a_relative_clauses_second_verb_reports_for_its_noun():
    assert [name for name, _, _ in speakers(KMT)] == ["KMT", "KMT"]


def test_a_lede_post_of_an_unnamed_body_takes_the_name_given_next():
    r = resolve([[CHAIRWOMAN], [FOUNDER]])
    entity = {e.id: e for e in r.entities}[r.quotes[0].speaker.entity]
    assert (entity.name, r.quotes[0].speaker.anonymity) == ("Tran Thi Bich Ngoc", "named")


# Fishermen from Palawan said patrols had kept them away.
FISHERMEN: list[FeatRow] = [
    ("Fishermen", "Fishermen", "PROPN", 3, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 2, "case", ""),
    ("Palawan", "Palawan", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("patrols", "patrol", "NOUN", 6, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("kept", "keep", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    ("them", "they", "PRON", 6, "obj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("away", "away", "ADV", 6, "advmod", ""),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Some residents of the capital said they feared the prices of bread would soar.
CAPITAL: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 5, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("capital", "capital", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 7, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("feared", "fear", "VERB", 5, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("prices", "price", "NOUN", 7, "obj", "Number=Plur"),
    ("of", "of", "ADP", 11, "case", ""),
    ("bread", "bread", "NOUN", 9, "nmod", "Number=Sing"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("soar", "soar", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Some residents who spoke to the Mercury said they understood the pressures on the council.
MERCURY: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 7, "nsubj", "Number=Plur"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Mercury", "Mercury", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 9, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("understood", "understand", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("pressures", "pressure", "NOUN", 9, "obj", "Number=Plur"),
    ("on", "on", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Some residents who lost their homes in the flood said they were angry.
FLOOD: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 9, "nsubj", "Number=Plur"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("lost", "lose", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("their", "their", "PRON", 5, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("homes", "home", "NOUN", 3, "obj", "Number=Plur"),
    ("in", "in", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("flood", "flood", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 12, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 12, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("angry", "angry", "ADJ", 9, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Unison, which represents many council staff, said it would ballot members.
UNISON: list[FeatRow] = [
    ("Unison", "Unison", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("which", "which", "PRON", 3, "nsubj", "PronType=Rel"),
    ("represents", "represent", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("many", "many", "ADJ", 6, "amod", "Degree=Pos"),
    ("council", "council", "NOUN", 6, "compound", "Number=Sing"),
    ("staff", "staff", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("ballot", "ballot", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("members", "member", "NOUN", 11, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# A spokesman for the union's city branch said staff were "exhausted and angry".
BRANCH: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("for", "for", "ADP", 7, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("city", "city", "NOUN", 7, "compound", "Number=Sing"),
    ("branch", "branch", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("staff", "staff", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("were", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("##exhausted", "exhaust", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("and", "and", "CCONJ", 14, "cc", ""),
    ("angry", "angry", "ADJ", 12, "conj", "Degree=Pos"),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


def test_a_roles_plural_tagged_a_proper_noun_is_no_name():
    assert speakers(FISHERMEN) == [("Fishermen from Palawan", None, "anonymous")]


def test_some_residents_of_a_settlement_or_who_spoke_to_an_outlet_are_vague():
    assert speakers(CAPITAL)[0][2] == "vague"
    assert speakers(MERCURY)[0][2] == "vague"
    assert speakers(FLOOD)[0][2] == "anonymous"  # (what happened to them places them)


def test_a_spokesman_for_a_part_of_a_body_speaks_for_the_body():
    assert [name for name, _, _ in speakers(UNISON, BRANCH)] == ["Unison", "Unison"]


# City and county leaders say repeated rounds of relief are squeezing their budgets.
CITY_LEADERS: list[FeatRow] = [
    ("City", "city", "NOUN", 4, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("county", "county", "NOUN", 3, "compound", "Number=Sing"),
    ("leaders", "leader", "NOUN", 0, "conj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("repeated", "repeat", "VERB", 6, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("rounds", "round", "NOUN", 10, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 8, "case", ""),
    ("relief", "relief", "NOUN", 6, "nmod", "Number=Sing"),
    ("are", "be", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("squeezing", "squeez", "VERB", 4, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("their", "their", "PRON", 12, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("budgets", "budget", "NOUN", 10, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Police and firefighters said the fire was out.
FIREFIGHTERS: list[FeatRow] = [
    ("Police", "police", "NOUN", 3, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("firefighters", "firefighter", "NOUN", 0, "conj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("fire", "fire", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("out", "out", "ADP", 3, "ccomp", ""),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Economists at Every Texan, a left-leaning policy group in Austin, estimated that nearly 40% of the relief would go to businesses.
ECONOMISTS: list[FeatRow] = [
    ("Economists", "economist", "NOUN", 14, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 3, "case", ""),
    ("Every", "every", "DET", 3, "det", "PronType=Ind"),
    ("Texan", "Texan", "PROPN", 0, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("left", "leave", "VERB", 8, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##-", "-", "PUNCT", 6, "punct", ""),
    ("##leaning", "lean", "VERB", 10, "amod", "VerbForm=Ger"),
    ("policy", "policy", "NOUN", 10, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 0, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 12, "case", ""),
    ("Austin", "Austin", "PROPN", 10, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("estimated", "estimate", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("nearly", "nearly", "ADV", 17, "advmod", ""),
    ("40", "40", "NUM", 18, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 23, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("relief", "relief", "NOUN", 18, "nmod", "Number=Sing"),
    ("would", "would", "AUX", 23, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("to", "to", "ADP", 25, "case", ""),
    ("businesses", "business", "NOUN", 23, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# But some drivers and small business owners say the charges have fallen hardest on the poor.
OWNERS: list[FeatRow] = [
    ("But", "but", "CCONJ", 7, "cc", ""),
    ("some", "some", "DET", 2, "det", "PronType=Ind"),
    ("drivers", "driver", "NOUN", 7, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("small", "small", "ADJ", 6, "amod", "Degree=Pos"),
    ("business", "business", "NOUN", 6, "compound", "Number=Sing"),
    ("owners", "owner", "NOUN", 2, "conj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("charges", "charge", "NOUN", 11, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fallen", "fall", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("hardest", "hard", "ADJ", 11, "obj", "Degree=Sup"),
    ("on", "on", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("poor", "poor", "ADJ", 11, "obl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


def test_fields_joined_before_a_plural_role_make_one_group():
    assert speakers(CITY_LEADERS) == [("City and county leaders", None, "anonymous")]
    assert speakers(FIREFIGHTERS)[0][0] != "Police and firefighters"


def test_a_research_desk_with_its_firms_description_is_the_firm():
    assert speakers(ECONOMISTS) == [("Every Texan", None, "organization")]


def test_two_bare_classes_with_some_are_vague():
    assert speakers(OWNERS)[0][2] == "vague"


# Bradford 2025, the charitable trust running the year, said the programme had drawn more than three million visits.
CULTURE: list[FeatRow] = [
    ("Bradford", "Bradford", "PROPN", 10, "nsubj", "Number=Sing"),
    ("2025", "2025", "NUM", 0, "flat", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("charitable", "charitable", "ADJ", 5, "amod", "Degree=Pos"),
    ("trust", "trust", "NOUN", 10, "nsubj", "Number=Sing"),
    ("running", "run", "VERB", 5, "acl", "VerbForm=Ger"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("year", "year", "NOUN", 6, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("programme", "programme", "NOUN", 14, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("drawn", "draw", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("more", "more", "ADV", 14, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 19, "case", ""),
    ("three", "three", "NUM", 19, "nummod", "NumForm=Word|NumType=Card"),
    ("million", "million", "NUM", 19, "nummod", "NumForm=Word|NumType=Card"),
    ("visits", "visit", "NOUN", 14, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def test_a_place_and_its_year_name_a_body():
    assert speakers(CULTURE) == [("Bradford 2025", None, "organization")]
