"""`manage.py import_conference PATH`: create or update one conference from a bundle file."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from bundles.errors import BundleError
from bundles.importer import import_bundle
from bundles.reader import read_bundle

PROGRESS_STEP = 10  # percent


class Command(BaseCommand):
    help = (
        "Import a conference bundle (docs/conference-bundle.md). A second import of the same file changes "
        "nothing; a changed file updates what changed as new revisions. A bad file changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The bundle's JSON file; its images are found relative to it.")
        parser.add_argument("--user", help="Username the revisions are saved as (default: none).")

    def handle(self, *args, path, user=None, **options):
        author = self._user(user)
        show_progress = options["verbosity"] >= 1
        try:
            bundle = read_bundle(path)
            result = import_bundle(bundle, user=author, progress=self._progress if show_progress else None)
        except BundleError as exc:
            raise CommandError(str(exc)) from exc
        for line in result.summary_lines():
            self.stdout.write(f"  {line}")
        verb = "Imported" if result.changed else "Nothing changed in"
        conference = result.conference
        self.stdout.write(self.style.SUCCESS(f"{verb} {conference.title} in {result.seconds:.1f}s"))

    def _user(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"no user called '{username}'") from exc

    def _progress(self, stage, done, total):
        # One line per tenth of a stage, so a large file shows it is moving without flooding the log.
        step = max(1, total * PROGRESS_STEP // 100)
        if done == total or done % step == 0:
            self.stdout.write(f"  {stage}: {done}/{total}")
