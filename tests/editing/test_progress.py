"""The report-progress view: each session's state and gaps, counts, a fixed query budget."""

import datetime
from dataclasses import replace

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from conference.editing.progress import report_progress
from conference.editing.report_translation import plan_report_translation, translate_report
from tests.factories import (
    AwardPageFactory,
    AwardRecipientFactory,
    ConferencePageFactory,
    ImageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
)

SUMMARY = [("heading", {"text": "Price logic", "level": "h2"})]


def complete_session(conference, **kwargs):
    """A session with everything the progress view checks for."""
    session = SessionPageFactory(parent=conference, summary=SUMMARY, image=ImageFactory(), **kwargs)
    speaker = SpeakerPageFactory(photo=ImageFactory(), biography="<p>Analyst since 2010.</p>")
    SessionParticipantFactory(session=session, speaker=speaker)
    return session


@pytest.mark.django_db
def test_progress_lists_what_each_session_lacks():
    conference = ConferencePageFactory()
    complete = complete_session(conference, title="Complete", start_time=datetime.time(9))
    bare = SessionPageFactory(parent=conference, title="Bare", teaser="", start_time=datetime.time(10))
    with_speaker = SessionPageFactory(parent=conference, title="Speaker gaps", start_time=datetime.time(11))
    SessionParticipantFactory(session=with_speaker, speaker=SpeakerPageFactory(title="Liang Yonghui", live=False))

    progress = report_progress(conference)

    assert [(item.session, item.lacks) for item in progress.sessions] == [
        (complete, []),
        (bare, ["summary", "teaser", "photo", "speakers"]),
        (
            with_speaker,
            [
                "summary",
                "photo",
                "photo of Liang Yonghui",
                "biography of Liang Yonghui",
                "Liang Yonghui is not published",
            ],
        ),
    ]


@pytest.mark.django_db
def test_progress_reads_the_latest_draft_not_the_live_version():
    conference = ConferencePageFactory()
    session = complete_session(conference)
    draft = session.get_latest_revision_as_object()
    draft.teaser = ""
    draft.save_revision()

    progress = report_progress(conference)

    assert [(item.state, item.has_draft_changes, item.lacks) for item in progress.sessions] == [
        ("live", True, ["teaser"])
    ]


@pytest.mark.django_db
def test_progress_counts_each_state(editor, moderator):
    conference = ConferencePageFactory()
    complete_session(conference, title="Live")
    SessionPageFactory(parent=conference, title="Draft", live=False)
    in_moderation = SessionPageFactory(parent=conference, title="Submitted", live=False)
    in_moderation.save_revision(user=editor)
    in_moderation.get_workflow().start(in_moderation, editor)
    scheduled = SessionPageFactory(parent=conference, title="Scheduled", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=1)
    scheduled.save_revision(user=moderator).publish(user=moderator)

    progress = report_progress(conference)

    assert {item.session.title: item.state for item in progress.sessions} == {
        "Live": "live",
        "Draft": "draft",
        "Submitted": "in_moderation",
        "Scheduled": "scheduled",
    }
    assert progress.counts == {
        "sessions": 4,
        "draft": 1,
        "changes_requested": 0,
        "in_moderation": 1,
        "scheduled": 1,
        "live": 1,
        "complete": 1,
        "incomplete": 3,
    }


@pytest.mark.django_db
def test_progress_shows_changes_requested_after_moderator_rejects(editor, moderator):
    conference = ConferencePageFactory()
    session = SessionPageFactory(parent=conference, live=False)
    session.save_revision(user=editor)
    workflow_state = session.get_workflow().start(session, editor)
    workflow_state.current_task_state.task.specific.on_action(workflow_state.current_task_state, moderator, "reject")

    progress = report_progress(conference)

    assert [item.state for item in progress.sessions] == ["changes_requested"]


@pytest.mark.parametrize("session_count", [10, 50])
@pytest.mark.django_db
def test_progress_page_runs_a_fixed_number_of_queries(client, editor, chinese_skeleton, session_count):
    conference = ConferencePageFactory()
    for index in range(session_count):
        session = SessionPageFactory(parent=conference, live=index % 2 == 0)
        session.save_revision()
        for _ in range(2):
            SessionParticipantFactory(session=session)
    for _ in range(session_count // 5):  # with their recipients, rows of "Other pages of the report"
        AwardRecipientFactory(award=AwardPageFactory(parent=conference))
    # Half the sessions in translation into Chinese, so that every language column has something to count.
    plan = plan_report_translation(conference, Locale.objects.get(language_code="zh-hans"))
    start = plan.to_translate.index(conference)
    translate_report(replace(plan, to_translate=plan.to_translate[start : start + 1 + session_count // 2]), editor)
    client.force_login(editor)
    url = reverse("conference_editing:progress", args=(conference.pk,))
    client.get(url)  # warm caches that do not depend on the report (content types, site root)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    assert len(response.context["progress"].sessions) == session_count
    # Two speakers a session, an award and its organisation per five sessions.
    assert len(response.context["progress"].other_pages) == 2 * session_count + 2 * (session_count // 5)
    assert {status.state for item in response.context["progress"].sessions for status in item.translations} == {
        "in_translation",
        "untranslated",
    }
    # Including one read of the cache generations (delivery/generations.py); the language columns
    # take five: locales, translated pages, their translations, one count of segments, workflows; the
    # other pages of the report six, as "Translate the report" finds them (report_translation.py):
    # the conference's children, award recipients, participants, sponsors, speakers' employers, the pages;
    # and one to tell an original from a translation.
    assert len(queries) == 29


@pytest.mark.django_db
def test_progress_page_shows_counts_and_edit_links(client, editor):
    conference = ConferencePageFactory()
    session = SessionPageFactory(parent=conference, title="Silver price outlook", teaser="")
    client.force_login(editor)

    response = client.get(reverse("conference_editing:progress", args=(conference.pk,)))
    html = response.content.decode()

    assert response.context["progress"].count_items == [
        ("Sessions", 1),
        ("Draft", 0),
        ("Changes requested", 0),
        ("In moderation", 0),
        ("Scheduled", 0),
        ("Live", 1),
        ("Complete", 0),
        ("Missing something", 1),
    ]
    assert html.count(f'href="{reverse("wagtailadmin_pages:edit", args=(session.pk,))}"') == 1
    assert html.count("<li>teaser</li>") == 1


@pytest.mark.django_db
def test_dashboard_panel_shows_latest_editions(client, editor):
    older = ConferencePageFactory(title="2024 Conference", start_date=datetime.date(2024, 5, 15))
    newer = ConferencePageFactory(title="2025 Conference", start_date=datetime.date(2025, 5, 15))
    SessionPageFactory(parent=newer)
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_home"))
    html = response.content.decode()

    panel = html[html.index('id="report-progress-content"') :]
    assert [panel.index(newer.title) < panel.index(older.title), panel.count("conference-reports/")] == [True, 2]


@pytest.mark.django_db
def test_progress_follows_the_agenda_and_links_each_unpublished_speaker(client, editor):
    conference = ConferencePageFactory()
    draft_speaker = SpeakerPageFactory(title="Liang Yonghui", live=False)
    untimed = SessionPageFactory(parent=conference, title="Visit", start_time=None, date=datetime.date(2025, 5, 16))
    SessionPageFactory(parent=conference, title="Keynote", start_time=datetime.time(9), date=datetime.date(2025, 5, 16))
    SessionParticipantFactory(session=untimed, speaker=draft_speaker)
    client.force_login(editor)

    response = client.get(reverse("conference_editing:progress", args=(conference.pk,)))
    soup = BeautifulSoup(response.content, "html.parser")

    sessions_table = soup.select_one("table.report-progress")  # the first; the speaker has a row in the second
    assert [row.select_one("td.title").get_text(strip=True) for row in sessions_table.select("tbody tr")] == [
        "Keynote",
        "Visit",
    ]
    link = soup.find("a", string="Liang Yonghui is not published")
    assert link["href"] == reverse("wagtailadmin_pages:edit", args=(draft_speaker.pk,))


@pytest.mark.django_db
def test_report_index_is_headed_by_its_own_name(client, editor):
    client.force_login(editor)

    soup = BeautifulSoup(client.get(reverse("conference_editing:index")).content, "html.parser")

    assert soup.select_one("h1").get_text(strip=True) == "Conference reports"


@pytest.mark.django_db
def test_editor_returns_to_the_progress_page_after_submitting(client, editor):

    conference = ConferencePageFactory()
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Analysis of Silver and Gold Price Trends",
            "slug": "price-trends",
            "kind": "keynote",
            "date": "2025-05-16",
            "teaser": "",
            "summary": streamfield([]),
            "participants": inline_formset([]),
            "links": inline_formset([]),
            "action-submit": "Submit for moderation",
        }
    )

    response = client.post(reverse("wagtailadmin_pages:add", args=("conference", "sessionpage", conference.pk)), data)

    assert response["Location"] == reverse("conference_editing:progress", args=(conference.pk,))
