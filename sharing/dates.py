"""Human dates for share cards and feeds: "16 May 2025", "15–16 May 2025"."""


def format_date_range(start, end):
    """A compact English date range; the same day gives one date."""
    if start is None:
        return ""
    end = end or start
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} \u2013 {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} \u2013 {end.day} {end:%B %Y}"
