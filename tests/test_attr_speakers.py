"""Which mention is the speaker, on hand-built parses (no model)."""

from __future__ import annotations

from parse_helpers import Row, article, quote_then_said, sentence

from provenance.attribution import Attribution, Attributor
from provenance.attribution.phrases import noun_phrase_after
from provenance.quotemarks import pair_marks
from provenance.vocab import load_vocabulary

ATTRIBUTOR = Attributor(load_vocabulary())


def attribute(paragraphs: list[list[list[Row]]]) -> tuple[str, list[Attribution]]:
    doc, paras = article(paragraphs)
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    return doc.text, ATTRIBUTOR.attribute(doc.text, paras, spans)


def test_a_phrase_of_modifiers_closing_the_sentence_is_its_own_head():
    # ... said another .  /  ... said the second official .  ("official" tagged an adjective)
    another = sentence(quote_then_said([("another", "another", "DET", -1, "obj")]))
    assert (ref := noun_phrase_after(another, 7)) is not None and ref.word.text == "another"
    second = sentence(
        quote_then_said(
            [
                ("the", "the", "DET", 2, "det"),
                ("second", "second", "ADJ", 2, "amod"),
                ("official", "official", "ADJ", -1, "ccomp"),
            ]
        )
    )
    assert (ref := noun_phrase_after(second, 7)) is not None and ref.word.text == "official"


def test_modifiers_that_do_not_close_the_clause_name_nobody():
    # ... said early on Monday .  — "early" is no speaker
    s = sentence(
        quote_then_said(
            [
                ("early", "early", "ADJ", -1, "advmod"),
                ("on", "on", "ADP", 2, "case"),
                ("Monday", "Monday", "PROPN", -1, "obl"),
            ]
        )
    )
    assert noun_phrase_after(s, 7) is None


def test_a_coordination_of_modifiers_before_a_name_ends_on_the_name():
    # “ The road is closed , ” said farm and ranch worker Tom Reyes .  — parsed with "farm" as
    # the object and the name as its conjunct
    rows = quote_then_said(
        [
            ("farm", "farm", "NOUN", -1, "obj"),
            ("and", "and", "CCONJ", 5, "cc"),
            ("ranch", "ranch", "NOUN", 3, "compound"),
            ("worker", "worker", "NOUN", 5, "compound"),
            ("Tom", "Tom", "PROPN", 5, "compound"),
            ("Reyes", "Reyes", "PROPN", 0, "conj"),
        ]
    )
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "Reyes"


def test_the_name_after_the_cue_is_not_cut_at_a_day():
    # ... said Jane Roe Tuesday .
    s = sentence(
        quote_then_said(
            [
                ("Jane", "Jane", "PROPN", 1, "compound"),
                ("Roe", "Roe", "PROPN", -1, "nsubj"),
                ("Tuesday", "Tuesday", "PROPN", -1, "obl:tmod"),
            ]
        )
    )
    assert (ref := noun_phrase_after(s, 7)) is not None and ref.word.text == "Roe"


def test_a_second_subject_after_the_cue_belongs_to_the_reported_clause():
    # Sen. Jane Roe said presumptive nominee John Doe was a failure .  — both names parsed as
    # subjects of "said"
    rows: list[Row] = [
        ("Sen.", "Sen.", "PROPN", 2, "compound"),
        ("Jane", "Jane", "PROPN", 2, "compound"),
        ("Roe", "Roe", "PROPN", 3, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("presumptive", "presumptive", "ADJ", 5, "amod"),
        ("nominee", "nominee", "NOUN", 7, "compound"),
        ("John", "John", "PROPN", 7, "compound"),
        ("Doe", "Doe", "PROPN", 3, "nsubj"),
        ("was", "be", "AUX", 10, "cop"),
        ("a", "a", "DET", 10, "det"),
        ("failure", "failure", "NOUN", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    text, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "Roe"
    assert text[a.start : a.end] == "presumptive nominee John Doe was a failure"


def test_a_name_after_the_cue_with_an_apposition_taken_for_a_clause_stays_the_speaker():
    # “ The road is closed , ” said Jane Roe , a senior engineer .  — the opening words of the
    # quote and the name both parsed as subjects, the apposition as a clause
    rows: list[Row] = [
        ("“", "“", "PUNCT", 4, "punct"),
        ("The", "the", "DET", 2, "det"),
        ("road", "road", "NOUN", 7, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("closed", "closed", "ADJ", 7, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ("”", "”", "PUNCT", 4, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("Jane", "Jane", "PROPN", 9, "compound"),
        ("Roe", "Roe", "PROPN", 7, "nsubj"),
        (",", ",", "PUNCT", 13, "punct"),
        ("a", "a", "DET", 13, "det"),
        ("senior", "senior", "ADJ", 13, "amod"),
        ("engineer", "engineer", "NOUN", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    _, found = attribute([[rows]])
    assert [a.speaker.word.text for a in found if a.speaker is not None] == ["Roe"]


def test_a_prepositional_phrase_taken_for_the_subject_gives_way_to_the_coordinated_verbs_subject():
    # Roe called the report false and in a short response said he gave no orders .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("called", "call", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("report", "report", "NOUN", 1, "obj"),
        ("false", "false", "ADJ", 1, "xcomp"),
        ("and", "and", "CCONJ", 10, "cc"),
        ("in", "in", "ADP", 9, "case"),
        ("a", "a", "DET", 9, "det"),
        ("short", "short", "ADJ", 9, "amod"),
        ("response", "response", "NOUN", 10, "nsubj"),
        ("said", "say", "VERB", 1, "conj"),
        ("he", "he", "PRON", 12, "nsubj"),
        ("gave", "give", "VERB", 10, "ccomp"),
        ("no", "no", "DET", 14, "det"),
        ("orders", "order", "NOUN", 12, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    _, found = attribute([[rows]])
    [a] = [a for a in found if a.cue is not None and a.cue.word.text == "said"]
    assert a.speaker is not None and a.speaker.word.text == "Roe"


def _infinitive_cue(verb: tuple[str, str], obj: list[Row], to: bool) -> list[Row]:
    """The critics <verb> [<obj>] [to] say the plan failed .  — "say" an xcomp of the verb."""
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("critics", "critic", "NOUN", 2, "nsubj"),
        (verb[0], verb[1], "VERB", -1, "root"),
    ]
    rows += [(t, lem, u, 2 if h < 0 else h, r) for t, lem, u, h, r in obj]
    say = len(rows) + (1 if to else 0)
    if to:
        rows.append(("to", "to", "PART", say, "mark"))
    rows += [
        ("say", "say", "VERB", 2, "xcomp"),
        ("the", "the", "DET", say + 2, "det"),
        ("plan", "plan", "NOUN", say + 3, "nsubj"),
        ("failed", "fail", "VERB", say, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    return rows


def test_an_infinitive_cue_is_spoken_by_the_object_of_the_verb_it_completes_else_its_subject():
    # The critics continued to say the plan failed .
    _, [a] = attribute([[_infinitive_cue(("continued", "continue"), [], to=True)]])
    assert a.speaker is not None and a.speaker.word.text == "critics"
    # The critics led voters to say the plan failed .
    _, [a] = attribute([[_infinitive_cue(("led", "lead"), [("voters", "voter", "NOUN", -1, "obj")], to=True)]])
    assert a.speaker is not None and a.speaker.word.text == "voters"
    # The critics made anyone say the plan failed .  (a bare infinitive after a causative)
    _, [a] = attribute([[_infinitive_cue(("made", "make"), [("anyone", "anyone", "PRON", -1, "obj")], to=False)]])
    assert a.speaker is not None and a.speaker.word.text == "anyone"


def test_a_reduced_relative_clause_is_not_the_cue_and_its_noun_speaks():
    # People briefed on the plan said it would fail .  — "said" parsed as the complement of "briefed"
    rows: list[Row] = [
        ("People", "person", "NOUN", 1, "nsubj"),
        ("briefed", "brief", "VERB", -1, "root"),
        ("on", "on", "ADP", 4, "case"),
        ("the", "the", "DET", 4, "det"),
        ("plan", "plan", "NOUN", 1, "obl"),
        ("said", "say", "VERB", 1, "ccomp"),
        ("it", "it", "PRON", 8, "nsubj"),
        ("would", "would", "AUX", 8, "aux"),
        ("fail", "fail", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    text, [a] = attribute([[rows]])
    assert a.cue is not None and a.cue.word.text == "said"
    assert a.speaker is not None and a.speaker.word.text == "People"
    assert text[a.start : a.end] == "it would fail"


def test_a_name_set_off_by_an_age_before_the_cue_is_the_speaker():
    # As part of his plea , Tom Reyes , 44 , said he stole the files .  — the name parsed as a
    # conjunct of "plea", no subject on "said"
    rows: list[Row] = [
        ("As", "as", "ADP", 1, "case"),
        ("part", "part", "NOUN", 11, "obl"),
        ("of", "of", "ADP", 4, "case"),
        ("his", "his", "PRON", 4, "nmod:poss"),
        ("plea", "plea", "NOUN", 1, "nmod"),
        (",", ",", "PUNCT", 1, "punct"),
        ("Tom", "Tom", "PROPN", 7, "compound"),
        ("Reyes", "Reyes", "PROPN", 4, "conj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("44", "44", "NUM", 7, "nmod"),
        (",", ",", "PUNCT", 1, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("he", "he", "PRON", 13, "nsubj"),
        ("stole", "steal", "VERB", 11, "ccomp"),
        ("the", "the", "DET", 15, "det"),
        ("files", "file", "NOUN", 13, "obj"),
        (".", ".", "PUNCT", 11, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "Reyes"


def test_a_time_taken_for_a_second_subject_gives_way_to_the_first():
    # The ministry two weeks ago said the files were lost .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("ministry", "ministry", "NOUN", 5, "nsubj"),
        ("two", "two", "NUM", 3, "nummod"),
        ("weeks", "week", "NOUN", 5, "nsubj"),
        ("ago", "ago", "ADV", 5, "advmod"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 7, "det"),
        ("files", "file", "NOUN", 9, "nsubj:pass"),
        ("were", "be", "AUX", 9, "aux:pass"),
        ("lost", "lose", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "ministry"


def test_a_conjunct_cue_takes_the_subject_up_through_verbs_without_one():
    # Roe returned to resume her remarks and declared , “ We will never stop . ”
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("returned", "return", "VERB", -1, "root"),
        ("to", "to", "PART", 3, "mark"),
        ("resume", "resume", "VERB", 1, "advcl"),
        ("her", "her", "PRON", 5, "nmod:poss"),
        ("remarks", "remark", "NOUN", 3, "obj"),
        ("and", "and", "CCONJ", 7, "cc"),
        ("declared", "declare", "VERB", 3, "conj"),
        (",", ",", "PUNCT", 7, "punct"),
        ("“", "“", "PUNCT", 13, "punct"),
        ("We", "we", "PRON", 13, "nsubj"),
        ("will", "will", "AUX", 13, "aux"),
        ("never", "never", "ADV", 13, "advmod"),
        ("stop", "stop", "VERB", 1, "conj"),
        (".", ".", "PUNCT", 13, "punct"),
        ("”", "”", "PUNCT", 13, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.cue is not None and a.cue.word.text == "declared"
    assert a.speaker is not None and a.speaker.word.text == "Roe"


def test_a_name_before_a_relative_clause_set_off_by_commas_is_the_speaker():
    # Of the plan , Levine , who has given money to the party , said it was vapid .
    rows: list[Row] = [
        ("Of", "of", "ADP", 2, "case"),
        ("the", "the", "DET", 2, "det"),
        ("plan", "plan", "NOUN", 14, "obl"),
        (",", ",", "PUNCT", 2, "punct"),
        ("Levine", "Levine", "PROPN", 2, "conj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("who", "who", "PRON", 8, "nsubj"),
        ("has", "have", "AUX", 8, "aux"),
        ("given", "give", "VERB", 4, "acl:relcl"),
        ("money", "money", "NOUN", 8, "obj"),
        ("to", "to", "ADP", 12, "case"),
        ("the", "the", "DET", 12, "det"),
        ("party", "party", "NOUN", 8, "obl"),
        (",", ",", "PUNCT", 14, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("it", "it", "PRON", 17, "nsubj"),
        ("was", "be", "AUX", 17, "cop"),
        ("vapid", "vapid", "ADJ", 14, "ccomp"),
        (".", ".", "PUNCT", 14, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "Levine"


def test_the_noun_for_introduces_is_the_subject_of_an_infinitive_cue():
    # For a mayor to believe the vote was rigged is reckless .
    rows: list[Row] = [
        ("For", "for", "ADP", 2, "case"),
        ("a", "a", "DET", 2, "det"),
        ("mayor", "mayor", "NOUN", 10, "obl"),
        ("to", "to", "PART", 4, "mark"),
        ("believe", "believe", "VERB", 10, "advcl"),
        ("the", "the", "DET", 6, "det"),
        ("vote", "vote", "NOUN", 8, "nsubj:pass"),
        ("was", "be", "AUX", 8, "aux:pass"),
        ("rigged", "rig", "VERB", 4, "ccomp"),
        ("is", "be", "AUX", 10, "cop"),
        ("reckless", "reckless", "ADJ", -1, "root"),
        (".", ".", "PUNCT", 10, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "mayor"


def test_a_name_with_a_participle_and_a_place_after_the_quote_is_the_speaker_not_the_listener():
    # “ The race is close , ” the running mate Jane Roe of Ohio told Fox News .  — the name parsed
    # into the quoted clause, no subject on "told"
    rows: list[Row] = [
        ("“", "“", "PUNCT", 4, "punct"),
        ("The", "the", "DET", 2, "det"),
        ("race", "race", "NOUN", 4, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("close", "close", "ADJ", 14, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ("”", "”", "PUNCT", 4, "punct"),
        ("the", "the", "DET", 11, "det"),
        ("running", "run", "VERB", 9, "amod"),
        ("mate", "mate", "NOUN", 11, "compound"),
        ("Jane", "Jane", "PROPN", 11, "compound"),
        ("Roe", "Roe", "PROPN", 4, "conj"),
        ("of", "of", "ADP", 13, "case"),
        ("Ohio", "Ohio", "PROPN", 11, "nmod"),
        ("told", "tell", "VERB", -1, "root"),
        ("Fox", "Fox", "PROPN", 14, "iobj"),
        ("News", "News", "PROPN", 15, "flat"),
        (".", ".", "PUNCT", 14, "punct"),
    ]
    _, found = attribute([[rows]])
    [a] = [a for a in found if a.cue is not None and a.cue.word.text == "told"]
    assert a.speaker is not None and a.speaker.word.text == "Roe"


def test_the_subject_of_a_passive_cue_is_spoken_to_or_of_the_agent_speaks():
    # Roe was asked why she voted no .
    asked: list[Row] = [
        ("Roe", "Roe", "PROPN", 2, "nsubj:pass"),
        ("was", "be", "AUX", 2, "aux:pass"),
        ("asked", "ask", "VERB", -1, "root"),
        ("why", "why", "ADV", 5, "advmod"),
        ("she", "she", "PRON", 5, "nsubj"),
        ("voted", "vote", "VERB", 2, "ccomp"),
        ("no", "no", "INTJ", 5, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    _, [a] = attribute([[asked]])
    assert a.cue is not None and a.speaker is None
    # The closure was announced by the ministry that the border would shut .
    announced: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("closure", "closure", "NOUN", 3, "nsubj:pass"),
        ("was", "be", "AUX", 3, "aux:pass"),
        ("announced", "announce", "VERB", -1, "root"),
        ("by", "by", "ADP", 6, "case"),
        ("the", "the", "DET", 6, "det"),
        ("ministry", "ministry", "NOUN", 3, "obl"),
        ("that", "that", "SCONJ", 11, "mark"),
        ("the", "the", "DET", 9, "det"),
        ("border", "border", "NOUN", 11, "nsubj"),
        ("would", "would", "AUX", 11, "aux"),
        ("shut", "shut", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    _, [a] = attribute([[announced]])
    assert a.speaker is not None and a.speaker.word.text == "ministry"


def test_a_contracted_has_read_as_a_passive_auxiliary_keeps_the_subject():
    # He 's said he will fight on .
    rows: list[Row] = [
        ("He", "he", "PRON", 2, "nsubj:pass"),
        ("'s", "be", "AUX", 2, "aux:pass"),
        ("said", "say", "VERB", -1, "root"),
        ("he", "he", "PRON", 5, "nsubj"),
        ("will", "will", "AUX", 5, "aux"),
        ("fight", "fight", "VERB", 2, "ccomp"),
        ("on", "on", "ADP", 5, "compound:prt"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "He"


def test_one_of_a_group_after_the_cue_is_the_speaker():
    # “ The road is closed , ” said one of the players .
    s = sentence(
        quote_then_said(
            [
                ("one", "one", "NUM", -1, "nsubj"),
                ("of", "of", "ADP", 3, "case"),
                ("the", "the", "DET", 3, "det"),
                ("players", "player", "NOUN", 0, "nmod"),
            ]
        )
    )
    assert (ref := noun_phrase_after(s, 7)) is not None and ref.word.text == "one"


def test_after_a_quote_the_name_after_the_cue_speaks_not_the_subject_before_the_quote():
    # Results are “ very good , ” says senior manager Jane Roe .  — "Results" parsed as the subject
    rows: list[Row] = [
        ("Results", "result", "NOUN", 7, "nsubj"),
        ("are", "be", "AUX", 4, "cop"),
        ("“", "“", "PUNCT", 4, "punct"),
        ("very", "very", "ADV", 4, "advmod"),
        ("good", "good", "ADJ", 7, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ("”", "”", "PUNCT", 4, "punct"),
        ("says", "say", "VERB", -1, "root"),
        ("senior", "senior", "ADJ", 9, "amod"),
        ("manager", "manager", "NOUN", 7, "obj"),
        ("Jane", "Jane", "PROPN", 11, "compound"),
        ("Roe", "Roe", "PROPN", 9, "appos"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    text, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "Roe"
    assert text[a.start : a.end] == "Results are “ very good , ”"


def test_a_parenthetical_cue_names_its_speaker_after_it():
    # The paradox , says Tom Reyes , is that it was never funded .  — "paradox" parsed as the
    # subject of "says", the name as its object
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("paradox", "paradox", "NOUN", 3, "nsubj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("says", "say", "VERB", -1, "root"),
        ("Tom", "Tom", "PROPN", 5, "compound"),
        ("Reyes", "Reyes", "PROPN", 3, "obj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("is", "be", "AUX", 3, "ccomp"),
        ("that", "that", "SCONJ", 12, "mark"),
        ("it", "it", "PRON", 12, "nsubj:pass"),
        ("was", "be", "AUX", 12, "aux:pass"),
        ("never", "never", "ADV", 12, "advmod"),
        ("funded", "fund", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    _, found = attribute([[rows]])
    assert found and all(a.speaker is not None and a.speaker.word.text == "Reyes" for a in found)


def test_a_quantifier_before_the_cue_is_its_subject():
    # Most believe the economy improved .  — "Most" tagged an adverb
    rows: list[Row] = [
        ("Most", "most", "ADV", 1, "advmod"),
        ("believe", "believe", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("economy", "economy", "NOUN", 4, "nsubj"),
        ("improved", "improve", "VERB", 1, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "Most"


def test_short_quoted_words_inside_a_sentence_stay_scare_quotes():
    # He called it " fake news . "  -- two words in marks, but they open mid-sentence
    from provenance.attribution.spans import looks_like_speech
    from provenance.quotemarks import pair_marks

    for text, expected in (
        ('He called it "Fake news."', False),
        ('"Nobody listened."', True),
        ('"It is dead," she said. "Nobody listened."', True),
        ('"Nobody."', False),  # one word: a name or a label as likely as a reply
        ('"nobody listened."', False),  # no capital: a fragment
        ('"Nobody listened"', False),  # no full stop of its own
    ):
        spans, _ = pair_marks(text, [(0, len(text))])
        assert looks_like_speech(text, spans[-1]) is expected, text


def test_a_purpose_clause_cue_takes_its_main_clause_subject():
    # Roe stood at the podium to say he was leaving .
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("stood", "stand", "VERB", -1, "root"),
        ("at", "at", "ADP", 4, "case"),
        ("the", "the", "DET", 4, "det"),
        ("podium", "podium", "NOUN", 1, "obl"),
        ("to", "to", "PART", 6, "mark"),
        ("say", "say", "VERB", 1, "advcl"),
        ("he", "he", "PRON", 9, "nsubj"),
        ("was", "be", "AUX", 9, "aux"),
        ("leaving", "leave", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    text, [a] = attribute([[rows]])
    assert text[a.start : a.end] == "he was leaving"
    assert a.speaker is not None and a.speaker.word.text == "Roe"


def test_a_participle_after_a_quote_continues_the_verb_that_reported_it():
    # Roe said , " I like it , " adding that " it works . "
    # The parse hangs "adding" on the quoted clause, whose own subject ("I") is part of the quote.
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (",", ",", "PUNCT", 5, "punct"),
        ('"', '"', "PUNCT", 5, "punct"),
        ("I", "I", "PRON", 5, "nsubj"),
        ("like", "like", "VERB", 1, "ccomp"),
        ("it", "it", "PRON", 5, "obj"),
        (",", ",", "PUNCT", 5, "punct"),
        ('"', '"', "PUNCT", 5, "punct"),
        ("adding", "add", "VERB", 5, "advcl"),
        ("that", "that", "SCONJ", 13, "mark"),
        ('"', '"', "PUNCT", 13, "punct"),
        ("it", "it", "PRON", 13, "nsubj"),
        ("works", "work", "VERB", 9, "ccomp"),
        (".", ".", "PUNCT", 13, "punct"),
        ('"', '"', "PUNCT", 13, "punct"),
    ]
    text, found = attribute([[rows]])
    got = sorted((text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found)
    # two statements, one each: the first quote does not swallow the second
    assert got == [('" I like it , "', "Roe"), ('that " it works . "', "Roe")]


def test_a_phrasal_speech_verb_is_a_cue_only_with_its_particle():
    # " They are here , " Roe shot back .   /   " They are here , " Roe shot them .
    def quote_then(second: Row) -> list[Row]:
        return [
            ('"', '"', "PUNCT", 3, "punct"),
            ("They", "they", "PRON", 3, "nsubj"),
            ("are", "be", "AUX", 3, "cop"),
            ("here", "here", "ADV", 7, "ccomp"),
            (",", ",", "PUNCT", 3, "punct"),
            ('"', '"', "PUNCT", 3, "punct"),
            ("Roe", "Roe", "PROPN", 7, "nsubj"),
            ("shot", "shoot", "VERB", -1, "root"),
            second,
            (".", ".", "PUNCT", 7, "punct"),
        ]

    _, [a] = attribute([[quote_then(("back", "back", "ADV", 7, "advmod"))]])
    assert a.speaker is not None and a.speaker.word.text == "Roe" and a.rule != "unattributed"
    # the bare verb is no speech verb: nothing attributes the three quoted words
    _, found = attribute([[quote_then(("them", "they", "PRON", 7, "obj"))]])
    assert found == []


def test_a_passive_that_reports_its_subject_speaking_names_the_subject():
    # " We win , " Roe is quoted as saying .
    rows: list[Row] = [
        ('"', '"', "PUNCT", 2, "punct"),
        ("We", "we", "PRON", 2, "nsubj"),
        ("win", "win", "VERB", 8, "ccomp"),
        (",", ",", "PUNCT", 2, "punct"),
        ('"', '"', "PUNCT", 2, "punct"),
        ("Roe", "Roe", "PROPN", 7, "nsubj:pass"),
        ("is", "be", "AUX", 7, "aux:pass"),
        ("quoted", "quote", "VERB", -1, "root"),
        ("as", "as", "SCONJ", 9, "mark"),
        ("saying", "say", "VERB", 7, "advcl"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    rows = [(t, lem, u, h if h != 8 else 7, r) for t, lem, u, h, r in rows]
    text, found = attribute([[rows]])
    assert [(a.speaker.word.text if a.speaker else None) for a in found] == ["Roe"]


def test_a_participle_after_the_cue_is_what_the_speaker_did_not_what_wasquote_then_said():
    # Sales were great , he said , wiping his face .
    rows: list[Row] = [
        ("Sales", "sale", "NOUN", 2, "nsubj"),
        ("were", "be", "AUX", 2, "cop"),
        ("great", "great", "ADJ", -1, "root"),
        (",", ",", "PUNCT", 5, "punct"),
        ("he", "he", "PRON", 5, "nsubj"),
        ("said", "say", "VERB", 2, "parataxis"),
        (",", ",", "PUNCT", 7, "punct"),
        ("wiping", "wipe", "VERB", 5, "ccomp"),
        ("his", "his", "PRON", 9, "nmod:poss"),
        ("face", "face", "NOUN", 7, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute([[rows]])
    assert [(text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found] == [
        ("Sales were great", "he")
    ]


def test_a_cue_before_a_quote_never_takes_the_quoted_words_for_its_speaker():
    # Roe responded by saying " some good things " about Doe .  (the parse lost the subject)
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", -1, "root"),
        ("responded", "respond", "VERB", 0, "acl"),
        ("by", "by", "SCONJ", 3, "mark"),
        ("saying", "say", "VERB", 1, "advcl"),
        ('"', '"', "PUNCT", 7, "punct"),
        ("some", "some", "DET", 7, "det"),
        ("good", "good", "ADJ", 7, "amod"),
        ("things", "thing", "NOUN", 3, "obj"),
        ('"', '"', "PUNCT", 7, "punct"),
        ("about", "about", "ADP", 10, "case"),
        ("Doe", "Doe", "PROPN", 7, "nmod"),
        (".", ".", "PUNCT", 0, "punct"),
    ]
    text, found = attribute([[rows]])
    # (the name the parse made the root is the participle's subject: not the quoted words)
    assert [(text[a.start : a.end], a.speaker and a.speaker.word.text) for a in found] == [
        ('" some good things "', "Roe")
    ]


def test_a_reduced_passive_cue_names_no_speaker():
    # When asked whom she backed , Roe smiled .   ("asked" = "she was asked": the asker is unnamed)
    rows: list[Row] = [
        ("When", "when", "ADV", 1, "advmod"),
        ("asked", "ask", "VERB", 7, "advcl"),
        ("whom", "whom", "PRON", 1, "obj"),
        ("she", "she", "PRON", 4, "nsubj"),
        ("backed", "back", "VERB", 1, "ccomp"),
        (",", ",", "PUNCT", 1, "punct"),
        ("Roe", "Roe", "PROPN", 7, "nsubj"),
        ("smiled", "smile", "VERB", -1, "root"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    text, found = attribute([[rows]])
    assert [(text[a.start : a.end], a.speaker) for a in found] == [("she backed", None)]


def test_a_definite_description_set_off_after_a_name_is_its_apposition_not_a_second_speaker():
    # Buckley , the school 's graduate , said it fails .   (two subjects of "said")
    rows: list[Row] = [
        ("Buckley", "Buckley", "PROPN", 7, "nsubj"),
        (",", ",", "PUNCT", 0, "punct"),
        ("the", "the", "DET", 3, "det"),
        ("school", "school", "NOUN", 5, "nmod:poss"),
        ("'s", "'s", "PART", 3, "case"),
        ("graduate", "graduate", "NOUN", 7, "nsubj"),
        (",", ",", "PUNCT", 0, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("it", "it", "PRON", 9, "nsubj"),
        ("fails", "fail", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "Buckley"
    # not closed by a comma, the description is the subject ("Wednesday , the mayor said ...",
    # both parsed as subjects)
    day: list[Row] = [
        ("Wednesday", "Wednesday", "PROPN", 4, "nsubj"),
        (",", ",", "PUNCT", 0, "punct"),
        ("the", "the", "DET", 3, "det"),
        ("mayor", "mayor", "NOUN", 4, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("it", "it", "PRON", 6, "nsubj"),
        ("fails", "fail", "VERB", 4, "ccomp"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    _, [b] = attribute([[day]])
    assert b.speaker is not None and b.speaker.word.text == "mayor"


def test_a_subject_inside_the_quote_that_never_speaks_gives_way_to_the_phrase_after_the_cue():
    # " The drop is real , " said a person close to them .   ("drop" parsed as the subject)
    rows: list[Row] = [
        ('"', '"', "PUNCT", 7, "punct"),
        ("The", "the", "DET", 2, "det"),
        ("drop", "drop", "NOUN", 7, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("real", "real", "ADJ", 7, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ('"', '"', "PUNCT", 4, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("a", "a", "DET", 9, "det"),
        ("person", "person", "NOUN", 7, "obj"),
        ("close", "close", "ADV", 9, "advmod"),
        ("to", "to", "ADP", 12, "case"),
        ("them", "they", "PRON", 10, "obl"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "person"


def test_a_subject_before_the_cue_that_the_parse_gave_the_reported_clause_is_the_speaker():
    # People with knowledge said that , then , the firm was paid .
    rows: list[Row] = [
        ("People", "person", "NOUN", 11, "nsubj:pass"),
        ("with", "with", "ADP", 2, "case"),
        ("knowledge", "knowledge", "NOUN", 0, "nmod"),
        ("said", "say", "VERB", -1, "root"),
        ("that", "that", "SCONJ", 11, "mark"),
        (",", ",", "PUNCT", 6, "punct"),
        ("then", "then", "ADV", 11, "advmod"),
        (",", ",", "PUNCT", 6, "punct"),
        ("the", "the", "DET", 9, "det"),
        ("firm", "firm", "NOUN", 11, "nsubj:pass"),
        ("was", "be", "AUX", 11, "aux:pass"),
        ("paid", "pay", "VERB", 3, "ccomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    text, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "People"
    assert text[a.start : a.end] == "that , then , the firm was paid"


def test_a_subjectless_cue_hung_as_a_second_relative_clause_is_spoken_by_the_noun():
    # One official who relayed it said Reid agreed .
    rows: list[Row] = [
        ("One", "one", "NUM", 1, "nummod"),
        ("official", "official", "NOUN", -1, "root"),
        ("who", "who", "PRON", 3, "nsubj"),
        ("relayed", "relay", "VERB", 1, "acl:relcl"),
        ("it", "it", "PRON", 3, "obj"),
        ("said", "say", "VERB", 1, "acl:relcl"),
        ("Reid", "Reid", "PROPN", 7, "nsubj"),
        ("agreed", "agree", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "official"


def test_a_mistagged_name_opening_the_sentence_before_its_set_off_description_speaks():
    # Small , who attended the rally , said that it failed .   ("Small" tagged an adjective)
    rows: list[Row] = [
        ("Small", "small", "ADJ", 7, "advcl"),
        (",", ",", "PUNCT", 0, "punct"),
        ("who", "who", "PRON", 3, "nsubj"),
        ("attended", "attend", "VERB", 7, "ccomp"),
        ("the", "the", "DET", 5, "det"),
        ("rally", "rally", "NOUN", 3, "obj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("that", "that", "SCONJ", 10, "mark"),
        ("it", "it", "PRON", 10, "nsubj"),
        ("failed", "fail", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    text, found = attribute([[rows]])
    assert [(text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found] == [
        ("that it failed", "Small")
    ]
    # the same words with a lower-case first word: that word is no name
    quietly = [("quietly", "quietly", "ADJ", 7, "advcl"), *rows[1:]]
    _, found = attribute([[quietly]])
    assert all(a.speaker is None or a.speaker.word.text != "quietly" for a in found)


def test_after_an_opening_participle_a_coordinated_cue_takes_the_subject_beside_it():
    # Asked about it , Roe did not apologize , but said the son was worried .
    rows: list[Row] = [
        ("Asked", "ask", "VERB", -1, "root"),
        ("about", "about", "ADP", 2, "case"),
        ("it", "it", "PRON", 0, "obl"),
        (",", ",", "PUNCT", 7, "punct"),
        ("Roe", "Roe", "PROPN", 7, "nsubj"),
        ("did", "do", "AUX", 7, "aux"),
        ("not", "not", "PART", 7, "advmod"),
        ("apologize", "apologize", "VERB", 0, "parataxis"),
        (",", ",", "PUNCT", 10, "punct"),
        ("but", "but", "CCONJ", 10, "cc"),
        ("said", "say", "VERB", 0, "conj"),
        ("the", "the", "DET", 12, "det"),
        ("son", "son", "NOUN", 14, "nsubj"),
        ("was", "be", "AUX", 14, "cop"),
        ("worried", "worried", "ADJ", 10, "ccomp"),
        (".", ".", "PUNCT", 0, "punct"),
    ]
    text, found = attribute([[rows]])
    # (and the negated "did not apologize" reports nothing of "Asked about it")
    assert [(text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found] == [
        ("the son was worried", "Roe")
    ]


def test_a_day_with_its_adjective_read_as_the_subject_is_no_speaker():
    # A statement sent out late Friday said most workers voted .  — the parse made "Friday" (with
    # "late") the subject of "said" and "sent" the root: a time never speaks
    rows: list[Row] = [
        ("A", "a", "DET", 1, "det"),
        ("statement", "statement", "NOUN", 2, "nsubj"),
        ("sent", "send", "VERB", -1, "root"),
        ("out", "out", "ADP", 2, "compound:prt"),
        ("late", "late", "ADJ", 5, "amod"),
        ("Friday", "Friday", "PROPN", 6, "nsubj"),
        ("said", "say", "VERB", 2, "conj"),
        ("most", "most", "ADJ", 8, "amod"),
        ("workers", "worker", "NOUN", 9, "nsubj"),
        ("voted", "vote", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute([[rows]])
    assert [(text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found] == [
        ("most workers voted", "statement")
    ]


def test_a_proper_noun_class_with_a_set_off_after_a_name_is_its_apposition():
    # Roe , a Democrat , said the plan would fail .   (shipped parser: two subjects of "said")
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 5, "nsubj"),
        (",", ",", "PUNCT", 0, "punct"),
        ("a", "a", "DET", 3, "det"),
        ("Democrat", "Democrat", "PROPN", 5, "nsubj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 7, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("would", "would", "AUX", 9, "aux"),
        ("fail", "fail", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "Roe"
