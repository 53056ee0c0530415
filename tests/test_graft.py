"""Grafting word vectors onto the shipped parser: the grafted parser parses exactly as the original."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from provenance.models import PACKAGED_MODEL, resolve_model
from provenance.models.graft import FIRST_LAYER_INPUTS, PROJECTION, graft_folder, graft_state
from provenance.models.pretrain import build_pretrain

TEXT = (
    'Jane Roe, a former national security adviser, said on Tuesday that the plan "will not work." '
    "Officials in Ottawa, who spoke on condition of anonymity, told Reuters the talks had stalled. "
    "The company declined to comment, and its spokesman said nothing more."
)


def _tiny_pretrain(path: Path, dim: int = 7) -> Path:
    rng = np.random.default_rng(3)
    words = ["the", "said", "roe", "plan", "reuters", "officials", ",", "."]
    build_pretrain(words, rng.normal(size=(len(words), dim)), 0).save(str(path))
    return path


def test_graft_state_adds_zero_columns_first_and_a_projection():
    import torch

    state = {k: torch.ones(4, 3, dtype=torch.float16) for k in FIRST_LAYER_INPUTS}
    state["drop_replacement"] = torch.ones(3, dtype=torch.float16)
    out = graft_state(state, vector_dim=5, transformed_dim=2)
    for key in FIRST_LAYER_INPUTS:
        assert out[key].shape == (4, 5) and out[key].dtype == torch.float32
        assert not out[key][:, :2].any() and out[key][:, 2:].eq(1).all()
    assert out["drop_replacement"].tolist() == [0, 0, 1, 1, 1]
    assert out[PROJECTION].shape == (2, 5) and out[PROJECTION].abs().sum() > 0  # must learn from step one
    with pytest.raises(ValueError, match="already has word vectors"):
        graft_state(out, vector_dim=5, transformed_dim=2)


def test_grafted_parser_parses_like_the_original(tmp_path: Path):
    import stanza

    out = tmp_path / "grafted"
    graft_folder(PACKAGED_MODEL, _tiny_pretrain(tmp_path / "vectors.pt"), out)
    original, grafted = resolve_model(str(PACKAGED_MODEL)), resolve_model(str(out))
    assert grafted.pretrain is not None and original.pretrain is None

    def parse(spec) -> list[tuple[str, str, int, str]]:
        doc = stanza.Pipeline(**spec.pipeline_kwargs())(TEXT)
        return [(w.text, w.upos, w.head, w.deprel) for s in doc.sentences for w in s.words]

    before, after = parse(original), parse(grafted)
    assert len(before) > 30
    assert after == before


def test_grafted_tagger_tags_like_the_original(tmp_path: Path):
    """The tagger's pretrained block sits after its word embedding: zero columns there change nothing."""
    import stanza

    out = tmp_path / "grafted"
    graft_folder(PACKAGED_MODEL, _tiny_pretrain(tmp_path / "vectors.pt"), out, components=("depparse", "pos"))
    original, grafted = resolve_model(str(PACKAGED_MODEL)), resolve_model(str(out))

    def tag(spec) -> list[tuple[str, str, str, str, int, str]]:
        doc = stanza.Pipeline(**spec.pipeline_kwargs())(TEXT)
        return [(w.text, w.upos, w.xpos, w.feats or "", w.head, w.deprel) for s in doc.sentences for w in s.words]

    assert tag(grafted) == tag(original)


def test_graft_state_inserts_the_tagger_block_after_the_word_embedding():
    import torch

    names = [f"taggerlstm.{n}" for n in ("lstm.0.lstm.weight_ih_l0", "lstm.0.lstm.weight_ih_l0_reverse")]
    names += ["taggerlstm.highway.0.weight", "taggerlstm.gate.0.weight"]
    state = {k: torch.arange(3.0).repeat(4, 1) for k in names}
    state["drop_replacement"] = torch.arange(3.0)
    out = graft_state(state, vector_dim=5, transformed_dim=2, prefix="taggerlstm", at=1)
    for key in names:
        assert out[key][0].tolist() == [0.0, 0.0, 0.0, 1.0, 2.0]  # word column, two zeros, the rest
    assert out["drop_replacement"].tolist() == [0.0, 0.0, 0.0, 1.0, 2.0]
    with pytest.raises(ValueError, match="only"):
        graft_folder(PACKAGED_MODEL, Path("x.pt"), Path("/tmp/never"), components=("lemma",))
