"""Give a trained Stanza parser or tagger word vectors without losing what it learned: graft a pretrain onto it.

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

The tagger is the same kind of network (``taggerlstm`` instead of ``parserlstm``), except that
its concatenation starts with the trainable word embedding and the pretrained block comes second,
so its zero columns go after the first ``word_emb_dim`` columns (``--components pos`` or
``depparse,pos``).

The output folder is a copy of MODEL whose grafted files are float32, say ``pretrain: True``
and have no optimizer state, plus ``pretrain.pt`` (the vectors): ready for
``provenance.models.train --init-from OUT --pretrain OUT/pretrain.pt --stages depparse`` (or pos).
The original vocabulary is kept (``word_cutoff`` 0).
"""

from __future__ import annotations

import argparse
import logging
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger("provenance.graft")

# first-layer matrices whose columns are the concatenated input embeddings (the parser's names;
# the tagger's differ only in the prefix)
FIRST_LAYER = ("lstm.0.lstm.weight_ih_l0", "lstm.0.lstm.weight_ih_l0_reverse", "highway.0.weight", "gate.0.weight")
LSTM_PREFIX = {"depparse": "parserlstm", "pos": "taggerlstm"}
FIRST_LAYER_INPUTS = tuple(f"{LSTM_PREFIX['depparse']}.{name}" for name in FIRST_LAYER)
PROJECTION = "trans_pretrained.weight"
DROP_REPLACEMENT = "drop_replacement"  # the vector that word dropout puts in place of a dropped input


def graft_state(
    state: dict[str, Any],
    vector_dim: int,
    transformed_dim: int,
    seed: int = 0,
    prefix: str = LSTM_PREFIX["depparse"],
    at: int = 0,
) -> dict[str, Any]:
    """A state dict with pretrained-vector inputs added at input column ``at``; float tensors become float32.

    ``at`` is 0 for the parser (the pretrained block comes first in its concatenation) and the word
    embedding's width for the tagger (``Tagger.forward``: word embedding, then pretrained, then chars).
    """
    import torch

    if PROJECTION in state:
        raise ValueError("the model already has word vectors (trans_pretrained.weight is present)")
    out = {k: (v.float() if torch.is_floating_point(v) else v) for k, v in state.items()}

    def widen(w: Any) -> Any:
        zeros = torch.zeros(*w.shape[:-1], transformed_dim)
        return torch.cat([w[..., :at], zeros, w[..., at:]], dim=-1)

    for name in FIRST_LAYER:
        out[f"{prefix}.{name}"] = widen(out[f"{prefix}.{name}"])
    out[DROP_REPLACEMENT] = widen(out[DROP_REPLACEMENT])
    # nn.Linear's default initialisation, reproducible
    gen = torch.Generator().manual_seed(seed)
    bound = 1.0 / vector_dim**0.5
    out[PROJECTION] = (torch.rand(transformed_dim, vector_dim, generator=gen) * 2 - 1) * bound
    return out


def graft_file(model_file: Path, pretrain_file: Path, out_file: Path, component: str = "depparse") -> None:
    import torch

    checkpoint = torch.load(model_file, map_location="cpu", weights_only=False)
    vectors = torch.load(pretrain_file, map_location="cpu", weights_only=False)["emb"]
    config = dict(checkpoint["config"])
    if config.get("bert_model") or config.get("charlm"):
        raise ValueError(f"{model_file}: only a model without transformer or charlm inputs can be grafted")
    # the tagger's word embedding precedes the pretrained block (see graft_state)
    at = int(config["word_emb_dim"]) if component == "pos" else 0
    checkpoint["model"] = graft_state(
        checkpoint["model"],
        int(vectors.shape[1]),
        int(config["transformed_dim"]),
        prefix=LSTM_PREFIX[component],
        at=at,
    )
    config.update(pretrain=True, word_cutoff=0)
    checkpoint["config"] = config
    for key in ("optimizer_state_dict", "scheduler_state_dict"):
        checkpoint.pop(key, None)
    torch.save(checkpoint, out_file, _use_new_zipfile_serialization=False)


def graft_folder(model: Path, pretrain: Path, out: Path, components: Sequence[str] = ("depparse",)) -> None:
    """Copy MODEL to OUT with the given components grafted and the pretrain beside it."""
    if out.resolve() == model.resolve():
        raise ValueError("--out must differ from --model")
    unknown = set(components) - set(LSTM_PREFIX)
    if unknown:
        raise ValueError(f"cannot graft {sorted(unknown)}: only {sorted(LSTM_PREFIX)}")
    out.mkdir(parents=True, exist_ok=True)
    grafted = {f"{c}.pt" for c in components}
    for f in model.iterdir():
        if f.suffix in (".pt", ".json") and f.name not in grafted:
            shutil.copyfile(f, out / f.name)
    shutil.copyfile(pretrain, out / "pretrain.pt")
    for component in components:
        graft_file(model / f"{component}.pt", pretrain, out / f"{component}.pt", component)
        log.info("grafted %s + %s -> %s", model / f"{component}.pt", pretrain, out)


def main(argv: Sequence[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", type=Path, required=True, help="model folder whose parser/tagger get vectors")
    p.add_argument("--pretrain", type=Path, required=True, help="Stanza pretrain .pt (provenance.models.pretrain)")
    p.add_argument("--out", type=Path, required=True, help="new model folder")
    p.add_argument("--components", default="depparse", help="comma-separated: depparse, pos (default depparse)")
    args = p.parse_args(argv)
    graft_folder(args.model, args.pretrain, args.out, [c for c in args.components.split(",") if c])


if __name__ == "__main__":
    main()
