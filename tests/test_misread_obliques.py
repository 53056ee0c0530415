"""Obliques the parse misread around a speech verb (session 50; attribution/misread_subjects):

* a quantity's "at least" / "at most" read as a preposition after "said": "The spokesman said at
  least two more suspects, including a serving police officer, were expected to be arrested" with
  the noun an oblique of "said" and the report left with no subject, so no report was found
  (quantity_read_as_oblique_of_say);
* the subject of a "with" phrase's participle: "The plan drew criticism, with residents saying it
  would ruin the valley" with "residents" an oblique of "drew" (the plan spoke), and "..., with one
  Republican calling the increase "a shakedown ..."" with "with" the subject's preposition (the
  clause before was read as the Republican's words and the quotation given to the chief
  executive) (subject_of_with_participle);
* a "that" clause after any "in" phrase of a speech verb is what was said, not the content of the
  phrase's noun: "said in a written question to the regional parliament that many brigades had
  not been fully staffed" (noun_clauses.content_noun_clause); and a "Bloc" is a body
  (rules/lexicons/organization_words.yaml), not a person with the title "Galician Nationalist";
* "it" and a verb in "-s" read as two objects of "say": "..., saying it places too heavy a burden
  on local pension funds" (uncovered_clauses.pronoun_and_verb_read_as_objects_of_say);
* a relative clause of the subject's place read as the report before the speech verb: "Officials
  in Roatan, Honduras, where the ship called on Sunday, said ..."
  (relative_roots.relative_read_as_fronted_report);
* a number bounded by "more than" / "fewer than" read as an oblique, its clause left with no subject:
  "According to the claimants' lawyers, more than 150 of the players have received ...", "She
  said fewer than 20 of the staff had been paid" (source_phrases.quantity_subject_read_as_oblique);
* a signpost before a colon hung inside the report after it ("The other side: Independent
  pharmacists say ...") is no part of what was said (colon_cues.label_before_colon);
* a report the parse tore at its start: its "that" clause hung on a phrase before it ("told
  lawmakers last week that the changes would bring in ...", "said in its bulletin that heavy to
  very heavy rainfall was likely"), its "-ing" subject read as an open complement of "say" ("said
  reporting in several states had been ...") (stranded_clauses);
* "find" with a "that" clause reports what its subject found, whoever it is ("The court found that
  ...", rules/patterns/finding-that-cue.yaml; "Police found the car" reports nothing), and the
  subject of an absolute "with" phrase is any participle's ("with the new Register survey finding
  that ...").

* (session 51) after "said at least <number> <noun>" the verb in "-ed" is the report's, past
  tense, though the parse hung it as a participle inside the noun's phrase ("the Commission on
  Audit said at least 48,000 family food packs worth 31.6 million pesos expired in a warehouse")
  or the tagger took it for one ("Officials said at least 300 homes flooded overnight"; "least"
  read as a numeral had made the move a cycle); a shipyard speaks for its firm
  (organization_words: yard, shipyard, refinery, smelter, factory); an infinitive that starts
  right where the report ends is the report's, not the speech verb's ('The official said harbour
  staff had been "under pressure" to let the boat sail ...': stranded_clauses.infinitive_torn_from_report).

No model needed: each tree is the shape the shipped parser produced for the sentence in the comment."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# The spokesman said at least two more suspects, including a serving police officer, were expected to be arrested.
AT_LEAST: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 7, "case", ""),
    ("least", "least", "ADJ", 7, "nmod", "Degree=Sup"),
    ("two", "two", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("more", "more", "ADJ", 7, "amod", "Degree=Cmp"),
    ("suspects", "suspect", "NOUN", 2, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("including", "include", "VERB", 13, "case", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("serving", "serving", "NOUN", 13, "compound", "Number=Sing"),
    ("police", "police", "NOUN", 13, "compound", "Number=Sing"),
    ("officer", "officer", "NOUN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("were", "be", "AUX", 16, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("expected", "expect", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 19, "mark", ""),
    ("be", "be", "AUX", 19, "aux:pass", "VerbForm=Inf"),
    ("arrested", "arrest", "VERB", 16, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The mayor said at most 300 homes, most of them in the valley, would lose power.
AT_MOST: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 6, "case", ""),
    ("most", "most", "ADV", 5, "advmod", "Degree=Sup"),
    ("300", "300", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("homes", "home", "NOUN", 2, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("most", "most", "ADJ", 16, "nsubj", "Degree=Sup"),
    ("of", "of", "ADP", 10, "case", ""),
    ("them", "they", "PRON", 8, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("in", "in", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("valley", "valley", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("lose", "lose", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("power", "power", "NOUN", 16, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# In its 2024 annual audit report, the Commission on Audit said at least 48,000 family food packs worth 31.6 million pesos expired in a warehouse.
FOOD_PACKS: list[FeatRow] = [
    ("In", "in", "ADP", 5, "case", ""),
    ("its", "its", "PRON", 5, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("2024", "2024", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("annual", "annual", "ADJ", 5, "amod", "Degree=Pos"),
    ("audit", "audit", "NOUN", 5, "compound", "Number=Sing"),
    ("report", "report", "NOUN", 11, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Commission", "Commission", "PROPN", 11, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Audit", "audit", "PROPN", 8, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 16, "case", ""),
    ("least", "least", "ADJ", 16, "nummod", "Degree=Sup"),
    ("48,000", "48000", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("family", "family", "NOUN", 16, "compound", "Number=Sing"),
    ("food", "food", "NOUN", 17, "nsubj", "Number=Sing"),
    ("packs", "pack", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("worth", "worth", "ADJ", 21, "amod", "Degree=Pos"),
    ("31.6", "31.6", "NUM", 20, "compound", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 21, "nummod", "NumForm=Word|NumType=Card"),
    ("pesos", "pesos", "NOUN", 17, "obj", "Number=Plur"),
    ("expired", "expire", "VERB", 21, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 25, "case", ""),
    ("a", "a", "DET", 25, "det", "Definite=Ind|PronType=Art"),
    ("warehouse", "warehouse", "NOUN", 22, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# Officials said at least 300 homes flooded overnight.
HOMES_FLOODED: list[FeatRow] = [
    ("Officials", "official", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 3, "case", ""),
    ("least", "least", "ADJ", 5, "nummod", "Degree=Sup"),
    ("300", "300", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("homes", "home", "NOUN", 1, "obl", "Number=Plur"),
    ("flooded", "flood", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("overnight", "overnight", "ADV", 6, "advmod", ""),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# The Clydeport yard, which was taken into public ownership in 2019, said in a statement that it was committed to delivering both vessels.
CLYDEPORT_YARD: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Clydeport", "Clydeport", "PROPN", 2, "compound", "Number=Sing"),
    ("yard", "yard", "NOUN", 13, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("which", "which", "PRON", 6, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("taken", "take", "VERB", 13, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("into", "into", "ADP", 9, "case", ""),
    ("public", "public", "ADJ", 9, "amod", "Degree=Pos"),
    ("ownership", "ownership", "NOUN", 6, "obl", "Number=Sing"),
    ("in", "in", "ADP", 11, "case", ""),
    ("2019", "2019", "NUM", 9, "nmod", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 13, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 20, "mark", ""),
    ("it", "it", "PRON", 20, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 20, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("committed", "commit", "VERB", 16, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "SCONJ", 22, "mark", ""),
    ("delivering", "deliver", "VERB", 20, "advcl", "Tense=Pres|VerbForm=Part"),
    ("both", "both", "DET", 24, "det", "PronType=Tot"),
    ("vessels", "vessel", "NOUN", 22, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# The official said harbour staff had been "under pressure" to let the boat sail because it was the last departure before a long holiday weekend.
UNDER_PRESSURE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("official", "official", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("harbour", "harbour", "NOUN", 4, "compound", "Number=Sing"),
    ("staff", "staff", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 9, "cop", "Tense=Past|VerbForm=Part"),
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("##under", "under", "ADP", 9, "case", ""),
    ("pressure", "pressure", "NOUN", 2, "ccomp", "Number=Sing"),
    ('##"', '"', "PUNCT", 9, "punct", ""),
    ("to", "to", "PART", 12, "mark", ""),
    ("let", "let", "VERB", 2, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("boat", "boat", "NOUN", 15, "compound", "Number=Sing"),
    ("sail", "sail", "NOUN", 12, "obj", "Number=Sing"),
    ("because", "because", "SCONJ", 21, "mark", ""),
    ("it", "it", "PRON", 21, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 21, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("last", "last", "ADJ", 21, "amod", "Degree=Pos"),
    ("departure", "departure", "NOUN", 12, "advcl", "Number=Sing"),
    ("before", "before", "ADP", 26, "case", ""),
    ("a", "a", "DET", 26, "det", "Definite=Ind|PronType=Art"),
    ("long", "long", "ADJ", 26, "amod", "Degree=Pos"),
    ("holiday", "holiday", "NOUN", 26, "compound", "Number=Sing"),
    ("weekend", "weekend", "NOUN", 21, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_at_least_opens_the_reports_subject_not_a_phrase_of_say():
    ((text, speaker, kind, rule),) = sentence_quotes(AT_LEAST)
    assert text.startswith("at least two more suspects, including") and text.endswith("arrested")
    assert (speaker, kind, rule) == ("The spokesman", "indirect", "ccomp-cue")


def test_a_phrase_set_off_after_the_quantity_is_its_apposition_not_the_reports_subject():
    ((text, speaker, _, _),) = sentence_quotes(AT_MOST)
    assert text == "at most 300 homes, most of them in the valley, would lose power"
    assert speaker == "The mayor"


# The plan drew criticism, with residents saying it would ruin the valley.
WITH_RESIDENTS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 2, "nsubj", "Number=Sing"),
    ("drew", "draw", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("criticism", "criticism", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("with", "with", "ADP", 6, "case", ""),
    ("residents", "resident", "NOUN", 2, "obl", "Number=Plur"),
    ("saying", "say", "VERB", 2, "advcl", "VerbForm=Ger"),
    ("it", "it", "PRON", 10, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("ruin", "ruin", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("valley", "valley", "NOUN", 10, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The chief executive faced fury on Tuesday, with one Republican calling the increase "a shakedown of sick people."
WITH_REPUBLICAN: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("chief", "chief", "ADJ", 2, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 3, "nsubj", "Degree=Pos"),
    ("faced", "face", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fury", "fury", "NOUN", 3, "obj", "Number=Sing"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("with", "with", "ADP", 10, "case", ""),
    ("one", "one", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("Republican", "Republican", "PROPN", 11, "nsubj", "Number=Sing"),
    ("calling", "call", "VERB", 3, "advcl", "VerbForm=Ger"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("increase", "increase", "NOUN", 11, "obj", "Number=Sing"),
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("##a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("shakedown", "shakedown", "NOUN", 11, "obj", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("sick", "sick", "ADJ", 19, "amod", "Degree=Pos"),
    ("people", "person", "NOUN", 16, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
]


def test_the_noun_of_an_absolute_with_phrase_speaks_its_participle():
    assert sentence_quotes(WITH_RESIDENTS) == [("it would ruin the valley", "residents", "indirect", "ccomp-cue")]
    ((text, speaker, kind, _),) = sentence_quotes(WITH_REPUBLICAN)
    assert (text, speaker, kind) == ('the increase "a shakedown of sick people."', "one Republican", "mixed")


# The Galician Nationalist Bloc said in a written question to the regional parliament that many brigades had not been fully staffed.
WRITTEN_QUESTION: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Galician", "galician", "ADJ", 3, "amod", "Degree=Pos"),
    ("Nationalist", "Nationalist", "PROPN", 3, "compound", "Number=Sing"),
    ("Bloc", "Bloc", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("written", "write", "VERB", 8, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("question", "question", "NOUN", 4, "obl", "Number=Sing"),
    ("to", "to", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("regional", "regional", "ADJ", 12, "amod", "Degree=Pos"),
    ("parliament", "parliament", "NOUN", 8, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 20, "mark", ""),
    ("many", "many", "ADJ", 15, "amod", "Degree=Pos"),
    ("brigades", "brigade", "NOUN", 20, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 20, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 20, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("fully", "fully", "ADV", 20, "advmod", ""),
    ("staffed", "staff", "VERB", 12, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_the_that_clause_after_a_speech_verbs_in_phrase_is_what_was_said():
    ((text, speaker, kind, rule),) = sentence_quotes(WRITTEN_QUESTION)
    assert (text, kind, rule) == ("that many brigades had not been fully staffed", "indirect", "ccomp-cue")
    q = resolve([[WRITTEN_QUESTION]]).quotes[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type) == ("Galician Nationalist Bloc", "organization")


# Opposition lawmakers have criticised the restructuring, saying it places too heavy a burden on local pension funds.
IT_PLACES: list[FeatRow] = [
    ("Opposition", "Opposition", "NOUN", 1, "compound", "Number=Sing"),
    ("lawmakers", "lawmaker", "NOUN", 3, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("criticised", "criticise", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("restructuring", "restructuring", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("saying", "say", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("it", "it", "PRON", 7, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("places", "place", "NOUN", 7, "obj", "Number=Plur"),
    ("too", "too", "ADV", 11, "advmod", ""),
    ("heavy", "heavy", "ADJ", 7, "xcomp", "Degree=Pos"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("burden", "burden", "NOUN", 11, "obj", "Number=Sing"),
    ("on", "on", "ADP", 17, "case", ""),
    ("local", "local", "ADJ", 17, "amod", "Degree=Pos"),
    ("pension", "pension", "NOUN", 17, "compound", "Number=Sing"),
    ("funds", "fund", "NOUN", 13, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# Officials in Roatan, Honduras, where the ship called on Sunday, said passengers who were sick had not been allowed to go ashore.
WHERE_SHIP: list[FeatRow] = [
    ("Officials", "official", "NOUN", 13, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 2, "case", ""),
    ("Roatan", "Roatan", "PROPN", 0, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Honduras", "Honduras", "PROPN", 0, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("where", "where", "ADV", 9, "advmod", "PronType=Int"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("ship", "ship", "NOUN", 9, "nsubj", "Number=Sing"),
    ("called", "call", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Sunday", "Sunday", "PROPN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("passengers", "passenger", "NOUN", 13, "iobj", "Number=Plur"),
    ("who", "who", "PRON", 21, "nsubj:pass", "PronType=Rel"),
    ("were", "be", "AUX", 17, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("sick", "sick", "ADJ", 21, "nsubj:pass", "Degree=Pos"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 21, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 21, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("allowed", "allow", "VERB", 14, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 23, "mark", ""),
    ("go", "go", "VERB", 21, "xcomp", "VerbForm=Inf"),
    ("ashore", "ashore", "NOUN", 23, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_it_and_a_verb_read_as_two_objects_of_say_are_the_reported_clause():
    quotes = sentence_quotes(IT_PLACES)
    assert (
        "it places too heavy a burden on local pension funds",
        "Opposition lawmakers",
        "indirect",
        "ccomp-cue",
    ) in quotes


def test_a_relative_clause_of_the_speakers_place_is_not_what_was_said():
    ((text, speaker, _, _),) = sentence_quotes(WHERE_SHIP)
    assert text == "passengers who were sick had not been allowed to go ashore"
    assert speaker.startswith("Officials in Roatan")


# According to the claimants' lawyers, more than 150 of the players have received a formal neurological diagnosis.
MORE_THAN_HUNDREDS: list[FeatRow] = [
    ("According", "accord", "VERB", 5, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("claimants", "claimant", "NOUN", 5, "nmod:poss", "Number=Plur"),
    ("##'", "'s", "PART", 3, "case", ""),
    ("lawyers", "lawyer", "NOUN", 14, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("more", "more", "ADV", 14, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 9, "case", ""),
    ("150", "150", "NUM", 7, "obl", "NumForm=Digit|NumType=Card"),
    ("of", "of", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("players", "player", "NOUN", 9, "nmod", "Number=Plur"),
    ("have", "have", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("received", "receive", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("formal", "formal", "ADJ", 18, "amod", "Degree=Pos"),
    ("neurological", "neurological", "ADJ", 18, "amod", "Degree=Pos"),
    ("diagnosis", "diagnosis", "NOUN", 14, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]
# She said fewer than 20 of the staff had been paid.
FEWER_THAN_TWENTY: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fewer", "few", "ADJ", 1, "xcomp", "Degree=Cmp"),
    ("than", "than", "ADP", 4, "case", ""),
    ("20", "20", "NUM", 2, "obl", "NumForm=Digit|NumType=Card"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("staff", "staff", "NOUN", 4, "nmod", "Number=Sing"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 10, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("paid", "pay", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_a_number_bounded_by_more_than_is_its_clauses_subject():
    ((text, speaker, kind, rule),) = sentence_quotes(MORE_THAN_HUNDREDS)
    assert text.startswith("more than 150 of the players have received")
    assert (speaker, rule) == ("the claimants' lawyers", "according-to")
    ((text, speaker, _, _),) = sentence_quotes(FEWER_THAN_TWENTY)
    assert (text, speaker) == ("fewer than 20 of the staff had been paid", "She")


# The other side: Independent pharmacists say pharmacy benefit managers are squeezing their margins.
SIGNPOST: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("other", "other", "ADJ", 2, "amod", "Degree=Pos"),
    ("side", "side", "NOUN", 11, "nsubj:outer", "Number=Sing"),
    ("##:", ":", "PUNCT", 6, "punct", ""),
    ("Independent", "independent", "ADJ", 5, "amod", "Degree=Pos"),
    ("pharmacists", "pharmacist", "NOUN", 6, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("pharmacy", "pharmacy", "NOUN", 9, "compound", "Number=Sing"),
    ("benefit", "benefit", "NOUN", 9, "compound", "Number=Sing"),
    ("managers", "manager", "NOUN", 11, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("squeezing", "squeez", "VERB", 6, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("their", "their", "PRON", 13, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("margins", "margin", "NOUN", 11, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


def test_a_signpost_before_a_colon_is_not_what_was_said():
    assert sentence_quotes(SIGNPOST) == [
        ("pharmacy benefit managers are squeezing their margins", "Independent pharmacists", "indirect", "ccomp-cue")
    ]


# Labour Minister Claire Morvan told lawmakers last week that the changes would bring in 17.7 billion euros a year by 2030.
TOLD_LAST_WEEK: list[FeatRow] = [
    ("Labour", "Labour", "PROPN", 3, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Claire", "Claire", "PROPN", 3, "compound", "Number=Sing"),
    ("Morvan", "Morvan", "PROPN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lawmakers", "lawmaker", "NOUN", 4, "iobj", "Number=Plur"),
    ("last", "last", "ADJ", 7, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 4, "obl:unmarked", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("changes", "change", "NOUN", 12, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("bring", "bring", "VERB", 7, "acl:relcl", "VerbForm=Inf"),
    ("in", "in", "ADP", 14, "case", ""),
    ("17.7", "17.7", "NUM", 12, "obl", "NumForm=Digit|NumType=Card"),
    ("billion", "billion", "NUM", 16, "nsubj", "NumForm=Word|NumType=Card"),
    ("euros", "euro", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 16, "obj", "Number=Sing"),
    ("by", "by", "ADP", 20, "case", ""),
    ("2030", "2030", "NUM", 16, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# The Met centre in Dehradun said in its bulletin that heavy to very heavy rainfall was likely at isolated places.
IN_ITS_BULLETIN: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Met", "met", "ADJ", 2, "amod", "Degree=Pos"),
    ("centre", "centre", "NOUN", 5, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 4, "case", ""),
    ("Dehradun", "Dehradun", "PROPN", 2, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("its", "its", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("bulletin", "bulletin", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "PRON", 10, "nsubj", "PronType=Rel"),
    ("heavy", "heavy", "ADJ", 8, "acl:relcl", "Degree=Pos"),
    ("to", "to", "ADP", 14, "case", ""),
    ("very", "very", "ADV", 13, "advmod", ""),
    ("heavy", "heavy", "ADJ", 14, "amod", "Degree=Pos"),
    ("rainfall", "rainfall", "NOUN", 10, "obl", "Number=Sing"),
    ("was", "be", "AUX", 19, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("likely", "likely", "ADV", 5, "ccomp", ""),
    ("at", "at", "ADP", 19, "case", ""),
    ("isolated", "isolate", "VERB", 19, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("places", "place", "NOUN", 16, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# A federal official said reporting in several states had been "patchy at best."
SAID_REPORTING: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("federal", "federal", "ADJ", 2, "amod", "Degree=Pos"),
    ("official", "official", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporting", "report", "VERB", 3, "xcomp", "VerbForm=Part"),
    ("in", "in", "ADP", 7, "case", ""),
    ("several", "several", "ADJ", 7, "amod", "Degree=Pos"),
    ("states", "state", "NOUN", 4, "obl", "Number=Plur"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 11, "cop", "Tense=Past|VerbForm=Part"),
    ('"', '"', "PUNCT", 11, "punct", ""),
    ("##patchy", "patchy", "NOUN", 3, "ccomp", "Number=Sing"),
    ("at", "at", "ADP", 13, "case", ""),
    ("best", "good", "ADJ", 11, "nmod", "Degree=Sup"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
]


def test_a_report_the_parse_tore_at_its_start_is_whole():
    ((text, _, _, _),) = sentence_quotes(TOLD_LAST_WEEK)
    assert text == "that the changes would bring in 17.7 billion euros a year by 2030"
    ((text, _, _, _),) = sentence_quotes(IN_ITS_BULLETIN)
    assert text == "that heavy to very heavy rainfall was likely at isolated places"
    ((text, _, _, _),) = sentence_quotes(SAID_REPORTING)
    assert text == 'reporting in several states had been "patchy at best."'


# The court found that the ban was broader than any legitimate interest.
COURT_FOUND: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 2, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("ban", "ban", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("broader", "broad", "ADJ", 2, "ccomp", "Degree=Cmp"),
    ("than", "than", "ADP", 11, "case", ""),
    ("any", "any", "DET", 11, "det", "PronType=Ind"),
    ("legitimate", "legitimate", "ADJ", 11, "amod", "Degree=Pos"),
    ("interest", "interest", "NOUN", 7, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Police found the car in a lake.
POLICE_FOUND: list[FeatRow] = [
    ("Police", "Police", "PROPN", 1, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("car", "car", "NOUN", 1, "obj", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("lake", "lake", "NOUN", 1, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# The two were locked in a close race in Iowa, with the new Register survey finding that 45 percent of likely caucusgoers backed Mrs. Clinton.
WITH_SURVEY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 3, "nsubj:pass", "NumForm=Word|NumType=Card"),
    ("were", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("locked", "lock", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("close", "close", "ADJ", 7, "amod", "Degree=Pos"),
    ("race", "race", "NOUN", 3, "obl", "Number=Sing"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Iowa", "Iowa", "PROPN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("with", "with", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 15, "amod", "Degree=Pos"),
    ("Register", "Register", "PROPN", 15, "compound", "Number=Sing"),
    ("survey", "survey", "NOUN", 16, "nsubj", "Number=Sing"),
    ("finding", "find", "VERB", 3, "advcl", "VerbForm=Ger"),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("45", "45", "NUM", 19, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 23, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 22, "case", ""),
    ("likely", "likely", "ADJ", 22, "amod", "Degree=Pos"),
    ("caucusgoers", "caucusgoer", "NOUN", 19, "nmod", "Number=Plur"),
    ("backed", "back", "VERB", 16, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("Mrs.", "Mrs.", "PROPN", 25, "compound", "Number=Sing"),
    ("Clinton", "Clinton", "PROPN", 23, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_finding_with_a_that_clause_is_reported_whoever_found_it():
    assert sentence_quotes(COURT_FOUND) == [
        ("that the ban was broader than any legitimate interest", "The court", "indirect", "finding-that-cue")
    ]
    assert sentence_quotes(POLICE_FOUND) == []
    # (a document's finding keeps its own pattern, once the "with" phrase gives it its subject)
    ((text, speaker, _, rule),) = sentence_quotes(WITH_SURVEY)
    assert (speaker, rule) == ("the new Register survey", "finding-cue")


def test_a_verb_in_ed_after_said_at_least_a_number_is_the_reports():
    (q,) = resolve([[FOOD_PACKS]]).quotes  # type: ignore[list-item]
    assert q.text.startswith("at least 48,000 family food packs") and q.text.endswith("expired in a warehouse")
    (q,) = resolve([[HOMES_FLOODED]]).quotes  # type: ignore[list-item]
    assert q.text == "at least 300 homes flooded overnight"


def test_a_shipyard_speaks_for_its_firm():
    (q,) = resolve([[CLYDEPORT_YARD]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "organization")


def test_an_infinitive_right_after_the_report_is_the_reports():
    (q,) = resolve([[UNDER_PRESSURE]]).quotes  # type: ignore[list-item]
    assert q.text.endswith("to let the boat sail because it was the last departure before a long holiday weekend")
