"""Which words of a speaker's phrase are the name, the role, and who "who" is (sources/mentions.py),
on trees the shipped parser produced (no model needed)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _speaker(rows: list[FeatRow]):
    r = resolve([[rows]])  # type: ignore[list-item]
    assert len(r.quotes) == 1, [q.text for q in r.quotes]
    return r.quotes[0].speaker


def test_bracketed_party_and_state_is_not_the_name():
    # "Sen. Lindsey Graham ( R-S.C. ) said the plan is dead ." with "S.C." in apposition
    rows: list[FeatRow] = [
        ("Sen.", "Sen.", "PROPN", 2, "compound", ""),
        ("Lindsey", "Lindsey", "PROPN", 2, "compound", ""),
        ("Graham", "Graham", "PROPN", 7, "nsubj", ""),
        ("(", "(", "PUNCT", 5, "punct", ""),
        ("R-", "R-", "PROPN", 5, "compound", ""),
        ("S.C.", "S.C.", "PROPN", 2, "appos", ""),
        (")", ")", "PUNCT", 5, "punct", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 9, "det", ""),
        ("plan", "plan", "NOUN", 11, "nsubj", ""),
        ("is", "be", "AUX", 11, "cop", FIN),
        ("dead", "dead", "ADJ", 7, "ccomp", ""),
        (".", ".", "PUNCT", 7, "punct", ""),
    ]
    assert _speaker(rows).name == "Lindsey Graham"


def test_role_around_a_name_never_spans_the_name():
    # "Sen. Dianne Feinstein of California said the emails were harmless ."
    rows: list[FeatRow] = [
        ("Sen.", "Sen.", "PROPN", 5, "nsubj", ""),
        ("Dianne", "Dianne", "PROPN", 2, "compound", ""),
        ("Feinstein", "Feinstein", "PROPN", 0, "flat", ""),
        ("of", "of", "ADP", 4, "case", ""),
        ("California", "California", "PROPN", 2, "nmod", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 7, "det", ""),
        ("emails", "email", "NOUN", 9, "nsubj", ""),
        ("were", "be", "AUX", 9, "cop", FIN),
        ("harmless", "harmless", "ADJ", 5, "ccomp", ""),
        (".", ".", "PUNCT", 5, "punct", ""),
    ]
    speaker = _speaker(rows)
    assert speaker.name == "Dianne Feinstein"
    assert speaker.role and "Feinstein" not in speaker.role and speaker.role.startswith("Sen.")


def test_who_after_a_role_with_an_institution_is_the_person():
    # "Clinton was backed by Sen. Dianne Feinstein , the ranking Democrat on the Senate
    # Intelligence Committee , who said the emails were harmless ."
    rows: list[FeatRow] = [
        ("Clinton", "Clinton", "PROPN", 2, "nsubj:pass", ""),
        ("was", "be", "AUX", 2, "aux:pass", FIN),
        ("backed", "back", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("by", "by", "ADP", 6, "case", ""),
        ("Sen.", "Sen.", "PROPN", 6, "compound", ""),
        ("Dianne", "Dianne", "PROPN", 6, "compound", ""),
        ("Feinstein", "Feinstein", "PROPN", 2, "obl", ""),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("the", "the", "DET", 10, "det", ""),
        ("ranking", "rank", "VERB", 10, "amod", ""),
        ("Democrat", "Democrat", "PROPN", 6, "appos", ""),
        ("on", "on", "ADP", 15, "case", ""),
        ("the", "the", "DET", 15, "det", ""),
        ("Senate", "Senate", "PROPN", 15, "compound", ""),
        ("Intelligence", "Intelligence", "PROPN", 15, "compound", ""),
        ("Committee", "Committee", "PROPN", 10, "nmod", ""),
        (",", ",", "PUNCT", 18, "punct", ""),
        ("who", "who", "PRON", 18, "nsubj", "PronType=Rel"),
        ("said", "say", "VERB", 15, "acl:relcl", FIN),
        ("the", "the", "DET", 20, "det", ""),
        ("emails", "email", "NOUN", 22, "nsubj", ""),
        ("were", "be", "AUX", 22, "cop", FIN),
        ("harmless", "harmless", "ADJ", 18, "ccomp", ""),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert _speaker(rows).name == "Dianne Feinstein"


def test_who_after_a_name_and_its_place_is_the_name():
    # "Candidates such as Sen. Marco Rubio of Florida , who mused that Clinton was disqualified ."
    # with the relative clause lost ("mused" a conjunct of the main verb)
    rows: list[FeatRow] = [
        ("Candidates", "candidate", "NOUN", 9, "nsubj", ""),
        ("such", "such", "ADJ", 5, "case", ""),
        ("as", "as", "ADP", 1, "fixed", ""),
        ("Sen.", "Sen.", "PROPN", 5, "compound", ""),
        ("Marco", "Marco", "PROPN", 5, "compound", ""),
        ("Rubio", "Rubio", "PROPN", 0, "nmod", ""),
        ("of", "of", "ADP", 7, "case", ""),
        ("Florida", "Florida", "PROPN", 5, "nmod", ""),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
        ("mused", "muse", "VERB", -1, "root", FIN),
        ("that", "that", "SCONJ", 14, "mark", ""),
        ("Clinton", "Clinton", "PROPN", 14, "nsubj", ""),
        ("was", "be", "AUX", 14, "cop", FIN),
        ("disqualified", "disqualified", "ADJ", 10, "ccomp", ""),
        (".", ".", "PUNCT", 10, "punct", ""),
    ]
    assert _speaker(rows).name == "Marco Rubio"


def _bare_name_article(first: list[FeatRow]):
    """A first sentence about Mike McFadden, then 'McFadden said the plan works .'"""
    said: list[FeatRow] = [
        ("McFadden", "McFadden", "PROPN", 1, "nsubj", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("plan", "plan", "NOUN", 4, "nsubj", ""),
        ("works", "work", "VERB", 1, "ccomp", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    r = resolve([[first], [said]])  # type: ignore[list-item]
    return {q.speaker.anonymity for q in r.quotes if q.speaker and q.speaker.name == "Mike McFadden"}


def test_a_name_the_article_shows_doing_something_is_described():
    # "Down the street , Mike McFadden also rejoiced amid a group ." ("amid" tagged a verb) - a
    # situation, so "named", not "named-no-role"
    rejoiced: list[FeatRow] = [
        ("Down", "down", "ADP", 7, "advmod", ""),
        ("the", "the", "DET", 2, "det", ""),
        ("street", "street", "NOUN", 7, "obl", ""),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("Mike", "Mike", "PROPN", 5, "compound", ""),
        ("McFadden", "McFadden", "PROPN", 7, "nsubj", ""),
        ("also", "also", "ADV", 7, "advmod", ""),
        ("rejoiced", "rejoice", "VERB", -1, "root", FIN),
        ("amid", "amid", "VERB", 7, "xcomp", ""),
        ("a", "a", "DET", 10, "det", ""),
        ("group", "group", "NOUN", 8, "obj", ""),
        (".", ".", "PUNCT", 7, "punct", ""),
    ]
    assert _bare_name_article(rejoiced) == {"named"}


def test_a_name_only_thinking_is_not_described():
    # "Mike McFadden hopes Ottawa acts ." - only what he thinks: "named-no-role"
    hopes: list[FeatRow] = [
        ("Mike", "Mike", "PROPN", 1, "compound", ""),
        ("McFadden", "McFadden", "PROPN", 2, "nsubj", ""),
        ("hopes", "hope", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("Ottawa", "Ottawa", "PROPN", 4, "nsubj", ""),
        ("acts", "act", "VERB", 2, "ccomp", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert _bare_name_article(hopes) == {"named-no-role"}


def _said_that(subject: list[FeatRow]) -> list[FeatRow]:
    """'<subject> said Thursday that Apple revoked its certificate .' (subject words first)"""
    n = len(subject)
    return [
        *subject,
        ("said", "say", "VERB", -1, "root", FIN),
        ("Thursday", "Thursday", "PROPN", n, "obl:tmod", ""),
        ("that", "that", "SCONJ", n + 4, "mark", ""),
        ("Apple", "Apple", "PROPN", n + 4, "nsubj", ""),
        ("revoked", "revoke", "VERB", n, "ccomp", FIN),
        ("its", "its", "PRON", n + 6, "nmod:poss", ""),
        ("certificate", "certificate", "NOUN", n + 4, "obj", ""),
        (".", ".", "PUNCT", n, "punct", ""),
    ]


def test_a_weekday_is_no_part_of_a_name():
    # "On Wednesday Suncor said Thursday that ..." with "Wednesday" tagged a proper noun
    speaker = _speaker(
        _said_that(
            [
                ("On", "on", "ADP", 1, "case", ""),
                ("Wednesday", "Wednesday", "PROPN", 3, "obl", ""),
                ("Suncor", "Suncor", "PROPN", 3, "nsubj", ""),
            ]
        )
    )
    assert speaker.name == "Suncor"


def _joined() -> list[FeatRow]:
    # "Jake Sullivan joined the campaign ."
    return [
        ("Jake", "Jake", "PROPN", 1, "compound", ""),
        ("Sullivan", "Sullivan", "PROPN", 2, "nsubj", ""),
        ("joined", "join", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 4, "det", ""),
        ("campaign", "campaign", "NOUN", 2, "obj", ""),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]


def test_his_statement_is_the_persons():
    # "His statement says he advised the secretary ." with "His" a plain nmod (not nmod:poss)
    says: list[FeatRow] = [
        ("His", "his", "PRON", 1, "nmod", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
        ("statement", "statement", "NOUN", 2, "nsubj", ""),
        ("says", "say", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("he", "he", "PRON", 4, "nsubj", "PronType=Prs"),
        ("advised", "advise", "VERB", 2, "ccomp", FIN),
        ("the", "the", "DET", 6, "det", ""),
        ("secretary", "secretary", "NOUN", 4, "obj", ""),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    r = resolve([[_joined()], [says]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Jake Sullivan", "person")


def test_a_post_from_a_person_is_the_persons():
    # "A post from Jake Sullivan says the plan works ."
    says: list[FeatRow] = [
        ("A", "a", "DET", 1, "det", ""),
        ("post", "post", "NOUN", 5, "nsubj", ""),
        ("from", "from", "ADP", 4, "case", ""),
        ("Jake", "Jake", "PROPN", 4, "compound", ""),
        ("Sullivan", "Sullivan", "PROPN", 1, "nmod", ""),
        ("says", "say", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("the", "the", "DET", 7, "det", ""),
        ("plan", "plan", "NOUN", 8, "nsubj", ""),
        ("works", "work", "VERB", 5, "ccomp", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        (".", ".", "PUNCT", 5, "punct", ""),
    ]
    r = resolve([[_joined()], [says]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Jake Sullivan", "person")


def _said_plan_failed(name: str) -> list[FeatRow]:
    """ "<name> said the plan failed ." """
    return [
        (name, name, "PROPN", 1, "nsubj", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("plan", "plan", "NOUN", 4, "nsubj", ""),
        ("failed", "fail", "VERB", 1, "ccomp", FIN),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]


def test_a_titled_name_after_from_is_a_person_not_a_place():
    # "She faced a challenge from Labour Leader Jeremy Corbyn ." then "Corbyn said the plan
    # failed .": "from" marks places ("from Ottawa"), but a name with a title is a person's, and
    # the later surname takes the full name and the title.
    first: list[FeatRow] = [
        ("She", "she", "PRON", 1, "nsubj", ""),
        ("faced", "face", "VERB", -1, "root", FIN),
        ("a", "a", "DET", 3, "det", ""),
        ("challenge", "challenge", "NOUN", 1, "obj", ""),
        ("from", "from", "ADP", 8, "case", ""),
        ("Labour", "Labour", "PROPN", 8, "compound", ""),
        ("Leader", "Leader", "PROPN", 8, "compound", ""),
        ("Jeremy", "Jeremy", "PROPN", 8, "compound", ""),
        ("Corbyn", "Corbyn", "PROPN", 3, "nmod", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    r = resolve([[first], [_said_plan_failed("Corbyn")]])  # type: ignore[list-item]
    assert [q.speaker.name for q in r.quotes] == ["Jeremy Corbyn"]
    assert r.quotes[0].speaker.anonymity == "named"


def test_a_place_after_from_is_still_no_person():
    # "She flew in from New York ." then "York said the plan failed ."
    first: list[FeatRow] = [
        ("She", "she", "PRON", 1, "nsubj", ""),
        ("flew", "fly", "VERB", -1, "root", FIN),
        ("in", "in", "ADV", 1, "advmod", ""),
        ("from", "from", "ADP", 5, "case", ""),
        ("New", "New", "PROPN", 5, "compound", ""),
        ("York", "York", "PROPN", 1, "obl", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    r = resolve([[first], [_said_plan_failed("York")]])  # type: ignore[list-item]
    assert [q.speaker.name for q in r.quotes] == ["York"]
