"""Give a trained Stanza parser word vectors without losing what it learned: graft a pretrain onto it.

Training a vector parser from scratch on two CPU cores takes many sessions to catch up with the
shipped parser (about 7,400 steps; the model card's sessions 4-9).  Grafting starts from the
shipped parser instead: Stanza's graph parser concatenates its input embeddings (pretrained
vectors first, then word, lemma, tag, feature and character embeddings) before the first
BiLSTM layer, so a parser *with* vectors is the same network with ``transformed_dim`` more input
columns in the first layer's input matrices (LSTM input weights both directions, highway and gate
layers) plus a ``trans_pretrained`` projection from the vectors.  The graft adds those columns as
**zeros** and a small random projection: the grafted parser computes exactly what the original did
(the vectors contribute 0 to every unit) until training moves the new columns, and the columns get
gradients from the first step because the projection is not zero.

    python -m provenance.models.graft --model provenance/models/en_ud_compact \
        --pretrain /work/train-out/glove/glove6b50d-100k.pt --out /work/train-out/graft/init

The output folder is a copy of MODEL whose ``depparse.pt`` is float32, says ``pretrain: True``
and has no optimizer state, plus ``pretrain.pt`` (the vectors): ready for
``provenance.models.train --init-from OUT --pretrain OUT/pretrain.pt --stages depparse``.
The original parser's vocabulary is kept (``word_cutoff`` 0); a tagger is not grafted.
"""

from __future__ import annotations

import argparse
import logging
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger("provenance.graft")

# first-layer matrices whose columns are the concatenated input embeddings
FIRST_LAYER_INPUTS = (
    "parserlstm.lstm.0.lstm.weight_ih_l0",
    "parserlstm.lstm.0.lstm.weight_ih_l0_reverse",
    "parserlstm.highway.0.weight",
    "parserlstm.gate.0.weight",
)
PROJECTION = "trans_pretrained.weight"
DROP_REPLACEMENT = "drop_replacement"  # the vector that word dropout puts in place of a dropped input


def graft_state(state: dict[str, Any], vector_dim: int, transformed_dim: int, seed: int = 0) -> dict[str, Any]:
    """A parser state dict with pretrained-vector inputs added; float tensors become float32."""
    import torch

    if PROJECTION in state:
        raise ValueError("the parser already has word vectors (trans_pretrained.weight is present)")
    out = {k: (v.float() if torch.is_floating_point(v) else v) for k, v in state.items()}
    for key in FIRST_LAYER_INPUTS:
        w = out[key]
        # the pretrained block comes first in Stanza's concatenation (EmbeddingParser.embed)
        out[key] = torch.cat([torch.zeros(w.shape[0], transformed_dim), w], dim=1)
    out[DROP_REPLACEMENT] = torch.cat([torch.zeros(transformed_dim), out[DROP_REPLACEMENT]])
    # nn.Linear's default initialisation, reproducible
    gen = torch.Generator().manual_seed(seed)
    bound = 1.0 / vector_dim**0.5
    out[PROJECTION] = (torch.rand(transformed_dim, vector_dim, generator=gen) * 2 - 1) * bound
    return out


def graft_file(parser_file: Path, pretrain_file: Path, out_file: Path) -> None:
    import torch

    checkpoint = torch.load(parser_file, map_location="cpu", weights_only=False)
    vectors = torch.load(pretrain_file, map_location="cpu", weights_only=False)["emb"]
    config = dict(checkpoint["config"])
    if config.get("bert_model") or config.get("charlm"):
        raise ValueError(f"{parser_file}: only a parser without transformer or charlm inputs can be grafted")
    checkpoint["model"] = graft_state(checkpoint["model"], int(vectors.shape[1]), int(config["transformed_dim"]))
    config.update(pretrain=True, word_cutoff=0)
    checkpoint["config"] = config
    for key in ("optimizer_state_dict", "scheduler_state_dict"):
        checkpoint.pop(key, None)
    torch.save(checkpoint, out_file, _use_new_zipfile_serialization=False)


def graft_folder(model: Path, pretrain: Path, out: Path) -> None:
    """Copy MODEL to OUT with a grafted parser and the pretrain beside it."""
    if out.resolve() == model.resolve():
        raise ValueError("--out must differ from --model")
    out.mkdir(parents=True, exist_ok=True)
    for f in model.iterdir():
        if f.suffix in (".pt", ".json") and f.name != "depparse.pt":
            shutil.copyfile(f, out / f.name)
    shutil.copyfile(pretrain, out / "pretrain.pt")
    graft_file(model / "depparse.pt", pretrain, out / "depparse.pt")
    log.info("grafted %s + %s -> %s", model / "depparse.pt", pretrain, out)


def main(argv: Sequence[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", type=Path, required=True, help="model folder whose depparse.pt gets vectors")
    p.add_argument("--pretrain", type=Path, required=True, help="Stanza pretrain .pt (provenance.models.pretrain)")
    p.add_argument("--out", type=Path, required=True, help="new model folder")
    args = p.parse_args(argv)
    graft_folder(args.model, args.pretrain, args.out)


if __name__ == "__main__":
    main()
