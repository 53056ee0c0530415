from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.vocab import load_lexicon, load_vocabulary, rules_dir


def test_packaged_rules_load_and_every_pattern_has_a_doc():
    vocab = load_vocabulary()
    assert {"speech_verbs", "cognition_verbs", "prepositional_cues", "outlets", "boilerplate_reasons"} <= set(
        vocab.lexicons
    )
    assert vocab.patterns and all(p.doc for p in vocab.patterns)
    assert vocab.in_lexicon("speech_verbs", "say") and not vocab.in_lexicon("speech_verbs", "think")
    assert vocab.in_lexicon("cognition_verbs", "believe")


def test_newsroom_extras_extend_a_lexicon():
    vocab = load_vocabulary({"speech_verbs": ["harrumph"], "outlets": [{"name": "Daily Planet", "aliases": ["DP"]}]})
    assert vocab.in_lexicon("speech_verbs", "harrumph")
    assert vocab.lexicon("outlets").get("DP").name == "Daily Planet"


def test_unknown_extra_vocabulary_is_an_error():
    with pytest.raises(ProvenanceError, match="unknown vocabulary"):
        load_vocabulary({"speach_verbs": ["x"]})


def test_broken_lexicon_names_file_and_line(tmp_path: Path):
    f = tmp_path / "bad.yaml"
    f.write_text("name: x\ndoc: y\nentries:\n  - ok\n  - {aliases: [a]}\n", encoding="utf-8")
    with pytest.raises(ProvenanceError) as err:
        load_lexicon(f)
    assert str(f) in str(err.value) and err.value.line is not None


def test_rules_dir_is_the_repository_rules_folder_in_a_checkout():
    assert (rules_dir() / "lexicons" / "speech_verbs.yaml").is_file()
