"""The speaker and organisation directories: A to Z, search by any spelling, filter by organisation.

Searches go through the one name matcher (`spelled_like`, see `naming.py`), so "Liang Yonghui",
"Yonghui Liang" and "liang-yonghui" all find the same person. Every directory is a fixed number of
queries, run only when the template reads them (an unfiltered directory's body usually comes from
the fragment cache); privacy is checked inside them (`shown_to_everyone`) rather than by a query of
its own as `public()` does. Query-string values that are not what they should be are ignored,
never an error.
"""

from functools import partial
from itertools import groupby

from core.privacy import shown_to_everyone
from delivery.lazy_context import lazy_context

# Longer search terms only cost time; nobody's name is this long.
MAX_TERM_LENGTH = 100
# Largest primary key a database integer column holds.
MAX_ID = 2**63 - 1


def clean_term(value):
    """A search term without NUL bytes or surrounding space, cut to a sane length."""
    return (value or "").replace("\x00", "").strip()[:MAX_TERM_LENGTH]


def clean_id(value):
    """A positive database id from a query-string value, or None."""
    value = (value or "").strip()
    if not value.isascii() or not value.isdigit() or len(value) > 19:
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


def initial(text):
    """The A-to-Z heading a name sorts under; '#' for anything that is not a Latin letter."""
    letter = (text or "").strip()[:1].upper()
    return letter if "A" <= letter <= "Z" else "#"


def by_initial(items, key):
    """[(letter, [items])] for items already sorted by name."""
    return [(letter, list(group)) for letter, group in groupby(items, key=lambda item: initial(key(item)))]


def speaker_directory(index_page, params):
    """Context for the speaker directory from the request's GET parameters."""
    term = clean_term(params.get("q"))
    organisation_id = clean_id(params.get("organisation"))
    listing = lazy_context(
        partial(_speaker_listing, index_page, term, organisation_id),
        ("selected_organisation", "organisations", "speakers", "speakers_by_initial"),
    )
    return {"search_term": term, "is_filtered": bool(term or organisation_id), **listing}


def _speaker_listing(index_page, term, organisation_id):
    from .models import OrganisationPage, SpeakerPage  # noqa: PLC0415 — cycle: models imports directory

    speakers = (
        SpeakerPage.objects.child_of(index_page)
        .filter(shown_to_everyone())
        .select_related("organisation", "photo")
        .prefetch_related("photo__renditions")
        .order_by("sort_name", "title")
    )
    if term:
        speakers = speakers.spelled_like(term)
    if organisation_id:
        speakers = speakers.filter(organisation_id=organisation_id)
    speakers = list(speakers)
    organisations = list(
        # The filter offers the organisations of this directory's language only.
        OrganisationPage.objects.filter(shown_to_everyone(), speakers__live=True, locale_id=index_page.locale_id)
        .distinct()
        .order_by("title")
        .only("id", "title")
    )
    return {
        "selected_organisation": next((org for org in organisations if org.id == organisation_id), None),
        "organisations": organisations,
        "speakers": speakers,
        "speakers_by_initial": by_initial(speakers, key=lambda speaker: speaker.sort_name or speaker.title),
    }


def organisation_directory(index_page, params):
    """Context for the organisation directory from the request's GET parameters."""
    term = clean_term(params.get("q"))
    listing = lazy_context(
        partial(_organisation_listing, index_page, term), ("organisations", "organisations_by_initial")
    )
    return {"search_term": term, "is_filtered": bool(term), **listing}


def _organisation_listing(index_page, term):
    from .models import OrganisationPage  # noqa: PLC0415 — cycle: models imports directory

    organisations = (
        OrganisationPage.objects.child_of(index_page)
        .filter(shown_to_everyone())
        .select_related("logo")
        .prefetch_related("logo__renditions")
        .order_by("title")
    )
    if term:
        organisations = organisations.spelled_like(term)
    organisations = list(organisations)
    return {
        "organisations": organisations,
        "organisations_by_initial": by_initial(organisations, key=lambda organisation: organisation.title),
    }
