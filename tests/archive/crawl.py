"""A reader's check of an archive folder, written independently of the exporter: every URL in every
HTML and CSS file is read with the standard library's HTML parser, and each relative one must name
a file in the folder (a folder link must hold an index.html)."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

URL_ATTRIBUTES = {"href", "src", "poster", "action", "data-gallery-full"}
SRCSET_ATTRIBUTES = {"srcset", "imagesrcset"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in URL_ATTRIBUTES:
                self.urls.append(value)
            elif name in SRCSET_ATTRIBUTES:
                self.urls += [candidate.split()[0] for candidate in value.split(", ") if candidate.strip()]


def urls_in(path):
    text = path.read_text()
    if path.suffix == ".css":
        return CSS_URL.findall(text)
    parser = _Links()
    parser.feed(text)
    return parser.urls


def local_target(folder, source, url):
    """The file a relative URL in `source` names, or None for an absolute URL, fragment or mailto."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path or url.startswith("/"):
        return None
    target = (source.parent / unquote(parts.path)).resolve()
    return target / "index.html" if target.is_dir() else target


def broken_links(folder):
    """["source -> url"] for each relative URL that names no file, and each site-absolute path (`/x`),
    which would break under a path prefix or from disk."""
    folder = Path(folder).resolve()
    broken = []
    for source in sorted(folder.rglob("*")):
        if source.suffix not in (".html", ".css") or "pagefind" in source.relative_to(folder).parts:
            continue
        for url in urls_in(source):
            relative_source = source.relative_to(folder)
            if url.startswith("/") and not url.startswith("//"):
                broken.append(f"{relative_source} -> {url} (site path)")
                continue
            target = local_target(folder, source, url)
            if target is not None and (not target.is_file() or folder not in target.parents):
                broken.append(f"{relative_source} -> {url}")
    return broken


def linked_files(folder):
    """Every archive file that an HTML or CSS file of the archive links to, relative to the folder."""
    folder = Path(folder).resolve()
    found = set()
    for source in folder.rglob("*"):
        if source.suffix in (".html", ".css"):
            for url in urls_in(source):
                target = local_target(folder, source, url)
                if target is not None and target.is_file():
                    found.add(target.relative_to(folder).as_posix())
    return found
