"""Unnamed sources written as a noun with a modifier after it ("people close to Clinton", "those
familiar with the matter"), and statements and documents whose author is written after them
("a post from Jane Roe", "the latest numbers from Statistics Canada").

The trees are the ones the shipped parser produced for sentences written for these tests
(attribution/modifiers.subject_modifier_as_head, sources/entities.EntityTable.entity_for's
statement owner, sources/unnamed's document nouns by form). No model needed."""

from __future__ import annotations

from dataclasses import replace

from parse_helpers import FeatRow, sentence
from source_helpers import resolve

from provenance.attribution.modifiers import plural_possessive


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str, str | None, str | None]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [
        (
            q.text,
            q.speaker.text if q.speaker else "",
            q.speaker.type if q.speaker else None,
            q.speaker.anonymity if q.speaker else None,
        )
        for q in r.quotes
    ]


def test_a_modifier_after_the_subject_noun_read_as_its_head():
    # People close to Clinton say they will win .  as nsubj(close, People) + advmod(say, close)
    rows: list[FeatRow] = [
        ("People", "person", "NOUN", 1, "nsubj", "Number=Plur"),
        ("close", "close", "ADJ", 4, "advmod", "Degree=Pos"),
        ("to", "to", "ADP", 3, "case", ""),
        ("Clinton", "Clinton", "PROPN", 1, "obl", "Number=Sing"),
        ("say", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|VerbForm=Fin"),
        ("they", "they", "PRON", 7, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
        ("will", "will", "AUX", 7, "aux", "VerbForm=Fin"),
        ("win", "win", "VERB", 4, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 4, "punct", ""),
    ]
    assert _quotes(rows) == [("they will win", "People close to Clinton", "anonymous", "anonymous")]


def test_a_closing_cue_the_parse_hung_inside_the_subjects_modifier():
    # " We will win , " people close to Clinton say .
    # as ccomp(win, close) + obl(close, say) + nsubj(say, Clinton) with "to" on "Clinton"
    rows: list[FeatRow] = [
        ('"', '"', "PUNCT", 3, "punct", ""),
        ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
        ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
        ("win", "win", "VERB", -1, "root", "VerbForm=Inf"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ('"', '"', "PUNCT", 7, "punct", ""),
        ("people", "person", "NOUN", 7, "nsubj", "Number=Plur"),
        ("close", "close", "ADJ", 3, "ccomp", "Degree=Pos"),
        ("to", "to", "ADP", 9, "case", ""),
        ("Clinton", "Clinton", "PROPN", 10, "nsubj", "Number=Sing"),
        ("say", "say", "VERB", 7, "obl", "VerbForm=Inf"),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]
    found = _quotes(rows)
    assert [(speaker, typ) for _, speaker, typ, _ in found] == [("people close to Clinton", "anonymous")]
    assert found[0][0].startswith('" We will win')


def test_a_clause_before_a_comma_and_an_inverted_cue_keeps_its_own_subject():
    # The meeting deteriorated from there , said one source in the room .
    # ("deteriorated" tagged a participle: still the clause's verb, "meeting" its subject)
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        ("meeting", "meeting", "NOUN", 2, "nsubj", "Number=Sing"),
        ("deteriorated", "deteriorate", "VERB", 6, "ccomp", "Mood=Ind|Person=3|Tense=Past|VerbForm=Part"),
        ("from", "from", "ADP", 4, "case", ""),
        ("there", "there", "ADV", 2, "obl", "PronType=Dem"),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("one", "one", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
        ("source", "source", "NOUN", 6, "obj", "Number=Sing"),
        ("in", "in", "ADP", 11, "case", ""),
        ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
        ("room", "room", "NOUN", 6, "obl", "Number=Sing"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]
    found = _quotes(rows)
    assert [(text, speaker) for text, speaker, _, _ in found] == [("The meeting deteriorated from there", "one source")]


def test_a_post_from_a_named_person_is_that_persons():
    # The company is in trouble , according to a post from Jane Roe on her blog .
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        ("company", "company", "NOUN", 4, "nsubj", "Number=Sing"),
        ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("in", "in", "ADP", 4, "case", ""),
        ("trouble", "trouble", "NOUN", -1, "root", "Number=Sing"),
        (",", ",", "PUNCT", 9, "punct", ""),
        ("according", "accord", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
        ("to", "to", "ADP", 9, "case", ""),
        ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
        ("post", "post", "NOUN", 4, "nmod", "Number=Sing"),
        ("from", "from", "ADP", 12, "case", ""),
        ("Jane", "Jane", "PROPN", 12, "compound", "Number=Sing"),
        ("Roe", "Roe", "PROPN", 9, "nmod", "Number=Sing"),
        ("on", "on", "ADP", 15, "case", ""),
        ("her", "her", "PRON", 15, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
        ("blog", "blog", "NOUN", 9, "nmod", "Number=Sing"),
        (".", ".", "PUNCT", 4, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    assert [q.text for q in r.quotes] == ["The company is in trouble"]
    speaker = r.quotes[0].speaker
    assert speaker is not None and speaker.type == "person"
    assert any(e.name == "Jane Roe" and e.id == speaker.entity for e in r.entities)


def test_numbers_from_an_agency_are_the_agencys_even_though_the_lemma_is_number():
    # Sales fell in May , according to the latest numbers from Statistics Canada .
    rows: list[FeatRow] = [
        ("Sales", "sale", "NOUN", 1, "nsubj", "Number=Plur"),
        ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("in", "in", "ADP", 3, "case", ""),
        ("May", "May", "PROPN", 1, "obl", "Number=Sing"),
        (",", ",", "PUNCT", 9, "punct", ""),
        ("according", "accord", "VERB", 9, "case", "Tense=Pres|VerbForm=Part"),
        ("to", "to", "ADP", 9, "case", ""),
        ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
        ("latest", "late", "ADJ", 9, "amod", "Degree=Sup"),
        ("numbers", "number", "NOUN", 1, "obl", "Number=Plur"),
        ("from", "from", "ADP", 12, "case", ""),
        ("Statistics", "Statistics", "PROPN", 12, "compound", "Number=Sing"),
        ("Canada", "Canada", "PROPN", 9, "nmod", "Number=Sing"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    found = _quotes(rows)
    assert [(text, typ, anon) for text, _, typ, anon in found] == [
        ("Sales fell in May", "organization", "organization")
    ]


def test_a_relative_clause_after_an_inverted_speakers_name_is_no_report():
    # " It was terrible , " said Maria Gomez , whose son was hurt in the crash .
    # as ccomp(said, hurt): the clause "whose son was hurt" describes Gomez, nobody reported it
    rows: list[FeatRow] = [
        ('"', '"', "PUNCT", 3, "punct", ""),
        ("It", "it", "PRON", 3, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
        ("was", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("terrible", "terrible", "ADJ", 6, "ccomp", "Degree=Pos"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ('"', '"', "PUNCT", 6, "punct", ""),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("Maria", "Maria", "PROPN", 8, "compound", "Number=Sing"),
        ("Gomez", "Gomez", "PROPN", 6, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 13, "punct", ""),
        ("whose", "whose", "PRON", 11, "nmod:poss", "Poss=Yes|PronType=Rel"),
        ("son", "son", "NOUN", 13, "nsubj:pass", "Number=Sing"),
        ("was", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("hurt", "hurt", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("in", "in", "ADP", 16, "case", ""),
        ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
        ("crash", "crash", "NOUN", 13, "obl", "Number=Sing"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]
    found = _quotes(rows)
    assert [(text, speaker) for text, speaker, _, _ in found] == [('" It was terrible , "', "Maria Gomez")]


def test_the_reported_clauses_subject_with_its_apposition_read_as_the_cues_object():
    # Police said the driver , a 34 - year - old man from Laval , was arrested .
    # as obj(said, driver) + nsubj:pass(arrested, man): the driver was arrested
    rows: list[FeatRow] = [
        ("Police", "Police", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
        ("driver", "driver", "NOUN", 1, "obj", "Number=Sing"),
        (",", ",", "PUNCT", 11, "punct", ""),
        ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
        ("34", "34", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
        ("-", "-", "PUNCT", 6, "punct", ""),
        ("year", "year", "NOUN", 10, "compound", "Number=Sing"),
        ("-", "-", "PUNCT", 8, "punct", ""),
        ("old", "old", "ADJ", 11, "amod", "Degree=Pos"),
        ("man", "man", "NOUN", 16, "nsubj:pass", "Number=Sing"),
        ("from", "from", "ADP", 13, "case", ""),
        ("Laval", "Laval", "PROPN", 11, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 16, "punct", ""),
        ("was", "be", "AUX", 16, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("arrested", "arrest", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    found = _quotes(rows)
    assert [(text, speaker) for text, speaker, _, _ in found] == [
        ("the driver , a 34 - year - old man from Laval , was arrested", "Police")
    ]


def test_a_spokesperson_whose_anonymity_is_explained_is_an_anonymous_source():
    # A spokesman for the ministry , who asked not to be named , said the plan was final .
    # (without the reason: the ministry speaking through its spokesman, an organisation)
    rows: list[FeatRow] = [
        ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
        ("spokesman", "spokesman", "NOUN", 13, "nsubj", "Number=Sing"),
        ("for", "for", "ADP", 4, "case", ""),
        ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
        ("ministry", "ministry", "NOUN", 1, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 7, "punct", ""),
        ("who", "who", "PRON", 7, "nsubj", "PronType=Rel"),
        ("asked", "ask", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("not", "not", "PART", 11, "advmod", "Polarity=Neg"),
        ("to", "to", "PART", 11, "mark", ""),
        ("be", "be", "AUX", 11, "aux:pass", "VerbForm=Inf"),
        ("named", "name", "VERB", 7, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (",", ",", "PUNCT", 1, "punct", ""),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
        ("plan", "plan", "NOUN", 17, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 17, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("final", "final", "ADJ", 13, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", 13, "punct", ""),
    ]
    assert _quotes(rows) == [
        ("the plan was final", "A spokesman for the ministry", "anonymous", "anonymous-with-reason")
    ]
    # A spokesman for the ministry said the plan was final .
    without: list[FeatRow] = [
        rows[0],
        ("spokesman", "spokesman", "NOUN", 5, "nsubj", "Number=Sing"),
        *rows[2:5],
        *[(t, lem, u, h - 8 if h > 5 else h, r, f) for t, lem, u, h, r, f in rows[13:]],
    ]
    assert _quotes(without) == [("the plan was final", "A spokesman for the ministry", "organization", "organization")]


def test_a_persons_lawyers_are_anonymous_an_organisations_are_the_organisation():
    # His lawyers said he would appeal .
    his: list[FeatRow] = [
        ("His", "his", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
        ("lawyers", "lawyer", "NOUN", 2, "nsubj", "Number=Plur"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("he", "he", "PRON", 5, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
        ("appeal", "appeal", "VERB", 2, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert _quotes(his) == [("he would appeal", "His lawyers", "anonymous", "anonymous")]
    # Attorneys for the department said the rule was legal .
    department: list[FeatRow] = [
        ("Attorneys", "attorney", "NOUN", 4, "nsubj", "Number=Plur"),
        ("for", "for", "ADP", 3, "case", ""),
        ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
        ("department", "department", "NOUN", 0, "nmod", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
        ("rule", "rule", "NOUN", 8, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("legal", "legal", "ADJ", 4, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", 4, "punct", ""),
    ]
    assert _quotes(department) == [
        ("the rule was legal", "Attorneys for the department", "organization", "organization")
    ]


# It is understood the talks will resume on Monday .  ("It" as nsubj:pass, not expl)
UNDERSTOOD: list[FeatRow] = [
    ("It", "it", "PRON", 2, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 2, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("understood", "understand", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 6, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 6, "aux", "VerbForm=Fin"),
    ("resume", "resume", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 8, "case", ""),
    ("Monday", "Monday", "PROPN", 6, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_it_as_the_subject_of_a_passive_cue_with_a_clause_is_the_vague_frame():
    [(text, speaker, typ, anonymity)] = _quotes(UNDERSTOOD)
    assert text == "the talks will resume on Monday"
    assert (speaker, typ, anonymity) == ("It is understood", "unknown", "vague")


def test_a_passive_cue_with_its_expletive_takes_no_speaker_from_the_clause_around_it():
    # Roe made news when it was revealed that he paid the firm .
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("made", "make", "VERB", -1, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("news", "news", "NOUN", 1, "obj", "Number=Sing"),
        ("when", "when", "ADV", 6, "advmod", "PronType=Int"),
        ("it", "it", "PRON", 6, "nsubj:pass", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
        ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("revealed", "reveal", "VERB", 1, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("that", "that", "SCONJ", 9, "mark", ""),
        ("he", "he", "PRON", 9, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        ("paid", "pay", "VERB", 6, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
        ("firm", "firm", "NOUN", 9, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("that he paid the firm", "", None, None)]


def test_names_joined_by_a_slash_modify_the_document_noun_after_them():
    # A new Reuters / Ipsos poll shows Roe leading by five points .
    # as nsubj(shows, Reuters) + conj(Reuters, poll): the poll reports, through Reuters
    rows: list[FeatRow] = [
        ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
        ("new", "new", "ADJ", 2, "amod", "Degree=Pos"),
        ("Reuters", "Reuters", "PROPN", 6, "nsubj", "Number=Plur"),
        ("/", "/", "SYM", 4, "cc", ""),
        ("Ipsos", "Ipsos", "PROPN", 5, "compound", "Number=Sing"),
        ("poll", "poll", "NOUN", 2, "conj", "Number=Sing"),
        ("shows", "show", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("Roe", "Roe", "PROPN", 6, "obj", "Number=Sing"),
        ("leading", "lead", "VERB", 6, "xcomp", "Tense=Pres|VerbForm=Part"),
        ("by", "by", "ADP", 11, "case", ""),
        ("five", "five", "NUM", 11, "nummod", "NumForm=Word|NumType=Card"),
        ("points", "point", "NOUN", 8, "obl", "Number=Plur"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    assert [q.text for q in r.quotes] == ["Roe leading by five points"]
    q = r.quotes[0]
    assert q.speaker is not None and q.speaker.type == "organization"
    assert q.via is not None and q.via.name == "Reuters"


def test_a_plurals_possessive_apostrophe_is_no_second_subject():
    # The Canadian Home Builders ' Association said the plan would help .
    # as nsubj(said, Builders) + punct(Builders, ') + nsubj(said, Association)
    rows: list[FeatRow] = [
        ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
        ("Canadian", "Canadian", "ADJ", 3, "amod", "Degree=Pos"),
        ("Home", "Home", "PROPN", 3, "compound", "Number=Sing"),
        ("Builders", "Builder", "PROPN", 6, "nsubj", "Number=Plur"),
        ("'", "'", "PUNCT", 3, "punct", ""),
        ("Association", "Association", "PROPN", 6, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
        ("plan", "plan", "NOUN", 10, "nsubj", "Number=Sing"),
        ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
        ("help", "help", "VERB", 6, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]
    # (the helper joins words with spaces; in an article the apostrophe is written right after
    # "Builders", and the repair reads the offsets)
    sent = sentence(rows)
    sent.words[:] = [w if w.index < 4 else replace(w, start=w.start - 1, end=w.end - 1) for w in sent.words]
    assert plural_possessive(sent) == {3: (5, "nmod:poss"), 4: (3, "case")}
    spaced = sentence(rows)  # "Builders ' Association": a quote mark, no possessive
    assert plural_possessive(spaced) == {}


def test_a_national_agency_named_by_its_field_and_country_is_an_organisation():
    # Statistics Canada reported that housing starts fell .
    rows: list[FeatRow] = [
        ("Statistics", "Statistics", "PROPN", 1, "compound", "Number=Sing"),
        ("Canada", "Canada", "PROPN", 2, "nsubj", "Number=Sing"),
        ("reported", "report", "VERB", -1, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("that", "that", "SCONJ", 6, "mark", ""),
        ("housing", "housing", "NOUN", 5, "compound", "Number=Sing"),
        ("starts", "start", "NOUN", 6, "nsubj", "Number=Plur"),
        ("fell", "fall", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert _quotes(rows) == [("that housing starts fell", "Statistics Canada", "organization", "organization")]


def test_a_titled_name_ending_in_a_place_word_is_a_person():
    # Sen. John Park of Ohio disagreed .  ¶  He said the nominee was qualified .
    first: list[FeatRow] = [
        ("Sen.", "Sen.", "PROPN", 2, "compound", "Number=Sing"),
        ("John", "John", "PROPN", 2, "compound", "Number=Sing"),
        ("Park", "Park", "PROPN", 5, "nsubj", "Number=Sing"),
        ("of", "of", "ADP", 4, "case", ""),
        ("Ohio", "Ohio", "PROPN", 2, "nmod", "Number=Sing"),
        ("disagreed", "disagree", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        (".", ".", "PUNCT", 5, "punct", ""),
    ]
    second: list[FeatRow] = [
        ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
        ("nominee", "nominee", "NOUN", 5, "nsubj:pass", "Number=Sing"),
        ("was", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("qualified", "qualify", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    r = resolve([[first], [second]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("John Park", "person")


def test_a_time_the_parse_read_as_an_object_is_no_content():
    # Lopez will question him next week .  (with "week" as a second object)
    rows: list[FeatRow] = [
        ("Lopez", "Lopez", "PROPN", 2, "nsubj", "Number=Sing"),
        ("will", "will", "AUX", 2, "aux", "VerbForm=Fin"),
        ("question", "question", "VERB", -1, "root", "VerbForm=Inf"),
        ("him", "he", "PRON", 2, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        ("next", "next", "ADJ", 5, "amod", "Degree=Pos"),
        ("week", "week", "NOUN", 2, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert all("week" not in text for text, _, _, _ in _quotes(rows))


# Maria Lopez and John Park met the mayor .
COORDINATED: list[FeatRow] = [
    ("Maria", "Maria", "PROPN", 1, "compound", "Number=Sing"),
    ("Lopez", "Lopez", "PROPN", 5, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 3, "cc", ""),
    ("John", "John", "PROPN", 1, "conj", "Number=Sing"),
    ("Park", "Park", "PROPN", 1, "flat", "Number=Sing"),
    ("met", "meet", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 5, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]
# They said the plan was dead .
THEY_SAID: list[FeatRow] = [
    ("They", "they", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 5, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("dead", "dead", "ADJ", 1, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_they_after_a_coordinated_subject_of_named_people_is_those_people():
    r = resolve([[COORDINATED], [THEY_SAID]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.resolved_by) == ("person", "pronoun")
    assert q.speaker.name == "Maria Lopez"
    # ("John Park": a name ending in a place word without a title is not taken for a person's;
    # with "John Smith" both speak)
    smith = [r if r[0] != "Park" else ("Smith", "Smith", "PROPN", 1, "flat", "Number=Sing") for r in COORDINATED]
    r = resolve([[smith], [THEY_SAID]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and q.speaker.plural
    assert sorted(e.name for e in r.entities if e.id in q.speaker.entities) == ["John Smith", "Maria Lopez"]


def test_they_after_a_plural_subject_in_between_is_not_the_named_people():
    # ... ¶ The workers were angry . ¶ They said the plan was dead .
    workers: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        ("workers", "worker", "NOUN", 3, "nsubj", "Number=Plur"),
        ("were", "be", "AUX", 3, "cop", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("angry", "angry", "ADJ", -1, "root", "Degree=Pos"),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]
    r = resolve([[COORDINATED], [workers], [THEY_SAID]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and q.speaker.type != "person"


def test_an_inverted_speakers_role_tagged_an_adjective_is_no_report():
    # " The offer is fair , " said Tom Doe , the company 's chief executive .
    # as nsubj(executive, chief) + ccomp(said, executive): a role, not a second statement
    rows: list[FeatRow] = [
        ('"', '"', "PUNCT", 4, "punct", ""),
        ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
        ("offer", "offer", "NOUN", 4, "nsubj", "Number=Sing"),
        ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("fair", "fair", "ADJ", 7, "ccomp", "Degree=Pos"),
        (",", ",", "PUNCT", 4, "punct", ""),
        ('"', '"', "PUNCT", 7, "punct", ""),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("Tom", "Tom", "PROPN", 9, "compound", "Number=Sing"),
        ("Doe", "Doe", "PROPN", 7, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 15, "punct", ""),
        ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
        ("company", "company", "NOUN", 14, "nmod:poss", "Number=Sing"),
        ("'s", "'s", "PART", 12, "case", ""),
        ("chief", "chief", "NOUN", 15, "nsubj", "Number=Sing"),
        ("executive", "executive", "ADJ", 7, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", 7, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    assert [q.text for q in r.quotes] == ['" The offer is fair , "']
    speaker = r.quotes[0].speaker
    assert speaker is not None and speaker.role is not None and "chief executive" in speaker.role


def test_a_surname_the_tagger_reads_as_an_interjection_is_still_the_persons():
    # Sandra Oh won the award .  ¶  Oh said the pairing was odd .
    first: list[FeatRow] = [
        ("Sandra", "Sandra", "PROPN", 2, "nsubj", "Number=Sing"),
        ("Oh", "oh", "INTJ", 2, "discourse", ""),
        ("won", "win", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
        ("award", "award", "NOUN", 2, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    second: list[FeatRow] = [
        ("Oh", "oh", "INTJ", 1, "discourse", ""),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
        ("pairing", "pair", "NOUN", 5, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("odd", "odd", "ADJ", 1, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    r = resolve([[first], [second]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Sandra Oh", "person")


def test_those_with_a_relative_clause_are_people_the_article_places():
    # Those who attended the meeting said it was tense .  (the lemmatiser gives "those" "that")
    rows: list[FeatRow] = [
        ("Those", "that", "PRON", 5, "nsubj", "Number=Plur|PronType=Dem"),
        ("who", "who", "PRON", 2, "nsubj", "PronType=Rel"),
        ("attended", "attend", "VERB", 0, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
        ("meeting", "meeting", "NOUN", 2, "obj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("it", "it", "PRON", 8, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
        ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("tense", "tense", "ADJ", 5, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", 5, "punct", ""),
    ]
    [(_, _, typ, anonymity)] = _quotes(rows)
    assert (typ, anonymity) == ("anonymous", "anonymous")
    bare = [
        ("Those", "that", "PRON", 1, "nsubj", "Number=Plur|PronType=Dem"),
        *[(t, lem, u, h - 4 if h > 4 else h, r, f) for t, lem, u, h, r, f in rows[5:]],
    ]  # Those said it was tense .
    [(_, _, typ, anonymity)] = _quotes(bare)
    assert (typ, anonymity) == ("anonymous", "vague")


def test_a_noun_compound_whose_head_the_tagger_read_as_a_gerund_holds_no_report():
    # Her lawyers said in a court filing that the deal was void .
    # as obl(said, court) + advcl(said, filing) + ccomp(filing, void): "filing" is the noun
    rows: list[FeatRow] = [
        ("Her", "her", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
        ("lawyers", "lawyer", "NOUN", 2, "nsubj", "Number=Plur"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("in", "in", "ADP", 5, "case", ""),
        ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
        ("court", "court", "NOUN", 2, "obl", "Number=Sing"),
        ("filing", "file", "VERB", 2, "advcl", "VerbForm=Ger"),
        ("that", "that", "SCONJ", 11, "mark", ""),
        ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
        ("deal", "deal", "NOUN", 11, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("void", "void", "ADJ", 6, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert _quotes(rows) == [("that the deal was void", "Her lawyers", "anonymous", "anonymous")]


def test_where_the_source_spoke_is_no_part_of_who_the_source_is():
    # The mayor , in a statement , said the deal was void .
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        ("mayor", "mayor", "NOUN", 7, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 5, "punct", ""),
        ("in", "in", "ADP", 5, "case", ""),
        ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
        ("statement", "statement", "NOUN", 1, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 5, "punct", ""),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
        ("deal", "deal", "NOUN", 11, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("void", "void", "ADJ", 7, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", 7, "punct", ""),
    ]
    assert [speaker for _, speaker, _, _ in _quotes(rows)] == ["The mayor"]


def test_an_adverb_after_the_subject_hung_on_the_verb_is_the_subjects_modifier():
    # A person close to Young said he was ready .
    # as advmod(said, close) + nmod(person, Young): the speaker is "A person close to Young"
    rows: list[FeatRow] = [
        ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
        ("person", "person", "NOUN", 5, "nsubj", "Number=Sing"),
        ("close", "close", "ADV", 5, "advmod", "Degree=Pos"),
        ("to", "to", "ADP", 4, "case", ""),
        ("Young", "Young", "PROPN", 1, "nmod", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("he", "he", "PRON", 8, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        ("was", "be", "AUX", 8, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("ready", "ready", "ADJ", 5, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", 5, "punct", ""),
    ]
    assert _quotes(rows) == [("he was ready", "A person close to Young", "anonymous", "anonymous")]
