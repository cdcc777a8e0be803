"""The request's Site, its specific root page and the site root paths: one query, then memory.

On every request Wagtail finds the Site with one query (`get_site_for_hostname`), its router loads
the root page's specific object with a second, and the first `pageurl` loads the site root paths
with a third. All three answer questions about the same few rows of `wagtailcore_site`, which only
change when a site is saved or a site's root page changes (each moves a generation: `site`, or
`tree:/`, delivery/generations.py). So:

- on a miss, one query reads the sites' root pages and their translations with their locales, their
  specific pages (the page types that may sit at the top, joined) and the Sites rooted at them: every Site, its
  root page and, with WAGTAIL_I18N_ENABLED, the root page's translations (one per language, which
  Wagtail's root paths list and its router picks from by the active language); Wagtail's own choice
  of Site for a host is made over those rows (`choose_site`, the rules of `get_site_for_hostname`);
- each process remembers, per host and port, that Site and the root paths under those generations,
  for at most MEMO_SECONDS.

Both are handed to Wagtail through the per-request slots its own lookups fill and trust,
`request._wagtail_site` (read by `Site.find_for_request`) and `request._wagtail_cached_site_root_paths`
(read by `Page.get_url_parts`): Wagtail has no public way to give a request either. The root
page's translations ride on it as `top_level_translations` (read by `HomePage.localized`, so the
router needs no locale query either). The remembered objects are only read.
"""

from django.conf import settings
from django.db.models import F
from django.http.request import split_domain_port

from wagtail.models import Page, Site, get_page_models
from wagtail.models.sites import SiteRootPath

from .generations import SITE, StampMemo, read_for_request, stamp_of, tree_key

# Hosts are limited by ALLOWED_HOSTS already; a bound anyway, in case that allows any.
MAX_REMEMBERED_HOSTS = 64
MEMO_SECONDS = 300

_remembered = StampMemo(max_entries=MAX_REMEMBERED_HOSTS, max_age=MEMO_SECONDS)


def sites_stamp():
    return stamp_of([SITE, tree_key("/")])


def host_of(request):
    return split_domain_port(request.get_host())[0], request.get_port()


def top_level_page_models():
    """Page types that may be a site's root and inherit from Page directly (joinable in one query)."""
    return [
        model for model in get_page_models() if _is_child_of_page(model) and Page in model.allowed_parent_page_models()
    ]


def _is_child_of_page(model):
    return any(
        field.one_to_one and field.concrete and field.remote_field.parent_link and field.related_model is Page
        for field in model._meta.get_fields(include_parents=False)
    )


SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")


def load_sites():
    """Every Site with its root page as its specific type, in the order of Wagtail's root paths.

    One query over the sites' root pages and their translations (pages sharing a root page's
    translation key), each with its locale, its specific row (for the types that may sit at the top
    of the tree) and the Sites rooted at it joined in.
    """
    specific_names = [model._meta.model_name for model in top_level_page_models()]
    site_roots = Site.objects.values("root_page_id")
    rows = list(
        Page.objects.filter(translation_key__in=Page.objects.filter(id__in=site_roots).values("translation_key"))
        .select_related("locale", *specific_names)
        .annotate(**{f"site_{field}": F(f"sites_rooted_here__{field}") for field in SITE_FIELDS})
        .order_by("path")
    )
    tops = {}
    for row in rows:
        # A child type's reverse one-to-one is missing (an AttributeError) on pages of other types.
        tops.setdefault(row.id, next(filter(None, (getattr(row, name, None) for name in specific_names)), row))
    sites = []
    for row in rows:
        if row.site_id is not None:
            site = Site(**{field: getattr(row, f"site_{field}") for field in SITE_FIELDS})
            site._state.adding = False
            site.root_page = tops[row.id]
            sites.append(site)
    for top in tops.values():
        top.top_level_translations = [page for page in tops.values() if page.translation_key == top.translation_key]
    sites.sort(key=lambda site: site.hostname)
    sites.sort(key=lambda site: (site.root_page.url_path, site.is_default_site), reverse=True)
    return sites


def top_level_translations(page):
    """The translations (itself included) of a root page read with the remembered sites, or None."""
    return getattr(page, "top_level_translations", None)


def choose_site(sites, hostname, port):
    """Wagtail's choice of Site for a host (wagtail.models.sites.get_site_for_hostname), made over
    rows already loaded: exact host and port, then the host as the default site, then the only
    other site with that host name, then the default site."""

    def rank(site):
        if site.hostname == hostname:
            return 0 if site.port == port else 1 if site.is_default_site else 3
        return 2

    candidates = sorted((site for site in sites if site.hostname == hostname or site.is_default_site), key=rank)
    if not candidates:
        return None
    if len(candidates) == 1 or rank(candidates[0]) in (0, 1):
        return candidates[0]
    if rank(candidates[0]) == 2:
        return candidates[len(candidates) == 2]
    return None


def root_paths(sites):
    """Wagtail's `Site.get_site_root_paths()`, from the rows already read."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return [
            SiteRootPath(site.id, site.root_page.url_path, site.root_url, site.root_page.locale.language_code)
            for site in sites
        ]
    return [
        SiteRootPath(site.id, page.url_path, site.root_url, page.locale.language_code)
        for site in sites
        for page in site.root_page.top_level_translations
    ]


class RememberedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        read_for_request(request.path_info)  # the one query for all of this request's generations
        stamp = sites_stamp()
        if stamp is not None:  # with the database down, Wagtail's own lookup fails where it would anyway
            self.hand_over(request, stamp)
        return self.get_response(request)

    def hand_over(self, request, stamp):
        host = host_of(request)
        remembered = _remembered.get(stamp, host)
        if remembered is None:
            sites = load_sites()
            remembered = (choose_site(sites, *host), root_paths(sites))
            _remembered.set(stamp, host, remembered)
        site, paths = remembered
        request._wagtail_site = site
        request._wagtail_cached_site_root_paths = paths
