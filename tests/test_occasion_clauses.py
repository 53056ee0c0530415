"""Reported clauses the parser hung on the verb's occasion or gave the verb's time (no model
needed): attribution/occasion_clauses.py. Each tree is the shape the shipped parser produced for
the sentence in the comment (checked with ``provenance parse``)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

FIN = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
SHE = "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"
HE = "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [(q.text, (q.speaker.text if q.speaker else "")) for q in r.quotes]


def _in_an_interview(pronoun: str, feats: str, verb: tuple[str, str], rest: list[FeatRow]) -> list[FeatRow]:
    """ "Roe said in an interview <pronoun> <verb> ..." with acl:relcl(interview, verb)."""
    return [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("in", "in", "ADP", 4, "case", ""),
        ("an", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
        ("interview", "interview", "NOUN", 1, "obl", "Number=Sing"),
        (pronoun, pronoun.lower(), "PRON", 6, "nsubj", feats),
        (verb[0], verb[1], "VERB", 4, "acl:relcl", FIN),
        *rest,
        (".", ".", "PUNCT", 1, "punct", ""),
    ]


def test_a_bare_clause_read_as_a_relative_of_the_interview_is_what_was_said():
    # "Roe said in an interview she had no regrets ."
    rows = _in_an_interview(
        "she",
        SHE,
        ("had", "have"),
        [("no", "no", "DET", 8, "det", "PronType=Neg"), ("regrets", "regret", "NOUN", 6, "obj", "Number=Plur")],
    )
    assert _quotes(rows) == [("she had no regrets", "Roe")]


def test_an_occasion_verb_with_its_own_object_still_reports():
    # "Roe said in an interview he made a mistake ." ("made" has an object: no gap on "interview")
    rows = _in_an_interview(
        "he",
        HE,
        ("made", "make"),
        [("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"), ("mistake", "mistake", "NOUN", 6, "obj", "")],
    )
    assert _quotes(rows) == [("he made a mistake", "Roe")]


def test_a_relative_clause_about_the_interview_reports_nothing():
    # "Roe said in an interview he gave to CNN ." (the interview is what he gave)
    rows = _in_an_interview(
        "he",
        HE,
        ("gave", "give"),
        [("to", "to", "ADP", 8, "case", ""), ("CNN", "CNN", "PROPN", 6, "obl", "Number=Sing")],
    )
    assert _quotes(rows) == []


def _that_in_a_statement(verb: tuple[str, str], rest: list[FeatRow]) -> list[FeatRow]:
    """ "Roe said in a statement that she <verb> ..." with "that" read as the relative pronoun
    object of the clause under "statement"."""
    return [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("in", "in", "ADP", 4, "case", ""),
        ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
        ("statement", "statement", "NOUN", 1, "obl", "Number=Sing"),
        ("that", "that", "PRON", 7, "obj", "PronType=Rel"),
        ("she", "she", "PRON", 7, "nsubj", SHE),
        (verb[0], verb[1], "VERB", 4, "acl:relcl", FIN),
        *rest,
        (".", ".", "PUNCT", 1, "punct", ""),
    ]


def test_a_relative_clause_with_that_about_the_occasion_reports_nothing():
    # "Roe said in a statement that she had with CNN ." (what she had is the statement)
    rows = _that_in_a_statement(
        ("had", "have"), [("with", "with", "ADP", 9, "case", ""), ("CNN", "CNN", "PROPN", 7, "obl", "Number=Sing")]
    )
    assert _quotes(rows) == []


def test_that_read_as_the_object_of_a_verb_with_its_own_object_is_the_complementiser():
    # "Roe said in a statement that she would make changes ." ("make" has "changes")
    rows = _that_in_a_statement(("make", "make"), [("changes", "change", "NOUN", 7, "obj", "Number=Plur")])
    assert _quotes(rows) == [("that she make changes", "Roe")]


def test_a_that_clause_hung_on_the_verb_past_the_statement_is_the_verbs():
    # "Roe said in a statement in March that the allegations had no substance ." with
    # advcl(said, had): not the statement noun's content (content_nouns), the verb's complement
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("in", "in", "ADP", 4, "case", ""),
        ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
        ("statement", "statement", "NOUN", 1, "obl", "Number=Sing"),
        ("in", "in", "ADP", 6, "case", ""),
        ("March", "March", "PROPN", 4, "nmod", "Number=Sing"),
        ("that", "that", "SCONJ", 10, "mark", ""),
        ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
        ("allegations", "allegation", "NOUN", 10, "nsubj", "Number=Plur"),
        ("had", "have", "VERB", 1, "advcl", FIN),
        ("no", "no", "DET", 12, "det", "PronType=Neg"),
        ("substance", "substance", "NOUN", 10, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("that the allegations had no substance", "Roe")]


def test_the_time_of_saying_is_not_part_of_what_was_said():
    # "Roe said in an email Tuesday the vote was delayed ." with obl(delayed, Tuesday)
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("in", "in", "ADP", 4, "case", ""),
        ("an", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
        ("email", "email", "NOUN", 1, "obl", "Number=Sing"),
        ("Tuesday", "Tuesday", "PROPN", 9, "obl", "Number=Sing"),
        ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
        ("vote", "vote", "NOUN", 9, "nsubj:pass", "Number=Sing"),
        ("was", "be", "AUX", 9, "aux:pass", FIN),
        ("delayed", "delay", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("the vote was delayed", "Roe")]


def test_a_time_after_the_subject_stays_in_the_clause():
    # "Roe said the vote Tuesday was delayed ." (hypothetical: the time is inside the clause)
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
        ("vote", "vote", "NOUN", 6, "nsubj:pass", "Number=Sing"),
        ("Tuesday", "Tuesday", "PROPN", 6, "obl", "Number=Sing"),
        ("was", "be", "AUX", 6, "aux:pass", FIN),
        ("delayed", "delay", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("the vote Tuesday was delayed", "Roe")]


def test_a_speech_verb_after_a_subordinator_read_as_a_conjunct_reports_no_main_clause():
    # "Shares of Nvidia fell 4 % on Wednesday after the company warned of slowing demand in China ."
    # with conj(fell, warned) and case(company, after): the fall is no warning's content
    rows: list[FeatRow] = [
        ("Shares", "share", "NOUN", 3, "nsubj", "Number=Plur"),
        ("of", "of", "ADP", 2, "case", ""),
        ("Nvidia", "Nvidia", "PROPN", 0, "nmod", "Number=Sing"),
        ("fell", "fall", "VERB", -1, "root", FIN),
        ("4", "4", "NUM", 5, "nummod", "NumForm=Digit|NumType=Card"),
        ("%", "%", "SYM", 3, "obj", "Number=Sing"),
        ("on", "on", "ADP", 7, "case", ""),
        ("Wednesday", "Wednesday", "PROPN", 3, "obl", "Number=Sing"),
        ("after", "after", "ADP", 10, "case", ""),
        ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
        ("company", "company", "NOUN", 11, "nsubj", "Number=Sing"),
        ("warned", "warn", "VERB", 3, "conj", FIN),
        ("of", "of", "SCONJ", 13, "mark", ""),
        ("slowing", "slowing", "VERB", 11, "advcl", "VerbForm=Ger"),
        ("demand", "demand", "NOUN", 13, "obj", "Number=Sing"),
        ("in", "in", "ADP", 16, "case", ""),
        ("China", "China", "PROPN", 13, "obl", "Number=Sing"),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]
    assert all("Shares" not in text for text, _ in _quotes(rows))


def test_the_main_clause_read_into_a_subordinate_report_is_not_what_was_said():
    # "Though officials said the bridge was safe, engineers disagreed." as parsed: "said" the root
    # and conj(safe, disagreed); the engineers' disagreeing is the main clause.
    rows: list[FeatRow] = [
        ("Though", "though", "SCONJ", 2, "mark", ""),
        ("officials", "official", "NOUN", 2, "nsubj", "Number=Plur"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
        ("bridge", "bridge", "NOUN", 6, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("safe", "safe", "ADJ", 2, "ccomp", "Degree=Pos"),
        ("##,", ",", "PUNCT", 8, "punct", ""),
        ("engineers", "engineer", "NOUN", 9, "nsubj", "Number=Plur"),
        ("disagreed", "disagree", "VERB", 6, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("##.", ".", "PUNCT", 6, "punct", ""),
    ]
    assert _quotes(rows) == [("the bridge was safe", "officials")]


def test_a_clause_hung_on_the_occasions_time_is_what_was_said():
    # "Roe said in a post on X late Monday that he had made mistakes." as parsed: the clause a
    # relative clause of "Monday", with "that" its object
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("in", "in", "ADP", 4, "case", ""),
        ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
        ("post", "post", "NOUN", 1, "obl", "Number=Sing"),
        ("on", "on", "ADP", 8, "case", ""),
        ("X", "X", "PROPN", 8, "compound", "Number=Sing"),
        ("late", "late", "ADJ", 8, "amod", "Degree=Pos"),
        ("Monday", "Monday", "PROPN", 4, "nmod", "Number=Sing"),
        ("that", "that", "PRON", 12, "obj", "PronType=Rel"),
        ("he", "he", "PRON", 12, "nsubj", HE),
        ("had", "have", "AUX", 12, "aux", FIN),
        ("made", "make", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part"),
        ("mistakes", "mistake", "NOUN", 12, "obj", "Number=Plur"),
        ("##.", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("that he had made mistakes", "Roe")]


def test_the_occasions_noun_read_as_a_verb_is_the_cues_oblique():
    # "Roe told analysts on an earnings call that demand was weak." as parsed: "call" a verb, the
    # cue's complement, with the clause its own complement
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("analysts", "analyst", "NOUN", 1, "obj", "Number=Plur"),
        ("on", "on", "ADP", 5, "case", ""),
        ("an", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
        ("earnings", "earning", "NOUN", 1, "obl", "Number=Plur"),
        ("call", "call", "VERB", 1, "ccomp", "Number=Plur|VerbForm=Inf"),
        ("that", "that", "SCONJ", 10, "mark", ""),
        ("demand", "demand", "NOUN", 10, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 10, "cop", FIN),
        ("weak", "weak", "ADJ", 6, "ccomp", "Degree=Pos"),
        ("##.", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("that demand was weak", "Roe")]


def test_the_occasions_noun_read_as_a_verb_with_its_noun_as_subject_gives_the_clause_back():
    # the whole sentence as parsed: "earnings" the subject of the verb "call", and the reported
    # clause "that ... meant ..." a conjunct of "told" with its "that" on a verb inside it
    rows: list[FeatRow] = [
        ("But", "but", "CCONJ", 5, "cc", ""),
        ("chief", "chief", "ADJ", 4, "amod", "Degree=Pos"),
        ("executive", "executive", "ADJ", 4, "amod", "Degree=Pos"),
        ("Tomasz", "Tomasz", "PROPN", 4, "compound", "Number=Sing"),
        ("Wierzbicki", "Wierzbicki", "PROPN", 5, "nsubj", "Number=Sing"),
        ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("analysts", "analyst", "NOUN", 5, "iobj", "Number=Plur"),
        ("on", "on", "ADP", 9, "case", ""),
        ("an", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
        ("earnings", "earning", "NOUN", 10, "nsubj", "Number=Plur"),
        ("call", "call", "VERB", 5, "ccomp", "Number=Plur|VerbForm=Inf"),
        ("that", "that", "SCONJ", 29, "mark", ""),
        ("inspections", "inspection", "NOUN", 25, "nsubj", "Number=Plur"),
        ("of", "of", "ADP", 16, "case", ""),
        ("geared", "gear", "VERB", 16, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("turbofan", "turbofan", "ADJ", 16, "amod", "Degree=Pos"),
        ("engines", "engine", "NOUN", 12, "nmod", "Number=Plur"),
        ("##,", ",", "PUNCT", 18, "punct", ""),
        ("ordered", "order", "VERB", 12, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("by", "by", "ADP", 21, "case", ""),
        ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
        ("manufacturer", "manufacturer", "NOUN", 18, "obl:agent", "Number=Sing"),
        ("last", "last", "ADJ", 23, "amod", "Degree=Pos"),
        ("year", "year", "NOUN", 18, "obl", "Number=Sing"),
        ("##,", ",", "PUNCT", 25, "punct", ""),
        ("meant", "mean", "VERB", 5, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 27, "det", "Definite=Def|PronType=Art"),
        ("airline", "airline", "NOUN", 29, "nsubj", "Number=Sing"),
        ("would", "would", "AUX", 29, "aux", "VerbForm=Fin"),
        ("fly", "fly", "VERB", 25, "ccomp", "VerbForm=Inf"),
        ("about", "about", "ADV", 31, "advmod", ""),
        ("3", "3", "NUM", 32, "nummod", "NumForm=Digit|NumType=Card"),
        ("percent", "percent", "NOUN", 34, "compound", "Number=Sing"),
        ("less", "less", "ADJ", 34, "amod", "Degree=Cmp"),
        ("capacity", "capacity", "NOUN", 29, "obj", "Number=Sing"),
        ("than", "than", "ADP", 36, "mark", ""),
        ("planned", "plan", "VERB", 34, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("in", "in", "ADP", 40, "case", ""),
        ("the", "the", "DET", 40, "det", "Definite=Def|PronType=Art"),
        ("peak", "peak", "NOUN", 40, "compound", "Number=Sing"),
        ("months", "month", "NOUN", 36, "obl", "Number=Plur"),
        ("##.", ".", "PUNCT", 5, "punct", ""),
    ]
    quotes = _quotes(rows)
    assert [s for _, s in quotes] == ["chief executive Tomasz Wierzbicki"]
    assert quotes[0][0].startswith("that inspections of geared turbofan engines") and quotes[0][0].endswith(
        "peak months"
    )
