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
