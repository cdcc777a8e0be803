"""Export one edition as a folder of plain files (docs/archive.md): the steps, in order.

1. find the edition and its pages (pages.py), render them as readers get them (render.py);
2. rewrite their URLs (links.py, html_rewriter.py), adding the speaker and organisation pages they show;
3. write pages, the search page, the files they use, and Pagefind's index into a new folder that
   replaces the target only at the end, keeping unchanged files (files.py, search.py).
"""

from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .errors import ArchiveError
from .files import ArchiveFolder
from .html_rewriter import rewrite_html, urls_in_html
from .layout import archive_path, relative_url
from .links import EditionLinks
from .offline_search import OFFLINE_INDEX_FILE, offline_index_script
from .pages import edition_pages, find_edition, hidden_paths, linked_pages, site_path
from .render import SiteReader
from .search import SEARCH_FILE, build_index, search_page_html

ROOT_FILE = "index.html"


@dataclass
class ExportResult:
    folder: object
    pages: int
    counts: dict
    missing: list = field(default_factory=list)


def _site_paths(urls, base):
    """The site paths among these URLs (no scheme or host), without query or fragment."""
    paths = set()
    for url in urls:
        parts = urlsplit(url)
        if not parts.scheme and not parts.netloc and parts.path:
            paths.add(urljoin(base, parts.path))
    return paths


def export_edition(slug, out):
    """Write the edition `slug` into the folder `out`; an ArchiveError says why it cannot be."""
    conference = find_edition(slug)
    # The archive's own pages (search, start page) in the edition's language, whatever is active.
    with translation.override(conference.locale.language_code):
        return _export(conference, slug, out)


def _export(conference, slug, out):
    site = conference.get_site()
    reader = SiteReader(site)

    # The edition's own pages, then the people and organisations they show.
    rendered = {}
    for page in edition_pages(conference):
        rendered[site_path(page)] = (page, reader.page_html(site_path(page)))
    named = set().union(*(_site_paths(urls_in_html(html), path) for path, (_page, html) in rendered.items()))
    for page in linked_pages(site, named - rendered.keys()):
        rendered[site_path(page)] = (page, reader.page_html(site_path(page)))
    named |= set().union(*(_site_paths(urls_in_html(html), path) for path, (_page, html) in rendered.items()))

    page_files = {path: archive_path(path) for path in rendered}
    for code, _name in settings.LANGUAGES:  # every language's search form leads to the archive's search
        with translation.override(code):
            page_files[reverse("search")] = SEARCH_FILE
    links = EditionLinks(
        root_url=site.root_url,
        page_files=page_files,
        hidden_paths=hidden_paths(site, named - page_files.keys()),
        reader=reader,
    )

    with ArchiveFolder(out, slug) as folder:
        for path, (_page, html) in rendered.items():
            file = page_files[path]
            folder.write(file, rewrite_html(html, links.rewriter(file, path), mark_main=True).encode())

        listed = [(page.title, page_files[path]) for path, (page, _html) in rendered.items()]
        search_html, search_main, search_head = search_page_html(reader, links, listed)
        search_path = reverse("search")
        page = rewrite_html(
            search_html, links.rewriter(SEARCH_FILE, search_path), main_content=search_main, extra_head=search_head
        )
        folder.write(SEARCH_FILE, page.encode())
        folder.write(OFFLINE_INDEX_FILE, offline_index_script(_search_entries(rendered, page_files)))
        folder.write(ROOT_FILE, _start_page(conference, relative_url(ROOT_FILE, page_files[site_path(conference)])))

        missing = _write_files(folder, links)
        for name, content in build_index(folder.partial).items():
            folder.write(name, content)
    return ExportResult(folder=folder.target, pages=len(rendered), counts=dict(folder.counts), missing=missing)


def _search_entries(rendered, page_files):
    """(title, URL from the search page, HTML) of every page, for the search of an archive opened from disk."""
    return [(page.title, relative_url(SEARCH_FILE, page_files[path]), html) for path, (page, html) in rendered.items()]


def _start_page(conference, start):
    return render_to_string(
        "archive/index.html",
        {
            "title": conference.title,
            "start": start,
            "canonical": conference.full_url,
            "language": conference.locale.language_code,
        },
    ).encode()


def _write_files(folder, links):
    """Write the fetched exports and the static and media files the pages use, style sheets'
    own references included; the names of files that could not be read."""
    for name, content in links.fetched.items():
        folder.write(name, content)
    done, missing = set(), []
    while pending := [name for name in links.needed if name not in done]:
        for name in pending:
            done.add(name)
            stored = links.needed[name]
            content = stored.read()
            if content is None:
                missing.append(name)
                continue
            if name.endswith(".css"):
                css_path = "/" + name  # static and media files keep their site path in the archive
                content = links.rewrite_css(content.decode(), name, css_path).encode()
            folder.write(name, content)
    if missing and not done - set(missing):
        raise ArchiveError("None of the static or media files could be read: is collectstatic done?")
    return sorted(missing)
