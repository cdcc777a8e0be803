"""Routes for sharing: share-card images and the session-report feeds."""

from django.urls import path

from .feeds import SessionReportsAtomFeed, SessionReportsFeed
from .share_cards.views import share_card

urlpatterns = [
    path("p/<int:page_id>/card.png", share_card, name="share_card"),
    path("feeds/reports.rss", SessionReportsFeed(), name="reports_rss"),
    path("feeds/reports.atom", SessionReportsAtomFeed(), name="reports_atom"),
    path("feeds/events/<int:conference_id>/reports.rss", SessionReportsFeed(), name="conference_reports_rss"),
    path("feeds/events/<int:conference_id>/reports.atom", SessionReportsAtomFeed(), name="conference_reports_atom"),
]
