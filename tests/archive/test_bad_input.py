"""What export_static refuses, and that a refused or failed export leaves nothing behind."""

import json
from io import StringIO

import pytest

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from wagtail.models import PageViewRestriction

from tests.factories import ConferencePageFactory, SessionPageFactory


def export(slug, out):
    call_command("export_static", slug, "--out", str(out), stdout=StringIO(), stderr=StringIO())


def leftovers(folder):
    """What an export left beside its target: partial or retired folders."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


@pytest.fixture
def edition(db):
    conference = ConferencePageFactory(slug="test-edition")
    SessionPageFactory(parent=conference, slug="opening")
    return conference


def test_unknown_slug_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="No conference has the slug 'no-such-edition'"):
        export("no-such-edition", tmp_path / "out")

    assert list(tmp_path.iterdir()) == []


def test_draft_edition_is_refused(edition, tmp_path):
    edition.unpublish()

    with pytest.raises(CommandError, match="'test-edition' is a draft"):
        export("test-edition", tmp_path / "out")

    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("restriction", [PageViewRestriction.PASSWORD, PageViewRestriction.GROUPS])
def test_private_edition_is_refused(edition, tmp_path, restriction):
    view_restriction = PageViewRestriction.objects.create(page=edition, restriction_type=restriction, password="x")
    if restriction == PageViewRestriction.GROUPS:
        view_restriction.groups.set([Group.objects.get(name="Editors")])

    with pytest.raises(CommandError, match="'test-edition' is private"):
        export("test-edition", tmp_path / "out")

    assert list(tmp_path.iterdir()) == []


def test_edition_below_a_private_page_is_refused(edition, tmp_path):
    PageViewRestriction.objects.create(page=edition.get_parent(), restriction_type="password", password="x")

    with pytest.raises(CommandError, match="is private"):
        export("test-edition", tmp_path / "out")


def test_folder_holding_other_files_is_refused_and_left_as_it_was(edition, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")

    with pytest.raises(CommandError, match="is not empty and holds no archive"):
        export("test-edition", out)

    assert [path.name for path in out.iterdir()] == ["notes.txt"]
    assert leftovers(tmp_path) == []


def test_archive_of_another_edition_is_refused(edition, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "archive.json").write_text(json.dumps({"edition": "another-edition"}))

    with pytest.raises(CommandError, match="holds the archive of 'another-edition'"):
        export("test-edition", out)


def test_folder_that_cannot_be_created_is_refused(edition, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")

    with pytest.raises(CommandError, match="Cannot write beside"):
        export("test-edition", blocker / "out")

    assert [path.name for path in tmp_path.iterdir()] == ["a-file"]


def test_target_that_is_a_file_is_refused(edition, tmp_path):
    (tmp_path / "out").write_text("")

    with pytest.raises(CommandError, match="is a file, not a folder"):
        export("test-edition", tmp_path / "out")


def test_empty_folder_is_filled(edition, tmp_path):
    out = tmp_path / "out"
    out.mkdir()

    export("test-edition", out)

    assert (out / "events/test-edition/opening/index.html").is_file()
    assert leftovers(tmp_path) == []


def test_failed_export_keeps_the_previous_archive_and_leaves_nothing_half_written(edition, tmp_path, monkeypatch):
    out = tmp_path / "out"
    export("test-edition", out)
    before = sorted(path.relative_to(out) for path in out.rglob("*"))
    edition.title = "A new title"
    edition.save_revision().publish()
    # The search index is built last, after every page is written: the latest point an export can fail.
    import pagefind_bin_extended  # noqa: PLC0415 — the third-party binary package, replaced for this test

    monkeypatch.setattr(pagefind_bin_extended, "get_executable", lambda: "/bin/false")

    with pytest.raises(CommandError, match="Pagefind failed"):
        export("test-edition", out)

    assert sorted(path.relative_to(out) for path in out.rglob("*")) == before
    assert "A new title" not in (out / "events/test-edition/index.html").read_text()
    assert leftovers(tmp_path) == []
