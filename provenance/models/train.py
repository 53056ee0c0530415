"""Reproducible training of provenance's English Stanza pipeline (tokenize, mwt, pos, lemma, depparse).

Everything is trained with Stanza's own trainers on UD English EWT + GUM, on CPU, following
/work/shared/docs/stanza-training.md (sizes, data preparation, pitfalls).  What was run for the
shipped model, when, for how long, and where runs were stopped or killed is the training log in
the model card, ``provenance/models/en_ud_compact/README.md``; this docstring only describes the
command.

    cd /work/main && . .venv/bin/activate
    # warm start from a model folder, tokenizer/mwt/lemmatizer copied from it, tagger and parser continued
    python -m provenance.models.train --ud /work/shared/ud --out /work/train-out/final \
        --work /work/train-out/work --init-from /work/shared/models/en-ud-compact \
        --reuse tokenize,mwt,lemma --pos-minutes 65 --pos-lr 2e-3 --parser-minutes 95 \
        --parser-tags predicted --stages prep,pos,retag,depparse,export
    # from scratch with word vectors (see provenance.models.pretrain for the .pt), tokenizer/mwt/lemma reused
    python -m provenance.models.train --ud /work/shared/ud --out /work/train-out/vec --work /work/train-out/vec.work \
        --reuse-from /work/shared/models/en-ud-compact --reuse tokenize,mwt,lemma \
        --pretrain /work/train-out/glove/glove6b50d-100k.pt --pos-steps 2000 --parser-steps 2400 \
        --stages prep,pos,retag,depparse,export
    # everything from scratch
    python -m provenance.models.train --ud /work/shared/ud --out models/en --work /tmp/en-work

Stages (``--stages``, default all, in this order): prep, tokenize, mwt, lemma, pos, retag, depparse,
export.  Each trainer runs as a child process (``provenance.models._stanza_fast``) with one torch
thread, ``--cpu``, and an optional wall-clock budget after which it stops cleanly at its next step
(the best dev model is already on disk).  ``--parallel`` runs the tagger and the parser side by side
(two trainers, the most this 2-core machine takes); the parser is then trained on tags predicted
by the *initial* tagger (``--init-from``), since the new one does not exist yet.  Otherwise the
tagger is trained first and ``retag`` replaces the parser data's tags with its predictions.

``--init-from DIR`` warm-starts pos and depparse from DIR's files (and resumes the parser from its
checkpoint in WORK/models when one exists); ``--reuse`` copies components from ``--reuse-from``
(default: ``--init-from``) instead of training them.

``--pretrain FILE`` (a Stanza pretrain .pt, e.g. GloVe converted by ``provenance.models.pretrain``)
gives the tagger and the parser pretrained word vectors (``--wordvec_pretrain_file``; without it
they are trained with ``--no_pretrain``).  Stanza then keeps trainable word embeddings only for
words seen 7+ times in training (its default cutoff with a large pretrain; 0 without one).  The
.pt files do not contain the vectors: export copies FILE into OUT as ``pretrain.pt``, and the loader
(``provenance.models.resolve_model``) passes it to Stanza from there.

Export (stage ``export``) strips optimizer state, casts floating tensors to float16, writes
resources.json ({}), and checks that the exported pipeline tags/parses the EWT dev set exactly as
the float32 files do (UPOS/LAS within 0.1 point).
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("provenance.train")

COMPONENTS = ("tokenize", "mwt", "pos", "lemma", "depparse")
STAGES = ("prep", "tokenize", "mwt", "lemma", "pos", "retag", "depparse", "export")
SHORTHAND = "en_ewtgum"
PRETRAIN_FILE = "pretrain.pt"  # word vectors inside an exported model folder (when trained with them)
# Words longer than this make the character LSTM pad a whole batch to their length (about 10x slower
# steps on CPU, per the recipe); such sentences are dropped from pos/depparse training only.
MAX_WORD_LEN = 40

# Architecture options of the reduced models (recipe).  When warm-starting, the values stored in the
# init model's config win, since Stanza merges command-line args over the loaded config.
POS_ARCH = {
    "hidden_dim": 150,
    "char_hidden_dim": 200,
    "deep_biaff_hidden_dim": 200,
    "composite_deep_biaff_hidden_dim": 100,
    "word_emb_dim": 75,
    "char_emb_dim": 100,
    "tag_emb_dim": 50,
    "transformed_dim": 125,
    "num_layers": 2,
    "char_num_layers": 1,
}
PARSER_ARCH = {
    "hidden_dim": 200,
    "char_hidden_dim": 200,
    "deep_biaff_hidden_dim": 200,
    "deep_biaff_output_dim": 160,
    "word_emb_dim": 75,
    "char_emb_dim": 100,
    "tag_emb_dim": 50,
    "transformed_dim": 125,
    "num_layers": 2,
    "char_num_layers": 1,
}


# ----------------------------------------------------------------------------------------------
# CoNLL-U helpers (plain text blocks: cheap, and they keep comments/MWT lines untouched)

Sentence = list[str]


def read_conllu(path: Path) -> Iterator[Sentence]:
    block: Sentence = []
    with open(path, encoding="utf-8") as fin:
        for line in fin:
            line = line.rstrip("\n")
            if not line:
                if block:
                    yield block
                block = []
            else:
                block.append(line)
    if block:
        yield block


def write_conllu(path: Path, sentences: Iterable[Sentence]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as fout:
        for sent in sentences:
            fout.write("\n".join(sent) + "\n\n")
            count += 1
    return count


def word_lines(sent: Sentence) -> list[list[str]]:
    """The syntactic word lines (integer ids), split into columns."""
    return [
        line.split("\t")
        for line in sent
        if line and line[0].isdigit() and "\t" in line and line.split("\t", 1)[0].isdigit()
    ]


def drop_empty_nodes(sent: Sentence) -> Sentence:
    """Enhanced-UD empty nodes (ids like 8.1) are not part of the basic tree the models learn."""
    return [line for line in sent if not (line[0].isdigit() and "." in line.split("\t", 1)[0])]


def has_long_word(sent: Sentence, limit: int = MAX_WORD_LEN) -> bool:
    return any(len(cols[1]) > limit for cols in word_lines(sent))


# ----------------------------------------------------------------------------------------------
# Configuration


@dataclass
class Paths:
    ud: Path
    work: Path
    out: Path

    @property
    def data(self) -> Path:
        return self.work / "data"

    @property
    def models(self) -> Path:
        return self.work / "models"

    @property
    def logs(self) -> Path:
        return self.work / "logs"

    def ud_file(self, treebank: str, shard: str) -> Path:
        return self.ud / treebank.upper() / f"en_{treebank.lower()}-ud-{shard}.conllu"

    # pos / depparse data
    @property
    def train(self) -> Path:
        return self.data / f"{SHORTHAND}.train.short.conllu"

    @property
    def dev(self) -> Path:
        return self.data / f"{SHORTHAND}.dev.conllu"

    @property
    def train_pred(self) -> Path:
        return self.data / f"{SHORTHAND}.train.short.pred.conllu"

    @property
    def dev_pred(self) -> Path:
        return self.data / f"{SHORTHAND}.dev.pred.conllu"

    def model(self, component: str) -> Path:
        return self.models / f"{component}.pt"


def load_config(path: Path) -> dict:
    import torch

    return torch.load(path, map_location="cpu", weights_only=False)["config"]


def arch_args(defaults: dict[str, int], init_file: Path | None) -> list[str]:
    """Architecture flags, taken from the init model when warm-starting so the weights fit."""
    values = dict(defaults)
    if init_file is not None:
        config = load_config(init_file)
        values.update({k: config[k] for k in defaults if k in config})
    return [item for k, v in values.items() for item in (f"--{k}", str(v))]


# ----------------------------------------------------------------------------------------------
# Running a trainer


def run_trainer(
    name: str,
    module: str,
    args: Sequence[str],
    paths: Paths,
    minutes: float | None,
    init: Path | None = None,
    background: bool = False,
) -> subprocess.Popen | None:
    """Run one Stanza trainer in a child process with one thread; log to logs/NAME.log."""
    cmd = [sys.executable, "-m", "provenance.models._stanza_fast"]
    if init is not None:
        cmd += ["--init", str(init)]
    if minutes is not None:
        cmd += ["--deadline", str(time.time() + 60 * minutes)]
    cmd += ["--", module, *args, "--cpu"]
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    paths.logs.mkdir(parents=True, exist_ok=True)
    logfile = open(paths.logs / f"{name}.log", "a", encoding="utf-8")
    logfile.write("$ " + " ".join(cmd) + "\n")
    logfile.flush()
    log.info("%s: %s (log %s)", name, " ".join(cmd), paths.logs / f"{name}.log")
    proc = subprocess.Popen(
        cmd, stdout=logfile, stderr=subprocess.STDOUT, env=env, cwd=Path(__file__).resolve().parents[2]
    )
    if background:
        return proc
    wait_trainer(name, proc)
    return None


def wait_trainer(name: str, proc: subprocess.Popen) -> None:
    start = time.time()
    rc = proc.wait()
    log.info("%s finished with rc=%d after %.1f min", name, rc, (time.time() - start) / 60)
    if rc != 0:
        raise RuntimeError(f"trainer {name} failed (rc={rc}); see its log")


# ----------------------------------------------------------------------------------------------
# Stages


def stage_prep(paths: Paths) -> None:
    """EWT+GUM train concatenated (sentences with very long words dropped) and EWT+GUM dev."""
    paths.data.mkdir(parents=True, exist_ok=True)
    train: list[Sentence] = []
    dropped = 0
    for tb in ("EWT", "GUM"):
        for sent in read_conllu(paths.ud_file(tb, "train")):
            sent = drop_empty_nodes(sent)
            if has_long_word(sent):
                dropped += 1
                continue
            train.append(sent)
    dev = [drop_empty_nodes(s) for tb in ("EWT", "GUM") for s in read_conllu(paths.ud_file(tb, "dev"))]
    log.info(
        "prep: train %d sentences (%d dropped with words > %d chars), dev %d",
        write_conllu(paths.train, train),
        dropped,
        MAX_WORD_LEN,
        write_conllu(paths.dev, dev),
    )


def stage_tokenize(paths: Paths, steps: int, minutes: float | None) -> None:
    """Tokenizer data as stanza/utils/datasets/prepare_tokenizer_treebank.py builds it."""
    from stanza.utils.datasets import common
    from stanza.utils.datasets import prepare_tokenizer_treebank as ptt

    tok_dir = paths.data / "tokenize"
    tok_dir.mkdir(parents=True, exist_ok=True)
    for shard in ("train", "dev"):
        sents: list[Sentence] = []
        for tb in ("EWT", "GUM"):
            sents += [drop_empty_nodes(s) for s in read_conllu(paths.ud_file(tb, shard))]
        if shard == "train":
            # the punctuation augmentation Stanza applies to every tokenizer train set
            sents = ptt.augment_punct(sents)
        write_conllu(Path(common.tokenizer_conllu_name(str(tok_dir), SHORTHAND, shard)), sents)
    common.convert_conllu_to_txt(str(tok_dir), SHORTHAND, shards=("train", "dev"))
    name = lambda shard, ext: str(tok_dir / f"{SHORTHAND}.{shard}.{ext}")  # noqa: E731
    labels = lambda shard: str(tok_dir / f"{SHORTHAND}-ud-{shard}.toklabels")  # noqa: E731
    for shard in ("train", "dev"):  # (prepare_tokenizer_treebank_labels insists on a test shard too)
        common.prepare_tokenizer_dataset_labels(
            name(shard, "txt"), name(shard, "gold.conllu"), str(tok_dir), SHORTHAND, shard
        )
    args = [
        "--txt_file",
        name("train", "txt"),
        "--label_file",
        labels("train"),
        "--dev_txt_file",
        name("dev", "txt"),
        "--dev_label_file",
        labels("dev"),
        "--dev_conll_gold",
        name("dev", "gold.conllu"),
        "--conll_file",
        str(paths.work / "tokenize.dev.pred.conllu"),
        "--mwt_json_file",
        common.mwt_name(str(tok_dir), SHORTHAND, "train"),
        "--lang",
        "en",
        "--shorthand",
        SHORTHAND,
        "--mode",
        "train",
        "--feat_funcs",
        "space_before,capitalized,numeric,end_of_para,start_of_para,labeled_field,phone_id,date_pattern,currency",
        "--max_seqlen",
        "200",
        "--steps",
        str(steps),
        "--save_dir",
        str(paths.models),
        "--save_name",
        "tokenize.pt",
    ]
    run_trainer("tokenize", "stanza.models.tokenizer", args, paths, minutes)


def stage_mwt(paths: Paths, epochs: int, minutes: float | None) -> None:
    """The mwt expander reads CoNLL-U whose MWT tokens are still contracted (contract_mwt)."""
    from stanza.utils.datasets.contract_mwt import contract_mwt

    mwt_dir = paths.data / "mwt"
    mwt_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for shard in ("train", "dev"):
        gold = mwt_dir / f"{SHORTHAND}.{shard}.gold.conllu"
        write_conllu(
            gold, [drop_empty_nodes(s) for tb in ("EWT", "GUM") for s in read_conllu(paths.ud_file(tb, shard))]
        )
        contracted = mwt_dir / f"{SHORTHAND}.{shard}.in.conllu"
        contract_mwt(str(gold), str(contracted))
        files[shard] = (gold, contracted)
    args = [
        "--train_file",
        str(files["train"][1]),
        "--eval_file",
        str(files["dev"][1]),
        "--gold_file",
        str(files["dev"][0]),
        "--output_file",
        str(paths.work / "mwt.dev.pred.conllu"),
        "--lang",
        "en",
        "--shorthand",
        SHORTHAND,
        "--mode",
        "train",
        "--max_dec_len",
        "20",
        "--num_epoch",
        str(epochs),
        "--save_dir",
        str(paths.models),
        "--save_name",
        "mwt.pt",
    ]
    run_trainer("mwt", "stanza.models.mwt_expander", args, paths, minutes)


def stage_lemma(paths: Paths, epochs: int, minutes: float | None) -> None:
    """Seq2seq lemmatizer trained on unique (word, upos, lemma) triples.

    Every token would make an epoch ~7.5k steps (~17 h at defaults on this machine); the model only
    needs each distinct mapping, and the dictionary part still sees every triple.
    """
    lem_dir = paths.data / "lemma"
    lem_dir.mkdir(parents=True, exist_ok=True)
    counts: Counter[tuple[str, str, str]] = Counter()
    for sent in read_conllu(paths.train):
        for cols in word_lines(sent):
            counts[(cols[1], cols[3], cols[2])] += 1
    # one-word sentences, most frequent first (the dictionary keeps the first lemma seen on ties)
    triples = [[f"1\t{w}\t{lem}\t{upos}\t_\t_\t0\troot\t_\t_"] for (w, upos, lem), _ in counts.most_common()]
    train = lem_dir / f"{SHORTHAND}.train.triples.conllu"
    write_conllu(train, triples)
    log.info("lemma: %d unique (word, upos, lemma) triples", len(triples))
    args = [
        "--train_file",
        str(train),
        "--eval_file",
        str(paths.dev),
        "--output_file",
        str(paths.work / "lemma.dev.pred.conllu"),
        "--shorthand",
        SHORTHAND,
        "--mode",
        "train",
        "--num_epoch",
        str(epochs),
        "--save_dir",
        str(paths.models),
        "--save_name",
        "lemma.pt",
    ]
    run_trainer("lemma", "stanza.models.lemmatizer", args, paths, minutes)


def vector_args(pretrain: Path | None) -> list[str]:
    """Word vectors for the tagger/parser: a Stanza pretrain file, or none (``--no_pretrain``)."""
    return ["--no_pretrain"] if pretrain is None else ["--wordvec_pretrain_file", str(pretrain)]


def pos_args(paths: Paths, steps: int, init: Path | None, lr: float, pretrain: Path | None = None) -> list[str]:
    return [
        "--train_file",
        str(paths.train),
        "--eval_file",
        str(paths.dev),
        "--output_file",
        str(paths.work / "pos.dev.pred.conllu"),
        "--lang",
        "en",
        "--shorthand",
        SHORTHAND,
        "--mode",
        "train",
        *vector_args(pretrain),
        *arch_args(POS_ARCH, init),
        "--batch_size",
        "100",
        "--max_steps",
        str(steps),
        "--lr",
        str(lr),
        # Stanza's tagger crashes at the end of a run that never evaluated dev (it returns an
        # unset variable), so a short run evaluates at its last step.
        "--fix_eval_interval",
        "--eval_interval",
        str(min(250, steps)),
        "--log_step",
        "50",
        "--save_dir",
        str(paths.models),
        "--save_name",
        "pos.pt",
    ]


@dataclass(frozen=True)
class WarmStart:
    """Adam settings for a parser continued with --init-from (default: the stored config's).

    Stanza's warmup only advances at dev evaluations, so any warmup makes the first
    --eval_interval steps run at learning rate 0; ``warmup_steps=0`` avoids losing them.
    """

    lr: float | None = None
    warmup_steps: int | None = None
    eval_interval: int | None = None  # steps between dev evaluations (the best one is kept)

    def args(self) -> list[str]:
        out = [] if self.lr is None else ["--second_lr", str(self.lr)]
        out += [] if self.eval_interval is None else ["--eval_interval", str(self.eval_interval)]
        return out + ([] if self.warmup_steps is None else ["--second_warmup_steps", str(self.warmup_steps)])


def parser_args(
    paths: Paths,
    steps: int,
    init: Path | None,
    tags: str,
    second_optim_start: int,
    pretrain: Path | None = None,
    warm: WarmStart | None = None,
) -> list[str]:
    train, dev = (paths.train_pred, paths.dev_pred) if tags == "predicted" else (paths.train, paths.dev)
    args = [
        "--train_file",
        str(train),
        "--eval_file",
        str(dev),
        "--output_file",
        str(paths.work / "depparse.dev.pred.conllu"),
        "--lang",
        "en",
        "--shorthand",
        SHORTHAND,
        "--mode",
        "train",
        *vector_args(pretrain),
        *arch_args(PARSER_ARCH, init),
        "--batch_size",
        "2000",
        "--max_steps",
        str(steps),
        "--eval_interval",
        str(min(200, steps)),
        "--log_step",
        "50",
        "--second_optim_start_step",
        str(second_optim_start),
        "--save_dir",
        str(paths.models),
        "--save_name",
        "depparse.pt",
        "--checkpoint_save_name",
        str(paths.models / "depparse.checkpoint.pt"),
    ]
    if init is not None:
        # no AdaDelta->Adam switch: that would reload the best file and restart Adam's moments
        args[args.index("--second_optim_start_step") + 1] = str(10**9)
        # Stanza's own warm start.  The stored config says second_stage=True (the bootstrap ended in
        # the Adam stage), so training continues with Adam at --second_lr, not AdaDelta from scratch.
        # Stanza quirk: its warmup scheduler only advances at dev evaluations, so the first
        # --eval_interval steps of such a run have lr 0 (dev score unchanged at the first eval).
        args += ["--continue_from", str(init)]
        if warm is not None:
            args += warm.args()
    return args


def stage_retag(paths: Paths, pos_model: Path, lemma_model: Path, pretrain: Path | None = None) -> None:
    """Replace gold UPOS/XPOS/FEATS/LEMMA of the parser's train and dev data by predictions.

    The parser then learns from the kind of tags it will see at run time (the bootstrap README
    measured 6-7 LAS points lost to tagging errors when the parser only saw gold tags).  Words,
    heads and relations stay gold.
    """
    import stanza
    import torch
    from stanza.models.common.doc import Document
    from stanza.utils.conll import CoNLL

    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    # offline Pipeline needs a resources.json in its dir, even an empty one
    resources = paths.work / "resources.json"
    if not resources.exists():
        resources.write_text("{}\n")
    pipe = stanza.Pipeline(
        "en",
        dir=str(paths.work),
        download_method=None,
        processors="tokenize,pos,lemma",
        # pretokenized input loads no tokenizer model, but Pipeline wants a path
        tokenize_pretokenized=True,
        tokenize_model_path=str(paths.work / "unused-tokenize.pt"),
        pos_model_path=str(pos_model),
        lemma_model_path=str(lemma_model),
        pos_batch_size=3000,
        **({"pos_pretrain_path": str(pretrain)} if pretrain is not None else {}),
        logging_level="WARN",
    )
    for src, dst in ((paths.train, paths.train_pred), (paths.dev, paths.dev_pred)):
        start = time.time()
        doc: Document = CoNLL.conll2doc(input_file=str(src))
        doc = pipe.processors["pos"].process(doc)
        doc = pipe.processors["lemma"].process(doc)
        CoNLL.write_doc2conll(doc, str(dst))
        log.info("retag: %s -> %s in %.1f min", src.name, dst.name, (time.time() - start) / 60)


def stage_export(paths: Paths, init_from: Path | None, reuse: set[str], pretrain: Path | None = None) -> None:
    """Copy the five components to OUT: no optimizer state, float16 tensors, resources.json.

    With word vectors, the pretrain file is copied unchanged as OUT/pretrain.pt (the tagger and
    parser files do not contain the vectors; the loader passes it as pos/depparse_pretrain_path).
    """
    import shutil

    import torch

    paths.out.mkdir(parents=True, exist_ok=True)
    for comp in COMPONENTS:
        src = init_from / f"{comp}.pt" if comp in reuse and init_from is not None else paths.model(comp)
        if not src.exists():
            raise FileNotFoundError(f"no {comp} model at {src}")
        ckpt = torch.load(src, map_location="cpu", weights_only=False)
        for key in ("optimizer_state_dict", "scheduler_state_dict", "optimizer"):
            ckpt.pop(key, None)
        ckpt = _to_half(ckpt)
        torch.save(ckpt, paths.out / f"{comp}.pt", _use_new_zipfile_serialization=False)
        log.info("export: %s from %s (%.1f MB)", comp, src, (paths.out / f"{comp}.pt").stat().st_size / 1e6)
    stale = paths.out / PRETRAIN_FILE
    if pretrain is not None:
        shutil.copyfile(pretrain, stale)
        log.info("export: %s from %s (%.1f MB)", PRETRAIN_FILE, pretrain, stale.stat().st_size / 1e6)
    elif stale.exists():
        stale.unlink()
    (paths.out / "resources.json").write_text("{}\n")
    total = sum(f.stat().st_size for f in paths.out.iterdir()) / 1e6
    log.info("export: %s total %.1f MB", paths.out, total)


def _to_half(obj: object) -> object:
    """float32 tensors -> float16 (integer tensors such as vocab ids untouched)."""
    import torch

    if isinstance(obj, torch.Tensor):
        return obj.half() if obj.is_floating_point() else obj
    if isinstance(obj, dict):
        return {k: _to_half(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_to_half(v) for v in obj]
    return obj


def verify_export(paths: Paths, reference: dict[str, Path], pretrain: Path | None = None) -> None:
    """Tag+parse EWT dev (gold tokens) with the float16 export and with the float32 files: must agree."""
    from provenance.models.score import score_gold_tokens

    gold = paths.ud_file("EWT", "dev")
    shipped = paths.out / PRETRAIN_FILE
    half = score_gold_tokens(
        {c: paths.out / f"{c}.pt" for c in COMPONENTS}, gold, shipped if shipped.exists() else None
    )
    full = score_gold_tokens(reference, gold, pretrain)
    log.info(
        "verify: float16 UPOS %.2f LAS %.2f | float32 UPOS %.2f LAS %.2f",
        half["UPOS"],
        half["LAS"],
        full["UPOS"],
        full["LAS"],
    )
    if abs(half["LAS"] - full["LAS"]) > 0.1 or abs(half["UPOS"] - full["UPOS"]) > 0.1:
        raise RuntimeError("float16 export scores differ from float32")


# ----------------------------------------------------------------------------------------------


def build_argparse() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--ud", type=Path, required=True, help="folder with EWT/ and GUM/ CoNLL-U files")
    p.add_argument("--out", type=Path, required=True, help="final model folder (float16, 5 components)")
    p.add_argument("--work", type=Path, default=None, help="data, float32 models and logs (default OUT.work)")
    p.add_argument(
        "--init-from",
        type=Path,
        default=None,
        help="warm-start pos/depparse from this model folder (e.g. the bootstrap)",
    )
    p.add_argument(
        "--reuse", default="", help="components copied from --init-from instead of trained, e.g. tokenize,mwt,lemma"
    )
    p.add_argument(
        "--reuse-from",
        type=Path,
        default=None,
        help="take the --reuse components from this folder instead (pos/depparse then train from scratch "
        "unless --init-from is given too)",
    )
    p.add_argument("--stages", default=",".join(STAGES), help="comma-separated subset of " + ",".join(STAGES))
    p.add_argument("--parallel", action="store_true", help="train tagger and parser at the same time")
    p.add_argument("--parser-tags", choices=("gold", "predicted"), default="predicted")
    p.add_argument("--retag-with", type=Path, default=None, help="pos model used to retag (default: the new tagger)")
    p.add_argument(
        "--pretrain",
        type=Path,
        default=None,
        help="Stanza pretrain .pt (word vectors, see provenance.models.pretrain) for tagger and parser; "
        "copied into OUT by export.  Default: no vectors (--no_pretrain)",
    )
    p.add_argument("--pos-steps", type=int, default=20000)
    p.add_argument("--pos-minutes", type=float, default=None)
    p.add_argument("--pos-lr", type=float, default=None, help="default 3e-3, or 1e-3 when warm-starting")
    p.add_argument("--parser-steps", type=int, default=20000)
    p.add_argument("--parser-minutes", type=float, default=None)
    p.add_argument(
        "--second-optim-start", type=int, default=1500, help="AdaDelta -> Adam switch for a parser trained from scratch"
    )
    p.add_argument(
        "--parser-lr", type=float, default=None, help="Adam lr of a warm-started parser (default: its config's)"
    )
    p.add_argument(
        "--parser-warmup", type=int, default=None, help="warmup steps of a warm-started parser (default: its config's)"
    )
    p.add_argument("--parser-eval-every", type=int, default=None, help="dev evaluations of a warm-started parser")
    p.add_argument("--tokenize-steps", type=int, default=4000)
    p.add_argument("--mwt-epochs", type=int, default=30)
    p.add_argument("--lemma-epochs", type=int, default=5)
    p.add_argument("--no-verify", action="store_true", help="skip the float16-vs-float32 check after export")
    return p


def _train_tagger_and_parser(args: argparse.Namespace, paths: Paths, stages: list[str], init: Path | None) -> None:
    """The POS tagger (in the background with --parallel), the retag pass, then the parser."""

    def init_file(comp: str) -> Path | None:
        return init / f"{comp}.pt" if init is not None else None

    reuse = {c for c in args.reuse.split(",") if c}
    reuse_from = args.reuse_from or init
    lemma_model = reuse_from / "lemma.pt" if "lemma" in reuse and reuse_from is not None else paths.model("lemma")
    pos_lr = args.pos_lr if args.pos_lr is not None else (1e-3 if init is not None else 3e-3)
    pos_proc = None
    if "pos" in stages:
        pos_proc = run_trainer(
            "pos",
            "stanza.models.tagger",
            pos_args(paths, args.pos_steps, init_file("pos"), pos_lr, args.pretrain),
            paths,
            args.pos_minutes,
            init=init_file("pos"),
            background=True,
        )
        if not args.parallel:
            assert pos_proc is not None  # background=True returns the process
            wait_trainer("pos", pos_proc)
            pos_proc = None

    if "retag" in stages and args.parser_tags == "predicted":
        # in parallel mode the new tagger is still training: retag with the initial one
        retagger = args.retag_with or (init_file("pos") if pos_proc is not None else None) or paths.model("pos")
        # a tagger trained without vectors ignores a pretrain it is given (its config says pretrain=False)
        stage_retag(paths, retagger, lemma_model, args.pretrain)

    if "depparse" in stages:
        run_trainer(
            "depparse",
            "stanza.models.parser",
            parser_args(
                paths,
                args.parser_steps,
                init_file("depparse"),
                args.parser_tags,
                args.second_optim_start,
                args.pretrain,
                WarmStart(args.parser_lr, args.parser_warmup, args.parser_eval_every),
            ),
            paths,
            args.parser_minutes,
            init=init_file("depparse"),
        )
    if pos_proc is not None:
        wait_trainer("pos", pos_proc)


def main(argv: Sequence[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    args = build_argparse().parse_args(argv)
    paths = Paths(ud=args.ud, work=args.work or args.out.with_name(args.out.name + ".work"), out=args.out)
    stages = [s for s in STAGES if s in set(args.stages.split(","))]
    reuse = {c for c in args.reuse.split(",") if c}
    init = args.init_from
    reuse_from = args.reuse_from or init
    for d in (paths.data, paths.models, paths.logs):
        d.mkdir(parents=True, exist_ok=True)
    t0 = time.time()

    if "prep" in stages:
        stage_prep(paths)
    if "tokenize" in stages and "tokenize" not in reuse:
        stage_tokenize(paths, args.tokenize_steps, None)
    if "mwt" in stages and "mwt" not in reuse:
        stage_mwt(paths, args.mwt_epochs, None)
    if "lemma" in stages and "lemma" not in reuse:
        stage_lemma(paths, args.lemma_epochs, None)
    _train_tagger_and_parser(args, paths, stages, init)

    if "export" in stages:
        stage_export(paths, reuse_from, reuse, args.pretrain)
        if not args.no_verify:
            reference = {
                c: (reuse_from / f"{c}.pt" if c in reuse and reuse_from is not None else paths.model(c))
                for c in COMPONENTS
            }
            verify_export(paths, reference, args.pretrain)
    log.info("done in %.1f min", (time.time() - t0) / 60)


if __name__ == "__main__":
    main()
