"""Cues that close a sentence after their content, on hand-built parses (the trees are what the
compact parser produced for these invented sentences): a cue set off by a comma that the parse
made a complement of its content ("..., her advisers said Friday, because ..."), a closing "said"
the parse hung inside the clause, a day taken for the speaker, and "..., according to X." whose
X the parse hung on a noun phrase inside the clause."""

from __future__ import annotations

from parse_helpers import Row, article, attribute_sentence

from provenance.attribution import Attribution, Attributor
from provenance.quotemarks import pair_marks
from provenance.vocab import load_vocabulary


def said(found: list[Attribution], text: str) -> list[tuple[str, str, str | None]]:
    return [(a.rule, text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found]


def test_a_cue_after_a_comma_parsed_as_the_complement_of_its_content_reports_that_content():
    rows: list[Row] = [
        ("But", "but", "CCONJ", 3, "cc"),
        ("she", "she", "PRON", 3, "nsubj:pass"),
        ("was", "be", "AUX", 3, "aux:pass"),
        ("surprised", "surprise", "VERB", -1, "root"),
        ("the", "the", "DET", 5, "det"),
        ("campaign", "campaign", "NOUN", 6, "nsubj"),
        ("won", "win", "VERB", 3, "ccomp"),
        (",", ",", "PUNCT", 10, "punct"),
        ("her", "she", "PRON", 9, "nmod:poss"),
        ("advisers", "adviser", "NOUN", 10, "nsubj"),
        ("said", "say", "VERB", 3, "ccomp"),
        ("Friday", "Friday", "PROPN", 10, "iobj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    text, found = attribute_sentence(rows)
    # (and the view nested in it is hers: stance-participle; a view does not make the comma cue
    # a misattached one, guards.drop_swallowing)
    assert said(found, text) == [
        ("comma-cue", "she was surprised the campaign won", "advisers"),
        ("stance-participle", "the campaign won", "she"),
    ]


def test_a_relative_clause_after_a_name_is_no_comma_cue():
    # "Kukura, who describes himself as a moderate, was unsure." with the relative clause parsed
    # as an adverbial of the name: the relative pronoun is no speaker and a name is no content.
    rows: list[Row] = [
        ("Kukura", "Kukura", "PROPN", 8, "nsubj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("who", "who", "PRON", 3, "nsubj"),
        ("describes", "describe", "VERB", 0, "advcl"),
        ("himself", "himself", "PRON", 3, "obj"),
        ("as", "as", "ADP", 6, "case"),
        ("moderate", "moderate", "NOUN", 3, "obl"),
        (",", ",", "PUNCT", 3, "punct"),
        ("unsure", "unsure", "ADJ", -1, "root"),
        (".", ".", "PUNCT", 8, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert [a for a in found if a.rule == "comma-cue"] == []


def test_a_closing_said_hung_inside_the_clause_reports_the_clause_before_the_comma():
    # "..., an official familiar with the matter said Sunday." with "familiar" a conjunct of
    # "city", "said" a clause of "familiar" and "Sunday" its subject.
    rows: list[Row] = [
        ("Federal", "federal", "ADJ", 1, "amod"),
        ("authorities", "authority", "NOUN", 4, "nsubj"),
        ("are", "be", "AUX", 4, "cop"),
        ("in", "in", "ADP", 4, "case"),
        ("talks", "talk", "NOUN", -1, "root"),
        ("with", "with", "ADP", 7, "case"),
        ("the", "the", "DET", 7, "det"),
        ("city", "city", "NOUN", 4, "nmod"),
        (",", ",", "PUNCT", 11, "punct"),
        ("an", "a", "DET", 11, "det"),
        ("official", "official", "ADJ", 11, "amod"),
        ("familiar", "familiar", "NOUN", 7, "conj"),
        ("with", "with", "ADP", 14, "case"),
        ("the", "the", "DET", 14, "det"),
        ("matter", "matter", "NOUN", 11, "nmod"),
        ("said", "say", "VERB", 11, "acl"),
        ("Sunday", "Sunday", "PROPN", 15, "nsubj"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("bare-cue", "Federal authorities are in talks with the city", "official")]


def test_a_closing_said_with_a_verb_in_its_noun_phrase_is_left_alone():
    # "..., the man who ran the firm said Sunday.": the phrase before the cue is no plain noun
    # phrase; nothing is guessed.
    rows: list[Row] = [
        ("Talks", "talk", "NOUN", 1, "nsubj"),
        ("stalled", "stall", "VERB", -1, "root"),
        ("in", "in", "ADP", 3, "case"),
        ("May", "May", "PROPN", 1, "obl"),
        (",", ",", "PUNCT", 6, "punct"),
        ("the", "the", "DET", 6, "det"),
        ("man", "man", "NOUN", 3, "conj"),
        ("who", "who", "PRON", 8, "nsubj"),
        ("ran", "run", "VERB", 6, "acl:relcl"),
        ("it", "it", "PRON", 8, "obj"),
        ("said", "say", "VERB", 6, "acl"),
        ("Sunday", "Sunday", "PROPN", 10, "nsubj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert said(found, text) == []


def test_a_day_parsed_as_the_subject_of_a_closing_cue_is_never_the_speaker():
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("company", "company", "NOUN", 3, "nsubj"),
        ("will", "will", "AUX", 3, "aux"),
        ("close", "close", "VERB", -1, "root"),
        ("three", "three", "NUM", 5, "nummod"),
        ("plants", "plant", "NOUN", 3, "obj"),
        (",", ",", "PUNCT", 13, "punct"),
        ("a", "a", "DET", 8, "det"),
        ("spokeswoman", "spokeswoman", "NOUN", 13, "nsubj"),
        ("familiar", "familiar", "ADJ", 8, "amod"),
        ("with", "with", "ADP", 12, "case"),
        ("the", "the", "DET", 12, "det"),
        ("plan", "plan", "NOUN", 9, "obl"),
        ("said", "say", "VERB", 3, "conj"),
        ("Monday", "Monday", "PROPN", 13, "nsubj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    # the parse gives "said" two subjects; make "Monday" the only one, as the parser did
    rows[8] = ("spokeswoman", "spokeswoman", "NOUN", 5, "appos")
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("trailing-cue", "The company will close three plants", "spokeswoman")]


def according(prefix: list[Row], attach: int) -> list[Row]:
    """``prefix``, then ", according to a city official ." with "official" an oblique of word
    ``attach``."""
    n = len(prefix)
    return prefix + [
        (",", ",", "PUNCT", n + 4, "punct"),
        ("according", "accord", "VERB", n + 4, "case"),
        ("to", "to", "ADP", n + 4, "case"),
        ("a", "a", "DET", n + 4, "det"),
        ("official", "official", "NOUN", attach, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]


def test_according_to_hung_on_a_noun_phrase_covers_the_whole_clause():
    prefix: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("council", "council", "NOUN", 3, "nsubj"),
        ("never", "never", "ADV", 3, "advmod"),
        ("saw", "see", "VERB", -1, "root"),
        ("the", "the", "DET", 5, "det"),
        ("draft", "draft", "NOUN", 3, "obj"),
        ("prepared", "prepare", "VERB", 5, "acl"),
        ("by", "by", "ADP", 9, "case"),
        ("the", "the", "DET", 9, "det"),
        ("lawyers", "lawyer", "NOUN", 6, "obl:agent"),
    ]
    text, found = attribute_sentence(according(prefix, 6))
    assert said(found, text) == [
        ("according-to", "The council never saw the draft prepared by the lawyers", "official")
    ]


def test_according_to_in_a_relative_clause_stays_in_it():
    prefix: list[Row] = [
        ("He", "he", "PRON", 1, "nsubj"),
        ("started", "start", "VERB", -1, "root"),
        ("a", "a", "DET", 3, "det"),
        ("firm", "firm", "NOUN", 1, "obj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("which", "which", "PRON", 6, "nsubj"),
        ("collected", "collect", "VERB", 3, "acl:relcl"),
        ("fees", "fee", "NOUN", 6, "obj"),
    ]
    text, found = attribute_sentence(according(prefix, 7))
    assert said(found, text) == [("according-to", "which collected fees", "official")]


def test_according_to_in_a_restrictive_relative_clause_covers_the_whole_clause():
    # "She met leaders and families who were hurt, according to a city official." (the tree the
    # packaged parser gave the AP sentence of this shape): the phrase hung on "hurt" reports the
    # meeting; climbing goes through the noun's conjunct too.
    prefix: list[Row] = [
        ("She", "she", "PRON", 1, "nsubj"),
        ("met", "meet", "VERB", -1, "root"),
        ("leaders", "leader", "NOUN", 1, "obj"),
        ("and", "and", "CCONJ", 4, "cc"),
        ("families", "family", "NOUN", 2, "conj"),
        ("who", "who", "PRON", 7, "nsubj:pass"),
        ("were", "be", "AUX", 7, "aux:pass"),
        ("hurt", "hurt", "VERB", 4, "acl:relcl"),
    ]
    text, found = attribute_sentence(according(prefix, 7))
    assert said(found, text) == [("according-to", "She met leaders and families who were hurt", "official")]


def test_according_to_after_a_relative_clause_without_its_pronoun_stays_in_it():
    # "It is proof the team can close the gap, according to a city official.": a that-less
    # complement the parse took for a relative clause is no restrictive relative clause.
    prefix: list[Row] = [
        ("It", "it", "PRON", 2, "nsubj"),
        ("is", "be", "AUX", 2, "cop"),
        ("proof", "proof", "NOUN", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("team", "team", "NOUN", 6, "nsubj"),
        ("can", "can", "AUX", 6, "aux"),
        ("close", "close", "VERB", 2, "acl:relcl"),
        ("the", "the", "DET", 8, "det"),
        ("gap", "gap", "NOUN", 6, "obj"),
    ]
    text, found = attribute_sentence(according(prefix, 8))
    assert said(found, text) == [("according-to", "the team can close the gap", "official")]


def test_according_to_after_a_cue_names_its_channel_not_a_second_statement():
    # "Roe said at a news conference, according to a city official." with the official hung on
    # "conference": the content does not climb into Roe's cue.
    prefix: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("at", "at", "ADP", 4, "case"),
        ("a", "a", "DET", 4, "det"),
        ("conference", "conference", "NOUN", 1, "obl"),
    ]
    text, found = attribute_sentence(according(prefix, 4))
    assert all("said" not in text[a.start : a.end] for a in found if a.rule == "according-to")


def test_according_to_hung_on_an_apposition_covers_the_clause_it_describes():
    # "... deadlocked in California, the biggest prize, according to a new poll." with "prize"
    # parsed as parataxis
    prefix: list[Row] = [
        ("Roe", "Roe", "PROPN", 2, "nsubj:pass"),
        ("is", "be", "AUX", 2, "aux:pass"),
        ("deadlocked", "deadlock", "VERB", -1, "root"),
        ("in", "in", "ADP", 4, "case"),
        ("California", "California", "PROPN", 2, "obl"),
        (",", ",", "PUNCT", 8, "punct"),
        ("the", "the", "DET", 8, "det"),
        ("biggest", "big", "ADJ", 8, "amod"),
        ("prize", "prize", "NOUN", 2, "parataxis"),
    ]
    rows = according(prefix, 8)
    rows[-2] = ("official", "official", "NOUN", 8, "nmod")
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("according-to", "Roe is deadlocked in California , the biggest prize", "official")]


def _after_clause(mark: str) -> list[Row]:
    """ "The firm denied it , <mark> the mayor stated an interest ." with "stated" an adverbial
    clause of "denied" closing the sentence."""
    return [
        ("The", "the", "DET", 1, "det"),
        ("firm", "firm", "NOUN", 2, "nsubj"),
        ("denied", "deny", "VERB", -1, "root"),
        ("it", "it", "PRON", 2, "obj"),
        (",", ",", "PUNCT", 8, "punct"),
        (mark, mark, "SCONJ", 8, "mark"),
        ("the", "the", "DET", 7, "det"),
        ("mayor", "mayor", "NOUN", 8, "nsubj"),
        ("stated", "state", "VERB", 2, "advcl"),
        ("it", "it", "PRON", 8, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]


def test_a_closing_clause_opened_by_a_subordinator_is_an_event_not_a_cue():
    text, found = attribute_sentence(_after_clause("after"))
    assert [a for a in found if a.cue is not None and a.cue.word.text == "stated"] == []


def test_a_closing_clause_opened_by_as_reports_what_comes_before():
    text, found = attribute_sentence(_after_clause("as"))
    assert ("as-cue", "The firm denied it", "mayor") in said(found, text)


def test_a_quote_without_a_cue_continues_the_quote_before_not_a_clause_reported_inside_its_sentence():
    # " It holds , " Lee told the Journal , after the mayor said the deal was dead . | " It binds . "
    first: list[Row] = [
        ('"', '"', "PUNCT", 2, "punct"),
        ("It", "it", "PRON", 2, "nsubj"),
        ("holds", "hold", "VERB", 6, "ccomp"),
        (",", ",", "PUNCT", 2, "punct"),
        ('"', '"', "PUNCT", 2, "punct"),
        ("Lee", "Lee", "PROPN", 6, "nsubj"),
        ("told", "tell", "VERB", -1, "root"),
        ("the", "the", "DET", 8, "det"),
        ("Journal", "Journal", "PROPN", 6, "obj"),
        (",", ",", "PUNCT", 13, "punct"),
        ("after", "after", "SCONJ", 13, "mark"),
        ("the", "the", "DET", 12, "det"),
        ("mayor", "mayor", "NOUN", 13, "nsubj"),
        ("said", "say", "VERB", 6, "advcl"),
        ("the", "the", "DET", 15, "det"),
        ("deal", "deal", "NOUN", 17, "nsubj"),
        ("was", "be", "AUX", 17, "cop"),
        ("dead", "dead", "ADJ", 13, "ccomp"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    second: list[Row] = [
        ('"', '"', "PUNCT", 2, "punct"),
        ("It", "it", "PRON", 2, "nsubj"),
        ("binds", "bind", "VERB", -1, "root"),
        (".", ".", "PUNCT", 2, "punct"),
        ('"', '"', "PUNCT", 2, "punct"),
    ]
    doc, paras = article([[first, second]])
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    found = Attributor(load_vocabulary()).attribute(doc.text, paras, spans)
    got = {doc.text[a.start : a.end]: (a.rule, a.speaker.word.text if a.speaker else None) for a in found}
    assert got['" It binds . "'] == ("neighbour-previous", "Lee")
    assert got["the deal was dead"] == ("ccomp-cue", "mayor")


def test_a_closing_clause_opened_by_when_parsed_as_an_adverb_is_an_event_not_a_cue():
    # The firm denied it , when the mayor asked it .  — "when" parsed as an adverb of "asked"
    rows = _after_clause("when")
    rows[5] = ("when", "when", "ADV", 8, "advmod")
    rows[8] = ("asked", "ask", "VERB", 2, "advcl")
    text, found = attribute_sentence(rows)
    assert [a for a in found if a.cue is not None and a.cue.word.text == "asked"] == []


def test_the_name_a_description_after_the_quote_stands_for_is_not_what_was_said():
    # " It is a day , " Jane Roe , the mayor , said .  — "Roe" hung on the quoted clause as an
    # apposition, "mayor" the subject of "said"
    rows: list[Row] = [
        ('"', '"', "PUNCT", 4, "punct"),
        ("It", "it", "PRON", 4, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("a", "a", "DET", 4, "det"),
        ("day", "day", "NOUN", 13, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ('"', '"', "PUNCT", 4, "punct"),
        ("Jane", "Jane", "PROPN", 8, "compound"),
        ("Roe", "Roe", "PROPN", 4, "appos"),
        (",", ",", "PUNCT", 11, "punct"),
        ("the", "the", "DET", 11, "det"),
        ("mayor", "mayor", "NOUN", 13, "nsubj"),
        (",", ",", "PUNCT", 11, "punct"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 13, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert [(a.rule, text[a.start : a.end]) for a in found] == [("ccomp-cue", '" It is a day , "')]


def test_an_apposition_inside_reported_speech_stays_in_it():
    # The strike hit a vehicle , a sedan , the official said .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("strike", "strike", "NOUN", 2, "nsubj"),
        ("hit", "hit", "VERB", 11, "ccomp"),
        ("a", "a", "DET", 4, "det"),
        ("vehicle", "vehicle", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 7, "punct"),
        ("a", "a", "DET", 7, "det"),
        ("sedan", "sedan", "NOUN", 4, "appos"),
        (",", ",", "PUNCT", 2, "punct"),
        ("the", "the", "DET", 10, "det"),
        ("official", "official", "NOUN", 11, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 11, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert [text[a.start : a.end] for a in found] == ["The strike hit a vehicle , a sedan"]


def test_a_closing_cue_on_a_clause_with_an_object_reading_reports_the_clause():
    # "The ministry denied the report, he said, and the minister resigned." with "said" a
    # parataxis of "denied": what he said is the whole clause, not only "the report" the
    # ministry denied (guards.drop_swallowing keeps the clause; the object reading yields)
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("ministry", "ministry", "NOUN", 2, "nsubj"),
        ("denied", "deny", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("report", "report", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 7, "punct"),
        ("he", "he", "PRON", 7, "nsubj"),
        ("said", "say", "VERB", 2, "parataxis"),
        (",", ",", "PUNCT", 12, "punct"),
        ("and", "and", "CCONJ", 12, "cc"),
        ("the", "the", "DET", 11, "det"),
        ("minister", "minister", "NOUN", 12, "nsubj"),
        ("resigned", "resign", "VERB", 7, "conj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute_sentence(rows)
    assert said(found, text) == [("parataxis-cue", "The ministry denied the report", "he")]
