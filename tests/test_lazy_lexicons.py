"""Lexicon regexes compiled when first needed, and once (issue #17): what is found, and the
error for an invalid newsroom pattern, are those of compiling them up front."""

from __future__ import annotations

import pytest

from provenance.document import make_document
from provenance.errors import ProvenanceError
from provenance.lexical import compile_list
from provenance.sources import SourceModel, find_credits
from provenance.sources import credits as credits_module
from provenance.trace.names import mentions_in
from provenance.vocab import load_vocabulary

VOCAB = load_vocabulary()
LAZY = ("reasons", "boilerplate", "channels_before", "channels_after")


def test_source_model_compiles_its_lexicon_regexes_on_first_use() -> None:
    model = SourceModel.build(VOCAB)
    assert not set(LAZY) & set(vars(model))
    reasons = model.reasons
    assert model.reasons is reasons  # compiled once
    lex = VOCAB.lexicon("anonymity_reasons")
    assert [p.pattern for p in reasons] == [p.pattern for p in compile_list([e.name for e in lex.entries], lex.path)]
    channels = VOCAB.lexicon("channel_cues")
    before = [e.name for e in channels.entries if e.attrs.get("side") == "before"]
    assert [p.pattern for p in model.channels_before] == [rf"(?:{n})\s+(?:the\s+)?$" for n in before]
    assert all(p.pattern.startswith("^(?:") for p in model.channels_after)


def test_an_invalid_newsroom_channel_cue_is_the_same_error_when_needed() -> None:
    model = SourceModel.build(load_vocabulary({"channel_cues": [{"name": "told (", "side": "before"}]}))
    with pytest.raises(ProvenanceError, match="invalid regular expression"):
        _ = model.channels_before


def test_credit_patterns_are_compiled_once_for_many_articles() -> None:
    model = SourceModel.build(VOCAB)
    text = "The council met on Tuesday.\n\n(Reporting by Jane Roe; Editing by Tom Doe)\n"
    first = find_credits(model, make_document(text, "a.txt", markdown=False))
    misses = credits_module._compiled.cache_info().misses
    again = find_credits(model, make_document(text, "b.txt", markdown=False))
    assert credits_module._compiled.cache_info().misses == misses
    assert [(c.kind, c.text) for c in again] == [(c.kind, c.text) for c in first] != []


def test_name_mentions_still_found_with_the_lazy_pattern() -> None:
    found = [m.text for m in mentions_in("a.txt", "Commander Ali al-Saidi met Abu Taqwa and Mr. O'Brien.")]
    assert found == ["Ali al-Saidi", "Abu Taqwa", "O'Brien"]
