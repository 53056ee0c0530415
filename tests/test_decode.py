"""The tree decoder hook (syntax/decode.py) returns exactly Stanza's trees (issue #17).

Stanza's ``chuliu_edmonds_one_root`` is the reference: random score matrices (uniform, and a
planted tree with noise, so both the greedy and the contraction branches run), ties, the
pure-Python fallback without the compiled package, and the model's own parses of news text.
"""

from __future__ import annotations

import numpy as np
import pytest

from provenance.syntax import decode

stanza_cle = pytest.importorskip("stanza.models.common.chuliu_edmonds")


def _model_like(rng: np.random.Generator, n: int, planted: bool) -> np.ndarray:
    """A matrix as the parser makes it: log-probabilities of each word's head, -inf on the diagonal."""
    scores = rng.normal(scale=3.0, size=(n, n))
    if planted:  # a random tree's arcs made likely: the greedy heads are often that tree
        heads = [0, 0] + [int(rng.integers(1, i)) for i in range(2, n)]  # word 1 the root's only child
        for dep, head in enumerate(heads[1:], 1):
            scores[dep, head] += 8.0
    np.fill_diagonal(scores, -np.inf)
    scores = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    return scores.astype(np.float32)


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.array_equal(a, b)) and a.dtype == b.dtype


@pytest.mark.parametrize("planted", [True, False])
def test_random_matrices_decode_to_stanzas_tree(planted: bool) -> None:
    rng = np.random.default_rng(17)
    greedy = 0
    for _ in range(400):
        scores = _model_like(rng, int(rng.integers(2, 60)), planted)
        reference = stanza_cle.chuliu_edmonds_one_root(scores)
        greedy += decode.greedy_tree(scores) is not None
        assert _same(decode.mst_heads(scores), reference)
    if planted:
        assert greedy > 100  # the greedy branch really ran


def test_without_the_compiled_decoder_stanzas_own_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "_compiled_cle", None)
    rng = np.random.default_rng(18)
    for _ in range(100):
        scores = _model_like(rng, int(rng.integers(2, 40)), planted=False)
        assert _same(decode.mst_heads(scores), stanza_cle.chuliu_edmonds_one_root(scores))


def test_ties_and_non_finite_arcs_leave_the_greedy_branch() -> None:
    tied = np.full((5, 5), -np.log(4), dtype=np.float32)
    np.fill_diagonal(tied, -np.inf)
    assert decode.greedy_tree(tied) is None
    assert _same(decode.mst_heads(tied), stanza_cle.chuliu_edmonds_one_root(tied))
    holes = _model_like(np.random.default_rng(3), 8, planted=True)
    holes[3, 5] = -np.inf  # an arc the compiled decoder would skip: Stanza decides
    assert not decode._finite_arcs(holes)
    assert _same(decode.mst_heads(holes), stanza_cle.chuliu_edmonds_one_root(holes))


def test_input_matrix_is_not_modified() -> None:
    scores = _model_like(np.random.default_rng(5), 12, planted=False)
    before = scores.copy()
    decode.mst_heads(scores)
    assert np.array_equal(scores, before)


def test_install_and_uninstall_the_hook() -> None:
    decode.install(True)
    assert decode.installed()
    decode.install(False)
    assert not decode.installed()


NEWS = [
    "Iraqi military spokesman Yehia Rasool said in a statement that the Iraqi army “holds the "
    "International Coalition Forces responsible for this unprovoked attack.”",
    "“We will not negotiate,” the minister told reporters on Tuesday, adding that talks, which "
    "had been scheduled for next week in Geneva, were off, according to two officials who "
    "spoke on condition of anonymity because they were not authorized to brief the press.",
    "Residents said the shelling continued through the night; one woman, who gave only her first "
    "name, Amal, said she had not slept, and the hospital, its generators failing, turned people away.",
]


@pytest.mark.model
def test_model_parses_are_identical_with_the_hook() -> None:
    from provenance.models import resolve_model
    from provenance.syntax.parser import Parser

    parser = Parser(resolve_model(None), None, name_heads=False)
    parser.fast_decode = False
    reference = parser.parse(NEWS)
    parser.fast_decode = True
    assert parser.parse(NEWS) == reference
    assert decode.installed()
