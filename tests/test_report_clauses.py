"""Reports the parse took from the wrong clause, session 62 (from the error classes of earlier
sessions' fresh articles; the trees are the shipped parser's for these invented sentences):

* a clause after the cue that a comma and a subordinator open ("..., Finance Minister Lorna Tembo said
  on Wednesday, as usable reserves fell ...") is when or why it was said, not what: the report is
  the clause the cue closes (late_repairs.subordinate_read_as_report);
* the speaker between a closing quote and its cue, which the parse hung inside the quote or under
  a participle opening the title ('"We will find them," acting police chief Jane Roe said.',
  '"I will not stop," jailed activist Nadia Roe said', '"...," retired marine biologist Owen
  Pryce, who campaigned against the first plan, told the Evening Post.'), is the cue's subject,
  its title words the name's (quoted_subjects.speaker_hung_after_quote);
* an accusation is its "of" phrase, not the one accused, on a verb coordinated with the speaker's
  first one too ("said ... and accused it of hiding the terms": pattern accuse-of-conjunct; "welcomed
  the offer and accused the company of dragging its feet": accuse-of-object-conjunct), and with a
  clause for the charge ("accused the company of dragging its feet": accuse-of-object); not after a
  passive first verb ("was criticised ... and then praised for his courage": the senator was
  praised; a pattern's ``without`` now takes a relation with its subtype, "aux:pass");
* a name set off after a title joined by "and" is the whole title's (the parse hung it on the title
  as a conjunct, or on the field after "and"): "The chairman and chief executive, Mary Pouono, said"
  (one person's two posts: mention_words._second_post), "Ghana's minister of roads and rural
  transport, Kwame Asare Boateng, said" (lower-case fields with an adjective:
  mention_words._field_of_office; quoted_subjects.name_set_off_after_coordinated_title), also with the
  name a compound of the post's second word and that word a conjunct of its own ("The Controller and
  Chief Auditor, Leota Sina Pouono, told");
* a given name the tagger read as a preposition opens the name ("mayor Per Vidar Moen said":
  name_tags.given_name_read_as_preposition), and a ministry of the sea is a portfolio ("Sea, Transport
  and Infrastructure Minister Ivan Perkovic said": ``portfolio_words``);
* a name of three words after an office's "for" phrase is all three ("State Minister for Water Peter
  Mugisha Kato": name_runs._after_title_of, the words the parse joined under the name's last);
* a document's "show" the tagger read as a noun compounded onto the noun after it ("Official data
  show unemployment fell", "Data from the ministry show exports fell") is the document's finding
  verb (document_cues.finding_verb_read_as_compound);
* a report whose subject has a contrast set off by commas ("She said the council, and not its
  tenants, should pay", the verb a parataxis of the cue in the parse) is the cue's report
  (double_subject._apposition_as_clause_subject);
* a role that ends in a body's bracketed acronym keeps its closing bracket ("president of the Fuel
  Retailers Association (FURA)": mentions._role_around).
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import article_records, quote_records, sentence_quotes

# Zambia is in talks with China and Gulf lenders for fresh financing to avoid defaulting on a bond, Finance Minister Lorna Tembo said on Wednesday, as usable reserves fell to their lowest level in a decade.
AS_CLAUSE: list[FeatRow] = [
    ("Zambia", "Zambia", "PROPN", 3, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "ADP", 3, "case", ""),
    ("talks", "talk", "NOUN", -1, "root", "Number=Plur"),
    ("with", "with", "ADP", 5, "case", ""),
    ("China", "China", "PROPN", 3, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("Gulf", "Gulf", "PROPN", 8, "compound", "Number=Sing"),
    ("lenders", "lender", "NOUN", 5, "conj", "Number=Plur"),
    ("for", "for", "ADP", 11, "case", ""),
    ("fresh", "fresh", "ADJ", 11, "amod", "Degree=Pos"),
    ("financing", "finance", "VERB", 8, "nmod", "VerbForm=Ger"),
    ("to", "to", "PART", 13, "mark", ""),
    ("avoid", "avoid", "VERB", 11, "xcomp", "VerbForm=Inf"),
    ("defaulting", "default", "VERB", 13, "xcomp", "VerbForm=Ger"),
    ("on", "on", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("bond", "bond", "NOUN", 14, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("Finance", "Finance", "PROPN", 22, "compound", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 22, "compound", "Number=Sing"),
    ("Lorna", "Lorna", "PROPN", 22, "compound", "Number=Sing"),
    ("Tembo", "Tembo", "PROPN", 23, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 25, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 23, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 30, "punct", ""),
    ("as", "as", "ADP", 29, "case", ""),
    ("usable", "usable", "ADJ", 29, "amod", "Degree=Pos"),
    ("reserves", "reserve", "NOUN", 30, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", 23, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 34, "case", ""),
    ("their", "their", "PRON", 34, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("lowest", "low", "ADJ", 34, "amod", "Degree=Sup"),
    ("level", "level", "NOUN", 30, "obl", "Number=Sing"),
    ("in", "in", "ADP", 37, "case", ""),
    ("a", "a", "DET", 37, "det", "Definite=Ind|PronType=Art"),
    ("decade", "decade", "NOUN", 34, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 23, "punct", ""),
]


# "We will find them," acting police chief Jane Roe said.
AFTER_QUOTE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("find", "find", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("them", "they", "PRON", 3, "obj", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("acting", "act", "VERB", 9, "amod", "Tense=Pres|VerbForm=Part"),
    ("police", "police", "NOUN", 9, "compound", "Number=Sing"),
    ("chief", "chief", "NOUN", 11, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 11, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 3, "obj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# "I will not stop," jailed activist Nadia Roe said in a letter.
AFTER_QUOTE_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##I", "I", "PRON", 4, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 4, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("stop", "stop", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 7, "punct", ""),
    ("jailed", "jail", "VERB", 4, "parataxis", "Tense=Past|VerbForm=Fin"),
    ("activist", "activist", "NOUN", 10, "compound", "Number=Sing"),
    ("Nadia", "Nadia", "PROPN", 10, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 7, "obj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("letter", "letter", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# "A smaller harbour is still a harbour," retired marine biologist Owen Pryce, who campaigned against the first plan, told the Evening Post.
AFTER_QUOTE_3: list[FeatRow] = [
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("##A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("smaller", "small", "ADJ", 3, "amod", "Degree=Cmp"),
    ("harbour", "harbour", "NOUN", 7, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("still", "still", "ADV", 7, "advmod", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("harbour", "harbour", "NOUN", 23, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ('##"', '"', "PUNCT", 10, "punct", ""),
    ("retired", "retire", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("marine", "marine", "ADJ", 12, "amod", "Degree=Pos"),
    ("biologist", "biologist", "NOUN", 10, "obj", "Number=Sing"),
    ("Owen", "Owen", "PROPN", 14, "compound", "Number=Sing"),
    ("Pryce", "Pryce", "PROPN", 12, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("who", "who", "PRON", 17, "nsubj", "PronType=Rel"),
    ("campaigned", "campaign", "VERB", 12, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("first", "first", "ADJ", 21, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("plan", "plan", "NOUN", 17, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 17, "punct", ""),
    ("told", "tell", "VERB", 10, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("Evening", "Evening", "PROPN", 26, "compound", "Number=Sing"),
    ("Post", "Post", "PROPN", 23, "iobj", "Number=Sing"),
    ("##.", ".", "PUNCT", 23, "punct", ""),
]


# Senator Omar Baig said the government had "given away the country's sovereignty" and accused it of hiding the terms of the loan from parliament.
ACCUSED: list[FeatRow] = [
    ("Senator", "Senator", "PROPN", 2, "compound", "Number=Sing"),
    ("Omar", "Omar", "PROPN", 2, "compound", "Number=Sing"),
    ("Baig", "Baig", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 8, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 8, "punct", ""),
    ("##given", "give", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("away", "away", "ADV", 8, "advmod", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("country", "country", "NOUN", 13, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 11, "case", ""),
    ("sovereignty", "sovereignty", "NOUN", 8, "obj", "Number=Sing"),
    ('##"', '"', "PUNCT", 13, "punct", ""),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("accused", "accuse", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 16, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("of", "of", "SCONJ", 19, "mark", ""),
    ("hiding", "hide", "VERB", 16, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("terms", "term", "NOUN", 19, "obj", "Number=Plur"),
    ("of", "of", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("loan", "loan", "NOUN", 21, "nmod", "Number=Sing"),
    ("from", "from", "ADP", 26, "case", ""),
    ("parliament", "parliament", "NOUN", 24, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The union welcomed the offer and accused the company of dragging its feet.
ACCUSED_2: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("welcomed", "welcome", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("offer", "offer", "NOUN", 2, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("accused", "accuse", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 6, "obj", "Number=Sing"),
    ("of", "of", "SCONJ", 10, "mark", ""),
    ("dragging", "drag", "VERB", 8, "acl", "VerbForm=Ger"),
    ("its", "its", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("feet", "foot", "NOUN", 10, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The union accused the company of dragging its feet.
ACCUSED_3: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("accused", "accuse", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "SCONJ", 6, "mark", ""),
    ("dragging", "drag", "VERB", 4, "acl", "VerbForm=Ger"),
    ("its", "its", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("feet", "foot", "NOUN", 6, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# The chairman and chief executive, Mary Pouono, said the firm had encountered delays.
TWO_POSTS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("chairman", "chairman", "NOUN", 9, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("chief", "chief", "ADJ", 4, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 1, "conj", "Degree=Pos"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Mary", "Mary", "PROPN", 7, "compound", "Number=Sing"),
    ("Pouono", "Pouono", "PROPN", 1, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("encountered", "encounter", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    ("delays", "delay", "NOUN", 13, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# Ghana's minister of roads and rural transport, Kwame Asare Boateng, said the bridge would reopen in May.
TWO_POSTS_2: list[FeatRow] = [
    ("Ghana", "Ghana", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("minister", "minister", "NOUN", 13, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("roads", "road", "NOUN", 2, "nmod", "Number=Plur"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("rural", "rural", "ADJ", 7, "amod", "Degree=Pos"),
    ("transport", "transport", "NOUN", 4, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("Kwame", "Kwame", "PROPN", 11, "compound", "Number=Sing"),
    ("Asare", "Asare", "PROPN", 11, "compound", "Number=Sing"),
    ("Boateng", "Boateng", "PROPN", 7, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 17, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 17, "aux", "VerbForm=Fin"),
    ("reopen", "reopen", "VERB", 13, "ccomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 19, "case", ""),
    ("May", "May", "PROPN", 17, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


# In Froya, mayor Per Vidar Moen said the municipality had received less from the fund.
PER: list[FeatRow] = [
    ("In", "in", "ADP", 1, "case", ""),
    ("Froya", "Froya", "PROPN", 7, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("mayor", "mayor", "NOUN", 7, "nsubj", "Number=Sing"),
    ("Per", "per", "ADP", 5, "case", ""),
    ("Vidar", "Vidar", "PROPN", 3, "nmod", "Number=Sing"),
    ("Moen", "Moen", "PROPN", 3, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("municipality", "municipality", "NOUN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("received", "receive", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part"),
    ("less", "less", "ADV", 11, "advmod", "Degree=Cmp"),
    ("from", "from", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("fund", "fund", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


# Sea, Transport and Infrastructure Minister Ivan Perkovic said the money would be used to freeze fares.
SEA: list[FeatRow] = [
    ("Sea", "Sea", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Transport", "Transport", "PROPN", 0, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("Infrastructure", "Infrastructure", "PROPN", 2, "conj", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 2, "conj", "Number=Sing"),
    ("Ivan", "Ivan", "PROPN", 7, "compound", "Number=Sing"),
    ("Perkovic", "Perkovic", "PROPN", 2, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("money", "money", "NOUN", 13, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 13, "aux:pass", "VerbForm=Inf"),
    ("used", "use", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 15, "mark", ""),
    ("freeze", "freeze", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("fares", "fare", "NOUN", 15, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


# State Minister for Water Peter Mugisha Kato defended the plan on Tuesday, telling parliament that the government had followed the law at every stage.
THREE_NAMES: list[FeatRow] = [
    ("State", "state", "NOUN", 7, "nsubj", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 7, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 6, "case", ""),
    ("Water", "Water", "PROPN", 4, "compound", "Number=Sing"),
    ("Peter", "Peter", "PROPN", 1, "nmod", "Number=Sing"),
    ("Mugisha", "Mugisha", "PROPN", 6, "compound", "Number=Sing"),
    ("Kato", "Kato", "PROPN", 1, "nmod", "Number=Sing"),
    ("defended", "defend", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "obj", "Number=Sing"),
    ("on", "on", "ADP", 11, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("telling", "tell", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("parliament", "parliament", "NOUN", 13, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 19, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("followed", "follow", "VERB", 14, "acl", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("law", "law", "NOUN", 19, "obj", "Number=Sing"),
    ("at", "at", "ADP", 24, "case", ""),
    ("every", "every", "DET", 24, "det", "PronType=Ind"),
    ("stage", "stage", "NOUN", 19, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]


# Official data show unemployment fell to 4 percent.
DATA_SHOW: list[FeatRow] = [
    ("Official", "Official", "ADJ", 3, "amod", "Degree=Pos"),
    ("data", "data", "NOUN", 3, "compound", "Number=Sing"),
    ("show", "show", "NOUN", 3, "compound", "Number=Sing"),
    ("unemployment", "unemployment", "NOUN", 4, "nsubj", "Number=Sing"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 7, "case", ""),
    ("4", "4", "NUM", 7, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 4, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Data from the ministry show exports fell 12 percent.
DATA_SHOW_2: list[FeatRow] = [
    ("Data", "data", "NOUN", 6, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 5, "compound", "Number=Sing"),
    ("show", "show", "NOUN", 5, "compound", "Number=Sing"),
    ("exports", "export", "NOUN", 0, "nmod", "Number=Plur"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("12", "12", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


# The mayor called the vote.
NOT_ITS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("called", "call", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 2, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# She said the council, and not its tenants, should pay.
NOT_ITS_2: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 1, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("and", "and", "CCONJ", 8, "cc", ""),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("its", "its", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("tenants", "tenant", "NOUN", 11, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("should", "should", "AUX", 11, "aux", "VerbForm=Fin"),
    ("pay", "pay", "VERB", 1, "parataxis", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


# The president of the Fuel Retailers Association (FURA), Emeka Okafor, said the price cut would bring relief.
BRACKET: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 14, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Fuel", "Fuel", "PROPN", 6, "compound", "Number=Sing"),
    ("Retailers", "Retailer", "PROPN", 6, "compound", "Number=Plur"),
    ("Association", "Association", "PROPN", 1, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 8, "punct", ""),
    ("##FURA", "FURA", "PROPN", 6, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 8, "punct", ""),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Emeka", "Emeka", "PROPN", 12, "compound", "Number=Sing"),
    ("Okafor", "Okafor", "PROPN", 8, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("price", "price", "NOUN", 17, "compound", "Number=Sing"),
    ("cut", "cut", "NOUN", 19, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 19, "aux", "VerbForm=Fin"),
    ("bring", "bring", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("relief", "relief", "NOUN", 19, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]


# The Controller and Chief Auditor, Leota Sina Pouono, told Parliament's Finance and Expenditure Committee that her office had encountered "significant delays" in obtaining records.
CONTROLLER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Controller", "Controller", "PROPN", 10, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("Chief", "Chief", "PROPN", 1, "conj", "Number=Sing"),
    ("Auditor", "Auditor", "PROPN", 1, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("Leota", "Leota", "PROPN", 8, "compound", "Number=Sing"),
    ("Sina", "Sina", "PROPN", 8, "compound", "Number=Sing"),
    ("Pouono", "Pouono", "PROPN", 4, "compound", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Parliament", "Parliament", "PROPN", 13, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 11, "case", ""),
    ("Finance", "Finance", "PROPN", 10, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("Expenditure", "Expenditure", "PROPN", 13, "conj", "Number=Sing"),
    ("Committee", "Committee", "PROPN", 13, "conj", "Number=Sing"),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("her", "her", "PRON", 19, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("office", "office", "NOUN", 21, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("encountered", "encounter", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ('"', '"', "PUNCT", 24, "punct", ""),
    ("##significant", "significant", "ADJ", 24, "amod", "Degree=Pos"),
    ("delays", "delay", "NOUN", 21, "obj", "Number=Plur"),
    ('##"', '"', "PUNCT", 24, "punct", ""),
    ("in", "in", "SCONJ", 27, "mark", ""),
    ("obtaining", "obtain", "VERB", 21, "advcl", "VerbForm=Ger"),
    ("records", "record", "NOUN", 27, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


# The senator was criticised by his own party for the vote and then praised for his courage in the debate, a new poll found.
PASSIVE_FIRST: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("senator", "senator", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("criticised", "criticise", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 7, "case", ""),
    ("his", "his", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("own", "own", "ADJ", 7, "amod", "Degree=Pos"),
    ("party", "party", "NOUN", 3, "obl:agent", "Number=Sing"),
    ("for", "for", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 7, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("then", "then", "ADV", 13, "advmod", "PronType=Dem"),
    ("praised", "praise", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 16, "case", ""),
    ("his", "his", "PRON", 16, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("courage", "courage", "NOUN", 13, "obl", "Number=Sing"),
    ("in", "in", "ADP", 19, "case", ""),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("debate", "debate", "NOUN", 16, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 24, "punct", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 23, "amod", "Degree=Pos"),
    ("poll", "poll", "NOUN", 24, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_subordinate_clause_after_the_cue_is_not_the_report():
    [(text, name, kind, role)] = quote_records(AS_CLAUSE)
    assert text.startswith("Zambia is in talks") and text.endswith("defaulting on a bond")
    assert (name, kind, role) == ("Lorna Tembo", "person", "Finance Minister")


def test_the_speaker_after_a_closing_quote_is_the_cues_subject():
    [(text, name, kind, role)] = quote_records(AFTER_QUOTE)
    assert (text, name, kind, role) == ('"We will find them,"', "Jane Roe", "person", "acting police chief")
    [(text, name, _, role)] = quote_records(AFTER_QUOTE_2)
    assert (text, name, role) == ('"I will not stop,"', "Nadia Roe", "jailed activist")
    [(text, name, _, role)] = quote_records(AFTER_QUOTE_3)
    assert text == '"A smaller harbour is still a harbour,"'
    assert (name, role) == ("Owen Pryce", "retired marine biologist")


def test_an_accusation_is_its_of_phrase_on_a_coordinated_verb_or_with_a_clause():
    assert (
        "of hiding the terms of the loan from parliament",
        "Senator Omar Baig",
        "indirect",
        "accuse-of-conjunct",
    ) in (sentence_quotes(ACCUSED))
    for rows, rule in ((ACCUSED_2, "accuse-of-object-conjunct"), (ACCUSED_3, "accuse-of-object")):
        assert ("of dragging its feet", "The union", "indirect", rule) in sentence_quotes(rows)
        assert all(not text.startswith("the company") for text, *_ in sentence_quotes(rows))


def test_a_name_set_off_after_a_title_joined_by_and_is_the_titles():
    [(_, name, kind, role)] = quote_records(TWO_POSTS)
    assert (name, kind, role) == ("Mary Pouono", "person", "chairman and chief executive")
    [(_, name, kind, role)] = quote_records(TWO_POSTS_2)
    assert (name, kind, role) == ("Kwame Asare Boateng", "person", "Ghana's minister of roads and rural transport")


def test_a_given_name_read_as_a_preposition_opens_the_name():
    assert PER[4][2] == "ADP"  # ("Per" a preposition in the parse)
    [(_, name, kind, role)] = quote_records(PER)
    assert (name, kind, role) == ("Per Vidar Moen", "person", "mayor")


def test_a_ministry_of_the_sea_is_a_portfolio():
    [(_, name, kind, role)] = quote_records(SEA)
    assert (name, kind, role) == ("Ivan Perkovic", "person", "Sea, Transport and Infrastructure Minister")


def test_a_three_word_name_after_an_offices_phrase_is_whole():
    [(_, name, kind, role)] = quote_records(THREE_NAMES)
    assert (name, kind, role) == ("Peter Mugisha Kato", "person", "State Minister for Water")


def test_a_documents_show_read_as_a_compound_is_its_finding_verb():
    assert DATA_SHOW[2][2] == "NOUN" and DATA_SHOW_2[4][2] == "NOUN"  # ("show" a noun in the parse)
    [(text, name, kind, _)] = quote_records(DATA_SHOW)
    assert (text, name, kind) == ("unemployment fell to 4 percent", "Official data", "organization")
    [(text, name, kind, _)] = quote_records(DATA_SHOW_2)
    assert (text, name, kind) == ("exports fell 12 percent", "Data from the ministry", "organization")


def test_a_report_whose_subject_has_a_contrast_set_off():
    assert NOT_ITS_2[11][4] == "parataxis"  # ("pay" not the cue's complement in the parse)
    [(text, name, kind, _)] = article_records((NOT_ITS,), (NOT_ITS_2,))
    assert text == "the council, and not its tenants, should pay"
    assert (name, kind) == ("The mayor", "anonymous")


def test_a_role_ending_in_a_bracketed_acronym_closes_it():
    [(_, name, _, role)] = quote_records(BRACKET)
    assert (name, role) == ("Emeka Okafor", "president of the Fuel Retailers Association (FURA)")


def test_a_name_set_off_after_a_two_word_post_split_by_the_parse():
    assert (
        CONTROLLER[4][4] == "conj" and CONTROLLER[8][4] == "compound"
    )  # ("Auditor" a conjunct, the name its compound)
    [(_, name, kind, role)] = quote_records(CONTROLLER)
    assert (name, kind, role) == ("Leota Sina Pouono", "person", "Controller and Chief Auditor")


def test_no_accusation_or_praise_after_a_passive_first_verb():
    assert all(rule != "accuse-of-conjunct" for *_, rule in sentence_quotes(PASSIVE_FIRST))
