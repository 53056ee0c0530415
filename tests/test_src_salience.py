"""Entity salience and secondary sourcing on hand-built parses (session 11): who a pronoun
takes when the person last named spoke inside a relative clause, an organisation described by
a relative clause before its cue, outlets coordinated as speakers, and a document named again."""

from __future__ import annotations

from dataclasses import replace

from parse_helpers import FeatRow, Row, quote_then_said
from source_helpers import resolve

from provenance.sources.name_runs import name_runs
from provenance.sources.spellings import spelling_variant
from provenance.syntax.tree import Sentence, Word

PRAISED: list[Row] = [  # Sam Lee praised the plan .
    ("Sam", "Sam", "PROPN", 1, "flat"),
    ("Lee", "Lee", "PROPN", 2, "nsubj"),
    ("praised", "praise", "VERB", -1, "root"),
    ("the", "the", "DET", 4, "det"),
    ("plan", "plan", "NOUN", 2, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
]

SHE_SAID: list[Row] = [  # She said the plan works .
    ("She", "she", "PRON", 1, "nsubj"),
    ("said", "say", "VERB", -1, "root"),
    ("the", "the", "DET", 3, "det"),
    ("plan", "plan", "NOUN", 4, "nsubj"),
    ("works", "work", "VERB", 1, "ccomp"),
    (".", ".", "PUNCT", 1, "punct"),
]


def _differs(verb: tuple[str, str]) -> list[Row]:
    """The note differs from what Dana Roe <verb> the paper ."""
    return [
        ("The", "the", "DET", 1, "det"),
        ("note", "note", "NOUN", 2, "nsubj"),
        ("differs", "differ", "VERB", -1, "root"),
        ("from", "from", "ADP", 4, "case"),
        ("what", "what", "PRON", 2, "obl"),
        ("Dana", "Dana", "PROPN", 6, "flat"),
        ("Roe", "Roe", "PROPN", 7, "nsubj"),
        (verb[0], verb[1], "VERB", 4, "acl:relcl"),
        ("the", "the", "DET", 9, "det"),
        ("paper", "paper", "NOUN", 7, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]


def _she_said_speaker(middle: list[Row]) -> str | None:
    result = resolve([[PRAISED], [middle, SHE_SAID]])
    [q] = [q for q in result.quotes if q.text == "the plan works"]
    return q.speaker.name if q.speaker is not None else None


def test_a_person_who_spoke_in_a_relative_clause_is_the_salient_antecedent():
    # "... what Dana Roe told the paper. She said ...": the one who spoke, though not the
    # subject of a main clause, is who the story has turned to (before: Sam Lee)
    assert _she_said_speaker(_differs(("told", "tell"))) == "Dana Roe"


def test_a_person_who_did_something_else_in_a_relative_clause_is_not():
    # "... what Dana Roe gave the paper" (no speech): the main-clause subject stays salient
    assert _she_said_speaker(_differs(("gave", "give"))) == "Sam Lee"


# -- organisations: outlets are no people ---------------------------------------------------
GLOBE_REPORTED: list[Row] = [  # The Globe and Mail reported the plan works .
    ("The", "the", "DET", 1, "det"),
    ("Globe", "Globe", "PROPN", 4, "nsubj"),
    ("and", "and", "CCONJ", 3, "cc"),
    ("Mail", "Mail", "PROPN", 1, "conj"),
    ("reported", "report", "VERB", -1, "root"),
    ("the", "the", "DET", 6, "det"),
    ("vote", "vote", "NOUN", 7, "nsubj"),
    ("failed", "fail", "VERB", 4, "ccomp"),
    (".", ".", "PUNCT", 4, "punct"),
]


def test_a_word_of_an_outlets_name_is_no_antecedent_for_she():
    # Sam Lee praised the plan . The Globe and Mail reported the vote failed . | She said ...
    # (before: "she" was "Globe", a person by the table's reading of "Globe and Mail")
    assert _she_said_speaker_after([PRAISED, GLOBE_REPORTED]) == "Sam Lee"


def _she_said_speaker_after(first: list[list[Row]]) -> str | None:
    result = resolve([first, [SHE_SAID]])
    [q] = [q for q in result.quotes if q.text == "the plan works"]
    return q.speaker.name if q.speaker is not None else None


# -- a document named again -------------------------------------------------------------------
def _poll(det: str, outlet: list[str], verb: tuple[str, str] = ("shows", "show")) -> list[Row]:
    """<det> [<outlet words>] poll <verb> the plan works ."""
    n = len(outlet)
    rows: list[Row] = [(det, det.lower(), "DET", n + 1, "det")]
    rows += [(w, w, "PROPN", n + 1, "compound") for w in outlet]
    rows += [
        ("poll", "poll", "NOUN", n + 2, "nsubj"),
        (verb[0], verb[1], "VERB", -1, "root"),
        ("the", "the", "DET", n + 4, "det"),
        ("plan", "plan", "NOUN", n + 5, "nsubj"),
        ("works", "work", "VERB", n + 2, "ccomp"),
        (".", ".", "PUNCT", n + 2, "punct"),
    ]
    return rows


def _poll_vias(paragraphs: list[list[list[Row]]]) -> list[str | None]:
    return [q.via.name if q.via is not None else None for q in resolve(paragraphs).quotes]


def test_the_poll_named_again_comes_through_the_outlet_that_ran_it():
    # The CNN poll found ... | The poll shows ... | The poll shows ...  (back along definite mentions)
    first = _poll("The", ["CNN"], ("found", "find"))
    assert _poll_vias([[first], [_poll("The", [])], [_poll("The", [])]]) == ["CNN", "CNN", "CNN"]


def test_an_indefinite_poll_in_between_is_another_poll():
    # The CNN poll found ... | A poll shows ... | The poll shows ...: "the poll" is the last one
    first = _poll("The", ["CNN"], ("found", "find"))
    assert _poll_vias([[first], [_poll("A", [])], [_poll("The", [])]]) == ["CNN", None, None]


# -- a channel's thread -------------------------------------------------------------------------
def _roe_said(subject_verb: tuple[str, str, str]) -> list[Row]:
    """Roe <verb> [<listener>] the vote failed ."""
    verb, lemma, listener = subject_verb
    rows: list[Row] = [("Roe", "Roe", "PROPN", 1, "nsubj"), (verb, lemma, "VERB", -1, "root")]
    if listener:
        rows.append((listener, listener, "PROPN", 1, "obj"))
    k = len(rows)
    return rows + [
        ("the", "the", "DET", k + 1, "det"),
        ("vote", "vote", "NOUN", k + 2, "nsubj"),
        ("failed", "fail", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]


IN_A_STATEMENT_TO_THE_AP: list[Row] = [  # (after "said") Roe in a statement to the AP
    ("Roe", "Roe", "PROPN", -1, "nsubj"),
    ("in", "in", "ADP", 3, "case"),
    ("a", "a", "DET", 3, "det"),
    ("statement", "statement", "NOUN", -1, "obl"),
    ("to", "to", "ADP", 6, "case"),
    ("the", "the", "DET", 6, "det"),
    ("AP", "AP", "PROPN", 3, "nmod"),
]
SAID_ROE: list[Row] = [("Roe", "Roe", "PROPN", -1, "nsubj")]


def _vias(paragraphs: list[list[list[Row]]]) -> dict[str, str | None]:
    return {q.text: q.via.name if q.via is not None else None for q in resolve(paragraphs).quotes}


def test_an_outlet_that_gave_its_channel_to_its_own_sentences_quote_opens_no_thread():
    # “ The road is closed , ” said Roe in a statement to the AP . Roe said the vote failed .
    # (before: the second statement took the AP too, as after a sentence that quotes nothing)
    vias = _vias([[quote_then_said(IN_A_STATEMENT_TO_THE_AP), _roe_said(("said", "say", ""))]])
    assert vias == {"“ The road is closed , ”": "Associated Press", "the vote failed": None}


def test_a_statement_from_anywhere_ends_the_interviews_thread():
    told = _roe_said(("told", "tell", "CNN"))
    # Roe told CNN the vote failed . “ The road is closed , ” said Roe .  (the quote continues)
    assert _vias([[told, quote_then_said(SAID_ROE)]])["“ The road is closed , ”"] == "CNN"
    # ... with "Roe said the vote failed ." between: that may come from anywhere, and so may the
    # quote after it
    vias = _vias([[told, _roe_said(("said", "say", "")), quote_then_said(SAID_ROE)]])
    assert vias["“ The road is closed , ”"] is None


def test_a_participle_takes_the_listener_of_its_verbs_complement_by_a_short_form():
    # The Globe and Mail reported the vote failed . | Roe declined to comment to the Globe ,
    # saying the plan works .
    declined: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("declined", "decline", "VERB", -1, "root"),
        ("to", "to", "PART", 3, "mark"),
        ("comment", "comment", "VERB", 1, "xcomp"),
        ("to", "to", "ADP", 6, "case"),
        ("the", "the", "DET", 6, "det"),
        ("Globe", "Globe", "PROPN", 3, "obl"),
        (",", ",", "PUNCT", 8, "punct"),
        ("saying", "say", "VERB", 1, "advcl"),
        ("the", "the", "DET", 10, "det"),
        ("plan", "plan", "NOUN", 11, "nsubj"),
        ("works", "work", "VERB", 8, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    q = next(q for q in resolve([[GLOBE_REPORTED], [declined]]).quotes if q.text == "the plan works")
    assert q.via is not None and (q.via.name, q.via.text) == ("The Globe and Mail", "Globe")


# -- a relative clause on a name inside a noun's phrase -------------------------------------------
def _story_began_with(of: list[Row], pronoun: str, verb: tuple[str, str], hung_on: int) -> list[FeatRow]:
    """The story began with a report <of ...> <pronoun> <verb> the plan works .  (``of`` heads
    count from its first word, -1 for "report"; the relative clause hangs on ``of[hung_on]``)"""
    n = len(of)
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("story", "story", "NOUN", 2, "nsubj", ""),
        ("began", "begin", "VERB", -1, "root", ""),
        ("with", "with", "ADP", 5, "case", ""),
        ("a", "a", "DET", 5, "det", ""),
        ("report", "report", "NOUN", 2, "obl", ""),
    ]
    rows += [(t, lem, u, h + 6 if h >= 0 else 5, r, "") for t, lem, u, h, r in of]
    v = 6 + n + 1
    return rows + [
        (pronoun, pronoun, "PRON", v, "nsubj", "PronType=Rel"),
        (verb[0], verb[1], "VERB", 6 + hung_on, "acl:relcl", ""),
        ("the", "the", "DET", v + 2, "det", ""),
        ("plan", "plan", "NOUN", v + 3, "nsubj", ""),
        ("works", "work", "VERB", v, "ccomp", ""),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]


def test_a_restrictive_relative_on_an_outlet_in_a_nouns_phrase_is_the_nouns():
    # The story began with a report in The Globe and Mail that alleged the plan works .
    # (the parse hung "alleged" on "Mail": before, the speaker was a person "Mail")
    of: list[Row] = [
        ("in", "in", "ADP", 2, "case"),
        ("The", "the", "DET", 2, "det"),
        ("Globe", "Globe", "PROPN", -1, "nmod"),
        ("and", "and", "CCONJ", 4, "cc"),
        ("Mail", "Mail", "PROPN", 2, "conj"),
    ]
    rows = _story_began_with(of, "that", ("alleged", "allege"), hung_on=4)
    [q] = [q for q in resolve([[rows]]).quotes if q.text == "the plan works"]
    assert q.speaker is not None and q.speaker.type == "organization" and "report" in (q.speaker.name or "")
    assert q.via is not None and q.via.name == "The Globe and Mail"


def test_a_relative_after_a_comma_keeps_the_name_it_follows():
    # The story began with a report by Jane Roe , who said the plan works .
    of: list[Row] = [
        ("by", "by", "ADP", 2, "case"),
        ("Jane", "Jane", "PROPN", 2, "flat"),
        ("Roe", "Roe", "PROPN", -1, "nmod"),
        (",", ",", "PUNCT", 2, "punct"),
    ]
    rows = _story_began_with(of, "who", ("said", "say"), hung_on=2)
    [q] = [q for q in resolve([[rows]]).quotes if q.text == "the plan works"]
    assert q.speaker is not None and q.speaker.name == "Jane Roe"


# -- one person, two spellings ----------------------------------------------------------------
def _lawmaker_then(surname: tuple[str, str]) -> list[str | None]:
    """Hadi Saidi , a lawmaker , said the vote failed . | <surname> said the plan works ."""
    first: list[Row] = [
        ("Hadi", "Hadi", "PROPN", 1, "flat"),
        ("Saidi", "Saidi", "PROPN", 7, "nsubj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("a", "a", "DET", 4, "det"),
        ("lawmaker", "lawmaker", "NOUN", 1, "appos"),
        (",", ",", "PUNCT", 4, "punct"),
        ("and", "and", "CCONJ", 7, "cc"),  # (a filler, so that the cue is word 7)
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 9, "det"),
        ("vote", "vote", "NOUN", 10, "nsubj"),
        ("failed", "fail", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    second: list[Row] = [
        (surname[0], surname[0].lower(), surname[1], 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("plan", "plan", "NOUN", 4, "nsubj"),
        ("works", "work", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    result = resolve([[first], [second]])
    return [q.speaker.name if q.speaker is not None else None for q in result.quotes]


def test_a_surname_spelt_another_way_is_the_same_person():
    # transliteration ("Saeedi" for "Saidi"), as a name and as a word the tagger made a noun
    assert _lawmaker_then(("Saeedi", "PROPN")) == ["Hadi Saidi", "Hadi Saidi"]
    assert _lawmaker_then(("Saeedi", "NOUN")) == ["Hadi Saidi", "Hadi Saidi"]


def test_names_with_other_consonants_or_short_names_are_other_people():
    assert _lawmaker_then(("Sadiq", "PROPN"))[1] == "Sadiq"
    assert _lawmaker_then(("Sawyer", "PROPN"))[1] == "Sawyer"


def test_spelling_variants_need_long_words_the_same_consonants_and_two_edits_at_most():
    assert spelling_variant(["al-saidi"], ["al-saeedi"])
    assert spelling_variant(["sharpton"], ["sharption"])
    assert not spelling_variant(["mann"], ["moon"])  # too short to tell
    assert not spelling_variant(["johnson"], ["jackson"])
    assert not spelling_variant(["jane", "roe"], ["roe"])
    # (one letter of a transliteration's pair: "Lindqvist" written "Lindquist" once; not any letter)
    assert spelling_variant(["lindqvist"], ["lindquist"]) and spelling_variant(["nikolaev"], ["nicolaev"])
    assert not spelling_variant(["analysts"], ["analysis"]) and not spelling_variant(["hendrix"], ["hendrik"])


def test_a_particle_joined_by_a_hyphen_stays_in_the_name():
    # "Hadi al-Saidi said" tokenized as Hadi | al | - | Saidi | said (no spaces around the hyphen)
    spec = [("Hadi", "PROPN", 0), ("al", "PROPN", 5), ("-", "PUNCT", 7), ("Saidi", "PROPN", 8), ("said", "VERB", 14)]
    words = [
        Word(i, text, text, upos, "", 4 if i < 4 else -1, "flat" if i < 4 else "root", start, start + len(text))
        for i, (text, upos, start) in enumerate(spec)
    ]
    sent = Sentence(words, 0, 18, "Hadi al-Saidi said")
    assert name_runs(sent, 0, 4) == [[0, 1, 2, 3]]
    # (with spaces it is no name run: "Hadi al - Saidi")
    spaced = [replace(w, start=w.start + k, end=w.end + k) for k, w in enumerate(words)]
    assert name_runs(Sentence(spaced, 0, 22, "Hadi al - Saidi said"), 0, 4) == [[0], [3]]


# -- titles and objects before a name ------------------------------------------------------------
def _said_plan_works(subject: list[Row]) -> list[Row]:
    """<subject words> said the plan works .  (the subject's heads as given; "said" follows)"""
    n = len(subject)
    return subject + [
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", n + 2, "det"),
        ("plan", "plan", "NOUN", n + 3, "nsubj"),
        ("works", "work", "VERB", n, "ccomp"),
        (".", ".", "PUNCT", n, "punct"),
    ]


def _speaker(rows: list[Row]) -> tuple[str | None, str | None, str | None]:
    [q] = [q for q in resolve([[rows]]).quotes if q.text == "the plan works"]
    assert q.speaker is not None
    return q.speaker.name, q.speaker.type, q.speaker.role


def test_a_party_member_before_a_name_is_its_title():
    # Democrat Jane Roe said the plan works .  (before: the name "Democrat Jane Roe", no role)
    rows = _said_plan_works(
        [
            ("Democrat", "Democrat", "PROPN", 2, "compound"),
            ("Jane", "Jane", "PROPN", 2, "flat"),
            ("Roe", "Roe", "PROPN", 3, "nsubj"),
        ]
    )
    assert _speaker(rows) == ("Jane Roe", "person", "Democrat")


def test_a_counted_party_member_is_still_an_unnamed_source():
    # One well-connected Democrat said the plan works .
    rows = _said_plan_works(
        [
            ("One", "one", "NUM", 2, "nummod"),
            ("well-connected", "well-connected", "ADJ", 2, "amod"),
            ("Democrat", "Democrat", "PROPN", 3, "nsubj"),
        ]
    )
    assert _speaker(rows)[1] == "anonymous"


def test_an_indefinite_noun_before_a_name_that_speaks_after_it_is_the_verbs_object():
    # Roe won , a point Dana Lee acknowledged to reporters .  ("a point" hung on the name)
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("won", "win", "VERB", -1, "root"),
        (",", ",", "PUNCT", 8, "punct"),
        ("a", "a", "DET", 6, "det"),
        ("point", "point", "NOUN", 6, "compound"),
        ("Dana", "Dana", "PROPN", 6, "flat"),
        ("Lee", "Lee", "PROPN", 7, "nsubj"),
        ("acknowledged", "acknowledge", "VERB", 1, "conj"),
        ("to", "to", "ADP", 9, "case"),
        ("reporters", "reporter", "NOUN", 7, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    speakers = [(q.speaker.name, q.speaker.type, q.speaker.role) for q in resolve([[rows]]).quotes if q.speaker]
    # (before: "a point Dana Lee", an anonymous source counted by "a", or a person titled "point")
    assert speakers and all(s == ("Dana Lee", "person", None) for s in speakers)


def _according_to_a_list_by(maker: tuple[str, str]) -> list[Row]:
    """Sales rose , according to a list the <maker> assembled ."""
    return [
        ("Sales", "sale", "NOUN", 1, "nsubj"),
        ("rose", "rise", "VERB", -1, "root"),
        (",", ",", "PUNCT", 6, "punct"),
        ("according", "accord", "VERB", 6, "case"),
        ("to", "to", "ADP", 6, "case"),
        ("a", "a", "DET", 6, "det"),
        ("list", "list", "NOUN", 1, "obl"),
        ("the", "the", "DET", 8, "det"),
        (maker[0], maker[0], maker[1], 9, "nsubj"),
        ("assembled", "assemble", "VERB", 6, "acl:relcl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]


def test_a_document_an_outlet_made_comes_through_it():
    [q] = [q for q in resolve([[_according_to_a_list_by(("AP", "PROPN"))]]).quotes if q.text == "Sales rose"]
    assert q.via is not None and q.via.name == "Associated Press"
    [q] = [q for q in resolve([[_according_to_a_list_by(("mayor", "NOUN"))]]).quotes if q.text == "Sales rose"]
    assert q.via is None


def _which_had_said(before: tuple[str, str, str], head: tuple[str, str, str]) -> list[Row]:
    """The silence comes after the <before> <head> , which had said it would wait , said it
    would act .  (the parse: the second "said" a parataxis of "comes", with no subject)"""
    return [
        ("The", "the", "DET", 1, "det"),
        ("silence", "silence", "NOUN", 2, "nsubj"),
        ("comes", "come", "VERB", -1, "root"),
        ("after", "after", "ADP", 6, "case"),
        ("the", "the", "DET", 6, "det"),
        (before[0], before[0], before[1], 6, before[2]),
        (head[0], head[0], head[1], 2, head[2]),
        (",", ",", "PUNCT", 10, "punct"),
        ("which", "which", "PRON", 10, "nsubj"),
        ("had", "have", "AUX", 10, "aux"),
        ("said", "say", "VERB", 2, "conj"),
        ("it", "it", "PRON", 13, "nsubj"),
        ("would", "would", "AUX", 13, "aux"),
        ("wait", "wait", "VERB", 10, "ccomp"),
        (",", ",", "PUNCT", 2, "punct"),
        ("said", "say", "VERB", 2, "parataxis"),
        ("it", "it", "PRON", 18, "nsubj"),
        ("would", "would", "AUX", 18, "aux"),
        ("act", "act", "VERB", 15, "ccomp"),
        (".", ".", "PUNCT", 15, "punct"),
    ]


def test_which_after_a_name_that_ends_a_clause_stands_for_the_name():
    rows = _which_had_said(("Huffington", "PROPN", "compound"), ("Post", "PROPN", "obl"))
    [q] = [q for q in resolve([[rows]]).quotes if q.text == "it would act"]
    assert q.speaker is not None and q.speaker.name == "Huffington Post"
    # (a common noun there is no name to stand for: the cue keeps no speaker)
    rows = _which_had_said(("new", "ADJ", "amod"), ("report", "NOUN", "obl"))
    [q] = [q for q in resolve([[rows]]).quotes if q.text == "it would act"]
    assert q.speaker is None


def test_quoted_as_saying_whoever_the_parse_made_a_predicate():
    # The Post quoted another official as saying the plan works .  ("official" read as an
    # adjective complement of "quoted", not its object: before, the Post was the speaker)
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("Post", "Post", "PROPN", 2, "nsubj"),
        ("quoted", "quote", "VERB", -1, "root"),
        ("another", "another", "DET", 4, "det"),
        ("official", "official", "ADJ", 2, "xcomp"),
        ("as", "as", "SCONJ", 6, "mark"),
        ("saying", "say", "VERB", 2, "advcl"),
        ("the", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("works", "work", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    [q] = [q for q in resolve([[rows]]).quotes if q.text == "the plan works"]
    assert q.speaker is not None and q.speaker.type == "anonymous"
    assert q.via is not None and q.via.name == "Post"


# -- what a document reads, what a singer sings ------------------------------------------------------
def _quote_then(after: list[Row], cue: int) -> list[Row]:
    """“ The road is closed , ” <after> .  — heads in ``after`` count from its first word, -1
    for the root; ``after[cue]`` is the root, and the quoted clause hangs on it."""
    root = 7 + cue
    head: list[Row] = [
        ("“", "“", "PUNCT", 4, "punct"),
        ("The", "the", "DET", 2, "det"),
        ("road", "road", "NOUN", 4, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("closed", "closed", "ADJ", root, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ("”", "”", "PUNCT", 4, "punct"),
    ]
    shifted = [(t, lem, u, h + 7 if h >= 0 else -1, r) for t, lem, u, h, r in after]
    return head + shifted + [(".", ".", "PUNCT", root, "punct")]


def test_a_singer_sings_what_she_says():
    singer: list[Row] = [("Blige", "Blige", "PROPN", 1, "nsubj"), ("sings", "sing", "VERB", -1, "root")]
    [q] = resolve([[_quote_then(singer, 1)]]).quotes
    assert q.speaker is not None and q.speaker.text == "Blige"


def test_a_cue_read_as_a_noun_is_no_part_of_its_speakers_phrase():
    # “ The road is closed , ” a message on the website reads .  ("reads" a noun under "message",
    # "message" the root)
    after: list[Row] = [
        ("a", "a", "DET", 1, "det"),
        ("message", "message", "NOUN", -1, "root"),
        ("on", "on", "ADP", 5, "case"),
        ("the", "the", "DET", 5, "det"),
        ("website", "website", "NOUN", 5, "compound"),
        ("reads", "read", "NOUN", 1, "nmod"),
    ]
    [q] = resolve([[_quote_then(after, 1)]]).quotes
    assert q.speaker is not None and q.speaker.text.startswith("a message") and "reads" not in q.speaker.text
    # (a person "reads" aloud: no cue, as with the verb, cues.is_document_reading)
    after[1] = ("sister", "sister", "NOUN", -1, "root")
    [q] = resolve([[_quote_then(after, 1)]]).quotes
    assert q.speaker is None
