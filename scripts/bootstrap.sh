#!/usr/bin/env bash
# Create .venv and install the project with its test tools, idempotently.
# torch==2.13.0 is installed first and pinned. On the project's build machines the local package
# registry serves the CPU wheel for this pin. On an ordinary Linux machine the same pin from PyPI
# is the CUDA build (gigabytes): set TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu there
# (macOS and Windows wheels on PyPI are CPU-only already).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.provenance-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install -q --disable-pip-version-check ${TORCH_INDEX_URL:+--index-url "$TORCH_INDEX_URL"} torch==2.13.0
  PIP_CONSTRAINT="$PWD/constraints/cpu-torch.txt" \
    .venv/bin/pip install -q --disable-pip-version-check -e ".[test]"
  touch "$stamp"
fi
