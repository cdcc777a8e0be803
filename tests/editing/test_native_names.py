"""A name in its own script (梁永辉, 山东招金): stored, shown, carried by the bundle and found everywhere
an editor or a reader looks; and the admin's page search finds every other spelling too."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.models import Page

from bundles.exporter import build_bundle
from bundles.importer import import_bundle
from bundles.reader import read_bundle
from conference.models import ConferencePage, SessionParticipant
from speakers.models import OrganisationPage, SpeakerPage
from tests.bundles.sample_bundles import small_bundle, write_bundle
from tests.factories import ConferencePageFactory, OrganisationPageFactory, SessionPageFactory, SpeakerPageFactory

pytestmark = pytest.mark.django_db

ZHAOJIN = "山东招金金银精炼有限公司"


@pytest.fixture
def liang():
    zhaojin = OrganisationPageFactory(
        title="Shandong Zhaojin Gold & Silver Refinery Co., Ltd.",
        native_name=ZHAOJIN,
        other_names="Shandong Zhaojin Gold and Silver Refining Co., Ltd.",
    )
    OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.")
    SpeakerPageFactory(given_name="Wei", family_name="Zhang", title="Zhang Wei")
    return SpeakerPageFactory(
        given_name="Yonghui", family_name="Liang", title="Liang Yonghui", native_name="梁永辉", organisation=zhaojin
    )


def titles(response, selector):
    return [
        element.get_text(" ", strip=True) for element in BeautifulSoup(response.content, "html.parser").select(selector)
    ]


def admin_search(client, query):
    response = client.get(reverse("wagtailadmin_pages:search_results"), {"q": query})
    return sorted(page.title for page in response.context["pages"])


def test_choosers_find_the_native_name(client, editor, liang):
    client.force_login(editor)

    speakers = client.get(reverse("speaker_chooser:choose_results"), {"q": "梁永辉"}).context["results"]
    organisations = client.get(reverse("organisation_chooser:choose_results"), {"q": ZHAOJIN}).context["results"]

    assert [row.title for row in speakers] == ["Liang Yonghui"]
    assert [row.title for row in organisations] == ["Shandong Zhaojin Gold & Silver Refinery Co., Ltd."]


def test_admin_page_search_finds_native_names_and_every_other_spelling(client, editor, liang):
    client.force_login(editor)

    found = {
        query: admin_search(client, query)
        for query in (
            "梁永辉",
            "Yonghui Liang",
            ZHAOJIN,
            "Shandong Zhaojin Gold and Silver Refining",
            "Zhaojin Gold and",
        )
    }

    assert found == {
        "梁永辉": ["Liang Yonghui"],
        "Yonghui Liang": ["Liang Yonghui"],
        ZHAOJIN: ["Shandong Zhaojin Gold & Silver Refinery Co., Ltd."],
        "Shandong Zhaojin Gold and Silver Refining": ["Shandong Zhaojin Gold & Silver Refinery Co., Ltd."],
        "Zhaojin Gold and": ["Shandong Zhaojin Gold & Silver Refinery Co., Ltd."],
    }


def test_site_search_index_and_directories_find_the_native_name(client, liang):
    speakers = client.get(liang.get_parent().url, {"q": "梁永辉"})
    organisations = client.get(liang.organisation.get_parent().url, {"q": ZHAOJIN})

    assert [page.title for page in Page.objects.live().search("梁永辉")] == ["Liang Yonghui"]
    assert [page.title for page in Page.objects.live().search(ZHAOJIN)] == [liang.organisation.title]
    assert titles(speakers, ".person__name") == ["Liang Yonghui 梁永辉"]
    assert titles(organisations, ".org-card__name") == [f"Shandong Zhaojin Gold & Silver Refinery Co., Ltd. {ZHAOJIN}"]


def test_pages_cards_and_api_show_the_native_name_beside_the_latin_one(client, liang):
    session = SessionPageFactory(parent=ConferencePageFactory())
    SessionParticipant.objects.create(session=session, speaker=liang)

    api = client.get(f"/api/v2/pages/{liang.pk}/").json()
    organisation_api = client.get(f"/api/v2/pages/{liang.organisation.pk}/").json()

    assert titles(client.get(liang.url), "h1") == ["Liang Yonghui 梁永辉"]
    assert titles(client.get(liang.organisation.url), "h1") == [f"{liang.organisation.title} {ZHAOJIN}"]
    assert titles(client.get(liang.organisation.url), ".person__name") == ["Liang Yonghui 梁永辉"]
    assert titles(client.get(session.url), ".person__name") == ["Liang Yonghui 梁永辉"]
    assert (api["native_name"], organisation_api["native_name"]) == ("梁永辉", ZHAOJIN)


def test_bundle_carries_the_native_name_both_ways(tmp_path):
    data = small_bundle()
    data["speakers"][0]["native_name"] = "梁永辉"
    data["organisations"][1]["native_name"] = ZHAOJIN

    import_bundle(read_bundle(write_bundle(tmp_path / "in", data)))
    exported, _files = build_bundle(ConferencePage.objects.get())

    assert SpeakerPage.objects.get(title="Liang Yonghui").native_name == "梁永辉"
    assert OrganisationPage.objects.get(slug="zhaojin").native_name == ZHAOJIN
    assert {s["id"]: s.get("native_name") for s in exported["speakers"]}["liang-yonghui"] == "梁永辉"
    assert {o["id"]: o.get("native_name") for o in exported["organisations"]}["zhaojin"] == ZHAOJIN
