#!/usr/bin/env bash
# Create .venv and install the project with its test tools, idempotently.
# torch==2.13.0 is installed first and pinned: on our machines it is a local CPU wheel,
# while any other torch spec would pull gigabytes of CUDA packages.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.provenance-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install -q --disable-pip-version-check torch==2.13.0
  PIP_CONSTRAINT="$PWD/constraints/cpu-torch.txt" \
    .venv/bin/pip install -q --disable-pip-version-check -e ".[test]"
  touch "$stamp"
fi
