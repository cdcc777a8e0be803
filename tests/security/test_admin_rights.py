"""An editor with rights on one section only, probing an events page it has no rights on.

Wagtail answers a `PermissionDenied` in the admin in two ways (wagtail/admin/auth.py,
`require_admin_access`): a browser request is redirected to the dashboard with "Sorry, you do not
have permission to access this area.", a request marked `X-Requested-With: XMLHttpRequest` gets a
plain 403. Both are asserted for every page view below, and that the draft's sentinel is absent.

The admin's page API serves only the pages the user can explore (their section), so an events page
is a 404 there and a listing under it a 400. Wagtail's page chooser lists the whole tree by design
(so an editor can link to any page); core/admin_hardening.py keeps its drafts and unpublished titles
to the editors who may explore them.
"""

import pytest

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.admin.models import FormState
from wagtail.models import GroupPagePermission, Page
from wagtail.search.index import insert_or_update_object

from tests.conftest import make_user
from tests.factories import (
    ConferencePageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SpeakerPageFactory,
)

from . import figures
from .probes import leaked

pytestmark = pytest.mark.django_db

SENTINEL = "SENTINEL-ADMIN-RIGHTS"
DENIED_MESSAGE = "Sorry, you do not have permission to access this area."
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def speakers_only(django_user_model, speakers_index):
    """Add and change on /speakers/ only, and access to the admin."""
    group = Group.objects.create(name="Speakers only")
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=speakers_index, permission=Permission.objects.get(codename=codename)
        )
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return make_user(django_user_model, "speakers-only", group.name)


@pytest.fixture
def events(db):
    """A live session whose newest revision is an unpublished edit, and a never-published draft session.

    The sentinel is only in those unpublished revisions: the live title and teaser are harmless.
    """
    conference = ConferencePageFactory(title="Copper Summit 2025", slug="copper-summit-2025")
    conference.save_revision().publish()
    session = SessionPageFactory(parent=conference, title="Outlook for copper", slug="outlook", teaser="Prices.")
    first = session.save_revision()
    first.publish()
    session.title = f"Outlook {SENTINEL}"
    session.teaser = f"Embargoed {SENTINEL}"
    draft = session.save_revision()
    draft_session = SessionPageFactory(
        parent=conference, title=f"Draft {SENTINEL}", slug="draft-session", teaser=SENTINEL, live=False
    )
    draft_session.save_revision()
    return {
        "conference": conference,
        "session": Page.objects.get(pk=session.pk).specific,
        "first": first,
        "draft": draft,
        "draft session": draft_session,
    }


def denied_page_views(events):
    """Every admin view of one page (or of adding under it) that needs rights on that page."""
    session, conference = events["session"], events["conference"]
    first, draft = events["first"].pk, events["draft"].pk
    session_form = {"title": f"Copy {SENTINEL}", "slug": "copied", "teaser": SENTINEL}
    return [
        ("edit", "get", reverse("wagtailadmin_pages:edit", args=[session.pk])),
        ("edit post", "post", reverse("wagtailadmin_pages:edit", args=[session.pk]), session_form),
        ("history", "get", reverse("wagtailadmin_pages:history", args=[session.pk])),
        ("history results", "get", reverse("wagtailadmin_pages:history_results", args=[session.pk])),
        ("revision view", "get", reverse("wagtailadmin_pages:revisions_view", args=[session.pk, draft])),
        ("revision revert", "get", reverse("wagtailadmin_pages:revisions_revert", args=[session.pk, first])),
        ("compare", "get", reverse("wagtailadmin_pages:revisions_compare", args=[session.pk, first, draft])),
        ("compare live", "get", reverse("wagtailadmin_pages:revisions_compare", args=[session.pk, "live", "latest"])),
        ("view draft", "get", reverse("wagtailadmin_pages:view_draft", args=[session.pk])),
        ("preview on edit", "get", reverse("wagtailadmin_pages:preview_on_edit", args=[session.pk])),
        (
            "preview on edit post",
            "post",
            reverse("wagtailadmin_pages:preview_on_edit", args=[session.pk]),
            session_form,
        ),
        (
            "preview on add",
            "get",
            reverse("wagtailadmin_pages:preview_on_add", args=["conference", "sessionpage", conference.pk]),
        ),
        (
            "preview on add post",
            "post",
            reverse("wagtailadmin_pages:preview_on_add", args=["conference", "sessionpage", conference.pk]),
            session_form,
        ),
        ("copy", "get", reverse("wagtailadmin_pages:copy", args=[session.pk])),
        (
            "copy post",
            "post",
            reverse("wagtailadmin_pages:copy", args=[session.pk]),
            {"new_title": f"Copy {SENTINEL}", "new_slug": "copied", "new_parent_page": conference.pk},
        ),
        ("usage", "get", reverse("wagtailadmin_pages:usage", args=[session.pk])),
        ("workflow history", "get", reverse("wagtailadmin_pages:workflow_history", args=[session.pk])),
        ("draft history", "get", reverse("wagtailadmin_pages:history", args=[events["draft session"].pk])),
        ("draft preview", "get", reverse("wagtailadmin_pages:preview_on_edit", args=[events["draft session"].pk])),
    ]


def probe_as(client, user, method, url, data=None, **extra):
    # A fresh session each time, so the messages read back are this request's own.
    client.cookies.clear()
    client.force_login(user)
    client.raise_request_exception = False
    return figures.count_response(getattr(client, method)(url, data or {}, **extra))


def stored_counts(events):
    return (Page.objects.count(), events["session"].revisions.count(), FormState.objects.count())


def test_page_views_redirect_to_the_dashboard_without_rights_on_the_page(client, speakers_only, events):
    before = stored_counts(events)
    findings = {}
    for name, method, url, *data in denied_page_views(events):
        response = probe_as(client, speakers_only, method, url, *data)
        messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
        findings[name] = (
            response.status_code,
            response.get("Location"),
            messages,
            leaked(response.content, [SENTINEL]),
        )

    expected = (302, reverse("wagtailadmin_home"), [DENIED_MESSAGE], [])
    assert findings == {name: expected for name in findings}
    assert stored_counts(events) == before


def test_page_views_answer_403_to_script_requests_without_rights_on_the_page(client, speakers_only, events):
    before = stored_counts(events)
    findings = {}
    for name, method, url, *data in denied_page_views(events):
        response = probe_as(client, speakers_only, method, url, *data, **XHR)
        findings[name] = (response.status_code, response.get("Location"), leaked(response.content, [SENTINEL]))

    assert findings == {name: (403, None, []) for name in findings}
    assert stored_counts(events) == before


def test_page_views_show_the_draft_to_a_moderator_so_the_probes_can_see_a_leak(client, moderator, events):
    # The same addresses do hold the sentinel, for someone with rights on the page.
    session = events["session"]
    urls = [
        reverse("wagtailadmin_pages:edit", args=[session.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[session.pk, events["first"].pk, events["draft"].pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[session.pk, events["draft"].pk]),
        reverse("wagtailadmin_pages:view_draft", args=[session.pk]),
        reverse("wagtailadmin_pages:history", args=[events["draft session"].pk]),
    ]

    responses = [probe_as(client, moderator, "get", url) for url in urls]

    assert [(response.status_code, SENTINEL in response.content.decode()) for response in responses] == [
        (200, True)
    ] * len(urls)


def test_revisions_index_redirects_to_the_history_that_turns_the_editor_away(client, speakers_only, events):
    session = events["session"]

    response = probe_as(client, speakers_only, "get", reverse("wagtailadmin_pages:revisions_index", args=[session.pk]))
    history = probe_as(client, speakers_only, "get", response["Location"])

    assert (response.status_code, response["Location"]) == (
        302,
        reverse("wagtailadmin_pages:history", args=[session.pk]),
    )
    assert (history.status_code, history["Location"]) == (302, reverse("wagtailadmin_home"))
    assert leaked(response.content + history.content, [SENTINEL]) == []


def test_explorer_of_an_events_page_redirects_to_the_editors_own_section(client, speakers_only, events, speakers_index):
    responses = [
        probe_as(client, speakers_only, "get", reverse("wagtailadmin_explore", args=[page.pk]))
        for page in (events["conference"], events["session"], events["draft session"])
    ]

    own_section = reverse("wagtailadmin_explore", args=[speakers_index.pk])
    assert [(response.status_code, response["Location"]) for response in responses] == [(302, own_section)] * 3
    assert leaked(b"".join(response.content for response in responses), [SENTINEL]) == []


def test_admin_page_api_finds_no_events_page_without_rights(client, speakers_only, events):
    detail_urls = [f"/admin/api/main/pages/{events[key].pk}/" for key in ("conference", "session", "draft session")]
    details = [probe_as(client, speakers_only, "get", url) for url in detail_urls]
    child_of = [
        probe_as(client, speakers_only, "get", "/admin/api/main/pages/", {"child_of": events[key].pk})
        for key in ("conference", "session")
    ]

    assert [(response.status_code, response.json()) for response in details] == [
        (404, {"message": "No Page matches the given query."})
    ] * 3
    assert [(response.status_code, response.json()) for response in child_of] == [
        (400, {"message": "parent page doesn't exist"})
    ] * 2
    assert leaked(b"".join(response.content for response in details + child_of), [SENTINEL]) == []


def test_admin_page_api_lists_only_the_editors_own_section(client, speakers_only, events, home, speakers_index):
    # Wagtail's explorable pages: the user's section, and the home page above it to navigate from.
    speaker = SpeakerPageFactory(given_name="Yonghui", family_name="Liang", slug="liang-yonghui")

    queries = [
        {},
        {"child_of": "root"},
        {"child_of": home.pk, "for_explorer": 1},
        {"child_of": speakers_index.pk, "for_explorer": 1},
        {"search": SENTINEL},
        {"search": "Outlook"},
    ]

    listings = [probe_as(client, speakers_only, "get", "/admin/api/main/pages/", query) for query in queries]

    assert [response.status_code for response in listings] == [200] * 6
    assert [sorted(item["id"] for item in response.json()["items"]) for response in listings] == [
        [home.pk, speakers_index.pk, speaker.pk],
        [home.pk],
        [speakers_index.pk],
        [speaker.pk],
        [],
        [],
    ]
    assert leaked(b"".join(response.content for response in listings), [SENTINEL]) == []


def chooser_probes(events):
    conference = events["conference"]
    return {
        "browse root": (reverse("wagtailadmin_choose_page"), {}),
        "browse home": (reverse("wagtailadmin_choose_page_child", args=[conference.get_parent().pk]), {}),
        "browse events": (reverse("wagtailadmin_choose_page_child", args=[conference.pk]), {}),
        "browse events, sessions only": (
            reverse("wagtailadmin_choose_page_child", args=[conference.pk]),
            {"page_type": "conference.sessionpage"},
        ),
        "search sentinel": (reverse("wagtailadmin_choose_page_search"), {"q": SENTINEL}),
        "search outlook": (reverse("wagtailadmin_choose_page_search"), {"q": "Outlook"}),
        "search draft": (reverse("wagtailadmin_choose_page_search"), {"q": "Draft"}),
    }


def index_every_page():
    # Indexing otherwise runs in a task after the commit; index drafts too, as the admin search does.
    for page in Page.objects.specific():
        insert_or_update_object(page)


def test_page_chooser_hides_other_sections_drafts_and_unpublished_titles(client, speakers_only, events):
    index_every_page()
    findings = {}
    for name, (url, query) in chooser_probes(events).items():
        response = probe_as(client, speakers_only, "get", url, query)
        findings[name] = (response.status_code, leaked(response.content, [SENTINEL]))

    assert findings == {name: (200, []) for name in findings}


def test_page_chooser_still_offers_published_events_pages_to_link_to(client, speakers_only, events):
    # Wagtail's chooser lets any editor link to any page: published pages of other sections stay.
    index_every_page()
    published = SessionPageFactory(parent=events["conference"], title="Outlook for nickel", slug="nickel")

    browse = probe_as(client, speakers_only, "get", *chooser_probes(events)["browse events"])
    search = probe_as(client, speakers_only, "get", *chooser_probes(events)["search outlook"])

    browse_html, search_html = browse.json()["html"], search.content.decode()
    assert [("Outlook for nickel" in browse_html), ("Copper Summit 2025" in browse_html)] == [True, True]
    assert [f'data-id="{published.pk}"' in html for html in (browse_html, search_html)] == [True, True]
    assert [f'data-id="{events["session"].pk}"' in html for html in (browse_html, search_html)] == [False, False]


def test_page_chooser_keeps_drafts_for_editors_with_rights_on_them(client, moderator, events):
    index_every_page()
    probes = chooser_probes(events)

    browse = probe_as(client, moderator, "get", *probes["browse events"]).json()["html"]
    # The index holds the live title: the session is found as "Outlook", listed by its draft title.
    outlook = probe_as(client, moderator, "get", *probes["search outlook"]).content.decode()
    draft = probe_as(client, moderator, "get", *probes["search draft"]).content.decode()

    session, draft_session = events["session"].pk, events["draft session"].pk
    assert [f'data-id="{pk}"' in browse for pk in (session, draft_session)] == [True, True]
    assert [f'data-id="{session}"' in outlook, f'data-id="{draft_session}"' in draft] == [True, True]
    assert [f"Outlook {SENTINEL}" in browse + outlook, f"Draft {SENTINEL}" in browse + draft] == [True, True]


def test_page_chooser_refuses_to_browse_into_a_hidden_draft(client, speakers_only, events):
    url = reverse("wagtailadmin_choose_page_child", args=[events["draft session"].pk])

    response = probe_as(client, speakers_only, "get", url)

    assert (response.status_code, leaked(response.content, [SENTINEL])) == (404, [])


def test_page_chooser_chosen_pages_leave_out_hidden_drafts(client, speakers_only, events):
    url = reverse("wagtailadmin_choose_page_chosen_multiple")
    ids = [events[key].pk for key in ("conference", "session", "draft session")]

    response = probe_as(client, speakers_only, "get", url, {"id": ids})

    result = response.json()["result"]
    assert (response.status_code, [item["id"] for item in result]) == (200, [events["conference"].pk])
    assert leaked(response.content, [SENTINEL]) == []


def test_speaker_and_organisation_choosers_show_no_events_page(client, speakers_only, events):
    index_every_page()
    speaker = SpeakerPageFactory(given_name="Yonghui", family_name="Liang", slug="liang-yonghui")
    organisation = OrganisationPageFactory(title="Jintian Copper", slug="jintian")
    session_id = events["session"].pk
    probes = {
        "speakers": (reverse("speaker_chooser:choose"), {}),
        "speakers search": (reverse("speaker_chooser:choose_results"), {"q": "Embargoed"}),
        "speakers search outlook": (reverse("speaker_chooser:choose_results"), {"q": "Outlook"}),
        "organisations": (reverse("organisation_chooser:choose"), {}),
        "organisations search": (reverse("organisation_chooser:choose_results"), {"q": "Embargoed"}),
        "speaker chosen, a session's id": (reverse("speaker_chooser:chosen", args=[session_id]), {}),
        "organisation chosen, a session's id": (reverse("organisation_chooser:chosen", args=[session_id]), {}),
    }

    findings = {}
    for name, (url, query) in probes.items():
        response = probe_as(client, speakers_only, "get", url, query)
        findings[name] = (response.status_code, leaked(response.content, [SENTINEL]))
    listing = probe_as(client, speakers_only, "get", reverse("speaker_chooser:choose")).json()["html"]
    organisations = probe_as(client, speakers_only, "get", reverse("organisation_chooser:choose")).json()["html"]

    assert findings == {
        "speakers": (200, []),
        "speakers search": (200, []),
        "speakers search outlook": (200, []),
        "organisations": (200, []),
        "organisations search": (200, []),
        "speaker chosen, a session's id": (404, []),
        "organisation chosen, a session's id": (404, []),
    }
    assert [speaker.title in listing, organisation.title in organisations] == [True, True]
