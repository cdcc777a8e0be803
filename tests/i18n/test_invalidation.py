"""Publishing a page makes its translations' pages stale too: their hreflang links and switchers name it."""

import pytest

from delivery.generations import current_values, page_key, tree_key
from delivery.invalidation import public_paths, site_roots
from tests.factories import ConferencePageFactory

pytestmark = pytest.mark.django_db


def generations(*keys):
    return current_values(list(keys))


def test_chinese_pages_have_their_own_public_paths(chinese_skeleton):
    roots = site_roots()

    assert public_paths(chinese_skeleton["events"].url_path, roots) == [("http://localhost", "/zh-hans/events/")]
    assert public_paths("/home/events/", roots) == [("http://localhost", "/events/")]


def test_publishing_a_chinese_section_makes_the_english_section_and_below_stale(chinese_skeleton):
    ConferencePageFactory(slug="2025-silver")
    keys = [tree_key("/events/"), tree_key("/zh-hans/events/"), page_key("/events/2025-silver/")]
    before = generations(*keys)

    chinese_skeleton["events"].save_revision().publish()

    after = generations(*keys)
    assert {key: after[key] > before[key] for key in keys} == {
        tree_key("/events/"): True,
        tree_key("/zh-hans/events/"): True,
        page_key("/events/2025-silver/"): False,  # under tree:/events/, which covers it
    }
