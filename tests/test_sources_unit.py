"""The sources stage on hand-built parses (no model): coreference, anonymity, via, records."""

from __future__ import annotations

from parse_helpers import Row, article

from provenance.attribution import Attributor
from provenance.quotemarks import pair_marks
from provenance.records import Quote, SourceSummary, Speaker
from provenance.sources import Entity, SourceModel, anonymity_level, resolve_sources
from provenance.vocab import load_vocabulary

VOCAB = load_vocabulary()
MODEL = SourceModel.build(VOCAB)
ATTRIBUTOR = Attributor(VOCAB)

MAYOR_SPOKE: list[Row] = [
    ("Mayor", "mayor", "NOUN", 2, "compound"),
    ("Jane", "Jane", "PROPN", 2, "compound"),
    ("Roe", "Roe", "PROPN", 3, "nsubj"),
    ("spoke", "speak", "VERB", -1, "root"),
    ("on", "on", "ADP", 5, "case"),
    ("Monday", "Monday", "PROPN", 3, "obl"),
    (".", ".", "PUNCT", 3, "punct"),
]


def said(subject: list[tuple[str, str, str]], listener: str | None = None) -> list[Row]:
    """ "<subject> said (to listener) the plan works ." with the subject's last word as its head."""
    rows: list[Row] = []
    n = len(subject)
    for i, (text, lemma, upos) in enumerate(subject):
        rows.append((text, lemma, upos, n if i == n - 1 else n - 1, "nsubj" if i == n - 1 else "compound"))
    cue = n
    rows.append(("told" if listener else "said", "tell" if listener else "say", "VERB", -1, "root"))
    if listener:
        rows.append((listener, listener, "PROPN", cue, "obj"))
    base = len(rows)
    rows += [
        ("the", "the", "DET", base + 1, "det"),
        ("plan", "plan", "NOUN", base + 2, "nsubj"),
        ("works", "work", "VERB", cue, "ccomp"),
        (".", ".", "PUNCT", cue, "punct"),
    ]
    return rows


def run(paragraphs: list[list[list[Row]]]) -> tuple[list[Quote], list[SourceSummary]]:
    doc, paras = article(paragraphs)
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    found = ATTRIBUTOR.attribute(doc.text, paras, spans)
    return resolve_sources(MODEL, doc, paras, spans, found)


def test_a_surname_takes_the_full_name_given_earlier():
    [q], _ = run([[MAYOR_SPOKE], [said([("Roe", "Roe", "PROPN")])]])
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name, q.speaker.type) == ("Roe", "Jane Roe", "person")
    assert q.speaker.resolved_by == "short-name"


def test_a_pronoun_takes_the_last_person_named():
    [q], _ = run([[MAYOR_SPOKE, said([("She", "she", "PRON")])]])
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolved_by) == ("Jane Roe", "pronoun")


def test_a_title_and_name_is_a_named_source_with_a_role():
    [q], sources = run([[said([("Mayor", "mayor", "NOUN"), ("Jane", "Jane", "PROPN"), ("Roe", "Roe", "PROPN")])]])
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.anonymity) == ("Jane Roe", "Mayor", "named")
    assert [(s.name, s.quotes) for s in sources] == [("Jane Roe", 1)]


def test_bare_sources_are_vague():
    [q], _ = run([[said([("Sources", "source", "NOUN")])]])
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("anonymous", "vague")


def test_an_outlet_listener_is_the_via():
    [q], sources = run([[said([("Roe", "Roe", "PROPN")], listener="Reuters")]])
    assert q.via is not None and (q.via.name, q.via.known) == ("Reuters", True)
    assert sources[0].via == ["Reuters"]


def test_anonymity_levels_follow_the_entity():
    speaker = Speaker(text="x", start=0, end=1, name="x")
    assert anonymity_level(None, None) == "unattributed"
    assert anonymity_level(None, speaker) == "unresolved"
    assert anonymity_level(Entity(0, "Jane Roe", "person", role="mayor"), speaker) == "named"
    assert anonymity_level(Entity(0, "Jane Roe", "person"), speaker) == "named-no-role"
    assert anonymity_level(Entity(0, "the ministry", "organization"), speaker) == "organization"
    assert anonymity_level(Entity(0, "an official", "anonymous", reason="not authorized"), speaker) == (
        "anonymous-with-reason"
    )
    assert anonymity_level(Entity(0, "an official", "anonymous"), speaker) == "anonymous"
    assert anonymity_level(Entity(0, "sources", "anonymous", vague=True), speaker) == "vague"


def test_a_role_given_anywhere_in_the_article_makes_the_person_named():
    # The quote comes first; the article says who Roe is only afterwards.
    [q], _ = run([[said([("Roe", "Roe", "PROPN")])], [MAYOR_SPOKE]])
    assert q.speaker is not None and (q.speaker.role, q.speaker.anonymity) == ("Mayor", "named")


def test_a_relative_pronoun_is_the_mention_and_its_antecedent_the_name():
    # The mayor , who said the plan works , left .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("mayor", "mayor", "NOUN", 9, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("who", "who", "PRON", 4, "nsubj"),
        ("said", "say", "VERB", 1, "acl:relcl"),
        ("the", "the", "DET", 6, "det"),
        ("plan", "plan", "NOUN", 7, "nsubj"),
        ("works", "work", "VERB", 4, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ("left", "leave", "VERB", -1, "root"),
        (".", ".", "PUNCT", 9, "punct"),
    ]
    [q], _ = run([[rows]])
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name, q.speaker.resolved_by) == ("who", "The mayor", "relative-pronoun")


def test_a_courtesy_title_does_not_hide_the_person_named_earlier():
    intro: list[Row] = [
        ("Kellyanne", "Kellyanne", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 6, "nsubj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("the", "the", "DET", 5, "det"),
        ("campaign", "campaign", "NOUN", 5, "compound"),
        ("manager", "manager", "NOUN", 1, "appos"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    [q], _ = run([[intro], [said([("Ms.", "Ms.", "PROPN"), ("Roe", "Roe", "PROPN")])]])
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.resolved_by, q.speaker.anonymity) == ("Kellyanne Roe", "short-name", "named")


def test_an_indefinite_noun_after_the_name_is_its_role_when_parsed_as_a_second_subject():
    rows: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 6, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("a", "a", "DET", 4, "det"),
        ("consultant", "consultant", "NOUN", 6, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("works", "work", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    [q], _ = run([[rows]])
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.anonymity) == ("Jane Roe", "a consultant", "named")


def test_a_document_speaks_for_the_organisation_it_names():
    [q], _ = run(
        [
            [
                said(
                    [
                        ("The", "the", "DET"),
                        ("Civic", "Civic", "PROPN"),
                        ("Works", "Works", "PROPN"),
                        ("report", "report", "NOUN"),
                    ]
                )
            ]
        ]
    )
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type, q.speaker.anonymity) == ("Civic Works", "organization", "organization")
    [r], _ = run([[said([("One", "one", "NUM"), ("report", "report", "NOUN")])]])
    assert r.speaker is not None and (r.speaker.type, r.speaker.anonymity) == ("organization", "vague")


def test_a_surname_tagged_as_a_common_noun_is_still_the_person():
    [q], _ = run([[MAYOR_SPOKE], [said([("Roe", "roe", "NOUN")])]])
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolved_by) == ("Jane Roe", "short-name")


def test_unlisted_common_nouns_are_unnamed_people_never_unresolved():
    [q], _ = run([[said([("The", "the", "DET"), ("players", "player", "NOUN")])]])
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("anonymous", "anonymous")
    [r], _ = run([[said([("Others", "other", "NOUN")])]])
    assert r.speaker is not None and (r.speaker.type, r.speaker.anonymity) == ("anonymous", "vague")


def test_she_skips_a_man_named_just_before():
    met: list[Row] = [
        ("Spokeswoman", "spokeswoman", "NOUN", 2, "compound"),
        ("Jane", "Jane", "PROPN", 2, "compound"),
        ("Roe", "Roe", "PROPN", 3, "nsubj"),
        ("met", "meet", "VERB", -1, "root"),
        ("Mr.", "Mr.", "PROPN", 6, "compound"),
        ("John", "John", "PROPN", 6, "compound"),
        ("Doe", "Doe", "PROPN", 3, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    [q], _ = run([[met], [said([("she", "she", "PRON")])]])
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolved_by) == ("Jane Roe", "pronoun")
    [r], _ = run([[met], [said([("he", "he", "PRON")])]])
    assert r.speaker is not None and r.speaker.name == "John Doe"


def test_a_role_given_with_the_surname_holds_for_the_full_name():
    intro: list[Row] = [
        ("John", "John", "PROPN", 1, "compound"),
        ("Poe", "Poe", "PROPN", 2, "nsubj"),
        ("left", "leave", "VERB", -1, "root"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    later: list[Row] = [
        ("Poe", "Poe", "PROPN", 5, "nsubj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("an", "a", "DET", 3, "det"),
        ("analyst", "analyst", "NOUN", 0, "appos"),
        (",", ",", "PUNCT", 3, "punct"),
        ("wrote", "write", "VERB", -1, "root"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    [q], _ = run([[intro], [said([("Poe", "Poe", "PROPN")])], [later]])
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("John Poe", "named")


def test_a_title_the_sentence_splitter_cut_off_is_still_the_role():
    # "Texas Sen. | Ted Cruz said ...": the splitter ended a sentence at "Sen."
    title: list[Row] = [("Texas", "Texas", "PROPN", 1, "compound"), ("Sen.", "Sen.", "PROPN", -1, "root")]
    [q], _ = run([[title, said([("Ted", "Ted", "PROPN"), ("Cruz", "Cruz", "PROPN")])]])
    assert q.speaker is not None and (q.speaker.role, q.speaker.anonymity) == ("Texas Sen.", "named")


def test_an_unnamed_spokesperson_of_a_named_organisation_is_the_organisation():
    [q], _ = run([[said([("A", "a", "DET"), ("Navy", "Navy", "PROPN"), ("spokeswoman", "spokeswoman", "NOUN")])]])
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type, q.speaker.anonymity) == ("Navy", "organization", "organization")
    # with no organisation named, a spokesperson is an unnamed person
    [r], _ = run([[said([("A", "a", "DET"), ("spokeswoman", "spokeswoman", "NOUN")])]])
    assert r.speaker is not None and r.speaker.type == "anonymous"


def test_a_spokesperson_of_a_pronoun_speaks_for_a_body_the_description_names():
    # "His spokesmen said ...": they speak for whoever "his" is; the pronoun is no organisation
    # name (his lawyers speak for a client: test_source_phrases.py)
    rows = said([("His", "he", "PRON"), ("spokesmen", "spokesman", "NOUN")])
    rows[0] = ("His", "he", "PRON", 1, "nmod:poss")
    [q], _ = run([[rows]])
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type) == ("His spokesmen", "organization")


def test_the_utility_is_the_organisation_the_article_named():
    [_, q], _ = run(
        [
            [said([("BC", "BC", "PROPN"), ("Hydro", "Hydro", "PROPN")])],
            [said([("The", "the", "DET"), ("utility", "utility", "NOUN")])],
        ]
    )
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type, q.speaker.resolved_by) == (
        "BC Hydro",
        "organization",
        "definite-description",
    )


def test_an_outlet_the_parse_did_not_tie_to_the_cue_is_still_the_via():
    # Roe insisted on CNN that the plan works .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("insisted", "insist", "VERB", -1, "root"),
        ("on", "on", "ADP", 3, "case"),
        ("CNN", "CNN", "PROPN", 1, "obl"),
        ("that", "that", "SCONJ", 7, "mark"),
        ("the", "the", "DET", 6, "det"),
        ("plan", "plan", "NOUN", 7, "nsubj"),
        ("works", "work", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    [q], _ = run([[rows]])
    assert q.via is not None and (q.via.name, q.via.known) == ("CNN", True)
    # Roe told the AP the plan works .   ("the AP" parsed into the reported clause's subject)
    told: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("told", "tell", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("AP", "AP", "PROPN", 4, "compound"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    [t], _ = run([[told]])
    assert t.via is not None and t.via.name == "Associated Press"
    # "said at the White House" names no channel
    at: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("at", "at", "ADP", 5, "case"),
        ("the", "the", "DET", 5, "det"),
        ("White", "White", "PROPN", 5, "compound"),
        ("House", "House", "PROPN", 1, "obl"),
        ("that", "that", "SCONJ", 9, "mark"),
        ("the", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("works", "work", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    [w], _ = run([[at]])
    assert w.via is None


def test_an_outlets_own_event_is_the_via():
    # Roe said at a town hall sponsored by CNN that the plan works .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("at", "at", "ADP", 5, "case"),
        ("a", "a", "DET", 5, "det"),
        ("town", "town", "NOUN", 5, "compound"),
        ("hall", "hall", "NOUN", 1, "obl"),
        ("sponsored", "sponsor", "VERB", 5, "acl"),
        ("by", "by", "ADP", 8, "case"),
        ("CNN", "CNN", "PROPN", 6, "obl"),
        ("that", "that", "SCONJ", 12, "mark"),
        ("the", "the", "DET", 11, "det"),
        ("plan", "plan", "NOUN", 12, "nsubj"),
        ("works", "work", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    [q], _ = run([[rows]])
    assert q.via is not None and q.via.name == "CNN"


def test_classes_shares_and_quantified_people_are_vague():
    for subject in (
        [("Legal", "legal", "ADJ"), ("experts", "expert", "NOUN")],
        [("His", "his", "PRON"), ("supporters", "supporter", "NOUN")],
        [("Some", "some", "DET"), ("residents", "resident", "NOUN")],
        [("Nine", "nine", "NUM"), ("percent", "percent", "NOUN")],
    ):
        [q], _ = run([[said(subject)]])
        assert q.speaker is not None and q.speaker.anonymity == "vague", subject
    # "Some Clinton allies" keep the anonymity their description gives them
    [q], _ = run([[said([("Some", "some", "DET"), ("Clinton", "Clinton", "PROPN"), ("allies", "ally", "NOUN")])]])
    assert q.speaker is not None and q.speaker.anonymity == "anonymous"


def test_one_member_of_a_class_placed_by_a_relative_clause_is_anonymous_not_vague():
    # "A data expert who worked for Rubio said the plan works ."
    rows: list[Row] = [
        ("A", "a", "DET", 2, "det"),
        ("data", "data", "NOUN", 2, "compound"),
        ("expert", "expert", "NOUN", 7, "nsubj"),
        ("who", "who", "PRON", 4, "nsubj"),
        ("worked", "work", "VERB", 2, "acl:relcl"),
        ("for", "for", "ADP", 6, "case"),
        ("Rubio", "Rubio", "PROPN", 4, "obl"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 9, "det"),
        ("plan", "plan", "NOUN", 10, "nsubj"),
        ("works", "work", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    [q], _ = run([[rows]])
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("anonymous", "anonymous")
    [q], _ = run([[said([("A", "a", "DET"), ("data", "data", "NOUN"), ("expert", "expert", "NOUN")])]])
    assert q.speaker is not None and q.speaker.anonymity == "vague"


def test_the_person_is_the_unnamed_person_quoted_before():
    # A longtime adviser said the plan works . | The person said the plan works .
    [first, second], sources = run(
        [
            [said([("A", "a", "DET"), ("longtime", "longtime", "ADJ"), ("adviser", "adviser", "NOUN")])],
            [said([("The", "the", "DET"), ("person", "person", "NOUN")])],
        ]
    )
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.name == first.speaker.name and second.speaker.resolved_by == "definite-description"
    assert len(sources) == 1


def test_a_religious_body_speaks_as_an_organization():
    # "The diocese said the plan works ." (not "church" or "temple": surnames too, and the
    # lexicon also marks name parts)
    [q], _ = run([[said([("The", "the", "DET"), ("diocese", "diocese", "NOUN")])]])
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "organization")


def test_an_abbreviated_title_whose_full_stop_the_tokenizer_split_off_is_the_role():
    # "Sen. Tom Poe said the plan works ." with "Sen" and "." a sentence of their own (the
    # tokenizer split the full stop off the abbreviation); not "He met the senator . Poe ..."
    from provenance.attribution import ParsedParagraph
    from provenance.document import make_document
    from provenance.syntax.tree import Sentence, Word

    def parsed(text: str, sents: list[list[Row]]) -> tuple[list[Quote], str]:
        pos, built = 0, []
        for rows in sents:
            words = []
            for i, (tok, lemma, upos, head, rel) in enumerate(rows):
                start = text.index(tok, pos)
                pos = start + len(tok)
                words.append(Word(i, tok, lemma, upos, "", head, rel, start, pos))
            built.append(Sentence(words, words[0].start, words[-1].end, text[words[0].start : words[-1].end]))
        doc = make_document(text, "hand-built.txt", markdown=False)
        paras = [ParsedParagraph(0, 0, len(text), built)]
        spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
        found = Attributor(VOCAB).attribute(doc.text, paras, spans)
        quotes, _ = resolve_sources(MODEL, doc, paras, spans, found)
        return quotes, text

    poe: list[Row] = [
        ("Tom", "Tom", "PROPN", 1, "compound"),
        ("Poe", "Poe", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    sen: list[Row] = [("Sen", "Sen", "PROPN", -1, "root"), (".", ".", "PUNCT", 0, "punct")]
    [q], _ = parsed("Sen. Tom Poe said the plan works.", [sen, poe])
    assert q.speaker is not None and (q.speaker.role, q.speaker.anonymity) == ("Sen.", "named")
    met: list[Row] = [
        ("He", "he", "PRON", 1, "nsubj"),
        ("met", "meet", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("senator", "senator", "NOUN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    [q], _ = parsed("He met the senator. Tom Poe said the plan works.", [met, poe])
    assert q.speaker is not None and q.speaker.role is None
