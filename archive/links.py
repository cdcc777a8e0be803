"""How each URL in an archived page is written: relative inside the edition, absolute to the live site
outside it, dropped where it would lead to a page readers cannot see.

| the URL names…                                   | in the archive                               |
|--------------------------------------------------|----------------------------------------------|
| a page of the edition (or the search page)      | relative link to its `index.html`            |
| a static file, an image or rendition            | relative link; the file is copied            |
| an export under an archived page, a document    | relative link; the file is fetched as readers get it |
| a draft or view-restricted page                  | no link (the text stays)                     |
| any other page or path of the site               | the live address (`DJANGO_SITE_URL`)         |
| another site, mailto:, a fragment                | unchanged                                    |
"""

import re
from urllib.parse import urljoin, urlsplit

from .assets import AssetFinder, is_served_file
from .layout import archive_path, relative_url

CSS_URL = re.compile(r"""url\(\s*(?P<quote>['"]?)(?P<url>[^'")]*)(?P=quote)\s*\)""")


class EditionLinks:
    """Rewrites URLs for one archive and remembers the files those URLs need (`needed`)."""

    def __init__(self, *, root_url, page_files, hidden_paths, reader):
        self.root_url = root_url.rstrip("/")
        self.page_files = page_files  # {site path: archive file}
        self.hidden_paths = hidden_paths
        self.reader = reader
        self.assets = AssetFinder()
        self.needed = {}  # {archive file: StoredFile}
        self.fetched = {}  # {archive file: bytes}, exports and documents as readers get them
        self.unavailable = set()  # served files readers would not get: linked to the live site

    def rewriter(self, current_file, current_path):
        """A function for `rewrite_html`: rewrites URLs found in `current_file`, served at `current_path`."""
        return lambda url: self.rewrite(url, current_file, current_path)

    def rewrite(self, url, current_file, current_path):
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            stored = self.assets.stored_file_at_address(url) if parts.scheme in ("http", "https", "") else None
            if stored is None:
                return url
            self.needed[stored.archive_file] = stored
            return relative_url(current_file, stored.archive_file)
        if not parts.path:
            return url  # "#top", "?page=2" on the same page
        path = urljoin(current_path, parts.path)
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        if path in self.page_files and not parts.query:
            return relative_url(current_file, self.page_files[path]) + fragment
        if path in self.hidden_paths:
            return None
        local = self._local_file(path) if not parts.query else None
        if local is not None:
            return relative_url(current_file, local) + fragment
        query = f"?{parts.query}" if parts.query else ""
        return f"{self.root_url}{path}{query}{fragment}"

    def _local_file(self, path):
        """The archive file for a static, media or served file at `path`, or None to link the live site."""
        stored = self.assets.stored_file_at_path(path)
        if stored is not None:
            self.needed[stored.archive_file] = stored
            return stored.archive_file
        if not is_served_file(path, self.page_files) or path in self.unavailable:
            return None
        file = archive_path(path)
        if file not in self.fetched:
            content = self.reader.content(path)
            if content is None:
                self.unavailable.add(path)
                return None
            self.fetched[file] = content
        return file

    def rewrite_css(self, css, current_file, current_path):
        """A style sheet with its `url(...)` references rewritten like HTML attributes."""

        def replace(match):
            url = match.group("url").strip()
            if not url or url.startswith(("data:", "#")):
                return match.group(0)
            new = self.rewrite(url, current_file, current_path)
            return f'url("{new}")' if new is not None else match.group(0)

        return CSS_URL.sub(replace, css)
