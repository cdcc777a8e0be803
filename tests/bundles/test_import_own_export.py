"""Importing a bundle just exported from the site changes nothing; a failed import leaves no files."""

import json
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command
from django.core.validators import ValidationError

from wagtail.models import Page, PageLogEntry, Revision

from awards.models import AwardPage
from bundles.errors import BundleError
from bundles.exporter import export_conference, find_conference
from bundles.importer import import_bundle
from bundles.reader import read_bundle
from conference.models import ConferencePage, SessionPage

from .sample_bundles import database_state, small_bundle, write_bundle

pytestmark = pytest.mark.django_db


def page_state():
    """Every page's id, latest revision and live revision, and the number of revisions and log entries."""
    pages = list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id", "live_revision_id", "live"))
    return pages, Revision.objects.count(), PageLogEntry.objects.count()


def export_to(tmp_path, slug, folder="export"):
    return export_conference(find_conference(slug), tmp_path / folder / "conference.json")


def edit_bundle(path, change):
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data, indent=2))
    return path


def test_importing_the_demo_just_exported_writes_no_revision(tmp_path):
    call_command("load_demo", verbosity=0)
    before = page_state()

    result = import_bundle(read_bundle(export_to(tmp_path, "2025-smm-silver-conference")))

    assert page_state() == before
    assert (result.changed, {status for (_, status) in result.counts}) == (False, {"unchanged"})


def test_importing_a_report_just_exported_writes_no_revision_then_only_the_changed_page(tmp_path):
    import_bundle(read_bundle(write_bundle(tmp_path / "source", small_bundle())))
    path = export_to(tmp_path, "silver-2025")
    before = page_state()

    first = import_bundle(read_bundle(path))
    unchanged = page_state()
    edit_bundle(path, lambda data: data["sessions"][1].update(title="Silver in 2026"))
    second = import_bundle(read_bundle(path))

    assert (unchanged, first.changed) == (before, False)
    roundtable = SessionPage.objects.get(slug="roundtable")
    assert roundtable.title == "Silver in 2026"
    pages, revisions, _ = page_state()
    old_latest = {pk: latest for pk, latest, *_ in before[0]}
    assert [pk for pk, latest, *_ in pages if latest != old_latest[pk]] == [roundtable.pk]
    assert revisions == before[1] + 1
    assert (second.count("session", "updated"), second.count("session", "unchanged")) == (1, 1)


def test_a_page_edited_since_the_export_is_written_back(tmp_path):
    import_bundle(read_bundle(write_bundle(tmp_path / "source", small_bundle())))
    path = export_to(tmp_path, "silver-2025")
    award = AwardPage.objects.get()
    award.title = "Renamed in the admin"
    award.save_revision().publish()
    revisions = award.revisions.count()

    result = import_bundle(read_bundle(path))

    award.refresh_from_db()
    assert (award.title, award.revisions.count()) == ("2025 Silver Glory Award", revisions + 1)
    assert result.count("award", "updated") == 1


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def test_import_failing_at_its_last_stage_leaves_no_files_and_no_change(tmp_path, monkeypatch):
    path = write_bundle(tmp_path / "bundle", small_bundle())
    files, state = media_files(), database_state()

    def refuse(page, *args, **kwargs):
        raise ValidationError({"title": ["refused by the test"]})

    # The awards are the import's last stage; the four images are stored by then.
    monkeypatch.setattr(AwardPage, "full_clean", refuse)
    with pytest.raises(BundleError) as caught:
        import_bundle(read_bundle(path))

    assert [(problem.path, problem.message) for problem in caught.value.problems] == [
        (("awards", 0), "title: refused by the test")
    ]
    assert str(caught.value).splitlines()[0] == f"{path}: 1 problem, nothing was imported"
    assert (database_state(), media_files()) == (state, files)
    assert ConferencePage.objects.count() == 0


def test_import_failing_while_indexing_leaves_no_files(tmp_path, monkeypatch):
    path = write_bundle(tmp_path / "bundle", small_bundle())
    files, state = media_files(), database_state()

    def fail(*args, **kwargs):
        raise OSError("disk full")

    # Indexing runs after every stage, still inside the transaction.
    monkeypatch.setattr("bundles.indexing.ReferenceIndex.create_or_update_for_object", fail)
    with pytest.raises(OSError, match="disk full"):
        import_bundle(read_bundle(path))

    assert (database_state(), media_files()) == (state, files)


def test_session_past_midnight_travels_through_a_bundle(tmp_path):
    data = small_bundle()
    data["sessions"][1].update(start_time="23:00", end_time="01:00")
    import_bundle(read_bundle(write_bundle(tmp_path / "source", data)))

    exported = json.loads(export_to(tmp_path, "silver-2025").read_text())

    roundtable = SessionPage.objects.get(slug="roundtable")
    assert (roundtable.end_date - roundtable.date).days == 1
    assert [(s["start_time"], s["end_time"]) for s in exported["sessions"]] == [("09:30", None), ("23:00", "01:00")]
