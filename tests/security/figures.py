"""The security figures: counted while the suite runs, printed at its end, written for bench/security.sh.

Every probe goes through these counters before its test asserts, so a failing test still shows
in the figures, and the figures can only be 0 because the probes found nothing.
"""

import json
import os
from collections import Counter

FIGURE_NAMES = {
    "requests": "requests tried",
    "server_errors": "server errors",
    "unescaped_scripts": "scripts that ran or were reflected unescaped",
    "leaks": "leaks found",
    "lost_revisions": "lost revisions",
}
# Where bench/security.sh reads the figures back; unset in a plain `make test`.
FIGURES_FILE_ENV = "SECURITY_FIGURES_FILE"

figures = Counter(dict.fromkeys(FIGURE_NAMES, 0))


def count_response(response):
    figures["requests"] += 1
    if response.status_code >= 500:
        figures["server_errors"] += 1
    return response


def count(name, amount=1):
    if name not in FIGURE_NAMES:
        raise KeyError(name)
    figures[name] += amount
    return amount


def report_lines():
    return [f"{label}: {figures[name]}" for name, label in FIGURE_NAMES.items()]


def write_figures():
    path = os.environ.get(FIGURES_FILE_ENV)
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump({name: figures[name] for name in FIGURE_NAMES}, handle, indent=2)
