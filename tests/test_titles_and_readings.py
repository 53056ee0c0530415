"""Titles, names and readings the parse or the entity layer got wrong (session 53, from fresh
articles; each tree is the shipped parser's for the invented sentence in its comment):

* a portfolio's fields listed with commas before the title ("Climate, Energy and Utilities
  Minister Lars Holm Bech"): the speaker was "Climate" (portfolio_titles.portfolio_before_name,
  role_words.with_portfolio; "Utilities" and "Addictions" in ``portfolio_words``);
* a report's verb read as a title before the speaker after a comma ("The government will require
  most people to see a pharmacist, Priya Dhaliwal said Thursday"): nothing was reported
  (tag_repairs._title_before_speaker);
* a surname tagged an adverb after a courtesy title made the subject ("Ms Llewellyn said"): the
  speaker was "Ms" (adverb_names._name_before_cue);
* a plural subject tagged a verb with its modifier its subject ("Tour guides say"): the speaker was
  "Tour", a person (noun_clauses.plural_subject_read_as_verb);
* two titles joined by "and" before a name with a sailing post ("Olympic gold medallist and former
  Team New Zealand grinder Hamish Tait"): the speaker was the first title (``person_roles``);
* a title tagged an adjective after a body's name with "of the" ("Heart of the City chief
  executive Sandra Lowe said"): the whole phrase was an anonymous description
  (titled_names.name_read_apart_from_title);
* "the minister" after "the Minister of the Presidency, Rui Valadares,": a minister's "of" names
  the portfolio, not a body he serves in (descriptions._of_a_body);
* "Late on Tuesday," before a hyphenated name: "Late" was the speaker (openers);
* a relative clause with no "that" read as a second subject ("..., a decision the mayor called
  'reckless'"): the speaker was "a decision" (appositive_subjects.relative_without_that);
* "it" after a cue interrupting a report ("Lava was flowing west, the office said, but it
  warned ..."): "it" was the report's subject (org_subjects.own_main_subject);
* "Others" after a group named with a loose share ("Some residents said ... Others said") is as
  loose; after "Some" after a group ("The survivors ... Some said ... Others said") it is of the
  group; not after a share with more to place it ("Several workers, who hail mostly from ...,
  ... while others") (misread_heads.group_just_named);
* a cue read as an adverbial clause of its report after a long relative clause on its subject
  ("A provincial official, who asked not to be named because ..., told CBC News the province had
  struggled ..."): nothing was reported (crossed_subjects.cue_read_as_reports_adverbial);
* a "that" clause after "said in an emailed response to questions" read as the questions' content:
  the report was "the progress" (noun_clauses.content_noun_clause);
* after a closing cue and its comma, a clause the parse joined to the report with no coordinator
  ("..., two sources said, a year after a fire forced it to close its main plant") or one of time
  ("..., as it struggles") is the writer's (spans._clauses_after_cue, listener_clauses); and a
  closing cue read as a conjunct of its report ("..., two people familiar with the plan said,") is
  its parataxis (trailing_speaker.closing_cue_read_as_conjunct): nothing was reported; not a
  conjunct inside a relative clause ("a state in which class was abolished, egalitarianism ruled
  and ...") nor a participle right after its noun ("refugees from Iraq admitted to the United
  States have been Christian");
* "Those close to him said", "Those familiar with the talks said": the people described, not
  unresolved nor "the talks" (entities.entity_for);
* "Lufthansa cancelled around 800 flights ..., the airline said": the lone name the sentence makes
  a clause's subject is the airline (head_names.business_in_sentence);
* "A commission of inquiry into the crash that killed X and eight others found that ..., its
  chairman said": "eight others" (opened by "and") was the finding's subject, and the closing
  cue took the commission (appositive_subjects.conjunct_read_as_subject,
  crossed_subjects.subject_taken_by_later_cue);
* "According to the text of the decree-law", "According to a ministry presentation seen by Reuters":
  documents (``document_nouns``), not a person, nor the government the presentation speaks of;
* a speech participle set off at the end of a report and hung inside it ("said troops would be
  deployed ... to support the police, adding that ...", "said the plan would work, saying ...")
  is the speaker's, not the report's subject (trailing_speaker.speakers_participle_inside_report,
  clause_subjects.participle_subject);
* "the coach said" after "One European-based coach, who asked not to be named, ... told Reuters" is
  that coach, not "His coach, Joseph Rotich" named before (descriptions._someone_new, with "one"
  and "another" as well as "a"); "the executive said" after "A senior executive at a national
  clothing retailer ... told the Gazette" is that one, not the next name
  (delayed.named_next, titled_later: delayed.brought_in);
* "association CEO Paul Dhillon told" made Dhillon an organisation by the noun before his post
  (apposed_bodies._institution_before); and a plural tagged a verb with the sentence's full stop on
  it ("Tour guides say ..., with helicopter tours ... booked.") kept "Tour" a person
  (noun_clauses.plural_subject_read_as_verb);
* '"...," said one, who asked that her name not be used' with "one" the cue's indirect object and
  the relative clause its complement: no speaker (inverted_subject.one_after_inverted_cue);
* "Former Wallabies captain turned commentator Luke Brennan said ..." with "captain" the root verb
  and the name the object of "turned": no speaker, and "he said" after it went to a programme's
  name (title_tags.role_turned_role_read_as_verbs).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import quote_speakers as speakers
from source_helpers import resolve, sentence_quotes

# "This is a disappointing result," Climate, Energy and Utilities Minister Lars Holm Bech told reporters in Copenhagen.
PORTFOLIO: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("##This", "this", "PRON", 5, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("disappointing", "disappointing", "NOUN", 5, "compound", "Number=Sing"),
    ("result", "result", "NOUN", 17, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 8, "punct", ""),
    ("Climate", "Climate", "PROPN", 5, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("Energy", "Energy", "PROPN", 8, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("Utilities", "Utility", "PROPN", 10, "conj", "Number=Plur"),
    ("Minister", "Minister", "PROPN", 16, "compound", "Number=Sing"),
    ("Lars", "Lars", "PROPN", 16, "compound", "Number=Plur"),
    ("Holm", "Holm", "PROPN", 16, "compound", "Number=Sing"),
    ("Bech", "Bech", "PROPN", 8, "conj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 17, "obj", "Number=Plur"),
    ("in", "in", "ADP", 20, "case", ""),
    ("Copenhagen", "Copenhagen", "PROPN", 17, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# The government will require most people to see a pharmacist, Priya Dhaliwal said Thursday, a major shift for a program.
PHARMACIST: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("require", "require", "VERB", -1, "root", "VerbForm=Inf"),
    ("most", "most", "ADJ", 5, "amod", "Degree=Sup"),
    ("people", "person", "NOUN", 3, "obj", "Number=Plur"),
    ("to", "to", "PART", 7, "mark", ""),
    ("see", "see", "VERB", 3, "advcl", "VerbForm=Inf"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("pharmacist", "pharmacist", "NOUN", 7, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("Priya", "Priya", "PROPN", 12, "compound", "Number=Sing"),
    ("Dhaliwal", "Dhaliwal", "PROPN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Thursday", "Thursday", "PROPN", 13, "iobj", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("major", "major", "ADJ", 18, "amod", "Degree=Pos"),
    ("shift", "shift", "NOUN", 13, "ccomp", "Number=Sing"),
    ("for", "for", "ADP", 21, "case", ""),
    ("a", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("program", "program", "NOUN", 18, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Ms Llewellyn said an additional 28 midwives had been recruited.
COURTESY: list[FeatRow] = [
    ("Ms", "Ms", "PROPN", 2, "nsubj", "Number=Sing"),
    ("Llewellyn", "llewellyn", "ADV", 2, "advmod", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("additional", "additional", "ADJ", 6, "amod", "Degree=Pos"),
    ("28", "28", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("midwives", "midwive", "NOUN", 9, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 9, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("recruited", "recruit", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Tour guides say the eruptions have become an attraction in themselves.
TOUR_GUIDES: list[FeatRow] = [
    ("Tour", "Tour", "PROPN", 1, "nsubj", "Number=Sing"),
    ("guides", "guide", "VERB", 2, "nsubj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("eruptions", "eruption", "NOUN", 6, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("become", "become", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("an", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("attraction", "attraction", "NOUN", 6, "obj", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("themselves", "themselves", "PRON", 6, "obl", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Olympic gold medallist and former Team New Zealand grinder Hamish Tait told the Herald the home crowd had been "worth a knot of boat speed" during the defence.
GRINDER: list[FeatRow] = [
    ("Olympic", "Olympic", "ADJ", 2, "amod", "Degree=Pos"),
    ("gold", "gold", "NOUN", 2, "compound", "Number=Sing"),
    ("medallist", "medallist", "NOUN", 11, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("former", "former", "ADJ", 8, "amod", "Degree=Pos"),
    ("Team", "Team", "PROPN", 8, "compound", "Number=Sing"),
    ("New", "New", "ADJ", 8, "amod", "Degree=Pos"),
    ("Zealand", "Zealand", "PROPN", 8, "compound", "Number=Sing"),
    ("grinder", "grinder", "NOUN", 10, "compound", "Number=Sing"),
    ("Hamish", "Hamish", "PROPN", 10, "compound", "Number=Sing"),
    ("Tait", "Tait", "PROPN", 2, "conj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Herald", "Herald", "PROPN", 11, "iobj", "Number=Sing"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("home", "home", "NOUN", 16, "compound", "Number=Sing"),
    ("crowd", "crowd", "NOUN", 20, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 20, "cop", "Tense=Past|VerbForm=Part"),
    ('"', '"', "PUNCT", 20, "punct", ""),
    ("##worth", "worth", "ADJ", 11, "ccomp", "Degree=Pos"),
    ("a", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("knot", "knot", "NOUN", 20, "obj", "Number=Sing"),
    ("of", "of", "ADP", 25, "case", ""),
    ("boat", "boat", "NOUN", 25, "compound", "Number=Sing"),
    ("speed", "speed", "NOUN", 22, "nmod", "Number=Sing"),
    ('##"', '"', "PUNCT", 25, "punct", ""),
    ("during", "during", "ADP", 29, "case", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("defence", "defence", "NOUN", 20, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Heart of the City chief executive Sandra Lowe said: "Our members have lived through years of chaos."
HEART: list[FeatRow] = [
    ("Heart", "heart", "NOUN", 8, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("City", "City", "PROPN", 7, "compound", "Number=Sing"),
    ("chief", "chief", "ADJ", 7, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 7, "amod", "Degree=Pos"),
    ("Sandra", "Sandra", "PROPN", 7, "compound", "Number=Sing"),
    ("Lowe", "Lowe", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##:", ":", "PUNCT", 14, "punct", ""),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("##Our", "our", "PRON", 12, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("members", "member", "NOUN", 14, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("lived", "live", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("through", "through", "ADP", 16, "case", ""),
    ("years", "year", "NOUN", 14, "obl", "Number=Plur"),
    ("of", "of", "ADP", 18, "case", ""),
    ("chaos", "chaos", "NOUN", 16, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 8, "punct", ""),
]

# The Minister of the Presidency, Rui Valadares, said the decision completed a process.
PRESIDENCY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Minister", "Minister", "PROPN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Presidency", "Presidency", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Rui", "Rui", "PROPN", 7, "compound", "Number=Sing"),
    ("Valadares", "Valadare", "PROPN", 4, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 12, "nsubj", "Number=Sing"),
    ("completed", "complete", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("process", "process", "NOUN", 12, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# "The golden visa made sense," the minister said.
PRESIDENCY_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("golden", "golden", "ADJ", 3, "amod", "Degree=Pos"),
    ("visa", "visa", "NOUN", 4, "nsubj", "Number=Sing"),
    ("made", "make", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sense", "sense", "NOUN", 4, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# Late on Tuesday, Gruber-Stainer and her FPÖ counterpart, Thomas Leitgeb, said in a brief joint statement that talks would continue on Thursday.
LATE: list[FeatRow] = [
    ("Late", "late", "ADJ", 15, "nsubj", "Degree=Pos"),
    ("on", "on", "ADP", 2, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 15, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Gruber", "Gruber", "PROPN", 6, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##Stainer", "Stainer", "PROPN", 2, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("her", "her", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("FPÖ", "FPÖ", "PROPN", 10, "compound", "Number=Sing"),
    ("counterpart", "counterpart", "NOUN", 6, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("Thomas", "Thomas", "PROPN", 13, "compound", "Number=Sing"),
    ("Leitgeb", "Leitgeb", "PROPN", 10, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 20, "case", ""),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("brief", "brief", "ADJ", 20, "amod", "Degree=Pos"),
    ("joint", "joint", "ADJ", 20, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 15, "obl", "Number=Sing"),
    ("that", "that", "PRON", 24, "obj", "PronType=Rel"),
    ("talks", "talk", "NOUN", 24, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 24, "aux", "VerbForm=Fin"),
    ("continue", "continue", "VERB", 20, "acl:relcl", "VerbForm=Inf"),
    ("on", "on", "ADP", 26, "case", ""),
    ("Thursday", "Thursday", "PROPN", 24, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The council approved the budget, a decision the mayor called "reckless".
A_MOVE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 2, "nsubj", "Number=Sing"),
    ("approved", "approve", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("decision", "decision", "NOUN", 10, "nsubj", "Number=Sing"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 10, "nsubj", "Number=Sing"),
    ("called", "call", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("##reckless", "reckless", "NOUN", 10, "obj", "Number=Sing"),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Icelandic Meteorological Office said the fissure opened shortly after 9 p.m.
LAVA: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Icelandic", "icelandic", "ADJ", 3, "amod", "Degree=Pos"),
    ("Meteorological", "meteorological", "ADJ", 3, "amod", "Degree=Pos"),
    ("Office", "Office", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("fissure", "fissure", "NOUN", 4, "obj", "Number=Sing"),
    ("opened", "open", "VERB", 6, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("shortly", "shortly", "ADV", 7, "advmod", "Degree=Pos"),
    ("after", "after", "ADP", 10, "case", ""),
    ("9", "9", "NUM", 4, "obl", "NumForm=Digit|NumType=Card"),
    ("p.m.", "p.m.", "PROPN", 4, "discourse", "Number=Sing"),
]

# Lava was flowing mainly to the west, away from homes, the office said, but it warned that conditions could change quickly.
LAVA_2: list[FeatRow] = [
    ("Lava", "lava", "PROPN", 2, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 2, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("flowing", "flow", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("mainly", "mainly", "ADV", 2, "advmod", "Degree=Pos"),
    ("to", "to", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("west", "west", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("away", "away", "ADV", 2, "advmod", ""),
    ("from", "from", "ADP", 10, "case", ""),
    ("homes", "home", "NOUN", 2, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("office", "office", "NOUN", 14, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 2, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("but", "but", "CCONJ", 18, "cc", ""),
    ("it", "it", "PRON", 18, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("warned", "warn", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 22, "mark", ""),
    ("conditions", "condition", "NOUN", 22, "nsubj", "Number=Plur"),
    ("could", "could", "AUX", 22, "aux", "VerbForm=Fin"),
    ("change", "change", "VERB", 18, "ccomp", "VerbForm=Inf"),
    ("quickly", "quickly", "ADV", 22, "advmod", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Some residents said they had not been warned.
RESIDENTS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 7, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 7, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 7, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("warned", "warn", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Others said the warnings came too late.
RESIDENTS_2: list[FeatRow] = [
    ("Others", "other", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("warnings", "warning", "NOUN", 4, "nsubj", "Number=Plur"),
    ("came", "come", "VERB", 1, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 6, "advmod", ""),
    ("late", "late", "ADJ", 4, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The survivors gathered outside.
SURVIVORS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("survivors", "survivor", "NOUN", 2, "nsubj", "Number=Plur"),
    ("gathered", "gather", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("outside", "outside", "ADV", 2, "advmod", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Some said they had not been warned.
SURVIVORS_2: list[FeatRow] = [
    ("Some", "some", "DET", 1, "nsubj", "PronType=Ind"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 6, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 6, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("warned", "warn", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Others said the warnings came too late.
SURVIVORS_3: list[FeatRow] = [
    ("Others", "other", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("warnings", "warning", "NOUN", 4, "nsubj", "Number=Plur"),
    ("came", "come", "VERB", 1, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 6, "advmod", ""),
    ("late", "late", "ADJ", 4, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Several workers, who hail mostly from Central America, earned legal status, while others acknowledged that they remained in the country illegally.
WORKERS: list[FeatRow] = [
    ("Several", "several", "ADJ", 1, "amod", "Degree=Pos"),
    ("workers", "worker", "NOUN", 10, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("hail", "hail", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("mostly", "mostly", "ADV", 4, "advmod", ""),
    ("from", "from", "ADP", 8, "case", ""),
    ("Central", "Central", "ADJ", 8, "amod", "Degree=Pos"),
    ("America", "America", "PROPN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("earned", "earn", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("legal", "legal", "ADJ", 12, "amod", "Degree=Pos"),
    ("status", "status", "NOUN", 10, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("while", "while", "SCONJ", 16, "mark", ""),
    ("others", "other", "NOUN", 16, "nsubj", "Number=Plur"),
    ("acknowledged", "acknowledge", "VERB", 10, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("they", "they", "PRON", 19, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("remained", "remain", "VERB", 16, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 19, "obl", "Number=Sing"),
    ("illegally", "illegally", "ADV", 19, "advmod", ""),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


# A provincial official, who asked not to be named because they were not authorized to speak publicly about the operation, told CBC News the province had struggled to find enough buses.
PROVINCIAL: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("provincial", "provincial", "ADJ", 2, "amod", "Degree=Pos"),
    ("official", "official", "NOUN", 28, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 9, "mark", ""),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 5, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 14, "mark", ""),
    ("they", "they", "PRON", 14, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 14, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("authorized", "authorize", "VERB", 9, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 16, "mark", ""),
    ("speak", "speak", "VERB", 14, "xcomp", "VerbForm=Inf"),
    ("publicly", "publicly", "ADV", 16, "advmod", "Degree=Pos"),
    ("about", "about", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("operation", "operation", "NOUN", 16, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("told", "tell", "VERB", 28, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("CBC", "CBC", "PROPN", 24, "compound", "Number=Sing"),
    ("News", "News", "PROPN", 22, "xcomp", "Number=Sing"),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("province", "province", "NOUN", 28, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 28, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("struggled", "struggle", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 30, "mark", ""),
    ("find", "find", "VERB", 28, "xcomp", "VerbForm=Inf"),
    ("enough", "enough", "ADJ", 32, "amod", "Degree=Pos"),
    ("buses", "bus", "NOUN", 30, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 28, "punct", ""),
]

# An IMF spokesperson said in an emailed response to questions that the fund welcomed the progress but would need to assess whether the final terms were consistent with its targets.
EMAILED: list[FeatRow] = [
    ("An", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("IMF", "imf", "NOUN", 2, "compound", "Number=Sing"),
    ("spokesperson", "spokesperson", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("an", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("emailed", "email", "VERB", 7, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("response", "response", "NOUN", 3, "obl", "Number=Sing"),
    ("to", "to", "ADP", 9, "case", ""),
    ("questions", "question", "NOUN", 7, "nmod", "Number=Plur"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("fund", "fund", "NOUN", 13, "nsubj", "Number=Sing"),
    ("welcomed", "welcome", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("progress", "progress", "NOUN", 13, "obj", "Number=Sing"),
    ("but", "but", "CCONJ", 18, "cc", ""),
    ("would", "would", "AUX", 18, "aux", "VerbForm=Fin"),
    ("need", "need", "VERB", 3, "conj", "VerbForm=Inf"),
    ("to", "to", "PART", 20, "mark", ""),
    ("assess", "assess", "VERB", 18, "xcomp", "VerbForm=Inf"),
    ("whether", "whether", "SCONJ", 26, "mark", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("final", "final", "ADJ", 24, "amod", "Degree=Pos"),
    ("terms", "term", "NOUN", 26, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 26, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("consistent", "consistent", "ADJ", 20, "ccomp", "Degree=Pos"),
    ("with", "with", "ADP", 29, "case", ""),
    ("its", "its", "PRON", 29, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("targets", "target", "NOUN", 26, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The company will cut 500 jobs, two sources said, a year after a fire forced it to close its main plant.
AFTER_FIRE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("cut", "cut", "VERB", -1, "root", "VerbForm=Inf"),
    ("500", "500", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("jobs", "job", "NOUN", 3, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("two", "two", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("sources", "source", "NOUN", 9, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 16, "nsubj", "Number=Sing"),
    ("after", "after", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("fire", "fire", "NOUN", 16, "nsubj", "Number=Sing"),
    ("forced", "force", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 16, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("to", "to", "PART", 19, "mark", ""),
    ("close", "close", "VERB", 16, "xcomp", "VerbForm=Inf"),
    ("its", "its", "PRON", 22, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("main", "main", "ADJ", 22, "amod", "Degree=Pos"),
    ("plant", "plant", "NOUN", 19, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The company will cut 500 jobs, two people familiar with the plan said, as it struggles with falling sales.
AS_IT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("cut", "cut", "VERB", -1, "root", "VerbForm=Inf"),
    ("500", "500", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("jobs", "job", "NOUN", 3, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("two", "two", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("people", "person", "NOUN", 9, "nsubj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 3, "xcomp", "Degree=Pos"),
    ("with", "with", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("as", "as", "SCONJ", 17, "mark", ""),
    ("it", "it", "PRON", 17, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("struggles", "struggle", "VERB", 3, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("with", "with", "SCONJ", 19, "mark", ""),
    ("falling", "fall", "VERB", 17, "advcl", "VerbForm=Part"),
    ("sales", "sale", "NOUN", 19, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The economy is slowing, Smith said, because demand fell.
BECAUSE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("economy", "economy", "NOUN", 3, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("slowing", "slowing", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Smith", "Smith", "PROPN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("because", "because", "SCONJ", 10, "mark", ""),
    ("demand", "demand", "NOUN", 10, "nsubj", "Number=Sing"),
    ("fell", "fall", "VERB", 6, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# His appointment of James Zogby, the president of the Arab American Institute, to the drafting committee suggests that he wants the party to take a more evenhanded approach.
ZOGBY: list[FeatRow] = [
    ("His", "his", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("appointment", "appointment", "NOUN", 18, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("James", "James", "PROPN", 1, "nmod", "Number=Sing"),
    ("Zogby", "Zogby", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 1, "appos", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("Arab", "Arab", "ADJ", 12, "amod", "Degree=Pos"),
    ("American", "American", "ADJ", 12, "amod", "Degree=Pos"),
    ("Institute", "Institute", "PROPN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("to", "to", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("drafting", "draft", "VERB", 17, "amod", "VerbForm=Ger"),
    ("committee", "committee", "NOUN", 7, "nmod", "Number=Sing"),
    ("suggests", "suggest", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("he", "he", "PRON", 21, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("wants", "want", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 21, "obj", "Number=Sing"),
    ("to", "to", "PART", 25, "mark", ""),
    ("take", "take", "VERB", 21, "advcl", "VerbForm=Inf"),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("more", "more", "ADV", 28, "advmod", "Degree=Cmp"),
    ("evenhanded", "evenhand", "VERB", 29, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("approach", "approach", "NOUN", 25, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]


# Those close to him said the plan was dead.
THOSE_CLOSE: list[FeatRow] = [
    ("Those", "that", "DET", 1, "det", "Number=Plur|PronType=Dem"),
    ("close", "close", "ADJ", 4, "nsubj", "Degree=Pos"),
    ("to", "to", "ADP", 3, "case", ""),
    ("him", "he", "PRON", 1, "nmod", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dead", "dead", "ADJ", 4, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Those familiar with the talks said the plan was dead.
THOSE_FAMILIAR: list[FeatRow] = [
    ("Those", "that", "DET", 1, "det", "Number=Plur|PronType=Dem"),
    ("familiar", "familiar", "ADJ", 5, "nsubj", "Degree=Pos"),
    ("with", "with", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 1, "obl", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dead", "dead", "ADJ", 5, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The end goal was a Utopian communist state in which class was abolished, egalitarianism ruled and all citizens would equally own the means of production.
EGALITARIANISM: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("end", "end", "NOUN", 2, "compound", "Number=Sing"),
    ("goal", "goal", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("Utopian", "utopian", "ADJ", 7, "amod", "Degree=Pos"),
    ("communist", "communist", "ADJ", 7, "amod", "Degree=Pos"),
    ("state", "state", "NOUN", -1, "root", "Number=Sing"),
    ("in", "in", "ADP", 9, "case", ""),
    ("which", "which", "PRON", 12, "obl", "PronType=Rel"),
    ("class", "class", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("abolished", "abolish", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("egalitarianism", "egalitarianism", "NOUN", 15, "nsubj", "Number=Sing"),
    ("ruled", "rule", "VERB", 12, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("and", "and", "CCONJ", 21, "cc", ""),
    ("all", "all", "DET", 18, "det", "PronType=Tot"),
    ("citizens", "citizen", "NOUN", 21, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 21, "aux", "VerbForm=Fin"),
    ("equally", "equally", "ADV", 21, "advmod", ""),
    ("own", "own", "VERB", 7, "conj", "VerbForm=Inf"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("means", "means", "NOUN", 21, "obj", "Number=Plur"),
    ("of", "of", "ADP", 25, "case", ""),
    ("production", "production", "NOUN", 23, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# A disproportionate number of refugees from Iraq admitted to the United States have been Christian.
REFUGEES: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("disproportionate", "disproportionate", "ADJ", 2, "amod", "Degree=Pos"),
    ("number", "number", "NOUN", 14, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("refugees", "refugee", "NOUN", 2, "nmod", "Number=Plur"),
    ("from", "from", "ADP", 6, "case", ""),
    ("Iraq", "Iraq", "PROPN", 4, "nmod", "Number=Sing"),
    ("admitted", "admit", "VERB", 14, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("United", "Unite", "VERB", 11, "amod", "Tense=Past|VerbForm=Part"),
    ("States", "State", "PROPN", 14, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 14, "cop", "Tense=Past|VerbForm=Part"),
    ("Christian", "Christian", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]


# Lufthansa cancelled around 800 flights on Wednesday as pilots walked out, stranding more than 100,000 passengers, the airline said.
AIRLINE: list[FeatRow] = [
    ("Lufthansa", "Lufthansa", "PROPN", 1, "nsubj", "Number=Sing"),
    ("cancelled", "cancel", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("around", "around", "ADV", 3, "advmod", ""),
    ("800", "800", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("flights", "flight", "NOUN", 1, "obj", "Number=Plur"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 4, "nmod", "Number=Sing"),
    ("as", "as", "ADP", 8, "case", ""),
    ("pilots", "pilot", "NOUN", 9, "nsubj", "Number=Plur"),
    ("walked", "walk", "VERB", 1, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("out", "out", "ADP", 9, "compound:prt", ""),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("stranding", "strand", "VERB", 9, "advcl", "Tense=Pres|VerbForm=Part"),
    ("more", "more", "ADV", 12, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 16, "case", ""),
    ("100,000", "100000", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("passengers", "passenger", "NOUN", 12, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("airline", "airline", "NOUN", 20, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 1, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# A commission of inquiry into the military plane crash that killed Malawi's vice-president Saulos Chilima and eight others found that bad weather caused the disaster, its chairman said Tuesday.
INQUIRY: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("commission", "commission", "NOUN", 29, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("inquiry", "inquiry", "NOUN", 1, "nmod", "Number=Sing"),
    ("into", "into", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("military", "military", "ADJ", 8, "amod", "Degree=Pos"),
    ("plane", "plane", "NOUN", 8, "compound", "Number=Sing"),
    ("crash", "crash", "NOUN", 1, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 10, "nsubj", "PronType=Rel"),
    ("killed", "kill", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Malawi", "Malawi", "PROPN", 13, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 11, "case", ""),
    ("vice-president", "vice-president", "NOUN", 10, "obj", "Number=Sing"),
    ("Saulos", "Saulos", "PROPN", 15, "compound", "Number=Sing"),
    ("Chilima", "Chilima", "PROPN", 13, "flat", "Number=Sing"),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("eight", "eight", "NUM", 18, "nummod", "NumForm=Word|NumType=Card"),
    ("others", "other", "NOUN", 19, "nsubj", "Number=Plur"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("bad", "bad", "ADJ", 22, "amod", "Degree=Pos"),
    ("weather", "weather", "NOUN", 23, "nsubj", "Number=Sing"),
    ("caused", "cause", "VERB", 19, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("disaster", "disaster", "NOUN", 23, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("its", "its", "PRON", 28, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("chairman", "chairman", "NOUN", 29, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 19, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Tuesday", "Tuesday", "PROPN", 29, "nsubj", "Number=Sing"),
    ("##.", ".", "PUNCT", 29, "punct", ""),
]

# According to the text of the decree-law, the scheme will end 90 days after publication.
DECREE: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("text", "text", "NOUN", 13, "obl", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("decree", "decree", "NOUN", 8, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 6, "punct", ""),
    ("##law", "law", "NOUN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 13, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 13, "aux", "VerbForm=Fin"),
    ("end", "end", "VERB", -1, "root", "VerbForm=Inf"),
    ("90", "90", "NUM", 15, "nummod", "NumForm=Digit|NumType=Card"),
    ("days", "day", "NOUN", 13, "obj", "Number=Plur"),
    ("after", "after", "ADP", 17, "case", ""),
    ("publication", "publication", "NOUN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# A senior Election Commission official said troops would be deployed in all 64 districts from Friday to support the police, adding that the commission had received no formal request from any party to postpone the vote.
ADDING: list[FeatRow] = [
    ("A", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 4, "amod", "Degree=Pos"),
    ("Election", "election", "NOUN", 4, "compound", "Number=Sing"),
    ("Commission", "Commission", "PROPN", 4, "compound", "Number=Sing"),
    ("official", "official", "NOUN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("troops", "troops", "NOUN", 9, "nsubj:pass", "Number=Plur"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("deployed", "deploy", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 13, "case", ""),
    ("all", "all", "DET", 13, "det", "PronType=Tot"),
    ("64", "64", "NUM", 13, "nummod", "NumForm=Digit|NumType=Card"),
    ("districts", "district", "NOUN", 9, "obl", "Number=Plur"),
    ("from", "from", "ADP", 15, "case", ""),
    ("Friday", "Friday", "PROPN", 13, "nmod", "Number=Sing"),
    ("to", "to", "PART", 17, "mark", ""),
    ("support", "support", "VERB", 9, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("police", "police", "NOUN", 17, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("adding", "add", "VERB", 17, "conj", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("commission", "commission", "NOUN", 26, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("received", "receive", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part"),
    ("no", "no", "DET", 29, "det", "PronType=Neg"),
    ("formal", "formal", "ADJ", 29, "amod", "Degree=Pos"),
    ("request", "request", "NOUN", 26, "obj", "Number=Sing"),
    ("from", "from", "ADP", 32, "case", ""),
    ("any", "any", "DET", 32, "det", "PronType=Ind"),
    ("party", "party", "NOUN", 29, "nmod", "Number=Sing"),
    ("to", "to", "PART", 34, "mark", ""),
    ("postpone", "postpone", "VERB", 26, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 36, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 34, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The minister said the plan would work, saying voters wanted change.
SAYING: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("work", "work", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("saying", "say", "VERB", 6, "conj", "Tense=Pres|VerbForm=Part"),
    ("voters", "voter", "NOUN", 8, "obj", "Number=Plur"),
    ("wanted", "want", "VERB", 11, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("change", "change", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# His coach, Joseph Rotich, said the runner trained hard.
COACH: list[FeatRow] = [
    ("His", "his", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("coach", "coach", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Joseph", "Joseph", "PROPN", 1, "appos", "Number=Sing"),
    ("Rotich", "Rotich", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("runner", "runner", "NOUN", 6, "obj", "Number=Sing"),
    ("trained", "train", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("hard", "hard", "ADV", 9, "advmod", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# One European-based coach, who asked not to be named because he works with rival athletes, told Reuters that the mood was cautious.
COACH_2: list[FeatRow] = [
    ("One", "one", "NUM", 4, "nummod", "NumForm=Word|NumType=Card"),
    ("European", "European", "ADJ", 3, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##based", "based", "ADJ", 4, "amod", "Degree=Pos"),
    ("coach", "coach", "NOUN", 19, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("who", "who", "PRON", 7, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 11, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 11, "mark", ""),
    ("be", "be", "AUX", 11, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 7, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 14, "mark", ""),
    ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("works", "work", "VERB", 11, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("with", "with", "ADP", 17, "case", ""),
    ("rival", "rival", "ADJ", 17, "amod", "Degree=Pos"),
    ("athletes", "athlete", "NOUN", 14, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 19, "iobj", "Number=Plur"),
    ("that", "that", "SCONJ", 25, "mark", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("mood", "mood", "NOUN", 25, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 25, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cautious", "cautious", "ADJ", 19, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]

# "Everyone is happy to see a record," the coach said.
COACH_3: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##Everyone", "everyone", "PRON", 3, "nsubj", "Number=Sing|PronType=Ind"),
    ("is", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("happy", "happy", "ADJ", 12, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 5, "mark", ""),
    ("see", "see", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("record", "record", "NOUN", 5, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("coach", "coach", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# A senior executive at a national clothing retailer, who spoke on condition of anonymity, told the Montreal Gazette the firm expected to spend millions on new signs.
EXECUTIVE: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 2, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 16, "nsubj", "Degree=Pos"),
    ("at", "at", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("national", "national", "ADJ", 7, "amod", "Degree=Pos"),
    ("clothing", "clothing", "NOUN", 7, "compound", "Number=Sing"),
    ("retailer", "retailer", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 7, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 12, "case", ""),
    ("condition", "condition", "NOUN", 10, "obl", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("anonymity", "anonymity", "NOUN", 12, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("Montreal", "Montreal", "PROPN", 19, "compound", "Number=Sing"),
    ("Gazette", "Gazette", "PROPN", 22, "nsubj", "Number=Sing"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 22, "nsubj", "Number=Sing"),
    ("expected", "expect", "VERB", 16, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 24, "mark", ""),
    ("spend", "spend", "VERB", 22, "xcomp", "VerbForm=Inf"),
    ("millions", "million", "NOUN", 24, "obj", "Number=Plur"),
    ("on", "on", "ADP", 28, "case", ""),
    ("new", "new", "ADJ", 28, "amod", "Degree=Pos"),
    ("signs", "sign", "NOUN", 24, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# "We are not fighting it," the executive said.
EXECUTIVE_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##We", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("fighting", "fight", "VERB", 10, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("it", "it", "PRON", 4, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("executive", "executive", "NOUN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# A coalition of merchants calling itself Commerce Equitable has asked the court to suspend the provisions.
EXECUTIVE_3: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("coalition", "coalition", "NOUN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("merchants", "merchant", "NOUN", 1, "nmod", "Number=Plur"),
    ("calling", "call", "VERB", 1, "acl", "VerbForm=Ger"),
    ("itself", "itself", "PRON", 4, "iobj", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("Commerce", "Commerce", "PROPN", 7, "compound", "Number=Sing"),
    ("Equitable", "Equitable", "PROPN", 9, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("asked", "ask", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 9, "obj", "Number=Sing"),
    ("to", "to", "PART", 13, "mark", ""),
    ("suspend", "suspend", "VERB", 9, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("provisions", "provision", "NOUN", 13, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# "We support the goal," association CEO Paul Dhillon told Postmedia News.
ASSOCIATION_CEO: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("support", "support", "VERB", 11, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("goal", "goal", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("association", "association", "NOUN", 10, "compound", "Number=Sing"),
    ("CEO", "CEO", "PROPN", 10, "compound", "Number=Sing"),
    ("Paul", "Paul", "PROPN", 10, "compound", "Number=Sing"),
    ("Dhillon", "Dhillon", "PROPN", 11, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Postmedia", "Postmedia", "PROPN", 13, "compound", "Number=Sing"),
    ("News", "News", "PROPN", 11, "iobj", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Tour guides say the eruptions have become an attraction in themselves, with helicopter tours to the lava fields fully booked within hours.
TOUR_LONG: list[FeatRow] = [
    ("Tour", "Tour", "PROPN", 1, "nsubj", "Number=Sing"),
    ("guides", "guide", "VERB", 2, "nsubj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("eruptions", "eruption", "NOUN", 6, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("become", "become", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("an", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("attraction", "attraction", "NOUN", 6, "obj", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("themselves", "themselves", "PRON", 8, "nmod", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("with", "with", "ADP", 14, "case", ""),
    ("helicopter", "helicopter", "NOUN", 14, "compound", "Number=Sing"),
    ("tours", "tour", "NOUN", 6, "obl", "Number=Plur"),
    ("to", "to", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("lava", "lava", "NOUN", 18, "compound", "Number=Sing"),
    ("fields", "field", "NOUN", 14, "nmod", "Number=Plur"),
    ("fully", "fully", "ADV", 20, "advmod", ""),
    ("booked", "book", "VERB", 6, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("within", "within", "ADP", 22, "case", ""),
    ("hours", "hour", "NOUN", 20, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


# Neighbors described Costa as a generous man.
ONE_WHO: list[FeatRow] = [
    ("Neighbors", "Neighbor", "PROPN", 1, "nsubj", "Number=Plur"),
    ("described", "describe", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("Costa", "Costa", "PROPN", 1, "obj", "Number=Sing"),
    ("as", "as", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("generous", "generous", "ADJ", 6, "amod", "Degree=Pos"),
    ("man", "man", "NOUN", 1, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# "He would give you the shirt off his back," said one, who asked that her name not be used.
ONE_WHO_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##He", "he", "PRON", 3, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 3, "aux", "VerbForm=Fin"),
    ("give", "give", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("you", "you", "PRON", 3, "iobj", "Case=Acc|Person=2|PronType=Prs"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("shirt", "shirt", "NOUN", 3, "obj", "Number=Sing"),
    ("off", "off", "ADP", 9, "case", ""),
    ("his", "his", "PRON", 9, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("back", "back", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("one", "one", "NUM", 12, "iobj", "NumForm=Word|NumType=Card"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("who", "who", "PRON", 16, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 22, "mark", ""),
    ("her", "her", "PRON", 19, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("name", "name", "NOUN", 22, "nsubj:pass", "Number=Sing"),
    ("not", "not", "PART", 22, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 22, "aux:pass", "VerbForm=Inf"),
    ("used", "use", "VERB", 16, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]


# Former Wallabies captain turned commentator Luke Brennan said on Stan Sport's weekly rugby show that the players were the real victims.
TURNED: list[FeatRow] = [
    ("Former", "former", "ADJ", 1, "amod", "Degree=Pos"),
    ("Wallabies", "Wallaby", "PROPN", 2, "nsubj", "Number=Plur"),
    ("captain", "captain", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("turned", "turn", "VERB", 2, "xcomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("commentator", "commentator", "NOUN", 6, "compound", "Number=Sing"),
    ("Luke", "Luke", "PROPN", 6, "compound", "Number=Sing"),
    ("Brennan", "Brennan", "PROPN", 3, "obj", "Number=Sing"),
    ("said", "say", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Stan", "Stan", "PROPN", 10, "compound", "Number=Sing"),
    ("Sport", "Sport", "PROPN", 14, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 10, "case", ""),
    ("weekly", "weekly", "ADV", 13, "amod", ""),
    ("rugby", "rugby", "NOUN", 14, "compound", "Number=Sing"),
    ("show", "show", "NOUN", 7, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("players", "player", "NOUN", 21, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 21, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("real", "real", "ADJ", 21, "amod", "Degree=Pos"),
    ("victims", "victim", "NOUN", 14, "acl:relcl", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# “These blokes signed contracts in good faith,” he said.
TURNED_2: list[FeatRow] = [
    ("“", '"', "PUNCT", 3, "punct", ""),
    ("##These", "this", "DET", 2, "det", "Number=Plur|PronType=Dem"),
    ("blokes", "bloke", "NOUN", 3, "nsubj", "Number=Plur"),
    ("signed", "sign", "VERB", 11, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("contracts", "contract", "NOUN", 3, "obj", "Number=Plur"),
    ("in", "in", "ADP", 7, "case", ""),
    ("good", "good", "ADJ", 7, "amod", "Degree=Pos"),
    ("faith", "faith", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("##”", '"', "PUNCT", 3, "punct", ""),
    ("he", "he", "PRON", 11, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]


# According to a ministry presentation seen by Reuters, the government expects annual gross financing needs to fall below 13% of GDP.
PRESENTATION: list[FeatRow] = [
    ("According", "accord", "VERB", 4, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("ministry", "ministry", "NOUN", 4, "compound", "Number=Sing"),
    ("presentation", "presentation", "NOUN", 11, "obl", "Number=Sing"),
    ("seen", "see", "VERB", 4, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 7, "case", ""),
    ("Reuters", "Reuters", "PROPN", 5, "obl:agent", "Number=Plur"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 11, "nsubj", "Number=Sing"),
    ("expects", "expect", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("annual", "annual", "ADJ", 14, "amod", "Degree=Pos"),
    ("gross", "gross", "ADJ", 14, "amod", "Degree=Pos"),
    ("financing", "financing", "NOUN", 15, "nsubj", "Number=Sing"),
    ("needs", "need", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 17, "mark", ""),
    ("fall", "fall", "VERB", 15, "xcomp", "VerbForm=Inf"),
    ("below", "below", "ADV", 19, "advmod", ""),
    ("13", "13", "NUM", 20, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 17, "obj", "Number=Sing"),
    ("of", "of", "ADP", 22, "case", ""),
    ("GDP", "gdp", "NOUN", 20, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]


def test_portfolio_fields_listed_with_commas_are_the_titles():
    assert speakers(PORTFOLIO) == [("Lars Holm Bech", "Climate, Energy and Utilities Minister", "named")]


def test_a_reports_verb_is_no_title_of_the_speaker_after_its_comma():
    assert [q[:2] for q in sentence_quotes(PHARMACIST)] == [
        ("The government will require most people to see a pharmacist", "Priya Dhaliwal")
    ]


def test_a_surname_tagged_an_adverb_after_a_courtesy_title_is_the_subject():
    assert [s[0] for s in speakers(COURTESY)] == ["Ms Llewellyn"]


def test_a_plural_subject_tagged_a_verb_keeps_its_modifier():
    assert speakers(TOUR_GUIDES) == [("Tour guides", None, "anonymous")]


def test_two_titles_with_a_sailing_post_before_a_name():
    assert speakers(GRINDER) == [("Hamish Tait", "Olympic gold medallist and former Team New Zealand grinder", "named")]


def test_a_title_tagged_an_adjective_after_a_bodys_name_with_of_the():
    assert speakers(HEART) == [("Sandra Lowe", "Heart of the City chief executive", "named")]


def test_the_minister_is_the_minister_of_a_portfolio_named_with_of():
    assert [s[0] for s in speakers(PRESIDENCY, PRESIDENCY_2)] == ["Rui Valadares"] * 2


def test_a_time_adverb_opening_the_sentence_before_a_hyphenated_name():
    ((text, speaker, _, _),) = sentence_quotes(LATE)
    assert speaker.startswith("Gruber-Stainer")


def test_a_relative_clause_with_no_that_has_its_own_subject():
    assert [q[:2] for q in sentence_quotes(A_MOVE)] == [('"reckless"', "the mayor")]


def test_it_after_a_cue_interrupting_a_report_is_the_one_who_said_it():
    assert [s[0] for s in speakers(LAVA, LAVA_2)] == ["Icelandic Meteorological Office"] * 3


def test_others_after_a_share_of_a_group():
    assert [s[2] for s in speakers(RESIDENTS, RESIDENTS_2)] == ["vague", "vague"]
    assert [s[2] for s in speakers(SURVIVORS, SURVIVORS_2, SURVIVORS_3)] == ["anonymous", "anonymous"]
    assert [s[2] for s in speakers(WORKERS)] == ["anonymous"]


def test_a_cue_read_as_an_adverbial_of_its_report_after_a_long_relative_clause():
    assert speakers(PROVINCIAL) == [("A provincial official", None, "anonymous-with-reason")]
    ((text, _, _, _),) = sentence_quotes(PROVINCIAL)
    assert text == "the province had struggled to find enough buses"


def test_a_that_clause_after_an_occasion_with_a_noun_inside_is_what_was_said():
    ((text, speaker, _, _),) = sentence_quotes(EMAILED)
    assert text.startswith("that the fund welcomed the progress but would need to assess")
    assert speaker == "An IMF spokesperson"


def test_the_writers_clause_after_a_closing_cue_is_not_reported():
    assert [q[:2] for q in sentence_quotes(AFTER_FIRE)] == [("The company will cut 500 jobs", "two sources")]
    assert [q[:2] for q in sentence_quotes(AS_IT)] == [
        ("The company will cut 500 jobs", "two people familiar with the plan")
    ]
    # (a reason after the cue is the speaker's)
    assert [q[0] for q in sentence_quotes(BECAUSE)] == ["The economy is slowing", "because demand fell"]


def test_a_description_ends_before_its_apposition_and_its_comma():
    r = resolve([[ZOGBY]])
    assert [q.speaker.text for q in r.quotes if q.speaker] == ["His appointment of James Zogby"]


def test_those_described_by_a_relation_are_anonymous_people():
    assert speakers(THOSE_CLOSE) == [("Those close to him", None, "anonymous")]
    assert speakers(THOSE_FAMILIAR) == [("Those familiar with the talks", None, "anonymous")]


def test_no_report_read_into_a_relative_clause_or_a_participle():
    assert sentence_quotes(EGALITARIANISM) == []
    assert sentence_quotes(REFUGEES) == []


def test_the_airline_is_the_lone_name_its_sentence_reports_on():
    assert speakers(AIRLINE) == [("Lufthansa", None, "organization")]


def test_a_conjunct_opened_by_and_is_no_subject_and_the_finding_is_the_commissions():
    ((name, _, anonymity),) = speakers(INQUIRY)
    assert name.startswith("A commission of inquiry") and anonymity == "organization"


def test_the_text_of_a_decree_is_a_document():
    assert speakers(DECREE) == [("the text of the decree-law", None, "organization")]
    assert ("a ministry presentation", None, "organization") in speakers(PRESENTATION)


def test_a_speech_participle_at_the_end_of_a_report_is_the_speakers():
    assert [s[0] for s in speakers(ADDING)] == ["A senior Election Commission official"] * 2
    assert [s[0] for s in speakers(SAYING)] == ["The minister"] * 2


def test_the_noun_after_one_brought_in_with_it_is_that_one():
    assert [s[0] for s in speakers(COACH, COACH_2, COACH_3)] == [
        "Joseph Rotich",
        "One European-based coach",
        "One European-based coach",
    ]
    r = resolve([[EXECUTIVE], [EXECUTIVE_2], [EXECUTIVE_3]])
    first, second = (q for q in r.quotes if q.speaker is not None and "executive" in q.speaker.text)
    assert first.speaker.entity is not None and first.speaker.entity == second.speaker.entity
    assert r.entities[first.speaker.entity].name == "A senior executive at a national clothing retailer"


def test_a_bodys_noun_before_a_post_and_a_name_describes_the_post():
    assert speakers(ASSOCIATION_CEO) == [("Paul Dhillon", "association CEO", "named")]


def test_a_plural_tagged_a_verb_with_the_full_stop_on_it():
    assert [s[0] for s in speakers(TOUR_LONG)] == ["Tour guides"]


def test_one_after_an_inverted_cue_with_a_who_clause_is_the_speaker():
    assert speakers(ONE_WHO, ONE_WHO_2)[-1] == ("one", None, "anonymous-with-reason")


def test_a_role_turned_role_before_a_name_is_its_title():
    assert speakers(TURNED, TURNED_2) == [("Luke Brennan", "Former Wallabies captain turned commentator", "named")] * 2
