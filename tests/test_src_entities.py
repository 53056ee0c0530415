"""Entity layer on hand-built parses: people described by situation, figures the story is
about, first names, and sentence-initial surnames the tagger took for common nouns."""

from __future__ import annotations

from parse_helpers import FeatRow, Row, article, sentence
from source_helpers import MODEL, VOCAB, resolve, said

from provenance.sources.roles import RoleReader

READER = RoleReader(VOCAB, MODEL.is_role)


def roles(rows: list[Row], run: list[int]) -> list[tuple[str, str]]:
    s = sentence(rows)
    return [(r.text, r.how) for r in READER.roles(s, run, 0, s.text)]


def clause(name: list[str], verb: tuple[str, str], rest: list[tuple[str, str, str]]) -> list[Row]:
    """ "<name> <verb> <rest> ." with the last name word as the verb's subject; ``rest`` words
    are (text, upos, deprel) hanging off the verb, except determiners and adjectives, which hang
    off the next noun."""
    n = len(name)
    out: list[Row] = [(w, w, "PROPN", n - 1, "flat") for w in name[:-1]]
    out.append((name[-1], name[-1], "PROPN", n, "nsubj"))
    out.append((verb[0], verb[1], "VERB", -1, "root"))
    for k, (text, upos, rel) in enumerate(rest):
        head = n
        if upos in ("DET", "ADJ"):
            head = next(j for j in range(k + 1, len(rest)) if rest[j][1] == "NOUN") + n + 1
        out.append((text, text.lower(), upos, head, rel))
    out.append((".", ".", "PUNCT", n, "punct"))
    return out


# -- described by situation -------------------------------------------------------------------
def test_what_a_person_did_describes_them():
    rows = clause(["Dana", "Moe"], ("joined", "join"), [("the", "DET", "det"), ("march", "NOUN", "obj")])
    assert roles(rows, [0, 1]) == [("joined the march", "situation")]
    rows = clause(["Dana", "Moe"], ("opposed", "oppose"), [("both", "DET", "det"), ("bills", "NOUN", "obj")])
    assert roles(rows, [0, 1]) == [("opposed both bills", "situation")]  # a stance, with a speech verb


def test_telling_declining_and_believing_describe_nobody():
    rows = clause(["Dana", "Moe"], ("told", "tell"), [("reporters", "NOUN", "obj")])
    assert roles(rows, [0, 1]) == []
    rows = clause(["Dana", "Moe"], ("smiled", "smile"), [])
    assert roles(rows, [0, 1]) == []
    # Dana Moe hopes the plan works .
    hopes: list[Row] = [
        ("Dana", "Dana", "PROPN", 1, "flat"),
        ("Moe", "Moe", "PROPN", 2, "nsubj"),
        ("hopes", "hope", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    assert roles(hopes, [0, 1]) == []


def test_one_of_a_described_group_is_a_role():
    # Ray Dunn was one of them .
    rows: list[Row] = [
        ("Ray", "Ray", "PROPN", 1, "flat"),
        ("Dunn", "Dunn", "PROPN", 3, "nsubj"),
        ("was", "be", "AUX", 3, "cop"),
        ("one", "one", "NUM", -1, "root"),
        ("of", "of", "ADP", 5, "case"),
        ("them", "they", "PRON", 3, "nmod"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert roles(rows, [0, 1]) == [("one of them", "predicate")]
    # Ray Dunn was one of them , upset there was no vote .   (the parse hangs the clause on "one")
    upset: list[Row] = rows[:6] + [
        (",", ",", "PUNCT", 8, "punct"),
        ("upset", "upset", "ADJ", 9, "nsubj"),
        ("there", "there", "PRON", 9, "expl"),
        ("was", "be", "VERB", 3, "conj"),
        ("no", "no", "DET", 11, "det"),
        ("vote", "vote", "NOUN", 9, "nsubj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert roles(upset, [0, 1]) == [("one of them", "predicate")]


def test_a_vox_pop_name_with_only_a_quote_stays_without_role():
    result = resolve([[clause(["Ray", "Dunn"], ("smiled", "smile"), [])], [said(("Dunn", "PROPN"))]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("Ray Dunn", "named-no-role")


def test_a_person_the_story_keeps_naming_is_named():
    # "Ray Dunn smiled." four times over: no sentence says who he is, but the story is about him.
    smiled = clause(["Ray", "Dunn"], ("smiled", "smile"), [])
    result = resolve([[smiled], [smiled], [smiled], [smiled], [said(("Dunn", "PROPN"))]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("Ray Dunn", "named")


# -- names -------------------------------------------------------------------------------------
def test_a_lone_first_name_is_the_person_named_with_it():
    first = clause(["Lena", "Ortiz"], ("joined", "join"), [("the", "DET", "det"), ("team", "NOUN", "obj")])
    result = resolve([[first], [said(("Lena", "PROPN"))]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("Lena Ortiz", "named")


def test_a_first_name_shared_by_two_people_is_not_merged():
    a = clause(["Lena", "Ortiz"], ("joined", "join"), [("the", "DET", "det"), ("team", "NOUN", "obj")])
    b = clause(["Lena", "Hale"], ("joined", "join"), [("the", "DET", "det"), ("club", "NOUN", "obj")])
    result = resolve([[a], [b], [said(("Lena", "PROPN"))]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.name == "Lena"


def test_a_surname_before_the_full_name_is_one_entity_with_the_full_name():
    # Ortiz said the plan works . | Lena Ortiz joined the team . | Ortiz said the plan works .
    # (a headline names her by surname, the body in full: one entity, not two)
    joined = clause(["Lena", "Ortiz"], ("joined", "join"), [("the", "DET", "det"), ("team", "NOUN", "obj")])
    result = resolve([[said(("Ortiz", "PROPN"))], [joined], [said(("Ortiz", "PROPN"))]])
    assert [e.name for e in result.entities] == ["Lena Ortiz"]
    assert [q.speaker.entity for q in result.quotes if q.speaker] == [0, 0]
    assert [q.speaker.resolved_by for q in result.quotes if q.speaker] == ["short-name", "short-name"]


def test_a_surname_two_people_later_share_stays_its_own_entity():
    # Ortiz said ... | Lena Ortiz joined the team . | Ana Ortiz joined the club .
    lena = clause(["Lena", "Ortiz"], ("joined", "join"), [("the", "DET", "det"), ("team", "NOUN", "obj")])
    ana = clause(["Ana", "Ortiz"], ("joined", "join"), [("the", "DET", "det"), ("club", "NOUN", "obj")])
    result = resolve([[said(("Ortiz", "PROPN"))], [lena], [ana]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.name == "Ortiz"


def test_a_title_and_surname_after_the_bare_surname_is_the_same_entity():
    # Ortiz said the plan works . | Mr. Ortiz said the plan works .
    titled: list[Row] = [
        ("Mr.", "Mr.", "PROPN", 1, "compound"),
        ("Ortiz", "Ortiz", "PROPN", 2, "nsubj"),
        *[(t, lem, u, h + 1 if h >= 0 else -1, r) for t, lem, u, h, r in said(("X", "PROPN"))[1:]],
    ]
    result = resolve([[said(("Ortiz", "PROPN"))], [titled]])
    assert len([e for e in result.entities if e.type == "person"]) == 1
    assert [q.speaker.entity for q in result.quotes if q.speaker] == [0, 0]


def test_a_surname_opening_a_sentence_tagged_as_a_noun_is_still_the_person():
    first = clause(["Lena", "Ortiz"], ("joined", "join"), [("the", "DET", "det"), ("team", "NOUN", "obj")])
    result = resolve([[first], [said(("Ortiz", "NOUN"))]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Lena Ortiz", "person")


def test_middle_initials_and_a_title_acronym_do_not_make_a_person_an_organisation():
    # Steven H. Warren spoke . | Warren said the plan works .
    warren: list[Row] = [
        ("Steven", "Steven", "PROPN", 2, "flat"),
        ("H.", "H.", "PROPN", 2, "flat"),
        ("Warren", "Warren", "PROPN", 3, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    result = resolve([[warren], [said(("Warren", "PROPN"))]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Steven H. Warren", "person")
    # Liberal MP Dana Moe spoke . | Moe said the plan works .
    mp: list[Row] = [
        ("Liberal", "Liberal", "PROPN", 3, "compound"),
        ("MP", "MP", "PROPN", 3, "compound"),
        ("Dana", "Dana", "PROPN", 3, "flat"),
        ("Moe", "Moe", "PROPN", 4, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    result = resolve([[mp], [said(("Moe", "PROPN"))]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Dana Moe", "person")


def test_a_counted_party_member_is_an_unnamed_source_not_a_person():
    # one Democrat said the plan works .
    rows: list[Row] = [
        ("one", "one", "NUM", 1, "nummod"),
        ("Democrat", "Democrat", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    result = resolve([[rows]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.type == "anonymous"


def test_it_is_the_organisation_that_was_the_subject_just_before():
    # BCX declined comment . | It said the plan works .
    declined: list[Row] = [
        ("BCX", "BCX", "PROPN", 1, "nsubj"),
        ("declined", "decline", "VERB", -1, "root"),
        ("comment", "comment", "NOUN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    result = resolve([[declined, said(("It", "PRON"))]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type, q.speaker.anonymity) == (
        "BCX",
        "organization",
        "organization",
    )


def test_a_name_behind_the_is_an_institution_and_a_short_outlet_name_is_the_outlet():
    # The Vatican said the plan works .
    vatican: list[Row] = [("The", "the", "DET", 1, "det")] + [
        (t, lem, u, h + 1 if h >= 0 else -1, r) for t, lem, u, h, r in said(("Vatican", "PROPN"))
    ]
    vatican[1] = ("Vatican", "Vatican", "PROPN", 2, "nsubj")
    result = resolve([[vatican]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("organization", "organization")


def test_the_party_member_behind_the_is_still_a_person():
    rows: list[Row] = [("the", "the", "DET", 2, "det"), ("Ohio", "Ohio", "PROPN", 2, "compound")]
    rows += [("Republican", "Republican", "PROPN", 3, "nsubj")] + [
        (t, lem, u, h + 2 if h >= 0 else -1, r) for t, lem, u, h, r in said(("x", "X"))[1:]
    ]
    result = resolve([[rows]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.type == "person"


def test_a_party_member_described_after_the_is_a_description_not_a_name():
    # Ed Brookover arrived . | The 38-year-old Republican said the plan works . ("Republican" was
    # the speaker's name, "named"; it is the person the article named, by the age)
    arrived: list[Row] = [
        ("Ed", "Ed", "PROPN", 1, "compound"),
        ("Brookover", "Brookover", "PROPN", 2, "nsubj"),
        ("arrived", "arrive", "VERB", -1, "root"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    rows: list[Row] = [("The", "the", "DET", 2, "det"), ("38-year-old", "38-year-old", "ADJ", 2, "amod")]
    rows += [("Republican", "Republican", "PROPN", 3, "nsubj")] + [
        (t, lem, u, h + 2 if h >= 0 else -1, r) for t, lem, u, h, r in said(("x", "X"))[1:]
    ]
    [q] = resolve([[arrived], [rows]]).quotes
    assert q.speaker is not None and q.speaker.name == "Ed Brookover"


def test_a_counted_noun_with_a_name_in_apposition_is_that_person():
    # Another ally , Secretary Tom Vilsack , said the plan works .
    rows: list[Row] = [
        ("Another", "another", "DET", 1, "det"),
        ("ally", "ally", "NOUN", 8, "nsubj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("Secretary", "secretary", "PROPN", 5, "compound"),
        ("Tom", "Tom", "PROPN", 5, "flat"),
        ("Vilsack", "Vilsack", "PROPN", 1, "appos"),
        (",", ",", "PUNCT", 5, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 9, "det"),
        ("plan", "plan", "NOUN", 10, "nsubj"),
        ("works", "work", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    rows[1] = ("ally", "ally", "NOUN", 7, "nsubj")
    result = resolve([[rows]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Tom Vilsack", "person")


def test_a_particular_document_speaks_for_an_organisation_and_an_unspecified_one_is_vague():
    def document_said(words: list[tuple[str, str, str, str]]) -> list[Row]:
        """<words> said the plan works . (the last word is the document noun, the subject)"""
        n = len(words)
        out: list[Row] = [(t, lem, u, n - 1, rel) for t, lem, u, rel in words[:-1]]
        t, lem, u, _ = words[-1]
        out.append((t, lem, u, n, "nsubj"))
        out += [(tx, lm, up, h + n - 1 if h >= 0 else -1, r) for tx, lm, up, h, r in said(("x", "X"))[1:]]
        return out

    particular = resolve([[document_said([("The", "the", "DET", "det"), ("study", "study", "NOUN", "")])]])
    unspecified = resolve(
        [[document_said([("Previous", "previous", "ADJ", "amod"), ("studies", "study", "NOUN", "")])]]
    )
    court = resolve([[document_said([("Court", "court", "NOUN", "compound"), ("filings", "filing", "NOUN", "")])]])
    levels = [r.quotes[0].speaker.anonymity if r.quotes[0].speaker else None for r in (particular, unspecified, court)]
    assert levels == ["organization", "vague", "organization"]
    # by lemma: "The guidelines", "The estimates", "The party leadership" speak for a body
    bodies = [
        resolve([[document_said([("The", "the", "DET", "det"), (text, lemma, "NOUN", "")])]])
        for text, lemma in (("guidelines", "guideline"), ("estimates", "estimate"), ("leadership", "leadership"))
    ]
    assert [r.quotes[0].speaker.type if r.quotes[0].speaker else None for r in bodies] == ["organization"] * 3


def test_coordinated_speakers_are_all_entities_that_speak():
    # Jane Roe and Tom Doe said the plan works .
    rows: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "flat"),
        ("Roe", "Roe", "PROPN", 5, "nsubj"),
        ("and", "and", "CCONJ", 4, "cc"),
        ("Tom", "Tom", "PROPN", 4, "flat"),
        ("Doe", "Doe", "PROPN", 1, "conj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 7, "det"),
        ("plan", "plan", "NOUN", 8, "nsubj"),
        ("works", "work", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    result = resolve([[rows]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.name == "Jane Roe" and q.speaker.plural
    assert q.speaker.entity == 0 and q.speaker.entities == [0, 1]  # every entity that speaks
    assert [(e.name, e.quotes) for e in result.entities] == [("Jane Roe", 1), ("Tom Doe", 1)]
    assert [(s.name, s.quotes, s.entity) for s in result.sources] == [("Jane Roe", 1, 0), ("Tom Doe", 1, 1)]


def test_it_prefers_a_named_organisation_to_an_unspecified_document():
    # BCX said the plan works . | Previous studies said the plan works . | It said the plan works .
    spoke: list[Row] = [
        ("BCX", "BCX", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("plan", "plan", "NOUN", 4, "nsubj"),
        ("works", "work", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    studies: list[Row] = [("Previous", "previous", "ADJ", 1, "amod")] + [
        (t, lem, u, h + 1 if h >= 0 else -1, r) for t, lem, u, h, r in said(("studies", "NOUN"))
    ]
    studies[1] = ("studies", "study", "NOUN", 2, "nsubj")
    result = resolve([[spoke], [studies], [said(("It", "PRON"))]])
    it = result.quotes[-1]
    assert it.speaker is not None and (it.speaker.name, it.speaker.anonymity) == ("BCX", "organization")


def test_a_name_the_ner_tagger_calls_an_organisation_is_one():
    from dataclasses import replace

    from provenance.sources.entities import EntityTable
    from provenance.sources.mentions import describe
    from provenance.syntax.tree import WordRef

    doc, paras = article([[said(("Suncor", "PROPN"))]])
    sent = paras[0].sentences[0]
    sent.words[0] = replace(sent.words[0], ner="S-ORGANIZATION")
    table = EntityTable(MODEL, doc, [sent], [])
    entity, _ = table.entity_for(describe(WordRef(sent, 0), doc.text, MODEL.is_role))
    assert entity is not None and entity.type == "organization"
    sent.words[0] = replace(sent.words[0], ner="O")
    table = EntityTable(MODEL, doc, [sent], [])
    entity, _ = table.entity_for(describe(WordRef(sent, 0), doc.text, MODEL.is_role))
    assert entity is not None and entity.type == "person"


def test_a_described_person_is_the_one_the_next_sentence_names_with_that_role():
    # A hockey coach said the plan works . | Coach Dana Moe spoke .
    described: list[Row] = [("A", "a", "DET", 2, "det"), ("hockey", "hockey", "NOUN", 2, "compound")] + [
        (t, lem, u, h + 2 if h >= 0 else -1, r) for t, lem, u, h, r in said(("x", "X"))[1:]
    ]
    described.insert(2, ("coach", "coach", "NOUN", 3, "nsubj"))
    named: list[Row] = [
        ("Coach", "coach", "PROPN", 2, "compound"),
        ("Dana", "Dana", "PROPN", 2, "flat"),
        ("Moe", "Moe", "PROPN", 3, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    result = resolve([[described, named]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type, q.speaker.anonymity) == (
        "Dana Moe",
        "person",
        "named",
    )
    assert q.speaker.resolved_by == "definite-description"


def test_a_role_in_another_paragraph_far_away_does_not_name_the_description():
    described: list[Row] = [("A", "a", "DET", 2, "det"), ("hockey", "hockey", "NOUN", 2, "compound")] + [
        (t, lem, u, h + 2 if h >= 0 else -1, r) for t, lem, u, h, r in said(("x", "X"))[1:]
    ]
    described.insert(2, ("coach", "coach", "NOUN", 3, "nsubj"))
    named: list[Row] = [
        ("Coach", "coach", "PROPN", 2, "compound"),
        ("Dana", "Dana", "PROPN", 2, "flat"),
        ("Moe", "Moe", "PROPN", 3, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    rain: list[Row] = [("Rain", "rain", "NOUN", 1, "nsubj"), ("fell", "fall", "VERB", -1, "root")]
    result = resolve([[described], [rain], [rain], [named]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.type == "anonymous"


def test_the_owner_written_in_a_document_phrase_speaks():
    # The Justice Department letter said the plan works .
    rows: list[Row] = [
        ("The", "the", "DET", 3, "det"),
        ("Justice", "Justice", "PROPN", 2, "compound"),
        ("Department", "Department", "PROPN", 3, "compound"),
        ("letter", "letter", "NOUN", 4, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 6, "det"),
        ("plan", "plan", "NOUN", 7, "nsubj"),
        ("works", "work", "VERB", 4, "ccomp"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    result = resolve([[rows]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.resolved_by) == ("organization", "statement-owner")
    # The union 's Friday release said the plan works . -- a day is no owner
    friday: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("union", "union", "NOUN", 4, "nmod:poss"),
        ("'s", "'s", "PART", 1, "case"),
        ("Friday", "Friday", "PROPN", 4, "compound"),
        ("release", "release", "NOUN", 5, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 7, "det"),
        ("plan", "plan", "NOUN", 8, "nsubj"),
        ("works", "work", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    result = resolve([[friday]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.type == "organization"


def test_who_after_a_comma_is_the_name_before_it_even_when_the_parse_lost_the_clause():
    # Tom Bale spoke . | Bale , who said the plan works , left .   ("who" parsed as the root's subject)
    spoke: list[Row] = [
        ("Tom", "Tom", "PROPN", 1, "flat"),
        ("Bale", "Bale", "PROPN", 2, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    rows: list[Row] = [
        ("Bale", "Bale", "PROPN", 8, "nsubj"),
        (",", ",", "PUNCT", 2, "punct"),
        ("who", "who", "PRON", 3, "nsubj"),
        ("said", "say", "VERB", 8, "parataxis"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 6, "nsubj"),
        ("works", "work", "VERB", 3, "ccomp"),
        (",", ",", "PUNCT", 3, "punct"),
        ("left", "leave", "VERB", -1, "root"),
        (".", ".", "PUNCT", 8, "punct"),
    ]
    from provenance.sources.entities import EntityTable
    from provenance.sources.mentions import Mention
    from provenance.syntax.tree import WordRef

    doc, paras = article([[spoke], [rows]])
    sents = [s for p in paras for s in p.sentences]
    table = EntityTable(MODEL, doc, sents, [])
    who = sents[1].words[2]
    # the mention as the attribution hands it over when the parse gives "who" no antecedent
    mention = Mention(WordRef(sents[1], 2), who.start, who.end, "who", 2, None, None, "who", pronoun="who")
    entity, how = table.entity_for(mention)
    assert entity is not None and (entity.name, how) == ("Tom Bale", "short-name")


def test_they_with_nobody_before_it_is_a_vague_group_not_unresolved():
    result = resolve([[said(("They", "PRON"))]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.type, q.speaker.anonymity) == ("anonymous", "vague")


def test_an_apposition_missing_its_closing_comma_is_still_a_role_when_it_names_a_post():
    got = roles(
        [
            ("Sam", "Sam", "PROPN", 1, "flat"),
            ("Lau", "Lau", "PROPN", 6, "nsubj"),
            (",", ",", "PUNCT", 4, "punct"),
            ("the", "the", "DET", 4, "det"),
            ("communications", "communication", "NOUN", 5, "compound"),
            ("director", "director", "NOUN", 1, "appos"),
            ("said", "say", "VERB", -1, "root"),
        ],
        [0, 1],
    )
    assert ("the communications director", "apposition") in got
    # "Jane Roe, the company said": no post in it, so the next clause's subject
    got = roles(
        [
            ("Jane", "Jane", "PROPN", 1, "flat"),
            ("Roe", "Roe", "PROPN", 5, "nsubj"),
            (",", ",", "PUNCT", 4, "punct"),
            ("the", "the", "DET", 4, "det"),
            ("company", "company", "NOUN", 5, "nsubj"),
            ("said", "say", "VERB", -1, "root"),
        ],
        [0, 1],
    )
    assert not any(how == "apposition" for _, how in got)


def test_a_set_off_phrase_opening_with_now_describes_the_person():
    got = roles(
        [
            ("Lena", "Lena", "PROPN", 1, "flat"),
            ("Ortiz", "Ortiz", "PROPN", 9, "nsubj"),
            (",", ",", "PUNCT", 6, "punct"),
            ("now", "now", "ADV", 6, "advmod"),
            ("in", "in", "ADP", 6, "case"),
            ("her", "her", "PRON", 6, "nmod:poss"),
            ("season", "season", "NOUN", 1, "nmod"),
            ("with", "with", "ADP", 8, "case"),
            ("TDT", "TDT", "PROPN", 6, "nmod"),
            (",", ",", "PUNCT", 6, "punct"),
            ("said", "say", "VERB", -1, "root"),
        ],
        [0, 1],
    )
    assert ("now in her season with TDT", "apposition") in got


def test_she_prefers_the_person_shown_to_be_a_woman_over_a_name_of_unknown_gender():
    # Jane Roe proved herself . | Sam Lee spoke . | She said the plan works .
    proved: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "flat"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("proved", "prove", "VERB", -1, "root"),
        ("herself", "herself", "PRON", 2, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    lee = clause(["Sam", "Lee"], ("smiled", "smile"), [])
    result = resolve([[proved], [lee, said(("She", "PRON"))]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.name == "Jane Roe"


def test_a_name_modifying_a_noun_is_no_person_for_a_pronoun():
    # Jane Roe proved herself . | The Acme Stone pipeline opened . | She said the plan works .
    proved: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "flat"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("proved", "prove", "VERB", -1, "root"),
        ("herself", "herself", "PRON", 2, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    pipeline: list[Row] = [
        ("The", "the", "DET", 3, "det"),
        ("Acme", "Acme", "PROPN", 2, "flat"),
        ("Stone", "Stone", "PROPN", 3, "compound"),
        ("pipeline", "pipeline", "NOUN", 4, "nsubj"),
        ("opened", "open", "VERB", -1, "root"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    rain: list[Row] = [("Rain", "rain", "NOUN", 1, "nsubj"), ("fell", "fall", "VERB", -1, "root")]
    # Roe is three paragraphs back, out of the salience window: the most recent name would win
    result = resolve([[proved], [rain], [rain], [rain], [pipeline, said(("She", "PRON"))]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.name == "Jane Roe"


def test_a_post_before_the_name_or_a_party_tag_after_it_makes_an_org_looking_name_a_person():
    # artistic director Chris House spoke . | House said the plan works .
    spoke: list[Row] = [
        ("artistic", "artistic", "ADJ", 1, "amod"),
        ("director", "director", "NOUN", 3, "compound"),
        ("Chris", "Chris", "PROPN", 3, "flat"),
        ("House", "House", "PROPN", 4, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    result = resolve([[spoke], [said(("House", "PROPN"))]])
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Chris House", "person")
    # without the post, "Chris House" reads as an institution's name
    bare: list[Row] = [
        ("Chris", "Chris", "PROPN", 1, "flat"),
        ("House", "House", "PROPN", 2, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    result = resolve([[bare], [said(("House", "PROPN"))]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.type != "person"


def test_some_in_a_community_is_vague_and_some_of_the_officials_keeps_its_level():
    def some(prep: str, noun: tuple[str, str]) -> list[Row]:
        """Some <prep> the <noun> said the plan works ."""
        return [
            ("Some", "some", "PRON", 4, "nsubj"),
            (prep, prep, "ADP", 3, "case"),
            ("the", "the", "DET", 3, "det"),
            (noun[0], noun[1], "NOUN", 0, "nmod"),
            ("said", "say", "VERB", -1, "root"),
            ("the", "the", "DET", 6, "det"),
            ("plan", "plan", "NOUN", 7, "nsubj"),
            ("works", "work", "VERB", 4, "ccomp"),
            (".", ".", "PUNCT", 4, "punct"),
        ]

    [q] = resolve([[some("in", ("community", "community"))]]).quotes
    assert q.speaker is not None and q.speaker.anonymity == "vague"
    [q] = resolve([[some("of", ("officials", "official"))]]).quotes
    assert q.speaker is not None and q.speaker.anonymity == "anonymous"


def test_anyone_is_vague_and_a_mention_headed_by_a_preposition_is_its_noun():
    [q] = resolve([[said(("Anyone", "PRON"))]]).quotes
    assert q.speaker is not None and q.speaker.anonymity == "vague"

    from provenance.sources.entities import EntityTable
    from provenance.sources.mentions import describe
    from provenance.syntax.tree import WordRef

    # to a person close to the talks   (the parse made "to" the head of the speaker's phrase)
    rows: list[Row] = [
        ("to", "to", "ADP", -1, "root"),
        ("a", "a", "DET", 2, "det"),
        ("person", "person", "NOUN", 0, "obl"),
        ("close", "close", "ADJ", 2, "amod"),
        ("to", "to", "ADP", 6, "case"),
        ("the", "the", "DET", 6, "det"),
        ("talks", "talk", "NOUN", 3, "obl"),
    ]
    doc, paras = article([[rows]])
    sent = paras[0].sentences[0]
    table = EntityTable(MODEL, doc, [sent], [])
    entity, _ = table.entity_for(describe(WordRef(sent, 0), doc.text, MODEL.is_role))
    assert entity is not None and entity.type == "anonymous"


def test_a_single_speaker_lists_its_one_entity():
    [single] = resolve([[said(("Roe", "PROPN"))]]).quotes
    assert single.speaker is not None and single.speaker.entities == [0]


def test_a_quote_after_a_coordinated_cue_and_its_follow_on_keep_both_speakers():
    # " It is dead , " Roe and Doe said . " Nobody listened . "
    # The parse misreads the cue: "said" has no subject and the names hang off the quote's verb.
    cue: list[Row] = [
        ('"', '"', "PUNCT", 3, "punct"),
        ("It", "it", "PRON", 3, "nsubj"),
        ("is", "be", "AUX", 3, "cop"),
        ("dead", "dead", "ADJ", -1, "root"),
        (",", ",", "PUNCT", 3, "punct"),
        ('"', '"', "PUNCT", 3, "punct"),
        ("Roe", "Roe", "PROPN", 3, "vocative"),
        ("and", "and", "CCONJ", 8, "cc"),
        ("Doe", "Doe", "PROPN", 6, "conj"),
        ("said", "say", "VERB", 3, "conj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    follow: list[Row] = [
        ('"', '"', "PUNCT", 2, "punct"),
        ("Nobody", "nobody", "PRON", 2, "nsubj"),
        ("listened", "listen", "VERB", -1, "root"),
        (".", ".", "PUNCT", 2, "punct"),
        ('"', '"', "PUNCT", 2, "punct"),
    ]
    result = resolve([[cue, follow]])
    first, second = result.quotes
    assert first.speaker is not None and first.speaker.text == "Roe" and first.speaker.entities == [0, 1]
    # a two-word quoted sentence right after an attributed quote is speech, not a scare quote
    assert second.text == '" Nobody listened . "' and second.rule == "neighbour-previous"
    assert second.speaker is not None and second.speaker.entities == [0, 1] and second.speaker.plural


def test_a_description_identified_by_name_in_the_same_sentence_is_that_person():
    # A woman later identified as Eva Smith said the plan works .
    rows: list[Row] = [
        ("A", "a", "DET", 1, "det"),
        ("woman", "woman", "NOUN", 7, "nsubj"),
        ("later", "later", "ADV", 3, "advmod"),
        ("identified", "identify", "VERB", 1, "acl"),
        ("as", "as", "ADP", 6, "case"),
        ("Eva", "Eva", "PROPN", 6, "compound"),
        ("Smith", "Smith", "PROPN", 3, "obl"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 9, "det"),
        ("plan", "plan", "NOUN", 10, "nsubj"),
        ("works", "work", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None and q.speaker.name == "Eva Smith" and q.speaker.type == "person"
    assert q.speaker.resolved_by == "identified-as"
    # a description with nothing after it stays an unnamed source
    [plain] = resolve([[said(("Officials", "NOUN"))]]).quotes
    assert plain.speaker is not None and plain.speaker.resolved_by != "identified-as"


def test_he_after_a_newly_introduced_subject_of_unknown_gender_is_that_person():
    # Mr. Tom Roe said the plan works . | Ravi Singh , 47 , voted . | He said the plan works .
    # ("Singh, 47, voted" parsed as a name with "voted" hanging on it: still the subject)
    roe: list[Row] = [
        ("Mr.", "Mr.", "PROPN", 2, "compound"),
        ("Tom", "Tom", "PROPN", 2, "compound"),
        ("Roe", "Roe", "PROPN", 3, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 6, "nsubj"),
        ("works", "work", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    singh: list[Row] = [
        ("Ravi", "Ravi", "PROPN", 1, "compound"),
        ("Singh", "Singh", "PROPN", -1, "root"),
        (",", ",", "PUNCT", 3, "punct"),
        ("47", "47", "NUM", 1, "nmod:unmarked"),
        (",", ",", "PUNCT", 5, "punct"),
        ("voted", "vote", "VERB", 1, "acl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    result = resolve([[roe], [singh], [said(("He", "PRON"))]])
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Mr. Tom Roe", "Ravi Singh"]


def test_he_after_a_person_just_introduced_by_full_name_is_that_person():
    # Mr. Tom Roe said the plan works . | The plan helped accountant Kofi Mensah . | He said ...
    # (Mensah is no subject, and of unknown gender; Roe is a known man named sentences before)
    roe: list[Row] = [
        ("Mr.", "Mr.", "PROPN", 2, "compound"),
        ("Tom", "Tom", "PROPN", 2, "compound"),
        ("Roe", "Roe", "PROPN", 3, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 6, "nsubj"),
        ("works", "work", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]

    def helped(object_: list[Row]) -> list[Row]:
        return [
            ("The", "the", "DET", 1, "det"),
            ("plan", "plan", "NOUN", 2, "nsubj"),
            ("helped", "help", "VERB", -1, "root"),
            *[(t, lem, u, h + 3 if h >= 0 else 2, r) for t, lem, u, h, r in object_],
            (".", ".", "PUNCT", 2, "punct"),
        ]

    mensah: list[Row] = [
        ("accountant", "accountant", "NOUN", 2, "compound"),
        ("Kofi", "Kofi", "PROPN", 2, "compound"),
        ("Mensah", "Mensah", "PROPN", -1, "obj"),
    ]
    result = resolve([[roe, helped(mensah), said(("He", "PRON"))]])
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Mr. Tom Roe", "Kofi Mensah"]
    # With Roe named in that sentence too, salience decides as before: the subject, Roe.
    both: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("helped", "help", "VERB", -1, "root"),
        ("Kofi", "Kofi", "PROPN", 3, "compound"),
        ("Mensah", "Mensah", "PROPN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    result = resolve([[roe, both, said(("He", "PRON"))]])
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Mr. Tom Roe", "Mr. Tom Roe"]


def test_he_after_a_statement_is_not_the_person_the_statement_names():
    # Sam Lee said the plan works . | Tom Doe lost , he said .
    lost: list[Row] = [
        ("Tom", "Tom", "PROPN", 1, "compound"),
        ("Doe", "Doe", "PROPN", 2, "nsubj"),
        ("lost", "lose", "VERB", 5, "ccomp"),
        (",", ",", "PUNCT", 5, "punct"),
        ("he", "he", "PRON", 5, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    result = resolve([[said(("Sam Lee", "PROPN"))], [lost]])
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Sam Lee", "Sam Lee"]
    # with nobody else before it, "he" is still the one person named (never left unresolved)
    [alone] = resolve([[lost]]).quotes
    assert alone.speaker is not None and alone.speaker.name == "Tom Doe"


def test_a_numeral_or_those_standing_for_people_is_a_vague_source_not_unresolved():
    # Two said the plan works .  /  Those said the plan works .  /  you said ... (generic "you")
    for subject in (("Two", "NUM"), ("Those", "PRON"), ("you", "PRON")):
        [q] = resolve([[said(subject)]]).quotes
        assert q.speaker is not None and q.speaker.anonymity == "vague", subject


def test_the_second_of_two_coordinated_names_shares_the_description_before_them():
    # His lawyers , Dana Moe and Ray Dunn , said it fails .
    rows: list[Row] = [
        ("His", "he", "PRON", 1, "nmod:poss"),
        ("lawyers", "lawyer", "NOUN", 9, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("Dana", "Dana", "PROPN", 4, "flat"),
        ("Moe", "Moe", "PROPN", 1, "appos"),
        ("and", "and", "CCONJ", 7, "cc"),
        ("Ray", "Ray", "PROPN", 7, "flat"),
        ("Dunn", "Dunn", "PROPN", 4, "conj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("it", "it", "PRON", 11, "nsubj"),
        ("fails", "fail", "VERB", 9, "ccomp"),
        (".", ".", "PUNCT", 9, "punct"),
    ]
    assert roles(rows, [6, 7]) == [("His lawyers", "apposition")]


def test_the_n_year_old_is_the_subject_just_named_not_the_last_name():
    # Tom Roe has goals since Ohio traded him for Sam Lee . | The 26 - year - old said the plan works .
    roe: list[Row] = [
        ("Tom", "Tom", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("has", "have", "VERB", -1, "root"),
        ("goals", "goal", "NOUN", 2, "obj"),
        ("since", "since", "SCONJ", 6, "mark"),
        ("Ohio", "Ohio", "PROPN", 6, "nsubj"),
        ("traded", "trade", "VERB", 2, "advcl"),
        ("him", "he", "PRON", 6, "obj"),
        ("for", "for", "ADP", 10, "case"),
        ("Sam", "Sam", "PROPN", 10, "compound"),
        ("Lee", "Lee", "PROPN", 6, "obl"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    aged: list[Row] = [
        ("The", "the", "DET", 5, "det"),
        ("26", "26", "NUM", 3, "nummod"),
        ("-", "-", "PUNCT", 3, "punct"),
        ("year", "year", "NOUN", 5, "compound"),
        ("-", "-", "PUNCT", 3, "punct"),
        ("old", "old", "ADJ", 6, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("works", "work", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    result = resolve([[roe, aged]])
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Tom Roe"]


def test_a_sentence_initial_common_word_tagged_into_a_name_is_not_part_of_it():
    # Meanwhile Jane Roe said the plan works .  ("Meanwhile" tagged a proper noun of the name)
    rows: list[Row] = [
        ("Meanwhile", "meanwhile", "PROPN", 2, "compound"),
        ("Jane", "Jane", "PROPN", 2, "compound"),
        ("Roe", "Roe", "PROPN", 3, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 6, "nsubj"),
        ("works", "work", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None and q.speaker.name == "Jane Roe"


def test_the_person_who_asked_does_not_answer():
    # The note named Dana Roe . | Asked by Sam Lee whether it works , she said the plan works .
    # (neither name a subject: the nearest would be the one who asked)
    spoke: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("note", "note", "NOUN", 2, "nsubj"),
        ("named", "name", "VERB", -1, "root"),
        ("Dana", "Dana", "PROPN", 4, "compound"),
        ("Roe", "Roe", "PROPN", 2, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    asked: list[Row] = [
        ("Asked", "ask", "VERB", 9, "advcl"),
        ("by", "by", "ADP", 3, "case"),
        ("Sam", "Sam", "PROPN", 3, "compound"),
        ("Lee", "Lee", "PROPN", 0, "obl"),
        ("whether", "whether", "SCONJ", 6, "mark"),
        ("it", "it", "PRON", 6, "nsubj"),
        ("works", "work", "VERB", 0, "ccomp"),
        (",", ",", "PUNCT", 0, "punct"),
        ("she", "she", "PRON", 9, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 11, "det"),
        ("plan", "plan", "NOUN", 12, "nsubj"),
        ("works", "work", "VERB", 9, "ccomp"),
        (".", ".", "PUNCT", 9, "punct"),
    ]
    result = resolve([[spoke, asked]])
    assert [q.speaker.name for q in result.quotes if q.speaker and q.text == "the plan works"] == ["Dana Roe"]


def test_a_description_by_a_role_word_after_a_name_stands_for_the_name():
    # Nate Sims , the polling guru , said the plan works .  ("guru" the subject, the name apart)
    rows: list[Row] = [
        ("Nate", "Nate", "PROPN", 1, "compound"),
        ("Sims", "Sims", "PROPN", 6, "dep"),
        (",", ",", "PUNCT", 5, "punct"),
        ("the", "the", "DET", 5, "det"),
        ("polling", "polling", "NOUN", 5, "compound"),
        ("guru", "guru", "NOUN", 6, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("works", "work", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None and q.speaker.name == "Nate Sims"


def test_a_company_named_by_its_trade_and_then_by_its_first_word_is_one_organisation():
    # Acme Energy said the plan works . | Acme said the plan works .
    full: list[Row] = [("Acme", "Acme", "PROPN", 1, "compound")] + [
        (t, lem, u, h + 1 if h >= 0 else -1, r) for t, lem, u, h, r in said(("Energy", "PROPN"))
    ]
    full[1] = ("Energy", "Energy", "PROPN", 2, "nsubj")
    result = resolve([[full], [said(("Acme", "PROPN"))]])
    speakers = [q.speaker for q in result.quotes if q.speaker]
    assert [(s.name, s.type) for s in speakers] == [("Acme Energy", "organization"), ("Acme Energy", "organization")]


def test_an_official_giving_a_bodys_statement_speaks_for_it_otherwise_is_unnamed():
    # In a statement , a Navy official said the plan works .  /  A Navy official said the plan works .
    def official(opening: list[Row]) -> list[Row]:
        n = len(opening)
        return opening + [
            ("a", "a", "DET", n + 2, "det"),
            ("Navy", "Navy", "PROPN", n + 2, "compound"),
            ("official", "official", "NOUN", n + 3, "nsubj"),
            ("said", "say", "VERB", -1, "root"),
            ("the", "the", "DET", n + 5, "det"),
            ("plan", "plan", "NOUN", n + 6, "nsubj"),
            ("works", "work", "VERB", n + 3, "ccomp"),
            (".", ".", "PUNCT", n + 3, "punct"),
        ]

    statement: list[Row] = [
        ("In", "in", "ADP", 2, "case"),
        ("a", "a", "DET", 2, "det"),
        ("statement", "statement", "NOUN", 7, "obl"),
        (",", ",", "PUNCT", 2, "punct"),
    ]
    [q] = resolve([[official(statement)]]).quotes
    assert q.speaker is not None and q.speaker.type == "organization"
    [plain] = resolve([[official([])]]).quotes
    assert plain.speaker is not None and plain.speaker.type == "anonymous"


def test_a_title_with_of_before_a_full_name_is_the_role_whatever_the_parse():
    # Secretary of State John Kerr said the plan works .  (the name words hung on "Secretary")
    rows: list[Row] = [
        ("Secretary", "Secretary", "PROPN", 5, "nsubj"),
        ("of", "of", "ADP", 2, "case"),
        ("State", "State", "PROPN", 0, "nmod"),
        ("John", "John", "PROPN", 0, "nmod"),
        ("Kerr", "Kerr", "PROPN", 0, "nmod"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 7, "det"),
        ("plan", "plan", "NOUN", 8, "nsubj"),
        ("works", "work", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("John Kerr", "Secretary of State")


def test_a_description_after_a_name_that_follows_a_closing_quote_stands_for_the_name():
    # “ We lost , ” Pierre Roe , the firm 's risk officer , said .  ("officer" the subject of a
    # cue the parse left unattached to the quote)
    rows: list[Row] = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("We", "we", "PRON", 2, "nsubj"),
        ("lost", "lose", "VERB", -1, "root"),
        (",", ",", "PUNCT", 2, "punct"),
        ("”", "”", "PUNCT", 2, "punct"),
        ("Pierre", "Pierre", "PROPN", 6, "compound"),
        ("Roe", "Roe", "PROPN", 2, "dep"),
        (",", ",", "PUNCT", 12, "punct"),
        ("the", "the", "DET", 9, "det"),
        ("firm", "firm", "NOUN", 12, "nmod:poss"),
        ("'s", "'s", "PART", 9, "case"),
        ("risk", "risk", "NOUN", 12, "compound"),
        ("officer", "officer", "NOUN", 14, "nsubj"),
        (",", ",", "PUNCT", 12, "punct"),
        ("said", "say", "VERB", 2, "dep"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    quotes = [q for q in resolve([[rows]]).quotes if q.speaker]
    assert [q.speaker.name for q in quotes] == ["Pierre Roe"]


def test_a_name_tagged_an_interjection_after_its_role_noun():
    # Canadian actor Oh said the plan works .  ("Oh" an interjection hung on "said")
    rows: list[Row] = [
        ("Canadian", "Canadian", "ADJ", 1, "amod"),
        ("actor", "actor", "NOUN", 3, "nsubj"),
        ("Oh", "oh", "INTJ", 3, "discourse"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 6, "nsubj"),
        ("works", "work", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    q = resolve([[rows]]).quotes[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.anonymity) == ("Oh", "Canadian actor", "named")


def test_a_named_prize_is_no_person_and_no_antecedent():
    # The Erikson Prize went to Roe 's film . | She said the plan works .
    prize: list[Row] = [
        ("The", "the", "DET", 2, "det"),
        ("Erikson", "Erikson", "PROPN", 2, "compound"),
        ("Prize", "Prize", "PROPN", 3, "nsubj"),
        ("went", "go", "VERB", -1, "root"),
        ("to", "to", "ADP", 5, "case"),
        ("films", "film", "NOUN", 3, "obl"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    result = resolve([[prize, said(("She", "PRON"))]])
    assert all(e.name != "Erikson Prize" for e in result.entities)
    q = result.quotes[0]
    assert q.speaker is None or q.speaker.name != "Erikson Prize"


def test_a_speakers_phrase_stops_at_the_closing_mark_of_what_was_said():
    # “ Cruz , ” Beck said .  with "Cruz" parsed as a second subject of "said"
    rows: list[Row] = [
        ("“", "“", "PUNCT", 1, "punct"),
        ("Cruz", "Cruz", "PROPN", 5, "nsubj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("”", "”", "PUNCT", 1, "punct"),
        ("Beck", "Beck", "PROPN", 5, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    speakers = [q.speaker.text for q in resolve([[rows]]).quotes if q.speaker is not None]
    assert speakers and all(s == "Beck" for s in speakers)


# -- what is not a role ------------------------------------------------------------------------
# Jane Roe was mocked by critics as a reckless debater .
MOCKED: list[Row] = [
    ("Jane", "Jane", "PROPN", 1, "flat"),
    ("Roe", "Roe", "PROPN", 3, "nsubj:pass"),
    ("was", "be", "AUX", 3, "aux:pass"),
    ("mocked", "mock", "VERB", -1, "root"),
    ("by", "by", "ADP", 5, "case"),
    ("critics", "critic", "NOUN", 3, "obl"),
    ("as", "as", "ADP", 9, "case"),
    ("a", "a", "DET", 9, "det"),
    ("reckless", "reckless", "ADJ", 9, "amod"),
    ("debater", "debater", "NOUN", 3, "obl"),
    (".", ".", "PUNCT", 3, "punct"),
]

# Ann Lee was hired as an analyst .
HIRED: list[Row] = [
    ("Ann", "Ann", "PROPN", 1, "flat"),
    ("Lee", "Lee", "PROPN", 3, "nsubj:pass"),
    ("was", "be", "AUX", 3, "aux:pass"),
    ("hired", "hire", "VERB", -1, "root"),
    ("as", "as", "ADP", 6, "case"),
    ("an", "a", "DET", 6, "det"),
    ("analyst", "analyst", "NOUN", 3, "obl"),
    (".", ".", "PUNCT", 3, "punct"),
]

# As the league 's public face , Tom Cho abides the mockery .
FRONTED_AS: list[Row] = [
    ("As", "as", "ADP", 5, "case"),
    ("the", "the", "DET", 2, "det"),
    ("league", "league", "NOUN", 5, "nmod:poss"),
    ("'s", "'s", "PART", 2, "case"),
    ("public", "public", "ADJ", 5, "amod"),
    ("face", "face", "NOUN", 9, "obl"),
    (",", ",", "PUNCT", 5, "punct"),
    ("Tom", "Tom", "PROPN", 8, "flat"),
    ("Cho", "Cho", "PROPN", 9, "nsubj"),
    ("abides", "abide", "VERB", -1, "root"),
    ("the", "the", "DET", 11, "det"),
    ("mockery", "mockery", "NOUN", 9, "obj"),
    (".", ".", "PUNCT", 9, "punct"),
]

# Sam Doe campaigned in cities as well as towns .
AS_WELL_AS: list[Row] = [
    ("Sam", "Sam", "PROPN", 1, "flat"),
    ("Doe", "Doe", "PROPN", 2, "nsubj"),
    ("campaigned", "campaign", "VERB", -1, "root"),
    ("in", "in", "ADP", 4, "case"),
    ("cities", "city", "NOUN", 2, "obl"),
    ("as", "as", "ADP", 8, "case"),
    ("well", "well", "ADV", 5, "fixed"),
    ("as", "as", "ADP", 5, "fixed"),
    ("towns", "town", "NOUN", 2, "obl"),
    (".", ".", "PUNCT", 2, "punct"),
]

# Critics examined the server Jane Roe used .
SERVER: list[Row] = [
    ("Critics", "critic", "NOUN", 1, "nsubj"),
    ("examined", "examine", "VERB", -1, "root"),
    ("the", "the", "DET", 3, "det"),
    ("server", "server", "NOUN", 1, "obj"),
    ("Jane", "Jane", "PROPN", 5, "flat"),
    ("Roe", "Roe", "PROPN", 6, "nsubj"),
    ("used", "use", "VERB", 3, "acl:relcl"),
    (".", ".", "PUNCT", 1, "punct"),
]


def test_an_as_phrase_that_is_someones_view_of_the_name_is_no_role():
    # "mocked ... as a reckless debater": what the critics called her (a verb of speech)
    assert [text for text, how in roles(MOCKED, [0, 1]) if how == "predicate"] == []


def test_an_as_phrase_of_an_appointment_is_a_role_in_the_passive_too():
    assert ("analyst", "predicate") in roles(HIRED, [0, 1])


def test_a_fronted_as_phrase_describes_the_subject_though_the_verb_has_an_object():
    assert any(how == "predicate" and "public face" in text for text, how in roles(FRONTED_AS, [7, 8]))


def test_as_well_as_is_no_as_phrase():
    assert [text for text, how in roles(AS_WELL_AS, [0, 1]) if how == "predicate"] == []


def test_the_noun_a_reduced_relative_clause_modifies_is_not_the_names_premodifier():
    # "the server Jane Roe used": the server is what she used, not what she is
    assert [text for text, how in roles(SERVER, [4, 5]) if how == "premodifier"] == []


# The ministry on Tuesday said the talks had failed .
ON_TUESDAY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 4, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 3, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 8, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 8, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The Senate Committee on Foreign Relations said the talks had failed .
COMMITTEE_ON: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Senate", "Senate", "PROPN", 2, "compound", "Number=Sing"),
    ("Committee", "Committee", "PROPN", 6, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Foreign", "foreign", "ADJ", 5, "amod", "Degree=Pos"),
    ("Relations", "Relation", "PROPN", 2, "nmod", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 10, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def test_when_the_source_spoke_is_no_part_of_who_it_is():
    # "The ministry on Tuesday said": the day is when it spoke (mentions.py, relatives.channel_phrase)
    [quote] = resolve([[ON_TUESDAY]]).quotes  # type: ignore[list-item]
    assert quote.speaker is not None and quote.speaker.text == "The ministry"
    # ... but "on Foreign Relations" is part of the committee's name
    [quote] = resolve([[COMMITTEE_ON]]).quotes  # type: ignore[list-item]
    assert quote.speaker is not None and quote.speaker.text == "The Senate Committee on Foreign Relations"


# Speaking Tuesday , the mayor said the plan failed .
SPEAKING_TUESDAY: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 5, "advcl", "Tense=Pres|VerbForm=Part"),
    ("Tuesday", "Tuesday", "PROPN", 0, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("failed", "fail", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


def test_a_participles_object_before_a_description_is_not_the_name_it_describes():
    # "Speaking Tuesday, the mayor said": "Tuesday, the mayor" is no "Name, description,"
    [quote] = resolve([[SPEAKING_TUESDAY]]).quotes  # type: ignore[list-item]
    assert quote.speaker is not None and quote.speaker.text == "the mayor"


# -- broken parses glue nothing to a name ------------------------------------------------------
# The documents were stored on the private email server Jane Roe used while leading the agency .
STORED_ON_SERVER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("documents", "document", "NOUN", 3, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("stored", "store", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("on", "on", "ADP", 9, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("private", "private", "ADJ", 8, "amod", "Degree=Pos"),
    ("email", "email", "NOUN", 8, "compound", "Number=Sing"),
    ("server", "server", "NOUN", 9, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 3, "obl", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 11, "nsubj", "Number=Sing"),
    ("used", "use", "VERB", 3, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("while", "while", "SCONJ", 13, "mark", ""),
    ("leading", "lead", "VERB", 11, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 13, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]
# Roe , speaking to reporters after the game , remembers being a little taken aback by the decision .
TAKEN_ABACK: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 14, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("speaking", "speak", "VERB", 14, "csubj", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 4, "case", ""),
    ("reporters", "reporter", "NOUN", 2, "obl", "Number=Plur"),
    ("after", "after", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("game", "game", "NOUN", 2, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("remembers", "remember", "NOUN", 14, "nsubj", "Number=Plur"),
    ("being", "be", "AUX", 14, "cop", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("little", "little", "ADJ", 14, "amod", "Degree=Pos"),
    ("taken", "take", "VERB", 14, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("aback", "aback", "NOUN", -1, "root", "Number=Sing"),
    ("by", "by", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 14, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 14, "punct", ""),
]
# " It was fine , " Roe said .
IT_WAS_FINE: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("It", "it", "PRON", 3, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fine", "fine", "ADJ", 7, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("Roe", "Roe", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


def _roles_of(first: list[FeatRow], name: str) -> list[str]:
    r = resolve([[first], [IT_WAS_FINE]])
    return [role.text for e in r.entities if e.name == name for role in e.roles]


def test_a_noun_before_a_name_the_parse_split_between_two_clauses_is_no_role():
    # "the private email server Jane Roe used": "Jane" the oblique, "Roe" the next verb's subject;
    # the server is what Roe used, not what Roe is (role_words.split_name)
    assert _roles_of(STORED_ON_SERVER, "Jane Roe") == []


def test_a_predicate_with_two_subjects_is_a_broken_parse_not_a_role():
    # "Roe, speaking ..., remembers being a little taken aback" read with "aback" the predicate
    # of both "Roe" and "remembers"
    assert _roles_of(TAKEN_ABACK, "Roe") == []


# -- descriptions that are not the person's --------------------------------------------------

# Navdeep Bains , Minister of Innovation , said the deal was fair .
BAINS: list[FeatRow] = [
    ("Navdeep", "Navdeep", "PROPN", 1, "compound", "Number=Sing"),
    ("Bains", "Bains", "PROPN", 7, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("Minister", "Minister", "PROPN", 1, "appos", "Number=Sing"),
    ("of", "of", "ADP", 5, "case", ""),
    ("Innovation", "Innovation", "PROPN", 3, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 7, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# The captain of the team , Jordan Stewart , and his mother approached the coach .
CAPTAIN_AND_MOTHER: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("captain", "captain", "NOUN", 12, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 1, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("Jordan", "Jordan", "PROPN", 7, "compound", "Number=Sing"),
    ("Stewart", "Stewart", "PROPN", 4, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("and", "and", "CCONJ", 12, "cc", ""),
    ("his", "his", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("mother", "mother", "NOUN", 12, "nsubj", "Number=Sing"),
    ("approached", "approach", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("coach", "coach", "NOUN", 12, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 12, "punct", ""),
]

# Al Hashish , Al Mnajer and their two daughters arrived in Toronto in January .
NAME_LIST: list[FeatRow] = [
    ("Al", "Al", "PROPN", 1, "compound", "Number=Sing"),
    ("Hashish", "Hashish", "PROPN", 9, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("Al", "Al", "PROPN", 1, "flat", "Number=Sing"),
    ("Mnajer", "Mnajer", "PROPN", 1, "flat", "Number=Sing"),
    ("and", "and", "CCONJ", 8, "cc", ""),
    ("their", "their", "PRON", 8, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("two", "two", "NUM", 8, "nummod", "NumForm=Word|NumType=Card"),
    ("daughters", "daughter", "NOUN", 3, "conj", "Number=Plur"),
    ("arrived", "arrive", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 11, "case", ""),
    ("Toronto", "Toronto", "PROPN", 9, "obl", "Number=Sing"),
    ("in", "in", "ADP", 13, "case", ""),
    ("January", "January", "PROPN", 9, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# Given his previously stated views , Jane Roe , president of the group , is worried .
GIVEN_VIEWS: list[FeatRow] = [
    ("Given", "give", "VERB", 15, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("previously", "previously", "ADV", 3, "advmod", "Degree=Pos"),
    ("stated", "state", "VERB", 4, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("views", "view", "NOUN", 15, "nsubj:pass", "Number=Plur"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("Jane", "Jane", "PROPN", 7, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 4, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("president", "president", "NOUN", 4, "conj", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 9, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("is", "be", "AUX", 15, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("worried", "worry", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 15, "punct", ""),
]

# As an example , Roe pointed to the theory that the waves move .
AS_AN_EXAMPLE: list[FeatRow] = [
    ("As", "as", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("example", "example", "NOUN", 5, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Roe", "Roe", "PROPN", 5, "nsubj", "Number=Sing"),
    ("pointed", "point", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("theory", "theory", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("waves", "wave", "NOUN", 12, "nsubj", "Number=Plur"),
    ("move", "move", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


def test_a_capitalised_description_with_of_after_a_name_is_not_the_name():
    # "Navdeep Bains, Minister of Innovation, said": the speaker is Bains, the minister his role
    [q] = resolve([[BAINS]]).quotes
    assert q.speaker is not None and q.speaker.name == "Navdeep Bains"


def test_a_phrase_opened_by_a_coordinator_after_a_name_is_a_second_subject_not_a_role():
    # "Jordan Stewart, and his mother approached": his mother came with him; she is not his role
    assert roles(CAPTAIN_AND_MOTHER, [6, 7]) == [("The captain of the team", "apposition")]


def test_names_after_a_name_are_a_list_not_its_role():
    # (what they did still describes them: "arrived in Toronto in January")
    assert [how for _, how in roles(NAME_LIST, [0, 1])] == ["situation"]


def test_a_verbs_object_before_a_name_is_not_its_role():
    # "Given his previously stated views, Jane Roe, president of the group,"
    assert roles(GIVEN_VIEWS, [6, 7]) == [("president of the group", "apposition")]


def test_a_connective_as_phrase_is_no_role():
    assert roles(AS_AN_EXAMPLE, [4]) == []


# The water is safe , according to the Times .
ACCORDING_TO_TIMES: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 3, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 3, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("safe", "safe", "ADJ", -1, "root", "Degree=Pos"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("according", "accord", "VERB", 8, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Times", "Times", "PROPN", 3, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# According to Consumer Watch , prices rose .
ACCORDING_TO_WATCH: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("Consumer", "Consumer", "PROPN", 3, "compound", "Number=Sing"),
    ("Watch", "watch", "PROPN", 6, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("prices", "price", "NOUN", 6, "nsubj", "Number=Plur"),
    ("rose", "rise", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def test_the_and_an_outlet_word_name_a_news_organisation_even_in_the_plural():
    # ("the Clintons" is a family; "the Times" is no family of Times)
    [q] = resolve([[ACCORDING_TO_TIMES]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Times", "organization")


def test_a_watchdog_named_by_what_it_watches_is_an_organisation():
    [q] = resolve([[ACCORDING_TO_WATCH]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Consumer Watch", "organization")


# -- cataphora (sources/cataphora.py) -----------------------------------------------------------
def test_a_pronoun_before_anyone_is_named_is_the_person_named_next():
    # She said the plan works . | Jane Roe spoke .  (a deck before the lede)
    spoke = clause(["Jane", "Roe"], ("spoke", "speak"), [])
    [q] = resolve([[said(("She", "PRON"))], [spoke]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolved_by) == ("Jane Roe", "pronoun")


def test_a_pronoun_looks_ahead_only_for_a_person_of_its_gender_and_only_when_nobody_came_before():
    spoke = clause(["Jane", "Roe"], ("spoke", "speak"), [])
    [q] = resolve([[said(("He", "PRON"))], [spoke]]).quotes
    assert q.speaker is not None and q.speaker.name != "Jane Roe"
    before = clause(["Dan", "Moe"], ("left", "leave"), [])
    [q] = resolve([[before], [said(("She", "PRON"))], [spoke]]).quotes
    assert q.speaker is not None and q.speaker.name != "Jane Roe"


# He said police arrested Dan Moe .  (shipped parser's tree)
SAID_ARRESTED_MOE: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("police", "police", "NOUN", 1, "obj", "Number=Sing"),
    ("arrested", "arrest", "VERB", 1, "xcomp", "Tense=Past|VerbForm=Part"),
    ("Dan", "Dan", "PROPN", 5, "compound", "Number=Sing"),
    ("Moe", "Moe", "PROPN", 3, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_pronoun_never_looks_ahead_into_its_own_clause():
    # what "he" said is about Dan Moe; he is someone else (nobody named before: unresolved)
    [q] = resolve([[SAID_ARRESTED_MOE]]).quotes
    assert q.speaker is not None and q.speaker.name != "Dan Moe"
    # a name after the pronoun's clause is still the person looked ahead to
    spoke = clause(["Dan", "Moe"], ("spoke", "speak"), [])
    [q] = resolve([[said(("He", "PRON"))], [spoke]]).quotes
    assert q.speaker is not None and q.speaker.name == "Dan Moe"


# Jane Roe said the plan works . | The judge agreed with Jane Roe that the plan fails .
ROE_SAID: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 5, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 2, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
]
JUDGE_AGREED_WITH_ROE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("judge", "judge", "NOUN", 2, "nsubj", "Number=Sing"),
    ("agreed", "agree", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("with", "with", "ADP", 5, "case", ""),
    ("Jane", "Jane", "PROPN", 5, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 9, "nsubj", "Number=Sing"),
    ("fails", "fail", "VERB", 2, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_description_is_not_the_last_speaker_when_the_clause_names_her_beside_it():
    # ('"...," said Jagmeet Singh. The NDP leader added ...' is Singh; "The judge agreed with
    # Jane Roe" is somebody else, and Roe gets no role "judge")
    r = resolve([[ROE_SAID], [JUDGE_AGREED_WITH_ROE]])
    judge = next(q for q in r.quotes if q.text.endswith("fails"))
    assert judge.speaker is not None and judge.speaker.name != "Jane Roe"
    roe = next(e for e in r.entities if e.name == "Jane Roe")
    assert not roe.roles


# Dan Moe gave the prize to Jane Roe , a lawyer .  (shipped parser's tree)
GAVE_TO_ROE: list[FeatRow] = [
    ("Dan", "Dan", "PROPN", 1, "compound", "Number=Sing"),
    ("Moe", "Moe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("gave", "give", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("prize", "prize", "NOUN", 2, "obj", "Number=Sing"),
    ("to", "to", "ADP", 7, "case", ""),
    ("Jane", "Jane", "PROPN", 7, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("lawyer", "lawyer", "NOUN", 2, "parataxis", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]
# Roe said the plan works .
SURNAME_SAID: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 4, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 1, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_name_after_to_that_opens_with_a_given_name_is_a_person_not_a_place():
    # ("flew to San Jose" stays a place: "San" is no given name)
    [q] = resolve([[GAVE_TO_ROE], [SURNAME_SAID]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Jane Roe", "a lawyer")


# The plan , Roe said , " will fail . "  (shipped parser's tree)
PLAN_ROE_SAID_FAIL: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 4, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("Roe", "Roe", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 8, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ('"', '"', "PUNCT", 1, "punct", ""),
    ("will", "will", "AUX", 8, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", -1, "root", "VerbForm=Inf"),
    (".", ".", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
]
# Roe described the plan as a disaster .
DESCRIBED_AS: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("described", "describe", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 1, "obj", "Number=Sing"),
    ("as", "as", "ADP", 6, "case", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("disaster", "disaster", "NOUN", 1, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_what_a_quote_interrupted_by_its_cue_starts_with_is_no_role_of_the_speaker():
    [q] = resolve([[PLAN_ROE_SAID_FAIL]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Roe", None)


def test_saying_what_something_is_describes_the_thing_not_the_speaker():
    [q] = resolve([[DESCRIBED_AS]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role, q.speaker.anonymity) == (
        "Roe",
        None,
        "named-no-role",
    )


# Roe said she had met the company 's chief executive , Sara Koe . | Koe said the plan works .
# (shipped parser's trees: "executive" tagged an adjective)
MET_CHIEF_KOE: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 4, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("met", "meet", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 8, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 6, "case", ""),
    ("chief", "chief", "NOUN", 9, "compound", "Number=Sing"),
    ("executive", "executive", "ADJ", 4, "xcomp", "Degree=Pos"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("Sara", "Sara", "PROPN", 12, "compound", "Number=Sing"),
    ("Koe", "Koe", "PROPN", 9, "conj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]
KOE_SAID: list[FeatRow] = [
    ("Koe", "Koe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 4, "compound", "Number=Sing"),
    ("works", "work", "NOUN", 1, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_description_before_a_name_that_closes_the_sentence_is_its_role():
    # (the noun phrase after the verb's preposition or object: not "Given his views, Roe said")
    quotes = resolve([[MET_CHIEF_KOE], [KOE_SAID]]).quotes
    koe = next(q for q in quotes if q.text == "the plan works")
    assert koe.speaker is not None and (koe.speaker.name, koe.speaker.role) == (
        "Sara Koe",
        "the company 's chief executive",
    )


# Acme Corp. will close its plant , the company said .  (shipped parser's tree)
ACME_CLOSES_COMPANY_SAID: list[FeatRow] = [
    ("Acme", "Acme", "PROPN", 1, "compound", "Number=Sing"),
    ("Corp.", "Corp.", "PROPN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", -1, "root", "VerbForm=Inf"),
    ("its", "its", "PRON", 5, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("plant", "plant", "NOUN", 3, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_the_company_is_the_organisation_a_clause_had_for_its_subject_by_name():
    # (no organisation has spoken yet; the name says it is one: "Corp.")
    [q] = resolve([[ACME_CLOSES_COMPANY_SAID]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Acme Corp.", "organization")


# " It is a historic day , " said Sen. Jane Roe , D - Ohio .  (shipped parser's tree: the party
# tag split in three and made the name's apposition)
SAID_ROE_PARTY: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("It", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("historic", "historic", "ADJ", 5, "amod", "Degree=Pos"),
    ("day", "day", "NOUN", 8, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Sen.", "Sen.", "PROPN", 11, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 11, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("D", "D", "PROPN", 11, "appos", "Number=Sing"),
    ("-", "-", "PUNCT", 13, "punct", ""),
    ("Ohio", "Ohio", "PROPN", 13, "flat", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]


def test_a_party_tag_in_apposition_is_no_name():
    [q] = resolve([[SAID_ROE_PARTY]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Jane Roe", "person")


# A source said talks were continuing . The source , who was not authorized to speak publicly ,
# said a deal was possible .  (shipped parser's trees; one paragraph)
SOURCE_SAID: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("talks", "talk", "NOUN", 5, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 5, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("continuing", "continue", "VERB", 2, "ccomp", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 2, "punct", ""),
]
SOURCE_NOT_AUTHORIZED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("source", "source", "NOUN", 11, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("authorized", "authorize", "VERB", 11, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 8, "mark", ""),
    ("speak", "speak", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("publicly", "publicly", "ADV", 8, "advmod", "Degree=Pos"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("deal", "deal", "NOUN", 15, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 15, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("possible", "possible", "ADJ", 11, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 11, "punct", ""),
]


def test_a_reason_read_from_the_next_sentence_stops_before_its_closing_cue():
    first = resolve([[SOURCE_SAID, SOURCE_NOT_AUTHORIZED]]).quotes[0]
    assert first.speaker is not None and first.speaker.reason == "not authorized to speak publicly"


# According to Acme , Roe has raised two million dollars . | Roe said the plan works .
ACCORDING_TO_ACME_RAISED: list[FeatRow] = [
    ("According", "accord", "VERB", 2, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 2, "case", ""),
    ("Acme", "Acme", "PROPN", 6, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Roe", "Roe", "PROPN", 6, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("raised", "raise", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("two", "two", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("million", "million", "NUM", 9, "nummod", "NumForm=Word|NumType=Card"),
    ("dollars", "dollar", "NOUN", 6, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def test_what_a_clause_says_according_to_someone_is_no_role():
    # (what Acme says Roe did is Acme's statement, not the article's description of her)
    quotes = resolve([[ACCORDING_TO_ACME_RAISED], [SURNAME_SAID]]).quotes
    roe = next(q for q in quotes if q.text == "the plan works")
    assert roe.speaker is not None and (roe.speaker.name, roe.speaker.role) == ("Roe", None)


# " It is a historic day , " said Senate Majority Leader Jane Roe , D- N.Y .  (shipped parser's
# tree: the party tag tokenized "D-" "N.Y", the state the name's apposition)
SAID_ROE_PARTY_SPLIT: list[FeatRow] = [
    ('"', '"', "PUNCT", 5, "punct", ""),
    ("It", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 5, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("historic", "historic", "ADJ", 5, "amod", "Degree=Pos"),
    ("day", "day", "NOUN", 8, "ccomp", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ('"', '"', "PUNCT", 8, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Senate", "Senate", "PROPN", 13, "compound", "Number=Sing"),
    ("Majority", "Majority", "PROPN", 13, "compound", "Number=Sing"),
    ("Leader", "Leader", "PROPN", 13, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 13, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 16, "punct", ""),
    ("D-", "d-", "PROPN", 16, "compound", "Number=Sing"),
    ("N.Y", "N.Y", "PROPN", 13, "appos", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]


def test_a_party_tag_split_after_its_hyphen_is_no_name():
    [q] = resolve([[SAID_ROE_PARTY_SPLIT]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Jane Roe", "person")


# " It will fail , " said Poe , a Republican from Ohio .  (shipped parser's tree)
SAID_POE_A_REPUBLICAN: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("It", "it", "PRON", 3, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 6, "ccomp", "VerbForm=Inf"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Poe", "Poe", "PROPN", 6, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("Republican", "Republican", "PROPN", 6, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 12, "case", ""),
    ("Ohio", "Ohio", "PROPN", 10, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def test_a_capitalised_class_after_a_name_is_its_role():
    [q] = resolve([[SAID_POE_A_REPUBLICAN]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Poe", "a Republican from Ohio")
