"""Mention typing model: a Stanza NER tagger trained on the entity annotations of UD English GUM.

GUM's MISC column marks every mention (named, nominal and pronominal) with a bracketed entity
(``Entity=(12-person-giv:act-...``, closed by ``12)``), typed as person, organization, place,
time, abstract, event, object, substance, animal or plant.  Mentions nest ("the president of
France" holds the place "France"); a flat tagger needs one label per token, so each sentence keeps
its **outermost** mentions.  That is the reading provenance needs: the type of the phrase a
speaker candidate heads ("the president of France" is a person; "the report of the agency" is an
abstract, not an organization).  EWT has no entity annotation, so only GUM is used.

    cd /work/main && . .venv/bin/activate
    python -m provenance.models.ner prep  --ud /work/shared/ud --work /work/train-out/ner
    python -m provenance.models.ner train --work /work/train-out/ner --pretrain FILE --minutes 60
    python -m provenance.models.ner score --work /work/train-out/ner --pretrain FILE   # GUM test, per type
    python -m provenance.models.ner export --work /work/train-out/ner --out provenance/models/en_ud_compact

The trainer is Stanza's own (``stanza.models.ner_tagger``), run through
``provenance.models._stanza_fast`` for its wall-clock deadline, with one torch thread on CPU.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex

from provenance.models.ner_scores import TypeScore, format_scores, score, token_scores

log = logging.getLogger("provenance.ner")

TYPES = ("person", "organization", "place", "time", "abstract", "event", "object", "substance", "animal", "plant")


@dataclass
class Mention:
    """One GUM mention: token span [start, end] (inclusive) within its sentence, type, chain id."""

    start: int
    end: int
    type: str
    chain: str  # document-scoped entity id: mentions with the same chain corefer


@dataclass
class Sentence:
    doc: str
    words: list[str]
    space_after: list[bool]
    mentions: list[Mention] = field(default_factory=list)
    new_paragraph: bool = False  # a "# newpar" comment came before this sentence


def _entity_field(misc: str) -> str:
    for part in misc.split("|"):
        if part.startswith("Entity="):
            return part[len("Entity=") :]
    return ""


def parse_entity_field(value: str) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """(opened: [(id, type, closes_here)], closed ids) of one token's Entity= value, in order."""
    opened: list[tuple[str, str, bool]] = []
    closed: list[str] = []
    i = 0
    while i < len(value):
        if value[i] == "(":
            m = regex.match(r"\((\d+)-([a-z]+)[^()]*", value[i:])
            if m is None:
                i += 1
                continue
            end = i + m.end()
            single = end < len(value) and value[end] == ")"
            opened.append((m.group(1), m.group(2), single))
            i = end + (1 if single else 0)
        else:
            m = regex.match(r"(\d+)\)", value[i:])
            if m is None:
                i += 1
                continue
            closed.append(m.group(1))
            i += m.end()
    return opened, closed


def read_gum(path: Path) -> Iterator[Sentence]:
    """Sentences of a GUM .conllu file with their mentions (multiword-token lines skipped)."""
    doc = ""
    words: list[str] = []
    spaces: list[bool] = []
    mentions: list[Mention] = []
    open_: dict[str, list[tuple[int, str]]] = {}  # id -> stack of (start, type): an id can nest in itself
    newpar = False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc = line.split("=", 1)[1].strip()
                newpar = True
                continue
            if line.startswith("# newpar"):
                newpar = True
                continue
            if line.startswith("#"):
                continue
            if not line:
                if words:
                    yield Sentence(doc, words, spaces, sorted(mentions, key=lambda m: (m.start, -m.end)), newpar)
                words, spaces, mentions, open_, newpar = [], [], [], {}, False
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            idx = len(words)
            words.append(cols[1])
            spaces.append("SpaceAfter=No" not in cols[9])
            opened, closed = parse_entity_field(_entity_field(cols[9]))
            for eid, etype, single in opened:
                if single:
                    mentions.append(Mention(idx, idx, etype, f"{doc}#{eid}"))
                else:
                    open_.setdefault(eid, []).append((idx, etype))
            for eid in closed:
                if open_.get(eid):
                    start, etype = open_[eid].pop()
                    mentions.append(Mention(start, idx, etype, f"{doc}#{eid}"))
    if words:
        yield Sentence(doc, words, spaces, sorted(mentions, key=lambda m: (m.start, -m.end)), newpar)


def outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions not inside another one (sorted by start, longest first, so a container comes first)."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if kept and m.start <= kept[-1].end:
            continue  # nested in (or crossing) the last kept mention
        kept.append(m)
    return kept


def bioes(n: int, mentions: Sequence[Mention]) -> list[str]:
    tags = ["O"] * n
    for m in mentions:
        label = m.type.upper()
        if m.start == m.end:
            tags[m.start] = f"S-{label}"
            continue
        tags[m.start] = f"B-{label}"
        for k in range(m.start + 1, m.end):
            tags[k] = f"I-{label}"
        tags[m.end] = f"E-{label}"
    return tags


# ----------------------------------------------------------------------------------------------
# Stages


def _json_sentences(sentences: Sequence[Sentence]) -> list[list[dict[str, str]]]:
    return [
        [{"text": w, "ner": t} for w, t in zip(s.words, bioes(len(s.words), outermost(s.mentions)), strict=True)]
        for s in sentences
    ]


def stage_prep(ud: Path, work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        sents = list(read_gum(ud / "GUM" / f"en_gum-ud-{split}.conllu"))
        counts = Counter(m.type for s in sents for m in outermost(s.mentions))
        (work / f"gum.{split}.json").write_text(json.dumps(_json_sentences(sents)), encoding="utf-8")
        log.info("%s: %d sentences, outermost mentions %s", split, len(sents), dict(counts.most_common()))


def trainer_args(
    work: Path, pretrain: Path | None, steps: int, init_from: Path | None = None, save_name: str = "ner.pt"
) -> list[str]:
    args = [
        "--train_file", str(work / "gum.train.json"),
        "--eval_file", str(work / "gum.dev.json"),
        "--shorthand", "en_gum",
        "--save_dir", str(work / "models"),
        "--save_name", save_name,
        "--scheme", "bioes",
        "--max_steps", str(steps),
        "--eval_interval", "250",
        "--log_step", "50",
        "--batch_size", "32",
        "--hidden_dim", "128",
        "--char_hidden_dim", "100",
    ]  # fmt: skip
    if pretrain is not None:
        args += ["--wordvec_pretrain_file", str(pretrain)]
    else:
        args += ["--no_pretrain"]
    if init_from is not None:
        # Stanza's own warm start: weights and vocabulary from the file, a fresh optimizer; the
        # best dev model of this run goes to save_name (the earlier file is kept).
        args += ["--finetune", "--finetune_load_name", str(init_from)]
    return args


def stage_train(
    work: Path,
    pretrain: Path | None,
    minutes: float,
    steps: int,
    init_from: Path | None = None,
    save_name: str = "ner.pt",
) -> int:
    cmd = [sys.executable, "-m", "provenance.models._stanza_fast", "--deadline", str(time.time() + 60 * minutes)]
    cmd += ["--", "stanza.models.ner_tagger", *trainer_args(work, pretrain, steps, init_from, save_name), "--cpu"]
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    with open(work / "train.log", "a", encoding="utf-8") as logfile:
        logfile.write("$ " + " ".join(cmd) + "\n")
        logfile.flush()
        return subprocess.call(cmd, stdout=logfile, stderr=subprocess.STDOUT, env=env)


def predict(model: Path, pretrain: Path | None, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """Tags for pre-tokenised sentences with the Stanza pipeline the package uses."""
    import stanza

    kwargs: dict[str, object] = {}
    if pretrain is not None:
        kwargs["ner_pretrain_path"] = str(pretrain)
    from provenance.models import PACKAGED_MODEL

    nlp = stanza.Pipeline(
        "en",
        dir=str(PACKAGED_MODEL),  # any folder with a resources.json: nothing is downloaded
        processors="tokenize,ner",
        tokenize_pretokenized=True,
        tokenize_model_path=str(PACKAGED_MODEL / "tokenize.pt"),  # named so the processor is kept
        ner_model_path=str(model),
        download_method=None,
        use_gpu=False,
        logging_level="WARN",
        **kwargs,
    )
    doc = nlp([list(s) for s in sentences])
    return [[tok.ner for tok in sent.tokens] for sent in doc.sentences]


def stage_score(
    work: Path, model: Path, pretrain: Path | None, split: str
) -> tuple[dict[str, TypeScore], dict[str, TypeScore]]:
    """(exact-span scores, per-word scores) of the model on GUM's split."""
    data = json.loads((work / f"gum.{split}.json").read_text(encoding="utf-8"))
    words = [[t["text"] for t in s] for s in data]
    gold = [[t["ner"] for t in s] for s in data]
    pred = predict(model, pretrain, words)
    return score(gold, pred), token_scores(gold, pred)


def stage_export(model: Path, out: Path) -> Path:
    """Strip optimizer state and cast to float16 (as the parser's export does)."""
    import torch

    from provenance.models.train import _to_half

    checkpoint = torch.load(model, map_location="cpu", weights_only=False)
    for key in ("optimizer", "scheduler"):
        checkpoint.pop(key, None)
    target = out / "ner.pt"
    torch.save(_to_half(checkpoint), target)
    return target


def main(argv: Sequence[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    ap = argparse.ArgumentParser(prog="python -m provenance.models.ner", description=__doc__.splitlines()[0])
    ap.add_argument("stage", choices=["prep", "train", "score", "export"])
    ap.add_argument("--ud", type=Path, default=Path("../shared/ud"))
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--pretrain", type=Path, default=None)
    ap.add_argument("--minutes", type=float, default=60.0)
    ap.add_argument("--steps", type=int, default=20000)
    ap.add_argument("--model", type=Path, default=None, help="model to score (default WORK/models/ner.pt)")
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--init-from", type=Path, default=None, help="continue training from this model file")
    ap.add_argument("--save-name", default="ner.pt", help="file name of the trained model in WORK/models")
    args = ap.parse_args(argv)
    model = args.model or args.work / "models" / "ner.pt"
    if args.stage == "prep":
        stage_prep(args.ud, args.work)
    elif args.stage == "train":
        raise SystemExit(
            stage_train(args.work, args.pretrain, args.minutes, args.steps, args.init_from, args.save_name)
        )
    elif args.stage == "score":
        spans_table, words_table = stage_score(args.work, model, args.pretrain, args.split)
        print(f"Mentions (exact span and type), GUM {args.split}:")
        print(format_scores(spans_table))
        print(f"\nWords (inside a mention of the type), GUM {args.split}:")
        print(format_scores(words_table))
    else:
        if args.out is None:
            raise SystemExit("export needs --out")
        print(stage_export(model, args.out))


if __name__ == "__main__":
    main()
