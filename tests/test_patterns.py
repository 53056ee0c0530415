"""The pattern engine on hand-built parses (no model needed)."""

import pytest
from parse_helpers import sentence

from provenance.errors import ProvenanceError
from provenance.syntax.matcher import compile_pattern
from provenance.yamlio import load_yaml_text

# "Rasool said the army holds them responsible"
SENT = sentence(
    [
        ("Rasool", "Rasool", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("army", "army", "NOUN", 4, "nsubj"),
        ("holds", "hold", "VERB", 1, "ccomp"),
    ]
)
LEX = {"speech": {"say", "tell"}}


def lookup(name, lemma):
    return lemma in LEX.get(name, set())


def pattern(yaml_text):
    return compile_pattern(load_yaml_text(yaml_text, "p.yaml"), "p.yaml", set(LEX))


def test_match_names_cue_content_and_speaker():
    p = pattern("""
id: t
doc: test
nodes:
  cue: {lexicon: speech}
  content: {child_of: cue, deprel: ccomp}
  speaker: {child_of: cue, deprel: nsubj, optional: true}
""")
    assert list(p.match(SENT, lookup)) == [{"cue": 1, "content": 4, "speaker": 0}]


def test_optional_node_may_be_absent_and_not_excludes():
    p = pattern("""
id: t
doc: test
nodes:
  cue: {lexicon: speech}
  content: {child_of: cue, deprel: ccomp}
  obj: {child_of: cue, deprel: obj, optional: true}
  subj: {child_of: content, not: {upos: PROPN}}
""")
    assert list(p.match(SENT, lookup)) == [{"cue": 1, "content": 4, "subj": 3}]


def test_not_may_list_several_sets_of_attributes_none_of_which_may_hold():
    def words(nots: str) -> list:
        text = "id: t\ndoc: test\nnodes:\n  cue: {lexicon: speech}\n  content: {child_of: cue, deprel: ccomp}\n"
        return list(pattern(text + f"  word: {{child_of: content, not: {nots}}}\n").match(SENT, lookup))

    assert words("[{upos: PROPN}]") == [{"cue": 1, "content": 4, "word": 3}]
    assert words("[{upos: PROPN}, {deprel: nsubj}]") == []  # ("army" is the second set's)
    with pytest.raises(ProvenanceError):
        words("[{upos: PROPN}, 3]")


def test_without_rejects_a_word_with_a_child_by_that_relation():
    p = pattern("""
id: t
doc: test
nodes:
  cue: {lexicon: speech, without: [nsubj]}
""")
    assert list(p.match(SENT, lookup)) == []  # "said" has a subject
    q = pattern("""
id: t
doc: test
nodes:
  cue: {lexicon: speech, without: [cc, obj]}
""")
    assert list(q.match(SENT, lookup)) == [{"cue": 1}]


def test_without_may_name_a_relation_and_the_childs_lemma():
    p = pattern("""
id: t
doc: test
nodes:
  cue: {lexicon: speech, without: [nsubj=rasool]}
""")
    assert list(p.match(SENT, lookup)) == []  # "said" has the subject "Rasool"
    q = pattern("""
id: t
doc: test
nodes:
  cue: {lexicon: speech, without: [nsubj=army]}
""")
    assert list(q.match(SENT, lookup)) == [{"cue": 1}]


def test_without_may_name_a_relation_and_the_childs_part_of_speech():
    p = pattern("""
id: t
doc: test
nodes:
  cue: {lexicon: speech, without: [nsubj(PROPN)]}
""")
    assert list(p.match(SENT, lookup)) == []  # "said" has the proper-noun subject "Rasool"
    q = pattern("""
id: t
doc: test
nodes:
  cue: {lexicon: speech, without: [nsubj(PRON), ccomp(PROPN)]}
""")
    assert list(q.match(SENT, lookup)) == [{"cue": 1}]


def test_after_requires_the_word_before_the_subtree():
    # , Rasool said ...  : the subtree of "said" opens right after the comma
    comma = sentence(
        [
            ("Yes", "yes", "INTJ", 3, "discourse"),
            (",", ",", "PUNCT", 3, "punct"),
            ("Rasool", "Rasool", "PROPN", 3, "nsubj"),
            ("said", "say", "VERB", -1, "root"),
        ]
    )
    p = pattern("""
id: t
doc: test
nodes:
  verb: {text: Rasool, after: [","]}
""")
    assert list(p.match(comma, lookup)) == [{"verb": 2}]
    assert list(p.match(SENT, lookup)) == []


def test_parent_of_and_descendant_of_links():
    p = pattern("""
id: t
doc: test
nodes:
  noun: {text: army}
  verb: {parent_of: noun}
  top: {parent_of: verb}
  det: {descendant_of: top, upos: DET}
""")
    assert list(p.match(SENT, lookup)) == [{"noun": 3, "verb": 4, "top": 1, "det": 2}]


def test_deprel_base_matches_subtypes():
    s = sentence([("He", "he", "PRON", 1, "nsubj:pass"), ("was", "be", "AUX", -1, "root")])
    p = pattern("id: t\ndoc: d\nnodes:\n  x: {deprel: nsubj}\n")
    assert list(p.match(s, lookup)) == [{"x": 0}]
    p = pattern("id: t\ndoc: d\nnodes:\n  x: {deprel: 'nsubj:outer'}\n")
    assert list(p.match(s, lookup)) == []


@pytest.mark.parametrize(
    "body, line, needle",
    [
        ("id: t\ndoc: d\nnodes:\n  a: {}\n  b: {child_of: zz}\n", 5, "not named before"),
        ("id: t\ndoc: d\nnodes:\n  a: {lemma: say, colour: red}\n", 4, "unknown key 'colour'"),
        ("id: t\ndoc: d\nnodes:\n  a: {lexicon: nope}\n", 4, "unknown lexicon"),
        ("id: t\nnodes:\n  a: {}\n", 1, "missing 'doc'"),
    ],
)
def test_invalid_patterns_name_file_and_line(body, line, needle):
    with pytest.raises(ProvenanceError) as err:
        pattern(body)
    assert err.value.path == "p.yaml" and err.value.line == line and needle in str(err.value)


def test_yaml_is_loaded_safely():
    with pytest.raises(ProvenanceError) as err:
        load_yaml_text("a: !!python/object/apply:os.system ['echo hi']\n", "evil.yaml")
    assert "evil.yaml:1" in str(err.value)
