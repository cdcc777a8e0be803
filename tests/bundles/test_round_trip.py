"""Export, import the export into an emptied site, export again: the two exports are identical."""

import json

import pytest

from django.core.management import CommandError, call_command

from wagtail.images import get_image_model
from wagtail.models import Page

from bundles.exporter import export_conference, find_conference
from bundles.importer import import_bundle
from bundles.reader import read_bundle
from core.models import ImportedPage

from .sample_bundles import small_bundle, write_bundle

pytestmark = pytest.mark.django_db


def empty_the_site():
    """Everything below the three sections goes, as on a fresh site."""
    Page.objects.filter(depth__gte=4).delete()
    get_image_model().objects.all().delete()
    ImportedPage.objects.all().delete()


def folder_contents(folder):
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def round_trip(tmp_path, slug):
    first = export_conference(find_conference(slug), tmp_path / "first" / "conference.json")
    empty_the_site()
    import_bundle(read_bundle(first))
    second = export_conference(find_conference(slug), tmp_path / "second" / "conference.json")
    return first.parent, second.parent


def test_round_trip_of_a_small_conference_gives_the_same_bundle(tmp_path):
    import_bundle(read_bundle(write_bundle(tmp_path / "source", small_bundle())))

    first, second = round_trip(tmp_path, "silver-2025")

    assert folder_contents(first) == folder_contents(second)
    exported = json.loads((first / "conference.json").read_text())
    assert [s["slug"] for s in exported["sessions"]] == ["price-trends", "roundtable"]
    assert exported["sessions"][0]["summary"][2] == {
        "type": "key_points",
        "value": {"title": "Key points", "points": ["One", "Two"]},
    }
    assert sorted(folder_contents(first)) == [
        "conference-bundle.schema.json",
        "conference.json",
        *sorted(f"images/{entry['id']}.png" for entry in exported["images"]),
    ]


def test_round_trip_of_the_demo_gives_the_same_bundle(tmp_path):
    call_command("load_demo", verbosity=0)

    first, second = round_trip(tmp_path, "2025-smm-silver-conference")

    assert folder_contents(first) == folder_contents(second)
    exported = json.loads((first / "conference.json").read_text())
    assert (len(exported["sessions"]), len(exported["speakers"]), len(exported["organisations"])) == (21, 22, 28)


def test_export_command_writes_the_bundle_beside_its_images(tmp_path):
    import_bundle(read_bundle(write_bundle(tmp_path / "source", small_bundle())))
    target = tmp_path / "out" / "silver.json"

    call_command("export_conference", "silver-2025", output=str(target), verbosity=0)

    exported = json.loads(target.read_text())
    assert (exported["version"], exported["conference"]["slug"]) == (1, "silver-2025")
    assert sorted(path.name for path in (target.parent / "images").iterdir()) == sorted(
        entry["file"].removeprefix("images/") for entry in exported["images"]
    )


def test_export_command_refuses_an_unknown_slug():
    with pytest.raises(CommandError) as caught:
        call_command("export_conference", "no-such-conference", verbosity=0)

    assert str(caught.value) == "no conference has the slug 'no-such-conference'"
