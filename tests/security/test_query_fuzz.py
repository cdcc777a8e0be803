"""Bad query strings on every public URL get a clear answer: 200, 301, 302, 400 or 404, never a 500."""

import time

import pytest

from django.urls import reverse

from tests.site.content import build_report

from .probes import live_scripts

pytestmark = pytest.mark.django_db

CLEAR_ANSWERS = {200, 301, 302, 400, 404}
BAD_NUMBERS = ["abc", "-1", "0", "9" * 25, "1e400", "%00", "1%00"]
LONG_VALUE = "x" * 10_240
# Parameters that views read: pagination, search, directory filters, the API's own.
PARAMETERS = ["page", "q", "organisation", "letter", "limit", "offset", "type", "fields", "order", "child_of"]


@pytest.fixture
def report(db):
    return build_report(size=2)


def public_urls(report):
    conference, session, award = report["conference"], report["sessions"][0], report["award"]
    speaker = session.participants.first().speaker
    organisation = report["organisations"][0]
    return [
        "/",
        "/events/",
        conference.url,
        session.url,
        award.url,
        "/speakers/",
        speaker.url,
        "/organisations/",
        organisation.url,
        "/search/",
        f"{conference.url}calendar.ics",
        f"{conference.url}schedule.xml",
        f"{conference.url}schedule.json",
        f"{session.url}calendar.ics",
        reverse("reports_rss"),
        reverse("reports_atom"),
        reverse("conference_reports_rss", args=[conference.pk]),
        "/sitemap.xml",
        "/robots.txt",
        "/api/v2/pages/",
        f"/api/v2/pages/{session.pk}/",
        "/api/v2/images/",
        "/api/v2/documents/",
        reverse("permalink", args=[session.pk]),
    ]


def hostile_query_strings():
    queries = [f"{name}={value}" for name in PARAMETERS[:4] for value in BAD_NUMBERS]
    queries += [f"{name}={LONG_VALUE}" for name in ("q", "page", "organisation", "search")]
    queries += ["page=1&page=2&page=abc", "q=a&q=b", "q=", "page=", "search=%00", "type=nope.Nope", "limit=-5"]
    return queries


def test_hostile_query_strings_never_cause_a_server_error(probe, report):
    answers = {}
    for url in public_urls(report):
        for query in hostile_query_strings():
            answers[f"{url}?{query}"] = probe.get(f"{url}?{query}").status_code

    unclear = {url: status for url, status in answers.items() if status not in CLEAR_ANSWERS}
    assert (len(answers) > 400, unclear) == (True, {})


@pytest.mark.parametrize("path", ["/events/%00/", "/%00", "/speakers/x%00y/", "/api/v2/pages/%00/", "/search/%00"])
def test_nul_byte_in_a_path_is_a_bad_request(probe, path):
    response = probe.get(path)

    assert (response.status_code, response.content) == (400, b"NUL bytes are not allowed in addresses.")


def test_nul_byte_in_a_query_string_is_a_bad_request(probe, report):
    response = probe.get("/search/?q=silver%00")

    assert (response.status_code, response["Content-Type"]) == (400, "text/plain")


@pytest.mark.parametrize("url", ["/search/?q=", "/speakers/?q=", "/organisations/?q=", "/api/v2/pages/?search="])
def test_ten_kilobyte_search_term_answers_within_a_second(probe, report, url):
    start = time.perf_counter()
    response = probe.get(url + "silver" * 1_707)
    seconds = time.perf_counter() - start

    assert (response.status_code in (200, 400), seconds < 1.0) == (True, True)
    assert live_scripts(response.content) == []
