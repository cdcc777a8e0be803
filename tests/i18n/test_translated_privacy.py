"""A page made private is private in every language (core/translated_privacy.py)."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Locale, PageViewRestriction

from tests.factories import ConferencePageFactory, SessionPageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def session_in_both_languages(chinese_skeleton):
    conference = ConferencePageFactory(slug="silver")
    session = SessionPageFactory(parent=conference, slug="outlook")
    chinese = Locale.objects.get(language_code="zh-hans")
    publish(conference.copy_for_translation(chinese))
    publish(session.copy_for_translation(chinese))
    return session


def test_a_password_on_the_english_page_closes_its_translation(client, session_in_both_languages):
    assert client.get("/zh-hans/events/silver/outlook/").status_code == 200

    PageViewRestriction.objects.create(page=session_in_both_languages, restriction_type="password", password="x")

    assert client.get("/events/silver/outlook/").status_code == 200  # the password form
    assert b'name="password"' in client.get("/zh-hans/events/silver/outlook/").content
    assert PageViewRestriction.objects.filter(page__slug="outlook", password="x").count() == 2


def test_a_group_restriction_keeps_its_groups_in_every_language(session_in_both_languages):
    restriction = PageViewRestriction.objects.create(page=session_in_both_languages, restriction_type="groups")
    group = Group.objects.create(name="Members")
    restriction.groups.add(group)

    chinese_restriction = PageViewRestriction.objects.exclude(pk=restriction.pk).get(page__slug="outlook")
    assert list(chinese_restriction.groups.all()) == [group]
