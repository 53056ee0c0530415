"""An acronym is the body whose name spells it, however the name is written (session 45; the
fresh articles' "USDA", "HMRC", "ACLU", "CDC" and "Nepra" had been speakers of their own, apart
from the bodies the articles named in full): sources/head_names.initials, spells, spelled_out and
table.acronym_of. Each test failed before the change."""

from __future__ import annotations

from provenance.sources.head_names import initials, spelled_out, spells
from provenance.sources.table import acronym_of


def test_a_dotted_or_capital_word_gives_all_its_letters():
    assert initials("U.S. Department of Agriculture".split()) == "USDA"
    assert initials("HM Revenue and Customs".split()) == "HMRC"
    assert acronym_of("USDA", "U.S. Department of Agriculture")
    assert acronym_of("HMRC", "HM Revenue and Customs")


def test_an_acronym_may_leave_out_the_names_last_of_phrase_or_and_conjunct():
    assert acronym_of("ACLU", "American Civil Liberties Union of Ohio")
    assert acronym_of("CDC", "Centers for Disease Control and Prevention")
    # (guard: a leftover word other than the last "of" phrase or "and" conjunct does not count)
    assert not spells("CDC", "Centers for Disease Control Prevention".split())


def test_a_name_spelt_out_before_the_acronym_without_brackets_is_found():
    prose = "The U.S. Department of Agriculture said the virus had spread. The USDA said it would act."
    assert spelled_out(prose, "USDA", len(prose)) == "U.S. Department of Agriculture"


def test_an_acronym_written_like_a_name_counts_in_brackets_when_the_name_spells_it():
    prose = "The National Electric Power Regulatory Authority (Nepra) fined the company. Nepra said so."
    assert spelled_out(prose, "Nepra", len(prose)) == "National Electric Power Regulatory Authority"
    # (guard: a nickname in brackets is no acronym: "Harriet Lane (Hattie)")
    prose = "Harriet Lane (Hattie) said she was pleased. Hattie said the plan works."
    assert spelled_out(prose, "Hattie", len(prose)) is None


def test_a_headlines_acronym_is_the_name_the_article_spells_out_after_it():
    prose = "Three held in Voi sting, KWS says\n\nThree men were arrested, the Kenya Wildlife Service has said."
    assert spelled_out(prose, "KWS", len(prose)) == "Kenya Wildlife Service"


def test_an_acronym_may_take_the_small_words_letters_and_an_ampersand_joins_a_name():
    # (session 46) "MDOT" of "Michigan Department of Transportation"; "USATF" of "USA Track & Field"
    assert spells("MDOT", "Michigan Department of Transportation".split())
    assert not spells("MDOT", "Michigan Department Transportation".split())
    prose = "The race was certified by USA Track & Field in May. A spokesperson for USATF said"
    assert spelled_out(prose, "USATF", len(prose)) == "USA Track & Field"
