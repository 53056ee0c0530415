"""A bare "the union", "the company", "the airline" that no body of its kind spoke before is the
body the article named of that kind: one it said is of that kind ("the teachers' union CTERA"),
a business whose name ends as only a business's does ("operated by Great Lakes Central
Railroad"), or, for a body first described by its kind, the name of that kind written since
("the airline said ... operated by carrier Solaris Air, ..., the airline said"); a business named
as another kind is not it, and a line in title case names nobody (sources/head_names.kinded_before,
in_headline, kind_fits; unnamed._name_since; lexicon ``kind_name_heads``; session 46, from fresh
articles). The trees are the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# Teachers walked out in a strike called by the teachers' union CTERA.
CTERA: list[FeatRow] = [
    ("Teachers", "teacher", "NOUN", 1, "nsubj", "Number=Plur"),
    ("walked", "walk", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("out", "out", "ADP", 1, "compound:prt", ""),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("strike", "strike", "NOUN", 1, "obl", "Number=Sing"),
    ("called", "call", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 12, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("teachers", "teacher", "NOUN", 12, "nmod:poss", "Number=Plur"),
    ("##'", "'s", "PART", 9, "case", ""),
    ("union", "union", "NOUN", 12, "compound", "Number=Sing"),
    ("CTERA", "Ctera", "PROPN", 6, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The union said the strike would go on.
UNION: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("strike", "strike", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("go", "go", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("on", "on", "ADP", 6, "compound:prt", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The train was operated by Great Lakes Central Railroad.
TRAIN: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("train", "train", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("operated", "operate", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 8, "case", ""),
    ("Great", "great", "ADJ", 8, "amod", "Degree=Pos"),
    ("Lakes", "Lake", "PROPN", 8, "compound", "Number=Plur"),
    ("Central", "Central", "ADJ", 8, "amod", "Degree=Pos"),
    ("Railroad", "Railroad", "PROPN", 3, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The company said the crew was unhurt.
COMPANY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("crew", "crew", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unhurt", "unhurt", "ADJ", 2, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The jet landed safely, the airline said.
LANDED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("jet", "jet", "NOUN", 2, "nsubj", "Number=Sing"),
    ("landed", "land", "VERB", 7, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("safely", "safely", "ADV", 2, "advmod", ""),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("airline", "airline", "NOUN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The jet, operated by carrier Solaris Air, was bound for Berlin, the airline said.
OPERATED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("jet", "jet", "NOUN", 16, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("operated", "operate", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 5, "case", ""),
    ("carrier", "carrier", "NOUN", 3, "obl:agent", "Number=Sing"),
    ("Solaris", "Solaris", "PROPN", 7, "compound", "Number=Sing"),
    ("Air", "Air", "PROPN", 5, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("was", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("bound", "bind", "VERB", 16, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 12, "case", ""),
    ("Berlin", "Berlin", "PROPN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("airline", "airline", "NOUN", 16, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# Related Stories Singer Benched By NBA Team Before Show.
TITLE_CASE: list[FeatRow] = [
    ("Related", "related", "VERB", 2, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Stories", "story", "PROPN", 2, "compound", "Number=Plur"),
    ("Singer", "Singer", "PROPN", 3, "nsubj:pass", "Number=Sing"),
    ("Benched", "bench", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("By", "by", "ADP", 6, "case", ""),
    ("NBA", "NBA", "PROPN", 6, "compound", "Number=Sing"),
    ("Team", "Team", "PROPN", 3, "obl:agent", "Number=Sing"),
    ("Before", "before", "ADP", 8, "case", ""),
    ("Show", "Show", "PROPN", 3, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]

# The team said the singer had broken its rules.
TEAM: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("team", "team", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("singer", "singer", "NOUN", 6, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("broken", "break", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("its", "its", "PRON", 8, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("rules", "rule", "NOUN", 6, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def _speakers(paragraphs: list) -> list[str]:
    return [q.speaker.name or q.speaker.text for q in resolve(paragraphs).quotes if q.speaker is not None]


def test_the_union_is_the_body_the_article_said_is_a_union():
    assert _speakers([[CTERA], [UNION]]) == ["CTERA"]


def test_the_company_is_the_business_named_by_its_name_s_end():
    assert _speakers([[TRAIN], [COMPANY]]) == ["Great Lakes Central Railroad"]


def test_a_body_first_described_by_its_kind_is_named_by_the_name_written_since():
    assert _speakers([[LANDED], [OPERATED]]) == ["Solaris Air", "Solaris Air"]


def test_guard_a_business_named_as_another_kind_is_not_the_airline():
    assert _speakers([[TRAIN], [LANDED]]) == ["the airline"]


def test_guard_a_line_in_title_case_names_no_body():
    assert _speakers([[TITLE_CASE], [TEAM]]) == ["The team"]
