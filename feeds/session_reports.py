"""RSS and Atom feeds of newly published session reports, site-wide and per conference.

Each language has its own: `/feeds/reports.rss` lists the English reports, `/zh-hans/feeds/reports.rss`
the Chinese ones; a conference's feed holds that conference's sessions, in its language.

Django's syndication framework: https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/
A session report is a live, public session page with a summary, in a live, public conference;
drafts, private pages and sessions of unpublished conferences never appear.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site

from conference.models import ConferencePage, SessionPage, SessionParticipant
from conference.queries import participants_prefetch
from core.permalinks import absolute_permalink

FEED_LENGTH = 30


def live_conferences():
    return ConferencePage.objects.live().public()


def session_reports(conference=None):
    """Newest first: live public sessions with a summary, in live public conferences.

    Site-wide, the sessions of the request's language (joined in the same query, not looked up apart).
    """
    sessions = SessionPage.objects.live().public().exclude(summary=[])
    if conference is not None:
        sessions = sessions.child_of(conference)
    else:
        language = get_supported_content_language_variant(translation.get_language())
        sessions = sessions.filter(locale__language_code=language)
        # A session's conference is its parent: the path without its last step. public() above
        # already covers the conference's privacy, as its restrictions apply to the sessions too.
        parent_path = Substr("path", 1, Length("path") - SessionPage.steplen)
        live_parents = ConferencePage.objects.live().filter(path=OuterRef("parent_path")).values("path")
        sessions = sessions.annotate(parent_path=parent_path).filter(parent_path__in=Subquery(live_parents))
    return (
        sessions.select_related("track")
        .prefetch_related(participants_prefetch(SessionParticipant))
        .defer_streamfields()
        .order_by("-last_published_at", "-pk")[:FEED_LENGTH]
    )


@dataclass(frozen=True)
class FeedScope:
    """What one request's feed covers: a conference, or the whole site."""

    site: Site | None
    conference: ConferencePage | None = None


class SessionReportsFeed(Feed):
    """RSS 2.0; `conference_id` in the URL narrows it to one conference."""

    feed_type = Rss201rev2Feed
    url_name = "reports_rss"
    conference_url_name = "conference_reports_rss"

    def get_object(self, request, conference_id=None):
        site = Site.find_for_request(request)
        if conference_id is None:
            return FeedScope(site)
        conference = live_conferences().filter(pk=conference_id).first()
        if conference is None:
            raise Http404("No live public conference with this id.")
        return FeedScope(site, conference)

    def title(self, scope):
        name = scope.conference.title if scope.conference else getattr(scope.site, "site_name", "")
        return f"{name or settings.WAGTAIL_SITE_NAME}: session reports"

    def description(self, scope):
        covered = scope.conference.title if scope.conference else "every conference"
        return f"Newly published reports of the sessions of {covered}."

    def link(self, scope):
        if scope.conference is not None:
            return scope.conference.get_full_url()
        return scope.site.root_url + "/" if scope.site else "/"

    def feed_url(self, scope):
        root_url = scope.site.root_url if scope.site else ""
        if scope.conference is not None:
            return root_url + reverse(self.conference_url_name, args=[scope.conference.pk])
        return root_url + reverse(self.url_name)

    def items(self, scope):
        return session_reports(scope.conference)

    def item_title(self, session):
        return session.title

    def item_description(self, session):
        return session.teaser

    def item_link(self, session):
        return session.get_full_url()

    def item_guid(self, session):
        # The permanent link: it stays the same when the session is renamed or moved.
        return absolute_permalink(session)

    def item_guid_is_permalink(self, session):
        return True

    def item_author_name(self, session):
        names = [participant.speaker.title for participant in session.participants.all() if participant.speaker.live]
        return ", ".join(names) or None

    def item_pubdate(self, session):
        return session.first_published_at

    def item_updateddate(self, session):
        return session.last_published_at

    def item_categories(self, session):
        return [session.get_kind_display(), *([session.track.name] if session.track else [])]


class SessionReportsAtomFeed(SessionReportsFeed):
    feed_type = Atom1Feed
    url_name = "reports_atom"
    conference_url_name = "conference_reports_atom"
    subtitle = SessionReportsFeed.description
