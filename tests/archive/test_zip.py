"""`export_static --zip FILE`: the same files as the folder, in one zip file."""

import zipfile
from io import StringIO

from django.core.management import call_command

from tests.factories import ConferencePageFactory, SessionPageFactory


def test_zip_holds_exactly_the_archive_files(db, tmp_path):
    conference = ConferencePageFactory(slug="zip-edition")
    SessionPageFactory(parent=conference, slug="opening")

    call_command(
        "export_static",
        "zip-edition",
        "--out",
        str(tmp_path / "out"),
        "--zip",
        str(tmp_path / "e.zip"),
        stdout=StringIO(),
    )

    files = sorted(
        path.relative_to(tmp_path / "out").as_posix() for path in (tmp_path / "out").rglob("*") if path.is_file()
    )
    with zipfile.ZipFile(tmp_path / "e.zip") as archive:
        assert sorted(archive.namelist()) == files
        assert (
            archive.read("events/zip-edition/opening/index.html")
            == (tmp_path / "out/events/zip-edition/opening/index.html").read_bytes()
        )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["e.zip", "out"]
