"""manage.py import_schedule URL_OR_PATH --conference SLUG: a frab or pretalx schedule into a conference."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from conference.importers.apply import import_schedule
from conference.importers.reading import read_schedule
from conference.importers.schedule import ScheduleError
from conference.models import ConferencePage


class Command(BaseCommand):
    help = (
        "Import a frab or pretalx schedule.json or schedule.xml (a path or an http(s) URL) into a conference: "
        "sessions, tracks, rooms, times and speakers. Re-importing the same schedule updates the sessions "
        "it created; a file with any problem changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("location", metavar="URL_OR_PATH", help="schedule.json or schedule.xml, file or URL")
        parser.add_argument("--conference", required=True, metavar="SLUG", help="slug of the ConferencePage")
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
            help="which language's page of that conference (a translation shares its slug); default: %(default)s",
        )

    def handle(self, *args, location, conference, language, **options):
        target = ConferencePage.objects.filter(slug=conference, locale__language_code=language).first()
        if target is None:
            slugs = ConferencePage.objects.filter(locale__language_code=language).values_list("slug", flat=True)
            known = ", ".join(sorted(slugs)) or "none"
            raise CommandError(f"No conference with the slug {conference!r} in {language}. Known slugs: {known}.")
        try:
            schedule = read_schedule(location)
            result = import_schedule(schedule, target)
        except ScheduleError as error:
            raise CommandError(f"Nothing was imported.\n{error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"{location} -> {target.title}: {len(result.created)} sessions created, "
                f"{len(result.updated)} updated, {len(result.unchanged)} unchanged; "
                f"{len(result.speakers_created)} new speakers, {len(result.tracks_created)} new tracks."
            )
        )
        if result.ends_dropped:
            self.stdout.write(
                self.style.WARNING(
                    "Imported without an end time, too long for one (a day or more): " + "; ".join(result.ends_dropped)
                )
            )
