"""A name after its title that the parser did not make the head of its subject phrase (no model
needed): attribution/titled_names.py. Each tree is the shape the shipped parser produced for the
sentence in the comment (checked with ``provenance parse``)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

FIN = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _speakers(rows: list[FeatRow]) -> list[tuple[str, str | None, str | None, str | None]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [
        (q.text, q.speaker.name, q.speaker.type, q.speaker.role) if q.speaker else (q.text, None, None, None)
        for q in r.quotes
    ]


def test_a_name_read_across_its_title_heads_the_subject():
    # "Nova Scotia Health spokesperson Brendan Elliott said the authority respects the decision ."
    # with nsubj(said, Nova), nsubj(said, spokesperson) and flat(Nova, Elliott)
    rows: list[FeatRow] = [
        ("Nova", "Nova", "PROPN", 6, "nsubj", "Number=Sing"),
        ("Scotia", "Scotia", "PROPN", 3, "compound", "Number=Sing"),
        ("Health", "Health", "PROPN", 3, "compound", "Number=Sing"),
        ("spokesperson", "spokesperson", "NOUN", 6, "nsubj", "Number=Sing"),
        ("Brendan", "Brendan", "PROPN", 5, "compound", "Number=Sing"),
        ("Elliott", "Elliott", "PROPN", 0, "flat", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
        ("authority", "authority", "NOUN", 9, "nsubj", "Number=Sing"),
        ("respects", "respect", "VERB", 6, "ccomp", PRES),
        ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
        ("decision", "decision", "NOUN", 9, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]
    assert _speakers(rows) == [
        ("the authority respects the decision", "Brendan Elliott", "person", "Nova Scotia Health spokesperson")
    ]


def test_a_name_read_as_a_modifier_of_the_organisation_after_an_inverted_cue():
    # '" Members are angry , " said Canadian Union of Public Employees president Mark Hancock .'
    # with obj(said, Union) and nmod(Union, Hancock)
    rows: list[FeatRow] = [
        ('"', '"', "PUNCT", 3, "punct", ""),
        ("Members", "member", "NOUN", 3, "nsubj", "Number=Plur"),
        ("are", "be", "AUX", 3, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
        ("angry", "angry", "ADJ", 6, "ccomp", "Degree=Pos"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ('"', '"', "PUNCT", 6, "punct", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("Canadian", "Canadian", "ADJ", 8, "amod", "Degree=Pos"),
        ("Union", "Union", "PROPN", 6, "obj", "Number=Sing"),
        ("of", "of", "ADP", 14, "case", ""),
        ("Public", "Public", "ADJ", 12, "amod", "Degree=Pos"),
        ("Employees", "employee", "PROPN", 12, "compound", "Number=Plur"),
        ("president", "president", "NOUN", 14, "compound", "Number=Sing"),
        ("Mark", "Mark", "PROPN", 14, "compound", "Number=Sing"),
        ("Hancock", "Hancock", "PROPN", 8, "nmod", "Number=Sing"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]
    (quote,) = _speakers(rows)
    assert quote[1:] == ("Mark Hancock", "person", "Canadian Union of Public Employees president")


def test_an_organisation_that_ends_in_a_name_is_left_alone():
    # "Acme Holdings said the plan works ." (no role noun before the last name: nothing to move)
    rows: list[FeatRow] = [
        ("Acme", "Acme", "PROPN", 1, "compound", "Number=Sing"),
        ("Holdings", "Holdings", "PROPN", 2, "nsubj", "Number=Plur"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
        ("plan", "plan", "NOUN", 5, "nsubj", "Number=Sing"),
        ("works", "work", "VERB", 2, "ccomp", PRES),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    (quote,) = _speakers(rows)
    assert quote[1] == "Acme Holdings"


def test_a_name_split_by_list_after_a_coordinated_description_is_a_second_speaker():
    # "Ray Wagner and his co-counsel , Linda Bourque , said they would decide ." with
    # appos(co-counsel, Linda) and list(Wagner, Bourque)
    rows: list[FeatRow] = [
        ("Ray", "Ray", "PROPN", 1, "compound", "Number=Sing"),
        ("Wagner", "Wagner", "PROPN", 9, "nsubj", "Number=Sing"),
        ("and", "and", "CCONJ", 4, "cc", ""),
        ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
        ("co-counsel", "co-counsel", "NOUN", 1, "conj", "Number=Sing"),
        (",", ",", "PUNCT", 6, "punct", ""),
        ("Linda", "Linda", "PROPN", 4, "appos", "Number=Sing"),
        ("Bourque", "Bourque", "PROPN", 1, "list", "Number=Sing"),
        (",", ",", "PUNCT", 1, "punct", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("they", "they", "PRON", 12, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
        ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
        ("decide", "decide", "VERB", 9, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 9, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    (quote,) = r.quotes
    assert quote.speaker is not None
    names = {e.id: e for e in r.entities}
    assert sorted(names[i].name for i in quote.speaker.entities) == ["Linda Bourque", "Ray Wagner"]
    bourque = next(e for e in r.entities if e.name == "Linda Bourque")
    assert [role.text for role in bourque.roles] == ["his co-counsel"]


def test_a_role_tagged_a_verb_before_a_name_is_the_names_title():
    # "Jets coach Scott Arniel did n't mince words ." with "coach" the root verb, obj(coach,
    # Scott) and nsubj(mince, Arniel); then '" We were outworked , " Arniel said .'
    lede: list[FeatRow] = [
        ("Jets", "Jets", "PROPN", 1, "nsubj", "Number=Plur"),
        ("coach", "coach", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
        ("Scott", "Scott", "PROPN", 1, "obj", "Number=Sing"),
        ("Arniel", "Arniel", "PROPN", 6, "nsubj", "Number=Sing"),
        ("did", "do", "AUX", 6, "aux", FIN),
        ("n't", "not", "PART", 6, "advmod", "Polarity=Neg"),
        ("mince", "mince", "VERB", 1, "ccomp", "VerbForm=Inf"),
        ("words", "word", "NOUN", 6, "obj", "Number=Plur"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    quote: list[FeatRow] = [
        ('"', '"', "PUNCT", 3, "punct", ""),
        ("We", "we", "PRON", 3, "nsubj:pass", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
        ("were", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("outworked", "outwork", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ('"', '"', "PUNCT", 3, "punct", ""),
        ("Arniel", "Arniel", "PROPN", 7, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        (".", ".", "PUNCT", 7, "punct", ""),
    ]
    r = resolve([[lede], [quote]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Scott Arniel", "Jets coach")


def test_a_second_subject_right_after_tell_is_the_listener():
    # "Team president Mark Chipman , asked about the slump , told The Athletic he remains confident
    # in the coaching staff ." with nsubj(remains, Athletic) and nsubj(remains, he)
    rows: list[FeatRow] = [
        ("Team", "team", "NOUN", 1, "compound", "Number=Sing"),
        ("president", "president", "NOUN", 3, "compound", "Number=Sing"),
        ("Mark", "Mark", "PROPN", 3, "compound", "Number=Sing"),
        ("Chipman", "Chipman", "PROPN", 10, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ("asked", "ask", "VERB", 10, "ccomp", FIN),
        ("about", "about", "ADP", 8, "case", ""),
        ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
        ("slump", "slump", "NOUN", 5, "obl", "Number=Sing"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("The", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
        ("Athletic", "Athletic", "PROPN", 14, "nsubj", "Number=Sing"),
        ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        ("remains", "remain", "VERB", 10, "ccomp", PRES),
        ("confident", "confident", "ADJ", 14, "xcomp", "Degree=Pos"),
        ("in", "in", "ADP", 19, "case", ""),
        ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
        ("coaching", "coaching", "NOUN", 19, "compound", "Number=Sing"),
        ("staff", "staff", "NOUN", 15, "obl", "Number=Sing"),
        (".", ".", "PUNCT", 10, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert (q.text, q.speaker.name if q.speaker else None) == (
        "he remains confident in the coaching staff",
        "Mark Chipman",
    )
    assert q.via is not None and q.via.name == "The Athletic"  # (a known outlet since session 32)


def _said_the_plan_works(subject: list[FeatRow]) -> list[FeatRow]:
    """ "<subject> said the plan works ." (the verb right after the subject rows)."""
    n = len(subject)
    return [
        *subject,
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", n + 3, "det", "Definite=Def|PronType=Art"),
        ("plan", "plan", "NOUN", n + 3, "nsubj", "Number=Sing"),
        ("works", "work", "VERB", n, "ccomp", PRES),
        (".", ".", "PUNCT", n, "punct", ""),
    ]


def test_a_described_proper_noun_after_the_name_is_its_apposition_not_the_speaker():
    # "Sen. Roger Wicker , R-Miss. , the top Republican on the committee , said the plan works ."
    # with nsubj(said, Wicker) and nsubj(said, Republican)
    subject: list[FeatRow] = [
        ("Sen.", "Sen.", "PROPN", 2, "compound", "Number=Sing"),
        ("Roger", "Roger", "PROPN", 2, "compound", "Number=Sing"),
        ("Wicker", "Wicker", "PROPN", 15, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("R", "R", "PROPN", 2, "list", "Number=Sing"),
        ("-", "-", "PUNCT", 4, "punct", ""),
        ("Miss.", "Miss.", "PROPN", 2, "list", "Number=Sing"),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
        ("top", "top", "ADJ", 10, "amod", "Degree=Pos"),
        ("Republican", "Republican", "PROPN", 15, "nsubj", "Number=Sing"),
        ("on", "on", "ADP", 13, "case", ""),
        ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
        ("committee", "committee", "NOUN", 10, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 2, "punct", ""),
    ]
    (quote,) = _speakers(_said_the_plan_works(subject))
    assert quote[1:3] == ("Roger Wicker", "person")


def test_a_name_hung_on_a_noun_inside_the_subject_names_the_subject():
    # "The top Republican on the committee , Sen. Roger Wicker , said the plan works ." with
    # appos(committee, Wicker) and the comma before it on "Republican"
    subject: list[FeatRow] = [
        ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
        ("top", "top", "ADJ", 2, "amod", "Degree=Pos"),
        ("Republican", "Republican", "PROPN", 11, "nsubj", "Number=Sing"),
        ("on", "on", "ADP", 5, "case", ""),
        ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
        ("committee", "committee", "NOUN", 2, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("Sen.", "Sen.", "PROPN", 9, "compound", "Number=Sing"),
        ("Roger", "Roger", "PROPN", 9, "compound", "Number=Sing"),
        ("Wicker", "Wicker", "PROPN", 5, "appos", "Number=Sing"),
        (",", ",", "PUNCT", 2, "punct", ""),
    ]
    (quote,) = _speakers(_said_the_plan_works(subject))
    assert quote[1:3] == ("Roger Wicker", "person")


def test_a_definite_description_closed_by_its_own_comma_is_the_names_apposition():
    # "Jane Roe , the leader of the opposition Conservatives , said the plan works ." with
    # nsubj(said, Roe), nsubj(said, leader) and the closing comma hung on "leader"
    subject: list[FeatRow] = [
        ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
        ("Roe", "Roe", "PROPN", 10, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
        ("leader", "leader", "NOUN", 10, "nsubj", "Number=Sing"),
        ("of", "of", "ADP", 8, "case", ""),
        ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
        ("opposition", "opposition", "NOUN", 8, "compound", "Number=Sing"),
        ("Conservatives", "Conservative", "PROPN", 4, "nmod", "Number=Plur"),
        (",", ",", "PUNCT", 4, "punct", ""),
    ]
    (quote,) = _speakers(_said_the_plan_works(subject))
    assert quote[1:] == ("Jane Roe", "person", "the leader of the opposition Conservatives")


def test_a_verb_with_its_object_before_a_participle_is_no_parenthetical_cue():
    # "Jane Roe , his chief of staff , urged a strong stand , saying that the plan works ." with
    # nsubj(urged, chief) and parataxis(urged, works) (the shape the parser gave a longer sentence)
    rows: list[FeatRow] = [
        ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
        ("Roe", "Roe", "PROPN", 8, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 1, "punct", ""),
        ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
        ("chief", "chief", "NOUN", 8, "nsubj", "Number=Sing"),
        ("of", "of", "ADP", 6, "case", ""),
        ("staff", "staff", "NOUN", 4, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("urged", "urge", "VERB", -1, "root", FIN),
        ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
        ("strong", "strong", "ADJ", 11, "amod", "Degree=Pos"),
        ("stand", "stand", "NOUN", 8, "obj", "Number=Sing"),
        (",", ",", "PUNCT", 13, "punct", ""),
        ("saying", "say", "VERB", 8, "advcl", "Tense=Pres|VerbForm=Part"),
        ("that", "that", "SCONJ", 17, "mark", ""),
        ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
        ("plan", "plan", "NOUN", 17, "nsubj", "Number=Sing"),
        ("works", "work", "VERB", 8, "parataxis", PRES),
        (".", ".", "PUNCT", 8, "punct", ""),
    ]
    assert [(q[0], q[1]) for q in _speakers(rows)] == [("that the plan works", "Jane Roe")]


def test_a_bare_title_gives_way_to_the_description_the_article_gives():
    # "Dr. Kevin Smith , the hospital 's chief of staff , said the hospital was hiring ."
    rows: list[FeatRow] = [
        ("Dr.", "Dr.", "PROPN", 2, "compound", "Number=Sing"),
        ("Kevin", "Kevin", "PROPN", 2, "compound", "Number=Sing"),
        ("Smith", "Smith", "PROPN", 11, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
        ("hospital", "hospital", "NOUN", 7, "nmod:poss", "Number=Sing"),
        ("'s", "'s", "PART", 5, "case", ""),
        ("chief", "chief", "NOUN", 11, "nsubj", "Number=Sing"),
        ("of", "of", "ADP", 9, "case", ""),
        ("staff", "staff", "NOUN", 7, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
        ("hospital", "hospital", "NOUN", 15, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 15, "aux", FIN),
        ("hiring", "hire", "VERB", 11, "ccomp", "Tense=Pres|VerbForm=Part"),
        (".", ".", "PUNCT", 11, "punct", ""),
    ]
    (quote,) = _speakers(rows)
    assert quote[1:] == ("Kevin Smith", "person", "the hospital 's chief of staff")  # (tokens joined by spaces)


def test_an_outlet_spelled_with_and_is_one_speaker():
    # "The Globe and Mail reported that talks had stalled ." with conj(Globe, Mail)
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        ("Globe", "Globe", "PROPN", 4, "nsubj", "Number=Sing"),
        ("and", "and", "CCONJ", 3, "cc", ""),
        ("Mail", "Mail", "PROPN", 1, "conj", "Number=Sing"),
        ("reported", "report", "VERB", -1, "root", FIN),
        ("that", "that", "SCONJ", 8, "mark", ""),
        ("talks", "talk", "NOUN", 8, "nsubj", "Number=Plur"),
        ("had", "have", "AUX", 8, "aux", FIN),
        ("stalled", "stall", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
        (".", ".", "PUNCT", 4, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.text == "The Globe and Mail" and len(q.speaker.entities) == 1
    assert all(e.name != "Mail" for e in r.entities)


def test_two_descriptions_each_named_by_its_apposition_are_two_speakers():
    # "The union 's leader , Sam Doe , and its treasurer , Ann Wu , said the plan works ."
    subject: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        ("union", "union", "NOUN", 3, "nmod:poss", "Number=Sing"),
        ("'s", "'s", "PART", 1, "case", ""),
        ("leader", "leader", "NOUN", 15, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 6, "punct", ""),
        ("Sam", "Sam", "PROPN", 6, "compound", "Number=Sing"),
        ("Doe", "Doe", "PROPN", 3, "appos", "Number=Sing"),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("and", "and", "CCONJ", 10, "cc", ""),
        ("its", "its", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
        ("treasurer", "treasurer", "NOUN", 3, "conj", "Number=Sing"),
        (",", ",", "PUNCT", 13, "punct", ""),
        ("Ann", "Ann", "PROPN", 13, "compound", "Number=Sing"),
        ("Wu", "Wu", "PROPN", 10, "appos", "Number=Sing"),
        (",", ",", "PUNCT", 3, "punct", ""),
    ]
    r = resolve([[_said_the_plan_works(subject)]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None
    names = {e.id: e.name for e in r.entities}
    assert sorted(names[i] for i in q.speaker.entities) == ["Ann Wu", "Sam Doe"]


def test_a_spokesperson_for_a_titled_minister_is_the_ministers_office():
    # "The province has promised to cover a third of the cost , a spokesperson for Transportation
    # Minister Prabmeet Sarkaria said ." with nsubj(said, spokesperson), nsubj(said, Sarkaria) and
    # case(Sarkaria, for)
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
        ("province", "province", "NOUN", 3, "nsubj", "Number=Sing"),
        ("has", "have", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
        ("promised", "promise", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
        ("to", "to", "PART", 5, "mark", ""),
        ("cover", "cover", "VERB", 3, "xcomp", "VerbForm=Inf"),
        ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
        ("third", "third", "ADJ", 5, "obj", "Degree=Pos|NumForm=Word|NumType=Ord"),
        ("of", "of", "ADP", 10, "case", ""),
        ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
        ("cost", "cost", "NOUN", 7, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 13, "punct", ""),
        ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
        ("spokesperson", "spokesperson", "NOUN", 19, "nsubj", "Number=Sing"),
        ("for", "for", "ADP", 18, "case", ""),
        ("Transportation", "Transportation", "PROPN", 18, "compound", "Number=Sing"),
        ("Minister", "Minister", "PROPN", 18, "compound", "Number=Sing"),
        ("Prabmeet", "Prabmeet", "PROPN", 18, "compound", "Number=Sing"),
        ("Sarkaria", "Sarkaria", "PROPN", 19, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]
    quotes = [q for q in _speakers(rows) if q[0].startswith("The province")]
    assert [q[1:3] for q in quotes] == [
        ("a spokesperson for Transportation Minister Prabmeet Sarkaria", "organization")
    ]


def test_a_spokesperson_for_a_titled_minister_as_subject_is_the_ministers_office():
    # "A spokesperson for Transportation Minister Prabmeet Sarkaria said the province would pay ."
    # with "Transportation" alone in the "for" phrase and "Sarkaria" a second nmod
    rows: list[FeatRow] = [
        ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
        ("spokesperson", "spokesperson", "NOUN", 7, "nsubj", "Number=Sing"),
        ("for", "for", "ADP", 3, "case", ""),
        ("Transportation", "Transportation", "PROPN", 1, "nmod", "Number=Sing"),
        ("Minister", "Minister", "PROPN", 6, "compound", "Number=Sing"),
        ("Prabmeet", "Prabmeet", "PROPN", 6, "compound", "Number=Sing"),
        ("Sarkaria", "Sarkaria", "PROPN", 1, "nmod", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
        ("province", "province", "NOUN", 11, "nsubj", "Number=Sing"),
        ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
        ("pay", "pay", "VERB", 7, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 7, "punct", ""),
    ]
    (quote,) = _speakers(rows)
    assert quote[1:3] == ("A spokesperson for Transportation Minister Prabmeet Sarkaria", "organization")


def test_an_ing_word_before_a_role_noun_is_part_of_the_title():
    # '"We will fight," said Jane Roe, acting director of the agency .' with ccomp(said, acting)
    # and obj(acting, director)
    rows: list[FeatRow] = [
        ('"', '"', "PUNCT", 3, "punct", ""),
        ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
        ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
        ("fight", "fight", "VERB", 6, "ccomp", "VerbForm=Inf"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ('"', '"', "PUNCT", 6, "punct", ""),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("Jane", "Jane", "PROPN", 8, "compound", "Number=Sing"),
        ("Roe", "Roe", "PROPN", 6, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("acting", "act", "VERB", 6, "ccomp", "Tense=Pres|VerbForm=Part"),
        ("director", "director", "NOUN", 10, "obj", "Number=Sing"),
        ("of", "of", "ADP", 14, "case", ""),
        ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
        ("agency", "agency", "NOUN", 11, "nmod", "Number=Sing"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]

    assert [q[1:] for q in _speakers(rows)] == [("Jane Roe", "person", "acting director of the agency")]


def test_a_speech_participle_with_a_plural_object_is_no_title():
    # "Secretary Jane Roe telling reporters ..." keeps "telling" a verb
    from parse_helpers import sentence

    from provenance.attribution.titled_names import title_participle_read_as_verb

    rows: list[FeatRow] = [
        ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
        ("Roe", "Roe", "PROPN", -1, "root", "Number=Sing"),
        ("telling", "tell", "VERB", 1, "acl", "Tense=Pres|VerbForm=Part"),
        ("reporters", "reporter", "NOUN", 2, "obj", "Number=Plur"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    lexicons = {"person_roles": {"reporter", "director"}, "speech_verbs": {"tell"}}
    assert title_participle_read_as_verb(sentence(rows), lambda lex, w: w in lexicons.get(lex, ())) == (-1, {})


# Education Minister Demetrios Nicolaides said in an email that school closures were a local decision.
NICOLAIDES: list[FeatRow] = [
    ("Education", "education", "NOUN", 4, "nsubj", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 3, "compound", "Number=Sing"),
    ("Demetrios", "Demetrios", "PROPN", 3, "compound", "Number=Plur"),
    ("Nicolaides", "Nicolaide", "PROPN", 0, "flat", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 7, "case", ""),
    ("an", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("email", "email", "NOUN", 4, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("school", "school", "NOUN", 10, "compound", "Number=Sing"),
    ("closures", "closure", "NOUN", 14, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 14, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("local", "local", "ADJ", 14, "amod", "Degree=Pos"),
    ("decision", "decision", "NOUN", 4, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def test_a_capitalised_title_inside_the_name_run_gives_the_name_its_head():
    # "Education" the subject with the name ``flat`` on it and "Minister" a proper noun
    assert [q[1:] for q in _speakers(NICOLAIDES)] == [("Demetrios Nicolaides", "person", "Education Minister")]
