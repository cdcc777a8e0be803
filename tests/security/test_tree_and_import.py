"""The page tree stays consistent under concurrent creation, and a failed import leaves no trace."""

import threading
from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection, connections
from django.db.models.signals import post_save

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, PageLogEntry, Revision

from awards.models import AwardPage
from bundles.importer import import_bundle
from bundles.reader import read_bundle
from conference.models import ConferenceIndexPage, ConferencePage
from core.models import ImportedPage
from tests.bundles.sample_bundles import small_bundle, write_bundle

CONCURRENT_CREATIONS = 6
FIXTREE_CLEAN = [
    "Checking page tree for problems...",
    "No problems found.",
    "Checking collection tree for problems...",
    "No problems found.",
]


def fixtree_report():
    out = StringIO()
    call_command("fixtree", stdout=out)
    return [line for line in out.getvalue().splitlines() if line.strip()]


def database_totals():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "imported pages": ImportedPage.objects.count(),
    }


# serialized_rollback: the flush after a transactional test would otherwise take the site skeleton
# (built by migrations) away from the tests that run after it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers on one database lock, so creations there cannot overlap; runs on PostgreSQL",
)
def test_pages_created_at_once_under_one_parent_leave_the_tree_consistent():
    parent_id = ConferenceIndexPage.objects.get(locale=Locale.get_default()).pk
    start = threading.Barrier(CONCURRENT_CREATIONS)
    outcomes = []

    def create(number):
        try:
            start.wait()
            parent = Page.objects.get(pk=parent_id)
            page = ConferencePage(
                title=f"Edition {number}",
                slug=f"edition-{number}",
                series="Concurrent",
                start_date="2025-05-15",
                end_date="2025-05-16",
                city="Ningbo",
            )
            parent.add_child(instance=page)
            outcomes.append("created")
        except Exception as error:  # noqa: BLE001 - the outcome is what the test reports
            outcomes.append(type(error).__name__)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=create, args=(number,)) for number in range(CONCURRENT_CREATIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    created = ConferencePage.objects.filter(series="Concurrent").count()
    parent = Page.objects.get(pk=parent_id)
    assert (sorted(outcomes), created) == (["created"] * CONCURRENT_CREATIONS, CONCURRENT_CREATIONS)
    assert (parent.numchild, fixtree_report()) == (CONCURRENT_CREATIONS, FIXTREE_CLEAN)


@pytest.mark.django_db
def test_fixtree_reports_a_broken_tree():
    # The check above can fail: a wrong child count is exactly what a lost race leaves behind.
    parent = ConferenceIndexPage.objects.get(locale=Locale.get_default())
    Page.objects.filter(pk=parent.pk).update(numchild=5)

    assert fixtree_report() != FIXTREE_CLEAN


class ImportKilled(Exception):
    pass


@pytest.mark.django_db
def test_import_killed_halfway_leaves_the_database_as_it_was(tmp_path):
    bundle = read_bundle(write_bundle(tmp_path / "bundle", small_bundle()))
    before = database_totals()
    created_before_kill = []

    def kill_at_the_awards(sender, instance, **kwargs):
        # Awards come last: by now organisations, speakers, the conference and its sessions exist.
        created_before_kill.append(database_totals()["pages"] - before["pages"])
        raise ImportKilled

    post_save.connect(kill_at_the_awards, sender=AwardPage, dispatch_uid="security-kill-import")
    try:
        with pytest.raises(ImportKilled):
            import_bundle(bundle)
    finally:
        post_save.disconnect(dispatch_uid="security-kill-import", sender=AwardPage)

    after = database_totals()
    assert created_before_kill[0] > 5
    assert after == before
    assert fixtree_report() == FIXTREE_CLEAN
