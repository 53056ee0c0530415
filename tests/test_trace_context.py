"""Quoted context (provenance.trace.context) on invented articles: a quote whose own words are
too weak to link (function words only, a short phrase of common words, a nested quotation under
a misread speaker) links when the quotes around it share a rare phrase too, and not otherwise."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.archive.records import ArticleMeta, QuoteRecord, normalise, sentence_spans
from provenance.archive.store import QuoteIndex
from provenance.trace.context import QuotedContext
from provenance.trace.link import Link, Linker
from provenance.trace.run import trace
from provenance.trace.tokens import Rarity


def quote(path: str, text: str, words: str, *, speaker: str | None = "Jane Roe", nth: int = 0) -> QuoteRecord:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return QuoteRecord(
        article=path,
        start=start,
        end=start + len(words),
        line=1,
        column=start + 1,
        text=words,
        norm=normalise(words),
        kind="direct",
        speaker=speaker,
        speaker_type="person" if speaker else None,
        via=None,
        outlet=None,
        date={"a.txt": "2024-05-01", "b.txt": "2024-05-02"}.get(path, "2024-05-03"),
    )


def meta(path: str) -> ArticleMeta:
    return ArticleMeta(path, "", None, "unknown", None, "unknown", ())


def traced(texts: dict[str, str], records: Sequence[QuoteRecord]) -> list[Link]:
    """``trace`` over an in-memory index of these articles, their quotes and their sentences."""
    index = QuoteIndex.open(":memory:")
    items = [(meta(p), [r for r in records if r.article == p]) for p in texts]
    index.replace_articles(items, {p: sentence_spans(t) for p, t in texts.items()})
    return trace(index).links


# "We are not going to do that" is function words only: no index term, no evidence of its own.
A = (
    'Senator Jane Roe met grain farmers on Monday. "We will keep every silo in the valley open '
    'through the winter," Roe said. Asked about closing the river locks, she said: "We are not '
    'going to do that."'
)
B = (
    'Jane Roe told farmers: "We will keep every silo in the valley open through the winter. We are '
    'not going to do that, whatever the ministry says."'
)
# The same words from another senator about something else: nothing around them is shared.
C = 'Asked about the toll road, Senator John Poe said: "We are not going to do that."'


def test_function_words_only_link_when_the_quotes_around_them_are_shared() -> None:
    silo = "We will keep every silo in the valley open through the winter,"
    records = [
        quote("a.txt", A, silo),
        quote("a.txt", A, "We are not going to do that."),
        quote("b.txt", B, B[B.index("We will") : B.rindex('"')]),
        quote("c.txt", C, "We are not going to do that.", speaker="John Poe"),
    ]
    links = traced({"a.txt": A, "b.txt": B, "c.txt": C}, records)
    pairs = {(lk.a.article, lk.a.text[:12], lk.b.article) for lk in links}
    # The silo sentence links on its own words; the short refusal links on its context.
    assert pairs == {("a.txt", silo[:12], "b.txt"), ("a.txt", "We are not g", "b.txt")}, links
    refusal = next(lk for lk in links if lk.a.text.startswith("We are not"))
    assert refusal.relation == "verbatim" and refusal.diff == ()


# In an archive where "tired" and "mayor" are common words, the two-word phrase alone is
# no evidence, even from the same speaker.
def common_rarity(phrase_quotes: int = 0) -> Rarity:
    common = {"tired", "mayor", "weather"}
    return Rarity(1000, lambda t: 90 if t in common else 1, lambda run: phrase_quotes)


D = '"Well, he was a tired mayor," Roe said of Smith. "He lost every county in the north and blamed the weather."'
E = 'Roe called Smith "a tired mayor" and said "he lost every county in the north and blamed the weather."'
F = 'Roe, asked about the old mayor, said he was "a tired mayor" and nothing more.'


def linker_over(texts: dict[str, str], records: Sequence[QuoteRecord], rarity: Rarity) -> Linker:
    by_path = {p: [r for r in records if r.article == p] for p in texts}
    return Linker(rarity, QuotedContext(lambda p: by_path.get(p, []), rarity))


def test_a_short_phrase_of_common_words_links_in_a_shared_context_only() -> None:
    d_short = quote("a.txt", D, "Well, he was a tired mayor,")
    e_short = quote("b.txt", E, "a tired mayor")
    f_short = quote("c.txt", F, "a tired mayor")
    county = "he lost every county in the north and blamed the weather."
    records = [d_short, quote("a.txt", D, "He lost every county in the north and blamed the weather."), e_short]
    records += [quote("b.txt", E, county), f_short]
    rarity = common_rarity()
    with_context = linker_over({"a.txt": D, "b.txt": E, "c.txt": F}, records, rarity)
    lk = with_context.link(d_short, e_short)
    assert lk is not None and lk.relation == "verbatim" and lk.speaker.same is True
    # Elsewhere, with nothing quoted around it in common: the same speaker, the same phrase, no link.
    assert with_context.link(d_short, f_short) is None
    # And without the context the words alone do not do it.
    assert Linker(rarity).link(d_short, e_short) is None


def test_a_shared_phrase_must_be_rare_and_quoted() -> None:
    # The journalist's own words around two quotes are not context: "Senator Jane Roe met grain
    # farmers" in both, outside the quote marks, proves nothing.
    g = 'Senator Jane Roe met grain farmers on Monday and said "we are not going to do that."'
    h = 'Senator Jane Roe met grain farmers on Monday. Roe said: "We are not going to do that."'
    records = [quote("a.txt", g, "we are not going to do that."), quote("b.txt", h, "We are not going to do that.")]
    assert traced({"a.txt": g, "b.txt": h}, records) == []
    # A shared quoted phrase that many quotes of the archive hold is a stock phrase.
    d_short = quote("a.txt", D, "Well, he was a tired mayor,")
    e_short = quote("b.txt", E, "a tired mayor")
    records = [d_short, quote("a.txt", D, "He lost every county in the north and blamed the weather."), e_short]
    records.append(quote("b.txt", E, "he lost every county in the north and blamed the weather."))
    texts = {"a.txt": D, "b.txt": E}
    assert linker_over(texts, records, common_rarity(phrase_quotes=2)).link(d_short, e_short) is not None
    assert linker_over(texts, records, common_rarity(phrase_quotes=40)).link(d_short, e_short) is None


# A speaker recounts a conversation; each article quotes its lines, one nested in her own quote.
G = (
    "Mary Doe said the governor took her arm \"and said, 'What a pleasure to see you here' and smiled. "
    "Then she said, 'Remember what we agreed at the lake house.'\""
)
H = (
    'Doe said the governor told her: "What a pleasure to see you here." Later the governor whispered, '
    '"Remember what we agreed at the lake house."'
)


def test_a_nested_line_links_when_the_next_line_is_shared() -> None:
    """The extraction gave the outer quote to the woman recounting it, the other article to the
    governor: a speaker conflict, so the few words of each line are not enough on their own."""
    outer = G[G.index("and said") : G.rindex('"')]
    records = [quote("a.txt", G, outer, speaker="Mary Doe")]
    records += [quote("b.txt", H, "What a pleasure to see you here.", speaker="Ann Grey")]
    records += [quote("b.txt", H, "Remember what we agreed at the lake house.", speaker="Ann Grey")]
    links = traced({"a.txt": G, "b.txt": H}, records)
    assert sorted(lk.b.text[:8] for lk in links) == ["Remember", "What a p"], links
    nice = next(lk for lk in links if lk.b.text.startswith("What a pleasure"))
    assert nice.relation == "verbatim" and nice.speaker.same is False  # the disagreement is reported
    # Alone (the other line not a quote record of the second article), the nested line does not link.
    alone = traced({"a.txt": G, "b.txt": H}, records[:2])
    assert not any(lk.b.text.startswith("What a pleasure") for lk in alone), alone
    # The link's span on the long quote is the nested line, not the whole quote.
    assert nice.a_part is not None and G[nice.a_part[0] : nice.a_part[1]] == "What a pleasure to see you here"
