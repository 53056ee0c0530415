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
  them (mentions._quantified: "those" with a clause of its own is no "they").
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
