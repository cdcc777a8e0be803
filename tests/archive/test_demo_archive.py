"""The demo edition as a static archive: what it holds, that every link in it works, that it keeps
what did not change, and that private sessions stay out."""

import contextlib
import functools
import http.server
import re
import shutil
import threading

import pytest

from django.test import Client

from wagtail.models import Locale, PageViewRestriction

from awards.models import AwardPage
from conference.models import ConferencePage, SessionPage
from tests.browser.checks import broken_images, horizontal_overflow, load_all_images

from .conftest import SLUG, export
from .crawl import broken_links, linked_files

CONFERENCE = f"events/{SLUG}/"
SESSION = f"{CONFERENCE}silver-market-2025-status-and-trends/"
# Every test runs in the database transaction of the module's demo, reading or changing it.
pytestmark = pytest.mark.django_db

COUNTS = re.compile(r"(\d+) pages of .*: (\d+) files written, (\d+) unchanged, (\d+) removed\.")


def counts(output):
    return tuple(int(number) for number in COUNTS.search(output).groups())


def archive_files(folder):
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def test_archive_holds_the_edition_its_people_and_organisations_and_no_other_page(demo_archive, db):
    conference = ConferencePage.objects.get(slug=SLUG, locale=Locale.get_default())
    own = [page.url for page in [conference, *conference.get_descendants().live().public()]]
    pages = {name for name in archive_files(demo_archive.folder) if name.endswith("index.html")}

    assert {f"{url.strip('/')}/index.html" for url in own} <= pages
    # The demo is in English and Chinese: the Chinese pages are under zh-hans/.
    top = {"index.html", "events", "speakers", "organisations", "search", "zh-hans"}
    assert {name.split("/")[0] for name in pages} == top
    assert "speakers/wang-huilin/index.html" in pages
    assert "organisations/smm/index.html" in pages
    # Outside the edition: the home page, the sections' indexes, other editions.
    assert {"events/index.html", "speakers/index.html", "organisations/index.html"} & pages == set()
    page_count, written, unchanged, removed = counts(demo_archive.output)
    assert (page_count, written, unchanged, removed) == (
        len(pages) - 2,  # the start page and the search page are the archive's own
        len(archive_files(demo_archive.folder)),
        0,
        0,
    )


def test_every_link_and_image_in_the_archive_resolves(demo_archive):
    assert broken_links(demo_archive.folder) == []


def test_archive_holds_only_the_media_its_pages_use(demo_archive):
    media = {name for name in archive_files(demo_archive.folder) if name.startswith("media/")}

    assert len(media) > 100
    assert media == {name for name in linked_files(demo_archive.folder) if name.startswith("media/")}


def test_calendars_and_schedules_are_what_the_site_serves(demo_archive, db):
    client = Client()
    for name in ("calendar.ics", "schedule.xml", "schedule.json"):
        assert (demo_archive.folder / CONFERENCE / name).read_bytes() == client.get(f"/{CONFERENCE}{name}").content
    assert (demo_archive.folder / SESSION / "calendar.ics").read_bytes() == client.get(
        f"/{SESSION}calendar.ics"
    ).content


def test_links_outside_the_edition_go_to_the_live_site_and_pages_keep_their_canonical_link(demo_archive):
    html = (demo_archive.folder / CONFERENCE / "index.html").read_text()

    assert f'<link rel="canonical" href="http://localhost/{CONFERENCE}">' in html
    assert 'href="http://localhost/speakers/"' in html
    assert 'href="http://localhost/"' in html
    assert 'href="silver-market-2025-status-and-trends/index.html"' in html
    assert 'action="../../search/index.html"' in html


def test_start_page_leads_to_the_conference(demo_archive):
    html = (demo_archive.folder / "index.html").read_text()

    assert f'<meta http-equiv="refresh" content="0; url={CONFERENCE}index.html">' in html


def test_search_page_uses_pagefind_and_lists_every_page(demo_archive):
    html = (demo_archive.folder / "search/index.html").read_text()

    assert '<script src="../pagefind/pagefind-ui.js" defer></script>' in html
    assert '<script src="../static/archive/search.js" defer></script>' in html
    assert 'href="../speakers/wang-huilin/index.html"' in html
    assert 'data-offline-index="offline-index.js"' in html
    assert "data-pagefind-body" not in html
    # In the edition's language, whichever language's pages were rendered last: Pagefind's interface
    # searches the index of the search page's own <html lang>.
    assert '<html lang="en"' in html
    entry = (demo_archive.folder / "pagefind/pagefind-entry.json").read_text()
    page_count = counts(demo_archive.output)[0]
    # One index per language (the demo is in English and Chinese): together they hold every page.
    indexed = re.findall(r'"[a-z-]+":\{"hash":"[^"]+","wasm":(?:"[^"]*"|null),"page_count":(\d+)\}', entry)
    assert sum(int(count) for count in indexed) == page_count


def test_exporting_again_writes_nothing_and_keeps_file_times(demo_archive, db):
    folder = demo_archive.folder
    page = folder / SESSION / "index.html"
    modified = page.stat().st_mtime_ns
    before = {name: (folder / name).read_bytes() for name in archive_files(folder)}

    output = export(folder)

    changed = sorted(name for name in archive_files(folder) if (folder / name).read_bytes() != before.get(name))
    assert (counts(output)[1:], changed) == ((0, len(before), 0), [])
    assert page.stat().st_mtime_ns == modified


@pytest.fixture
def archive_copy(demo_archive, tmp_path):
    copy = tmp_path / "edition"
    shutil.copytree(demo_archive.folder, copy)
    return copy


def test_unpublished_session_is_removed_and_pages_that_listed_it_rewritten(archive_copy, db):
    before = archive_files(archive_copy)
    session = SessionPage.objects.get(slug="silver-market-2025-status-and-trends", locale=Locale.get_default())
    session.unpublish()

    output = export(archive_copy)

    _pages, written, _unchanged, removed = counts(output)
    gone = before - archive_files(archive_copy)
    assert {f"{SESSION}index.html", f"{SESSION}calendar.ics"} <= gone
    assert removed == len(gone)
    assert 0 < written < 100  # the pages that listed it and the search index, not the whole archive
    assert broken_links(archive_copy) == []


def test_private_session_and_award_are_not_exported_nor_linked(archive_copy, db):
    session = SessionPage.objects.get(slug="silver-market-2025-status-and-trends", locale=Locale.get_default())
    award = AwardPage.objects.get(slug="silver-glory-award-2025", locale=Locale.get_default())
    for page in (session, award):
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")

    export(archive_copy)

    assert not (archive_copy / SESSION).exists()
    assert not (archive_copy / CONFERENCE / "silver-glory-award-2025").exists()
    for path in archive_copy.rglob("*.html"):
        assert "silver-market-2025-status-and-trends/" not in path.read_text(), path
    assert broken_links(archive_copy) == []


# In Chromium, as a reader opens the archive: from disk, and from a static server under a path prefix.


@contextlib.contextmanager
def opened(browser, url, width=390):
    """The page at `url` in a fresh browser context, and the list its console errors, script errors
    and failed requests are added to."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(f"console: {message.text}"))
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.goto(url)
    try:
        yield page, problems
    finally:
        context.close()


def open_and_check(browser, url, width, screenshot):
    """Problems of the page at `url`: errors, failed requests, broken images, horizontal overflow."""
    with opened(browser, url, width) as (page, problems):
        load_all_images(page)
        page.screenshot(path=str(screenshot), full_page=width > 400)
        return problems + broken_images(page) + horizontal_overflow(page)


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", ["conference", "session"])
def test_pages_opened_from_disk_show_everything(demo_archive, chromium, artifacts_dir, name, width):
    file = demo_archive.folder / {"conference": CONFERENCE, "session": SESSION}[name] / "index.html"

    problems = chromium.run(open_and_check, file.as_uri(), width, artifacts_dir / f"archive-{name}-{width}.png")

    assert problems == []


def search_results(browser, url):
    """The result links Pagefind's interface shows for the search page at `url` (with `?q=`)."""
    with opened(browser, url) as (page, problems):
        page.wait_for_selector(".pagefind-ui__result-link", timeout=10_000)
        return page.eval_on_selector_all(".pagefind-ui__result-link", "links => links.map(link => link.href)"), problems


@pytest.fixture
def static_server(demo_archive, tmp_path):
    """A plain static file server with the archive under /reports/2025/, as a host that serves it below a prefix."""
    root = tmp_path / "www"
    (root / "reports").mkdir(parents=True)
    (root / "reports/2025").symlink_to(demo_archive.folder)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/reports/2025/"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "expected"),
    [("silver market trends", f"{SESSION}index.html"), ("王慧琳", "speakers/wang-huilin/index.html")],
)
def test_search_finds_pages_on_a_static_server_below_a_path_prefix(static_server, chromium, query, expected):
    links, errors = chromium.run(search_results, f"{static_server}search/index.html?q={query}")

    assert errors == []
    assert f"{static_server}{expected}" in links
    assert all(link.startswith(static_server) for link in links)


def offline_search(browser, url):
    """What the search page at `url`, opened from disk, shows: its note, the links it found, the
    number of pages it lists, and any problem."""
    with opened(browser, url) as (page, problems):
        page.wait_for_selector("[data-archive-offline-status]:not(:empty)", timeout=10_000)
        found = page.eval_on_selector_all(
            "[data-archive-offline-results] a", "links => links.map(link => link.getAttribute('href'))"
        )
        listed = page.eval_on_selector_all(".archive-pages a", "links => links.length")
        return page.is_visible("[data-archive-search-offline]"), found, listed, problems


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "expected"),
    [("silver market trends", f"../{SESSION}index.html"), ("王慧琳", "../speakers/wang-huilin/index.html")],
)
def test_search_page_opened_from_disk_searches_the_pages_text(demo_archive, chromium, query, expected):
    url = (demo_archive.folder / "search/index.html").as_uri() + f"?q={query}"

    shown, found, listed, problems = chromium.run(offline_search, url)

    assert [shown, expected in found, listed, problems] == [True, True, counts(demo_archive.output)[0], []]
    assert len(found) < listed


@pytest.mark.browser
def test_search_opened_from_disk_finds_nothing_for_words_no_page_holds(demo_archive, chromium):
    url = (demo_archive.folder / "search/index.html").as_uri() + "?q=silver+zeppelin"

    assert chromium.run(offline_search, url)[1] == []
