"""Speakers from the second half of session 66's fresh set; each tree is the one the shipped parser
gave the invented sentence in its comment (after the pretags), so no model is needed:

* "Shares in Tessaly fell 14% on Thursday after the homeware retailer said ...": a name whose
  shares the article names is a company's (head_names.traded_names, learned as the article's
  evidence), so "the homeware retailer" and a later "The company" are Tessaly; a business's kind
  after its sector ("the homeware retailer") names no more than the business
  (described_bodies.bare_or_placed);
* "Rivermouth Athletic beat ... ¶ Rivermouth said": a club that copy calls by its short name goes
  by its full name (learned.learn_short_names, ``club_words``);
* "Marisol Quintanilla, a support team lead in Austin, posted on LinkedIn that ..." with the
  name the root and "posted" a reduced relative of "lead": the description spoke
  (appositive_subjects.verb_read_as_appositions_modifier);
* "the CEO said" after "Chief executive Sunil Ferreira": a chief's initials and the words
  they stand for are one post (TableBase.role_words);
* "The festival said" after "the Castlemere Festival": a festival speaks through its organisers
  (``organization_words``);
* "The university said" after "an epidemiologist at the University of Calderon": a body's name
  its head opens, with its "of" phrase (head_names.named_with_head);
* "Brightloop spokespeople did not dispute ..." with the body's name read as an adjective at the
  sentence's start: a body the article named speaks through them (spokespeople._capitalised_name);
* "Tran Van Hung, 52, a maize farmer, said his wife ...": the "his" of what a person says is the
  person's (learned._anothers_pronoun: a post's owner only when the post is set beside the name),
  so a later "she" is not the man who spoke last;
* "they said" for a named person the article said uses they/them pronouns, with a "he" named
  since (epithets.singular_they).

The tagging steps ('," notes Achebe-Fenwick.', 'says Little, 46.') are tested on hand-tagged
documents as in tests/test_pretags.py."""

from __future__ import annotations

from parse_helpers import FeatRow, tagged_document
from source_helpers import resolve

from provenance.syntax.pretag_names import cue_surnames, inverted_cues
from provenance.syntax.pretags import pretag_key

# Shares in Tessaly fell 14% on Thursday after the homeware retailer said annual profit would be lower.
TESSALY: list[FeatRow] = [
    ("Shares", "share", "NOUN", 3, "nsubj", "Number=Plur"),
    ("in", "in", "ADP", 2, "case", ""),
    ("Tessaly", "Tessaly", "PROPN", 0, "nmod", "Number=Sing"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("14", "14", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
    ("%", "%", "SYM", 3, "obj", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Thursday", "Thursday", "PROPN", 3, "obl", "Number=Sing"),
    ("after", "after", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("homeware", "homeware", "ADJ", 11, "amod", "Degree=Pos"),
    ("retailer", "retailer", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("annual", "annual", "ADJ", 14, "amod", "Degree=Pos"),
    ("profit", "profit", "NOUN", 17, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 17, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 17, "cop", "VerbForm=Inf"),
    ("lower", "low", "ADJ", 3, "conj", "Degree=Cmp"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Fans of Tessaly cheered on Thursday after the homeware retailer said annual profit would be lower.
NO_SHARES: list[FeatRow] = [
    ("Fans", "fan", "NOUN", 3, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 2, "case", ""),
    ("Tessaly", "Tessaly", "PROPN", 0, "nmod", "Number=Sing"),
    ("cheered", "cheer", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Thursday", "Thursday", "PROPN", 3, "obl", "Number=Sing"),
    ("after", "after", "SCONJ", 10, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("homeware", "homeware", "ADJ", 9, "amod", "Degree=Pos"),
    ("retailer", "retailer", "NOUN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("annual", "annual", "ADJ", 12, "amod", "Degree=Pos"),
    ("profit", "profit", "NOUN", 15, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 15, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 15, "cop", "VerbForm=Inf"),
    ("lower", "low", "ADJ", 3, "conj", "Degree=Cmp"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Rivermouth Athletic beat Kelvedon Town 2-1 on Saturday.
CLUB: list[FeatRow] = [
    ("Rivermouth", "Rivermouth", "PROPN", -1, "root", "Number=Sing"),
    ("Athletic", "Athletic", "PROPN", 2, "compound", "Number=Sing"),
    ("beat", "beat", "NOUN", 0, "flat", "Number=Sing"),
    ("Kelvedon", "Kelvedon", "PROPN", 0, "list", "Number=Sing"),
    ("Town", "town", "PROPN", 0, "list", "Number=Sing"),
    ("2", "2", "NUM", 0, "list", "NumForm=Digit|NumType=Card"),
    ("-", "-", "SYM", 7, "case", ""),
    ("1", "1", "NUM", 5, "nmod", "NumForm=Digit|NumType=Card"),
    ("on", "on", "ADP", 9, "case", ""),
    ("Saturday", "Saturday", "PROPN", 7, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 0, "punct", ""),
]

# Rivermouth said the captain would serve a ban.
CLUB_SAID: list[FeatRow] = [
    ("Rivermouth", "Rivermouth", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("captain", "captain", "NOUN", 5, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("serve", "serve", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("ban", "ban", "NOUN", 5, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Marisol Quintanilla, a support team lead in Austin, posted on LinkedIn that she had been laid off.
LEAD: list[FeatRow] = [
    ("Marisol", "Marisol", "PROPN", 1, "compound", "Number=Sing"),
    ("Quintanilla", "Quintanilla", "PROPN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("support", "support", "NOUN", 6, "compound", "Number=Sing"),
    ("team", "team", "NOUN", 6, "compound", "Number=Sing"),
    ("lead", "lead", "NOUN", 1, "appos", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("Austin", "Austin", "PROPN", 6, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("posted", "post", "VERB", 6, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 12, "case", ""),
    ("LinkedIn", "LinkedIn", "PROPN", 10, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("she", "she", "PRON", 17, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("laid", "lay", "VERB", 10, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("off", "off", "ADP", 17, "compound:prt", ""),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Chief executive Sunil Ferreira told staff in an email that the decision was hard.
CHIEF: list[FeatRow] = [
    ("Chief", "Chief", "ADJ", 3, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 3, "amod", "Degree=Pos"),
    ("Sunil", "Sunil", "PROPN", 3, "compound", "Number=Sing"),
    ("Ferreira", "Ferreira", "PROPN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("staff", "staff", "NOUN", 4, "iobj", "Number=Sing"),
    ("in", "in", "ADP", 8, "case", ""),
    ("an", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("email", "email", "NOUN", 4, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("hard", "hard", "ADJ", 4, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# On a call with investors, the CEO said he expected the agents to handle most tickets.
THE_CEO: list[FeatRow] = [
    ("On", "on", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("call", "call", "NOUN", 8, "obl", "Number=Sing"),
    ("with", "with", "ADP", 4, "case", ""),
    ("investors", "investor", "NOUN", 2, "nmod", "Number=Plur"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("CEO", "CEO", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 10, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("expected", "expect", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("agents", "agent", "NOUN", 10, "obj", "Number=Plur"),
    ("to", "to", "PART", 14, "mark", ""),
    ("handle", "handle", "VERB", 10, "advcl", "VerbForm=Inf"),
    ("most", "most", "ADJ", 16, "amod", "Degree=Sup"),
    ("tickets", "ticket", "NOUN", 14, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Her Macbeth opens on Thursday as part of the Castlemere Festival.
FESTIVAL: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("Macbeth", "Macbeth", "PROPN", 2, "nsubj", "Number=Sing"),
    ("opens", "open", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Thursday", "Thursday", "PROPN", 2, "obl", "Number=Sing"),
    ("as", "as", "ADP", 6, "case", ""),
    ("part", "part", "NOUN", 2, "obl", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Castlemere", "Castlemere", "PROPN", 10, "compound", "Number=Sing"),
    ("Festival", "Festival", "PROPN", 6, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The festival said it had moved the final week of rehearsals.
FESTIVAL_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("festival", "festival", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("moved", "move", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("final", "final", "ADJ", 8, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 5, "obj", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("rehearsals", "rehearsal", "NOUN", 8, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# "The kidneys are a quieter casualty," said the study's lead author, Dr. Robin Achebe, an epidemiologist at the University of Calderon.
AUTHOR: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("kidneys", "kidney", "NOUN", 6, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 6, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("quieter", "quiet", "ADJ", 6, "amod", "Degree=Pos"),
    ("casualty", "casualty", "NOUN", 9, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("study", "study", "NOUN", 14, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 11, "case", ""),
    ("lead", "lead", "NOUN", 14, "compound", "Number=Sing"),
    ("author", "author", "NOUN", 9, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("Dr.", "Dr.", "PROPN", 18, "compound", "Number=Sing"),
    ("Robin", "Robin", "PROPN", 18, "compound", "Number=Sing"),
    ("Achebe", "Achebe", "PROPN", 14, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 21, "punct", ""),
    ("an", "a", "DET", 21, "det", "Definite=Ind|PronType=Art"),
    ("epidemiologist", "epidemiologist", "NOUN", 14, "conj", "Number=Sing"),
    ("at", "at", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 21, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 26, "case", ""),
    ("Calderon", "Calderon", "PROPN", 24, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# Achebe, who uses they/them pronouns, said the findings mattered.
DECLARED: list[FeatRow] = [
    ("Achebe", "Achebe", "PROPN", 9, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("uses", "use", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("they", "they", "PRON", 3, "obj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("/", "/", "SYM", 6, "cc", ""),
    ("them", "they", "PRON", 7, "compound", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("pronouns", "pronoun", "NOUN", 3, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("findings", "finding", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("mattered", "matter", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# The university said in a news release that the work had been funded by a foundation.
UNIVERSITY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("university", "university", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("news", "news", "NOUN", 6, "compound", "Number=Sing"),
    ("release", "release", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("work", "work", "NOUN", 12, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 12, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("funded", "fund", "VERB", 6, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("foundation", "foundation", "NOUN", 12, "obl:agent", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# Dr. Mateus Carvalho, a urologist in Lisbon, said the link was plausible.
UROLOGIST: list[FeatRow] = [
    ("Dr.", "Dr.", "PROPN", 2, "compound", "Number=Sing"),
    ("Mateus", "Mateus", "PROPN", 2, "compound", "Number=Sing"),
    ("Carvalho", "Carvalho", "PROPN", 9, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("urologist", "urologist", "NOUN", 2, "appos", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("Lisbon", "Lisbon", "PROPN", 5, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("link", "link", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("plausible", "plausible", "ADJ", 9, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# He warned that records capture only severe cases.
HE_WARNED: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("warned", "warn", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 4, "mark", ""),
    ("records", "record", "NOUN", 4, "nsubj", "Number=Plur"),
    ("capture", "capture", "VERB", 1, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("only", "only", "ADV", 6, "advmod", ""),
    ("severe", "severe", "ADJ", 7, "amod", "Degree=Pos"),
    ("cases", "case", "NOUN", 4, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Speaking by video from their office, they said the team was now studying cooling centres.
THEY: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 8, "advcl", "Tense=Pres|VerbForm=Part"),
    ("by", "by", "ADP", 2, "case", ""),
    ("video", "video", "NOUN", 0, "obl", "Number=Sing"),
    ("from", "from", "ADP", 5, "case", ""),
    ("their", "their", "PRON", 5, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("office", "office", "NOUN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("they", "they", "PRON", 8, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("now", "now", "ADV", 13, "advmod", ""),
    ("studying", "study", "VERB", 8, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("cooling", "cool", "VERB", 13, "xcomp", "Tense=Pres|VerbForm=Part"),
    ("centres", "centre", "NOUN", 13, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# Achebe said the findings mattered.
AUTHOR_SAID: list[FeatRow] = [
    ("Achebe", "Achebe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("findings", "finding", "NOUN", 4, "nsubj:pass", "Number=Plur"),
    ("mattered", "matter", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


# Brightloop said it would cut 600 jobs.
BRIGHTLOOP: list[FeatRow] = [
    ("Brightloop", "Brightloop", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 4, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 4, "aux", "VerbForm=Fin"),
    ("cut", "cut", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("600", "600", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("jobs", "job", "NOUN", 4, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Brightloop spokespeople did not dispute that account but said managers had been briefed.
SPOKESPEOPLE: list[FeatRow] = [
    ("Brightloop", "brightloop", "ADJ", 1, "amod", "Degree=Pos"),
    ("spokespeople", "spokespeople", "NOUN", 4, "nsubj", "Number=Sing"),
    ("did", "do", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("dispute", "dispute", "VERB", -1, "root", "VerbForm=Inf"),
    ("that", "that", "DET", 6, "det", "Number=Sing|PronType=Dem"),
    ("account", "account", "NOUN", 4, "obj", "Number=Sing"),
    ("but", "but", "CCONJ", 8, "cc", ""),
    ("said", "say", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("managers", "manager", "NOUN", 12, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 12, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("briefed", "brief", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Tran Van Hung, 52, a maize farmer, said his wife was among the missing.
FARMER: list[FeatRow] = [
    ("Tran", "Tran", "PROPN", 2, "compound", "Number=Sing"),
    ("Van", "Van", "PROPN", 2, "compound", "Number=Sing"),
    ("Hung", "Hung", "PROPN", 10, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("52", "52", "NUM", 2, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("maize", "maize", "NOUN", 8, "compound", "Number=Sing"),
    ("farmer", "farmer", "NOUN", 2, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("wife", "wife", "NOUN", 16, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 16, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("among", "among", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("missing", "miss", "NOUN", 10, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# Nguyen Thi Lan, vice chairwoman of the provincial committee, told reporters that 40 houses had been destroyed.
CHAIRWOMAN: list[FeatRow] = [
    ("Nguyen", "Nguyen", "PROPN", 2, "compound", "Number=Sing"),
    ("Thi", "Thi", "PROPN", 2, "compound", "Number=Sing"),
    ("Lan", "Lan", "PROPN", 11, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("vice", "vice", "NOUN", 5, "compound", "Number=Sing"),
    ("chairwoman", "chairwoman", "NOUN", 2, "appos", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("provincial", "provincial", "ADJ", 9, "amod", "Degree=Pos"),
    ("committee", "committee", "NOUN", 5, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 11, "iobj", "Number=Plur"),
    ("that", "that", "PRON", 18, "mark", "PronType=Rel"),
    ("40", "40", "NUM", 15, "nummod", "NumForm=Digit|NumType=Card"),
    ("houses", "house", "NOUN", 18, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 18, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("destroyed", "destroy", "VERB", 12, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# Heavy machinery could not reach the village because the road had collapsed, she said.
RESCUE: list[FeatRow] = [
    ("Heavy", "heavy", "ADJ", 1, "amod", "Degree=Pos"),
    ("machinery", "machinery", "NOUN", 4, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 4, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("reach", "reach", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("village", "village", "NOUN", 4, "obj", "Number=Sing"),
    ("because", "because", "SCONJ", 11, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("road", "road", "NOUN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("collapsed", "collapse", "VERB", 4, "advcl", "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("she", "she", "PRON", 14, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", 4, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def _speakers(*paragraphs: list[list]) -> list[tuple[str, str | None, str | None]]:
    r = resolve([list(p) for p in paragraphs])
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.type if q.speaker else None) for q in r.quotes]


def test_a_name_whose_shares_fell_is_the_company_its_kind_describes():
    [(_, name, kind)] = _speakers([TESSALY])
    assert (name, kind) == ("Tessaly", "organization")


def test_guard_a_name_with_no_shares_named_is_not_taken_for_the_retailer():
    [(_, name, _)] = _speakers([NO_SHARES])
    assert name != "Tessaly"


def test_a_club_called_by_its_short_name_goes_by_its_full_name():
    [(_, name, kind)] = _speakers([CLUB], [CLUB_SAID])
    assert (name, kind) == ("Rivermouth Athletic", "organization")


def test_a_verb_read_as_the_relative_of_a_names_apposition_is_the_main_verb():
    [(text, name, kind)] = _speakers([LEAD])
    assert (text, name, kind) == ("that she had been laid off", "Marisol Quintanilla", "person")


def test_the_ceo_is_the_person_named_chief_executive():
    speakers = _speakers([CHIEF], [THE_CEO])
    assert [name for _, name, _ in speakers] == ["Sunil Ferreira", "Sunil Ferreira"]


def test_the_festival_is_the_festival_the_article_named():
    [(_, name, kind)] = _speakers([FESTIVAL], [FESTIVAL_SAID])
    assert (name, kind) == ("Castlemere Festival", "organization")


def test_the_university_is_the_university_of_the_name_its_head_opens():
    speakers = _speakers([AUTHOR], [UNIVERSITY])
    assert speakers[-1][1:] == ("University of Calderon", "organization")


def test_they_is_the_person_the_article_said_uses_they():
    speakers = _speakers([AUTHOR, DECLARED], [UNIVERSITY], [UROLOGIST, HE_WARNED], [THEY])
    assert speakers[-1][:2] == ("the team was now studying cooling centres", "Robin Achebe")


def test_guard_they_is_no_named_person_without_the_articles_word():
    speakers = _speakers([AUTHOR, AUTHOR_SAID], [UNIVERSITY], [UROLOGIST, HE_WARNED], [THEY])
    assert speakers[-1][1] != "Robin Achebe"


def test_a_surname_that_is_a_common_word_after_an_inverted_cue_is_a_name():
    words = [('"', "PUNCT"), ("says", "VERB"), ("Little", "ADJ"), (",", "PUNCT"), ("46", "NUM"), (".", "PUNCT")]
    doc = cue_surnames(tagged_document(words, '" says Little, 46.'))
    assert doc.sentences[0].words[2].upos == "PROPN"
    # (not a word that opens what the cue reports: "said Little was known")
    words = [("said", "VERB"), ("Little", "ADJ"), ("was", "AUX"), ("known", "VERB")]
    assert cue_surnames(tagged_document(words, "said Little was known")).sentences[0].words[1].upos == "ADJ"
    assert "/csn1" in pretag_key('"Yes," says Little, 46.')


def test_a_cue_after_a_closing_quote_mark_is_a_verb():
    words = [("trivial", "ADJ"), (",", "PUNCT"), ('"', "PUNCT"), ("notes", "NOUN"), ("Achebe", "PROPN"), (".", "PUNCT")]
    doc = inverted_cues(tagged_document(words, 'trivial," notes Achebe.'))
    assert doc.sentences[0].words[3].upos == "VERB"
    # (not after an opening mark: '"notes" of the meeting')
    words = [("the", "DET"), ('"', "PUNCT"), ("notes", "NOUN"), ("Achebe", "PROPN")]
    assert inverted_cues(tagged_document(words, 'the " notes Achebe')).sentences[0].words[2].upos == "NOUN"
    assert "/ivc1" in pretag_key('"It is trivial," notes Achebe.')


def test_a_named_bodys_spokespeople_speak_for_it():
    speakers = _speakers([BRIGHTLOOP], [SPOKESPEOPLE])
    assert speakers[-1][1:] == ("Brightloop", "organization")


def test_his_in_what_a_man_said_shows_him_a_man():
    # (the woman three paragraphs back, with a body speaking between)
    speakers = _speakers([CHAIRWOMAN], [BRIGHTLOOP], [FARMER], [BRIGHTLOOP], [RESCUE])
    assert speakers[-1][1] == "Nguyen Thi Lan"
