"""Search for an archive opened from disk, where browsers keep Pagefind from reading its index.

A page opened from disk may still load scripts beside it, so the export writes the title and the
readable text of each page's <main> into `search/offline-index.js`. The search page loads that file
only when it is opened from disk and keeps the pages whose title or text holds every word of the
query: plain substring matching, which needs no word splitting and so finds Chinese words inside
longer runs of characters as well as Latin ones.
"""

import json
import re
from html.parser import HTMLParser

OFFLINE_INDEX_FILE = "search/offline-index.js"
# Enough for every session summary of the demo; keeps a 250-page edition's index near a megabyte.
MAX_TEXT_CHARS = 6000
WHITESPACE = re.compile(r"\s+")


class _MainText(HTMLParser):
    """The text of the document's <main>, without scripts, styles and templates."""

    SKIPPED = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.main_depth = 0
        self.skipped_depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.main_depth += 1
        elif tag in self.SKIPPED and self.main_depth:
            self.skipped_depth += 1

    def handle_endtag(self, tag):
        if tag == "main" and self.main_depth:
            self.main_depth -= 1
        elif tag in self.SKIPPED and self.skipped_depth:
            self.skipped_depth -= 1

    def handle_data(self, data):
        if self.main_depth and not self.skipped_depth:
            self.parts.append(data)


def main_text(html):
    """The readable text of a page's <main>, white space collapsed, cut at MAX_TEXT_CHARS."""
    parser = _MainText()
    parser.feed(html)
    parser.close()
    return WHITESPACE.sub(" ", " ".join(parser.parts)).strip()[:MAX_TEXT_CHARS]


def offline_index_script(entries):
    """`search/offline-index.js` for [(title, url relative to the search page, page html)]."""
    index = [{"title": title, "url": url, "text": main_text(html)} for title, url, html in entries]
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    return f"window.archiveOfflineIndex = {data};\n".encode()
