"""A speaker the parse lost or misplaced: a floating quantifier or emphatic pronoun made a second
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
