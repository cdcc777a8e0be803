"""The columns a page needs when a listing shows it as a link, for `QuerySet.only()`.

Agenda cards, a speaker's other talks and sponsor lists show each page's title and link. Wagtail's
Page has some thirty columns; reading all of them, and those of the page type, costs more in
building the query and the model instances than in fetching the rows (docs/performance.md). A
link needs `url_path` (Wagtail's `get_url_parts`), privacy checks need `path` and `live`, and
`specific`, translations and the tree need the rest of this list.
"""

LINK_COLUMNS = ("id", "path", "depth", "title", "slug", "url_path", "live", "locale_id", "content_type_id")


def link_columns(relation="", *extra):
    """LINK_COLUMNS (and `extra` columns) of the page at `relation`, or of the queried page itself."""
    prefix = f"{relation}__" if relation else ""
    return tuple(prefix + name for name in (*LINK_COLUMNS, *extra))
