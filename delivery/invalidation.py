"""What a change to a page makes stale, found from the page tree and Wagtail's reference index.

Publishing, unpublishing, moving or deleting a page moves the generations (delivery/generations.py)
of the page's own subtree and of the pages that show it, and sends the same addresses to the CDN:

- the page itself with everything below it and its routable sub-paths (exports such as
  `calendar.ics`, `schedule.xml`), under every Site whose root holds it;
- its ancestors (its conference, the section index, the home page), with their sub-paths;
- its siblings, when its type shows its neighbours (a `neighbours()` method, as sessions have);
- the pages it refers to and that refer to it, by Wagtail's reference index (its speakers and
  organisations, an award presented at it), and their parents, the directory indexes;
- the listings outside the tree: sitemap, feeds and the pages API;
- its translations with everything below them (their `hreflang` links and language switchers).

Each path's key covers every query-string variant (`?page=2`, directory filters). Everything else
stays cached. A view restriction added, changed or removed moves the `restrictions` generation,
which every cached answer carries: privacy is never left to a targeted guess.
https://docs.wagtail.org/en/stable/advanced_topics/reference_index.html
"""

import functools
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cdn import purge_urls
from .generations import CHROME, RESTRICTIONS, SITE, bump, page_key, tree_key
from .sites import load_sites, root_paths

# The home page (depth 2) and its children: the main menu in every header lists them.
MENU_DEPTH = 3
PAGE_FIELDS = ("id", "path", "depth", "url_path", "content_type")

# Listings outside the page tree that show pages from anywhere, by URL name.
LISTED_PAGES = ("sitemap", "reports_rss", "reports_atom")
LISTED_TREES = ("reports_rss", "wagtailapi:pages:listing")


def _reversed(names):
    """The paths of these URL names in every language (the feeds have one per language), each once."""
    paths = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for name in names:
                try:
                    paths[reverse(name)] = None
                except NoReverseMatch:
                    continue
    return list(paths)


def directory_of(path):
    return path.rsplit("/", 1)[0] + "/"


@functools.cache
def route_suffixes(page_class):
    """The routable sub-paths of a page type that take no argument (`calendar.ics`, …)."""
    if not issubclass(page_class, RoutablePageMixin):
        return ()
    suffixes = []
    for pattern in page_class.get_subpage_urls():
        if pattern.name and not pattern.pattern.regex.groups:
            try:
                suffixes.append(page_class.get_resolver().reverse(pattern.name).lstrip("/"))
            except NoReverseMatch:
                continue
    # A file-like route ("calendar.ics/") is linked without its slash (conference/exporters/urls.py).
    return tuple(dict.fromkeys(variant for suffix in suffixes if suffix for variant in (suffix, suffix.rstrip("/"))))


def site_roots():
    """(root page's url_path, root URL, public path of the root) of every Site's root page and, with
    WAGTAIL_I18N_ENABLED, of its translations: the Chinese home page's tree is served under /zh-hans/."""
    return [(path.root_path, path.root_url, language_prefix(path.language_code)) for path in root_paths(load_sites())]


def language_prefix(language_code):
    """The public path of a root page in this language: "/", or "/zh-hans/" (i18n_patterns)."""
    try:
        with translation.override(language_code):
            return reverse("wagtail_serve", args=("",))
    except NoReverseMatch:
        return "/"


def public_paths(url_path, roots):
    """(root URL, path) of a tree path under every Site whose root page (or its translation) holds it."""
    return [(root_url, prefix + url_path[len(root) :]) for root, root_url, prefix in roots if url_path.startswith(root)]


def pages_shown_with(page):
    """The live pages that show `page`: ancestors, neighbours, references both ways and their parents."""
    ids = set(page.get_ancestors().filter(depth__gte=2).values_list("id", flat=True))
    if hasattr(page.specific_class, "neighbours"):
        ids.update(page.get_siblings(inclusive=False).values_list("id", flat=True))
    page_type = ContentType.objects.get_for_model(Page)
    outbound = ReferenceIndex.get_references_for_object(page).filter(to_content_type=page_type)
    referenced = set(outbound.values_list("to_object_id", flat=True))
    # The index may lag the content it describes (Wagtail updates it in a task): bring it up to
    # date, so both the pages the page stopped showing and those it shows now are covered.
    if page.live:
        ReferenceIndex.create_or_update_for_object(page.specific)
        referenced.update(outbound.values_list("to_object_id", flat=True))
    inbound = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
    related = {int(pk) for pk in referenced} | {int(pk) for pk in inbound.values_list("object_id", flat=True)}
    related_pages = Page.objects.filter(id__in=related)
    parent_paths = {path[: -Page.steplen] for path in related_pages.values_list("path", flat=True)}
    ids.update(related)
    ids.update(Page.objects.filter(path__in=parent_paths, depth__gte=2).values_list("id", flat=True))
    ids.discard(page.id)
    return Page.objects.filter(id__in=ids, live=True).only(*PAGE_FIELDS)


class Invalidation:
    """Keys and CDN addresses gathered for one change, applied at once."""

    def __init__(self):
        self.roots = site_roots()
        self.keys = set()
        self.urls = set()

    def subtree(self, page, url_path=None):
        """The page, everything below it and its sub-paths, at `url_path` (its path before a move)."""
        for root_url, path in public_paths(url_path or page.url_path, self.roots):
            self.keys.add(tree_key(path))
            self.urls.update(root_url + path + suffix for suffix in ("", *route_suffixes(page.specific_class)))
        if page.depth <= MENU_DEPTH:
            self.keys.add(CHROME)

    def page(self, page):
        """The page at its path, every query string on it and its sub-paths; not the pages below."""
        for root_url, path in public_paths(page.url_path, self.roots):
            for suffix in ("", *route_suffixes(page.specific_class)):
                self.keys.add(page_key(path + suffix))
                self.urls.add(root_url + path + suffix)

    def listings(self):
        self.keys.update(page_key(path) for path in _reversed(LISTED_PAGES))
        self.keys.update(tree_key(directory_of(path)) for path in _reversed(LISTED_TREES))
        self.urls.update(root_url + path for _, root_url, _ in self.roots for path in _reversed(LISTED_PAGES))

    def translations(self, page):
        """The page in the other languages and all below them: their `hreflang` links and language
        switchers (which point at the nearest translated page above) name this one."""
        for counterpart in page.get_translations().only(*PAGE_FIELDS):
            self.subtree(counterpart)

    def page_and_its_showings(self, page, url_path=None):
        self.subtree(page, url_path)
        self.translations(page)
        for shown_on in pages_shown_with(page):
            self.page(shown_on)
        self.listings()

    def apply(self):
        bump(self.keys)
        urls = sorted(url for url in self.urls if url.startswith(("http://", "https://")))
        if urls:
            # The CDN is told once the change is committed, outside the editor's request.
            transaction.on_commit(lambda: purge_urls.enqueue(urls))


# The pages changed inside `one_change_for_all()`, or None outside it.
_pages_of_bulk_change = ContextVar("pages_of_bulk_change", default=None)


def invalidate_page(page, url_path=None):
    pending = _pages_of_bulk_change.get()
    if pending is not None:
        pending.append(page)
        return
    change = Invalidation()
    change.page_and_its_showings(page, url_path)
    change.apply()


@contextmanager
def one_change_for_all():
    """Pages created or published inside go stale together, once, when the block ends.

    An import writes thousands of pages that show one another; working out for each one which
    pages show it (the reference index, its neighbours) cost more than half of the import. Inside
    the block each page is only noted; at its end every cached page goes stale at once and the CDN
    is sent the noted pages' own addresses and the listings. Nothing is done when the block fails:
    its transaction is rolled back with the pages.
    """
    if _pages_of_bulk_change.get() is not None:
        yield
        return
    pages = []
    token = _pages_of_bulk_change.set(pages)
    try:
        yield
    finally:
        _pages_of_bulk_change.reset(token)
    if pages:
        change = Invalidation()
        change.keys.add(SITE)
        for page in pages:
            change.page(page)
        change.listings()
        change.apply()


@receiver(page_published, dispatch_uid="delivery.invalidation.published")
@receiver(page_unpublished, dispatch_uid="delivery.invalidation.unpublished")
def page_changed(sender, instance, **kwargs):
    invalidate_page(instance)


@receiver(post_page_move, dispatch_uid="delivery.invalidation.moved")
def page_moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    change = Invalidation()
    change.keys.add(RESTRICTIONS)  # the list of restricted paths holds tree paths, which a move changes
    change.subtree(instance, url_path_before)
    change.page_and_its_showings(instance)
    change.page(parent_page_before)
    for ancestor in parent_page_before.get_ancestors().filter(depth__gte=2).only(*PAGE_FIELDS):
        change.page(ancestor)
    change.apply()


@receiver(pre_delete, dispatch_uid="delivery.invalidation.deleted")
def page_deleted(sender, instance, **kwargs):
    # Before the delete, while the tree and the reference index still hold the page.
    if isinstance(instance, Page) and instance.live:
        invalidate_page(instance)


@receiver(post_save, dispatch_uid="delivery.invalidation.created_live")
def page_created_live(sender, instance, created, raw=False, **kwargs):
    # A page saved live from the start (an alias, a page made in code) sends no publish signal.
    if created and not raw and isinstance(instance, Page) and instance.live:
        invalidate_page(instance)
        if instance.alias_of_id:
            bump([RESTRICTIONS])  # an alias takes its privacy from its source (delivery/restricted_pages.py)


@receiver(post_save, dispatch_uid="delivery.invalidation.restriction_saved")
@receiver(post_delete, dispatch_uid="delivery.invalidation.restriction_deleted")
def restriction_changed(sender, instance, **kwargs):
    if isinstance(instance, BaseViewRestriction):
        bump([RESTRICTIONS])
        if isinstance(getattr(instance, "page", None), Page):
            invalidate_page(instance.page)


# Shown on many pages at once: every cached answer goes.
SITE_WIDE_CONTENT = (Site, BaseSiteSetting, BaseGenericSetting, AbstractImage, AbstractDocument)


@receiver(post_save, dispatch_uid="delivery.invalidation.site_saved")
@receiver(post_delete, dispatch_uid="delivery.invalidation.site_deleted")
def site_wide_content_changed(sender, instance, created=False, **kwargs):
    # Settings are created with their defaults on first read, which changes nothing shown.
    if created and isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
        return
    if isinstance(instance, SITE_WIDE_CONTENT):
        bump([SITE])
