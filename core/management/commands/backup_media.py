"""Copy every media file (originals, renditions, documents) from the configured storage to a folder."""

from django.core.management.base import BaseCommand

from core.media_backup import backup


class Command(BaseCommand):
    help = "Copy every media file from the configured storage into FOLDER (docs/deployment.md, Backups)."

    def add_arguments(self, parser):
        parser.add_argument("folder")

    def handle(self, *args, folder, **options):
        count = backup(folder)
        self.stdout.write(self.style.SUCCESS(f"Copied {count} media files to {folder}."))
