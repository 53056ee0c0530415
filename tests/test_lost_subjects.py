"""A speaker the parse lost or misplaced: a fronted time made the subject with the speaker its
conjunct ("Wednesday at the debate, candidate Jane Roe said": modifiers.time_subject), the reported
clause's subject with its apposition read as the cue's indirect object (double_subject), a cue
set off by commas inside the clause it reports ("The mayor is so reckless, the governor said, that
...": extent.interrupted_host), a floating quantifier or emphatic pronoun made a second
subject ("Kent herself said", "They both said": content.one_subject), and a speaker the parse lost when it made the sentence's subject its root: "Jane Doe, despite
making an effort to stay on script, deviated ... and asserted that ..." with "Jane Doe" the root
and the verbs under the participle "making" (attribution/phrases.nominal_root, read by
cues.subject_of). The tree is the one the shipped parser produced for this sentence, written for
the test; no model needed."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Jane Doe , despite making an effort to stay on script , deviated from her remarks Thursday and asserted that top generals do n't want him as their boss .
DOE_ASSERTED: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Doe", "Doe", "PROPN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ("despite", "despite", "SCONJ", 4, "mark", ""),
    ("making", "make", "VERB", 1, "acl", "Tense=Pres|VerbForm=Part"),
    ("an", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("effort", "effort", "NOUN", 4, "obj", "Number=Sing"),
    ("to", "to", "PART", 8, "mark", ""),
    ("stay", "stay", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 10, "case", ""),
    ("script", "script", "NOUN", 8, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("deviated", "deviat", "VERB", 8, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("from", "from", "ADP", 15, "case", ""),
    ("her", "her", "PRON", 15, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("remarks", "remark", "NOUN", 12, "obl", "Number=Plur"),
    ("Thursday", "Thursday", "PROPN", 12, "obl", "Number=Sing"),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("asserted", "assert", "VERB", 12, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 24, "mark", ""),
    ("top", "top", "ADJ", 21, "amod", "Degree=Pos"),
    ("generals", "general", "NOUN", 24, "nsubj", "Number=Plur"),
    ("do", "do", "AUX", 24, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("n't", "not", "PART", 24, "advmod", "Polarity=Neg"),
    ("want", "want", "VERB", 18, "ccomp", "VerbForm=Inf"),
    ("him", "he", "PRON", 24, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("as", "as", "ADP", 28, "case", ""),
    ("their", "their", "PRON", 28, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("boss", "boss", "NOUN", 24, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_a_cue_under_a_participle_on_a_root_name_has_the_name_for_its_speaker():
    r = resolve([[DOE_ASSERTED]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.text == "that top generals do n't want him as their boss"
    assert q.speaker is not None and q.speaker.name == "Jane Doe"
    # (after a conjunction that opens the sentence too: "But Jane Doe, despite ...")
    rows = [("But", "but", "CCONJ", 2, "cc", "")] + [
        (t, lemma, upos, head + 1 if head >= 0 else head, rel, feats)
        for t, lemma, upos, head, rel, feats in DOE_ASSERTED
    ]
    [q] = resolve([[rows]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and q.speaker.name == "Jane Doe"


# Kent herself said the emails were not classified .
KENT_HERSELF: list[FeatRow] = [
    ("Kent", "Kent", "PROPN", 2, "nsubj", "Number=Sing"),
    ("herself", "herself", "PRON", 2, "nsubj", "Case=Acc|Number=Sing|Person=3|PronType=Emp|Reflex=Yes"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("emails", "email", "NOUN", 7, "nsubj:pass", "Number=Plur"),
    ("were", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 7, "advmod", "Polarity=Neg"),
    ("classified", "classify", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# They both said the plan would fail .
THEY_BOTH: list[FeatRow] = [
    ("They", "they", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("both", "both", "DET", 2, "nsubj", "PronType=Tot"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 2, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_floating_quantifier_or_emphatic_pronoun_is_not_the_speaker():
    r = resolve([[KENT_HERSELF]])  # type: ignore[list-item]
    assert [q.speaker.text if q.speaker else "" for q in r.quotes] == ["Kent"]
    r = resolve([[KENT_HERSELF], [THEY_BOTH]])  # type: ignore[list-item]
    assert [q.speaker.text if q.speaker else "" for q in r.quotes] == ["Kent", "They"]


# Wednesday at the debate , candidate Jane Roe said Mary Smith , the mother of a soldier who died in the attack , is " absolutely wrong " about the plan .
WEDNESDAY_ROE: list[FeatRow] = [
    ("Wednesday", "Wednesday", "PROPN", 8, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("debate", "debate", "NOUN", 8, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("candidate", "candidate", "NOUN", 7, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 7, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 0, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Mary", "Mary", "PROPN", 10, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 8, "iobj", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("mother", "mother", "NOUN", 8, "ccomp", "Number=Sing"),
    ("of", "of", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("soldier", "soldier", "NOUN", 13, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 18, "nsubj", "PronType=Rel"),
    ("died", "die", "VERB", 16, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("attack", "attack", "NOUN", 18, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 26, "punct", ""),
    ("is", "be", "AUX", 26, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ('"', '"', "PUNCT", 26, "punct", ""),
    ("absolutely", "absolutely", "ADV", 26, "advmod", ""),
    ("wrong", "wrong", "ADJ", 8, "ccomp", "Degree=Pos"),
    ('"', '"', "PUNCT", 26, "punct", ""),
    ("about", "about", "ADP", 30, "case", ""),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 26, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# The mayor is so reckless , the governor said , that the city will go broke .
SO_RECKLESS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("so", "so", "ADV", 4, "advmod", ""),
    ("reckless", "reckless", "ADJ", -1, "root", "Degree=Pos"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("governor", "governor", "NOUN", 8, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 4, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 14, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 14, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("broke", "break", "VERB", 14, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Mary Roe , clad in a red cape , said the convention could fail .
CLAD_IN_RED: list[FeatRow] = [
    ("Mary", "Mary", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 9, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("clad", "clad", "NOUN", 1, "appos", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("red", "red", "ADJ", 7, "amod", "Degree=Pos"),
    ("cape", "cape", "NOUN", 3, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("convention", "convention", "NOUN", 13, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 13, "aux", "VerbForm=Fin"),
    ("fail", "fail", "VERB", 9, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 9, "punct", ""),
]


def test_a_fronted_time_is_no_speaker_and_the_clause_keeps_its_subject_with_its_apposition():
    [q] = resolve([[WEDNESDAY_ROE]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and q.speaker.name == "Jane Roe"
    assert q.text.startswith("Mary Smith , the mother of a soldier who died in the attack , is")


def test_a_cue_set_off_inside_the_clause_it_reports_gives_both_halves():
    r = resolve([[SO_RECKLESS]])  # type: ignore[list-item]
    assert [(q.text, q.speaker.text if q.speaker else "") for q in r.quotes] == [
        ("The mayor is so reckless", "the governor"),
        ("that the city will go broke", "the governor"),
    ]
    # (a description set off after the speaker is no first half)
    r = resolve([[CLAD_IN_RED]])  # type: ignore[list-item]
    assert [q.text for q in r.quotes] == ["the convention could fail"]
