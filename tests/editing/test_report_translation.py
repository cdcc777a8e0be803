"""'Translate the report': a conference, its pages and the speakers and organisations they name, in
one action, as wagtail-localize drafts; pages translated already are left alone."""

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import Translation

from django.contrib.auth.models import Permission
from django.urls import reverse

from wagtail.models import Locale, Page

from conference.editing.report_translation import plan_report_translation, translate_report
from tests.factories import (
    AwardPageFactory,
    AwardRecipientFactory,
    ConferencePageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
    SponsorshipFactory,
)


@pytest.fixture
def chinese(db):
    return Locale.objects.get(language_code="zh-hans")


@pytest.fixture
def report(chinese_skeleton):
    """A conference with two sessions, an award, a sponsor, speakers and their employers."""
    conference = ConferencePageFactory(title="2025 Silver Conference")
    employer = OrganisationPageFactory(title="Employer Ltd.")
    keynote = SessionPageFactory(parent=conference, title="Keynote")
    panel = SessionPageFactory(parent=conference, title="Panel")
    liang = SpeakerPageFactory(family_name="Liang", given_name="Yonghui", organisation=employer)
    SessionParticipantFactory(session=keynote, speaker=liang)
    SessionParticipantFactory(session=panel, speaker=SpeakerPageFactory(family_name="Wang", given_name="Wei"))
    SponsorshipFactory(conference=conference, organisation=OrganisationPageFactory(title="Sponsor Ltd."))
    award = AwardPageFactory(parent=conference, title="Silver Glory Award")
    AwardRecipientFactory(award=award, organisation=OrganisationPageFactory(title="Winner Ltd."))
    SpeakerPageFactory()
    return conference


def chinese_titles(chinese):
    return sorted(Page.objects.filter(locale=chinese, depth__gt=3).values_list("title", flat=True))


@pytest.mark.django_db
def test_translating_the_report_makes_a_draft_of_every_page_it_names(
    report, chinese, superuser, django_capture_on_commit_callbacks
):
    # wagtail-localize publishes on commit what it publishes: run that too.
    with django_capture_on_commit_callbacks(execute=True):
        translate_report(plan_report_translation(report, chinese), superuser)

    made = Page.objects.filter(locale=chinese, depth__gt=3)
    assert chinese_titles(chinese) == [
        "2025 Silver Conference",
        "Employer Ltd.",
        "Keynote",
        "Liang Yonghui",
        "Panel",
        "Silver Glory Award",
        "Sponsor Ltd.",
        "Wang Wei",
        "Winner Ltd.",
    ]
    assert {page.live for page in made} == {False}
    assert Translation.objects.filter(target_locale=chinese).count() == made.count()
    assert made.get(title="Keynote").get_parent().pk == report.get_translation(chinese).pk
    # The speakers are translated too, so a Chinese session names the Chinese speaker.
    chinese_keynote = made.get(title="Keynote").specific.get_latest_revision_as_object()
    assert [participant.speaker.locale for participant in chinese_keynote.participants.all()] == [chinese]


@pytest.mark.django_db
def test_pages_translated_already_are_left_as_they_are(report, chinese, superuser):
    keynote = Page.objects.get(title="Keynote")
    translate_report(plan_report_translation(report, chinese), superuser)
    chinese_keynote = keynote.get_translation(chinese).specific
    chinese_keynote.title = "主旨演讲"
    chinese_keynote.save_revision().publish()
    SessionPageFactory(parent=report, title="Added later")

    plan = plan_report_translation(report, chinese)
    translate_report(plan, superuser)

    assert [page.title for page in plan.to_translate] == ["Added later"]
    assert keynote.get_translation(chinese).title == "主旨演讲"


@pytest.mark.django_db
def test_missing_parent_translations_are_made_first(chinese, superuser, events_index):
    conference = ConferencePageFactory(title="2025 Silver Conference")
    SessionPageFactory(parent=conference, title="Keynote")

    plan = plan_report_translation(conference, chinese)
    translate_report(plan, superuser)

    assert [page.title for page in plan.to_translate] == [
        "Conference Reports",
        "Events",
        "2025 Silver Conference",
        "Keynote",
    ]
    chinese_events = events_index.get_translation(chinese)
    assert [chinese_events.alias_of_id, chinese_events.get_parent().alias_of_id] == [None, None]


@pytest.mark.django_db
def test_editor_confirms_the_translation_then_sees_what_was_made(client, editor, report, chinese):
    url = reverse("conference_editing:translate", args=(report.pk,))
    client.force_login(editor)

    confirmation = BeautifulSoup(client.get(url).content, "html.parser")
    made_by_get = Page.objects.filter(locale=chinese, depth__gt=3).count()
    response = client.post(url, {"locale": "zh-hans"}, follow=True)

    assert confirmation.select_one("input[name=locale][checked]")["value"] == "zh-hans"
    assert "9 pages" in confirmation.select_one("tbody").get_text()
    assert made_by_get == 0
    assert [str(message) for message in response.context["messages"]] == [
        "9 pages are now drafts in 简体中文, ready in the translation editor: "
        "3 organisations, 2 speakers, 1 conference, 2 sessions, 1 award."
    ]
    assert len(chinese_titles(chinese)) == 9


@pytest.mark.django_db
def test_translating_needs_the_right_to_start_translations_and_to_edit_the_conference(client, report, editor):
    url = reverse("conference_editing:translate", args=(report.pk,))
    client.force_login(editor)
    allowed = client.get(url).status_code
    editors = editor.groups.get()
    editors.permissions.remove(Permission.objects.get(codename="submit_translation"))
    editor = type(editor).objects.get(pk=editor.pk)  # forget the cached permissions
    client.force_login(editor)

    refused = client.post(url, {"locale": "zh-hans"})

    assert [allowed, refused.status_code, refused["Location"]] == [200, 302, "/admin/"]  # Wagtail's "no permission"
    assert not Page.objects.filter(locale__language_code="zh-hans", depth__gt=3).exists()


@pytest.mark.django_db
def test_report_index_and_dashboard_list_the_original_not_its_translation(client, editor, report, chinese):
    translate_report(plan_report_translation(report, chinese), editor)
    client.force_login(editor)

    index = BeautifulSoup(client.get(reverse("conference_editing:index")).content, "html.parser")
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert [a["href"] for a in index.select("tbody td.title a")] == [
        reverse("conference_editing:progress", args=(report.pk,))
    ]
    panel = dashboard[dashboard.index('id="report-progress-content"') :]
    assert panel.count("conference-reports/") == 1
