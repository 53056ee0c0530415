"""Loading Stanza's pipeline for prediction only: no optimizer is built.

Stanza's trainers double as its predictors, and each one (tokenizer, mwt, tagger, lemmatizer,
parser) builds its training optimizer while loading a model to predict with. Creating a torch
optimizer imports a large part of torch (``torch._dynamo`` and what it pulls in), which was
most of the model load time: the issue measured 2.6-3.5 CPU-seconds with it, 1.2 without.

``prediction_only()`` swaps the two optimizer factories of ``stanza.models.common.utils`` for
stubs while the pipeline is built and puts them back afterwards (Stanza is not forked; the
trainers look the factories up on the module at call time). Predictions do not touch the
optimizer, so the parses are unchanged (tests/test_startup.py compares them). Training
(``provenance.models.train``) runs in its own processes and never passes through here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


def _no_optimizer(*_args: Any, **_kwargs: Any) -> None:
    return None


def _no_split_optimizer(*_args: Any, **_kwargs: Any) -> dict[str, Any]:
    return {}  # the callers iterate over a {name: optimizer} dict: an empty one builds nothing


@contextlib.contextmanager
def prediction_only() -> Iterator[None]:
    """Build no optimizer while a Stanza pipeline is being loaded in this block."""
    from stanza.models.common import utils  # noqa: PLC0415 - Stanza only once a model is loaded

    saved = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer, utils.get_split_optimizer = _no_optimizer, _no_split_optimizer
    try:
        yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = saved
