"""The sessions an export contains: live and public only, with everything exports show, in agenda order."""

from .. import queries


def exported_sessions(conference):
    """Drafts and sessions behind a privacy restriction never leave the site (`live_sessions`)."""
    return queries.live_sessions(conference).select_related("slides").prefetch_related("links")
