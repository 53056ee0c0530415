"""Reports cut short, lost or given to the wrong body on fresh articles (session 55; each tree is
the shipped parser's for the invented sentence in its comment):

* a "when" clause set off by commas inside a report, read as the cue's complement: "said in a
  statement that the new rounds would be played in June and July, when pitches are typically at
  their flattest, and that ..." reported only the "when" clause (occasion_clauses.reads_adverbial);
* the report's subject split at a modifier, its head the cue's object: "said the number of
  non-compliant vehicles entering the zone each day had fallen" and "said a revised plan to
  reduce the risk of whales becoming entangled in fishing gear was unlikely ..." lost the
  subject up to "each day" and "in fishing gear" (torn_subjects.subject_split_at_its_modifier);
* "said on Tuesday that construction of the pipeline was more than 60% complete and that ..."
  with "that" a determiner and "construction" an oblique of "said": the report had no subject
  (torn_subjects.subject_after_that_read_as_oblique);
* "..., which Manila calls Ayungin Shoal, according to the coast guard." with the source hung on
  the relative clause: only the relative clause was reported (late_repairs.source_read_into_relative);
* "More than half of the people arrested were offered treatment, the commission found.": a
  finding verb closed a report only with a document for its subject (frames._finder: a body, people
  or a name finds too);
* "The commission said ..." after "Manila said ...": the capital, its government, was taken for
  the commission (head_names.kind_fits: a country or a capital is only "the government");
* 'said the city needed to "show results" before ...' with "show" read as a programme's name
  after a closing mark (tag_repairs.work_noun_read_as_verb: a straight mark glued to the word
  opens it), so the report stopped at "needed" and the quotation had no speaker;
* "The presiding judge reminded jurors that they must decide ..." reported nothing ("remind" in
  ``speech_verbs``);
* '"...," the Dutch climber told Cyclingnews' after "Last year's runner-up Lotte van Daal said":
  someone new ("climber" and other sports people in ``epithet_nouns``);
* "Some of those who packed the public gallery ... said": vague, though the clause describes
  them (mentions._quantified: "those" with a clause of its own is no "they");
* numbers bounded or rounded read as the cue's oblique: "Ndongo said more than 1,200 schools across
  the ... regions had reopened", "She said fewer than half of the nurses had been paid"
  (torn_reports.comparative_number_read_as_oblique), "About 38% of the 214,000 packages on offer
  went unsold, the data showed" and "Kela said about 2,300 of the 3,000 participants had answered"
  with the "of" phrase the report's subject (torn_reports.approximate_number_read_as_oblique);
* "the council said the new 400-space multi-storey car park ... was less than a ten-minute walk
  away" with the park and the walk both complements: the report had no subject
  (torn_subjects.subject_read_as_report_before_predicate);
* "..., down from more than 82,000 a decade ago, according to the Maryland State Department of
  Education.": only "a decade ago" was the department's (late_repairs.source_read_into_relative: a
  word that heads no clause);
* "..., a rights group said Thursday, even as the ILO credits the country with ending forced
  labour.": only the "even as" clause was reported (set_off_clauses);
* "The Accountability and Implementation Board, the panel created to oversee the Blueprint, said
  ...": no speaker (torn_subjects.apposition_read_as_main_clause; not "..., Lohmar said, adding that
  ...", a cue with a report of its own);
* "the council" after "the East African Tea Trade Association" was that association, and "the
  company" the "Maryland State Department of Education" (body_kinds; head_names.kind_fits reads a
  name's head before "of"), while "the union" after "the Association of Flight Attendants" stays
  that union;
* "A Human Rights Watch report published in November found that ..." with "published" a clause
  of "found" and the report its subject: no speaker (document_cues.document_under_participle
  makes "found" a cue, so torn_subjects puts the subject back);
* "a sweeping package of asylum restrictions that the government says will make ..." with a
  restrictive "that": nothing reported (torn_reports.cue_inside_relative_read_as_adverbial);
* "The Dutch Senate on Tuesday approved ..." then "..., which the council says will cost ...":
  the council was "Dutch Senate on Tuesday" (org_subjects._main_subject_org: the subject without
  its time; body_kinds: a legislature is no council);
* "..., according to the EATTA catalogue.": an anonymous source "the EATTA catalogue" ("catalogue",
  "dashboard" and other published lists in ``document_nouns``: a body's document is the body's);
* the same report with the sentence's stop hung on its participle: still no speaker
  (document_cues.document_under_participle, torn_subjects.reduced_relative_read_as_fronted_report
  set the stop aside); and "Human rights groups have accused ..." before it was "A Human Rights
  Watch" (bodies_named_later: several bodies are none of them).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import quote_speakers as speakers
from source_helpers import resolve

# The board said in a statement that the new rounds would be played in June and July, when pitches are typically at their flattest, and that the old ball would be used for the rest of the season.
ROUNDS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 9, "amod", "Degree=Pos"),
    ("rounds", "round", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("played", "play", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 14, "case", ""),
    ("June", "June", "PROPN", 12, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("July", "July", "PROPN", 14, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("when", "when", "ADV", 24, "advmod", "PronType=Int"),
    ("pitches", "pitch", "NOUN", 24, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 24, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("typically", "typically", "ADV", 24, "advmod", ""),
    ("at", "at", "ADP", 24, "case", ""),
    ("their", "their", "PRON", 24, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("flattest", "flattest", "ADJ", 2, "ccomp", "Degree=Sup"),
    ("##,", ",", "PUNCT", 33, "punct", ""),
    ("and", "and", "CCONJ", 33, "cc", ""),
    ("that", "that", "SCONJ", 33, "mark", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("old", "old", "ADJ", 30, "amod", "Degree=Pos"),
    ("ball", "ball", "NOUN", 33, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 33, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 33, "aux:pass", "VerbForm=Inf"),
    ("used", "use", "VERB", 24, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 36, "case", ""),
    ("the", "the", "DET", 36, "det", "Definite=Def|PronType=Art"),
    ("rest", "rest", "NOUN", 33, "obl", "Number=Sing"),
    ("of", "of", "ADP", 39, "case", ""),
    ("the", "the", "DET", 39, "det", "Definite=Def|PronType=Art"),
    ("season", "season", "NOUN", 36, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The council said the number of non-compliant vehicles entering the zone each day had fallen from about 7,000 to fewer than 2,000.
VEHICLES: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("number", "number", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("non-compliant", "non-compliant", "ADJ", 7, "amod", "Degree=Pos"),
    ("vehicles", "vehicle", "NOUN", 4, "nmod", "Number=Plur"),
    ("entering", "enter", "VERB", 7, "acl", "VerbForm=Ger"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("zone", "zone", "NOUN", 8, "obj", "Number=Sing"),
    ("each", "each", "DET", 12, "det", "PronType=Tot"),
    ("day", "day", "NOUN", 14, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fallen", "fall", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("from", "from", "ADP", 17, "case", ""),
    ("about", "about", "ADV", 17, "advmod", ""),
    ("7,000", "7000", "NUM", 14, "obl", "NumForm=Digit|NumType=Card"),
    ("to", "to", "PART", 19, "mark", ""),
    ("fewer", "few", "ADJ", 14, "advcl", "Degree=Cmp"),
    ("than", "than", "ADP", 21, "case", ""),
    ("2,000", "2000", "NUM", 19, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# A federal fisheries official said a revised plan to reduce the risk of whales becoming entangled in fishing gear was unlikely to be published before spring.
GEAR: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("federal", "federal", "ADJ", 3, "amod", "Degree=Pos"),
    ("fisheries", "fishery", "NOUN", 3, "compound", "Number=Plur"),
    ("official", "official", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("revised", "revise", "VERB", 7, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("plan", "plan", "NOUN", 4, "obj", "Number=Sing"),
    ("to", "to", "PART", 9, "mark", ""),
    ("reduce", "reduce", "VERB", 7, "acl", "VerbForm=Inf"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("risk", "risk", "NOUN", 9, "obj", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("whales", "whale", "NOUN", 11, "nmod", "Number=Plur"),
    ("becoming", "become", "VERB", 11, "acl", "VerbForm=Ger"),
    ("entangled", "entangle", "VERB", 14, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "SCONJ", 17, "mark", ""),
    ("fishing", "fishing", "VERB", 18, "amod", "VerbForm=Ger"),
    ("gear", "gear", "NOUN", 20, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 20, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unlikely", "unlikely", "ADJ", 4, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 23, "mark", ""),
    ("be", "be", "AUX", 23, "aux:pass", "VerbForm=Inf"),
    ("published", "publish", "VERB", 20, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("before", "before", "ADP", 25, "case", ""),
    ("spring", "spring", "NOUN", 23, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The ministry said on Tuesday that construction of the pipeline was more than 60% complete and that first oil exports would begin next year.
PIPELINE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 2, "obl", "Number=Sing"),
    ("that", "that", "DET", 6, "det", "Number=Sing|PronType=Dem"),
    ("construction", "construction", "NOUN", 2, "obl", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("pipeline", "pipeline", "NOUN", 6, "nmod", "Number=Sing"),
    ("was", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 15, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 15, "case", ""),
    ("60", "60", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 15, "obl:unmarked", "Number=Sing"),
    ("complete", "complete", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("and", "and", "CCONJ", 22, "cc", ""),
    ("that", "that", "DET", 20, "det", "Number=Sing|PronType=Dem"),
    ("first", "first", "ADJ", 20, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("oil", "oil", "NOUN", 20, "compound", "Number=Sing"),
    ("exports", "export", "NOUN", 22, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 22, "aux", "VerbForm=Fin"),
    ("begin", "begin", "VERB", 2, "conj", "VerbForm=Inf"),
    ("next", "next", "ADJ", 24, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 22, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The wooden supply boat delivered food and water to marines stationed aboard the ship at the shoal, which Manila calls Ayungin Shoal, according to the coast guard.
SHOAL: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("wooden", "wooden", "ADJ", 3, "amod", "Degree=Pos"),
    ("supply", "supply", "NOUN", 3, "compound", "Number=Sing"),
    ("boat", "boat", "NOUN", 4, "nsubj", "Number=Sing"),
    ("delivered", "deliver", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("food", "food", "NOUN", 4, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("water", "water", "NOUN", 5, "conj", "Number=Sing"),
    ("to", "to", "ADP", 9, "case", ""),
    ("marines", "marine", "NOUN", 5, "nmod", "Number=Plur"),
    ("stationed", "station", "VERB", 9, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("aboard", "aboard", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("ship", "ship", "NOUN", 10, "obl", "Number=Sing"),
    ("at", "at", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("shoal", "shoal", "NOUN", 13, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("which", "which", "PRON", 20, "nsubj", "PronType=Rel"),
    ("Manila", "Manila", "PROPN", 20, "nsubj", "Number=Sing"),
    ("calls", "call", "VERB", 16, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Ayungin", "Ayungin", "PROPN", 22, "compound", "Number=Sing"),
    ("Shoal", "Shoal", "PROPN", 20, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 28, "punct", ""),
    ("according", "accord", "VERB", 28, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 28, "case", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("coast", "coast", "NOUN", 28, "compound", "Number=Sing"),
    ("guard", "guard", "NOUN", 20, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# More than half of the people arrested were offered treatment, the commission found.
FOUND: list[FeatRow] = [
    ("More", "more", "ADV", 8, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 2, "case", ""),
    ("half", "half", "NOUN", 13, "obl", "NumForm=Word|NumType=Frac|Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 2, "nmod", "Number=Plur"),
    ("arrested", "arrest", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("were", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("offered", "offer", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("treatment", "treatment", "NOUN", 13, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("commission", "commission", "NOUN", 13, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# The boat delivered food to the marines, Manila said.
MANILA: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("boat", "boat", "NOUN", 2, "nsubj", "Number=Sing"),
    ("delivered", "deliver", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("food", "food", "NOUN", 2, "obj", "Number=Sing"),
    ("to", "to", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("marines", "marine", "NOUN", 2, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Manila", "Manila", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The commission said it would publish its report in May.
COMMISSION: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("commission", "commission", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("publish", "publish", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("its", "its", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("report", "report", "NOUN", 5, "obj", "Number=Sing"),
    ("in", "in", "ADP", 9, "case", ""),
    ("May", "May", "PROPN", 5, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def _quotes(*rows: list[FeatRow]) -> list[tuple[str, str]]:
    r = resolve([list(rows)])
    return [(q.text, q.speaker.anonymity if q.speaker else "") for q in r.quotes]


def test_a_when_clause_set_off_inside_a_report_is_no_complement_of_the_cue():
    (text, _), *_ = _quotes(ROUNDS)
    assert text.startswith("that the new rounds would be played") and text.endswith("for the rest of the season")


def test_a_subject_split_at_its_modifier_is_one_phrase():
    assert _quotes(VEHICLES)[0][0].startswith("the number of non-compliant vehicles entering the zone each day")
    assert _quotes(GEAR)[0][0].startswith("a revised plan to reduce the risk")


def test_that_read_as_a_determiner_opens_the_report_and_its_subject():
    assert _quotes(PIPELINE)[0][0].startswith("that construction of the pipeline was")


def test_according_to_after_a_relative_clause_is_the_sentences_source():
    assert _quotes(SHOAL)[0] == (
        "The wooden supply boat delivered food and water to marines stationed aboard the ship at the shoal,"
        " which Manila calls Ayungin Shoal",
        "organization",
    )


def test_a_body_finds_what_a_closing_finding_verb_reports():
    assert _quotes(FOUND) == [("More than half of the people arrested were offered treatment", "organization")]


def test_a_capital_speaking_for_its_government_is_no_commission():
    names = [name for name, _, _ in speakers(MANILA, COMMISSION)]
    assert names == ["Manila", "The commission"]


# Del. Karen Holloway, a Frederick County Republican, said the city needed to "show results" before asking for more money.
RESULTS: list[FeatRow] = [
    ("Del.", "Del.", "PROPN", 2, "compound", "Number=Sing"),
    ("Karen", "Karen", "PROPN", 2, "compound", "Number=Sing"),
    ("Holloway", "Holloway", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("Frederick", "Frederick", "PROPN", 7, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 7, "compound", "Number=Sing"),
    ("Republican", "Republican", "PROPN", 0, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 9, "obj", "Number=Sing"),
    ("needed", "need", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 15, "mark", ""),
    ('"', '"', "PUNCT", 15, "punct", ""),
    ("##show", "show", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("results", "result", "NOUN", 15, "obj", "Number=Plur"),
    ('##"', '"', "PUNCT", 15, "punct", ""),
    ("before", "before", "SCONJ", 19, "mark", ""),
    ("asking", "ask", "VERB", 15, "advcl", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 22, "case", ""),
    ("more", "more", "ADJ", 22, "amod", "Degree=Cmp"),
    ("money", "money", "NOUN", 19, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Last year's runner-up Lotte van Daal said the route suited her.
RUNNER_UP: list[FeatRow] = [
    ("Last", "last", "ADJ", 1, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 1, "case", ""),
    ("runner", "runner", "NOUN", 8, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##up", "up", "ADP", 3, "flat", ""),
    ("Lotte", "Lotte", "PROPN", 8, "compound", "Number=Sing"),
    ("van", "van", "PROPN", 8, "compound", "Number=Sing"),
    ("Daal", "Daal", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("route", "route", "NOUN", 12, "nsubj", "Number=Sing"),
    ("suited", "suit", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 12, "obj", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# "It is a really hard final weekend," the Dutch climber told Cyclingnews after the presentation.
CLIMBER: list[FeatRow] = [
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("##It", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("really", "really", "ADV", 5, "advmod", ""),
    ("hard", "hard", "ADJ", 7, "amod", "Degree=Pos"),
    ("final", "final", "ADJ", 7, "amod", "Degree=Pos"),
    ("weekend", "weekend", "NOUN", 13, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ('##"', '"', "PUNCT", 13, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Dutch", "Dutch", "PROPN", 12, "compound", "Number=Sing"),
    ("climber", "climber", "NOUN", 13, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Cyclingnews", "Cyclingnew", "PROPN", 13, "obj", "Number=Plur"),
    ("after", "after", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("presentation", "presentation", "NOUN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# The presiding judge reminded jurors that they must decide the case only on the evidence.
REMIND: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("presiding", "presiding", "NOUN", 2, "compound", "Number=Sing"),
    ("judge", "judge", "NOUN", 3, "nsubj", "Number=Sing"),
    ("reminded", "remind", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("jurors", "juror", "NOUN", 3, "obj", "Number=Plur"),
    ("that", "that", "PRON", 8, "mark", "PronType=Rel"),
    ("they", "they", "PRON", 8, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("must", "must", "AUX", 8, "aux", "VerbForm=Fin"),
    ("decide", "decide", "VERB", 4, "acl:relcl", "VerbForm=Inf"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 8, "obj", "Number=Sing"),
    ("only", "only", "ADV", 14, "advmod", ""),
    ("on", "on", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("evidence", "evidence", "NOUN", 8, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Some of those who packed the public gallery on Monday said they had come.
GALLERY: list[FeatRow] = [
    ("Some", "some", "DET", 10, "nsubj", "PronType=Ind"),
    ("of", "of", "ADP", 2, "case", ""),
    ("those", "that", "PRON", 0, "nmod", "Number=Plur|PronType=Dem"),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("packed", "pack", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("public", "public", "ADJ", 7, "amod", "Degree=Pos"),
    ("gallery", "gallery", "NOUN", 4, "obj", "Number=Sing"),
    ("on", "on", "ADP", 9, "case", ""),
    ("Monday", "Monday", "PROPN", 7, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 13, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("come", "come", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def test_a_straight_mark_glued_to_a_work_noun_opens_a_quotation():
    assert _quotes(RESULTS) == [('the city needed to "show results" before asking for more money', "named")]


def test_reminding_someone_that_reports_a_clause():
    assert _quotes(REMIND) == [("that they must decide the case only on the evidence", "anonymous")]


def test_a_sports_epithet_refers_to_the_person_just_named():
    assert [name for name, _, _ in speakers(RUNNER_UP, CLIMBER)] == ["Lotte van Daal", "Lotte van Daal"]


def test_some_of_those_a_clause_describes_are_not_vague():
    assert speakers(GALLERY)[0][2] == "anonymous"


# Ndongo said more than 1,200 schools across the North-West and South-West regions had reopened since September.
SCHOOLS: list[FeatRow] = [
    ("Ndongo", "Ndongo", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 1, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 5, "case", ""),
    ("1,200", "1200", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("schools", "school", "NOUN", 1, "obl", "Number=Plur"),
    ("across", "across", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("North", "North", "PROPN", 10, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 8, "punct", ""),
    ("##West", "West", "PROPN", 15, "compound", "Number=Sing"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("South", "South", "PROPN", 14, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 12, "punct", ""),
    ("##West", "West", "PROPN", 15, "compound", "Number=Sing"),
    ("regions", "region", "NOUN", 17, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("reopened", "reopen", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("since", "since", "ADP", 19, "case", ""),
    ("September", "September", "PROPN", 17, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# She said fewer than half of the nurses had been paid.
NURSES: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fewer", "few", "ADJ", 1, "xcomp", "Degree=Cmp"),
    ("than", "than", "ADP", 4, "case", ""),
    ("half", "half", "NOUN", 2, "obl", "NumForm=Word|NumType=Frac|Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("nurses", "nurse", "NOUN", 4, "nmod", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 10, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("paid", "pay", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# About 38% of the 214,000 packages on offer went unsold, the data showed.
PACKAGES: list[FeatRow] = [
    ("About", "about", "ADP", 2, "case", ""),
    ("38", "38", "NUM", 2, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 14, "obl", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("214,000", "214000", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("packages", "package", "NOUN", 2, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 8, "case", ""),
    ("offer", "offer", "NOUN", 6, "nmod", "Number=Sing"),
    ("went", "go", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unsold", "unsold", "ADJ", 9, "xcomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("data", "data", "NOUN", 14, "nsubj", "Number=Sing"),
    ("showed", "show", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Kela said about 2,300 of the 3,000 participants had answered.
PARTICIPANTS: list[FeatRow] = [
    ("Kela", "Kela", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 3, "case", ""),
    ("2,300", "2300", "NUM", 1, "obl", "NumForm=Digit|NumType=Card"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("3,000", "3000", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("participants", "participant", "NOUN", 9, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("answered", "answer", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# In its response to the consultation, the council said the new 400-space multi-storey car park on the former Vaux site was less than a ten-minute walk away.
CARPARK: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("its", "its", "PRON", 2, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("response", "response", "NOUN", 9, "obl", "Number=Sing"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("consultation", "consultation", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 19, "amod", "Degree=Pos"),
    ("400", "400", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 12, "punct", ""),
    ("##space", "space", "NOUN", 17, "compound", "Number=Sing"),
    ("multi", "multi", "NOUN", 17, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 15, "punct", ""),
    ("##storey", "storey", "NOUN", 19, "compound", "Number=Sing"),
    ("car", "car", "NOUN", 19, "compound", "Number=Sing"),
    ("park", "park", "NOUN", 9, "ccomp", "Number=Sing"),
    ("on", "on", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("former", "former", "ADJ", 24, "amod", "Degree=Pos"),
    ("Vaux", "Vaux", "PROPN", 24, "compound", "Number=Sing"),
    ("site", "site", "NOUN", 19, "nmod", "Number=Sing"),
    ("was", "be", "AUX", 32, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("less", "less", "ADV", 32, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 32, "case", ""),
    ("a", "a", "DET", 32, "det", "Definite=Ind|PronType=Art"),
    ("ten", "ten", "NUM", 31, "nummod", "NumForm=Word|NumType=Card"),
    ("##-", "-", "PUNCT", 29, "punct", ""),
    ("##minute", "minute", "NOUN", 32, "compound", "Number=Sing"),
    ("walk", "walk", "NOUN", 9, "ccomp", "Number=Sing"),
    ("away", "away", "ADV", 9, "ccomp", ""),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Baltimore's enrollment has fallen to about 75,800 students, down from more than 82,000 a decade ago, according to the Maryland State Department of Education.
ENROLLMENT: list[FeatRow] = [
    ("Baltimore", "Baltimore", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("enrollment", "enrollment", "NOUN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fallen", "fall", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", 8, "case", ""),
    ("about", "about", "ADV", 7, "advmod", ""),
    ("75,800", "75800", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("students", "student", "NOUN", 4, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("down", "down", "ADP", 4, "advmod", ""),
    ("from", "from", "ADP", 12, "case", ""),
    ("more", "more", "ADV", 10, "obl", "Degree=Cmp"),
    ("than", "than", "ADP", 12, "fixed", ""),
    ("82,000", "82000", "NUM", 12, "obl", "NumForm=Digit|NumType=Card"),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("decade", "decade", "NOUN", 17, "obl:unmarked", "Number=Sing"),
    ("ago", "ago", "ADV", 4, "advmod", "Degree=Pos"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("according", "accord", "VERB", 24, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("Maryland", "Maryland", "PROPN", 24, "compound", "Number=Sing"),
    ("State", "State", "PROPN", 24, "compound", "Number=Sing"),
    ("Department", "Department", "PROPN", 17, "obl", "Number=Sing"),
    ("of", "of", "ADP", 26, "case", ""),
    ("Education", "Education", "PROPN", 24, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Teachers, doctors and municipal workers in parts of Uzbekistan were still pressured to pick cotton or pay for replacements during this year's harvest, a rights group said Thursday, even as the ILO credits the country with ending forced labour.
HARVEST: list[FeatRow] = [
    ("Teachers", "teacher", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("doctors", "doctor", "NOUN", 0, "conj", "Number=Plur"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("municipal", "municipal", "ADJ", 5, "amod", "Degree=Pos"),
    ("workers", "worker", "NOUN", 0, "conj", "Number=Plur"),
    ("in", "in", "ADP", 7, "case", ""),
    ("parts", "part", "NOUN", 5, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 9, "case", ""),
    ("Uzbekistan", "Uzbekistan", "PROPN", 7, "nmod", "Number=Sing"),
    ("were", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("still", "still", "ADV", 12, "advmod", ""),
    ("pressured", "pressured", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 14, "mark", ""),
    ("pick", "pick", "VERB", 12, "xcomp", "VerbForm=Inf"),
    ("cotton", "cotton", "NOUN", 14, "obj", "Number=Sing"),
    ("or", "or", "CCONJ", 17, "cc", ""),
    ("pay", "pay", "VERB", 14, "conj", "VerbForm=Inf"),
    ("for", "for", "ADP", 19, "case", ""),
    ("replacements", "replacement", "NOUN", 17, "obl", "Number=Plur"),
    ("during", "during", "ADP", 24, "case", ""),
    ("this", "this", "DET", 22, "det", "Number=Sing|PronType=Dem"),
    ("year", "year", "NOUN", 24, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 22, "case", ""),
    ("harvest", "harvest", "ADJ", 17, "obl", "Degree=Sup"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("a", "a", "DET", 28, "det", "Definite=Ind|PronType=Art"),
    ("rights", "right", "NOUN", 28, "compound", "Number=Plur"),
    ("group", "group", "NOUN", 29, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 12, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Thursday", "Thursday", "PROPN", 29, "iobj", "Number=Sing"),
    ("##,", ",", "PUNCT", 36, "punct", ""),
    ("even", "even", "ADV", 36, "advmod", ""),
    ("as", "as", "ADP", 36, "mark", ""),
    ("the", "the", "DET", 35, "det", "Definite=Def|PronType=Art"),
    ("ILO", "ILO", "PROPN", 36, "nsubj", "Number=Sing"),
    ("credits", "credit", "VERB", 29, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 38, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 36, "obj", "Number=Sing"),
    ("with", "with", "SCONJ", 40, "mark", ""),
    ("ending", "end", "VERB", 36, "advcl", "Tense=Pres|VerbForm=Part"),
    ("forced", "force", "VERB", 42, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("labour", "labour", "NOUN", 40, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# The Accountability and Implementation Board, the panel created to oversee the Blueprint, said in a statement that it would take up the issue.
BOARD: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Accountability", "accountability", "NOUN", 8, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Implementation", "Implementation", "PROPN", 1, "conj", "Number=Sing"),
    ("Board", "Board", "PROPN", 1, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("panel", "panel", "NOUN", 8, "nsubj", "Number=Sing"),
    ("created", "create", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 10, "mark", ""),
    ("oversee", "oversee", "VERB", 8, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Blueprint", "Blueprint", "PROPN", 10, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", 8, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 14, "obl", "Number=Sing"),
    ("that", "that", "PRON", 21, "mark", "PronType=Rel"),
    ("it", "it", "PRON", 21, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 21, "aux", "VerbForm=Fin"),
    ("take", "take", "VERB", 17, "acl:relcl", "VerbForm=Inf"),
    ("up", "up", "ADP", 21, "compound:prt", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("issue", "issue", "NOUN", 21, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# The average price of tea dropped, according to data from the East African Tea Trade Association.
ASSOCIATION: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("average", "average", "ADJ", 2, "amod", "Degree=Pos"),
    ("price", "price", "NOUN", 5, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("tea", "tea", "NOUN", 2, "nmod", "Number=Sing"),
    ("dropped", "drop", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("according", "accord", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 9, "case", ""),
    ("data", "data", "NOUN", 5, "obl", "Number=Sing"),
    ("from", "from", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("East", "East", "ADJ", 16, "amod", "Degree=Pos"),
    ("African", "African", "ADJ", 16, "amod", "Degree=Pos"),
    ("Tea", "Tea", "PROPN", 16, "compound", "Number=Sing"),
    ("Trade", "Trade", "PROPN", 16, "compound", "Number=Sing"),
    ("Association", "Association", "PROPN", 9, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The council said the car park was less than a walk away.
COUNCIL: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("car", "car", "NOUN", 5, "compound", "Number=Sing"),
    ("park", "park", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("less", "less", "ADV", 10, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("walk", "walk", "NOUN", 2, "ccomp", "Number=Sing"),
    ("away", "away", "ADV", 10, "advmod", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The plant employs 400 people, according to the company.
COMPANY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 2, "nsubj", "Number=Sing"),
    ("employs", "employ", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("400", "400", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 2, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("according", "accord", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# Each of the charges against Emery carries a possible penalty of 30 years to life in prison, Lohmar said, adding that more charges are possible.
EMERY: list[FeatRow] = [
    ("Each", "each", "DET", 6, "nsubj", "PronType=Tot"),
    ("of", "of", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("charges", "charge", "NOUN", 0, "nmod", "Number=Plur"),
    ("against", "against", "ADP", 5, "case", ""),
    ("Emery", "Emery", "PROPN", 0, "nmod", "Number=Sing"),
    ("carries", "carry", "VERB", 19, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("possible", "possible", "ADJ", 9, "amod", "Degree=Pos"),
    ("penalty", "penalty", "NOUN", 6, "obj", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("30", "30", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 9, "nmod", "Number=Plur"),
    ("to", "to", "ADP", 14, "case", ""),
    ("life", "life", "NOUN", 12, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("prison", "prison", "NOUN", 14, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Lohmar", "Lohmar", "PROPN", 19, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("adding", "add", "VERB", 19, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("more", "more", "ADJ", 24, "amod", "Degree=Cmp"),
    ("charges", "charge", "NOUN", 26, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 26, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("possible", "possible", "ADJ", 21, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]

# In a statement, the Association of Flight Attendants called Clinton a champion.
FLIGHT: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Association", "Association", "PROPN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("Flight", "Flight", "PROPN", 8, "compound", "Number=Sing"),
    ("Attendants", "Attendant", "PROPN", 5, "nmod", "Number=Plur"),
    ("called", "call", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Clinton", "Clinton", "PROPN", 9, "obj", "Number=Sing"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("champion", "champion", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The union said she would win.
UNION: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("win", "win", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_bounded_or_rounded_number_opens_the_report():
    assert _quotes(SCHOOLS)[0][0].startswith("more than 1,200 schools across")
    assert _quotes(NURSES)[0][0] == "fewer than half of the nurses had been paid"
    assert _quotes(PACKAGES)[0][0] == "About 38% of the 214,000 packages on offer went unsold"
    assert _quotes(PARTICIPANTS)[0][0] == "about 2,300 of the 3,000 participants had answered"


def test_a_noun_report_before_its_copular_predicate_is_its_subject():
    assert _quotes(CARPARK)[0][0].startswith("the new 400-space multi-storey car park")


def test_according_to_hung_on_a_word_that_heads_no_clause_is_the_sentences():
    assert _quotes(ENROLLMENT)[0][0].startswith("Baltimore's enrollment has fallen")


def test_a_set_off_adverbial_after_a_closing_cue_is_not_its_report():
    (text, anonymity), *_ = _quotes(HARVEST)
    assert text.startswith("Teachers, doctors and municipal workers") and anonymity == "organization"


def test_an_apposition_read_as_the_main_clause():
    assert speakers(BOARD) == [("Accountability and Implementation Board", None, "organization")]
    assert [a for _, a in _quotes(EMERY)] == ["named-no-role", "named-no-role"]


def test_the_kind_of_body_a_name_says_it_is():
    assert [name for name, _, _ in speakers(ASSOCIATION, COUNCIL)] == [
        "East African Tea Trade Association",
        "The council",
    ]
    assert [name for name, _, _ in speakers(ENROLLMENT, COMPANY)][1] == "the company"
    assert [name for name, _, _ in speakers(FLIGHT, UNION)] == ["Association of Flight Attendants"] * 2


# The Dutch Senate on Tuesday approved a sweeping package of asylum restrictions that the government says will make the Netherlands one of the least attractive destinations in Europe.
RESTRICTIONS: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Dutch", "Dutch", "PROPN", 2, "compound", "Number=Sing"),
    ("Senate", "Senate", "PROPN", 5, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 2, "nmod", "Number=Sing"),
    ("approved", "approve", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("sweeping", "sweeping", "NOUN", 8, "compound", "Number=Sing"),
    ("package", "package", "NOUN", 5, "obj", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("asylum", "asylum", "ADJ", 11, "amod", "Degree=Pos"),
    ("restrictions", "restriction", "NOUN", 8, "nmod", "Number=Plur"),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 15, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", 17, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("will", "will", "AUX", 17, "aux", "VerbForm=Fin"),
    ("make", "make", "VERB", 5, "conj", "VerbForm=Inf"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("Netherlands", "Netherlands", "PROPN", 17, "obj", "Number=Plur"),
    ("one", "one", "NUM", 17, "obj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 25, "case", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("least", "least", "ADJ", 25, "amod", "Degree=Sup"),
    ("attractive", "attractive", "ADJ", 25, "amod", "Degree=Pos"),
    ("destinations", "destination", "NOUN", 20, "nmod", "Number=Plur"),
    ("in", "in", "ADP", 27, "case", ""),
    ("Europe", "Europe", "PROPN", 25, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The Dutch Senate on Tuesday approved a sweeping package of asylum restrictions. (the parse of
# RESTRICTIONS up to "restrictions", with the stop)
SENATE: list[FeatRow] = [*RESTRICTIONS[:12], ("##.", ".", "PUNCT", 5, "punct", "")]

# The committee backed the scheme, which the council says will cost 5 million pounds.
SCHEME: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 2, "nsubj", "Number=Sing"),
    ("backed", "back", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("which", "which", "PRON", 11, "obj", "PronType=Rel"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 9, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("will", "will", "AUX", 11, "aux", "VerbForm=Fin"),
    ("cost", "cost", "VERB", 2, "conj", "VerbForm=Inf"),
    ("5", "5", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 14, "nummod", "NumForm=Word|NumType=Card"),
    ("pounds", "pound", "NOUN", 11, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_report_under_its_own_participle_finds():
    assert speakers(HRW_STOP) == [("Human Rights Watch", None, "organization")]


def test_a_cue_inside_a_restrictive_relative_clause_reports():
    (text, anonymity), *_ = _quotes(RESTRICTIONS)
    assert text.startswith("will make the Netherlands") and anonymity == "organization"


def test_the_council_is_no_senate_named_with_its_time():
    assert [name for name, _, _ in speakers(SENATE, SCHEME)] == ["the council"]


# The East African Tea Trade Association (EATTA) runs the weekly sale.
EATTA: list[FeatRow] = [
    ("The", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("East", "East", "ADJ", 5, "amod", "Degree=Pos"),
    ("African", "African", "ADJ", 5, "amod", "Degree=Pos"),
    ("Tea", "Tea", "PROPN", 5, "compound", "Number=Sing"),
    ("Trade", "Trade", "PROPN", 5, "compound", "Number=Sing"),
    ("Association", "Association", "PROPN", 9, "nsubj", "Number=Sing"),
    ("(", "(", "PUNCT", 7, "punct", ""),
    ("##EATTA", "EATTA", "PROPN", 5, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 7, "punct", ""),
    ("runs", "run", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("weekly", "weekly", "ADJ", 12, "amod", "Degree=Pos"),
    ("sale", "sale", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The next sale will offer about 230,000 packages, according to the EATTA catalogue.
CATALOGUE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("next", "next", "ADJ", 2, "amod", "Degree=Pos"),
    ("sale", "sale", "NOUN", 4, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 4, "aux", "VerbForm=Fin"),
    ("offer", "offer", "VERB", -1, "root", "VerbForm=Inf"),
    ("about", "about", "ADV", 6, "advmod", ""),
    ("230,000", "230000", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("packages", "package", "NOUN", 4, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("according", "accord", "VERB", 13, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("EATTA", "EATTA", "PROPN", 13, "compound", "Number=Sing"),
    ("catalogue", "catalogue", "NOUN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_a_bodys_catalogue_speaks_for_the_body():
    assert _quotes(EATTA, CATALOGUE) == [("The next sale will offer about 230,000 packages", "organization")]


# Human rights groups have accused both the insurgents and the security forces of abuses against civilians.
GROUPS: list[FeatRow] = [
    ("Human", "human", "ADJ", 2, "amod", "Degree=Pos"),
    ("rights", "right", "NOUN", 2, "compound", "Number=Plur"),
    ("groups", "group", "NOUN", 4, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("accused", "accuse", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("both", "both", "CCONJ", 7, "cc:preconj", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("insurgents", "insurgent", "NOUN", 4, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("security", "security", "NOUN", 11, "compound", "Number=Sing"),
    ("forces", "force", "NOUN", 7, "conj", "Number=Plur"),
    ("of", "of", "ADP", 13, "case", ""),
    ("abuses", "abuse", "NOUN", 11, "nmod", "Number=Plur"),
    ("against", "against", "ADP", 15, "case", ""),
    ("civilians", "civilian", "NOUN", 13, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# A Human Rights Watch report published in November found that soldiers had detained dozens of men without charge in military facilities in Mocimboa da Praia.
HRW_STOP: list[FeatRow] = [
    ("A", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("Human", "human", "ADJ", 4, "amod", "Degree=Pos"),
    ("Rights", "Right", "PROPN", 4, "compound", "Number=Plur"),
    ("Watch", "watch", "PROPN", 4, "compound", "Number=Sing"),
    ("report", "report", "NOUN", 5, "nsubj", "Number=Sing"),
    ("published", "publish", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("November", "November", "PROPN", 5, "obl", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("soldiers", "soldier", "NOUN", 12, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("detained", "detain", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("dozens", "dozen", "NOUN", 12, "obj", "Number=Plur"),
    ("of", "of", "ADP", 15, "case", ""),
    ("men", "man", "NOUN", 13, "nmod", "Number=Plur"),
    ("without", "without", "ADP", 17, "case", ""),
    ("charge", "charge", "NOUN", 12, "obl", "Number=Sing"),
    ("in", "in", "ADP", 20, "case", ""),
    ("military", "military", "ADJ", 20, "amod", "Degree=Pos"),
    ("facilities", "facility", "NOUN", 12, "obl", "Number=Plur"),
    ("in", "in", "ADP", 24, "case", ""),
    ("Mocimboa", "Mocimboa", "PROPN", 24, "compound", "Number=Sing"),
    ("da", "da", "PROPN", 24, "compound", "Number=Sing"),
    ("Praia", "Praia", "PROPN", 20, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def test_a_report_under_its_participle_with_the_stop_hung_on_it():
    names = [name for name, _, _ in speakers(GROUPS, HRW_STOP)]
    assert names == ["Human rights groups", "Human Rights Watch"]
