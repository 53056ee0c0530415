"""Reported clauses the parser split or hid, and documents that report (no model needed).

Each tree is the shape the shipped parser produced for the sentence in the comment (checked with
``provenance parse``), cut down to what the repair or pattern reads: attribution/inverted_subject.py,
attribution/interrupted.py, content.closes_set_off, the finding_verbs lexicon with the
finding-cue and finding-trailing-cue patterns, syntax/wording.py, coordination.py's
unpunctuated_clause_conjunct, relative_speech.clause_after_phrase,
tag_repairs.plural_noun_read_as_cue, the light_objects lexicon (cues.controller) and
attribution/double_subject.py."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

from provenance.syntax.wording import parser_wording

FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [(q.text, (q.speaker.text if q.speaker else "")) for q in r.quotes]


# "The meeting deteriorated , said one GOP source ."  as conj(deteriorated, said) + obj(said, source)
INVERTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", ""),
    ("meeting", "meeting", "NOUN", 2, "nsubj", "Number=Sing"),
    ("deteriorated", "deteriorate", "VERB", -1, "root", FIN),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", 2, "conj", FIN),
    ("one", "one", "NUM", 7, "nummod", ""),
    ("GOP", "GOP", "PROPN", 7, "compound", ""),
    ("source", "source", "NOUN", 4, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_inverted_closing_cue_with_its_speaker_read_as_object():
    assert _quotes(INVERTED) == [("The meeting deteriorated", "one GOP source")]


def test_a_closing_verb_with_a_bare_noun_object_is_no_inverted_cue():
    # "The talks ended , said goodbye ." ("goodbye": a bare noun said, nobody speaking)
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("talks", "talk", "NOUN", 2, "nsubj", "Number=Plur"),
        ("ended", "end", "VERB", -1, "root", FIN),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("said", "say", "VERB", 2, "conj", FIN),
        ("goodbye", "goodbye", "NOUN", 4, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert [s for _, s in _quotes(rows)] != ["goodbye"]


# "The question , she said , is not open ." as nsubj(said, question) + nsubj(said, she) + ccomp(said, open)
INTERRUPTED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", ""),
    ("question", "question", "NOUN", 4, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("she", "she", "PRON", 4, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", FIN),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("is", "be", "AUX", 8, "cop", PRES),
    ("not", "not", "PART", 8, "advmod", ""),
    ("open", "open", "ADJ", 4, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def test_subject_before_an_interrupting_cue_belongs_to_the_reported_clause():
    quotes = _quotes(INTERRUPTED)
    assert [t for t, _ in quotes] == ["The question", "is not open"]
    assert {s for _, s in quotes} == {"she"}


# "The state cannot plan in the way it once did , Mr. Lou said ." as ccomp(said, did) + parataxis(plan, said)
STOLEN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", ""),
    ("state", "state", "NOUN", 3, "nsubj", "Number=Sing"),
    ("cannot", "can", "AUX", 3, "aux", "VerbForm=Fin"),
    ("plan", "plan", "VERB", -1, "root", "VerbForm=Inf"),
    ("in", "in", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", ""),
    ("way", "way", "NOUN", 3, "obl", "Number=Sing"),
    ("it", "it", "PRON", 9, "nsubj", "PronType=Prs"),
    ("once", "once", "ADV", 9, "advmod", ""),
    ("did", "do", "AUX", 13, "ccomp", FIN),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("Mr.", "Mr.", "PROPN", 13, "nsubj", ""),  # (sic: two subjects)
    ("Lou", "Lou", "PROPN", 13, "nsubj", ""),
    ("said", "say", "VERB", 3, "parataxis", FIN),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_closing_cue_reports_the_whole_clause_not_the_relative_clause_it_was_given():
    assert _quotes(STOLEN) == [("The state cannot plan in the way it once did", "Mr. Lou")]


# "Kerry said the talks , which started in 2006 , remained useful ." as obj(said, talks) + ccomp(said, useful)
SET_OFF: list[FeatRow] = [
    ("Kerry", "Kerry", "PROPN", 1, "nsubj", ""),
    ("said", "say", "VERB", -1, "root", FIN),
    ("the", "the", "DET", 3, "det", ""),
    ("talks", "talk", "NOUN", 1, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("which", "which", "PRON", 6, "nsubj", "PronType=Rel"),
    ("started", "start", "VERB", 3, "acl:relcl", FIN),
    ("in", "in", "ADP", 8, "case", ""),
    ("2006", "2006", "NUM", 6, "obl", ""),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("remained", "remain", "VERB", 1, "ccomp", FIN),
    ("useful", "useful", "ADJ", 10, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_comma_closing_a_relative_clause_keeps_the_object_as_the_clause_subject():
    assert _quotes(SET_OFF) == [("the talks , which started in 2006 , remained useful", "Kerry")]


def test_a_comma_after_a_plain_object_still_ends_it():
    # "Kerry said O'Neill , on her first day , was useful ." is no rule of this shape: without a
    # set-off phrase inside the object, the comma after it keeps the old reading
    rows = [r if i != 3 else ("O'Neill", "O'Neill", "PROPN", 1, "obj", "") for i, r in enumerate(SET_OFF[:4])]
    rows += [(",", ",", "PUNCT", 6, "punct", ""), ("now", "now", "ADV", 6, "advmod", "")]
    rows += [("remained", "remain", "VERB", 1, "ccomp", FIN), (".", ".", "PUNCT", 1, "punct", "")]
    texts = [t for t, _ in _quotes(rows)]
    assert not any(t.startswith("O'Neill") for t in texts)


# "A new poll has found Roe and Doe are tied ." as obj(found, Roe) + conj(found, tied)
POLL_FOUND: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", ""),
    ("new", "new", "ADJ", 2, "amod", "Degree=Pos"),
    ("poll", "poll", "NOUN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", PRES),
    ("found", "find", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("Roe", "Roe", "PROPN", 4, "obj", ""),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("Doe", "Doe", "PROPN", 5, "conj", ""),
    ("are", "be", "AUX", 9, "cop", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("tied", "tied", "ADJ", 4, "conj", "Degree=Pos"),
    (".", ".", "PUNCT", 4, "punct", ""),
]


def test_a_document_finding_whose_clause_subject_was_read_as_the_object():
    assert _quotes(POLL_FOUND) == [("Roe and Doe are tied", "A new poll")]


def test_a_person_who_finds_something_reports_nothing():
    # "Police have found Roe and Doe are tied ." - "find" reports only with a document as subject
    rows = [("Police", "police", "NOUN", 4, "nsubj", "Number=Plur")] + POLL_FOUND[3:]
    rows = [(t, lemma, u, h - 2 if h > 2 else h, d, f) for t, lemma, u, h, d, f in rows]
    assert _quotes(rows) == []


# "Support rose , a new analysis shows ." as conj(rose, shows)
TRAILING_FINDING: list[FeatRow] = [
    ("Support", "support", "NOUN", 1, "nsubj", "Number=Sing"),
    ("rose", "rise", "VERB", -1, "root", FIN),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("a", "a", "DET", 5, "det", ""),
    ("new", "new", "ADJ", 5, "amod", "Degree=Pos"),
    ("analysis", "analysis", "NOUN", 6, "nsubj", "Number=Sing"),
    ("shows", "show", "VERB", 1, "conj", PRES),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_finding_closing_the_sentence_reports_the_clause_before_it():
    assert _quotes(TRAILING_FINDING) == [("Support rose", "a new analysis")]


# "The poll showed Roe leading Doe ." as obj(leading, Roe) + xcomp(showed, leading)
SMALL_CLAUSE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", ""),
    ("poll", "poll", "NOUN", 2, "nsubj", "Number=Sing"),
    ("showed", "show", "VERB", -1, "root", FIN),
    ("Roe", "Roe", "PROPN", 4, "obj", ""),
    ("leading", "lead", "VERB", 2, "xcomp", "VerbForm=Ger"),
    ("Doe", "Doe", "PROPN", 4, "obj", ""),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_finding_of_a_small_clause_whose_subject_was_read_as_the_object():
    assert _quotes(SMALL_CLAUSE) == [("Roe leading Doe", "The poll")]


# "As Politico revealed , the party agreed ." with advcl(agreed, revealed)
AS_REVEALED: list[FeatRow] = [
    ("As", "as", "SCONJ", 2, "mark", ""),
    ("Politico", "Politico", "PROPN", 2, "nsubj", ""),
    ("revealed", "reveal", "VERB", 6, "advcl", FIN),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 5, "det", ""),
    ("party", "party", "NOUN", 6, "nsubj", "Number=Sing"),
    ("agreed", "agree", "VERB", -1, "root", FIN),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def test_as_x_revealed_introduces_the_clause_after_it():
    assert _quotes(AS_REVEALED) == [("the party agreed", "Politico")]


def test_per_cent_reads_as_percent_at_the_same_offsets():
    text = "Roe said 65 per cent of workers voted; Per cent figures rose, and one PER CENT fell."
    view = parser_wording(text)
    assert len(view) == len(text)
    assert "per cent" not in view.lower() and view.count("percent") + view.count("Percent") == 2
    assert view.count("PERCENT") == 1
    # only the "per cent" spans changed, so every other word keeps its offsets
    changed = [i for i, (c, o) in enumerate(zip(view, text, strict=True)) if c != o]
    assert all(
        text[i - 5 : i + 6].lower().count("per cent") or text[i - 3 : i + 8].lower().count("per cent") for i in changed
    )
    assert parser_wording("superb per centum") == "superb per centum"


# "Officials said there were six deaths that Lohmar said are unrelated ." as the parser read it:
# acl:relcl(deaths, said) + acl:relcl(deaths, unrelated) with mark(unrelated, that)
RELATIVE_SAID: list[FeatRow] = [
    ("Officials", "official", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", FIN),
    ("there", "there", "PRON", 3, "expl", ""),
    ("were", "be", "VERB", 1, "ccomp", FIN),
    ("six", "six", "NUM", 5, "nummod", ""),
    ("deaths", "death", "NOUN", 3, "nsubj", "Number=Plur"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("Lohmar", "Lohmar", "PROPN", 8, "nsubj", ""),
    ("said", "say", "VERB", 5, "acl:relcl", FIN),
    ("are", "be", "AUX", 10, "aux:pass", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("unrelated", "unrelate", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_speech_verb_inside_a_relative_clause_reports_the_clause_after_it():
    assert ("are unrelated", "Lohmar") in _quotes(RELATIVE_SAID)


# "He worked with a charity in Sudan , that prosecutors said was suspected of fraud ." as the
# parser read it: conj(worked, said) + conj(worked, suspected), the comma inside the clause
RELATIVE_SAID_AFTER_COMMA: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", ""),
    ("worked", "work", "VERB", -1, "root", FIN),
    ("with", "with", "ADP", 4, "case", ""),
    ("a", "a", "DET", 4, "det", ""),
    ("charity", "charity", "NOUN", 1, "obl", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("Sudan", "Sudan", "PROPN", 4, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("prosecutors", "prosecutor", "NOUN", 10, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", 1, "conj", FIN),
    ("was", "be", "AUX", 12, "aux:pass", FIN),
    ("suspected", "suspect", "VERB", 1, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("of", "of", "ADP", 14, "case", ""),
    ("fraud", "fraud", "NOUN", 12, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_speech_verb_inside_a_relative_clause_after_a_comma():
    assert ("was suspected of fraud", "prosecutors") in _quotes(RELATIVE_SAID_AFTER_COMMA)


def test_prosecutors_are_unnamed_people_and_it_never_stands_for_a_plural():
    # "Prosecutors said the charity was suspected ." | "It said the plan works ."
    prosecutors: list[FeatRow] = [
        ("Prosecutors", "prosecutor", "NOUN", 1, "nsubj", "Number=Plur"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("charity", "charity", "NOUN", 5, "nsubj:pass", "Number=Sing"),
        ("was", "be", "AUX", 5, "aux:pass", FIN),
        ("suspected", "suspect", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    it_said: list[FeatRow] = [
        ("It", "it", "PRON", 1, "nsubj", "Number=Sing|Person=3|PronType=Prs"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("plan", "plan", "NOUN", 4, "nsubj", "Number=Sing"),
        ("works", "work", "VERB", 1, "ccomp", PRES),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    r = resolve([[prosecutors], [it_said]])  # type: ignore[list-item]
    first, second = r.quotes
    assert first.speaker is not None and (first.speaker.type, first.speaker.anonymity) == ("anonymous", "anonymous")
    assert second.speaker is not None and second.speaker.name != first.speaker.name


# "May said the country would leave by March and suggested that it would quit ." with the parser's
# conj(March, suggested) and "suggested" tagged a participle
MAY: list[FeatRow] = [
    ("May", "May", "PROPN", 1, "nsubj", ""),
    ("said", "say", "VERB", -1, "root", FIN),
    ("the", "the", "DET", 3, "det", ""),
    ("country", "country", "NOUN", 5, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("leave", "leave", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("by", "by", "ADP", 7, "case", ""),
    ("March", "March", "PROPN", 5, "obl", ""),
    ("and", "and", "CCONJ", 9, "cc", ""),
    ("suggested", "suggest", "VERB", 7, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("it", "it", "PRON", 13, "nsubj", "PronType=Prs"),
    ("would", "would", "AUX", 13, "aux", "VerbForm=Fin"),
    ("quit", "quit", "VERB", 9, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_finite_speech_verb_after_and_goes_with_the_verb_it_agrees_with():
    quotes = dict((t, s) for t, s in _quotes(MAY))
    assert quotes["that it would quit"] == "May"
    assert quotes["the country would leave by March"] == "May"


def test_a_participle_coordinated_with_a_participle_stays():
    # "the plan drafted by May and approved that day" keeps conj(drafted, approved)
    from parse_helpers import sentence

    from provenance.attribution.coordination import misplaced_conjunct

    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("plan", "plan", "NOUN", 1, "obj", "Number=Sing"),
        ("drafted", "draft", "VERB", 3, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("and", "and", "CCONJ", 6, "cc", ""),
        ("approved", "approve", "VERB", 4, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("that", "that", "SCONJ", 9, "mark", ""),
        ("it", "it", "PRON", 9, "nsubj", ""),
        ("works", "work", "VERB", 6, "ccomp", PRES),
    ]
    s = sentence(rows)
    assert misplaced_conjunct(s, s.words[6]) == {}


def test_its_after_another_subject_is_no_evidence_that_the_speaker_is_an_organisation():
    # "Theresa May said the country would declare its intention ."
    rows: list[FeatRow] = [
        ("Theresa", "Theresa", "PROPN", 1, "compound", ""),
        ("May", "May", "PROPN", 2, "nsubj", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 4, "det", ""),
        ("country", "country", "NOUN", 6, "nsubj", "Number=Sing"),
        ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
        ("declare", "declare", "VERB", 2, "ccomp", "VerbForm=Inf"),
        ("its", "its", "PRON", 8, "nmod:poss", "Poss=Yes|PronType=Prs"),
        ("intention", "intention", "NOUN", 6, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    [q] = resolve([[rows]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Theresa May", "person")


def test_a_commitment_after_a_time_and_place_read_as_an_adverbial_clause():
    # "Sanders promised Sunday at a rally to end the regime ." as obj(promised, Sunday) + advcl(promised, end)
    rows: list[FeatRow] = [
        ("Sanders", "Sanders", "PROPN", 1, "nsubj", ""),
        ("promised", "promise", "VERB", -1, "root", FIN),
        ("Sunday", "Sunday", "PROPN", 1, "obj", ""),
        ("at", "at", "ADP", 5, "case", ""),
        ("a", "a", "DET", 5, "det", ""),
        ("rally", "rally", "NOUN", 1, "obl", "Number=Sing"),
        ("to", "to", "PART", 7, "mark", ""),
        ("end", "end", "VERB", 1, "advcl", "VerbForm=Inf"),
        ("the", "the", "DET", 9, "det", ""),
        ("regime", "regime", "NOUN", 7, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("to end the regime", "Sanders")]


def test_a_headline_report_flattened_into_the_cue_subjects():
    # "Guns Are 'The Crisis,' Dean Tells Convention ." as three subjects of "tells"
    rows: list[FeatRow] = [
        ("Guns", "gun", "NOUN", 8, "nsubj", "Number=Plur"),
        ("Are", "be", "AUX", 4, "cop", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("'", "'", "PUNCT", 4, "punct", ""),
        ("The", "the", "DET", 4, "det", ""),
        ("Crisis", "Crisis", "PROPN", 8, "nsubj", ""),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("'", "'", "PUNCT", 4, "punct", ""),
        ("Dean", "Dean", "PROPN", 8, "nsubj", ""),
        ("tells", "tell", "VERB", -1, "root", PRES),
        ("Convention", "Convention", "PROPN", 8, "obj", ""),
        (".", ".", "PUNCT", 8, "punct", ""),
    ]
    [(text, speaker)] = [(t, s) for t, s in _quotes(rows) if "Crisis" in t]
    assert speaker == "Dean" and text.startswith("Guns Are")


def test_dismissed_as_reports_what_the_speaker_called_it():
    # "Manafort dismissed the kerfuffle as absurd ."
    rows: list[FeatRow] = [
        ("Manafort", "Manafort", "PROPN", 1, "nsubj", ""),
        ("dismissed", "dismiss", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("kerfuffle", "kerfuffle", "NOUN", 1, "obj", "Number=Sing"),
        ("as", "as", "ADP", 5, "case", ""),
        ("absurd", "absurd", "ADJ", 1, "obl", "Degree=Pos"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert ("the kerfuffle as absurd", "Manafort") in _quotes(rows)


def test_the_statement_belongs_to_the_owner_named_when_it_was_introduced():
    # "Roe drafted the campaign 's statement ." | "The statement said the plan works ."
    drafted: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", ""),
        ("drafted", "draft", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("campaign", "campaign", "NOUN", 5, "nmod:poss", "Number=Sing"),
        ("'s", "'s", "PART", 3, "case", ""),
        ("statement", "statement", "NOUN", 1, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    said: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("statement", "statement", "NOUN", 2, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 4, "det", ""),
        ("plan", "plan", "NOUN", 5, "nsubj", "Number=Sing"),
        ("works", "work", "VERB", 2, "ccomp", PRES),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    [q] = resolve([[drafted], [said]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and q.speaker.type == "organization" and q.speaker.resolved_by == "statement-owner"
    assert q.speaker.name != "Roe"


def test_a_name_before_an_interrupting_cue_is_not_the_speaker_s_name():
    # "Clinton , a top aide said , is confident ." as nsubj(said, Clinton) + nsubj(said, aide)
    rows: list[FeatRow] = [
        ("Clinton", "Clinton", "PROPN", 5, "nsubj", ""),
        (",", ",", "PUNCT", 0, "punct", ""),
        ("a", "a", "DET", 4, "det", ""),
        ("top", "top", "ADJ", 4, "amod", "Degree=Pos"),
        ("aide", "aide", "NOUN", 5, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        (",", ",", "PUNCT", 8, "punct", ""),
        ("is", "be", "AUX", 8, "cop", PRES),
        ("confident", "confident", "ADJ", 5, "ccomp", "Degree=Pos"),
        (".", ".", "PUNCT", 5, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    assert r.quotes and all(q.speaker is not None and q.speaker.text == "a top aide" for q in r.quotes)
    assert all(q.speaker is not None and q.speaker.name != "Clinton" for q in r.quotes)


def test_a_name_inside_the_subject_s_prepositional_phrase_is_not_the_speaker():
    # "People close to Clinton say she won ." as nsubj(say, People) + advmod(close) + nsubj(say, Clinton)
    rows: list[FeatRow] = [
        ("People", "people", "NOUN", 4, "nsubj", "Number=Plur"),
        ("close", "close", "ADV", 4, "advmod", ""),
        ("to", "to", "ADP", 3, "case", ""),
        ("Clinton", "Clinton", "PROPN", 4, "nsubj", ""),
        ("say", "say", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("she", "she", "PRON", 6, "nsubj", "Gender=Fem|PronType=Prs"),
        ("won", "win", "VERB", 4, "ccomp", FIN),
        (".", ".", "PUNCT", 4, "punct", ""),
    ]
    [q] = resolve([[rows]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and q.speaker.text.startswith("People") and q.speaker.type == "anonymous"


def test_the_subject_before_a_quoted_clause_is_the_clause_s_and_the_set_off_name_speaks():
    # 'The plans " will not work , " Anne Roe , a secretary , said .' as nsubj(said, plans) +
    # ccomp(said, work) with "Roe" hung as an apposition inside the clause
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("plans", "plan", "NOUN", 14, "nsubj", "Number=Plur"),
        ('"', '"', "PUNCT", 5, "punct", ""),
        ("will", "will", "AUX", 5, "aux", "VerbForm=Fin"),
        ("not", "not", "PART", 5, "advmod", ""),
        ("work", "work", "VERB", 14, "ccomp", "VerbForm=Inf"),
        (",", ",", "PUNCT", 5, "punct", ""),
        ('"', '"', "PUNCT", 5, "punct", ""),
        ("Anne", "Anne", "PROPN", 9, "compound", ""),
        ("Roe", "Roe", "PROPN", 5, "appos", ""),
        (",", ",", "PUNCT", 12, "punct", ""),
        ("a", "a", "DET", 12, "det", ""),
        ("secretary", "secretary", "NOUN", 9, "appos", "Number=Sing"),
        (",", ",", "PUNCT", 12, "punct", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        (".", ".", "PUNCT", 14, "punct", ""),
    ]
    [q] = resolve([[rows]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and q.speaker.name == "Anne Roe"
    assert q.text.startswith("The plans")


def test_a_quoted_title_before_the_kind_of_work_is_no_quote():
    from provenance.attribution.spans import names_a_work
    from provenance.quotemarks import pair_marks

    def span_of(text: str):
        spans, _ = pair_marks(text, [(0, len(text))])
        return spans[0]

    title = "Roe told NBC's “Today” show that he would win."
    assert names_a_work(title, span_of(title))
    podcast = "She spoke on the “Off Message” podcast."
    assert names_a_work(podcast, span_of(podcast))
    quote = "“It was hard,” she said on the show."
    assert not names_a_work(quote, span_of(quote))
    lower = "He called it “a fake” show of unity."
    assert not names_a_work(lower, span_of(lower))
    book = "In his 2002 book, “Make Your Kid a Millionaire,” Roe suggested saving."
    assert names_a_work(book, span_of(book))
    programme = "On ABC News's “This Week,” Rubio said it failed."
    assert names_a_work(programme, span_of(programme))
    said = "Roe said “We Will Win” at the rally."
    assert not names_a_work(said, span_of(said))


def test_a_question_avoided_is_nothing_said():
    # "He tried to avoid answering whether it failed .": a refusal, like "declined to say whether"
    rows: list[FeatRow] = [
        ("He", "he", "PRON", 1, "nsubj", "PronType=Prs"),
        ("tried", "try", "VERB", -1, "root", FIN),
        ("to", "to", "PART", 3, "mark", ""),
        ("avoid", "avoid", "VERB", 1, "xcomp", "VerbForm=Inf"),
        ("answering", "answer", "VERB", 3, "xcomp", "VerbForm=Ger"),
        ("whether", "whether", "SCONJ", 7, "mark", ""),
        ("it", "it", "PRON", 7, "nsubj", "PronType=Prs"),
        ("failed", "fail", "VERB", 4, "ccomp", FIN),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == []


def test_an_inverted_closing_cue_tagged_as_an_adjective_on_the_name():
    # "Support rose , argued Roe ." as amod(Roe, argued) + conj(rose, Roe)
    rows: list[FeatRow] = [
        ("Support", "support", "NOUN", 1, "nsubj", "Number=Sing"),
        ("rose", "rise", "VERB", -1, "root", FIN),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("argued", "argued", "ADJ", 4, "amod", "Degree=Pos"),
        ("Roe", "Roe", "PROPN", 1, "conj", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("Support rose", "Roe")]
    # (not "the elected officials": no comma before it, and no speech verb)
    rows[2] = ("the", "the", "DET", 4, "det", "")
    assert _quotes(rows) == []


def test_blame_reports_what_was_blamed_and_on_what():
    # "Cruz blamed the law on Democrats ."
    rows: list[FeatRow] = [
        ("Cruz", "Cruz", "PROPN", 1, "nsubj", ""),
        ("blamed", "blame", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("law", "law", "NOUN", 1, "obj", "Number=Sing"),
        ("on", "on", "ADP", 5, "case", ""),
        ("Democrats", "Democrat", "PROPN", 1, "obl", "Number=Plur"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("the law on Democrats", "Cruz")]


def test_a_statement_reported_inside_one_that_came_through_an_outlet_came_through_it_too():
    # "Roe told the AP that Doe said the plan works ."
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", ""),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("AP", "AP", "PROPN", 1, "obj", ""),
        ("that", "that", "SCONJ", 6, "mark", ""),
        ("Doe", "Doe", "PROPN", 6, "nsubj", ""),
        ("said", "say", "VERB", 1, "ccomp", FIN),
        ("the", "the", "DET", 8, "det", ""),
        ("plan", "plan", "NOUN", 9, "nsubj", "Number=Sing"),
        ("works", "work", "VERB", 6, "ccomp", PRES),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    vias = {(q.speaker.name if q.speaker else None): (q.via.name if q.via else None) for q in r.quotes}
    assert vias == {"Roe": "Associated Press", "Doe": "Associated Press"}


def test_an_outlet_that_has_learned_something_reports_it_and_a_person_does_not():
    # "POLITICO has learned that the team grew ." | "Roe learned that the team grew ."
    def learned(subject: FeatRow) -> list[FeatRow]:
        return [
            subject,
            ("has", "have", "AUX", 2, "aux", PRES),
            ("learned", "learn", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
            ("that", "that", "SCONJ", 6, "mark", ""),
            ("the", "the", "DET", 5, "det", ""),
            ("team", "team", "NOUN", 6, "nsubj", "Number=Sing"),
            ("grew", "grow", "VERB", 2, "ccomp", FIN),
            (".", ".", "PUNCT", 2, "punct", ""),
        ]

    r = resolve([[learned(("POLITICO", "Politico", "PROPN", 2, "nsubj", ""))]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and q.speaker.type == "organization" and q.via is not None
    assert _quotes(learned(("Roe", "Roe", "PROPN", 2, "nsubj", ""))) == []


def test_a_second_that_clause_goes_with_the_first_and_a_linking_phrase_is_no_part_of_the_speaker():
    # "Gates , in contrast , told AP he worked and that both were paid ." with conj(told, paid)
    rows: list[FeatRow] = [
        ("Gates", "Gates", "PROPN", 5, "nsubj", ""),
        (",", ",", "PUNCT", 3, "punct", ""),
        ("in", "in", "ADP", 3, "case", ""),
        ("contrast", "contrast", "NOUN", 0, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 3, "punct", ""),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("AP", "AP", "PROPN", 5, "iobj", ""),
        ("he", "he", "PRON", 8, "nsubj", "PronType=Prs"),
        ("worked", "work", "VERB", 5, "ccomp", FIN),
        ("and", "and", "CCONJ", 13, "cc", ""),
        ("that", "that", "SCONJ", 13, "mark", ""),
        ("both", "both", "PRON", 13, "nsubj:pass", ""),
        ("were", "be", "AUX", 13, "aux:pass", FIN),
        ("paid", "pay", "VERB", 5, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (".", ".", "PUNCT", 5, "punct", ""),
    ]
    [(text, speaker)] = _quotes(rows)
    assert text == "he worked and that both were paid" and speaker == "Gates"


def test_a_passive_report_by_an_outlet():
    # "The deal was first reported by the Times ."
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("deal", "deal", "NOUN", 4, "nsubj:pass", "Number=Sing"),
        ("was", "be", "AUX", 4, "aux:pass", FIN),
        ("first", "first", "ADV", 4, "advmod", ""),
        ("reported", "report", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("by", "by", "ADP", 7, "case", ""),
        ("the", "the", "DET", 7, "det", ""),
        ("Times", "Times", "PROPN", 4, "obl:agent", ""),
        (".", ".", "PUNCT", 4, "punct", ""),
    ]
    assert _quotes(rows) == [("The deal", "the Times")]


def test_a_time_the_parse_made_a_second_subject_never_speaks():
    # "Interviews last year found that the firm hired them ." with nsubj(found, year) as well
    rows: list[FeatRow] = [
        ("Interviews", "interview", "NOUN", 3, "nsubj", "Number=Plur"),
        ("last", "last", "ADJ", 2, "amod", "Degree=Pos"),
        ("year", "year", "NOUN", 3, "nsubj", "Number=Sing"),
        ("found", "find", "VERB", -1, "root", FIN),
        ("that", "that", "SCONJ", 7, "mark", ""),
        ("the", "the", "DET", 6, "det", ""),
        ("firm", "firm", "NOUN", 7, "nsubj", "Number=Sing"),
        ("hired", "hire", "VERB", 3, "ccomp", FIN),
        ("them", "they", "PRON", 7, "obj", ""),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]
    assert _quotes(rows) == [("that the firm hired them", "Interviews")]


def test_the_survey_is_the_outlet_s_poll_named_before():
    # "The AP poll found that prices rose ." | "The survey found that wages fell ."
    def found(det: str, owner: str | None, noun: str, what: tuple[str, str, str, str]) -> list[FeatRow]:
        words: list[FeatRow] = [(det, det.lower(), "DET", 2 if owner else 1, "det", "")]
        if owner:
            words.append((owner, owner, "PROPN", 2, "compound", ""))
        k = len(words)
        words += [
            (noun, noun.lower(), "NOUN", k + 1, "nsubj", "Number=Sing"),
            ("found", "find", "VERB", -1, "root", FIN),
            ("that", "that", "SCONJ", k + 4, "mark", ""),
            (what[0], what[1], "NOUN", k + 4, "nsubj", "Number=Plur"),
            (what[2], what[3], "VERB", k + 1, "ccomp", FIN),
            (".", ".", "PUNCT", k + 1, "punct", ""),
        ]
        return words

    first = found("The", "AP", "poll", ("prices", "price", "rose", "rise"))
    second = found("The", None, "survey", ("wages", "wage", "fell", "fall"))
    r = resolve([[first], [second]])  # type: ignore[list-item]
    q = r.quotes[-1]
    assert q.text == "that wages fell"
    assert q.speaker is not None and q.speaker.name == "AP" and q.speaker.resolved_by == "statement-owner"
    assert q.via is not None and q.via.name == "Associated Press"


# "Sources told POLITICO that she did chime in and the conversation flowed both ways ." with
# conj(told, flowed) and "in" a marker of "flowed"
CHIME: list[FeatRow] = [
    ("Sources", "source", "NOUN", 1, "nsubj", "Number=Plur"),
    ("told", "tell", "VERB", -1, "root", FIN),
    ("POLITICO", "POLITICO", "PROPN", 1, "iobj", ""),
    ("that", "that", "SCONJ", 6, "mark", ""),
    ("she", "she", "PRON", 6, "nsubj", "PronType=Prs"),
    ("did", "do", "AUX", 6, "aux", FIN),
    ("chime", "chime", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 11, "mark", ""),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("the", "the", "DET", 10, "det", ""),
    ("conversation", "conversation", "NOUN", 11, "nsubj", "Number=Sing"),
    ("flowed", "flow", "VERB", 1, "conj", FIN),
    ("both", "both", "DET", 13, "det", ""),
    ("ways", "way", "NOUN", 11, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_clause_joined_without_a_comma_goes_on_with_the_reported_clause():
    assert _quotes(CHIME) == [("that she did chime in and the conversation flowed both ways", "Sources")]


def test_a_clause_joined_after_a_comma_or_a_second_speech_verb_stays_apart():
    # "..., and the conversation flowed both ways": two statements of the writer's
    rows = CHIME[:7] + [(",", ",", "PUNCT", 11, "punct", "")] + CHIME[8:]
    assert _quotes(rows)[0] == ("that she did chime", "Sources")
    # "... chime in and Doe added more": a second speaker's own statement
    added = list(CHIME)
    added[9], added[10] = ("a", "a", "DET", 10, "det", ""), ("Doe", "Doe", "PROPN", 11, "nsubj", "")
    added[11] = ("added", "add", "VERB", 1, "conj", FIN)
    quotes = _quotes(added)
    assert ("that she did chime", "Sources") in quotes


# "Green said at a town hall sponsored by CNN that taxes would rise ." with the "that" clause an
# adverbial clause of "sponsored"
TOWN_HALL: list[FeatRow] = [
    ("Green", "Green", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", FIN),
    ("at", "at", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", ""),
    ("town", "town", "NOUN", 5, "compound", "Number=Sing"),
    ("hall", "hall", "NOUN", 1, "obl", "Number=Sing"),
    ("sponsored", "sponsor", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 8, "case", ""),
    ("CNN", "CNN", "PROPN", 6, "obl:agent", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("taxes", "tax", "NOUN", 12, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 6, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_that_clause_after_the_cue_s_own_phrase_is_what_was_said():
    assert _quotes(TOWN_HALL) == [("that taxes would rise", "Green")]


def test_a_that_clause_of_a_content_noun_or_a_speech_verb_inside_the_phrase_stays():
    # "Roe responded to accusations that taxes would rise": the accusers' claim
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("responded", "respond", "VERB", -1, "root", FIN),
        ("to", "to", "ADP", 3, "case", ""),
        ("accusations", "accusation", "NOUN", 1, "obl", "Number=Plur"),
        ("that", "that", "SCONJ", 7, "mark", ""),
        ("taxes", "tax", "NOUN", 7, "nsubj", "Number=Plur"),
        ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
        ("rise", "rise", "VERB", 3, "acl", "VerbForm=Inf"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert ("that taxes would rise", "Roe") not in _quotes(rows)
    # "Green said at a town hall Doe claimed that taxes would rise": Doe's clause
    claimed = list(TOWN_HALL)
    claimed[6] = ("claimed", "claim", "VERB", 5, "acl", FIN)
    assert ("that taxes would rise", "Green") not in _quotes(claimed)


# "Cruz said during taping of an MSNBC town hall that states can pass such laws ." with "taping"
# a complement of "said" and "states" a speech verb whose subject is "that"
STATES: list[FeatRow] = [
    ("Cruz", "Cruz", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", FIN),
    ("during", "during", "SCONJ", 3, "case", ""),
    ("taping", "taping", "NOUN", 1, "ccomp", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("an", "a", "DET", 8, "det", ""),
    ("MSNBC", "MSNBC", "PROPN", 8, "compound", "Number=Sing"),
    ("town", "town", "NOUN", 8, "compound", "Number=Sing"),
    ("hall", "hall", "NOUN", 3, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 10, "nsubj", "PronType=Rel"),
    ("states", "state", "VERB", 8, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("can", "can", "AUX", 12, "aux", "VerbForm=Fin"),
    ("pass", "pass", "VERB", 8, "acl:relcl", "VerbForm=Inf"),
    ("such", "such", "ADJ", 14, "amod", ""),
    ("laws", "law", "NOUN", 12, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_plural_noun_before_an_auxiliary_is_no_speech_verb():
    assert _quotes(STATES) == [("that states can pass such laws", "Cruz")]


def test_a_speech_verb_after_that_with_no_auxiliary_after_it_stays_a_verb():
    # "... a town hall that states the law plainly ." is a relative clause with a real cue
    from parse_helpers import sentence

    from provenance.attribution.tag_repairs import plural_noun_read_as_cue

    rows = STATES[:11] + [
        ("the", "the", "DET", 12, "det", ""),
        ("law", "law", "NOUN", 10, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert plural_noun_read_as_cue(sentence(rows), lambda lex, w: w == "state") == (-1, {})
    assert plural_noun_read_as_cue(sentence(STATES), lambda lex, w: w == "state") == (
        10,
        {10: (12, "nsubj"), 9: (12, "mark")},
    )


# "Roe took care to stress that the deal was not final ."
CARE: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("took", "take", "VERB", -1, "root", FIN),
    ("care", "care", "NOUN", 1, "obj", "Number=Sing"),
    ("to", "to", "PART", 4, "mark", ""),
    ("stress", "stress", "VERB", 1, "xcomp", "VerbForm=Inf"),
    ("that", "that", "SCONJ", 9, "mark", ""),
    ("the", "the", "DET", 7, "det", ""),
    ("deal", "deal", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", FIN),
    ("final", "final", "ADJ", 4, "ccomp", ""),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_an_object_that_makes_one_predicate_with_its_verb_does_not_speak():
    assert _quotes(CARE) == [("that the deal was final", "Roe")]
    # object control stands: "Roe urged voters to stress that ..."
    rows = list(CARE)
    rows[1] = ("urged", "urge", "VERB", -1, "root", FIN)
    rows[2] = ("voters", "voter", "NOUN", 1, "obj", "Number=Plur")
    assert ("that the deal was final", "voters") in _quotes(rows)


def test_the_kind_of_work_after_a_quoted_title_is_no_reported_clause():
    # '“We will not back down,” Smith told NBC’s “Today” show on Tuesday .' with "show" a verb
    # whose subject is "Today"
    rows: list[FeatRow] = [
        ("“", "“", "PUNCT", 4, "punct", ""),
        ("We", "we", "PRON", 4, "nsubj", "PronType=Prs"),
        ("will", "will", "AUX", 4, "aux", "VerbForm=Fin"),
        ("not", "not", "PART", 4, "advmod", ""),
        ("back", "back", "ADV", 9, "ccomp", ""),
        ("down", "down", "ADP", 4, "advmod", ""),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("”", "”", "PUNCT", 4, "punct", ""),
        ("Smith", "Smith", "PROPN", 9, "nsubj", "Number=Sing"),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("NBC", "NBC", "PROPN", 13, "nmod:poss", ""),
        ("’s", "'s", "PART", 10, "case", ""),
        ("“", "“", "PUNCT", 13, "punct", ""),
        ("Today", "Today", "PROPN", 15, "nsubj", "Number=Sing"),
        ("”", "”", "PUNCT", 13, "punct", ""),
        ("show", "show", "VERB", 9, "ccomp", "VerbForm=Fin"),
        ("on", "on", "ADP", 17, "case", ""),
        ("Tuesday", "Tuesday", "PROPN", 15, "obl", ""),
        (".", ".", "PUNCT", 9, "punct", ""),
    ]
    quotes = _quotes(rows)
    assert [t for t, _ in quotes] == ["“ We will not back down , ”"]
    assert quotes[0][1] == "Smith"


def test_a_reported_clause_hung_on_the_kind_of_work_goes_back_to_the_cue():
    # 'He told NBC’s “Today” show on Wednesday that he was not rude .' with "show" a verb, the
    # complement of "told", and the "that" clause its complement
    rows: list[FeatRow] = [
        ("He", "he", "PRON", 1, "nsubj", "Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("NBC", "NBC", "PROPN", 5, "nmod:poss", ""),
        ("’s", "'s", "PART", 2, "case", ""),
        ("“", "“", "PUNCT", 5, "punct", ""),
        ("Today", "Today", "PROPN", 1, "obj", "Number=Sing"),
        ("”", "”", "PUNCT", 5, "punct", ""),
        ("show", "show", "VERB", 1, "ccomp", "Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin"),
        ("on", "on", "ADP", 9, "case", ""),
        ("Wednesday", "Wednesday", "PROPN", 7, "obl", ""),
        ("that", "that", "SCONJ", 14, "mark", ""),
        ("he", "he", "PRON", 14, "nsubj", "PronType=Prs"),
        ("was", "be", "AUX", 14, "cop", FIN),
        ("not", "not", "PART", 14, "advmod", ""),
        ("rude", "rude", "ADJ", 7, "ccomp", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("that he was not rude", "He")]


def _fronted(description: list[FeatRow], clause: list[FeatRow], name_head: tuple[int, str]) -> list[FeatRow]:
    """<description> , Tom Li , said <clause> .  — ``name_head`` is where the parse hung "Li";
    heads in ``description`` count from 0, in ``clause`` from its first word (-1: "said")."""
    n = len(description)
    said = n + 4
    rows = list(description)
    rows += [
        (",", ",", "PUNCT", n + 2, "punct", ""),
        ("Tom", "Tom", "PROPN", n + 2, "compound", ""),
        ("Li", "Li", "PROPN", name_head[0], name_head[1], "Number=Sing"),
        (",", ",", "PUNCT", n + 2, "punct", ""),
        ("said", "say", "VERB", -1, "root", FIN),
    ]
    rows += [(t, lem, up, said if h == -1 else said + 1 + h, rel, f) for t, lem, up, h, rel, f in clause]
    rows.append((".", ".", "PUNCT", said, "punct", ""))
    return rows


# "sales fell" read as a second subject of "said" and its open complement
SALES: list[FeatRow] = [
    ("sales", "sale", "NOUN", -1, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", -1, "xcomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
]


def test_a_second_subject_after_the_cue_is_the_reported_clause_s():
    # "The president , Tom Li , said sales fell ." with nsubj(said, president), nsubj(said, sales)
    president: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("president", "president", "NOUN", 6, "nsubj", "Number=Sing"),
    ]
    rows = _fronted(president, SALES, (1, "appos"))
    assert _quotes(rows) == [("sales fell", "The president , Tom Li")]


def test_a_fronted_description_read_as_a_clause_is_the_subject_and_the_name_its_apposition():
    # "The firm 's chief executive , Tom Li , said sales fell ." with "executive" an adjective,
    # the complement of "said", "chief" its subject, and "Li" its conjunct
    executive: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("firm", "firm", "NOUN", 3, "nmod:poss", ""),
        ("'s", "'s", "PART", 1, "case", ""),
        ("chief", "chief", "NOUN", 4, "nsubj", "Number=Sing"),
        ("executive", "executive", "ADJ", 9, "ccomp", ""),
    ]
    rows = _fronted(executive, SALES, (4, "conj"))
    r = resolve([[rows]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.text == "sales fell"
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Tom Li", "firm 's chief executive")


def test_a_fronted_phrase_with_a_verb_or_a_preposition_is_no_description():
    from parse_helpers import sentence

    from provenance.attribution.double_subject import description_read_as_clause

    # "Despite critics , Tom Li , said ..." : a phrase, not a description of Li
    despite: list[FeatRow] = [
        ("Despite", "despite", "ADP", 1, "case", ""),
        ("critics", "critic", "NOUN", 6, "ccomp", "Number=Plur"),
    ]
    s = sentence(_fronted(despite, SALES, (6, "nsubj")))
    assert description_read_as_clause(s, s.words[6], lambda _: True) == {}


def test_the_apposition_of_an_inverted_cue_s_name_describes_the_name():
    # '“ It is over , ” said Kim Park , a spokeswoman for the city .' with ccomp(said, spokeswoman)
    rows: list[FeatRow] = [
        ("“", "“", "PUNCT", 3, "punct", ""),
        ("It", "it", "PRON", 3, "nsubj", "PronType=Prs"),
        ("is", "be", "AUX", 3, "cop", PRES),
        ("over", "over", "ADV", 6, "ccomp", ""),
        (",", ",", "PUNCT", 3, "punct", ""),
        ("”", "”", "PUNCT", 3, "punct", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("Kim", "Kim", "PROPN", 8, "compound", ""),
        ("Park", "Park", "PROPN", 6, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 11, "punct", ""),
        ("a", "a", "DET", 11, "det", ""),
        ("spokeswoman", "spokeswoman", "NOUN", 6, "ccomp", "Number=Sing"),
        ("for", "for", "ADP", 14, "case", ""),
        ("the", "the", "DET", 14, "det", ""),
        ("city", "city", "NOUN", 11, "nmod", "Number=Sing"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and q.speaker.name == "Kim Park"
    assert q.speaker.role == "spokeswoman for the city"


def test_a_reported_clause_s_subject_and_its_apposition_read_as_the_cue_s_object():
    # "Police said the suspect , a 34-year-old man , told officers he was drunk ." with
    # obj(said, suspect), ccomp(said, man), ccomp(said, told)
    rows: list[FeatRow] = [
        ("Police", "police", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("suspect", "suspect", "NOUN", 1, "obj", "Number=Sing"),
        (",", ",", "PUNCT", 7, "punct", ""),
        ("a", "a", "DET", 7, "det", ""),
        ("34-year-old", "34-year-old", "ADJ", 7, "amod", ""),
        ("man", "man", "NOUN", 1, "ccomp", "Number=Sing"),
        (",", ",", "PUNCT", 7, "punct", ""),
        ("told", "tell", "VERB", 1, "ccomp", FIN),
        ("officers", "officer", "NOUN", 9, "iobj", "Number=Plur"),
        ("he", "he", "PRON", 13, "nsubj", "PronType=Prs"),
        ("was", "be", "AUX", 13, "cop", FIN),
        ("drunk", "drunk", "ADJ", 9, "ccomp", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    quotes = _quotes(rows)
    assert ("the suspect , a 34-year-old man , told officers he was drunk", "Police") in quotes
    assert ("he was drunk", "the suspect , a 34-year-old man") in quotes


def test_a_clause_a_later_cue_took_belongs_to_the_cue_right_before_it():
    # 'While critics say government should be paying a “middleman”, Roe says it works .' with
    # ccomp(says, paying)
    rows: list[FeatRow] = [
        ("While", "while", "SCONJ", 2, "mark", ""),
        ("critics", "critic", "NOUN", 2, "nsubj", "Number=Plur"),
        ("say", "say", "VERB", 11, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
        ("government", "government", "NOUN", 6, "nsubj", "Number=Sing"),
        ("should", "should", "AUX", 6, "aux", "VerbForm=Fin"),
        ("be", "be", "AUX", 6, "aux", "VerbForm=Inf"),
        ("paying", "pay", "VERB", 13, "ccomp", "Tense=Pres|VerbForm=Part"),
        ("a", "a", "DET", 9, "det", ""),
        ("“", "“", "PUNCT", 9, "punct", ""),
        ("middleman", "middleman", "NOUN", 6, "obj", "Number=Sing"),
        ("”", "”", "PUNCT", 9, "punct", ""),
        (",", ",", "PUNCT", 6, "punct", ""),
        ("Roe", "Roe", "PROPN", 13, "nsubj", "Number=Sing"),
        ("says", "say", "VERB", -1, "root", PRES),
        ("it", "it", "PRON", 15, "nsubj", "PronType=Prs"),
        ("works", "work", "VERB", 13, "ccomp", PRES),
        (".", ".", "PUNCT", 13, "punct", ""),
    ]
    rows[2] = ("say", "say", "VERB", 13, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin")
    quotes = _quotes(rows)
    assert ("government should be paying a “ middleman ”", "critics") in quotes
    assert ("it works", "Roe") in quotes


# "Reviewers said more than 1,300 emails contained classified material ." with obl(said, emails),
# advmod(said, more) and acl(emails, contained)
EMAILS: list[FeatRow] = [
    ("Reviewers", "reviewer", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", FIN),
    ("more", "more", "ADV", 1, "advmod", ""),
    ("than", "than", "ADP", 5, "case", ""),
    ("1,300", "1,300", "NUM", 5, "nummod", ""),
    ("emails", "email", "NOUN", 1, "obl", "Number=Plur"),
    ("contained", "contain", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("classified", "classify", "VERB", 8, "amod", "Tense=Past|VerbForm=Part"),
    ("material", "material", "NOUN", 6, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_reduced_relative_with_an_object_after_a_cue_is_the_reported_clause():
    assert _quotes(EMAILS) == [("more than 1,300 emails contained classified material", "Reviewers")]


def test_a_participle_or_an_infinitive_on_the_noun_stays_a_relative():
    from parse_helpers import sentence

    from provenance.attribution.relative_speech import subject_with_relative_verb

    calling = list(EMAILS)
    calling[6] = ("calling", "call", "VERB", 5, "acl", "VerbForm=Part")
    s = sentence(calling)
    assert subject_with_relative_verb(s, s.words[1]) == {}
    dated = list(EMAILS)
    dated[3] = ("in", "in", "ADP", 5, "case", "")
    s = sentence(dated)
    assert subject_with_relative_verb(s, s.words[1]) == {}


def test_a_second_complement_opened_by_comma_but_is_the_writer_s_contrast():
    # "Roe says the mails were personal , but for critics it is a scandal ." with both clauses
    # complements of "says"
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("says", "say", "VERB", -1, "root", PRES),
        ("the", "the", "DET", 3, "det", ""),
        ("mails", "mail", "NOUN", 5, "nsubj", "Number=Plur"),
        ("were", "be", "AUX", 5, "cop", FIN),
        ("personal", "personal", "ADJ", 1, "ccomp", ""),
        (",", ",", "PUNCT", 14, "punct", ""),
        ("but", "but", "CCONJ", 14, "cc", ""),
        ("for", "for", "ADP", 9, "case", ""),
        ("critics", "critic", "NOUN", 14, "obl", "Number=Plur"),
        ("it", "it", "PRON", 14, "nsubj", "PronType=Prs"),
        ("is", "be", "AUX", 14, "cop", PRES),
        ("a", "a", "DET", 14, "det", ""),
        ("big", "big", "ADJ", 14, "amod", ""),
        ("scandal", "scandal", "NOUN", 1, "ccomp", "Number=Sing"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("the mails were personal", "Roe")]
    # (with "that" it is a second thing said: "..., but that [critics] it is a scandal")
    that = rows[:8] + [("that", "that", "SCONJ", 14, "mark", "")] + rows[9:]
    assert _quotes(that) == [("the mails were personal , but that critics it is a big scandal", "Roe")]


def test_after_a_semicolon_the_writer_goes_on():
    # "Forbes says the US has more billionaires ; Wealth-X counts 585 ." with "counts" a
    # conjunct inside the complement
    rows: list[FeatRow] = [
        ("Forbes", "Forbes", "PROPN", 1, "nsubj", "Number=Sing"),
        ("says", "say", "VERB", -1, "root", PRES),
        ("the", "the", "DET", 3, "det", ""),
        ("US", "US", "PROPN", 4, "nsubj", "Number=Sing"),
        ("has", "have", "VERB", 1, "ccomp", PRES),
        ("more", "more", "ADJ", 6, "amod", ""),
        ("billionaires", "billionaire", "NOUN", 4, "obj", "Number=Plur"),
        (";", ";", "PUNCT", 9, "punct", ""),
        ("Wealth-X", "Wealth-X", "PROPN", 9, "nsubj", ""),
        ("counts", "count", "VERB", 6, "conj", PRES),
        ("585", "585", "NUM", 9, "obj", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("the US has more billionaires", "Forbes")]


def test_a_closing_mark_hung_on_the_content_from_afar_is_not_part_of_it():
    # 'Paul said the plan would cost money , and called him " the leader . "' with the closing
    # mark on "cost"
    rows: list[FeatRow] = [
        ("Paul", "Paul", "PROPN", 1, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("plan", "plan", "NOUN", 5, "nsubj", "Number=Sing"),
        ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
        ("cost", "cost", "VERB", 1, "ccomp", "VerbForm=Inf"),
        ("money", "money", "NOUN", 5, "obj", "Number=Sing"),
        (",", ",", "PUNCT", 9, "punct", ""),
        ("and", "and", "CCONJ", 9, "cc", ""),
        ("called", "call", "VERB", 1, "conj", FIN),
        ("him", "he", "PRON", 9, "iobj", "PronType=Prs"),
        ('"', '"', "PUNCT", 13, "punct", ""),
        ("the", "the", "DET", 13, "det", ""),
        ("leader", "leader", "NOUN", 9, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 1, "punct", ""),
        ('"', '"', "PUNCT", 5, "punct", ""),
    ]
    assert ("the plan would cost money", "Paul") in _quotes(rows)


def test_a_role_noun_tagged_a_verb_before_a_name_is_the_name_s_title():
    # "Campaign adviser Jason Miller said the polls were moving ." with "adviser" the root verb,
    # "Miller" its object and "said" its complement
    rows: list[FeatRow] = [
        ("Campaign", "campaign", "NOUN", 1, "nsubj", "Number=Sing"),
        ("adviser", "adviser", "VERB", -1, "root", PRES),
        ("Jason", "Jason", "PROPN", 3, "compound", ""),
        ("Miller", "Miller", "PROPN", 1, "obj", "Number=Sing"),
        ("said", "say", "VERB", 1, "ccomp", FIN),
        ("the", "the", "DET", 6, "det", ""),
        ("polls", "poll", "NOUN", 8, "nsubj", "Number=Plur"),
        ("were", "be", "AUX", 8, "aux", FIN),
        ("moving", "move", "VERB", 4, "ccomp", "VerbForm=Part"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.text == "the polls were moving"
    assert q.speaker is not None and (q.speaker.name, q.speaker.role) == ("Jason Miller", "Campaign adviser")


def test_the_that_clause_after_the_listener_s_relative_clause_is_what_was_told():
    # "Bush tells voters who wonder why he is calm that he was raised that way ." with the
    # "that" clause a relative clause of "calm"
    rows: list[FeatRow] = [
        ("Bush", "Bush", "PROPN", 1, "nsubj", "Number=Sing"),
        ("tells", "tell", "VERB", -1, "root", PRES),
        ("voters", "voter", "NOUN", 1, "obj", "Number=Plur"),
        ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
        ("wonder", "wonder", "VERB", 2, "acl:relcl", PRES),
        ("why", "why", "ADV", 8, "advmod", ""),
        ("he", "he", "PRON", 8, "nsubj", "PronType=Prs"),
        ("is", "be", "AUX", 8, "cop", PRES),
        ("calm", "calm", "ADJ", 4, "ccomp", ""),
        ("that", "that", "SCONJ", 12, "mark", ""),
        ("he", "he", "PRON", 12, "nsubj:pass", "PronType=Prs"),
        ("was", "be", "AUX", 12, "aux:pass", FIN),
        ("raised", "raise", "VERB", 8, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("that", "that", "DET", 14, "det", ""),
        ("way", "way", "NOUN", 12, "obl", "Number=Sing"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert ("that he was raised that way", "Bush") in _quotes(rows)


def test_a_relative_clause_whose_object_is_that_is_no_told_clause():
    # "She will emphasize positions that younger women embrace ." ("emphasize" a speech verb)
    rows: list[FeatRow] = [
        ("She", "she", "PRON", 2, "nsubj", "PronType=Prs"),
        ("will", "will", "AUX", 2, "aux", "VerbForm=Fin"),
        ("emphasize", "emphasize", "VERB", -1, "root", "VerbForm=Inf"),
        ("positions", "position", "NOUN", 2, "obj", "Number=Plur"),
        ("that", "that", "PRON", 7, "obj", "PronType=Rel"),
        ("younger", "young", "ADJ", 6, "amod", ""),
        ("women", "woman", "NOUN", 7, "nsubj", "Number=Plur"),
        ("embrace", "embrace", "VERB", 3, "acl:relcl", PRES),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert ("that younger women embrace", "She") not in _quotes(rows)


def test_a_second_subject_after_the_closing_quote_is_the_speaker():
    # '“ There is no crisis , ” the spokeswoman for the Department of Finance , Anne Lee , told
    # The Canadian Press .' with "spokeswoman" a second subject of "is" and "Lee" hung on "Finance"
    rows: list[FeatRow] = [
        ("“", "“", "PUNCT", 2, "punct", ""),
        ("There", "there", "PRON", 2, "expl", ""),
        ("is", "be", "VERB", 18, "ccomp", PRES),
        ("no", "no", "DET", 4, "det", ""),
        ("crisis", "crisis", "NOUN", 2, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("”", "”", "PUNCT", 8, "punct", ""),
        ("the", "the", "DET", 8, "det", ""),
        ("spokeswoman", "spokeswoman", "NOUN", 2, "nsubj", "Number=Sing"),
        ("for", "for", "ADP", 11, "case", ""),
        ("the", "the", "DET", 11, "det", ""),
        ("Department", "Department", "PROPN", 8, "nmod", ""),
        ("of", "of", "ADP", 13, "case", ""),
        ("Finance", "Finance", "PROPN", 11, "nmod", ""),
        (",", ",", "PUNCT", 16, "punct", ""),
        ("Anne", "Anne", "PROPN", 16, "compound", ""),
        ("Lee", "Lee", "PROPN", 13, "appos", "Number=Sing"),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("The", "the", "DET", 21, "det", ""),
        ("Canadian", "Canadian", "ADJ", 21, "amod", ""),
        ("Press", "Press", "PROPN", 18, "obj", ""),
        (".", ".", "PUNCT", 18, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.text == "“ There is no crisis , ”"
    assert q.speaker is not None and q.speaker.name == "Anne Lee"


def test_a_relative_clause_on_the_subject_read_as_the_cue_s_complement():
    # "A neighbour , who asked that her name not be used , said the house was empty ." with
    # ccomp(said, asked)
    rows: list[FeatRow] = [
        ("A", "a", "DET", 1, "det", ""),
        ("neighbour", "neighbour", "NOUN", 12, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 1, "punct", ""),
        ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
        ("asked", "ask", "VERB", 12, "ccomp", FIN),
        ("that", "that", "SCONJ", 10, "mark", ""),
        ("her", "she", "PRON", 7, "nmod:poss", "Poss=Yes|PronType=Prs"),
        ("name", "name", "NOUN", 10, "nsubj:pass", "Number=Sing"),
        ("not", "not", "PART", 10, "advmod", ""),
        ("be", "be", "AUX", 10, "aux:pass", "VerbForm=Inf"),
        ("used", "use", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 14, "det", ""),
        ("house", "house", "NOUN", 16, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 16, "cop", FIN),
        ("empty", "empty", "ADJ", 12, "ccomp", ""),
        (".", ".", "PUNCT", 12, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    # (the terms she spoke on are no statement of hers: anonymity_reasons)
    [q] = r.quotes
    assert q.text == "the house was empty"
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"
    assert q.speaker.reason == "asked that her name not be used"


def test_a_description_headed_by_a_person_noun_read_as_a_clause_is_the_subject():
    # "A party official , speaking on background , said the leader would resign ." with
    # "official" an adjective, the complement of "said", and "party" its subject
    rows: list[FeatRow] = [
        ("A", "a", "DET", 1, "det", ""),
        ("party", "party", "NOUN", 2, "nsubj", "Number=Sing"),
        ("official", "official", "ADJ", 8, "ccomp", ""),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("speaking", "speak", "VERB", 2, "advcl", "VerbForm=Part"),
        ("on", "on", "ADP", 6, "case", ""),
        ("background", "background", "NOUN", 4, "obl", "Number=Sing"),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 10, "det", ""),
        ("leader", "leader", "NOUN", 12, "nsubj", "Number=Sing"),
        ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
        ("resign", "resign", "VERB", 8, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 8, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.text == "the leader would resign"
    assert q.speaker is not None and q.speaker.type == "anonymous"
    assert (q.speaker.anonymity, q.speaker.reason) == ("anonymous-with-reason", "speaking on background")


def test_a_title_whose_first_word_the_tagger_made_the_verb_belongs_to_the_name():
    # '“ It was fine , ” Millikin assistant athletic director Bryan Marshall said .' with
    # "assistant" the root verb, "director" its object, "said" its complement
    rows: list[FeatRow] = [
        ("“", "“", "PUNCT", 3, "punct", ""),
        ("It", "it", "PRON", 3, "nsubj", "PronType=Prs"),
        ("was", "be", "AUX", 3, "cop", FIN),
        ("fine", "fine", "ADJ", 7, "ccomp", ""),
        (",", ",", "PUNCT", 3, "punct", ""),
        ("”", "”", "PUNCT", 3, "punct", ""),
        ("Millikin", "Millikin", "PROPN", 7, "nsubj", "Number=Sing"),
        ("assistant", "assistant", "VERB", -1, "root", PRES),
        ("athletic", "athletic", "ADJ", 9, "amod", ""),
        ("director", "director", "NOUN", 7, "obj", "Number=Sing"),
        ("Bryan", "Bryan", "PROPN", 11, "compound", ""),
        ("Marshall", "Marshall", "PROPN", 12, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", 7, "ccomp", FIN),
        (".", ".", "PUNCT", 7, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and q.speaker.name == "Bryan Marshall"
    assert q.speaker.role == "Millikin assistant athletic director"


def test_a_speech_verb_before_a_titled_name_stays_the_verb():
    # "Song said candidate Hillary Clinton had said it ." with "candidate" the object of the
    # first "said" (a real verb, not a misread title)
    from parse_helpers import sentence

    from provenance.attribution.role_verbs import role_noun_read_as_verb

    rows: list[FeatRow] = [
        ("Song", "Song", "PROPN", 1, "nsubj", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("candidate", "candidate", "NOUN", 1, "obj", ""),
        ("Hillary", "Hillary", "PROPN", 4, "compound", ""),
        ("Clinton", "Clinton", "PROPN", 6, "nsubj", ""),
        ("had", "have", "AUX", 6, "aux", FIN),
        ("said", "say", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
        ("it", "it", "PRON", 6, "obj", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    in_lex = lambda lex, w: (lex, w) in {("speech_verbs", "say"), ("person_roles", "candidate")}  # noqa: E731
    assert role_noun_read_as_verb(sentence(rows), in_lex) == (-1, {})


def test_a_that_clause_the_tagger_broke_into_a_noun_phrase_is_still_the_report():
    # "Experts warn that the drought could last years ." with "years" the complement's head,
    # "drought" a participle and "last" an adjective
    rows: list[FeatRow] = [
        ("Experts", "expert", "NOUN", 1, "nsubj", "Number=Plur"),
        ("warn", "warn", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
        ("that", "that", "SCONJ", 7, "mark", ""),
        ("the", "the", "DET", 4, "det", ""),
        ("drought", "drought", "VERB", 7, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
        ("could", "could", "AUX", 7, "aux", "VerbForm=Fin"),
        ("last", "last", "ADJ", 7, "amod", ""),
        ("years", "year", "NOUN", 1, "ccomp", "Number=Plur"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("that the drought could last years", "Experts")]
    # (a noun complement with no "that" and no auxiliary is no clause: "warn the public")
    bare = rows[:2] + [
        ("the", "the", "DET", 3, "det", ""),
        ("public", "public", "NOUN", 1, "ccomp", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(bare) == []


def test_her_before_a_determiner_is_the_person_told_not_a_possessive():
    # "Doe told her the deal was off ." with nmod:poss(deal, her)
    rows: list[FeatRow] = [
        ("Doe", "Doe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("her", "she", "PRON", 4, "nmod:poss", "Case=Acc|Gender=Fem|Poss=Yes|PronType=Prs"),
        ("the", "the", "DET", 4, "det", ""),
        ("deal", "deal", "NOUN", 6, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 6, "cop", FIN),
        ("off", "off", "ADP", 1, "ccomp", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(rows) == [("the deal was off", "Doe")]
    # ("told her staff she would resign": "her" is a possessive there, and the staff were told)
    staff: list[FeatRow] = [
        ("Doe", "Doe", "PROPN", 1, "nsubj", "Number=Sing"),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("her", "she", "PRON", 3, "nmod:poss", "Poss=Yes|PronType=Prs"),
        ("staff", "staff", "NOUN", 1, "obj", "Number=Sing"),
        ("she", "she", "PRON", 6, "nsubj", "PronType=Prs"),
        ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
        ("resign", "resign", "VERB", 1, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _quotes(staff) == [("she would resign", "Doe")]


# "Roe was blunt about her dislike of the mayor , the city 's longest - serving official , saying
# residents deserve a new plan ." with amod(residents, saying), the clause a conjunct of "blunt"
# and "official" hung on the clause (modifiers.speech_participle_as_modifier)
SAYING_AS_MODIFIER: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 2, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("blunt", "blunt", "ADJ", -1, "root", "Degree=Pos"),
    ("about", "about", "ADP", 5, "case", ""),
    ("her", "her", "PRON", 5, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("dislike", "dislike", "NOUN", 2, "obl", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 5, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 16, "punct", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 16, "nmod:poss", "Number=Sing"),
    ("'s", "'s", "PART", 11, "case", ""),
    ("longest", "long", "ADJ", 15, "amod", "Degree=Sup"),
    ("-", "-", "PUNCT", 13, "punct", ""),
    ("serving", "serve", "VERB", 16, "amod", "VerbForm=Ger"),
    ("official", "official", "ADJ", 20, "xcomp", "Degree=Pos"),
    (",", ",", "PUNCT", 20, "punct", ""),
    ("saying", "say", "VERB", 19, "amod", "Tense=Pres|VerbForm=Part"),
    ("residents", "resident", "NOUN", 20, "nsubj", "Number=Plur"),
    ("deserve", "deserve", "VERB", 2, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 23, "amod", "Degree=Pos"),
    ("plan", "plan", "NOUN", 20, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_speech_participle_read_as_a_modifier_of_the_clause_subject():
    assert _quotes(SAYING_AS_MODIFIER) == [("residents deserve a new plan", "Roe")]


# "It is important , she said , to keep the doors open ." with advcl(said, keep): the infinitive
# after the interrupting cue is the postponed subject of "important" (modifiers.extraposed_after_cue)
EXTRAPOSED_AFTER_CUE: list[FeatRow] = [
    ("It", "it", "PRON", 2, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 2, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("important", "important", "ADJ", -1, "root", "Degree=Pos"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", 2, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("to", "to", "PART", 8, "mark", ""),
    ("keep", "keep", "VERB", 5, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("doors", "door", "NOUN", 8, "obj", "Number=Plur"),
    ("open", "open", "ADJ", 8, "xcomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_an_infinitive_after_an_interrupting_cue_is_the_rest_of_what_was_said():
    assert _quotes(EXTRAPOSED_AFTER_CUE) == [("It is important", "she"), ("to keep the doors open", "she")]


# At one point , she said , the boss fired her .  (the shipped parser hung the fronted phrase on the cue)
FRONTED_TIME: list[FeatRow] = [
    ("At", "at", "ADP", 2, "case", ""),
    ("one", "one", "NUM", 2, "nummod", "NumForm=Word|NumType=Card"),
    ("point", "point", "NOUN", 5, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("boss", "boss", "NOUN", 9, "nsubj", "Number=Sing"),
    ("fired", "fire", "VERB", 5, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("her", "her", "PRON", 9, "obj", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# By cutting the line , the manager said , the store can serve twice as many customers .  (the shipped parser hung the fronted phrase on the cue)
FRONTED_CLAUSE: list[FeatRow] = [
    ("By", "by", "SCONJ", 1, "mark", ""),
    ("cutting", "cut", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("line", "line", "NOUN", 1, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("manager", "manager", "NOUN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("store", "store", "NOUN", 12, "nsubj", "Number=Sing"),
    ("can", "can", "AUX", 12, "aux", "VerbForm=Fin"),
    ("serve", "serve", "VERB", 7, "ccomp", "VerbForm=Inf"),
    ("twice", "twice", "ADV", 12, "advmod", "NumForm=Word|NumType=Mult"),
    ("as", "as", "ADP", 16, "case", ""),
    ("many", "many", "ADJ", 16, "amod", "Degree=Pos"),
    ("customers", "customer", "NOUN", 12, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# On Friday , he remarked : " We will win this race . "  (the shipped parser hung the fronted phrase on the cue)
TIME_OF_QUOTATION: list[FeatRow] = [
    ("On", "on", "ADP", 1, "case", ""),
    ("Friday", "Friday", "PROPN", 4, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("he", "he", "PRON", 4, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("remarked", "remark", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (":", ":", "PUNCT", 9, "punct", ""),
    ('"', '"', "PUNCT", 9, "punct", ""),
    ("We", "we", "PRON", 9, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 9, "aux", "VerbForm=Fin"),
    ("win", "win", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("this", "this", "DET", 11, "det", "Number=Sing|PronType=Dem"),
    ("race", "race", "NOUN", 9, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
]


def test_a_phrase_fronted_before_an_interrupting_cue_belongs_to_the_reported_clause():
    # "At one point, she said, the boss fired her": the cue is a parenthetical inside the clause
    # (interrupted.fronted_phrase_of_report); before, "At one point" was the cue's and not reported
    assert _quotes(FRONTED_TIME) == [("At one point", "she"), ("the boss fired her", "she")]
    assert _quotes(FRONTED_CLAUSE) == [
        ("By cutting the line", "the manager"),
        ("the store can serve twice as many customers", "the manager"),
    ]


def test_a_time_before_a_cue_that_announces_a_quotation_stays_the_cues():
    # 'On Friday, he remarked: "..."': the colon announces a quotation; Friday is when he spoke
    assert [t for t, _ in _quotes(TIME_OF_QUOTATION)] == ['" We will win this race . "']


# Meeting the deadlines can be hard for small firms , he said .  (the gerund hung on the cue)
GERUND_OBJECT_AS_SUBJECT: list[FeatRow] = [
    ("Meeting", "meeting", "VERB", 11, "advcl", "VerbForm=Part"),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("deadlines", "deadline", "NOUN", 5, "nsubj", "Number=Plur"),
    ("can", "can", "AUX", 5, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 5, "cop", "VerbForm=Inf"),
    ("hard", "hard", "ADJ", 11, "ccomp", "Degree=Pos"),
    ("for", "for", "ADP", 8, "case", ""),
    ("small", "small", "ADJ", 8, "amod", "Degree=Pos"),
    ("firms", "firm", "NOUN", 5, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("he", "he", "PRON", 11, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 11, "punct", ""),
]

# Finding the money and the staff can be very difficult for rural clinics , the director said .  (the gerund hung on the cue)
GERUND_AS_ADVERBIAL: list[FeatRow] = [
    ("Finding", "find", "VERB", 16, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("money", "money", "NOUN", 0, "obj", "Number=Sing"),
    ("and", "and", "CCONJ", 5, "cc", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("staff", "staff", "NOUN", 2, "conj", "Number=Sing"),
    ("can", "can", "AUX", 9, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 9, "cop", "VerbForm=Inf"),
    ("very", "very", "ADV", 9, "advmod", ""),
    ("difficult", "difficult", "ADJ", 16, "ccomp", "Degree=Pos"),
    ("for", "for", "ADP", 12, "case", ""),
    ("rural", "rural", "ADJ", 12, "amod", "Degree=Pos"),
    ("clinics", "clinic", "NOUN", 9, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("director", "director", "NOUN", 16, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 16, "punct", ""),
]


def test_a_gerund_before_a_reported_clause_is_its_subject():
    # interrupted.gerund_subject_of_report: before, the gerund was the cue's adverbial and the
    # quote began at its object ("the deadlines can be hard ...") or after it
    assert _quotes(GERUND_OBJECT_AS_SUBJECT) == [("Meeting the deadlines can be hard for small firms", "he")]
    assert _quotes(GERUND_AS_ADVERBIAL) == [
        ("Finding the money and the staff can be very difficult for rural clinics", "the director")
    ]


# Nor does the mayor have any plans , advisers say , to raise taxes before the election .  (the rest of the clause hung on the cue)
INFINITIVE_AFTER_CUE: list[FeatRow] = [
    ("Nor", "nor", "INTJ", 4, "discourse", ""),
    ("does", "do", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 4, "nsubj", "Number=Sing"),
    ("have", "have", "VERB", -1, "root", "VerbForm=Inf"),
    ("any", "any", "DET", 6, "det", "PronType=Ind"),
    ("plans", "plan", "NOUN", 4, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("advisers", "adviser", "NOUN", 9, "nsubj", "Number=Plur"),
    ("say", "say", "VERB", 4, "parataxis", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("to", "to", "PART", 12, "mark", ""),
    ("raise", "raise", "VERB", 9, "advcl", "VerbForm=Inf"),
    ("taxes", "tax", "NOUN", 12, "obj", "Number=Plur"),
    ("before", "before", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("election", "election", "NOUN", 12, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The documents indicate , he said in a telephone interview , that the department and the foundation were closely linked .  (the rest of the clause hung on the cue)
THAT_CLAUSE_AFTER_CUE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("documents", "document", "NOUN", 2, "nsubj", "Number=Plur"),
    ("indicate", "indicate", "VERB", 5, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("he", "he", "PRON", 5, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("telephone", "telephone", "NOUN", 9, "compound", "Number=Sing"),
    ("interview", "interview", "NOUN", 5, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 19, "punct", ""),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("department", "department", "NOUN", 19, "nsubj:pass", "Number=Sing"),
    ("and", "and", "CCONJ", 19, "cc", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("foundation", "foundation", "NOUN", 13, "conj", "Number=Sing"),
    ("were", "be", "AUX", 19, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("closely", "closely", "ADV", 19, "advmod", ""),
    ("linked", "link", "VERB", 5, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 5, "punct", ""),
]


def test_the_rest_of_a_clause_an_interrupting_cue_splits_is_still_what_was_said():
    # interrupted.continuation_after_cue: before, only the half before the cue was reported
    assert _quotes(INFINITIVE_AFTER_CUE) == [
        ("Nor does the mayor have any plans", "advisers"),
        ("to raise taxes before the election", "advisers"),
    ]
    found = _quotes(THAT_CLAUSE_AFTER_CUE)
    assert ("The documents indicate", "he") in found
    assert ("that the department and the foundation were closely linked", "he") in found


# But Jones , who ’s running to be a delegate , added that he , too , is on a mission to draft Smith at the convention .  ("added" a participle on the clause, "Jones" a vocative)
ADDED_AS_PARTICIPLE: list[FeatRow] = [
    ("But", "but", "CCONJ", 20, "cc", ""),
    ("Jones", "Jones", "PROPN", 20, "vocative", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("’s", "be", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("running", "run", "VERB", 20, "advcl", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "PART", 9, "mark", ""),
    ("be", "be", "AUX", 9, "cop", "VerbForm=Inf"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("delegate", "delegate", "NOUN", 5, "xcomp", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("added", "add", "VERB", 20, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("that", "that", "SCONJ", 20, "mark", ""),
    ("he", "he", "PRON", 20, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("too", "too", "ADV", 20, "advmod", ""),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("is", "be", "AUX", 20, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 20, "case", ""),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("mission", "mission", "NOUN", -1, "root", "Number=Sing"),
    ("to", "to", "PART", 22, "mark", ""),
    ("draft", "draft", "VERB", 20, "acl", "VerbForm=Inf"),
    ("Smith", "Smith", "PROPN", 22, "obj", "Number=Sing"),
    ("at", "at", "ADP", 26, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("convention", "convention", "NOUN", 22, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 20, "punct", ""),
]

# But Jones , who is running for the board , added that he , too , is on a mission to win the seat .  ("Jones" a vocative on the reported clause)
SUBJECT_AS_VOCATIVE: list[FeatRow] = [
    ("But", "but", "CCONJ", 19, "cc", ""),
    ("Jones", "Jones", "PROPN", 19, "vocative", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
    ("is", "be", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("running", "run", "VERB", 10, "advcl", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 5, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("he", "he", "PRON", 19, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("too", "too", "ADV", 19, "advmod", ""),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("is", "be", "AUX", 19, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("mission", "mission", "NOUN", 10, "ccomp", "Number=Sing"),
    ("to", "to", "PART", 21, "mark", ""),
    ("win", "win", "VERB", 19, "acl", "VerbForm=Inf"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("seat", "seat", "NOUN", 21, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


def test_a_speech_verb_before_that_read_as_a_participle_is_the_main_verb():
    # tag_repairs.cue_before_that_read_as_modifier: before, nothing was reported
    assert _quotes(ADDED_AS_PARTICIPLE) == [
        ("that he , too , is on a mission to draft Smith at the convention", "Jones")
    ]


def test_a_subject_read_as_a_vocative_is_the_speakers_subject():
    # modifiers.vocative_subject: before, the quote began at "Jones" and had no speaker
    assert _quotes(SUBJECT_AS_VOCATIVE) == [("that he , too , is on a mission to win the seat", "Jones")]


# When Roe did take Doe on , he did it sideways , acknowledging that Doe had tapped into a vein but warning that his style would have repercussions .
SIBLING_PARTICIPLES: list[FeatRow] = [
    ("When", "when", "ADV", 3, "advmod", "PronType=Int"),
    ("Roe", "Roe", "PROPN", 3, "nsubj", "Number=Sing"),
    ("did", "do", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("take", "take", "VERB", 8, "advcl", "VerbForm=Inf"),
    ("Doe", "Doe", "PROPN", 3, "obj", "Number=Sing"),
    ("on", "on", "ADP", 3, "compound:prt", ""),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("he", "he", "PRON", 8, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("did", "do", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 8, "obj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("sideways", "sideways", "NOUN", 8, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("acknowledging", "acknowledge", "VERB", 8, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("Doe", "Doe", "PROPN", 16, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("tapped", "tapp", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part"),
    ("into", "into", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("vein", "vein", "NOUN", 16, "obl", "Number=Sing"),
    ("but", "but", "CCONJ", 21, "cc", ""),
    ("warning", "warning", "VERB", 16, "conj", "VerbForm=Part"),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("his", "his", "PRON", 24, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("style", "style", "NOUN", 26, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 26, "aux", "VerbForm=Fin"),
    ("have", "have", "VERB", 21, "ccomp", "VerbForm=Inf"),
    ("repercussions", "repercussion", "NOUN", 26, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 8, "punct", ""),
]


def test_a_speech_participle_coordinated_into_its_siblings_report_continues_the_sibling():
    # "acknowledging that Doe had tapped into a vein but warning that ..." with "warning" a
    # conjunct of "tapped": Roe warned, and Doe's clause ends before "but"
    # (modifiers.participle_in_sibling_report)
    assert _quotes(SIBLING_PARTICIPLES) == [
        ("that Doe had tapped into a vein", "he"),
        ("that his style would have repercussions", "he"),
    ]


# The Union Force , a coalition of militias that is nominally under the control of the army , has announced in a statement that its deputy head of operations in Basra , Ali Hassan al - Tamimi , or ' Abu Zaid , ' had been killed “ as a result of a cowardly attack . ”
NICKNAME_THEN_QUOTE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Union", "Union", "PROPN", 2, "compound", "Number=Sing"),
    ("Force", "Force", "PROPN", 19, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("coalition", "coalition", "NOUN", 19, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("militias", "militia", "NOUN", 5, "nmod", "Number=Plur"),
    ("that", "that", "PRON", 13, "nsubj", "PronType=Rel"),
    ("is", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("nominally", "nominally", "ADV", 13, "advmod", ""),
    ("under", "under", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("control", "control", "NOUN", 5, "acl:relcl", "Number=Sing"),
    ("of", "of", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("army", "army", "NOUN", 13, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("has", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("announced", "announce", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 22, "case", ""),
    ("a", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 19, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 46, "mark", ""),
    ("its", "its", "PRON", 26, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("deputy", "deputy", "NOUN", 26, "compound", "Number=Sing"),
    ("head", "head", "NOUN", 19, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 28, "case", ""),
    ("operations", "operation", "NOUN", 26, "nmod", "Number=Plur"),
    ("in", "in", "ADP", 30, "case", ""),
    ("Basra", "Basra", "PROPN", 28, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 34, "punct", ""),
    ("Ali", "Ali", "PROPN", 34, "compound", "Number=Sing"),
    ("Hassan", "Hassan", "PROPN", 34, "compound", "Number=Sing"),
    ("al", "al", "PROPN", 30, "conj", "Number=Sing"),
    ("-", "-", "PUNCT", 34, "punct", ""),
    ("Tamimi", "Tamimi", "PROPN", 34, "flat", "Number=Sing"),
    (",", ",", "PUNCT", 41, "punct", ""),
    ("or", "or", "CCONJ", 41, "cc", ""),
    ("'", "'", "PUNCT", 41, "punct", ""),
    ("Abu", "Abu", "PROPN", 41, "compound", "Number=Sing"),
    ("Zaid", "Zaid", "PROPN", 30, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 41, "punct", ""),
    ("'", "'", "PUNCT", 41, "punct", ""),
    ("had", "have", "AUX", 46, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 46, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("killed", "kill", "VERB", 19, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("“", '"', "PUNCT", 50, "punct", ""),
    ("as", "as", "ADP", 50, "case", ""),
    ("a", "a", "DET", 50, "det", "Definite=Ind|PronType=Art"),
    ("result", "result", "NOUN", 46, "obl", "Number=Sing"),
    ("of", "of", "ADP", 54, "case", ""),
    ("a", "a", "DET", 54, "det", "Definite=Ind|PronType=Art"),
    ("cowardly", "cowardly", "ADJ", 54, "amod", "Degree=Pos"),
    ("attack", "attack", "NOUN", 50, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 46, "punct", ""),
    ("”", '"', "PUNCT", 46, "punct", ""),
]


def test_a_frame_read_once_per_quotation_in_it_gives_one_statement():
    # the nickname in marks ('Abu Zaid,') and the quotation after it each found the same "that"
    # frame; the reading cut at the nickname is inside the one that holds the quotation
    # (attribute._inside_same_cue)
    [(text, speaker)] = _quotes(NICKNAME_THEN_QUOTE)
    assert speaker == "The Union Force" and text.endswith("“ as a result of a cowardly attack . ”")


# Roe , a senior adviser said , “ is very confident , very confident in the plan ” for the city , and since 2010 she has often told the council — jokingly but with edge — that “ I never lost a vote . ”
INTERRUPTED_TWO_CLAUSES: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 5, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 4, "amod", "Degree=Pos"),
    ("adviser", "adviser", "NOUN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("“", '"', "PUNCT", 10, "punct", ""),
    ("is", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("very", "very", "ADV", 10, "advmod", ""),
    ("confident", "confident", "ADJ", 5, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("very", "very", "ADV", 13, "advmod", ""),
    ("confident", "confident", "ADJ", 10, "conj", "Degree=Pos"),
    ("in", "in", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 13, "obl", "Number=Sing"),
    ("”", '"', "PUNCT", 16, "punct", ""),
    ("for", "for", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 13, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 28, "punct", ""),
    ("and", "and", "CCONJ", 28, "cc", ""),
    ("since", "since", "SCONJ", 24, "case", ""),
    ("2010", "2010", "NUM", 28, "obl", "NumForm=Digit|NumType=Card"),
    ("she", "she", "PRON", 28, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("has", "have", "AUX", 28, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("often", "often", "ADV", 28, "advmod", ""),
    ("told", "tell", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 28, "obj", "Number=Sing"),
    ("—", "—", "PUNCT", 32, "punct", ""),
    ("jokingly", "jokingly", "ADV", 28, "advmod", ""),
    ("but", "but", "CCONJ", 41, "cc", ""),
    ("with", "with", "ADP", 35, "case", ""),
    ("edge", "edge", "NOUN", 28, "obl", "Number=Sing"),
    ("—", "—", "PUNCT", 41, "punct", ""),
    ("that", "that", "SCONJ", 41, "mark", ""),
    ("“", '"', "PUNCT", 41, "punct", ""),
    ("I", "I", "PRON", 41, "nsubj", "Case=Nom|Number=Sing|Person=1|PronType=Prs"),
    ("never", "never", "ADV", 41, "advmod", "PronType=Neg"),
    ("lost", "lose", "VERB", 28, "advcl", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 43, "det", "Definite=Ind|PronType=Art"),
    ("vote", "vote", "NOUN", 41, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
    ("”", '"', "PUNCT", 41, "punct", ""),
]


def test_an_interrupting_cue_that_reports_a_second_clause_still_splits_the_first():
    # "Roe, a senior adviser said, “is very confident ...”, and since 2010 she has often told ...":
    # the cue has two subjects and two complements; the first subject is the first complement's
    # (interrupted.interrupting_cue_subject), and the cue splits it in two pieces, the second
    # complement being no part of the frame (extent.pieces)
    assert _quotes(INTERRUPTED_TWO_CLAUSES) == [
        ("Roe", "a senior adviser"),
        ("“ is very confident , very confident in the plan ” for the city", "a senior adviser"),
        ("that “ I never lost a vote . ”", "she"),
    ]


# " The plan is dead , " Roe said , going on to say that the council had wasted a year .
GOING_ON_TO_SAY: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("dead", "dead", "ADJ", 8, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("Roe", "Roe", "PROPN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("going", "go", "VERB", 8, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADV", 10, "advmod", ""),
    ("to", "to", "PART", 13, "mark", ""),
    ("say", "say", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("that", "that", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 18, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("wasted", "waste", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 20, "det", "Definite=Ind|PronType=Art"),
    ("year", "year", "NOUN", 18, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]


def test_an_infinitive_cue_under_a_participle_clause_takes_the_clauses_subject():
    # '"...," Roe said, going on to say that ...': "say" completes "going", which has no subject;
    # the participle continues "said" (cues.controller, clause_subjects.participle_subject)
    assert _quotes(GOING_ON_TO_SAY)[-1] == ("that the council had wasted a year", "Roe")


# “ Keep the rink open , ” players dressed for a practice say in a new video .
SAY_READ_AS_OBLIQUE: list[FeatRow] = [
    ("“", '"', "PUNCT", 1, "punct", ""),
    ("Keep", "keep", "VERB", 8, "advcl", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("rink", "rink", "NOUN", 1, "obj", "Number=Sing"),
    ("open", "open", "ADJ", 1, "xcomp", "Degree=Pos"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("”", '"', "PUNCT", 1, "punct", ""),
    ("players", "player", "NOUN", 8, "nsubj", "Number=Plur"),
    ("dressed", "dress", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", 12, "case", ""),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("practice", "practice", "NOUN", 12, "compound", "Number=Sing"),
    ("say", "say", "NOUN", 8, "obl", "Number=Sing"),
    ("in", "in", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 16, "amod", "Degree=Pos"),
    ("video", "video", "NOUN", 8, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]
# “ Save our park , ” residents gathered at the hall say in a new petition .
SAY_READ_AS_ADVERBIAL: list[FeatRow] = [
    ("“", '"', "PUNCT", 1, "punct", ""),
    ("Save", "save", "VERB", 7, "advcl", "Mood=Imp|Person=2|VerbForm=Fin"),
    ("our", "our", "PRON", 3, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("park", "park", "NOUN", 1, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("”", '"', "PUNCT", 1, "punct", ""),
    ("residents", "resident", "NOUN", 7, "nsubj", "Number=Plur"),
    ("gathered", "gather", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("hall", "hall", "NOUN", 7, "obl", "Number=Sing"),
    ("say", "say", "VERB", 7, "advcl", "VerbForm=Fin"),
    ("in", "in", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("new", "new", "ADJ", 15, "amod", "Degree=Pos"),
    ("petition", "petition", "NOUN", 11, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


def test_a_reduced_relative_read_as_the_main_verb_leaves_say_to_its_noun():
    # '"...," players dressed for a practice say in a new video' with "dressed" the root and
    # "say" its oblique (a noun) or its adverbial clause: the players say it
    # (tag_repairs.say_after_reduced_relative)
    assert _quotes(SAY_READ_AS_OBLIQUE) == [("“ Keep the rink open , ”", "players")]
    assert _quotes(SAY_READ_AS_ADVERBIAL) == [("“ Save our park , ”", "residents")]


# The plan would be helped , Lopez said , by the new budget rules .
PASSIVE_AGENT_AFTER_CUE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 4, "nsubj:pass", "Number=Sing"),
    ("would", "would", "AUX", 4, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 4, "aux:pass", "VerbForm=Inf"),
    ("helped", "help", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("Lopez", "Lopez", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("by", "by", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("new", "new", "ADJ", 13, "amod", "Degree=Pos"),
    ("budget", "budget", "NOUN", 13, "compound", "Number=Sing"),
    ("rules", "rule", "NOUN", 7, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The tariff has badly hurt local farmers , Okafor said , since most of them sell abroad .
REASON_READ_AS_CUE_COMPLEMENT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("tariff", "tariff", "NOUN", 4, "nsubj", "Number=Sing"),
    ("has", "have", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("badly", "badly", "ADV", 4, "advmod", ""),
    ("hurt", "hurt", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("local", "local", "ADJ", 6, "amod", "Degree=Pos"),
    ("farmers", "farmer", "NOUN", 4, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("Okafor", "Okafor", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 4, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("since", "since", "ADP", 12, "case", ""),
    ("most", "most", "ADJ", 15, "obl", "Degree=Sup"),
    ("of", "of", "ADP", 14, "case", ""),
    ("them", "they", "PRON", 12, "nmod", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
    ("sell", "sell", "VERB", 9, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("abroad", "abroad", "ADV", 15, "advmod", ""),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The regulators have been blocking the merger , she said , by demanding new hearings .
MEANS_AFTER_CUE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("regulators", "regulator", "NOUN", 4, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 4, "aux", "Tense=Past|VerbForm=Part"),
    ("blocking", "block", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("merger", "merger", "NOUN", 4, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("she", "she", "PRON", 9, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", 4, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("by", "by", "SCONJ", 12, "mark", ""),
    ("demanding", "demand", "VERB", 9, "advcl", "Tense=Pres|VerbForm=Part"),
    ("new", "new", "ADJ", 14, "amod", "Degree=Pos"),
    ("hearings", "hearing", "NOUN", 12, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# The council will vote next week , the clerk said , unless the chair delays it .
CONDITION_AFTER_CUE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("vote", "vote", "VERB", -1, "root", "VerbForm=Inf"),
    ("next", "next", "ADJ", 5, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 3, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("clerk", "clerk", "NOUN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("unless", "unless", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("chair", "chair", "NOUN", 14, "nsubj", "Number=Sing"),
    ("delays", "delay", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("it", "it", "PRON", 14, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The plant will close in March , a spokesman said , when asked about the layoffs .
OCCASION_AFTER_CUE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 3, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("close", "close", "VERB", -1, "root", "VerbForm=Inf"),
    ("in", "in", "ADP", 5, "case", ""),
    ("March", "March", "PROPN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("spokesman", "spokesman", "NOUN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("when", "when", "ADV", 12, "advmod", "PronType=Int"),
    ("asked", "ask", "VERB", 9, "advcl", "Tense=Past|VerbForm=Part"),
    ("about", "about", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("layoffs", "layoff", "NOUN", 12, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_a_reason_condition_means_or_agent_after_an_interrupting_cue_is_still_what_was_said():
    # interrupted.continuation_after_cue: the phrase after the cue's closing comma was hung on
    # the cue (or the cue made a conjunct of the clause), and only the half before was reported
    assert _quotes(PASSIVE_AGENT_AFTER_CUE) == [
        ("The plan would be helped", "Lopez"),
        ("by the new budget rules", "Lopez"),
    ]
    assert ("since most of them sell abroad", "Okafor") in _quotes(REASON_READ_AS_CUE_COMPLEMENT)
    assert ("by demanding new hearings", "she") in _quotes(MEANS_AFTER_CUE)
    assert ("unless the chair delays it", "the clerk") in _quotes(CONDITION_AFTER_CUE)
    # ... but the occasion of saying is the cue's own, not part of what was said
    assert _quotes(OCCASION_AFTER_CUE) == [("The plant will close in March", "a spokesman")]


# The utility said in a statement that it had shut off power to 3,400 customers before the fire began but that the circuit " was not part of the planned shutoff . "
STATEMENT_THAT_BUT_THAT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("utility", "utility", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 9, "obj", "PronType=Rel"),
    ("it", "it", "PRON", 9, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shut", "shut", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("off", "off", "ADP", 9, "compound:prt", ""),
    ("power", "power", "NOUN", 9, "obj", "Number=Sing"),
    ("to", "to", "ADP", 14, "case", ""),
    ("3,400", "3400", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("customers", "customer", "NOUN", 9, "obl", "Number=Plur"),
    ("before", "before", "SCONJ", 18, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("fire", "fire", "NOUN", 18, "nsubj", "Number=Sing"),
    ("began", "begin", "VERB", 9, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("but", "but", "CCONJ", 26, "cc", ""),
    ("that", "that", "SCONJ", 26, "mark", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("circuit", "circuit", "NOUN", 26, "nsubj", "Number=Sing"),
    ('"', '"', "PUNCT", 22, "punct", ""),
    ("was", "be", "AUX", 26, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 26, "advmod", "Polarity=Neg"),
    ("part", "part", "NOUN", 2, "ccomp", "Number=Sing"),
    ("of", "of", "ADP", 30, "case", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("planned", "plan", "VERB", 30, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("shutoff", "shutoff", "NOUN", 26, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 26, "punct", ""),
]


def test_the_first_of_two_coordinated_that_clauses_under_a_statement_noun_is_what_was_said():
    # repairs.repair_sentence + that_clauses.coordinated_that: "that" read as a relative pronoun
    # hung the first clause on "statement", and the parse's complement was the second ("but that")
    found = _quotes(STATEMENT_THAT_BUT_THAT)
    assert len(found) == 1 and found[0][0].startswith("that it had shut off power"), found
    assert found[0][1] == "The utility"
