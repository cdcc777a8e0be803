"""Fixtures for the security suite, and the figures printed at its end (bench/security.sh)."""

import pytest

from . import figures
from .probes import Probe


@pytest.fixture
def probe(client):
    return Probe(client)


def pytest_terminal_summary(terminalreporter):
    if figures.figures["requests"]:
        terminalreporter.section("security figures")
        for line in figures.report_lines():
            terminalreporter.write_line(line)


def pytest_sessionfinish(session):
    figures.write_figures()
