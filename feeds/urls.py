"""Routes of the session-report feeds, site-wide and per conference."""

from django.urls import path

from .session_reports import SessionReportsAtomFeed, SessionReportsFeed

urlpatterns = [
    path("feeds/reports.rss", SessionReportsFeed(), name="reports_rss"),
    path("feeds/reports.atom", SessionReportsAtomFeed(), name="reports_atom"),
    path("feeds/events/<int:conference_id>/reports.rss", SessionReportsFeed(), name="conference_reports_rss"),
    path("feeds/events/<int:conference_id>/reports.atom", SessionReportsAtomFeed(), name="conference_reports_atom"),
]
