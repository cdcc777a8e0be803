"""Where a site URL lives in the archive, and how one archived file links to another.

A page at `/events/x/y/` is the file `events/x/y/index.html`; any other path (`/static/css/site.css`,
`/events/x/calendar.ics`) is the file of that name. Archive paths are plain (percent-decoded) and
relative to the archive's root; links between them are relative, so the folder works from disk
(file://) and under any path prefix of any static server.
"""

import posixpath
from urllib.parse import quote, unquote

INDEX = "index.html"


def archive_path(path):
    """`/events/x/` -> `events/x/index.html`; `/static/a.css` -> `static/a.css`."""
    plain = unquote(path).lstrip("/")
    if plain == "" or plain.endswith("/"):
        return plain + INDEX
    return plain


def relative_url(from_file, to_file):
    """The link from one archived file to another, percent-encoded: `../y/index.html`."""
    start = posixpath.dirname(from_file) or "."
    return quote(posixpath.relpath(to_file, start), safe="/")
