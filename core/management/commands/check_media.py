"""Check the media bucket: it exists, renditions are public, originals and documents are not.

Run it after configuring a new bucket and after any change to its settings (docs/deployment.md);
`--create` makes the bucket first if it is missing. Exits non-zero when anything is wrong.
"""

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from core.media_check import check_access, create_bucket, is_s3
from core.storage import is_reachable, rendition_storage


class Command(BaseCommand):
    help = "Check that the media bucket exists, renditions are public and originals and documents private."

    def add_arguments(self, parser):
        parser.add_argument("--create", action="store_true", help="Create the bucket if it does not exist.")

    def handle(self, *args, create=False, **options):
        private, public = default_storage, rendition_storage()
        if not (is_s3(private) and is_s3(public)):
            self.stdout.write("Media are on local disk (no AWS_STORAGE_BUCKET_NAME): nothing to check.")
            return
        if not is_reachable(private):
            if not create:
                raise CommandError(
                    f"Bucket '{private.bucket_name}' does not exist or cannot be reached; "
                    "check the AWS_* variables, or run check_media --create."
                )
            create_bucket(private)
            self.stdout.write(f"Created bucket '{private.bucket_name}'.")
        self.stdout.write(f"ok    bucket '{private.bucket_name}' exists")
        failed = []
        for description, passed, detail in check_access(private, public):
            self.stdout.write(f"{'ok' if passed else 'FAIL':5} {description} ({detail})")
            if not passed:
                failed.append(description)
        if failed:
            raise CommandError("Media bucket misconfigured: " + "; ".join(failed) + ". See docs/deployment.md.")
        self.stdout.write(self.style.SUCCESS("Media bucket configured correctly."))
