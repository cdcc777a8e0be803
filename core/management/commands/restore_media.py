"""Put media files from a `backup_media` folder back into the configured storage, with the right ACLs."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.media_backup import restore


class Command(BaseCommand):
    help = "Save every file under FOLDER into the configured media storage; files already there are kept."

    def add_arguments(self, parser):
        parser.add_argument("folder")

    def handle(self, *args, folder, **options):
        if not Path(folder).is_dir():
            raise CommandError(f"{folder} is not a folder.")
        try:
            restored, present = restore(folder)
        except OSError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored {restored} media files ({present} were already there)."))
