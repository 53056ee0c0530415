"""Participial speech clauses ("..., saying that", "adding that") on hand-built parses: the
speaker is the subject of the clause they hang on, however the parse attached them."""

from __future__ import annotations

from parse_helpers import Row, article

from provenance.attribution import Attribution, Attributor
from provenance.quotemarks import pair_marks
from provenance.vocab import load_vocabulary

ATTRIBUTOR = Attributor(load_vocabulary())


def attribute(rows: list[Row]) -> tuple[str, list[Attribution]]:
    doc, paras = article([[rows]])
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    return doc.text, ATTRIBUTOR.attribute(doc.text, paras, spans)


def test_adding_parsed_as_the_complement_of_said_is_a_second_statement_of_the_same_speaker():
    # “ We see no link , ” the mayor said , adding that it would take hours .
    rows: list[Row] = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("We", "we", "PRON", 2, "nsubj"),
        ("see", "see", "VERB", 9, "ccomp"),
        ("no", "no", "DET", 4, "det"),
        ("link", "link", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 2, "punct"),
        ("”", "”", "PUNCT", 2, "punct"),
        ("the", "the", "DET", 8, "det"),
        ("mayor", "mayor", "NOUN", 9, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (",", ",", "PUNCT", 11, "punct"),
        ("adding", "add", "VERB", 9, "ccomp"),
        ("that", "that", "SCONJ", 15, "mark"),
        ("it", "it", "PRON", 15, "nsubj"),
        ("would", "would", "AUX", 15, "aux"),
        ("take", "take", "VERB", 11, "ccomp"),
        ("hours", "hour", "NOUN", 15, "obj"),
        (".", ".", "PUNCT", 9, "punct"),
    ]
    text, found = attribute(rows)
    by_cue = {a.cue.word.text: a for a in found if a.cue is not None}
    assert set(by_cue) == {"said", "adding"}
    said, adding = by_cue["said"], by_cue["adding"]
    assert text[said.start : said.end] == "“ We see no link , ”"
    assert text[adding.start : adding.end] == "that it would take hours"
    assert adding.speaker is not None and adding.speaker.word.text == "mayor"


def test_a_participle_under_an_infinitive_takes_the_subject_of_the_main_verb():
    # The union appeared to reject the offer , saying that its members would strike .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("union", "union", "NOUN", 2, "nsubj"),
        ("appeared", "appear", "VERB", -1, "root"),
        ("to", "to", "PART", 4, "mark"),
        ("reject", "reject", "VERB", 2, "xcomp"),
        ("the", "the", "DET", 6, "det"),
        ("offer", "offer", "NOUN", 4, "obj"),
        (",", ",", "PUNCT", 8, "punct"),
        ("saying", "say", "VERB", 4, "advcl"),
        ("that", "that", "SCONJ", 13, "mark"),
        ("its", "its", "PRON", 11, "nmod:poss"),
        ("members", "member", "NOUN", 13, "nsubj"),
        ("would", "would", "AUX", 13, "aux"),
        ("strike", "strike", "VERB", 8, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    _, found = attribute(rows)
    [a] = [a for a in found if a.cue is not None and a.cue.word.text == "saying"]
    assert a.speaker is not None and a.speaker.word.text == "union"


def test_a_statement_saying_is_spoken_by_whoever_issued_the_statement():
    # The campaign issued a statement saying that the vote was rigged .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("campaign", "campaign", "NOUN", 2, "nsubj"),
        ("issued", "issue", "VERB", -1, "root"),
        ("a", "a", "DET", 4, "det"),
        ("statement", "statement", "NOUN", 2, "obj"),
        ("saying", "say", "VERB", 4, "acl"),
        ("that", "that", "SCONJ", 10, "mark"),
        ("the", "the", "DET", 8, "det"),
        ("vote", "vote", "NOUN", 10, "nsubj:pass"),
        ("was", "be", "AUX", 10, "aux:pass"),
        ("rigged", "rig", "VERB", 5, "ccomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    _, found = attribute(rows)
    [a] = found
    assert a.cue is not None and a.cue.word.text == "saying"
    assert a.speaker is not None and a.speaker.word.text == "campaign"


def test_a_participle_on_a_person_is_spoken_by_that_person():
    # Police stopped a man shouting that the bridge would fall .  — "man" carries no statement:
    # the man shouted, not the police.
    rows: list[Row] = [
        ("Police", "police", "NOUN", 1, "nsubj"),
        ("stopped", "stop", "VERB", -1, "root"),
        ("a", "a", "DET", 3, "det"),
        ("man", "man", "NOUN", 1, "obj"),
        ("shouting", "shout", "VERB", 3, "acl"),
        ("that", "that", "SCONJ", 9, "mark"),
        ("the", "the", "DET", 7, "det"),
        ("bridge", "bridge", "NOUN", 9, "nsubj"),
        ("would", "would", "AUX", 9, "aux"),
        ("fall", "fall", "VERB", 4, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    _, found = attribute(rows)
    [a] = found
    assert a.speaker is not None and a.speaker.word.text == "man"


def test_a_participle_continues_the_verb_just_before_its_comma():
    # Each charge carries ten years , Moss said , adding that more are possible .  — both
    # "Each charge" and "Moss" parsed as subjects of "said", the participle under "said"
    rows: list[Row] = [
        ("Each", "each", "DET", 1, "det"),
        ("charge", "charge", "NOUN", 7, "nsubj"),
        ("carries", "carry", "VERB", 7, "ccomp"),
        ("ten", "ten", "NUM", 4, "nummod"),
        ("years", "year", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 7, "punct"),
        ("Moss", "Moss", "PROPN", 7, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (",", ",", "PUNCT", 9, "punct"),
        ("adding", "add", "VERB", 7, "ccomp"),
        ("that", "that", "SCONJ", 13, "mark"),
        ("more", "more", "ADJ", 13, "nsubj"),
        ("are", "be", "AUX", 13, "cop"),
        ("possible", "possible", "ADJ", 9, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    _, found = attribute(rows)
    [a] = [a for a in found if a.cue is not None and a.cue.word.text == "adding"]
    assert a.speaker is not None and a.speaker.word.text == "Moss"
