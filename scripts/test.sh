#!/usr/bin/env bash
# The test command (README command 2, and what .ci/run runs): set up, lint, type-check, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
# The HTML report test renders in headless Chromium (Debian package `chromium`).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; the HTML report test will fail" >&2
fi
# Lint, format and type gates first: CI fails on any of them (versions pinned in the test extra).
.venv/bin/ruff check provenance tests scripts
.venv/bin/ruff format --check provenance tests scripts
.venv/bin/mypy provenance
exec .venv/bin/python -m pytest -q "$@"
