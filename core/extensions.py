"""Where apps above core add their part to the home page and to search, without core naming them.

Core sits at the bottom of the content apps (docs/architecture.md). An app registers Wagtail hooks
with the names below in its `wagtail_hooks.py` (https://docs.wagtail.org/en/stable/reference/hooks.html):

- `HOME_PAGE_SECTIONS_HOOK`: `fn(home_page) -> HomeSection`: its `context` joins the home page's
  context (values may be lazy, so a cached body runs no query) and its `template` renders after the
  page's own introduction (conference: the latest edition, recent reports, past editions).
- `SEARCH_KINDS_HOOK`: `fn() -> (kind, page model)`: a kind of page a reader can narrow search
  results to, listed in hook order (`hooks.register(..., order=...)`).
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOME_PAGE_SECTIONS_HOOK = "home_page_sections"
SEARCH_KINDS_HOOK = "search_kinds"


@dataclass(frozen=True)
class HomeSection:
    template: str
    context: dict = field(default_factory=dict)


def contributions(hook_name, *args):
    """What each function registered under `hook_name` gives for `args`, in hook order, None left out."""
    return [part for fn in hooks.get_hooks(hook_name) if (part := fn(*args)) is not None]


def home_page_sections(home_page):
    return contributions(HOME_PAGE_SECTIONS_HOOK, home_page)


def search_kinds():
    """[(kind, page model)] in the order the kind filter lists them."""
    return [fn() for fn in hooks.get_hooks(SEARCH_KINDS_HOOK)]
