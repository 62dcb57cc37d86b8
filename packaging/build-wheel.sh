#!/usr/bin/env bash
# Build the workstation wheel into dist/ (or the folder given as $1).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist}"
python="${PYTHON:-.venv/bin/python}"
"$python" -m pip wheel . --no-deps --no-build-isolation --quiet -w "$out"
ls "$out"/freightdesk-*.whl
