"""The entity layer on sentences built by hand (no model): roles read around a name, gender
learnt from the article, salience of antecedents, and the `entities` records."""

from __future__ import annotations

from parse_helpers import FeatRow, Row, article, sentence
from source_helpers import MODEL, VOCAB, resolve, said

from provenance.attribution import Attribution
from provenance.quotemarks import pair_marks
from provenance.sources import resolve_article
from provenance.sources.roles import RoleReader
from provenance.syntax.tree import WordRef

READER = RoleReader(VOCAB, MODEL.is_role)


def rows(tagged: str, heads: dict[int, tuple[int, str]] | None = None) -> list[Row]:
    """ "Jane/PROPN Roe/PROPN said/VERB": words with their part of speech; heads default to the
    root, which the role reader does not need (it reads the word order and the tags)."""
    out: list[Row] = []
    for i, tok in enumerate(tagged.split()):
        text, upos = tok.rsplit("/", 1)
        head, rel = (heads or {}).get(i, (-1, "root") if i == 0 else (0, "dep"))
        out.append((text, text.lower(), upos, head, rel))
    return out


def roles_of(tagged: str, run: list[int], title: int = 0) -> list[tuple[str, str]]:
    s = sentence(rows(tagged))
    return [(r.text, r.how) for r in READER.roles(s, run, title, s.text)]


# -- roles, open-ended ------------------------------------------------------------------------
def test_a_noun_phrase_glued_before_the_name_is_its_role():
    got = roles_of("says/VERB union/NOUN senior/ADJ manager/NOUN Erin/PROPN Kim/PROPN ./PUNCT", [4, 5])
    assert got == [("union senior manager", "premodifier")]


def test_a_relationship_before_the_name_is_a_role():
    got = roles_of("her/PRON husband/NOUN Michael/PROPN said/VERB", [2])
    assert got == [("husband", "premodifier")]


def test_an_apposition_after_the_name_definite_or_not_is_its_role():
    got = roles_of(
        "Tom/PROPN Bale/PROPN ,/PUNCT the/DET co-founder/NOUN of/ADP Civic/PROPN Works/PROPN ,/PUNCT said/VERB", [0, 1]
    )
    assert got == [("the co-founder of Civic Works", "apposition")]
    got = roles_of("Jane/PROPN Roe/PROPN ,/PUNCT director/NOUN of/ADP planning/NOUN ,/PUNCT says/VERB", [0, 1])
    assert got == [("director of planning", "apposition")]


def test_a_who_clause_an_age_and_a_place_describe_the_person():
    got = roles_of(
        "Dan/PROPN Moe/PROPN ,/PUNCT 30/NUM ,/PUNCT of/ADP Raleigh/PROPN ,/PUNCT who/PRON heads/VERB the/DET "
        "union/NOUN ,/PUNCT said/VERB",
        [0, 1],
    )
    assert got == [("30", "age"), ("of Raleigh", "affiliation"), ("who heads the union", "relative-clause")]


def test_a_party_tag_and_a_title_are_roles():
    got = roles_of("Sen./PROPN Jane/PROPN Roe/PROPN (/PUNCT D-Ohio/PROPN )/PUNCT said/VERB", [0, 1, 2], title=1)
    assert got == [("Sen.", "title"), ("D-Ohio", "party")]


def test_an_apposition_before_the_name_is_its_role():
    got = roles_of(
        "The/DET captain/NOUN of/ADP the/DET team/NOUN ,/PUNCT Jordan/PROPN Stewart/PROPN ,/PUNCT left/VERB", [6, 7]
    )
    assert got == [("The captain of the team", "apposition")]


def test_times_places_and_following_clauses_are_not_roles():
    # "Last week, Roe said": a time; "In the letter, Roe said": a place in the text;
    # "Roe, the company said": the noun phrase is the next clause's subject.
    assert roles_of("Last/ADJ week/NOUN ,/PUNCT Jane/PROPN Roe/PROPN said/VERB", [3, 4]) == []
    assert roles_of("In/ADP the/DET letter/NOUN ,/PUNCT Jane/PROPN Roe/PROPN said/VERB", [4, 5]) == []
    assert roles_of("Jane/PROPN Roe/PROPN ,/PUNCT the/DET company/NOUN said/VERB", [0, 1]) == []
    assert roles_of("Jane/PROPN Roe/PROPN ,/PUNCT left/VERB ,/PUNCT and/CCONJ Tom/PROPN", [0, 1]) == []
    assert roles_of("prevent/VERB high/ADJ blood/NOUN pressure/NOUN ,/PUNCT Kim/PROPN says/VERB", [5]) == []


def test_a_predicate_nominal_is_a_role():
    # Roe is the union 's president .
    s = sentence(
        [
            ("Roe", "Roe", "PROPN", 5, "nsubj"),
            ("is", "be", "AUX", 5, "cop"),
            ("the", "the", "DET", 3, "det"),
            ("union", "union", "NOUN", 5, "nmod:poss"),
            ("'s", "'s", "PART", 3, "case"),
            ("president", "president", "NOUN", -1, "root"),
            (".", ".", "PUNCT", 5, "punct"),
        ]
    )
    assert [(r.text, r.how) for r in READER.roles(s, [0], 0, s.text)] == [("union 's president", "predicate")]


# -- the article: carrying roles, gender, salience, records --------------------------------
def spoke(name: list[str], verb: str = "spoke", rest: tuple[str, ...] = ()) -> list[Row]:
    """ "<name> <verb> <rest> ." with the name's last word as the subject."""
    n = len(name)
    out: list[Row] = [(w, w, "PROPN", n - 1, "compound") for w in name[:-1]]
    out.append((name[-1], name[-1], "PROPN", n, "nsubj"))
    out.append((verb, verb, "VERB", -1, "root"))
    out += [(w, w.lower(), "PRON" if w.lower() in ("herself", "himself") else "NOUN", n, "obj") for w in rest]
    out.append((".", ".", "PUNCT", n, "punct"))
    return out


def test_she_follows_the_pronouns_the_article_uses_for_a_name():
    # "Jane Roe proved herself ." teaches that Roe is a woman; "Tom Bale" is named after her,
    # but "She" in the next paragraph is Roe, not the nearer man.
    result = resolve(
        [
            [spoke(["Jane", "Roe"], "proved", ("herself",))],
            [spoke(["Tom", "Bale"], "proved", ("himself",))],
            [said(("She", "PRON"))],
        ]
    )
    [q] = result.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolved_by) == ("Jane Roe", "pronoun")


def test_a_place_is_never_the_antecedent_of_he():
    # Tom Bale spoke . | Sherbrook Street closed . | He said the plan works .
    street: list[Row] = [
        ("Sherbrook", "Sherbrook", "PROPN", 1, "compound"),
        ("Street", "Street", "PROPN", 2, "nsubj"),
        ("closed", "close", "VERB", -1, "root"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    result = resolve([[spoke(["Tom", "Bale"])], [street, said(("He", "PRON"))]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.name == "Tom Bale"


def test_entities_list_the_speaker_with_roles_mentions_and_gender():
    # union president Jane Roe proved herself . | Roe said the plan works .
    first: list[Row] = [
        ("union", "union", "NOUN", 1, "compound"),
        ("president", "president", "NOUN", 3, "compound"),
        ("Jane", "Jane", "PROPN", 3, "compound"),
        ("Roe", "Roe", "PROPN", 4, "nsubj"),
        ("proved", "prove", "VERB", -1, "root"),
        ("herself", "herself", "PRON", 4, "obj"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    result = resolve([[first], [said(("Roe", "PROPN"))]])
    [q] = result.quotes
    [e] = result.entities
    assert q.speaker is not None and q.speaker.entity == e.id and result.sources[0].entity == e.id
    assert (e.name, e.type, e.anonymity, e.gender, e.number, e.quotes) == (
        "Jane Roe", "person", "named", "female", "singular", 1
    )  # fmt: skip
    assert [(r.text, r.how) for r in e.roles] == [("union president", "premodifier")]
    assert [m.text for m in e.mentions] == ["Jane Roe", "Roe"]
    assert [m.resolved_by for m in e.mentions] == [None, "short-name"]
    data = result.to_json()
    assert data["entities"][0]["roles"][0]["how"] == "premodifier"
    assert data["quotes"][0]["speaker"]["entity"] == data["entities"][0]["id"]


def test_a_capitalised_title_in_apposition_and_one_of_a_group_are_roles():
    got = roles_of("Dan/PROPN Moe/PROPN ,/PUNCT Minister/PROPN of/ADP Innovation/PROPN ,/PUNCT said/VERB", [0, 1])
    assert got == [("Minister of Innovation", "apposition")]
    got = roles_of("Roe/PROPN and/CCONJ other/ADJ youth/NOUN representatives/NOUN are/AUX planning/VERB", [0])
    assert got == [("other youth representatives", "apposition")]


def test_where_a_person_is_from_describes_them():
    # Roe is from White Bear .
    s = sentence(
        [
            ("Roe", "Roe", "PROPN", 5, "nsubj"),
            ("is", "be", "AUX", 5, "cop"),
            ("from", "from", "ADP", 5, "case"),
            ("White", "White", "PROPN", 5, "compound"),
            ("Bear", "Bear", "PROPN", 5, "compound"),
            ("Nation", "Nation", "PROPN", -1, "root"),
            (".", ".", "PUNCT", 5, "punct"),
        ]
    )
    assert [(r.text, r.how) for r in READER.roles(s, [0], 0, s.text)] == [("from White Bear Nation", "affiliation")]


def test_a_courtesy_title_with_a_family_name_first_is_the_same_person():
    # finance minister Lou Jiwei spoke . | Mr. Lou said the plan works .
    first: list[Row] = [
        ("finance", "finance", "NOUN", 1, "compound"),
        ("minister", "minister", "NOUN", 3, "compound"),
        ("Lou", "Lou", "PROPN", 3, "compound"),
        ("Jiwei", "Jiwei", "PROPN", 4, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    second: list[Row] = [
        ("Mr.", "Mr.", "PROPN", 1, "compound"),
        ("Lou", "Lou", "PROPN", 2, "nsubj"),
        *[(t, lemma, u, h + 1 if h >= 0 else h, r) for t, lemma, u, h, r in said(("x", "X"))[1:]],
    ]
    result = resolve([[first], [second]])
    [q] = result.quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.anonymity) == ("Lou Jiwei", "finance minister", "named")


def test_the_subject_of_a_reported_clause_is_not_the_salient_antecedent():
    # Jane Roe proved herself . | Jane Roe said Covington Catholic has problems . | She said the plan works .
    reported: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("Covington", "Covington", "PROPN", 4, "compound"),
        ("Catholic", "Catholic", "PROPN", 5, "nsubj"),
        ("has", "have", "VERB", 2, "ccomp"),
        ("problems", "problem", "NOUN", 5, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    result = resolve([[spoke(["Jane", "Roe"], "proved", ("herself",))], [reported, said(("She", "PRON"))]])
    she = result.quotes[-1]
    assert she.speaker is not None and (she.speaker.name, she.speaker.resolved_by) == ("Jane Roe", "pronoun")


def test_a_description_taken_for_the_subject_resolves_to_the_name_it_describes():
    # Tom Bale , the campaign manager , said the plan works .   (the parse made "manager" the subject)
    rows: list[Row] = [
        ("Tom", "Tom", "PROPN", 1, "compound"),
        ("Bale", "Bale", "PROPN", 7, "dep"),
        (",", ",", "PUNCT", 5, "punct"),
        ("the", "the", "DET", 5, "det"),
        ("campaign", "campaign", "NOUN", 5, "compound"),
        ("manager", "manager", "NOUN", 7, "nsubj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 9, "det"),
        ("plan", "plan", "NOUN", 10, "nsubj"),
        ("works", "work", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    [q] = resolve([[rows]]).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.anonymity) == ("Tom Bale", "the campaign manager", "named")


def test_the_role_word_alone_later_is_the_person_the_article_gave_it():
    # Tom Bale , a veteran adviser , arrived . | The adviser said the plan works .
    first: list[Row] = [
        ("Tom", "Tom", "PROPN", 1, "compound"),
        ("Bale", "Bale", "PROPN", 6, "nsubj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("a", "a", "DET", 5, "det"),
        ("veteran", "veteran", "ADJ", 5, "amod"),
        ("adviser", "adviser", "NOUN", 1, "appos"),
        ("arrived", "arrive", "VERB", -1, "root"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    second: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        *[(t, lem, u, h + 1 if h >= 0 else h, r) for t, lem, u, h, r in said(("adviser", "NOUN"))],
    ]
    [q] = resolve([[first], [second]]).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.resolved_by, q.speaker.anonymity) == ("Tom Bale", "definite-description", "named")


def test_a_who_clause_that_reports_a_statement_is_no_role():
    # Dan Moe , who said that he lost , left .  /  Dan Moe , who condemned the fee , left .
    said_that: list[Row] = [
        ("Dan", "Dan", "PROPN", 1, "compound"),
        ("Moe", "Moe", "PROPN", 9, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("who", "who", "PRON", 4, "nsubj"),
        ("said", "say", "VERB", 1, "acl:relcl"),
        ("that", "that", "SCONJ", 7, "mark"),
        ("he", "he", "PRON", 7, "nsubj"),
        ("lost", "lose", "VERB", 4, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ("left", "leave", "VERB", -1, "root"),
        (".", ".", "PUNCT", 9, "punct"),
    ]
    s = sentence(said_that)
    assert READER.roles(s, [0, 1], 0, s.text) == []
    condemned: list[Row] = [
        ("Dan", "Dan", "PROPN", 1, "compound"),
        ("Moe", "Moe", "PROPN", 8, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("who", "who", "PRON", 4, "nsubj"),
        ("condemned", "condemn", "VERB", 1, "acl:relcl"),
        ("the", "the", "DET", 6, "det"),
        ("fee", "fee", "NOUN", 4, "obj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("left", "leave", "VERB", -1, "root"),
        (".", ".", "PUNCT", 8, "punct"),
    ]
    s = sentence(condemned)
    assert READER.roles(s, [0, 1], 0, s.text) == []


def test_what_someone_says_a_person_is_is_no_role_of_theirs():
    # Ann Roe said Tom Doe is a liar .  /  Tom Doe is a liar , Ann Roe said .  (the shipped
    # parser's trees): the article reports Roe's claim, it does not describe Doe
    said_first: list[Row] = [
        ("Ann", "Ann", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("Tom", "Tom", "PROPN", 4, "compound"),
        ("Doe", "Doe", "PROPN", 7, "nsubj"),
        ("is", "be", "AUX", 7, "cop"),
        ("a", "a", "DET", 7, "det"),
        ("liar", "liar", "NOUN", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    s = sentence(said_first)
    assert READER.roles(s, [3, 4], 0, s.text) == []
    said_after: list[Row] = [
        ("Tom", "Tom", "PROPN", 1, "compound"),
        ("Doe", "Doe", "PROPN", 4, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("a", "a", "DET", 4, "det"),
        ("liar", "liar", "NOUN", 8, "ccomp"),
        (",", ",", "PUNCT", 7, "punct"),
        ("Ann", "Ann", "PROPN", 7, "compound"),
        ("Roe", "Roe", "PROPN", 8, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 8, "punct"),
    ]
    s = sentence(said_after)
    assert READER.roles(s, [0, 1], 0, s.text) == []
    # (the article's own statement still describes him)
    own = sentence(
        [
            ("Tom", "Tom", "PROPN", 1, "compound"),
            ("Doe", "Doe", "PROPN", 4, "nsubj"),
            ("is", "be", "AUX", 4, "cop"),
            ("a", "a", "DET", 4, "det"),
            ("liar", "liar", "NOUN", -1, "root"),
            (".", ".", "PUNCT", 4, "punct"),
        ]
    )
    assert [(r.text, r.how) for r in READER.roles(own, [0, 1], 0, own.text)] == [("liar", "predicate")]


def test_a_time_before_the_name_or_an_as_well_as_phrase_is_no_role():
    # Two days in a row , Dan Moe has won .  (the shipped parser's tree)
    days: list[FeatRow] = [
        ("Two", "two", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
        ("days", "day", "NOUN", 9, "obl:unmarked", "Number=Plur"),
        ("in", "in", "ADP", 4, "case", ""),
        ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
        ("row", "row", "NOUN", 1, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 1, "punct", ""),
        ("Dan", "Dan", "PROPN", 7, "compound", "Number=Sing"),
        ("Moe", "Moe", "PROPN", 9, "nsubj", "Number=Sing"),
        ("has", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("won", "win", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
        (".", ".", "PUNCT", 9, "punct", ""),
    ]
    s = sentence(days)
    assert READER.roles(s, [6, 7], 0, s.text) == []
    # As the race turns south , as well as to states such as Ohio and Utah , Clinton sees the
    # issue as a way to win .  ("states" is no role of Clinton's: "as well as" is no "as" phrase)
    as_well_as: list[FeatRow] = [
        ("As", "as", "SCONJ", 3, "mark", ""),
        ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
        ("race", "race", "NOUN", 3, "nsubj", "Number=Sing"),
        ("turns", "turn", "VERB", 18, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("south", "south", "ADJ", 3, "xcomp", "Degree=Pos"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ("as", "as", "ADV", 18, "advmod", "ExtPos=CCONJ"),
        ("well", "well", "ADV", 10, "case", "Degree=Pos"),
        ("as", "as", "ADP", 10, "case", ""),
        ("to", "to", "ADP", 10, "case", ""),
        ("states", "state", "NOUN", 18, "obl", "Number=Plur"),
        ("such", "such", "ADJ", 13, "case", "ExtPos=ADP"),
        ("as", "as", "ADP", 11, "fixed", ""),
        ("Ohio", "Ohio", "PROPN", 10, "nmod", "Number=Sing"),
        ("and", "and", "CCONJ", 15, "cc", ""),
        ("Utah", "Utah", "PROPN", 13, "conj", "Number=Sing"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ("Clinton", "Clinton", "PROPN", 18, "nsubj", "Number=Sing"),
        ("sees", "see", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
        ("issue", "issue", "NOUN", 18, "obj", "Number=Sing"),
        ("as", "as", "ADP", 23, "case", ""),
        ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
        ("way", "way", "NOUN", 18, "obl", "Number=Sing"),
        ("to", "to", "PART", 25, "mark", ""),
        ("win", "win", "VERB", 23, "acl", "VerbForm=Inf"),
        (".", ".", "PUNCT", 18, "punct", ""),
    ]
    s = sentence(as_well_as)
    assert [r.text for r in READER.roles(s, [17], 0, s.text)] == []


def test_an_as_phrase_and_a_participle_inside_an_apposition_describe_the_person():
    got = roles_of("As/ADP a/DET presidential/ADJ candidate/NOUN ,/PUNCT Dan/PROPN Moe/PROPN has/AUX won/VERB", [5, 6])
    assert got == [("a presidential candidate", "apposition")]  # (the role, without its "as")
    tagged = "Kim/PROPN Tarek/PROPN ,/PUNCT a/DET student/NOUN studying/VERB at/ADP Laval/PROPN ,/PUNCT said/VERB"
    s = sentence(rows(tagged, {5: (4, "acl")}))
    got = [(r.text, r.how) for r in READER.roles(s, [0, 1], 0, s.text)]
    assert got == [("a student studying at Laval", "apposition")]


def test_the_campaign_is_not_the_person_whose_role_mentions_a_campaign():
    # campaign manager Tom Bale arrived . | The campaign said the plan works .
    first: list[Row] = [
        ("campaign", "campaign", "NOUN", 1, "compound"),
        ("manager", "manager", "NOUN", 3, "compound"),
        ("Tom", "Tom", "PROPN", 3, "compound"),
        ("Bale", "Bale", "PROPN", 4, "nsubj"),
        ("arrived", "arrive", "VERB", -1, "root"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    second: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        *[(t, lem, u, h + 1 if h >= 0 else h, r) for t, lem, u, h, r in said(("campaign", "NOUN"))],
    ]
    [q] = resolve([[first], [second]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("The campaign", "organization")


def test_who_whose_clause_the_parse_lost_is_the_name_before_it():
    # Tom Bale , who founded the firm , said the plan works .   (no acl:relcl arc)
    rows: list[Row] = [
        ("Tom", "Tom", "PROPN", 1, "compound"),
        ("Bale", "Bale", "PROPN", 8, "dep"),
        (",", ",", "PUNCT", 4, "punct"),
        ("who", "who", "PRON", 4, "nsubj"),
        ("founded", "found", "VERB", 8, "advcl"),
        ("the", "the", "DET", 6, "det"),
        ("firm", "firm", "NOUN", 4, "obj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 10, "det"),
        ("plan", "plan", "NOUN", 11, "nsubj"),
        ("works", "work", "VERB", 8, "ccomp"),
        (".", ".", "PUNCT", 8, "punct"),
    ]
    doc, paras = article([[rows]])
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    sent = paras[0].sentences[0]
    a = Attribution(
        kind="indirect", start=sent.words[9].start, end=sent.words[11].end, rule="ccomp-cue",
        cue=WordRef(sent, 8), speaker=WordRef(sent, 3), paragraph=0,
    )  # fmt: skip
    [q] = resolve_article(MODEL, doc, paras, spans, [a]).quotes
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("who", "Tom Bale")


def test_a_name_the_article_calls_its_is_an_organisation():
    # Kinder Morgan said its rules changed . | Kinder Morgan said the plan works .
    first: list[Row] = [
        ("Kinder", "Kinder", "PROPN", 1, "compound"),
        ("Morgan", "Morgan", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("its", "its", "PRON", 4, "nmod:poss"),
        ("rules", "rule", "NOUN", 5, "nsubj"),
        ("changed", "change", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    second: list[Row] = [
        ("Kinder", "Kinder", "PROPN", 1, "compound"),
        ("Morgan", "Morgan", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    result = resolve([[first], [second]])
    q = result.quotes[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Kinder Morgan", "organization")


def test_a_hyphen_inside_a_name_never_leaves_a_mention_empty():
    # "Harbour Culture-Business Report :" - a name run's head may be the hyphen the parse hung
    # loose; describing it must not crash (it once left no words at all)
    from provenance.sources.mentions import describe

    s = sentence(
        [
            ("Harbour", "Harbour", "PROPN", 5, "compound"),
            ("Culture", "Culture", "PROPN", 4, "compound"),
            ("-", "-", "PUNCT", 0, "punct"),
            ("Business", "Business", "PROPN", 4, "compound"),
            ("Report", "Report", "PROPN", -1, "root"),
            (":", ":", "PUNCT", 4, "punct"),
        ]
    )
    mention = describe(WordRef(s, 2), s.text)
    assert mention.head == 2


def test_what_a_person_did_is_the_role_only_when_the_article_gives_no_other():
    # Jane Roe attended the rally . | Roe said the plan works . | Roe , a union leader , left .
    attended: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("attended", "attend", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("rally", "rally", "NOUN", 2, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    described: list[Row] = [
        ("Roe", "Roe", "PROPN", 6, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("a", "a", "DET", 4, "det"),
        ("union", "union", "NOUN", 4, "compound"),
        ("leader", "leader", "NOUN", 0, "appos"),
        (",", ",", "PUNCT", 4, "punct"),
        ("left", "leave", "VERB", -1, "root"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    result = resolve([[attended], [said(("Roe", "PROPN"))], [described]])
    [q] = result.quotes
    assert q.speaker is not None and q.speaker.role == "a union leader"
    [e] = [e for e in result.entities if e.name == "Jane Roe"]
    assert [(r.text, r.how) for r in e.roles] == [("attended the rally", "situation"), ("a union leader", "apposition")]
    # with no other description, what she did describes her
    alone = resolve([[attended], [said(("Roe", "PROPN"))]])
    assert alone.quotes[0].speaker is not None and alone.quotes[0].speaker.role == "attended the rally"


def test_a_statement_the_person_made_is_not_what_describes_them():
    # Jane Roe condemned the fee . | Roe said the plan works .  — the condemnation is one of her
    # statements (a quote of its own), not who she is: she stays a name with no role
    condemned: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("condemned", "condemn", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("fee", "fee", "NOUN", 2, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    result = resolve([[condemned], [said(("Roe", "PROPN"))]])
    assert [q.text for q in result.quotes] == ["the fee", "the plan works"]
    [e] = [e for e in result.entities if e.name == "Jane Roe"]
    assert e.roles == []
    assert all(q.speaker is not None and q.speaker.role is None for q in result.quotes)
    assert all(q.speaker is not None and q.speaker.anonymity == "named-no-role" for q in result.quotes)


def test_a_title_in_the_lede_is_the_one_person_named_with_it_later():
    # The president said the plan works . | ... | President Jane Roe spoke . | Vice President Dan Doe spoke .
    lede: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("president", "president", "NOUN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    named: list[Row] = [
        ("President", "President", "PROPN", 2, "compound"),
        ("Jane", "Jane", "PROPN", 2, "compound"),
        ("Roe", "Roe", "PROPN", 3, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    vice: list[Row] = [
        ("Vice", "Vice", "PROPN", 3, "compound"),
        ("President", "President", "PROPN", 3, "compound"),
        ("Dan", "Dan", "PROPN", 3, "compound"),
        ("Doe", "Doe", "PROPN", 4, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    filler: list[Row] = [
        ("Troops", "troop", "NOUN", 1, "nsubj"),
        ("left", "leave", "VERB", -1, "root"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    # (paragraphs apart: further than the role holder of the paragraph around the mention)
    [q] = resolve([[lede], [filler], [filler], [named], [vice]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.resolved_by) == ("Jane Roe", "definite-description")


def test_a_given_name_keeps_she_off_a_man_the_article_gives_no_gender():
    # Ann Roe watched . | Donald Trump waved and she left . | She said the plan works .
    watched: list[Row] = [
        ("Ann", "Ann", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("watched", "watch", "VERB", -1, "root"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    waved: list[Row] = [
        ("Donald", "Donald", "PROPN", 1, "compound"),
        ("Trump", "Trump", "PROPN", 2, "nsubj"),
        ("waved", "wave", "VERB", -1, "root"),
        ("and", "and", "CCONJ", 5, "cc"),
        ("she", "she", "PRON", 5, "nsubj"),
        ("left", "leave", "VERB", 2, "conj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    [q] = resolve([[watched], [waved], [said(("She", "PRON"))]]).quotes
    assert q.speaker is not None and q.speaker.name == "Ann Roe"


def test_a_dateline_in_capitals_is_no_person():
    # PHILADELPHIA ― Donald Trump spoke . | She said the plan works .
    dateline: list[Row] = [
        ("PHILADELPHIA", "PHILADELPHIA", "PROPN", 4, "nsubj"),
        ("―", "―", "PUNCT", 0, "punct"),
        ("Donald", "Donald", "PROPN", 3, "compound"),
        ("Trump", "Trump", "PROPN", 4, "nsubj"),
        ("spoke", "speak", "VERB", -1, "root"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    r = resolve([[dateline], [said(("She", "PRON"))]])
    assert all(e.name != "PHILADELPHIA" for e in r.entities)
    # (nor is "She" the man: nobody in the article is a woman it could stand for)
    assert all(q.speaker is None or q.speaker.name not in ("PHILADELPHIA", "Donald Trump") for q in r.quotes)


def test_a_given_name_and_a_surname_that_is_also_an_organisation_word_are_a_person():
    # "Mary White said ...", "Tony Banks said ..." (White House, a bank: organisation words)
    for first, last in (("Mary", "White"), ("Tony", "Banks")):
        rows_: list[Row] = [
            (first, first, "PROPN", 1, "compound"),
            (last, last, "PROPN", 2, "nsubj"),
            ("said", "say", "VERB", -1, "root"),
            ("the", "the", "DET", 4, "det"),
            ("plan", "plan", "NOUN", 5, "nsubj"),
            ("works", "work", "VERB", 2, "ccomp"),
            (".", ".", "PUNCT", 2, "punct"),
        ]
        [q] = resolve([[rows_]]).quotes
        assert q.speaker is not None and q.speaker.type == "person", (first, last)
    # (a place's institution stays one: "Victoria Police said ...")
    rows_ = [
        ("Victoria", "Victoria", "PROPN", 1, "compound"),
        ("Police", "Police", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 5, "nsubj"),
        ("works", "work", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    [q] = resolve([[rows_]]).quotes
    assert q.speaker is not None and q.speaker.type == "organization"


def test_the_agency_is_the_agency_the_article_named_even_if_it_never_spoke():
    # "The Environmental Protection Agency issued rules . ¶ Acme Corp. said the plan works .
    # ¶ The agency said the plan works ."
    epa: list[Row] = [
        ("The", "the", "DET", 3, "det"),
        ("Environmental", "Environmental", "PROPN", 3, "compound"),
        ("Protection", "Protection", "PROPN", 3, "compound"),
        ("Agency", "Agency", "PROPN", 4, "nsubj"),
        ("issued", "issue", "VERB", -1, "root"),
        ("rules", "rule", "NOUN", 4, "obj"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    acme: list[Row] = [("Acme", "Acme", "PROPN", 1, "compound")] + [
        (t, lem, upos, h + 1 if h >= 0 else -1, rel) for t, lem, upos, h, rel in said(("Corp.", "PROPN"))
    ]
    acme[1] = ("Corp.", "Corp.", "PROPN", 2, "nsubj")
    agency: list[Row] = [("The", "the", "DET", 1, "det")] + [
        (t, lem, upos, h + 1 if h >= 0 else -1, rel) for t, lem, upos, h, rel in said(("agency", "NOUN"))
    ]
    agency[1] = ("agency", "agency", "NOUN", 2, "nsubj")
    r = resolve([[epa], [acme], [agency]])
    names = [q.speaker.name for q in r.quotes if q.speaker is not None]
    assert names == ["Acme Corp.", "Environmental Protection Agency"]
    # "The company said ..." after "Acme Corp. said ...": no "... Company" named, so Acme
    company = [("The", "the", "DET", 1, "det")] + agency[1:]
    company[1] = ("company", "company", "NOUN", 2, "nsubj")
    r = resolve([[epa], [acme], [company]])
    assert [q.speaker.name for q in r.quotes if q.speaker is not None] == ["Acme Corp.", "Acme Corp."]


def test_it_shows_that_a_lone_name_is_an_organisation():
    # "Acmeco announced layoffs . It said the plan works ." — "Acmeco" alone, never a person's
    # full name, no "he"/"she": "it" stands for it, and it is an organisation
    announced: list[Row] = [
        ("Acmeco", "Acmeco", "PROPN", 1, "nsubj"),
        ("announced", "announce", "VERB", -1, "root"),
        ("layoffs", "layoff", "NOUN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    r = resolve([[announced, said(("It", "PRON"))]])
    it = r.quotes[-1].speaker
    assert it is not None and (it.name, it.type) == ("Acmeco", "organization")
    # (a surname the article gives in full is a person's: "Jane Acmeco ... Acmeco ... It said")
    jane: list[Row] = [("Jane", "Jane", "PROPN", 1, "compound")] + [
        (t, lem, upos, h + 1 if h >= 0 else -1, rel) for t, lem, upos, h, rel in announced
    ]
    r = resolve([[jane, announced, said(("It", "PRON"))]])
    assert [q.speaker.type for q in r.quotes if q.speaker is not None][:2] == ["person", "person"]
    last = r.quotes[-1].speaker
    assert last is not None and (last.name, last.type) == ("It", "unknown")
