"""Word vectors: the GloVe -> Stanza pretrain conversion and how a model folder hands them to Stanza."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from provenance.models import PACKAGED_MODEL, PRETRAIN_FILE, PROCESSORS, resolve_model
from provenance.models.pretrain import build_pretrain, convert
from provenance.models.train import Paths, build_argparse, parser_args, pos_args


def test_conversion_writes_a_stanza_pretrain(tmp_path: Path):
    pyarrow = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.common.vocab import VOCAB_PREFIX

    words = ["the", ",", "said", "new york"]
    vectors = np.arange(len(words) * 3, dtype=np.float32).reshape(len(words), 3) + 1
    np.save(tmp_path / "glove_6B_50d_emb.npy", vectors)
    pq.write_table(pyarrow.table({"index": words}), tmp_path / "glove_6B_index.parquet")

    out = tmp_path / "pt" / "vectors.pt"
    facts = convert(tmp_path, 3, out)
    assert "sha256" in facts["output"]
    pt = Pretrain(str(out))  # Stanza's own loader
    assert tuple(pt.emb.shape) == (3 + len(VOCAB_PREFIX), 3)
    assert pt.vocab.unit2id("said") == len(VOCAB_PREFIX) + 2
    assert pt.vocab.unit2id("york") == pt.vocab.unit2id("<UNK>")  # beyond --top / unknown
    assert np.allclose(pt.emb[pt.vocab.unit2id("said")].numpy(), vectors[2])
    assert not pt.emb[: len(VOCAB_PREFIX)].any()  # pad/unk/empty/root rows are zero


def test_words_with_spaces_and_float32():
    pt = build_pretrain(["new york", "a"], np.ones((2, 4), dtype=np.float64), 0)
    assert pt.vocab.unit2id("new york") == pt.vocab.unit2id("new\xa0york") != pt.vocab.unit2id("<UNK>")
    assert str(pt.emb.dtype) == "torch.float32"  # Stanza's tagger cannot run float16 vectors


def _value(args: list[str], flag: str) -> str:
    return args[args.index(flag) + 1]


def test_trainers_get_the_vectors_or_none(tmp_path: Path):
    paths = Paths(ud=tmp_path, work=tmp_path / "w", out=tmp_path / "o")
    vec = tmp_path / "glove.pt"
    for args in (pos_args(paths, 100, None, 1e-3, vec), parser_args(paths, 100, None, "predicted", 50, vec)):
        assert _value(args, "--wordvec_pretrain_file") == str(vec)
        assert "--no_pretrain" not in args
    for args in (pos_args(paths, 100, None, 1e-3), parser_args(paths, 100, None, "predicted", 50)):
        assert "--no_pretrain" in args
        assert "--wordvec_pretrain_file" not in args
    opts = build_argparse().parse_args(["--ud", "u", "--out", "o", "--pretrain", str(vec), "--reuse-from", "b"])
    assert opts.pretrain == vec and opts.reuse_from == Path("b")


def _fake_compact(folder: Path, with_vectors: bool) -> Path:
    folder.mkdir()
    for proc in PROCESSORS:
        (folder / f"{proc}.pt").write_bytes(b"x")
    if with_vectors:
        (folder / PRETRAIN_FILE).write_bytes(b"v")
    return folder


def test_a_compact_folder_with_vectors_passes_them_from_the_folder(tmp_path: Path):
    spec = resolve_model(str(_fake_compact(tmp_path / "m", True)))
    kwargs = spec.pipeline_kwargs()
    assert kwargs["pos_pretrain_path"] == kwargs["depparse_pretrain_path"] == str(tmp_path / "m" / PRETRAIN_FILE)
    plain = resolve_model(str(_fake_compact(tmp_path / "n", False)))
    assert plain.pretrain is None
    assert not any(k.endswith("_pretrain_path") for k in plain.pipeline_kwargs())
    assert spec.identity != plain.identity  # the vectors are part of the model's identity (parse cache)


@pytest.mark.model
def test_packaged_model_loads_with_its_own_vectors(monkeypatch: pytest.MonkeyPatch):
    """The shipped model and its word vectors come from the installed package, nothing outside it."""
    import stanza

    monkeypatch.delenv("PROVENANCE_MODEL", raising=False)
    spec = resolve_model()
    package = PACKAGED_MODEL.resolve()
    assert spec.path.resolve() == package
    if spec.pretrain is None:
        pytest.skip("the packaged model has no word vectors")
    kwargs = spec.pipeline_kwargs()
    for key, value in kwargs.items():
        if key.endswith("_path") or key == "dir":
            assert Path(str(value)).resolve().is_relative_to(package), (key, value)
    assert Path(str(kwargs["pos_pretrain_path"])).is_file()
    nlp = stanza.Pipeline(**kwargs)  # type: ignore[arg-type]
    doc = nlp("The spokesman said the talks would resume on Monday.")
    words = doc.sentences[0].words
    said = next(w for w in words if w.text == "said")
    assert said.upos == "VERB"
    assert any(w.head == said.id and w.deprel.startswith("nsubj") for w in words)
