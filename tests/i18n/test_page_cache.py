"""Chinese pages are cached under their own paths and in their own language."""

import pytest

from tests.production.conftest import page_cache  # noqa: F401 — the page cache on, emptied around the test

pytestmark = pytest.mark.django_db


def served(client, url):
    response = client.get(url)
    return response.status_code, response.get("X-Page-Cache"), response["Content-Language"]


@pytest.mark.usefixtures("page_cache")
def test_each_language_is_cached_apart_and_a_translation_published_makes_both_stale(
    client, chinese_skeleton, django_capture_on_commit_callbacks
):
    first = [served(client, "/events/"), served(client, "/zh-hans/events/")]
    again = [served(client, "/events/"), served(client, "/zh-hans/events/")]
    with django_capture_on_commit_callbacks(execute=True):
        chinese_skeleton["events"].save_revision().publish()
    after_publish = [served(client, "/events/"), served(client, "/zh-hans/events/")]

    assert first == [(200, "miss", "en"), (200, "miss", "zh-hans")]
    assert again == [(200, "hit", "en"), (200, "hit", "zh-hans")]
    assert after_publish == [(200, "miss", "en"), (200, "miss", "zh-hans")]
    assert '<html lang="zh-hans"' in client.get("/zh-hans/events/").content.decode()
