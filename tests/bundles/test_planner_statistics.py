"""An import that wrote pages brings PostgreSQL's planner statistics up to date (bundles/statistics.py)."""

import pytest

from django.db import connection

from bundles import importer
from bundles.importer import import_bundle
from bundles.reader import read_bundle
from bundles.statistics import refresh_planner_statistics

from .sample_bundles import small_bundle, write_bundle

pytestmark = pytest.mark.django_db


@pytest.fixture
def refreshes(monkeypatch):
    calls = []
    monkeypatch.setattr(importer, "refresh_planner_statistics", lambda: calls.append("analyze"))
    return calls


def test_an_import_that_wrote_pages_refreshes_the_statistics_and_a_repeat_does_not(tmp_path, refreshes):
    bundle = write_bundle(tmp_path / "bundle", small_bundle())

    import_bundle(read_bundle(bundle))
    assert refreshes == ["analyze"]

    import_bundle(read_bundle(bundle))  # nothing changed
    assert refreshes == ["analyze"]


def test_statistics_are_refreshed_on_postgresql_only():
    assert refresh_planner_statistics() is (connection.vendor == "postgresql")
