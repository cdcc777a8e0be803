"""`export_static --to-s3` on a real S3-compatible server (moto's, on loopback): the archive's files
under <slug>/ of the archive storage, public, with their content types; only changes uploaded again."""

import re
import uuid
from io import StringIO
from pathlib import Path

import pytest

from django.core.files.storage import storages
from django.core.management import CommandError, call_command

from tests.factories import ConferencePageFactory, SessionPageFactory, publish
from tests.production.conftest import s3_endpoint  # noqa: F401 — the loopback S3 server fixture
from tests.production.production_config import s3_storages

UPLOADED = re.compile(r"Uploaded to (\S+): (\d+) files written, (\d+) unchanged, (\d+) removed\.")


@pytest.fixture
def bucket(settings, s3_endpoint):  # noqa: F811 — the fixture imported above
    """A new bucket, as production configures its storages; the archive storage's own boto3 Bucket."""
    settings.STORAGES = s3_storages(s3_endpoint, f"archive-{uuid.uuid4().hex[:12]}")
    bucket = storages["archive"].bucket
    bucket.create()
    return bucket


def keys(bucket):
    return sorted(item.key for item in bucket.objects.all())


def export_to_s3(out):
    stdout = StringIO()
    call_command("export_static", "s3-edition", "--out", str(out), "--to-s3", stdout=stdout, stderr=StringIO())
    location, *counts = UPLOADED.search(stdout.getvalue()).groups()
    return location, tuple(int(number) for number in counts)


@pytest.fixture
def edition(db):
    # Published as editors do: a calendar's DTSTAMP is the publish time, the time of the request without one.
    conference = publish(ConferencePageFactory(slug="s3-edition"))
    publish(SessionPageFactory(parent=conference, slug="opening"))
    publish(SessionPageFactory(parent=conference, slug="closing"))
    return conference


def archive_files(folder):
    return sorted(path.relative_to(folder).as_posix() for path in Path(folder).rglob("*") if path.is_file())


def test_archive_is_uploaded_public_with_content_types(edition, bucket, tmp_path, s3_endpoint):  # noqa: F811
    location, counts = export_to_s3(tmp_path / "out")

    files = archive_files(tmp_path / "out")
    assert keys(bucket) == [f"archive/s3-edition/{name}" for name in files]
    assert counts == (len(files), 0, 0)
    assert location == f"{s3_endpoint}/{bucket.name}/archive/s3-edition/"
    page = bucket.Object("archive/s3-edition/events/s3-edition/opening/index.html")
    calendar = bucket.Object("archive/s3-edition/events/s3-edition/calendar.ics")
    assert (page.content_type, calendar.content_type) == ("text/html", "text/calendar")
    grants = bucket.Object("archive/s3-edition/index.html").Acl().grants
    assert "http://acs.amazonaws.com/groups/global/AllUsers" in [grant["Grantee"].get("URI") for grant in grants]


def test_uploading_again_sends_only_what_changed(edition, bucket, tmp_path):
    export_to_s3(tmp_path / "out")
    files_before = archive_files(tmp_path / "out")

    assert export_to_s3(tmp_path / "out")[1] == (0, len(files_before), 0)

    edition.get_children().get(slug="closing").unpublish()
    _location, (written, unchanged, removed) = export_to_s3(tmp_path / "out")
    files_after = archive_files(tmp_path / "out")
    assert removed == len(set(files_before) - set(files_after)) >= 2
    assert written + unchanged == len(files_after)
    assert 0 < written < len(files_after)
    assert keys(bucket) == [f"archive/s3-edition/{name}" for name in files_after]


def test_upload_without_an_archive_storage_is_refused(edition, settings, tmp_path):
    settings.STORAGES = {alias: value for alias, value in settings.STORAGES.items() if alias != "archive"}

    with pytest.raises(CommandError, match="No `archive` storage is configured"):
        export_to_s3(tmp_path / "out")
