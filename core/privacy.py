"""Whether a page reached through a relation may be shown to every visitor.

Wagtail's `PageQuerySet.public()` hides pages under a view restriction when pages are queried
directly. Listings of relations (a speaker's sessions, an organisation's sponsorships and awards,
other talks by the same speakers) reach pages through a foreign key, where `.public()` is out of
reach; a password or login restriction on any ancestor (the conference) must hide its children
there too. https://docs.wagtail.org/en/stable/advanced_topics/privacy.html
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr

from wagtail.models import PageViewRestriction


def shown_to_everyone(relation=None):
    """A filter: the page at `relation` (the queried page itself without one) is live, with no
    view restriction on it or any ancestor.

    An ancestor's path is a prefix of the page's path, so one correlated subquery covers the
    whole branch without loading the restrictions first (Wagtail's `public()` loads them in a
    query of its own).
    """
    prefix = f"{relation}__" if relation else ""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(f"{prefix}path"), 1, Length("page__path"))
    )
    return Q(**{f"{prefix}live": True}) & ~Exists(restricted)
