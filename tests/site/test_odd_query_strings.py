"""No public URL answers 500, whatever its query string: odd values are ignored or clamped.

NUL bytes are refused with 400 by core/security.py before any view runs; every other odd value
must still give the page itself.
"""

import pytest

from .html import texts

ODD_VALUES = {
    "word": "abc",
    "negative": "-1",
    "zero": "0",
    "25_digits": "9" * 25,
    "huge_float": "1e400",
    "10_kb": "x" * 10_000,
    "unicode": "梁永辉",
    "sql": "' OR 1=1 --",
}
PAGES = {
    "search": ("/search/", "Search"),
    "speakers": ("/speakers/", "Speakers"),
    "organisations": ("/organisations/", "Organisations"),
    "events": ("/events/", "Events"),
    "home": ("/", None),
}


@pytest.mark.django_db
@pytest.mark.parametrize("value", ODD_VALUES.values(), ids=ODD_VALUES.keys())
@pytest.mark.parametrize("page", PAGES.keys())
def test_public_page_ignores_odd_query_values(client, small_report, page, value):
    path, heading = PAGES[page]

    response = client.get(path, {"q": value, "page": value, "organisation": value})

    assert response.status_code == 200
    if heading:
        assert texts(response, "main h1") == [heading]


@pytest.mark.django_db
@pytest.mark.parametrize("value", ODD_VALUES.values(), ids=ODD_VALUES.keys())
def test_conference_page_ignores_odd_query_values(client, small_report, value):
    response = client.get(small_report["conference"].url, {"page": value, "q": value})

    assert response.status_code == 200
    assert texts(response, "main h1") == ["2025 SMM Silver Conference"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", [spec[0] for spec in PAGES.values()])
def test_public_page_refuses_nul_bytes_with_400(client, path):
    response = client.get(path, {"q": "silver\x00", "page": "1\x00"})

    assert (response.status_code, response.content) == (400, b"NUL bytes are not allowed in addresses.")
