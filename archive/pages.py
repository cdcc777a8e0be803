"""Which pages make up an edition's archive.

The edition itself, every live public page below it (sessions, awards), and the speaker and
organisation pages those pages link to: what the edition shows, found in its rendered HTML rather
than through each relation, so a new kind of link in a template is followed without a change here.
Drafts and pages under a view restriction are never part of an archive.
https://docs.wagtail.org/en/stable/advanced_topics/privacy.html
"""

from wagtail.models import Page

from conference.models import ConferencePage
from speakers.models import OrganisationPage, SpeakerPage

from .errors import ArchiveError

# Pages outside the edition that it shows and carries along: people and organisations.
LINKED_PAGE_TYPES = (SpeakerPage, OrganisationPage)


def find_edition(slug):
    """The live, public ConferencePage with this slug, or an ArchiveError saying why not."""
    conference = ConferencePage.objects.filter(slug=slug).order_by("path").first()
    if conference is None:
        raise ArchiveError(f"No conference has the slug {slug!r}.")
    if not conference.live:
        raise ArchiveError(f"The conference {slug!r} is a draft: publish it before archiving it.")
    if conference.get_view_restrictions().exists():
        raise ArchiveError(f"The conference {slug!r} is private (view-restricted): it is never archived.")
    if conference.get_site() is None:
        raise ArchiveError(f"The conference {slug!r} belongs to no site, so it has no public address.")
    return conference


def site_path(page):
    """The page's path on its site, e.g. `/events/2025-smm/`: the URL readers use."""
    _site_id, _root_url, path = page.get_url_parts()
    return path


def edition_pages(conference):
    """The conference and every live public page below it, in tree order."""
    below = conference.get_descendants().live().public().specific().order_by("path")
    return [conference, *below]


def linked_pages(site, paths):
    """The live public speaker and organisation pages at these site paths, in tree order."""
    root = site.root_page.url_path.rstrip("/")
    url_paths = [root + path for path in paths if path.startswith("/")]
    return list(
        Page.objects.live().public().type(*LINKED_PAGE_TYPES).filter(url_path__in=url_paths).specific().order_by("path")
    )


def hidden_paths(site, paths):
    """Those of these site paths that are pages readers cannot see: drafts or view-restricted."""
    root = site.root_page.url_path.rstrip("/")
    by_url_path = {root + path: path for path in paths if path.startswith("/")}
    pages = Page.objects.filter(url_path__in=by_url_path)
    visible = set(pages.live().public().values_list("url_path", flat=True))
    return {by_url_path[url_path] for url_path in pages.values_list("url_path", flat=True) if url_path not in visible}
