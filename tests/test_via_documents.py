"""Secondary sourcing through a document an outlet made or published, or a report that cites
unnamed people (no model needed).

Each tree is the shape the shipped parser produced for the sentence in the comment (checked with
``provenance parse``), cut down to what the sources layer reads: via._outlet_modifier (the
owner's name broken up by the parse), the "according to <document>" credit after a speech verb,
the media pieces in the document_nouns lexicon, and sources/citing.py ("the Post reported,
citing two unnamed officials")."""

from __future__ import annotations

from parse_helpers import Row
from source_helpers import resolve

FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def _quotes(rows: list[Row]) -> list[tuple[str, str, str, str | None]]:
    r = resolve([[rows]])
    return [
        (
            q.text,
            q.speaker.text if q.speaker else "",
            q.speaker.type if q.speaker else "",
            q.via.name if q.via else None,
        )
        for q in r.quotes
    ]


# "Most Americans say they prefer goods made abroad , according to an Associated Press-GfK poll
# released Thursday ." — "Associated" read as an adjective, "poll" a compound of "released", an
# adverbial clause deep inside the reported clause
POLL: list[Row] = [
    ("Most", "most", "ADJ", 1, "amod"),
    ("Americans", "American", "PROPN", 2, "nsubj"),
    ("say", "say", "VERB", -1, "root"),
    ("they", "they", "PRON", 4, "nsubj"),
    ("prefer", "prefer", "VERB", 2, "ccomp"),
    ("goods", "good", "NOUN", 4, "obj"),
    ("made", "make", "VERB", 5, "acl"),
    ("abroad", "abroad", "ADV", 6, "advmod"),
    (",", ",", "PUNCT", 15, "punct"),
    ("according", "accord", "VERB", 14, "case"),
    ("to", "to", "ADP", 9, "fixed"),
    ("an", "a", "DET", 14, "det"),
    ("Associated", "associate", "VERB", 14, "amod"),
    ("Press-GfK", "Press-GfK", "PROPN", 14, "compound"),
    ("poll", "poll", "NOUN", 15, "compound"),
    ("released", "release", "VERB", 6, "advcl"),
    ("Thursday", "Thursday", "PROPN", 15, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
]


def test_what_people_say_according_to_an_outlet_s_poll_came_through_the_outlet():
    [(text, speaker, _, via)] = _quotes(POLL)
    assert text.startswith("they prefer goods made abroad")
    assert speaker == "Most Americans"
    assert via == "Associated Press"


def test_an_adjective_premodifier_without_an_outlet_names_no_channel():
    rows = list(POLL)
    rows[12] = ("Detailed", "detailed", "ADJ", 14, "amod")
    rows[13] = ("Harris-GfK", "Harris-GfK", "PROPN", 14, "compound")
    [(_, speaker, _, via)] = _quotes(rows)
    assert speaker == "Most Americans" and via is None


# "A story in The Globe and Mail said the plan was dead ." — a piece an outlet published speaks
# for it: the outlet is the source and the channel (sources labels, "Outlet as source")
STORY: list[Row] = [
    ("A", "a", "DET", 1, "det"),
    ("story", "story", "NOUN", 7, "nsubj"),
    ("in", "in", "ADP", 4, "case"),
    ("The", "the", "DET", 4, "det"),
    ("Globe", "Globe", "PROPN", 1, "nmod"),
    ("and", "and", "CCONJ", 6, "cc"),
    ("Mail", "Mail", "PROPN", 4, "conj"),
    ("said", "say", "VERB", -1, "root"),
    ("the", "the", "DET", 9, "det"),
    ("plan", "plan", "NOUN", 11, "nsubj"),
    ("was", "be", "AUX", 11, "cop"),
    ("dead", "dead", "ADJ", 7, "ccomp"),
    (".", ".", "PUNCT", 7, "punct"),
]


def test_a_story_in_an_outlet_speaks_for_the_outlet_through_it():
    [(text, speaker, typ, via)] = _quotes(STORY)
    assert text == "the plan was dead"
    assert speaker.startswith("A story in The Globe")
    assert typ == "organization" and via == "The Globe and Mail"


def test_an_article_in_an_outlet_and_one_about_nothing_named():
    rows = list(STORY)
    rows[1] = ("article", "article", "NOUN", 7, "nsubj")
    assert _quotes(rows)[0][3] == "The Globe and Mail"
    # (a story with no outlet named is a document of an unnamed organisation: no channel)
    plain: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("story", "story", "NOUN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 6, "nsubj"),
        ("was", "be", "AUX", 6, "cop"),
        ("dead", "dead", "ADJ", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    [(_, _, _, via)] = _quotes(plain)
    assert via is None


def _cited(source: list[Row]) -> list[Row]:
    """ "The Washington Post reported , citing <source> , that the plan was dead ." """
    n = len(source)
    rows: list[Row] = [
        ("The", "the", "DET", 2, "det"),
        ("Washington", "Washington", "PROPN", 2, "compound"),
        ("Post", "Post", "PROPN", 3, "nsubj"),
        ("reported", "report", "VERB", -1, "root"),
        (",", ",", "PUNCT", 5, "punct"),
        ("citing", "cite", "VERB", 3, "advcl"),
    ]
    rows += [(t, lem, upos, h + 6 if h >= 0 else 5, rel) for t, lem, upos, h, rel in source]
    k = 6 + n
    rows += [
        (",", ",", "PUNCT", 5, "punct"),
        ("that", "that", "SCONJ", k + 5, "mark"),
        ("the", "the", "DET", k + 3, "det"),
        ("plan", "plan", "NOUN", k + 5, "nsubj"),
        ("was", "be", "AUX", k + 5, "cop"),
        ("dead", "dead", "ADJ", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    return rows


def test_an_outlet_citing_unnamed_officials_is_their_channel_not_the_source():
    officials: list[Row] = [
        ("two", "two", "NUM", 2, "nummod"),
        ("unnamed", "unnamed", "ADJ", 2, "amod"),
        ("officials", "official", "NOUN", -1, "obj"),
    ]
    [(text, speaker, typ, via)] = _quotes(_cited(officials))
    assert text == "that the plan was dead"
    assert speaker == "two unnamed officials" and typ == "anonymous" and via == "The Washington Post"


def test_an_outlet_citing_a_document_stays_the_source():
    filings: list[Row] = [
        ("the", "the", "DET", 1, "det"),
        ("company", "company", "NOUN", 3, "nmod:poss"),
        ("'s", "'s", "PART", 1, "case"),
        ("filings", "filing", "NOUN", -1, "obj"),
    ]
    [(_, speaker, typ, via)] = _quotes(_cited(filings))
    assert speaker == "The Washington Post" and typ == "organization" and via == "The Washington Post"


def test_people_familiar_with_the_matter_are_not_the_one_source_quoted_before():
    # "A senior official said the plan works . ¶ People familiar with the matter said the plan works ."
    official: list[Row] = [
        ("A", "a", "DET", 2, "det"),
        ("senior", "senior", "ADJ", 2, "amod"),
        ("official", "official", "NOUN", 3, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 6, "nsubj"),
        ("works", "work", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    # (as parsed: "familiar" a complement of "said" with "People" its subject)
    people: list[Row] = [
        ("People", "person", "NOUN", 1, "nsubj", "Number=Plur"),  # type: ignore[list-item]
        ("familiar", "familiar", "ADJ", 5, "ccomp"),
        ("with", "with", "ADP", 4, "case"),
        ("the", "the", "DET", 4, "det"),
        ("matter", "matter", "NOUN", 1, "obl"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 7, "det"),
        ("plan", "plan", "NOUN", 8, "nsubj"),
        ("works", "work", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    r = resolve([[official], [people]])
    first, second = (q.speaker for q in r.quotes)
    assert first is not None and second is not None
    assert second.name.startswith("People") and first.entity != second.entity


def test_the_report_is_no_statement_of_the_last_speaker():
    # "Lin said the plan works . ¶ The report said the plan works ." — a report is an
    # organisation's document, not Lin's statement
    from source_helpers import said

    report: list[Row] = [("The", "the", "DET", 1, "det")] + [
        (t, lem, upos, h + 1 if h >= 0 else -1, rel) for t, lem, upos, h, rel in said(("report", "NOUN"))
    ]
    report[1] = ("report", "report", "NOUN", 2, "nsubj")
    r = resolve([[said(("Lin", "PROPN"))], [report]])
    first, second = (q.speaker for q in r.quotes)
    assert first is not None and second is not None
    assert first.name == "Lin" and second.name != "Lin" and second.type == "organization"
