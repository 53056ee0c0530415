"""Speakers the parse tore from their descriptions, session 61 (from the error classes of earlier
sessions' fresh articles; the trees are the shipped parser's for these invented sentences):

* a name inside a fronted phrase and its description the subject ("At Kauffman Stadium on
  Monday night, Derek Pruitt, a season ticket holder from Liberty, said"; "Speaking to BBC Radio
  Lancashire on Tuesday, Kevin Holt, chief executive of the Blackpool Business Improvement
  District, said", which office_names had read as a title before "District":
  listed_subjects.described_name_read_into_fronted_phrase);
* a second subject that is the first's relative clause or description ("Villa boss Stefan
  Aldridge, whose side travel to Newcastle on Sunday, insisted"; "Andreas Gerber, a Swiss
  People's party MP who sat on the committee, told": listed_subjects.relative_read_as_second_subject);
* a "who" clause read as the cue's report ('"...," said Retselisitsoe Matete, an economist at
  the National University of Lesotho, who estimates that ...': listed_subjects.relative_read_as_report);
* a perfect's "have" read as the main verb ("She had earlier told BBC Sussex that ...", so the
  broadcaster spoke: tag_repairs.have_read_as_main_verb);
* a region's "-man" ("The 31-year-old Yorkshireman, who ..., said": the person named before,
  retags.demonym_noun);
* a name tagged an adjective opening its sentence ("Unipublic later said", with the name hung
  on the adverb or an adjective subject: name_tags.name_read_as_adjective_of_adverb);
* reports torn from their cues: a "which" clause between the object and its report ("said the
  model, which has yet to be named, would be built": listed_subjects.relative_between_object_and_report);
  "have both said" with "said" an adjective (listed_subjects.perfect_cue_read_as_modifier); "said
  in a statement that it was disappointed" with the report the statement's clause
  (channel_reports.report_read_as_relative); and a firm named "... Partners" is a body
  (entities._plural_class);
* a description with a "whose" clause read as a report before the cue ("State Rep. Jerome
  Fontenot, a Houma Republican whose district includes ..., said": listed_subjects.whose_aside_read_as_report)
  and a portfolio in "-ing" read as a clause ("Racing Minister Peter Lowe said":
  name_tags.portfolio_read_as_verb);
* joined participles after "with" ("with supporters calling it overdue and industry groups
  warning it could push logging": crossed_subjects.absolute_subject_read_into_object).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import article_records, quote_records

# At Kauffman Stadium on Monday night, Derek Pruitt, a season ticket holder from Liberty, said he planned to vote yes.
STADIUM: list[FeatRow] = [
    ("At", "at", "ADP", 2, "case", ""),
    ("Kauffman", "Kauffman", "PROPN", 17, "obl", "Number=Sing"),
    ("Stadium", "Stadium", "PROPN", 17, "obl", "Number=Sing"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Monday", "Monday", "PROPN", 5, "compound", "Number=Sing"),
    ("night", "night", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Derek", "Derek", "PROPN", 8, "compound", "Number=Sing"),
    ("Pruitt", "Pruitt", "PROPN", 5, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("season", "season", "NOUN", 13, "compound", "Number=Sing"),
    ("ticket", "ticket", "NOUN", 13, "compound", "Number=Sing"),
    ("holder", "holder", "NOUN", 17, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 15, "case", ""),
    ("Liberty", "Liberty", "PROPN", 13, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 19, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("planned", "plan", "VERB", 17, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 21, "mark", ""),
    ("vote", "vote", "VERB", 19, "xcomp", "VerbForm=Inf"),
    ("yes", "yes", "INTJ", 21, "compound:prt", "Polarity=Pos"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# Villa boss Stefan Aldridge, whose side travel to Newcastle on Sunday, insisted the decision was correct.
WHOSE_SIDE: list[FeatRow] = [
    ("Villa", "Villa", "PROPN", 1, "compound", "Number=Sing"),
    ("boss", "boss", "NOUN", 3, "compound", "Number=Sing"),
    ("Stefan", "Stefan", "PROPN", 3, "compound", "Number=Sing"),
    ("Aldridge", "Aldridge", "PROPN", 13, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("whose", "whose", "DET", 7, "det", "PronType=Int"),
    ("side", "side", "NOUN", 7, "compound", "Number=Sing"),
    ("travel", "travel", "NOUN", 13, "nsubj", "Number=Sing"),
    ("to", "to", "ADP", 9, "case", ""),
    ("Newcastle", "Newcastle", "PROPN", 7, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Sunday", "Sunday", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("insisted", "insist", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 17, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("correct", "correct", "ADJ", 13, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# "You cannot replace it in a season," said Retselisitsoe Matete, an economist at the National University of Lesotho, who estimates that the loss of U.S. sales could cut economic growth by two percentage points.
ECONOMIST: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##You", "you", "PRON", 4, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("can", "can", "AUX", 4, "aux", "VerbForm=Fin"),
    ("##not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("replace", "replace", "VERB", 11, "advcl", "VerbForm=Inf"),
    ("it", "it", "PRON", 4, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("season", "season", "NOUN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Retselisitsoe", "Retselisitsoe", "PROPN", 13, "compound", "Number=Sing"),
    ("Matete", "Matete", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("an", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("economist", "economist", "NOUN", 11, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("National", "National", "ADJ", 20, "amod", "Degree=Pos"),
    ("University", "University", "PROPN", 16, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 22, "case", ""),
    ("Lesotho", "Lesotho", "PROPN", 20, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 25, "punct", ""),
    ("who", "who", "PRON", 25, "nsubj", "PronType=Rel"),
    ("estimates", "estimate", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 33, "mark", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("loss", "loss", "NOUN", 33, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 31, "case", ""),
    ("U.S.", "U.S.", "PROPN", 31, "compound", "Number=Sing"),
    ("sales", "sale", "NOUN", 28, "nmod", "Number=Plur"),
    ("could", "could", "AUX", 33, "aux", "VerbForm=Fin"),
    ("cut", "cut", "VERB", 25, "ccomp", "VerbForm=Inf"),
    ("economic", "economic", "ADJ", 35, "amod", "Degree=Pos"),
    ("growth", "growth", "NOUN", 33, "obj", "Number=Sing"),
    ("by", "by", "ADP", 39, "case", ""),
    ("two", "two", "NUM", 39, "nummod", "NumForm=Word|NumType=Card"),
    ("percentage", "percentage", "NOUN", 39, "compound", "Number=Sing"),
    ("points", "point", "NOUN", 33, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Mrs Ellery said the association had collected more than 1,200 signatures.
EARLIER: list[FeatRow] = [
    ("Mrs", "Mrs", "PROPN", 1, "compound", "Number=Sing"),
    ("Ellery", "Ellery", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("association", "association", "NOUN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("collected", "collect", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("more", "more", "ADV", 6, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 10, "case", ""),
    ("1,200", "1200", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("signatures", "signature", "NOUN", 6, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# She had earlier told BBC Sussex that the group was considering a legal challenge.
EARLIER_2: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("earlier", "early", "ADV", 3, "advmod", "Degree=Cmp"),
    ("told", "tell", "VERB", 1, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("BBC", "BBC", "PROPN", 5, "compound", "Number=Sing"),
    ("Sussex", "Sussex", "PROPN", 3, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("considering", "consider", "VERB", 3, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("legal", "legal", "ADJ", 13, "amod", "Degree=Pos"),
    ("challenge", "challenge", "NOUN", 10, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Andreas Gerber, a Swiss People's party MP who sat on the committee, told the broadcaster SRF that the report should be a wake-up call.
PARTY_MP: list[FeatRow] = [
    ("Andreas", "Andreas", "PROPN", 1, "compound", "Number=Sing"),
    ("Gerber", "Gerber", "PROPN", 15, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("Swiss", "Swiss", "PROPN", 5, "compound", "Number=Sing"),
    ("People", "People", "PROPN", 7, "nmod:poss", "Number=Plur"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("party", "party", "NOUN", 15, "nsubj", "Number=Sing"),
    ("MP", "MP", "PROPN", 1, "appos", "Number=Sing"),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("sat", "sit", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("broadcaster", "broadcaster", "NOUN", 18, "compound", "Number=Sing"),
    ("SRF", "srf", "NOUN", 15, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 28, "mark", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 28, "nsubj", "Number=Sing"),
    ("should", "should", "AUX", 28, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 28, "cop", "VerbForm=Inf"),
    ("a", "a", "DET", 28, "det", "Definite=Ind|PronType=Art"),
    ("wake", "wake", "NOUN", 27, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 25, "punct", ""),
    ("##up", "up", "ADP", 28, "amod", ""),
    ("call", "call", "NOUN", 15, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# Speaking to BBC Radio Lancashire on Tuesday, Kevin Holt, chief executive of the Blackpool Business Improvement District, said firms in the town centre were prepared to contribute more.
SPEAKING_TO: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 20, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("BBC", "BBC", "PROPN", 0, "obl", "Number=Sing"),
    ("Radio", "Radio", "PROPN", 0, "obl", "Number=Sing"),
    ("Lancashire", "Lancashire", "PROPN", 0, "obl", "Number=Sing"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 0, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Kevin", "Kevin", "PROPN", 9, "compound", "Number=Sing"),
    ("Holt", "Holt", "PROPN", 6, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("chief", "chief", "ADJ", 12, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 20, "nsubj", "Degree=Pos"),
    ("of", "of", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("Blackpool", "Blackpool", "PROPN", 18, "compound", "Number=Sing"),
    ("Business", "Business", "PROPN", 18, "compound", "Number=Sing"),
    ("Improvement", "Improvement", "PROPN", 18, "compound", "Number=Sing"),
    ("District", "District", "PROPN", 12, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("firms", "firm", "NOUN", 20, "obj", "Number=Plur"),
    ("in", "in", "ADP", 25, "case", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("town", "town", "NOUN", 25, "compound", "Number=Sing"),
    ("centre", "centre", "NOUN", 27, "nsubj:pass", "Number=Sing"),
    ("were", "be", "AUX", 27, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("prepared", "prepare", "VERB", 20, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 29, "mark", ""),
    ("contribute", "contribute", "VERB", 27, "xcomp", "VerbForm=Inf"),
    ("more", "more", "ADV", 29, "advmod", "Degree=Cmp"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]

# Callum Priestley told BBC Sport he would play.
REGION_MAN: list[FeatRow] = [
    ("Callum", "Callum", "PROPN", 1, "compound", "Number=Sing"),
    ("Priestley", "Priestley", "PROPN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("BBC", "BBC", "PROPN", 4, "compound", "Number=Sing"),
    ("Sport", "Sport", "PROPN", 2, "iobj", "Number=Sing"),
    ("he", "he", "PRON", 7, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("play", "play", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The 31-year-old Yorkshireman, who reached the semi-finals at the Crucible last year, said he had not been asked.
REGION_MAN_2: list[FeatRow] = [
    ("The", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("31", "31", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##year", "year", "NOUN", 5, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##old", "old", "ADJ", 6, "amod", "Degree=Pos"),
    ("Yorkshireman", "Yorkshireman", "PROPN", 18, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("reached", "reach", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("semi-finals", "semi-final", "NOUN", 9, "obj", "Number=Plur"),
    ("at", "at", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("Crucible", "crucible", "ADJ", 16, "amod", "Degree=Pos"),
    ("last", "last", "ADJ", 16, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 23, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 23, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 23, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 23, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("asked", "ask", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# At Bir Hospital and the National Trauma Centre, officials said 14 people were still receiving treatment.
HOSPITALS: list[FeatRow] = [
    ("At", "at", "ADP", 2, "case", ""),
    ("Bir", "Bir", "PROPN", 10, "obl", "Number=Sing"),
    ("Hospital", "Hospital", "PROPN", 10, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("National", "National", "ADJ", 7, "amod", "Degree=Pos"),
    ("Trauma", "Trauma", "PROPN", 7, "compound", "Number=Sing"),
    ("Centre", "Centre", "PROPN", 2, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("officials", "official", "NOUN", 10, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("14", "14", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 15, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 15, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("still", "still", "ADV", 15, "advmod", ""),
    ("receiving", "receive", "VERB", 10, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("treatment", "treatment", "NOUN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# Unipublic said in a statement that the stage had been neutralized.
LATER_AGAIN: list[FeatRow] = [
    ("Unipublic", "Unipublic", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 1, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("stage", "stage", "NOUN", 10, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 10, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("neutralized", "neutralize", "VERB", 4, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Unipublic later said the route was under review.
LATER_AGAIN_2: list[FeatRow] = [
    ("Unipublic", "unipublic", "ADJ", 2, "nsubj", "Degree=Pos"),
    ("later", "late", "ADV", 2, "advmod", "Degree=Cmp"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("route", "route", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("under", "under", "ADP", 7, "case", ""),
    ("review", "review", "NOUN", 2, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# A proposal to raise the fee charged on timber cut from state forest land drew sharp lines at the Statehouse on Tuesday, with supporters calling it overdue and industry groups warning it could push logging across the border.
WITH_ACL: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("proposal", "proposal", "NOUN", -1, "root", "Number=Sing"),
    ("to", "to", "PART", 3, "mark", ""),
    ("raise", "raise", "VERB", 1, "acl", "VerbForm=Inf"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("fee", "fee", "NOUN", 3, "obj", "Number=Sing"),
    ("charged", "charge", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 8, "case", ""),
    ("timber", "timber", "NOUN", 6, "obl", "Number=Sing"),
    ("cut", "cut", "VERB", 6, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("from", "from", "ADP", 13, "case", ""),
    ("state", "state", "NOUN", 13, "compound", "Number=Sing"),
    ("forest", "forest", "NOUN", 13, "compound", "Number=Sing"),
    ("land", "land", "NOUN", 9, "obl", "Number=Sing"),
    ("drew", "draw", "VERB", 16, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("sharp", "sharp", "ADJ", 16, "amod", "Degree=Pos"),
    ("lines", "line", "NOUN", 9, "obl", "Number=Plur"),
    ("at", "at", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("Statehouse", "Statehouse", "PROPN", 16, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 21, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 19, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 25, "punct", ""),
    ("with", "with", "ADP", 24, "case", ""),
    ("supporters", "supporter", "NOUN", 19, "nmod", "Number=Plur"),
    ("calling", "call", "VERB", 24, "acl", "VerbForm=Ger"),
    ("it", "it", "PRON", 25, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("overdue", "overdue", "NOUN", 25, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 30, "cc", ""),
    ("industry", "industry", "NOUN", 30, "compound", "Number=Sing"),
    ("groups", "group", "NOUN", 27, "conj", "Number=Plur"),
    ("warning", "warning", "VERB", 25, "conj", "VerbForm=Ger"),
    ("it", "it", "PRON", 34, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("could", "could", "AUX", 34, "aux", "VerbForm=Fin"),
    ("push", "push", "VERB", 31, "ccomp", "VerbForm=Inf"),
    ("logging", "log", "VERB", 34, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("across", "across", "ADP", 38, "case", ""),
    ("the", "the", "DET", 38, "det", "Definite=Def|PronType=Art"),
    ("border", "border", "NOUN", 35, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Speaking to reporters in Dublin, Minister for Health Niamh Gallagher said the figures were "simply not acceptable to anyone".
DUBLIN: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 11, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("reporters", "reporter", "NOUN", 0, "obl", "Number=Plur"),
    ("in", "in", "ADP", 4, "case", ""),
    ("Dublin", "Dublin", "PROPN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Minister", "Minister", "PROPN", 11, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("Health", "Health", "PROPN", 10, "compound", "Number=Sing"),
    ("Niamh", "Niamh", "PROPN", 10, "compound", "Number=Sing"),
    ("Gallagher", "Gallagher", "PROPN", 6, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("figures", "figure", "NOUN", 18, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 18, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 18, "punct", ""),
    ("##simply", "simply", "ADV", 18, "advmod", ""),
    ("not", "not", "PART", 18, "advmod", "Polarity=Neg"),
    ("acceptable", "acceptable", "ADJ", 11, "ccomp", "Degree=Pos"),
    ("to", "to", "ADP", 20, "case", ""),
    ("anyone", "anyone", "PRON", 18, "obl", "Number=Sing|PronType=Ind"),
    ('##"', '"', "PUNCT", 18, "punct", ""),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# The Japanese firm said the model, which has yet to be named, would be built alongside the Leaf and the Juke at the Washington Road site.
MODEL_WHICH: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Japanese", "Japanese", "ADJ", 2, "amod", "Degree=Pos"),
    ("firm", "firm", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("model", "model", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("which", "which", "PRON", 9, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("yet", "yet", "ADV", 12, "advmod", ""),
    ("to", "to", "PART", 12, "mark", ""),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 16, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("would", "would", "AUX", 16, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 16, "aux:pass", "VerbForm=Inf"),
    ("built", "build", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("alongside", "alongside", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("Leaf", "Leaf", "PROPN", 16, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 22, "cc", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("Juke", "Juke", "PROPN", 19, "conj", "Number=Sing"),
    ("at", "at", "ADP", 27, "case", ""),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("Washington", "Washington", "PROPN", 27, "compound", "Number=Sing"),
    ("Road", "Road", "PROPN", 27, "compound", "Number=Sing"),
    ("site", "site", "NOUN", 22, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Fitch Ratings and Moody’s have both said Laos is at high risk of default.
HAVE_BOTH: list[FeatRow] = [
    ("Fitch", "Fitch", "PROPN", 1, "compound", "Number=Sing"),
    ("Ratings", "Rating", "PROPN", 12, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Moody", "Moody", "PROPN", 1, "conj", "Number=Sing"),
    ("##’s", "'s", "PART", 3, "case", ""),
    ("have", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("both", "both", "DET", 7, "advmod", "PronType=Tot"),
    ("said", "say", "VERB", 12, "amod", "Tense=Past|VerbForm=Part"),
    ("Laos", "Laos", "PROPN", 12, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 12, "case", ""),
    ("high", "high", "ADJ", 12, "amod", "Degree=Pos"),
    ("risk", "risk", "NOUN", -1, "root", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("default", "default", "NOUN", 12, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Delta Vinyl Partners said in a statement that it was disappointed by the decision and remained “fully confident” that its permits met every state and federal standard.
STATEMENT_THAT: list[FeatRow] = [
    ("Delta", "Delta", "PROPN", 2, "compound", "Number=Sing"),
    ("Vinyl", "Vinyl", "PROPN", 2, "compound", "Number=Sing"),
    ("Partners", "Partner", "PROPN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 3, "obl", "Number=Sing"),
    ("that", "that", "PRON", 10, "mark", "PronType=Rel"),
    ("it", "it", "PRON", 10, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("disappointed", "disappoint", "VERB", 6, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 10, "obl:agent", "Number=Sing"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("remained", "remain", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("“", '"', "PUNCT", 18, "punct", ""),
    ("##fully", "fully", "ADV", 18, "advmod", ""),
    ("confident", "confident", "ADJ", 15, "xcomp", "Degree=Pos"),
    ("##”", '"', "PUNCT", 18, "punct", ""),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("its", "its", "PRON", 22, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("permits", "permit", "NOUN", 23, "nsubj", "Number=Plur"),
    ("met", "meet", "VERB", 15, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("every", "every", "DET", 25, "det", "PronType=Ind"),
    ("state", "state", "NOUN", 23, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 28, "cc", ""),
    ("federal", "federal", "ADJ", 28, "amod", "Degree=Pos"),
    ("standard", "standard", "NOUN", 25, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# State Rep. Jerome Fontenot, a Houma Republican whose district includes some of the fastest-disappearing land in the country, said the delays would hit communities that are "already living on borrowed time."
WHOSE_DISTRICT: list[FeatRow] = [
    ("State", "State", "PROPN", 3, "compound", "Number=Sing"),
    ("Rep.", "Rep.", "PROPN", 3, "compound", "Number=Sing"),
    ("Jerome", "Jerome", "PROPN", 3, "compound", "Number=Sing"),
    ("Fontenot", "Fontenot", "PROPN", 22, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("Houma", "Houma", "PROPN", 7, "compound", "Number=Sing"),
    ("Republican", "Republican", "ADJ", 22, "nsubj", "Degree=Pos"),
    ("whose", "whose", "PRON", 9, "nmod:poss", "PronType=Rel"),
    ("district", "district", "NOUN", 10, "nsubj", "Number=Sing"),
    ("includes", "include", "VERB", 22, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("some", "some", "DET", 10, "obj", "PronType=Ind"),
    ("of", "of", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("fastest", "fast", "ADJ", 16, "amod", "Degree=Sup"),
    ("##-", "-", "PUNCT", 14, "punct", ""),
    ("##disappearing", "disappear", "VERB", 17, "amod", "VerbForm=Ger"),
    ("land", "land", "NOUN", 11, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 17, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("delays", "delay", "NOUN", 26, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 26, "aux", "VerbForm=Fin"),
    ("hit", "hit", "VERB", 22, "ccomp", "VerbForm=Inf"),
    ("communities", "community", "NOUN", 26, "obj", "Number=Plur"),
    ("that", "that", "PRON", 32, "nsubj", "PronType=Rel"),
    ("are", "be", "AUX", 32, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ('"', '"', "PUNCT", 32, "punct", ""),
    ("##already", "already", "ADV", 32, "advmod", ""),
    ("living", "live", "VERB", 27, "acl:relcl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 35, "case", ""),
    ("borrowed", "borrow", "VERB", 35, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("time", "time", "NOUN", 32, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 22, "punct", ""),
    ('##"', '"', "PUNCT", 22, "punct", ""),
]

# Racing Minister Peter Lowe said the government had not directed the regulator to make any changes.
PORTFOLIO_ING: list[FeatRow] = [
    ("Racing", "Racing", "VERB", 4, "advcl", "VerbForm=Part"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Peter", "Peter", "PROPN", 3, "compound", "Number=Sing"),
    ("Lowe", "Lowe", "PROPN", 0, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("directed", "direct", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("regulator", "regulator", "NOUN", 9, "obj", "Number=Sing"),
    ("to", "to", "PART", 13, "mark", ""),
    ("make", "make", "VERB", 9, "advcl", "VerbForm=Inf"),
    ("any", "any", "DET", 15, "det", "PronType=Ind"),
    ("changes", "change", "NOUN", 13, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_a_name_in_a_fronted_phrase_before_its_description_is_the_subject():
    [(_, name, _, role)] = quote_records(STADIUM)
    assert (name, role) == ("Derek Pruitt", "season ticket holder from Liberty")
    [(_, name, _, role)] = quote_records(SPEAKING_TO)
    assert (name, role) == ("Kevin Holt", "chief executive of the Blackpool Business Improvement District")


def test_a_second_subject_opening_with_whose_or_a_describes_the_first():
    [(_, name, _, _)] = quote_records(WHOSE_SIDE)
    assert name == "Stefan Aldridge"
    [(_, name, kind, _)] = quote_records(PARTY_MP)
    assert (name, kind) == ("Andreas Gerber", "person")


def test_a_who_clause_after_an_inverted_cue_is_the_speakers_not_a_report():
    records = quote_records(ECONOMIST)
    assert [r[1] for r in records] == ["Retselisitsoe Matete"] * 2


def test_a_perfect_with_an_adverb_keeps_its_subject_as_the_speaker():
    records = article_records((EARLIER, EARLIER_2))
    assert [r[1] for r in records] == ["Mrs Ellery"] * 2


def test_a_regions_man_is_the_person_named_before():
    records = article_records((REGION_MAN,), (REGION_MAN_2,))
    assert [r[1] for r in records] == ["Callum Priestley"] * 2


def test_guard_officials_after_a_fronted_place_are_no_ones_description():
    [(_, name, _, _)] = quote_records(HOSPITALS)
    assert name == "officials"


def test_a_name_tagged_an_adjective_opening_the_sentence_is_the_name():
    records = article_records((LATER_AGAIN,), (LATER_AGAIN_2,))
    assert [(r[1], r[2]) for r in records] == [("Unipublic", "person")] * 2


def test_the_second_of_two_joined_participles_after_with_has_its_own_subject():
    records = quote_records(WITH_ACL)
    assert [r[1] for r in records] == ["supporters", "industry groups"]


def test_guard_a_capitalised_title_after_a_fronted_place_still_heads_its_name():
    [(_, name, _, role)] = quote_records(DUBLIN)
    assert (name, role) == ("Niamh Gallagher", "Minister for Health")


def test_a_which_clause_between_the_object_and_its_report_is_the_objects():
    [(text, name, _, _)] = quote_records(MODEL_WHICH)
    assert name == "The Japanese firm" and text.startswith("the model, which has yet to be named, would be built")


def test_a_cue_after_have_read_as_an_adjective_is_the_main_verb():
    [(text, name, _, _)] = quote_records(HAVE_BOTH)
    assert (text, name) == ("Laos is at high risk of default", "Fitch Ratings")


def test_a_report_read_as_the_statements_clause_marked_by_that_is_the_report():
    [(text, name, kind, _)] = quote_records(STATEMENT_THAT)
    assert text.startswith("that it was disappointed by the decision and remained")
    assert (name, kind) == ("Delta Vinyl Partners", "organization")


def test_a_description_with_a_whose_clause_read_as_a_report_is_the_names():
    [(text, name, _, _)] = quote_records(WHOSE_DISTRICT)
    assert text.startswith("the delays would hit communities") and name == "Jerome Fontenot"


def test_a_portfolio_in_ing_before_a_title_is_the_titles_field():
    [(_, name, _, role)] = quote_records(PORTFOLIO_ING)
    assert (name, role) == ("Peter Lowe", "Racing Minister")
