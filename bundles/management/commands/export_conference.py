"""`manage.py export_conference SLUG`: write one conference as a bundle with its images."""

from django.core.management.base import BaseCommand, CommandError

from bundles.exporter import ExportError, export_conference, find_conference


class Command(BaseCommand):
    help = "Export a conference as a bundle: the JSON file, its schema, and its images in images/ beside it."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The conference page's slug, e.g. 2025-smm-silver-industry-conference.")
        parser.add_argument(
            "-o", "--output", help="The bundle file to write (default: exports/<slug>/conference.json)."
        )

    def handle(self, *args, slug, output=None, **options):
        try:
            conference = find_conference(slug)
        except ExportError as exc:
            raise CommandError(str(exc)) from exc
        path = export_conference(conference, output or f"exports/{slug}/conference.json")
        self.stdout.write(self.style.SUCCESS(f"Exported {conference.title} to {path}"))
