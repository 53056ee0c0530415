"""Quote linking (provenance.trace) on hand-built index records: relations, alterations, speakers."""

from __future__ import annotations

import pytest
from trace_helpers import linker, quote_record

from provenance.trace.align import align
from provenance.trace.link import Linker, older_first
from provenance.trace.names import Mention, mentions_in, variants
from provenance.trace.speakers import match_speakers
from provenance.trace.tokens import Rarity, content, tokens, words

rec = quote_record


def link(a_text: str, b_text: str, **kw: object):  # type: ignore[no-untyped-def]
    b_kw = {k[2:]: v for k, v in kw.items() if k.startswith("b_")}
    a_kw = {k: v for k, v in kw.items() if not k.startswith("b_")}
    return linker().link(rec("a.txt", a_text, **a_kw), rec("b.txt", b_text, date="2024-01-02", **b_kw))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- tokens


def test_tokens_ignore_case_punctuation_quote_style_and_possessive_spelling() -> None:
    assert tokens("Jones's plan, “we’re ready!”") == tokens("jones' plan — \"we're ready\"")
    assert tokens("we're") != tokens("we are")  # opening a contraction is an alteration


def test_rarity_weighs_common_content_words_down() -> None:
    common = [("people", f"w{i}") for i in range(300)]
    rarity = Rarity.of(common)
    assert rarity.weight("the") == 0.0
    assert rarity.weight("people") == 0.25
    assert rarity.weight("w1") == 1.0
    assert not content("the") and content("bridge")


# --------------------------------------------------------------------------- relations


def test_same_words_are_verbatim() -> None:
    lk = link("We will rebuild the bridge before winter.", "we will rebuild the bridge before winter")
    assert lk is not None and lk.relation == "verbatim" and lk.diff == () and lk.similarity == 1.0


def test_a_quote_cut_at_either_end_is_verbatim_not_altered() -> None:
    full = "We will rebuild the old bridge before winter, and the roads after it."
    for part in ("rebuild the old bridge before winter", "We will rebuild the old bridge", "old bridge before winter"):
        lk = link(full, part)
        assert lk is not None and (lk.relation, lk.diff) == ("verbatim", ()), part


def test_both_cut_at_different_ends_is_verbatim() -> None:
    lk = link("We will rebuild the old bridge before winter", "the old bridge before winter comes, and then roads")
    assert lk is not None and lk.relation == "verbatim"


@pytest.mark.parametrize(
    ("a", "b", "diff"),
    [
        (
            "We will rebuild the old bridge before winter.",
            "We will rebuild the bridge before winter.",
            ["dropped: old"],
        ),
        ("We will rebuild the bridge before winter.", "We will rebuild the new bridge before winter.", ["added: new"]),
        ("We will cut taxes for working families.", "We will cut tax for working families.", ["changed: taxes -> tax"]),
        (
            "We will protect jobs and wages across the state.",
            "We will protect wages and jobs across the state.",
            ["reordered: jobs and wages -> wages and jobs"],
        ),
        (
            "We will rebuild the old bridge before winter.",
            "We will rebuild the bridge before the winter.",
            ["dropped: old", "added: the"],
        ),
    ],
)
def test_words_changed_inside_the_overlap_are_altered_with_a_diff(a: str, b: str, diff: list[str]) -> None:
    lk = link(a, b)
    assert lk is not None and lk.relation == "altered"
    assert [str(op) for op in lk.diff] == diff


def test_diff_reads_from_the_older_article() -> None:
    x = rec("x.txt", "We will rebuild the bridge before winter.", date="2024-03-01")
    y = rec("y.txt", "We will rebuild the old bridge before winter.", date="2024-01-01")
    lk = linker().link(x, y)
    assert lk is not None and lk.a.article == "y.txt" and [str(d) for d in lk.diff] == ["dropped: old"]
    assert older_first(rec("u.txt", "x", date=None), y)[0].article == "y.txt"  # unknown dates last


def test_reported_speech_against_the_quote_is_a_paraphrase() -> None:
    lk = link(
        "We will rebuild the collapsed bridge over the river before winter arrives.",
        "the collapsed river bridge would be rebuilt before winter",
        b_kind="indirect",
    )
    assert lk is not None and lk.relation == "paraphrase"


def test_paraphrase_needs_the_same_speaker() -> None:
    assert (
        link(
            "We will rebuild the collapsed bridge over the river before winter arrives.",
            "the collapsed river bridge would be rebuilt before winter",
            b_kind="indirect",
            b_speaker="John Poe",
        )
        is None
    )


def test_two_paraphrases_are_never_linked() -> None:
    text = "the collapsed river bridge would be rebuilt before winter"
    assert link(text, text, kind="indirect", b_kind="indirect") is None


def test_a_shared_phrase_inside_two_different_statements_is_no_link() -> None:
    # The overlap starts and ends in the middle of both quotes: not one statement cut two ways.
    a = "I told him there is a lot of water under the bridge between our two parties now"
    b = "Voters know there is a lot of water under the bridge and they want answers"
    assert link(a, b) is None


def test_stock_phrases_and_short_quotes_do_not_link() -> None:
    # Many quotes of the index hold the phrase: a stock phrase, whatever its words weigh.
    archive = [tokens(f"at the end of the day we stand with {w}") for w in "abcdefgh"]
    archive += [tokens(f"quote number {i} about something") for i in range(60)]
    stock = Linker(Rarity.of(archive))
    assert stock.link(rec("a.txt", "at the end of the day"), rec("b.txt", "At the end of the day,")) is None
    assert link("fake news", "fake news") is None
    assert link("Families deserve better", "families deserve better", b_speaker="John Poe") is None


def test_common_words_are_no_evidence() -> None:
    many = [("make", "america", "great", "again")] * 60 + [(f"w{i}",) for i in range(60)]
    lk = Linker(Rarity.of(many)).link(
        rec("a.txt", "make America great again"), rec("b.txt", "make America great again")
    )
    assert lk is None


def test_a_short_quote_links_with_its_speaker_and_rare_words() -> None:
    org = {"speaker_type": "organization"}
    lk = linker().link(
        rec("a.txt", "as a result of brutal American aggression.", speaker="Popular Mobilization Force", **org),  # type: ignore[arg-type]
        rec("b.txt", "brutal aggression", speaker="The PMF", date="2024-01-05", **org),  # type: ignore[arg-type]
    )
    assert lk is not None and lk.relation == "altered" and [str(d) for d in lk.diff] == ["dropped: American"]
    assert lk.speaker.same is True and lk.speaker.variant == "acronym"
    # Without a speaker on both sides the same two words are no evidence.
    assert link("as a result of brutal American aggression.", "brutal aggression", b_speaker=None) is None


def test_the_same_speaker_on_both_sides_is_evidence_too() -> None:
    # "nothing" and "prove" are each in 1% of the quotes: together below the bar for two quotes
    # of unknown speakers, enough when both articles name the same speaker.
    archive = [("nothing",), ("nothing",), ("prove",), ("prove",)] + [(f"w{i}",) for i in range(196)]
    lk = Linker(Rarity.of(archive))
    quote = "She has nothing to prove here"
    assert lk.link(rec("a.txt", quote), rec("b.txt", quote)) is not None
    assert lk.link(rec("a.txt", quote, speaker=None), rec("b.txt", quote)) is None


def test_same_words_from_another_speaker_link_only_when_long_and_rare() -> None:
    long = "The agency will audit every contract signed by the port authority since the flood in March."
    lk = link(long, long, b_speaker="John Poe")
    assert lk is not None and lk.speaker.same is False
    assert link("We will win this fight for families", "we will win this fight for families", b_speaker="Poe") is None


def test_no_links_inside_one_article() -> None:
    r = rec("a.txt", "We will rebuild the bridge before winter.")
    assert linker().link(r, rec("a.txt", "We will rebuild the bridge before winter.", start=99)) is None


def test_alignment_ignores_a_stray_function_word_far_away() -> None:
    w = Rarity.of([]).weight
    al = align(words("the mayor said the bridge before winter is done"), words("the bridge before winter"), w)
    assert al is not None and al.diff == () and al.a_range == (3, 7)


# --------------------------------------------------------------------------- speakers and names


@pytest.mark.parametrize(
    ("a", "b", "variant"),
    [
        ("al-Saidi", "Al-Saeedi", "spelling"),
        ("Mushtaq Taleb al-Saidi", "Abu Taqwa Al-Saeedi", "spelling"),
        ("al-Saidi", "Al-Saidi", "case"),
        ("Abu-Bakr Hassan", "Abu Bakr Hassan", "hyphenation"),
        ("Yehia Rasool", "Yahya Rasul", "spelling"),
        ("J. Doe", "Jane Doe", "initials"),
        ("Doe", "Jane Doe", "short-form"),
        ("Jane Doe", "Jane Doe", None),
    ],
)
def test_name_variants_of_one_person_are_the_same_speaker(a: str, b: str, variant: str | None) -> None:
    m = match_speakers(a, "person", b, "person")
    assert m.same is True and m.variant == variant


def test_a_plural_or_a_possessive_is_no_second_spelling() -> None:
    assert match_speakers("Netanyahu", "person", "Netanyahu's", "person").variant is None
    assert match_speakers("Hispanic Republican", "person", "Hispanic Republicans", "person").same is False
    assert match_speakers("Serena Williams", "person", "Serena William", "person").same is False
    assert [m.text for m in mentions_in("a.txt", "Mr. Netanyahu's plan and Mr. O'Brien's")] == ["Netanyahu", "O'Brien"]


def test_different_people_and_bodies() -> None:
    assert match_speakers("Hillary Clinton", "person", "Bill Clinton", "person").same is False
    assert match_speakers("Charlie Baker", "person", "Cory Booker", "person").same is False
    assert match_speakers("Iraqi Presidency", "organization", "PMF", "organization").same is False
    # A person and a body: the same only when the body bears the name, else unknown (not a conflict).
    assert match_speakers("Donald Trump", "person", "Trump campaign", "organization").same is True
    assert match_speakers("Jane Roe", "person", "the ministry", "organization").same is None
    assert match_speakers("a US official", "anonymous", "Jane Roe", "person").same is None


def test_one_person_spelled_two_ways_across_articles() -> None:
    a = "The commander, Mushtaq Taleb al-Saidi, was killed. Later al-Saidi was buried."
    b = "Al-Saidi was driving. “We mourn Commander Abu Taqwa Al-Saeedi,” the group said."
    found = variants(mentions_in("a.txt", a) + mentions_in("b.txt", b))
    assert len(found) == 1
    assert {s.casefold() for s in found[0].spellings} == {"al-saidi", "al-saeedi"}
    assert {m.path for m in found[0].mentions} == {"a.txt", "b.txt"}


def test_capitalisation_alone_is_not_a_second_spelling() -> None:
    found = variants([Mention("a.txt", "al-Saidi", 0, 8), Mention("b.txt", "Al-Saidi", 0, 8)])
    assert found == []


def test_two_people_sharing_a_surname_are_not_variants() -> None:
    found = variants([Mention("a.txt", "Ali al-Saidi", 0, 1), Mention("b.txt", "Hassan Al-Saeedi", 0, 1)])
    assert found == []


# --------------------------------------------------------------------------- sentences that sum a quote up


def _summary_links(quote: str, sentence_text: str, speaker: str = "Jane Roe") -> list:  # type: ignore[type-arg]
    from provenance.archive.records import ArticleMeta, sentence_spans
    from provenance.archive.store import QuoteIndex
    from provenance.trace.sentences import SentenceSearch

    q_text = f'Roe said: "{quote}"'
    record = rec("a.txt", quote, speaker=speaker, start=q_text.index(quote))
    metas = {p: ArticleMeta(p, "", None, "unknown", None, "unknown", ()) for p in ("a.txt", "b.txt")}
    texts = {"a.txt": q_text, "b.txt": sentence_text}
    index = QuoteIndex.open(":memory:")
    index.replace_articles(
        [(metas["a.txt"], [record]), (metas["b.txt"], [])], {p: sentence_spans(t) for p, t in texts.items()}
    )
    return SentenceSearch(index, texts, metas).links(record, linker())


def test_a_sentence_that_sums_the_quote_up_is_a_paraphrase() -> None:
    quote = "We are calling for a complete closure of the northern harbour to cargo ships until the spring."
    text = "Critics attacked Roe. Her call for a closure of the northern harbour to cargo ships drew protests."
    found = _summary_links(quote, text)
    assert [lk.relation for lk in found] == ["paraphrase"]
    assert text[found[0].b.start : found[0].b.end].startswith("Her call for a closure")


def test_a_sentence_sharing_a_name_or_no_speaker_is_no_summary() -> None:
    quote = "We are calling for a complete closure of the Northern Harbour Authority until the spring."
    # Only a name in common (no ordinary word in the shared run): a shared topic.
    assert _summary_links(quote, "Roe spoke about the Northern Harbour Authority at length on Monday.") == []
    # The words are there but the quote's speaker is not named near the sentence.
    text = "Others want a closure of the northern harbour to cargo ships before the spring."
    assert _summary_links("We want a closure of the northern harbour to cargo ships.", text) == []


# --------------------------------------------------------------------------- nested quotations


def test_a_nested_quotation_with_an_apostrophe_inside_is_found() -> None:
    from provenance.trace.tokens import nested

    text = "and she said, ‘It’s so nice to meet you’ and all of the niceties after that"
    w = words(text)
    (rng,) = nested(text, w)
    assert " ".join(w.norm[rng[0] : rng[1]]) == "it's so nice to meet you"


def test_a_link_through_a_nested_quotation_reports_its_words() -> None:
    a_text = "and she said, ‘It’s so nice to meet you, Mrs Roe’ and all of the niceties after that"
    lk = link(a_text, "It's so nice to meet you, Mrs Roe.")
    assert lk is not None and lk.relation == "verbatim" and lk.diff == ()
    assert lk.a_part is not None and lk.b_part is None
    start = 10  # rec() puts the quote at offset 10 of its file
    assert a_text[lk.a_part[0] - start : lk.a_part[1] - start] == "It’s so nice to meet you, Mrs Roe"
    from provenance.trace.report import link_json

    side = link_json(lk)["a"]
    assert (side["text"], side["quote_start"], side["quote_end"]) == (
        "It’s so nice to meet you, Mrs Roe",
        start,
        start + len(a_text),
    )
