#!/usr/bin/env bash
# Run every test: lint, pytest (2 workers) and the lit/FileCheck suite. Fails if any part fails
# or if pytest collected no test at all.
#
#   bash scripts/test-all.sh          # what CI runs: everything except tests marked slow
#   bash scripts/test-all.sh --slow   # also the slow model tests (all nine light models, ...)
set -uo pipefail
cd "$(dirname "$0")/.."
marker=(-m "not slow")
if [ "${1:-}" = "--slow" ]; then marker=(); fi
status=0
ruff check . || status=1
python -m pytest -n 2 -q -p no:cacheprovider "${marker[@]}" tests; rc=$?
if [ "$rc" -eq 5 ]; then echo "pytest collected no tests"; status=1; elif [ "$rc" -ne 0 ]; then status=1; fi
lit -sv filecheck || status=1
exit $status
