"""Loading Stanza's pipeline for prediction only: no optimizer is built, no module that predicting
never uses is imported, and the packaged model is read by the compiled unpickler.

Stanza's trainers double as its predictors, and each one (tokenizer, mwt, tagger, lemmatizer,
parser) builds its training optimizer while loading a model to predict with. Creating a torch
optimizer imports a large part of torch (``torch._dynamo`` and what it pulls in), which was
most of the model load time: the issue measured 2.6-3.5 CPU-seconds with it, 1.2 without.

``prediction_only()`` swaps the two optimizer factories of ``stanza.models.common.utils`` for
stubs while the pipeline is built and puts them back afterwards (Stanza is not forked; the
trainers look the factories up on the module at call time). Predictions do not touch the
optimizer, so the parses are unchanged (tests/test_startup.py compares them). Training
(``provenance.models.train``) runs in its own processes and never passes through here.

``prediction_only(trusted=FOLDER)`` also reads the model files of FOLDER — only ever the model
packaged with provenance, as trusted as this code — with Python's compiled unpickler: Stanza asks
torch for its restricted unpickler (``weights_only=True``), which is written in Python and took
0.7 of the 0.75 CPU-seconds of reading the five files (mostly their vocabularies). The objects read
are the same. A model folder given with ``--model`` or ``$PROVENANCE_MODEL`` keeps the restricted
unpickler: a pickle can run code, and such a folder is not ours. For the packaged model the new
layers' weights are also not filled with random numbers first (0.24 -> 0.13 CPU-s of building
the pipeline): its checkpoints hold every weight, which tests/test_startup.py checks by comparing
every tensor with a pipeline built the ordinary way.

``import_stanza()`` imports Stanza with ``DEFERRED`` modules standing in for packages that Stanza
imports at start but only uses for things provenance never does (networkx for enhanced
dependency graphs, requests for downloads, emoji for language identification): 0.3 CPU-seconds
and ~20 MB at every model load. A stand-in imports the real module the first time anything on it
is used, so a use we did not foresee still works.

In a process that only runs provenance's commands (``only_predicting()``: the command line run as
the program, and ``--jobs`` workers) two parts of torch that ``import torch`` runs but a prediction
never uses get such stand-ins too (``TORCH_DEFERRED``): ``torch._meta_registrations`` (Python
kernels for tensors without data, used by ``torch.compile``, export and fake tensors; it imports
``torch._decomp``, ``_prims`` and ``_refs``) and ``torch.export``: 0.4-0.6 CPU-s of a cold start
(issue #17). Both stay stand-ins through loading the model and parsing (tests/test_startup.py),
and the output is byte-identical. A library caller (the API, a notebook) keeps the ordinary
import: such a process may go on to compile or export with torch, and the meta kernels are
registered as a side effect of the import, not on first use of the module.

Such a process also pauses Python's cyclic garbage collector while the model loads
(``collection_paused``): importing torch and Stanza and building the pipeline make ~200,000
objects that live as long as the process, and no cyclic garbage (``gc.collect()`` right after
the load finds none), yet the collector scanned them ~350 times during the load: 0.21-0.25
CPU-s, 0.015-0.023 s with the pause. What the load made is then frozen (``gc.freeze``) out of
later collections.

Such a process also runs torch on one thread unless ``OMP_NUM_THREADS`` says otherwise (as the
``--jobs`` workers always did): with torch's default of one thread per core, a cold one-article
``extract`` on the shared 2-core machine took 10.8-34 CPU-seconds instead of 3.4-3.9 (the idle
threads spin while the machine is busy), for the same output.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import importlib.util
import os
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Imported by Stanza's own modules at start, used only by features provenance does not call.
DEFERRED = ("networkx", "requests", "emoji")
# Imported by ``import torch`` itself, used by none of Stanza's predictions: see above.
TORCH_DEFERRED = ("torch._meta_registrations", "torch.export")
_ONLY_PREDICTING: list[bool] = []  # set by only_predicting(); a list, not a global statement
# Special names that are a use of the module (a submodule import reads __path__), not a probe.
_LOADING_DUNDERS = frozenset({"__path__", "__all__", "__version__", "__dict__"})


def _no_optimizer(*_args: Any, **_kwargs: Any) -> None:
    return None


def _no_split_optimizer(*_args: Any, **_kwargs: Any) -> dict[str, Any]:
    return {}  # the callers iterate over a {name: optimizer} dict: an empty one builds nothing


class _Deferred(types.ModuleType):
    """Stands in for a module until an attribute of it is read; then imports it and delegates."""

    __spec__ = None  # read by the import system on ``import name``: must not trigger the import

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") and attr.endswith("__") and attr not in _LOADING_DUNDERS:
            # inspect (run by torch while registering operators) probes every module in
            # sys.modules for __file__: a probe is not a use
            raise AttributeError(attr)
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = sys.modules.get(name) or importlib.import_module(name)
        return getattr(real, attr)


def defer_unused_imports(names: tuple[str, ...] = DEFERRED) -> None:
    """Put a stand-in in ``sys.modules`` for each installed module of ``names`` not yet imported."""
    for name in names:
        if name not in sys.modules and importlib.util.find_spec(name) is not None:
            sys.modules[name] = _Deferred(name)


# Native caches of torch's math libraries that grow with every new input shape and are never
# emptied: MKL's own buffer pool, and oneDNN's cache of compiled kernels per shape (1,024 by
# default; the shapes of a parse rarely repeat). One process, dev articles: heap memory in use
# grew from 137 MB after loading to 205 MB by the 119th article without these settings, and
# stayed at 141 MB over 200 with them, for no more CPU time and the same output. Read by the
# libraries at first use: set before any parse.
NATIVE_CACHE_ENV = {"MKL_DISABLE_FAST_MM": "1", "ONEDNN_PRIMITIVE_CACHE_CAPACITY": "8"}


def bound_native_caches() -> None:
    """Set NATIVE_CACHE_ENV in this process (and its workers), unless the user set them."""
    for name, value in NATIVE_CACHE_ENV.items():
        os.environ.setdefault(name, value)


def only_predicting() -> None:
    """Declare that this process only runs provenance's commands: import_stanza then also defers
    TORCH_DEFERRED (see the module's docstring). Called before anything imports torch."""
    _ONLY_PREDICTING.append(True)


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """In a process that only predicts: no cyclic garbage collection in this block, and what
    exists at its end is frozen out of later collections (see the module's docstring)."""
    if not _ONLY_PREDICTING or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        gc.enable()


def _prepare_torch() -> None:
    """In a process that only predicts, before torch is imported: one thread, unless the user
    set OMP_NUM_THREADS, and TORCH_DEFERRED deferred (see the module's docstring)."""
    if "torch" in sys.modules or not _ONLY_PREDICTING:
        return
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # read by torch's thread pools when they start
    # find_spec of a submodule would import torch itself: look for the files instead
    spec = importlib.util.find_spec("torch")
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    for name in TORCH_DEFERRED:
        relative = Path(*name.split(".")[1:])
        if name not in sys.modules and folder is not None:
            if (folder / f"{relative}.py").is_file() or (folder / relative / "__init__.py").is_file():
                sys.modules[name] = _Deferred(name)


def import_stanza() -> Any:
    """``import stanza``, with the modules of DEFERRED (and, in a process that only predicts,
    TORCH_DEFERRED) imported only if something uses them."""
    bound_native_caches()
    if "stanza" not in sys.modules:
        defer_unused_imports()
        _prepare_torch()
    import stanza  # noqa: PLC0415 - the caller decided to load a model

    return stanza


def _inside(file: Any, folder: Path) -> bool:
    if not isinstance(file, (str, Path)):
        return False
    try:
        return Path(file).resolve().parent == folder.resolve()
    except OSError:
        return False


@contextlib.contextmanager
def _compiled_unpickler(trusted: Path) -> Iterator[None]:
    """While active, ``torch.load`` of a file directly in ``trusted`` uses the compiled unpickler."""
    import torch  # noqa: PLC0415 - only while a model is being loaded

    original = torch.load

    def load(f: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("weights_only") and _inside(f, trusted):
            kwargs["weights_only"] = False
        return original(f, *args, **kwargs)

    torch.load = load
    try:
        yield
    finally:
        torch.load = original


# torch.nn.init functions the layers' constructors call to fill new weights with random values.
_RANDOM_INIT = ("uniform_", "normal_", "kaiming_uniform_", "kaiming_normal_", "xavier_uniform_", "xavier_normal_")


def _keep(tensor: Any, *_args: Any, **_kwargs: Any) -> Any:
    return tensor


@contextlib.contextmanager
def _no_random_init() -> Iterator[None]:
    """While active, a new layer's weights are not filled with random numbers (the checkpoint's
    values replace every one of them: tests/test_startup.py compares all 247 tensors)."""
    from torch.nn import init  # noqa: PLC0415 - only while a model is being loaded

    saved = {name: getattr(init, name) for name in _RANDOM_INIT}
    for name in _RANDOM_INIT:
        setattr(init, name, _keep)
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(init, name, function)


@contextlib.contextmanager
def prediction_only(trusted: Path | None = None) -> Iterator[None]:
    """Build no optimizer while a Stanza pipeline is being loaded in this block. For ``trusted``
    (the packaged model only): its files read by the compiled unpickler, and no random
    initialisation of weights its checkpoints overwrite (0.1 CPU-s)."""
    from stanza.models.common import utils  # noqa: PLC0415 - Stanza only once a model is loaded

    saved = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer, utils.get_split_optimizer = _no_optimizer, _no_split_optimizer
    try:
        with contextlib.ExitStack() as stack:
            if trusted is not None:
                stack.enter_context(_compiled_unpickler(trusted))
                stack.enter_context(_no_random_init())
            yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = saved
