"""Who may use the report tools: Editors see and copy, Moderators also schedule, nobody else gets in."""

import pytest

from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.factories import ConferencePageFactory, SessionPageFactory

TOOL_URL_NAMES = ("progress", "schedule", "next_edition")


def tool_urls(conference):
    return [reverse(f"conference_editing:{name}", args=(conference.pk,)) for name in TOOL_URL_NAMES]


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login_from_every_tool(client):
    conference = ConferencePageFactory()
    urls = [reverse("conference_editing:index"), *tool_urls(conference), reverse("speaker_chooser:choose")]

    responses = [client.get(url) for url in urls]

    assert [(response.status_code, response["Location"].split("?")[0]) for response in responses] == [
        (302, "/admin/login/")
    ] * len(urls)


@pytest.mark.django_db
def test_editor_sees_progress_and_may_copy_but_not_schedule(client, editor):
    conference = ConferencePageFactory()
    SessionPageFactory(parent=conference)
    client.force_login(editor)

    responses = [client.get(url) for url in tool_urls(conference)]

    assert [response.status_code for response in responses] == [200, 302, 200]
    assert responses[1]["Location"] == "/admin/"
    assert len(responses[0].context["progress"].sessions) == 1


@pytest.mark.django_db
def test_moderator_may_use_every_tool(client, moderator):
    conference = ConferencePageFactory()
    client.force_login(moderator)

    responses = [client.get(url) for url in tool_urls(conference)]

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert [response.context["page_title"] for response in responses] == [
        "Report progress",
        "Schedule the report",
        "Copy as the next edition",
    ]


@pytest.mark.django_db
def test_admin_user_without_page_permissions_is_turned_away(client, django_user_model):
    user = django_user_model.objects.create_user("outsider", password="pass-for-tests")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    conference = ConferencePageFactory()
    client.force_login(user)

    responses = [client.get(url) for url in [reverse("conference_editing:index"), *tool_urls(conference)]]
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert [(response.status_code, response["Location"]) for response in responses] == [(302, "/admin/")] * 4
    assert [dashboard.count("report-progress-content"), dashboard.count(reverse("conference_editing:index"))] == [0, 0]


@pytest.mark.parametrize(
    ("user_fixture", "expected"),
    [
        ("editor", ["progress", "next_edition"]),
        ("moderator", ["progress", "schedule", "next_edition"]),
    ],
)
@pytest.mark.django_db
def test_conference_header_offers_the_tools_each_group_may_use(client, request, user_fixture, expected):
    conference = ConferencePageFactory()
    client.force_login(request.getfixturevalue(user_fixture))

    html = client.get(reverse("wagtailadmin_pages:edit", args=(conference.pk,))).content.decode()

    offered = [name for name, url in zip(TOOL_URL_NAMES, tool_urls(conference), strict=True) if f'href="{url}"' in html]
    assert offered == expected


@pytest.mark.django_db
def test_session_header_has_no_conference_tools(client, moderator):
    session = SessionPageFactory(parent=ConferencePageFactory())
    client.force_login(moderator)

    html = client.get(reverse("wagtailadmin_pages:edit", args=(session.pk,))).content.decode()

    assert [html.count(url) for url in tool_urls(session)] == [0, 0, 0]
    assert html.count(reverse("wagtailadmin_pages:copy", args=(session.pk,))) >= 1
