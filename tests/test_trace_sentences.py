"""Sentences that report a quote of another article (provenance.trace.sentences), on invented
articles: a quote with no usable speaker, a short quote found whole, quoted words in the
sentence, editorial brackets, names and titles, and the link not repeated for a linked quote."""

from __future__ import annotations

from pathlib import Path

from trace_helpers import quote_record

from provenance.archive.records import ArticleMeta, QuoteRecord, sentence_spans
from provenance.archive.store import QuoteIndex
from provenance.trace.link import Link, Linker
from provenance.trace.run import trace
from provenance.trace.sentences import SentenceSearch, speaker_keys
from provenance.trace.tokens import Rarity

# Another article in which Jane Roe is a named speaker: she is a person of the archive.
OTHER = 'Jane Roe said: "The ferry timetable will not change this year."'


def rec(
    path: str, text: str, quote: str, *, speaker: str | None, speaker_type: str | None = "person", kind: str = "direct"
) -> QuoteRecord:
    date = "2024-01-01" if path == "a.txt" else "2024-01-02"
    return quote_record(
        path, quote, speaker=speaker, speaker_type=speaker_type, kind=kind, date=date, start=text.index(quote)
    )


def meta(path: str) -> ArticleMeta:
    return ArticleMeta(path, "", None, "unknown", None, "unknown", ())


def search_over(texts: dict[str, str], records: list[QuoteRecord]) -> SentenceSearch:
    """A sentence search over an in-memory index holding these articles, quotes and sentences."""
    index = QuoteIndex.open(":memory:")
    items = [(meta(p), [r for r in records if r.article == p]) for p in texts]
    index.replace_articles(items, {p: sentence_spans(t) for p, t in texts.items()})
    return SentenceSearch(index, texts, {p: meta(p) for p in texts})


def summaries(
    a_text: str, quote: str, b_text: str, *, speaker: str | None = None, b_quotes: tuple[str, ...] = ()
) -> list[Link]:
    """Links of the quote in article a to sentences of article b (b's own quotes are records)."""
    record = rec("a.txt", a_text, quote, speaker=speaker, speaker_type="person" if speaker else None)
    others = [rec("b.txt", b_text, q, speaker="Jane Roe") for q in b_quotes]
    others.append(rec("c.txt", OTHER, "The ferry timetable will not change this year.", speaker="Jane Roe"))
    search = search_over({"a.txt": a_text, "b.txt": b_text, "c.txt": OTHER}, [record, *others])
    return search.links(record, Linker(Rarity.of([])))


HEADLINE = 'Jane Roe Promises "A Complete Closure Of The Northern Harbour To Cargo Ships"\n\nText follows.'
HEADLINE_QUOTE = "A Complete Closure Of The Northern Harbour To Cargo Ships"


def test_a_quote_without_a_speaker_takes_the_person_named_around_it() -> None:
    at = HEADLINE.index(HEADLINE_QUOTE)
    bare = rec("a.txt", HEADLINE, HEADLINE_QUOTE, speaker=None, speaker_type=None)
    keys = speaker_keys(bare, HEADLINE[:at], HEADLINE[at + len(HEADLINE_QUOTE) :], frozenset({"Roe"}))
    assert keys.names == {"Roe"} and keys.from_context
    # Only people of the archive: "Promises" is a capitalised word, nobody's name.
    assert speaker_keys(bare, HEADLINE[:at], "", frozenset({"Doe"})).names == set()
    # A named speaker is used as it is.
    named = rec("a.txt", HEADLINE, HEADLINE_QUOTE, speaker="Jane Roe")
    assert speaker_keys(named, "", "", frozenset()).names == {"Roe"}


def test_a_headline_quote_reported_in_another_article_is_a_paraphrase() -> None:
    b = "Roe, the port minister, wants a complete closure of the northern harbour to cargo ships by spring."
    found = summaries(HEADLINE, HEADLINE_QUOTE, b)
    assert [lk.relation for lk in found] == ["paraphrase"]
    assert found[0].b.text.startswith("Roe, the port minister") and found[0].speaker.same is None


def test_a_speaker_from_context_needs_a_longer_run_of_words() -> None:
    # Three content words in a row ("closure of the northern harbour"): enough with a named
    # speaker, not with one taken from the words around the quote.
    b = "Roe spoke of the closure of the northern harbour on Monday."
    assert [lk.relation for lk in summaries(HEADLINE, HEADLINE_QUOTE, b, speaker="Jane Roe")] == ["paraphrase"]
    assert summaries(HEADLINE, HEADLINE_QUOTE, b) == []
    # No person of the archive anywhere near the quote: no speaker, no sentence search.
    bare = 'Promises of "A Complete Closure Of The Northern Harbour To Cargo Ships" were heard.'
    b2 = "Roe wants a complete closure of the northern harbour to cargo ships by spring."
    assert summaries(bare, HEADLINE_QUOTE, b2) == []


def test_a_short_quote_must_appear_whole_in_the_sentence() -> None:
    a = 'Jane Roe said she would talk "directly to harbour pilots" about the closure.'
    b = 'Roe also said she could speak directly to "harbour pilots" before the vote.'
    assert [lk.relation for lk in summaries(a, "directly to harbour pilots", b)] == ["paraphrase"]
    # Three of the four words in a row, the fourth later: not the short quote.
    a2 = 'Jane Roe said "harbour pilots protested loudly" at the meeting.'
    b2 = "Roe said harbour pilots protested, and loudly, at the meeting."
    assert summaries(a2, "harbour pilots protested loudly", b2) == []


def test_quoted_words_of_the_sentence_count_but_not_alone() -> None:
    a = HEADLINE
    # The sentence quotes two of the words and reports the rest in its own words: a report.
    b = 'Roe wants a complete closure of the northern "harbour to cargo ships" by spring.'
    found = summaries(a, HEADLINE_QUOTE, b, b_quotes=("harbour to cargo ships",))
    assert [lk.relation for lk in found] == ["paraphrase"]
    # Every shared word is inside the sentence's own quote marks: quote against quote, left to
    # the records (which label it verbatim or altered), not a paraphrase.
    b2 = 'Roe called it "a complete closure of the northern harbour to cargo ships" on Monday.'
    assert (
        summaries(a, HEADLINE_QUOTE, b2, b_quotes=("a complete closure of the northern harbour to cargo ships",)) == []
    )


def test_editorial_brackets_are_not_the_speakers_words() -> None:
    a = 'Jane Roe wrote: "We need votes from [Harbour Party leader Tom] Doe supporters in the north."'
    quote = "We need votes from [Harbour Party leader Tom] Doe supporters in the north."
    b = "Harbour Party leader Tom Doe polled well in the north on Monday, Roe noted."
    assert summaries(a, quote, b, speaker="Jane Roe") == []


def test_a_title_and_a_name_are_no_run_of_shared_words() -> None:
    a = 'A pollster for Roe wrote: "The former Port Minister Jane Roe would beat every rival in the north."'
    quote = "The former Port Minister Jane Roe would beat every rival in the north."
    b = "The former Port Minister Jane Roe opened a school on Monday."
    assert summaries(a, quote, b) == []


def test_a_place_read_as_a_speaker_is_no_person() -> None:
    # "the United Harbours" is a place; a misread attribution that calls it a person must not
    # make it a name that ties sentences to quotes.
    a = 'In the United Harbours, it was said: "Ferries will stop at the northern harbour every hour."'
    rec_a = rec("a.txt", a, "Ferries will stop at the northern harbour every hour.", speaker="United Harbours")
    rec_c = rec("c.txt", OTHER, "The ferry timetable will not change this year.", speaker="Jane Roe")
    search = search_over({"a.txt": a, "c.txt": OTHER}, [rec_a, rec_c])
    assert "Harbours" not in search.people and "Roe" in search.people


def write(tmp: Path, name: str, text: str) -> str:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_trace_does_not_repeat_a_linked_quote_as_a_sentence(tmp_path: Path) -> None:
    """Through `trace` over an index: the quote linked verbatim to b's quote is not linked a
    second time to the sentence around it; b's other sentence that reports it is."""
    quote = "We will close the northern harbour to cargo ships until the spring."
    a = f'Jane Roe said: "{quote}"'
    b = (
        f'Roe told the council on Monday that "{quote}" Harbour workers protested.\n\n'
        "Roe's plan to close the northern harbour to cargo ships until spring drew protests."
    )
    pa, pb = write(tmp_path, "a.txt", a), write(tmp_path, "b.txt", b)
    with QuoteIndex.open(":memory:") as index:
        index.replace_articles(
            [
                (meta(pa), [rec(pa, a, quote, speaker="Jane Roe")]),
                (meta(pb), [rec(pb, b, quote, speaker="Jane Roe")]),
            ],
            {pa: sentence_spans(a), pb: sentence_spans(b)},
        )
        result = trace(index, [pa, pb])
    relations = sorted((lk.relation, lk.b.text[:12]) for lk in result.links)
    assert relations == [("paraphrase", "Roe's plan t"), ("verbatim", quote[:12])]


def _index_files(tmp: Path, index: QuoteIndex, texts: dict[str, str], quotes: dict[str, str]) -> dict[str, str]:
    """Write the articles and index them (records built here, no model). Returns name -> path."""
    paths = {name: write(tmp, name, text) for name, text in texts.items()}
    items, spans = [], {}
    for name, text in texts.items():
        p = paths[name]
        recs = [rec(p, text, quotes[name], speaker="Jane Roe")] if name in quotes else []
        items.append((meta(p), recs))
        spans[p] = sentence_spans(text)
    index.replace_articles(items, spans)
    return paths


def test_trace_on_one_article_searches_the_sentences_of_the_whole_index(tmp_path: Path) -> None:
    """`trace --db` on a new article: its quote is found reported in an archived article (whose
    file is gone: the stored sentences are read), and an archived quote is found reported in a
    sentence of the new article."""
    quote = "We will close the northern harbour to cargo ships until the spring."
    old_quote = "Every ferry to the island will run twice a day from the first of May."
    texts = {
        "new.txt": f'Jane Roe said: "{quote}" Roe says every ferry to the island will run twice a day, from May.',
        "old.txt": "Harbour news.\n\nRoe's plan to close the northern harbour to cargo ships until spring drew protests.",
        "older.txt": f'Jane Roe said: "{old_quote}"',
    }
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        paths = _index_files(tmp_path, index, texts, {"new.txt": quote, "older.txt": old_quote})
        Path(paths["old.txt"]).unlink()
        result = trace(index, [paths["new.txt"]])
    found = sorted((Path(lk.a.article).name, Path(lk.b.article).name, lk.relation) for lk in result.links)
    assert found == [("new.txt", "old.txt", "paraphrase"), ("new.txt", "older.txt", "paraphrase")]
    texts_linked = {lk.b.text[:10] if lk.b.kind == "indirect" else lk.a.text[:10] for lk in result.links}
    assert texts_linked == {"Roe's plan", "Roe says e"}


def test_a_replaced_article_leaves_no_sentence_behind(tmp_path: Path) -> None:
    with QuoteIndex.open(tmp_path / "i.sqlite") as index:
        index.replace_articles([(meta("a.txt"), [])], {"a.txt": sentence_spans("The harbour closes. Ferries run.")})
        assert [s.text for s in index.sentence_candidates(["harbour"], "x.txt", 10)] == ["The harbour closes."]
        index.replace_articles([(meta("a.txt"), [])], {"a.txt": sentence_spans("Ferries run daily.")})
        assert index.sentence_candidates(["harbour"], "x.txt", 10) == []
        assert [s.text for s in index.sentences_of("a.txt")] == ["Ferries run daily."]
        index.remove_article("a.txt")
        assert index.sentence_count() == 0 and index.sentence_candidates(["ferries"], "x.txt", 10) == []
        assert index.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_reported_speech_with_a_misread_speaker_is_still_a_report() -> None:
    """The extraction read "Roe said the council would ..." as reported speech but gave it to the
    wrong person: the record-level paraphrase (same speaker needed) refuses it, and the sentence,
    whose reported words are the journalist's, not a quotation, still reports the quote."""
    a = 'Jane Roe said: "We will close the northern harbour to cargo ships until the spring."'
    quote = "We will close the northern harbour to cargo ships until the spring."
    b = "Roe said the council would close the northern harbour to cargo ships until spring, John Poe noted."
    content = "the council would close the northern harbour to cargo ships until spring"
    record = rec("a.txt", a, quote, speaker="Jane Roe")
    reported = rec("b.txt", b, content, speaker="John Poe", kind="indirect")
    other = rec("c.txt", OTHER, "The ferry timetable will not change this year.", speaker="Jane Roe")
    search = search_over({"a.txt": a, "b.txt": b, "c.txt": OTHER}, [record, reported, other])
    found = search.links(record, Linker(Rarity.of([])))
    assert [lk.relation for lk in found] == ["paraphrase"] and found[0].b.text == b
    assert Linker(Rarity.of([])).link(record, reported) is None  # the record-level rule refuses it


def test_a_title_case_headline_that_keeps_a_phrase_of_the_quote() -> None:
    """Two content words only, but in a phrase of the quote (one word slipped in, "now"); the
    headline's capitals say nothing about names, the quote's lower-case words do."""
    a = 'Jane Roe wrote that "the tariffs have been taken off us and we can now trade the way we want to."'
    quote = "the tariffs have been taken off us and we can now trade the way we want to."
    b = "Roe Says ‘The Tariffs’ Have Now Been Taken Off Her Town\n\nText follows."
    found = summaries(a, quote, b, speaker="Jane Roe")
    assert [lk.relation for lk in found] == ["paraphrase"] and found[0].b.text.startswith("Roe Says")
    # The same two words, not in a phrase of the quote: no report.
    b2 = "Roe Says Tariffs Will Soon Be Taken Away From Her Town\n\nText follows."
    assert summaries(a, quote, b2, speaker="Jane Roe") == []


def test_three_common_words_in_a_row_are_no_report() -> None:
    """ "four years ago": a run of three content words, but with fewer than three of the quote's
    rarer words shared, only a phrase of the quote will do."""
    a = 'Jane Roe said: "This mayor lost four years ago, and he will lose again."'
    quote = "This mayor lost four years ago, and he will lose again."
    b = "Roe lost the north by a wide margin four years ago."
    # An archive where "years" and "ago" are in many sentences: too common to look up.
    filler = " ".join(f"The mill {i} opened years ago." for i in range(40))
    record = rec("a.txt", a, quote, speaker="Jane Roe")
    other = rec("c.txt", OTHER, "The ferry timetable will not change this year.", speaker="Jane Roe")
    search = search_over({"a.txt": a, "b.txt": b, "c.txt": OTHER, "d.txt": filler}, [record, other])
    assert search.links(record, Linker(Rarity.of([]))) == []


def test_a_sentence_that_reports_another_speakers_words_is_no_report_of_the_quote() -> None:
    a = 'Senator Jane Roe said: "The harbour fund paid millions of dollars to three cargo firms last year."'
    quote = "The harbour fund paid millions of dollars to three cargo firms last year."
    b = "Roe attacked the mayor on Monday. Doe says the harbour fund paid millions of dollars to cargo firms for years."
    content = "the harbour fund paid millions of dollars to cargo firms for years"
    record = rec("a.txt", a, quote, speaker="Jane Roe")
    other = rec("c.txt", OTHER, "The ferry timetable will not change this year.", speaker="Jane Roe")
    texts = {"a.txt": a, "b.txt": b, "c.txt": OTHER}
    # Roe is named just before it, but the sentence says what Doe says.
    doe = rec("b.txt", b, content, speaker="John Doe", kind="indirect")
    assert search_over(texts, [record, other, doe]).links(record, Linker(Rarity.of([]))) == []
    # Without that reading (no reported speech found in it), Roe named before it will do.
    found = search_over(texts, [record, other]).links(record, Linker(Rarity.of([])))
    assert [lk.relation for lk in found] == ["paraphrase"] and found[0].b.text.startswith("Doe says")


FRAGMENT_QUOTE = "We have to look hard at every harbour contract, to go right at hidden subsidies."
FRAGMENT_A = f'Jane Roe said: "{FRAGMENT_QUOTE}"'


def test_a_sentence_that_quotes_a_few_words_of_the_quote_reports_it() -> None:
    """Two words in the sentence's own quote marks, written in a row in the quote, the speaker
    named in the sentence: it quotes the statement and reports the rest."""
    b = 'Roe blamed the port deficit on "hidden subsidies" in the north.'
    found = summaries(FRAGMENT_A, FRAGMENT_QUOTE, b, speaker="Jane Roe")
    assert [lk.relation for lk in found] == ["paraphrase"] and found[0].b.text == b
    # Named only in the sentence before: the fragment is too little to go on.
    b2 = 'Roe spoke on Monday. She blamed the port deficit on "hidden subsidies" in the north.'
    assert summaries(FRAGMENT_A, FRAGMENT_QUOTE, b2, speaker="Jane Roe") == []
    # The same words not in quote marks: two shared words, no phrase, no report.
    b3 = "Roe blamed the port deficit on hidden subsidies in the north."
    assert summaries(FRAGMENT_A, FRAGMENT_QUOTE, b3, speaker="Jane Roe") == []


def test_a_label_in_quote_marks_is_no_fragment_of_one_statement() -> None:
    a = 'Jane Roe said: "Nobody in this town will vote for Harbour Party plans again."'
    quote = "Nobody in this town will vote for Harbour Party plans again."
    # A name in quote marks is a label, not the statement's words.
    assert summaries(a, quote, 'Roe mocked the "Harbour Party" at a rally in the north.', speaker="Jane Roe") == []
    # Words many sentences of the archive put in quote marks are a slogan in use.
    b = 'Roe blamed the port deficit on "hidden subsidies" in the north.'
    slogan = " ".join(f'Protester {i} held a sign reading "hidden subsidies" outside.' for i in range(8))
    record = rec("a.txt", FRAGMENT_A, FRAGMENT_QUOTE, speaker="Jane Roe")
    other = rec("c.txt", OTHER, "The ferry timetable will not change this year.", speaker="Jane Roe")
    search = search_over({"a.txt": FRAGMENT_A, "b.txt": b, "c.txt": OTHER, "d.txt": slogan}, [record, other])
    assert search.links(record, Linker(Rarity.of([]))) == []
