"""Let export file names such as `calendar.ics` reach Wagtail's page serving.

Wagtail's catch-all URL pattern accepts only letters, digits, '-' and '_' in a path segment, so
`<conference URL>schedule.xml` would never get to the page. This pattern hands exactly those file
names to Wagtail's own `serve` view, which routes them to the page's routable paths after its usual
checks (live page, privacy restrictions, site). It must come before Wagtail's catch-all.
"""

from django.urls import re_path

from wagtail import views as wagtail_views

EXPORT_FILES = r"calendar\.ics|schedule\.xml|schedule\.json"

urlpatterns = [
    re_path(rf"^((?:[\w\-]+/)+(?:{EXPORT_FILES}))$", wagtail_views.serve, name="conference_export"),
]
