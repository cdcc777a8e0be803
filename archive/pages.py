"""Which pages make up an edition's archive.

The edition itself and its live public translations, every live public page below each of them
(sessions, awards), and the speaker and organisation pages those pages link to: what the edition
shows, found in its rendered HTML rather than through each relation, so a new kind of link in a
template is followed without a change here.
Drafts and pages under a view restriction are never part of an archive.
https://docs.wagtail.org/en/stable/advanced_topics/privacy.html
"""

from django.conf import settings
from django.utils import translation

from wagtail.models import Page, Site

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
    """The conference, its live public translations, and every live public page below each, in tree order."""
    editions = [conference, *conference.get_translations().live().public().specific().order_by("path")]
    pages = []
    for edition in editions:
        pages += [edition, *edition.get_descendants().live().public().specific().order_by("path")]
    return pages


def _url_paths(site, paths):
    """{tree url_path: site path} for these site paths, each under the root page of its language.

    Wagtail's site root paths give each language's root page (the Chinese home page's tree is served
    under `/zh-hans/`, i18n_patterns putting the language prefix first).
    """
    roots = {root.language_code: root.root_path for root in Site.get_site_root_paths() if root.site_id == site.id}
    found = {}
    for path in paths:
        if not path.startswith("/"):
            continue
        language = translation.get_language_from_path(path)
        root = roots.get(language or settings.LANGUAGE_CODE)
        if root is not None:
            found[root.rstrip("/") + (path[len(language) + 1 :] if language else path)] = path
    return found


def linked_pages(site, paths):
    """The live public speaker and organisation pages at these site paths, in tree order."""
    url_paths = list(_url_paths(site, paths))
    return list(
        Page.objects.live().public().type(*LINKED_PAGE_TYPES).filter(url_path__in=url_paths).specific().order_by("path")
    )


def hidden_paths(site, paths):
    """Those of these site paths that are pages readers cannot see: drafts or view-restricted."""
    by_url_path = _url_paths(site, paths)
    pages = Page.objects.filter(url_path__in=by_url_path)
    visible = set(pages.live().public().values_list("url_path", flat=True))
    return {by_url_path[url_path] for url_path in pages.values_list("url_path", flat=True) if url_path not in visible}
