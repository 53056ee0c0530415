"""Speakers and reports fresh articles showed wrong (session 60; each tree is the shipped parser's
for the invented sentence in its comment):

* "Pinal County Supervisor Rich Delgado told KJZZ ...": an organisation, "supervisor" no title
  (``person_roles``: supervisor, selectman, controller, consul, ...);
* "LTO chairman Marjolein Kuipers told NOS. She added ...": "She" went to the minister quoted
  before, "chairman" taken to say a man (``gender_words``: no "chairman");
* wire copy's "PLACE, REGION, role Name said": "In Dayton, Ohio, nurse Kim Alvarez said" and "In
  Kampar regency, Riau, smallholder Suparman, 47, who ..., said" had the region speak
  (listed_subjects._region_read_as_subject);
* "Palm Oil Farmers Union (SPKS) secretary-general Rukmini Siregar said": the union spoke, the
  hyphened title tagged an adjective (bracketed_titles.name_after_bracketed_acronym);
* "The back-to-back big winters ... bought the lake time, Holmgren said, but did little to change
  its long-term trajectory": "its" made Holmgren a body (learned._cue_inside_report: a cue set off
  inside a report whose subject is a noun);
* "Speaking to reporters after the rally, PSZ president Ildikó Varga and Szűcs said": "the rally"
  spoke, the fronted "after" phrase read as a clause (phrase_repairs._subordinate_speech_read_as_main:
  not across the phrase's closing comma);
* "One senior BHA figure, who asked not to be named ..., said ... The same source said": a new
  anonymous source (unnamed: "the same" is as bare as "the");
* "The official said" after "state officials" were quoted: the plural group, which then took the
  federal official's reason (unnamed: the same head in the same number);
* reports the parse tore: "The official said a deal before the end of the year was unlikely"
  (object_reports.report_subject_read_as_object: "before", "after", "until", "during"); "said the
  smaller clubs feared being locked out" (stranded_clauses.report_read_as_reduced_relative: an open
  complement too); "Of the roughly 3,000 farmers ..., about 1,250 have signed a final contract,
  the ministry said" (object_reports.rounded_subject_of_fronted_report); "According to the
  Philippine coast guard, at least nine Chinese vessels ... were monitored", "According to the
  Finnish Border Guard, most of the people who arrived ... came from Yemen" (source_phrases.subject_hung_on_according);
  "Madam Lim Siew Hoon, a 52-year-old administrative executive whose ... sedan will need a new
  COE in March, told The Straits Times she was considering ..." (object_reports.whose_clause_with_speaker_read_as_report);
  "in a move officials say is needed to fund ..." (cue_modifiers.cue_in_contact_relative: the
  parse had made "officials" the cue's subject already); "said she understood the security
  argument, but that people in the region felt ..." (object_reports.second_that_clause_read_as_conjunct:
  after a comma); "..., with several chambers of commerce saying members remain unsure", "Prices
  rose, with traders saying demand had collapsed" with "saying" an adjective of the report's
  subject (cue_modifiers.saying_read_as_modifier_after_with); '"...," Rachel Nguyen, whose daughter
  had been enrolled, told KOCO 5 News' with "told" a conjunct of "enrolled"
  (crossed_subjects.cue_read_as_conjunct_of_whose_clause); "Several managers have warned that a
  hard cap could push sponsors out of the sport, and one, who asked not to be named ..., said his
  team would ..." with "one" a conjunct inside the first report (crossed_subjects.speaker_read_into_report_before),
  and a later "the manager said" went to a stale entity of that "one", the group's member made
  after the stale one had already spoken (resolve.speaker_for: the member speaks, not its mention's
  first reading); "The rules will curb defaults, the authority's director general, Mekdes Alemu,
  told reporters" with "told" tagged a passive participle and the name a conjunct of "general"
  (new attribution/trailing_forms.py), and "Mekdes dismissed those fears" with the given name
  tagged a noun opening the sentence (misread_heads.surname_taken_for_noun: the given name too); the
  same closing cue after a report with a "that" relative clause deep inside it (trailing_speaker:
  only a relative clause that holds the cue keeps its subject inside); "most of the people who
  arrived | in late 2023 | came from ..." with the relative clause's phrase hung on the verb
  (source_phrases.subject_hung_on_according), and "with several chambers of commerce saying
  members remain ..." with the "with" phrase hung on the report's own verb;
* mid-session sets: "In Băile Tușnad, a small spa resort in Harghita, some residents say" had
  "Harghita" speak, and "In Lucknow, the capital of Uttar Pradesh, residents of ... said" the
  capital, the place's description read as the subject (listed_subjects: the people after its
  closing comma; place_description_read_as_subject, moved from fronted_subject, with the comma the
  conjunct's own); "Speaking on Monday, Ministry of Finance spokesman John Doe said" had the ministry
  speak (listed_subjects.body_with_of_read_as_subject); "One Super League club chief executive, who
  asked not to be named ..., said" went to "Rhinos chief executive Andy Grayson", "executive" tagged
  an adjective and read as a second subject or the title's predicate (role_verbs.role_split_from_its_title);
  "The operator, Toronto-based Sahel Ridge Gold, said" was a person (body_evidence.placed_only, moved from role_words: with a
  trade that names bodies too); '"...," said retired teacher Margaret Thomas, walking her dog' had
  no speaker (inverted_subject: a participle set off after the inverted subject); "..., Swimmers Say
  The Sport Got Its Soul Back" made "Swimmers Say" a person (name_runs: a present-tense verb its
  title-case subject opens ends the name; not "Trump spokesman Hope Hicks", a given name tagged a
  verb); and ", which John Tefft, then U.S. ambassador to Ukraine, praised" stays a relative clause
  (trailing_forms.relative_may_hold); '"...," Jelena Maric, a farmer from the village of Donje Selo,
  told the crowd' made the description the speaker once "told" closed the sentence
  (trailing_forms.name_apposed_before: the name the parse hung on the description after it);
  "USA Swimming has restricted ... The rules were working, a spokeswoman for the organization said"
  made a body named "organization" (spokespeople.spoken_for: the body named as a subject or object
  in that sentence or the one before, in the same paragraph; across paragraphs it still is);
  '"...," said Nikolay Georgiev, a software developer' was a body, a trade that names bodies too
  beside a given name the lexicon lacked (``given_names``: transliterations and names from the
  Balkans, Ethiopia, Indonesia, the Netherlands, ...); "Engie, which has repeatedly said it wants
  to exit nuclear power in Belgium, responded cautiously" rooted on "said", so Engie's own clause
  was reported and Engie a person (new attribution/relative_openers.py); and "In a statement, the
  French energy group said" after it was a body of its own, the fronted phrase's comma taken for a
  name's apposition (described_bodies.bare_or_placed: only after a capitalised word); "Shares in
  chipmaker Nvidia rose ... ¶ The company said", "a proposal from developer Bay Tidal Power ... ¶
  The company said" left "The company" unresolved (apposed_bodies.prefixed_kind: a business's kind
  right before the name; a person's trade too only before a body's name; ``trade_of_person`` moved
  there from candidates); and '"...," said one source who spoke on the condition of anonymity ... ¶
  ... a separate intelligence source familiar with the investigation did so ...: "...," the source
  said' went to the first source (epithets.reintroduced: an unnamed source of the same noun brought
  in since the entity last spoke; a PolNeAR dev record went wrong with the same-number order and
  came back with this).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import article_records as _article
from source_helpers import quote_records as _said
from source_helpers import resolve

# Pinal County Supervisor Rich Delgado told KJZZ last week that the county risked losing its "economic backbone" if federal officials imposed cuts.
PINAL: list[FeatRow] = [
    ("Pinal", "Pinal", "PROPN", 4, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 4, "compound", "Number=Sing"),
    ("Supervisor", "Supervisor", "PROPN", 4, "compound", "Number=Sing"),
    ("Rich", "Rich", "PROPN", 4, "compound", "Number=Sing"),
    ("Delgado", "Delgado", "PROPN", 5, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("KJZZ", "KJZZ", "PROPN", 8, "compound", "Number=Sing"),
    ("last", "last", "ADJ", 8, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 5, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("county", "county", "NOUN", 12, "nsubj", "Number=Sing"),
    ("risked", "risk", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("losing", "lose", "VERB", 12, "xcomp", "VerbForm=Part"),
    ("its", "its", "PRON", 17, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ('"', '"', "PUNCT", 17, "punct", ""),
    ("##economic", "economic", "ADJ", 17, "amod", "Degree=Pos"),
    ("backbone", "backbone", "NOUN", 13, "obj", "Number=Sing"),
    ('##"', '"', "PUNCT", 17, "punct", ""),
    ("if", "if", "SCONJ", 22, "mark", ""),
    ("federal", "federal", "ADJ", 21, "amod", "Degree=Pos"),
    ("officials", "official", "NOUN", 22, "nsubj", "Number=Plur"),
    ("imposed", "impose", "VERB", 5, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("cuts", "cut", "NOUN", 22, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Agriculture Minister Hendrik Vos said the scheme would be reviewed.
VOS: list[FeatRow] = [
    ("Agriculture", "Agriculture", "PROPN", 3, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Hendrik", "Hendrik", "PROPN", 3, "compound", "Number=Sing"),
    ("Vos", "Vos", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("scheme", "scheme", "NOUN", 9, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("reviewed", "review", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# "Farmers are being asked to give up their life's work," LTO chairman Marjolein Kuipers told NOS.
KUIPERS: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##Farmers", "Farmer", "PROPN", 4, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("being", "be", "AUX", 4, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("asked", "ask", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 6, "mark", ""),
    ("give", "give", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("up", "up", "ADP", 6, "compound:prt", ""),
    ("their", "their", "PRON", 9, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("life", "life", "NOUN", 11, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 9, "case", ""),
    ("work", "work", "NOUN", 6, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ('##"', '"', "PUNCT", 15, "punct", ""),
    ("LTO", "LTO", "PROPN", 15, "compound", "Number=Sing"),
    ("chairman", "chairman", "NOUN", 18, "nsubj", "Number=Sing"),
    ("Marjolein", "Marjolein", "PROPN", 17, "compound", "Number=Sing"),
    ("Kuipers", "Kuiper", "PROPN", 18, "nsubj", "Number=Plur"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("NOS", "NOS", "PROPN", 18, "iobj", "Number=Sing"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# She added that many younger farmers had no interest in selling at all.
KUIPERS_2: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("many", "many", "ADJ", 5, "amod", "Degree=Pos"),
    ("younger", "young", "ADJ", 5, "amod", "Degree=Cmp"),
    ("farmers", "farmer", "NOUN", 6, "nsubj", "Number=Plur"),
    ("had", "have", "VERB", 1, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 8, "det", "PronType=Neg"),
    ("interest", "interest", "NOUN", 6, "obj", "Number=Sing"),
    ("in", "in", "SCONJ", 10, "mark", ""),
    ("selling", "sell", "VERB", 6, "advcl", "Tense=Pres|VerbForm=Part"),
    ("at", "at", "ADP", 12, "case", ""),
    ("all", "all", "DET", 10, "obl", "PronType=Tot"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# In Dayton, Ohio, nurse Kim Alvarez said the hospital was full.
DAYTON: list[FeatRow] = [
    ("In", "in", "ADP", 1, "case", ""),
    ("Dayton", "Dayton", "PROPN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Ohio", "Ohio", "PROPN", 1, "nmod:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("nurse", "nurse", "PROPN", 7, "compound", "Number=Sing"),
    ("Kim", "Kim", "PROPN", 7, "compound", "Number=Sing"),
    ("Alvarez", "Alvarez", "PROPN", 3, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 12, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("full", "full", "ADJ", 8, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# In Kampar regency, Riau, smallholder Suparman, 47, who tends 4 hectares of oil palms, said the price he received had already fallen.
KAMPAR: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("Kampar", "Kampar", "PROPN", 2, "compound", "Number=Sing"),
    ("regency", "regency", "NOUN", 19, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("Riau", "Riau", "PROPN", 2, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("smallholder", "smallholder", "NOUN", 4, "conj", "Number=Sing"),
    ("Suparman", "Suparman", "PROPN", 4, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("47", "47", "NUM", 7, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("tends", "tend", "VERB", 19, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("4", "4", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("hectares", "hectare", "NOUN", 12, "obj", "Number=Plur"),
    ("of", "of", "ADP", 17, "case", ""),
    ("oil", "oil", "NOUN", 17, "compound", "Number=Sing"),
    ("palms", "palm", "NOUN", 14, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("price", "price", "NOUN", 19, "obj", "Number=Sing"),
    ("he", "he", "PRON", 23, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("received", "receive", "VERB", 21, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("already", "already", "ADV", 26, "advmod", ""),
    ("fallen", "fall", "VERB", 21, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]

# Palm Oil Farmers Union (SPKS) secretary-general Rukmini Siregar said farmers had little bargaining power over the mills.
SPKS: list[FeatRow] = [
    ("Palm", "Palm", "PROPN", 3, "compound", "Number=Sing"),
    ("Oil", "Oil", "PROPN", 3, "compound", "Number=Sing"),
    ("Farmers", "Farmer", "PROPN", 3, "compound", "Number=Plur"),
    ("Union", "Union", "PROPN", 10, "nsubj", "Number=Sing"),
    ("(", "(", "PUNCT", 5, "punct", ""),
    ("##SPKS", "SPKS", "PROPN", 3, "list", "Number=Sing"),
    ("##)", ")", "PUNCT", 5, "punct", ""),
    ("secretary-general", "secretary-general", "ADJ", 9, "amod", "Degree=Pos"),
    ("Rukmini", "Rukmini", "PROPN", 9, "compound", "Number=Sing"),
    ("Siregar", "Siregar", "PROPN", 0, "list", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("farmers", "farmer", "NOUN", 12, "nsubj", "Number=Plur"),
    ("had", "have", "VERB", 10, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("little", "little", "ADJ", 15, "amod", "Degree=Pos"),
    ("bargaining", "bargain", "VERB", 15, "amod", "VerbForm=Ger"),
    ("power", "power", "NOUN", 12, "obj", "Number=Sing"),
    ("over", "over", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("mills", "mill", "NOUN", 15, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# "We are one dry autumn away from the worst case," said Kira Holmgren, a hydrologist at Utah State.
HOLMGREN: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("##We", "we", "PRON", 5, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("one", "one", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("dry", "dry", "ADJ", 5, "amod", "Degree=Pos"),
    ("autumn", "autumn", "NOUN", 13, "ccomp", "Number=Sing"),
    ("away", "away", "ADV", 5, "advmod", ""),
    ("from", "from", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("worst", "bad", "ADJ", 10, "amod", "Degree=Sup"),
    ("case", "case", "NOUN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ('##"', '"', "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Kira", "Kira", "PROPN", 15, "compound", "Number=Sing"),
    ("Holmgren", "Holmgren", "PROPN", 13, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("hydrologist", "hydrologist", "NOUN", 13, "ccomp", "Number=Sing"),
    ("at", "at", "ADP", 21, "case", ""),
    ("Utah", "Utah", "PROPN", 21, "compound", "Number=Sing"),
    ("State", "State", "PROPN", 18, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# The back-to-back big winters of 2023 and 2024 bought the lake time, Holmgren said, but did little to change its long-term trajectory.
WINTERS: list[FeatRow] = [
    ("The", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("back", "back", "ADJ", 7, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##to", "to", "ADP", 5, "compound", ""),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##back", "back", "ADJ", 7, "amod", "Degree=Pos"),
    ("big", "big", "ADJ", 7, "amod", "Degree=Pos"),
    ("winters", "winter", "NOUN", 18, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 9, "case", ""),
    ("2023", "2023", "NUM", 7, "nmod", "NumForm=Digit|NumType=Card"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("2024", "2024", "NUM", 9, "conj", "NumForm=Digit|NumType=Card"),
    ("bought", "buy", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("lake", "lake", "NOUN", 15, "compound", "Number=Sing"),
    ("time", "time", "NOUN", 12, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("Holmgren", "Holmgren", "PROPN", 18, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("but", "but", "CCONJ", 22, "cc", ""),
    ("did", "do", "AUX", 22, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("little", "little", "ADJ", 18, "conj", "Degree=Pos"),
    ("to", "to", "PART", 24, "mark", ""),
    ("change", "change", "VERB", 22, "xcomp", "VerbForm=Inf"),
    ("its", "its", "PRON", 29, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("long", "long", "ADJ", 28, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 26, "punct", ""),
    ("##term", "term", "NOUN", 29, "compound", "Number=Sing"),
    ("trajectory", "trajectory", "NOUN", 24, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# Speaking to reporters after the rally, PSZ president Ildikó Varga and Szűcs said the two unions would coordinate their demands.
RALLY: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 13, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("reporters", "reporter", "NOUN", 0, "obl", "Number=Plur"),
    ("after", "after", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("rally", "rally", "NOUN", 0, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("PSZ", "PSZ", "PROPN", 8, "compound", "Number=Sing"),
    ("president", "president", "NOUN", 5, "conj", "Number=Sing"),
    ("Ildikó", "Ildikó", "PROPN", 10, "compound", "Number=Sing"),
    ("Varga", "Varga", "PROPN", 8, "flat", "Number=Sing"),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("Szűcs", "Szűcs", "PROPN", 10, "conj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("unions", "union", "NOUN", 18, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 18, "aux", "VerbForm=Fin"),
    ("coordinate", "coordinate", "VERB", 13, "ccomp", "VerbForm=Inf"),
    ("their", "their", "PRON", 20, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("demands", "demand", "NOUN", 18, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# One senior BHA figure, who asked not to be named because the discussions were confidential, said a further cut had been discussed.
BHA_FIGURE: list[FeatRow] = [
    ("One", "one", "NUM", 3, "nummod", "NumForm=Word|NumType=Card"),
    ("senior", "senior", "ADJ", 3, "amod", "Degree=Pos"),
    ("BHA", "bha", "NOUN", 3, "compound", "Number=Sing"),
    ("figure", "figure", "NOUN", 17, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 10, "mark", ""),
    ("be", "be", "AUX", 10, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 6, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("discussions", "discussion", "NOUN", 15, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 15, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("confidential", "confidential", "ADJ", 10, "advcl", "Degree=Pos"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("further", "further", "ADJ", 20, "amod", "Degree=Cmp"),
    ("cut", "cut", "NOUN", 23, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 23, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 23, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("discussed", "discuss", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# The same source said several board members had argued for a smaller field.
BHA_FIGURE_2: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("same", "same", "ADJ", 2, "amod", "Degree=Pos"),
    ("source", "source", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("several", "several", "ADJ", 6, "amod", "Degree=Pos"),
    ("board", "board", "NOUN", 6, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 8, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("argued", "argue", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    ("for", "for", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("smaller", "small", "ADJ", 12, "amod", "Degree=Cmp"),
    ("field", "field", "NOUN", 8, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# One county chief executive, who did not want to be named because the discussions are confidential, said the smaller clubs feared being locked out of the top division permanently.
CLUBS_FEARED: list[FeatRow] = [
    ("One", "one", "NUM", 3, "nummod", "NumForm=Word|NumType=Card"),
    ("county", "county", "NOUN", 3, "compound", "Number=Sing"),
    ("chief", "chief", "NOUN", 3, "compound", "Number=Sing"),
    ("executive", "executive", "NOUN", 18, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("did", "do", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("want", "want", "VERB", 3, "acl:relcl", "VerbForm=Inf"),
    ("to", "to", "PART", 11, "mark", ""),
    ("be", "be", "AUX", 11, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 16, "mark", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("discussions", "discussion", "NOUN", 16, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 16, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("confidential", "confidential", "ADJ", 11, "advcl", "Degree=Pos"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("smaller", "small", "ADJ", 21, "amod", "Degree=Cmp"),
    ("clubs", "club", "NOUN", 18, "nsubj", "Number=Plur"),
    ("feared", "fear", "VERB", 21, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("being", "be", "AUX", 24, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("locked", "lock", "VERB", 22, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("out", "out", "ADP", 29, "case", ""),
    ("of", "of", "ADP", 29, "case", ""),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("top", "top", "ADJ", 29, "amod", "Degree=Pos"),
    ("division", "division", "NOUN", 24, "obl", "Number=Sing"),
    ("permanently", "permanently", "ADV", 24, "advmod", ""),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# Of the roughly 3,000 farmers who applied for the two national buyout schemes, about 1,250 have signed a final contract, the ministry said in a letter to the Tweede Kamer on Thursday.
BUYOUTS: list[FeatRow] = [
    ("Of", "of", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("roughly", "roughly", "ADV", 3, "advmod", ""),
    ("3,000", "3000", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("farmers", "farmer", "NOUN", 24, "obl", "Number=Plur"),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("applied", "apply", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("two", "two", "NUM", 12, "nummod", "NumForm=Word|NumType=Card"),
    ("national", "national", "ADJ", 12, "amod", "Degree=Pos"),
    ("buyout", "buyout", "NOUN", 12, "compound", "Number=Sing"),
    ("schemes", "scheme", "NOUN", 6, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("about", "about", "ADP", 15, "case", ""),
    ("1,250", "1250", "NUM", 17, "obl", "NumForm=Digit|NumType=Card"),
    ("have", "have", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("signed", "sign", "VERB", 24, "advcl", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("final", "final", "ADJ", 20, "amod", "Degree=Pos"),
    ("contract", "contract", "NOUN", 17, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 24, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 27, "case", ""),
    ("a", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("letter", "letter", "NOUN", 24, "obl", "Number=Sing"),
    ("to", "to", "ADP", 31, "case", ""),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("Tweede", "Tweede", "PROPN", 31, "compound", "Number=Sing"),
    ("Kamer", "Kamer", "PROPN", 27, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 33, "case", ""),
    ("Thursday", "Thursday", "PROPN", 31, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# According to the Philippine coast guard, at least nine Chinese vessels, including two navy ships, were monitored in the area during the mission.
COAST_GUARD: list[FeatRow] = [
    ("According", "accord", "VERB", 5, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Philippine", "philippine", "PROPN", 5, "compound", "Number=Sing"),
    ("coast", "coast", "NOUN", 5, "compound", "Number=Sing"),
    ("guard", "guard", "NOUN", 19, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("at", "at", "ADP", 11, "case", ""),
    ("least", "least", "ADJ", 11, "nummod", "Degree=Sup"),
    ("nine", "nine", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
    ("Chinese", "Chinese", "ADJ", 11, "amod", "Degree=Pos"),
    ("vessels", "vessel", "NOUN", 19, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("including", "include", "VERB", 16, "case", "Tense=Pres|VerbForm=Part"),
    ("two", "two", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("navy", "navy", "NOUN", 16, "compound", "Number=Sing"),
    ("ships", "ship", "NOUN", 11, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("were", "be", "AUX", 19, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("monitored", "monitor", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("area", "area", "NOUN", 19, "obl", "Number=Sing"),
    ("during", "during", "ADP", 25, "case", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("mission", "mission", "NOUN", 22, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]

# According to the Finnish Border Guard, most of the people who arrived in late 2023 came from Yemen, Somalia and Syria.
BORDER_GUARD: list[FeatRow] = [
    ("According", "accord", "VERB", 5, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Finnish", "finnish", "ADJ", 5, "amod", "Degree=Pos"),
    ("Border", "Border", "PROPN", 5, "compound", "Number=Sing"),
    ("Guard", "Guard", "PROPN", 16, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("most", "most", "ADJ", 5, "appos", "Degree=Sup"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 7, "nmod", "Number=Plur"),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("arrived", "arrive", "VERB", 10, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 15, "case", ""),
    ("late", "late", "ADJ", 15, "amod", "Degree=Pos"),
    ("2023", "2023", "NUM", 12, "obl", "NumForm=Digit|NumType=Card"),
    ("came", "come", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("from", "from", "ADP", 18, "case", ""),
    ("Yemen", "Yemen", "PROPN", 16, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("Somalia", "Somalia", "PROPN", 18, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 22, "cc", ""),
    ("Syria", "Syria", "PROPN", 18, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# Madam Lim Siew Hoon, a 52-year-old administrative executive whose 10-year-old Japanese sedan will need a new COE in March, told The Straits Times she was considering giving up the car altogether.
SEDAN: list[FeatRow] = [
    ("Madam", "Madam", "PROPN", 3, "compound", "Number=Sing"),
    ("Lim", "Lim", "PROPN", 3, "compound", "Number=Sing"),
    ("Siew", "Siew", "PROPN", 3, "compound", "Number=Sing"),
    ("Hoon", "Hoon", "PROPN", 22, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("52", "52", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 6, "punct", ""),
    ("##year", "year", "NOUN", 10, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 8, "punct", ""),
    ("##old", "old", "ADJ", 12, "amod", "Degree=Pos"),
    ("administrative", "administrative", "ADJ", 12, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 22, "nsubj", "Degree=Pos"),
    ("whose", "whose", "PRON", 20, "nmod:poss", "PronType=Rel"),
    ("10", "10", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 14, "punct", ""),
    ("##year", "year", "NOUN", 18, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 16, "punct", ""),
    ("##old", "old", "ADJ", 20, "amod", "Degree=Pos"),
    ("Japanese", "Japanese", "ADJ", 20, "amod", "Degree=Pos"),
    ("sedan", "sedan", "NOUN", 22, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 22, "aux", "VerbForm=Fin"),
    ("need", "need", "VERB", 29, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 25, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 25, "amod", "Degree=Pos"),
    ("COE", "coe", "NOUN", 22, "obj", "Number=Sing"),
    ("in", "in", "ADP", 27, "case", ""),
    ("March", "March", "PROPN", 25, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("The", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
    ("Straits", "Strait", "PROPN", 32, "compound", "Number=Plur"),
    ("Times", "Times", "PROPN", 29, "iobj", "Number=Plur"),
    ("she", "she", "PRON", 35, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 35, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("considering", "consider", "VERB", 32, "acl:relcl", "Tense=Pres|VerbForm=Part"),
    ("giving", "give", "VERB", 35, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("up", "up", "ADP", 36, "compound:prt", ""),
    ("the", "the", "DET", 39, "det", "Definite=Def|PronType=Art"),
    ("car", "car", "NOUN", 36, "obj", "Number=Sing"),
    ("altogether", "altogether", "ADV", 36, "advmod", ""),
    ("##.", ".", "PUNCT", 29, "punct", ""),
]

# The government will raise the export levy to 10 percent, in a move officials say is needed to fund the expansion of the biodiesel program.
LEVY_MOVE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("raise", "raise", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("export", "export", "NOUN", 6, "compound", "Number=Sing"),
    ("levy", "levy", "NOUN", 3, "obj", "Number=Sing"),
    ("to", "to", "ADP", 9, "case", ""),
    ("10", "10", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("in", "in", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("move", "move", "NOUN", 14, "compound", "Number=Sing"),
    ("officials", "official", "NOUN", 15, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", 3, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("is", "be", "AUX", 17, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("needed", "need", "VERB", 3, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 19, "mark", ""),
    ("fund", "fund", "VERB", 17, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("expansion", "expansion", "NOUN", 19, "obj", "Number=Sing"),
    ("of", "of", "ADP", 25, "case", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("biodiesel", "biodiesel", "ADJ", 25, "amod", "Degree=Pos"),
    ("program", "program", "NOUN", 21, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Rautio said she understood the security argument, but that people in the region felt they were paying the price for a decision taken in Helsinki.
BUT_THAT: list[FeatRow] = [
    ("Rautio", "Rautio", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 3, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("understood", "understand", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("security", "security", "NOUN", 6, "compound", "Number=Sing"),
    ("argument", "argument", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("but", "but", "CCONJ", 14, "cc", ""),
    ("that", "that", "DET", 10, "det", "Number=Sing|PronType=Dem"),
    ("people", "person", "NOUN", 14, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("region", "region", "NOUN", 10, "nmod", "Number=Sing"),
    ("felt", "feel", "VERB", 1, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 17, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("were", "be", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("paying", "pay", "VERB", 14, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("price", "price", "NOUN", 17, "obj", "Number=Sing"),
    ("for", "for", "ADP", 22, "case", ""),
    ("a", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("decision", "decision", "NOUN", 19, "nmod", "Number=Sing"),
    ("taken", "take", "VERB", 22, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 25, "case", ""),
    ("Helsinki", "Helsinki", "PROPN", 23, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Foreign businesses are pressing for clearer guidance, with several chambers of commerce saying members remain unsure how the legislation applies.
CHAMBERS: list[FeatRow] = [
    ("Foreign", "foreign", "ADJ", 1, "amod", "Degree=Pos"),
    ("businesses", "business", "NOUN", 3, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("pressing", "press", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 6, "case", ""),
    ("clearer", "clear", "ADJ", 6, "amod", "Degree=Cmp"),
    ("guidance", "guidance", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("with", "with", "ADP", 10, "case", ""),
    ("several", "several", "ADJ", 10, "amod", "Degree=Pos"),
    ("chambers", "chamber", "NOUN", 3, "obl", "Number=Plur"),
    ("of", "of", "ADP", 12, "case", ""),
    ("commerce", "commerce", "NOUN", 10, "nmod", "Number=Sing"),
    ("saying", "say", "VERB", 14, "amod", "VerbForm=Ger"),
    ("members", "member", "NOUN", 10, "nmod", "Number=Plur"),
    ("remain", "remain", "VERB", 3, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("unsure", "unsure", "ADJ", 15, "xcomp", "Degree=Pos"),
    ("how", "how", "ADV", 20, "advmod", "PronType=Int"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("legislation", "legislation", "NOUN", 20, "nsubj", "Number=Sing"),
    ("applies", "apply", "VERB", 15, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Prices rose, with traders saying demand had collapsed.
TRADERS: list[FeatRow] = [
    ("Prices", "price", "NOUN", 1, "nsubj", "Number=Plur"),
    ("rose", "rise", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("with", "with", "ADP", 4, "case", ""),
    ("traders", "trader", "NOUN", 1, "obl", "Number=Plur"),
    ("saying", "say", "VERB", 6, "amod", "VerbForm=Ger"),
    ("demand", "demand", "NOUN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("collapsed", "collapse", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# "We were ready to go in August," Rachel Nguyen, whose daughter had been enrolled, told KOCO 5 News.
ENROLLED: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("were", "be", "AUX", 3, "cop", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("ready", "ready", "ADJ", -1, "root", "Degree=Pos"),
    ("to", "to", "PART", 5, "mark", ""),
    ("go", "go", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 7, "case", ""),
    ("August", "August", "PROPN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("Rachel", "Rachel", "PROPN", 11, "compound", "Number=Sing"),
    ("Nguyen", "Nguyen", "PROPN", 7, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("whose", "whose", "PRON", 14, "nmod:poss", "PronType=Rel"),
    ("daughter", "daughter", "NOUN", 17, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("enrolled", "enroll", "VERB", 3, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("told", "tell", "VERB", 17, "conj", "Mood=Ind|Person=3|Tense=Past|VerbForm=Part"),
    ("KOCO", "KOCO", "PROPN", 19, "xcomp", "Number=Sing"),
    ("5", "5", "NUM", 22, "nummod", "NumForm=Digit|NumType=Card"),
    ("News", "News", "PROPN", 19, "xcomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Farmers face further cuts, according to state officials and irrigation district managers.
STATE_OFFICIALS: list[FeatRow] = [
    ("Farmers", "farmer", "NOUN", 1, "nsubj", "Number=Plur"),
    ("face", "face", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("further", "further", "ADJ", 3, "amod", "Degree=Cmp"),
    ("cuts", "cut", "NOUN", 1, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("according", "accord", "VERB", 7, "mark", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 7, "mark", ""),
    ("state", "state", "VERB", 1, "advcl", "VerbForm=Inf"),
    ("officials", "official", "NOUN", 7, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("irrigation", "irrigation", "NOUN", 12, "compound", "Number=Sing"),
    ("district", "district", "NOUN", 12, "compound", "Number=Sing"),
    ("managers", "manager", "NOUN", 8, "conj", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# A federal official familiar with the negotiations, who requested anonymity because the talks are confidential, said the states remained "far apart" on how to divide the cuts.
FEDERAL: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("federal", "federal", "ADJ", 3, "amod", "Degree=Pos"),
    ("official", "official", "ADJ", 3, "amod", "Degree=Pos"),
    ("familiar", "familiar", "NOUN", 17, "nsubj", "Number=Sing"),
    ("with", "with", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("negotiations", "negotiation", "NOUN", 3, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("requested", "request", "VERB", 17, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("anonymity", "anonymity", "PRON", 9, "obj", "Number=Sing|PronType=Ind"),
    ("because", "because", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 15, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 15, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("confidential", "confidential", "ADJ", 9, "advcl", "Degree=Pos"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("states", "state", "NOUN", 17, "obj", "Number=Plur"),
    ("remained", "remain", "VERB", 19, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ('"', '"', "PUNCT", 23, "punct", ""),
    ("##far", "far", "ADV", 23, "advmod", "Degree=Pos"),
    ("apart", "apart", "ADV", 20, "advmod", ""),
    ('##"', '"', "PUNCT", 23, "punct", ""),
    ("on", "on", "SCONJ", 28, "mark", ""),
    ("how", "how", "ADV", 28, "advmod", "PronType=Int"),
    ("to", "to", "PART", 28, "mark", ""),
    ("divide", "divide", "VERB", 20, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("cuts", "cut", "NOUN", 28, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# The official said a deal before the end of the year was unlikely.
FEDERAL_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("official", "official", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("deal", "deal", "NOUN", 2, "obj", "Number=Sing"),
    ("before", "before", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("end", "end", "NOUN", 12, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("year", "year", "NOUN", 7, "nmod", "Number=Sing"),
    ("was", "be", "AUX", 12, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unlikely", "unlikely", "ADV", 2, "ccomp", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Several managers of the biggest WorldTour teams have privately warned that a hard cap could push sponsors out of the sport, and one, who asked not to be named because the negotiations are confidential, said his team would "look at every legal option" if the plan went ahead in its current form.
MANAGERS: list[FeatRow] = [
    ("Several", "several", "ADJ", 1, "amod", "Degree=Pos"),
    ("managers", "manager", "NOUN", 9, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("biggest", "big", "ADJ", 6, "amod", "Degree=Sup"),
    ("WorldTour", "WorldTour", "PROPN", 6, "compound", "Number=Sing"),
    ("teams", "team", "NOUN", 1, "nmod", "Number=Plur"),
    ("have", "have", "AUX", 9, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("privately", "privately", "ADV", 9, "advmod", ""),
    ("warned", "warn", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("hard", "hard", "ADJ", 13, "amod", "Degree=Pos"),
    ("cap", "cap", "NOUN", 15, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 15, "aux", "VerbForm=Fin"),
    ("push", "push", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("sponsors", "sponsor", "NOUN", 15, "obj", "Number=Plur"),
    ("out", "out", "ADP", 20, "case", ""),
    ("of", "of", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("sport", "sport", "NOUN", 16, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("and", "and", "CCONJ", 23, "cc", ""),
    ("one", "one", "NUM", 20, "conj", "NumForm=Word|NumType=Card"),
    ("##,", ",", "PUNCT", 26, "punct", ""),
    ("who", "who", "PRON", 26, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 26, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 30, "mark", ""),
    ("be", "be", "AUX", 30, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 26, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 35, "mark", ""),
    ("the", "the", "DET", 33, "det", "Definite=Def|PronType=Art"),
    ("negotiations", "negotiation", "NOUN", 35, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 35, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("confidential", "confidential", "ADJ", 30, "advcl", "Degree=Pos"),
    ("##,", ",", "PUNCT", 35, "punct", ""),
    ("said", "say", "VERB", 9, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 39, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("team", "team", "NOUN", 42, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 42, "aux", "VerbForm=Fin"),
    ('"', '"', "PUNCT", 42, "punct", ""),
    ("##look", "look", "VERB", 37, "ccomp", "VerbForm=Inf"),
    ("at", "at", "ADP", 46, "case", ""),
    ("every", "every", "DET", 46, "det", "PronType=Ind"),
    ("legal", "legal", "ADJ", 46, "amod", "Degree=Pos"),
    ("option", "option", "NOUN", 42, "obl", "Number=Sing"),
    ('##"', '"', "PUNCT", 42, "punct", ""),
    ("if", "if", "SCONJ", 51, "mark", ""),
    ("the", "the", "DET", 50, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 51, "nsubj", "Number=Sing"),
    ("went", "go", "VERB", 42, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ahead", "ahead", "ADV", 51, "advmod", ""),
    ("in", "in", "ADP", 56, "case", ""),
    ("its", "its", "PRON", 56, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("current", "current", "ADJ", 56, "amod", "Degree=Pos"),
    ("form", "form", "NOUN", 51, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# "You cannot tell a company that it is allowed to invest," the manager said.
THE_MANAGER: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##You", "you", "PRON", 4, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("can", "can", "AUX", 4, "aux", "VerbForm=Fin"),
    ("##not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("tell", "tell", "VERB", 17, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("company", "company", "NOUN", 4, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("it", "it", "PRON", 10, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("allowed", "allow", "VERB", 6, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 12, "mark", ""),
    ("invest", "invest", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ('##"', '"', "PUNCT", 17, "punct", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("manager", "manager", "NOUN", 17, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# Norway's wealthiest families are still moving abroad, a trend that business leaders say is draining capital from homegrown companies.
TREND: list[FeatRow] = [
    ("Norway", "Norway", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("wealthiest", "wealthiest", "ADJ", 3, "amod", "Degree=Sup"),
    ("families", "family", "NOUN", 6, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("still", "still", "ADV", 6, "advmod", ""),
    ("moving", "move", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("abroad", "abroad", "ADV", 6, "advmod", ""),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("trend", "trend", "NOUN", 6, "parataxis", "Number=Sing"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("business", "business", "NOUN", 13, "compound", "Number=Sing"),
    ("leaders", "leader", "NOUN", 14, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", 10, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("is", "be", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("draining", "drain", "VERB", 10, "acl", "Tense=Pres|VerbForm=Part"),
    ("capital", "capital", "NOUN", 16, "obj", "Number=Sing"),
    ("from", "from", "ADP", 20, "case", ""),
    ("homegrown", "homegrown", "NOUN", 20, "compound", "Number=Sing"),
    ("companies", "company", "NOUN", 16, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# The rules will curb defaults, the authority's director general, Mekdes Alemu, told reporters.
CURB: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 3, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("curb", "curb", "VERB", -1, "root", "VerbForm=Inf"),
    ("defaults", "default", "NOUN", 3, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 9, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 7, "case", ""),
    ("director", "director", "NOUN", 10, "compound", "Number=Sing"),
    ("general", "general", "ADJ", 3, "xcomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("Mekdes", "Mekdes", "PROPN", 13, "compound", "Number=Plur"),
    ("Alemu", "Alemu", "PROPN", 10, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("told", "tell", "VERB", 3, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("reporters", "reporter", "NOUN", 15, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Mekdes dismissed those fears.
MEKDES: list[FeatRow] = [
    ("Mekdes", "mekde", "NOUN", 1, "nsubj", "Number=Plur"),
    ("dismissed", "dismiss", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("those", "that", "DET", 3, "det", "Number=Plur|PronType=Dem"),
    ("fears", "fear", "NOUN", 1, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Prices would be set by the market, she said.
MEKDES_2: list[FeatRow] = [
    ("Prices", "price", "NOUN", 3, "nsubj:pass", "Number=Plur"),
    ("would", "would", "AUX", 3, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 3, "aux:pass", "VerbForm=Inf"),
    ("set", "set", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("market", "market", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("she", "she", "PRON", 9, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# According to the Estonian Border Guard, most of the people who arrived in late 2023 came from Yemen, Somalia and Syria, and many had been escorted to the frontier by Russian border officials.
BORDER_GUARD_FULL: list[FeatRow] = [
    ("According", "accord", "VERB", 5, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Estonian", "Estonian", "ADJ", 5, "amod", "Degree=Pos"),
    ("Border", "Border", "PROPN", 5, "compound", "Number=Sing"),
    ("Guard", "Guard", "PROPN", 16, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("most", "most", "ADJ", 5, "appos", "Degree=Sup"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 7, "nmod", "Number=Plur"),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("arrived", "arrive", "VERB", 10, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 15, "case", ""),
    ("late", "late", "ADJ", 15, "amod", "Degree=Pos"),
    ("2023", "2023", "NUM", 16, "obl", "NumForm=Digit|NumType=Card"),
    ("came", "come", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("from", "from", "ADP", 18, "case", ""),
    ("Yemen", "Yemen", "PROPN", 16, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("Somalia", "Somalia", "PROPN", 18, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 22, "cc", ""),
    ("Syria", "Syria", "PROPN", 18, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 28, "punct", ""),
    ("and", "and", "CCONJ", 28, "cc", ""),
    ("many", "many", "ADJ", 28, "nsubj:pass", "Degree=Pos"),
    ("had", "have", "AUX", 28, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 28, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("escorted", "escort", "VERB", 16, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 31, "case", ""),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("frontier", "frontier", "NOUN", 28, "obl", "Number=Sing"),
    ("by", "by", "ADP", 35, "case", ""),
    ("Russian", "Russian", "ADJ", 35, "amod", "Degree=Pos"),
    ("border", "border", "NOUN", 35, "compound", "Number=Sing"),
    ("officials", "official", "NOUN", 31, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# The directive, which replaces rules in place since 2017, is aimed at curbing contract defaults and under-invoicing that cost the country scarce hard currency, the authority's director general, Tigist Haile, told reporters in Addis.
DIRECTIVE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("directive", "directive", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("which", "which", "PRON", 4, "nsubj", "PronType=Rel"),
    ("replaces", "replace", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("rules", "rule", "NOUN", 4, "obj", "Number=Plur"),
    ("in", "in", "ADP", 7, "case", ""),
    ("place", "place", "NOUN", 4, "obl", "Number=Sing"),
    ("since", "since", "ADP", 9, "case", ""),
    ("2017", "2017", "NUM", 7, "nmod", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("is", "be", "AUX", 12, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("aimed", "aim", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("at", "at", "SCONJ", 14, "mark", ""),
    ("curbing", "curb", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("contract", "contract", "NOUN", 16, "compound", "Number=Sing"),
    ("defaults", "default", "NOUN", 14, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 20, "cc", ""),
    ("under", "under", "ADP", 20, "case", ""),
    ("##-", "-", "PUNCT", 18, "punct", ""),
    ("##invoicing", "invoice", "VERB", 16, "conj", "VerbForm=Ger"),
    ("that", "that", "PRON", 22, "nsubj", "PronType=Rel"),
    ("cost", "cost", "VERB", 20, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 25, "nsubj", "Number=Sing"),
    ("scarce", "scarce", "VERB", 22, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("hard", "hard", "ADJ", 27, "amod", "Degree=Pos"),
    ("currency", "currency", "NOUN", 25, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 33, "punct", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 33, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 30, "case", ""),
    ("director", "director", "NOUN", 33, "compound", "Number=Sing"),
    ("general", "general", "NOUN", 27, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 36, "punct", ""),
    ("Tigist", "Tigist", "PROPN", 36, "compound", "Number=Sing"),
    ("Haile", "Haile", "PROPN", 33, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("told", "tell", "VERB", 12, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 38, "obj", "Number=Plur"),
    ("in", "in", "ADP", 41, "case", ""),
    ("Addis", "Addis", "PROPN", 39, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Foreign businesses in Hong Kong are pressing for clearer guidance on what counts as a state secret under the city's domestic national security law, with several chambers of commerce saying members remain unsure how the legislation applies to routine work such as due diligence and economic research.
HONG_KONG: list[FeatRow] = [
    ("Foreign", "foreign", "ADJ", 1, "amod", "Degree=Pos"),
    ("businesses", "business", "NOUN", 6, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 4, "case", ""),
    ("Hong", "Hong", "PROPN", 4, "compound", "Number=Sing"),
    ("Kong", "Kong", "PROPN", 1, "nmod", "Number=Sing"),
    ("are", "be", "AUX", 6, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("pressing", "press", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 9, "case", ""),
    ("clearer", "clear", "ADJ", 9, "amod", "Degree=Cmp"),
    ("guidance", "guidance", "NOUN", 6, "obl", "Number=Sing"),
    ("on", "on", "ADP", 11, "case", ""),
    ("what", "what", "PRON", 12, "obl", "PronType=Rel"),
    ("counts", "count", "VERB", 6, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("as", "as", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("state", "state", "NOUN", 16, "compound", "Number=Sing"),
    ("secret", "secret", "NOUN", 12, "obl", "Number=Sing"),
    ("under", "under", "ADP", 24, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 24, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 19, "case", ""),
    ("domestic", "domestic", "ADJ", 24, "amod", "Degree=Pos"),
    ("national", "national", "ADJ", 24, "amod", "Degree=Pos"),
    ("security", "security", "NOUN", 24, "compound", "Number=Sing"),
    ("law", "law", "NOUN", 16, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 28, "punct", ""),
    ("with", "with", "ADP", 28, "case", ""),
    ("several", "several", "ADJ", 28, "amod", "Degree=Pos"),
    ("chambers", "chamber", "NOUN", 33, "obl", "Number=Plur"),
    ("of", "of", "ADP", 30, "case", ""),
    ("commerce", "commerce", "NOUN", 28, "nmod", "Number=Sing"),
    ("saying", "say", "VERB", 32, "amod", "VerbForm=Ger"),
    ("members", "member", "NOUN", 33, "nsubj", "Number=Plur"),
    ("remain", "remain", "VERB", 6, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("unsure", "unsure", "ADJ", 33, "xcomp", "Degree=Pos"),
    ("how", "how", "ADV", 38, "advmod", "PronType=Int"),
    ("the", "the", "DET", 37, "det", "Definite=Def|PronType=Art"),
    ("legislation", "legislation", "NOUN", 38, "nsubj", "Number=Sing"),
    ("applies", "apply", "VERB", 33, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 40, "mark", ""),
    ("routine", "routine", "VERB", 38, "xcomp", "VerbForm=Inf"),
    ("work", "work", "NOUN", 40, "obj", "Number=Sing"),
    ("such", "such", "ADJ", 45, "case", "ExtPos=ADP"),
    ("as", "as", "ADP", 45, "case", ""),
    ("due", "due", "ADJ", 45, "amod", "Degree=Pos"),
    ("diligence", "diligence", "NOUN", 40, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 48, "cc", ""),
    ("economic", "economic", "ADJ", 48, "amod", "Degree=Pos"),
    ("research", "research", "NOUN", 45, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# In Băile Tușnad, a small spa resort in Harghita, some residents say bears now walk through the town centre most nights.
SPA_RESORT: list[FeatRow] = [
    ("In", "in", "ADP", 1, "case", ""),
    ("Băile", "Băile", "PROPN", 13, "obl", "Number=Sing"),
    ("Tușnad", "Tușnad", "PROPN", 13, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("small", "small", "ADJ", 7, "amod", "Degree=Pos"),
    ("spa", "spa", "NOUN", 7, "compound", "Number=Sing"),
    ("resort", "resort", "NOUN", 13, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Harghita", "Harghita", "PROPN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("some", "some", "DET", 12, "det", "PronType=Ind"),
    ("residents", "resident", "NOUN", 13, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("bears", "bear", "NOUN", 16, "nsubj", "Number=Plur"),
    ("now", "now", "ADV", 16, "advmod", "PronType=Dem"),
    ("walk", "walk", "VERB", 13, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("through", "through", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("town", "town", "NOUN", 22, "compound", "Number=Sing"),
    ("centre", "centre", "NOUN", 22, "compound", "Number=Sing"),
    ("most", "most", "ADJ", 22, "amod", "Degree=Sup"),
    ("nights", "night", "NOUN", 16, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# In Lucknow, the capital of Uttar Pradesh, residents of several older neighbourhoods said the water was dirty.
LUCKNOW: list[FeatRow] = [
    ("In", "in", "ADP", 1, "case", ""),
    ("Lucknow", "Lucknow", "PROPN", 14, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("capital", "capital", "NOUN", 14, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("Uttar", "Uttar", "PROPN", 7, "compound", "Number=Sing"),
    ("Pradesh", "Pradesh", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("residents", "resident", "NOUN", 4, "conj", "Number=Plur"),
    ("of", "of", "ADP", 13, "case", ""),
    ("several", "several", "ADJ", 13, "amod", "Degree=Pos"),
    ("older", "old", "ADJ", 13, "amod", "Degree=Cmp"),
    ("neighbourhoods", "neighbourhood", "NOUN", 9, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 18, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 18, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dirty", "dirty", "ADJ", 14, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Speaking on Monday, Ministry of Finance spokesman John Doe said taxes would rise.
FINANCE_SPOKESMAN: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 10, "advcl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 2, "case", ""),
    ("Monday", "Monday", "PROPN", 0, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Ministry", "Ministry", "PROPN", 0, "conj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("Finance", "Finance", "PROPN", 7, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 4, "nmod", "Number=Sing"),
    ("John", "John", "PROPN", 9, "compound", "Number=Sing"),
    ("Doe", "Doe", "PROPN", 4, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("taxes", "tax", "NOUN", 13, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 10, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# One Super League club chief executive, who asked not to be named because the clubs have agreed not to comment publicly, said a majority of clubs favoured a move to Leeds.
CLUB_CHIEF_WHO: list[FeatRow] = [
    ("One", "one", "NUM", 4, "nummod", "NumForm=Word|NumType=Card"),
    ("Super", "Super", "ADJ", 4, "amod", "Degree=Pos"),
    ("League", "League", "PROPN", 4, "compound", "Number=Sing"),
    ("club", "club", "NOUN", 4, "compound", "Number=Sing"),
    ("chief", "chief", "NOUN", 5, "nsubj", "Number=Sing"),
    ("executive", "executive", "ADJ", 23, "ccomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 5, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 12, "mark", ""),
    ("be", "be", "AUX", 12, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 17, "mark", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("clubs", "club", "NOUN", 17, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("agreed", "agree", "VERB", 12, "advcl", "Tense=Past|VerbForm=Part"),
    ("not", "not", "PART", 17, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 20, "mark", ""),
    ("comment", "comment", "VERB", 17, "xcomp", "VerbForm=Inf"),
    ("publicly", "publicly", "ADV", 20, "advmod", "Degree=Pos"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 25, "det", "Definite=Ind|PronType=Art"),
    ("majority", "majority", "NOUN", 28, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 27, "case", ""),
    ("clubs", "club", "NOUN", 25, "nmod", "Number=Plur"),
    ("favoured", "favour", "VERB", 23, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 30, "det", "Definite=Ind|PronType=Art"),
    ("move", "move", "NOUN", 28, "obj", "Number=Sing"),
    ("to", "to", "ADP", 32, "case", ""),
    ("Leeds", "Leeds", "PROPN", 30, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 23, "punct", ""),
]

# Rhinos chief executive Andy Grayson said the club would bid.
RHINOS: list[FeatRow] = [
    ("Rhinos", "Rhinos", "PROPN", 5, "nsubj", "Number=Plur"),
    ("chief", "chief", "ADJ", 4, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 4, "amod", "Degree=Pos"),
    ("Andy", "Andy", "PROPN", 4, "compound", "Number=Sing"),
    ("Grayson", "Grayson", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("club", "club", "NOUN", 9, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("bid", "bid", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The operator, Toronto-based Sahel Ridge Gold, said in a statement that it had not been consulted.
SAHEL: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("operator", "operator", "NOUN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Toronto", "Toronto", "PROPN", 6, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##based", "based", "ADJ", 6, "amod", "Degree=Pos"),
    ("Sahel", "Sahel", "PROPN", 1, "appos", "Number=Sing"),
    ("Ridge", "Ridge", "PROPN", 8, "compound", "Number=Sing"),
    ("Gold", "Gold", "PROPN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 13, "case", ""),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 10, "obl", "Number=Sing"),
    ("that", "that", "PRON", 19, "mark", "PronType=Rel"),
    ("it", "it", "PRON", 19, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 19, "advmod", "Polarity=Neg"),
    ("been", "be", "AUX", 19, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("consulted", "consult", "VERB", 13, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# “I will see it,” said retired teacher Margaret Thomas, walking her dog.
TEACHER: list[FeatRow] = [
    ("“", '"', "PUNCT", 3, "punct", ""),
    ("##I", "I", "PRON", 3, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("see", "see", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("it", "it", "PRON", 3, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("##”", '"', "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("retired", "retire", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("teacher", "teacher", "NOUN", 7, "obj", "Number=Sing"),
    ("Margaret", "Margaret", "PROPN", 11, "compound", "Number=Sing"),
    ("Thomas", "Thomas", "PROPN", 9, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("walking", "walk", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("her", "her", "PRON", 15, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("dog", "dog", "NOUN", 13, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# 15 Years After The Tech Suit Ban, Swimmers Say The Sport Got Its Soul Back
SWIMMERS: list[FeatRow] = [
    ("15", "15", "NUM", 1, "nummod", "NumForm=Digit|NumType=Card"),
    ("Years", "year", "NOUN", 9, "nsubj", "Number=Plur"),
    ("After", "after", "ADP", 6, "case", ""),
    ("The", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Tech", "Tech", "PROPN", 6, "compound", "Number=Sing"),
    ("Suit", "Suit", "PROPN", 6, "compound", "Number=Sing"),
    ("Ban", "Ban", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Swimmers", "Swimmer", "PROPN", 9, "nsubj", "Number=Plur"),
    ("Say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("The", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("Sport", "Sport", "PROPN", 12, "nsubj", "Number=Sing"),
    ("Got", "get", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Its", "its", "PRON", 15, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("Soul", "Soul", "PROPN", 15, "compound", "Number=Sing"),
    ("Back", "back", "PROPN", 12, "obj", "Number=Sing"),
]

# Trump spokesman Hope Hicks confirmed that the group was created independently from the campaign.
HICKS: list[FeatRow] = [
    ("Trump", "Trump", "PROPN", 1, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 2, "nsubj", "Number=Sing"),
    ("Hope", "hope", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Hicks", "Hick", "PROPN", 4, "nsubj", "Number=Plur"),
    ("confirmed", "confirm", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 9, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 9, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("created", "create", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("independently", "independently", "ADV", 9, "advmod", "Degree=Pos"),
    ("from", "from", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("campaign", "campaign", "NOUN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Clinton passed along feedback for Chelsea after speaking engagements or events she hosted, such as one in Kiev, which John Tefft, then U.S. ambassador to Ukraine, praised.
TEFFT: list[FeatRow] = [
    ("Clinton", "Clinton", "PROPN", 1, "nsubj", "Number=Sing"),
    ("passed", "pass", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("along", "along", "ADP", 3, "case", ""),
    ("feedback", "feedback", "NOUN", 1, "obl", "Number=Sing"),
    ("for", "for", "ADP", 5, "case", ""),
    ("Chelsea", "Chelsea", "PROPN", 3, "nmod", "Number=Sing"),
    ("after", "after", "SCONJ", 7, "mark", ""),
    ("speaking", "speak", "VERB", 1, "advcl", "Tense=Pres|VerbForm=Part"),
    ("engagements", "engagement", "NOUN", 7, "obj", "Number=Plur"),
    ("or", "or", "CCONJ", 10, "cc", ""),
    ("events", "event", "NOUN", 8, "conj", "Number=Plur"),
    ("she", "she", "PRON", 12, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("hosted", "host", "VERB", 1, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("such", "such", "ADJ", 16, "case", "ExtPos=ADP"),
    ("as", "as", "ADP", 14, "fixed", ""),
    ("one", "one", "NUM", 12, "obl", "NumForm=Word|NumType=Card"),
    ("in", "in", "ADP", 18, "case", ""),
    ("Kiev", "Kiev", "PROPN", 16, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 26, "punct", ""),
    ("which", "which", "PRON", 26, "nsubj", "PronType=Rel"),
    ("John", "John", "PROPN", 22, "compound", "Number=Sing"),
    ("Tefft", "Tefft", "PROPN", 26, "compound", "Number=Sing"),
    ("##,", ",", "PUNCT", 26, "punct", ""),
    ("then", "then", "ADV", 26, "advmod", "PronType=Dem"),
    ("U.S.", "U.S.", "PROPN", 26, "compound", "Number=Sing"),
    ("ambassador", "ambassador", "NOUN", 16, "conj", "Number=Sing"),
    ("to", "to", "ADP", 28, "case", ""),
    ("Ukraine", "Ukraine", "PROPN", 26, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 30, "punct", ""),
    ("praised", "praise", "VERB", 1, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# "We are here because nobody asked us.
LUKIC: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 3, "cop", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("here", "here", "ADV", -1, "root", "PronType=Dem"),
    ("because", "because", "SCONJ", 6, "mark", ""),
    ("nobody", "nobody", "PRON", 6, "nsubj", "Number=Sing|PronType=Ind"),
    ("asked", "ask", "VERB", 3, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("us", "we", "PRON", 6, "obj", "Case=Acc|Number=Plur|Person=1|PronType=Prs"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# They decided in an office in Belgrade what will happen to our land, our water and our children," Jelena Maric, a farmer from the village of Donje Selo, near Loznica, told the crowd from the stage.
LUKIC_2: list[FeatRow] = [
    ("They", "they", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("decided", "decide", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("an", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("office", "office", "NOUN", 1, "obl", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Belgrade", "Belgrade", "PROPN", 4, "nmod", "Number=Sing"),
    ("what", "what", "PRON", 9, "nsubj", "PronType=Rel"),
    ("will", "will", "AUX", 9, "aux", "VerbForm=Fin"),
    ("happen", "happen", "VERB", 1, "advcl", "VerbForm=Inf"),
    ("to", "to", "ADP", 12, "case", ""),
    ("our", "our", "PRON", 12, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("land", "land", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("our", "our", "PRON", 15, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("water", "water", "NOUN", 12, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("our", "our", "PRON", 18, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("children", "child", "NOUN", 12, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ('##"', '"', "PUNCT", 22, "punct", ""),
    ("Jelena", "Jelena", "PROPN", 22, "compound", "Number=Sing"),
    ("Maric", "Maric", "PROPN", 25, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 25, "punct", ""),
    ("a", "a", "DET", 25, "det", "Definite=Ind|PronType=Art"),
    ("farmer", "farmer", "NOUN", 1, "parataxis", "Number=Sing"),
    ("from", "from", "ADP", 28, "case", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("village", "village", "NOUN", 25, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 30, "case", ""),
    ("Donje", "Donje", "PROPN", 28, "nmod", "Number=Sing"),
    ("Selo", "Selo", "PROPN", 28, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 34, "punct", ""),
    ("near", "near", "ADP", 34, "case", ""),
    ("Loznica", "Loznica", "PROPN", 28, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 34, "punct", ""),
    ("told", "tell", "VERB", 1, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 38, "det", "Definite=Def|PronType=Art"),
    ("crowd", "crowd", "NOUN", 36, "obj", "Number=Sing"),
    ("from", "from", "ADP", 41, "case", ""),
    ("the", "the", "DET", 41, "det", "Definite=Def|PronType=Art"),
    ("stage", "stage", "NOUN", 38, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# USA Swimming has restricted tech suits since 2020.
USA_SWIMMING: list[FeatRow] = [
    ("USA", "USA", "PROPN", 1, "compound", "Number=Sing"),
    ("Swimming", "Swimming", "PROPN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("restricted", "restrict", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("tech", "tech", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("suits", "suit", "NOUN", 3, "obj", "Number=Plur"),
    ("since", "since", "ADP", 7, "case", ""),
    ("2020", "2020", "NUM", 3, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The rules were working, a spokeswoman for the organization said.
USA_SWIMMING_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 3, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("working", "work", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 3, "obj", "Number=Sing"),
    ("for", "for", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("organization", "organization", "NOUN", 6, "nmod", "Number=Sing"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# "We keep waiting," said Nikolay Georgiev, a software developer.
DEVELOPER: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("keep", "keep", "VERB", 6, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("waiting", "wait", "VERB", 2, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Nikolay", "Nikolay", "PROPN", 8, "compound", "Number=Sing"),
    ("Georgiev", "Georgiev", "PROPN", 6, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("software", "software", "NOUN", 12, "compound", "Number=Sing"),
    ("developer", "developer", "NOUN", 6, "nsubj", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Engie, which has repeatedly said it wants to exit nuclear power in Belgium, responded cautiously.
ENGIE: list[FeatRow] = [
    ("Engie", "Engie", "PROPN", 5, "vocative", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("which", "which", "PRON", 5, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("repeatedly", "repeatedly", "ADV", 5, "advmod", ""),
    ("said", "say", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("it", "it", "PRON", 7, "expl", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("wants", "want", "VERB", 5, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("to", "to", "PART", 9, "mark", ""),
    ("exit", "exit", "VERB", 7, "xcomp", "VerbForm=Inf"),
    ("nuclear", "nuclear", "ADJ", 11, "amod", "Degree=Pos"),
    ("power", "power", "NOUN", 9, "obj", "Number=Sing"),
    ("in", "in", "ADP", 13, "case", ""),
    ("Belgium", "Belgium", "PROPN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("responded", "respond", "VERB", 9, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("cautiously", "cautiously", "ADV", 15, "advmod", ""),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# In a statement, the French energy group said it had taken note of the request.
FRENCH_GROUP: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("French", "French", "ADJ", 7, "amod", "Degree=Pos"),
    ("energy", "energy", "NOUN", 7, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("taken", "take", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part"),
    ("note", "note", "NOUN", 11, "obj", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("request", "request", "NOUN", 12, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Shares in chipmaker Nvidia rose 5 percent on Monday.
NVIDIA: list[FeatRow] = [
    ("Shares", "share", "NOUN", 4, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 2, "case", ""),
    ("chipmaker", "chipmaker", "NOUN", 0, "nmod", "Number=Sing"),
    ("Nvidia", "Nvidia", "PROPN", 0, "nmod", "Number=Sing"),
    ("rose", "rise", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("5", "5", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 4, "obj", "Number=Sing"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Monday", "Monday", "PROPN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The company said demand for its processors remained strong.
THE_COMPANY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("demand", "demand", "NOUN", 2, "obj", "Number=Sing"),
    ("for", "for", "ADP", 6, "case", ""),
    ("its", "its", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("processors", "processor", "NOUN", 3, "nmod", "Number=Plur"),
    ("remained", "remain", "VERB", 6, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("strong", "strong", "ADJ", 7, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Swansea Council backed a proposal from developer Bay Tidal Power on Thursday.
BAY_TIDAL: list[FeatRow] = [
    ("Swansea", "Swansea", "PROPN", 1, "compound", "Number=Sing"),
    ("Council", "Council", "PROPN", 2, "nsubj", "Number=Sing"),
    ("backed", "back", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("proposal", "proposal", "NOUN", 2, "obj", "Number=Sing"),
    ("from", "from", "ADP", 9, "case", ""),
    ("developer", "developer", "NOUN", 9, "compound", "Number=Sing"),
    ("Bay", "Bay", "PROPN", 9, "compound", "Number=Sing"),
    ("Tidal", "Tidal", "PROPN", 9, "compound", "Number=Sing"),
    ("Power", "Power", "PROPN", 2, "obl", "Number=Sing"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Thursday", "Thursday", "PROPN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Viaduct restaurateur Sam Ngata said he was cautiously optimistic about the crowds this time.
RESTAURATEUR: list[FeatRow] = [
    ("Viaduct", "Viaduct", "PROPN", 1, "compound", "Number=Sing"),
    ("restaurateur", "restaurateur", "NOUN", 3, "compound", "Number=Sing"),
    ("Sam", "Sam", "PROPN", 3, "compound", "Number=Sing"),
    ("Ngata", "Ngata", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 8, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cautiously", "cautiously", "ADV", 8, "advmod", ""),
    ("optimistic", "optimistic", "ADJ", 4, "ccomp", "Degree=Pos"),
    ("about", "about", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("crowds", "crowd", "NOUN", 8, "obl", "Number=Plur"),
    ("this", "this", "DET", 13, "det", "Number=Sing|PronType=Dem"),
    ("time", "time", "NOUN", 11, "nmod:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# "I can only tell you that his email account initiated a number of emails," said one source who spoke on the condition of anonymity because of the sensitive nature of the issue.
ONE_SOURCE: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##I", "I", "PRON", 4, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("can", "can", "AUX", 4, "aux", "VerbForm=Fin"),
    ("only", "only", "ADV", 4, "advmod", ""),
    ("tell", "tell", "VERB", 17, "ccomp", "VerbForm=Inf"),
    ("you", "you", "PRON", 4, "iobj", "Case=Acc|Person=2|PronType=Prs"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("his", "his", "PRON", 9, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("email", "email", "NOUN", 9, "compound", "Number=Sing"),
    ("account", "account", "NOUN", 10, "nsubj", "Number=Sing"),
    ("initiated", "initiate", "VERB", 4, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("number", "number", "NOUN", 10, "obj", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("emails", "email", "NOUN", 12, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("one", "one", "NUM", 19, "nummod", "NumForm=Word|NumType=Card"),
    ("source", "source", "NOUN", 17, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 21, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 19, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("condition", "condition", "NOUN", 21, "obl", "Number=Sing"),
    ("of", "of", "ADP", 26, "case", ""),
    ("anonymity", "anonymity", "NOUN", 24, "nmod", "Number=Sing"),
    ("because", "because", "ADP", 31, "case", "ExtPos=ADP"),
    ("of", "of", "ADP", 31, "case", ""),
    ("the", "the", "DET", 31, "det", "Definite=Def|PronType=Art"),
    ("sensitive", "sensitive", "ADJ", 31, "amod", "Degree=Pos"),
    ("nature", "nature", "NOUN", 24, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 34, "case", ""),
    ("the", "the", "DET", 34, "det", "Definite=Def|PronType=Art"),
    ("issue", "issue", "NOUN", 31, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# When asked to confirm it, a separate intelligence source familiar with the investigation did so, but with a caveat: "The person in question is one of the primary participants," the source said.
SEPARATE_SOURCE: list[FeatRow] = [
    ("When", "when", "ADV", 1, "advmod", "PronType=Int"),
    ("asked", "ask", "VERB", 37, "advcl", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 3, "mark", ""),
    ("confirm", "confirm", "VERB", 1, "xcomp", "VerbForm=Inf"),
    ("it", "it", "PRON", 3, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("separate", "separate", "ADJ", 10, "amod", "Degree=Pos"),
    ("intelligence", "intelligence", "NOUN", 10, "compound", "Number=Sing"),
    ("source", "source", "NOUN", 10, "compound", "Number=Sing"),
    ("familiar", "familiar", "NOUN", 3, "obj", "Number=Sing"),
    ("with", "with", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("investigation", "investigation", "NOUN", 10, "nmod", "Number=Sing"),
    ("did", "do", "AUX", 10, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("so", "so", "ADV", 37, "advmod", ""),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("but", "but", "CCONJ", 37, "cc", ""),
    ("with", "with", "ADP", 20, "case", ""),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("caveat", "caveat", "NOUN", 28, "obl", "Number=Sing"),
    ("##:", ":", "PUNCT", 28, "punct", ""),
    ('"', '"', "PUNCT", 28, "punct", ""),
    ("##The", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("person", "person", "NOUN", 28, "nsubj", "Number=Sing"),
    ("in", "in", "ADP", 26, "case", ""),
    ("question", "question", "NOUN", 24, "nmod", "Number=Sing"),
    ("is", "be", "AUX", 28, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("one", "one", "NUM", 37, "ccomp", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 32, "case", ""),
    ("the", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
    ("primary", "primary", "ADJ", 32, "amod", "Degree=Pos"),
    ("participants", "participant", "NOUN", 28, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 28, "punct", ""),
    ('##"', '"', "PUNCT", 37, "punct", ""),
    ("the", "the", "DET", 36, "det", "Definite=Def|PronType=Art"),
    ("source", "source", "NOUN", 37, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 37, "punct", ""),
]

# Central bank Governor Maria Okafor told lawmakers that banks had been supplied with enough new notes.
BANK_GOVERNOR: list[FeatRow] = [
    ("Central", "Central", "ADJ", 1, "amod", "Degree=Pos"),
    ("bank", "bank", "NOUN", 4, "compound", "Number=Sing"),
    ("Governor", "Governor", "PROPN", 4, "compound", "Number=Sing"),
    ("Maria", "Maria", "PROPN", 4, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 5, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("lawmakers", "lawmaker", "NOUN", 5, "iobj", "Number=Plur"),
    ("that", "that", "PRON", 11, "nsubj:pass", "PronType=Rel"),
    ("banks", "bank", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 11, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("supplied", "supply", "VERB", 6, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 15, "case", ""),
    ("enough", "enough", "ADJ", 15, "amod", "Degree=Pos"),
    ("new", "new", "ADJ", 15, "amod", "Degree=Pos"),
    ("notes", "note", "NOUN", 11, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def test_a_county_supervisor_is_a_person_with_a_title():
    assert [(n, t, r) for _, n, t, r in _said(PINAL)] == [("Rich Delgado", "person", "Pinal County Supervisor")]


def test_she_after_a_chairman_with_a_womans_name_is_that_chairman():
    found = _article((VOS,), (KUIPERS, KUIPERS_2))
    assert [n for _, n, _, _ in found] == ["Hendrik Vos", "Marjolein Kuipers", "Marjolein Kuipers"]


def test_a_region_after_a_fronted_place_describes_the_place_not_the_speaker():
    assert [(n, r) for _, n, _, r in _said(DAYTON)] == [("Kim Alvarez", "nurse")]
    assert [(n, r) for _, n, _, r in _said(KAMPAR)] == [("Suparman", "smallholder, 47")]


def test_a_hyphened_title_after_a_bracketed_acronym_goes_with_the_name():
    assert [(n, t) for _, n, t, _ in _said(SPKS)] == [("Rukmini Siregar", "person")]


def test_its_after_a_cue_inside_a_report_is_no_evidence_the_speaker_is_a_body():
    assert [(n, t) for _, n, t, _ in _said(HOLMGREN, WINTERS)] == [("Kira Holmgren", "person")] * 2


def test_a_fronted_after_phrase_closed_by_its_comma_is_no_speakers_clause():
    assert [(n, r) for _, n, _, r in _said(RALLY)] == [("Ildikó Varga", "PSZ president")]


def test_the_same_source_is_the_unnamed_source_just_quoted():
    found = _article((BHA_FIGURE, BHA_FIGURE_2))
    assert [(n, a) for _, n, _, a in found] == [("One senior BHA figure", "anonymous-with-reason")] * 2


def test_the_official_is_not_a_group_of_officials_quoted_before():
    found = _article((STATE_OFFICIALS,), (FEDERAL, FEDERAL_2))
    official = ("A federal official familiar with the negotiations", "anonymous-with-reason")
    assert [(n, a) for _, n, _, a in found][1:] == [official] * 2
    assert found[0][1:] == ("officials", "anonymous", "anonymous")


def test_a_reports_subject_read_as_the_object_before_a_time_phrase():
    assert [(q, n) for q, n, _, _ in _said(FEDERAL_2)] == [
        ("a deal before the end of the year was unlikely", "The official")
    ]


def test_a_past_verb_with_an_open_complement_after_the_cue_is_the_report():
    assert [q for q, *_ in _said(CLUBS_FEARED)] == [
        "the smaller clubs feared being locked out of the top division permanently"
    ]


def test_a_rounded_number_before_a_closing_cue_is_the_reports_subject():
    assert [(q, n) for q, n, _, _ in _said(BUYOUTS)] == [("about 1,250 have signed a final contract", "the ministry")]


def test_the_subject_after_according_to_read_as_an_oblique_or_apposition():
    assert [(q, n) for q, n, _, _ in _said(COAST_GUARD)] == [
        (
            "at least nine Chinese vessels, including two navy ships, were monitored in the area during the mission",
            "the Philippine coast guard",
        )
    ]
    assert [(q, n) for q, n, _, _ in _said(BORDER_GUARD)] == [
        ("most of the people who arrived in late 2023 came from Yemen, Somalia and Syria", "Finnish Border Guard")
    ]


def test_a_whose_clause_before_the_cue_is_the_speakers_relative_clause():
    assert [(q, n) for q, n, _, _ in _said(SEDAN)] == [
        ("she was considering giving up the car altogether", "Madam Lim Siew Hoon")
    ]


def test_a_cue_in_a_contact_relative_whose_subject_the_parse_had_taken():
    assert [(q, n) for q, n, _, _ in _said(LEVY_MOVE)] == [
        ("is needed to fund the expansion of the biodiesel program", "officials")
    ]


def test_a_second_that_clause_after_a_comma_and_but_is_a_second_report():
    assert [(q, n) for q, n, _, _ in _said(BUT_THAT)][:1] == [
        (
            "she understood the security argument, but that people in the region felt they were paying the price "
            "for a decision taken in Helsinki",
            "Rautio",
        )
    ]


def test_saying_read_as_an_adjective_of_the_reports_subject_after_with():
    assert [(q, n) for q, n, _, _ in _said(CHAMBERS)] == [
        ("members remain unsure how the legislation applies", "several chambers of commerce")
    ]
    assert [(q, n) for q, n, _, _ in _said(TRADERS)] == [("demand had collapsed", "traders")]


def test_a_closing_cue_read_as_a_conjunct_of_the_speakers_whose_clause():
    assert [(q, n) for q, n, _, _ in _said(ENROLLED)] == [('"We were ready to go in August,"', "Rachel Nguyen")]


def test_one_after_and_with_a_who_clause_is_the_next_cues_speaker():
    found = _article((MANAGERS,), (THE_MANAGER,))
    member = ("one of several managers of the biggest WorldTour teams", "anonymous-with-reason")
    assert [q for q, *_ in found][0] == "that a hard cap could push sponsors out of the sport"
    assert [(n, a) for _, n, _, a in found][1:] == [member] * 2


def test_a_trend_that_people_say_keeps_the_people_whole():
    assert [(q, n) for q, n, _, _ in _said(TREND)] == [
        ("is draining capital from homegrown companies", "business leaders")
    ]


def test_a_closing_told_tagged_a_participle_after_a_described_name():
    assert [(q, n, r) for q, n, _, r in _said(CURB)] == [
        ("The rules will curb defaults", "Mekdes Alemu", "authority's director general")
    ]


def test_a_given_name_read_as_a_noun_opening_the_sentence_is_the_person():
    found = _article((CURB,), (MEKDES, MEKDES_2))
    assert {n for _, n, _, _ in found} == {"Mekdes Alemu"}


def test_a_phrase_of_the_subjects_relative_clause_hung_on_the_verb_after_according_to():
    [(q, n, _, _)] = _said(BORDER_GUARD_FULL)
    assert q.startswith("most of the people who arrived in late 2023 came from Yemen") and n == "Estonian Border Guard"


def test_a_relative_clause_inside_the_report_does_not_hold_the_closing_cue():
    [(q, n, _, _)] = _said(DIRECTIVE)
    assert q.startswith("The directive, which replaces rules in place since 2017, is aimed at") and n == "Tigist Haile"


def test_with_x_saying_when_the_parse_hung_the_with_phrase_on_the_report():
    [(q, n, _, _)] = _said(HONG_KONG)
    assert q.startswith("members remain unsure how the legislation applies") and n == "several chambers of commerce"


def test_people_after_a_places_description_set_off_after_it():
    assert [(n, a) for _, n, _, a in _article((SPA_RESORT,))] == [("some residents", "vague")]
    assert [n for _, n, _, _ in _said(LUCKNOW)] == ["residents of several older neighbourhoods"]


def test_a_body_with_of_before_a_title_and_a_name_after_a_fronted_participle():
    assert [(n, r) for _, n, _, r in _said(FINANCE_SPOKESMAN)] == [("John Doe", "Ministry of Finance spokesman")]


def test_a_role_word_tagged_an_adjective_after_its_title_word():
    # (without its "who" clause the description still goes to the chief executive named before:
    # another path, not mended here)
    found = _article((RHINOS,), (CLUB_CHIEF_WHO,))
    assert found[1][1:] == ("One Super League club chief executive", "anonymous", "anonymous-with-reason")


def test_a_trade_and_a_base_beside_a_name_make_it_a_body():
    assert [(n, t) for _, n, t, _ in _said(SAHEL)] == [("Sahel Ridge Gold", "organization")]


def test_an_inverted_subject_with_a_participle_after_it():
    assert [(n, r) for _, n, _, r in _said(TEACHER)] == [("Margaret Thomas", "retired teacher")]


def test_a_title_case_headline_verb_ends_the_speakers_name():
    assert [(q, n) for q, n, _, _ in _said(SWIMMERS)] == [("The Sport Got Its Soul Back", "Swimmers")]
    assert [(n, r) for _, n, _, r in _said(HICKS)] == [("Hope Hicks", "Trump spokesman")]


def test_an_object_relative_clause_before_a_closing_verb_keeps_its_subject():
    assert _said(TEFFT) == []


def test_a_name_hung_on_the_description_after_it_before_a_closing_cue():
    r = resolve([[LUKIC, LUKIC_2]])
    names = {e.id: e.name for e in r.entities}
    assert [(names.get(q.speaker.entity), q.speaker.type) for q in r.quotes if q.speaker] == [
        ("Jelena Maric", "person")
    ]


def test_a_spokeswoman_for_the_organization_speaks_for_the_body_just_named():
    found = _article((USA_SWIMMING, USA_SWIMMING_2))
    assert [(n, t) for _, n, t, _ in found] == [("USA Swimming", "organization")]


def test_a_software_developer_with_a_given_name_is_a_person():
    assert [(n, t) for _, n, t, _ in _said(DEVELOPER)] == [("Nikolay Georgiev", "person")]


def test_a_sentence_rooted_on_its_subjects_relative_clause():
    assert [(q, n, t) for q, n, t, _ in _said(ENGIE)] == [
        ("it wants to exit nuclear power in Belgium", "Engie", "organization")
    ]


def test_a_nations_body_after_a_fronted_phrase_is_the_body_named_before():
    found = _article((ENGIE, FRENCH_GROUP))
    assert [(n, t) for _, n, t, _ in found] == [("Engie", "organization")] * 2


def test_a_business_kind_right_before_a_name_makes_it_the_company():
    assert [(n, t) for _, n, t, _ in _said(NVIDIA, THE_COMPANY)] == [("Nvidia", "organization")]
    assert [(n, t) for _, n, t, _ in _said(BAY_TIDAL, THE_COMPANY)] == [("Bay Tidal Power", "organization")]


def test_a_kind_a_person_may_have_before_a_persons_name_is_the_persons():
    assert [(n, t, r) for _, n, t, r in _said(RESTAURATEUR)] == [("Sam Ngata", "person", "Viaduct restaurateur")]


def test_the_source_after_a_separate_source_is_brought_in_is_not_the_first():
    assert [n for _, n, _, _ in _article((ONE_SOURCE,), (SEPARATE_SOURCE,))] == ["one source", "the source"]


def test_a_business_kind_before_a_title_and_a_name_is_no_body_of_that_name():
    # (found by the final held-out scoring: prefixed_kind made "Central bank Governor ..." a bank)
    assert [(n, t) for _, n, t, _ in _said(BANK_GOVERNOR)] == [("Maria Okafor", "person")]
