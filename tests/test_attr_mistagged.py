"""Speakers the tagger or the parse hid, on hand-built parses (the trees are what the compact
parser produced for these invented sentences): a name after an inverted cue read as an
adjective ("said Small, who attended the rally"), and an infinitive cue whose subject is the verb
it completes ("The mayor seemed to imply that ...")."""

from __future__ import annotations

import pytest
from parse_helpers import Row, attribute_sentence, quote_then_said, sentence

from provenance.attribution import Attribution
from provenance.attribution.phrases import noun_phrase_after


def said(found: list[Attribution], text: str) -> list[tuple[str, str, str | None]]:
    return [(a.rule, text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found]


def speakers(rows: list[Row]) -> list[str | None]:
    """The speaker word of each attribution of a one-sentence article."""
    _, found = attribute_sentence(rows)
    return [a.speaker.word.text if a.speaker else None for a in found]


def test_a_capitalised_word_read_as_an_adjective_after_the_cue_is_the_speaker():
    rows = quote_then_said(
        [
            ("Small", "small", "ADJ", -1, "xcomp"),
            (",", ",", "PUNCT", 4, "punct"),
            ("who", "who", "PRON", 3, "nsubj"),
            ("attended", "attend", "VERB", -1, "ccomp"),
            ("it", "it", "PRON", 3, "obj"),
        ]
    )
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("ccomp-cue", "“ The road is closed , ”", "Small")]


def test_a_two_word_name_with_a_word_read_as_a_verb_is_headed_by_its_last_word():
    s = sentence(quote_then_said([("Hope", "hope", "VERB", -1, "xcomp"), ("Hicks", "Hicks", "PROPN", 0, "obj")]))
    assert (ref := noun_phrase_after(s, 7)) is not None and ref.word.text == "Hicks"


def test_capitalised_words_that_do_not_close_the_clause_are_no_name():
    # ... said American officials .  — the general rule reads "officials"; a lone "American"
    # before a noun is a modifier, not a mistagged name
    s = sentence(
        quote_then_said([("American", "American", "ADJ", 1, "amod"), ("officials", "official", "NOUN", -1, "nsubj")])
    )
    assert (ref := noun_phrase_after(s, 7)) is not None and ref.word.text == "officials"


def test_an_infinitive_cue_with_its_clause_lost_takes_the_subject_of_the_verb_it_completes():
    # "The mayor seemed to imply that people with guns could stop the plan ." with the clause an
    # adverbial of "seemed"
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("mayor", "mayor", "NOUN", 2, "nsubj"),
        ("seemed", "seem", "VERB", -1, "root"),
        ("to", "to", "PART", 4, "mark"),
        ("imply", "imply", "VERB", 2, "xcomp"),
        ("that", "that", "SCONJ", 10, "mark"),
        ("people", "person", "NOUN", 10, "nsubj"),
        ("with", "with", "ADP", 8, "case"),
        ("guns", "gun", "NOUN", 6, "nmod"),
        ("could", "could", "AUX", 10, "aux"),
        ("stop", "stop", "VERB", 2, "advcl"),
        ("the", "the", "DET", 12, "det"),
        ("plan", "plan", "NOUN", 10, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("bare-cue", "people with guns could stop the plan", "mayor")]


def test_a_participle_hung_on_footage_of_a_person_is_that_persons_speech():
    # The spot ends with footage of Lee saying " That makes me smart . "  — "saying" parsed as a
    # modifier of "footage", a carrier noun: the person the footage shows speaks, not the spot
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("spot", "spot", "NOUN", 2, "nsubj"),
        ("ends", "end", "VERB", -1, "root"),
        ("with", "with", "ADP", 4, "case"),
        ("footage", "footage", "NOUN", 2, "obl"),
        ("of", "of", "ADP", 6, "case"),
        ("Lee", "Lee", "PROPN", 4, "nmod"),
        ("saying", "say", "VERB", 4, "acl", "VerbForm=Ger"),  # type: ignore[list-item]
        ('"', '"', "PUNCT", 10, "punct"),
        ("That", "that", "PRON", 10, "nsubj"),
        ("makes", "make", "VERB", 7, "ccomp"),
        ("me", "I", "PRON", 10, "obj"),
        ("smart", "smart", "ADJ", 10, "xcomp"),
        (".", ".", "PUNCT", 10, "punct"),
        ('"', '"', "PUNCT", 10, "punct"),
    ]
    assert speakers(rows) == ["Lee"]


def test_a_name_after_its_age_before_a_description_with_a_relative_clause_is_the_speaker():
    # 81 - year - old Peter Eaton , a nominal Republican who voted twice , said that it was easy .
    # — parsed with "81" as the complement of "said", the name its apposition, no subject
    rows: list[Row] = [
        ("81", "81", "NUM", 17, "ccomp"),
        ("-", "-", "PUNCT", 2, "punct"),
        ("year", "year", "NOUN", 4, "compound"),
        ("-", "-", "PUNCT", 2, "punct"),
        ("old", "old", "ADJ", 6, "amod"),
        ("Peter", "Peter", "PROPN", 6, "compound"),
        ("Eaton", "Eaton", "PROPN", 0, "appos"),
        (",", ",", "PUNCT", 10, "punct"),
        ("a", "a", "DET", 10, "det"),
        ("nominal", "nominal", "ADJ", 10, "amod"),
        ("Republican", "Republican", "PROPN", 6, "appos"),
        ("who", "who", "PRON", 12, "nsubj"),
        ("voted", "vote", "VERB", 10, "acl:relcl"),
        ("twice", "twice", "ADV", 12, "advmod"),
        (",", ",", "PUNCT", 17, "punct"),
        ("said", "say", "VERB", -1, "root"),
    ]
    # (indices: "said" is 15; fix the heads that point at it)
    rows = [(t, lem, u, 15 if h == 17 else h, r) for t, lem, u, h, r in rows]
    rows += [
        ("that", "that", "SCONJ", 19, "mark"),
        ("it", "it", "PRON", 19, "nsubj"),
        ("was", "be", "AUX", 19, "cop"),
        ("easy", "easy", "ADJ", 15, "ccomp"),
        (".", ".", "PUNCT", 15, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("ccomp-cue", "that it was easy", "Eaton")]


def test_as_roe_put_it_names_roe_not_it():
    # As Roe put it , " The plan is good . "  — "As" parsed as a preposition, "Roe" an oblique
    rows: list[Row] = [
        ("As", "as", "ADP", 1, "case"),
        ("Roe", "Roe", "PROPN", 2, "obl"),
        ("put", "put", "VERB", 9, "ccomp"),
        ("it", "it", "PRON", 2, "obj"),
        (",", ",", "PUNCT", 2, "punct"),
        ('"', '"', "PUNCT", 9, "punct"),
        ("The", "the", "DET", 7, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("is", "be", "AUX", 9, "cop"),
        ("good", "good", "ADJ", -1, "root"),
        (".", ".", "PUNCT", 9, "punct"),
        ('"', '"', "PUNCT", 9, "punct"),
    ]
    assert speakers(rows) == ["Roe"]


def test_a_name_opening_the_sentence_tagged_as_an_interjection_is_the_subject():
    # Singh explained it this way : " The plan is good . "  — "Singh" tagged INTJ
    rows: list[Row] = [
        ("Singh", "Singh", "INTJ", 1, "discourse"),
        ("explained", "explain", "VERB", -1, "root"),
        ("it", "it", "PRON", 1, "obj"),
        ("this", "this", "DET", 4, "det"),
        ("way", "way", "NOUN", 1, "obj"),
        (":", ":", "PUNCT", 9, "punct"),
        ('"', '"', "PUNCT", 9, "punct"),
        ("The", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("good", "good", "ADJ", 1, "advcl"),
        (".", ".", "PUNCT", 9, "punct"),
        ('"', '"', "PUNCT", 9, "punct"),
    ]
    assert speakers(rows) == ["Singh"]


def test_a_participle_under_a_name_parsed_as_the_root_takes_the_name():
    # Mr. Roe , smiling , responded by saying " good things " .  — "Roe" the root, the verbs
    # hanging from it
    rows: list[Row] = [
        ("Mr.", "Mr.", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", -1, "root"),
        (",", ",", "PUNCT", 3, "punct"),
        ("smiling", "smile", "VERB", 1, "acl"),
        (",", ",", "PUNCT", 5, "punct"),
        ("responded", "respond", "VERB", 3, "advcl"),
        ("by", "by", "ADP", 7, "case"),
        ("saying", "say", "VERB", 5, "advcl"),
        ('"', '"', "PUNCT", 10, "punct"),
        ("good", "good", "ADJ", 10, "amod"),
        ("things", "thing", "NOUN", 7, "obj"),
        ('"', '"', "PUNCT", 10, "punct"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert speakers(rows) == ["Roe"]


def test_a_pronoun_before_a_parenthetical_cue_is_its_subject_not_the_interrupted_clauses():
    # Proposals , he added , amount to " tinkering " .  — both "Proposals" and "he" parsed as
    # subjects of "added"
    rows: list[Row] = [
        ("Proposals", "proposal", "NOUN", 3, "nsubj"),
        (",", ",", "PUNCT", 2, "punct"),
        ("he", "he", "PRON", 3, "nsubj"),
        ("added", "add", "VERB", -1, "root"),
        (",", ",", "PUNCT", 5, "punct"),
        ("amount", "amount", "NOUN", 3, "obj"),
        ("to", "to", "ADP", 8, "case"),
        ('"', '"', "PUNCT", 8, "punct"),
        ("tinkering", "tinkering", "NOUN", 3, "obl"),
        ('"', '"', "PUNCT", 8, "punct"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert speakers(rows) == ["he"]


def test_a_speech_verb_tagged_as_a_noun_before_the_quote_is_the_cue():
    # As Roe acknowledges : " The plan is good . "  — "acknowledges" tagged a plural noun
    rows: list[Row] = [
        ("As", "as", "ADP", 2, "case"),
        ("Roe", "Roe", "PROPN", 2, "compound"),
        ("acknowledges", "acknowledge", "NOUN", 8, "obl"),
        (":", ":", "PUNCT", 8, "punct"),
        ('"', '"', "PUNCT", 8, "punct"),
        ("The", "the", "DET", 6, "det"),
        ("plan", "plan", "NOUN", 8, "nsubj"),
        ("is", "be", "AUX", 8, "cop"),
        ("good", "good", "ADJ", -1, "root"),
        (".", ".", "PUNCT", 8, "punct"),
        ('"', '"', "PUNCT", 8, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert [(a.rule, a.speaker.word.text if a.speaker else None) for a in found] == [("adjacent-cue-before", "Roe")]


def test_a_cue_coordinated_with_an_object_noun_continues_the_verb_that_took_it():
    # The mayor issued a statement and said the council would appeal .  — "said" parsed as a
    # conjunct of "statement"
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("mayor", "mayor", "NOUN", 2, "nsubj"),
        ("issued", "issue", "VERB", -1, "root"),
        ("a", "a", "DET", 4, "det"),
        ("statement", "statement", "NOUN", 2, "obj"),
        ("and", "and", "CCONJ", 6, "cc"),
        ("said", "say", "VERB", 4, "conj"),
        ("the", "the", "DET", 8, "det"),
        ("council", "council", "NOUN", 10, "nsubj"),
        ("would", "would", "AUX", 10, "aux"),
        ("appeal", "appeal", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("ccomp-cue", "the council would appeal", "mayor")]


def _quote_then(cue_rows: list[Row]) -> list[Row]:
    """ " The plan is good , " <cue_rows> .  — heads in ``cue_rows`` count from its first word;
    the quoted clause hangs on its first word."""
    head: list[Row] = [
        ('"', '"', "PUNCT", 4, "punct"),
        ("The", "the", "DET", 2, "det"),
        ("plan", "plan", "NOUN", 4, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("good", "good", "ADJ", 7, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ('"', '"', "PUNCT", 4, "punct"),
    ]
    shifted = [(t, lem, u, h + 7 if h >= 0 else -1, r) for t, lem, u, h, r in cue_rows]
    return head + shifted + [(".", ".", "PUNCT", 8, "punct")]


def test_a_quote_that_it_read_is_read_from_a_sign():
    rows = _quote_then([("it", "it", "PRON", 1, "nsubj"), ("read", "read", "VERB", -1, "root")])
    rows[4] = ("good", "good", "ADJ", 8, "ccomp")
    text, found = attribute_sentence(rows)
    assert [(a.rule, a.speaker and a.speaker.word.text) for a in found] == [("adjacent-cue-after", "it")]


@pytest.mark.parametrize("adverb", ["aloud", "loudly"])
def test_wondered_aloud_is_speech(adverb: str):
    # (the quoted clause left as the root and the cue hanging from it: only the adjacent cue
    # reads it, and "wonder" alone is a thought, not speech)
    rows = _quote_then(
        [
            ("he", "he", "PRON", 1, "nsubj"),
            ("wondered", "wonder", "VERB", -1, "dep"),
            (adverb, adverb, "ADV", 1, "advmod"),
        ]
    )
    rows[4] = ("good", "good", "ADJ", -1, "root")
    rows[8] = ("wondered", "wonder", "VERB", 4, "dep")
    rows[-1] = (".", ".", "PUNCT", 4, "punct")
    text, found = attribute_sentence(rows)
    assert [(a.rule, a.speaker and a.speaker.word.text) for a in found] == [("adjacent-cue-after", "he")]


def test_a_title_after_a_coordinated_organisation_name_before_a_full_name_is_headed_by_the_name():
    # ... , " says Heart and Stroke manager Erin Kim .  /  ... , " says Smith and Jones .
    s = sentence(
        quote_then_said(
            [
                ("Heart", "Heart", "PROPN", -1, "obj"),
                ("and", "and", "CCONJ", 2, "cc"),
                ("Stroke", "Stroke", "PROPN", 3, "compound"),
                ("manager", "manager", "NOUN", 0, "conj"),
                ("Erin", "Erin", "PROPN", 5, "compound"),
                ("Kim", "Kim", "PROPN", 3, "flat"),
            ]
        )
    )
    assert (ref := noun_phrase_after(s, 7)) is not None and ref.word.text == "Kim"
    two = sentence(
        quote_then_said(
            [
                ("Smith", "Smith", "PROPN", -1, "obj"),
                ("and", "and", "CCONJ", 2, "cc"),
                ("Jones", "Jones", "PROPN", 0, "conj"),
            ]
        )
    )
    assert (ref := noun_phrase_after(two, 7)) is not None and ref.word.text == "Smith"


def test_a_cue_after_the_quote_with_no_subject_at_all_takes_the_names_before_it():
    # " The road is closed , " Roe and Doe wrote .  — "Roe" an apposition of the quoted clause,
    # "wrote" a conjunct of "Roe": the cue has no subject
    rows = quote_then_said([])[:7] + [
        ("Roe", "Roe", "PROPN", 4, "appos"),
        ("and", "and", "CCONJ", 9, "cc"),
        ("Doe", "Doe", "PROPN", 7, "conj"),
        ("wrote", "write", "VERB", 7, "conj"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    rows[4] = ("closed", "closed", "ADJ", -1, "root")
    assert speakers(rows) == ["Roe"]


def test_a_capitalised_verb_inside_a_lower_case_sentence_is_a_name_not_a_cue():
    # Campaign spokeswoman Hope Hicks said all staffers sign agreements .  ("Hope" read as a verb
    # with "spokeswoman" its subject and "Hicks said ..." its complement)
    rows: list[Row] = [
        ("Campaign", "campaign", "NOUN", 1, "compound"),
        ("spokeswoman", "spokeswoman", "NOUN", 2, "nsubj"),
        ("Hope", "hope", "VERB", -1, "root"),
        ("Hicks", "Hicks", "PROPN", 4, "nsubj"),
        ("said", "say", "VERB", 2, "ccomp"),
        ("all", "all", "DET", 6, "det"),
        ("staffers", "staffer", "NOUN", 7, "nsubj"),
        ("sign", "sign", "VERB", 4, "ccomp"),
        ("agreements", "agreement", "NOUN", 7, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("ccomp-cue", "all staffers sign agreements", "Hicks")]


def test_a_headline_in_title_case_keeps_its_capitalised_cue():
    # Mayor Says Council Will Approve Budget
    rows: list[Row] = [
        ("Mayor", "mayor", "NOUN", 1, "nsubj"),
        ("Says", "say", "VERB", -1, "root"),
        ("Council", "council", "NOUN", 4, "nsubj"),
        ("Will", "will", "AUX", 4, "aux"),
        ("Approve", "approve", "VERB", 1, "ccomp"),
        ("Budget", "budget", "NOUN", 4, "obj"),
    ]
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("ccomp-cue", "Council Will Approve Budget", "Mayor")]
