"""Reading the import record in the schedule importer's tests."""

from conference.models import SessionPage
from core.models import ImportedPage


def imported_session(guid):
    """The session a schedule event was imported into, found by its GUID in the import record."""
    return SessionPage.objects.get(pk=ImportedPage.objects.get(key=guid).page_id)
