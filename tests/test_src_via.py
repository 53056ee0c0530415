"""Via carried to the follow-on quotes of the same source, on hand-built parses."""

from __future__ import annotations

from parse_helpers import Row, article

from provenance.attribution import Attributor
from provenance.quotemarks import pair_marks
from provenance.records import Quote
from provenance.sources import SourceModel, resolve_sources
from provenance.vocab import load_vocabulary

VOCAB = load_vocabulary()
MODEL = SourceModel.build(VOCAB)
ATTRIBUTOR = Attributor(VOCAB)


def reported(name: str, listener: str | None = None) -> list[Row]:
    """ "<name> said / told <listener> the plan works ." """
    rows: list[Row] = [(name, name, "PROPN", 1, "nsubj")]
    rows.append(("told" if listener else "said", "tell" if listener else "say", "VERB", -1, "root"))
    if listener:
        rows.append((listener, listener, "PROPN", 1, "obj"))
    base = len(rows)
    rows += [
        ("the", "the", "DET", base + 1, "det"),
        ("plan", "plan", "NOUN", base + 2, "nsubj"),
        ("works", "work", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    return rows


def direct(name: str) -> list[Row]:
    """“ We will win , ” <name> said ."""
    return [
        ("“", "“", "PUNCT", 3, "punct"),
        ("We", "we", "PRON", 3, "nsubj"),
        ("will", "will", "AUX", 3, "aux"),
        ("win", "win", "VERB", 7, "ccomp"),
        (",", ",", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
        (name, name, "PROPN", 7, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 7, "punct"),
    ]


SEPARATOR: list[Row] = [("___", "___", "PUNCT", -1, "root")]


def run(paragraphs: list[list[list[Row]]]) -> list[Quote]:
    doc, paras = article(paragraphs)
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    found = ATTRIBUTOR.attribute(doc.text, paras, spans)
    quotes, _ = resolve_sources(MODEL, doc, paras, spans, found)
    return sorted(quotes, key=lambda q: q.start)


def vias(quotes: list[Quote]) -> list[str | None]:
    return [q.via.name if q.via else None for q in quotes]


def test_a_direct_quote_after_told_reuters_came_through_reuters():
    quotes = run([[reported("Roe", listener="Reuters")], [direct("Roe")]])
    assert vias(quotes) == ["Reuters", "Reuters"]


def test_another_source_in_between_breaks_the_thread():
    quotes = run([[reported("Roe", listener="Reuters")], [direct("Doe")], [direct("Roe")]])
    assert vias(quotes) == ["Reuters", None, None]


def test_a_reported_statement_after_the_interview_is_not_carried():
    # "Roe said the plan works" may come from anywhere (a statement, a rally): no via
    quotes = run([[reported("Roe", listener="Reuters"), reported("Roe")]])
    assert vias(quotes) == ["Reuters", None]


RAIN: list[Row] = [
    ("Rain", "rain", "NOUN", 1, "nsubj"),
    ("fell", "fall", "VERB", -1, "root"),
    (".", ".", "PUNCT", 1, "punct"),
]


def test_a_quote_two_paragraphs_on_is_not_carried():
    quotes = run([[reported("Roe", listener="Reuters")], [RAIN], [RAIN], [direct("Roe")]])
    assert vias(quotes) == ["Reuters", None]


def test_a_live_blog_entry_carries_its_channel_to_every_statement_of_the_source():
    quotes = run(
        [
            [SEPARATOR],
            [reported("Roe")],
            [reported("Roe", listener="Reuters")],
            [SEPARATOR],
            [reported("Roe")],
        ]
    )
    assert vias(quotes) == ["Reuters", "Reuters", None]


def went_on(name: str, outlet: str) -> list[Row]:
    """ "<name> went on <outlet> ." (a sentence that names the channel and quotes nothing)"""
    return [
        (name, name, "PROPN", 1, "nsubj"),
        ("went", "go", "VERB", -1, "root"),
        ("on", "on", "ADP", 3, "case"),
        (outlet, outlet, "PROPN", 1, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]


def test_a_sentence_naming_the_channel_gives_the_next_quotes_of_that_person_their_via():
    quotes = run([[went_on("Roe", "CNN")], [reported("Roe")], [direct("Roe")]])
    assert vias(quotes) == ["CNN", "CNN"]


def test_a_channel_sentence_about_someone_else_gives_nothing():
    quotes = run([[went_on("Doe", "CNN")], [direct("Roe")]])
    assert vias(quotes) == [None]


def test_an_outlet_a_sentence_merely_mentions_is_no_channel():
    # "Roe criticised CNN ." names an outlet without making it the channel
    criticised: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("criticised", "criticise", "VERB", -1, "root"),
        ("CNN", "CNN", "PROPN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    quotes = run([[criticised], [direct("Roe")]])
    assert vias(quotes) == [None]


def test_telling_a_legislature_is_no_via():
    # Roe told the House the plan works .
    rows = reported("Roe", listener="House")
    rows.insert(2, ("the", "the", "DET", 3, "det"))
    rows = [(t, lem, u, (h + 1 if h >= 2 else h) if i != 2 else 3, r) for i, (t, lem, u, h, r) in enumerate(rows)]
    [q] = run([[rows]])
    assert q.via is None


def test_a_report_obtained_by_an_outlet_came_through_it():
    # The report obtained by Reuters said the plan works .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("report", "report", "NOUN", 5, "nsubj"),
        ("obtained", "obtain", "VERB", 1, "acl"),
        ("by", "by", "ADP", 4, "case"),
        ("Reuters", "Reuters", "PROPN", 2, "obl"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 7, "det"),
        ("plan", "plan", "NOUN", 8, "nsubj"),
        ("works", "work", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    [q] = run([[rows]])
    assert q.via is not None and q.via.name == "Reuters"


def test_the_news_outlet_is_the_outlet_just_named():
    # Reuters published the memo . | The news outlet said the plan works .
    published: list[Row] = [
        ("Reuters", "Reuters", "PROPN", 1, "nsubj"),
        ("published", "publish", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("memo", "memo", "NOUN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    outlet: list[Row] = [
        ("The", "the", "DET", 2, "det"),
        ("news", "news", "NOUN", 2, "compound"),
        ("outlet", "outlet", "NOUN", 3, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 6, "nsubj"),
        ("works", "work", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    [q] = run([[published], [outlet]])
    assert q.via is not None and (q.via.name, q.via.known) == ("Reuters", True)


def test_a_verb_coordinated_with_told_reuters_shares_the_channel():
    # Roe told Reuters the plan works and said the deal holds .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("told", "tell", "VERB", -1, "root"),
        ("Reuters", "Reuters", "PROPN", 1, "obj"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 1, "ccomp"),
        ("and", "and", "CCONJ", 7, "cc"),
        ("said", "say", "VERB", 1, "conj"),
        ("the", "the", "DET", 9, "det"),
        ("deal", "deal", "NOUN", 10, "nsubj"),
        ("holds", "hold", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    quotes = run([[rows]])
    assert len(quotes) == 2 and vias(quotes) == ["Reuters", "Reuters"]


def test_an_outlet_before_a_polling_partner_is_found_but_not_inside_another_name():
    # "an Associated Press-GfK poll" is the AP's; "The Times-Picayune" is not "The Times"
    assert MODEL.outlets.first_in("an Associated Press-GfK poll") == ("Associated Press", 3, 19)
    assert MODEL.outlets.first_in("a Reuters-Ipsos survey")[0] == "Reuters"  # type: ignore[index]
    assert MODEL.outlets.first_in("The Times-Picayune") == ("The Times-Picayune", 0, 18)  # (its own entry)
    assert MODEL.outlets.first_in("a CNN-owned site") is None


def test_a_document_obtained_by_an_outlet_that_the_parse_hung_elsewhere_came_through_it():
    # The opinion , obtained by Reuters , concluded that the plan works .  — "obtained" parsed
    # as a conjunct of the reported clause, outside the subject's phrase
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("opinion", "opinion", "NOUN", 7, "nsubj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("obtained", "obtain", "VERB", 11, "conj"),
        ("by", "by", "ADP", 5, "case"),
        ("Reuters", "Reuters", "PROPN", 3, "obl"),
        (",", ",", "PUNCT", 3, "punct"),
        ("concluded", "conclude", "VERB", -1, "root"),
        ("that", "that", "SCONJ", 11, "mark"),
        ("the", "the", "DET", 10, "det"),
        ("plan", "plan", "NOUN", 11, "nsubj"),
        ("works", "work", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    [q] = run([[rows]])
    assert q.via is not None and q.via.name == "Reuters"


def test_a_statement_according_to_a_recording_given_to_an_outlet_came_through_it():
    # Roe said the plan works , according to audio provided to Reuters .  — with "audio" parsed
    # as the passive subject of "provided", an adverbial clause of "said"
    rows = reported("Roe")[:-1] + [
        (",", ",", "PUNCT", 8, "punct"),
        ("according", "accord", "VERB", 8, "case"),
        ("to", "to", "PART", 9, "mark"),
        ("audio", "audio", "NOUN", 9, "nsubj:pass"),
        ("provided", "provide", "VERB", 1, "advcl"),
        ("to", "to", "ADP", 11, "case"),
        ("Reuters", "Reuters", "PROPN", 9, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    quotes = run([[rows]])
    assert [q.via.name if q.via else None for q in quotes if q.text.startswith("the plan")] == ["Reuters"]


def at_town_hall(name: str, outlet: str) -> list[Row]:
    """ "<name> spoke at an <outlet> town hall ." (the channel named after the outlet's name)"""
    return [
        (name, name, "PROPN", 1, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        ("at", "at", "ADP", 5, "case"),
        ("an", "a", "DET", 5, "det"),
        (outlet, outlet, "PROPN", 5, "compound"),
        ("town", "town", "NOUN", 6, "compound"),
        ("hall", "hall", "NOUN", 1, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]


def test_a_channel_named_after_the_outlet_gives_the_next_quotes_their_via():
    # Roe spoke at an MSNBC town hall . | " We will win , " Roe said .
    quotes = run([[at_town_hall("Roe", "MSNBC")], [direct("Roe")]])
    assert vias(quotes) == ["MSNBC"]


def test_a_live_blog_entry_whose_channel_sentence_quotes_nothing_carries_it_to_every_statement():
    quotes = run(
        [
            [SEPARATOR],
            [at_town_hall("Roe", "MSNBC")],
            [reported("Roe")],
            [reported("Roe")],
            [SEPARATOR],
            [reported("Roe")],
        ]
    )
    assert vias(quotes) == ["MSNBC", "MSNBC", None]
