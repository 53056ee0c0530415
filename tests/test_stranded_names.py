"""Names, roles and bodies the entity layer missed on fresh articles (session 57; each tree is
the shipped parser's for the invented sentence in its comment):

* '"We did not take this decision lightly," TVA President and CEO Mark Ellison told ...': the quote
  marks the parse hung on "President" hid the two titles joined before the name, so "TVA
  President" spoke, an organisation (titled_names.titles_joined_before_name: the phrase starts
  after them);
* '"Prices will rise," Lena Müller-Lüdenscheidt, an economist, said' and '"There will be young men
  willing to dig," Kofi Ansah-Boateng, ..., said': the name (a double-barrelled surname the
  tokenizer splits) hung inside the quote, so the quote and the name made one mixed quote with no
  speaker (new attribution/stranded_names.name_after_closing_quote);
* "Outside a factory, sewing machine operator Srey Pov, 29, said ...": "sewing" read as a
  participle clause with the title its object, no speaker (stranded_names.gerund_title_read_as_clause);
* "Sophie Delvaux, an MR MP, said ..." then '"...," she said': "MR" (the Belgian party) read as
  the courtesy title "Mr", so Delvaux was a man and "she" found nobody (names.gender_of and
  candidates._head_gender: a courtesy title written in capitals is an acronym);
* "His coach, the Italian Marco Benedetti, said": the role before the comma was lost with "the
  Italian" between it and the name (role_words.after_described);
* "Premiership Rugby said ..." after "a Premiership Rugby spokesperson", "Ryder Cup Europe director
  Simon Whitcombe", "The latest Gallup Poll found": people (new sources/body_evidence.py: a name
  with no given name first, written as the owner of a spokesperson or a post, or ending in a poll's
  noun, is a body's);
* "One of the plaintiffs, Darnell Hobbs, 38, says ...": the name, a conjunct of "plaintiffs" with no
  "and", was left inside the description, an anonymous speaker (double_subject.name_hung_inside_subject
  with tree_edits.apposed);
* "Lobstermen along Maine's coast say ..." in an article that names "The Maine Lobstermen's
  Association": "Lobstermen" taken for a one-word name, a person (opening_names._lone_name: a word
  before a possessive and a capitalised word is inside a body's name);
* reports lost: "The minister told parliament on Wednesday that talks with donors had stalled" and
  "... said on Wednesday that delays in paying suppliers had held up deliveries" with "that" a
  relative pronoun of the day (new attribution/time_relatives.py); "..., while organisers said more
  than 100,000 people had taken part" with "more" on the clause's verb, so the clause did not start
  right after the cue (listener_clauses._subject_start), and the organisers then given to the police
  named before "while" (spokespeople._organisation_before: not across a contrast in one sentence);
  "Angola plans to raise royalties ..., the mineral resources ministry said" with "plans" a noun
  (new attribution/intention_verbs.py);
* "Greenpeace Nordic has urged ..., which it says were carried out ...": a person, as nothing
  said what the name was (head_names.known_body_end: a known body's name opening it), and the
  narration before "which it says" taken for what "it" said (``trailing-cue``: not a cue in a
  relative clause; the pattern language's ``not`` now takes a list);
* "In Co Leitrim, Mary Gallagher, who ..., said": "Co" the speaker (trailing_speaker._bare_name_before:
  the name's last word, not a comma hung on it, is right before the verb);
* "Šaling, a former railway worker, said" after "KOZ president Ivan Šaling told": the surname
  tagged a verb heading a clause of "said", whose subject was the description (opening_names:
  a name the article writes mid-sentence is the subject, the description its apposition);
* "The group's chairman, retired GP Dr Martin Oduya, told": the name the complement of "retired",
  so the chairman spoke unnamed (stranded_names.name_under_participle);
* "..., said rising construction costs and the discovery of contaminated ground had forced
  engineers to ...": the report found was only its tail, "rising" an open complement of "said"
  (stranded_clauses.gerund_subject_read_as_complement: an "and" of the "-ing" phrase the parse gave
  the report's verb; or "costs" the modifier's noun, the first conjunct of the report's subject);
* "The prime minister added ..." after "the government of Prime Minister Nuno Carvalhal" and "Finance
  Minister Teresa Barroso Lima said": the finance minister, the only entity with a role yet
  (descriptions.role_holder: when no entity's role has the description's other words, the roles
  the article gave names are looked at too);
* "A council report published ahead of Monday's meeting warned": the report "Monday's"
  (documents._DOCUMENT_OWNER: not a compound preposition's "of");
* "Obama on Friday held an impromptu press briefing to brag that ...": "briefing" a participle on
  "press" holding the speech verb, so nobody spoke (new attribution/ing_nouns.py);
* '"To see the number of cases ... is stunning," since so many of the most important cases were
  decided by 5-to-4 votes, said Lee Epstein, ...': the "since" clause taken for the report and the
  quote left unattributed (stranded_clauses.reason_read_as_report; the quote's extent still runs
  on over the writer's clause: not fixed);
* "The proposed class-action suit, filed ... by Marcus Tillman, 38, who is serving a 20-year
  sentence ..., says": the suit's owner made an organisation, as "Marcus" is no given name the
  lexicon knows (documents: a name the article gives a role is a person's);
* "..., a government spokesman said on Thursday." then "Government spokesman Chhay Sophal told
  reporters ...": the lede's spokesman stayed an unnamed organisation source (delayed._name_next:
  the next sentence's name under the description's very words as its title is that person);
* "One, who asked not to be named because his club was still negotiating ..., was scathing.
  '...,' he said.": "he" went to the last person named (pronouns._turned_to and _described with
  role_words.one_who: "One" with a "who" clause is the person the article turned to), and the
  reason was not found (anonymity.ReasonFinder._introduction: "he"/"she" after a sentence that
  opens with "One");
* anonymous sources lost with their reports: "A legislative aide who spoke on the condition of
  anonymity because negotiations were ongoing said the governor's staff had spent ..." with "said" a
  second relative clause of "aide" (relative_roots.say_read_as_second_relative), and "An official
  ..., speaking on condition of anonymity because ..., said the authorities expected schools to see
  ..." with "expected" a reduced relative of "authorities" (stranded_clauses.report_read_as_reduced_relative);
* "Labor leaders said the fire showed that safety reforms introduced after the 2013 Rana Plaza
  building collapse, which killed more than 1,100 people, had never reached many smaller factories":
  the report cut before "had never reached" (stranded_clauses.predicate_torn_from_reduced_relative);
* acronyms: "the Indonesian Palm Oil Association, or GAPKI," then "Data from GAPKI show ..." and
  "The World DanceSport Federation ..." then "The WDSF said": the acronym spoke under its own
  name (head_names.spelled_out: ", or ACRONYM"; an acronym in capitals of the name in another
  language; acronym_names.spells: a word's inner capital);
* "..., according to motoring association ANWB, and police said they had arrested 14 people ...":
  "motoring" a verb, so "association" spoke (ing_nouns.ing_modifier_after_according), and the
  police's statement taken into what ANWB said (extent: a statement coordinated after the cue
  with a speaker of its own, joined to the clause the cue closes, is no part of it);
* "Thousands of Dutch farmers blocked motorways ... to protest against government plans ..., which
  they say could force thousands of farms to close": "blocked" an adjective of "motorways" and
  "Thousands" the root, so "they" found nobody (relative_roots.main_verb_read_as_modifier;
  pronouns._described with role_words.counted_noun: the farmers a count stands for), and "which"
  alone made a quote (extent.pieces);
* "One county chairman, who asked not to be named ..., said as many as eight counties were
  prepared to oppose the plan": no report, "as" its subordinator (modifier_moves.as_many_as_read_as_mark);
  "Late Tuesday, Odhiambo and ... said in a joint statement that talks with the union would resume":
  "Late Tuesday" the subject (openers.time_opener_read_as_subject: a weekday after "Late") and the
  report a relative clause of "statement" (time_relatives: a statement noun as well as a day);
* "The Indigenous Tribal Leaders' Forum, a Kuki-Zo group, denied ..." then "the forum said": a
  person "Forum", and "the forum" an unnamed one (``organization_words``: forum);
* 'She said the authority had "bet the house" on aviation ..., and that her group would table
  questions ...': the "and that" clause lost, the first report split in two complements by the parse
  (coordination.that_clause_conjunct: joined to the last complement before it);
* "Agriculture Minister Tesfaye Bekele told a news conference in the capital that farmers had
  produced enough wheat ...": "that" the object of "produced", a relative clause of "capital"
  (time_relatives.report_read_as_object_relative); "Taxi drivers and hotel owners in the town said
  ...": "Taxi" an imperative with "drivers" its object (ing_nouns.noun_read_as_imperative);
* "The Michigan Department of Environment, Great Lakes, and Energy, known as EGLE, said": "Great
  Lakes" a person
  (body_names._fields_after_body: a serial comma before the "and").
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import quote_records as _said
from source_helpers import quote_speakers as speakers
from source_helpers import resolve

# "We did not take this decision lightly," TVA President and CEO Mark Ellison told board members.
ELLISON: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##We", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("did", "do", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("take", "take", "VERB", 16, "ccomp", "VerbForm=Inf"),
    ("this", "this", "DET", 6, "det", "Number=Sing|PronType=Dem"),
    ("decision", "decision", "NOUN", 4, "obj", "Number=Sing"),
    ("lightly", "lightly", "ADV", 4, "advmod", "Degree=Pos"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("TVA", "TVA", "PROPN", 11, "compound", "Number=Sing"),
    ("President", "President", "PROPN", 16, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 14, "cc", ""),
    ("CEO", "CEO", "PROPN", 14, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 11, "conj", "Number=Sing"),
    ("Ellison", "Ellison", "PROPN", 11, "flat", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("board", "board", "NOUN", 18, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 16, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# "Prices will rise," Lena Müller-Lüdenscheidt, an economist, said.
MUELLER: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##Prices", "price", "NOUN", 3, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ('##"', '"', "PUNCT", 7, "punct", ""),
    ("Lena", "Lena", "PROPN", 7, "compound", "Number=Sing"),
    ("Müller", "Müller", "PROPN", 3, "obj", "Number=Sing"),
    ("##-", "-", "PUNCT", 7, "punct", ""),
    ("##Lüdenscheidt", "Lüdenscheidt", "PROPN", 7, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("an", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("economist", "economist", "NOUN", 7, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# "There will be young men willing to dig," Kofi Ansah-Boateng, a mining economist at the University of Ghana, said.
ANSAH: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##There", "there", "PRON", 3, "expl", ""),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 5, "cop", "VerbForm=Inf"),
    ("young", "young", "ADJ", 5, "amod", "Degree=Pos"),
    ("men", "man", "NOUN", 6, "nsubj", "Number=Plur"),
    ("willing", "willing", "ADJ", 25, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 8, "mark", ""),
    ("dig", "dig", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("Kofi", "Kofi", "PROPN", 12, "compound", "Number=Sing"),
    ("Ansah", "Ansah", "PROPN", 8, "obj", "Number=Sing"),
    ("##-", "-", "PUNCT", 12, "punct", ""),
    ("##Boateng", "Boateng", "PROPN", 12, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("mining", "mining", "VERB", 18, "amod", "VerbForm=Ger"),
    ("economist", "economist", "NOUN", 12, "appos", "Number=Sing"),
    ("at", "at", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 18, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 23, "case", ""),
    ("Ghana", "Ghana", "PROPN", 21, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 25, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 25, "punct", ""),
]

# Outside a factory, sewing machine operator Srey Pov, 29, said she earned about $250 a month.
SREY: list[FeatRow] = [
    ("Outside", "outside", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("factory", "factory", "NOUN", 12, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("sewing", "sew", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("machine", "machine", "NOUN", 6, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 4, "obj", "Number=Sing"),
    ("Srey", "Srey", "PROPN", 8, "compound", "Number=Sing"),
    ("Pov", "Pov", "PROPN", 6, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("29", "29", "NUM", 8, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 14, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("earned", "earn", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 16, "case", ""),
    ("$", "$", "SYM", 14, "obl", ""),
    ("##250", "250", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("month", "month", "NOUN", 16, "nummod", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Sophie Delvaux, an MR MP, said a tax was a red line for her party.
DELVAUX: list[FeatRow] = [
    ("Sophie", "Sophie", "PROPN", 1, "compound", "Number=Sing"),
    ("Delvaux", "Delvaux", "PROPN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("an", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("MR", "MR", "PROPN", 5, "compound", "Number=Sing"),
    ("MP", "MP", "PROPN", 0, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("tax", "tax", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("red", "red", "ADJ", 13, "amod", "Degree=Pos"),
    ("line", "line", "NOUN", 7, "ccomp", "Number=Sing"),
    ("for", "for", "ADP", 16, "case", ""),
    ("her", "her", "PRON", 16, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("party", "party", "NOUN", 13, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# "Belgium does not have a revenue problem," she said.
SHE_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##Belgium", "Belgium", "PROPN", 4, "nsubj", "Number=Sing"),
    ("does", "do", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("have", "have", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("revenue", "revenue", "NOUN", 7, "compound", "Number=Sing"),
    ("problem", "problem", "NOUN", 4, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("she", "she", "PRON", 11, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# His coach, the Italian Marco Benedetti, said the rules would punish the athletes.
COACH: list[FeatRow] = [
    ("His", "his", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("coach", "coach", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Italian", "Italian", "ADJ", 6, "amod", "Degree=Pos"),
    ("Marco", "Marco", "PROPN", 6, "compound", "Number=Sing"),
    ("Benedetti", "Benedetti", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 12, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("punish", "punish", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("athletes", "athlete", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Premiership Rugby said the fine would be distributed among the other clubs.
PREMIERSHIP: list[FeatRow] = [
    ("Premiership", "Premiership", "PROPN", 1, "compound", "Number=Sing"),
    ("Rugby", "Rugby", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("fine", "fine", "ADJ", 7, "nsubj:pass", "Degree=Pos"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 7, "aux:pass", "VerbForm=Inf"),
    ("distributed", "distribute", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("among", "among", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("other", "other", "ADJ", 11, "amod", "Degree=Pos"),
    ("clubs", "club", "NOUN", 7, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# "The cap protects the league," a Premiership Rugby spokesperson said.
SPOKESPERSON: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("cap", "cap", "NOUN", 3, "nsubj", "Number=Sing"),
    ("protects", "protect", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("league", "league", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("Premiership", "Premiership", "PROPN", 11, "compound", "Number=Sing"),
    ("Rugby", "Rugby", "PROPN", 11, "compound", "Number=Sing"),
    ("spokesperson", "spokesperson", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# The latest Gallup Poll found that most voters opposed the plan.
GALLUP: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("latest", "late", "ADJ", 3, "amod", "Degree=Sup"),
    ("Gallup", "Gallup", "PROPN", 3, "compound", "Number=Sing"),
    ("Poll", "poll", "PROPN", 4, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("most", "most", "ADJ", 7, "amod", "Degree=Sup"),
    ("voters", "voter", "NOUN", 8, "nsubj", "Number=Plur"),
    ("opposed", "oppose", "VERB", 4, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The Michigan Department of Environment, Great Lakes, and Energy, known as EGLE, said the rules remain enforceable.
EGLE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Michigan", "Michigan", "ADJ", 2, "amod", "Degree=Pos"),
    ("Department", "Department", "PROPN", 16, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Environment", "environment", "PROPN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Great", "great", "ADJ", 7, "amod", "Degree=Pos"),
    ("Lakes", "Lake", "PROPN", 2, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Energy", "Energy", "PROPN", 4, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("known", "know", "VERB", 16, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "ADP", 14, "case", ""),
    ("EGLE", "EGLE", "PROPN", 12, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 19, "nsubj", "Number=Plur"),
    ("remain", "remain", "VERB", 16, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("enforceable", "enforceable", "ADJ", 19, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# Premiership Rugby director Simon Whitcombe said the process was fair.
WHITCOMBE: list[FeatRow] = [
    ("Premiership", "Premiership", "PROPN", 2, "compound", "Number=Sing"),
    ("Rugby", "Rugby", "PROPN", 2, "compound", "Number=Sing"),
    ("director", "director", "NOUN", 5, "nsubj", "Number=Sing"),
    ("Simon", "Simon", "PROPN", 4, "compound", "Number=Sing"),
    ("Whitcombe", "Whitcombe", "PROPN", 0, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("process", "process", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 5, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# One of the plaintiffs, Darnell Hobbs, 38, says that he has slept on a thin mat.
HOBBS: list[FeatRow] = [
    ("One", "one", "NUM", 10, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("plaintiffs", "plaintiff", "NOUN", 0, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("Darnell", "Darnell", "PROPN", 6, "compound", "Number=Sing"),
    ("Hobbs", "Hobbs", "PROPN", 3, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("38", "38", "NUM", 6, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("has", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("slept", "sleep", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("on", "on", "ADP", 18, "case", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("thin", "thin", "ADJ", 18, "amod", "Degree=Pos"),
    ("mat", "mat", "NOUN", 14, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# Lobstermen brace for new right whale rules
LOBSTERMEN: list[FeatRow] = [
    ("Lobstermen", "lobstermen", "NOUN", 1, "compound", "Number=Sing"),
    ("brace", "brace", "NOUN", -1, "root", "Number=Sing"),
    ("for", "for", "ADP", 6, "case", ""),
    ("new", "new", "ADJ", 6, "amod", "Degree=Pos"),
    ("right", "right", "ADJ", 6, "amod", "Degree=Pos"),
    ("whale", "whale", "NOUN", 6, "compound", "Number=Sing"),
    ("rules", "rule", "NOUN", 1, "nmod", "Number=Plur"),
]

# Lobstermen along Maine's coast say the rules could force some of them off the water.
LOBSTERMEN_2: list[FeatRow] = [
    ("Lobstermen", "lobstermen", "NOUN", 5, "nsubj", "Number=Sing"),
    ("along", "along", "ADP", 4, "case", ""),
    ("Maine", "Maine", "PROPN", 4, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 2, "case", ""),
    ("coast", "coast", "NOUN", 0, "nmod", "Number=Sing"),
    ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 9, "nsubj", "Number=Plur"),
    ("could", "could", "AUX", 9, "aux", "VerbForm=Fin"),
    ("force", "force", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("some", "some", "DET", 9, "obj", "PronType=Ind"),
    ("of", "of", "ADP", 12, "case", ""),
    ("them", "they", "PRON", 10, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("off", "off", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The Maine Lobstermen's Association said in a statement that the agency was wrong.
LOBSTERMEN_3: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Maine", "Maine", "PROPN", 2, "compound", "Number=Sing"),
    ("Lobstermen", "Lobstermen", "PROPN", 4, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 2, "case", ""),
    ("Association", "Association", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wrong", "wrong", "ADJ", 8, "acl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# The minister told parliament on Wednesday that talks with donors had stalled.
TALKS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("parliament", "parliament", "NOUN", 2, "obj", "Number=Sing"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 3, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("talks", "talk", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("with", "with", "ADP", 9, "case", ""),
    ("donors", "donor", "NOUN", 7, "obl", "Number=Plur"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("stalled", "stall", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The minister said on Wednesday that delays in paying suppliers had held up deliveries.
DELAYS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 6, "nsubj", "PronType=Rel"),
    ("delays", "delay", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "SCONJ", 8, "mark", ""),
    ("paying", "pay", "VERB", 6, "advcl", "VerbForm=Ger"),
    ("suppliers", "supplier", "NOUN", 11, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("held", "hold", "VERB", 6, "advcl", "Tense=Past|VerbForm=Part"),
    ("up", "up", "ADP", 11, "compound:prt", ""),
    ("deliveries", "delivery", "NOUN", 11, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Police estimated the crowd at 24,000, while organisers said more than 100,000 people had taken part.
ORGANISERS: list[FeatRow] = [
    ("Police", "Police", "PROPN", 1, "nsubj", "Number=Sing"),
    ("estimated", "estimate", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("crowd", "crowd", "NOUN", 1, "obj", "Number=Sing"),
    ("at", "at", "ADP", 5, "case", ""),
    ("24,000", "24000", "NUM", 1, "obl", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("while", "while", "SCONJ", 9, "mark", ""),
    ("organisers", "organiser", "NOUN", 9, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", 1, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 15, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 12, "case", ""),
    ("100,000", "100000", "NUM", 13, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 15, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("taken", "take", "VERB", 1, "conj", "Tense=Past|VerbForm=Part"),
    ("part", "part", "NOUN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Angola plans to raise royalties on diamond sales from next year, the mineral resources ministry said on Tuesday.
ANGOLA: list[FeatRow] = [
    ("Angola", "Angola", "PROPN", 1, "compound", "Number=Sing"),
    ("plans", "plan", "NOUN", 16, "nsubj", "Number=Plur"),
    ("to", "to", "PART", 3, "mark", ""),
    ("raise", "raise", "VERB", 1, "acl", "VerbForm=Inf"),
    ("royalties", "royalty", "NOUN", 3, "obj", "Number=Plur"),
    ("on", "on", "ADP", 7, "case", ""),
    ("diamond", "diamond", "NOUN", 7, "compound", "Number=Sing"),
    ("sales", "sale", "NOUN", 3, "obl", "Number=Plur"),
    ("from", "from", "ADP", 10, "case", ""),
    ("next", "next", "ADJ", 10, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("mineral", "mineral", "NOUN", 15, "compound", "Number=Sing"),
    ("resources", "resource", "NOUN", 15, "compound", "Number=Plur"),
    ("ministry", "ministry", "NOUN", 16, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 18, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 16, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# Greenpeace Nordic has urged Finland to delay disposal until independent scientists have reviewed the tests, which it says were carried out in conditions that were too favourable.
NORDIC: list[FeatRow] = [
    ("Greenpeace", "Greenpeace", "PROPN", 1, "compound", "Number=Sing"),
    ("Nordic", "Nordic", "PROPN", 3, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("urged", "urge", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("Finland", "Finland", "PROPN", 3, "obj", "Number=Sing"),
    ("to", "to", "PART", 6, "mark", ""),
    ("delay", "delay", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("disposal", "disposal", "NOUN", 6, "obj", "Number=Sing"),
    ("until", "until", "SCONJ", 12, "mark", ""),
    ("independent", "independent", "ADJ", 10, "amod", "Degree=Pos"),
    ("scientists", "scientist", "NOUN", 12, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("reviewed", "review", "VERB", 6, "advcl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("tests", "test", "NOUN", 12, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("which", "which", "PRON", 20, "nsubj:pass", "PronType=Rel"),
    ("it", "it", "PRON", 18, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("says", "say", "VERB", 12, "advcl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("were", "be", "AUX", 20, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("carried", "carry", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("out", "out", "ADP", 20, "compound:prt", ""),
    ("in", "in", "ADP", 23, "case", ""),
    ("conditions", "condition", "NOUN", 20, "obl", "Number=Plur"),
    ("that", "that", "PRON", 27, "nsubj", "PronType=Rel"),
    ("were", "be", "AUX", 27, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("too", "too", "ADV", 27, "advmod", ""),
    ("favourable", "favourable", "ADJ", 23, "acl:relcl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# In Co Leitrim, Mary Gallagher, who runs a craft business from her home near Drumshanbo, said she had been told three times.
LEITRIM: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("Co", "Co", "PROPN", 18, "obl", "Number=Sing"),
    ("Leitrim", "Leitrim", "PROPN", 18, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Mary", "Mary", "PROPN", 5, "compound", "Number=Sing"),
    ("Gallagher", "Gallagher", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("runs", "run", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("craft", "craft", "NOUN", 11, "compound", "Number=Sing"),
    ("business", "business", "NOUN", 8, "obj", "Number=Sing"),
    ("from", "from", "ADP", 14, "case", ""),
    ("her", "her", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("home", "home", "NOUN", 11, "nmod", "Number=Sing"),
    ("near", "near", "ADP", 16, "case", ""),
    ("Drumshanbo", "Drumshanbo", "PROPN", 14, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 22, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 22, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("told", "tell", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("three", "three", "NUM", 24, "nummod", "NumForm=Word|NumType=Card"),
    ("times", "time", "NOUN", 22, "obl:unmarked", "Number=Plur"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# "The government is asking people to pay," KOZ president Ivan Šaling told the crowd.
SALING: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("asking", "ask", "VERB", 14, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("people", "person", "NOUN", 4, "obj", "Number=Plur"),
    ("to", "to", "PART", 7, "mark", ""),
    ("pay", "pay", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 13, "punct", ""),
    ("KOZ", "KOZ", "PROPN", 11, "compound", "Number=Sing"),
    ("president", "president", "NOUN", 13, "compound", "Number=Sing"),
    ("Ivan", "Ivan", "PROPN", 13, "compound", "Number=Sing"),
    ("Šaling", "Šaling", "PROPN", 14, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("crowd", "crowd", "NOUN", 14, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Šaling, a former railway worker, said the union would consider a general strike.
SALING_AGAIN: list[FeatRow] = [
    ("Šaling", "Šale", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 5, "amod", "Degree=Pos"),
    ("railway", "railway", "NOUN", 5, "compound", "Number=Sing"),
    ("worker", "worker", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 11, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("consider", "consider", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("general", "general", "ADJ", 14, "amod", "Degree=Pos"),
    ("strike", "strike", "NOUN", 11, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# The group’s chairman, retired GP Dr Martin Oduya, told the Telegraph that the plan was bad.
ODUYA: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 3, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 1, "case", ""),
    ("chairman", "chairman", "NOUN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("retired", "retire", "VERB", 3, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("GP", "GP", "PROPN", 9, "compound", "Number=Sing"),
    ("Dr", "Dr", "PROPN", 9, "compound", "Number=Sing"),
    ("Martin", "Martin", "PROPN", 9, "compound", "Number=Sing"),
    ("Oduya", "Oduya", "PROPN", 5, "xcomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("Telegraph", "Telegraph", "PROPN", 11, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 18, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 18, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("bad", "bad", "ADJ", 13, "acl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Helen Maddox, the agency’s flood risk manager, said rising construction costs and the discovery of contaminated ground had forced engineers to redesign parts of the work.
MADDOX: list[FeatRow] = [
    ("Helen", "Helen", "PROPN", 1, "compound", "Number=Sing"),
    ("Maddox", "Maddox", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 8, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 4, "case", ""),
    ("flood", "flood", "NOUN", 8, "compound", "Number=Sing"),
    ("risk", "risk", "NOUN", 8, "compound", "Number=Sing"),
    ("manager", "manager", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rising", "rise", "VERB", 10, "xcomp", "VerbForm=Ger"),
    ("construction", "construction", "NOUN", 13, "compound", "Number=Sing"),
    ("costs", "cost", "NOUN", 11, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 21, "cc", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("discovery", "discovery", "NOUN", 21, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 19, "case", ""),
    ("contaminated", "contaminate", "VERB", 19, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("ground", "ground", "NOUN", 16, "nmod", "Number=Sing"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("forced", "force", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("engineers", "engineer", "NOUN", 21, "obj", "Number=Plur"),
    ("to", "to", "PART", 24, "mark", ""),
    ("redesign", "redesign", "VERB", 21, "advcl", "VerbForm=Inf"),
    ("parts", "part", "NOUN", 24, "obj", "Number=Plur"),
    ("of", "of", "ADP", 28, "case", ""),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("work", "work", "NOUN", 25, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# In an update to Cumberland Council’s scrutiny panel on Tuesday, Helen Maddox, the agency’s flood risk manager for Cumbria, said rising construction costs and the discovery of contaminated ground near Warwick Road had forced engineers to redesign parts of the work.
MADDOX_UPDATE: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("update", "update", "NOUN", 24, "obl", "Number=Sing"),
    ("to", "to", "ADP", 8, "case", ""),
    ("Cumberland", "Cumberland", "PROPN", 5, "compound", "Number=Sing"),
    ("Council", "Council", "PROPN", 8, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 5, "case", ""),
    ("scrutiny", "scrutiny", "NOUN", 8, "compound", "Number=Sing"),
    ("panel", "panel", "NOUN", 2, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("Helen", "Helen", "PROPN", 10, "conj", "Number=Sing"),
    ("Maddox", "Maddox", "PROPN", 10, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 20, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 16, "case", ""),
    ("flood", "flood", "NOUN", 20, "compound", "Number=Sing"),
    ("risk", "risk", "NOUN", 20, "compound", "Number=Sing"),
    ("manager", "manager", "NOUN", 24, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 22, "case", ""),
    ("Cumbria", "Cumbria", "PROPN", 20, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rising", "rise", "VERB", 24, "xcomp", "VerbForm=Ger"),
    ("construction", "construction", "NOUN", 27, "compound", "Number=Sing"),
    ("costs", "cost", "NOUN", 25, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 38, "cc", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("discovery", "discovery", "NOUN", 27, "conj", "Number=Sing"),
    ("of", "of", "ADP", 33, "case", ""),
    ("contaminated", "contaminate", "VERB", 33, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("ground", "ground", "NOUN", 30, "nmod", "Number=Sing"),
    ("near", "near", "ADP", 35, "case", ""),
    ("Warwick", "Warwick", "PROPN", 33, "nmod", "Number=Sing"),
    ("Road", "Road", "PROPN", 30, "nmod", "Number=Sing"),
    ("had", "have", "AUX", 38, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("forced", "force", "VERB", 24, "ccomp", "Tense=Past|VerbForm=Part"),
    ("engineers", "engineer", "NOUN", 38, "obj", "Number=Plur"),
    ("to", "to", "PART", 41, "mark", ""),
    ("redesign", "redesign", "VERB", 38, "advcl", "VerbForm=Inf"),
    ("parts", "part", "NOUN", 41, "obj", "Number=Plur"),
    ("of", "of", "ADP", 45, "case", ""),
    ("the", "the", "DET", 45, "det", "Definite=Def|PronType=Art"),
    ("work", "work", "NOUN", 42, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 24, "punct", ""),
]

# The Democratic Alliance government of Prime Minister Nuno Carvalhal needs the support of at least one opposition party to pass the budget.
PRIME: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Democratic", "Democratic", "ADJ", 3, "amod", "Degree=Pos"),
    ("Alliance", "Alliance", "PROPN", 3, "compound", "Number=Sing"),
    ("government", "government", "NOUN", 9, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("Prime", "Prime", "ADJ", 8, "amod", "Degree=Pos"),
    ("Minister", "Minister", "PROPN", 8, "compound", "Number=Sing"),
    ("Nuno", "Nuno", "PROPN", 8, "compound", "Number=Sing"),
    ("Carvalhal", "Carvalhal", "PROPN", 3, "nmod", "Number=Sing"),
    ("needs", "need", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("support", "support", "NOUN", 9, "obj", "Number=Sing"),
    ("of", "of", "ADP", 17, "case", ""),
    ("at", "at", "ADP", 17, "case", ""),
    ("least", "least", "ADJ", 17, "nummod", "Degree=Sup"),
    ("one", "one", "NUM", 17, "nummod", "NumForm=Word|NumType=Card"),
    ("opposition", "opposition", "NOUN", 17, "compound", "Number=Sing"),
    ("party", "party", "NOUN", 11, "nmod", "Number=Sing"),
    ("to", "to", "PART", 19, "mark", ""),
    ("pass", "pass", "VERB", 17, "acl", "VerbForm=Inf"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 19, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Finance Minister Teresa Barroso Lima said the budget was prudent.
PRIME_2: list[FeatRow] = [
    ("Finance", "Finance", "PROPN", 4, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 4, "compound", "Number=Sing"),
    ("Teresa", "Teresa", "PROPN", 4, "compound", "Number=Sing"),
    ("Barroso", "Barroso", "PROPN", 4, "compound", "Number=Sing"),
    ("Lima", "Lima", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("prudent", "prudent", "ADJ", 5, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Carvalhal and Barroso Lima told reporters that they hoped the budget would be approved.
PRIME_3: list[FeatRow] = [
    ("Carvalhal", "Carvalhal", "PROPN", 4, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 2, "cc", ""),
    ("Barroso", "Barroso", "PROPN", 0, "conj", "Number=Sing"),
    ("Lima", "Lima", "PROPN", 0, "conj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 4, "iobj", "Number=Plur"),
    ("that", "that", "PRON", 8, "obj", "PronType=Rel"),
    ("they", "they", "PRON", 8, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("hoped", "hope", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 13, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 13, "aux:pass", "VerbForm=Inf"),
    ("approved", "approve", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The prime minister added that the government remained open to dialogue.
PRIME_4: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("prime", "prime", "ADJ", 2, "amod", "Degree=Pos"),
    ("minister", "minister", "NOUN", 3, "nsubj", "Number=Sing"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 7, "nsubj", "Number=Sing"),
    ("remained", "remain", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("open", "open", "ADJ", 7, "xcomp", "Degree=Pos"),
    ("to", "to", "PART", 10, "mark", ""),
    ("dialogue", "dialogue", "VERB", 8, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# A council report published ahead of Monday’s meeting warned that franchising could expose the authority to risk.
AHEAD: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("council", "council", "NOUN", 2, "compound", "Number=Sing"),
    ("report", "report", "NOUN", 3, "nsubj", "Number=Sing"),
    ("published", "publish", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("ahead", "ahead", "ADV", 3, "advmod", ""),
    ("of", "of", "ADP", 8, "case", ""),
    ("Monday", "Monday", "PROPN", 8, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 6, "case", ""),
    ("meeting", "meeting", "NOUN", 3, "obl", "Number=Sing"),
    ("warned", "warn", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("franchising", "franchising", "NOUN", 13, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 13, "aux", "VerbForm=Fin"),
    ("expose", "expose", "VERB", 9, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 13, "obj", "Number=Sing"),
    ("to", "to", "PART", 17, "mark", ""),
    ("risk", "risk", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# Obama on Friday held an impromptu press briefing to brag that the unemployment rate has fallen below 5 percent.
BRIEFING: list[FeatRow] = [
    ("Obama", "Obama", "PROPN", 3, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 2, "case", ""),
    ("Friday", "Friday", "PROPN", 0, "nmod", "Number=Sing"),
    ("held", "hold", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("impromptu", "impromptu", "NOUN", 6, "compound", "Number=Sing"),
    ("press", "press", "NOUN", 3, "obj", "Number=Sing"),
    ("briefing", "briefing", "VERB", 6, "acl", "VerbForm=Ger"),
    ("to", "to", "PART", 9, "mark", ""),
    ("brag", "brag", "VERB", 7, "xcomp", "VerbForm=Inf"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("unemployment", "unemployment", "NOUN", 13, "compound", "Number=Sing"),
    ("rate", "rate", "NOUN", 15, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 15, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fallen", "fall", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("below", "below", "ADV", 18, "advmod", ""),
    ("5", "5", "NUM", 18, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# "To see the number of cases that could change with this appointee is stunning," since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who teaches constitutional law at Washington University in St. Louis.
SINCE: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##To", "to", "PART", 2, "mark", ""),
    ("see", "see", "VERB", 35, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("number", "number", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("cases", "case", "NOUN", 4, "nmod", "Number=Plur"),
    ("that", "that", "PRON", 9, "nsubj", "PronType=Rel"),
    ("could", "could", "AUX", 9, "aux", "VerbForm=Fin"),
    ("change", "change", "VERB", 6, "acl:relcl", "VerbForm=Inf"),
    ("with", "with", "ADP", 12, "case", ""),
    ("this", "this", "DET", 12, "det", "Number=Sing|PronType=Dem"),
    ("appointee", "appointee", "NOUN", 9, "obl", "Number=Sing"),
    ("is", "be", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("stunning", "stun", "VERB", 9, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("##,", ",", "PUNCT", 26, "punct", ""),
    ('##"', '"', "PUNCT", 14, "punct", ""),
    ("since", "since", "SCONJ", 26, "mark", ""),
    ("so", "so", "ADV", 26, "advmod", ""),
    ("many", "many", "ADJ", 26, "nsubj:pass", "Degree=Pos"),
    ("of", "of", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("most", "most", "ADV", 23, "advmod", "Degree=Sup"),
    ("important", "important", "ADJ", 24, "amod", "Degree=Pos"),
    ("cases", "case", "NOUN", 19, "nmod", "Number=Plur"),
    ("were", "be", "AUX", 26, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("decided", "decide", "VERB", 35, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 28, "case", ""),
    ("5", "5", "NUM", 26, "obl", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "SYM", 33, "case", ""),
    ("##to", "to", "ADP", 33, "case", ""),
    ("##-", "-", "SYM", 32, "case", ""),
    ("##4", "4", "NUM", 33, "nummod", "NumForm=Digit|NumType=Card"),
    ("votes", "vote", "NOUN", 26, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 35, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Lee", "Lee", "PROPN", 37, "compound", "Number=Sing"),
    ("Epstein", "Epstein", "PROPN", 35, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 40, "punct", ""),
    ("who", "who", "PRON", 40, "nsubj", "PronType=Rel"),
    ("teaches", "teach", "VERB", 35, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("constitutional", "constitutional", "ADJ", 42, "amod", "Degree=Pos"),
    ("law", "law", "NOUN", 40, "obj", "Number=Sing"),
    ("at", "at", "ADP", 45, "case", ""),
    ("Washington", "Washington", "PROPN", 45, "compound", "Number=Sing"),
    ("University", "University", "PROPN", 40, "obl", "Number=Sing"),
    ("in", "in", "ADP", 48, "case", ""),
    ("St.", "St.", "PROPN", 48, "compound", "Number=Sing"),
    ("Louis", "Louis", "PROPN", 45, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 35, "punct", ""),
]

# The proposed class-action suit, filed Tuesday in U.S. District Court in Little Rock by Marcus Tillman, 38, who is serving a 20-year sentence for aggravated robbery, says field crews are made to pick vegetables with "little water, no shade and no choice."
TILLMAN: list[FeatRow] = [
    ("The", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("proposed", "propose", "VERB", 5, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("class", "class", "NOUN", 4, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 2, "punct", ""),
    ("##action", "action", "NOUN", 5, "compound", "Number=Sing"),
    ("suit", "suit", "NOUN", 34, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("filed", "file", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Tuesday", "Tuesday", "PROPN", 7, "obj", "Number=Sing"),
    ("in", "in", "ADP", 12, "case", ""),
    ("U.S.", "U.S.", "PROPN", 12, "compound", "Number=Sing"),
    ("District", "District", "PROPN", 12, "compound", "Number=Sing"),
    ("Court", "Court", "PROPN", 7, "obl", "Number=Sing"),
    ("in", "in", "ADP", 15, "case", ""),
    ("Little", "Little", "ADJ", 15, "amod", "Degree=Pos"),
    ("Rock", "Rock", "PROPN", 12, "nmod", "Number=Sing"),
    ("by", "by", "ADP", 18, "case", ""),
    ("Marcus", "Marcus", "PROPN", 18, "compound", "Number=Sing"),
    ("Tillman", "Tillman", "PROPN", 15, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("38", "38", "NUM", 18, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("who", "who", "PRON", 24, "nsubj", "PronType=Rel"),
    ("is", "be", "AUX", 24, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("serving", "serve", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("20", "20", "NUM", 28, "nummod", "NumForm=Digit|NumType=Card"),
    ("##-", "-", "PUNCT", 26, "punct", ""),
    ("##year", "year", "NOUN", 29, "compound", "Number=Sing"),
    ("sentence", "sentence", "NOUN", 24, "obj", "Number=Sing"),
    ("for", "for", "ADP", 32, "case", ""),
    ("aggravated", "aggravate", "VERB", 32, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("robbery", "robbery", "NOUN", 29, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 34, "punct", ""),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("field", "field", "NOUN", 36, "compound", "Number=Sing"),
    ("crews", "crew", "NOUN", 38, "nsubj:pass", "Number=Plur"),
    ("are", "be", "AUX", 38, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("made", "make", "VERB", 34, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 40, "mark", ""),
    ("pick", "pick", "VERB", 38, "xcomp", "VerbForm=Inf"),
    ("vegetables", "vegetable", "NOUN", 40, "obj", "Number=Plur"),
    ("with", "with", "ADP", 45, "case", ""),
    ('"', '"', "PUNCT", 45, "punct", ""),
    ("##little", "little", "ADJ", 45, "amod", "Degree=Pos"),
    ("water", "water", "NOUN", 40, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 48, "punct", ""),
    ("no", "no", "DET", 48, "det", "PronType=Neg"),
    ("shade", "shade", "NOUN", 45, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 51, "cc", ""),
    ("no", "no", "DET", 51, "det", "PronType=Neg"),
    ("choice", "choice", "NOUN", 48, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 38, "punct", ""),
    ('##"', '"', "PUNCT", 38, "punct", ""),
]

# Cambodian police raided three compounds this week and freed more than 700 foreign nationals, a government spokesman said on Thursday.
SPOKESMAN_LEDE: list[FeatRow] = [
    ("Cambodian", "cambodian", "ADJ", 1, "amod", "Degree=Pos"),
    ("police", "police", "NOUN", 2, "nsubj", "Number=Sing"),
    ("raided", "raid", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("three", "three", "NUM", 4, "nummod", "NumForm=Word|NumType=Card"),
    ("compounds", "compound", "NOUN", 2, "obj", "Number=Plur"),
    ("this", "this", "DET", 6, "det", "Number=Sing|PronType=Dem"),
    ("week", "week", "NOUN", 2, "obl:unmarked", "Number=Sing"),
    ("and", "and", "CCONJ", 8, "cc", ""),
    ("freed", "fre", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 8, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 13, "case", ""),
    ("700", "700", "NUM", 13, "nummod", "NumForm=Digit|NumType=Card"),
    ("foreign", "foreign", "ADJ", 13, "amod", "Degree=Pos"),
    ("nationals", "national", "NOUN", 8, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("government", "government", "NOUN", 17, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 18, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 20, "case", ""),
    ("Thursday", "Thursday", "PROPN", 18, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Government spokesman Chhay Sophal told reporters in Phnom Penh that those rescued included citizens of China and Kenya.
SPOKESMAN_LEDE_2: list[FeatRow] = [
    ("Government", "government", "NOUN", 1, "compound", "Number=Sing"),
    ("spokesman", "spokesman", "NOUN", 3, "compound", "Number=Sing"),
    ("Chhay", "Chhay", "PROPN", 3, "compound", "Number=Sing"),
    ("Sophal", "Sophal", "PROPN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 4, "iobj", "Number=Plur"),
    ("in", "in", "ADP", 8, "case", ""),
    ("Phnom", "Phnom", "PROPN", 8, "compound", "Number=Sing"),
    ("Penh", "Penh", "PROPN", 5, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("those", "that", "PRON", 11, "nsubj", "Number=Plur|PronType=Dem"),
    ("rescued", "rescue", "VERB", 13, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("included", "include", "VERB", 13, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("citizens", "citizen", "NOUN", 5, "nmod", "Number=Plur"),
    ("of", "of", "ADP", 15, "case", ""),
    ("China", "China", "PROPN", 13, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 17, "cc", ""),
    ("Kenya", "Kenya", "PROPN", 15, "conj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Tom Kendrick, the PCA's director of cricket operations, said players were worried.
ONE_WHO: list[FeatRow] = [
    ("Tom", "Tom", "PROPN", 1, "compound", "Number=Sing"),
    ("Kendrick", "Kendrick", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("PCA", "PCA", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("director", "director", "NOUN", 11, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("cricket", "cricket", "NOUN", 9, "compound", "Number=Sing"),
    ("operations", "operation", "NOUN", 6, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("players", "player", "NOUN", 14, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 14, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("worried", "worry", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Several county directors of cricket said the plans would make it harder to develop young bowlers.
ONE_WHO_2: list[FeatRow] = [
    ("Several", "several", "ADJ", 2, "amod", "Degree=Pos"),
    ("county", "county", "NOUN", 2, "compound", "Number=Sing"),
    ("directors", "director", "NOUN", 5, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 4, "case", ""),
    ("cricket", "cricket", "NOUN", 2, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("plans", "plan", "NOUN", 9, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("make", "make", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("it", "it", "PRON", 9, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("harder", "hard", "ADJ", 9, "xcomp", "Degree=Cmp"),
    ("to", "to", "PART", 13, "mark", ""),
    ("develop", "develop", "VERB", 9, "advcl", "VerbForm=Inf"),
    ("young", "young", "ADJ", 15, "amod", "Degree=Pos"),
    ("bowlers", "bowler", "NOUN", 13, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# One, who asked not to be named because his club was still negotiating with the ECB, was scathing.
ONE_WHO_3: list[FeatRow] = [
    ("One", "one", "NUM", 19, "nsubj", "NumForm=Word|NumType=Card"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 19, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 3, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 7, "mark", ""),
    ("be", "be", "AUX", 7, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 3, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 13, "mark", ""),
    ("his", "his", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("club", "club", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("still", "still", "ADV", 13, "advmod", ""),
    ("negotiating", "negotiate", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("with", "with", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("ECB", "ECB", "PROPN", 13, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("was", "be", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("scathing", "scath", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]

# "It feels like the Championship is being treated as something to fill the gaps," he said.
ONE_WHO_4: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##It", "it", "PRON", 2, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("feels", "feel", "VERB", 18, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("like", "like", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Championship", "Championship", "PROPN", 8, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("being", "be", "AUX", 8, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("treated", "treat", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "SCONJ", 12, "mark", ""),
    ("something", "something", "PRON", 8, "obl", "Number=Sing|PronType=Ind"),
    ("to", "to", "PART", 12, "mark", ""),
    ("fill", "fill", "VERB", 8, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("gaps", "gap", "NOUN", 12, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 8, "punct", ""),
    ("he", "he", "PRON", 18, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]

# A legislative aide who spoke on the condition of anonymity because negotiations were ongoing said the governor's staff had spent much of Tuesday night meeting one-on-one with undecided senators.
AIDE: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("legislative", "legislative", "ADJ", 2, "amod", "Degree=Pos"),
    ("aide", "aide", "NOUN", 20, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("spoke", "speak", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("condition", "condition", "NOUN", 4, "obl", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("anonymity", "anonymity", "NOUN", 7, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 13, "mark", ""),
    ("negotiations", "negotiation", "NOUN", 13, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 13, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("ongoing", "ongoing", "VERB", 4, "advcl", "Tense=Pres|VerbForm=Part"),
    ("said", "say", "VERB", 2, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 18, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 16, "case", ""),
    ("staff", "staff", "NOUN", 20, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 20, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("spent", "spend", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("much", "much", "ADJ", 20, "obj", "Degree=Pos"),
    ("of", "of", "ADP", 24, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 24, "compound", "Number=Sing"),
    ("night", "night", "NOUN", 21, "nmod", "Number=Sing"),
    ("meeting", "meet", "VERB", 20, "advcl", "VerbForm=Ger"),
    ("one", "one", "NUM", 30, "compound", "NumForm=Word|NumType=Card"),
    ("##-", "-", "PUNCT", 28, "punct", ""),
    ("##on", "on", "ADP", 30, "case", ""),
    ("##-", "-", "PUNCT", 28, "punct", ""),
    ("##one", "one", "NUM", 25, "obl", "NumForm=Word|NumType=Card"),
    ("with", "with", "ADP", 33, "case", ""),
    ("undecided", "undecided", "VERB", 33, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("senators", "senator", "NOUN", 30, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]

# An official at the governor's office in Bamenda, speaking on condition of anonymity because he was not authorised to speak to the press, said the authorities expected schools to see a gradual return.
BAMENDA: list[FeatRow] = [
    ("An", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("official", "official", "NOUN", 26, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 6, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("office", "office", "NOUN", 1, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("Bamenda", "Bamenda", "PROPN", 6, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("speaking", "speak", "VERB", 26, "advcl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 12, "case", ""),
    ("condition", "condition", "NOUN", 10, "obl", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("anonymity", "anonymity", "NOUN", 12, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 19, "mark", ""),
    ("he", "he", "PRON", 19, "nsubj:pass", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 19, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 19, "advmod", "Polarity=Neg"),
    ("authorised", "authorise", "VERB", 26, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 21, "mark", ""),
    ("speak", "speak", "VERB", 19, "xcomp", "VerbForm=Inf"),
    ("to", "to", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("press", "press", "NOUN", 21, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("authorities", "authority", "NOUN", 26, "nsubj", "Number=Plur"),
    ("expected", "expect", "VERB", 28, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("schools", "school", "NOUN", 29, "obj", "Number=Plur"),
    ("to", "to", "PART", 32, "mark", ""),
    ("see", "see", "VERB", 29, "advcl", "VerbForm=Inf"),
    ("a", "a", "DET", 35, "det", "Definite=Ind|PronType=Art"),
    ("gradual", "gradual", "ADJ", 35, "amod", "Degree=Pos"),
    ("return", "return", "NOUN", 32, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 26, "punct", ""),
]

# Labor leaders said the fire showed that safety reforms introduced after the 2013 Rana Plaza building collapse, which killed more than 1,100 people, had never reached many smaller factories.
RANA: list[FeatRow] = [
    ("Labor", "Labor", "PROPN", 1, "compound", "Number=Sing"),
    ("leaders", "leader", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("fire", "fire", "NOUN", 5, "nsubj", "Number=Sing"),
    ("showed", "show", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("safety", "safety", "NOUN", 8, "compound", "Number=Sing"),
    ("reforms", "reform", "NOUN", 9, "nsubj", "Number=Plur"),
    ("introduced", "introduce", "VERB", 5, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("after", "after", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("2013", "2013", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("Rana", "Rana", "PROPN", 16, "compound", "Number=Sing"),
    ("Plaza", "Plaza", "PROPN", 16, "compound", "Number=Sing"),
    ("building", "building", "NOUN", 16, "compound", "Number=Sing"),
    ("collapse", "collapse", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("which", "which", "PRON", 19, "nsubj", "PronType=Rel"),
    ("killed", "kill", "VERB", 16, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 19, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 23, "case", ""),
    ("1,100", "1100", "NUM", 23, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 19, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("had", "have", "AUX", 27, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("never", "never", "ADV", 27, "advmod", "PronType=Neg"),
    ("reached", "reach", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("many", "many", "ADJ", 30, "amod", "Degree=Pos"),
    ("smaller", "small", "ADJ", 30, "amod", "Degree=Cmp"),
    ("factories", "factory", "NOUN", 27, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Joko Supriyadi, chairman of the Indonesian Palm Oil Association, or GAPKI, said a higher levy would squeeze smallholder farmers.
GAPKI: list[FeatRow] = [
    ("Joko", "Joko", "PROPN", 1, "compound", "Number=Sing"),
    ("Supriyadi", "Supriyadi", "PROPN", 14, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("chairman", "chairman", "NOUN", 1, "appos", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Indonesian", "Indonesian", "ADJ", 9, "amod", "Degree=Pos"),
    ("Palm", "Palm", "PROPN", 9, "compound", "Number=Sing"),
    ("Oil", "Oil", "PROPN", 9, "compound", "Number=Sing"),
    ("Association", "Association", "PROPN", 3, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("or", "or", "CCONJ", 12, "cc", ""),
    ("GAPKI", "GAPKI", "PROPN", 9, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("higher", "high", "ADJ", 17, "amod", "Degree=Cmp"),
    ("levy", "levy", "NOUN", 19, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 19, "aux", "VerbForm=Fin"),
    ("squeeze", "squeeze", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("smallholder", "smallholder", "NOUN", 21, "compound", "Number=Sing"),
    ("farmers", "farmer", "NOUN", 19, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# Data from GAPKI show Indonesia's palm oil exports fell 9% in the first eight months of the year.
GAPKI_2: list[FeatRow] = [
    ("Data", "data", "NOUN", 3, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 2, "case", ""),
    ("GAPKI", "GAPKI", "PROPN", 0, "nmod", "Number=Sing"),
    ("show", "show", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Indonesia", "Indonesia", "PROPN", 8, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("palm", "palm", "NOUN", 8, "compound", "Number=Sing"),
    ("oil", "oil", "NOUN", 8, "compound", "Number=Sing"),
    ("exports", "export", "NOUN", 9, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", 3, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("9", "9", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 9, "obj", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("first", "first", "ADJ", 16, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("eight", "eight", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("months", "month", "NOUN", 9, "obl", "Number=Plur"),
    ("of", "of", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("year", "year", "NOUN", 16, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The World DanceSport Federation, breaking's international governing body, said it was deeply disappointed.
WDSF: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("World", "World", "PROPN", 3, "compound", "Number=Sing"),
    ("DanceSport", "DanceSport", "PROPN", 3, "compound", "Number=Sing"),
    ("Federation", "Federation", "PROPN", 11, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("breaking", "break", "VERB", 9, "nmod:poss", "Tense=Pres|VerbForm=Part"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("international", "international", "ADJ", 9, "amod", "Degree=Pos"),
    ("governing", "governing", "NOUN", 9, "compound", "Number=Sing"),
    ("body", "body", "NOUN", 3, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 15, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("deeply", "deeply", "ADV", 15, "advmod", ""),
    ("disappointed", "disappoint", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# The WDSF said it would submit a proposal to Brisbane organizers by the end of next year.
WDSF_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("WDSF", "WDSF", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("submit", "submit", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("proposal", "proposal", "NOUN", 5, "obj", "Number=Sing"),
    ("to", "to", "ADP", 10, "case", ""),
    ("Brisbane", "Brisbane", "PROPN", 10, "compound", "Number=Sing"),
    ("organizers", "organizer", "NOUN", 7, "nmod", "Number=Plur"),
    ("by", "by", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("end", "end", "NOUN", 5, "obl", "Number=Sing"),
    ("of", "of", "ADP", 16, "case", ""),
    ("next", "next", "ADJ", 16, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 13, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Traffic jams stretched more than 1,000 km during the morning rush hour, according to motoring association ANWB, and police said they had arrested 14 people after protesters set hay bales alight.
ANWB: list[FeatRow] = [
    ("Traffic", "traffic", "NOUN", 1, "compound", "Number=Sing"),
    ("jams", "jam", "NOUN", 2, "nsubj", "Number=Plur"),
    ("stretched", "stretch", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 2, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 6, "case", ""),
    ("1,000", "1000", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("km", "kilometer", "NOUN", 2, "obl", "Number=Sing"),
    ("during", "during", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("morning", "morning", "NOUN", 11, "compound", "Number=Sing"),
    ("rush", "rush", "NOUN", 11, "compound", "Number=Sing"),
    ("hour", "hour", "NOUN", 2, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("according", "accord", "VERB", 15, "mark", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "SCONJ", 15, "mark", ""),
    ("motoring", "motor", "VERB", 2, "advcl", "VerbForm=Ger"),
    ("association", "association", "NOUN", 15, "obj", "Number=Sing"),
    ("ANWB", "ANWB", "PROPN", 15, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("and", "and", "CCONJ", 20, "cc", ""),
    ("police", "police", "NOUN", 21, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 24, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 24, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("arrested", "arrest", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part"),
    ("14", "14", "NUM", 26, "nummod", "NumForm=Digit|NumType=Card"),
    ("people", "person", "NOUN", 24, "obj", "Number=Plur"),
    ("after", "after", "ADP", 28, "case", ""),
    ("protesters", "protester", "NOUN", 24, "obl", "Number=Plur"),
    ("set", "set", "VERB", 32, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("hay", "hay", "NOUN", 32, "compound", "Number=Sing"),
    ("bales", "bale", "NOUN", 32, "compound", "Number=Plur"),
    ("alight", "alight", "NOUN", 28, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Thousands of Dutch farmers blocked motorways on Wednesday to protest against government plans to cut nitrogen emissions, which they say could force thousands of farms to close.
FARMERS: list[FeatRow] = [
    ("Thousands", "thousand", "NOUN", -1, "root", "Number=Plur"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Dutch", "Dutch", "PROPN", 3, "compound", "Number=Sing"),
    ("farmers", "farmer", "NOUN", 0, "nmod", "Number=Plur"),
    ("blocked", "block", "VERB", 5, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("motorways", "motorway", "NOUN", 0, "nmod", "Number=Plur"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 5, "nmod", "Number=Sing"),
    ("to", "to", "PART", 9, "mark", ""),
    ("protest", "protest", "ADJ", 5, "acl", "Degree=Sup"),
    ("against", "against", "ADP", 12, "case", ""),
    ("government", "government", "NOUN", 12, "compound", "Number=Sing"),
    ("plans", "plan", "NOUN", 9, "obl", "Number=Plur"),
    ("to", "to", "PART", 14, "mark", ""),
    ("cut", "cut", "VERB", 9, "advcl", "VerbForm=Inf"),
    ("nitrogen", "nitrogen", "ADJ", 16, "amod", "Degree=Pos"),
    ("emissions", "emission", "NOUN", 14, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("which", "which", "PRON", 22, "obj", "PronType=Rel"),
    ("they", "they", "PRON", 20, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("say", "say", "VERB", 14, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("could", "could", "AUX", 22, "aux", "VerbForm=Fin"),
    ("force", "force", "VERB", 20, "ccomp", "VerbForm=Inf"),
    ("thousands", "thousand", "NOUN", 22, "obj", "Number=Plur"),
    ("of", "of", "ADP", 25, "case", ""),
    ("farms", "farm", "NOUN", 23, "nmod", "Number=Plur"),
    ("to", "to", "PART", 27, "mark", ""),
    ("close", "close", "ADJ", 22, "advcl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# One county chairman, who asked not to be named ahead of next week’s vote, said as many as eight counties were prepared to oppose the plan.
AS_MANY: list[FeatRow] = [
    ("One", "one", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("county", "county", "NOUN", 2, "compound", "Number=Sing"),
    ("chairman", "chairman", "NOUN", 17, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 5, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 9, "mark", ""),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 5, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("ahead", "ahead", "ADV", 9, "advmod", ""),
    ("of", "of", "ADP", 15, "case", ""),
    ("next", "next", "ADJ", 13, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 15, "nmod:poss", "Number=Sing"),
    ("##’s", "'s", "PART", 13, "case", ""),
    ("vote", "vote", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("as", "as", "ADV", 24, "mark", ""),
    ("many", "many", "ADJ", 24, "nsubj:pass", "Degree=Pos"),
    ("as", "as", "ADP", 22, "case", ""),
    ("eight", "eight", "NUM", 22, "nummod", "NumForm=Word|NumType=Card"),
    ("counties", "county", "NOUN", 24, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 24, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("prepared", "prepare", "VERB", 17, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 26, "mark", ""),
    ("oppose", "oppose", "VERB", 24, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 26, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 17, "punct", ""),
]

# Late Tuesday, Odhiambo and Treasury Cabinet Secretary Daniel Kiprono said in a joint statement that talks with the union would resume on Thursday.
LATE_TUESDAY: list[FeatRow] = [
    ("Late", "late", "ADJ", 1, "amod", "Degree=Pos"),
    ("Tuesday", "Tuesday", "PROPN", 10, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("Odhiambo", "Odhiambo", "PROPN", 1, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("Treasury", "Treasury", "PROPN", 3, "conj", "Number=Sing"),
    ("Cabinet", "Cabinet", "PROPN", 7, "compound", "Number=Sing"),
    ("Secretary", "Secretary", "PROPN", 3, "conj", "Number=Sing"),
    ("Daniel", "Daniel", "PROPN", 3, "flat", "Number=Sing"),
    ("Kiprono", "Kiprono", "PROPN", 3, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 14, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 10, "obl", "Number=Sing"),
    ("that", "that", "PRON", 16, "nsubj", "PronType=Rel"),
    ("talks", "talk", "VERB", 14, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("with", "with", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 16, "obl", "Number=Sing"),
    ("would", "would", "AUX", 21, "aux", "VerbForm=Fin"),
    ("resume", "resume", "VERB", 16, "ccomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 23, "case", ""),
    ("Thursday", "Thursday", "PROPN", 21, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# The minister said in a statement that talks with the union would resume on Thursday.
IN_A_STATEMENT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("talks", "talk", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("with", "with", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 7, "obl", "Number=Sing"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("resume", "resume", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Thursday", "Thursday", "PROPN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Indigenous Tribal Leaders' Forum, a Kuki-Zo group, denied that any armed group was involved and called for an independent inquiry.
FORUM: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Indigenous", "indigenous", "ADJ", 3, "amod", "Degree=Pos"),
    ("Tribal", "tribal", "ADJ", 3, "amod", "Degree=Pos"),
    ("Leaders", "leader", "PROPN", 5, "nmod:poss", "Number=Plur"),
    ("##'", "'s", "PART", 3, "case", ""),
    ("Forum", "Forum", "PROPN", 13, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("Kuki", "Kuki", "PROPN", 10, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 8, "punct", ""),
    ("##Zo", "Zo", "NUM", 11, "nummod", "NumForm=Digit|NumType=Card"),
    ("group", "group", "NOUN", 5, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("denied", "deny", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("any", "any", "DET", 17, "det", "PronType=Ind"),
    ("armed", "armed", "ADJ", 17, "amod", "Degree=Pos"),
    ("group", "group", "NOUN", 19, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 19, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("involved", "involve", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("and", "and", "CCONJ", 21, "cc", ""),
    ("called", "call", "VERB", 19, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 25, "case", ""),
    ("an", "a", "DET", 25, "det", "Definite=Ind|PronType=Art"),
    ("independent", "independent", "ADJ", 25, "amod", "Degree=Pos"),
    ("inquiry", "inquiry", "NOUN", 21, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# "We condemn the killing of innocent people, whoever they are," the forum said in a statement.
FORUM_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("condemn", "condemn", "VERB", 16, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("killing", "killing", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("innocent", "innocent", "ADJ", 7, "amod", "Degree=Pos"),
    ("people", "person", "NOUN", 4, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("whoever", "whoever", "PRON", 16, "obj", "PronType=Rel"),
    ("they", "they", "PRON", 11, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("are", "be", "AUX", 16, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ('##"', '"', "PUNCT", 16, "punct", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("forum", "forum", "NOUN", 16, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 16, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# She said the authority had "bet the house" on aviation without a proper plan B, and that her group would table questions at next month's full council meeting.
BET: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("authority", "authority", "NOUN", 4, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("##bet", "bet", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("house", "house", "NOUN", 6, "obj", "Number=Sing"),
    ('##"', '"', "PUNCT", 8, "punct", ""),
    ("on", "on", "ADP", 11, "case", ""),
    ("aviation", "aviation", "NOUN", 6, "obl", "Number=Sing"),
    ("without", "without", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("proper", "proper", "ADJ", 16, "amod", "Degree=Pos"),
    ("plan", "plan", "NOUN", 16, "compound", "Number=Sing"),
    ("B", "B", "NOUN", 11, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("and", "and", "CCONJ", 23, "cc", ""),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("her", "her", "PRON", 21, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("group", "group", "NOUN", 23, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 23, "aux", "VerbForm=Fin"),
    ("table", "table", "VERB", 1, "conj", "VerbForm=Inf"),
    ("questions", "question", "NOUN", 23, "obj", "Number=Plur"),
    ("at", "at", "ADP", 31, "case", ""),
    ("next", "next", "ADJ", 27, "amod", "Degree=Pos"),
    ("month", "month", "NOUN", 31, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 27, "case", ""),
    ("full", "full", "ADJ", 31, "amod", "Degree=Pos"),
    ("council", "council", "NOUN", 31, "compound", "Number=Sing"),
    ("meeting", "meeting", "NOUN", 23, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Agriculture Minister Tesfaye Bekele told a news conference in the capital that farmers had produced enough wheat in irrigated lowland schemes to meet national demand.
CAPITAL: list[FeatRow] = [
    ("Agriculture", "Agriculture", "PROPN", 3, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Tesfaye", "Tesfaye", "PROPN", 3, "compound", "Number=Sing"),
    ("Bekele", "Bekele", "PROPN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("news", "news", "NOUN", 7, "compound", "Number=Sing"),
    ("conference", "conference", "NOUN", 4, "obj", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("capital", "capital", "NOUN", 7, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 14, "obj", "PronType=Rel"),
    ("farmers", "farmer", "NOUN", 14, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("produced", "produce", "VERB", 10, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("enough", "enough", "ADV", 16, "advmod", ""),
    ("wheat", "wheat", "PRON", 14, "obj", "PronType=Rel"),
    ("in", "in", "ADP", 20, "case", ""),
    ("irrigated", "irrigated", "VERB", 20, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("lowland", "lowland", "NOUN", 20, "compound", "Number=Sing"),
    ("schemes", "scheme", "NOUN", 14, "obl", "Number=Plur"),
    ("to", "to", "PART", 22, "mark", ""),
    ("meet", "meet", "VERB", 14, "advcl", "VerbForm=Inf"),
    ("national", "national", "ADJ", 24, "amod", "Degree=Pos"),
    ("demand", "demand", "NOUN", 22, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Taxi drivers and hotel owners in the town said they had been asking for months when flights would resume.
TAXI: list[FeatRow] = [
    ("Taxi", "Taxi", "VERB", -1, "root", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("drivers", "driver", "NOUN", 0, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("hotel", "hotel", "NOUN", 4, "compound", "Number=Sing"),
    ("owners", "owner", "NOUN", 1, "conj", "Number=Plur"),
    ("in", "in", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("town", "town", "NOUN", 4, "nmod", "Number=Sing"),
    ("said", "say", "VERB", 0, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 12, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 12, "aux", "Tense=Past|VerbForm=Part"),
    ("asking", "ask", "VERB", 8, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 14, "case", ""),
    ("months", "month", "NOUN", 12, "obl", "Number=Plur"),
    ("when", "when", "ADV", 18, "advmod", "PronType=Int"),
    ("flights", "flight", "NOUN", 18, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 18, "aux", "VerbForm=Fin"),
    ("resume", "resume", "VERB", 12, "advcl", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]


def test_two_titles_joined_before_a_name_after_a_quote_are_the_names():
    assert _said(ELLISON) == [
        ('"We did not take this decision lightly,"', "Mark Ellison", "person", "TVA President and CEO")
    ]


def test_a_name_right_after_a_closing_quote_mark_is_the_speaker_not_part_of_the_quote():
    assert _said(MUELLER) == [('"Prices will rise,"', "Lena Müller-Lüdenscheidt", "person", "economist")]
    got = _said(ANSAH)
    assert [(t, n) for t, n, _, _ in got] == [('"There will be young men willing to dig,"', "Kofi Ansah-Boateng")]


def test_a_title_opening_with_an_ing_noun_is_no_clause():
    assert _said(SREY) == [("she earned about $250 a month", "Srey Pov", "person", "sewing machine operator, 29")]


def test_a_courtesy_title_in_capitals_is_an_acronym_and_says_no_gender():
    got = _said(DELVAUX, SHE_SAID)
    assert [n for _, n, _, _ in got] == ["Sophie Delvaux", "Sophie Delvaux"]


def test_the_role_before_a_described_name_is_its_role():
    assert speakers(COACH) == [("Marco Benedetti", "His coach", "named")]


def test_a_name_written_as_a_bodys_is_an_organisation():
    assert [t for _, _, t, _ in _said(SPOKESPERSON, PREMIERSHIP)] == ["organization", "organization"]
    assert [(n, t) for _, n, t, _ in _said(WHITCOMBE, PREMIERSHIP)][-1] == ("Premiership Rugby", "organization")
    assert [(n, t) for _, n, t, _ in _said(GALLUP)] == [("Gallup Poll", "organization")]
    # (without such evidence the same name is read as a person's: the change is the evidence)
    assert [t for _, _, t, _ in _said(PREMIERSHIP)] == ["person"]


def test_a_bodys_name_with_a_serial_comma_is_one_name():
    # (one body, not the person "Great Lakes"; the name the sources layer reports still starts at
    # "Environment", cut at the first comma: not fixed)
    [(_, name, typ, _)] = _said(EGLE)
    assert typ == "organization" and name.endswith("Great Lakes, and Energy")


def test_what_makes_a_name_a_bodys_and_what_does_not():
    from provenance.sources.body_evidence import written_as_body

    def in_lex(lexicon: str, word: str) -> bool:
        return lexicon == "poll_nouns" and word in ("poll", "survey")

    prose = (
        "A Premiership Rugby spokesperson said. A Trump spokesman said. Hillary Clinton spokesman Brian Fallon said."
    )
    assert written_as_body(prose, "Premiership Rugby", False, in_lex)
    assert not written_as_body(prose, "Trump", False, in_lex)  # (one word: a person's name is used so too)
    assert not written_as_body(prose, "Hillary Clinton", True, in_lex)  # (a given name first)
    assert written_as_body("Ryder Cup Europe director Simon Whitcombe said.", "Ryder Cup Europe", False, in_lex)
    assert written_as_body("The Iowa Poll found it.", "Iowa Poll", False, in_lex)
    assert not written_as_body("Ryder Cup Europe said it.", "Ryder Cup Europe", False, in_lex)


def test_a_name_read_as_a_conjunct_without_and_inside_the_subject_is_its_apposition():
    assert speakers(HOBBS) == [("Darnell Hobbs", "One of the plaintiffs, 38", "named")]


def test_a_word_inside_a_bodys_possessive_name_makes_no_name_of_a_sentences_first_word():
    got = _said(LOBSTERMEN, LOBSTERMEN_2, LOBSTERMEN_3)
    assert got[0][1:3] == ("Lobstermen along Maine's coast", "anonymous")


def test_a_report_read_as_a_days_relative_clause_is_found():
    assert _said(TALKS) == [("that talks with donors had stalled", "The minister", "anonymous", None)]
    assert [q[0] for q in _said(DELAYS)] == ["that delays in paying suppliers had held up deliveries"]


def test_a_report_with_an_adverb_on_its_verb_and_a_speaker_across_while_are_found():
    assert _said(ORGANISERS) == [("more than 100,000 people had taken part", "organisers", "anonymous", None)]


def test_a_verb_of_intention_read_as_a_plural_noun_heads_the_fronted_report():
    assert [(q[0], q[1]) for q in _said(ANGOLA)] == [
        ("Angola plans to raise royalties on diamond sales from next year", "the mineral resources ministry")
    ]


def test_a_known_bodys_branch_is_an_organisation():
    assert {(q[1], q[2]) for q in _said(NORDIC)} == {("Greenpeace Nordic", "organization")}


def test_a_cue_inside_a_relative_clause_closes_no_report_before_it():
    r = resolve([[NORDIC]])
    assert [q.rule for q in r.quotes if q.text.startswith("Greenpeace Nordic has urged")] == []


def test_a_place_before_a_set_off_name_is_not_the_speaker():
    assert [(q[1], q[2]) for q in _said(LEITRIM)] == [("Mary Gallagher", "person")]


def test_a_surname_read_as_a_verb_before_its_description_is_the_speaker():
    assert [q[1] for q in _said(SALING, SALING_AGAIN)] == ["Ivan Šaling", "Ivan Šaling"]


def test_a_name_after_a_describing_participle_is_the_subjects_apposition():
    assert [(q[1], q[2]) for q in _said(ODUYA)] == [("Martin Oduya", "person")]


def test_a_report_opening_with_an_ing_modifier_and_a_coordinated_subject_is_whole():
    for rows in (MADDOX, MADDOX_UPDATE):
        [(text, *_)] = _said(rows)
        assert text.startswith("rising construction costs and the discovery of contaminated ground")


def test_a_role_description_goes_to_the_holder_whose_role_fits_it():
    r = resolve([[PRIME], [PRIME_2], [PRIME_3, PRIME_4]])
    names = {e.id: e.name for e in r.entities}
    got = [names[q.speaker.entity] for q in r.quotes if q.speaker and q.text.startswith("that the government")]
    assert got == ["Nuno Carvalhal"]


def test_a_documents_owner_is_not_after_a_compound_prepositions_of():
    assert [(q[1], q[2]) for q in _said(AHEAD)] == [("A council report", "organization")]


def test_an_ing_noun_read_as_a_participle_leaves_the_purpose_clause_to_the_sentences_subject():
    assert [(q[0], q[1]) for q in _said(BRIEFING)] == [
        ("that the unemployment rate has fallen below 5 percent", "Obama")
    ]


def test_a_quote_before_the_writers_reason_is_the_report_not_the_reason():
    [(text, name, _, _)] = _said(SINCE)
    assert text.startswith('"To see the number of cases') and name == "Lee Epstein"


def test_a_documents_owner_the_article_describes_is_a_person():
    assert [(q[1], q[2]) for q in _said(TILLMAN)] == [("Marcus Tillman", "person")]


def test_a_ledes_description_is_the_name_given_it_next_as_a_title():
    assert {q[1] for q in _said(SPOKESMAN_LEDE, SPOKESMAN_LEDE_2)} == {"Chhay Sophal"}


def test_he_after_one_who_asked_not_to_be_named_is_that_source_with_its_reason():
    r = resolve([[ONE_WHO], [ONE_WHO_2], [ONE_WHO_3, ONE_WHO_4]])
    [last] = [q for q in r.quotes if q.text.startswith('"It feels like')]
    assert (last.speaker.type, last.speaker.anonymity) == ("anonymous", "anonymous-with-reason")


def test_an_anonymous_sources_report_read_as_a_relative_clause_is_found():
    assert [(q[1], q[2]) for q in _said(AIDE)] == [("A legislative aide", "anonymous")]
    [(text, name, typ, _)] = _said(BAMENDA)
    assert text == "the authorities expected schools to see a gradual return" and typ == "anonymous"


def test_a_predicate_torn_from_its_subjects_reduced_relative_is_the_reports():
    [(text, name, _, _)] = _said(RANA)
    assert text.endswith("had never reached many smaller factories") and name == "Labor leaders"


def test_an_acronym_given_with_or_or_spelt_with_an_inner_capital_is_the_bodys_name():
    assert _said(GAPKI, GAPKI_2)[-1][1] == "Indonesian Palm Oil Association"
    assert [q[1] for q in _said(WDSF, WDSF_2)] == ["World DanceSport Federation", "World DanceSport Federation"]


def test_a_coordinated_statement_after_according_to_is_its_own_and_the_body_is_named():
    got = [(q[0], q[1]) for q in _said(ANWB)]
    assert got == [
        ("Traffic jams stretched more than 1,000 km during the morning rush hour", "ANWB"),
        ("they had arrested 14 people after protesters set hay bales alight", "police"),
    ]


def test_they_after_a_count_of_people_whose_verb_was_read_as_a_modifier():
    assert [(q[0], q[1]) for q in _said(FARMERS)] == [
        ("could force thousands of farms to close", "Thousands of Dutch farmers")
    ]


def test_as_many_as_opens_no_report_and_a_statements_that_relative_is_the_report():
    assert [(q[0], q[1], q[3]) for q in _said(AS_MANY)][0][:2] == (
        "as many as eight counties were prepared to oppose the plan",
        "One county chairman",
    )
    assert [q[0] for q in _said(IN_A_STATEMENT)] == ["that talks with the union would resume on Thursday"]
    assert [q[1] for q in _said(LATE_TUESDAY)] == ["Odhiambo"]


def test_a_forum_is_a_body_and_the_forum_is_the_one_named():
    r = resolve([[FORUM], [FORUM_2]])
    assert {(q.speaker.type, q.speaker.entity) for q in r.quotes} == {("organization", r.quotes[0].speaker.entity)}


def test_an_and_that_clause_after_a_split_report_is_more_of_it():
    [(text, *_)] = _said(BET)
    assert text.endswith("and that her group would table questions at next month's full council meeting")


def test_a_report_read_as_a_relative_clause_with_a_second_object_is_found():
    assert [(q[0], q[1]) for q in _said(CAPITAL)] == [
        (
            "that farmers had produced enough wheat in irrigated lowland schemes to meet national demand",
            "Tesfaye Bekele",
        )
    ]


def test_a_noun_read_as_an_imperative_opens_the_subject():
    assert [q[2] for q in _said(TAXI)] == ["anonymous"]
