"""CDN purging through Wagtail's frontend cache app, in a background task: publish, unpublish and
move send the changed page and the pages that show it, and nothing of other conferences."""

from types import SimpleNamespace

import pytest

from delivery import invalidation
from tests.factories import ConferencePageFactory, SessionPageFactory


@pytest.fixture
def conference(db):
    return ConferencePageFactory(title="2025 Silver Conference", slug="silver-2025")


def test_publish_purges_the_page_and_the_pages_that_show_it(conference, cdn, django_capture_on_commit_callbacks):
    session = SessionPageFactory(parent=conference, title="Price outlook", slug="price-outlook")
    other = ConferencePageFactory(title="2024 Silver Conference", slug="silver-2024")
    cdn.purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()

    purged = set(cdn.purged)
    assert {
        "localhost/events/silver-2025/price-outlook/",
        "localhost/events/silver-2025/price-outlook/calendar.ics",
        "localhost/events/silver-2025/",
        "localhost/events/silver-2025/schedule.xml",
        "localhost/events/",
        "localhost/",
        "localhost/sitemap.xml",
        "localhost/feeds/reports.rss",
    } <= purged
    assert not any(url.startswith(f"localhost{other.url}") for url in purged)


def test_unpublish_purges_the_page(conference, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        conference.unpublish()

    assert {"localhost/events/silver-2025/", "localhost/events/"} <= set(cdn.purged)


def test_move_purges_old_and_new_addresses_and_both_parents(conference, cdn, django_capture_on_commit_callbacks):
    other = ConferencePageFactory(title="2024 Silver Conference", slug="silver-2024")
    session = SessionPageFactory(parent=other, title="Price outlook", slug="price-outlook")

    with django_capture_on_commit_callbacks(execute=True):
        session.move(conference, pos="last-child")

    assert {
        "localhost/events/silver-2024/",
        "localhost/events/silver-2024/price-outlook/",
        "localhost/events/silver-2025/",
        "localhost/events/silver-2025/price-outlook/",
    } <= set(cdn.purged)


def test_purge_is_a_task_enqueued_after_the_commit(conference, cdn, monkeypatch, django_capture_on_commit_callbacks):
    enqueued = []
    monkeypatch.setattr(invalidation, "purge_urls", SimpleNamespace(enqueue=enqueued.append))

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        conference.save_revision().publish()
    before_commit = list(enqueued)
    for callback in callbacks:
        callback()

    assert (before_commit, "http://localhost/events/silver-2025/" in enqueued[0]) == ([], True)
