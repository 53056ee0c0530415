"""Speakers and roles fresh articles showed wrong (session 58; each tree is the shipped parser's
for the invented sentence in its comment):

* "Highlands and Islands MSP Fergus Ewing said ..." and "Rachel Hopkins, the Luton South and South
  Bedfordshire MP, said ...": a seat's name with "and" in it read as two speakers joined, so the
  place "Highlands" spoke, and the role was cut at "and" (new attribution/constituencies.py, with
  the ``constituency_titles`` lexicon; mention_words._joins_modifiers: an "and" between two
  modifiers of an apposition is inside it). Not when a person's name or a party is on either
  side of the "and" ("Mr Merriman and Hastings MP Sally-Ann Hart", "Jones and Labour MP Jane Pike").
* "At Paje, on the south-east coast of Unguja, Ms Mwanaisha Haji Khamis, 47, who has farmed seaweed
  for 22 years, said ...": the name a conjunct of the place and the "who" clause a complement of
  "said", so the quote had no speaker (stranded_names.name_read_as_conjunct_of_setting);
* "Cabinet member for finance and resources, Councillor Helen Marsh (Lib Dem, ...), said": the
  name a conjunct of the portfolio's fields, so "Cabinet member for finance" spoke unnamed
  (office_names.name_read_as_conjunct_of_place: fields joined by "and" before the name, a title
  opening it);
* "Data released last week by the Office of the Chief Government Statistician (OCGS) show that
  ...": "Data" the subject of "released" and "show" with none, so no report was found
  (stranded_names.participle_subjects), and the body's name cut at "of the"
  (documents.CAPITALISED_RUN);
* "The Dean of Canterbury, the Very Rev Dr Martin Ashby, said": the description spoke, as the
  comma that opens the apposition hung on "Dean" (mention_words._commas) and "the Very Rev" read
  as a description's article (name_runs._styled);
* "..., the cathedral has admitted": an unnamed person (``organization_words``: cathedral,
  church, abbey);
* "The Missouri Secretary of State's office said": "Secretary" the subject with "office" its "of"
  phrase, an unnamed person (office_names.office_of_title_holder);
* "Minister of State for Housing Niamh Kearns said" and '"...," Minister of State for Petroleum
  Resources Ibrahim Danjuma told': the name left in the "for" phrase, an unnamed minister
  (office_names._office_word: "for" inside an office's words), and the portfolio read into the
  name, an organisation (name_runs._after_title_of: after "<title> of <word> for");
* '"...," Somphone said': a Lao minister by his given name, tagged a pronoun, so the speaker was
  unresolved (name_tags.surname_read_as_pronoun: any capitalised word that is no English pronoun);
* "Vietnam Customs said" (a person) and "The collaborative said" (``organization_words``: customs,
  collaborative);
* "A survey by the Idaho Physician Well-Being Action Collaborative found": the owner cut at the
  hyphen where the parse cut the mention (documents._owner_named: the capitalised run goes on in
  the text);
* "Dean Sorensen, business manager of Local 1638, which represents many of the workers, said": the
  "which" clause hung on the man, who became an organisation (double_subject._antecedent: a
  "which" clause after an apposition is on the noun that ends it);
* reports lost or cut: "... said in a statement that more than 20,000 spectators had attended" with
  "that" the object of "attended", a relative clause of "statement"
  (time_relatives.report_read_as_object_relative: on a statement noun whatever the verb takes);
  "CARE Australia said in a statement that women and girls in the centres faced ..." with "women" a
  relative clause of "statement" and "faced" a modifier of "centres"
  (time_relatives.report_read_as_noun_relative); "Netball is the most popular team sport among women
  and girls in England, according to Sport England, with ..." with "according to" hung on "women",
  so the report was "among women and girls in England" (source_phrases.according_hung_in_phrase:
  up to the main clause's predicate with its copula too; not a report's, "Jeff Weaver, says his
  streak is proof ..., according to the Associated Press", which stays Weaver's); "... said in a
  joint statement posted on social media that they would continue ..." with "that" the object of
  "continue", a relative clause of "media" (time_relatives.report_read_as_object_relative: up
  through a participle on the statement, even a speech verb's);
* "Mining and Heavy Industry Minister Gankhuyag Batbold told": "Mining" the subject with the name
  its conjunct, an organisation (constituencies.seat_read_as_speakers: a portfolio's fields before
  any title, ``portfolio_words``);
* "A Cole County judge on Tuesday threw out the ballot summary Missouri Republicans wrote for ...,
  saying it would ...": "wrote" a conjunct of "threw" with "the ballot summary Missouri Republicans"
  its subject, so the Republicans said it and the judge's words made a record of their own (new
  attribution/contact_relatives.py: a relative clause with no relative word);
* "Hannah Lindqvist, the former world No. 8 who ..., said" and "Pemba Marine Exports Ltd, one of the
  largest buyers on the islands, said": the description a second subject of "said", which spoke
  unnamed (name_lists.second_subject_set_off: a report's verb too when a name comes first and a
  description opened by "the", "a" or "one" after it, up to the comma before the verb: not
  "David Fenton, a longtime strategist ... whose agency, Fenton, made the ads, said", whose clause
  the parse tore); "Manibela, one of the groups leading the strike, said" is then a body's name
  (head_names.phrase_opener: past the article after "one of");
* "He added that doctors who come back before the notices are issued will not face punishment":
  no report, "that" taken for the mark of the relative clause "who come back"
  (stranded_clauses.that_clause_hung_before_report: not a clause with a relative pronoun of its own);
* "Ministry of Public Works and Transport spokesman Sok Chanthy rejected the claims, saying ...": the
  ministry spoke, the name hung inside the body's name (body_names.joined_runs: a person's name
  after the noun the body's name modifies heads the phrase);
* "according to figures published by national statistics office Statec" (``body_nouns``: office,
  bureau, ministry, department, authority, commission before a name) and "according to an internal
  notice from the dam's operator, Kadan Power Co., ..." (learned.learn_short_names: the full name
  before a legal form is a body's, as written with its period): people; and the owner a
  participle names, without the time it put the document out ("Statec on Thursday":
  documents._put_out_by reads the mention with its settings cut);
* "... changes to the protocol announced by the British Horseracing Authority on Wednesday. ¶ The
  regulator said ...": an unnamed regulator (org_subjects.recent_org_subject: a passive's agent
  too, and a day's "on" is no part of the name);
* "the review, carried out by consultancy Northpoint Economics ..., found ... ¶ The report
  describes ...": an unnamed report (earlier_documents.same_document_before: another word for the same
  piece of work, ``_STUDIES``);
* reports lost: "... told RTL Today she and her partner had moved to Thionville" with "moved" a
  conjunct of "told" (stranded_clauses.coordinated_subjects_read_as_clauses); "A 2021 survey by the
  Gambia Bureau of Statistics found that a majority of women who had been cut supported ..." with
  "supported" an open complement of the relative clause (stranded_clauses.predicate_read_into_subjects_relative;
  not an infinitive: "said one nurse, who asked not to be named because ...");
* "Ruth Kendall, chief executive of Bath Business Improvement District, told": "Improvement
  District" taken for the name after the office, an organisation (office_names.name_after_office:
  not an office that is the second subject after a name);
* reports lost with their speakers: "..., one of the people familiar with the talks said." with
  "one" a conjunct of "Kunming" read as a verb (stranded_names.closing_speaker_read_into_clause);
  "Mongolia's coal exports fell ..., customs data showed on Tuesday" with "exports" a first
  subject of "showed" (stranded_clauses.fronted_report_subject_read_as_cues; not a time's phrase,
  "Minutes after the voting began, ... announced", nor a description after a name, "A woman later
  identified as Eva Resnick-Day, an activist ..., demanded"); "Analysts say he is
  all but certain to run" cut at "all" (stranded_clauses.all_but_read_as_coordination); "..., and
  some say they have given up hope" with "say" a noun (cue_modifiers.say_read_as_noun_after_share);
* names after long titles: "Minister for Food, Agriculture and Fisheries Mette Kjaergaard said"
  ("Agriculture" spoke: office_names._joins_portfolio, a comma between fields, and the name past
  fields set off by commas); "... (DPP) spokesperson on agriculture Kondwani Mhango dismissed"
  (an unnamed spokesperson: "on" an office's preposition, a name right after a field in lower
  case, and a second subject not set off by a comma); '"...," PCG spokesperson for the West
  Philippine Sea Commodore Ramon Villareal said' (an organisation: a bare title's "for" phrase is
  its office, not whom a spokesperson speaks for as in "A spokesperson for Minister Jane Roe");
* reports lost: "... told Reuters this week that maize prices had risen" with "maize" a verb
  (time_relatives.noun_read_as_verb_after_that); "told The Oregonian/OregonLive that children
  breathe in ..." with "that" the object of a relative clause on the paper
  (time_relatives.report_read_as_object_relative: on the person told, a name); "Experts on gambling
  addiction say the growth ... has been accompanied ..." with "say" an adverbial clause between the
  two subjects (stranded_clauses.cue_read_as_adverbial_between_subjects; not a participle, nor
  before a preposition: "refugees from Iraq admitted to the United States have been Christian"; the
  listener's relative clause not past a coordination: "complaints by ... Jacob J. Lew, that ... so
  cheaply ... that they were distorting ..." stays one report);
* "The clinic said" (``organization_words``: clinic); "Global Witness said in a report released on
  Tuesday that ..." (a person: body_evidence.written_as_body, the author of a study it put out);
  "public broadcaster DR reported" (named "public broadcaster DR": outlet_mentions.outlet_described,
  a known outlet the phrase's head names is that outlet);
* "Associated British Ports (ABP), which owns ..., has submitted ... ¶ The company says ...": an
  unnamed company, as the tagger made "Associated" a participle and the subject's name was read as
  "British Ports" (org_subjects._name: a capitalised participle modifying the name is its word).
* "Some supporters have said ..., while others warned ...": "others" taken for a share of "the
  players" named in the clause before, so anonymous rather than vague
  (misread_heads.group_just_named: a share of any class first makes the rest as loose);
* "according to the department's preseason outlook" (``document_nouns``: outlook, timetable);
  "Brussels has said" (entities._plural_class: a capital's "-s" is no plural's); "Malacañang
  said" (``known_organizations``: the Philippine presidency's palace); "DR said", "Helsingin
  Sanomat reported" (``outlets``: Nordic and Dutch national outlets, whose names have no outlet
  word).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import coordinated_speakers as _speakers
from source_helpers import quote_records as _said
from source_helpers import resolve

# Highlands and Islands MSP Fergus Ewing said the ferries were "a national disgrace".
SEAT: list[FeatRow] = [
    ("Highlands", "Highland", "PROPN", 6, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Islands", "Island", "PROPN", 0, "conj", "Number=Plur"),
    ("MSP", "MSP", "PROPN", 0, "conj", "Number=Sing"),
    ("Fergus", "Fergus", "PROPN", 0, "conj", "Number=Sing"),
    ("Ewing", "Ewing", "PROPN", 0, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("ferries", "ferry", "NOUN", 13, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 13, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("##a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("national", "national", "ADJ", 13, "amod", "Degree=Pos"),
    ("disgrace", "disgrace", "NOUN", 6, "ccomp", "Number=Sing"),
    ('##"', '"', "PUNCT", 13, "punct", ""),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Rachel Hopkins, the Luton South and South Bedfordshire MP, said the airport expansion "cannot go ahead in its current form".
APPOSED_SEAT: list[FeatRow] = [
    ("Rachel", "Rachel", "PROPN", 1, "compound", "Number=Sing"),
    ("Hopkins", "Hopkin", "PROPN", 11, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Luton", "Luton", "PROPN", 5, "compound", "Number=Sing"),
    ("South", "South", "PROPN", 0, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("South", "South", "PROPN", 5, "conj", "Number=Sing"),
    ("Bedfordshire", "Bedfordshire", "PROPN", 9, "compound", "Number=Sing"),
    ("MP", "MP", "PROPN", 5, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("airport", "airport", "NOUN", 14, "compound", "Number=Sing"),
    ("expansion", "expansion", "NOUN", 18, "nsubj", "Number=Sing"),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("##can", "can", "AUX", 18, "aux", "VerbForm=Fin"),
    ("##not", "not", "PART", 18, "advmod", "Polarity=Neg"),
    ("go", "go", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("ahead", "ahead", "ADV", 18, "advmod", ""),
    ("in", "in", "ADP", 23, "case", ""),
    ("its", "its", "PRON", 23, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("current", "current", "ADJ", 23, "amod", "Degree=Pos"),
    ("form", "form", "NOUN", 18, "obl", "Number=Sing"),
    ('##"', '"', "PUNCT", 18, "punct", ""),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Mr Merriman and Hastings MP Sally-Ann Hart said they would write to the minister.
TWO_MEMBERS: list[FeatRow] = [
    ("Mr", "Mr.", "PROPN", 1, "compound", "Number=Sing"),
    ("Merriman", "Merriman", "PROPN", 9, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Hastings", "Hasting", "PROPN", 1, "conj", "Number=Plur"),
    ("MP", "MP", "PROPN", 1, "flat", "Number=Sing"),
    ("Sally", "Sally", "PROPN", 1, "list", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##Ann", "Ann", "PROPN", 1, "list", "Number=Sing"),
    ("Hart", "Hart", "PROPN", 1, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 12, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("write", "write", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("to", "to", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Jones and Labour MP Jane Pike said the station would close.
PARTY: list[FeatRow] = [
    ("Jones", "Jones", "PROPN", 6, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Labour", "Labour", "PROPN", 0, "conj", "Number=Sing"),
    ("MP", "MP", "PROPN", 0, "conj", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 0, "flat", "Number=Sing"),
    ("Pike", "Pike", "PROPN", 0, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("station", "station", "NOUN", 10, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


# At Paje, on the south-east coast of Unguja, Ms Mwanaisha Haji Khamis, 47, who has farmed seaweed for 22 years, said her plots had been dying since December.
KHAMIS: list[FeatRow] = [
    ("At", "at", "ADP", 1, "case", ""),
    ("Paje", "Paje", "PROPN", 27, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("on", "on", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("south", "south", "NOUN", 7, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##east", "east", "ADJ", 8, "amod", "Degree=Pos"),
    ("coast", "coast", "NOUN", 27, "obl", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("Unguja", "Unguja", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("Ms", "Ms", "PROPN", 13, "compound", "Number=Sing"),
    ("Mwanaisha", "Mwanaisha", "PROPN", 10, "conj", "Number=Sing"),
    ("Haji", "Haji", "PROPN", 10, "conj", "Number=Sing"),
    ("Khamis", "Khamis", "PROPN", 10, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("47", "47", "NUM", 10, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("who", "who", "PRON", 21, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("farmed", "farm", "VERB", 27, "ccomp", "Tense=Past|VerbForm=Part"),
    ("seaweed", "seaweed", "NOUN", 21, "obj", "Number=Sing"),
    ("for", "for", "ADP", 25, "case", ""),
    ("22", "22", "NUM", 25, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 21, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 29, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("plots", "plot", "NOUN", 32, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 32, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 32, "aux", "Tense=Past|VerbForm=Part"),
    ("dying", "die", "VERB", 27, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("since", "since", "ADP", 34, "case", ""),
    ("December", "December", "PROPN", 32, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 27, "punct", ""),
]

# Cabinet member for finance and resources, Councillor Helen Marsh (Lib Dem, Kingsholm and Wotton), said the authority had been left with "no realistic alternative" after cuts.
MARSH: list[FeatRow] = [
    ("Cabinet", "cabinet", "NOUN", 1, "compound", "Number=Sing"),
    ("member", "member", "NOUN", 19, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("finance", "finance", "NOUN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("resources", "resource", "NOUN", 3, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Councillor", "Councillor", "PROPN", 9, "compound", "Number=Sing"),
    ("Helen", "Helen", "PROPN", 9, "compound", "Number=Sing"),
    ("Marsh", "Marsh", "PROPN", 3, "conj", "Number=Sing"),
    ("(", "(", "PUNCT", 12, "punct", ""),
    ("##Lib", "Lib", "PROPN", 12, "compound", "Number=Sing"),
    ("Dem", "Dem", "PROPN", 9, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("Kingsholm", "Kingsholm", "PROPN", 12, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("Wotton", "Wotton", "PROPN", 14, "conj", "Number=Sing"),
    ("##)", ")", "PUNCT", 12, "punct", ""),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 24, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 24, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("left", "leave", "VERB", 19, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 29, "case", ""),
    ('"', '"', "PUNCT", 29, "punct", ""),
    ("##no", "no", "DET", 29, "det", "PronType=Neg"),
    ("realistic", "realistic", "ADJ", 29, "amod", "Degree=Pos"),
    ("alternative", "alternative", "ADJ", 24, "obl", "Degree=Pos"),
    ('##"', '"', "PUNCT", 29, "punct", ""),
    ("after", "after", "ADP", 32, "case", ""),
    ("cuts", "cut", "NOUN", 24, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]

# Data released last week by the Office of the Chief Government Statistician (OCGS) show that the isles produced 8,460 tonnes of dried seaweed in 2023.
DATA: list[FeatRow] = [
    ("Data", "data", "PROPN", 1, "nsubj", "Number=Sing"),
    ("released", "release", "VERB", 15, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("last", "last", "ADJ", 3, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 1, "obj", "Number=Sing"),
    ("by", "by", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Office", "Office", "PROPN", 3, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("Chief", "Chief", "PROPN", 11, "compound", "Number=Sing"),
    ("Government", "Government", "PROPN", 11, "compound", "Number=Sing"),
    ("Statistician", "Statistician", "PROPN", 6, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 13, "punct", ""),
    ("##OCGS", "OCGS", "PROPN", 11, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 13, "punct", ""),
    ("show", "show", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("isles", "isle", "NOUN", 19, "nsubj", "Number=Plur"),
    ("produced", "produce", "VERB", 15, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("8,460", "8460", "NUM", 21, "nummod", "NumForm=Digit|NumType=Card"),
    ("tonnes", "tonne", "NOUN", 19, "obj", "Number=Plur"),
    ("of", "of", "ADP", 24, "case", ""),
    ("dried", "dry", "VERB", 24, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("seaweed", "seaweed", "NOUN", 21, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 26, "case", ""),
    ("2023", "2023", "NUM", 24, "nmod", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The Dean of Canterbury, the Very Rev Dr Martin Ashby, said the cathedral had raised £21 million.
DEAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Dean", "Dean", "PROPN", 12, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Canterbury", "Canterbury", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Very", "very", "ADV", 10, "advmod", ""),
    ("Rev", "Rev", "PROPN", 10, "compound", "Number=Sing"),
    ("Dr", "Dr", "PROPN", 10, "compound", "Number=Sing"),
    ("Martin", "Martin", "PROPN", 10, "compound", "Number=Sing"),
    ("Ashby", "Ashby", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("cathedral", "cathedral", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("raised", "raise", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("£", "£", "SYM", 16, "obj", ""),
    ("##21", "21", "NUM", 19, "compound", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 17, "nummod", "NumForm=Word|NumType=Card"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Scaffolding will remain on the tower for two more years, the cathedral has admitted.
CATHEDRAL: list[FeatRow] = [
    ("Scaffolding", "scaffolding", "NOUN", 2, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 2, "aux", "VerbForm=Fin"),
    ("remain", "remain", "VERB", -1, "root", "VerbForm=Inf"),
    ("on", "on", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("tower", "tower", "NOUN", 2, "obl", "Number=Sing"),
    ("for", "for", "ADP", 9, "case", ""),
    ("two", "two", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("more", "more", "ADJ", 9, "amod", "Degree=Cmp"),
    ("years", "year", "NOUN", 2, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("cathedral", "cathedral", "NOUN", 14, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("admitted", "admit", "VERB", 2, "parataxis", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Missouri Secretary of State's office said it would certify the new language.
STATE_OFFICE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Missouri", "Missouri", "ADJ", 2, "amod", "Degree=Pos"),
    ("Secretary", "Secretary", "PROPN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("State", "State", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("office", "office", "NOUN", 2, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 10, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
    ("certify", "certify", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 13, "amod", "Degree=Pos"),
    ("language", "language", "NOUN", 10, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


# Minister of State for Housing Niamh Kearns said the retention figures showed the model works.
KEARNS: list[FeatRow] = [
    ("Minister", "Minister", "NOUN", 7, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 2, "case", ""),
    ("State", "State", "PROPN", 0, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 6, "case", ""),
    ("Housing", "Housing", "PROPN", 6, "compound", "Number=Sing"),
    ("Niamh", "Niamh", "PROPN", 6, "compound", "Number=Sing"),
    ("Kearns", "Kearn", "PROPN", 0, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("retention", "retention", "NOUN", 10, "compound", "Number=Sing"),
    ("figures", "figure", "NOUN", 11, "nsubj", "Number=Plur"),
    ("showed", "show", "VERB", 7, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("model", "model", "NOUN", 14, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 11, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# "We are not going back to subsidy," Minister of State for Petroleum Resources Ibrahim Danjuma told reporters in Abuja.
DANJUMA: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##We", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("going", "go", "VERB", 18, "advcl", "Tense=Pres|VerbForm=Part"),
    ("back", "back", "ADV", 4, "advmod", ""),
    ("to", "to", "ADP", 7, "case", ""),
    ("subsidy", "subsidy", "NOUN", 4, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("Minister", "Minister", "PROPN", 18, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("State", "State", "PROPN", 10, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 15, "case", ""),
    ("Petroleum", "Petroleum", "PROPN", 15, "compound", "Number=Sing"),
    ("Resources", "Resource", "PROPN", 12, "nmod", "Number=Plur"),
    ("Ibrahim", "Ibrahim", "PROPN", 17, "compound", "Number=Sing"),
    ("Danjuma", "Danjuma", "PROPN", 10, "nmod", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 18, "obj", "Number=Plur"),
    ("in", "in", "ADP", 21, "case", ""),
    ("Abuja", "Abuja", "PROPN", 19, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# "We are not asking for forgiveness.
SOMPHONE: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##We", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("asking", "ask", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 6, "case", ""),
    ("forgiveness", "forgiveness", "NOUN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# We are asking for time," Somphone said.
SOMPHONE_2: list[FeatRow] = [
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 2, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("asking", "ask", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 4, "case", ""),
    ("time", "time", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 8, "punct", ""),
    ("Somphone", "somphone", "PRON", 8, "nsubj", "Number=Sing|PronType=Ind"),
    ("said", "say", "VERB", 2, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Vietnam Customs said exports had risen.
CUSTOMS: list[FeatRow] = [
    ("Vietnam", "Vietnam", "PROPN", 1, "compound", "Number=Sing"),
    ("Customs", "custom", "PROPN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("exports", "export", "NOUN", 5, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("risen", "risen", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# A survey by the Idaho Physician Well-Being Action Collaborative found that 55% of doctors were considering leaving.
WELL_BEING: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("survey", "survey", "NOUN", 11, "nsubj", "Number=Sing"),
    ("by", "by", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Idaho", "Idaho", "PROPN", 6, "compound", "Number=Sing"),
    ("Physician", "physician", "ADJ", 6, "amod", "Degree=Pos"),
    ("Well", "well", "PROPN", 1, "nmod", "Number=Sing"),
    ("##-", "-", "PUNCT", 6, "punct", ""),
    ("##Being", "be", "AUX", 10, "cop", "Tense=Pres|VerbForm=Part"),
    ("Action", "Action", "PROPN", 10, "compound", "Number=Sing"),
    ("Collaborative", "Collaborative", "PROPN", 11, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("55", "55", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 18, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 16, "case", ""),
    ("doctors", "doctor", "NOUN", 14, "nmod", "Number=Plur"),
    ("were", "be", "AUX", 18, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("considering", "consider", "VERB", 11, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("leaving", "leave", "VERB", 18, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Dean Sorensen, business manager of Local 1638, which represents many of the workers, said the union had not been consulted.
SORENSEN: list[FeatRow] = [
    ("Dean", "Dean", "PROPN", 1, "compound", "Number=Sing"),
    ("Sorensen", "Sorensen", "PROPN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("business", "business", "NOUN", 4, "compound", "Number=Sing"),
    ("manager", "manager", "NOUN", 1, "appos", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("Local", "local", "PROPN", 7, "compound", "Number=Sing"),
    ("1638", "1638", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("which", "which", "PRON", 10, "nsubj", "PronType=Rel"),
    ("represents", "represent", "VERB", 16, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("many", "many", "ADJ", 10, "obj", "Degree=Pos"),
    ("of", "of", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("workers", "worker", "NOUN", 11, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 22, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 22, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 22, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("consulted", "consult", "VERB", 16, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]


# The Saudi Arabian Billiards and Snooker Federation said in a statement that more than 20,000 spectators had attended across the week.
SNOOKER: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Saudi", "Saudi", "ADJ", 3, "amod", "Degree=Pos"),
    ("Arabian", "Arabian", "ADJ", 3, "amod", "Degree=Pos"),
    ("Billiards", "Billiard", "PROPN", 7, "nsubj", "Number=Plur"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Snooker", "Snooker", "PROPN", 6, "compound", "Number=Sing"),
    ("Federation", "Federation", "PROPN", 3, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 10, "case", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 7, "obl", "Number=Sing"),
    ("that", "that", "PRON", 17, "obj", "PronType=Rel"),
    ("more", "more", "ADV", 17, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 15, "case", ""),
    ("20,000", "20000", "NUM", 15, "nummod", "NumForm=Digit|NumType=Card"),
    ("spectators", "spectator", "NOUN", 17, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("attended", "attend", "VERB", 10, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("across", "across", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("week", "week", "NOUN", 17, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# CARE Australia said in a statement that women and girls in the centres faced "heightened risks of violence".
CARE: list[FeatRow] = [
    ("CARE", "care", "NOUN", 2, "nsubj", "Number=Sing"),
    ("Australia", "Australia", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 7, "det", "PronType=Rel"),
    ("women", "woman", "NOUN", 5, "acl:relcl", "Number=Plur"),
    ("and", "and", "CCONJ", 9, "cc", ""),
    ("girls", "girl", "NOUN", 7, "conj", "Number=Plur"),
    ("in", "in", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("centres", "centre", "NOUN", 7, "nmod", "Number=Plur"),
    ("faced", "face", "VERB", 12, "acl", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("##heightened", "heighten", "VERB", 16, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("risks", "risk", "NOUN", 13, "obj", "Number=Plur"),
    ("of", "of", "ADP", 18, "case", ""),
    ("violence", "violence", "NOUN", 16, "nmod", "Number=Sing"),
    ('##"', '"', "PUNCT", 16, "punct", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Netball is the most popular team sport among women and girls in England, according to Sport England, with more than 180,000 people playing in leagues every week.
NETBALL: list[FeatRow] = [
    ("Netball", "Netball", "PROPN", 6, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("most", "most", "ADV", 4, "advmod", "Degree=Sup"),
    ("popular", "popular", "ADJ", 6, "amod", "Degree=Pos"),
    ("team", "team", "NOUN", 6, "compound", "Number=Sing"),
    ("sport", "sport", "NOUN", -1, "root", "Number=Sing"),
    ("among", "among", "ADP", 8, "case", ""),
    ("women", "woman", "NOUN", 6, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("girls", "girl", "NOUN", 8, "conj", "Number=Plur"),
    ("in", "in", "ADP", 12, "case", ""),
    ("England", "England", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("according", "accord", "VERB", 17, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 14, "fixed", ""),
    ("Sport", "Sport", "PROPN", 17, "compound", "Number=Sing"),
    ("England", "England", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("with", "with", "ADP", 20, "case", ""),
    ("more", "more", "ADV", 24, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 20, "fixed", ""),
    ("180,000", "100000", "NUM", 23, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 24, "nsubj", "Number=Plur"),
    ("playing", "play", "VERB", 6, "acl", "VerbForm=Ger"),
    ("in", "in", "ADP", 26, "case", ""),
    ("leagues", "league", "NOUN", 24, "obl", "Number=Plur"),
    ("every", "every", "DET", 28, "det", "PronType=Tot"),
    ("week", "week", "NOUN", 24, "obl:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


# Jepkemboi's coach, Joseph Kiprono, and her training partner Mercy Chelangat said in a joint statement posted on social media that they would continue to stand by her.
KIPRONO: list[FeatRow] = [
    ("Jepkemboi", "Jepkemboi", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("coach", "coach", "NOUN", 13, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Joseph", "Joseph", "PROPN", 2, "appos", "Number=Sing"),
    ("Kiprono", "Kiprono", "PROPN", 2, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("her", "her", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("training", "training", "NOUN", 10, "compound", "Number=Sing"),
    ("partner", "partner", "NOUN", 12, "compound", "Number=Sing"),
    ("Mercy", "Mercy", "PROPN", 12, "compound", "Number=Sing"),
    ("Chelangat", "Chelangat", "PROPN", 2, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 17, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 13, "obl", "Number=Sing"),
    ("posted", "post", "VERB", 17, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 21, "case", ""),
    ("social", "social", "ADJ", 21, "amod", "Degree=Pos"),
    ("media", "media", "NOUN", 18, "obl", "Number=Sing"),
    ("that", "that", "PRON", 25, "obj", "PronType=Rel"),
    ("they", "they", "PRON", 25, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 25, "aux", "VerbForm=Fin"),
    ("continue", "continue", "VERB", 21, "acl:relcl", "VerbForm=Inf"),
    ("to", "to", "PART", 27, "mark", ""),
    ("stand", "stand", "VERB", 25, "xcomp", "VerbForm=Inf"),
    ("by", "by", "ADP", 29, "case", ""),
    ("her", "her", "PRON", 27, "obl", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# "We are not going to sell our coal at any price," Mining and Heavy Industry Minister Gankhuyag Batbold told reporters in Ulaanbaatar.
BATBOLD: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##We", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("going", "go", "VERB", 21, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 6, "mark", ""),
    ("sell", "sell", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("our", "our", "PRON", 8, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("coal", "coal", "NOUN", 6, "obj", "Number=Sing"),
    ("at", "at", "ADP", 11, "case", ""),
    ("any", "any", "DET", 11, "det", "PronType=Ind"),
    ("price", "price", "NOUN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ('##"', '"', "PUNCT", 14, "punct", ""),
    ("Mining", "Mining", "PROPN", 21, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 20, "cc", ""),
    ("Heavy", "heavy", "ADJ", 20, "amod", "Degree=Pos"),
    ("Industry", "Industry", "PROPN", 20, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 20, "compound", "Number=Sing"),
    ("Gankhuyag", "Gankhuyag", "PROPN", 20, "compound", "Number=Sing"),
    ("Batbold", "Batbold", "PROPN", 14, "conj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 21, "obj", "Number=Plur"),
    ("in", "in", "ADP", 24, "case", ""),
    ("Ulaanbaatar", "Ulaanbaatar", "PROPN", 22, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]

# Earlier Tuesday, his campaign manager, Jeff Weaver, says his streak is proof the candidate can still close the gap in pledged delegates, which stood at 263 entering Tuesday's primary, according to the Associated Press.
WEAVER: list[FeatRow] = [
    ("Earlier", "early", "ADJ", 1, "amod", "Degree=Cmp"),
    ("Tuesday", "Tuesday", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("his", "his", "PRON", 5, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("campaign", "campaign", "NOUN", 5, "compound", "Number=Sing"),
    ("manager", "manager", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Jeff", "Jeff", "PROPN", 8, "compound", "Number=Sing"),
    ("Weaver", "Weaver", "PROPN", 5, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("his", "his", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("streak", "streak", "NOUN", 14, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("proof", "proof", "NOUN", 10, "ccomp", "Number=Sing"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("candidate", "candidate", "NOUN", 19, "nsubj", "Number=Sing"),
    ("can", "can", "AUX", 19, "aux", "VerbForm=Fin"),
    ("still", "still", "ADV", 19, "advmod", ""),
    ("close", "close", "VERB", 14, "acl:relcl", "VerbForm=Inf"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("gap", "gap", "NOUN", 19, "obj", "Number=Sing"),
    ("in", "in", "ADP", 24, "case", ""),
    ("pledged", "pledge", "VERB", 24, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("delegates", "delegate", "NOUN", 21, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 27, "punct", ""),
    ("which", "which", "PRON", 27, "nsubj", "PronType=Rel"),
    ("stood", "stand", "VERB", 19, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 29, "case", ""),
    ("263", "263", "NUM", 27, "obl", "NumForm=Digit|NumType=Card"),
    ("entering", "enter", "VERB", 27, "advcl", "VerbForm=Ger"),
    ("Tuesday", "Tuesday", "PROPN", 33, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 31, "case", ""),
    ("primary", "primary", "ADJ", 30, "obj", "Degree=Pos"),
    ("##,", ",", "PUNCT", 39, "punct", ""),
    ("according", "accord", "VERB", 39, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 39, "case", ""),
    ("the", "the", "DET", 39, "det", "Definite=Def|PronType=Art"),
    ("Associated", "Associated", "VERB", 39, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Press", "Press", "PROPN", 33, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


# A Cole County judge on Tuesday threw out the ballot summary Missouri Republicans wrote for a proposed constitutional amendment, saying it would "mislead voters about what they are actually being asked to decide."
CONTACT: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("Cole", "Cole", "PROPN", 3, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 3, "compound", "Number=Sing"),
    ("judge", "judge", "NOUN", 6, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 3, "nmod", "Number=Sing"),
    ("threw", "throw", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("out", "out", "ADP", 6, "compound:prt", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("ballot", "ballot", "NOUN", 10, "compound", "Number=Sing"),
    ("summary", "summary", "NOUN", 12, "compound", "Number=Sing"),
    ("Missouri", "Missouri", "ADJ", 12, "amod", "Degree=Pos"),
    ("Republicans", "Republican", "PROPN", 13, "nsubj", "Number=Plur"),
    ("wrote", "write", "VERB", 6, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 18, "case", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("proposed", "propose", "VERB", 18, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("constitutional", "constitutional", "ADJ", 18, "amod", "Degree=Pos"),
    ("amendment", "amendment", "NOUN", 13, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("saying", "say", "VERB", 24, "advcl", "Tense=Pres|VerbForm=Part"),
    ("it", "it", "PRON", 24, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 24, "aux", "VerbForm=Fin"),
    ('"', '"', "PUNCT", 24, "punct", ""),
    ("##mislead", "mislead", "VERB", 6, "conj", "VerbForm=Inf"),
    ("voters", "voter", "NOUN", 24, "obj", "Number=Plur"),
    ("about", "about", "ADP", 27, "case", ""),
    ("what", "what", "PRON", 24, "obl", "PronType=Rel"),
    ("they", "they", "PRON", 32, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("are", "be", "AUX", 32, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("actually", "actually", "ADV", 32, "advmod", ""),
    ("being", "be", "AUX", 32, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("asked", "ask", "VERB", 27, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 34, "mark", ""),
    ("decide", "decide", "VERB", 32, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
    ('##"', '"', "PUNCT", 6, "punct", ""),
]


# Hannah Lindqvist, the former world No. 8 who now works as a broadcaster, said in an interview with the BBC that the tour had "sold the one thing it was supposed to stand for."
LINDQVIST: list[FeatRow] = [
    ("Hannah", "Hannah", "PROPN", 1, "compound", "Number=Sing"),
    ("Lindqvist", "Lindqvist", "PROPN", 15, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("former", "former", "ADJ", 5, "amod", "Degree=Pos"),
    ("world", "world", "NOUN", 6, "compound", "Number=Sing"),
    ("No.", "No.", "PROPN", 15, "nsubj", "Number=Sing"),
    ("8", "8", "NUM", 6, "flat", "NumForm=Digit|NumType=Card"),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("now", "now", "ADV", 10, "advmod", "PronType=Dem"),
    ("works", "work", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("as", "as", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("broadcaster", "broadcaster", "NOUN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 18, "case", ""),
    ("an", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 15, "obl", "Number=Sing"),
    ("with", "with", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("BBC", "BBC", "PROPN", 18, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 27, "mark", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("tour", "tour", "NOUN", 27, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 27, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 27, "punct", ""),
    ("##sold", "sell", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("one", "one", "NUM", 30, "nummod", "NumForm=Word|NumType=Card"),
    ("thing", "thing", "NOUN", 27, "obj", "Number=Sing"),
    ("it", "it", "PRON", 33, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 33, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("supposed", "suppose", "VERB", 30, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 35, "mark", ""),
    ("stand", "stand", "VERB", 33, "xcomp", "VerbForm=Inf"),
    ("for", "for", "ADP", 35, "obl", ""),
    ("##.", ".", "PUNCT", 15, "punct", ""),
    ('##"', '"', "PUNCT", 27, "punct", ""),
]

# Pemba Marine Exports Ltd, one of the largest buyers on the islands, said the prices it paid to farmers followed world market trends.
PEMBA: list[FeatRow] = [
    ("Pemba", "Pemba", "PROPN", 3, "compound", "Number=Sing"),
    ("Marine", "Marine", "ADJ", 3, "amod", "Degree=Pos"),
    ("Exports", "Export", "PROPN", 3, "compound", "Number=Plur"),
    ("Ltd", "Ltd", "PROPN", 14, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("one", "one", "NUM", 14, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("largest", "large", "ADJ", 9, "amod", "Degree=Sup"),
    ("buyers", "buyer", "NOUN", 5, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("islands", "island", "NOUN", 9, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("prices", "price", "NOUN", 14, "obj", "Number=Plur"),
    ("it", "it", "PRON", 18, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("paid", "pay", "VERB", 16, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 20, "case", ""),
    ("farmers", "farmer", "NOUN", 18, "obl", "Number=Plur"),
    ("followed", "follow", "VERB", 24, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("world", "world", "NOUN", 24, "compound", "Number=Sing"),
    ("market", "market", "NOUN", 24, "compound", "Number=Sing"),
    ("trends", "trend", "NOUN", 18, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Some supporters have said on social media that the players deserve better, while others warned that a strike would damage the league.
OTHERS: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("supporters", "supporter", "NOUN", 3, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("said", "say", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("on", "on", "ADP", 6, "case", ""),
    ("social", "social", "ADJ", 6, "amod", "Degree=Pos"),
    ("media", "media", "NOUN", 3, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("players", "player", "NOUN", 10, "nsubj", "Number=Plur"),
    ("deserve", "deserve", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("better", "well", "ADV", 10, "advmod", "Degree=Cmp"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("while", "while", "SCONJ", 15, "mark", ""),
    ("others", "other", "NOUN", 15, "nsubj", "Number=Plur"),
    ("warned", "warn", "VERB", 3, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 20, "mark", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("strike", "strike", "NOUN", 20, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 20, "aux", "VerbForm=Fin"),
    ("damage", "damage", "VERB", 15, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("league", "league", "NOUN", 20, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Only about 10,000 chinook are expected to reach the spawning grounds, according to the department's preseason outlook.
OUTLOOK: list[FeatRow] = [
    ("Only", "only", "ADV", 5, "advmod", ""),
    ("about", "about", "ADV", 2, "advmod", ""),
    ("10,000", "10000", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("chinook", "chinook", "NOUN", 5, "nsubj:pass", "Number=Sing"),
    ("are", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("expected", "expect", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 7, "mark", ""),
    ("reach", "reach", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("spawning", "spawning", "NOUN", 10, "compound", "Number=Sing"),
    ("grounds", "grounds", "NOUN", 7, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("according", "accord", "VERB", 18, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 12, "fixed", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("department", "department", "NOUN", 18, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 15, "case", ""),
    ("preseason", "preseason", "NOUN", 18, "compound", "Number=Sing"),
    ("outlook", "outlook", "NOUN", 7, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Brussels has said the scheme undermined the integrity of EU citizenship.
BRUSSELS: list[FeatRow] = [
    ("Brussels", "Brussels", "PROPN", 2, "nsubj", "Number=Plur"),
    ("has", "have", "AUX", 2, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("said", "say", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 2, "obj", "Number=Sing"),
    ("undermined", "undermin", "VERB", 4, "acl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("integrity", "integrity", "NOUN", 5, "obj", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("EU", "EU", "PROPN", 10, "compound", "Number=Sing"),
    ("citizenship", "citizenship", "NOUN", 7, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Malacañang said the President would wait for the recommendation.
PALACE: list[FeatRow] = [
    ("Malacañang", "Malacañang", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("President", "President", "PROPN", 5, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("wait", "wait", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("for", "for", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("recommendation", "recommendation", "NOUN", 5, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# "We are proud of the team," DR said in a statement.
DR_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 3, "cop", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("proud", "proud", "ADJ", 10, "ccomp", "Degree=Pos"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("DR", "DR", "PROPN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


# He added that doctors who come back before the notices are issued will not face punishment.
DOCTORS: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 5, "mark", ""),
    ("doctors", "doctor", "NOUN", 1, "obj", "Number=Plur"),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("come", "come", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("back", "back", "ADV", 5, "advmod", ""),
    ("before", "before", "SCONJ", 11, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("notices", "notice", "NOUN", 11, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("issued", "issue", "VERB", 5, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("will", "will", "AUX", 14, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("face", "face", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("punishment", "punishment", "NOUN", 14, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Manibela, one of the groups leading the strike, said its members had shut down routes in Metro Manila.
MANIBELA: list[FeatRow] = [
    ("Manibela", "Manibela", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("one", "one", "NUM", 10, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("groups", "group", "NOUN", 2, "nmod", "Number=Plur"),
    ("leading", "lead", "VERB", 5, "acl", "VerbForm=Ger"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("strike", "strike", "NOUN", 6, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("members", "member", "NOUN", 14, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("shut", "shut", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("down", "down", "ADP", 14, "compound:prt", ""),
    ("routes", "route", "NOUN", 14, "obj", "Number=Plur"),
    ("in", "in", "ADP", 19, "case", ""),
    ("Metro", "Metro", "PROPN", 19, "compound", "Number=Sing"),
    ("Manila", "Manila", "PROPN", 14, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# David Fenton, a longtime strategist for progressive causes whose agency, Fenton, made the ads, said its main goal was to push a bipartisan solution.
FENTON: list[FeatRow] = [
    ("David", "David", "PROPN", 1, "compound", "Number=Sing"),
    ("Fenton", "Fenton", "PROPN", 18, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("longtime", "longtime", "NOUN", 5, "compound", "Number=Sing"),
    ("strategist", "strategist", "NOUN", 18, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 7, "case", ""),
    ("progressive", "progressive", "ADJ", 5, "nmod", "Degree=Pos"),
    ("causes", "cause", "VERB", 5, "nmod", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("whose", "whose", "PRON", 10, "nmod:poss", "Poss=Yes|PronType=Rel"),
    ("agency", "agency", "NOUN", 8, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("Fenton", "Fenton", "PROPN", 10, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("made", "make", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("ads", "ad", "NOUN", 14, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 21, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("main", "main", "ADJ", 21, "amod", "Degree=Pos"),
    ("goal", "goal", "NOUN", 24, "nsubj:outer", "Number=Sing"),
    ("was", "be", "AUX", 24, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 24, "mark", ""),
    ("push", "push", "VERB", 18, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("bipartisan", "bipartisan", "ADJ", 27, "amod", "Degree=Pos"),
    ("solution", "solution", "NOUN", 24, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]


# Ministry of Public Works and Transport spokesman Sok Chanthy rejected the claims, saying all affected households had been paid in accordance with the law.
CHANTHY: list[FeatRow] = [
    ("Ministry", "Ministry", "PROPN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Public", "Public", "ADJ", 3, "amod", "Degree=Pos"),
    ("Works", "Works", "PROPN", 0, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("Transport", "Transport", "PROPN", 6, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 0, "conj", "Number=Sing"),
    ("Sok", "Sok", "PROPN", 0, "nmod", "Number=Sing"),
    ("Chanthy", "Chanthy", "PROPN", 0, "nmod", "Number=Sing"),
    ("rejected", "reject", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("claims", "claim", "NOUN", 9, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("saying", "say", "VERB", 9, "advcl", "Tense=Pres|VerbForm=Part"),
    ("all", "all", "DET", 16, "det", "PronType=Tot"),
    ("affected", "affect", "VERB", 16, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("households", "household", "NOUN", 19, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 19, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("paid", "pay", "VERB", 9, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 21, "case", ""),
    ("accordance", "accordance", "NOUN", 19, "obl", "Number=Sing"),
    ("with", "with", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("law", "law", "NOUN", 19, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]


# Average asking rents climbed to a record, according to figures published by national statistics office Statec on Thursday.
STATEC: list[FeatRow] = [
    ("Average", "average", "ADJ", 2, "amod", "Degree=Pos"),
    ("asking", "ask", "NOUN", 2, "compound", "Number=Sing"),
    ("rents", "rent", "NOUN", -1, "root", "Number=Plur"),
    ("climbed", "climb", "VERB", 2, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("record", "record", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("according", "accord", "VERB", 10, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 8, "fixed", ""),
    ("figures", "figure", "NOUN", 3, "obl", "Number=Plur"),
    ("published", "publish", "VERB", 10, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 16, "case", ""),
    ("national", "national", "ADJ", 15, "amod", "Degree=Pos"),
    ("statistics", "statistic", "NOUN", 15, "compound", "Number=Plur"),
    ("office", "office", "NOUN", 16, "compound", "Number=Sing"),
    ("Statec", "Statec", "PROPN", 11, "obl:agent", "Number=Sing"),
    ("on", "on", "ADP", 18, "case", ""),
    ("Thursday", "Thursday", "PROPN", 16, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The cracks were found in late August, according to an internal notice from the dam's operator, Kadan Power Co., that was seen by RFA.
KADAN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("cracks", "crack", "NOUN", 3, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("found", "find", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 6, "case", ""),
    ("late", "late", "ADJ", 6, "amod", "Degree=Pos"),
    ("August", "August", "PROPN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("according", "accord", "VERB", 12, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 12, "case", ""),
    ("an", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("internal", "internal", "ADJ", 12, "amod", "Degree=Pos"),
    ("notice", "notice", "NOUN", 3, "obl", "Number=Sing"),
    ("from", "from", "ADP", 17, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("dam", "dam", "NOUN", 17, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 15, "case", ""),
    ("operator", "operator", "NOUN", 12, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("Kadan", "Kadan", "PROPN", 21, "compound", "Number=Sing"),
    ("Power", "Power", "PROPN", 21, "compound", "Number=Sing"),
    ("Co.", "Co.", "PROPN", 17, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 25, "punct", ""),
    ("that", "that", "PRON", 25, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 25, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("seen", "see", "VERB", 17, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 27, "case", ""),
    ("RFA", "RFA", "PROPN", 25, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


# Jockeys will face a longer stand-down under changes to the protocol announced by the British Horseracing Authority on Wednesday.
PROTOCOL: list[FeatRow] = [
    ("Jockeys", "jockey", "NOUN", 2, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 2, "aux", "VerbForm=Fin"),
    ("face", "face", "VERB", -1, "root", "VerbForm=Inf"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("longer", "long", "ADJ", 5, "amod", "Degree=Cmp"),
    ("stand", "stand", "NOUN", 7, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##down", "down", "ADP", 2, "advmod", ""),
    ("under", "under", "ADP", 9, "case", ""),
    ("changes", "change", "NOUN", 2, "obl", "Number=Plur"),
    ("to", "to", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("protocol", "protocol", "NOUN", 9, "nmod", "Number=Sing"),
    ("announced", "announce", "VERB", 12, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("British", "British", "ADJ", 18, "amod", "Degree=Pos"),
    ("Horseracing", "Horseracing", "PROPN", 18, "compound", "Number=Sing"),
    ("Authority", "Authority", "PROPN", 13, "obl:agent", "Number=Sing"),
    ("on", "on", "ADP", 20, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 18, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The regulator said the new rules had been drawn up with the jockeys.
REGULATOR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("regulator", "regulator", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 5, "amod", "Degree=Pos"),
    ("rules", "rule", "NOUN", 8, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 8, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("drawn", "draw", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("up", "up", "ADP", 8, "compound:prt", ""),
    ("with", "with", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("jockeys", "jockey", "NOUN", 8, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# But the review, carried out by consultancy Northpoint Economics for the three councils, found that only around 11,400 homes had been completed.
REVIEW: list[FeatRow] = [
    ("But", "but", "CCONJ", 15, "cc", ""),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("review", "review", "NOUN", 15, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("carried", "carry", "VERB", 15, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("out", "out", "ADP", 4, "compound:prt", ""),
    ("by", "by", "ADP", 9, "case", ""),
    ("consultancy", "consultancy", "NOUN", 9, "compound", "Number=Sing"),
    ("Northpoint", "Northpoint", "PROPN", 9, "compound", "Number=Sing"),
    ("Economics", "Economics", "PROPN", 4, "obl", "Number=Plur"),
    ("for", "for", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("three", "three", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("councils", "council", "NOUN", 9, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("only", "only", "ADV", 18, "advmod", ""),
    ("around", "around", "ADV", 19, "advmod", ""),
    ("11,400", "11400", "NUM", 20, "nummod", "NumForm=Digit|NumType=Card"),
    ("homes", "home", "NOUN", 23, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 23, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 23, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("completed", "complete", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The report describes the deal as "a qualified but real success".
THE_REPORT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 2, "nsubj", "Number=Sing"),
    ("describes", "describe", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 2, "obj", "Number=Sing"),
    ("as", "as", "ADP", 11, "case", ""),
    ('"', '"', "PUNCT", 11, "punct", ""),
    ("##a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("qualified", "qualify", "VERB", 11, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("but", "but", "CCONJ", 10, "cc", ""),
    ("real", "real", "ADJ", 11, "amod", "Degree=Pos"),
    ("success", "success", "NOUN", 2, "obl", "Number=Sing"),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# Ana Pereira, a 34-year-old nurse at the Centre Hospitalier de Luxembourg, told RTL Today she and her partner had moved to Thionville in France last year.
PEREIRA: list[FeatRow] = [
    ("Ana", "Ana", "PROPN", 1, "compound", "Number=Sing"),
    ("Pereira", "Pereira", "PROPN", 17, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("34", "34", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 4, "punct", ""),
    ("##year", "year", "NOUN", 8, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 6, "punct", ""),
    ("##old", "old", "ADJ", 9, "amod", "Degree=Pos"),
    ("nurse", "nurse", "NOUN", 17, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("Centre", "Centre", "PROPN", 15, "compound", "Number=Sing"),
    ("Hospitalier", "Hospitalier", "PROPN", 15, "compound", "Number=Sing"),
    ("de", "de", "PROPN", 15, "compound", "Number=Sing"),
    ("Luxembourg", "Luxembourg", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("RTL", "RTL", "PROPN", 19, "compound", "Number=Sing"),
    ("Today", "Today", "PROPN", 17, "iobj", "Number=Sing"),
    ("she", "she", "PRON", 25, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("and", "and", "CCONJ", 25, "cc", ""),
    ("her", "her", "PRON", 23, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("partner", "partner", "NOUN", 25, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 25, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("moved", "move", "VERB", 17, "conj", "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", 27, "case", ""),
    ("Thionville", "Thionville", "PROPN", 25, "obl", "Number=Sing"),
    ("in", "in", "ADP", 31, "case", ""),
    ("France", "France", "PROPN", 31, "compound", "Number=Sing"),
    ("last", "last", "ADJ", 31, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 25, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# A 2021 survey by the Gambia Bureau of Statistics found that a majority of women who had been cut supported the continuation of the practice.
GAMBIA: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("2021", "2021", "NUM", 2, "nummod", "NumForm=Digit|NumType=Card"),
    ("survey", "survey", "NOUN", 9, "nsubj", "Number=Sing"),
    ("by", "by", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Gambia", "Gambia", "PROPN", 6, "compound", "Number=Sing"),
    ("Bureau", "Bureau", "PROPN", 2, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("Statistics", "Statistics", "PROPN", 6, "nmod", "Number=Plur"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("majority", "majority", "NOUN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("women", "woman", "NOUN", 12, "nmod", "Number=Plur"),
    ("who", "who", "PRON", 18, "nsubj:pass", "PronType=Rel"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 18, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("cut", "cut", "VERB", 12, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("supported", "support", "VERB", 18, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("continuation", "continuation", "NOUN", 19, "obj", "Number=Sing"),
    ("of", "of", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("practice", "practice", "NOUN", 21, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Ruth Kendall, chief executive of Bath Business Improvement District, told BBC Radio Somerset on Thursday that city centre traders had paid a heavy price.
KENDALL: list[FeatRow] = [
    ("Ruth", "Ruth", "PROPN", 1, "compound", "Number=Sing"),
    ("Kendall", "Kendall", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("chief", "chief", "ADJ", 4, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 11, "nsubj", "Degree=Pos"),
    ("of", "of", "ADP", 9, "case", ""),
    ("Bath", "Bath", "PROPN", 9, "compound", "Number=Sing"),
    ("Business", "Business", "PROPN", 9, "compound", "Number=Sing"),
    ("Improvement", "Improvement", "PROPN", 9, "compound", "Number=Sing"),
    ("District", "District", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("BBC", "BBC", "PROPN", 14, "compound", "Number=Sing"),
    ("Radio", "Radio", "PROPN", 14, "compound", "Number=Sing"),
    ("Somerset", "Somerset", "PROPN", 11, "iobj", "Number=Sing"),
    ("on", "on", "ADP", 16, "case", ""),
    ("Thursday", "Thursday", "PROPN", 11, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 22, "mark", ""),
    ("city", "city", "NOUN", 20, "compound", "Number=Sing"),
    ("centre", "centre", "NOUN", 20, "compound", "Number=Sing"),
    ("traders", "trader", "NOUN", 22, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("paid", "pay", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 25, "det", "Definite=Ind|PronType=Art"),
    ("heavy", "heavy", "ADJ", 25, "amod", "Degree=Pos"),
    ("price", "price", "NOUN", 22, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]


# "We have oral rehydration salts for maybe four more days," said one nurse, who asked not to be named because staff are barred from speaking to the media.
NURSE: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("have", "have", "VERB", 13, "advcl", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("oral", "oral", "ADJ", 5, "amod", "Degree=Pos"),
    ("rehydration", "rehydration", "NOUN", 5, "compound", "Number=Sing"),
    ("salts", "salt", "NOUN", 2, "obj", "Number=Plur"),
    ("for", "for", "ADP", 10, "case", ""),
    ("maybe", "maybe", "ADV", 9, "advmod", ""),
    ("four", "four", "NUM", 10, "nummod", "NumForm=Word|NumType=Card"),
    ("more", "more", "ADJ", 10, "amod", "Degree=Cmp"),
    ("days", "day", "NOUN", 2, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("one", "one", "NUM", 15, "nummod", "NumForm=Word|NumType=Card"),
    ("nurse", "nurse", "NOUN", 13, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("who", "who", "PRON", 18, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 15, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 22, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 22, "mark", ""),
    ("be", "be", "AUX", 22, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 18, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 26, "mark", ""),
    ("staff", "staff", "NOUN", 26, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 26, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("barred", "barr", "VERB", 18, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("from", "from", "SCONJ", 28, "mark", ""),
    ("speaking", "speak", "VERB", 26, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 31, "case", ""),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("media", "media", "NOUN", 28, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


# The two governments are expected to discuss the railway at a meeting in Kunming next month, one of the people familiar with the talks said.
ONE_OF_PEOPLE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("governments", "government", "NOUN", 4, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("expected", "expect", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 6, "mark", ""),
    ("discuss", "discuss", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("railway", "railway", "NOUN", 6, "obj", "Number=Sing"),
    ("at", "at", "ADP", 11, "case", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("meeting", "meeting", "NOUN", 6, "obl", "Number=Sing"),
    ("in", "in", "SCONJ", 13, "mark", ""),
    ("Kunming", "kunm", "VERB", 6, "advcl", "VerbForm=Ger"),
    ("next", "next", "ADJ", 15, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 13, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("one", "one", "NUM", 13, "conj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 17, "nmod", "Number=Plur"),
    ("familiar", "familiar", "ADJ", 17, "nmod", "Degree=Pos"),
    ("with", "with", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 21, "obl", "Number=Plur"),
    ("said", "say", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Mongolia's coal exports fell by nearly a third in the first two months of the year, customs data showed on Tuesday, adding pressure on an economy.
CUSTOMS_DATA: list[FeatRow] = [
    ("Mongolia", "Mongolia", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("coal", "coal", "NOUN", 3, "compound", "Number=Sing"),
    ("exports", "export", "NOUN", 20, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", 20, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 8, "case", ""),
    ("nearly", "nearly", "ADV", 8, "advmod", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("third", "third", "ADJ", 4, "obl", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("in", "in", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("first", "first", "ADJ", 13, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("two", "two", "NUM", 13, "nummod", "NumForm=Word|NumType=Card"),
    ("months", "month", "NOUN", 8, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("year", "year", "NOUN", 13, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("customs", "custom", "NOUN", 19, "compound", "Number=Plur"),
    ("data", "data", "NOUN", 20, "nsubj", "Number=Sing"),
    ("showed", "show", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 22, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 20, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("adding", "add", "VERB", 20, "advcl", "Tense=Pres|VerbForm=Part"),
    ("pressure", "pressure", "NOUN", 24, "obj", "Number=Sing"),
    ("on", "on", "ADP", 28, "case", ""),
    ("an", "a", "DET", 28, "det", "Definite=Ind|PronType=Art"),
    ("economy", "economy", "NOUN", 24, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]

# Analysts say he is all but certain to run.
ALL_BUT: list[FeatRow] = [
    ("Analysts", "analyst", "NOUN", 1, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("he", "he", "PRON", 4, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("all", "all", "DET", 1, "ccomp", "PronType=Tot"),
    ("but", "but", "CCONJ", 6, "cc", ""),
    ("certain", "certain", "ADJ", 1, "conj", "Degree=Pos"),
    ("to", "to", "PART", 8, "mark", ""),
    ("run", "run", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Hundreds of former fur farmers are still waiting for their final compensation payments, and some say they have given up hope of ever restarting.
SOME_SAY: list[FeatRow] = [
    ("Hundreds", "hundred", "NOUN", 7, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 4, "case", ""),
    ("former", "former", "ADJ", 4, "amod", "Degree=Pos"),
    ("fur", "fur", "NOUN", 4, "compound", "Number=Sing"),
    ("farmers", "farmer", "NOUN", 0, "nmod", "Number=Plur"),
    ("are", "be", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("still", "still", "ADV", 7, "advmod", ""),
    ("waiting", "wait", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 12, "case", ""),
    ("their", "their", "PRON", 12, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("final", "final", "ADJ", 12, "amod", "Degree=Pos"),
    ("compensation", "compensation", "NOUN", 12, "compound", "Number=Sing"),
    ("payments", "payment", "NOUN", 7, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("some", "some", "DET", 16, "det", "PronType=Ind"),
    ("say", "say", "NOUN", 19, "nsubj", "Number=Sing"),
    ("they", "they", "PRON", 19, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("have", "have", "AUX", 19, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("given", "give", "VERB", 7, "conj", "Tense=Past|VerbForm=Part"),
    ("up", "up", "ADP", 19, "compound:prt", ""),
    ("hope", "hope", "NOUN", 19, "obj", "Number=Sing"),
    ("of", "of", "ADP", 24, "case", ""),
    ("ever", "ever", "ADV", 24, "advmod", ""),
    ("restarting", "restart", "VERB", 19, "advcl", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


# Minutes after the voting began, Colorado's delegation chairman announced four votes for Trump, 31 for Senator Ted Cruz and two abstentions.
MINUTES: list[FeatRow] = [
    ("Minutes", "Minute", "NOUN", 10, "nsubj", "Number=Plur"),
    ("after", "after", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("voting", "voting", "NOUN", 0, "nmod", "Number=Sing"),
    ("began", "begin", "VERB", 10, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Colorado", "Colorado", "PROPN", 9, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 6, "case", ""),
    ("delegation", "delegation", "NOUN", 9, "compound", "Number=Sing"),
    ("chairman", "chairman", "NOUN", 10, "nsubj", "Number=Sing"),
    ("announced", "announce", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("four", "four", "NUM", 12, "nummod", "NumForm=Word|NumType=Card"),
    ("votes", "vote", "NOUN", 10, "obj", "Number=Plur"),
    ("for", "for", "ADP", 14, "case", ""),
    ("Trump", "Trump", "PROPN", 12, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("31", "31", "NUM", 14, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("for", "for", "ADP", 20, "case", ""),
    ("Senator", "Senator", "PROPN", 20, "compound", "Number=Sing"),
    ("Ted", "Ted", "PROPN", 20, "compound", "Number=Sing"),
    ("Cruz", "Cruz", "PROPN", 16, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 23, "cc", ""),
    ("two", "two", "NUM", 23, "nummod", "NumForm=Word|NumType=Card"),
    ("abstentions", "abstention", "NOUN", 20, "conj", "Number=Plur"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# A woman later identified as Eva Resnick-Day, an activist for the environmental group Greenpeace, demanded to know whether Clinton would forsake campaign donations from oil companies.
IDENTIFIED: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("woman", "woman", "NOUN", 18, "nsubj", "Number=Sing"),
    ("later", "late", "ADV", 3, "advmod", "Degree=Cmp"),
    ("identified", "identify", "VERB", 18, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "ADP", 6, "case", ""),
    ("Eva", "Eva", "PROPN", 6, "compound", "Number=Sing"),
    ("Resnick", "Resnick", "PROPN", 3, "obl", "Number=Sing"),
    ("##-", "-", "PUNCT", 6, "punct", ""),
    ("##Day", "Day", "PROPN", 6, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("an", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("activist", "activist", "NOUN", 18, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("environmental", "environmental", "ADJ", 15, "amod", "Degree=Pos"),
    ("group", "group", "NOUN", 16, "compound", "Number=Sing"),
    ("Greenpeace", "Greenpeace", "PROPN", 11, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("demanded", "demand", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 20, "mark", ""),
    ("know", "know", "VERB", 18, "xcomp", "VerbForm=Inf"),
    ("whether", "whether", "SCONJ", 24, "mark", ""),
    ("Clinton", "Clinton", "PROPN", 24, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 24, "aux", "VerbForm=Fin"),
    ("forsake", "forsake", "VERB", 20, "ccomp", "VerbForm=Inf"),
    ("campaign", "campaign", "NOUN", 26, "compound", "Number=Sing"),
    ("donations", "donation", "NOUN", 24, "obj", "Number=Plur"),
    ("from", "from", "ADP", 29, "case", ""),
    ("oil", "oil", "NOUN", 29, "compound", "Number=Sing"),
    ("companies", "company", "NOUN", 24, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]


# Minister for Food, Agriculture and Fisheries Mette Kjaergaard said the tax was "a necessary and fair step" towards cleaner water.
KJAERGAARD: list[FeatRow] = [
    ("Minister", "Minister", "NOUN", 9, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 2, "case", ""),
    ("Food", "food", "NOUN", 0, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Agriculture", "Agriculture", "PROPN", 0, "appos", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Fisheries", "Fishery", "PROPN", 4, "conj", "Number=Plur"),
    ("Mette", "Mette", "PROPN", 4, "conj", "Number=Sing"),
    ("Kjaergaard", "Kjaergaard", "PROPN", 4, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("tax", "tax", "NOUN", 18, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 18, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 18, "punct", ""),
    ("##a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("necessary", "necessary", "ADJ", 18, "amod", "Degree=Pos"),
    ("and", "and", "CCONJ", 17, "cc", ""),
    ("fair", "fair", "ADJ", 18, "amod", "Degree=Pos"),
    ("step", "step", "NOUN", 9, "ccomp", "Number=Sing"),
    ('##"', '"', "PUNCT", 22, "punct", ""),
    ("towards", "towards", "ADP", 22, "case", ""),
    ("cleaner", "cleaner", "NOUN", 22, "compound", "Number=Sing"),
    ("water", "water", "NOUN", 18, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Opposition Democratic Progressive Party (DPP) spokesperson on agriculture Kondwani Mhango dismissed the ban as "a panic measure".
MHANGO: list[FeatRow] = [
    ("Opposition", "Opposition", "NOUN", 3, "compound", "Number=Sing"),
    ("Democratic", "Democratic", "ADJ", 3, "amod", "Degree=Pos"),
    ("Progressive", "Progressive", "ADJ", 3, "amod", "Degree=Pos"),
    ("Party", "Party", "PROPN", 12, "nsubj", "Number=Sing"),
    ("(", "(", "PUNCT", 5, "punct", ""),
    ("##DPP", "DPP", "PROPN", 3, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 5, "punct", ""),
    ("spokesperson", "spokesperson", "NOUN", 12, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 11, "case", ""),
    ("agriculture", "agriculture", "NOUN", 11, "compound", "Number=Sing"),
    ("Kondwani", "Kondwani", "PROPN", 11, "compound", "Number=Sing"),
    ("Mhango", "Mhango", "PROPN", 7, "nmod", "Number=Sing"),
    ("dismissed", "dismiss", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("ban", "ban", "NOUN", 12, "obj", "Number=Sing"),
    ("as", "as", "ADP", 19, "case", ""),
    ('"', '"', "PUNCT", 19, "punct", ""),
    ("##a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("panic", "panic", "ADJ", 19, "amod", "Degree=Pos"),
    ("measure", "measure", "NOUN", 12, "obl", "Number=Sing"),
    ('##"', '"', "PUNCT", 19, "punct", ""),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# "These are not fishing vessels," PCG spokesperson for the West Philippine Sea Commodore Ramon Villareal said in a press briefing.
VILLAREAL: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##These", "this", "PRON", 4, "nsubj", "Number=Plur|PronType=Dem"),
    ("are", "be", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("fishing", "fishing", "VERB", 18, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("vessels", "vessel", "NOUN", 18, "ccomp", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ('##"', '"', "PUNCT", 9, "punct", ""),
    ("PCG", "PCG", "PROPN", 9, "compound", "Number=Sing"),
    ("spokesperson", "spokesperson", "NOUN", 18, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("West", "West", "PROPN", 17, "compound", "Number=Sing"),
    ("Philippine", "philippine", "PROPN", 17, "compound", "Number=Sing"),
    ("Sea", "Sea", "PROPN", 17, "compound", "Number=Sing"),
    ("Commodore", "Commodore", "PROPN", 17, "compound", "Number=Sing"),
    ("Ramon", "Ramon", "PROPN", 17, "compound", "Number=Sing"),
    ("Villareal", "Villareal", "PROPN", 9, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 22, "case", ""),
    ("a", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("press", "press", "NOUN", 22, "compound", "Number=Sing"),
    ("briefing", "briefing", "NOUN", 18, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]


# Vendors at Lizulu market along the M1 road told Reuters this week that maize prices had risen almost every day since January.
MAIZE: list[FeatRow] = [
    ("Vendors", "vendor", "NOUN", 8, "nsubj", "Number=Plur"),
    ("at", "at", "ADP", 3, "case", ""),
    ("Lizulu", "Lizulu", "PROPN", 3, "compound", "Number=Sing"),
    ("market", "market", "NOUN", 0, "nmod", "Number=Sing"),
    ("along", "along", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("M1", "M1", "PROPN", 7, "compound", "Number=Sing"),
    ("road", "road", "NOUN", 0, "nmod", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Reuters", "Reuters", "PROPN", 8, "iobj", "Number=Plur"),
    ("this", "this", "DET", 11, "det", "Number=Sing|PronType=Dem"),
    ("week", "week", "NOUN", 8, "obl:unmarked", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("maize", "maize", "VERB", 11, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("prices", "price", "NOUN", 16, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("risen", "risen", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    ("almost", "almost", "ADV", 19, "advmod", ""),
    ("every", "every", "DET", 19, "det", "PronType=Ind"),
    ("day", "day", "NOUN", 16, "obl:unmarked", "Number=Sing"),
    ("since", "since", "ADP", 21, "case", ""),
    ("January", "January", "PROPN", 16, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Dr. Sanjay Mehra, a senior health officer at the authority, told The Oregonian/OregonLive that children breathe in more smoke per pound of body weight than adults.
OREGONIAN: list[FeatRow] = [
    ("Dr.", "Dr.", "PROPN", 2, "compound", "Number=Sing"),
    ("Sanjay", "Sanjay", "PROPN", 2, "compound", "Number=Sing"),
    ("Mehra", "Mehra", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 7, "amod", "Degree=Pos"),
    ("health", "health", "NOUN", 7, "compound", "Number=Sing"),
    ("officer", "officer", "NOUN", 12, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("Oregonian", "Oregonian", "PROPN", 12, "obj", "Number=Sing"),
    ("##/", "/", "SYM", 16, "cc", ""),
    ("##OregonLive", "OregonLive", "PROPN", 14, "conj", "Number=Sing"),
    ("that", "that", "PRON", 19, "obj", "PronType=Rel"),
    ("children", "child", "NOUN", 19, "nsubj", "Number=Plur"),
    ("breathe", "breathe", "VERB", 16, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "ADP", 22, "case", ""),
    ("more", "more", "ADV", 22, "amod", "Degree=Cmp"),
    ("smoke", "smoke", "NOUN", 19, "obl", "Number=Sing"),
    ("per", "per", "ADP", 24, "case", ""),
    ("pound", "pound", "NOUN", 19, "obl", "Number=Sing"),
    ("of", "of", "ADP", 27, "case", ""),
    ("body", "body", "NOUN", 27, "compound", "Number=Sing"),
    ("weight", "weight", "NOUN", 24, "nmod", "Number=Sing"),
    ("than", "than", "ADP", 29, "case", ""),
    ("adults", "adult", "NOUN", 27, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Experts on gambling addiction say the growth of online platforms has been accompanied by a rise in the number of people seeking help.
EXPERTS: list[FeatRow] = [
    ("Experts", "expert", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("on", "on", "SCONJ", 2, "mark", ""),
    ("gambling", "gamble", "VERB", 0, "acl", "VerbForm=Ger"),
    ("addiction", "addiction", "NOUN", 2, "obj", "Number=Sing"),
    ("say", "say", "VERB", 12, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("growth", "growth", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("online", "online", "ADJ", 9, "amod", "Degree=Pos"),
    ("platforms", "platform", "NOUN", 6, "nmod", "Number=Plur"),
    ("has", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 12, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("accompanied", "accompany", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("rise", "rise", "NOUN", 12, "obl:agent", "Number=Sing"),
    ("in", "in", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("number", "number", "NOUN", 15, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 20, "case", ""),
    ("people", "person", "NOUN", 18, "nmod", "Number=Plur"),
    ("seeking", "seek", "VERB", 22, "amod", "VerbForm=Ger"),
    ("help", "help", "NOUN", 18, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# The Center for Reproductive Medicine paused IVF treatments.
CLINIC: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Center", "Center", "PROPN", 5, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("Reproductive", "reproductive", "ADJ", 4, "amod", "Degree=Pos"),
    ("Medicine", "Medicine", "PROPN", 1, "nmod", "Number=Sing"),
    ("paused", "pause", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("IVF", "IVF", "PROPN", 7, "compound", "Number=Sing"),
    ("treatments", "treatment", "NOUN", 5, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The clinic said in a statement that it was heartbroken for its patients.
CLINIC_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("clinic", "clinic", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 9, "mark", "PronType=Rel"),
    ("it", "it", "PRON", 9, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 9, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("heartbroken", "heartbroken", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 12, "case", ""),
    ("its", "its", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("patients", "patient", "NOUN", 9, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
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

# Mr. Lou was responding to questions about complaints by the secretary of the Treasury, Jacob J. Lew, that China's huge surpluses were being sold so cheaply on international markets that they were distorting the global economy.
SO_CHEAPLY: list[FeatRow] = [
    ("Mr.", "Mr.", "PROPN", 1, "compound", "Number=Sing"),
    ("Lou", "Lou", "PROPN", 3, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("responding", "respond", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 5, "case", ""),
    ("questions", "question", "NOUN", 3, "obl", "Number=Plur"),
    ("about", "about", "ADP", 7, "case", ""),
    ("complaints", "complaint", "NOUN", 5, "nmod", "Number=Plur"),
    ("by", "by", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("secretary", "secretary", "NOUN", 7, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Treasury", "Treasury", "PROPN", 10, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("Jacob", "Jacob", "PROPN", 16, "compound", "Number=Sing"),
    ("J.", "J.", "PROPN", 13, "conj", "Number=Sing"),
    ("Lew", "Lew", "PROPN", 13, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 26, "punct", ""),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("China", "China", "PROPN", 23, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 20, "case", ""),
    ("huge", "huge", "ADJ", 23, "amod", "Degree=Pos"),
    ("surpluses", "surplus", "NOUN", 26, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 26, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("being", "be", "AUX", 26, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("sold", "sell", "VERB", 3, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("so", "so", "ADV", 26, "advmod", ""),
    ("cheaply", "cheaply", "ADV", 26, "advmod", "Degree=Pos"),
    ("on", "on", "ADP", 31, "case", ""),
    ("international", "international", "ADJ", 31, "amod", "Degree=Pos"),
    ("markets", "market", "NOUN", 26, "obl", "Number=Plur"),
    ("that", "that", "PRON", 35, "obj", "PronType=Rel"),
    ("they", "they", "PRON", 35, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 35, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("distorting", "distort", "VERB", 31, "acl:relcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 38, "det", "Definite=Def|PronType=Art"),
    ("global", "global", "ADJ", 38, "amod", "Degree=Pos"),
    ("economy", "economy", "NOUN", 35, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


# Global Witness said in a report released on Tuesday that satellite images showed more than 270 new leaching pools had been dug.
WITNESS: list[FeatRow] = [
    ("Global", "Global", "ADJ", 1, "amod", "Degree=Pos"),
    ("Witness", "Witness", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 2, "obl", "Number=Sing"),
    ("released", "release", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 6, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("satellite", "satellite", "NOUN", 11, "compound", "Number=Sing"),
    ("images", "image", "NOUN", 12, "nsubj", "Number=Plur"),
    ("showed", "show", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 12, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 18, "case", ""),
    ("270", "270", "NUM", 18, "nummod", "NumForm=Digit|NumType=Card"),
    ("new", "new", "ADJ", 18, "amod", "Degree=Pos"),
    ("leaching", "leaching", "NOUN", 18, "compound", "Number=Sing"),
    ("pools", "pool", "NOUN", 21, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 21, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("dug", "dig", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# The government has set aside 400 million Danish crowns for the scheme, public broadcaster DR reported.
BROADCASTER_DR: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("set", "set", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("aside", "aside", "ADV", 5, "advmod", ""),
    ("400", "400", "NUM", 6, "compound", "NumForm=Digit|NumType=Card"),
    ("million", "million", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("Danish", "Danish", "ADJ", 8, "amod", "Degree=Pos"),
    ("crowns", "crown", "NOUN", 3, "obj", "Number=Plur"),
    ("for", "for", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("public", "public", "ADJ", 14, "amod", "Degree=Pos"),
    ("broadcaster", "broadcaster", "NOUN", 16, "nsubj", "Number=Sing"),
    ("DR", "DR", "PROPN", 16, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


# Associated British Ports (ABP), which owns and operates the port, has submitted a planning application for a new berth.
PORTS: list[FeatRow] = [
    ("Associated", "Associated", "VERB", 2, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("British", "British", "ADJ", 2, "amod", "Degree=Pos"),
    ("Ports", "Port", "PROPN", 15, "nsubj", "Number=Plur"),
    ("(", "(", "PUNCT", 4, "punct", ""),
    ("##ABP", "ABP", "PROPN", 2, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 4, "punct", ""),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("which", "which", "PRON", 8, "nsubj", "PronType=Rel"),
    ("owns", "own", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("operates", "operate", "VERB", 8, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("port", "port", "NOUN", 10, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("has", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("submitted", "submit", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("planning", "planning", "NOUN", 18, "compound", "Number=Sing"),
    ("application", "application", "NOUN", 15, "obj", "Number=Sing"),
    ("for", "for", "ADP", 22, "case", ""),
    ("a", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 22, "amod", "Degree=Pos"),
    ("berth", "berth", "NOUN", 18, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The company says the scheme would allow the port to handle larger vessels.
COMPANY_SAYS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("allow", "allow", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("port", "port", "NOUN", 6, "obj", "Number=Sing"),
    ("to", "to", "PART", 10, "mark", ""),
    ("handle", "handle", "VERB", 6, "advcl", "VerbForm=Inf"),
    ("larger", "large", "ADJ", 12, "amod", "Degree=Cmp"),
    ("vessels", "vessel", "NOUN", 10, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_seats_name_with_and_before_a_members_title_is_the_title_not_a_second_speaker():
    assert _said(SEAT) == [
        ('the ferries were "a national disgrace"', "Fergus Ewing", "person", "Highlands and Islands MSP")
    ]
    [(_, name, _, role)] = _said(APPOSED_SEAT)
    assert (name, role) == ("Rachel Hopkins", "Luton South and South Bedfordshire MP")


def test_a_person_or_a_party_beside_and_keeps_two_speakers():
    assert _speakers(TWO_MEMBERS) == [["Mr Merriman", "Sally-Ann Hart"]]
    assert _speakers(PARTY) == [["Jones", "Jane Pike"]]


def test_a_name_read_as_a_conjunct_of_a_fronted_place_is_the_speaker():
    [(_, name, typ, _)] = _said(KHAMIS)
    assert (name, typ) == ("Ms Mwanaisha Haji Khamis", "person")


def test_a_name_after_an_offices_fields_joined_by_and_is_the_holder():
    [(_, name, typ, role)] = _said(MARSH)
    assert (name, typ) == ("Helen Marsh", "person") and role.startswith("Cabinet member for finance and resources")


def test_a_source_read_as_a_participles_subject_speaks_with_its_maker():
    [(text, name, typ, _)] = _said(DATA)
    assert text.startswith("that the isles produced")
    assert (name, typ) == ("Office of the Chief Government Statistician", "organization")


def test_a_styled_name_in_apposition_to_a_post_is_the_speaker():
    [(_, name, typ, role)] = _said(DEAN)
    assert (name, typ) == ("Martin Ashby", "person") and role.startswith("Dean of Canterbury")


def test_a_cathedral_and_a_title_holders_office_are_bodies():
    assert [(n, t) for _, n, t, _ in _said(CATHEDRAL)] == [("the cathedral", "organization")]
    assert [(n, t) for _, n, t, _ in _said(STATE_OFFICE)] == [
        ("The Missouri Secretary of State's office", "organization")
    ]


def test_a_name_after_an_office_with_of_and_for_is_the_holder():
    assert [(n, t, r) for _, n, t, r in _said(KEARNS)] == [("Niamh Kearns", "person", "Minister of State for Housing")]
    [(_, name, typ, role)] = _said(DANJUMA)
    assert (name, typ, role) == ("Ibrahim Danjuma", "person", "Minister of State for Petroleum Resources")


def test_a_name_the_tagger_read_as_a_pronoun_is_a_name():
    r = resolve([[SOMPHONE, SOMPHONE_2]])
    assert [(q.speaker.name, q.speaker.type) for q in r.quotes if q.speaker] == [("Somphone", "person")]


def test_customs_and_a_collaborative_are_bodies_and_a_cut_owner_is_whole():
    assert [(n, t) for _, n, t, _ in _said(CUSTOMS)] == [("Vietnam Customs", "organization")]
    assert [n for _, n, _, _ in _said(WELL_BEING)] == ["Idaho Physician Well-Being Action Collaborative"]


def test_a_which_clause_after_an_apposition_is_not_on_the_person():
    [(_, name, typ, _)] = _said(SORENSEN)
    assert (name, typ) == ("Sorensen", "person")


def test_a_report_read_as_a_relative_clause_of_the_statement_is_found():
    assert [(t, n) for t, n, _, _ in _said(SNOOKER)] == [
        (
            "that more than 20,000 spectators had attended across the week",
            "Saudi Arabian Billiards and Snooker Federation",
        )
    ]
    assert [t for t, _, _, _ in _said(CARE)] == [
        'that women and girls in the centres faced "heightened risks of violence"'
    ]


def test_according_to_set_off_in_a_copular_clause_qualifies_the_clause():
    assert [t for t, _, _, _ in _said(NETBALL)][0] == (
        "Netball is the most popular team sport among women and girls in England"
    )


def test_a_report_read_as_a_relative_clause_past_a_participle_on_the_statement_is_found():
    assert _speakers(KIPRONO) == [["Joseph Kiprono", "Mercy Chelangat"]]
    assert [t for t, _, _, _ in _said(KIPRONO)] == ["that they would continue to stand by her"]


def test_a_portfolios_fields_joined_by_and_before_a_title_are_the_title():
    [(_, name, typ, role)] = _said(BATBOLD)
    assert (name, typ, role) == ("Gankhuyag Batbold", "person", "Mining and Heavy Industry Minister")


def test_according_to_after_a_reports_copular_clause_stays_off_the_report():
    got = _said(WEAVER)
    assert [n for t, n, _, _ in got if t.startswith("his streak is proof")] == ["Jeff Weaver"]


def test_a_relative_clause_with_no_relative_word_is_not_a_second_main_clause():
    assert [(n, t) for _, n, t, _ in _said(CONTACT)] == [("A Cole County judge", "anonymous")]


def test_a_description_set_off_after_a_name_is_its_apposition_not_a_second_speaker():
    [(_, name, typ, role)] = _said(LINDQVIST)
    assert (name, typ, role) == ("Hannah Lindqvist", "person", "former world No. 8")
    assert [(n, t) for _, n, t, _ in _said(PEMBA)] == [("Pemba Marine Exports Ltd", "organization")]


def test_others_after_a_share_of_a_class_are_as_loose():
    r = resolve([[OTHERS]])
    assert [(q.speaker.name, q.speaker.anonymity) for q in r.quotes if q.speaker] == [
        ("Some supporters", "vague"),
        ("others", "vague"),
    ]


def test_an_outlook_a_capital_a_palace_and_an_outlet_speak_as_bodies():
    assert [(n, t) for _, n, t, _ in _said(OUTLOOK)] == [("the department", "organization")]
    assert [(n, t) for _, n, t, _ in _said(BRUSSELS)] == [("Brussels", "organization")]
    assert [(n, t) for _, n, t, _ in _said(PALACE)] == [("Malacañang", "organization")]
    assert [(n, t) for _, n, t, _ in _said(DR_SAID)] == [("DR", "organization")]


def test_a_description_set_off_is_no_apposition_when_its_clause_was_torn_and_one_of_groups_is_a_body():
    [(_, name, typ, _)] = _said(FENTON)
    assert (name, typ) == ("David Fenton", "person")
    assert [(n, t) for _, n, t, _ in _said(MANIBELA)] == [("Manibela", "organization")]


def test_a_report_whose_subject_has_a_relative_clause_is_whole():
    assert [t for t, _, _, _ in _said(DOCTORS)] == [
        "that doctors who come back before the notices are issued will not face punishment"
    ]


def test_a_name_after_a_bodys_spokesman_heads_the_phrase():
    [(_, name, typ, role)] = _said(CHANTHY)
    assert (name, typ, role) == ("Sok Chanthy", "person", "Ministry of Public Works and Transport spokesman")


def test_a_public_bodys_noun_before_a_name_and_a_legal_form_make_bodies():
    assert [(n, t) for _, n, t, _ in _said(STATEC)] == [("Statec", "organization")]
    assert [(n, t) for _, n, t, _ in _said(KADAN)] == [("Kadan Power Co.", "organization")]


def test_a_definite_body_after_a_passives_agent_is_that_body():
    assert [(n, t) for _, n, t, _ in _said(PROTOCOL, REGULATOR)] == [("British Horseracing Authority", "organization")]


def test_the_report_after_the_review_its_owner_named_is_the_same_work():
    assert [n for _, n, _, _ in _said(REVIEW, THE_REPORT)] == ["Northpoint Economics", "Northpoint Economics"]


def test_reports_whose_subjects_the_parse_split_or_hid_are_found():
    assert [(t, n) for t, n, _, _ in _said(PEREIRA)] == [
        ("she and her partner had moved to Thionville in France last year", "Ana Pereira")
    ]
    assert [(t, n) for t, n, _, _ in _said(GAMBIA)] == [
        (
            "that a majority of women who had been cut supported the continuation of the practice",
            "Gambia Bureau of Statistics",
        )
    ]


def test_an_office_set_off_after_a_name_names_no_one_else():
    [(_, name, typ, role)] = _said(KENDALL)
    assert (name, typ, role) == ("Ruth Kendall", "person", "chief executive of Bath Business Improvement District")


def test_an_infinitive_in_the_speakers_relative_clause_is_no_report():
    assert [(n, t) for _, n, t, _ in _said(NURSE)] == [("one nurse", "anonymous")]


def test_reports_lost_with_their_speakers_are_found():
    assert [(t[:40], n) for t, n, _, _ in _said(ONE_OF_PEOPLE)] == [
        ("The two governments are expected to disc", "one of the people familiar with the talks")
    ]
    assert [(t, n) for t, n, _, _ in _said(CUSTOMS_DATA)] == [
        ("Mongolia's coal exports fell by nearly a third in the first two months of the year", "customs data")
    ]
    assert [t for t, _, _, _ in _said(ALL_BUT)] == ["he is all but certain to run"]
    assert [(t, n) for t, n, _, _ in _said(SOME_SAY)] == [("they have given up hope of ever restarting", "some")]


def test_a_times_clause_and_a_names_apposition_are_no_fronted_report():
    assert [t for t, _, _, _ in _said(MINUTES)] == ["four votes for Trump, 31 for Senator Ted Cruz and two abstentions"]
    assert [(t, n) for t, n, _, _ in _said(IDENTIFIED)] == [
        ("whether Clinton would forsake campaign donations from oil companies", "Eva Resnick-Day")
    ]


def test_names_after_long_titles_are_the_speakers():
    assert [n for _, n, _, _ in _said(KJAERGAARD)] == ["Mette Kjaergaard"]
    assert [(n, t) for _, n, t, _ in _said(MHANGO)] == [("Kondwani Mhango", "person")]
    assert [(n, t, r) for _, n, t, r in _said(VILLAREAL)] == [
        ("Ramon Villareal", "person", "PCG spokesperson for the West Philippine Sea Commodore")
    ]


def test_reports_the_parse_hid_behind_a_misread_word_are_found():
    assert [t for t, _, _, _ in _said(MAIZE)] == ["that maize prices had risen almost every day since January"]
    assert [(t, n) for t, n, _, _ in _said(OREGONIAN)] == [
        ("that children breathe in more smoke per pound of body weight than adults", "Sanjay Mehra")
    ]
    assert [t for t, _, _, _ in _said(EXPERTS)] == [
        "the growth of online platforms has been accompanied by a rise in the number of people seeking help"
    ]


def test_a_clinic_speaks_as_the_body_named_before():
    assert [(n, t) for _, n, t, _ in _said(CLINIC, CLINIC_SAID)] == [
        ("Center for Reproductive Medicine", "organization")
    ]


def test_guard_no_report_from_admitted_and_a_result_clause_stays_in_its_report():
    assert _said(REFUGEES) == []
    assert [n for _, n, _, _ in _said(SO_CHEAPLY)] == ["Jacob J. Lew"]


def test_a_name_that_said_in_a_report_is_a_bodys():
    assert [(n, t) for _, n, t, _ in _said(WITNESS)] == [("Global Witness", "organization")]


def test_a_known_outlet_after_its_description_is_named_as_the_outlet():
    assert [(n, t) for _, n, t, _ in _said(BROADCASTER_DR)] == [("DR", "organization")]


def test_the_company_after_a_subject_whose_first_word_was_read_as_a_participle():
    assert [(n, t) for _, n, t, _ in _said(PORTS, COMPANY_SAYS)] == [("Associated British Ports", "organization")]
