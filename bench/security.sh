#!/bin/sh
# The security figures, from a real run of tests/security (see docs/security.md).
# Prints: requests tried, server errors, scripts that ran or were reflected unescaped, leaks found,
# lost revisions. Every figure but the first must be 0; the script exits non-zero otherwise.
# Usage: bench/security.sh            (SQLite)
#        DATABASE_URL=postgres://... bench/security.sh
set -eu
cd "$(dirname "$0")/.."
figures_file=$(mktemp)
trap 'rm -f "$figures_file"' EXIT

SECURITY_FIGURES_FILE="$figures_file" .venv/bin/python -m pytest tests/security -q -p no:cacheprovider \
    >"$figures_file.log" 2>&1 || { tail -30 "$figures_file.log"; rm -f "$figures_file.log"; exit 1; }
tail -1 "$figures_file.log"
rm -f "$figures_file.log"

.venv/bin/python - "$figures_file" <<'PY'
import json
import sys

from tests.security.figures import FIGURE_NAMES

figures = json.load(open(sys.argv[1], encoding="utf-8"))
for name, label in FIGURE_NAMES.items():
    print(f"{label}: {figures[name]}")
failures = [name for name in FIGURE_NAMES if name != "requests" and figures[name]]
sys.exit(1 if failures or not figures["requests"] else 0)
PY
