"""One record of what was imported from where (core/imports.py): bundles and schedules alike."""

import datetime
import importlib
import json
from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import Revision

from bundles.importer import import_bundle
from bundles.reader import read_bundle
from conference.models import ConferencePage, SessionPage
from core.imports import CREATED, UNCHANGED, UPDATED, PageWriter, schedule_source
from core.models import ImportedPage
from tests import factories
from tests.interop.schemas import PRETALX_EXAMPLE

from .sample_bundles import small_bundle, write_bundle

pytestmark = pytest.mark.django_db

GUID = "8079583e-8321-506c-95af-fd2903a5f075"  # the pretalx example's first talk


def import_bundle_data(tmp_path, data, folder="bundle"):
    return import_bundle(read_bundle(write_bundle(tmp_path / folder, data)))


def import_one_event(tmp_path, conference):
    """The pretalx example's first talk alone, imported into `conference` with `import_schedule`."""
    data = json.loads(PRETALX_EXAMPLE.read_text())
    day = data["schedule"]["conference"]["days"][0]
    data["schedule"]["conference"]["days"] = [{**day, "rooms": {"Gray Room": day["rooms"]["Gray Room"][:1]}}]
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(data))
    call_command("import_schedule", str(path), conference=conference.slug, stdout=StringIO())


def bundle_keys(data):
    return sorted(
        [
            f"conference:{data['conference']['slug']}",
            *(f"organisation:{entry['id']}" for entry in data["organisations"]),
            *(f"speaker:{entry['id']}" for entry in data["speakers"]),
            *(f"session:{entry['slug']}" for entry in data["sessions"]),
            *(f"award:{entry['slug']}" for entry in data["awards"]),
        ]
    )


def test_a_schedule_event_and_a_bundle_page_land_in_the_same_record(tmp_path):
    data = small_bundle()
    import_bundle_data(tmp_path, data)
    conference = ConferencePage.objects.get(slug="silver-2025")

    import_one_event(tmp_path, conference)

    schedule = schedule_source(conference.pk)
    rows = sorted(ImportedPage.objects.values_list("source", "key"))
    assert rows == sorted([*(("silver-2025", key) for key in bundle_keys(data)), (schedule, GUID)])
    event_row = ImportedPage.objects.get(source=schedule)
    bundle_row = ImportedPage.objects.get(source="silver-2025", key="session:roundtable")
    assert (event_row.page.get_parent().pk, bundle_row.page.get_parent().pk) == (conference.pk, conference.pk)
    assert (len(event_row.fingerprint), len(bundle_row.fingerprint)) == (64, 64)


def test_a_reimport_of_an_unchanged_schedule_writes_no_revision(tmp_path):
    conference = factories.ConferencePageFactory()
    import_one_event(tmp_path, conference)
    revisions = Revision.objects.count()
    record = list(ImportedPage.objects.values_list("source", "key", "page", "fingerprint"))

    import_one_event(tmp_path, conference)

    assert Revision.objects.count() == revisions
    assert list(ImportedPage.objects.values_list("source", "key", "page", "fingerprint")) == record
    assert SessionPage.objects.child_of(conference).count() == 1


def test_a_reimport_of_an_unchanged_bundle_writes_no_revision(tmp_path):
    import_bundle_data(tmp_path, small_bundle())
    revisions = Revision.objects.count()
    record = sorted(ImportedPage.objects.values_list("source", "key", "page", "fingerprint"))

    result = import_bundle_data(tmp_path, small_bundle(), folder="again")

    assert Revision.objects.count() == revisions
    assert result.changed is False
    assert sorted(ImportedPage.objects.values_list("source", "key", "page", "fingerprint")) == record


def test_rows_carried_over_by_page_keep_an_unchanged_bundle_from_writing(tmp_path):
    """The migration's `page:<id>` keys: the pages are still recognised by their fingerprints."""
    import_bundle_data(tmp_path, small_bundle())
    for row in ImportedPage.objects.all():
        row.key = f"page:{row.page_id}"
        row.save()
    revisions = Revision.objects.count()

    result = import_bundle_data(tmp_path, small_bundle(), folder="again")

    assert (Revision.objects.count(), result.changed) == (revisions, False)


def test_the_page_writer_leaves_a_draft_when_told_not_to_publish():
    conference = factories.ConferencePageFactory()
    writer = PageWriter()
    page = SessionPage(title="A talk", kind="keynote", date=datetime.date(2025, 5, 16))

    created = writer.write(page, parent=conference, publish=False)
    writer.remember(page, lambda session: session.title)
    page.title = "A talk, renamed"
    updated = writer.write(page, publish=False)
    writer.remember(page, lambda session: session.title)
    unchanged = writer.write(page, publish=False)

    page.refresh_from_db()
    assert (created, updated, unchanged) == (CREATED, UPDATED, UNCHANGED)
    assert (page.live, page.has_unpublished_changes, page.revisions.count()) == (False, True, 2)
    assert page.get_latest_revision_as_object().title == "A talk, renamed"


def _migrate(targets=None):
    """Migrate to `targets` (the latest migrations without) and return the models as they are there."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


# serialized_rollback: the flush after a transactional test would otherwise take the site skeleton
# (and the content types as migrated) away from the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_data_migrations_carry_external_ids_and_fingerprints_into_the_record():
    conference = factories.ConferencePageFactory()
    imported = factories.SessionPageFactory(parent=conference)
    written = factories.SessionPageFactory(parent=conference)
    speaker = factories.SpeakerPageFactory()
    conference_migration = importlib.import_module("conference.migrations.0012_schedule_ids_in_the_import_record")
    bundles_migration = importlib.import_module("bundles.migrations.0002_imported_pages_in_the_import_record")
    before = [
        ("conference", "0011_inline_rows_translatable"),
        ("bundles", "0001_initial"),
        ("core", "0002_imported_page"),
    ]
    old = _migrate(before)
    try:
        carried, speaker_imports = _carry(old, conference_migration, bundles_migration, imported, written, speaker)
    finally:
        new = _migrate()  # back to the latest schema, or every later test would run against this one
    migrated = sorted(
        new.get_model("core", "ImportedPage").objects.values_list("source", "key", "page_id", "fingerprint")
    )

    assert carried == sorted(
        [
            (f"schedule:{conference.pk}", "guid-1", imported.pk, ""),
            ("silver-2025", f"page:{written.pk}", written.pk, "a" * 64),
            ("silver-2024", f"page:{speaker.pk}", speaker.pk, "b" * 64),
            ("silver-2025", f"page:{speaker.pk}", speaker.pk, "c" * 64),
        ]
    )
    assert speaker_imports == ["silver-2024", "silver-2025"]
    assert migrated == carried


def _carry(old, conference_migration, bundles_migration, imported, written, speaker):
    """Old rows as they were, then the two migrations' functions called directly on them."""
    old.get_model("conference", "SessionPage").objects.filter(pk=imported.pk).update(external_id="guid-1")
    old_record = old.get_model("bundles", "ImportedPage")
    old_record.objects.create(page_id=written.pk, source="silver-2025", fingerprint="a" * 64)
    old_record.objects.create(page_id=speaker.pk, source="silver-2024", fingerprint="b" * 64)
    old_record.objects.create(page_id=speaker.pk, source="silver-2025", fingerprint="c" * 64)

    conference_migration.carry_external_ids(old, None)
    bundles_migration.carry_imported_pages(old, None)
    record = old.get_model("core", "ImportedPage").objects
    carried = sorted(record.values_list("source", "key", "page_id", "fingerprint"))
    # Which import a page holds now is the latest: the order of the old rows is kept.
    speaker_imports = list(record.filter(page_id=speaker.pk).order_by("imported_at").values_list("source", flat=True))
    record.all().delete()  # the migrations run again on the way back to the latest schema
    return carried, speaker_imports
