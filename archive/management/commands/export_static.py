"""`manage.py export_static SLUG --out DIR [--zip FILE] [--to-s3]`: one edition as plain files (docs/archive.md)."""

from django.core.management.base import BaseCommand, CommandError

from archive.errors import ArchiveError
from archive.exporter import export_edition
from archive.upload import upload_folder
from archive.zipping import zip_folder


class Command(BaseCommand):
    help = (
        "Write one conference edition as a static archive: its pages, calendars and schedules, the images, "
        "CSS and JavaScript they use, and a Pagefind search index. Links are relative, so the folder works "
        "from disk and on any static host."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The conference page's slug, e.g. 2025-smm-silver-conference.")
        parser.add_argument(
            "--out", required=True, help="The folder to write: new, empty, or an earlier archive of this edition."
        )
        parser.add_argument("--zip", dest="zip_file", help="Also write the archive as this zip file.")
        parser.add_argument(
            "--to-s3",
            action="store_true",
            help="Also upload the archive to the `archive` storage (a bucket; docs/archive.md), changed files only.",
        )

    def handle(self, *args, slug, out, zip_file=None, to_s3=False, **options):
        try:
            result = export_edition(slug, out)
            counts = result.counts
            self.stdout.write(
                f"{result.pages} pages of {slug} in {result.folder}: {counts['written']} files written, "
                f"{counts['unchanged']} unchanged, {counts['removed']} removed."
            )
            for name in result.missing:
                self.stderr.write(f"Not found, left out: {name}")
            if zip_file:
                self.stdout.write(f"Zip file: {zip_folder(result.folder, zip_file)}")
            if to_s3:
                uploaded = upload_folder(result.folder, slug)
                self.stdout.write(
                    f"Uploaded to {uploaded.location}: {uploaded.counts['written']} files written, "
                    f"{uploaded.counts['unchanged']} unchanged, {uploaded.counts['removed']} removed."
                )
        except ArchiveError as error:
            raise CommandError(str(error)) from error
