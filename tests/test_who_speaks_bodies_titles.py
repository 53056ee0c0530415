"""Session 31, fifth batch: who speaks, on sentences written for the purpose (the trees the
shipped parser gave them; no model needed). A description set off inside the subject read as a
second subject ("An employee at the ... centre, one of the three sites ..., said":
appositive_subjects.py); "accused X of Y" with the "of" phrase on X (rules/patterns/
accuse-of-object.yaml); the name in apposition to a spokesperson's body ("for the developer, Harbor
Point Partners": sources/spokespeople.py); a person's name with an acronym after a comma taken for
an organisation's ("Mr Patel, the MP for ...", then "the university said": sources/org_subjects.py);
a noun for a kind of body before a name ("Environmental group Kalikasan", "Her label, Crescent
Records,": rules/lexicons/body_nouns.yaml); titles of other parliaments ("Kerry TD", person_roles);
a title tagged a verb with an adverb before the cue ("Cllr O'Sullivan later added": tag_repairs.py);
a name set off at the end of the subject's phrase hung inside it ("Independent MP for Barwon,
Graeme Lusk, told": appositive_subjects.py)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# An employee at the company 's Joliet distribution centre , one of the three sites slated for closure , said workers learned about the layoffs from a news alert on their phones .
EMPLOYEE_AT: list[FeatRow] = [
    ("An", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("employee", "employee", "NOUN", 19, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 8, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 8, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 4, "case", ""),
    ("Joliet", "Joliet", "PROPN", 8, "compound", "Number=Sing"),
    ("distribution", "distribution", "NOUN", 8, "compound", "Number=Sing"),
    ("centre", "centre", "NOUN", 1, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("one", "one", "NUM", 19, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("three", "three", "NUM", 14, "nummod", "NumForm=Word|NumType=Card"),
    ("sites", "site", "NOUN", 10, "nmod", "Number=Plur"),
    ("slated", "slate", "VERB", 14, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 17, "case", ""),
    ("closure", "closure", "NOUN", 15, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("workers", "worker", "NOUN", 19, "obj", "Number=Plur"),
    ("learned", "learn", "VERB", 19, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("about", "about", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("layoffs", "layoff", "NOUN", 21, "obl", "Number=Plur"),
    ("from", "from", "ADP", 28, "case", ""),
    ("a", "a", "DET", 28, "det", "Definite=Ind|PronType=Art"),
    ("news", "news", "NOUN", 28, "compound", "Number=Sing"),
    ("alert", "alert", "NOUN", 21, "obl", "Number=Sing"),
    ("on", "on", "ADP", 31, "case", ""),
    ("their", "their", "PRON", 31, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("phones", "phone", "NOUN", 28, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 19, "punct", ""),
]

# Kemi Badenoch accused Sir Keir of " breathtaking hypocrisy " , pointing to comments he made in opposition .
ACCUSED_OF: list[FeatRow] = [
    ("Kemi", "Kemi", "PROPN", 1, "compound", "Number=Sing"),
    ("Badenoch", "Badenoch", "PROPN", 2, "nsubj", "Number=Sing"),
    ("accused", "accuse", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Sir", "Sir", "PROPN", 4, "compound", "Number=Sing"),
    ("Keir", "Keir", "PROPN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ('"', '"', "PUNCT", 8, "punct", ""),
    ("breathtaking", "breathtaking", "VERB", 8, "amod", "VerbForm=Ger"),
    ("hypocrisy", "hypocrisy", "NOUN", 4, "nmod", "Number=Sing"),
    ('"', '"', "PUNCT", 8, "punct", ""),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("pointing", "point", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 13, "case", ""),
    ("comments", "comment", "NOUN", 11, "obl", "Number=Plur"),
    ("he", "he", "PRON", 15, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("made", "make", "VERB", 13, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 17, "case", ""),
    ("opposition", "opposition", "NOUN", 15, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# A spokeswoman for the developer , Harbor Point Partners , said the project would go ahead .
FOR_DEVELOPER: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 10, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("developer", "developer", "NOUN", 1, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Harbor", "Harbor", "PROPN", 8, "compound", "Number=Sing"),
    ("Point", "Point", "PROPN", 8, "compound", "Number=Sing"),
    ("Partners", "Partner", "PROPN", 4, "conj", "Number=Plur"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("project", "project", "NOUN", 14, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 14, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", 10, "ccomp", "VerbForm=Inf"),
    ("ahead", "ahead", "ADV", 14, "advmod", ""),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# Mr Patel , the MP for Barnsley East , said he hoped a deal could be reached .
PATEL: list[FeatRow] = [
    ("Mr", "Mr.", "PROPN", 1, "compound", "Number=Sing"),
    ("Patel", "Patel", "PROPN", 9, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("MP", "MP", "PROPN", 1, "appos", "Number=Sing"),
    ("for", "for", "ADP", 7, "case", ""),
    ("Barnsley", "Barnsley", "PROPN", 7, "compound", "Number=Sing"),
    ("East", "East", "PROPN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 11, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("hoped", "hope", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("deal", "deal", "NOUN", 16, "nsubj:pass", "Number=Sing"),
    ("could", "could", "AUX", 16, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 16, "aux:pass", "VerbForm=Inf"),
    ("reached", "reach", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# In a press release , the university said the findings were robust .
UNIVERSITY: list[FeatRow] = [
    ("In", "in", "ADP", 3, "case", ""),
    ("a", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("press", "press", "NOUN", 3, "compound", "Number=Sing"),
    ("release", "release", "NOUN", 7, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("university", "university", "NOUN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("findings", "finding", "NOUN", 11, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 11, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("robust", "robust", "ADJ", 7, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Environmental group Kalikasan said illegal logging had made the slopes unstable .
KALIKASAN: list[FeatRow] = [
    ("Environmental", "Environmental", "ADJ", 1, "amod", "Degree=Pos"),
    ("group", "group", "NOUN", 2, "compound", "Number=Sing"),
    ("Kalikasan", "Kalikasan", "PROPN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("illegal", "illegal", "ADJ", 5, "amod", "Degree=Pos"),
    ("logging", "logging", "NOUN", 7, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("made", "make", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("slopes", "slope", "NOUN", 7, "obj", "Number=Plur"),
    ("unstable", "unstable", "ADJ", 7, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Her label , Crescent Records , said in a statement that the tour would go ahead .
LABEL: list[FeatRow] = [
    ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("label", "label", "NOUN", 6, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Crescent", "Crescent", "PROPN", 4, "compound", "Number=Sing"),
    ("Records", "record", "PROPN", 1, "appos", "Number=Plur"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 6, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("tour", "tour", "NOUN", 14, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 14, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", 9, "acl", "VerbForm=Inf"),
    ("ahead", "ahead", "ADV", 14, "advmod", ""),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Kerry TD Pádraig Mac Gearailt said he had raised the matter .
KERRY_TD: list[FeatRow] = [
    ("Kerry", "Kerry", "PROPN", 4, "compound", "Number=Sing"),
    ("TD", "TD", "PROPN", 4, "compound", "Number=Sing"),
    ("Pádraig", "Pádraig", "PROPN", 4, "compound", "Number=Sing"),
    ("Mac", "Mac", "PROPN", 4, "compound", "Number=Sing"),
    ("Gearailt", "Gearailt", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 8, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("raised", "raise", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("matter", "matter", "NOUN", 8, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Cllr O'Sullivan later added that he would vote no .
CLLR_LATER: list[FeatRow] = [
    ("Cllr", "cllr", "VERB", -1, "root", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("O'Sullivan", "O'Sullivan", "PROPN", 0, "obj", "Number=Sing"),
    ("later", "late", "ADV", 3, "advmod", "Degree=Cmp"),
    ("added", "add", "VERB", 0, "xcomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 7, "mark", ""),
    ("he", "he", "PRON", 7, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("vote", "vote", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("no", "no", "INTJ", 7, "compound:prt", "Polarity=Neg"),
    (".", ".", "PUNCT", 0, "punct", ""),
]

# Independent MP for Barwon , Graeme Lusk , told the ABC the hospital was understaffed .
LUSK: list[FeatRow] = [
    ("Independent", "independent", "ADJ", 1, "amod", "Degree=Pos"),
    ("MP", "MP", "NOUN", 8, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Barwon", "Barwon", "PROPN", 1, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Graeme", "Graeme", "PROPN", 6, "compound", "Number=Sing"),
    ("Lusk", "Lusk", "PROPN", 3, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("ABC", "ABC", "PROPN", 14, "nsubj:pass", "Number=Sing"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 14, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 14, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("understaffed", "understaff", "VERB", 8, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 8, "punct", ""),
]


def _speaker(*sentences: list[FeatRow]) -> list[tuple[str, str, str]]:
    quotes = resolve([[s] for s in sentences]).quotes
    return [(q.speaker.text, q.speaker.name, q.speaker.type) for q in quotes if q.speaker is not None]


def test_a_description_set_off_inside_the_subject_is_no_second_subject():
    [(text, _, kind)] = _speaker(EMPLOYEE_AT)
    assert text.startswith("An employee at the company 's Joliet distribution centre") and kind == "anonymous"


def test_an_accusation_with_its_of_phrase_on_the_person_accused():
    assert ACCUSED_OF[8][4] == "nmod"  # (the "of" phrase on "Keir")
    quotes = resolve([[ACCUSED_OF]]).quotes
    assert ('of " breathtaking hypocrisy "', "accuse-of-object") in [(q.text, q.rule) for q in quotes]


def test_a_spokeswoman_speaks_for_the_body_named_in_apposition():
    assert _speaker(FOR_DEVELOPER) == [("A spokeswoman for the developer", "Harbor Point Partners", "organization")]


def test_an_mp_after_a_comma_does_not_make_a_person_an_organisation():
    # (one paragraph: the subject of the sentence before is what "the university" may stand for)
    quotes = resolve([[PATEL, UNIVERSITY]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "the university"


def test_a_noun_for_a_kind_of_body_makes_the_name_an_organisation():
    assert _speaker(KALIKASAN) == [("Environmental group Kalikasan", "Kalikasan", "organization")]
    assert _speaker(LABEL) == [("Her label , Crescent Records", "Crescent Records", "organization")]


def test_titles_of_other_parliaments_and_a_title_tagged_a_verb():
    assert _speaker(KERRY_TD) == [("Kerry TD Pádraig Mac Gearailt", "Pádraig Mac Gearailt", "person")]
    assert CLLR_LATER[0][2] == "VERB"
    assert _speaker(CLLR_LATER) == [("Cllr O'Sullivan", "O'Sullivan", "person")]


def test_a_name_set_off_at_the_end_of_the_subject_is_who_it_describes():
    [(_, name, kind)] = _speaker(LUSK)
    assert (name, kind) == ("Graeme Lusk", "person")


# Halverson Nutrition said there is no evidence its products caused the illnesses.
NUTRITION: list[FeatRow] = [
    ("Halverson", "Halverson", "PROPN", 1, "compound", "Number=Sing"),
    ("Nutrition", "Nutrition", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("there", "there", "PRON", 4, "expl", ""),
    ("is", "be", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("no", "no", "DET", 6, "det", "PronType=Neg"),
    ("evidence", "evidence", "NOUN", 4, "nsubj", "Number=Sing"),
    ("its", "its", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("products", "product", "NOUN", 9, "nsubj", "Number=Plur"),
    ("caused", "cause", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("illnesses", "illness", "NOUN", 9, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Golden Ring Promotions said the fight has been canceled.
PROMOTER: list[FeatRow] = [
    ("Golden", "Golden", "PROPN", 3, "nsubj", "Number=Sing"),
    ("Ring", "Ring", "PROPN", 2, "compound", "Number=Sing"),
    ("Promotions", "Promotion", "PROPN", 3, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("fight", "fight", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("has", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 8, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("canceled", "cancel", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_name_ending_in_a_trade_no_person_has_is_an_organisation():
    # (session 48: names ending in "Nutrition" and "Promotions" were people with no role)
    assert _speaker(NUTRITION) == [("Halverson Nutrition", "Halverson Nutrition", "organization")]
    assert _speaker(PROMOTER) == [("Golden Ring Promotions", "Golden Ring Promotions", "organization")]
