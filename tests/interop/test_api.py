"""The read-only Wagtail API v2 at /api/v2/: live public pages only, nested objects inline."""

import pytest

from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction

from conference.choices import SponsorRole
from site_setup.skeleton_translations import translate_skeleton
from tests import factories

from .conftest import SENTINEL

pytestmark = pytest.mark.django_db


def api_get(client, path):
    response = client.get(f"/api/v2/{path}")
    assert (response.status_code, response["Content-Type"]) == (200, "application/json")
    return response.json()


def test_api_lists_only_live_public_sessions(client, sample):
    data = api_get(client, "pages/?type=conference.SessionPage&fields=title&order=title")

    assert [item["title"] for item in data["items"]] == [
        "Analysis of Silver and Gold Price Trends",
        "Roundtable: Where Silver Demand Goes Next",
        "Visit to Ningbo Haoshun Precious Metals",
    ]


def test_api_never_shows_drafts_or_private_pages_even_to_a_superuser(client, sample, superuser):
    # Wagtail's own endpoint would show a signed-in reader the pages restricted to signed-in readers.
    members_only = factories.SessionPageFactory(parent=sample.conference, title=f"Members {SENTINEL}")
    PageViewRestriction.objects.create(page=members_only, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(superuser)

    listing = client.get("/api/v2/pages/?type=conference.SessionPage&fields=*")
    search = client.get(f"/api/v2/pages/?search={SENTINEL}")
    details = [client.get(f"/api/v2/pages/{page.id}/") for page in (sample.draft, sample.private, members_only)]

    assert SENTINEL.encode() not in listing.content + search.content
    assert len(listing.json()["items"]) == 3
    assert [response.status_code for response in details] == [404, 404, 404]


def test_api_session_nests_participants_with_name_position_and_organisation(client, sample):
    data = api_get(client, f"pages/{sample.roundtable.id}/")

    assert [
        {key: participant[key] for key in ("speaker", "role", "position", "organisation")}
        for participant in data["participants"]
    ] == [
        {
            "speaker": {"id": sample.zhou.id, "name": "Zhou Bai", "url": f"http://localhost{sample.zhou.url}"},
            "role": "moderator",
            "position": "Executive Vice President",
            "organisation": {
                "id": sample.roundtable.participants.first().organisation_id,
                "name": "SMM Information & Technology Co., Ltd.",
                "url": f"http://localhost{sample.roundtable.participants.first().organisation.url}",
            },
        },
        {
            "speaker": {"id": sample.liang.id, "name": "Liang Yonghui", "url": f"http://localhost{sample.liang.url}"},
            "role": "panelist",
            "position": "Analyst",
            "organisation": None,
        },
    ]
    assert data["track"] == {"id": sample.forum.id, "name": "Silver Panorama Forum", "day": None}


def test_api_conference_nests_sponsors(client, conference):
    host = factories.OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.")
    factories.SponsorshipFactory(conference=conference, organisation=host, role=SponsorRole.HOST)

    data = api_get(client, f"pages/{conference.id}/")

    assert [(item["organisation"], item["role"], item["tier"]) for item in data["sponsorships"]] == [
        ({"id": host.id, "name": host.title, "url": f"http://localhost{host.url}"}, "host", "")
    ]


def test_api_award_nests_recipients(client, sample):
    award = factories.AwardPageFactory(parent=sample.conference, title="Silver Glory Award 2025")
    factories.AwardRecipientFactory(award=award, organisation=sample.refinery, citation="Top trader.", rank=1)
    factories.AwardRecipientFactory(award=award, organisation=None, speaker=sample.liang, citation="", rank=None)

    data = api_get(client, f"pages/{award.id}/")

    assert [(item["organisation"], item["speaker"], item["rank"]) for item in data["recipients"]] == [
        (
            {"id": sample.refinery.id, "name": sample.refinery.title, "url": f"http://localhost{sample.refinery.url}"},
            None,
            1,
        ),
        (None, {"id": sample.liang.id, "name": "Liang Yonghui", "url": f"http://localhost{sample.liang.url}"}, None),
    ]


def test_api_is_read_only(client, sample):
    response = client.post("/api/v2/pages/", {"title": "New"}, content_type="application/json")

    assert (response.status_code, response.json()) == (405, {"detail": 'Method "POST" not allowed.'})


def test_api_serves_images_and_public_documents_only(client, superuser):
    image = factories.ImageFactory(title="Hall photo")
    public = factories.DocumentFactory(title="Public slides")
    private_collection = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    factories.DocumentFactory(title=f"Internal {SENTINEL}", collection=private_collection)
    client.force_login(superuser)  # signed in or not, restricted documents stay out of the public API

    images = api_get(client, "images/")
    documents = api_get(client, "documents/")

    assert [item["title"] for item in images["items"]] == [image.title]
    assert [item["title"] for item in documents["items"]] == [public.title]


def test_api_lists_pages_per_language(client, sample):
    translate_skeleton("zh-hans")
    chinese = sample.conference.copy_for_translation(Locale.objects.get(language_code="zh-hans"))
    chinese.title = "白银大会"
    factories.publish(chinese)
    conference_type = "pages/?type=conference.ConferencePage&fields=title"

    english_titles = [item["title"] for item in api_get(client, conference_type)["items"]]
    chinese_listing = client.get(f"/zh-hans/api/v2/{conference_type}").json()["items"]
    chosen = [item["title"] for item in api_get(client, f"{conference_type}&locale=zh-hans")["items"]]

    assert "白银大会" not in english_titles and sample.conference.title in english_titles
    assert [item["title"] for item in chinese_listing] == ["白银大会"] == chosen
    assert chinese_listing[0]["meta"]["detail_url"].endswith(f"/zh-hans/api/v2/pages/{chinese.id}/")
    assert api_get(client, f"pages/{chinese.id}/")["title"] == "白银大会"
