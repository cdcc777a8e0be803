"""The site's one public address, `settings.SITE_URL` (from `DJANGO_SITE_URL`).

Every absolute URL the site emits (canonical links, feeds, sitemap, calendars, exports, the API, the
admin's links) is built by Wagtail from the default Site's `root_url`, so the address lives in one
place: the Site record. `migrate` writes the configured address into that record (a post_migrate
receiver, so it also runs when there is nothing to migrate), and a system check warns when the
database says something else. Wagtail derives the scheme from the port (80 is http, 443 https, any
other port plain http), so only addresses it can express are accepted.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class PublicAddress:
    hostname: str
    port: int


def parse_site_url(url):
    """`https://reports.example.org` -> PublicAddress("reports.example.org", 443), or a clear error."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise ImproperlyConfigured(f"DJANGO_SITE_URL {url!r} is not a URL: {error}.") from None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"DJANGO_SITE_URL {url!r} must be an absolute http or https address, e.g. https://reports.example.org."
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ImproperlyConfigured(
            f"DJANGO_SITE_URL {url!r} must be a scheme, host and optional port only (the site is served at /)."
        )
    port = port or DEFAULT_PORTS[parts.scheme]
    # Wagtail's Site.root_url says https only for port 443, http for any other.
    if (parts.scheme == "https") != (port == 443):
        raise ImproperlyConfigured(
            f"DJANGO_SITE_URL {url!r}: Wagtail serves https on port 443 only and http on any other port."
        )
    return PublicAddress(hostname=parts.hostname, port=port)


def configured_address():
    """The configured address, or None when SITE_URL is empty (the Site record is left as it is)."""
    url = getattr(settings, "SITE_URL", "")
    return parse_site_url(url) if url else None


def apply_site_url(**kwargs):
    """post_migrate: write the configured address into the default Site.

    The real Site model, not the migration state's, so its save signals run: Wagtail forgets its
    cached site root paths and our content version moves on, so no stale address is served.
    """

    address = configured_address()
    using = kwargs.get("using", DEFAULT_DB_ALIAS)
    # `migrate APP` of another app alone (a task queue's table, say) may run before Wagtail's tables exist.
    if address is None or Site._meta.db_table not in connections[using].introspection.table_names():
        return
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (address.hostname, address.port):
        return
    site.hostname, site.port = address.hostname, address.port
    site.save(update_fields=["hostname", "port"])


@checks.register(checks.Tags.urls)
def check_site_url(app_configs=None, **kwargs):
    """An invalid SITE_URL is an error; a default Site that disagrees with it is a warning."""

    try:
        address = configured_address()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="core.E001")]
    if address is None:
        return []
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []  # Not migrated yet: migrate will create the Site and apply the address.
    if site is None or (site.hostname, site.port) != (address.hostname, address.port):
        found = site.root_url if site else "no default Site"
        return [
            checks.Warning(
                f"The default Site is {found} but DJANGO_SITE_URL is {settings.SITE_URL}: absolute URLs "
                "(canonical links, feeds, exports, the admin's links) use the Site.",
                hint="Run `manage.py migrate`, which writes DJANGO_SITE_URL into the default Site.",
                id="core.W001",
            )
        ]
    return []
