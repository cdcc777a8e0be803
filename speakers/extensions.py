"""Where apps above speakers add their listings to a speaker's or an organisation's page.

Sessions, sponsorships and awards point at speakers and organisations, and only the apps that own
those relations know their fields. Speakers names none of them: each app registers a Wagtail hook
in its `wagtail_hooks.py` (https://docs.wagtail.org/en/stable/reference/hooks.html):

- `SPEAKER_SECTIONS_HOOK`: `fn(speaker) -> ProfileSection` (conference: the speaker's sessions);
- `ORGANISATION_SECTIONS_HOOK`: `fn(organisation) -> ProfileSection` (conference: its roles at
  conferences; awards: the awards it received).

Sections appear in hook order (`hooks.register(..., order=...)`), after the page's own content.
"""

from dataclasses import dataclass
from typing import Any

from core.extensions import contributions

SPEAKER_SECTIONS_HOOK = "speaker_page_sections"
ORGANISATION_SECTIONS_HOOK = "organisation_page_sections"


@dataclass(frozen=True)
class ProfileSection:
    """A section of a speaker's or organisation's page: `template` renders it with `section` in the context.

    `items` may be a queryset: the template evaluates it, once.
    """

    template: str
    items: Any


def profile_sections(hook_name, page):
    return contributions(hook_name, page)
