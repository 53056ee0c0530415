"""A noun subject the parser read as the verb of a relative clause (no model needed):
attribution/tag_repairs.plural_noun_read_as_cue ("said in a statement that work on the bridge
had stopped", "that" read as a relative pronoun and "work" as its verb) and
attribution/relative_roots.predicate_read_into_relative ("The people who live here deserve
better, Roe said", the predicate read as a second relative clause of the fronted noun). Each
tree is the shape the shipped parser produced for the sentence in the comment (checked with
``provenance parse``)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str]]:
    r = resolve([[rows]])  # type: ignore[list-item]
    return [(q.text, (q.speaker.text if q.speaker else "")) for q in r.quotes]


# Roe said in an interview that work on the bridge had stopped.
WORK_INTERVIEW: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 4, "case", ""),
    ("an", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 1, "obl", "Number=Sing"),
    ("that", "that", "PRON", 6, "nsubj", "PronType=Rel"),
    ("work", "work", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 6, "obl", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("stopped", "stop", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Roe told reporters that work on the bridge would begin soon.
WORK_TOLD: list[FeatRow] = [
    ("Roe", "Roe", "PROPN", 1, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reporters", "reporter", "NOUN", 1, "iobj", "Number=Plur"),
    ("that", "that", "PRON", 4, "nsubj", "PronType=Rel"),
    ("work", "work", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("on", "on", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("bridge", "bridge", "NOUN", 4, "obl", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("begin", "begin", "VERB", 1, "ccomp", "VerbForm=Inf"),
    ("soon", "soon", "ADV", 9, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# The company said in a statement that sales in Asia fell sharply.
SALES: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("sales", "sale", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "ADP", 9, "case", ""),
    ("Asia", "Asia", "PROPN", 7, "obl", "Number=Sing"),
    ("fell", "fall", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("sharply", "sharply", "ADV", 10, "advmod", ""),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The people who live here deserve better, Roe said.
PEOPLE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("people", "person", "NOUN", 9, "nsubj", "Number=Plur"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("live", "live", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("here", "here", "ADV", 3, "advmod", "PronType=Dem"),
    ("deserve", "deserve", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("better", "good", "ADJ", 5, "xcomp", "Degree=Cmp"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("Roe", "Roe", "PROPN", 9, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# A deal that protects workers is possible, the union said.
DEAL: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("deal", "deal", "NOUN", 10, "ccomp", "Number=Sing"),
    ("that", "that", "PRON", 3, "nsubj", "PronType=Rel"),
    ("protects", "protect", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("workers", "worker", "NOUN", 3, "obj", "Number=Plur"),
    ("is", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("possible", "possible", "ADJ", 10, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 10, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


# Other factors, such as exercise and income, could play a role, he said.
FACTORS: list[FeatRow] = [
    ("Other", "other", "ADJ", 1, "amod", "Degree=Pos"),
    ("factors", "factor", "NOUN", 15, "ccomp", "Number=Plur"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("such", "such", "ADJ", 5, "case", "ExtPos=ADP"),
    ("as", "as", "ADP", 5, "case", ""),
    ("exercise", "exercise", "NOUN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("income", "income", "NOUN", 5, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 1, "punct", ""),
    ("could", "could", "AUX", 10, "aux", "VerbForm=Fin"),
    ("play", "play", "VERB", 15, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("role", "role", "NOUN", 10, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("he", "he", "PRON", 15, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 15, "punct", ""),
]


# The company said in a statement that sales fell .
SALES_FELL: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 7, "nsubj", "PronType=Rel"),
    ("sales", "sale", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fell", "fall", "VERB", 7, "xcomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 2, "punct", ""),
]


# People who are already ill may simply move less , said Dr. Rebecca Edelmayer .
FRONTED_INVERTED: list[FeatRow] = [
    ("People", "person", "NOUN", 10, "nsubj", "Number=Plur"),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("are", "be", "AUX", 4, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("already", "already", "ADV", 4, "advmod", ""),
    ("ill", "ill", "ADJ", 7, "advmod", "Degree=Pos"),
    ("may", "may", "AUX", 7, "aux", "VerbForm=Fin"),
    ("simply", "simply", "ADV", 7, "advmod", ""),
    ("move", "move", "VERB", 10, "ccomp", "VerbForm=Inf"),
    ("less", "less", "ADV", 7, "advmod", "Degree=Cmp"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Dr.", "Dr.", "PROPN", 13, "compound", "Number=Sing"),
    ("Rebecca", "Rebecca", "PROPN", 13, "compound", "Number=Sing"),
    ("Edelmayer", "Edelmayer", "PROPN", 10, "nsubj", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


def test_a_noun_read_as_the_verb_of_a_relative_under_the_occasion_is_the_clauses_subject():
    assert _quotes(WORK_INTERVIEW) == [("that work on the bridge had stopped", "Roe")]


def test_a_noun_read_as_the_verb_of_a_relative_on_the_listener_is_the_clauses_subject():
    assert _quotes(WORK_TOLD) == [("that work on the bridge would begin soon", "Roe")]


def test_the_clause_after_the_noun_may_be_a_bare_finite_verb():
    assert _quotes(SALES) == [("that sales in Asia fell sharply", "The company")]


def test_the_clauses_verb_may_be_read_as_the_nouns_open_complement():
    assert SALES_FELL[8][4] == "xcomp"  # ("fell" hung on "sales", the parse's "verb")
    assert _quotes(SALES_FELL) == [("that sales fell", "The company")]


def test_a_real_relative_with_an_object_stays_a_relative():
    # "... in an interview that works wonders had stopped": with an object the relative clause
    # is real ("a town hall that states the law plainly"), and nothing is repaired
    from parse_helpers import sentence

    from provenance.attribution.tag_repairs import plural_noun_read_as_cue

    shifted = [(t, lemma, upos, h + 1 if h > 6 else h, rel, f) for t, lemma, upos, h, rel, f in WORK_INTERVIEW]
    rows = [*shifted[:7], ("wonders", "wonder", "NOUN", 6, "obj", "Number=Plur"), *shifted[7:]]
    assert plural_noun_read_as_cue(sentence(rows), lambda lex, w: False) == (-1, {})
    assert plural_noun_read_as_cue(sentence(WORK_INTERVIEW), lambda lex, w: False) == (
        6,
        {6: (11, "nsubj"), 5: (11, "mark"), 9: (6, "nmod")},
    )


def test_a_predicate_read_as_a_second_relative_of_the_fronted_noun_is_what_was_said():
    assert _quotes(PEOPLE) == [("The people who live here deserve better", "Roe")]


def test_a_predicate_read_as_a_second_complement_takes_the_fronted_noun_as_subject():
    assert _quotes(DEAL) == [("A deal that protects workers is possible", "the union")]


def test_a_fronted_noun_read_as_a_complement_without_a_relative_is_the_predicates_subject():
    assert _quotes(FACTORS) == [("Other factors , such as exercise and income , could play a role", "he")]


def test_a_fronted_noun_read_as_a_second_subject_before_an_inverted_speaker_is_the_predicates():
    # ("People" and "Edelmayer" both subjects of "said"; "who are ... ill" and "move" its complements)
    assert [r[4] for r in FRONTED_INVERTED[:1]] == ["nsubj"]
    assert _quotes(FRONTED_INVERTED) == [("People who are already ill may simply move less", "Dr. Rebecca Edelmayer")]
