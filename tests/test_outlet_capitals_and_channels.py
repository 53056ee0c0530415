"""Channels named by a medium's noun or a programme's title, outlet names that keep their capitals,
and an apposition whose opening comma the parse hung on an adverbial clause (no model needed):
sources/via.py, sources/outlets.py, sources/mention_words.py. Each tree is the shape the shipped
parser produced for the sentence in the comment (``provenance parse``)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import quote_records, resolve

from provenance.sources.outlets import OutletGazetteer, capitals
from provenance.vocab import Entry, Lexicon


def _vias(rows: list[FeatRow]) -> list[str | None]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [q.via.name if q.via else None for q in r.quotes]


# County health officer Tom Ouma said on local station Dala FM that the outbreak was contained and that tablets were being handed out.
DALA: list[FeatRow] = [
    ("County", "County", "NOUN", 2, "compound", "Number=Sing"),
    ("health", "health", "NOUN", 2, "compound", "Number=Sing"),
    ("officer", "officer", "NOUN", 4, "compound", "Number=Sing"),
    ("Tom", "Tom", "PROPN", 4, "compound", "Number=Sing"),
    ("Ouma", "Ouma", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 10, "case", ""),
    ("local", "local", "ADJ", 8, "amod", "Degree=Pos"),
    ("station", "station", "NOUN", 10, "compound", "Number=Sing"),
    ("Dala", "Dala", "PROPN", 10, "compound", "Number=Sing"),
    ("FM", "FM", "PROPN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("outbreak", "outbreak", "NOUN", 15, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("contained", "contain", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("and", "and", "CCONJ", 21, "cc", ""),
    ("that", "that", "SCONJ", 21, "mark", ""),
    ("tablets", "tablet", "NOUN", 21, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 21, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("being", "be", "AUX", 21, "aux:pass", "Tense=Pres|VerbForm=Part"),
    ("handed", "hand", "VERB", 15, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("out", "out", "ADP", 21, "compound:prt", ""),
    (".", ".", "PUNCT", 5, "punct", ""),
]


# On NBC's "Meet the Press," Senator Lorena Castaneda said the legislative text would be released by Tuesday.
PRESS: list[FeatRow] = [
    ("On", "on", "ADP", 4, "case", ""),
    ("NBC", "NBC", "PROPN", 4, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 1, "case", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Meet", "meet", "VERB", 12, "advcl", "Mood=Imp|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Press", "Press", "PROPN", 4, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Senator", "Senator", "PROPN", 11, "compound", "Number=Sing"),
    ("Lorena", "Lorena", "PROPN", 11, "compound", "Number=Sing"),
    ("Castaneda", "Castaneda", "PROPN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("legislative", "legislative", "ADJ", 15, "amod", "Degree=Pos"),
    ("text", "text", "NOUN", 18, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 18, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 18, "aux:pass", "VerbForm=Inf"),
    ("released", "release", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 20, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 18, "obl:agent", "Number=Sing"),
    (".", ".", "PUNCT", 12, "punct", ""),
]


# Peter Holm said on Capitol Hill that he would fight the bill.
HILL: list[FeatRow] = [
    ("Peter", "Peter", "PROPN", 1, "compound", "Number=Sing"),
    ("Holm", "Holm", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Capitol", "Capitol", "PROPN", 5, "compound", "Number=Sing"),
    ("Hill", "Hill", "PROPN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("he", "he", "PRON", 9, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("fight", "fight", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 9, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# Interior minister Ivica Dacic said the border would stay closed.
DACIC: list[FeatRow] = [
    ("Interior", "Interior", "PROPN", 1, "compound", "Number=Sing"),
    ("minister", "minister", "NOUN", 3, "compound", "Number=Sing"),
    ("Ivica", "Ivica", "PROPN", 3, "compound", "Number=Sing"),
    ("Dacic", "Dacic", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("border", "border", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("stay", "stay", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("closed", "close", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


# On arriving in Paris, the minister, Jean Roux, said talks were going well.
ROUX: list[FeatRow] = [
    ("On", "on", "SCONJ", 1, "mark", ""),
    ("arriving", "arrive", "VERB", 11, "advcl", "Tense=Pres|VerbForm=Part"),
    ("in", "in", "ADP", 3, "case", ""),
    ("Paris", "Paris", "PROPN", 1, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 11, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Jean", "Jean", "PROPN", 9, "compound", "Number=Sing"),
    ("Roux", "Roux", "PROPN", 6, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("talks", "talk", "NOUN", 14, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("going", "go", "VERB", 11, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("well", "well", "ADV", 14, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 11, "punct", ""),
]


def test_a_name_a_medium_noun_introduces_after_on_is_the_channel():
    # (before: no via; the name is no gazetteer outlet and "on" phrases read only known ones)
    assert _vias(DALA) == ["Dala FM"]


def test_a_programme_title_read_as_a_clause_still_names_its_network():
    # 'On NBC's "Meet the Press," ...': the parse made "Meet" an adverbial clause, not an obl
    assert "NBC News" in _vias(PRESS)


def test_a_capitalised_place_after_on_is_no_channel():
    assert _vias(HILL) == [None]


def test_the_minister_apposed_after_an_adverbial_clause_is_the_name_not_the_minister_before():
    # the commas around "Jean Roux" hang on "arriving": the mention still reaches its apposition
    records = quote_records(DACIC, ROUX)  # type: ignore[arg-type]
    assert [(r[1], r[2]) for r in records] == [("Ivica Dacic", "person"), ("Jean Roux", "person")]


def _gazetteer(*names: str) -> OutletGazetteer:
    return OutletGazetteer(Lexicon("outlets", "", [Entry(n, (), {"kind": "newspaper"}) for n in names]))


def test_a_name_form_needs_its_capitals_in_the_text():
    g = _gazetteer("Roll Call", "New Scientist", "The Guardian", "Al-Jazeera")
    assert g.first_in("in an interview with Roll Call") == ("Roll Call", 21, 30)
    assert g.first_in("ROLL CALL reported") == ("Roll Call", 0, 9)
    assert g.first_in("a roll call vote") is None
    assert g.first_in("a Roll call vote") is None
    assert g.first_in("hired a new scientist") is None
    # particles go either way: "the Guardian", "al-Jazeera"
    assert g.first_in("told the Guardian") == ("The Guardian", 5, 17)
    assert g.first_in("an al-Jazeera crew") == ("Al-Jazeera", 3, 13)
    assert capitals("de Volkskrant") == (3,)
    # (a foreign article keeps its capital: a surname holds it)
    g = _gazetteer("La Croix", "Le Monde")
    assert g.first_in("said Jean de la Croix") is None
    assert g.first_in("told La Croix") == ("La Croix", 5, 13)


# Castaneda later posted a summary of the deal on X, writing that it "secures the border."
POSTED: list[FeatRow] = [
    ("Castaneda", "Castaneda", "PROPN", 2, "nsubj", "Number=Sing"),
    ("later", "late", "ADV", 2, "advmod", "Degree=Cmp"),
    ("posted", "post", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("summary", "summary", "NOUN", 2, "obj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 4, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 9, "case", ""),
    ("X", "X", "PROPN", 7, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("writing", "write", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("it", "it", "PRON", 15, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ('"', '"', "PUNCT", 15, "punct", ""),
    ("secures", "secure", "VERB", 11, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("border", "border", "NOUN", 15, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
]


def test_a_quote_posted_on_a_social_network_does_not_continue_the_interview_before_it():
    # "on X" hangs on "deal" in this parse: the verb "posted" is itself the occasion
    r = resolve([[PRESS], [POSTED]])  # type: ignore[list-item]
    vias = {q.text: q.via.name if q.via else None for q in r.quotes}
    assert vias["the legislative text would be released by Tuesday"] == "NBC News"
    assert vias['that it " secures the border . "'] is None
