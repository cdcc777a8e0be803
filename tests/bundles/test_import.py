"""Importing a bundle: pages created with published revisions, updates as new revisions, idempotency."""

import datetime
from types import SimpleNamespace

import pytest

from django.core.files import File

from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision

from awards.models import AwardPage
from bundles.importer import import_bundle
from bundles.reader import read_bundle
from conference.models import ConferencePage, SessionPage
from core.models import ImportedPage
from delivery.generations import SITE, page_key
from speakers.models import OrganisationPage, SpeakerPage

from .sample_bundles import small_bundle, write_bundle

pytestmark = pytest.mark.django_db


def run_import(tmp_path, data, folder="bundle"):
    return import_bundle(read_bundle(write_bundle(tmp_path / folder, data)))


def totals():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "log entries": PageLogEntry.objects.count(),
    }


def test_import_creates_the_page_tree_under_the_sections(tmp_path, events_index):
    run_import(tmp_path, small_bundle())

    conference = ConferencePage.objects.get()
    assert conference.get_parent().specific == events_index
    assert [page.slug for page in conference.get_children()] == ["price-trends", "roundtable", "silver-glory-award"]
    assert sorted(SpeakerPage.objects.values_list("title", flat=True)) == ["Liang Yonghui", "Xiaolei Liu"]
    assert sorted(OrganisationPage.objects.values_list("slug", flat=True)) == ["smm", "zhaojin"]


def test_import_publishes_each_page_through_a_revision(tmp_path):
    run_import(tmp_path, small_bundle())

    for page in [*SessionPage.objects.all(), *SpeakerPage.objects.all(), ConferencePage.objects.get()]:
        assert page.live is True
        assert page.revisions.count() == 1
        assert page.latest_revision_id == page.live_revision_id
        assert page.has_unpublished_changes is False
    session = SessionPage.objects.get(slug="price-trends")
    actions = PageLogEntry.objects.filter(page=session).order_by("pk").values_list("action", flat=True)
    # The same history as an editor's "Publish" in the admin's create view.
    assert list(actions) == ["wagtail.create", "wagtail.edit", "wagtail.publish"]


def test_new_pages_leave_the_tree_and_the_publish_effects_as_add_child_and_publish_would(
    tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    # bundles/pages.py NewPages writes new pages without add_child() and publish().
    effects, invalidations = [], []
    monkeypatch.setattr("bundles.pages.refresh_share_card", SimpleNamespace(enqueue=effects.append))
    monkeypatch.setattr("delivery.invalidation.Invalidation.apply", lambda change: invalidations.append(change.keys))
    with django_capture_on_commit_callbacks(execute=True):
        run_import(tmp_path, small_bundle())

    assert Page.find_problems() == ([], [], [], [], [])  # paths, depths and numchild agree
    session = SessionPage.objects.get(slug="price-trends")
    assert session in ConferencePage.objects.get().get_children().specific()
    assert session.first_published_at is not None
    assert session.live_revision.as_object().title == session.title
    imported = [SpeakerPage, OrganisationPage, ConferencePage, SessionPage, AwardPage]
    new_ids = {pk for model in imported for pk in model.objects.values_list("pk", flat=True)}
    # One invalidation for the whole import (delivery.invalidation.one_change_for_all): every cached
    # page, and the new session's own address for the CDN.
    assert [SITE in keys and page_key(session.url_path.removeprefix("/home")) in keys for keys in invalidations] == [
        True
    ]
    assert set(effects) == new_ids  # one share card each


def test_import_sets_the_fields_children_and_summary(tmp_path):
    run_import(tmp_path, small_bundle())

    conference = ConferencePage.objects.get()
    assert (conference.start_date, conference.end_date, conference.city) == (
        datetime.date(2025, 5, 15),
        datetime.date(2025, 5, 16),
        "Ningbo, Zhejiang",
    )
    assert [(s.organisation.title, s.role, s.tier) for s in conference.sponsorships.all()] == [
        ("SMM Information & Technology Co., Ltd.", "host", ""),
        ("Shandong Zhaojin Gold & Silver Refinery Co., Ltd.", "sponsor", "Gold"),
    ]
    session = SessionPage.objects.get(slug="price-trends")
    assert session.track.name == "Silver Panorama Forum"
    assert session.start_time == datetime.time(9, 30)
    assert [(p.speaker.title, p.role, p.position) for p in session.participants.all()] == [
        ("Liang Yonghui", "speaker", "Deputy General Manager")
    ]
    assert [block.block_type for block in session.summary] == ["heading", "paragraph", "key_points", "figure"]
    assert session.summary[3].value["image"].title == "Chart"
    assert list(session.summary[2].value["points"]) == ["One", "Two"]
    award = AwardPage.objects.get()
    assert award.presented_at == SessionPage.objects.get(slug="roundtable")
    assert [(r.organisation.slug, r.rank) for r in award.recipients.all()] == [("zhaojin", 1)]
    assert SpeakerPage.objects.get(slug="liang-yonghui").photo.description == ""


def test_import_indexes_the_pages_for_search(tmp_path):
    run_import(tmp_path, small_bundle())

    results = SessionPage.objects.live().search("Opportunities Challenges")

    assert [page.slug for page in results] == ["roundtable"]


def test_reimport_of_an_unchanged_bundle_changes_nothing(tmp_path):
    run_import(tmp_path, small_bundle())
    before = totals()

    result = run_import(tmp_path, small_bundle(), folder="again")

    assert totals() == before
    assert result.changed is False
    assert result.count("session", "unchanged") == 2
    assert result.count("speaker", "unchanged") == 2


def test_reimport_of_a_changed_session_saves_one_new_revision(tmp_path):
    run_import(tmp_path, small_bundle())
    changed = small_bundle()
    changed["sessions"][1]["title"] = "Opportunities and Challenges for Silver in 2025"
    pages_before = Page.objects.count()

    result = run_import(tmp_path, changed, folder="changed")

    session = SessionPage.objects.get(slug="roundtable")
    assert session.title == "Opportunities and Challenges for Silver in 2025"
    assert session.revisions.count() == 2
    assert SessionPage.objects.get(slug="price-trends").revisions.count() == 1
    assert Page.objects.count() == pages_before
    assert (result.count("session", "updated"), result.count("session", "unchanged")) == (1, 1)


def test_reimport_with_a_renamed_forum_keeps_its_sessions_in_it(tmp_path):
    run_import(tmp_path, small_bundle())
    track_id = SessionPage.objects.get(slug="roundtable").track_id
    renamed = small_bundle()
    renamed["conference"]["tracks"][0]["name"] = "Silver Panorama Forum 2025"

    run_import(tmp_path, renamed, folder="renamed")

    session = SessionPage.objects.get(slug="roundtable")
    assert (session.track_id, session.track.name) == (track_id, "Silver Panorama Forum 2025")


def test_import_stores_a_fingerprint_per_page_and_bundle(tmp_path):
    run_import(tmp_path, small_bundle())

    sources = set(ImportedPage.objects.values_list("source", flat=True))

    assert sources == {"silver-2025"}
    assert ImportedPage.objects.count() == 1 + 2 + 2 + 2 + 1  # conference, orgs, speakers, sessions, award


def test_import_stores_each_image_file_once(tmp_path):
    data = small_bundle()
    data["images"].append({"id": "same-file", "file": "images/chart.png", "title": "The chart again"})
    data["speakers"][1]["photo"] = "same-file"

    run_import(tmp_path, data)

    assert get_image_model().objects.count() == 4
    chart = get_image_model().objects.get(title="Chart")
    assert SpeakerPage.objects.get(slug="xiaolei-liu").photo == chart
    assert len(chart.file_hash) == 40


def test_import_reuses_an_image_uploaded_before(tmp_path):
    folder = tmp_path / "bundle"
    path = write_bundle(folder, small_bundle())
    image_model = get_image_model()
    with open(folder / "images" / "hero.png", "rb") as handle:
        uploaded = image_model(title="Uploaded by an editor", file=File(handle, name="hero.png"))
        uploaded._set_image_file_metadata()
        uploaded.save()

    import_bundle(read_bundle(path))

    assert ConferencePage.objects.get().hero_image == uploaded
    assert image_model.objects.count() == 4
