"""Pages changed inside `one_change_for_all()` go stale together, once, when the block ends."""

import pytest

from delivery import invalidation
from delivery.generations import SITE, page_key
from tests.factories import ConferencePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def applied(monkeypatch):
    changes = []
    monkeypatch.setattr(invalidation.Invalidation, "apply", lambda change: changes.append(change.keys))
    return changes


def test_pages_changed_in_the_block_are_applied_once_at_its_end(applied):
    first, second = ConferencePageFactory(slug="first"), ConferencePageFactory(slug="second")
    applied.clear()

    with invalidation.one_change_for_all():
        invalidation.invalidate_page(first)
        invalidation.invalidate_page(second)
        assert applied == []

    assert len(applied) == 1
    assert {SITE, page_key("/events/first/"), page_key("/events/second/")} <= applied[0]


def test_a_failed_block_applies_nothing(applied):
    page = ConferencePageFactory(slug="first")
    applied.clear()

    with pytest.raises(RuntimeError), invalidation.one_change_for_all():
        invalidation.invalidate_page(page)
        raise RuntimeError

    assert applied == []


def test_outside_the_block_each_page_is_applied_at_once(applied):
    page = ConferencePageFactory(slug="first")
    applied.clear()

    invalidation.invalidate_page(page)

    assert len(applied) == 1
