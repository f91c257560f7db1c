#!/usr/bin/env bash
# The whole check: lint, format, types, tests with branch coverage, docs, drift.
# Run after: pip install -e ./runtime -e ".[test]" && npm install   (see README)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== ruff (lint + format check)"
python -m ruff check clientsmith tests scripts benchmarks examples
python -m ruff format --check clientsmith tests scripts benchmarks examples
# The golden clients, with the settings each generated pyproject.toml pins
# (no cache: it would be written inside each generated project).
python -m ruff check --no-cache generated
python -m ruff format --check --no-cache generated

echo "== mypy --strict clientsmith tests"
# The tests are type-checked too; pyproject's [tool.mypy] (mypy_path,
# explicit_package_bases) resolves their bare-name imports as pytest does.
python -m mypy --strict clientsmith tests

echo "== pytest (branch coverage, floor 85%)"
# Any non-zero status fails the run, 5 ("no tests collected") included: a
# suite that ran nothing has proved nothing.
python -m pytest -q --cov=clientsmith --cov-branch --cov-report=term --cov-fail-under=85

echo "== generated/ is up to date"
python scripts/regenerate.py --check

echo "== docs (Sphinx, warnings are errors)"
python -m sphinx -W --keep-going -q -b html docs docs/_build/html

echo "all checks passed"
