"""Clauses the parse took away from their speech verb, on hand-built parses (the trees are what
the compact parser really produced for these sentences): the raised subject ("said [the firm's
work] is ongoing"), the bare cue whose clause hangs elsewhere, and the question nobody answered."""

from __future__ import annotations

from dataclasses import replace

from parse_helpers import FeatRow, Row, attribute_sentence, sentence

from provenance.attribution import Attribution
from provenance.attribution.content import raised_subject
from provenance.attribution.cues import CueReader
from provenance.attribution.orphans import bare_cue
from provenance.syntax.tree import Sentence
from provenance.vocab import load_vocabulary

CUES = CueReader(load_vocabulary())

attribute = attribute_sentence


def said(found: list[Attribution], text: str) -> list[tuple[str, str, str | None]]:
    return [(a.rule, text[a.start : a.end], a.speaker.word.text if a.speaker else None) for a in found]


def test_an_object_right_after_said_is_the_subject_of_the_clause_after_it():
    # the parse: said -obj-> work, said -ccomp-> ongoing (with no subject)
    rows: list[Row] = [
        ("And", "and", "CCONJ", 2, "cc"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("firm", "firm", "NOUN", 6, "nmod:poss"),
        ("'s", "'s", "PART", 4, "case"),
        ("work", "work", "NOUN", 2, "obj"),
        ("with", "with", "ADP", 9, "case"),
        ("the", "the", "DET", 9, "det"),
        ("city", "city", "NOUN", 6, "nmod"),
        ("is", "be", "AUX", 11, "aux"),
        ("ongoing", "ongoing", "VERB", 2, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute(rows)
    assert said(found, text) == [("ccomp-cue", "the firm 's work with the city is ongoing", "Roe")]


def test_a_subjectless_conjunct_after_the_object_and_its_relative_clause_is_its_predicate():
    rows: list[Row] = [
        ("Doe", "Doe", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("meetings", "meeting", "NOUN", 1, "obj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("which", "which", "PRON", 6, "nsubj"),
        ("started", "start", "VERB", 3, "acl:relcl"),
        ("early", "early", "ADV", 6, "advmod"),
        (",", ",", "PUNCT", 9, "punct"),
        ("remained", "remain", "VERB", 1, "conj"),
        ("useful", "useful", "ADJ", 9, "xcomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    text, found = attribute(rows)
    assert said(found, text) == [("object-clause-cue", "the meetings , which started early , remained useful", "Doe")]


def test_the_object_of_a_verb_of_telling_is_the_listener_not_a_subject():
    s = sentence(
        [
            ("Roe", "Roe", "PROPN", 1, "nsubj"),
            ("told", "tell", "VERB", -1, "root"),
            ("the", "the", "DET", 3, "det"),
            ("board", "board", "NOUN", 1, "obj"),
            ("work", "work", "NOUN", 5, "nsubj"),
            ("continues", "continue", "VERB", 1, "ccomp"),
        ]
    )
    assert raised_subject(s, 1, {4, 5}) == {4, 5}
    said_s = sentence([(w.text, "say" if w.index == 1 else w.lemma, w.upos, w.head, w.deprel) for w in s.words])
    # with "said" and no subject under the clause, the object joins it
    no_subject = sentence(
        [(w.text, w.lemma, w.upos, w.head, "dep" if w.index == 4 else w.deprel) for w in said_s.words]
    )
    assert raised_subject(no_subject, 1, {5}) == {2, 3, 4, 5}


def test_a_said_whose_clause_the_parse_hung_on_the_main_verb_keeps_it():
    # "Although in May she said her decision was a mistake, she later changed her mind."
    rows: list[FeatRow] = [
        ("Although", "although", "SCONJ", 4, "mark", ""),
        ("in", "in", "ADP", 2, "case", ""),
        ("May", "May", "PROPN", 4, "obl", ""),
        ("she", "she", "PRON", 4, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
        ("said", "say", "VERB", 15, "advcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("her", "her", "PRON", 6, "nmod:poss", ""),
        ("decision", "decision", "NOUN", 9, "nsubj", "Number=Sing"),
        ("was", "be", "AUX", 9, "cop", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("a", "a", "DET", 9, "det", ""),
        ("mistake", "mistake", "NOUN", 15, "advcl", "Number=Sing"),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("she", "she", "PRON", 15, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
        ("later", "late", "ADV", 15, "advmod", ""),
        ("changed", "change", "VERB", -1, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("her", "her", "PRON", 15, "nmod:poss", ""),
        ("mind", "mind", "NOUN", 15, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 15, "punct", ""),
    ]
    # (heads above are 0-based; "changed" is word 13: fix the rows to point at it)
    rows = [(t, lem, u, 13 if h == 15 else h, r, f) for t, lem, u, h, r, f in rows]
    text, found = attribute(rows)
    assert said(found, text) == [("bare-cue", "her decision was a mistake", "she")]


def test_a_relative_pronoun_object_leaves_said_bare_and_the_clause_after_it_is_what_was_said():
    # "The rules, which officials said will go into effect, do not apply."
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("rules", "rule", "NOUN", 14, "nsubj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("which", "which", "PRON", 5, "obj"),
        ("officials", "official", "NOUN", 5, "nsubj"),
        ("said", "say", "VERB", 1, "acl:relcl"),
        ("will", "will", "AUX", 7, "aux"),
        ("go", "go", "VERB", 14, "advcl"),
        ("into", "into", "ADP", 9, "case"),
        ("effect", "effect", "NOUN", 7, "obl"),
        (",", ",", "PUNCT", 7, "punct"),
        ("do", "do", "AUX", 14, "aux"),
        ("not", "not", "PART", 14, "advmod"),
        ("really", "really", "ADV", 14, "advmod"),
        ("apply", "apply", "VERB", -1, "root"),
        (".", ".", "PUNCT", 14, "punct"),
    ]
    text, found = attribute(rows)
    assert said(found, text) == [("bare-cue", "will go into effect", "officials")]


def test_a_participle_after_a_comma_speaks_for_the_subject_of_its_verb():
    # "Several councillors cautioned against the plan, saying the budget was too small."
    rows: list[Row] = [
        ("Several", "several", "ADJ", 1, "amod"),
        ("councillors", "councillor", "NOUN", 2, "nsubj"),
        ("cautioned", "caution", "VERB", -1, "root"),
        ("against", "against", "ADP", 5, "case"),
        ("the", "the", "DET", 5, "det"),
        ("plan", "plan", "NOUN", 2, "obl"),
        (",", ",", "PUNCT", 7, "punct"),
        ("saying", "say", "VERB", 2, "advcl"),
        ("the", "the", "DET", 9, "det"),
        ("budget", "budget", "NOUN", 12, "nsubj"),
        ("was", "be", "AUX", 12, "cop"),
        ("too", "too", "ADV", 12, "advmod"),
        ("small", "small", "ADJ", 2, "conj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute(rows)
    assert said(found, text) == [("bare-cue", "the budget was too small", "councillors")]


def test_a_bare_said_with_no_clause_after_it_reports_nothing():
    # "As she said in May, the plan failed." and "He said so."
    as_she: list[Row] = [
        ("As", "as", "SCONJ", 2, "mark"),
        ("she", "she", "PRON", 2, "nsubj"),
        ("said", "say", "VERB", 8, "advcl"),
        ("in", "in", "ADP", 4, "case"),
        ("May", "May", "PROPN", 2, "obl"),
        (",", ",", "PUNCT", 2, "punct"),
        ("the", "the", "DET", 7, "det"),
        ("plan", "plan", "NOUN", 8, "nsubj"),
        ("failed", "fail", "VERB", -1, "root"),
        (".", ".", "PUNCT", 8, "punct"),
    ]
    so: list[Row] = [
        ("He", "he", "PRON", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("so", "so", "ADV", 1, "advmod"),
    ]
    # (no lost clause for bare-cue; a leading "As she said" introduces the clause after it, which
    # is the as-cue-lead pattern's, the way "The plan failed, as she said in May." is as-cue's)
    text, found = attribute(as_she)
    assert said(found, text) == [("as-cue-lead", "the plan failed", "she")]
    text, found = attribute(so)
    assert said(found, text) == []


def test_a_question_the_speaker_would_not_answer_is_not_what_they_said():
    # "The company would not say whether it agreed ." vs. "The company say it agreed ."
    refused: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("company", "company", "NOUN", 4, "nsubj"),
        ("would", "would", "AUX", 4, "aux"),
        ("not", "not", "PART", 4, "advmod"),
        ("say", "say", "VERB", -1, "root"),
        ("whether", "whether", "SCONJ", 7, "mark"),
        ("it", "it", "PRON", 7, "nsubj"),
        ("agreed", "agree", "VERB", 4, "ccomp"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    text, found = attribute(refused)
    assert said(found, text) == []
    answered = [r for r in refused if r[0] not in ("would", "not", "whether")]
    index = {r[0]: i for i, r in enumerate(answered)}
    heads = {"The": "company", "company": "say", "it": "agreed", "agreed": "say", ".": "say"}
    rows: list[Row] = [(t, lem, u, index[heads[t]] if t in heads else -1, r) for t, lem, u, _, r in answered]
    text, found = attribute(rows)
    assert said(found, text) == [("ccomp-cue", "it agreed", "company")]


def test_the_object_of_a_speech_act_is_what_was_said_but_not_an_expressed_attitude():
    def rows(verb: str, lemma: str, obj: str) -> list[Row]:
        return [
            ("Roe", "Roe", "PROPN", 1, "nsubj"),
            (verb, lemma, "VERB", -1, "root"),
            ("her", "her", "PRON", 3, "nmod:poss"),
            (obj, obj, "NOUN", 1, "obj"),
            ("on", "on", "ADP", 5, "case"),
            ("Thursday", "Thursday", "PROPN", 1, "obl"),
            (".", ".", "PUNCT", 1, "punct"),
        ]

    text, found = attribute(rows("announced", "announce", "candidacy"))
    assert said(found, text) == [("object-content", "her candidacy", "Roe")]
    # (an expressed attitude is a view only with what it is about: expressed-attitude)
    text, found = attribute(rows("expressed", "express", "concern"))
    assert said(found, text) == []


def test_an_object_with_a_preposition_before_a_colon_and_a_quote_is_no_object_content():
    # The ministry announced following the vote : “ The result stands . ”
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("ministry", "ministry", "NOUN", 2, "nsubj"),
        ("announced", "announce", "VERB", -1, "root"),
        ("following", "follow", "VERB", 5, "case"),
        ("the", "the", "DET", 5, "det"),
        ("vote", "vote", "NOUN", 2, "obj"),
        (":", ":", "PUNCT", 10, "punct"),
        ("“", "“", "PUNCT", 10, "punct"),
        ("The", "the", "DET", 9, "det"),
        ("result", "result", "NOUN", 10, "nsubj"),
        ("stands", "stand", "VERB", 2, "advcl"),
        (".", ".", "PUNCT", 10, "punct"),
        ("”", "”", "PUNCT", 10, "punct"),
    ]
    text, found = attribute(rows)
    assert [(a.rule, a.kind, a.speaker.word.text if a.speaker else None) for a in found] == [
        ("adjacent-cue-before", "direct", "ministry")
    ]
    assert text[found[0].start : found[0].end] == "“ The result stands . ”"


def test_a_request_to_someone_reports_its_to_clause_but_a_request_for_anonymity_does_not():
    def rows(verb: str, lemma: str, listener: str, rel: str) -> list[Row]:
        # "Doe <verb> the <listener> to reject the plan ." ("to" clause parsed as xcomp or advcl)
        return [
            ("Doe", "Doe", "PROPN", 1, "nsubj"),
            (verb, lemma, "VERB", -1, "root"),
            ("the", "the", "DET", 3, "det"),
            (listener, listener, "NOUN", 1, "obj"),
            ("to", "to", "PART", 5, "mark"),
            ("reject", "reject", "VERB", 1, rel),
            ("the", "the", "DET", 7, "det"),
            ("plan", "plan", "NOUN", 5, "obj"),
            (".", ".", "PUNCT", 1, "punct"),
        ]

    for rel in ("xcomp", "advcl"):
        text, found = attribute(rows("urged", "urge", "council", rel))
        assert said(found, text) == [("directive-to", "to reject the plan", "Doe")]
    # advice, a reminder, a caution, pressing someone: requests too
    for verb, lemma in (("advised", "advise"), ("reminded", "remind"), ("cautioned", "caution"), ("pressed", "press")):
        text, found = attribute(rows(verb, lemma, "council", "xcomp"))
        assert said(found, text) == [("directive-to", "to reject the plan", "Doe")]
    # "challenged any attempt to ...", "directed the film": not requests as often as not
    for verb, lemma in (("challenged", "challenge"), ("directed", "direct")):
        text, found = attribute(rows(verb, lemma, "council", "xcomp"))
        assert said(found, text) == []
    # "requested anonymity to ..." gives a reason; "encouraged" reports no statement
    for verb, lemma in (("requested", "request"), ("encouraged", "encourage")):
        text, found = attribute(rows(verb, lemma, "council", "xcomp"))
        assert said(found, text) == []


def test_a_lone_adjective_the_parse_made_the_complement_is_a_scrap_of_the_clause():
    # "The mayor said there had been no specific , credible threats ." with "specific" as the
    # ccomp and the verb hung under it as a copula of "threats"
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("there", "there", "PRON", 5, "expl", ""),
        ("had", "have", "AUX", 5, "aux", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("been", "be", "AUX", 10, "cop", "Tense=Past|VerbForm=Part"),
        ("no", "no", "DET", 10, "det", ""),
        ("specific", "specific", "ADJ", 2, "ccomp", "Degree=Pos"),
        (",", ",", "PUNCT", 7, "punct", ""),
        ("credible", "credible", "ADJ", 10, "amod", "Degree=Pos"),
        ("threats", "threat", "NOUN", 7, "conj", "Number=Plur"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    text, found = attribute(rows)
    assert said(found, text) == [("bare-cue", "there had been no specific , credible threats", "mayor")]


def test_a_said_inside_a_relative_clause_reports_the_short_clause_after_it():
    # " six deaths that Lohmar said are unrelated ."   ("said" a relative clause of "deaths")
    rows: list[FeatRow] = [
        ("six", "six", "NUM", 1, "nummod", "NumType=Card"),
        ("deaths", "death", "NOUN", -1, "root", "Number=Plur"),
        ("that", "that", "PRON", 6, "mark", "PronType=Rel"),
        ("Lohmar", "Lohmar", "PROPN", 4, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", 1, "acl:relcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("are", "be", "AUX", 6, "aux:pass", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("unrelated", "unrelated", "VERB", 1, "acl:relcl", "VerbForm=Part"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    text, found = attribute(rows)
    assert said(found, text) == [("bare-cue", "are unrelated", "Lohmar")]


def test_a_hyphen_inside_a_word_does_not_end_the_clause_a_dash_does():
    # " wounds that police said were self-inflicted , doctors said ."  — the hyphen joins a word
    rows: list[FeatRow] = [
        ("wounds", "wound", "NOUN", -1, "root", "Number=Plur"),
        ("that", "that", "PRON", 3, "obj", "PronType=Rel"),
        ("police", "police", "NOUN", 3, "nsubj", "Number=Plur"),
        ("said", "say", "VERB", 0, "acl:relcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("were", "be", "AUX", 7, "aux:pass", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("self", "self", "NOUN", 7, "compound", "Number=Sing"),
        ("-", "-", "PUNCT", 7, "punct", ""),
        ("inflicted", "inflict", "VERB", 0, "acl:relcl", "VerbForm=Part"),
        (".", ".", "PUNCT", 0, "punct", ""),
    ]
    spaced = sentence(rows)
    # close the spaces around the hyphen: "self-inflicted", as the tokenizer leaves it
    shift = {6: 1, 7: 2, 8: 2}
    words = [replace(w, start=w.start - shift.get(w.index, 0), end=w.end - shift.get(w.index, 0)) for w in spaced.words]
    joined = Sentence(words, spaced.start, spaced.end - 2, spaced.text.replace("self - inflicted", "self-inflicted"))
    hit = bare_cue(CUES, joined, 3)
    assert hit is not None and joined.text[hit.start : hit.end] == "were self-inflicted"
    dashed = bare_cue(CUES, spaced, 3)
    assert dashed is not None and spaced.text[dashed.start : dashed.end] == "were self"


def test_an_open_complement_with_its_own_subject_is_a_clause_the_parse_mislabelled():
    # Roe writes the firm works with other agencies .  ("works" parsed as xcomp, with a subject)
    rows: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("writes", "write", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("firm", "firm", "NOUN", 4, "nsubj"),
        ("works", "work", "VERB", 1, "xcomp"),
        ("with", "with", "ADP", 7, "case"),
        ("other", "other", "ADJ", 7, "amod"),
        ("agencies", "agency", "NOUN", 4, "obl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    text, found = attribute(rows)
    assert said(found, text) == [("ccomp-cue", "the firm works with other agencies", "Roe")]
    # "asked him to leave": an infinitive with no subject of its own is no content
    asked: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("asked", "ask", "VERB", -1, "root"),
        ("him", "he", "PRON", 1, "obj"),
        ("to", "to", "PART", 4, "mark"),
        ("leave", "leave", "VERB", 1, "xcomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert [a for a in attribute(asked)[1] if a.rule == "ccomp-cue"] == []
