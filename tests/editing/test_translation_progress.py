"""The progress page's language columns: each session's translation state and where to work on it,
and the same for the report's other pages (awards, the speakers and organisations it names)."""

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import StringTranslation, TranslationSource

from django.urls import reverse

from wagtail.models import Locale

from conference.editing.report_translation import plan_report_translation, translate_report
from conference.editing.translation_progress import other_locales, translation_statuses
from conference.editing.translation_review import synced_translation
from tests.factories import (
    AwardPageFactory,
    AwardRecipientFactory,
    ConferencePageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
)
from tests.i18n.translating import translate

NEXT = "/admin/conference-reports/1/progress/"


@pytest.fixture
def chinese(chinese_skeleton):
    return Locale.objects.get(language_code="zh-hans")


@pytest.fixture
def conference(chinese):
    return ConferencePageFactory()


def translated(conference, chinese, user, *sessions):
    """Submit `conference` and `sessions` for translation; the sessions' Chinese pages."""
    plan = plan_report_translation(conference, chinese)
    wanted = {conference.pk, *(session.pk for session in sessions)}
    plan.to_translate = [page for page in plan.to_translate if page.pk in wanted]
    translate_report(plan, user)
    return [session.get_translation(chinese).specific for session in sessions]


def translate_segments(page, chinese, *, only=None):
    """Give the Chinese translation of `page` a translation of its segments (those at `only` paths)."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    for segment in source.stringsegment_set.all():
        if only is None or segment.context.path in only:
            StringTranslation.objects.create(
                translation_of_id=segment.string_id, context_id=segment.context_id, locale=chinese, data="译文"
            )


def status(session, chinese):
    session.refresh_from_db()  # as the progress view reads it: last published now
    return translation_statuses([session], [chinese], NEXT)[(session.pk, chinese.pk)]


@pytest.mark.django_db
def test_untranslated_session_links_to_wagtail_localizes_translate_form(conference, chinese):
    session = SessionPageFactory(parent=conference)

    result = status(session, chinese)

    assert [result.label, result.links] == [
        "Untranslated",
        (
            (
                "Translate",
                f"{reverse('wagtail_localize:submit_page_translation', args=(session.pk,))}"
                "?select_locale=zh-hans&next=%2Fadmin%2Fconference-reports%2F1%2Fprogress%2F",
            ),
        ),
    ]


@pytest.mark.django_db
def test_session_in_translation_shows_the_share_of_its_segments_translated(conference, chinese, editor):
    session = SessionPageFactory(parent=conference)
    (chinese_session,) = translated(conference, chinese, editor, session)
    translate_segments(session, chinese, only={"title"})
    total, done = synced_translation(chinese_session).get_progress()

    result = status(session, chinese)

    assert [result.state, result.percent, 0 < result.percent < 100] == ["in_translation", done * 100 // total, True]
    assert [label for label, _url in result.links] == ["Translation editor", "Submit for review"]
    assert result.links[0][1] == reverse("wagtailadmin_pages:edit", args=(chinese_session.pk,))


@pytest.mark.django_db
def test_submitted_translation_is_in_moderation(conference, chinese, editor):
    session = SessionPageFactory(parent=conference)
    (chinese_session,) = translated(conference, chinese, editor, session)
    chinese_session.get_workflow().start(chinese_session, editor)

    assert status(session, chinese).label == "In moderation"


@pytest.mark.django_db
def test_fully_translated_and_published_session_is_live_until_the_english_is_published_again(
    conference, chinese, editor, django_capture_on_commit_callbacks
):
    session = SessionPageFactory(parent=conference)
    (chinese_session,) = translated(conference, chinese, editor, session)
    translate_segments(session, chinese)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        synced_translation(chinese_session).save_target(publish=True)
    live = status(session, chinese)

    session.save_revision().publish()
    out_of_date = status(session, chinese)
    synced_translation(chinese_session).source.update_from_db()  # what "Sync translated pages" does
    synced_again = status(session, chinese)

    assert [live.label, out_of_date.label, synced_again.label] == [
        "Translated, live",
        "Out of date",
        "Translated, live",
    ]
    assert out_of_date.links[0][0] == "Sync"


@pytest.mark.django_db
def test_translation_made_by_hand_is_out_of_date_once_the_english_is_published_after_it(conference, chinese):
    session = SessionPageFactory(parent=conference)
    conference.copy_for_translation(chinese).save_revision().publish()
    session.copy_for_translation(chinese).save_revision().publish()
    live = status(session, chinese)

    session.save_revision().publish()

    assert [live.label, status(session, chinese).label] == ["Translated, live", "Out of date"]
    assert [label for label, _url in status(session, chinese).links] == ["Translation editor"]


@pytest.mark.django_db
def test_progress_page_has_a_column_per_other_language(client, editor, conference, chinese):
    SessionPageFactory(parent=conference, title="Keynote")
    client.force_login(editor)

    soup = BeautifulSoup(
        client.get(reverse("conference_editing:progress", args=(conference.pk,))).content, "html.parser"
    )

    assert [th.get_text(strip=True) for th in soup.select("thead th")] == [
        "Session",
        "When",
        "State",
        "Still lacks",
        *(locale.get_display_name() for locale in other_locales(conference.locale_id)),
    ]
    assert soup.select_one("tbody tr td:last-child .report-translation").get_text(" ", strip=True) == (
        "Untranslated Translate"
    )
    assert soup.find("a", string="Translate the report")["href"] == reverse(
        "conference_editing:translate", args=(conference.pk,)
    )


def other_pages_rows(client, conference):
    """The rows of the progress page's "Other pages of the report" table: title, type, each language."""
    soup = BeautifulSoup(
        client.get(reverse("conference_editing:progress", args=(conference.pk,))).content, "html.parser"
    )
    table = soup.find("table", attrs={"aria-labelledby": "other-pages"})
    if table is None:
        return None
    return [[cell.get_text(" ", strip=True) for cell in row.find_all("td")] for row in table.select("tbody tr")]


@pytest.mark.django_db
def test_progress_page_lists_the_reports_award_speaker_and_organisation_untranslated_then_live(
    client, editor, conference, chinese
):
    session = SessionPageFactory(parent=conference)
    speaker = SpeakerPageFactory(family_name="Liang", given_name="Yonghui")
    SessionParticipantFactory(session=session, speaker=speaker)
    award = AwardPageFactory(parent=conference, title="Silver Glory Award")
    organisation = OrganisationPageFactory(title="Jinchuan Group")
    AwardRecipientFactory(award=award, organisation=organisation)
    client.force_login(editor)
    untranslated = other_pages_rows(client, conference)

    translate(chinese, organisation, speaker, conference, session, award)
    for page in (organisation, speaker, award):
        translate_segments(page, chinese)
    live = other_pages_rows(client, conference)

    assert untranslated == [
        ["Silver Glory Award", "Award", "Untranslated Translate"],
        ["Jinchuan Group", "Organisation", "Untranslated Translate"],
        ["Liang Yonghui", "Speaker", "Untranslated Translate"],
    ]
    assert live == [
        ["Silver Glory Award", "Award", "Translated, live Translation editor"],
        ["Jinchuan Group", "Organisation", "Translated, live Translation editor"],
        ["Liang Yonghui", "Speaker", "Translated, live Translation editor"],
    ]


@pytest.mark.django_db
def test_progress_page_has_no_other_pages_table_when_the_report_names_no_other_page(client, editor, conference):
    SessionPageFactory(parent=conference)
    client.force_login(editor)

    assert other_pages_rows(client, conference) is None


def test_a_translated_reports_progress_page_leads_to_its_originals(client, editor, conference, chinese):
    SessionPageFactory(parent=conference, title="Keynote")
    translate(chinese, conference)
    chinese_conference = conference.get_translation(chinese)
    client.force_login(editor)

    soup = BeautifulSoup(
        client.get(reverse("conference_editing:progress", args=(chinese_conference.pk,))).content, "html.parser"
    )

    # No language columns: the English page's state relative to its own translation means nothing.
    assert [th.get_text(strip=True) for th in soup.select("thead th")] == ["Session", "When", "State", "Still lacks"]
    assert soup.select_one(".help-block a")["href"] == reverse("conference_editing:progress", args=(conference.pk,))
    assert soup.find("a", string="Translate the report") is None
