"""Evidence and confidence on findings (issue #13): what a finding rests on, and blocking levels only on
certain evidence. Model-free: hand-built records over sentences written for these tests."""

from __future__ import annotations

import pytest
from check_helpers import doc_from, quote, speaker

from provenance import policy
from provenance.attribution.model import Attribution
from provenance.checker.sourcing import SourcingSummary
from provenance.errors import ProvenanceError
from provenance.policy.context import quote_contexts
from provenance.records import ArticleResult, Cue, Evidence, Quote
from provenance.sources.resolve import _quote
from provenance.syntax.tree import Sentence, Word, WordRef
from provenance.yamlio import load_located_yaml

RULES = policy.load_rules()


def findings(result: ArticleResult, doc) -> list[policy.Finding]:
    return policy.evaluate(RULES, result, doc)


def of_rule(result: ArticleResult, doc, rule: str) -> list[policy.Finding]:
    return [f for f in findings(result, doc) if f.rule == rule]


def ev(mechanism: str = "ccomp-cue", status: str = "stable", link: str = "parse") -> Evidence:
    certain = status == "stable" and link in ("parse", "frame", "none")
    return Evidence(mechanism, "pattern", status, link, "certain" if certain else "uncertain")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- unattributed-quote


def named(doc, mention: str, after: int = 0):
    return speaker(doc, mention, type="person", anonymity="named", after=after)


def test_floating_quote_paragraph_continues_the_previous_speaker() -> None:
    doc = doc_from(
        "“We will rebuild the library,” Mayor Jane Roe said on Monday.\n\n"
        "“It will take two years and every cent we have.”\n"
    )
    result = ArticleResult(
        doc.path,
        [
            quote(doc, "“We will rebuild the library,”", spk=named(doc, "Mayor Jane Roe"), evidence=ev()),
            quote(doc, "“It will take two years and every cent we have.”", evidence=ev("unattributed", link="none")),
        ],
    )
    assert of_rule(result, doc, "unattributed-quote") == []


def test_quote_in_a_paragraph_with_an_attributed_quote_is_not_unattributed() -> None:
    doc = doc_from("Roe spoke first. “The budget is final,” Roe said. “We start on Monday and finish in May.”\n")
    result = ArticleResult(
        doc.path,
        [
            quote(doc, "“The budget is final,”", spk=named(doc, "Roe said"), evidence=ev()),
            quote(doc, "“We start on Monday and finish in May.”", evidence=ev("unattributed", link="none")),
        ],
    )
    assert of_rule(result, doc, "unattributed-quote") == []


def test_a_speech_verb_in_the_sentence_means_a_speaker_exists() -> None:
    # The parse did not link "asked" to the quote; the checker must not call it unattributed.
    doc = doc_from("“Who will pay for the new school roof?” the headteacher asked at the meeting.\n")
    result = ArticleResult(doc.path, [quote(doc, "“Who will pay for the new school roof?”")])
    assert of_rule(result, doc, "unattributed-quote") == []


def test_a_speech_verb_elsewhere_in_the_paragraph_lowers_it_to_an_uncertain_warning() -> None:
    doc = doc_from(
        "“The water is not safe to drink until further notice.” The notice went up on Friday. "
        "Residents said they had not been warned.\n"
    )
    result = ArticleResult(doc.path, [quote(doc, "“The water is not safe to drink until further notice.”")])
    [f] = of_rule(result, doc, "unattributed-quote")
    assert (f.level, f.confidence) == ("warning", "uncertain")


def test_reported_speech_is_never_above_info() -> None:
    doc = doc_from("The factory will close in March. Work crews left the site on Monday.\n")
    result = ArticleResult(
        doc.path, [quote(doc, "The factory will close in March", "indirect", evidence=ev("unattributed", link="none"))]
    )
    [f] = of_rule(result, doc, "unattributed-quote")
    assert f.level == "info" and f.message.startswith("Reported statement")


@pytest.mark.parametrize(
    "text, excerpt",
    [
        # a title of a work, a placard after a colon, a document's phrase inside the reporter's sentence
        ("The judge said the song copied Marvin Gaye’s ‘Let’s Get It On’ in parts.\n", "‘Let’s Get It On’"),
        (
            "The players held up signs, including: “Coach Roe needs a new kidney” and more.\n",
            "“Coach Roe needs a new kidney”",
        ),
        (
            "The pact is a framework that “reaffirms the right of states to set their policy.”\n",
            "“reaffirms the right of states to set their policy.”",
        ),
    ],
)
def test_quoted_words_inside_the_reporters_sentence_are_not_unattributed_quotes(text: str, excerpt: str) -> None:
    doc = doc_from(text)
    result = ArticleResult(doc.path, [quote(doc, excerpt, "mixed", evidence=ev("unattributed", link="none"))])
    assert of_rule(result, doc, "unattributed-quote") == []


def test_a_lone_quote_with_no_speaker_anywhere_is_a_certain_error_with_its_evidence() -> None:
    doc = doc_from("The ferry was late again.\n\n“Nobody should have to wait three hours for a boat.”\n")
    result = ArticleResult(
        doc.path,
        [quote(doc, "“Nobody should have to wait three hours for a boat.”", evidence=ev("unattributed", link="none"))],
    )
    [f] = of_rule(result, doc, "unattributed-quote")
    assert (f.level, f.confidence) == ("error", "certain")
    assert f.evidence == "attributed by unattributed (pattern, stable); no speaker found; no speaker nearby"


# --------------------------------------------------------------------------- anonymous rules


def test_a_guessed_speaker_lowers_anonymous_without_reason_a_level() -> None:
    # At the level a newsroom may set (the default is info, README "Calibration").
    levels = {"anonymous-without-reason": "warning"}
    doc = doc_from("The talks collapsed on Monday, a senior official said.\n")
    spk = speaker(doc, "a senior official", type="anonymous", anonymity="anonymous")
    repaired = quote(doc, "The talks collapsed on Monday", "indirect", spk, evidence=ev("object-clause-cue", "repair"))
    [f] = [
        f
        for f in policy.evaluate(RULES, ArticleResult(doc.path, [repaired]), doc, levels=levels)
        if f.rule == "anonymous-without-reason"
    ]
    assert (f.level, f.confidence) == ("info", "uncertain")
    linked = quote(doc, "The talks collapsed on Monday", "indirect", spk, evidence=ev())
    [g] = [
        f
        for f in policy.evaluate(RULES, ArticleResult(doc.path, [linked]), doc, levels=levels)
        if f.rule == "anonymous-without-reason"
    ]
    assert (g.level, g.confidence) == ("warning", "certain")


def test_cognition_verb_inside_someone_elses_quotation_is_not_anonymous_opinion() -> None:
    doc = doc_from("“If people think the war is over, they are wrong,” Senator Jane Roe said.\n")
    outer = quote(doc, "“If people think the war is over, they are wrong,”", spk=named(doc, "Senator Jane Roe"))
    inner = quote(
        doc,
        "the war is over",
        "indirect",
        speaker(doc, "people", type="anonymous", anonymity="vague"),
        cue="think",
        opinion=True,
    )
    assert of_rule(ArticleResult(doc.path, [outer, inner]), doc, "anonymous-opinion") == []
    # The same words outside a quotation are the reporter's attribution, and are flagged.
    doc2 = doc_from("Some aides think the war is over.\n")
    alone = quote(
        doc2,
        "the war is over",
        "indirect",
        speaker(doc2, "Some aides", type="anonymous", anonymity="anonymous"),
        cue="think",
        opinion=True,
    )
    assert [f.level for f in of_rule(ArticleResult(doc2.path, [alone]), doc2, "anonymous-opinion")]


# --------------------------------------------------------------------------- rule files: certain, status

RULE = """id: house-rule
level: error
{status}description: A house rule.
message: 'Quote {{text}}'
source: [house style]
docs: {{what: w, why: y, example: e, fix: f}}
scope: quote
where: {{field: kind, eq: direct}}
{certain}"""


def house_rule(status: str = "", certain: str = "") -> policy.Rule:
    text = RULE.format(status=status, certain=certain)
    return policy.parse_rule(load_located_yaml(text, "house-rule.yaml"), "house-rule.yaml")


def test_a_preview_rule_never_blocks() -> None:
    doc = doc_from("“We stay here until the end of the week.”\n")
    result = ArticleResult(doc.path, [quote(doc, "“We stay here until the end of the week.”")])
    [f] = policy.evaluate([house_rule("status: preview\n")], result, doc)
    assert f.level == "warning"
    [g] = policy.evaluate([house_rule()], result, doc)
    assert g.level == "error"


def test_certain_condition_lowers_one_level() -> None:
    doc = doc_from("“We stay here until the end of the week.”\n")
    result = ArticleResult(doc.path, [quote(doc, "“We stay here until the end of the week.”")])
    rule = house_rule(certain="certain: {field: context.words, ge: 20}\n")
    [f] = policy.evaluate([rule], result, doc)
    assert (f.level, f.confidence) == ("warning", "uncertain")


@pytest.mark.parametrize(
    ("status", "certain", "fragment", "line"),
    [
        ("status: beta\n", "", "'status' must be one of: stable, preview", 3),
        ("", "certain: {field: context.wrods, ge: 2}\n", "unknown field 'context.wrods'", 9),
    ],
)
def test_status_and_certain_are_validated_with_file_and_line(
    status: str, certain: str, fragment: str, line: int
) -> None:
    with pytest.raises(ProvenanceError) as err:
        house_rule(status, certain)
    assert fragment in str(err.value) and f"house-rule.yaml:{line}" in str(err.value)


# --------------------------------------------------------------------------- context facts


def test_quote_context_reads_sentence_paragraph_and_neighbour() -> None:
    doc = doc_from(
        "“We will appeal the ruling,” the lawyer said. The court sat for an hour.\n\n"
        "“The judge ignored the evidence.” Nobody else spoke.\n\n"
        "The hearing ended at noon. “This is not over.”\n"
    )
    quotes = [
        quote(
            doc, "“We will appeal the ruling,”", spk=speaker(doc, "the lawyer", type="anonymous", anonymity="anonymous")
        ),
        quote(doc, "“The judge ignored the evidence.”"),
        quote(doc, "“This is not over.”"),
    ]
    data = [q.__dict__ | {"speaker": q.speaker.__dict__ if q.speaker else None} for q in quotes]
    ctx = quote_contexts(data, doc)
    assert [c.speaker_nearby for c in ctx] == ["none", "neighbour", "none"]
    assert ctx[0].cue_word_nearby == "sentence"
    assert (ctx[1].cue_word_nearby, ctx[2].cue_word_nearby) == ("none", "none")
    assert ctx[1].words == 5


# --------------------------------------------------------------------------- evidence from the sources stage


def _sentence() -> Sentence:
    # "Roe said the plan failed" with "Roe" the subject of "said"; "plan" is a nominal the parse
    # does not link to the cue.
    words = [
        Word(0, "Roe", "Roe", "PROPN", "", 1, "nsubj", 0, 3),
        Word(1, "said", "say", "VERB", "", -1, "root", 4, 8),
        Word(2, "the", "the", "DET", "", 3, "det", 9, 12),
        Word(3, "plan", "plan", "NOUN", "", 4, "nsubj", 13, 17),
        Word(4, "failed", "fail", "VERB", "", 1, "ccomp", 18, 24),
    ]
    return Sentence(words, 0, 24, "Roe said the plan failed")


@pytest.mark.parametrize(
    ("rule", "speaker_index", "status", "link", "confidence"),
    [
        ("ccomp-cue", 0, "stable", "parse", "certain"),
        ("ccomp-cue", 3, "stable", "nearby", "uncertain"),
        ("object-clause-cue", 0, "repair", "parse", "uncertain"),
        ("trailing-frame", 0, "repair", "parse", "uncertain"),
    ],
)
def test_quote_evidence_from_the_attribution(
    rule: str, speaker_index: int, status: str, link: str, confidence: str
) -> None:
    doc = doc_from("Roe said the plan failed\n")
    s = _sentence()
    a = Attribution("indirect", 9, 24, rule, cue=WordRef(s, 1), speaker=WordRef(s, speaker_index))
    q = _quote(doc, [], a, None, None, None)
    assert q.evidence is not None
    assert (q.evidence.mechanism, q.evidence.status, q.evidence.speaker_link, q.evidence.confidence) == (
        rule,
        status,
        link,
        confidence,
    )


def test_unattributed_and_inherited_quotes_say_so() -> None:
    doc = doc_from("Roe said the plan failed\n")
    s = _sentence()
    prev = Attribution("indirect", 9, 24, "ccomp-cue", cue=WordRef(s, 1), speaker=WordRef(s, 0))
    lone = _quote(doc, [], Attribution("direct", 0, 3, "unattributed"), None, None, None)
    inherited = _quote(
        doc, [], Attribution("direct", 0, 3, "neighbour-previous", inherited_from=prev), None, None, None
    )
    assert lone.evidence is not None and inherited.evidence is not None
    assert (lone.evidence.speaker_link, lone.evidence.confidence, lone.evidence.source) == (
        "none",
        "certain",
        "mechanism",
    )
    assert (inherited.evidence.speaker_link, inherited.evidence.confidence) == ("inherited", "uncertain")


# --------------------------------------------------------------------------- sourcing summary


def test_sourcing_summary_counts_quotes_by_anonymity() -> None:
    doc = doc_from("x\n")

    def q(anonymity: str | None, via: str | None = None) -> Quote:
        from provenance.records import Speaker, Via

        spk = Speaker("s", 0, 1, "s", anonymity=anonymity) if anonymity else None  # type: ignore[arg-type]
        return Quote(
            "direct",
            0,
            1,
            "x",
            1,
            1,
            Cue("said", 0, 1, "say"),
            spk,
            "test",
            via=Via(via, via, 0, 1, True) if via else None,
        )

    result = ArticleResult(
        doc.path,
        [
            q("named"),
            q("named-no-role"),
            q("named"),
            q("named", "Reuters"),
            q("organization"),
            q("anonymous-with-reason"),
            q("anonymous", "Reuters"),
        ],
    )
    assert (
        SourcingSummary.of(result).text()
        == "7 quotes: 4 named, 1 organization, 2 anonymous (1 with a reason); via Reuters"
    )
    assert SourcingSummary.of(ArticleResult(doc.path, [q(None), q("vague")])).text() == (
        "2 quotes: 1 anonymous (1 vague), 1 unattributed"
    )
    assert SourcingSummary.of(ArticleResult(doc.path)).text() == "no quotes"


# --------------------------------------------------------------------------- who counts as an anonymous source


def _anon_quote(text: str, mention: str, anonymity: str = "anonymous", **kw):
    doc = doc_from(text)
    spk = speaker(doc, mention, type="anonymous", anonymity=anonymity, plural=kw.pop("plural", False))
    content = text.split(",")[0]
    return doc, ArticleResult(doc.path, [quote(doc, content, "indirect", spk, evidence=ev(), **kw)])


@pytest.mark.parametrize(
    ("text", "mention", "level"),
    [
        ("The talks failed, a senior diplomat said.\n", "a senior diplomat", "info"),
        # a word the speaker layer took for a person is no anonymous source
        ("The roof came off, strong gusts showed.\n", "strong gusts", None),
        # a spokesperson speaks on the record for the institution
        ("The base is closed, a Navy spokeswoman said.\n", "a Navy spokeswoman", None),
        # one office holder, who can be looked up: uncertain, so only info
        ("The plan is dead, the council’s chief negotiator said.\n", "the council’s chief negotiator", "info"),
    ],
)
def test_anonymous_without_reason_needs_a_source_noun(text: str, mention: str, level: str | None) -> None:
    doc, result = _anon_quote(text, mention)
    assert [f.level for f in of_rule(result, doc, "anonymous-without-reason")] == ([level] if level else [])


def test_plural_anonymous_sources_not_when_a_number_is_given() -> None:
    doc, result = _anon_quote("The base was hit, two militia officials said.\n", "two militia officials", plural=True)
    assert of_rule(result, doc, "plural-anonymous-sources") == []
    doc, result = _anon_quote("The base was hit, militia officials said.\n", "militia officials", plural=True)
    assert [f.level for f in of_rule(result, doc, "plural-anonymous-sources")] == ["info"]


def test_a_belief_inside_a_named_speakers_reported_speech_is_not_anonymous_opinion() -> None:
    doc = doc_from("The sheriff said investigators believe the driver fled north.\n")
    outer = quote(doc, "investigators believe the driver fled north", "indirect", named(doc, "The sheriff"), cue="said")
    inner = quote(
        doc,
        "the driver fled north",
        "indirect",
        speaker(doc, "investigators", type="anonymous", anonymity="anonymous"),
        cue="believe",
        opinion=True,
    )
    assert of_rule(ArticleResult(doc.path, [outer, inner]), doc, "anonymous-opinion") == []


def test_an_impersonal_frame_is_vague_but_uncertain() -> None:
    doc = doc_from("The minister reportedly plans to resign.\n")
    frame = speaker(doc, "reportedly", type="unknown", anonymity="vague")
    q = quote(
        doc, "The minister reportedly plans to resign", "indirect", frame, evidence=ev("vague-frame", link="frame")
    )
    [f] = of_rule(ArticleResult(doc.path, [q]), doc, "vague-anonymous-source")
    assert (f.level, f.confidence) == ("info", "uncertain")


def test_an_unnamed_source_inside_a_named_speakers_statement_is_not_an_anonymous_source() -> None:
    # "Lohmar said investigators believe Moeckel made it": Lohmar describes the investigators;
    # the article grants nobody anonymity. Alone, the same source is flagged.
    doc = doc_from("The sheriff said investigators know the driver fled north.\n")
    outer = quote(doc, "investigators know the driver fled north", "indirect", named(doc, "The sheriff"), cue="said")
    sources = speaker(doc, "investigators", type="anonymous", anonymity="anonymous")
    inner = quote(doc, "the driver fled north", "indirect", sources, cue="know")
    nested = ArticleResult(doc.path, [outer, inner])
    assert of_rule(nested, doc, "anonymous-without-reason") == []
    alone = doc_from("Investigators know the driver fled north.\n")
    by_them = speaker(alone, "Investigators", type="anonymous", anonymity="anonymous")
    only = quote(alone, "the driver fled north", "indirect", by_them, cue="know")
    assert [f.rule for f in of_rule(ArticleResult(alone.path, [only]), alone, "anonymous-without-reason")] == [
        "anonymous-without-reason"
    ]


def test_a_vague_source_inside_a_named_speakers_statement_is_not_flagged() -> None:
    doc = doc_from("The mayor said critics claim the bridge is unsafe.\n")
    outer = quote(doc, "critics claim the bridge is unsafe", "indirect", named(doc, "The mayor"), cue="said")
    inner = quote(
        doc,
        "the bridge is unsafe",
        "indirect",
        speaker(doc, "critics", type="anonymous", anonymity="vague"),
        cue="claim",
    )
    assert of_rule(ArticleResult(doc.path, [outer, inner]), doc, "vague-anonymous-source") == []
    assert of_rule(ArticleResult(doc.path, [inner]), doc, "vague-anonymous-source") != []
