#!/usr/bin/env bash
# Run every test: lint, pytest (2 workers), and the lit/FileCheck suite. Fails if any part fails
# or if pytest collected no test at all.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
ruff check . || status=1
python -m pytest -n 2 -q tests; rc=$?
if [ "$rc" -eq 5 ]; then echo "pytest collected no tests"; status=1; elif [ "$rc" -ne 0 ]; then status=1; fi
lit -sv filecheck || status=1
exit $status
