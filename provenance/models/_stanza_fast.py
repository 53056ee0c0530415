"""Run one of Stanza's own trainers with three small, training-only patches.

Used by ``provenance.models.train`` as a child process::

    python -m provenance.models._stanza_fast [--init FILE] [--deadline EPOCH] \
        -- stanza.models.tagger --train_file ... (the trainer's own arguments)

Why each patch exists:

* ``fast_bilinear``: the tagger's xpos/feats heads are ``nn.Bilinear`` layers
  (``BiaffineScorer``).  On CPU, torch's Bilinear forward/backward is far slower
  than the same contraction written as one matrix product, and it dominated the
  tagger's step time.  The replacement computes exactly
  ``y[n,o] = sum_ij x1[n,i] W[o,i,j] x2[n,j] + b[o]`` with the same parameters
  (names and shapes unchanged, so saved files stay interchangeable).
* ``--init FILE`` (warm start): Stanza's tagger has no resume option, and the
  parser's ``--continue_from`` builds its data loader with a vocabulary taken
  from the *new* training file.  When the parser is retrained on predicted
  tags, the feats/xpos/lemma vocabularies of that file differ from the model's,
  which would silently scramble embedding indices.  Both trainers are therefore
  made to use the vocabulary stored in FILE, and the tagger starts from FILE's
  weights (the parser uses its own ``--continue_from FILE``).
* ``--deadline EPOCH`` (wall-clock budget, tagger and parser only: the other
  trainers count epochs/steps in local variables): Stanza trainers only stop on a
  step count.  Killing a trainer could interrupt a ``torch.save`` half-way, so
  instead the training loop is ended cleanly after the first step past the
  deadline (by lowering ``max_steps`` in the trainer's own args dict); the
  best model was already saved at the last dev evaluation.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

import torch

logger = logging.getLogger("stanza")


def fast_bilinear() -> None:
    """Replace BiaffineScorer.forward by a numerically equivalent matmul form."""
    from stanza.models.common import biaffine

    def forward(self: biaffine.BiaffineScorer, input1: torch.Tensor, input2: torch.Tensor) -> torch.Tensor:
        input1 = torch.cat([input1, input1.new_ones(*input1.size()[:-1], 1)], -1)
        input2 = torch.cat([input2, input2.new_ones(*input2.size()[:-1], 1)], -1)
        weight = self.W_bilin.weight  # (O, I, J)
        out_dim, in1, in2 = weight.shape
        lead = input1.shape[:-1]
        x1 = input1.reshape(-1, in1)
        x2 = input2.reshape(-1, in2)
        # (N, I) @ (I, O*J) -> (N, O, J), then contract J with x2: one GEMM + one bmm
        tmp = (x1 @ weight.permute(1, 0, 2).reshape(in1, out_dim * in2)).view(-1, out_dim, in2)
        out = torch.bmm(tmp, x2.unsqueeze(2)).squeeze(2) + self.W_bilin.bias
        return out.view(*lead, out_dim)

    biaffine.BiaffineScorer.forward = forward


def _load_init_vocab(init_file: str, kind: str) -> Any:
    checkpoint = torch.load(init_file, lambda storage, loc: storage, weights_only=True)
    if kind == "pos":
        from stanza.models.pos.vocab import MultiVocab
    else:
        from stanza.models.pos.vocab import MultiVocab  # the parser stores the same MultiVocab
    return MultiVocab.load_state_dict(checkpoint["vocab"])


def patch_tagger_warm_start(init_file: str) -> None:
    """Make stanza.models.tagger start from init_file's weights and vocabulary."""
    from stanza.models import tagger
    from stanza.models.pos.trainer import Trainer as PosTrainer

    vocab = _load_init_vocab(init_file, "pos")
    tagger.Dataset.init_vocab = staticmethod(lambda docs, args, tag_columns=None: vocab)  # type: ignore[assignment]

    class WarmTrainer(PosTrainer):
        """The loaded file's config is overridden by the command-line args, so
        lr/optimizer come from this run; the architecture must match (train.py
        copies the sizes from init_file's config)."""

        def __init__(
            self,
            args: dict | None = None,
            vocab: Any = None,
            pretrain: Any = None,
            model_file: str | None = None,
            device: Any = None,
            foundation_cache: Any = None,
        ) -> None:
            if model_file is None:
                logger.info("Warm start: tagger weights from %s", init_file)
                model_file = init_file
            super().__init__(
                args=args,
                vocab=vocab,
                pretrain=pretrain,
                model_file=model_file,
                device=device,
                foundation_cache=foundation_cache,
            )

    tagger.Trainer = WarmTrainer  # type: ignore[misc]


def patch_parser_vocab(init_file: str) -> None:
    """Build the parser's train/dev batches with init_file's vocabulary."""
    from stanza.models import parser

    vocab = _load_init_vocab(init_file, "depparse")
    original = parser.DataLoader

    def loader(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("vocab") is None and len(args) < 5:
            kwargs["vocab"] = vocab
        return original(*args, **kwargs)

    parser.DataLoader = loader  # type: ignore[assignment]


def patch_deadline(module: Any, deadline: float) -> None:
    """End module.train's loop cleanly after the first update past `deadline`."""
    holder: dict[str, dict] = {}
    original_train: Callable = module.train

    def train(args: dict) -> Any:
        holder["args"] = args
        return original_train(args)

    module.train = train
    trainer_cls = module.Trainer
    original_update = trainer_cls.update

    def update(self: Any, batch: Any, eval: bool = False) -> Any:
        result = original_update(self, batch, eval=eval)
        if not eval and time.time() > deadline and holder.get("args", {}).get("max_steps", 0) > 0:
            logger.info("Wall-clock deadline reached: stopping after this step")
            holder["args"]["max_steps"] = 0  # loop condition is global_step >= max_steps
            if hasattr(self, "args") and isinstance(self.args, dict):
                self.args["max_steps"] = 0
        return result

    trainer_cls.update = update


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--" not in argv:
        raise SystemExit("usage: _stanza_fast [--init FILE] [--deadline EPOCH] -- MODULE ARGS...")
    split = argv.index("--")
    own = argparse.ArgumentParser()
    own.add_argument("--init", default=None)
    own.add_argument("--deadline", type=float, default=None)
    opts = own.parse_args(argv[:split])
    module_name, module_args = argv[split + 1], argv[split + 2 :]

    # one thread per trainer: two trainers share 2 cores; more threads stalled on this machine
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    fast_bilinear()
    module = importlib.import_module(module_name)
    if opts.init and module_name == "stanza.models.tagger":
        patch_tagger_warm_start(opts.init)
    if opts.init and module_name == "stanza.models.parser":
        patch_parser_vocab(opts.init)
    if opts.deadline:
        patch_deadline(module, opts.deadline)
    module.main(module_args)


if __name__ == "__main__":
    main()
