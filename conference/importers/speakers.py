"""Finds the speaker page for a name from a schedule, by any spelling, or creates one.

"Liang Yonghui", "Yonghui Liang" and "LIANG Yong-hui" are one person: the one name matcher
(`SpeakerPage.objects.spelled`, see `speakers.naming`) finds the page by any spelling it knows.
"""

from django.utils.html import linebreaks

from wagtail.models import Locale

from speakers.choices import NameOrder
from speakers.models import SpeakerIndexPage, SpeakerPage
from speakers.naming import person_key

from .schedule import ScheduleError

NAME_LENGTH = 100


def split_name(name):
    """'Brian Robinson' -> ('Brian', 'Robinson'), written given name first as schedules write them."""
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    return " ".join(words[:-1]), words[-1]


class SpeakerDirectory:
    """Speakers met during one import, so a person on five sessions is looked up once."""

    def __init__(self):
        self.found = {}
        self.created = []

    def get(self, person, where):
        key = person_key(person.name)
        if not key:
            raise ScheduleError(f"{where}: the person {person.name!r} has no name we can match")
        if key not in self.found:
            # A live page wins over a draft of the same person; the oldest over later duplicates.
            existing = SpeakerPage.objects.spelled(person.name).order_by("-live", "id").first()
            self.found[key] = existing or self._create(person)
        return self.found[key]

    def _create(self, person):
        given_name, family_name = split_name(person.name)
        speaker = SpeakerPage(
            title=person.name,
            given_name=given_name[:NAME_LENGTH],
            family_name=family_name[:NAME_LENGTH],
            name_order=NameOrder.GIVEN_FIRST,
            biography=linebreaks(person.biography, autoescape=True) if person.biography else "",
            live=False,
        )
        SpeakerIndexPage.objects.get(locale=Locale.get_default()).add_child(instance=speaker)
        speaker.save_revision().publish()
        self.created.append(speaker)
        return speaker
