"""Asides, titles and mentions the parse or the entity layer got wrong (session 54, from fresh
articles; each tree is the shipped parser's for the invented sentence in its comment):

* the writer's aside after a closing cue and its time read as the cue's subject, with a portfolio
  of two fields before the title ("..., Housing and Homelessness Minister Ana Ruiz announced
  Thursday, a major shift for a program ..."): the speaker was "Thursday"
  (trailing_speaker._aside_read_as_subject; "homelessness" in ``portfolio_words``);
* "the spokesperson added" after "A World Athletics spokesperson said", itself after "World
  Athletics has said": the spokesperson joined the body's entity, which has no spokesperson's
  description, so "the spokesperson" was a new anonymous source; it is the body that last spoke
  through a spokesperson, unless the noun says another gender (spokespeople._same_spokesperson);
* "Roe himself, speaking at a news conference ..., said" with "Roe" tagged a verb and "himself"
  its object: no speaker (name_tags.name_read_as_verb_before_reflexive); and "Jane Roe herself said"
  had the role "herself" (mention_words: an emphatic pronoun is no part of a mention);
* "Jack Pemberton, the world No. 31, told the BBC": the speaker was "No.", a name
  (name_runs._qualifies: "No." before a number is a rank);
* '"...," Canadian Union of Public Employees president Mark Hancock said' with the quotation's
  comma and mark hung on the subject: the union spoke, not its president
  (titled_names._moves leaves leading punctuation out of the subject's phrase);
* "Many young Nepalis say" (a nation's plural the tagger made a singular proper noun) was a person
  named "Nepalis" (entities._plural_class; more nations in ``demonyms``); "Electricity North West
  said" was a person (``organization_words``);
* "The FIA, the sport's governing body, said" with "FIA" tagged a common noun: an anonymous
  description (name_tags.acronym_heads; not a role's acronym: "The CEO said");
* '"...," said Formula One chief executive Martin Ashby' with "Formula" the cue's indirect object
  (or a second subject): the role lost "Formula" or the speaker was "Formula E"
  (titled_names.name_read_apart_from_title);
* "Envision Racing driver Sébastien Morel, who ..., wrote" with "Racing" tagged a verb: the team
  spoke (name_tags.name_part_read_as_verb);
* "Eszter Kovacs, editor-in-chief of the ... site Kontextus, which receives part of its funding
  ..., said": the "its" made her an organisation (learned.learn_genders: a "which" stands for a
  thing, as a body's noun does);
* "according to the Hungarian news site Telex": Telex was a person titled "news site" (``body_nouns``);
* "Aberdeen and Grampian Chamber of Commerce's latest oil and gas survey found": "Aberdeen" was a
  person (coordinated_names.outlet_read_as_coordination: a common noun conjunct after the name is no
  part of it; "chamber" in ``organization_words``), and a body's name through "of" kept the
  possessive that owns the survey (name_context.fuller_org_name);
* "Sarah Kelleher, whose father, former Balmain prop Tom Kelleher, was diagnosed ..., said" with
  "whose father" an apposition and "diagnosed" the cue's complement: no speaker, or the father
  (torn_reports.whose_clause_read_as_complement; the role reads on past the apposition inside
  the "whose" phrase, role_words.past_whose_apposition);
* 'said staff had done "an extraordinary job" but warned that ...': the staff warned
  (coordination.cue_form_conjunct: a contrast that reports a clause is the speaker's after a perfect too);
* "Dr Jane Roe, the chief executive of the trust, said": the role was "Dr" (entities.bare_title:
  a courtesy title without its stop); "Dr Helen Marsh, the trust's chief executive, said" with
  "executive" a clause and "chief" its subject: "she" after it went to "the trust's chief"
  (appositive_subjects.description_after_name_read_as_clause);
* reports the parse tore from their cue: "..., the South Yorkshire Mayoral Combined Authority (SYMCA)
  has announced" with the cue an adverbial clause with no subordinator (trailing_speaker); "The
  network is to undergo a renewal, the ... has announced" with the report a purpose clause
  (torn_reports.be_to_report_read_as_adverbial); "said the alerts arrived only after flames
  had reached ..." cut at "after" (torn_reports.subordinate_clause_read_as_second_report);
  "said extending ageing reactors exposed the country to ..." with "exposed" a reduced relative
  (stranded_clauses._past_verb_read_into_gerund); "said the timing, months before a
  parliamentary election ..., was no coincidence" with "before" taken for a subordinator inside
  the subject (subject_repairs._object_as_subject); "said in a report released last week that
  average ... travel times had risen" with the report a relative clause on "week"; "wrote ... last
  week that at least 60 teaching posts ... were still vacant" with "that" the report's subject;
  "say the Sustainable Farming Scheme (SFS), which would require ..., could force ..." and "said
  the first batch ..., initially scheduled to move in January, would now relocate" with the
  object's relative clause or participle a first report; "said one in three children ... last
  month was acutely malnourished" with "month" the report's subject (torn_reports). Nothing, or
  only the predicate, was reported;
* "Pauline Ashby, who called lines at Wimbledon for 17 summers, said": no role ("call" with one
  object is no statement; role_words.statement_clause);
* '"...," lead attorney Jacques Robichaux, of the New Orleans firm Robichaux & Landry, said' with the
  name inside the quotation's tree and the firm the cue's subject: the firm spoke
  (trailing_speaker.name_read_into_quote: a title before the name, an affiliation for the subject);
* "The man accused of shooting Slovak Prime Minister Robert Fico told a court ..." (the prime minister
  spoke), "The man accused of shooting the prime minister told ..." (the man accused someone "of
  shooting the prime minister"), "The woman arrested in the raid told reporters ..." (no speaker), "In
  Narva, where ... speak Russian, several parents ... said" (no speaker) (torn_reports, torn_subjects);
* "according to flight tracking website Flightradar24": the source was "flight"
  (name_tags.gerund_compound_read_as_verb), and a name after "website" was a person (role_words.body_role
  reads ``body_nouns`` too);
* "Mhlanga and his deputy, Grace Moyo, said ... ¶ Analysts aren't convinced. They say ...": "They"
  went on with the pair (together._group_goes_on: not past a plural subject in between), and the
  analysts it now takes are vague as a speaker "Analysts" is (together.described_people);
* "..., saying developments on the waterfront, including the stadium, had caused ..." with the
  phrases hung on "saying": nothing reported (subject_repairs._object_phrase); "..., saying it did
  too little to rein in a deficit" with "did" an auxiliary of "little": only a nested report
  (tag_repairs.do_read_as_auxiliary);
* "The organiser, Acme Events Ltd, missed a payment. ¶ The organiser said ...": an anonymous
  "The organiser" (apposed_before: the name an earlier "the <noun>, <Name>," gave it);
* "The PP, the main opposition party, said" (name_tags.acronym_heads takes two letters) and
  "Junts, the separatist party, said" (a plural noun opening the sentence: name_tags.name_described_as_body)
  were anonymous;
* "The Textile, Apparel, Footwear and Travel Goods Association in Cambodia (TAFTAC) said": a
  person "Apparel" (name_tags.listed_name_read_as_coordination); "The Executive Mansion said": a
  person "Mansion" (``organization_words``); "Minerals and Energy Minister Onkemetse Rapoo": the
  speaker "Minerals" (``portfolio_words``); "The main opposition Democratic Party of Socialists
  (DPS) ... said": an anonymous class of party members (entities._plural_class); "Mean Sokunthea,
  president of ..., said" with "Mean" a verb: the president spoke, unnamed
  (name_tags.given_name_read_as_verb); "Race organisers said": an organisation "Race"
  (spokespeople.spoken_for: a noun capitalised only as the sentence's first word);
* "The Hindu reported that New Delhi had agreed to pay a higher rate ..., citing two officials
  familiar with the negotiations" with "citing" on "pay": the outlet was the source, not the
  officials via the outlet (citing.cited_source looks through the whole reported clause);
* "A report by council planning officers said", "A report to the trust's board said", "A federal
  investigation found": one document of a body, not vague (particular_documents);
* reports cut short or lost: 'said the division had "turned a corner" and was ready to ...' (a
  copular conjunct with its own "was": coordination.predicate_conjunct); "said in a statement that
  companies would have until ... to submit ..." with "that" a relative pronoun on "statement"
  (torn_reports.report_read_as_relative_on_statement); "said about 2,300 of the 3,000 participants
  had answered ..." with "about" a preposition (torn_reports.approximate_number_read_as_oblique);
  "said ending a decree too early carried risks, ..." with "carried" an adjective of "risks"
  (stranded_clauses._past_verb_read_into_gerund);
* "A source close to the administration, who did not want to be named ..., told The Courier that
  ..." with "close" a clause: no speaker (torn_subjects.described_source_read_as_clause); "...,
  a 2023 report by the audit office found." with the report hung in the clause before: nothing
  reported (document_cues.document_closes: a finding verb after a document set off by a comma is a cue);
* "The government in Gaborone wants a veto over any buyer, the people said, asking not to be
  identified because ...": the report was read as an adverbial clause of "said", so the speakers'
  reason was all that was reported (torn_reports.be_to_report_read_as_adverbial takes a finite
  clause with no subordinator; "asking not to be identified" in ``anonymity_reasons``);
* "In an interview with The Athletic, PTPA executive director Clara Hoffmann – who ... – described
  the plan as ..." with "described" a participle and the root: no speaker (retags._root_participle_as_past);
* "The committee backed the scheme, which the council says will cost £5m" (and "which the developer
  says will ease ..."): nothing reported (torn_reports.cue_inside_relative_read_as_adverbial);
* "Tourism accounts for a fifth of GDP, according to the ministry" with "accounts" a noun: the
  ministry's content was "for a fifth of GDP" (retags._accounts_for_read_as_noun);
* "Outside the courthouse Monday, a man who identified himself as Nur's brother but declined to give
  his name because he feared harassment told reporters ..." with "man" the root and "told" deep in
  the relative clause: no speaker (torn_subjects.main_verb_read_into_relative); then the speaker was a
  person "Nur's" (delayed._GAVE_NAME: a possessive is someone's relation, not a name) and had no
  reason ("declined to give his name" in ``anonymity_reasons``).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import quote_speakers as speakers
from source_helpers import resolve, sentence_quotes

from provenance.records import ArticleResult

# The city will require most people on the waiting list to register in front of a clerk, Housing and Homelessness Minister Ana Ruiz announced Thursday, a major shift for a program once held up as a model.
ASIDE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("require", "require", "VERB", -1, "root", "VerbForm=Inf"),
    ("most", "most", "ADJ", 5, "amod", "Degree=Sup"),
    ("people", "person", "NOUN", 3, "obj", "Number=Plur"),
    ("on", "on", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("waiting", "wait", "VERB", 9, "amod", "VerbForm=Ger"),
    ("list", "list", "NOUN", 3, "obl", "Number=Sing"),
    ("to", "to", "PART", 11, "mark", ""),
    ("register", "register", "VERB", 3, "advcl", "VerbForm=Inf"),
    ("in", "in", "ADP", 13, "case", ""),
    ("front", "front", "NOUN", 11, "obl", "Number=Sing"),
    ("of", "of", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("clerk", "clerk", "NOUN", 13, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("Housing", "Housing", "PROPN", 16, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 23, "cc", ""),
    ("Homelessness", "Homelessness", "PROPN", 23, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 23, "compound", "Number=Sing"),
    ("Ana", "Ana", "PROPN", 23, "compound", "Number=Sing"),
    ("Ruiz", "Ruiz", "PROPN", 18, "conj", "Number=Sing"),
    ("announced", "announce", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Thursday", "Thursday", "PROPN", 24, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("major", "major", "ADJ", 29, "amod", "Degree=Pos"),
    ("shift", "shift", "NOUN", 24, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 32, "case", ""),
    ("a", "a", "DET", 32, "det", "Definite=Ind|PronType=Art"),
    ("program", "program", "NOUN", 29, "nmod", "Number=Sing"),
    ("once", "once", "ADV", 34, "advmod", "NumForm=Word|NumType=Mult"),
    ("held", "hold", "VERB", 29, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("up", "up", "ADP", 34, "compound:prt", ""),
    ("as", "as", "ADP", 38, "case", ""),
    ("a", "a", "DET", 38, "det", "Definite=Ind|PronType=Art"),
    ("model", "model", "NOUN", 34, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_the_writers_aside_after_a_closing_cue_is_not_its_subject():
    assert speakers(ASIDE) == [("Ana Ruiz", "Housing and Homelessness Minister", "named")]


# Daniel Kiprono will not be confirmed as the record holder, World Athletics has said.
VOICE: list[FeatRow] = [
    ("Daniel", "Daniel", "PROPN", 1, "compound", "Number=Sing"),
    ("Kiprono", "Kiprono", "PROPN", 5, "nsubj:pass", "Number=Sing"),
    ("will", "will", "AUX", 5, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 5, "aux:pass", "VerbForm=Inf"),
    ("confirmed", "confirm", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("record", "record", "NOUN", 9, "compound", "Number=Sing"),
    ("holder", "holder", "NOUN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("World", "World", "PROPN", 12, "compound", "Number=Sing"),
    ("Athletics", "Athletics", "PROPN", 14, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("said", "say", "VERB", 5, "conj", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# A World Athletics spokesperson said the standard procedure required a negative doping control.
VOICE_2: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("World", "World", "PROPN", 3, "compound", "Number=Sing"),
    ("Athletics", "Athletics", "PROPN", 3, "compound", "Number=Plur"),
    ("spokesperson", "spokesperson", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("standard", "standard", "ADJ", 7, "amod", "Degree=Pos"),
    ("procedure", "procedure", "NOUN", 8, "nsubj", "Number=Sing"),
    ("required", "require", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("negative", "negative", "ADJ", 12, "amod", "Degree=Pos"),
    ("doping", "doping", "NOUN", 12, "compound", "Number=Sing"),
    ("control", "control", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# "There is nothing unusual about this," the spokesperson added.
VOICE_3: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##There", "there", "PRON", 2, "expl", ""),
    ("is", "be", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("nothing", "nothing", "PRON", 2, "nsubj", "Number=Sing|PronType=Ind"),
    ("unusual", "unusual", "ADJ", 2, "nsubj", "Degree=Pos"),
    ("about", "about", "ADP", 6, "case", ""),
    ("this", "this", "PRON", 4, "obl", "Number=Sing|PronType=Dem"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("spokesperson", "spokesperson", "NOUN", 11, "nsubj", "Number=Sing"),
    ("added", "add", "VERB", 2, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_the_spokesperson_is_the_body_whose_spokesperson_spoke_last():
    r = resolve([[VOICE], [VOICE_2], [VOICE_3]])
    names = [r.entities[q.speaker.entity].name for q in r.quotes if q.speaker and q.speaker.entity is not None]
    assert names == ["World Athletics"] * 3


# Roe himself, speaking at a news conference in Berlin on Monday, said he understood why people had questions.
HIMSELF: list[FeatRow] = [
    ("Roe", "roe", "VERB", 13, "ccomp", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("himself", "himself", "PRON", 0, "obj", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("speaking", "speak", "VERB", 0, "advcl", "Tense=Pres|VerbForm=Part"),
    ("at", "at", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("news", "news", "NOUN", 7, "compound", "Number=Sing"),
    ("conference", "conference", "NOUN", 3, "obl", "Number=Sing"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Berlin", "Berlin", "PROPN", 7, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Monday", "Monday", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 15, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("understood", "understand", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("why", "why", "ADV", 18, "advmod", "PronType=Int"),
    ("people", "person", "NOUN", 18, "nsubj", "Number=Plur"),
    ("had", "have", "VERB", 15, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("questions", "question", "NOUN", 18, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]

# Jack Pemberton, the world No. 31, told the BBC that the system had been flawless.
RANK: list[FeatRow] = [
    ("Jack", "Jack", "PROPN", 1, "compound", "Number=Sing"),
    ("Pemberton", "Pemberton", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("world", "world", "NOUN", 5, "compound", "Number=Sing"),
    ("No.", "No.", "PROPN", 1, "appos", "Number=Sing"),
    ("31", "31", "NUM", 5, "flat", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 8, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("system", "system", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 16, "cop", "Tense=Past|VerbForm=Part"),
    ("flawless", "flawless", "ADJ", 8, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# "We will hold firm," Canadian Union of Public Employees president Mark Hancock said.
QUOTED_TITLE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("hold", "hold", "VERB", 15, "ccomp", "VerbForm=Inf"),
    ("firm", "firm", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 8, "punct", ""),
    ("Canadian", "Canadian", "ADJ", 8, "amod", "Degree=Pos"),
    ("Union", "Union", "PROPN", 15, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("Public", "Public", "ADJ", 12, "amod", "Degree=Pos"),
    ("Employees", "employee", "PROPN", 12, "compound", "Number=Plur"),
    ("president", "president", "NOUN", 14, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 14, "compound", "Number=Sing"),
    ("Hancock", "Hancock", "PROPN", 8, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]


def test_a_name_tagged_a_verb_before_an_emphatic_pronoun_is_the_subject():
    assert speakers(HIMSELF)[0] == ("Roe", None, "named-no-role")


def test_a_rank_after_a_name_is_its_role_not_the_name():
    assert speakers(RANK) == [("Jack Pemberton", "world No. 31", "named")]


def test_a_title_and_name_after_a_quotation_take_no_quote_mark():
    assert speakers(QUOTED_TITLE) == [("Mark Hancock", "Canadian Union of Public Employees president", "named")]


# Many young Nepalis say they are angry about the shootings.
NATION: list[FeatRow] = [
    ("Many", "many", "ADJ", 2, "amod", "Degree=Pos"),
    ("young", "young", "ADJ", 2, "amod", "Degree=Pos"),
    ("Nepalis", "Nepalis", "PROPN", 3, "nsubj", "Number=Sing"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("they", "they", "PRON", 6, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("are", "be", "AUX", 6, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("angry", "angry", "ADJ", 3, "ccomp", "Degree=Pos"),
    ("about", "about", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("shootings", "shooting", "NOUN", 6, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Electricity North West said the fault was linked to a failure at a substation.
GRID: list[FeatRow] = [
    ("Electricity", "electricity", "NOUN", 3, "nsubj", "Number=Sing"),
    ("North", "North", "PROPN", 2, "compound", "Number=Sing"),
    ("West", "West", "PROPN", 0, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("fault", "fault", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("linked", "link", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("failure", "failure", "NOUN", 7, "obl", "Number=Sing"),
    ("at", "at", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("substation", "substation", "NOUN", 10, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_nations_plural_tagged_a_proper_noun_is_a_loose_group():
    assert speakers(NATION) == [("Many young Nepalis", None, "vague")]


def test_a_power_company_named_by_its_region_is_a_body():
    r = resolve([[GRID]])
    assert [(r.entities[q.speaker.entity].name, r.entities[q.speaker.entity].type) for q in r.quotes if q.speaker] == [
        ("Electricity North West", "organization")
    ]


# The FIA, the sport’s governing body, said it had been informed of the decision.
ACRONYM: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("FIA", "fia", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("sport", "sport", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 4, "case", ""),
    ("governing", "govern", "ADJ", 7, "amod", "Degree=Pos"),
    ("body", "body", "NOUN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 13, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 13, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("informed", "inform", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("of", "of", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# “We are hugely disappointed,” said Formula One chief executive Martin Ashby.
SPLIT_AFTER: list[FeatRow] = [
    ("“", '"', "PUNCT", 4, "punct", ""),
    ("##We", "we", "PRON", 4, "nsubj:pass", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("hugely", "hugely", "ADV", 4, "advmod", ""),
    ("disappointed", "disappoint", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("##”", '"', "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Formula", "Formula", "PROPN", 7, "iobj", "Number=Sing"),
    ("One", "one", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("chief", "chief", "ADJ", 13, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 13, "amod", "Degree=Pos"),
    ("Martin", "Martin", "PROPN", 13, "compound", "Number=Sing"),
    ("Ashby", "Ashby", "PROPN", 7, "nsubj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Envision Racing driver Sébastien Morel, who finished on the podium in Cape Town in 2023, wrote on Instagram that he was gutted.
RACING: list[FeatRow] = [
    ("Envision", "Envision", "PROPN", 17, "nsubj", "Number=Sing"),
    ("Racing", "Racing", "VERB", 0, "acl", "VerbForm=Ger"),
    ("driver", "driver", "NOUN", 1, "obj", "Number=Sing"),
    ("Sébastien", "Sébastien", "PROPN", 4, "compound", "Number=Sing"),
    ("Morel", "Morel", "PROPN", 2, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("who", "who", "PRON", 7, "nsubj", "PronType=Rel"),
    ("finished", "finish", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("podium", "podium", "NOUN", 7, "obl", "Number=Sing"),
    ("in", "in", "ADP", 13, "case", ""),
    ("Cape", "cape", "PROPN", 13, "compound", "Number=Sing"),
    ("Town", "town", "PROPN", 10, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 15, "case", ""),
    ("2023", "2023", "NUM", 13, "nmod", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 19, "case", ""),
    ("Instagram", "Instagram", "PROPN", 17, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("he", "he", "PRON", 23, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 23, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("gutted", "gutt", "VERB", 17, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]


def test_an_acronym_tagged_a_common_noun_after_the_is_a_bodys_name():
    r = resolve([[ACRONYM]])
    assert [(r.entities[q.speaker.entity].name, q.speaker.anonymity) for q in r.quotes if q.speaker] == [
        ("FIA", "organization")
    ]


def test_a_body_and_title_split_from_the_name_after_an_inverted_cue():
    assert speakers(SPLIT_AFTER) == [("Martin Ashby", "Formula One chief executive", "named")]


def test_a_bodys_name_ending_in_ing_tagged_a_verb_before_a_title():
    assert speakers(RACING) == [("Sébastien Morel", "Envision Racing driver", "named")]


# Eszter Kovacs, editor-in-chief of the independent news site Kontextus, which receives part of its funding from European foundations, said the law was aimed at the press.
WHICH_ITS: list[FeatRow] = [
    ("Eszter", "Eszter", "PROPN", 1, "compound", "Number=Sing"),
    ("Kovacs", "Kovacs", "PROPN", 25, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("editor", "editor", "NOUN", 1, "conj", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##in", "in", "ADP", 7, "case", ""),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##chief", "chief", "NOUN", 1, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("independent", "independent", "ADJ", 12, "amod", "Degree=Pos"),
    ("news", "news", "NOUN", 12, "compound", "Number=Sing"),
    ("site", "site", "NOUN", 13, "compound", "Number=Sing"),
    ("Kontextus", "Kontextus", "PROPN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("which", "which", "PRON", 16, "nsubj", "PronType=Rel"),
    ("receives", "receive", "VERB", 13, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("part", "part", "NOUN", 16, "obj", "Number=Sing"),
    ("of", "of", "ADP", 20, "case", ""),
    ("its", "its", "PRON", 20, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("funding", "funding", "NOUN", 17, "nmod", "Number=Sing"),
    ("from", "from", "ADP", 23, "case", ""),
    ("European", "European", "ADJ", 23, "amod", "Degree=Pos"),
    ("foundations", "foundation", "NOUN", 20, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("law", "law", "NOUN", 29, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 29, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("aimed", "aim", "VERB", 25, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("at", "at", "ADP", 32, "case", ""),
    ("the", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
    ("press", "press", "NOUN", 29, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 25, "punct", ""),
]

# The office has sent questionnaires to nine groups, according to the Hungarian news site Telex.
NEWS_SITE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("office", "office", "NOUN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("sent", "send", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("questionnaires", "questionnaire", "NOUN", 3, "obj", "Number=Plur"),
    ("to", "to", "ADP", 7, "case", ""),
    ("nine", "nine", "NUM", 7, "nummod", "NumForm=Word|NumType=Card"),
    ("groups", "group", "NOUN", 3, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("according", "accord", "VERB", 14, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 9, "fixed", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("Hungarian", "hungarian", "ADJ", 14, "amod", "Degree=Pos"),
    ("news", "news", "NOUN", 14, "compound", "Number=Sing"),
    ("site", "site", "NOUN", 15, "compound", "Number=Sing"),
    ("Telex", "Telex", "PROPN", 3, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Aberdeen and Grampian Chamber of Commerce’s latest oil and gas survey found that almost half of firms expected to cut staff this year.
CHAMBER: list[FeatRow] = [
    ("Aberdeen", "Aberdeen", "PROPN", 12, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Grampian", "Grampian", "PROPN", 0, "conj", "Number=Sing"),
    ("Chamber", "Chamber", "PROPN", 0, "conj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("Commerce", "Commerce", "PROPN", 8, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 5, "case", ""),
    ("latest", "late", "ADJ", 8, "amod", "Degree=Sup"),
    ("oil", "oil", "NOUN", 3, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("gas", "gas", "NOUN", 11, "compound", "Number=Sing"),
    ("survey", "survey", "NOUN", 0, "conj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("almost", "almost", "ADV", 15, "advmod", ""),
    ("half", "half", "NOUN", 18, "nsubj", "NumForm=Word|NumType=Frac|Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("firms", "firm", "NOUN", 15, "nmod", "Number=Plur"),
    ("expected", "expect", "VERB", 12, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 20, "mark", ""),
    ("cut", "cut", "VERB", 18, "xcomp", "VerbForm=Inf"),
    ("staff", "staff", "NOUN", 20, "obj", "Number=Sing"),
    ("this", "this", "DET", 23, "det", "Number=Sing|PronType=Dem"),
    ("year", "year", "NOUN", 20, "obl:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]


def named(rows: list[FeatRow]) -> list[tuple[str, str]]:
    """(entity name, type) of each quote's speaker in one sentence."""
    r = resolve([[rows]])
    return [(r.entities[q.speaker.entity].name, r.entities[q.speaker.entity].type) for q in r.quotes if q.speaker]


def test_its_in_a_which_clause_after_a_name_is_not_the_names():
    assert named(WHICH_ITS) == [("Eszter Kovacs", "person")]


def test_a_name_after_news_site_is_an_outlet():
    assert named(NEWS_SITE) == [("Telex", "organization")]


def test_a_chamber_of_commerce_joined_by_and_owns_its_survey():
    assert named(CHAMBER) == [("Aberdeen and Grampian Chamber of Commerce", "organization")]


# Sarah Kelleher, whose father, former Balmain prop Tom Kelleher, was diagnosed with CTE, said the announcement was overdue.
WHOSE: list[FeatRow] = [
    ("Sarah", "Sarah", "PROPN", 1, "compound", "Number=Sing"),
    ("Kelleher", "Kelleher", "PROPN", 13, "nsubj:pass", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("whose", "whose", "DET", 4, "det", "PronType=Int"),
    ("father", "father", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("former", "former", "ADJ", 8, "amod", "Degree=Pos"),
    ("Balmain", "Balmain", "PROPN", 8, "compound", "Number=Sing"),
    ("prop", "prop", "NOUN", 10, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 10, "compound", "Number=Sing"),
    ("Kelleher", "Kelleher", "PROPN", 4, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("was", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("diagnosed", "diagnose", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 15, "case", ""),
    ("CTE", "CTE", "PROPN", 13, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("announcement", "announcement", "NOUN", 21, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 21, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("overdue", "overdue", "ADJ", 17, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# Sarah Kelleher, whose father, Tom Kelleher, was diagnosed with CTE, said the announcement was overdue.
WHOSE_NAMED: list[FeatRow] = [
    ("Sarah", "Sarah", "PROPN", 1, "compound", "Number=Sing"),
    ("Kelleher", "Kelleher", "PROPN", 14, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("whose", "whose", "DET", 4, "det", "PronType=Int"),
    ("father", "father", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Tom", "Tom", "PROPN", 7, "compound", "Number=Sing"),
    ("Kelleher", "Kelleher", "PROPN", 4, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("diagnosed", "diagnose", "VERB", 14, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 12, "case", ""),
    ("CTE", "CTE", "PROPN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("announcement", "announcement", "NOUN", 18, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 18, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("overdue", "overdue", "ADJ", 14, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Helen Marsh, the trust’s chief executive, said staff had done a good job but warned that the building was old.
BUT_WARNED: list[FeatRow] = [
    ("Helen", "Helen", "PROPN", 1, "compound", "Number=Sing"),
    ("Marsh", "Marsh", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("trust", "trust", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 4, "case", ""),
    ("chief", "chief", "NOUN", 7, "nsubj", "Number=Sing"),
    ("executive", "executive", "ADJ", 9, "ccomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("staff", "staff", "NOUN", 12, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("done", "do", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("good", "good", "ADJ", 15, "amod", "Degree=Pos"),
    ("job", "job", "NOUN", 12, "obj", "Number=Sing"),
    ("but", "but", "CCONJ", 17, "cc", ""),
    ("warned", "warn", "VERB", 12, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 22, "mark", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("building", "building", "NOUN", 22, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 22, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("old", "old", "ADJ", 17, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Dr Jane Roe, the chief executive of the trust, said the building was old.
DR: list[FeatRow] = [
    ("Dr", "Dr", "PROPN", 2, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 2, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("chief", "chief", "ADJ", 6, "amod", "Degree=Pos"),
    ("executive", "executive", "NOUN", 11, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("trust", "trust", "NOUN", 6, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("building", "building", "NOUN", 15, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("old", "old", "ADJ", 11, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Dr Jane Roe, the trust’s chief executive, said the building was old.
CHIEF: list[FeatRow] = [
    ("Dr", "Dr", "PROPN", 2, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 2, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("trust", "trust", "NOUN", 7, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 5, "case", ""),
    ("chief", "chief", "NOUN", 8, "nsubj", "Number=Sing"),
    ("executive", "executive", "ADJ", 10, "ccomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("building", "building", "NOUN", 14, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("old", "old", "ADJ", 10, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def test_a_whose_clause_with_a_name_inside_is_the_speakers_relative_clause():
    assert speakers(WHOSE) == [
        ("Sarah Kelleher", "whose father, former Balmain prop Tom Kelleher, was diagnosed with CTE", "named")
    ]
    assert speakers(WHOSE_NAMED) == [("Sarah Kelleher", "whose father, Tom Kelleher, was diagnosed with CTE", "named")]


def test_a_contrast_reporting_a_clause_after_a_perfect_is_the_speakers():
    r = resolve([[BUT_WARNED]])
    said = [(q.text, r.entities[q.speaker.entity].name) for q in r.quotes if q.speaker and q.speaker.entity is not None]
    assert said == [("staff had done a good job", "Helen Marsh"), ("that the building was old", "Helen Marsh")]


def test_a_courtesy_title_without_its_stop_gives_way_to_the_description():
    assert speakers(DR) == [("Jane Roe", "the chief executive of the trust", "named")]


def test_a_description_after_the_name_read_as_a_clause_is_its_apposition():
    # (session 60: the role without the courtesy title, "executive" the head of its phrase:
    # role_verbs.role_split_from_its_title)
    assert speakers(CHIEF) == [("Jane Roe", "the trust’s chief executive", "named")]


# Sheffield's Supertram network is to undergo a £100m renewal over the next five years, the South Yorkshire Mayoral Combined Authority (SYMCA) has announced.
UNMARKED: list[FeatRow] = [
    ("Sheffield", "Sheffield", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("Supertram", "supertram", "ADJ", 3, "amod", "Degree=Pos"),
    ("network", "network", "NOUN", 6, "nsubj:outer", "Number=Sing"),
    ("is", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 6, "mark", ""),
    ("undergo", "undergo", "VERB", -1, "root", "VerbForm=Inf"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("£100m", "£100m", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("renewal", "renewal", "NOUN", 6, "obj", "Number=Sing"),
    ("over", "over", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("next", "next", "ADJ", 14, "amod", "Degree=Pos"),
    ("five", "five", "NUM", 14, "nummod", "NumForm=Word|NumType=Card"),
    ("years", "year", "NOUN", 6, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("South", "South", "PROPN", 21, "compound", "Number=Sing"),
    ("Yorkshire", "Yorkshire", "PROPN", 21, "compound", "Number=Sing"),
    ("Mayoral", "Mayoral", "PROPN", 21, "compound", "Number=Sing"),
    ("Combined", "Combine", "VERB", 21, "amod", "Tense=Past|VerbForm=Part"),
    ("Authority", "Authority", "PROPN", 14, "appos", "Number=Sing"),
    ("(", "(", "PUNCT", 23, "punct", ""),
    ("##SYMCA", "Symca", "PROPN", 21, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 23, "punct", ""),
    ("has", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("announced", "announce", "VERB", 6, "advcl", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 26, "punct", ""),
]

# The network is to undergo a renewal, the Combined Authority (SYMCA) has announced.
BE_TO: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("network", "network", "NOUN", 4, "nsubj:outer", "Number=Sing"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 4, "mark", ""),
    ("undergo", "undergo", "VERB", 15, "advcl", "VerbForm=Inf"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("renewal", "renewal", "NOUN", 4, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Combined", "Combine", "VERB", 10, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Authority", "Authority", "PROPN", 6, "appos", "Number=Sing"),
    ("(", "(", "PUNCT", 12, "punct", ""),
    ("##SYMCA", "Symca", "PROPN", 10, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 12, "punct", ""),
    ("has", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("announced", "announce", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Some residents said the alerts arrived only after flames had reached the edge of their villages.
AFTER: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("alerts", "alert", "NOUN", 2, "obj", "Number=Plur"),
    ("arrived", "arrive", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("only", "only", "ADV", 5, "advmod", ""),
    ("after", "after", "SCONJ", 10, "mark", ""),
    ("flames", "flame", "NOUN", 10, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("reached", "reach", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("edge", "edge", "NOUN", 10, "obj", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("their", "their", "PRON", 15, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("villages", "village", "NOUN", 12, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Greenpeace Belgium said extending ageing reactors exposed the country to unnecessary risks and diverted money away from wind and solar power.
GERUND: list[FeatRow] = [
    ("Greenpeace", "Greenpeace", "PROPN", 1, "compound", "Number=Sing"),
    ("Belgium", "Belgium", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("extending", "extend", "VERB", 2, "xcomp", "VerbForm=Ger"),
    ("ageing", "age", "VERB", 5, "amod", "VerbForm=Ger"),
    ("reactors", "reactor", "NOUN", 3, "obj", "Number=Plur"),
    ("exposed", "expose", "VERB", 5, "acl", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 6, "obj", "Number=Sing"),
    ("to", "to", "ADP", 11, "case", ""),
    ("unnecessary", "unnecessary", "ADJ", 11, "amod", "Degree=Pos"),
    ("risks", "risk", "NOUN", 8, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("diverted", "divert", "VERB", 14, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("money", "money", "NOUN", 11, "conj", "Number=Sing"),
    ("away", "away", "ADV", 13, "advmod", ""),
    ("from", "from", "ADP", 17, "case", ""),
    ("wind", "wind", "NOUN", 15, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 20, "cc", ""),
    ("solar", "solar", "ADJ", 20, "amod", "Degree=Pos"),
    ("power", "power", "NOUN", 17, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Analysts said the timing, months before a parliamentary election due in the spring of 2026, was no coincidence.
ASIDE_BEFORE: list[FeatRow] = [
    ("Analysts", "analyst", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("timing", "timing", "NOUN", 1, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("months", "month", "NOUN", 3, "conj", "Number=Plur"),
    ("before", "before", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("parliamentary", "parliamentary", "ADJ", 9, "amod", "Degree=Pos"),
    ("election", "election", "NOUN", 5, "nmod", "Number=Sing"),
    ("due", "due", "ADJ", 13, "case", "Degree=Pos|ExtPos=ADP"),
    ("in", "in", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("spring", "spring", "NOUN", 9, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("2026", "2026", "NUM", 13, "nmod", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("was", "be", "AUX", 19, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 19, "det", "PronType=Neg"),
    ("coincidence", "coincidence", "NOUN", 1, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def reports(rows: list[FeatRow]) -> list[tuple[str, str]]:
    """(text, speaker text) of each quote of one sentence."""
    return [q[:2] for q in sentence_quotes(rows)]


def test_a_closing_cue_read_as_an_unmarked_adverbial_clause_has_its_speaker():
    assert reports(UNMARKED) == [
        (
            "Sheffield's Supertram network is to undergo a £100m renewal over the next five years",
            "the South Yorkshire Mayoral Combined Authority (SYMCA)",
        )
    ]


def test_a_be_to_clause_before_a_closing_cue_is_the_report():
    assert reports(BE_TO) == [("The network is to undergo a renewal", "the Combined Authority (SYMCA)")]


def test_a_second_complement_opened_by_a_subordinator_is_inside_the_report():
    assert reports(AFTER) == [
        ("the alerts arrived only after flames had reached the edge of their villages", "Some residents")
    ]


def test_a_past_verb_read_as_a_reduced_relative_inside_a_gerund_subject_is_the_report():
    assert reports(GERUND) == [
        (
            "extending ageing reactors exposed the country to unnecessary risks and diverted money away from wind and solar power",
            "Greenpeace Belgium",
        )
    ]


def test_an_objects_aside_with_before_does_not_stop_it_being_the_subject():
    assert reports(ASIDE_BEFORE) == [
        ("the timing, months before a parliamentary election due in the spring of 2026, was no coincidence", "Analysts")
    ]


# TransitMatters, the Cambridge-based group that tracks train speeds, said in a report released last week that average Red Line travel times had risen 11 percent since March.
ON_TIME: list[FeatRow] = [
    ("TransitMatters", "transitMatter", "NOUN", 12, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Cambridge", "Cambridge", "PROPN", 5, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##based", "based", "ADJ", 6, "amod", "Degree=Pos"),
    ("group", "group", "NOUN", 12, "nsubj", "Number=Sing"),
    ("that", "that", "PRON", 8, "nsubj", "PronType=Rel"),
    ("tracks", "track", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("train", "train", "NOUN", 10, "compound", "Number=Sing"),
    ("speeds", "speed", "NOUN", 8, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 12, "obl", "Number=Sing"),
    ("released", "release", "VERB", 18, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("last", "last", "ADJ", 18, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 12, "obl:unmarked", "Number=Sing"),
    ("that", "that", "PRON", 20, "nsubj", "PronType=Rel"),
    ("average", "average", "VERB", 18, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Red", "Red", "ADJ", 24, "amod", "Degree=Pos"),
    ("Line", "Line", "PROPN", 24, "compound", "Number=Sing"),
    ("travel", "travel", "NOUN", 24, "compound", "Number=Sing"),
    ("times", "time", "NOUN", 26, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("risen", "risen", "VERB", 18, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("11", "11", "NUM", 28, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 26, "obj", "Number=Sing"),
    ("since", "since", "ADP", 30, "case", ""),
    ("March", "March", "PROPN", 26, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Kuznetsov and his deputy, Olga Petrova, wrote in a joint letter to the ministry last week that at least 60 teaching posts in the city's schools were still vacant.
THAT_SUBJECT: list[FeatRow] = [
    ("Kuznetsov", "Kuznetsov", "PROPN", 8, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("his", "his", "PRON", 3, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("deputy", "deputy", "NOUN", 0, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Olga", "Olga", "PROPN", 3, "appos", "Number=Sing"),
    ("Petrova", "Petrova", "PROPN", 0, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("wrote", "write", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 12, "amod", "Degree=Pos"),
    ("letter", "letter", "NOUN", 8, "obl", "Number=Sing"),
    ("to", "to", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 12, "nmod", "Number=Sing"),
    ("last", "last", "ADJ", 17, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 12, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 31, "nsubj", "PronType=Rel"),
    ("at", "at", "ADP", 23, "case", ""),
    ("least", "least", "ADJ", 23, "nmod", "Degree=Sup"),
    ("60", "60", "NUM", 23, "nummod", "NumForm=Digit|NumType=Card"),
    ("teaching", "teaching", "NOUN", 23, "compound", "Number=Sing"),
    ("posts", "post", "NOUN", 31, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 28, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 28, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 26, "case", ""),
    ("schools", "school", "NOUN", 31, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 31, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("still", "still", "ADV", 31, "advmod", ""),
    ("vacant", "vacant", "ADJ", 8, "conj", "Degree=Pos"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Organisers say the Sustainable Farming Scheme (SFS), which would require farmers to plant trees on 10% of their land and set aside a further 10% for wildlife habitat, could force thousands of family farms out of business.
WHICH_FIRST: list[FeatRow] = [
    ("Organisers", "organiser", "NOUN", 1, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Sustainable", "Sustainable", "ADJ", 5, "amod", "Degree=Pos"),
    ("Farming", "Farming", "PROPN", 5, "compound", "Number=Sing"),
    ("Scheme", "Scheme", "PROPN", 1, "obj", "Number=Sing"),
    ("(", "(", "PUNCT", 7, "punct", ""),
    ("##SFS", "SFS", "PROPN", 5, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 7, "punct", ""),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("which", "which", "PRON", 12, "nsubj", "PronType=Rel"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("require", "require", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("farmers", "farmer", "NOUN", 12, "obj", "Number=Plur"),
    ("to", "to", "PART", 15, "mark", ""),
    ("plant", "plant", "VERB", 12, "xcomp", "VerbForm=Inf"),
    ("trees", "tree", "NOUN", 15, "obj", "Number=Plur"),
    ("on", "on", "ADP", 19, "case", ""),
    ("10", "10", "NUM", 19, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 15, "obl", "Number=Sing"),
    ("of", "of", "ADP", 22, "case", ""),
    ("their", "their", "PRON", 22, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("land", "land", "NOUN", 19, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 24, "cc", ""),
    ("set", "set", "VERB", 15, "conj", "VerbForm=Inf"),
    ("aside", "aside", "ADP", 29, "case", ""),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("further", "further", "ADJ", 29, "amod", "Degree=Cmp"),
    ("10", "10", "NUM", 29, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 24, "obl", "Number=Sing"),
    ("for", "for", "ADP", 32, "case", ""),
    ("wildlife", "wildlife", "NOUN", 32, "compound", "Number=Sing"),
    ("habitat", "habitat", "NOUN", 29, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 35, "punct", ""),
    ("could", "could", "AUX", 35, "aux", "VerbForm=Fin"),
    ("force", "force", "VERB", 1, "parataxis", "VerbForm=Inf"),
    ("thousands", "thousand", "NOUN", 35, "obj", "Number=Plur"),
    ("of", "of", "ADP", 39, "case", ""),
    ("family", "family", "NOUN", 39, "compound", "Number=Sing"),
    ("farms", "farm", "NOUN", 36, "nmod", "Number=Plur"),
    ("out", "out", "ADP", 42, "case", ""),
    ("of", "of", "ADP", 42, "case", ""),
    ("business", "business", "NOUN", 39, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The authority said the first batch of around 1,700 civil servants from several ministries, initially scheduled to move in January, would now relocate in stages.
PARTICIPLE_FIRST: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("first", "first", "ADJ", 5, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("batch", "batch", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("around", "around", "ADV", 8, "advmod", ""),
    ("1,700", "1700", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("civil", "civil", "ADJ", 10, "amod", "Degree=Pos"),
    ("servants", "servant", "NOUN", 5, "nmod", "Number=Plur"),
    ("from", "from", "ADP", 13, "case", ""),
    ("several", "several", "ADJ", 13, "amod", "Degree=Pos"),
    ("ministries", "ministry", "NOUN", 10, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("initially", "initially", "ADV", 16, "advmod", ""),
    ("scheduled", "schedule", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 18, "mark", ""),
    ("move", "move", "VERB", 16, "xcomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 20, "case", ""),
    ("January", "January", "PROPN", 18, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("would", "would", "AUX", 24, "aux", "VerbForm=Fin"),
    ("now", "now", "ADV", 24, "advmod", ""),
    ("relocate", "relocate", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 26, "case", ""),
    ("stages", "stage", "NOUN", 24, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Medecins Sans Frontieres (MSF) said one in three children screened by its teams in Zamzam last month was acutely malnourished.
SHARE: list[FeatRow] = [
    ("Medecins", "Medecins", "PROPN", 6, "nsubj", "Number=Plur"),
    ("Sans", "Sans", "PROPN", 2, "compound", "Number=Sing"),
    ("Frontieres", "Frontiere", "PROPN", 6, "nsubj", "Number=Plur"),
    ("(", "(", "PUNCT", 4, "punct", ""),
    ("##MSF", "MSF", "PROPN", 0, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("one", "one", "NUM", 6, "iobj", "NumForm=Word|NumType=Card"),
    ("in", "in", "ADP", 10, "case", ""),
    ("three", "three", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("children", "child", "NOUN", 7, "nmod", "Number=Plur"),
    ("screened", "screen", "VERB", 10, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 14, "case", ""),
    ("its", "its", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("teams", "team", "NOUN", 11, "obl:agent", "Number=Plur"),
    ("in", "in", "ADP", 18, "case", ""),
    ("Zamzam", "Zamzam", "PROPN", 14, "nmod", "Number=Sing"),
    ("last", "last", "ADJ", 18, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 21, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 21, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("acutely", "acutely", "ADV", 21, "advmod", ""),
    ("malnourished", "malnourish", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


def test_a_report_read_as_a_relative_clause_on_the_time_of_saying():
    assert reports(ON_TIME) == [
        ("that average Red Line travel times had risen 11 percent since March", "TransitMatters")
    ]


def test_that_read_as_the_reports_pronoun_subject():
    assert [q[0] for q in reports(THAT_SUBJECT)] == [
        "that at least 60 teaching posts in the city's schools were still vacant"
    ]


def test_a_relative_clause_or_participle_on_the_object_read_as_a_first_report():
    assert [q[0] for q in reports(WHICH_FIRST)] == [
        "the Sustainable Farming Scheme (SFS), which would require farmers to plant trees on 10% of their land and "
        "set aside a further 10% for wildlife habitat, could force thousands of family farms out of business"
    ]
    assert [q[0] for q in reports(PARTICIPLE_FIRST)] == [
        "the first batch of around 1,700 civil servants from several ministries, initially scheduled to move in "
        "January, would now relocate in stages"
    ]


def test_a_time_read_as_the_reports_subject_gives_way_to_the_share():
    assert [q[0] for q in reports(SHARE)] == [
        "one in three children screened by its teams in Zamzam last month was acutely malnourished"
    ]


# Pauline Ashby, who called lines at Wimbledon for 17 summers, said the club had swapped “character and judgment for a camera and a speaker.”
CALLED_LINES: list[FeatRow] = [
    ("Pauline", "Pauline", "PROPN", 1, "compound", "Number=Sing"),
    ("Ashby", "Ashby", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("called", "call", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lines", "line", "NOUN", 4, "obj", "Number=Plur"),
    ("at", "at", "ADP", 7, "case", ""),
    ("Wimbledon", "Wimbledon", "PROPN", 4, "obl", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("17", "17", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("summers", "summer", "NOUN", 4, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("swapped", "swap", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("“", '"', "PUNCT", 18, "punct", ""),
    ("##character", "character", "NOUN", 16, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 20, "cc", ""),
    ("judgment", "judgment", "NOUN", 18, "conj", "Number=Sing"),
    ("for", "for", "ADP", 23, "case", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("camera", "camera", "NOUN", 16, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 26, "cc", ""),
    ("a", "a", "DET", 26, "det", "Definite=Ind|PronType=Art"),
    ("speaker", "speaker", "NOUN", 23, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
    ("##”", '"', "PUNCT", 16, "punct", ""),
]

# Jane Roe, who called the plan a disgrace, said it would fail.
CALLED_IT: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("called", "call", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 4, "obj", "Number=Sing"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("disgrace", "disgrace", "NOUN", 4, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 13, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 10, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# “This is a taking, plain and simple,” lead attorney Jacques Robichaux, of the New Orleans firm Robichaux & Landry, said in an interview with The Advocate.
AFFILIATION: list[FeatRow] = [
    ("“", '"', "PUNCT", 4, "punct", ""),
    ("##This", "this", "PRON", 4, "nsubj", "Number=Sing|PronType=Dem"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("taking", "taking", "NOUN", 25, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("plain", "plain", "ADJ", 4, "conj", "Degree=Pos"),
    ("and", "and", "CCONJ", 8, "cc", ""),
    ("simple", "simple", "ADJ", 6, "conj", "Degree=Pos"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("##”", '"', "PUNCT", 6, "punct", ""),
    ("lead", "lead", "NOUN", 12, "compound", "Number=Sing"),
    ("attorney", "attorney", "NOUN", 14, "compound", "Number=Sing"),
    ("Jacques", "Jacques", "PROPN", 14, "compound", "Number=Sing"),
    ("Robichaux", "Robichaux", "PROPN", 4, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("of", "of", "ADP", 21, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("New", "New", "ADJ", 20, "amod", "Degree=Pos"),
    ("Orleans", "Orleans", "PROPN", 20, "compound", "Number=Plur"),
    ("firm", "firm", "NOUN", 21, "compound", "Number=Sing"),
    ("Robichaux", "Robichaux", "PROPN", 4, "conj", "Number=Sing"),
    ("&", "&", "CCONJ", 23, "cc", ""),
    ("Landry", "Landry", "PROPN", 21, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 28, "case", ""),
    ("an", "a", "DET", 28, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 25, "obl", "Number=Sing"),
    ("with", "with", "ADP", 31, "case", ""),
    ("The", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("Advocate", "Advocate", "PROPN", 28, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 25, "punct", ""),
]


def test_a_relative_clause_with_call_and_one_object_is_a_role_not_a_statement():
    assert speakers(CALLED_LINES) == [("Pauline Ashby", "who called lines at Wimbledon for 17 summers", "named")]
    assert {s[1] for s in speakers(CALLED_IT)} == {None}  # ("who called the plan a disgrace" says something)


def test_a_titled_name_after_a_quotation_with_an_affiliation_taken_for_the_subject():
    assert speakers(AFFILIATION) == [
        ("Jacques Robichaux", "lead attorney, New Orleans firm Robichaux & Landry", "named")
    ]


# The man accused of shooting Slovak Prime Minister Robert Fico told a court on Tuesday that he had wanted to injure the populist leader.
FICO: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("man", "man", "NOUN", 10, "nsubj", "Number=Sing"),
    ("accused", "accuse", "VERB", 10, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("of", "of", "SCONJ", 4, "mark", ""),
    ("shooting", "shoot", "VERB", 2, "advcl", "VerbForm=Ger"),
    ("Slovak", "Slovak", "PROPN", 9, "compound", "Number=Sing"),
    ("Prime", "Prime", "ADJ", 9, "amod", "Degree=Pos"),
    ("Minister", "Minister", "PROPN", 9, "compound", "Number=Sing"),
    ("Robert", "Robert", "PROPN", 9, "compound", "Number=Sing"),
    ("Fico", "Fico", "PROPN", 10, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("court", "court", "NOUN", 10, "obj", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 12, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("he", "he", "PRON", 18, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wanted", "want", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 20, "mark", ""),
    ("injure", "injure", "VERB", 18, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("populist", "populist", "ADJ", 23, "amod", "Degree=Pos"),
    ("leader", "leader", "NOUN", 20, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# The man accused of shooting the prime minister told a court on Tuesday that he had wanted to injure him.
ACCUSED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("man", "man", "NOUN", 2, "nsubj", "Number=Sing"),
    ("accused", "accuse", "VERB", -1, "root", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin|Voice=Pass"),
    ("of", "of", "SCONJ", 4, "mark", ""),
    ("shooting", "shoot", "VERB", 2, "advcl", "VerbForm=Ger"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("prime", "prime", "ADJ", 7, "amod", "Degree=Pos"),
    ("minister", "minister", "NOUN", 4, "obj", "Number=Sing"),
    ("told", "tell", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("court", "court", "NOUN", 8, "obj", "Number=Sing"),
    ("on", "on", "ADP", 12, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 10, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("he", "he", "PRON", 16, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wanted", "want", "VERB", 10, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 18, "mark", ""),
    ("injure", "injure", "VERB", 16, "xcomp", "VerbForm=Inf"),
    ("him", "he", "PRON", 18, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The woman arrested in the raid told reporters she was innocent.
ARRESTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("woman", "woman", "NOUN", 2, "nsubj", "Number=Sing"),
    ("arrested", "arrest", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("raid", "raid", "NOUN", 2, "obl", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 6, "iobj", "Number=Plur"),
    ("she", "she", "PRON", 10, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("innocent", "innocent", "ADJ", 7, "acl:relcl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# More than 100 flights have been cancelled so far, according to flight tracking website Flightradar24, and dozens more have been diverted to Liverpool.
TRACKING: list[FeatRow] = [
    ("More", "more", "ADV", 6, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 3, "case", ""),
    ("100", "100", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("flights", "flight", "NOUN", 6, "nsubj:pass", "Number=Plur"),
    ("have", "have", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 6, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("cancelled", "cancel", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("so", "so", "ADV", 8, "advmod", ""),
    ("far", "far", "ADV", 6, "advmod", "Degree=Pos"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("according", "accord", "VERB", 12, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 10, "fixed", ""),
    ("flight", "flight", "NOUN", 6, "obl", "Number=Sing"),
    ("tracking", "track", "VERB", 12, "acl", "VerbForm=Ger"),
    ("website", "website", "NOUN", 15, "compound", "Number=Sing"),
    ("Flightradar24", "Flightradar24", "PROPN", 13, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("and", "and", "CCONJ", 22, "cc", ""),
    ("dozens", "dozen", "NOUN", 15, "conj", "Number=Plur"),
    ("more", "more", "ADV", 22, "advmod", "Degree=Cmp"),
    ("have", "have", "AUX", 22, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 22, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("diverted", "divert", "VERB", 6, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 24, "case", ""),
    ("Liverpool", "Liverpool", "PROPN", 22, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# In Narva, where more than 90% of residents speak Russian, several parents at a meeting at one of the affected schools on Thursday evening said they had learned of the closures from social media.
WHERE: list[FeatRow] = [
    ("In", "in", "ADP", 1, "case", ""),
    ("Narva", "Narva", "PROPN", 27, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("where", "where", "ADV", 10, "advmod", "PronType=Int"),
    ("more", "more", "ADV", 7, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 7, "case", ""),
    ("90", "90", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 10, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("residents", "resident", "NOUN", 7, "nmod", "Number=Plur"),
    ("speak", "speak", "VERB", 27, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Russian", "Russian", "ADJ", 10, "xcomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("several", "several", "ADJ", 14, "amod", "Degree=Pos"),
    ("parents", "parent", "NOUN", 10, "obj", "Number=Plur"),
    ("at", "at", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("meeting", "meeting", "NOUN", 14, "nmod", "Number=Sing"),
    ("at", "at", "ADP", 19, "case", ""),
    ("one", "one", "NUM", 17, "nmod", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 23, "case", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("affected", "affect", "VERB", 23, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("schools", "school", "NOUN", 19, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 26, "case", ""),
    ("Thursday", "Thursday", "PROPN", 26, "compound", "Number=Sing"),
    ("evening", "evening", "NOUN", 19, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 30, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 30, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("learned", "learn", "VERB", 27, "ccomp", "Tense=Past|VerbForm=Part"),
    ("of", "of", "ADP", 33, "case", ""),
    ("the", "the", "DET", 33, "det", "Definite=Def|PronType=Art"),
    ("closures", "closure", "NOUN", 30, "obl", "Number=Plur"),
    ("from", "from", "ADP", 36, "case", ""),
    ("social", "social", "ADJ", 36, "amod", "Degree=Pos"),
    ("media", "media", "NOUN", 33, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 27, "punct", ""),
]


def test_a_participles_object_read_as_a_second_subject_of_the_cue():
    assert reports(FICO) == [("that he had wanted to injure the populist leader", "The man")]


def test_a_reduced_relative_read_as_the_main_verb_or_a_fronted_report():
    assert reports(ACCUSED) == [("that he had wanted to injure him", "The man")]  # (no "of shooting ..." accusation)
    assert reports(ARRESTED) == [("she was innocent", "The woman")]


def test_a_name_after_a_gerund_compound_and_a_body_noun_is_the_source():
    assert named(TRACKING) == [("Flightradar24", "organization")]


def test_the_subject_read_into_a_fronted_where_clause():
    assert reports(WHERE) == [
        (
            "they had learned of the closures from social media",
            "several parents at a meeting at one of the affected schools on Thursday evening",
        )
    ]


# Mhlanga and his deputy, Grace Moyo, said the bank would sell more gold coins.
THEY_GROUP: list[FeatRow] = [
    ("Mhlanga", "Mhlanga", "PROPN", 8, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("his", "his", "PRON", 3, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("deputy", "deputy", "NOUN", 0, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Grace", "Grace", "PROPN", 0, "conj", "Number=Sing"),
    ("Moyo", "Moyo", "PROPN", 0, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("bank", "bank", "NOUN", 12, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("sell", "sell", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("more", "more", "ADV", 14, "advmod", "Degree=Cmp"),
    ("gold", "gold", "ADJ", 15, "amod", "Degree=Pos"),
    ("coins", "coin", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Analysts aren't convinced.
THEY_ANALYSTS: list[FeatRow] = [
    ("Analysts", "analyst", "NOUN", 3, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##n't", "not", "PART", 3, "advmod", "Polarity=Neg"),
    ("convinced", "convince", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# They say the gap between the two rates shows that businesses still don't trust the unit.
THEY_ANALYSTS_2: list[FeatRow] = [
    ("They", "they", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("gap", "gap", "NOUN", 1, "obj", "Number=Sing"),
    ("between", "between", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("rates", "rate", "NOUN", 8, "compound", "Number=Plur"),
    ("shows", "show", "NOUN", 3, "nmod", "Number=Plur"),
    ("that", "that", "PRON", 14, "obj", "PronType=Rel"),
    ("businesses", "business", "NOUN", 14, "nsubj", "Number=Plur"),
    ("still", "still", "ADV", 14, "advmod", ""),
    ("do", "do", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##n't", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("trust", "trust", "VERB", 8, "acl:relcl", "VerbForm=Inf"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("unit", "unit", "NOUN", 14, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_they_goes_on_with_a_plural_subject_after_the_group_that_spoke():
    r = resolve([[THEY_GROUP], [THEY_ANALYSTS, THEY_ANALYSTS_2]])
    last = r.quotes[-1].speaker
    assert last is not None and last.entity is not None
    assert (r.entities[last.entity].name, last.anonymity) == ("Analysts", "vague")


# UNESCO stripped Liverpool of its World Heritage status in 2021, saying developments on the waterfront, including the stadium, had caused an irreversible loss.
OBJECT_PHRASES: list[FeatRow] = [
    ("UNESCO", "UNESCO", "PROPN", 1, "nsubj", "Number=Sing"),
    ("stripped", "stripp", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Liverpool", "Liverpool", "PROPN", 1, "obj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("its", "its", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("World", "World", "PROPN", 7, "compound", "Number=Sing"),
    ("Heritage", "Heritage", "PROPN", 7, "compound", "Number=Sing"),
    ("status", "status", "NOUN", 1, "obl", "Number=Sing"),
    ("in", "in", "ADP", 9, "case", ""),
    ("2021", "2021", "NUM", 7, "nmod", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("saying", "say", "VERB", 1, "advcl", "Tense=Pres|VerbForm=Part"),
    ("developments", "development", "NOUN", 11, "obj", "Number=Plur"),
    ("on", "on", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("waterfront", "waterfront", "NOUN", 11, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("including", "include", "VERB", 19, "case", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("stadium", "stadium", "NOUN", 11, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("caused", "cause", "VERB", 1, "conj", "Tense=Past|VerbForm=Part"),
    ("an", "a", "DET", 25, "det", "Definite=Ind|PronType=Art"),
    ("irreversible", "irreversible", "ADJ", 25, "amod", "Degree=Pos"),
    ("loss", "loss", "NOUN", 22, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Czech President Tomáš Hrádek vetoed the budget bill on Tuesday, saying it did too little to rein in a deficit that he said threatened the country's credit rating.
DID: list[FeatRow] = [
    ("Czech", "Czech", "PROPN", 3, "compound", "Number=Sing"),
    ("President", "President", "PROPN", 3, "compound", "Number=Sing"),
    ("Tomáš", "Tomáš", "PROPN", 3, "compound", "Number=Sing"),
    ("Hrádek", "Hrádek", "PROPN", 4, "nsubj", "Number=Sing"),
    ("vetoed", "vetoed", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 7, "compound", "Number=Sing"),
    ("bill", "bill", "NOUN", 4, "obj", "Number=Sing"),
    ("on", "on", "ADP", 9, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("saying", "say", "VERB", 4, "advcl", "Tense=Pres|VerbForm=Part"),
    ("it", "it", "PRON", 15, "expl", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("did", "do", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 15, "advmod", ""),
    ("little", "little", "ADJ", 11, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 17, "mark", ""),
    ("rein", "rein", "VERB", 15, "xcomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 20, "case", ""),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("deficit", "deficit", "NOUN", 17, "obl", "Number=Sing"),
    ("that", "that", "PRON", 23, "obj", "PronType=Rel"),
    ("he", "he", "PRON", 23, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", 20, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("threatened", "threaten", "VERB", 23, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 29, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 26, "case", ""),
    ("credit", "credit", "NOUN", 29, "compound", "Number=Sing"),
    ("rating", "rating", "NOUN", 24, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_prepositional_phrases_between_the_object_and_its_clause_are_the_objects():
    assert reports(OBJECT_PHRASES) == [
        ("developments on the waterfront, including the stadium, had caused an irreversible loss", "UNESCO")
    ]


def test_do_read_as_an_auxiliary_of_no_verb_is_the_main_verb():
    assert [q[0] for q in reports(DID)][0] == (
        "it did too little to rein in a deficit that he said threatened the country's credit rating"
    )


# The organiser, Acme Events Ltd, missed a payment.
PROMOTER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("organiser", "organiser", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Acme", "Acme", "PROPN", 4, "compound", "Number=Sing"),
    ("Events", "event", "PROPN", 1, "appos", "Number=Plur"),
    ("Ltd", "Ltd", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("missed", "miss", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("payment", "payment", "NOUN", 7, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# The organiser said in a statement that it regretted the cancellation.
PROMOTER_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("organiser", "organiser", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 8, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 8, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("regretted", "regret", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("cancellation", "cancellation", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_the_noun_an_earlier_sentence_set_a_bodys_name_beside():
    r = resolve([[PROMOTER], [PROMOTER_2]])
    assert named_all(r) == [("Acme Events Ltd", "organization")]


def named_all(r: ArticleResult) -> list[tuple[str, str]]:
    """(entity name, type) of each quote's speaker in an article."""
    return [(r.entities[q.speaker.entity].name, r.entities[q.speaker.entity].type) for q in r.quotes if q.speaker]


# The PP, the main opposition party, said in a statement that the ruling marked "a sad day for Spanish democracy".
TWO_LETTERS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("PP", "PP", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("main", "main", "ADJ", 6, "amod", "Degree=Pos"),
    ("opposition", "opposition", "NOUN", 6, "compound", "Number=Sing"),
    ("party", "party", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 8, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("ruling", "ruling", "NOUN", 15, "nsubj", "Number=Sing"),
    ("marked", "mark", "VERB", 11, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 19, "punct", ""),
    ("##a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("sad", "sad", "ADJ", 19, "amod", "Degree=Pos"),
    ("day", "day", "NOUN", 15, "obj", "Number=Sing"),
    ("for", "for", "ADP", 22, "case", ""),
    ("Spanish", "Spanish", "ADJ", 22, "amod", "Degree=Pos"),
    ("democracy", "democracy", "NOUN", 19, "nmod", "Number=Sing"),
    ('##"', '"', "PUNCT", 19, "punct", ""),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Junts, the separatist party, said the decision was right.
PARTY_OPENS: list[FeatRow] = [
    ("Junts", "junt", "NOUN", 6, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("separatist", "separatist", "NOUN", 4, "compound", "Number=Sing"),
    ("party", "party", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("right", "right", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Critics, the loudest of them in the party, said the decision was wrong.
CRITICS_OPEN: list[FeatRow] = [
    ("Critics", "critic", "NOUN", 10, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("loudest", "loudest", "ADJ", 10, "nsubj", "Degree=Sup"),
    ("of", "of", "ADP", 5, "case", ""),
    ("them", "they", "PRON", 3, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("in", "in", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 14, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wrong", "wrong", "ADJ", 10, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def test_a_two_letter_acronym_after_the_is_a_bodys_name():
    assert named(TWO_LETTERS) == [("PP", "organization")]


def test_a_capitalised_opener_an_apposition_calls_a_body_is_a_name():
    assert named(PARTY_OPENS) == [("Junts", "organization")]
    assert speakers(CRITICS_OPEN) == [("Critics", None, "vague")]  # (no body's noun: a class)


# The Textile, Apparel, Footwear and Travel Goods Association in Cambodia (TAFTAC) said in a statement that its members were facing hard times.
LISTED_FIELDS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Textile", "Textile", "PROPN", 15, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Apparel", "Apparel", "PROPN", 1, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("Footwear", "Footwear", "PROPN", 3, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("Travel", "Travel", "PROPN", 5, "conj", "Number=Sing"),
    ("Goods", "Goods", "PROPN", 9, "compound", "Number=Plur"),
    ("Association", "Association", "PROPN", 1, "conj", "Number=Sing"),
    ("in", "in", "ADP", 11, "case", ""),
    ("Cambodia", "Cambodia", "PROPN", 9, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 13, "punct", ""),
    ("##TAFTAC", "Taftac", "PROPN", 11, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 13, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 18, "case", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 15, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("its", "its", "PRON", 21, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("members", "member", "NOUN", 23, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 23, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("facing", "face", "VERB", 18, "acl", "Tense=Pres|VerbForm=Part"),
    ("hard", "hard", "ADJ", 25, "amod", "Degree=Pos"),
    ("times", "time", "NOUN", 23, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The Executive Mansion said in a statement that the president remained committed.
MANSION: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Executive", "executive", "ADJ", 2, "amod", "Degree=Pos"),
    ("Mansion", "Mansion", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 3, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 10, "nsubj", "Number=Sing"),
    ("remained", "remain", "VERB", 6, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("committed", "commit", "VERB", 10, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# "We are not a bystander in this process," Minerals and Energy Minister Onkemetse Rapoo said in an interview with Mmegi on Tuesday.
MINERALS: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("##We", "we", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("bystander", "bystander", "NOUN", 17, "ccomp", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("this", "this", "DET", 8, "det", "Number=Sing|PronType=Dem"),
    ("process", "process", "NOUN", 5, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("Minerals", "Mineral", "PROPN", 17, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("Energy", "Energy", "PROPN", 11, "conj", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 15, "compound", "Number=Sing"),
    ("Onkemetse", "Onkemetse", "PROPN", 11, "conj", "Number=Sing"),
    ("Rapoo", "Rapoo", "PROPN", 11, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 20, "case", ""),
    ("an", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 17, "obl", "Number=Sing"),
    ("with", "with", "ADP", 22, "case", ""),
    ("Mmegi", "Mmegi", "PROPN", 20, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 24, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 22, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# The main opposition Democratic Party of Socialists (DPS), which governed Montenegro for three decades until 2020, said the reforms were rushed.
PARTY_OF: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("main", "main", "ADJ", 4, "amod", "Degree=Pos"),
    ("opposition", "opposition", "NOUN", 4, "compound", "Number=Sing"),
    ("Democratic", "Democratic", "ADJ", 4, "amod", "Degree=Pos"),
    ("Party", "Party", "PROPN", 20, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("Socialists", "Socialist", "PROPN", 4, "nmod", "Number=Plur"),
    ("(", "(", "PUNCT", 8, "punct", ""),
    ("##DPS", "DPS", "PROPN", 6, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 8, "punct", ""),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("which", "which", "PRON", 12, "nsubj", "PronType=Rel"),
    ("governed", "govern", "VERB", 20, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Montenegro", "Montenegro", "PROPN", 12, "obj", "Number=Sing"),
    ("for", "for", "ADP", 16, "case", ""),
    ("three", "three", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("decades", "decade", "NOUN", 12, "obl", "Number=Plur"),
    ("until", "until", "ADP", 18, "case", ""),
    ("2020", "2020", "NUM", 16, "nmod", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("reforms", "reform", "NOUN", 24, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 24, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("rushed", "rush", "VERB", 20, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]

# Mean Sokunthea, president of the Cambodian Independent Garment Workers Federation, said the official figures understated the problem because many smaller subcontracting factories were not registered with the ministry.
MEAN: list[FeatRow] = [
    ("Mean", "mean", "VERB", 12, "advcl", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("Sokunthea", "Sokunthea", "PROPN", 0, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("president", "president", "NOUN", 1, "appos", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Cambodian", "cambodian", "ADJ", 10, "amod", "Degree=Pos"),
    ("Independent", "independent", "ADJ", 10, "amod", "Degree=Pos"),
    ("Garment", "Garment", "PROPN", 10, "compound", "Number=Sing"),
    ("Workers", "worker", "PROPN", 10, "compound", "Number=Plur"),
    ("Federation", "Federation", "PROPN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("official", "official", "ADJ", 15, "amod", "Degree=Pos"),
    ("figures", "figure", "NOUN", 16, "nsubj", "Number=Plur"),
    ("understated", "understate", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("problem", "problem", "NOUN", 16, "obj", "Number=Sing"),
    ("because", "because", "SCONJ", 26, "mark", ""),
    ("many", "many", "ADJ", 23, "amod", "Degree=Pos"),
    ("smaller", "small", "ADJ", 23, "amod", "Degree=Cmp"),
    ("subcontracting", "subcontracting", "NOUN", 23, "compound", "Number=Sing"),
    ("factories", "factory", "NOUN", 26, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 26, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 26, "advmod", "Polarity=Neg"),
    ("registered", "register", "VERB", 16, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 29, "case", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 26, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Race organisers said in a statement that they had reinforced hygiene measures.
ORGANISERS: list[FeatRow] = [
    ("Race", "Race", "NOUN", 1, "compound", "Number=Sing"),
    ("organisers", "organiser", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 9, "obj", "PronType=Rel"),
    ("they", "they", "PRON", 9, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("reinforced", "reinforce", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("hygiene", "hygiene", "NOUN", 11, "compound", "Number=Sing"),
    ("measures", "measure", "NOUN", 9, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_bodys_name_listing_fields_with_commas_is_one_name():
    assert named(LISTED_FIELDS) == [("Textile, Apparel, Footwear and Travel Goods Association", "organization")]


def test_seats_of_power_and_mineral_portfolios():
    assert named(MANSION) == [("Executive Mansion", "organization")]
    assert speakers(MINERALS) == [("Onkemetse Rapoo", "Minerals and Energy Minister", "named")]


def test_a_partys_name_with_of_and_an_acronym_is_no_class_of_members():
    assert named(PARTY_OF) == [("Democratic Party of Socialists", "organization")]


def test_a_given_name_that_is_an_english_verb_opening_the_sentence():
    assert speakers(MEAN) == [
        ("Mean Sokunthea", "president of the Cambodian Independent Garment Workers Federation", "named")
    ]


def test_a_capitalised_opener_before_organisers_is_no_bodys_name():
    assert speakers(ORGANISERS) == [("Race organisers", None, "anonymous")]


# Indian newspaper The Hindu reported that New Delhi had agreed to pay a higher rate than for previous projects, citing two officials familiar with the negotiations.
CITING: list[FeatRow] = [
    ("Indian", "Indian", "ADJ", 1, "amod", "Degree=Pos"),
    ("newspaper", "newspaper", "NOUN", 4, "nsubj", "Number=Sing"),
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Hindu", "Hindu", "PROPN", 1, "appos", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("New", "New", "ADJ", 7, "amod", "Degree=Pos"),
    ("Delhi", "Delhi", "PROPN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("agreed", "agree", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 11, "mark", ""),
    ("pay", "pay", "VERB", 9, "xcomp", "VerbForm=Inf"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("higher", "high", "ADJ", 14, "amod", "Degree=Cmp"),
    ("rate", "rate", "NOUN", 11, "obj", "Number=Sing"),
    ("than", "than", "ADP", 18, "case", ""),
    ("for", "for", "ADP", 18, "case", ""),
    ("previous", "previous", "ADJ", 18, "amod", "Degree=Pos"),
    ("projects", "project", "NOUN", 11, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("citing", "cite", "VERB", 11, "advcl", "Tense=Pres|VerbForm=Part"),
    ("two", "two", "NUM", 22, "nummod", "NumForm=Word|NumType=Card"),
    ("officials", "official", "NOUN", 20, "obj", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 20, "xcomp", "Degree=Pos"),
    ("with", "with", "ADP", 26, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("negotiations", "negotiation", "NOUN", 23, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_an_outlets_report_citing_people_deep_in_the_reported_clause():
    r = resolve([[CITING]])
    q = r.quotes[0]
    assert q.speaker is not None and q.via is not None
    assert (q.speaker.name, q.speaker.anonymity, q.via.name) == (
        "two officials familiar with the negotiations",
        "anonymous",
        "The Hindu",
    )


# A report by council planning officers said the scheme would not result in unacceptable harm.
REPORT_BY: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 6, "nsubj", "Number=Sing"),
    ("by", "by", "ADP", 5, "case", ""),
    ("council", "council", "NOUN", 5, "compound", "Number=Sing"),
    ("planning", "planning", "NOUN", 5, "compound", "Number=Sing"),
    ("officers", "officer", "NOUN", 1, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 11, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 11, "advmod", "Polarity=Neg"),
    ("result", "result", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 14, "case", ""),
    ("unacceptable", "unacceptable", "ADJ", 14, "amod", "Degree=Pos"),
    ("harm", "harm", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# A report to the trust's board last month said vacancies in anaesthetics remained high.
REPORT_TO: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 9, "nsubj", "Number=Sing"),
    ("to", "to", "ADP", 6, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("trust", "trust", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("board", "board", "NOUN", 1, "nmod", "Number=Sing"),
    ("last", "last", "ADJ", 8, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("vacancies", "vacancie", "NOUN", 9, "obj", "Number=Plur"),
    ("in", "in", "ADP", 12, "case", ""),
    ("anaesthetics", "anaesthetics", "NOUN", 13, "nsubj", "Number=Sing"),
    ("remained", "remain", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("high", "high", "ADJ", 13, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# A federal investigation found that Cleveland officers had engaged in a pattern of excessive force.
FEDERAL: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("federal", "federal", "ADJ", 2, "amod", "Degree=Pos"),
    ("investigation", "investigation", "NOUN", 3, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("Cleveland", "Cleveland", "PROPN", 6, "compound", "Number=Sing"),
    ("officers", "officer", "NOUN", 8, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("engaged", "engage", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("pattern", "pattern", "NOUN", 8, "obl", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("excessive", "excessive", "ADJ", 14, "amod", "Degree=Pos"),
    ("force", "force", "NOUN", 11, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# A report on the economy said growth would slow.
REPORT_ON: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 5, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("economy", "economy", "NOUN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("growth", "growth", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("slow", "slow", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def test_a_document_with_its_maker_or_addressee_or_the_states_is_one_document():
    for rows in (REPORT_BY, REPORT_TO, FEDERAL):
        assert [s[2] for s in speakers(rows)] == ["organization"]
    assert [s[2] for s in speakers(REPORT_ON)] == ["vague"]  # (a topic names no maker)


# Police Chief Angela Morrow said the division had "turned a corner" and was ready to show the court it could sustain the reforms.
COPULA_CONJ: list[FeatRow] = [
    ("Police", "Police", "PROPN", 3, "compound", "Number=Sing"),
    ("Chief", "Chief", "PROPN", 3, "compound", "Number=Sing"),
    ("Angela", "Angela", "PROPN", 3, "compound", "Number=Sing"),
    ("Morrow", "Morrow", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("division", "division", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("##turned", "turn", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("corner", "corner", "NOUN", 9, "obj", "Number=Sing"),
    ('##"', '"', "PUNCT", 9, "punct", ""),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("was", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ready", "ready", "ADJ", 4, "conj", "Degree=Pos"),
    ("to", "to", "PART", 17, "mark", ""),
    ("show", "show", "VERB", 15, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 17, "obj", "Number=Sing"),
    ("it", "it", "PRON", 22, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("could", "could", "AUX", 22, "aux", "VerbForm=Fin"),
    ("sustain", "sustain", "VERB", 19, "acl:relcl", "VerbForm=Inf"),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("reforms", "reform", "NOUN", 22, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The mines ministry said in a statement that companies would have until the end of June to submit "credible and financed" refinery plans, and that the licences of those that failed to do so would be reviewed.
STATEMENT_THAT: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("mines", "mine", "NOUN", 2, "compound", "Number=Plur"),
    ("ministry", "ministry", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 3, "obl", "Number=Sing"),
    ("that", "that", "PRON", 10, "obj", "PronType=Rel"),
    ("companies", "company", "NOUN", 10, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("have", "have", "VERB", 6, "acl:relcl", "VerbForm=Inf"),
    ("until", "until", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("end", "end", "NOUN", 10, "obl", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("June", "June", "PROPN", 13, "nmod", "Number=Sing"),
    ("to", "to", "PART", 17, "mark", ""),
    ("submit", "submit", "VERB", 10, "advcl", "VerbForm=Inf"),
    ('"', '"', "PUNCT", 19, "punct", ""),
    ("##credible", "credible", "ADJ", 24, "amod", "Degree=Pos"),
    ("and", "and", "CCONJ", 21, "cc", ""),
    ("financed", "finance", "VERB", 19, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ('##"', '"', "PUNCT", 24, "punct", ""),
    ("refinery", "refinery", "ADJ", 24, "amod", "Degree=Pos"),
    ("plans", "plan", "NOUN", 17, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("and", "and", "CCONJ", 39, "cc", ""),
    ("that", "that", "SCONJ", 39, "mark", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("licences", "licence", "NOUN", 24, "conj", "Number=Plur"),
    ("of", "of", "ADP", 31, "case", ""),
    ("those", "that", "PRON", 29, "nmod", "Number=Plur|PronType=Dem"),
    ("that", "that", "PRON", 33, "nsubj", "PronType=Rel"),
    ("failed", "fail", "VERB", 31, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 35, "mark", ""),
    ("do", "do", "VERB", 33, "xcomp", "VerbForm=Inf"),
    ("so", "so", "ADV", 39, "advmod", ""),
    ("would", "would", "AUX", 39, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 39, "aux:pass", "VerbForm=Inf"),
    ("reviewed", "review", "VERB", 33, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Kela said about 2,300 of the 3,000 participants had answered its final survey.
ABOUT: list[FeatRow] = [
    ("Kela", "Kela", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 3, "case", ""),
    ("2,300", "2300", "NUM", 1, "obl", "NumForm=Digit|NumType=Card"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("3,000", "3000", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("participants", "participant", "NOUN", 3, "nmod", "Number=Plur"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("answered", "answer", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("its", "its", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("final", "final", "ADJ", 12, "amod", "Degree=Pos"),
    ("survey", "survey", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# But Reyes said ending a decree too early carried risks, pointing to cities where use-of-force complaints rose again within a few years of federal oversight ending.
CARRIED: list[FeatRow] = [
    ("But", "but", "CCONJ", 2, "cc", ""),
    ("Reyes", "Reyes", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("ending", "end", "VERB", 2, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("decree", "decree", "NOUN", 3, "obj", "Number=Sing"),
    ("too", "too", "ADV", 7, "advmod", ""),
    ("early", "early", "ADJ", 9, "amod", "Degree=Pos"),
    ("carried", "carry", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("risks", "risk", "NOUN", 3, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("pointing", "point", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 13, "case", ""),
    ("cities", "city", "NOUN", 11, "obl", "Number=Plur"),
    ("where", "where", "ADV", 21, "advmod", "PronType=Int"),
    ("use", "use", "NOUN", 21, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 17, "punct", ""),
    ("##of", "of", "ADP", 19, "case", ""),
    ("##-", "-", "PUNCT", 17, "punct", ""),
    ("##force", "force", "NOUN", 20, "compound", "Number=Sing"),
    ("complaints", "complaint", "NOUN", 21, "nsubj", "Number=Plur"),
    ("rose", "rise", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("again", "again", "ADV", 21, "advmod", ""),
    ("within", "within", "ADP", 26, "case", ""),
    ("a", "a", "DET", 26, "det", "Definite=Ind|PronType=Art"),
    ("few", "few", "ADJ", 26, "amod", "Degree=Pos"),
    ("years", "year", "NOUN", 21, "obl", "Number=Plur"),
    ("of", "of", "ADP", 30, "case", ""),
    ("federal", "federal", "ADJ", 30, "amod", "Degree=Pos"),
    ("oversight", "oversight", "NOUN", 30, "compound", "Number=Sing"),
    ("ending", "ending", "NOUN", 26, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_copular_conjunct_with_its_own_be_goes_on_with_the_report():
    assert [q[0] for q in reports(COPULA_CONJ)] == [
        'the division had "turned a corner" and was ready to show the court it could sustain the reforms'
    ]


def test_a_report_read_as_a_relative_clause_on_in_a_statement():
    assert [q[0] for q in reports(STATEMENT_THAT)] == [
        'that companies would have until the end of June to submit "credible and financed" refinery plans, '
        "and that the licences of those that failed to do so would be reviewed"
    ]


def test_a_rounded_number_read_as_the_cues_oblique_is_the_reports_subject():
    assert [q[0] for q in reports(ABOUT)] == ["about 2,300 of the 3,000 participants had answered its final survey"]


def test_a_past_verb_read_as_an_adjective_after_a_gerund_is_the_report():
    assert [q[0] for q in reports(CARRIED)] == [
        "ending a decree too early carried risks, pointing to cities where use-of-force complaints rose again "
        "within a few years of federal oversight ending"
    ]


# A source close to the administration, who did not want to be named because discussions are ongoing, told The Courier that senior councillors had held informal talks with Scottish Government ministers about the scheme in the autumn.
SOURCE_CLOSE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 2, "nsubj", "Number=Sing"),
    ("close", "close", "ADJ", 19, "ccomp", "Degree=Pos"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("administration", "administration", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("did", "do", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("want", "want", "VERB", 19, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 13, "mark", ""),
    ("be", "be", "AUX", 13, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 10, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 17, "mark", ""),
    ("discussions", "discussion", "NOUN", 17, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("ongoing", "ongoing", "VERB", 13, "advcl", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("Courier", "Courier", "PROPN", 19, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("senior", "senior", "ADJ", 24, "amod", "Degree=Pos"),
    ("councillors", "councillor", "NOUN", 26, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("held", "hold", "VERB", 21, "acl", "Tense=Past|VerbForm=Part"),
    ("informal", "informal", "ADJ", 28, "amod", "Degree=Pos"),
    ("talks", "talk", "NOUN", 26, "obj", "Number=Plur"),
    ("with", "with", "ADP", 32, "case", ""),
    ("Scottish", "Scottish", "PROPN", 32, "compound", "Number=Sing"),
    ("Government", "Government", "PROPN", 32, "compound", "Number=Sing"),
    ("ministers", "minister", "NOUN", 26, "obl", "Number=Plur"),
    ("about", "about", "ADP", 35, "case", ""),
    ("the", "the", "DET", 35, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 26, "obl", "Number=Sing"),
    ("in", "in", "ADP", 38, "case", ""),
    ("the", "the", "DET", 38, "det", "Definite=Def|PronType=Art"),
    ("autumn", "autumn", "NOUN", 35, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]

# The projects have run far over budget, a 2023 report by the audit office found.
REPORT_BY_FOUND: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("projects", "project", "NOUN", 3, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("run", "run", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("far", "far", "ADV", 3, "advmod", "Degree=Pos"),
    ("over", "over", "ADP", 6, "case", ""),
    ("budget", "budget", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("2023", "2023", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("report", "report", "NOUN", 3, "obj", "Number=Sing"),
    ("by", "by", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("audit", "audit", "NOUN", 14, "compound", "Number=Sing"),
    ("office", "office", "NOUN", 10, "nmod", "Number=Sing"),
    ("found", "find", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The Punatsangchhu-I and II projects, built with Indian financing, have been hit by landslides and delays and have run far over budget, a 2023 report by Bhutan’s Royal Audit Authority found.
MAKER_FOUND: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Punatsangchhu", "Punatsangchhu", "PROPN", 15, "nsubj:pass", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##I", "I", "PRON", 6, "compound", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("II", "II", "PROPN", 3, "conj", "Number=Sing"),
    ("projects", "project", "NOUN", 1, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("built", "build", "VERB", 6, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 11, "case", ""),
    ("Indian", "Indian", "ADJ", 11, "amod", "Degree=Pos"),
    ("financing", "financing", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("have", "have", "AUX", 15, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 15, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("hit", "hit", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 17, "case", ""),
    ("landslides", "landslide", "NOUN", 15, "obl:agent", "Number=Plur"),
    ("and", "and", "CCONJ", 19, "cc", ""),
    ("delays", "delay", "NOUN", 17, "conj", "Number=Plur"),
    ("and", "and", "CCONJ", 22, "cc", ""),
    ("have", "have", "AUX", 22, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("run", "run", "VERB", 15, "conj", "Tense=Past|VerbForm=Part"),
    ("far", "far", "ADV", 22, "advmod", "Degree=Pos"),
    ("over", "over", "ADP", 25, "case", ""),
    ("budget", "budget", "NOUN", 22, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("2023", "2023", "NUM", 29, "nummod", "NumForm=Digit|NumType=Card"),
    ("report", "report", "NOUN", 22, "obj", "Number=Sing"),
    ("by", "by", "ADP", 35, "case", ""),
    ("Bhutan", "Bhutan", "PROPN", 35, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 31, "case", ""),
    ("Royal", "Royal", "ADJ", 35, "amod", "Degree=Pos"),
    ("Audit", "audit", "PROPN", 35, "compound", "Number=Sing"),
    ("Authority", "Authority", "PROPN", 36, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", 15, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]


def test_a_sources_adjective_read_as_a_clause_before_the_cue():
    assert reports(SOURCE_CLOSE) == [
        (
            "that senior councillors had held informal talks with Scottish Government ministers about the scheme in "
            "the autumn",
            "A source close to the administration",
        )
    ]


def test_a_finding_verb_closing_after_a_document_set_off_by_a_comma():
    assert [(q[0], q[1]) for q in reports(REPORT_BY_FOUND)] == [
        ("The projects have run far over budget", "a 2023 report by the audit office")
    ]
    assert [q[1] for q in reports(MAKER_FOUND)] == [
        "Bhutan’s Royal Audit Authority"
    ]  # (its maker, taken for the subject)


# The government in Gaborone wants a veto over any buyer, the people said, asking not to be identified because the discussions are private.
ASKING: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 4, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 3, "case", ""),
    ("Gaborone", "Gaborone", "PROPN", 1, "nmod", "Number=Sing"),
    ("wants", "want", "VERB", 13, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("veto", "veto", "NOUN", 4, "obj", "Number=Sing"),
    ("over", "over", "ADP", 9, "case", ""),
    ("any", "any", "DET", 9, "det", "PronType=Ind"),
    ("buyer", "buyer", "NOUN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 13, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("asking", "ask", "VERB", 13, "advcl", "Tense=Pres|VerbForm=Part"),
    ("not", "not", "PART", 19, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 19, "mark", ""),
    ("be", "be", "AUX", 19, "aux:pass", "VerbForm=Inf"),
    ("identified", "identify", "VERB", 15, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 24, "mark", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("discussions", "discussion", "NOUN", 24, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 24, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("private", "private", "ADJ", 19, "advcl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# After Trump taunted Tur, other journalists tweeted in support of the reporter.
AFTER_CLAUSE: list[FeatRow] = [
    ("After", "after", "ADP", 1, "case", ""),
    ("Trump", "Trump", "PROPN", 2, "nsubj", "Number=Sing"),
    ("taunted", "taunt", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Tur", "Tur", "PROPN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("other", "other", "ADJ", 6, "amod", "Degree=Pos"),
    ("journalists", "journalist", "NOUN", 2, "obj", "Number=Plur"),
    ("tweeted", "tweet", "VERB", 6, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 9, "case", ""),
    ("support", "support", "NOUN", 7, "obl", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("reporter", "reporter", "NOUN", 9, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_finite_report_read_as_an_adverbial_clause_of_its_closing_cue():
    assert speakers(ASKING) == [("the people", None, "anonymous-with-reason")]
    assert reports(ASKING)[0][0] == "The government in Gaborone wants a veto over any buyer"
    assert reports(AFTER_CLAUSE) == []  # (a clause opened by "After" is no report)


# In an interview with The Athletic, PTPA executive director Clara Hoffmann – who has clashed repeatedly with the ATP – described the plan as “rearranging the deck chairs on a sinking ship”.
ROOT_PARTICIPLE: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 21, "obl", "Number=Sing"),
    ("with", "with", "ADP", 5, "case", ""),
    ("The", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Athletic", "Athletic", "PROPN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("PTPA", "PTPA", "PROPN", 9, "compound", "Number=Sing"),
    ("executive", "executive", "ADJ", 9, "amod", "Degree=Pos"),
    ("director", "director", "NOUN", 11, "compound", "Number=Sing"),
    ("Clara", "Clara", "PROPN", 11, "compound", "Number=Sing"),
    ("Hoffmann", "Hoffmann", "PROPN", 5, "conj", "Number=Sing"),
    ("–", "-", "PUNCT", 15, "punct", ""),
    ("who", "who", "PRON", 15, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("clashed", "clash", "VERB", 11, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("repeatedly", "repeatedly", "ADV", 15, "advmod", ""),
    ("with", "with", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("ATP", "ATP", "PROPN", 15, "obl", "Number=Sing"),
    ("–", "-", "PUNCT", 21, "punct", ""),
    ("described", "describe", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 21, "obj", "Number=Sing"),
    ("as", "as", "SCONJ", 26, "mark", ""),
    ("“", '"', "PUNCT", 26, "punct", ""),
    ("##rearranging", "rearrang", "VERB", 21, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("deck", "deck", "NOUN", 29, "compound", "Number=Sing"),
    ("chairs", "chair", "NOUN", 26, "obj", "Number=Plur"),
    ("on", "on", "ADP", 33, "case", ""),
    ("a", "a", "DET", 33, "det", "Definite=Ind|PronType=Art"),
    ("sinking", "sinking", "NOUN", 33, "compound", "Number=Sing"),
    ("ship", "ship", "NOUN", 26, "obl", "Number=Sing"),
    ("##”", '"', "PUNCT", 21, "punct", ""),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]


def test_a_root_verb_tagged_a_participle_is_finite():
    assert speakers(ROOT_PARTICIPLE) == [("Clara Hoffmann", "PTPA executive director", "named")]


# The committee backed the scheme, which the council says will cost £5m.
WHICH_SAYS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 2, "nsubj", "Number=Sing"),
    ("backed", "back", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("which", "which", "PRON", 11, "obj", "PronType=Rel"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 9, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", 11, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("will", "will", "AUX", 11, "aux", "VerbForm=Fin"),
    ("cost", "cost", "VERB", 2, "conj", "VerbForm=Inf"),
    ("£5m", "£5m", "NUM", 11, "obj", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The committee backed the scheme, which the developer says will ease pressure on homes.
WHICH_SAYS_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 2, "nsubj", "Number=Sing"),
    ("backed", "back", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 2, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("which", "which", "PRON", 11, "obj", "PronType=Rel"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("developer", "developer", "NOUN", 9, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", 11, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("will", "will", "AUX", 11, "aux", "VerbForm=Fin"),
    ("ease", "ease", "VERB", 4, "acl:relcl", "VerbForm=Inf"),
    ("pressure", "pressure", "NOUN", 11, "obj", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("homes", "home", "NOUN", 11, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_cue_inside_a_relative_clause_the_parse_tore_apart():
    assert reports(WHICH_SAYS) == [("will cost £5m", "the council")]
    assert reports(WHICH_SAYS_2) == [("will ease pressure on homes", "the developer")]


# Tourism accounts for a fifth of GDP, according to the ministry.
ACCOUNTS: list[FeatRow] = [
    ("Tourism", "Tourism", "NOUN", 1, "compound", "Number=Sing"),
    ("accounts", "account", "NOUN", -1, "root", "Number=Plur"),
    ("for", "for", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("fifth", "fifth", "NOUN", 1, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("GDP", "gdp", "NOUN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("according", "accord", "VERB", 11, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 4, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_accounts_for_tagged_a_noun_is_the_verb():
    assert reports(ACCOUNTS) == [("Tourism accounts for a fifth of GDP", "the ministry")]


# Outside the courthouse Monday, a man who identified himself as Nur's brother but declined to give his name because he feared harassment told reporters the family was confident he would be acquitted.
BROTHER: list[FeatRow] = [
    ("Outside", "outside", "ADP", 3, "case", ""),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("courthouse", "courthouse", "NOUN", 3, "compound", "Number=Sing"),
    ("Monday", "Monday", "PROPN", 6, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("man", "man", "NOUN", -1, "root", "Number=Sing"),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("identified", "identify", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("himself", "himself", "PRON", 8, "obj", "Case=Acc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    ("as", "as", "ADP", 13, "case", ""),
    ("Nur", "Nur", "PROPN", 13, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 11, "case", ""),
    ("brother", "brother", "NOUN", 8, "obl", "Number=Sing"),
    ("but", "but", "CCONJ", 15, "cc", ""),
    ("declined", "decline", "VERB", 8, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 17, "mark", ""),
    ("give", "give", "VERB", 15, "xcomp", "VerbForm=Inf"),
    ("his", "his", "PRON", 19, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("name", "name", "NOUN", 17, "obj", "Number=Sing"),
    ("because", "because", "SCONJ", 22, "mark", ""),
    ("he", "he", "PRON", 22, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("feared", "fear", "VERB", 17, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("harassment", "harassment", "NOUN", 22, "obj", "Number=Sing"),
    ("told", "tell", "VERB", 22, "xcomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 24, "iobj", "Number=Plur"),
    ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 29, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 29, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("confident", "confident", "ADJ", 24, "ccomp", "Degree=Pos"),
    ("he", "he", "PRON", 33, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 33, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 33, "aux:pass", "VerbForm=Inf"),
    ("acquitted", "acquit", "VERB", 29, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 24, "punct", ""),
]


def test_the_cue_read_into_the_subjects_relative_clause_and_a_relation_is_no_name():
    assert speakers(BROTHER)[0] == ("a man", None, "anonymous-with-reason")
