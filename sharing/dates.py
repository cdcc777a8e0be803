"""Human dates for share cards: "16 May 2025", "15–16 May 2025", in the active language.

The page's own date range template writes them, so a card and the page it shows agree in every language.
"""

from types import SimpleNamespace

from django.template.loader import render_to_string
from django.utils.html import strip_tags


def format_date_range(start, end):
    """The range from `start` to `end` as plain text; the same day, or no end, gives one date."""
    if start is None:
        return ""
    dates = SimpleNamespace(start_date=start, end_date=end or start)
    return strip_tags(render_to_string("conference/includes/date_range.html", {"conference": dates})).strip()
