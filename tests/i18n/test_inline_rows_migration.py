"""Existing inline rows become translatable in their page's language (core/inline_translation_migration.py)."""

import pytest

from django.apps import apps

from wagtail.models import Locale

from conference.models import SessionParticipant
from core.inline_translation_migration import fill_translation_columns
from tests.factories import ConferencePageFactory, SessionPageFactory, SessionParticipantFactory

pytestmark = pytest.mark.django_db


def test_a_translated_pages_rows_take_its_language_not_the_default(chinese_skeleton):
    chinese = Locale.objects.get(language_code="zh-hans")
    conference = ConferencePageFactory()
    english_session = SessionPageFactory(parent=conference)
    chinese_session = english_session.copy_for_translation(chinese, copy_parents=True)
    english_row = SessionParticipantFactory(session=english_session)
    chinese_row = SessionParticipantFactory(session=chinese_session)
    # As Wagtail's own bootstrap would have left them: every row in the default language.
    SessionParticipant.objects.update(locale=Locale.get_default())

    fill_translation_columns("conference", "sessionparticipant", "session").code(apps, None)

    english_row.refresh_from_db()
    chinese_row.refresh_from_db()
    assert (english_row.locale, chinese_row.locale) == (Locale.get_default(), chinese)
