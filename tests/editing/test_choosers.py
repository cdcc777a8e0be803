"""The speaker and organisation choosers: found by any spelling, created without leaving the page."""

import json

import pytest

from django.contrib.auth.models import Permission
from django.urls import reverse

from conference.models import SessionPage
from speakers.models import OrganisationPage, SpeakerPage
from tests.factories import ConferencePageFactory, ImageFactory, OrganisationPageFactory, SpeakerPageFactory


def modal_json(response):
    return json.loads(response.content.decode())


def chooser_titles(client, url_name, query):
    response = client.get(reverse(url_name), {"q": query})
    return [row.title for row in response.context["results"]]


@pytest.mark.django_db
def test_speaker_chooser_finds_name_in_either_order(client, editor):
    SpeakerPageFactory(given_name="Yonghui", family_name="Liang", title="Liang Yonghui")
    SpeakerPageFactory(given_name="Wei", family_name="Zhang", title="Zhang Wei")
    client.force_login(editor)

    found = [
        chooser_titles(client, "speaker_chooser:choose_results", query)
        for query in ("Yonghui Liang", "liang yong", "LIANG")
    ]

    assert found == [["Liang Yonghui"], ["Liang Yonghui"], ["Liang Yonghui"]]


@pytest.mark.django_db
def test_speaker_chooser_finds_other_spelling_and_falls_back_to_position(client, editor):
    SpeakerPageFactory(
        given_name="Yonghui", family_name="Liang", title="Liang Yonghui", other_names="梁永辉", position="Analyst"
    )
    SpeakerPageFactory(given_name="Wei", family_name="Zhang", title="Zhang Wei", position="Deputy General Manager")
    client.force_login(editor)

    found = [chooser_titles(client, "speaker_chooser:choose_results", query) for query in ("梁永辉", "Deputy")]

    assert found == [["Liang Yonghui"], ["Zhang Wei"]]


@pytest.mark.django_db
def test_organisation_chooser_finds_other_spelling_of_company(client, editor):
    OrganisationPageFactory(title="Jiangxi Copper Gold & Silver Refinery Co., Ltd.")
    OrganisationPageFactory(title="Shanghai Metals Market")
    client.force_login(editor)

    found = chooser_titles(client, "organisation_chooser:choose_results", "copper gold and silver refining")

    assert found == ["Jiangxi Copper Gold & Silver Refinery Co., Ltd."]


@pytest.mark.django_db
def test_speaker_chooser_shows_photo_and_current_position(client, editor):
    organisation = OrganisationPageFactory(title="SMM")
    SpeakerPageFactory(position="Deputy General Manager", organisation=organisation, photo=ImageFactory())
    SpeakerPageFactory(position="Analyst", organisation=None)
    client.force_login(editor)

    response = client.get(reverse("speaker_chooser:choose"))
    html = modal_json(response)["html"]

    assert [html.count("Deputy General Manager, SMM"), html.count("Analyst<"), html.count("<img")] == [1, 0, 1]
    assert html.count("No image") == 1


@pytest.mark.django_db
def test_chosen_speaker_carries_current_position_and_employer(client, editor):
    organisation = OrganisationPageFactory(title="SMM")
    speaker = SpeakerPageFactory(position="Deputy General Manager", organisation=organisation)
    client.force_login(editor)

    response = client.get(reverse("speaker_chooser:chosen", args=(speaker.pk,)))
    result = modal_json(response)["result"]

    assert (result["id"], result["title"], result["position"], result["organisation"]["id"]) == (
        str(speaker.pk),
        speaker.title,
        "Deputy General Manager",
        str(organisation.pk),
    )


@pytest.mark.django_db
def test_editor_creates_missing_speaker_as_draft_in_chooser(client, editor, speakers_index):
    client.force_login(editor)

    response = client.post(
        reverse("speaker_chooser:create"),
        {"given_name": "Hongmei", "family_name": "Xu", "name_order": "family_first", "position": "Analyst"},
    )

    speaker = SpeakerPage.objects.get()
    assert modal_json(response)["result"]["title"] == "Xu Hongmei"
    assert (speaker.title, speaker.slug, speaker.live, speaker.get_parent().specific) == (
        "Xu Hongmei",
        "xu-hongmei",
        False,
        speakers_index,
    )
    assert [speaker.revisions.count(), speaker.latest_revision.user] == [1, editor]


@pytest.mark.django_db
def test_moderator_creates_missing_speaker_live_in_chooser(client, moderator):
    client.force_login(moderator)
    data = {"given_name": "Hongmei", "family_name": "Xu", "name_order": "family_first"}

    client.post(reverse("speaker_chooser:create"), data)

    assert SpeakerPage.objects.get().live is True


@pytest.mark.django_db
def test_chooser_refuses_speaker_known_under_other_spelling(client, editor):
    SpeakerPageFactory(given_name="Yonghui", family_name="Liang", title="Liang Yonghui")
    client.force_login(editor)

    response = client.post(
        reverse("speaker_chooser:create"),
        {"given_name": "Yonghui", "family_name": "Liang", "name_order": "given_first"},
    )

    assert modal_json(response)["step"] == "reshow_creation_form"
    assert SpeakerPage.objects.count() == 1


@pytest.mark.django_db
def test_editor_creates_missing_organisation_in_chooser(client, editor):
    client.force_login(editor)

    response = client.post(
        reverse("organisation_chooser:create"),
        {"name": "Ningbo Jintian Copper (Group) Co., Ltd.", "short_name": "Jintian", "website": ""},
    )

    organisation = OrganisationPage.objects.get()
    assert modal_json(response)["result"]["id"] == str(organisation.pk)
    assert (organisation.title, organisation.slug, organisation.live) == (
        "Ningbo Jintian Copper (Group) Co., Ltd.",
        "ningbo-jintian-copper-group-co-ltd",
        False,
    )


@pytest.mark.django_db
def test_user_without_add_permission_cannot_create_in_chooser(client, django_user_model):

    user = django_user_model.objects.create_user("viewer", password="pass-for-tests")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.post(reverse("speaker_chooser:create"), {"given_name": "Hongmei", "name_order": "family_first"})

    # Wagtail turns a PermissionDenied in the admin into a redirect to the dashboard.
    assert (response.status_code, response["Location"], SpeakerPage.objects.count()) == (302, "/admin/", 0)


@pytest.mark.django_db
def test_participant_speaker_field_uses_the_speaker_chooser(client, editor):

    conference = ConferencePageFactory()
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:add", args=("conference", "sessionpage", conference.pk)))

    assert response.content.decode().count(reverse("speaker_chooser:choose")) >= 1
    assert SessionPage.objects.count() == 0
