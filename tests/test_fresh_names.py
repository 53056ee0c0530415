"""Names, roles and bodies the entity layer missed on fresh articles (session 56; each tree is
the shipped parser's for the invented sentence in its comment):

* "Minister for Health Mark Butler will bring the Bill ..." then "Mr Butler said": the title
  before the name (an office's "for") was read back from a sentence end, so the role carried on
  was empty (candidates._title_of_role: an office's "of" or "for", else nothing);
* "Taoiseach Fergal Hanrahan told RTÉ": no role (``person_roles``: Ireland's heads of government);
* 'Jane Smith, a biologist at the University of Oxford, said ...' then '"The bay is shallow.
  Brine does not disperse," she said.': the quote's own first sentence was taken for the one the
  article had "turned to", and "she" became an unnamed person (pronouns._turned_to: narration
  only, never a sentence inside quote marks);
* '"It was chaos," said a nurse named Ana Lopez.' and '"...," said a 52-year-old man surnamed
  Choi at the hospital.': the description spoke (or "surnamed" was read as the report's verb and
  the speaker was lost); a naming participle right after a noun gives it its name, with the
  description as the role (mention_words.named_description; object_subjects.past_read_as_modifier
  leaves a naming participle);
* "The Ministry of Housing, Communities and Local Government said": "Communities and Local
  Government" spoke (body_names._fields_after_body: a list of fields with commas may end on a
  body's word; pretag_titles.office_fields tags "Housing" a proper noun), and "A spokesperson
  for the Department for Culture, Media and Sport said ... and was working with ..." had the
  spokesperson made a compound of "Media", a person (body_names.joined_runs: the word the name
  hangs by takes the place it had in the name);
* "Vice Health Minister Park Min-seok said": the name the tokenizer cut ("Min-", "seok") is one
  name (pretag_speakers.hyphen_given_names; the tagging is tested in tests/test_pretags.py);
* "Two sources familiar with the government's planning told Reuters that ...": "familiar" was the
  root and "told" a clause of "planning", so "the government's planning" spoke
  (inverted_subject.verb_hung_under_adjective: an adjective with a subject and no copula is no
  clause);
* "The protests were called by Ana Kowalczyk, an independent presidential candidate who says she
  won the vote ...": the description after a preposition's name was left unnamed (and a name in
  the next sentence with the same noun took it: "Official results gave Jaime Nhantumbo, the
  candidate of the ruling party, ..."); it describes the name unless it is a subject in its own
  right or has a preposition of its own (", according to a State Department spokesman")
  (mention_words.apposed_name), and the relative clause that reports is no part of the role
  (roles.RoleReader._set_off);
* "The World Bank suspended ..." then "the Washington-based lender said", "Ceramics UK said ..."
  then "The trade body warned": new bodies (``kind_name_heads``: a bank is a lender, an authority
  a utility; described_bodies.bare_or_placed: a sector word or an owner before the body's noun, not a
  word that sets it apart: "The opposition party" after "Frelimo said" is another party);
* "The Sierra Club's Grand Canyon Chapter said" and "Architects Fenwick Hale, who drew up the
  designs, said", "Unison's Coventry branch said": people ("chapter", "branch" in ``organization_words``;
  apposed_bodies._trade_in_plural: a trade in the plural before one name is a practice's name,
  not "Police officers John Smith and Jane Doe");
* "Some residents of Imatra, another border town, said", "Some residents of Henderson and North
  Las Vegas said", "Some residents of Regency Square, which faces the pier, said": anonymous,
  where "some residents" of a place are vague (loose._town_words: the place's own description,
  the rest of names joined by "and", a "which" clause are the place's);
* "... as civic leaders threatened to cut off the roads to the salt flats and opposition
  legislators accused the government of negotiating in secret": "legislators" a conjunct of
  "flats", so the accusation was the first clause's subject's (coordination.stolen_conjunct with
  content.object_deep_in: a noun joined by "and" to an object deep in another clause, right
  before a subjectless verb, is that verb's subject);
* "The announcement comes weeks after trade body Offshore Energies UK (OEUK) warned that ...":
  the announcement warned (torn_subjects.subject_read_as_object_of_subordinator: the phrase
  before the verb is found by climbing from its last word, here a bracket); "The 2023 Coastal
  Master Plan estimates that": a person with the role "2023" (name_context.after_the: a year
  between "the" and the name); "a technical
  annex", "The advice said": unnamed people (``document_nouns``);
* "Mr Pointon and GMB organiser Kerry Tams said": read as one body's name headed by "organiser"
  (phrase_repairs._name_with_and_before_noun: not a noun with a name after it, a title);
* reports lost to the tagger and the parse: "Critics of the levy argue that ..." with "argue" a
  noun of "levy" (cue_modifiers.cue_read_as_noun_before_that), "... in a move officials say is
  needed to deter Russia" with no relative word (cue_modifiers.cue_in_contact_relative), and
  "..., government data showed Friday, as ..." with "Friday" what the data showed
  (modifier_moves.weekday_read_as_object; torn_subjects.report_read_as_adverbial_clause where the
  parse made the report an adverbial clause of "showed" with its subject a second one), and
  "..., with the Environment Agency warning that thousands of homes ... remain at risk" with
  "that" a pronoun (modifier_moves.that_read_as_pronoun_after_cue);
* "DDPM deputy director-general Wirat Somboon said 120 soldiers, 30 pumps and 15 high-pressure
  water trucks had been sent ...": "Somboon" a pronoun, so the speaker was unresolved
  (name_tags.surname_read_as_pronoun), and the list split between the object of "said" and the
  report's subject (new attribution/listed_subjects.py); "..., street traders in the city's central
  business district said" with the subject split at "in", and "At Mbare Musika, the capital's
  biggest produce market, traders Farai Dube and Memory Sibanda said" with the market the subject
  (listed_subjects.subject_split_at_preposition, place_apposition_read_as_subject); "brokers at
  the sale" are placed by the event they are at, anonymous (descriptions.affiliated: "at the ...").
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import quote_speakers as speakers
from source_helpers import resolve

# Minister for Health Mark Butler will bring the Bill to Cabinet on Tuesday.
BUTLER: list[FeatRow] = [
    ("Minister", "Minister", "NOUN", 6, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("Health", "Health", "PROPN", 4, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 4, "compound", "Number=Sing"),
    ("Butler", "Butler", "PROPN", 0, "nmod", "Number=Sing"),
    ("will", "will", "AUX", 6, "aux", "VerbForm=Fin"),
    ("bring", "bring", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Bill", "Bill", "PROPN", 6, "obj", "Number=Sing"),
    ("to", "to", "ADP", 10, "case", ""),
    ("Cabinet", "Cabinet", "PROPN", 6, "obl", "Number=Sing"),
    ("on", "on", "ADP", 12, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Mr Butler said the plan was ready.
BUTLER_2: list[FeatRow] = [
    ("Mr", "Mr.", "PROPN", 1, "compound", "Number=Sing"),
    ("Butler", "Butler", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ready", "ready", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Taoiseach Fergal Hanrahan told RTÉ that the Bill was robust.
TAOISEACH: list[FeatRow] = [
    ("Taoiseach", "Taoiseach", "PROPN", 2, "compound", "Number=Sing"),
    ("Fergal", "Fergal", "PROPN", 2, "compound", "Number=Sing"),
    ("Hanrahan", "Hanrahan", "PROPN", 3, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("RTÉ", "RTÉ", "PROPN", 3, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Bill", "Bill", "PROPN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("robust", "robust", "ADJ", 3, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Jane Smith, a biologist at the University of Oxford, said the assessment was flawed.
BIOLOGIST: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("biologist", "biologist", "NOUN", 11, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 4, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("Oxford", "Oxford", "PROPN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("assessment", "assessment", "NOUN", 15, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("flawed", "flaw", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# "The bay is shallow.
BIOLOGIST_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("bay", "bay", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("shallow", "shallow", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Brine does not disperse," she said.
BIOLOGIST_3: list[FeatRow] = [
    ("Brine", "Brine", "PROPN", 3, "nsubj", "Number=Sing"),
    ("does", "do", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 3, "advmod", "Polarity=Neg"),
    ("disperse", "disperse", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# "It was chaos," said a nurse named Ana Lopez.
NURSE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##It", "it", "PRON", 3, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("chaos", "chaos", "NOUN", 6, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("nurse", "nurse", "NOUN", 6, "nsubj", "Number=Sing"),
    ("named", "name", "VERB", 8, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Ana", "Ana", "PROPN", 11, "compound", "Number=Sing"),
    ("Lopez", "Lopez", "PROPN", 9, "xcomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# "My mother's chemotherapy was postponed twice," said a 52-year-old man surnamed Choi at the hospital.
CHOI: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("##My", "my", "PRON", 2, "nmod:poss", "Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs"),
    ("mother", "mother", "NOUN", 4, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 2, "case", ""),
    ("chemotherapy", "chemotherapy", "NOUN", 6, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("postponed", "postpone", "VERB", 10, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("twice", "twice", "ADV", 6, "advmod", "NumForm=Word|NumType=Mult"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("52", "52", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 12, "punct", ""),
    ("##year", "year", "NOUN", 16, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 14, "punct", ""),
    ("##old", "old", "ADJ", 17, "amod", "Degree=Pos"),
    ("man", "man", "NOUN", 10, "obj", "Number=Sing"),
    ("surnamed", "surnam", "VERB", 19, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Choi", "Choi", "PROPN", 17, "appos", "Number=Sing"),
    ("at", "at", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 19, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# The Ministry of Housing, Communities and Local Government said the figures were provisional.
MINISTRY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Ministry", "Ministry", "PROPN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Housing", "Housing", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("Communities", "Community", "PROPN", 1, "conj", "Number=Plur"),
    ("and", "and", "CCONJ", 8, "cc", ""),
    ("Local", "local", "ADJ", 8, "amod", "Degree=Pos"),
    ("Government", "Government", "PROPN", 5, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("figures", "figure", "NOUN", 13, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 13, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("provisional", "provisional", "ADJ", 9, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# A spokesperson for the Department for Culture, Media and Sport said the government expected every sport to “put player welfare first” and was working with governing bodies on updated concussion guidelines.
DCMS: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesperson", "spokesperson", "NOUN", 11, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Department", "Department", "PROPN", 1, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 6, "case", ""),
    ("Culture", "Culture", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Media", "Media", "PROPN", 11, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Sport", "Sport", "PROPN", 8, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 14, "nsubj", "Number=Sing"),
    ("expected", "expect", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("every", "every", "DET", 16, "det", "PronType=Ind"),
    ("sport", "sport", "NOUN", 14, "obj", "Number=Sing"),
    ("to", "to", "ADP", 19, "mark", ""),
    ("“", '"', "PUNCT", 19, "punct", ""),
    ("##put", "put", "VERB", 14, "advcl", "VerbForm=Inf"),
    ("player", "player", "NOUN", 21, "compound", "Number=Sing"),
    ("welfare", "welfare", "NOUN", 22, "compound", "Number=Sing"),
    ("first", "first", "ADJ", 19, "xcomp", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("##”", '"', "PUNCT", 19, "punct", ""),
    ("and", "and", "CCONJ", 26, "cc", ""),
    ("was", "be", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("working", "work", "VERB", 14, "conj", "Tense=Pres|VerbForm=Part"),
    ("with", "with", "SCONJ", 29, "case", ""),
    ("governing", "govern", "ADJ", 29, "amod", "Degree=Pos"),
    ("bodies", "body", "NOUN", 26, "obl", "Number=Plur"),
    ("on", "on", "ADP", 33, "case", ""),
    ("updated", "update", "VERB", 33, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("concussion", "concussion", "NOUN", 33, "compound", "Number=Sing"),
    ("guidelines", "guideline", "NOUN", 29, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Vice Health Minister Park Min-seok said the decision was final.
PARK: list[FeatRow] = [
    ("Vice", "Vice", "PROPN", 5, "compound", "Number=Sing"),
    ("Health", "Health", "PROPN", 5, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 5, "compound", "Number=Sing"),
    ("Park", "Park", "PROPN", 5, "compound", "Number=Sing"),
    ("Min-", "Min-", "PROPN", 5, "compound", "Number=Sing"),
    ("##seok", "seok", "PROPN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("final", "final", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Two sources familiar with the government's planning told Reuters that the president had instructed ministers to wait.
FAMILIAR: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("sources", "source", "NOUN", 2, "nsubj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", -1, "root", "Degree=Pos"),
    ("with", "with", "ADP", 7, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("planning", "planning", "NOUN", 2, "obl", "Number=Sing"),
    ("told", "tell", "VERB", 7, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Reuters", "Reuters", "PROPN", 8, "iobj", "Number=Plur"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 14, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("instructed", "instruct", "VERB", 9, "acl", "Tense=Past|VerbForm=Part"),
    ("ministers", "minister", "NOUN", 14, "obj", "Number=Plur"),
    ("to", "to", "PART", 17, "mark", ""),
    ("wait", "wait", "VERB", 14, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# The protests were called by Ana Kowalczyk, an independent presidential candidate who says she won the vote by a wide margin.
CALLED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("protests", "protest", "NOUN", 3, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("called", "call", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("Ana", "Ana", "PROPN", 6, "compound", "Number=Sing"),
    ("Kowalczyk", "Kowalczyk", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("an", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("independent", "independent", "ADJ", 11, "amod", "Degree=Pos"),
    ("presidential", "presidential", "ADJ", 11, "amod", "Degree=Pos"),
    ("candidate", "candidate", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("says", "say", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("she", "she", "PRON", 15, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("won", "win", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 15, "obj", "Number=Sing"),
    ("by", "by", "ADP", 21, "case", ""),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("wide", "wide", "ADJ", 21, "amod", "Degree=Pos"),
    ("margin", "margin", "NOUN", 15, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The rally was led by John Smith, a teacher who says he was fired.
LED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("rally", "rally", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("led", "lead", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("John", "John", "PROPN", 6, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("teacher", "teacher", "NOUN", 3, "parataxis", "Number=Sing"),
    ("who", "who", "PRON", 11, "nsubj", "PronType=Rel"),
    ("says", "say", "VERB", 9, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("he", "he", "PRON", 14, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 14, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fired", "fire", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The information was contained in emails that were sent or received by Clinton, according to a State Department spokesman.
SPOKESMAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("information", "information", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("contained", "contain", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 5, "case", ""),
    ("emails", "email", "NOUN", 3, "obl", "Number=Plur"),
    ("that", "that", "PRON", 8, "nsubj:pass", "PronType=Rel"),
    ("were", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("sent", "send", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("or", "or", "CCONJ", 10, "cc", ""),
    ("received", "receive", "VERB", 8, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 12, "case", ""),
    ("Clinton", "Clinton", "PROPN", 10, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("according", "accord", "VERB", 19, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("State", "State", "PROPN", 19, "compound", "Number=Sing"),
    ("Department", "Department", "PROPN", 19, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The World Bank suspended new financing to Uganda in August.
WORLD_BANK: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("World", "World", "PROPN", 2, "compound", "Number=Sing"),
    ("Bank", "Bank", "PROPN", 3, "nsubj", "Number=Sing"),
    ("suspended", "suspend", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("new", "new", "ADJ", 5, "amod", "Degree=Pos"),
    ("financing", "finance", "VERB", 3, "xcomp", "VerbForm=Ger"),
    ("to", "to", "ADP", 7, "case", ""),
    ("Uganda", "Uganda", "PROPN", 5, "obl", "Number=Sing"),
    ("in", "in", "ADP", 9, "case", ""),
    ("August", "August", "PROPN", 7, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# In a statement on Thursday, the Washington-based lender said its position had not changed.
LENDER: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 11, "obl", "Number=Sing"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Thursday", "Thursday", "PROPN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Washington", "Washington", "PROPN", 9, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 7, "punct", ""),
    ("##based", "based", "ADJ", 10, "amod", "Degree=Pos"),
    ("lender", "lender", "NOUN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 13, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("position", "position", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("changed", "change", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Ceramics UK said at least a dozen manufacturers had closed.
CERAMICS: list[FeatRow] = [
    ("Ceramics", "Ceramics", "PROPN", 1, "compound", "Number=Plur"),
    ("UK", "UK", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 4, "case", ""),
    ("least", "least", "ADJ", 9, "obl", "Degree=Sup"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("dozen", "dozen", "ADJ", 7, "amod", "Degree=Pos"),
    ("manufacturers", "manufacturer", "NOUN", 9, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("closed", "close", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The trade body warned that more would follow.
TRADE_BODY: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("trade", "trade", "NOUN", 2, "compound", "Number=Sing"),
    ("body", "body", "NOUN", 3, "nsubj", "Number=Sing"),
    ("warned", "warn", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("more", "more", "ADJ", 7, "nsubj", "Degree=Cmp"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("follow", "follow", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Frelimo said the vote was fair.
FRELIMO: list[FeatRow] = [
    ("Frelimo", "Frelimo", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 5, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 1, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The opposition party said it was rigged.
OPPOSITION: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("opposition", "opposition", "NOUN", 2, "compound", "Number=Sing"),
    ("party", "party", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 6, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rigged", "rig", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The Sierra Club’s Grand Canyon Chapter said in a statement that the state must not stop.
CHAPTER: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Sierra", "Sierra", "PROPN", 2, "compound", "Number=Sing"),
    ("Club", "Club", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 2, "case", ""),
    ("Grand", "Grand", "ADJ", 6, "amod", "Degree=Pos"),
    ("Canyon", "Canyon", "PROPN", 6, "compound", "Number=Sing"),
    ("Chapter", "Chapter", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 7, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 16, "nsubj", "Number=Sing"),
    ("must", "must", "AUX", 16, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 16, "advmod", "Polarity=Neg"),
    ("stop", "stop", "VERB", 10, "acl", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Architects Fenwick Hale, who drew up the designs, said in a statement that the pavilion was safe.
ARCHITECTS: list[FeatRow] = [
    ("Architects", "Architect", "NOUN", 2, "compound", "Number=Plur"),
    ("Fenwick", "Fenwick", "PROPN", 2, "compound", "Number=Sing"),
    ("Hale", "Hale", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("drew", "draw", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("up", "up", "ADP", 5, "compound:prt", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("designs", "design", "NOUN", 5, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 10, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("pavilion", "pavilion", "NOUN", 18, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 18, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("safe", "safe", "ADJ", 13, "acl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# Police officers John Smith and Jane Doe said the road was closed.
OFFICERS: list[FeatRow] = [
    ("Police", "police", "NOUN", 1, "compound", "Number=Sing"),
    ("officers", "officer", "NOUN", 3, "compound", "Number=Plur"),
    ("John", "John", "PROPN", 3, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Jane", "Jane", "PROPN", 6, "compound", "Number=Sing"),
    ("Doe", "Doe", "PROPN", 3, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("road", "road", "NOUN", 11, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("closed", "close", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Some residents of Imatra, another border town, said they missed being able to visit relatives.
IMATRA: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 9, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Imatra", "Imatra", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("another", "another", "DET", 7, "det", "PronType=Ind"),
    ("border", "border", "NOUN", 7, "compound", "Number=Sing"),
    ("town", "town", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 11, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("missed", "miss", "VERB", 9, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("being", "be", "AUX", 13, "cop", "Tense=Pres|VerbForm=Part"),
    ("able", "able", "ADJ", 9, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 15, "mark", ""),
    ("visit", "visit", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("relatives", "relative", "NOUN", 15, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Some residents of Henderson and North Las Vegas said they were worried.
HENDERSON: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 8, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Henderson", "Henderson", "PROPN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("North", "North", "PROPN", 3, "conj", "Number=Sing"),
    ("Las", "Las", "PROPN", 3, "conj", "Number=Sing"),
    ("Vegas", "Vegas", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 11, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("worried", "worry", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Some residents of Regency Square, which faces the pier, said they feared the noise.
REGENCY: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 11, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Regency", "Regency", "PROPN", 4, "compound", "Number=Sing"),
    ("Square", "Square", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("which", "which", "PRON", 7, "nsubj", "PronType=Rel"),
    ("faces", "face", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("pier", "pier", "NOUN", 7, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 13, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("feared", "fear", "VERB", 11, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("noise", "noise", "NOUN", 13, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Lawmakers postponed a vote, as civic leaders threatened to cut off the roads to the salt flats and opposition legislators accused the government of negotiating in secret.
FLATS: list[FeatRow] = [
    ("Lawmakers", "lawmaker", "NOUN", 1, "nsubj", "Number=Plur"),
    ("postponed", "postpone", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("vote", "vote", "NOUN", 1, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("as", "as", "ADP", 8, "mark", ""),
    ("civic", "civic", "ADJ", 7, "amod", "Degree=Pos"),
    ("leaders", "leader", "NOUN", 8, "nsubj", "Number=Plur"),
    ("threatened", "threaten", "VERB", 1, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 10, "mark", ""),
    ("cut", "cut", "VERB", 8, "xcomp", "VerbForm=Inf"),
    ("off", "off", "ADP", 10, "compound:prt", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("roads", "road", "NOUN", 10, "obj", "Number=Plur"),
    ("to", "to", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("salt", "salt", "NOUN", 17, "compound", "Number=Sing"),
    ("flats", "flat", "NOUN", 13, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 20, "cc", ""),
    ("opposition", "opposition", "NOUN", 20, "compound", "Number=Sing"),
    ("legislators", "legislator", "NOUN", 17, "conj", "Number=Plur"),
    ("accused", "accuse", "VERB", 1, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 21, "obj", "Number=Sing"),
    ("of", "of", "SCONJ", 25, "mark", ""),
    ("negotiating", "negotiate", "VERB", 23, "acl", "VerbForm=Ger"),
    ("in", "in", "ADP", 27, "case", ""),
    ("secret", "secret", "NOUN", 25, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Six months after Nippon Steel completed its takeover of U.S. Steel, workers and local officials in the Mon Valley say they are still waiting to see whether the Japanese company’s promises will turn into new jobs and modern equipment.
LISTED: list[FeatRow] = [
    ("Six", "six", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("months", "month", "NOUN", 5, "nsubj", "Number=Plur"),
    ("after", "after", "ADP", 4, "case", ""),
    ("Nippon", "Nippon", "PROPN", 4, "compound", "Number=Sing"),
    ("Steel", "Steel", "PROPN", 1, "nmod", "Number=Sing"),
    ("completed", "complete", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("takeover", "takeover", "NOUN", 5, "obj", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("U.S.", "U.S.", "PROPN", 10, "compound", "Number=Sing"),
    ("Steel", "Steel", "PROPN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("workers", "worker", "NOUN", 10, "conj", "Number=Plur"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("local", "local", "ADJ", 15, "amod", "Degree=Pos"),
    ("officials", "official", "NOUN", 7, "conj", "Number=Plur"),
    ("in", "in", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("Mon", "Monday", "PROPN", 19, "compound", "Number=Sing"),
    ("Valley", "Valley", "PROPN", 15, "nmod", "Number=Sing"),
    ("say", "say", "VERB", 5, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("they", "they", "PRON", 24, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("are", "be", "AUX", 24, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("still", "still", "ADV", 24, "advmod", ""),
    ("waiting", "wait", "VERB", 20, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 26, "mark", ""),
    ("see", "see", "VERB", 24, "xcomp", "VerbForm=Inf"),
    ("whether", "whether", "SCONJ", 34, "mark", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("Japanese", "Japanese", "ADJ", 30, "amod", "Degree=Pos"),
    ("company", "company", "NOUN", 32, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 30, "case", ""),
    ("promises", "promise", "NOUN", 34, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 34, "aux", "VerbForm=Fin"),
    ("turn", "turn", "VERB", 26, "ccomp", "VerbForm=Inf"),
    ("into", "into", "ADP", 37, "case", ""),
    ("new", "new", "ADJ", 37, "amod", "Degree=Pos"),
    ("jobs", "job", "NOUN", 34, "obl", "Number=Plur"),
    ("and", "and", "CCONJ", 40, "cc", ""),
    ("modern", "modern", "ADJ", 40, "amod", "Degree=Pos"),
    ("equipment", "equipment", "NOUN", 37, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


# The announcement comes weeks after trade body Offshore Energies UK (OEUK) warned that as many as 35,000 jobs could be lost across the UK supply chain by the end of the decade.
OEUK: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("announcement", "announcement", "NOUN", 2, "nsubj", "Number=Sing"),
    ("comes", "come", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("weeks", "week", "NOUN", 2, "obj", "Number=Plur"),
    ("after", "after", "ADP", 6, "case", ""),
    ("trade", "trade", "NOUN", 6, "compound", "Number=Sing"),
    ("body", "body", "NOUN", 2, "obl", "Number=Sing"),
    ("Offshore", "Offshore", "PROPN", 9, "compound", "Number=Sing"),
    ("Energies", "Energie", "PROPN", 9, "compound", "Number=Plur"),
    ("UK", "UK", "PROPN", 6, "flat", "Number=Sing"),
    ("(", "(", "PUNCT", 11, "punct", ""),
    ("##OEUK", "OEUK", "PROPN", 9, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 11, "punct", ""),
    ("warned", "warn", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "PRON", 22, "mark", "Number=Sing|PronType=Dem"),
    ("as", "as", "ADV", 22, "mark", ""),
    ("many", "many", "ADJ", 22, "nsubj:pass", "Degree=Pos"),
    ("as", "as", "ADP", 19, "case", ""),
    ("35,000", "35000", "NUM", 19, "nummod", "NumForm=Digit|NumType=Card"),
    ("jobs", "job", "NOUN", 16, "obl", "Number=Plur"),
    ("could", "could", "AUX", 22, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 22, "aux:pass", "VerbForm=Inf"),
    ("lost", "lose", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("across", "across", "ADP", 27, "case", ""),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("UK", "UK", "PROPN", 27, "compound", "Number=Sing"),
    ("supply", "supply", "NOUN", 27, "compound", "Number=Sing"),
    ("chain", "chain", "NOUN", 22, "obl", "Number=Sing"),
    ("by", "by", "ADP", 30, "case", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("end", "end", "NOUN", 22, "obl", "Number=Sing"),
    ("of", "of", "ADP", 33, "case", ""),
    ("the", "the", "DET", 33, "det", "Definite=Def|PronType=Art"),
    ("decade", "decade", "NOUN", 30, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# The 2023 Coastal Master Plan estimates that the state could lose up to 3,000 square miles of land.
MASTER_PLAN: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("2023", "2023", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("Coastal", "coastal", "ADJ", 4, "amod", "Degree=Pos"),
    ("Master", "Master", "PROPN", 4, "compound", "Number=Sing"),
    ("Plan", "Plan", "PROPN", 5, "nsubj", "Number=Sing"),
    ("estimates", "estimate", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 10, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 10, "aux", "VerbForm=Fin"),
    ("lose", "lose", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("up", "up", "ADP", 10, "compound:prt", ""),
    ("to", "to", "ADP", 15, "case", ""),
    ("3,000", "3000", "NUM", 15, "nummod", "NumForm=Digit|NumType=Card"),
    ("square", "square", "ADJ", 15, "amod", "Degree=Pos"),
    ("miles", "mile", "NOUN", 10, "obl", "Number=Plur"),
    ("of", "of", "ADP", 17, "case", ""),
    ("land", "land", "NOUN", 15, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# According to a technical annex reviewed by the newspaper, the plant would use 1.4 million cubic meters of water a year.
ANNEX: list[FeatRow] = [
    ("According", "accord", "VERB", 4, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("technical", "technical", "ADJ", 4, "amod", "Degree=Pos"),
    ("annex", "annex", "NOUN", 13, "obl", "Number=Sing"),
    ("reviewed", "review", "VERB", 4, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("newspaper", "newspaper", "NOUN", 5, "obl:agent", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 13, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("use", "use", "VERB", -1, "root", "VerbForm=Inf"),
    ("1.4", "1.4", "NUM", 15, "compound", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("cubic", "cubic", "NOUN", 17, "compound", "Number=Sing"),
    ("meters", "meter", "NOUN", 13, "obj", "Number=Plur"),
    ("of", "of", "ADP", 19, "case", ""),
    ("water", "water", "NOUN", 17, "nmod", "Number=Sing"),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 19, "nmod:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# The regulator Natural England issued advice to 74 local authorities in March.
ADVICE: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("regulator", "regulator", "NOUN", 3, "compound", "Number=Sing"),
    ("Natural", "Natural", "ADJ", 3, "amod", "Degree=Pos"),
    ("England", "England", "PROPN", 4, "nsubj", "Number=Sing"),
    ("issued", "issue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("advice", "advice", "NOUN", 4, "obj", "Number=Sing"),
    ("to", "to", "ADP", 9, "case", ""),
    ("74", "74", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("local", "local", "ADJ", 9, "amod", "Degree=Pos"),
    ("authorities", "authority", "NOUN", 4, "obl", "Number=Plur"),
    ("in", "in", "ADP", 11, "case", ""),
    ("March", "March", "PROPN", 9, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The advice said new developments must not add any extra nitrogen.
ADVICE_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("advice", "advice", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("new", "new", "ADJ", 4, "amod", "Degree=Pos"),
    ("developments", "development", "NOUN", 7, "nsubj", "Number=Plur"),
    ("must", "must", "AUX", 7, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 7, "advmod", "Polarity=Neg"),
    ("add", "add", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("any", "any", "DET", 10, "det", "PronType=Ind"),
    ("extra", "extra", "ADJ", 10, "amod", "Degree=Pos"),
    ("nitrogen", "nitrogen", "NOUN", 7, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Mr Pointon and GMB organiser Kerry Tams said the two unions would push for the company to pay more.
POINTON: list[FeatRow] = [
    ("Mr", "Mr.", "PROPN", 1, "compound", "Number=Sing"),
    ("Pointon", "Pointon", "PROPN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("GMB", "GMB", "PROPN", 4, "compound", "Number=Sing"),
    ("organiser", "organiser", "NOUN", 1, "conj", "Number=Sing"),
    ("Kerry", "Kerry", "PROPN", 6, "compound", "Number=Sing"),
    ("Tams", "Tams", "PROPN", 1, "conj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("unions", "union", "NOUN", 12, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("push", "push", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("for", "for", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 12, "obl", "Number=Sing"),
    ("to", "to", "PART", 17, "mark", ""),
    ("pay", "pay", "VERB", 12, "advcl", "VerbForm=Inf"),
    ("more", "more", "ADV", 17, "advmod", "Degree=Cmp"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Critics of the levy argue that it has driven away the very investment needed to fund the move to renewables.
ARGUE: list[FeatRow] = [
    ("Critics", "critic", "NOUN", -1, "root", "Number=Plur"),
    ("of", "of", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("levy", "levy", "NOUN", 4, "compound", "Number=Sing"),
    ("argue", "argue", "NOUN", 0, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("it", "it", "PRON", 8, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("has", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("driven", "drive", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("away", "away", "ADV", 8, "advmod", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("very", "very", "ADV", 12, "amod", ""),
    ("investment", "investment", "NOUN", 8, "obj", "Number=Sing"),
    ("needed", "need", "VERB", 12, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 15, "mark", ""),
    ("fund", "fund", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("move", "move", "NOUN", 15, "obj", "Number=Sing"),
    ("to", "to", "ADP", 19, "case", ""),
    ("renewables", "renewable", "NOUN", 15, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]

# Parliament approved the expansion in a move officials say is needed to deter Russia.
CONTACT: list[FeatRow] = [
    ("Parliament", "Parliament", "NOUN", 1, "nsubj", "Number=Sing"),
    ("approved", "approve", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("expansion", "expansion", "NOUN", 1, "obj", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("move", "move", "NOUN", 7, "compound", "Number=Sing"),
    ("officials", "official", "NOUN", 3, "nmod", "Number=Plur"),
    ("say", "say", "VERB", 1, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("is", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("needed", "need", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 12, "mark", ""),
    ("deter", "deter", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("Russia", "Russia", "PROPN", 12, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The average retail price of rice rose for the 15th straight week, government data showed Friday, as the government prepared to release more rice.
WEEKDAY: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("average", "average", "ADJ", 3, "amod", "Degree=Pos"),
    ("retail", "retail", "NOUN", 3, "compound", "Number=Sing"),
    ("price", "price", "NOUN", 15, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("rice", "rice", "NOUN", 3, "nmod", "Number=Sing"),
    ("rose", "rise", "VERB", 15, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("15th", "15th", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("straight", "straight", "ADJ", 11, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("government", "government", "NOUN", 14, "compound", "Number=Sing"),
    ("data", "data", "NOUN", 15, "nsubj", "Number=Sing"),
    ("showed", "show", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Friday", "Friday", "PROPN", 15, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("as", "as", "ADP", 21, "mark", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 21, "nsubj", "Number=Sing"),
    ("prepared", "prepare", "VERB", 15, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 23, "mark", ""),
    ("release", "release", "VERB", 21, "xcomp", "VerbForm=Inf"),
    ("more", "more", "ADJ", 25, "amod", "Degree=Cmp"),
    ("rice", "rice", "NOUN", 23, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# Minutes after the voting began, the delegation chairman announced four votes for Trump and two abstentions.
MINUTES: list[FeatRow] = [
    ("Minutes", "Minute", "NOUN", 9, "nsubj", "Number=Plur"),
    ("after", "after", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("voting", "voting", "NOUN", 0, "nmod", "Number=Sing"),
    ("began", "begin", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("delegation", "delegation", "NOUN", 8, "compound", "Number=Sing"),
    ("chairman", "chairman", "NOUN", 9, "nsubj", "Number=Sing"),
    ("announced", "announce", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("four", "four", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("votes", "vote", "NOUN", 9, "obj", "Number=Plur"),
    ("for", "for", "ADP", 13, "case", ""),
    ("Trump", "Trump", "PROPN", 11, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("two", "two", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("abstentions", "abstention", "NOUN", 13, "conj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Plans for new flood walls and raised embankments along the city centre waterfront have gone on public display, with the Environment Agency warning that thousands of homes and businesses remain at risk from a major tidal surge.
WARNING: list[FeatRow] = [
    ("Plans", "plan", "NOUN", 14, "nsubj", "Number=Plur"),
    ("for", "for", "ADP", 4, "case", ""),
    ("new", "new", "ADJ", 4, "amod", "Degree=Pos"),
    ("flood", "flood", "NOUN", 4, "compound", "Number=Sing"),
    ("walls", "wall", "NOUN", 0, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("raised", "raise", "VERB", 7, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("embankments", "embankment", "NOUN", 4, "conj", "Number=Plur"),
    ("along", "along", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 12, "compound", "Number=Sing"),
    ("centre", "centre", "NOUN", 12, "compound", "Number=Sing"),
    ("waterfront", "waterfront", "NOUN", 7, "nmod", "Number=Sing"),
    ("have", "have", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("gone", "go", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("on", "on", "ADP", 17, "case", ""),
    ("public", "public", "ADJ", 17, "amod", "Degree=Pos"),
    ("display", "display", "NOUN", 14, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("with", "with", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("Environment", "environment", "PROPN", 22, "compound", "Number=Sing"),
    ("Agency", "Agency", "PROPN", 23, "nsubj", "Number=Sing"),
    ("warning", "warning", "VERB", 14, "advcl", "VerbForm=Ger"),
    ("that", "that", "PRON", 30, "obj", "PronType=Rel"),
    ("thousands", "thousand", "NOUN", 30, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 27, "case", ""),
    ("homes", "home", "NOUN", 25, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 29, "cc", ""),
    ("businesses", "business", "NOUN", 27, "conj", "Number=Plur"),
    ("remain", "remain", "VERB", 14, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("at", "at", "ADP", 32, "case", ""),
    ("risk", "risk", "NOUN", 30, "obl", "Number=Sing"),
    ("from", "from", "ADP", 37, "case", ""),
    ("a", "a", "DET", 37, "det", "Definite=Ind|PronType=Art"),
    ("major", "major", "ADJ", 37, "amod", "Degree=Pos"),
    ("tidal", "tidal", "ADJ", 37, "amod", "Degree=Pos"),
    ("surge", "surge", "NOUN", 30, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Led by Council Speaker Maria Ruiz-Ortega, the rally denounced Republican presidential candidate Tom Baker’s call for "a total ban on new mosques.”
RALLY: list[FeatRow] = [
    ("Led", "led", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 2, "case", ""),
    ("Council", "Council", "PROPN", 0, "obl:agent", "Number=Sing"),
    ("Speaker", "Speaker", "PROPN", 5, "compound", "Number=Sing"),
    ("Maria", "Maria", "PROPN", 5, "compound", "Number=Sing"),
    ("Ruiz", "Ruiz", "PROPN", 0, "obl:agent", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##Ortega", "Ortega", "PROPN", 5, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("rally", "rally", "ADJ", 14, "amod", "Degree=Pos"),
    ("denounced", "denounce", "VERB", 14, "amod", "Tense=Past|VerbForm=Part"),
    ("Republican", "Republican", "ADJ", 14, "amod", "Degree=Pos"),
    ("presidential", "presidential", "ADJ", 14, "amod", "Degree=Pos"),
    ("candidate", "candidate", "NOUN", 18, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 16, "compound", "Number=Sing"),
    ("Baker", "Baker", "PROPN", 18, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 16, "case", ""),
    ("call", "call", "NOUN", 0, "obl", "Number=Sing"),
    ("for", "for", "ADP", 23, "case", ""),
    ('"', '"', "PUNCT", 23, "punct", ""),
    ("##a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("total", "total", "ADJ", 23, "amod", "Degree=Pos"),
    ("ban", "ban", "NOUN", 18, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 26, "case", ""),
    ("new", "new", "ADJ", 26, "amod", "Degree=Pos"),
    ("mosques", "mosque", "NOUN", 23, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
    ("##”", '"', "PUNCT", 23, "punct", ""),
]

# Unison's Coventry branch said in a statement that frontline workers were already stretched to breaking point.
BRANCH: list[FeatRow] = [
    ("Unison", "Unison", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("Coventry", "Coventry", "PROPN", 3, "compound", "Number=Sing"),
    ("branch", "branch", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 4, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("frontline", "frontline", "ADJ", 10, "amod", "Degree=Pos"),
    ("workers", "worker", "NOUN", 13, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("already", "already", "ADV", 13, "advmod", ""),
    ("stretched", "stretch", "VERB", 7, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "SCONJ", 15, "mark", ""),
    ("breaking", "break", "VERB", 13, "advcl", "Tense=Pres|VerbForm=Part"),
    ("point", "point", "NOUN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# DDPM deputy director-general Wirat Somboon said 120 soldiers, 30 pumps and 15 high-pressure water trucks had been sent from Bangkok to help with the clean-up.
SOMBOON: list[FeatRow] = [
    ("DDPM", "DDPM", "PROPN", 1, "compound", "Number=Sing"),
    ("deputy", "deputy", "NOUN", 3, "compound", "Number=Sing"),
    ("director-general", "director-general", "ADJ", 3, "amod", "Degree=Pos"),
    ("Wirat", "Wirat", "PROPN", 4, "compound", "Number=Sing"),
    ("Somboon", "somboon", "PRON", 5, "nsubj", "Number=Sing|PronType=Ind"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("120", "120", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("soldiers", "soldier", "NOUN", 5, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("30", "30", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("pumps", "pump", "NOUN", 7, "conj", "Number=Plur"),
    ("and", "and", "CCONJ", 17, "cc", ""),
    ("15", "15", "NUM", 13, "nummod", "NumForm=Digit|NumType=Card"),
    ("high", "high", "ADJ", 15, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 13, "punct", ""),
    ("##pressure", "pressure", "NOUN", 17, "compound", "Number=Sing"),
    ("water", "water", "NOUN", 17, "compound", "Number=Sing"),
    ("trucks", "truck", "NOUN", 20, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 20, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("sent", "send", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("from", "from", "ADP", 22, "case", ""),
    ("Bangkok", "Bangkok", "PROPN", 20, "obl", "Number=Sing"),
    ("to", "to", "PART", 24, "mark", ""),
    ("help", "help", "VERB", 20, "advcl", "VerbForm=Inf"),
    ("with", "with", "ADP", 29, "case", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("clean", "clean", "ADJ", 29, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 27, "punct", ""),
    ("##up", "up", "ADP", 24, "obl", ""),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The currency changed hands at about 38 per dollar in the informal market on Tuesday, street traders in the city's central business district said.
TRADERS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("currency", "currency", "NOUN", 2, "nsubj", "Number=Sing"),
    ("changed", "change", "VERB", 25, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("hands", "hand", "NOUN", 2, "obj", "Number=Plur"),
    ("at", "at", "ADP", 6, "case", ""),
    ("about", "about", "ADV", 6, "advmod", ""),
    ("38", "38", "NUM", 2, "obl", "NumForm=Digit|NumType=Card"),
    ("per", "per", "ADP", 8, "case", ""),
    ("dollar", "dollar", "NOUN", 2, "obl", "Number=Sing"),
    ("in", "in", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("informal", "informal", "ADJ", 12, "amod", "Degree=Pos"),
    ("market", "market", "NOUN", 8, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 12, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("street", "street", "NOUN", 17, "compound", "Number=Sing"),
    ("traders", "trader", "NOUN", 12, "conj", "Number=Plur"),
    ("in", "in", "ADP", 24, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 24, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 20, "case", ""),
    ("central", "central", "ADJ", 24, "amod", "Degree=Pos"),
    ("business", "business", "NOUN", 24, "compound", "Number=Sing"),
    ("district", "district", "NOUN", 25, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# At Mbare Musika, the capital's biggest produce market, traders Farai Dube and Memory Sibanda said they had stopped accepting the notes.
MBARE: list[FeatRow] = [
    ("At", "at", "ADP", 1, "case", ""),
    ("Mbare", "Mbare", "PROPN", 17, "obl", "Number=Sing"),
    ("Musika", "Musika", "PROPN", 17, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("capital", "capital", "NOUN", 9, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("biggest", "big", "ADJ", 9, "amod", "Degree=Sup"),
    ("produce", "produce", "NOUN", 9, "compound", "Number=Sing"),
    ("market", "market", "NOUN", 17, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("traders", "trader", "NOUN", 13, "compound", "Number=Plur"),
    ("Farai", "Farai", "PROPN", 13, "compound", "Number=Sing"),
    ("Dube", "Dube", "PROPN", 9, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("Memory", "Memory", "PROPN", 16, "compound", "Number=Sing"),
    ("Sibanda", "Sibanda", "PROPN", 13, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 20, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("stopped", "stop", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part"),
    ("accepting", "accept", "VERB", 20, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("notes", "note", "NOUN", 21, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# Prices of black tea fell for a third straight week at the auction on Tuesday as buyers scaled back purchases, brokers at the sale said.
BROKERS: list[FeatRow] = [
    ("Prices", "price", "NOUN", 4, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 3, "case", ""),
    ("black", "black", "ADJ", 3, "amod", "Degree=Pos"),
    ("tea", "tea", "NOUN", 0, "nmod", "Number=Sing"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("third", "third", "ADJ", 9, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("straight", "straight", "ADJ", 9, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 4, "obl", "Number=Sing"),
    ("at", "at", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("auction", "auction", "NOUN", 4, "obl", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 12, "nmod", "Number=Sing"),
    ("as", "as", "ADP", 16, "case", ""),
    ("buyers", "buyer", "NOUN", 12, "nmod", "Number=Plur"),
    ("scaled", "scale", "VERB", 16, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("back", "back", "ADV", 19, "advmod", ""),
    ("purchases", "purchase", "NOUN", 17, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("brokers", "broker", "NOUN", 19, "conj", "Number=Plur"),
    ("at", "at", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("sale", "sale", "NOUN", 25, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_an_offices_title_before_a_name_goes_on_with_the_name():
    assert speakers(BUTLER, BUTLER_2) == [("Mark Butler", "Minister for Health", "named")]


def test_the_taoiseach_is_a_title():
    assert speakers(TAOISEACH) == [("Fergal Hanrahan", "Taoiseach", "named")]


def test_a_quotes_own_sentence_is_no_person_the_article_turned_to():
    r = resolve([[BIOLOGIST], [BIOLOGIST_2, BIOLOGIST_3]])
    entities = {e.id: e for e in r.entities}
    got = [(entities[q.speaker.entity].name, q.speaker.anonymity) for q in r.quotes if q.speaker]
    assert got == [("Jane Smith", "named"), ("Jane Smith", "named")]
    assert [e.type for e in r.entities] == ["person"]


def test_a_description_a_naming_participle_names_is_that_persons_role():
    assert speakers(NURSE) == [("Ana Lopez", "nurse", "named")]
    assert speakers(CHOI) == [("Choi", "52-year-old man", "named")]


def test_a_bodys_name_with_a_list_of_fields_is_one_name():
    r = resolve([[MINISTRY], [DCMS]])
    got = [(q.speaker.name, q.speaker.type) for q in r.quotes if q.speaker]
    assert got == [
        ("Ministry of Housing, Communities and Local Government", "organization"),
        ("Department for Culture, Media and Sport", "organization"),
    ]


def test_a_hyphenated_given_name_the_tokenizer_cut_is_one_name():
    assert speakers(PARK) == [("Park Min-seok", "Vice Health Minister", "named")]


def test_a_speech_verb_hung_under_an_adjective_with_a_subject_is_the_sentences_verb():
    r = resolve([[FAMILIAR]])
    assert [(q.text, q.speaker.text if q.speaker else None) for q in r.quotes][0] == (
        "that the president had instructed ministers to wait",
        "Two sources familiar with the government's planning",
    )


def test_a_description_after_a_prepositions_name_describes_that_name():
    assert speakers(CALLED) == [("Ana Kowalczyk", "an independent presidential candidate", "named")]
    assert speakers(LED) == [("John Smith", "a teacher", "named")]
    # (nor the next item of a list after the name)
    assert [q.speaker.text for q in resolve([[LISTED]]).quotes if q.speaker] == ["workers"]
    # (nor a phrase of the same kind as the name's, a parse that broke the sentence up)
    assert [q.speaker.type for q in resolve([[RALLY]]).quotes if q.speaker] == ["anonymous"]
    # (not a phrase with its own preposition: the spokesman is the State Department's)
    r = resolve([[SPOKESMAN]])
    assert [(q.speaker.name, q.speaker.type) for q in r.quotes if q.speaker] == [("State Department", "organization")]


def test_a_body_described_by_its_sector_or_kind_is_the_one_named_before():
    def names(*paragraphs):
        r = resolve([[p] for p in paragraphs])
        return [q.speaker.name for q in r.quotes if q.speaker]

    assert names(WORLD_BANK, LENDER) == ["World Bank"]
    assert names(CERAMICS, TRADE_BODY) == ["Ceramics UK", "Ceramics UK"]
    assert names(FRELIMO, OPPOSITION) == ["Frelimo", "The opposition party"]


def test_a_chapter_and_a_practice_named_by_its_trade_are_organisations():
    assert [(q.speaker.name, q.speaker.type) for q in resolve([[CHAPTER]]).quotes] == [
        ("Grand Canyon Chapter", "organization")
    ]
    assert [q.speaker.type for q in resolve([[ARCHITECTS]]).quotes] == ["organization"]
    assert [q.speaker.type for q in resolve([[BRANCH]]).quotes] == ["organization"]
    assert {q.speaker.type for q in resolve([[OFFICERS]]).quotes if q.speaker} == {"person"}


def test_some_residents_of_a_described_place_are_vague():
    for rows in (IMATRA, HENDERSON, REGENCY):
        assert [q.speaker.anonymity for q in resolve([[rows]]).quotes] == ["vague"], rows[2][0]


def test_a_noun_joined_to_a_deep_object_before_a_subjectless_verb_is_its_subject():
    r = resolve([[FLATS]])
    got = {q.text: q.speaker.text for q in r.quotes if q.speaker}
    # (the accusation is its "of" phrase, not the one accused: accuse-of-object, session 62)
    assert got["of negotiating in secret"] == "opposition legislators"


def test_documents_and_a_body_after_a_subordinator_speak_as_organisations():
    got = [(q.speaker.name, q.speaker.type) for q in resolve([[OEUK], [MASTER_PLAN], [ANNEX]]).quotes]
    assert got == [
        ("Offshore Energies UK", "organization"),
        ("Coastal Master Plan", "organization"),
        ("a technical annex", "organization"),
    ]
    assert [q.speaker.name for q in resolve([[ADVICE], [ADVICE_2]]).quotes] == ["Natural England"]


def test_a_title_after_and_before_a_name_heads_no_bodys_name():
    assert {q.speaker.type for q in resolve([[POINTON]]).quotes if q.speaker} == {"person"}


def test_reports_the_tagger_or_the_parse_hid_are_found():
    def quotes(rows):
        return [(q.text, q.speaker.text if q.speaker else None) for q in resolve([[rows]]).quotes]

    assert quotes(ARGUE) == [
        ("that it has driven away the very investment needed to fund the move to renewables", "Critics of the levy")
    ]
    assert quotes(CONTACT) == [("is needed to deter Russia", "officials")]
    assert quotes(WEEKDAY) == [("The average retail price of rice rose for the 15th straight week", "government data")]
    assert quotes(WARNING)[-1][1] == "the Environment Agency"
    # (a cue with an object of its own closes no clause before it)
    assert quotes(MINUTES) == [("four votes for Trump and two abstentions", "the delegation chairman")]


def test_a_surname_read_as_a_pronoun_and_a_listed_subject_split_at_the_cue():
    got = [(q.text, q.speaker.name, q.speaker.role) for q in resolve([[SOMBOON]]).quotes if q.speaker]
    assert got == [
        (
            "120 soldiers, 30 pumps and 15 high-pressure water trucks had been sent from Bangkok to help with the"
            " clean-up",
            "Wirat Somboon",
            "DDPM deputy director-general",
        )
    ]


def test_a_subject_split_at_its_preposition_or_read_from_a_places_apposition():
    assert [q.speaker.text for q in resolve([[TRADERS]]).quotes if q.speaker] == [
        "street traders in the city's central business district"
    ]
    assert [(q.speaker.text, q.speaker.anonymity) for q in resolve([[BROKERS]]).quotes if q.speaker] == [
        ("brokers at the sale", "anonymous")
    ]
    r = resolve([[MBARE]])
    entities = {e.id: e.name for e in r.entities}
    assert [[entities[i] for i in q.speaker.entities] for q in r.quotes if q.speaker] == [
        ["Farai Dube", "Memory Sibanda"]
    ]
