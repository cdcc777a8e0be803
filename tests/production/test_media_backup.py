"""backup_media and restore_media: every file back in a new, empty bucket, with its ACL."""

import uuid

import pytest

from django.core.management import CommandError, call_command

from core.media_check import anonymous_status, unsigned
from tests.factories import DocumentFactory, ImageFactory

from .production_config import s3_storages
from .test_media_privacy import s3_client
from .test_s3_media import png_upload


def new_bucket(settings, endpoint):
    name = f"media-{uuid.uuid4().hex[:12]}"
    s3_client(endpoint).create_bucket(Bucket=name)
    settings.STORAGES = s3_storages(endpoint, name)
    return name


def keys(endpoint, bucket):
    return sorted(item["Key"] for item in s3_client(endpoint).list_objects_v2(Bucket=bucket).get("Contents", []))


def test_media_restored_into_a_new_bucket_are_the_same_files_with_the_same_access(
    settings, s3_endpoint, db, tmp_path, capsys
):
    first = new_bucket(settings, s3_endpoint)
    image = ImageFactory(file=png_upload("hall.png"))
    rendition = image.get_rendition("fill-100x100")
    document = DocumentFactory(title="Slides")
    call_command("backup_media", str(tmp_path))

    second = new_bucket(settings, s3_endpoint)
    call_command("restore_media", str(tmp_path))

    assert keys(s3_endpoint, second) == keys(s3_endpoint, first)
    assert len(keys(s3_endpoint, second)) == 3
    assert (
        anonymous_status(rendition.file.storage.url(rendition.file.name)),
        anonymous_status(unsigned(image.file.url)),
        anonymous_status(unsigned(document.file.url)),
    ) == (200, 403, 403)
    assert capsys.readouterr().out.splitlines() == [
        f"Copied 3 media files to {tmp_path}.",
        "Restored 3 media files (0 were already there).",
    ]


def test_restore_keeps_files_already_there(settings, s3_endpoint, db, tmp_path, capsys):
    new_bucket(settings, s3_endpoint)
    ImageFactory(file=png_upload("kept.png"))
    call_command("backup_media", str(tmp_path))

    call_command("restore_media", str(tmp_path))

    assert capsys.readouterr().out.splitlines()[-1] == "Restored 0 media files (1 were already there)."


def test_restore_from_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="is not a folder"):
        call_command("restore_media", str(tmp_path / "nothing"))
