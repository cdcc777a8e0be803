"""A lost database answers 503 with Retry-After, never a 500 (delivery/outages.py).

The real outage, PostgreSQL stopped under load and started again, is bench/faults.sh; here the
query that finds the page fails as it does when the server has gone.
"""

import pytest

from django.db import OperationalError

from core import routing
from delivery import generations
from tests.factories import ConferencePageFactory, SessionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(db):
    return SessionPageFactory(parent=ConferencePageFactory(title="2025 Silver Conference"))


def test_page_asked_for_while_the_database_is_gone_is_503_with_retry_after(client, session, monkeypatch):
    def database_gone(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")

    monkeypatch.setattr(routing, "translation_rows", database_gone)

    response = client.get(session.url)

    assert (response.status_code, response["Retry-After"], "no-store" in response["Cache-Control"]) == (
        503,
        "5",
        True,
    )
    assert b"briefly unavailable" in response.content


def test_other_errors_are_not_mistaken_for_an_outage(client, session, monkeypatch):
    def bug(*args, **kwargs):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(routing, "translation_rows", bug)
    client.raise_request_exception = False

    assert client.get(session.url).status_code == 500


def database_unreachable(monkeypatch):
    """Every query fails as it does when PostgreSQL has gone (the generations' and the page's)."""

    def database_gone(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")

    monkeypatch.setattr(generations.Generation.objects, "filter", database_gone)
    monkeypatch.setattr(routing, "translation_rows", database_gone)


def test_cached_page_is_served_stale_while_the_database_is_gone(client, session, page_cache, monkeypatch):
    client.get(session.url)
    database_unreachable(monkeypatch)

    cached = client.get(session.url)
    not_cached = client.get(f"{session.url}?page=2")

    assert (cached.status_code, cached["X-Page-Cache"], cached["Cache-Control"], not_cached.status_code) == (
        200,
        "stale",
        "no-cache",
        503,
    )
    assert session.title in cached.content.decode()
