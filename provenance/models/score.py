"""Score a Stanza English model folder on UD EWT test and GUM test with the CoNLL 2018 scorer.

    cd /work/main && . .venv/bin/activate
    python -m provenance.models.score --model /work/train-out/final --ud /work/shared/ud \\
        --out /work/train-out/scores-final.md

The folder must hold tokenize.pt, mwt.pt, pos.pt, lemma.pt, depparse.pt (and resources.json; an
empty ``{}`` is written next to a temporary copy if it is missing), and pretrain.pt when its tagger
and parser were trained with word vectors.  Two settings per test set:

* raw text: the test set's text, rebuilt with Stanza's own ``conllu_to_text`` (sentences of a
  paragraph joined with their SpaceAfter spacing, a blank line between paragraphs, as Stanza's
  evaluation scripts do), through the whole pipeline tokenize,mwt,pos,lemma,depparse;
* gold tokens: the gold syntactic words, sentence by sentence, through tokenize (pretokenized),
  pos, lemma, depparse.  The predictions are written back into the gold file's lines, so
  multi-word token ranges stay as in gold (Tokens/Sentences are then 100 by construction) and the
  scores isolate tagging, lemmatization and parsing.

The scorer is Stanza 1.15's ``stanza.models.common.utils.ud_scores``, which wraps
``udtools.udeval``: the CoNLL 2018 shared-task evaluation script as maintained by UD (this Stanza
version ships no ``stanza.utils.conll18_ud_eval`` module).  Reported numbers are F1 x 100.

Speech-frame arcs (``Speech nsubj``, ``Speech ccomp``): the arcs attribution depends on, the
subject and the clausal complement of a speech verb (``X said that ...``).  A gold arc counts when
its head's gold lemma is in ``rules/lexicons/speech_verbs.yaml`` and its relation (subtype
dropped: ``nsubj:pass`` is ``nsubj``) is nsubj or ccomp; a system arc likewise with the system's
lemma, head and relation.  An arc is correct when the aligned system word has the aligned gold
head and the same relation.  The score is F1 (as for LAS: precision over system arcs, recall over
gold arcs); words are aligned by the same character spans as the CoNLL 2018 scorer uses (exact
for gold tokens; raw-text words that the tokenizer split differently are unaligned and count as
errors).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

COMPONENTS = ("tokenize", "mwt", "pos", "lemma", "depparse")
PRETRAIN_FILE = "pretrain.pt"  # word vectors of pos and depparse, when the model has them
METRICS = ("Tokens", "Sentences", "UPOS", "Lemmas", "UAS", "LAS")
SPEECH_RELATIONS = ("nsubj", "ccomp")
SPEECH_METRICS = tuple(f"Speech {r}" for r in SPEECH_RELATIONS)
TEST_SETS = {"EWT": "EWT/en_ewt-ud-test.conllu", "GUM": "GUM/en_gum-ud-test.conllu"}


@dataclass
class Result:
    model: str
    test_set: str
    mode: str  # "raw text" | "gold tokens"
    scores: dict[str, float]
    seconds: float
    tokens: int


def model_paths(folder: Path) -> dict[str, Path]:
    paths = {c: folder / f"{c}.pt" for c in COMPONENTS}
    missing = [str(p) for p in paths.values() if not p.exists()]
    if missing:
        raise FileNotFoundError("missing model files: " + ", ".join(missing))
    return paths


def model_pretrain(folder: Path) -> Path | None:
    """The folder's word vectors (pretrain.pt), if it has them."""
    f = folder / PRETRAIN_FILE
    return f if f.exists() else None


def build_pipeline(paths: dict[str, Path], pretokenized: bool, pretrain: Path | None = None):  # -> stanza.Pipeline
    import stanza

    # Pipeline(dir=...) insists on a resources.json in that folder, even for explicit model paths
    folder = paths["pos"].parent
    if not (folder / "resources.json").exists():
        folder = Path(tempfile.mkdtemp(prefix="stanza-res-"))
        (folder / "resources.json").write_text("{}\n")
    processors = "tokenize,pos,lemma,depparse" if pretokenized else "tokenize,mwt,pos,lemma,depparse"
    kwargs = {f"{c}_model_path": str(p) for c, p in paths.items()}
    if pretokenized:
        kwargs.pop("mwt_model_path")
    if pretrain is not None:
        kwargs["pos_pretrain_path"] = str(pretrain)
        kwargs["depparse_pretrain_path"] = str(pretrain)
    return stanza.Pipeline(
        "en",
        dir=str(folder),
        download_method=None,
        processors=processors,
        tokenize_pretokenized=pretokenized,
        # without this, tokens over 200 characters (URLs) come out as <UNK>
        tokenize_max_seqlen=1000,
        logging_level="WARN",
        **kwargs,
    )


def ud_eval(gold_file: Path, system_conllu: str) -> dict[str, float]:
    from stanza.models.common.utils import ud_scores

    evaluation = ud_scores(str(gold_file), io.StringIO(system_conllu))
    scores = {m: 100 * evaluation[m].f1 for m in METRICS}
    scores.update(speech_frame_scores(gold_file.read_text(encoding="utf-8"), system_conllu))
    return scores


# ----------------------------------------------------------------------------------------------
# Speech-frame arcs


def speech_verbs() -> frozenset[str]:
    """Lemmas of the ``speech_verbs`` lexicon, found and validated like every other rule file
    (provenance.vocab: the checkout's rules/, else the installed copy)."""
    from provenance.vocab import load_vocabulary

    return frozenset(e.name.lower() for e in load_vocabulary().lexicons["speech_verbs"].entries)


@dataclass
class _Word:
    start: int  # character span of the word (of its multi-word token for MWT parts) in the text
    end: int
    part: int  # position inside a multi-word token (0 otherwise)
    lemma: str
    head: int  # index into the same list, -1 for the root
    deprel: str  # without subtype


def _words(conllu: str) -> list[_Word]:
    """Syntactic words with character spans over the concatenated token forms (no whitespace),
    the alignment basis of the CoNLL 2018 scorer."""
    words: list[_Word] = []
    pos = 0
    sent_start = 0  # index of the sentence's first word in `words`
    mwt_end, mwt_span, part = 0, (0, 0), 0
    for line in conllu.split("\n"):
        if not line.strip():
            sent_start, mwt_end = len(words), 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 8:
            continue
        wid = cols[0]
        form = "".join(cols[1].split())
        if "-" in wid:
            first, last = (int(x) for x in wid.split("-"))
            mwt_end, mwt_span, part = last, (pos, pos + len(form)), 0
            pos += len(form)
            continue
        if "." in wid or not wid.isdigit():
            continue
        i = int(wid)
        head = int(cols[6]) if cols[6].isdigit() else 0
        rel = cols[7].split(":")[0]
        if i <= mwt_end:
            part += 1
            start, end = mwt_span
        else:
            part = 0
            start, end = pos, pos + len(form)
            pos += len(form)
        words.append(_Word(start, end, part, cols[2].lower(), sent_start + head - 1 if head else -1, rel))
    return words


def speech_frame_counts(gold_conllu: str, system_conllu: str, verbs: frozenset[str]) -> dict[str, list[int]]:
    """Per relation: [correct, gold arcs, system arcs]."""
    gold, system = _words(gold_conllu), _words(system_conllu)
    g2s = {}
    by_span = {(w.start, w.end, w.part): j for j, w in enumerate(system)}
    for i, w in enumerate(gold):
        j = by_span.get((w.start, w.end, w.part))
        if j is not None:
            g2s[i] = j
    counts = {r: [0, 0, 0] for r in SPEECH_RELATIONS}
    for words, col in ((gold, 1), (system, 2)):
        for w in words:
            if w.deprel in counts and w.head >= 0 and words[w.head].lemma in verbs:
                counts[w.deprel][col] += 1
    for i, w in enumerate(gold):
        if w.deprel not in counts or w.head < 0 or gold[w.head].lemma not in verbs:
            continue
        j = g2s.get(i)
        if j is None:
            continue
        s = system[j]
        if s.deprel == w.deprel and s.head >= 0 and g2s.get(w.head) == s.head and system[s.head].lemma in verbs:
            counts[w.deprel][0] += 1
    return counts


def speech_frame_scores(gold_conllu: str, system_conllu: str) -> dict[str, float]:
    counts = speech_frame_counts(gold_conllu, system_conllu, speech_verbs())
    scores = {}
    for rel, (correct, ngold, nsys) in counts.items():
        scores[f"Speech {rel}"] = 100 * 2 * correct / (ngold + nsys) if ngold + nsys else 0.0
    return scores


def raw_text(gold_file: Path) -> str:
    from stanza.utils.datasets.conllu_to_text import convert_text

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "text.txt"
        convert_text(str(gold_file), str(out))
        return out.read_text(encoding="utf-8")


def gold_blocks(gold_file: Path) -> list[list[str]]:
    blocks, block = [], []
    for line in gold_file.read_text(encoding="utf-8").split("\n"):
        if line:
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    return blocks


def is_word_line(line: str) -> bool:
    return bool(line) and line.split("\t", 1)[0].isdigit()


def score_raw(pipe, gold_file: Path) -> tuple[dict[str, float], int]:

    doc = pipe(raw_text(gold_file))
    system = f"{doc:C}\n\n"  # the CoNLL-U text of the whole document
    return ud_eval(gold_file, system), doc.num_words


def score_gold(pipe, gold_file: Path) -> tuple[dict[str, float], int]:
    blocks = gold_blocks(gold_file)
    words = [[line.split("\t")[1] for line in b if is_word_line(line)] for b in blocks]
    doc = pipe(words)
    out_lines: list[str] = []
    for block, sent in zip(blocks, doc.sentences, strict=True):
        predicted = iter(sent.words)
        for line in block:
            if line.startswith("#") or not is_word_line(line):
                # comments and MWT ranges as in gold; empty nodes dropped (not part of the basic tree)
                if line.startswith("#") or "-" in line.split("\t", 1)[0]:
                    out_lines.append(line)
                continue
            cols = line.split("\t")
            w = next(predicted)
            assert w.text == cols[1], (w.text, cols[1])
            cols[2] = w.lemma or "_"
            cols[3] = w.upos or "_"
            cols[4] = w.xpos or "_"
            cols[5] = w.feats or "_"
            cols[6] = str(w.head)
            cols[7] = w.deprel or "_"
            cols[8] = "_"
            out_lines.append("\t".join(cols))
        out_lines.append("")
    return ud_eval(gold_file, "\n".join(out_lines) + "\n"), doc.num_words


def score_gold_tokens(paths: dict[str, Path], gold_file: Path, pretrain: Path | None = None) -> dict[str, float]:
    """Used by train.py to check that an export scores like its source files."""
    return score_gold(build_pipeline(paths, pretokenized=True, pretrain=pretrain), gold_file)[0]


def score_model(folder: Path, ud: Path, sets: Sequence[str], modes: Sequence[str], label: str) -> list[Result]:
    paths = model_paths(folder)
    pretrain = model_pretrain(folder)
    results = []
    for mode in modes:
        pipe = build_pipeline(paths, pretokenized=(mode == "gold tokens"), pretrain=pretrain)
        for name in sets:
            gold = ud / TEST_SETS[name]
            start = time.time()
            scores, ntok = (score_gold if mode == "gold tokens" else score_raw)(pipe, gold)
            res = Result(label, f"{name} test", mode, scores, time.time() - start, ntok)
            print(format_row(res), flush=True)
            results.append(res)
    return results


HEADER = (
    "| model | test set | input | Tokens F1 | Sentences F1 | UPOS | Lemmas | UAS | LAS "
    "| speech nsubj | speech ccomp | time (words/s) |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def format_row(r: Result) -> str:
    vals = " | ".join(f"{r.scores[m]:.2f}" for m in METRICS + SPEECH_METRICS)
    return f"| {r.model} | {r.test_set} | {r.mode} | {vals} | {r.seconds:.0f} s ({r.tokens / r.seconds:.0f}) |"


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="Score a Stanza model folder on EWT/GUM test (CoNLL 2018 scorer)")
    p.add_argument("--model", type=Path, required=True, help="folder with tokenize/mwt/pos/lemma/depparse .pt")
    p.add_argument("--ud", type=Path, required=True, help="folder with EWT/ and GUM/ CoNLL-U files")
    p.add_argument("--out", type=Path, default=None, help="also write the markdown table here")
    p.add_argument("--label", default=None, help="model name in the table (default: folder name)")
    p.add_argument("--sets", default="EWT,GUM")
    p.add_argument("--modes", default="raw,gold", help="raw and/or gold")
    p.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    args = p.parse_args(argv)

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    modes = [{"raw": "raw text", "gold": "gold tokens"}[m] for m in args.modes.split(",")]
    label = args.label or args.model.resolve().name
    print(HEADER, flush=True)
    results = score_model(args.model, args.ud, args.sets.split(","), modes, label)
    table = HEADER + "\n" + "\n".join(format_row(r) for r in results) + "\n"
    if args.out:
        args.out.write_text(table, encoding="utf-8")
        print(f"written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
