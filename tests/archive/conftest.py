"""The demo edition exported once for a module (tests/archive/test_demo_archive.py), and Chromium."""

from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest

from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from wagtail.models import Locale

from speakers.models import SpeakerPage
from tests.browser.conftest import artifacts_dir, chromium  # noqa: F401 — the browser tests' own fixtures

SLUG = "2025-smm-silver-conference"
# A speaker's name in Chinese characters, so the search index holds Chinese text.
NATIVE_NAME = ("wang-huilin", "王慧琳")


@dataclass
class Archive:
    folder: Path
    output: str
    media: Path


def export(out):
    stdout = StringIO()
    call_command("export_static", SLUG, "--out", str(out), stdout=stdout, stderr=StringIO())
    return stdout.getvalue()


@pytest.fixture(scope="module")
def demo_archive(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded and exported once for the module, rolled back at the end.

    The demo's images get a media folder of their own (as in tests/site/test_rendered_html_snapshots.py),
    kept for the module so that later exports in its tests find the same renditions.
    """
    media = tmp_path_factory.mktemp("archive-media")
    out = tmp_path_factory.mktemp("archive") / "edition"
    with override_settings(MEDIA_ROOT=str(media)), django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        speaker = SpeakerPage.objects.get(slug=NATIVE_NAME[0], locale=Locale.get_default())
        speaker.native_name = NATIVE_NAME[1]
        speaker.save_revision().publish()
        yield Archive(folder=out, output=export(out), media=media)
        transaction.set_rollback(True)
