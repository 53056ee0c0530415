"""A document named again with "the" and nothing of its own keeps the owner named before it.
A court case's papers are one document however the article calls them ("Pruitt filed the
complaint Tuesday ... The suit alleges", "A lawsuit filed by Corey Simms ... The complaint
alleges"): the later one is its filer's, even with the complaint read as the day's compound
(sources/statements._SAME_KIND, _issuer); a name after a title inside a subject's clause takes
the title's place in it ("filed by Lydell resident Corey Simms": attribution/titled_names._moves)
(session 46, from fresh articles). The trees are the shipped parser's for these invented
sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Gerald Pruitt, who managed Whitlock for years, filed the complaint Tuesday in Los Angeles Superior Court.
FILED: list[FeatRow] = [
    ("Gerald", "Gerald", "PROPN", 1, "compound", "Number=Sing"),
    ("Pruitt", "Pruitt", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("managed", "manage", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Whitlock", "Whitlock", "PROPN", 4, "obj", "Number=Sing"),
    ("for", "for", "ADP", 7, "case", ""),
    ("years", "year", "NOUN", 4, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("filed", "file", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("complaint", "complaint", "NOUN", 12, "compound", "Number=Sing"),
    ("Tuesday", "Tuesday", "PROPN", 9, "obj", "Number=Sing"),
    ("in", "in", "ADP", 17, "case", ""),
    ("Los", "Los", "PROPN", 17, "compound", "Number=Sing"),
    ("Angeles", "Angeles", "PROPN", 17, "compound", "Number=Sing"),
    ("Superior", "Superior", "PROPN", 17, "compound", "Number=Sing"),
    ("Court", "Court", "PROPN", 9, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# The suit alleges that three chapters of the book falsely portray him as a thief.
SUIT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("suit", "suit", "NOUN", 2, "nsubj", "Number=Sing"),
    ("alleges", "allege", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("three", "three", "NUM", 5, "nummod", "NumForm=Word|NumType=Card"),
    ("chapters", "chapter", "NOUN", 10, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("book", "book", "NOUN", 5, "nmod", "Number=Sing"),
    ("falsely", "falsely", "ADV", 10, "advmod", ""),
    ("portray", "portray", "VERB", 2, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("him", "he", "PRON", 10, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("as", "as", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("thief", "thief", "NOUN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# A 2021 federal lawsuit filed by Lydell resident Corey Simms accused Hale of using excessive force.
LAWSUIT: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("2021", "2021", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("federal", "federal", "ADJ", 3, "amod", "Degree=Pos"),
    ("lawsuit", "lawsuit", "NOUN", 10, "nsubj", "Number=Sing"),
    ("filed", "file", "VERB", 3, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 9, "case", ""),
    ("Lydell", "Lydell", "PROPN", 7, "compound", "Number=Sing"),
    ("resident", "resident", "NOUN", 4, "obl:agent", "Number=Sing"),
    ("Corey", "Corey", "PROPN", 9, "compound", "Number=Sing"),
    ("Simms", "Simm", "PROPN", 10, "nsubj", "Number=Plur"),
    ("accused", "accuse", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Hale", "Hale", "PROPN", 10, "obj", "Number=Sing"),
    ("of", "of", "SCONJ", 13, "mark", ""),
    ("using", "use", "VERB", 10, "advcl", "VerbForm=Ger"),
    ("excessive", "excessive", "ADJ", 15, "amod", "Degree=Pos"),
    ("force", "force", "NOUN", 13, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# The complaint alleges that Hale slammed a handcuffed man into the hood of a patrol car.
COMPLAINT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("complaint", "complaint", "NOUN", 2, "nsubj", "Number=Sing"),
    ("alleges", "allege", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 5, "mark", ""),
    ("Hale", "Hale", "PROPN", 5, "nsubj", "Number=Sing"),
    ("slammed", "slam", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("handcuffed", "handcuff", "VERB", 8, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("man", "man", "NOUN", 5, "obj", "Number=Sing"),
    ("into", "into", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("hood", "hood", "NOUN", 5, "obl", "Number=Sing"),
    ("of", "of", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("patrol", "patrol", "ADJ", 15, "amod", "Degree=Pos"),
    ("car", "car", "NOUN", 11, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# An internal Health Service Executive review found that 800 patients were removed.
REVIEW: list[FeatRow] = [
    ("An", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("internal", "internal", "ADJ", 5, "amod", "Degree=Pos"),
    ("Health", "Health", "PROPN", 5, "compound", "Number=Sing"),
    ("Service", "service", "NOUN", 5, "compound", "Number=Sing"),
    ("Executive", "executive", "ADJ", 5, "amod", "Degree=Pos"),
    ("review", "review", "NOUN", 6, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("800", "800", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("patients", "patient", "NOUN", 11, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 11, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("removed", "remove", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# The review, published on Tuesday, found that letters went astray.
PUBLISHED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("review", "review", "NOUN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("published", "publish", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("letters", "letter", "NOUN", 10, "nsubj", "Number=Plur"),
    ("went", "go", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("astray", "astray", "NOUN", 10, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# In some cases, the review said, letters were sent to old addresses.
REVIEW_SAID: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("some", "some", "DET", 2, "det", "PronType=Ind"),
    ("cases", "case", "NOUN", 10, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("review", "review", "NOUN", 6, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("letters", "letter", "NOUN", 10, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("sent", "send", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 13, "case", ""),
    ("old", "old", "ADJ", 13, "amod", "Degree=Pos"),
    ("addresses", "address", "NOUN", 10, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]


# Separately, an independent review of maternity services led by former chief midwife Siân Prosser concluded that at least 14 babies had suffered avoidable harm since 2020.
LED_BY: list[FeatRow] = [
    ("Separately", "separately", "ADV", 15, "advmod", ""),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("an", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("independent", "independent", "ADJ", 4, "amod", "Degree=Pos"),
    ("review", "review", "NOUN", 15, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("maternity", "maternity", "NOUN", 7, "compound", "Number=Sing"),
    ("services", "service", "NOUN", 4, "nmod", "Number=Plur"),
    ("led", "lead", "VERB", 7, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 14, "case", ""),
    ("former", "former", "ADJ", 12, "amod", "Degree=Pos"),
    ("chief", "chief", "ADJ", 12, "amod", "Degree=Pos"),
    ("midwife", "midwife", "NOUN", 14, "compound", "Number=Sing"),
    ("Si\u00e2n", "Si\u00e2n", "PROPN", 14, "compound", "Number=Sing"),
    ("Prosser", "Prosser", "PROPN", 8, "obl:agent", "Number=Sing"),
    ("concluded", "conclude", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 22, "mark", ""),
    ("at", "at", "ADP", 20, "case", ""),
    ("least", "least", "ADJ", 20, "nummod", "Degree=Sup"),
    ("14", "14", "NUM", 20, "nummod", "NumForm=Digit|NumType=Card"),
    ("babies", "baby", "NOUN", 22, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 22, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("suffered", "suffer", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    ("avoidable", "avoidable", "ADJ", 24, "amod", "Degree=Pos"),
    ("harm", "harm", "NOUN", 22, "obj", "Number=Sing"),
    ("since", "since", "ADP", 26, "case", ""),
    ("2020", "2020", "NUM", 22, "obl", "NumForm=Digit|NumType=Card"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]

# The survey, conducted by the Public Policy Institute of California, finds Clinton with a small lead.
CONDUCTED_BY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("survey", "survey", "NOUN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("conducted", "conduct", "VERB", 12, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Public", "Public", "ADJ", 8, "amod", "Degree=Pos"),
    ("Policy", "Policy", "PROPN", 8, "compound", "Number=Sing"),
    ("Institute", "Institute", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("California", "California", "PROPN", 8, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("finds", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Clinton", "Clinton", "PROPN", 12, "obj", "Number=Sing"),
    ("with", "with", "ADP", 17, "case", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("small", "small", "ADJ", 17, "amod", "Degree=Pos"),
    ("lead", "lead", "NOUN", 12, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]


def _speakers(paragraphs: list) -> list[str]:
    return [q.speaker.name or q.speaker.text for q in resolve(paragraphs).quotes if q.speaker is not None]


def test_the_suit_is_the_complaint_its_filer_filed():
    assert _speakers([[FILED, SUIT]])[0] == "Gerald Pruitt"


def test_the_complaint_is_the_lawsuit_filed_by_a_titled_name():
    assert _speakers([[LAWSUIT, COMPLAINT]])[-1] == "Corey Simms"


def test_a_definite_document_with_no_owner_of_its_own_keeps_the_owner_before_it():
    # "The review, published on Tuesday," names no owner, and is the HSE's review before it; "the
    # review said" after it is the HSE's too (statements.earlier_owner)
    assert _speakers([[REVIEW], [PUBLISHED], [REVIEW_SAID]])[-1] == "Health Service Executive"


def test_a_document_led_or_conducted_by_someone_is_theirs():
    # "a review of maternity services led by Siân Prosser", "The survey, conducted by the Public
    # Policy Institute of California," (statements._issued_by, _AUTHORING)
    assert _speakers([[LED_BY]]) == ["Siân Prosser"]
    assert _speakers([[CONDUCTED_BY]]) == ["Public Policy Institute of California"]
