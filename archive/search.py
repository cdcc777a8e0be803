"""Search without a server: Pagefind indexes the archived pages, and the archive's search page uses
Pagefind's own interface instead of the site's `/search/` (https://pagefind.app/docs/).

Pagefind reads only what pages mark with `data-pagefind-body` (their <main>), one index per
`<html lang>`; the extended binary (`pagefind[extended]`) also splits Chinese and Japanese text into
words. Browsers do not let pages opened from disk load the index, so there the search page searches
the pages' text in the browser instead (offline_search.py) and lists every page of the archive.
"""

import json
import subprocess
import tempfile
from pathlib import Path

from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse

from .errors import ArchiveError
from .layout import relative_url
from .offline_search import OFFLINE_INDEX_FILE

SEARCH_FILE = "search/index.html"
BUNDLE_FOLDER = "pagefind"
# Pagefind's list of the bundle's languages and their index files.
ENTRY_FILE = "pagefind-entry.json"
PAGEFIND_TIMEOUT_SECONDS = 300


def pagefind_executable():
    try:
        import pagefind_bin_extended  # noqa: PLC0415 — optional, heavy binary package; only exports need it
    except ImportError as error:
        raise ArchiveError("Pagefind is not installed: pip install -r requirements.txt.") from error
    return str(pagefind_bin_extended.get_executable())


def search_page_html(reader, links, listed_pages):
    """The site's search page with its <main> replaced by Pagefind's interface and a list of every page.

    `listed_pages` is [(title, archive file)] in the order to list them.
    """
    path = reverse("search")
    html = reader.page_html(path)
    listing = [(title, relative_url(SEARCH_FILE, file)) for title, file in listed_pages]
    main = render_to_string(
        "archive/search_main.html",
        {"pages": listing, "offline_index": relative_url(SEARCH_FILE, OFFLINE_INDEX_FILE)},
    )
    head = render_to_string(
        "archive/search_head.html",
        {
            "pagefind_css": relative_url(SEARCH_FILE, f"{BUNDLE_FOLDER}/pagefind-ui.css"),
            "pagefind_js": relative_url(SEARCH_FILE, f"{BUNDLE_FOLDER}/pagefind-ui.js"),
            "search_js": links.rewrite(static("archive/search.js"), SEARCH_FILE, path),
        },
    )
    return html, main, head


def build_index(site_folder):
    """Run Pagefind over the HTML in `site_folder`; {archive path: bytes} of the bundle it writes."""
    with tempfile.TemporaryDirectory(prefix="pagefind-") as output:
        command = [
            pagefind_executable(),
            "--site",
            str(site_folder),
            "--output-path",
            output,
            "--keep-index-url",  # results link to …/index.html, which every static host and S3 serve
            "--quiet",
        ]
        try:
            subprocess.run(command, check=True, capture_output=True, text=True, timeout=PAGEFIND_TIMEOUT_SECONDS)  # noqa: S603
        except subprocess.CalledProcessError as error:
            raise ArchiveError(f"Pagefind failed: {error.stderr.strip() or error.stdout.strip()}") from error
        except subprocess.TimeoutExpired as error:
            raise ArchiveError("Pagefind took too long to index the archive.") from error
        root = Path(output)
        return {
            f"{BUNDLE_FOLDER}/{path.relative_to(root).as_posix()}": _stable(path)
            for path in sorted(root.rglob("*"))
            if path.is_file()
        }


def _stable(path):
    """The file's bytes; Pagefind's entry file with its languages in order, since Pagefind writes its map of
    languages in no fixed order and an unchanged archive must export byte for byte the same."""
    if path.name != ENTRY_FILE:
        return path.read_bytes()
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["languages"] = dict(sorted(entry["languages"].items()))
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()
