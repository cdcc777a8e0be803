"""Everything the <head> says about a page: canonical and permanent links, Open Graph and Twitter
card fields, feeds and schema.org JSON-LD (rendered by templates/sharing/head_meta.html into
every page's head through the hook of core/page_head.py).

It uses what the page's context has already loaded (the conference page's agenda and sponsors,
the session page's participants), so the metadata adds no per-item queries.
https://ogp.me/ and https://developer.x.com/en/docs/x-for-websites/cards/overview/markup
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.models import Page, Site

from awards.models import AwardPage
from conference.models import ConferencePage, SessionPage, SessionParticipant
from conference.queries import live_sessions
from core.models import HomePage
from core.permalinks import absolute_permalink
from speakers.models import OrganisationPage, SpeakerPage

from . import structured_data
from .share_cards.links import share_card_url
from .tree import live_conference_of

DESCRIPTION_LENGTH = 200
# JSON-LD names renditions the page itself shows, never originals: originals are private, reachable
# only through signed URLs that expire (docs/deployment.md), and a cached page must not hold those.
PHOTO_RENDITION = "format-jpeg|fill-400x400"
LOGO_RENDITION = "format-png|max-400x240"
CARD_WIDTH, CARD_HEIGHT = 1200, 630


@dataclass
class FeedLink:
    title: str
    content_type: str
    url: str


@dataclass
class PageMetadata:
    site_name: str
    title: str = ""
    description: str = ""
    canonical: str = ""
    shortlink: str = ""
    og_type: str = "website"
    image: str = ""
    image_alt: str = ""
    image_width: int = CARD_WIDTH
    image_height: int = CARD_HEIGHT
    # Extra Open Graph properties of the og:type, e.g. article:published_time.
    properties: list[tuple[str, str]] = field(default_factory=list)
    feeds: list[FeedLink] = field(default_factory=list)
    structured_data: dict | None = None


def absolute(root_url, url):
    """Media URLs may be relative to the site ("/media/..."); shared metadata needs them whole."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return root_url + url


def feed_links(root_url, conference=None):
    links = [
        FeedLink("Session reports (RSS)", "application/rss+xml", root_url + reverse("reports_rss")),
        FeedLink("Session reports (Atom)", "application/atom+xml", root_url + reverse("reports_atom")),
    ]
    if conference is not None:
        links += [
            FeedLink(
                f"{conference.title}: session reports (RSS)",
                "application/rss+xml",
                root_url + reverse("conference_reports_rss", args=[conference.pk]),
            ),
            FeedLink(
                f"{conference.title}: session reports (Atom)",
                "application/atom+xml",
                root_url + reverse("conference_reports_atom", args=[conference.pk]),
            ),
        ]
    return links


def describe(page):
    """A sentence or two for previews: the editor's search description first, then the page's own."""
    if page.search_description:
        text = page.search_description
    elif isinstance(page, SpeakerPage):
        organisation = page.organisation if page.organisation_id and page.organisation.live else None
        text = ", ".join(part for part in (page.position, organisation.title if organisation else "") if part)
    elif isinstance(page, OrganisationPage):
        text = strip_tags(page.description)
    else:
        text = getattr(page, "teaser", "") or strip_tags(getattr(page, "introduction", "") or "")
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


def page_url_map(pages, request):
    return {item.pk: item.get_full_url(request) for item in pages if item is not None and item.live}


class MetadataBuilder:
    """Collects one page's metadata; `context` is the page's template context."""

    def __init__(self, page, request, context):
        self.page = page
        self.request = request
        self.context = context
        url_parts = page.get_url_parts(request)
        self.root_url = url_parts[1] if url_parts else ""
        self.conference = None

    def build(self, site_name):
        page = self.page
        meta = PageMetadata(
            site_name=site_name,
            title=page.seo_title or page.title,
            description=describe(page),
            canonical=page.get_full_url(self.request) or "",
            shortlink=absolute_permalink(page, self.request),
            image=share_card_url(page, self.root_url) if self.root_url else "",
            image_alt=f"{page.title}: share card",
        )
        # In the language the page is served in (core/languages.py: the path's).
        meta.structured_data = structured_data.in_language(self.structured_data(meta), translation.get_language())
        meta.feeds = feed_links(self.root_url, self.conference) if self.root_url else []
        meta.og_type, meta.properties = self.open_graph_type()
        return meta

    def open_graph_type(self):
        page = self.page
        if isinstance(page, SessionPage | AwardPage):
            properties = [
                ("article:published_time", page.first_published_at),
                ("article:modified_time", page.last_published_at),
                ("article:section", self.conference.title if self.conference else ""),
            ]
            return "article", [
                (name, value.isoformat() if hasattr(value, "isoformat") else value)
                for name, value in properties
                if value
            ]
        if isinstance(page, SpeakerPage):
            properties = [("profile:first_name", page.given_name), ("profile:last_name", page.family_name)]
            return "profile", [(name, value) for name, value in properties if value]
        return "website", []

    def structured_data(self, meta):
        page = self.page
        if isinstance(page, ConferencePage):
            self.conference = page
            return self.conference_data(meta)
        if isinstance(page, SessionPage | AwardPage):
            # The page's context has loaded its conference already (conference/queries.py, awards/models.py).
            loaded = self.context.get("conference")
            self.conference = loaded if loaded is not None and loaded.live else live_conference_of(page)
            return self.session_data(meta) if isinstance(page, SessionPage) else None
        if isinstance(page, SpeakerPage):
            photo = page.photo if page.photo_id else None
            organisation = page.organisation if page.organisation_id else None
            return structured_data.person(
                page,
                url=meta.canonical,
                image=absolute(self.root_url, photo.get_rendition(PHOTO_RENDITION).url) if photo else None,
                organisation_url=page_url_map([organisation], self.request).get(page.organisation_id),
            )
        if isinstance(page, OrganisationPage):
            logo = page.logo if page.logo_id else None
            return structured_data.organization(
                page,
                url=meta.canonical,
                logo=absolute(self.root_url, logo.get_rendition(LOGO_RENDITION).url) if logo else None,
            )
        if isinstance(page, HomePage):
            return structured_data.website(meta.site_name, meta.canonical)
        return None

    def conference_data(self, meta):
        conference = self.page
        agenda = self.context.get("agenda")
        if agenda is not None:
            sessions = [session for _day, groups in agenda for _track, items in groups for session in items]
        else:
            sessions = list(live_sessions(conference))
        groups = self.context.get("sponsor_groups")
        if groups is not None:
            sponsorships = [item for group in groups for _tier, items in group["tiers"] for item in items]
        else:
            sponsorships = list(conference.sponsorships.filter(organisation__live=True).select_related("organisation"))
        return structured_data.conference_event(
            conference,
            url=meta.canonical,
            image=meta.image,
            sessions=sessions,
            session_urls=page_url_map(sessions, self.request),
            sponsorships=sponsorships,
            organisation_urls=page_url_map([item.organisation for item in sponsorships], self.request),
        )

    def session_data(self, meta):
        session = self.page
        participants = self.context.get("participants")
        if participants is None:
            participants = list(
                SessionParticipant.objects.filter(session=session)
                .select_related("speaker", "organisation")
                .order_by("sort_order", "pk")
            )
        participants = [participant for participant in participants if participant.speaker.live]
        speaker_urls = page_url_map([participant.speaker for participant in participants], self.request)
        organisation_urls = page_url_map([participant.organisation for participant in participants], self.request)
        return structured_data.session_event(
            session,
            self.conference,
            url=meta.canonical,
            image=meta.image,
            conference_url=self.conference.get_full_url(self.request) if self.conference else None,
            performers=[
                structured_data.performer(
                    participant,
                    speaker_url=speaker_urls.get(participant.speaker_id),
                    organisation_url=organisation_urls.get(participant.organisation_id),
                )
                for participant in participants
            ],
        )


def site_for(request):
    """The request's Site, or the default one: absolute URLs always come from a Site's root_url."""
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.filter(is_default_site=True).first()


def site_name_for(site):
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def page_metadata(context):
    """The metadata of the page in `context`; site-wide defaults when there is no page (search, 404)."""
    request = context.get("request")
    page = context.get("page")
    site = site_for(request)
    site_name = site_name_for(site)
    if not isinstance(page, Page):
        # Not the request's host: every absolute URL comes from the configured address (core/site_url.py).
        return PageMetadata(site_name=site_name, feeds=feed_links(site.root_url) if site else [])
    return MetadataBuilder(page, request, context).build(site_name)
