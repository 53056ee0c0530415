"""An acronym is the body whose name spells it, however the name is written (session 45; the
fresh articles' "USDA", "HMRC", "ACLU", "CDC" and "Nepra" had been speakers of their own, apart
from the bodies the articles named in full): sources/head_names.initials, spells, spelled_out and
table.acronym_of. Each test failed before the change."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

from provenance.attribution.acronym_names import initials, loosely_spells, spells
from provenance.sources.spelt_names import bracketed_acronym, spelled_out, spelt_by_acronym
from provenance.sources.table import acronym_of


def test_a_dotted_or_capital_word_gives_all_its_letters():
    assert initials("U.S. Department of Agriculture".split()) == "USDA"
    assert initials("HM Revenue and Customs".split()) == "HMRC"
    assert acronym_of("USDA", "U.S. Department of Agriculture")
    assert acronym_of("HMRC", "HM Revenue and Customs")


def test_an_acronym_may_leave_out_the_names_last_of_phrase_or_and_conjunct():
    assert acronym_of("ACLU", "American Civil Liberties Union of Ohio")
    assert acronym_of("CDC", "Centers for Disease Control and Prevention")
    # (guard: a leftover word other than the last "of" phrase or "and" conjunct does not count)
    assert not spells("CDC", "Centers for Disease Control Prevention".split())


def test_a_name_spelt_out_before_the_acronym_without_brackets_is_found():
    prose = "The U.S. Department of Agriculture said the virus had spread. The USDA said it would act."
    assert spelled_out(prose, "USDA", len(prose)) == "U.S. Department of Agriculture"


def test_an_acronym_written_like_a_name_counts_in_brackets_when_the_name_spells_it():
    prose = "The National Electric Power Regulatory Authority (Nepra) fined the company. Nepra said so."
    assert spelled_out(prose, "Nepra", len(prose)) == "National Electric Power Regulatory Authority"
    # (guard: a nickname in brackets is no acronym: "Harriet Lane (Hattie)")
    prose = "Harriet Lane (Hattie) said she was pleased. Hattie said the plan works."
    assert spelled_out(prose, "Hattie", len(prose)) is None


def test_a_headlines_acronym_is_the_name_the_article_spells_out_after_it():
    prose = "Three held in Voi sting, KWS says\n\nThree men were arrested, the Kenya Wildlife Service has said."
    assert spelled_out(prose, "KWS", len(prose)) == "Kenya Wildlife Service"


def test_an_acronym_may_take_the_small_words_letters_and_an_ampersand_joins_a_name():
    # (session 46) "MDOT" of "Michigan Department of Transportation"; "USATF" of "USA Track & Field"
    assert spells("MDOT", "Michigan Department of Transportation".split())
    assert not spells("MDOT", "Michigan Department Transportation".split())
    prose = "The race was certified by USA Track & Field in May. A spokesperson for USATF said"
    assert spelled_out(prose, "USATF", len(prose)) == "USA Track & Field"


# Session 49 (fresh held-out articles: "Transport for London said" came out as "Transport", a person,
# and "TfL", "CMS", "ITF", "DNP" as speakers apart from the bodies the articles named in full).


def test_an_acronym_with_small_letters_is_spelt_by_the_names_small_words_too():
    prose = "Transport for London said the line would reopen. A TfL spokesperson said it was running."
    assert spelled_out(prose, "TfL", len(prose)) == "Transport for London"
    # (guard: a word in title case with no name spelling it stays itself)
    prose = "The team at DeepMind said so. DeepMind said more."
    assert spelled_out(prose, "DeepMind", len(prose)) is None


def test_an_acronym_may_leave_out_one_word_inside_the_name_when_nothing_spells_it_exactly():
    assert loosely_spells("CMS", "Centers for Medicare and Medicaid Services".split())
    # (guard: the first and the last letters are the name's own; two words left out are too many;
    # the word left out opens with the letter of the word beside it: "NBA" is not the players' union)
    assert not loosely_spells("CDC", "Centers for Disease Control Prevention".split())
    assert not loosely_spells("IF", "International Transport Workers' Federation".split())
    assert not loosely_spells("NBA", "National Basketball Players Association".split())
    prose = "The Centers for Medicare and Medicaid Services issued the rule. CMS said it was final."
    assert spelled_out(prose, "CMS", len(prose)) == "Centers for Medicare and Medicaid Services"
    # (a headline's acronym first, and the run going on past the name: "... Services on Tuesday")
    prose = "Operators sue CMS\n\nThey sued the Centers for Medicare and Medicaid Services on Tuesday. CMS said so."
    assert spelled_out(prose, "CMS", len(prose)) == "Centers for Medicare and Medicaid Services"


def test_a_bracketed_acronym_after_a_name_with_commas_is_the_whole_name():
    prose = "by Department of National Parks, Wildlife and Plant Conservation (DNP) director-general Chaiwat Lim."
    assert spelled_out(prose, "DNP", len(prose)) == "Department of National Parks, Wildlife and Plant Conservation"
    # (a list before the name is not part of it)
    prose = "Germany, France and the International Energy Agency (IEA) agreed. The IEA said so."
    assert spelled_out(prose, "IEA", len(prose)) == "International Energy Agency"


def test_a_name_with_a_small_word_that_an_acronym_of_the_article_spells_is_a_bodys():
    prose = "Transport for London said the line would reopen. A TfL spokesperson said so."
    assert spelt_by_acronym(prose, "Transport for London")
    # (guard: a person's name has no small word inside; with no acronym there is no evidence)
    assert not spelt_by_acronym("Jane Roe said. JR said.", "Jane Roe")
    assert not spelt_by_acronym("Transport for London said so.", "Transport for London")


# Transport for London said almost no services would run on Tuesday.
TFL_SAID: list[FeatRow] = [
    ("Transport", "Transport", "PROPN", 3, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 2, "case", ""),
    ("London", "London", "PROPN", 0, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("almost", "almost", "ADV", 8, "advmod", ""),
    ("no", "no", "DET", 6, "det", "PronType=Neg"),
    ("services", "service", "NOUN", 8, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("run", "run", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 10, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 8, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# A TfL spokesperson said the timetable was online.
TFL_SPOKESPERSON: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("TfL", "tfl", "NOUN", 2, "compound", "Number=Sing"),
    ("spokesperson", "spokesperson", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("timetable", "timetable", "NOUN", 7, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 7, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("online", "online", "ADJ", 3, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# The Centers for Medicare and Medicaid Services said the rule would take effect in May.
CMS_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Centers", "Center", "PROPN", 7, "nsubj", "Number=Plur"),
    ("for", "for", "ADP", 3, "case", ""),
    ("Medicare", "Medicare", "PROPN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Medicaid", "Medicaid", "PROPN", 6, "compound", "Number=Sing"),
    ("Services", "Service", "PROPN", 1, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("rule", "rule", "NOUN", 11, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("take", "take", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("effect", "effect", "NOUN", 11, "obj", "Number=Sing"),
    ("in", "in", "ADP", 14, "case", ""),
    ("May", "May", "PROPN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# CMS said hospitals had been warned.
CMS_LATER: list[FeatRow] = [
    ("CMS", "CMS", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("hospitals", "hospital", "NOUN", 5, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 5, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("warned", "warn", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def _speakers(paragraphs: list[list[list[FeatRow]]]) -> list[tuple[str, str, int | None]]:
    r = resolve(paragraphs)
    return [(s.name, s.type, s.entity) for q in r.quotes if (s := q.speaker) is not None]


def test_a_body_name_the_parse_read_apart_is_one_name_when_the_articles_acronym_spells_it():
    speakers = _speakers([[TFL_SAID], [TFL_SPOKESPERSON]])
    assert [(n, t) for n, t, _ in speakers] == [("Transport for London", "organization")] * 2
    assert speakers[0][2] == speakers[1][2]  # (one entity: the spokesperson speaks for it)
    speakers = _speakers([[CMS_SAID], [CMS_LATER]])
    assert [(n, t) for n, t, _ in speakers] == [("Centers for Medicare and Medicaid Services", "organization")] * 2
    # (guard: without the acronym in the article, nothing joins "Transport" and "London")
    assert _speakers([[TFL_SAID]])[0][0] == "Transport"


# The Writers Guild of America has opened a new front in its fight over pay.
WGA_FULL: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Writers", "writer", "PROPN", 2, "compound", "Number=Plur"),
    ("Guild", "Guild", "PROPN", 6, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("America", "America", "PROPN", 2, "nmod", "Number=Sing"),
    ("has", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("opened", "open", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 9, "amod", "Degree=Pos"),
    ("front", "front", "NOUN", 6, "obj", "Number=Sing"),
    ("in", "in", "ADP", 12, "case", ""),
    ("its", "its", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("fight", "fight", "NOUN", 6, "obl", "Number=Sing"),
    ("over", "over", "ADP", 14, "case", ""),
    ("pay", "pay", "NOUN", 6, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# In a letter, the WGA West and WGA East said an audit had turned up serious discrepancies.
WGA_WEST: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("letter", "letter", "NOUN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("WGA", "WGA", "PROPN", 6, "compound", "Number=Sing"),
    ("West", "West", "PROPN", 10, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 9, "cc", ""),
    ("WGA", "WGA", "PROPN", 9, "compound", "Number=Sing"),
    ("East", "East", "PROPN", 6, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("audit", "audit", "NOUN", 14, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("turned", "turn", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("up", "up", "ADP", 14, "compound:prt", ""),
    ("serious", "serious", "ADJ", 17, "amod", "Degree=Pos"),
    ("discrepancies", "discrepancy", "NOUN", 14, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def test_a_names_acronym_before_a_branch_is_spelt_out_with_it():
    r = resolve([[WGA_FULL], [WGA_WEST]])
    assert r.quotes[0].speaker is not None and r.quotes[0].speaker.name == "Writers Guild of America West"
    assert {e.name for e in r.entities} >= {"Writers Guild of America West", "Writers Guild of America East"}


# The Rashtriya Jan Morcha (RJM) on Wednesday moved the High Court seeking a recount in the constituency, where its candidate lost by 47 votes after a recount that, the party alleged, was "conducted behind closed doors".
RJM_ALLEGED: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Rashtriya", "Rashtriya", "PROPN", 3, "compound", "Number=Sing"),
    ("Jan", "January", "PROPN", 3, "compound", "Number=Sing"),
    ("Morcha", "Morcha", "PROPN", 9, "nsubj", "Number=Sing"),
    ("(", "(", "PUNCT", 5, "punct", ""),
    ("##RJM", "RJM", "PROPN", 3, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 5, "punct", ""),
    ("on", "on", "ADP", 8, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 9, "obl", "Number=Sing"),
    ("moved", "move", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("High", "high", "ADJ", 12, "amod", "Degree=Pos"),
    ("Court", "Court", "PROPN", 9, "obj", "Number=Sing"),
    ("seeking", "seek", "VERB", 9, "xcomp", "VerbForm=Ger"),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("recount", "recount", "NOUN", 13, "obj", "Number=Sing"),
    ("in", "in", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("constituency", "constituency", "NOUN", 13, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 23, "punct", ""),
    ("where", "where", "ADV", 23, "advmod", "PronType=Int"),
    ("its", "its", "PRON", 22, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("candidate", "candidate", "NOUN", 23, "nsubj", "Number=Sing"),
    ("lost", "lose", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("by", "by", "ADP", 26, "case", ""),
    ("47", "47", "NUM", 26, "nummod", "NumForm=Digit|NumType=Card"),
    ("votes", "vote", "NOUN", 23, "obl", "Number=Plur"),
    ("after", "after", "ADP", 29, "case", ""),
    ("a", "a", "DET", 29, "det", "Definite=Ind|PronType=Art"),
    ("recount", "recount", "NOUN", 26, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 34, "obj", "PronType=Rel"),
    ("##,", ",", "PUNCT", 34, "punct", ""),
    ("the", "the", "DET", 33, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 34, "nsubj", "Number=Sing"),
    ("alleged", "allege", "VERB", 29, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 38, "punct", ""),
    ("was", "be", "AUX", 38, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 38, "punct", ""),
    ("##conducted", "conduct", "VERB", 34, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("behind", "behind", "ADP", 41, "case", ""),
    ("closed", "close", "VERB", 41, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("doors", "door", "NOUN", 38, "obl", "Number=Plur"),
    ('##"', '"', "PUNCT", 38, "punct", ""),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]


def test_a_name_the_article_follows_with_its_acronym_in_brackets_is_a_bodys():
    prose = "The Rashtriya Jan Morcha (RJM) moved the High Court."
    assert bracketed_acronym(prose, "Rashtriya Jan Morcha")
    assert not bracketed_acronym("Rashtriya Jan Morcha moved the court.", "Rashtriya Jan Morcha")
    r = resolve([[RJM_ALLEGED]])
    assert r.quotes[0].speaker is not None
    assert (r.quotes[0].speaker.name, r.quotes[0].speaker.type) == ("Rashtriya Jan Morcha", "organization")
