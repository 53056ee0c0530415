"""Where the Stanza model comes from: ``--model DIR`` > ``$PROVENANCE_MODEL`` > the packaged one.

Two folder layouts are accepted:
- compact: ``tokenize.pt mwt.pt pos.pt lemma.pt depparse.pt`` side by side (what
  ``provenance.models.train`` writes and what ships in ``en_ud_compact/``), plus ``pretrain.pt``
  (word vectors) when the tagger and parser were trained with them: it is then passed to Stanza as
  ``pos_pretrain_path`` and ``depparse_pretrain_path``, from the same folder;
- a standard Stanza resources folder (``resources.json`` + ``en/``), as made by
  ``stanza.download('en')`` on a machine with internet.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import ProvenanceError

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
PRETRAIN_FILE = "pretrain.pt"  # word vectors of pos and depparse (compact layout, optional)
PRETRAIN_USERS = ("pos", "depparse")
PACKAGED_MODEL = Path(__file__).parent / "en_ud_compact"
MODEL_ENV = "PROVENANCE_MODEL"


@dataclass(frozen=True)
class ModelSpec:
    path: Path
    layout: str  # "compact" | "stanza-resources"
    identity: str  # content fingerprint: the parse cache is keyed by it

    @property
    def packaged(self) -> bool:
        """True for the model shipped inside provenance (read as trusted code; syntax/loading.py)."""
        try:
            return self.path.resolve() == PACKAGED_MODEL.resolve()
        except OSError:
            return False

    @property
    def pretrain(self) -> Path | None:
        """The folder's word vectors (compact layout), if it has them."""
        f = self.path / PRETRAIN_FILE
        return f if self.layout == "compact" and f.is_file() else None

    def pipeline_kwargs(self) -> dict[str, object]:
        """Keyword arguments for ``stanza.Pipeline`` that load this model offline."""
        kwargs: dict[str, object] = {
            "lang": "en",
            "dir": str(self.path),
            "download_method": None,
            "processors": ",".join(PROCESSORS),
            "tokenize_max_seqlen": 1000,  # else tokens over 200 chars (URLs) become <UNK>
            "logging_level": "ERROR",
        }
        if self.layout == "compact":
            for proc in PROCESSORS:
                kwargs[f"{proc}_model_path"] = str(self.path / f"{proc}.pt")
            pretrain = self.pretrain
            if pretrain is not None:
                for proc in PRETRAIN_USERS:
                    kwargs[f"{proc}_pretrain_path"] = str(pretrain)
        return kwargs


def model_fingerprint(files: list[Path]) -> str:
    # Size plus the first and last 64 KiB of each file: content-based (a retrained model
    # gets a new identity) without reading 30 MB on every run.
    h = hashlib.sha256()
    for f in sorted(files):
        size = f.stat().st_size
        h.update(f"{f.name}:{size}".encode())
        with f.open("rb") as fh:
            h.update(fh.read(65536))
            if size > 65536:
                fh.seek(max(65536, size - 65536))
                h.update(fh.read())
    return h.hexdigest()[:24]


def resolve_model(option: str | None = None) -> ModelSpec:
    """Find the model folder; a missing or broken one is a one-line error naming the path."""
    raw = option or os.environ.get(MODEL_ENV) or str(PACKAGED_MODEL)
    path = Path(raw).expanduser()
    if not path.is_dir():
        raise ProvenanceError("model folder not found", str(path))
    compact = [path / f"{p}.pt" for p in PROCESSORS]
    if any(f.exists() for f in compact):
        missing = [f.name for f in compact if not f.exists()]
        if missing:
            raise ProvenanceError(f"model folder is missing {', '.join(missing)}", str(path))
        vectors = [path / PRETRAIN_FILE] if (path / PRETRAIN_FILE).is_file() else []
        return ModelSpec(path, "compact", model_fingerprint(compact + vectors))
    resources = path / "resources.json"
    if resources.exists() and (path / "en").is_dir():
        try:
            json.loads(resources.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ProvenanceError(f"unreadable resources.json ({err})", str(resources)) from None
        files = [f for f in (path / "en").rglob("*.pt")]
        if not files:
            raise ProvenanceError("Stanza resources folder has no models under en/", str(path))
        return ModelSpec(path, "stanza-resources", model_fingerprint(files))
    raise ProvenanceError(
        "not a model folder (expected tokenize.pt, mwt.pt, pos.pt, lemma.pt, depparse.pt, "
        "or a Stanza resources.json with en/)",
        str(path),
    )
