"""CDN purging through Wagtail's frontend cache app: publish, unpublish and move reach the CDN."""

import pytest

from tests.factories import ConferencePageFactory, SessionPageFactory


@pytest.fixture
def conference(db):
    return ConferencePageFactory(title="2025 Silver Conference", slug="silver-2025")


def test_publish_purges_the_page(conference, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        conference.save_revision().publish()

    assert cdn.purged == ["localhost/events/silver-2025/"]


def test_unpublish_purges_the_page(conference, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        conference.unpublish()

    assert cdn.purged == ["localhost/events/silver-2025/"]


def test_move_purges_old_and_new_addresses_and_both_parents(conference, cdn, django_capture_on_commit_callbacks):
    other = ConferencePageFactory(title="2024 Silver Conference", slug="silver-2024")
    session = SessionPageFactory(parent=other, title="Price outlook", slug="price-outlook")

    with django_capture_on_commit_callbacks(execute=True):
        session.move(conference, pos="last-child")

    # Wagtail purges the redirect it creates for the old path (no trailing slash); we add the rest.
    assert sorted(cdn.purged) == [
        "localhost/events/silver-2024/",
        "localhost/events/silver-2024/price-outlook",
        "localhost/events/silver-2024/price-outlook/",
        "localhost/events/silver-2025/",
        "localhost/events/silver-2025/price-outlook/",
    ]
