"""Verbs of naming and describing ("called the plan a disaster", "described the attack as a
carjacking") and a coordinated speech clause that is its own statement, on hand-built parses
(the trees are what the compact parser produced for these sentences)."""

from __future__ import annotations

from parse_helpers import Row, attribute_sentence


def attribute(rows: list[Row]) -> list[tuple[str, str, str | None]]:
    text, found = attribute_sentence(rows)
    return [(a.rule, text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found]


def test_what_the_speaker_called_a_thing_is_the_content_even_as_a_second_object():
    # They called it a bandage solution .   (the parse: two objects of "called"; the content is
    # the thing named with its name, session 23)
    rows: list[Row] = [
        ("They", "they", "PRON", 1, "nsubj"),
        ("called", "call", "VERB", -1, "root"),
        ("it", "it", "PRON", 1, "obj"),
        ("a", "a", "DET", 5, "det"),
        ("bandage", "bandage", "NOUN", 5, "compound"),
        ("solution", "solution", "NOUN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert attribute(rows) == [("call-it", "it a bandage solution", "They")]


def test_calling_a_meeting_or_calling_someone_names_nothing():
    # He called the meeting to order . / She called her mother .
    to_order: list[Row] = [
        ("He", "he", "PRON", 1, "nsubj"),
        ("called", "call", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("meeting", "meeting", "NOUN", 1, "obj"),
        ("to", "to", "PART", 5, "mark"),
        ("order", "order", "VERB", 1, "xcomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    mother: list[Row] = [
        ("She", "she", "PRON", 1, "nsubj"),
        ("called", "call", "VERB", -1, "root"),
        ("her", "her", "PRON", 3, "nmod:poss"),
        ("mother", "mother", "NOUN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert attribute(to_order) == []
    assert attribute(mother) == []


def test_what_something_was_described_as_is_the_content():
    # (with the thing described: the predication the speaker made, as PolNeAR marks it; session 23)
    # Authorities described the attack as a carjacking .
    rows: list[Row] = [
        ("Authorities", "authority", "NOUN", 1, "nsubj"),
        ("described", "describe", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("attack", "attack", "NOUN", 1, "obj"),
        ("as", "as", "ADP", 6, "case"),
        ("a", "a", "DET", 6, "det"),
        ("carjacking", "carjacking", "NOUN", 1, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert attribute(rows) == [("describe-as", "the attack as a carjacking", "Authorities")]


def test_a_speech_clause_opened_by_and_is_a_statement_of_its_own_not_a_trailing_cue():
    # Roe backed the plan , and Doe said it fails .   ("said" parsed as a conjunct of "backed")
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("backed", "back", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("plan", "plan", "NOUN", 1, "obj"),
        (",", ",", "PUNCT", 7, "punct"),
        ("and", "and", "CCONJ", 7, "cc"),
        ("Doe", "Doe", "PROPN", 7, "nsubj"),
        ("said", "say", "VERB", 1, "conj"),
        ("it", "it", "PRON", 9, "nsubj"),
        ("fails", "fail", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert attribute(rows) == [("ccomp-cue", "it fails", "Doe")]


def test_the_thing_described_is_never_the_speaker_when_the_parse_lost_the_subject():
    # "..., described the impact as terrible" with no subject under "described"
    rows: list[Row] = [
        ("and", "and", "CCONJ", 1, "cc"),
        ("described", "describe", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("impact", "impact", "NOUN", 1, "obj"),
        ("as", "as", "ADP", 5, "case"),
        ("terrible", "terrible", "ADJ", 1, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert attribute(rows) == [("describe-as", "the impact as terrible", None)]


def test_an_object_between_a_plain_cue_and_its_quote_is_still_an_inverted_speaker():
    # But , said Solovey , " I want peace . "   (Solovey parsed as an indirect object)
    rows: list[Row] = [
        ("But", "but", "CCONJ", 2, "cc"),
        (",", ",", "PUNCT", 0, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("Solovey", "Solovey", "PROPN", 2, "iobj"),
        (",", ",", "PUNCT", 7, "punct"),
        ('"', '"', "PUNCT", 7, "punct"),
        ("I", "I", "PRON", 7, "nsubj"),
        ("want", "want", "VERB", 2, "ccomp"),
        ("peace", "peace", "NOUN", 7, "obj"),
        (".", ".", "PUNCT", 7, "punct"),
        ('"', '"', "PUNCT", 7, "punct"),
    ]
    assert attribute(rows) == [("ccomp-cue", '" I want peace . "', "Solovey")]


def test_a_participle_after_an_existential_clause_speaks_for_the_sentence_subject():
    # Ray Dunn was one of them , upset there was no vote , calling it a takeover .
    rows: list[Row] = [
        ("Ray", "Ray", "PROPN", 1, "flat"),
        ("Dunn", "Dunn", "PROPN", 3, "nsubj"),
        ("was", "be", "AUX", 3, "cop"),
        ("one", "one", "NUM", -1, "root"),
        ("of", "of", "ADP", 5, "case"),
        ("them", "they", "PRON", 3, "nmod"),
        (",", ",", "PUNCT", 8, "punct"),
        ("upset", "upset", "NOUN", 9, "nsubj"),
        ("there", "there", "PRON", 9, "expl"),
        ("was", "be", "VERB", 3, "conj"),
        ("no", "no", "DET", 11, "det"),
        ("vote", "vote", "NOUN", 9, "nsubj"),
        (",", ",", "PUNCT", 13, "punct"),
        ("calling", "call", "VERB", 9, "advcl"),
        ("it", "it", "PRON", 13, "obj"),
        ("a", "a", "DET", 16, "det"),
        ("takeover", "takeover", "NOUN", 13, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert attribute(rows) == [("call-it", "it a takeover", "Dunn")]


def test_what_the_speaker_called_a_thing_with_the_parse_reading_it_otherwise():
    # The campaign called the charges unsubstantiated .  (a participle modifying the object)
    acl: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("campaign", "campaign", "NOUN", 2, "nsubj"),
        ("called", "call", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("charges", "charge", "NOUN", 2, "obj"),
        ("unsubstantiated", "unsubstantiate", "VERB", 4, "acl", "VerbForm=Part"),  # type: ignore[list-item]
        (".", ".", "PUNCT", 2, "punct"),
    ]
    assert attribute(acl) == [("call-it-participle", "the charges unsubstantiated", "campaign")]
    # Roe calls Doe unqualified .  (a small clause: "Doe" the subject of the participle)
    small: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("calls", "call", "VERB", -1, "root"),
        ("Doe", "Doe", "PROPN", 3, "nsubj"),
        ("unqualified", "unqualify", "VERB", 1, "xcomp", "VerbForm=Part"),  # type: ignore[list-item]
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert attribute(small) == [("call-it", "Doe unqualified", "Roe")]
    # Lee called him a strategist .  (the person named read as an indirect object)
    iobj: list[Row] = [
        ("Lee", "Lee", "PROPN", 1, "nsubj"),
        ("called", "call", "VERB", -1, "root"),
        ("him", "he", "PRON", 1, "iobj"),
        ("a", "a", "DET", 4, "det"),
        ("strategist", "strategist", "NOUN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert attribute(iobj) == [("call-it", "a strategist", "Lee")]


def test_a_name_one_takes_is_no_statement():
    # Men calling themselves the Watchers shouted .
    rows: list[Row] = [
        ("Men", "man", "NOUN", 5, "nsubj"),
        ("calling", "call", "VERB", 0, "acl"),
        ("themselves", "themselves", "PRON", 1, "obj"),
        ("the", "the", "DET", 4, "det"),
        ("Watchers", "Watcher", "PROPN", 1, "xcomp"),
        ("shouted", "shout", "VERB", -1, "root"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    assert [r for r in attribute(rows) if r[0].startswith("call-it")] == []


def test_calling_on_someone_to_act_is_a_request():
    # Fallon called on the senator to retract it .  ("on" the case of the oblique)
    rows: list[Row] = [
        ("Fallon", "Fallon", "PROPN", 1, "nsubj"),
        ("called", "call", "VERB", -1, "root"),
        ("on", "on", "ADP", 4, "case"),
        ("the", "the", "DET", 4, "det"),
        ("senator", "senator", "NOUN", 1, "obl"),
        ("to", "to", "PART", 6, "mark"),
        ("retract", "retract", "VERB", 1, "advcl"),
        ("it", "it", "PRON", 6, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert attribute(rows) == [("directive-to", "to retract it", "Fallon")]


def _called(prep: str, obj: str) -> list[Row]:
    """The council called <prep> <obj> on Monday ."""
    return [
        ("The", "the", "DET", 1, "det"),
        ("council", "council", "NOUN", 2, "nsubj"),
        ("called", "call", "VERB", -1, "root"),
        (prep, prep, "ADP", 5, "case"),
        ("a", "a", "DET", 5, "det"),
        (obj, obj, "NOUN", 2, "obl"),
        ("on", "on", "ADP", 7, "case"),
        ("Monday", "Monday", "PROPN", 2, "obl"),
        (".", ".", "PUNCT", 2, "punct"),
    ]


def test_what_a_speaker_called_for_is_the_content():
    assert attribute(_called("for", "ban")) == [("call-for", "a ban", "council")]


def test_a_prepositional_verb_needs_its_own_preposition():
    # "called on a friend on Monday": "call on" is a request only with a "to" clause; "call at"
    # is a visit
    assert attribute(_called("at", "meeting")) == []


def test_a_naming_in_a_relative_clause_names_the_noun_it_hangs_on():
    # The group described a practice she calls nonstopping .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("group", "group", "NOUN", 2, "nsubj"),
        ("described", "describe", "VERB", -1, "root"),
        ("a", "a", "DET", 4, "det"),
        ("practice", "practice", "NOUN", 2, "obj"),
        ("she", "she", "PRON", 6, "nsubj"),
        ("calls", "call", "VERB", 4, "acl:relcl"),
        ("nonstopping", "nonstopping", "NOUN", 6, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    assert attribute(rows) == [("call-it", "nonstopping", "she")]


def test_the_noun_a_relative_clause_with_a_relative_subject_hangs_on_calls_and_is_not_named():
    # The players who called timeouts won .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("players", "player", "NOUN", -1, "root"),
        ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),  # type: ignore[list-item]
        ("called", "call", "VERB", 1, "acl:relcl"),
        ("timeouts", "timeout", "NOUN", 3, "obj"),
        ("won", "win", "VERB", 1, "acl:relcl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert attribute(rows) == []
