"""Speakers and organisations are found by any spelling and name order, across conferences."""

import json

import pytest

from bundles.errors import BundleError
from bundles.importer import import_bundle
from bundles.reader import read_bundle
from conference.contributions import speaker_sessions
from speakers.models import OrganisationPage, SpeakerPage

from .sample_bundles import small_bundle, write_bundle

pytestmark = pytest.mark.django_db


def second_conference():
    """The 2026 edition, where the same person and company are written differently."""
    data = small_bundle()
    data["conference"].update(
        slug="silver-2026", title="2026 Silver Conference", start_date="2026-05-14", end_date="2026-05-15"
    )
    data["conference"]["tracks"][0]["day"] = "2026-05-15"
    data["organisations"][1] = {
        "id": "shandong-zhaojin-refining",
        "name": "Shandong Zhaojin Gold and Silver Refining Co., Ltd.",
    }
    data["speakers"][0] = {
        "id": "yonghui-liang",
        "given_name": "Yonghui",
        "family_name": "Liang",
        "name_order": "given_first",
        "position": "General Manager",
        "organisation": "shandong-zhaojin-refining",
    }
    for session in data["sessions"]:
        session["date"] = "2026-05-15"
        for participant in session["participants"]:
            participant["speaker"] = participant["speaker"].replace("liang-yonghui", "yonghui-liang")
            if participant.get("organisation") == "zhaojin":
                participant["organisation"] = "shandong-zhaojin-refining"
        session["slug"] += "-2026"
    data["sessions"][0]["summary"] = []
    data["awards"][0].update(slug="silver-glory-award-2026", presented_at="roundtable-2026")
    data["awards"][0]["recipients"][0]["organisation"] = "shandong-zhaojin-refining"
    data["conference"]["sponsorships"][1]["organisation"] = "shandong-zhaojin-refining"
    return data


def import_both(tmp_path):
    import_bundle(read_bundle(write_bundle(tmp_path / "2025", small_bundle())))
    return import_bundle(read_bundle(write_bundle(tmp_path / "2026", second_conference())))


def test_speaker_written_in_the_other_name_order_is_the_same_page(tmp_path):
    result = import_both(tmp_path)

    speaker = SpeakerPage.objects.get(family_name="Liang")
    assert SpeakerPage.objects.count() == 2
    assert (speaker.slug, speaker.title, speaker.position) == ("liang-yonghui", "Yonghui Liang", "General Manager")
    assert speaker.other_names == "Liang Yonghui"
    assert [p.session.slug for p in speaker_sessions(speaker).items] == [
        "price-trends-2026",
        "roundtable-2026",
        "price-trends",
        "roundtable",
    ]
    assert result.count("speaker", "updated") == 1


def test_organisation_spelled_differently_is_the_same_page_and_keeps_both_names(tmp_path):
    import_both(tmp_path)

    organisation = OrganisationPage.objects.get(slug="zhaojin")
    assert OrganisationPage.objects.count() == 2
    assert organisation.title == "Shandong Zhaojin Gold and Silver Refining Co., Ltd."
    assert organisation.other_names == "Shandong Zhaojin Gold & Silver Refinery Co., Ltd."
    assert sorted(s.conference.slug for s in organisation.sponsorships.all()) == ["silver-2025", "silver-2026"]


def test_reimport_of_the_first_conference_leaves_the_shared_pages_alone(tmp_path):
    import_both(tmp_path)
    speaker = SpeakerPage.objects.get(family_name="Liang")
    revisions = speaker.revisions.count()

    result = import_bundle(read_bundle(write_bundle(tmp_path / "2025-again", small_bundle())))

    assert result.changed is False
    assert speaker.revisions.count() == revisions


def test_other_spellings_in_the_bundle_are_matched(tmp_path):
    import_bundle(read_bundle(write_bundle(tmp_path / "2025", small_bundle())))
    data = second_conference()
    data["organisations"][0] = {
        "id": "smm-group",
        "name": "SMM Group",
        "other_names": ["SMM Information and Technology"],
    }
    data["speakers"][1]["organisation"] = "smm-group"
    data["conference"]["sponsorships"][0]["organisation"] = "smm-group"

    import_bundle(read_bundle(write_bundle(tmp_path / "2026", data)))

    assert sorted(OrganisationPage.objects.values_list("slug", flat=True)) == ["smm", "zhaojin"]
    assert OrganisationPage.objects.get(slug="smm").title == "SMM Group"


def test_a_spelling_shared_by_two_pages_is_an_error_unless_the_id_decides(tmp_path):
    import_bundle(read_bundle(write_bundle(tmp_path / "2025", small_bundle())))
    parent = OrganisationPage.objects.first().get_parent()
    parent.add_child(
        instance=OrganisationPage(
            title="Zhaojin Refinery",
            slug="zhaojin-refinery",
            other_names="Shandong Zhaojin Gold & Silver Refinery Co., Ltd.",
        )
    )
    data = second_conference()

    with pytest.raises(BundleError) as caught:
        import_bundle(read_bundle(write_bundle(tmp_path / "2026", data)))

    assert [(p.path, p.message) for p in caught.value.problems] == [
        (
            ("organisations", 1),
            "matches several existing pages by spelling (zhaojin, zhaojin-refinery); "
            "give the entry the id of the one it is",
        )
    ]
    data["organisations"][1]["id"] = "zhaojin-refinery"
    data = json.loads(json.dumps(data).replace("shandong-zhaojin-refining", "zhaojin-refinery"))
    import_bundle(read_bundle(write_bundle(tmp_path / "2026-by-id", data)))
    assert OrganisationPage.objects.get(slug="zhaojin-refinery").sponsorships.get().conference.slug == "silver-2026"
