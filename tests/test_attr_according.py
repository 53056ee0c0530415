"""Misparses around a cue, on hand-built parses of sentences written for these tests (the shapes
the packaged parser gave them): what "according to X" qualifies when the parse hangs it in the
wrong place, verbs of appeal with an adverb before their preposition, clauses read as the object
of "say", and words that are no cue at all ("agreed to a contract", "an app called X", an
imperative)."""

from __future__ import annotations

from parse_helpers import Row, according_to_report, attribute_sentence


def contents(rows: list[Row]) -> list[tuple[str, str | None]]:
    text, found = attribute_sentence(rows)
    return sorted((text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found)


def test_a_parenthetical_after_the_subject_qualifies_the_subjects_clause():
    # Roe , according to the Globe report , rebuffed the pressure .  ("report" hung on the subject)
    rows = according_to_report("Globe")
    found = contents(rows)
    assert ("rebuffed the pressure", "report") in found


def test_a_phrase_hung_on_the_subject_without_a_closing_comma_is_left_alone():
    # Roe according to the report rebuffed it .  (no commas: not a parenthetical)
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 5, "nsubj"),
        ("according", "accord", "VERB", 4, "case"),
        ("to", "to", "ADP", 4, "case"),
        ("the", "the", "DET", 4, "det"),
        ("report", "report", "NOUN", 0, "nmod"),
        ("rebuffed", "rebuff", "VERB", -1, "root"),
        ("it", "it", "PRON", 5, "obj"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    assert all(text != "rebuffed it" for text, _ in contents(rows))


def test_words_running_on_from_the_source_phrase_are_not_a_second_statement():
    # Roe won 300 bundlers , according to a list the Times assembled in 2012 .
    # ("assembled" parsed as a conjunct of "won", the list its oblique)
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("won", "win", "VERB", -1, "root"),
        ("300", "300", "NUM", 3, "nummod"),
        ("bundlers", "bundler", "NOUN", 1, "obj"),
        (",", ",", "PUNCT", 8, "punct"),
        ("according", "accord", "VERB", 8, "case"),
        ("to", "to", "ADP", 8, "case"),
        ("a", "a", "DET", 8, "det"),
        ("list", "list", "NOUN", 11, "obl"),
        ("the", "the", "DET", 10, "det"),
        ("Times", "Times", "PROPN", 8, "nmod"),
        ("assembled", "assemble", "VERB", 1, "conj"),
        ("in", "in", "ADP", 13, "case"),
        ("2012", "2012", "NUM", 11, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert contents(rows) == [("Roe won 300 bundlers", "list")]


def test_an_apposition_of_the_source_is_not_a_second_statement():
    # Roe told aides the deal was dead , according to Jim Doe , Roe 's former adviser .
    # (the apposition parsed as a second oblique of "told")
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("told", "tell", "VERB", -1, "root"),
        ("aides", "aide", "NOUN", 1, "iobj"),
        ("the", "the", "DET", 4, "det"),
        ("deal", "deal", "NOUN", 6, "nsubj"),
        ("was", "be", "AUX", 6, "cop"),
        ("dead", "dead", "ADJ", 1, "ccomp"),
        (",", ",", "PUNCT", 11, "punct"),
        ("according", "accord", "VERB", 11, "case"),
        ("to", "to", "ADP", 8, "fixed"),
        ("Jim", "Jim", "PROPN", 11, "compound"),
        ("Doe", "Doe", "PROPN", 1, "obl"),
        (",", ",", "PUNCT", 11, "punct"),
        ("Roe", "Roe", "PROPN", 16, "nmod:poss"),
        ("'s", "'s", "PART", 13, "case"),
        ("former", "former", "ADJ", 16, "amod"),
        ("adviser", "adviser", "NOUN", 1, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    found = contents(rows)
    assert ("Roe told aides the deal was dead", "Doe") in found
    assert all("adviser" not in text for text, _ in found)


def test_a_clause_after_the_source_phrase_is_still_a_second_piece():
    # Roe gave his blessing , according to court papers , becoming the owner .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("gave", "give", "VERB", -1, "root"),
        ("his", "his", "PRON", 3, "nmod:poss"),
        ("blessing", "blessing", "NOUN", 1, "obj"),
        (",", ",", "PUNCT", 8, "punct"),
        ("according", "accord", "VERB", 8, "case"),
        ("to", "to", "ADP", 5, "fixed"),
        ("court", "court", "NOUN", 8, "compound"),
        ("papers", "paper", "NOUN", 1, "obl"),
        (",", ",", "PUNCT", 10, "punct"),
        ("becoming", "become", "VERB", 1, "advcl"),
        ("the", "the", "DET", 12, "det"),
        ("owner", "owner", "NOUN", 10, "xcomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    found = contents(rows)
    assert ("Roe gave his blessing", "papers") in found
    assert ("becoming the owner", "papers") in found


def test_an_adverb_alone_before_the_phrase_is_no_statement():
    # Now , according to the new poll , some are swinging .
    rows: list[Row] = [
        ("Now", "now", "ADV", 10, "advmod"),
        (",", ",", "PUNCT", 0, "punct"),
        ("according", "accord", "VERB", 6, "case"),
        ("to", "to", "ADP", 6, "case"),
        ("the", "the", "DET", 6, "det"),
        ("new", "new", "ADJ", 6, "amod"),
        ("poll", "poll", "NOUN", 10, "obl"),
        (",", ",", "PUNCT", 6, "punct"),
        ("some", "some", "DET", 10, "nsubj"),
        ("are", "be", "AUX", 10, "aux"),
        ("swinging", "swing", "VERB", -1, "root"),
        (".", ".", "PUNCT", 10, "punct"),
    ]
    assert contents(rows) == [("some are swinging", "poll")]


def called_for(adverb: str | None) -> list[Row]:
    """Roe called [adverb] for the mayor to resign ."""
    rows: list[Row] = [("Roe", "Roe", "PROPN", 1, "nsubj"), ("called", "call", "VERB", -1, "root")]
    if adverb:
        rows.append((adverb, adverb, "ADV", 1, "advmod"))
    n = len(rows)
    rows += [
        ("for", "for", "ADP", n + 2, "case"),
        ("the", "the", "DET", n + 2, "det"),
        ("mayor", "mayor", "NOUN", 1, "obl"),
        ("to", "to", "PART", n + 4, "mark"),
        ("resign", "resign", "VERB", 1, "advcl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    return rows


def test_call_for_with_an_adverb_between_verb_and_preposition():
    assert contents(called_for(None)) == [("the mayor to resign", "Roe")]
    assert contents(called_for("again")) == [("the mayor to resign", "Roe")]


def test_a_naming_denied_reports_nothing():
    # Roe faulted Doe for not calling the attack terrorism .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("faulted", "fault", "VERB", -1, "root"),
        ("Doe", "Doe", "PROPN", 1, "obj"),
        ("for", "for", "SCONJ", 5, "mark"),
        ("not", "not", "PART", 5, "advmod"),
        ("calling", "call", "VERB", 1, "advcl"),
        ("the", "the", "DET", 7, "det"),
        ("attack", "attack", "NOUN", 5, "obj"),
        ("terrorism", "terrorism", "NOUN", 5, "xcomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    # (the content is the thing named with its name, "the attack terrorism")
    assert all("terrorism" not in text for text, _ in contents(rows))
    rows[4] = ("now", "now", "ADV", 5, "advmod")  # "for now calling ...": a naming made
    assert ("the attack terrorism", "Roe") in contents(rows)


def test_a_parenthetical_after_a_time_phrase_qualifies_the_clause_after_it():
    # But the next day , according to Roe , Doe made demands .
    rows: list[Row] = [
        ("But", "but", "CCONJ", 10, "cc"),
        ("the", "the", "DET", 3, "det"),
        ("next", "next", "ADJ", 3, "amod"),
        ("day", "day", "NOUN", 10, "obl:tmod"),
        (",", ",", "PUNCT", 7, "punct"),
        ("according", "accord", "VERB", 7, "case"),
        ("to", "to", "ADP", 5, "fixed"),
        ("Roe", "Roe", "PROPN", 3, "nmod"),
        (",", ",", "PUNCT", 7, "punct"),
        ("Doe", "Doe", "PROPN", 10, "nsubj"),
        ("made", "make", "VERB", -1, "root"),
        ("demands", "demand", "NOUN", 10, "obj"),
        (".", ".", "PUNCT", 10, "punct"),
    ]
    assert ("Doe made demands", "Roe") in contents(rows)


def test_a_parenthetical_inside_a_relative_clause_of_the_subject():
    # One of the plans they made , according to Roe , is to wait .
    rows: list[Row] = [
        ("One", "one", "NUM", 13, "nsubj"),
        ("of", "of", "ADP", 3, "case"),
        ("the", "the", "DET", 3, "det"),
        ("plans", "plan", "NOUN", 0, "nmod"),
        ("they", "they", "PRON", 5, "nsubj"),
        ("made", "make", "VERB", 3, "acl:relcl"),
        (",", ",", "PUNCT", 9, "punct"),
        ("according", "accord", "VERB", 9, "case"),
        ("to", "to", "ADP", 7, "fixed"),
        ("Roe", "Roe", "PROPN", 5, "obl"),
        (",", ",", "PUNCT", 9, "punct"),
        ("is", "be", "AUX", 13, "cop"),
        ("to", "to", "PART", 13, "mark"),
        ("wait", "wait", "VERB", -1, "root"),
        (".", ".", "PUNCT", 13, "punct"),
    ]
    found = contents(rows)
    assert ("is to wait", "Roe") in found
    assert ("One of the plans they made", "Roe") in found


def test_a_subject_read_as_an_indirect_object_of_say():
    # Roe said the plan to cut taxes would work .  ("plan" parsed as an iobj of "said")
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("plan", "plan", "NOUN", 1, "iobj"),
        ("to", "to", "PART", 5, "mark"),
        ("cut", "cut", "VERB", 3, "acl"),
        ("taxes", "tax", "NOUN", 5, "obj"),
        ("would", "would", "AUX", 8, "aux"),
        ("work", "work", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert contents(rows) == [("the plan to cut taxes would work", "Roe")]


def test_an_inverted_speaker_then_a_comma_is_not_the_clauses_subject():
    # “ It failed , ” said Roe , on her first day .  ("Roe" an iobj, "day" a ccomp of "said")
    rows: list[Row] = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("It", "it", "PRON", 2, "nsubj"),
        ("failed", "fail", "VERB", 5, "ccomp"),
        (",", ",", "PUNCT", 2, "punct"),
        ("”", "”", "PUNCT", 2, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("Roe", "Roe", "PROPN", 5, "iobj"),
        (",", ",", "PUNCT", 11, "punct"),
        ("on", "on", "ADP", 11, "case"),
        ("her", "her", "PRON", 11, "nmod:poss"),
        ("first", "first", "ADJ", 11, "amod"),
        ("day", "day", "NOUN", 5, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    assert all("Roe" not in text for text, _ in contents(rows))


def says_object_verb(verb: tuple[str, str, str], tail: list[Row]) -> list[Row]:
    """Roe says millions <verb> <tail> .  with "millions" the object of "says" and the verb its
    open complement, as the parser reads it."""
    text, lemma, feats = verb
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),  # type: ignore[list-item]
        ("says", "say", "VERB", -1, "root", "VerbForm=Fin"),  # type: ignore[list-item]
        ("millions", "million", "NOUN", 1, "obj", "Number=Plur"),  # type: ignore[list-item]
        (text, lemma, "VERB", 1, "xcomp", feats),  # type: ignore[list-item]
    ]
    return rows + tail + [(".", ".", "PUNCT", 1, "punct")]


def test_a_verb_after_says_object_is_a_clause_with_that_object_its_subject():
    rows = says_object_verb(
        ("lost", "lose", "Tense=Past|VerbForm=Part"),
        [("their", "their", "PRON", 5, "nmod:poss"), ("homes", "home", "NOUN", 3, "obj")],
    )
    assert contents(rows) == [("millions lost their homes", "Roe")]


def test_no_clause_from_an_absolute_phrase_or_a_verb_whose_clause_hangs_elsewhere():
    breaking = says_object_verb(("breaking", "break", "VerbForm=Part"), [("down", "down", "ADV", 3, "advmod")])
    assert contents(breaking) == []
    bare = says_object_verb(("determined", "determine", "Tense=Past|VerbForm=Part"), [])
    assert contents(bare) == []


def test_a_bare_frame_after_a_full_stop_inside_the_quote():
    from parse_helpers import article

    from provenance.attribution import Attributor
    from provenance.quotemarks import pair_marks
    from provenance.vocab import load_vocabulary

    quote: list[Row] = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("We", "we", "PRON", 2, "nsubj"),
        ("won", "win", "VERB", -1, "root"),
        (".", ".", "PUNCT", 2, "punct"),
        ("”", "”", "PUNCT", 2, "punct"),
    ]
    frame: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    more: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("it", "it", "PRON", 3, "nsubj"),
        ("rained", "rain", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    attributor = Attributor(load_vocabulary())
    speakers = []
    for second in (frame, more):
        doc, paras = article([[quote, second]])
        spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
        found = attributor.attribute(doc.text, paras, spans)
        q = next(a for a in found if doc.text[a.start : a.end].startswith("“"))
        speakers.append(q.speaker.word.text if q.speaker else None)
    # '"We won." Roe said.' is Roe's; after '"We won." Roe said it rained.' the quote is not
    assert speakers == ["Roe", None]


def test_a_when_clause_without_a_subject_is_not_what_was_said():
    # Roe said when asked who would win .  ("asked" parsed as the complement of "said")
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("when", "when", "ADV", 3, "advmod"),
        ("asked", "ask", "VERB", 1, "ccomp"),
        ("who", "who", "PRON", 6, "nsubj"),
        ("would", "would", "AUX", 6, "aux"),
        ("win", "win", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert all(not text.startswith("when asked") for text, _ in contents(rows))
    # with a subject of its own it is a clause
    asked: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("when", "when", "ADV", 4, "advmod"),
        ("voters", "voter", "NOUN", 4, "nsubj"),
        ("asked", "ask", "VERB", 1, "ccomp"),
        ("who", "who", "PRON", 7, "nsubj"),
        ("would", "would", "AUX", 7, "aux"),
        ("win", "win", "VERB", 4, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert contents(asked) == [("when voters asked who would win", "Roe")]


def test_a_relative_clauses_verb_makes_no_lost_clause_for_a_bare_cue():
    # Boasting 300 residents who run farms , the county likes Roe .
    # (the parse gave "Boasting" no object: "residents" is the subject of "likes")
    rows: list[Row] = [
        ("Boasting", "boast", "VERB", 10, "advcl", "VerbForm=Ger"),  # type: ignore[list-item]
        ("300", "300", "NUM", 2, "nummod", "NumType=Card"),  # type: ignore[list-item]
        ("residents", "resident", "NOUN", 10, "nsubj", "Number=Plur"),  # type: ignore[list-item]
        ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),  # type: ignore[list-item]
        ("run", "run", "VERB", 2, "acl:relcl", "Tense=Pres|VerbForm=Fin"),  # type: ignore[list-item]
        ("farms", "farm", "NOUN", 4, "obj", "Number=Plur"),  # type: ignore[list-item]
        (",", ",", "PUNCT", 10, "punct", ""),  # type: ignore[list-item]
        ("the", "the", "DET", 8, "det", ""),  # type: ignore[list-item]
        ("county", "county", "NOUN", 10, "obl", "Number=Sing"),  # type: ignore[list-item]
        ("now", "now", "ADV", 10, "advmod", ""),  # type: ignore[list-item]
        ("likes", "like", "VERB", -1, "root", "Tense=Pres|VerbForm=Fin"),  # type: ignore[list-item]
        ("Roe", "Roe", "PROPN", 10, "obj", "Number=Sing"),  # type: ignore[list-item]
        (".", ".", "PUNCT", 10, "punct", ""),  # type: ignore[list-item]
    ]
    assert all(not text.startswith("300 residents") for text, _ in contents(rows))


def test_agreeing_to_a_deal_and_putting_it_somewhere_report_nothing():
    # The star scored two days after he agreed to a contract .
    agreed: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("star", "star", "NOUN", 2, "nsubj"),
        ("scored", "score", "VERB", -1, "root"),
        ("two", "two", "NUM", 4, "nummod"),
        ("days", "day", "NOUN", 2, "obl"),
        ("after", "after", "ADP", 7, "case"),
        ("he", "he", "PRON", 7, "nsubj"),
        ("agreed", "agree", "VERB", 2, "conj"),
        ("to", "to", "ADP", 10, "case"),
        ("a", "a", "DET", 10, "det"),
        ("contract", "contract", "NOUN", 7, "obl"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    assert contents(agreed) == []
    # The puck popped out to Roe , who put it into the net .
    put: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("puck", "puck", "NOUN", 2, "nsubj"),
        ("popped", "pop", "VERB", -1, "root"),
        ("out", "out", "ADP", 2, "compound:prt"),
        ("to", "to", "ADP", 5, "case"),
        ("Roe", "Roe", "PROPN", 2, "obl"),
        (",", ",", "PUNCT", 8, "punct"),
        ("who", "who", "PRON", 8, "nsubj"),
        ("put", "put", "VERB", 2, "conj"),
        ("it", "it", "PRON", 8, "obj"),
        ("into", "into", "ADP", 12, "case"),
        ("the", "the", "DET", 12, "det"),
        ("net", "net", "NOUN", 8, "obl"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    assert contents(put) == []


def test_a_name_given_and_an_imperative_report_nothing():
    # The firm withdrew an app called Screenwise .
    called: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("firm", "firm", "NOUN", 2, "nsubj"),
        ("withdrew", "withdraw", "VERB", -1, "root"),
        ("an", "a", "DET", 4, "det"),
        ("app", "app", "NOUN", 2, "obj"),
        ("called", "call", "VERB", 4, "acl", "VerbForm=Part"),  # type: ignore[list-item]
        ("Screenwise", "Screenwise", "PROPN", 5, "xcomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    assert contents(called) == []
    # Tell him why you like it .
    tell: list[Row] = [
        ("Tell", "tell", "VERB", -1, "root", "Mood=Imp|VerbForm=Fin"),  # type: ignore[list-item]
        ("him", "he", "PRON", 0, "iobj"),
        ("why", "why", "ADV", 4, "advmod"),
        ("you", "you", "PRON", 4, "nsubj"),
        ("like", "like", "VERB", 0, "ccomp"),
        ("it", "it", "PRON", 4, "obj"),
        (".", ".", "PUNCT", 0, "punct"),
    ]
    assert all(not text.startswith("why you") for text, _ in contents(tell))


def test_a_subject_and_its_verb_read_as_one_compound_noun_after_say():
    # Doe said the plan works .  ("plan works" parsed as a compound noun, the object of "said")
    rows: list[Row] = [
        ("Doe", "Doe", "PROPN", 1, "nsubj", "Number=Sing"),  # type: ignore[list-item]
        ("said", "say", "VERB", -1, "root", "VerbForm=Fin"),  # type: ignore[list-item]
        ("the", "the", "DET", 4, "det", ""),  # type: ignore[list-item]
        ("plan", "plan", "NOUN", 4, "compound", "Number=Sing"),  # type: ignore[list-item]
        ("works", "work", "NOUN", 1, "obj", "Number=Plur"),  # type: ignore[list-item]
        (".", ".", "PUNCT", 1, "punct", ""),  # type: ignore[list-item]
    ]
    assert contents(rows) == [("the plan works", "Doe")]
    # only a phrase that closes the sentence ("Doe said the plan works yesterday" is left to the
    # parse: the words after it may belong to a verb of its own)
    rows[5:5] = [("yesterday", "yesterday", "NOUN", 1, "obl:tmod", "Number=Sing")]  # type: ignore[list-item]
    assert contents(rows) == []


def as_roe_verb(verb: tuple[str, str]) -> list[Row]:
    """As Roe <verb> , the plan is dead ."""
    return [
        ("As", "as", "SCONJ", 2, "mark"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        (verb[0], verb[1], "VERB", 7, "advcl"),
        (",", ",", "PUNCT", 2, "punct"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 7, "nsubj"),
        ("is", "be", "AUX", 7, "cop"),
        ("dead", "dead", "ADJ", -1, "root"),
        (".", ".", "PUNCT", 7, "punct"),
    ]


def test_a_leading_as_clause_of_saying_introduces_the_clause_after_it():
    assert contents(as_roe_verb(("said", "say"))) == [("the plan is dead", "Roe")]
    # "As Roe spoke, ..." tells when, not what was said
    assert contents(as_roe_verb(("spoke", "speak"))) == []
