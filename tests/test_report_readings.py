"""A bare plural subject of a report read as the speech verb's object, drafts as documents and a
condition of anonymity without "that" (session 52; each tree is the shipped parser's for the
invented sentence in its comment):

* 'Industry group ACEA welcomed the move, saying carmakers needed "breathing space."' had
  "needed" an adjective of the quoted words and "carmakers" the object of "saying": the report was
  only the quoted words, a direct quote (object_subjects.past_read_as_modifier now takes a bare
  plural right after the cue as the clause's subject, as it took "the company");
* "according to a draft seen by Reuters": a draft is a document, its source an organisation
  (rules/lexicons/document_nouns.yaml), and Reuters the channel; it was an anonymous person;
* "Two officials, speaking on condition they not be named, said" states a condition of anonymity
  (rules/lexicons/anonymity_reasons.yaml: "that" may be left out); they were anonymous with none;
* "..., his spokesman said." then "spokesman Bayo Onanuga said" in the next paragraph: the
  spokesman is the one the article titles so right after (identified.spokesperson_named_later);
  not when two are titled so;
* Akan day names are a man's or a woman's ("Health Minister Ama Owusu and her deputy, Kwesi
  Mensah, ... Owusu said ... He said" gave "He" to her; rules/lexicons/given_names.yaml);
* a "who" set off right after a name is the name's though the parse hung its clause on a number
  ("She is one of more than 200 policyholders represented by attorney Luis Ferrer, who says ...":
  the speaker was "She is one of ..."; relatives._name_before_who);
* a name apposed to a title whose phrase has commas of its own ("The Ranking Member on
  Parliament's Food, Agriculture and Cocoa Affairs Committee, Kofi Adu-Gyamfi, described ...",
  the name hung on "Committee"): the name speaks, the whole title its role
  (appositive_subjects.name_apposed_inside_subject, mention_words.apposed_name,
  role_words.titled_phrase_before; the speaker was the title up to "Food");
* a body's name right after the noun of a phrase in the subject names that noun, not the speaker:
  "A team leader with the Istanbul-based volunteer search group AKUT said" had AKUT speak (the
  parse made "leader" its compound: appositive_subjects.description_read_as_names_compound; and
  mentions._names_phrase_noun), so "The team leader, Murat Kılıç," could not name him;
* Italian particles inside a name ("La Gazzetta dello Sport reported, citing a source close to the
  investigation, that ...": the speaker was "Sport"; syntax/pretags.NAME_PARTICLES);
* the time of saying with "on" read into a bare report ("Eskom said on Monday it would implement
  ...": the quote began "on Monday"; occasion_clauses.time_read_into_clause);
* a periodical named by its kind is a body ("German publication Auto Motor und Sport reported":
  "und" joins the name, "publication" is an outlet's noun; pretags.NAME_PARTICLES,
  rules/lexicons/outlet_words.yaml and media_nouns.yaml), it was the person "Auto Motor";
* a list's item after a comma with the list's last item hung on it is no apposition ("A
  spokesperson for the Michigan Department of Environment, Great Lakes, and Energy said": "Great
  Lakes" was the spokesperson's name; mention_words.appositive_conj);
* a name set off right before an interrupting cue, the apposition of the report's subject, is the
  speaker ('The vote, Senate Majority Leader Chuck Schumer said, was "a turning point ..."': the
  vote was the speaker's subject and the role "vote, Senate Majority Leader";
  reported_roots.speaker_read_as_reported_subject);
* those who speak for an outlet's owner in a case are no channel ("Lawyers for the broadcasters
  argued ...": the broadcasters were the quote's via; via.via_for), "Iran's state television
  said" still is one;
* an inquiry's findings are its report ("An investigation by Cal Fire ... concluded ... The report
  said ...": the report had no owner; statements._SAME_KIND).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve, sentence_quotes

# Industry group ACEA welcomed the move, saying carmakers needed "breathing space."
BREATHING_SPACE: list[FeatRow] = [
    ("Industry", "industry", "NOUN", 1, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 3, "nsubj", "Number=Sing"),
    ("ACEA", "ACEA", "PROPN", 3, "nsubj", "Number=Sing"),
    ("welcomed", "welcome", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("move", "move", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("saying", "say", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("carmakers", "carmaker", "NOUN", 7, "obj", "Number=Plur"),
    ("needed", "need", "VERB", 12, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ('"', '"', "PUNCT", 12, "punct", ""),
    ("##breathing", "breathing", "NOUN", 12, "compound", "Number=Sing"),
    ("space", "space", "NOUN", 7, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
]

# The decision follows pressure from Germany and Italy, according to a draft seen by Reuters.
DRAFT_SEEN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 2, "nsubj", "Number=Sing"),
    ("follows", "follow", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("pressure", "pressure", "NOUN", 2, "obj", "Number=Sing"),
    ("from", "from", "ADP", 5, "case", ""),
    ("Germany", "Germany", "PROPN", 3, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("Italy", "Italy", "PROPN", 5, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("according", "accord", "VERB", 12, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("draft", "draft", "NOUN", 2, "obl", "Number=Sing"),
    ("seen", "see", "VERB", 12, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 15, "case", ""),
    ("Reuters", "Reuters", "PROPN", 13, "obl:agent", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# Two officials, speaking on condition they not be named, said the talks had stalled.
TWO_OFFICIALS: list[FeatRow] = [
    ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("officials", "official", "NOUN", 11, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("speaking", "speak", "VERB", 1, "acl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 5, "case", ""),
    ("condition", "condition", "NOUN", 3, "obl", "Number=Sing"),
    ("they", "they", "PRON", 9, "nsubj:pass", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("be", "be", "AUX", 9, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 15, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 15, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("stalled", "stall", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]


# Nigeria's president on Tuesday ordered an investigation into the fuel shortage, his spokesman said.
HIS_SPOKESMAN: list[FeatRow] = [
    ("Nigeria", "Nigeria", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("president", "president", "NOUN", 15, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 2, "nmod", "Number=Sing"),
    ("ordered", "order", "VERB", 15, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("investigation", "investigation", "NOUN", 5, "obj", "Number=Sing"),
    ("into", "into", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("fuel", "fuel", "NOUN", 11, "compound", "Number=Sing"),
    ("shortage", "shortage", "NOUN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("his", "his", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("spokesman", "spokesman", "NOUN", 15, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# "The president is deeply concerned," spokesman Bayo Onanuga said in a statement.
SPOKESMAN_NAMED: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 5, "nsubj:pass", "Number=Sing"),
    ("is", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("deeply", "deeply", "ADV", 5, "advmod", ""),
    ("concerned", "concern", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("spokesman", "spokesman", "NOUN", 10, "compound", "Number=Sing"),
    ("Bayo", "Bayo", "PROPN", 10, "compound", "Number=Sing"),
    ("Onanuga", "Onanuga", "PROPN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# "The audit will go ahead," spokesman Tunde Bello said in a separate statement.
OTHER_SPOKESMAN: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("audit", "audit", "NOUN", 4, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 4, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("ahead", "ahead", "ADV", 4, "advmod", ""),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("spokesman", "spokesman", "NOUN", 10, "compound", "Number=Sing"),
    ("Tunde", "Tunde", "PROPN", 10, "compound", "Number=Sing"),
    ("Bello", "Bello", "PROPN", 11, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("separate", "separate", "ADJ", 15, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]


# Health Minister Ama Owusu and her deputy, Kwesi Mensah, toured the hospital on Friday.
MINISTER_TOUR: list[FeatRow] = [
    ("Health", "Health", "PROPN", 3, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Ama", "Ama", "PROPN", 3, "compound", "Number=Sing"),
    ("Owusu", "Owusu", "PROPN", 11, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("her", "her", "PRON", 6, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("deputy", "deputy", "NOUN", 3, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Kwesi", "Kwesi", "PROPN", 9, "compound", "Number=Sing"),
    ("Mensah", "Mensah", "PROPN", 6, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("toured", "tour", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 11, "obj", "Number=Sing"),
    ("on", "on", "ADP", 15, "case", ""),
    ("Friday", "Friday", "PROPN", 13, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# Owusu said the government would hire 2,000 nurses.
OWUSU_SAID: list[FeatRow] = [
    ("Owusu", "Owusu", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 5, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("hire", "hire", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("2,000", "2000", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("nurses", "nurse", "NOUN", 5, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# He said the money was already in the budget.
HE_SAID: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("money", "money", "NOUN", 8, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("already", "already", "ADV", 8, "advmod", ""),
    ("in", "in", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("budget", "budget", "NOUN", 1, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


# She is one of more than 200 Renata policyholders represented by St. Petersburg attorney Luis Ferrer, who says the Tampa-based company has systematically lowballed storm claims.
POLICYHOLDERS: list[FeatRow] = [
    ("She", "she", "PRON", 2, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 2, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("one", "one", "NUM", -1, "root", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 8, "case", ""),
    ("more", "more", "ADV", 2, "nmod", "Degree=Cmp"),
    ("than", "than", "ADP", 8, "case", ""),
    ("200", "200", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("Renata", "Renata", "PROPN", 8, "compound", "Number=Sing"),
    ("policyholders", "policyholder", "NOUN", 2, "nmod", "Number=Plur"),
    ("represented", "represent", "VERB", 8, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 13, "case", ""),
    ("St.", "St.", "PROPN", 13, "compound", "Number=Sing"),
    ("Petersburg", "Petersburg", "PROPN", 13, "compound", "Number=Sing"),
    ("attorney", "attorney", "NOUN", 9, "obl:agent", "Number=Sing"),
    ("Luis", "Luis", "PROPN", 15, "compound", "Number=Sing"),
    ("Ferrer", "Ferrer", "PROPN", 13, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("who", "who", "PRON", 18, "nsubj", "PronType=Rel"),
    ("says", "say", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("Tampa", "Tampa", "PROPN", 22, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 20, "punct", ""),
    ("##based", "based", "ADJ", 23, "amod", "Degree=Pos"),
    ("company", "company", "NOUN", 26, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("systematically", "systematically", "ADV", 26, "advmod", ""),
    ("lowballed", "lowball", "VERB", 18, "ccomp", "Tense=Past|VerbForm=Part"),
    ("storm", "storm", "NOUN", 28, "compound", "Number=Sing"),
    ("claims", "claim", "NOUN", 26, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The Ranking Member on Parliament's Food, Agriculture and Cocoa Affairs Committee, Kofi Adu-Gyamfi, described the taskforce as "a knee-jerk reaction" on Wednesday.
RANKING_MEMBER: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Ranking", "rank", "VERB", 2, "amod", "VerbForm=Ger"),
    ("Member", "Member", "PROPN", 19, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 6, "case", ""),
    ("Parliament", "Parliament", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 4, "case", ""),
    ("Food", "food", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Agriculture", "Agriculture", "PROPN", 6, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("Cocoa", "Cocoa", "PROPN", 12, "compound", "Number=Sing"),
    ("Affairs", "affair", "PROPN", 12, "compound", "Number=Plur"),
    ("Committee", "Committee", "PROPN", 6, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("Kofi", "Kofi", "PROPN", 15, "compound", "Number=Sing"),
    ("Adu", "Adu", "PROPN", 12, "appos", "Number=Sing"),
    ("##-", "-", "PUNCT", 15, "punct", ""),
    ("##Gyamfi", "Gyamfi", "PROPN", 15, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("described", "describe", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("taskforce", "taskforce", "NOUN", 19, "obj", "Number=Sing"),
    ("as", "as", "ADP", 28, "case", ""),
    ('"', '"', "PUNCT", 28, "punct", ""),
    ("##a", "a", "DET", 28, "det", "Definite=Ind|PronType=Art"),
    ("knee", "knee", "NOUN", 27, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 25, "punct", ""),
    ("##jerk", "jerk", "NOUN", 28, "compound", "Number=Sing"),
    ("reaction", "reaction", "NOUN", 19, "obl", "Number=Sing"),
    ('##"', '"', "PUNCT", 28, "punct", ""),
    ("on", "on", "ADP", 31, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 19, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]


# A team leader with the Istanbul-based volunteer search group AKUT said his crew had pulled two children alive from the same building late Tuesday.
TEAM_LEADER: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("team", "team", "NOUN", 2, "compound", "Number=Sing"),
    ("leader", "leader", "NOUN", 12, "nsubj", "Number=Sing"),
    ("with", "with", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("Istanbul", "Istanbul", "PROPN", 7, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 5, "punct", ""),
    ("##based", "based", "ADJ", 10, "amod", "Degree=Pos"),
    ("volunteer", "volunteer", "NOUN", 10, "compound", "Number=Sing"),
    ("search", "search", "NOUN", 10, "compound", "Number=Sing"),
    ("group", "group", "NOUN", 2, "nmod", "Number=Sing"),
    ("AKUT", "AKUT", "PROPN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("his", "his", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("crew", "crew", "NOUN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("pulled", "pull", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("two", "two", "NUM", 18, "nummod", "NumForm=Word|NumType=Card"),
    ("children", "child", "NOUN", 16, "obj", "Number=Plur"),
    ("alive", "alive", "ADJ", 16, "xcomp", "Degree=Pos"),
    ("from", "from", "ADP", 25, "case", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("same", "same", "ADJ", 25, "amod", "Degree=Pos"),
    ("building", "build", "VERB", 25, "amod", "VerbForm=Ger"),
    ("late", "late", "ADJ", 25, "amod", "Degree=Pos"),
    ("Tuesday", "Tuesday", "PROPN", 19, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# The team leader, Murat Kılıç, said the rescuers were working in shifts of four hours because of the cold.
LEADER_NAMED: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 2, "compound", "Number=Sing"),
    ("leader", "leader", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("Murat", "Murat", "PROPN", 5, "compound", "Number=Sing"),
    ("K\u0131l\u0131\u00e7", "K\u0131l\u0131\u00e7", "PROPN", 2, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("rescuers", "rescuer", "NOUN", 11, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("working", "work", "VERB", 7, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("in", "in", "ADP", 13, "case", ""),
    ("shifts", "shift", "NOUN", 11, "obl", "Number=Plur"),
    ("of", "of", "ADP", 16, "case", ""),
    ("four", "four", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("hours", "hour", "NOUN", 13, "nmod", "Number=Plur"),
    ("because", "because", "ADP", 20, "case", "ExtPos=ADP"),
    ("of", "of", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("cold", "cold", "ADJ", 11, "obl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Italian newspaper La Gazzetta dello Sport reported on Wednesday, citing a source close to the investigation, that investigators were examining payments.
GAZZETTA: list[FeatRow] = [
    ("Italian", "Italian", "ADJ", 1, "amod", "Degree=Pos"),
    ("newspaper", "newspaper", "NOUN", 3, "compound", "Number=Sing"),
    ("La", "La", "PROPN", 3, "compound", "Number=Sing"),
    ("Gazzetta", "Gazzetta", "PROPN", 6, "nsubj", "Number=Sing"),
    ("dello", "dello", "PROPN", 5, "compound", "Number=Sing"),
    ("Sport", "Sport", "PROPN", 1, "flat", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 6, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("citing", "cite", "VERB", 6, "advcl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 10, "obj", "Number=Sing"),
    ("close", "close", "ADJ", 10, "xcomp", "Degree=Pos"),
    ("to", "to", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("investigation", "investigation", "NOUN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("investigators", "investigator", "NOUN", 21, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 21, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("examining", "examine", "VERB", 10, "advcl", "Tense=Pres|VerbForm=Part"),
    ("payments", "payment", "NOUN", 21, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


# JOHANNESBURG - South Africa's power utility Eskom said on Monday it would implement stage 4 load-shedding from 4pm, blaming breakdowns at six generating units.
ON_MONDAY: list[FeatRow] = [
    ("JOHANNESBURG", "Johannesbuge", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("-", "-", "PUNCT", 0, "punct", ""),
    ("South", "South", "PROPN", 3, "compound", "Number=Sing"),
    ("Africa", "Africa", "PROPN", 6, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 3, "case", ""),
    ("power", "power", "NOUN", 6, "compound", "Number=Sing"),
    ("utility", "utility", "NOUN", 8, "nsubj", "Number=Sing"),
    ("Eskom", "Eskom", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Monday", "Monday", "PROPN", 13, "obl", "Number=Sing"),
    ("it", "it", "PRON", 13, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("implement", "implement", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("stage", "stage", "NOUN", 13, "obj", "Number=Sing"),
    ("4", "4", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("load", "load", "NOUN", 18, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 16, "punct", ""),
    ("##shedding", "shed", "VERB", 13, "obj", "VerbForm=Ger"),
    ("from", "from", "ADP", 20, "case", ""),
    ("4", "4", "NUM", 18, "obl", "NumForm=Digit|NumType=Card"),
    ("##pm", "p.m.", "NOUN", 20, "nmod:unmarked", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("blaming", "blame", "VERB", 13, "advcl", "Tense=Pres|VerbForm=Part"),
    ("breakdowns", "breakdown", "NOUN", 23, "obj", "Number=Plur"),
    ("at", "at", "ADP", 28, "case", ""),
    ("six", "six", "NUM", 28, "nummod", "NumForm=Word|NumType=Card"),
    ("generating", "generating", "NOUN", 28, "compound", "Number=Sing"),
    ("units", "unit", "NOUN", 23, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


# German publication Auto Motor und Sport reported that Halcyon had already approached at least two candidates.
AUTO_MOTOR: list[FeatRow] = [
    ("German", "German", "ADJ", 1, "amod", "Degree=Pos"),
    ("publication", "publication", "NOUN", 2, "compound", "Number=Sing"),
    ("Auto", "Auto", "PROPN", 6, "nsubj", "Number=Sing"),
    ("Motor", "Motor", "PROPN", 5, "compound", "Number=Sing"),
    ("und", "und", "PROPN", 5, "compound", "Number=Sing"),
    ("Sport", "Sport", "PROPN", 1, "flat", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("Halcyon", "Halcyon", "PROPN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("already", "already", "ADV", 11, "advmod", ""),
    ("approached", "approach", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    ("at", "at", "ADP", 15, "case", ""),
    ("least", "least", "ADJ", 15, "nummod", "Degree=Sup"),
    ("two", "two", "NUM", 15, "nummod", "NumForm=Word|NumType=Card"),
    ("candidates", "candidate", "NOUN", 11, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# A spokesperson for the Michigan Department of Environment, Great Lakes, and Energy said the agency has been in regular contact with DWSD.
GREAT_LAKES: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokesperson", "spokesperson", "NOUN", 14, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("Michigan", "Michigan", "ADJ", 5, "amod", "Degree=Pos"),
    ("Department", "Department", "PROPN", 1, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("Environment", "environment", "PROPN", 5, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("Great", "great", "ADJ", 10, "amod", "Degree=Pos"),
    ("Lakes", "Lake", "PROPN", 7, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("Energy", "Energy", "PROPN", 10, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 21, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 21, "cop", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 21, "case", ""),
    ("regular", "regular", "ADJ", 21, "amod", "Degree=Pos"),
    ("contact", "contact", "NOUN", 14, "ccomp", "Number=Sing"),
    ("with", "with", "ADP", 23, "case", ""),
    ("DWSD", "DWSD", "PROPN", 21, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]


# The vote, Senate Majority Leader Chuck Schumer said, was "a turning point for American workers."
VOTE_SCHUMER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 14, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Senate", "Senate", "PROPN", 7, "compound", "Number=Sing"),
    ("Majority", "Majority", "PROPN", 7, "compound", "Number=Sing"),
    ("Leader", "Leader", "PROPN", 7, "compound", "Number=Sing"),
    ("Chuck", "Chuck", "PROPN", 7, "compound", "Number=Sing"),
    ("Schumer", "Schumer", "PROPN", 1, "appos", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("was", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("##a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("turning", "turn", "VERB", 14, "amod", "VerbForm=Ger"),
    ("point", "point", "NOUN", 8, "ccomp", "Number=Sing"),
    ("for", "for", "ADP", 17, "case", ""),
    ("American", "American", "ADJ", 17, "amod", "Degree=Pos"),
    ("workers", "worker", "NOUN", 14, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 14, "punct", ""),
]


# Lawyers for the broadcasters argued in court filings that the cuts were retaliation.
BROADCASTERS_LAWYERS: list[FeatRow] = [
    ("Lawyers", "lawyer", "NOUN", -1, "root", "Number=Plur"),
    ("for", "for", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("broadcasters", "broadcaster", "NOUN", 0, "nmod", "Number=Plur"),
    ("argued", "argue", "VERB", 0, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 7, "case", ""),
    ("court", "court", "NOUN", 7, "compound", "Number=Sing"),
    ("filings", "filing", "NOUN", 4, "obl", "Number=Plur"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("cuts", "cut", "NOUN", 12, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 12, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("retaliation", "retaliation", "NOUN", 4, "advcl", "Number=Sing"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]

# Iran's state television said the talks had failed.
STATE_TV: list[FeatRow] = [
    ("Iran", "Iran", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("state", "state", "NOUN", 3, "compound", "Number=Sing"),
    ("television", "television", "NOUN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 8, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


# An investigation by Cal Fire released in March concluded that the blaze began at a power line.
FIRE_INVESTIGATION: list[FeatRow] = [
    ("An", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("investigation", "investigation", "NOUN", 8, "nsubj", "Number=Sing"),
    ("by", "by", "ADP", 3, "case", ""),
    ("Cal", "Cal", "PROPN", 1, "nmod", "Number=Sing"),
    ("Fire", "Fire", "PROPN", 1, "nmod", "Number=Sing"),
    ("released", "release", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("March", "March", "PROPN", 5, "obl", "Number=Sing"),
    ("concluded", "conclude", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("blaze", "blaze", "NOUN", 12, "nsubj", "Number=Sing"),
    ("began", "begin", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("power", "power", "NOUN", 16, "compound", "Number=Sing"),
    ("line", "line", "NOUN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# The report said the utility had last trimmed vegetation in 2019.
REPORT_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("utility", "utility", "NOUN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 8, "amod", "Degree=Pos"),
    ("trimmed", "trim", "VERB", 8, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("vegetation", "vegetation", "NOUN", 5, "obj", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("2019", "2019", "NUM", 8, "nmod", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_bare_plural_after_the_cue_before_a_past_form_is_the_reports_subject():
    assert [q[:3] for q in sentence_quotes(BREATHING_SPACE)] == [
        ('carmakers needed "breathing space."', "Industry group ACEA", "mixed")
    ]


def test_a_draft_is_a_document_of_an_organisation():
    (q,) = resolve([[DRAFT_SEEN]]).quotes
    assert q.speaker is not None and q.speaker.type == "organization"
    assert q.via is not None and q.via.name == "Reuters"


def test_a_condition_of_anonymity_without_that_is_a_stated_condition():
    (q,) = resolve([[TWO_OFFICIALS]]).quotes
    assert q.speaker is not None and (q.speaker.text, q.speaker.anonymity) == ("Two officials", "anonymous-with-reason")


def test_a_persons_spokesman_titled_by_name_in_the_next_paragraph_is_that_person():
    first, _ = resolve([[HIS_SPOKESMAN], [SPOKESMAN_NAMED]]).quotes
    assert first.speaker is not None and (first.speaker.name, first.speaker.type) == ("Bayo Onanuga", "person")
    first, *_ = resolve([[HIS_SPOKESMAN], [SPOKESMAN_NAMED, OTHER_SPOKESMAN]]).quotes
    assert first.speaker is not None and first.speaker.type == "organization"


def test_akan_day_names_give_the_pronoun_its_gender():
    quotes = resolve([[MINISTER_TOUR], [OWUSU_SAID, HE_SAID]]).quotes
    assert [q.speaker.name for q in quotes if q.speaker is not None] == ["Ama Owusu", "Kwesi Mensah"]


def test_a_who_right_after_a_name_is_the_names_though_hung_on_a_number():
    (q,) = resolve([[POLICYHOLDERS]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("Luis Ferrer", "named")


def test_a_name_apposed_to_a_title_with_commas_of_its_own_speaks_with_the_title_its_role():
    (q,) = resolve([[RANKING_MEMBER]]).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == (
        "Kofi Adu-Gyamfi",
        "Ranking Member on Parliament's Food, Agriculture and Cocoa Affairs Committee",
    )


def test_a_bodys_name_after_a_phrase_noun_names_the_noun_and_the_description_is_named_next():
    quotes = resolve([[TEAM_LEADER, LEADER_NAMED]]).quotes
    assert [(q.speaker.name, q.speaker.type) for q in quotes if q.speaker is not None] == [
        ("Murat Kılıç", "person"),
        ("Murat Kılıç", "person"),
    ]


def test_an_italian_particle_keeps_an_outlets_name_whole():
    (q,) = resolve([[GAZZETTA]]).quotes
    assert q.speaker is not None and q.speaker.text == "a source close to the investigation"
    assert q.via is not None and q.via.name == "La Gazzetta dello Sport"


def test_the_day_of_saying_with_on_is_no_part_of_the_report():
    ((text, speaker, _, _),) = sentence_quotes(ON_MONDAY)
    assert text == "it would implement stage 4 load-shedding from 4pm, blaming breakdowns at six generating units"


def test_a_periodical_named_by_its_kind_is_a_body():
    (q,) = resolve([[AUTO_MOTOR]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Auto Motor und Sport", "organization")


def test_a_lists_item_with_the_last_item_hung_on_it_is_no_apposition():
    (q,) = resolve([[GREAT_LAKES]]).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type) == (
        "Michigan Department of Environment, Great Lakes, and Energy",
        "organization",
    )


def test_a_name_apposed_to_the_reports_subject_right_before_the_cue_is_the_speaker():
    quotes = resolve([[VOTE_SCHUMER]]).quotes
    assert {(q.speaker.name, q.speaker.role) for q in quotes if q.speaker is not None} == {
        ("Chuck Schumer", "Senate Majority Leader")
    }
    assert [q.text for q in quotes] == ["The vote", 'was "a turning point for American workers."']


def test_lawyers_for_broadcasters_are_no_channel():
    (q,) = resolve([[BROADCASTERS_LAWYERS]]).quotes
    assert q.via is None
    (q,) = resolve([[STATE_TV]]).quotes
    assert q.via is not None and q.via.text == "state television"


def test_the_report_of_an_investigation_named_before_is_its_owners():
    quotes = resolve([[FIRE_INVESTIGATION, REPORT_SAID]]).quotes
    assert [q.speaker.name for q in quotes if q.speaker is not None] == ["Cal Fire", "Cal Fire"]
