"""The training command's trainer arguments (no training run)."""

from pathlib import Path

from provenance.models.train import Paths, parser_args, pos_args


def _value(args, flag):
    return args[args.index(flag) + 1]


def test_short_runs_evaluate_dev_at_their_last_step(tmp_path: Path):
    # Stanza's tagger crashes at the end of a run that never evaluated dev.
    paths = Paths(ud=tmp_path, work=tmp_path / "w", out=tmp_path / "o")
    assert _value(pos_args(paths, 20, None, 1e-3), "--eval_interval") == "20"
    assert _value(pos_args(paths, 5000, None, 1e-3), "--eval_interval") == "250"
    assert _value(parser_args(paths, 20, None, "gold", 1000), "--eval_interval") == "20"
    assert _value(parser_args(paths, 5000, None, "predicted", 1000), "--eval_interval") == "200"
