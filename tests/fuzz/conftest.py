"""Hypothesis profiles for the fuzzing suite (issue #18).

- ``fuzz-ci`` (default): the bounded counts written at each test, ~10,000 examples in all,
  derandomized so CI is reproducible.
- ``fuzz-nightly``: 25x the examples, random seeds, Hypothesis' example database kept (so a
  failure found at night is replayed first the next time). Run it with
  ``PROVENANCE_FUZZ=nightly .venv/bin/python -m pytest tests/fuzz -p no:randomly``
  (``PROVENANCE_FUZZ_SCALE=N`` multiplies the CI counts by N instead).

The profiles are registered here but never loaded globally, so other tests keep their own
settings: each fuzz test takes its settings from ``fuzzing.fuzz(n)``.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "fuzz-ci",
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile(
    "fuzz-nightly",
    deadline=None,
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
